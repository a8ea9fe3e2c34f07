// The bundled action (dist/, or REPACK_DIST) with type=gha, run as the runner runs it, against a local cache server
// speaking v2 as on github.com: the action loads its @actions/cache chunk, exports the build, and a second job whose
// daemon lacks the image restores it. Rebuild dist/ first: npm run bundle.
import { cpSync } from 'node:fs';
import path from 'node:path';
import { ActionHarness, ROOT, type StepResult } from '../__fixtures__/action/runner.js';
import { startCacheServer, type CacheServer } from '../__fixtures__/cache-server/index.js';
import { connectDocker } from '../src/docker/connect.js';

const driver = connectDocker();
const run = `g${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
const made = new Set<string>();
const harnesses: ActionHarness[] = [];
let server: CacheServer;

beforeAll(async () => {
  server = await startCacheServer();
});
afterAll(async () => {
  for (const h of harnesses) h.dispose();
  await driver.removeImage(`127.0.0.1:5000/action-test:${run}`, { force: true });
  for (const id of made) await driver.removeImage(id, { force: true });
  await server.stop();
});

async function job(inputs: Record<string, string>): Promise<StepResult> {
  const h = new ActionHarness({
    inputs: { template: 'busybox', variables: `tag=${run}`, push: 'false', ...inputs },
    env: server.env('v2'),
    dist: process.env.REPACK_DIST,
  });
  harnesses.push(h);
  cpSync(path.join(ROOT, '__fixtures__', 'action', 'busybox'), path.join(h.workspace, 'busybox'), { recursive: true });
  const r = await h.runMain();
  const id = r.outputs.get('image-id');
  if (id) made.add(id);
  return r;
}

const hits = (r: StepResult): number => (JSON.parse(r.outputs.get('metadata') ?? '[]') as { cache: { hits: number } }[])[0]?.cache.hits ?? -1;

test('a job exports its step images to the Actions cache; a job on a clean daemon restores them', async () => {
  const first = await job({ 'cache-to': `type=gha,scope=${run}` });
  expect(first.exitCode).toBe(0);
  expect(first.commands.filter((c) => c.command === 'error')).toEqual([]);
  expect(server.store.entries.map((e) => e.key)).toEqual([expect.stringMatching(new RegExp(`^repack-${run}-[0-9a-f]{64}$`))]);
  const image = first.outputs.get('image-id') ?? '';

  await driver.removeImage(`127.0.0.1:5000/action-test:${run}`, { force: true });
  await driver.removeImage(image, { force: true });
  expect(await driver.inspectImage(image)).toBeUndefined();

  const second = await job({ 'cache-from': `type=gha,scope=${run}` });
  expect(second.exitCode).toBe(0);
  expect(hits(second)).toBe(1);
  expect(second.outputs.get('image-id')).toBe(image);
  expect(second.stdout).toContain('CACHED provisioner shell');
});

test('the service down: a warning, the step runs, the job succeeds', async () => {
  const down = await startCacheServer();
  await down.stop();
  const h = new ActionHarness({
    inputs: { template: 'busybox', variables: `tag=${run}-down`, push: 'false', 'cache-from': 'type=gha', 'cache-to': 'type=gha' },
    env: down.env('v2'),
    dist: process.env.REPACK_DIST,
  });
  harnesses.push(h);
  cpSync(path.join(ROOT, '__fixtures__', 'action', 'busybox'), path.join(h.workspace, 'busybox'), { recursive: true });
  const r = await h.runMain();
  const id = r.outputs.get('image-id');
  if (id) made.add(id);
  await driver.removeImage(`127.0.0.1:5000/action-test:${run}-down`, { force: true });
  expect(r.exitCode).toBe(0);
  expect(r.commands.filter((c) => c.command === 'error')).toEqual([]);
  // Said once, as a log line and a warning annotation: no lookup or save is tried after the probe failed.
  expect(r.stdout.match(/==> .*Actions cache is off for the rest of this run: cannot reach the Actions cache service .*ECONNREFUSED/g)).toHaveLength(1);
  const warnings = r.commands.filter((c) => c.command === 'warning' && /Actions cache is off for the rest of this run/.test(c.data));
  expect(warnings).toHaveLength(1);
  expect(r.stdout).toContain('RUN provisioner shell');
});
