// The build block against the real engine: the Dockerfile (with a build argument and a file from the context) makes
// the base image, the provisioners run on it, and the committed image keeps the Dockerfile's CMD.
import { join } from 'node:path';
import { connectDocker } from '../src/docker/connect.js';
import { main } from '../src/cli/main.js';

const driver = connectDocker();
const build = 'repack-bootstrap-itg.docker.bootstrap';

afterAll(async () => {
  for (const image of await driver.listImages(`io.repack.build=${build}`)) await driver.removeImage(image.id, { force: true }).catch(() => undefined);
});

test('builds the base image from the Dockerfile, then provisions and commits it', async () => {
  let out = '';
  let err = '';
  const io = {
    out: (s: string) => (out += s),
    err: (s: string) => (err += s),
    isTTY: false,
    env: { ...process.env },
    cwd: join(import.meta.dirname, '../__fixtures__/builder/bootstrap'),
  };
  const code = await main(['build', '-json', '-no-cache', 'bootstrap.pkr.hcl'], io);
  expect({ code, err: code === 0 ? '' : err }).toEqual({ code: 0, err: '' });
  expect(err).toContain(`==> ${build}: Building the base image from context/Dockerfile...`);
  const [result] = JSON.parse(out) as { 'image-id': string }[];
  const image = await driver.inspectImage(result['image-id']);
  expect(image?.config.Cmd).toEqual(['cat', '/greeting']);
  expect(image?.labels['io.repack.build']).toBe(build);
  const probe = await driver.createContainer({ image: result['image-id'], entrypoint: ['/bin/sh'], tty: true, openStdin: true });
  try {
    await driver.startContainer(probe);
    expect(await driver.exec(probe, { cmd: ['cat', '/provisioned'] })).toMatchObject({ exitCode: 0, stdout: 'hello from the build block\nfrom the context\n' });
  } finally {
    await driver.removeContainer(probe);
  }
  // The base image is labelled as the build's, so it is found (and removed above) with the rest.
  expect((await driver.listImages(`io.repack.build=${build}`)).length).toBeGreaterThanOrEqual(2);
});
