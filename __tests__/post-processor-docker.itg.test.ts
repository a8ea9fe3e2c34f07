// docker-save and docker-import on the real engine: a committed, tagged image saved to a tar the engine wrote, and
// an exported container imported back as an image with changes (the export deleted, as Packer does by default).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, test } from '@jest/globals';
import tar from 'tar-stream';
import { createReadStream } from 'node:fs';
import { BUSYBOX, REGISTRY, RUN, driver, inImage, Workspace } from '../__fixtures__/plugins/itg.js';

const ws = new Workspace();
afterAll(() => ws.cleanup());

async function entries(file: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const extract = tar.extract();
  createReadStream(file).pipe(extract as unknown as NodeJS.WritableStream);
  for await (const e of extract) {
    const chunks: Buffer[] = [];
    for await (const c of e) chunks.push(c as Buffer);
    out.set(e.header.name, e.header.name.endsWith('.json') ? Buffer.concat(chunks).toString() : '');
  }
  return out;
}

test('docker-save writes the tagged image; docker-import imports the export with changes', async () => {
  const saveRepo = `${REGISTRY}/repack-itg-save`;
  const importRepo = 'repack-itg-import';
  const dir = ws.dir({
    't.pkr.hcl': `
source "docker" "c" {
  image  = "${BUSYBOX}"
  commit = true
}
source "docker" "e" {
  image       = "${BUSYBOX}"
  export_path = "${'${path.root}'}/rootfs.tar"
}
build {
  name    = "${ws.name}"
  sources = ["source.docker.c", "source.docker.e"]
  provisioner "shell" { inline = ["echo hi > /hello.txt"] }
  post-processors {
    post-processor "docker-tag" {
      only       = ["docker.c"]
      repository = "${saveRepo}"
      tags       = ["${RUN}"]
    }
    post-processor "docker-save" {
      only = ["docker.c"]
      path = "saved.tar"
    }
  }
  post-processor "docker-import" {
    only       = ["docker.e"]
    repository = "${importRepo}"
    tag        = "${RUN}"
    changes    = ["CMD [\\"cat\\", \\"/hello.txt\\"]", "ENV FROM_IMPORT=1"]
  }
}
`,
  });
  ws.track(`${saveRepo}:${RUN}`);
  ws.track(`${importRepo}:${RUN}`);
  const r = await ws.build(dir, ['-parallel-builds=1']);
  expect(r.err).toContain(`: Saving image: ${saveRepo}:${RUN}`);
  expect(r.err).toContain(`: Repository: ${importRepo}:${RUN}`);
  expect(r.code).toBe(0);

  const saved = await entries(join(dir, 'saved.tar'));
  const manifest = JSON.parse(saved.get('manifest.json') ?? '[]') as { RepoTags: string[]; Layers: string[] }[];
  expect(manifest[0].RepoTags).toEqual([`${saveRepo}:${RUN}`]);
  for (const layer of manifest[0].Layers) expect(saved.has(layer)).toBe(true);
  const c = r.builds.find((b) => b.name.endsWith('docker.c'));
  expect(c?.artifacts.at(-1)).toMatchObject({ builderId: 'packer.post-processor.docker-tag', files: ['saved.tar'] });

  const e = r.builds.find((b) => b.name.endsWith('docker.e'));
  expect(e?.tags).toEqual([`${importRepo}:${RUN}`]);
  expect(e?.artifacts).toEqual([
    { builderId: 'packer.post-processor.docker-import', id: `${importRepo}:${RUN}`, description: `Imported Docker image: ${importRepo}:${RUN}`, files: [] },
  ]);
  expect(existsSync(join(dir, 'rootfs.tar'))).toBe(false);
  const info = await driver.inspectImage(`${importRepo}:${RUN}`);
  expect(info?.config.Cmd).toEqual(['cat', '/hello.txt']);
  expect(info?.config.Env).toContain('FROM_IMPORT=1');
  expect((await inImage(`${importRepo}:${RUN}`, 'cat /hello.txt')).stdout).toBe('hi\n');
  expect(readFileSync(join(dir, 'saved.tar')).length).toBeGreaterThan(0);
  expect(await ws.leftContainers(['docker.c', 'docker.e'])).toEqual([]);
});
