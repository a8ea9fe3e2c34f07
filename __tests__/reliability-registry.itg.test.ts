// Push faults against a private registry behind a fault-injecting proxy, from a private engine: bounded retries for
// transient failures, a clear error at once for permanent ones, and what had already succeeded (the committed,
// tagged image) kept.
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeIfRoot, PrivateDaemon } from '../__fixtures__/reliability/daemon.js';
import { FaultProxy, PrivateRegistry } from '../__fixtures__/reliability/registry.js';
import { expectNoStack, leftovers, runCli, scenarioDir, writeTemplate } from '../__fixtures__/reliability/harness.js';
import { shellProvisioner, template } from '../__fixtures__/reliability/templates.js';

const BUSYBOX = '127.0.0.1:5000/busybox:latest';
describeIfRoot('reliability: push faults', () => {
  let work: string;
  let daemon: PrivateDaemon;
  let registry: PrivateRegistry;
  let proxy: FaultProxy;

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'repack-rel-registry-'));
    chmodSync(work, 0o755);
    daemon = new PrivateDaemon(join(work, 'engine'));
    registry = new PrivateRegistry(join(work, 'registry'));
    await Promise.all([daemon.start(), registry.start()]);
    proxy = new FaultProxy(registry.address);
    await Promise.all([proxy.start(), daemon.seed('busybox:latest')]);
  }, 60_000);

  afterEach(() => {
    proxy.rule = () => undefined;
  });

  afterAll(async () => {
    await Promise.all([daemon?.stop(), registry?.stop(), proxy?.stop()]);
    rmSync(work, { recursive: true, force: true });
  });

  async function push(name: string, repo: string) {
    const dir = scenarioDir(join(work, 'runs'), name);
    const tag = `${proxy.address}/${repo}:1`;
    // A layer of its own per scenario, so every push uploads a blob.
    writeTemplate(dir, template({ image: BUSYBOX, provisioners: shellProvisioner([`echo ${name} > /scenario`]), tag, push: true }));
    const run = await runCli(['build', 'template.pkr.hcl'], { cwd: dir, env: daemon.env });
    expectNoStack(run.all);
    const left = await leftovers(daemon.driver, daemon.socket, dir, [tag]);
    expect(left.containers).toEqual([]);
    expect(left.volumes).toEqual([]);
    expect(left.tempFiles).toEqual([]);
    return { run, tag, left };
  }

  const attempts = (out: string, tag: string) => out.split(`Push of ${tag} failed (attempt`).length - 1;

  test('registry down at push time: bounded retries with backoff, then a clear error; the tagged image is kept', async () => {
    await proxy.stop();
    try {
      const { run, tag, left } = await push('down', 'rel-down');
      expect(run.code).toBe(1);
      expect(attempts(run.out, tag)).toBe(2);
      expect(run.out).toContain('retrying in 1s');
      expect(run.out).toContain('retrying in 2s');
      expect(run.out).toMatch(new RegExp(`--> rel\\.docker\\.b: push ${tag.replace(/[.:]/g, '\\$&')}: .*connection refused \\(gave up after 3 attempts\\)`));
      expect(run.ms).toBeGreaterThan(3000);
      expect(left.tags).toEqual([tag]);
    } finally {
      await proxy.start();
    }
  });

  test('a registry that fails once (503) is retried and the push succeeds with the digest it serves', async () => {
    let failed = 0;
    proxy.rule = (method, path) => (method === 'PUT' && /\/manifests\//.test(path) && failed++ === 0 ? { status: 503 } : undefined);
    const { run, tag } = await push('flaky', 'rel-flaky');
    expect(run.code).toBe(0);
    expect(attempts(run.out, tag)).toBe(1);
    const digest = await registry.digest('rel-flaky', '1');
    expect(digest).toMatch(/^sha256:/);
    expect(run.out).toContain(`1: digest: ${digest}`);
  });

  test('an error event inside the push stream (manifest rejected): no retry, the registry’s reason, exit 1', async () => {
    const body = JSON.stringify({ errors: [{ code: 'MANIFEST_INVALID', message: 'manifest invalid', detail: 'injected by the test' }] });
    proxy.rule = (method, path) => (method === 'PUT' && /\/manifests\//.test(path) ? { status: 400, body } : undefined);
    const { run, tag, left } = await push('manifest-error', 'rel-manifest');
    expect(run.code).toBe(1);
    expect(attempts(run.out, tag)).toBe(0);
    expect(run.out).toMatch(/--> rel\.docker\.b: push .*rel-manifest:1: .*manifest invalid/);
    expect(left.tags).toEqual([tag]);
    expect(await registry.digest('rel-manifest', '1')).toBeNull();
  });

  test('connections dropped mid-upload: the engine’s own retries, then ours, then a clear error', async () => {
    proxy.rule = (method, path) => (method === 'PUT' && /\/manifests\//.test(path) ? 'reset' : undefined);
    const { run, tag } = await push('reset', 'rel-reset');
    expect(run.code).toBe(1);
    expect(attempts(run.out, tag)).toBe(2);
    expect(run.out).toMatch(/gave up after 3 attempts/);
    expect(await registry.digest('rel-reset', '1')).toBeNull();
  }, 120_000);
});
