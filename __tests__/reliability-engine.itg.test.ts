// Faults in the engine and the build itself, against a private Docker engine (see __fixtures__/reliability):
// each fault gives a clear message and exit code 1, and leaves no labelled container, volume, temp file or tag.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileProvisionerMissing, describeIfRoot, PrivateDaemon } from '../__fixtures__/reliability/daemon.js';
import { expectNoStack, leftovers, NOTHING, runCli, scenarioDir, writeTemplate } from '../__fixtures__/reliability/harness.js';
import { shellProvisioner, template } from '../__fixtures__/reliability/templates.js';

const BUSYBOX = '127.0.0.1:5000/busybox:latest';
const FILE_MISSING = fileProvisionerMissing();
const WITH_FILE = FILE_MISSING ? test.skip : test;
if (FILE_MISSING) console.warn(`reliability: file provisioner scenarios skipped: ${FILE_MISSING}`);

describeIfRoot('reliability: engine and build faults', () => {
  let work: string;
  let daemon: PrivateDaemon;
  let baselineImages: string[];

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'repack-rel-engine-'));
    chmodSync(work, 0o755); // the permission scenarios run the CLI as nobody
    daemon = new PrivateDaemon(join(work, 'engine'));
    await daemon.start();
    await daemon.seed('busybox:latest');
    baselineImages = (await leftovers(daemon.driver, daemon.socket, work)).images;
  }, 60_000);

  afterAll(async () => {
    await daemon?.stop();
    rmSync(work, { recursive: true, force: true });
  });

  async function build(name: string, text: string, env: Record<string, string> = {}) {
    const dir = scenarioDir(join(work, 'runs'), name);
    const file = writeTemplate(dir, text);
    const run = await runCli(['build', file], { cwd: dir, env: { ...daemon.env, ...env } });
    expectNoStack(run.all);
    return { dir, run };
  }

  async function expectNothingLeft(dir: string, tags: string[] = []) {
    const left = await leftovers(daemon.driver, daemon.socket, dir, tags);
    expect({ ...left, images: left.images.filter((i) => !baselineImages.includes(i)) }).toEqual(NOTHING);
  }

  test('a provisioner exiting non-zero: its output, the exit status, exit code 1, nothing left', async () => {
    const tag = 'rel/fail:1';
    const { dir, run } = await build('nonzero', template({ image: BUSYBOX, provisioners: shellProvisioner(['echo before-failing', 'exit 7']), tag }));
    expect(run.code).toBe(1);
    expect(run.out).toContain('before-failing');
    expect(run.out).toContain('Script exited with non-zero exit status: 7. Allowed exit codes are: [0]');
    expect(run.out).toContain('--> rel.docker.b: Script exited with non-zero exit status: 7');
    await expectNothingLeft(dir, [tag]);
  });

  test('a provisioner timeout stops it promptly with a clear message', async () => {
    const tag = 'rel/timeout:1';
    const { dir, run } = await build('timeout', template({ image: BUSYBOX, provisioners: shellProvisioner(['sleep 60'], 'timeout = "2s"'), tag }));
    expect(run.code).toBe(1);
    expect(run.out).toContain('Provisioner shell timed out after 2s.');
    expect(run.ms).toBeLessThan(20_000);
    await expectNothingLeft(dir, [tag]);
  });

  test('a base image that does not exist: the registry’s answer, no container', async () => {
    const { dir, run } = await build('no-base', template({ image: '127.0.0.1:5000/repack-no-such-image:nope', provisioners: shellProvisioner(['true']) }));
    expect(run.code).toBe(1);
    expect(run.out).toMatch(/pull 127\.0\.0\.1:5000\/repack-no-such-image:nope: .*(not found|unknown|does not exist)/i);
    expect(run.out).not.toContain('Starting docker container');
    await expectNothingLeft(dir);
  });

  test('the Docker socket missing: the docker CLI’s wording and the address tried', async () => {
    const sock = join(work, 'missing.sock');
    const { run } = await build('no-socket', template({ image: BUSYBOX, provisioners: shellProvisioner(['true']) }), { DOCKER_HOST: `unix://${sock}` });
    expect(run.code).toBe(1);
    expect(run.out).toContain(`Cannot connect to the Docker daemon at unix://${sock}. Is the docker daemon running?`);
  });

  test('the Docker socket permission-denied: a hint about the docker group', async () => {
    const dir = scenarioDir(join(work, 'runs'), 'eacces');
    writeFileSync(join(dir, 'template.pkr.hcl'), template({ image: BUSYBOX, provisioners: shellProvisioner(['true']) }));
    chmodSync(dir, 0o777);
    const run = await runCli(['build', 'template.pkr.hcl'], { cwd: dir, env: { ...daemon.env, HOME: dir }, uid: 65534, gid: 65534 });
    expectNoStack(run.all);
    expect(run.code).toBe(1);
    expect(run.out).toContain(`permission denied while trying to connect to the Docker daemon socket at ${daemon.host}`);
    expect(run.out).toContain('Hint: add your user to the "docker" group');
  });

  test('disk full during commit: the engine’s message, the container removed, no tag', async () => {
    const small = new PrivateDaemon(join(work, 'small'), join(work, 'small-data'));
    mkdirSync(join(work, 'small-data'), { recursive: true });
    const mounted = mountTmpfs(join(work, 'small-data'), '80m');
    try {
      await small.start();
      await small.seed('busybox:latest');
      const tag = 'rel/full:1';
      const dir = scenarioDir(join(work, 'runs'), 'disk-full');
      // Fill the data-root but let the provisioner succeed, so the commit is the step that meets the full disk.
      writeTemplate(dir, template({ image: BUSYBOX, provisioners: shellProvisioner(['head -c 100000000 /dev/zero > /fill || true', 'sync']), tag }));
      const run = await runCli(['build', 'template.pkr.hcl'], { cwd: dir, env: small.env });
      expectNoStack(run.all);
      expect(run.code).toBe(1);
      expect(run.out).toContain('Committing the container');
      expect(run.out).toMatch(/commit container [0-9a-f]{12}: .*no space left on device/);
      const left = await leftovers(small.driver, small.socket, dir, [tag]);
      expect(left).toEqual({ ...NOTHING, images: [] });
    } finally {
      await small.stop();
      if (mounted) unmount(join(work, 'small-data'));
    }
  });

  test('the Docker daemon stopped mid-provision and started again: a clear error, and no container once it is back', async () => {
    const tag = 'rel/restart:1';
    const dir = scenarioDir(join(work, 'runs'), 'daemon-restart');
    writeTemplate(dir, template({ image: BUSYBOX, provisioners: shellProvisioner(['echo provisioning-now', 'sleep 60']), tag }));
    let stopping: Promise<void> | undefined;
    const run = await runCli(['build', 'template.pkr.hcl'], {
      cwd: dir,
      env: daemon.env,
      watch: (all) => {
        if (!stopping && all.includes('provisioning-now')) stopping = daemon.stop(true).then(() => daemon.start());
      },
    });
    await stopping;
    expectNoStack(run.all);
    expect(stopping).toBeDefined();
    expect(run.code).toBe(1);
    expect(run.out).toContain(`--> rel.docker.b: Cannot connect to the Docker daemon at ${daemon.host}. Is the docker daemon running?`);
    expect(run.out).toContain('Cleanup of container: the Docker daemon is unreachable; retrying for up to 15 seconds...');
    await expectNothingLeft(dir, [tag]);
  }, 90_000);

  describe('file provisioner faults', () => {
    WITH_FILE('a missing source file is reported before anything runs', async () => {
      const { dir, run } = await build(
        'file-missing',
        template({ image: BUSYBOX, provisioners: '  provisioner "file" {\n    source      = "does-not-exist.txt"\n    destination = "/tmp/x"\n  }\n' }),
      );
      expect(run.code).toBe(1);
      expect(run.all).toContain('does-not-exist.txt');
      expect(run.all).not.toContain('Starting docker container');
      await expectNothingLeft(dir);
    });

    WITH_FILE('an unreadable source file is reported with its path', async () => {
      const dir = scenarioDir(join(work, 'runs'), 'file-unreadable');
      writeFileSync(join(dir, 'secret.txt'), 'x');
      chmodSync(join(dir, 'secret.txt'), 0o000);
      chmodSync(dir, 0o777);
      writeTemplate(
        dir,
        template({ image: BUSYBOX, provisioners: '  provisioner "file" {\n    source      = "secret.txt"\n    destination = "/tmp/x"\n  }\n' }),
      );
      // As root every file is readable: run as nobody, with the engine's socket opened up for this one run.
      chmodSync(daemon.socket, 0o666);
      try {
        const run = await runCli(['build', 'template.pkr.hcl'], { cwd: dir, env: { ...daemon.env, HOME: dir }, uid: 65534, gid: 65534 });
        expectNoStack(run.all);
        expect(run.code).toBe(1);
        expect(run.all).toContain('secret.txt');
        expect(run.all).toMatch(/EACCES|permission denied|not readable/i);
      } finally {
        chmodSync(daemon.socket, 0o660);
      }
      await expectNothingLeft(dir);
    });

    WITH_FILE('writing to a read-only path fails the build with the engine’s reason', async () => {
      const dir = scenarioDir(join(work, 'runs'), 'file-readonly');
      writeFileSync(join(dir, 'a.txt'), 'hello\n');
      const { dir: runDir, run } = await build(
        'file-readonly',
        template({
          image: BUSYBOX,
          // The destination is a read-only bind mount.
          extra: `run_command = ["-d", "-i", "-t", "-v", "${dir}:/ro:ro", "--entrypoint=/bin/sh", "--", "{{.Image}}"]`,
          provisioners: `  provisioner "file" {\n    source      = "${join(dir, 'a.txt')}"\n    destination = "/ro/a.txt"\n  }\n`,
          tag: 'rel/ro:1',
        }),
      );
      expect(run.code).toBe(1);
      expect(run.out).toMatch(/Upload failed: .*(read-only|read only)/i);
      await expectNothingLeft(runDir, ['rel/ro:1']);
    });
  });

  function mountTmpfs(path: string, size: string): boolean {
    const r = spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', path]);
    if (r.status !== 0) throw new Error(`cannot mount a tmpfs for the disk-full scenario: ${r.stderr.toString()}`);
    return true;
  }

  function unmount(path: string): void {
    spawnSync('umount', [path]);
  }
});
