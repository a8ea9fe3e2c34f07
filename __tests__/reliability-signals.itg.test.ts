// SIGINT and SIGTERM at each phase of a build (pull, container start, provision, commit, push), against a private
// engine and a slow registry proxy: the build stops, exit code 1, "Build was cancelled", no container, no temp files,
// no tag made after the signal, and nothing pushed.
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BASE_REGISTRY, describeIfRoot, PrivateDaemon } from '../__fixtures__/reliability/daemon.js';
import { FaultProxy, PrivateRegistry } from '../__fixtures__/reliability/registry.js';
import { expectNoStack, leftovers, runCli, scenarioDir, writeTemplate } from '../__fixtures__/reliability/harness.js';
import { shellProvisioner, template } from '../__fixtures__/reliability/templates.js';

describeIfRoot('reliability: signals at each phase', () => {
  let work: string;
  let daemon: PrivateDaemon;
  let registry: PrivateRegistry;
  let pushProxy: FaultProxy;
  let pullProxy: FaultProxy;

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'repack-rel-signals-'));
    chmodSync(work, 0o755);
    daemon = new PrivateDaemon(join(work, 'engine'));
    registry = new PrivateRegistry(join(work, 'registry'));
    pullProxy = new FaultProxy(BASE_REGISTRY);
    await Promise.all([daemon.start(), registry.start(), pullProxy.start()]);
    pushProxy = new FaultProxy(registry.address);
    await Promise.all([pushProxy.start(), daemon.seed('busybox:latest')]);
    // Every manifest request to the pull proxy and every manifest upload to the push proxy waits: the pull and the
    // push phases last long enough to be interrupted.
    pullProxy.rule = (_m, path) => (/\/manifests\//.test(path) ? { delayMs: 4000 } : undefined);
    pushProxy.rule = (m, path) => (m === 'PUT' && /\/manifests\//.test(path) ? { delayMs: 4000 } : undefined);
  }, 60_000);

  afterAll(async () => {
    await Promise.all([daemon?.stop(), registry?.stop(), pullProxy?.stop(), pushProxy?.stop()]);
    rmSync(work, { recursive: true, force: true });
  });

  interface Phase {
    name: string;
    /** Output that says the phase has begun. */
    marker: RegExp;
    image: () => string;
    provisioner: string[];
    /** Whether a tag may exist afterwards: only when the signal came after docker-tag had finished. */
    tagged: boolean;
  }

  const PHASES: Phase[] = [
    { name: 'pull', marker: /Pulling Docker image/, image: () => `${pullProxy.address}/busybox:latest`, provisioner: ['true'], tagged: false },
    { name: 'container start', marker: /Starting docker container/, image: () => `${BASE_REGISTRY}/busybox:latest`, provisioner: ['true'], tagged: false },
    {
      name: 'provision',
      marker: /provisioning-now/,
      image: () => `${BASE_REGISTRY}/busybox:latest`,
      provisioner: ['echo provisioning-now', 'sleep 60'],
      tagged: false,
    },
    {
      name: 'commit',
      marker: /Committing the container/,
      image: () => `${BASE_REGISTRY}/busybox:latest`,
      provisioner: ['head -c 20000000 /dev/urandom > /payload'],
      tagged: false,
    },
    { name: 'push', marker: /Pushing: /, image: () => `${BASE_REGISTRY}/busybox:latest`, provisioner: ['echo push > /phase'], tagged: true },
  ];

  describe.each(['SIGINT', 'SIGTERM'] as const)('%s', (sig) => {
    test.each(PHASES)('during $name', async (phase) => {
      const dir = scenarioDir(join(work, 'runs'), `${sig}-${phase.name.replace(/ /g, '-')}`);
      const repo = `rel-${sig.toLowerCase()}-${phase.name.replace(/ /g, '-')}`;
      const tag = `${pushProxy.address}/${repo}:1`;
      // A line of its own per run: no build step cache can answer for it.
      const lines = [`echo ${repo}-${Date.now()} > /run-id`, ...phase.provisioner];
      writeTemplate(dir, template({ image: phase.image(), provisioners: shellProvisioner(lines), tag, push: true, extra: 'pull = true' }));
      let sent = false;
      const run = await runCli(['build', 'template.pkr.hcl'], {
        cwd: dir,
        env: daemon.env,
        watch: (all, child) => {
          if (!sent && phase.marker.test(all)) {
            sent = true;
            child.kill(sig);
          }
        },
      });
      expectNoStack(run.all);
      if (!sent) throw new Error(`the phase never began:\n${run.all}`);
      expect(run.signal).toBeNull();
      expect(run.code).toBe(1);
      expect(run.out).toContain(`Cancelling build after receiving ${sig}`);
      expect(run.out).toContain('Build was cancelled.');
      expect(run.ms).toBeLessThan(15_000);
      const left = await leftovers(daemon.driver, daemon.socket, dir, [tag]);
      expect(left.containers).toEqual([]);
      expect(left.volumes).toEqual([]);
      expect(left.tempFiles).toEqual([]);
      expect(left.tags).toEqual(phase.tagged ? [tag] : []);
      expect(await registry.digest(repo, '1')).toBeNull();
    });
  });
});
