// Parity with Packer: each template in __fixtures__/parity is built by `packer build` (Debian's 1.6.6) and by repack,
// and the two images must have the same config (Env, Cmd, Entrypoint, WorkingDir, User, Labels, ExposedPorts,
// Volumes, OnBuild, Author, Comment) and the same file tree (path, type, mode, owner, size). The differences that
// remain are the documented ones (docs/builders/docker.md, "Differences from Packer"), asserted here as such.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Docker from 'dockerode';
import { connectDocker } from '../src/docker/connect.js';
import {
  imageConfig,
  imageTree,
  packerBuild,
  PARITY_DIR,
  repackBuild,
  tarTree,
  templates,
  workCopy,
  type ComparableConfig,
  type Run,
  type TreeEntry,
} from '../__fixtures__/parity/harness.js';

const packerVersion = (() => {
  const r = spawnSync('packer', ['version'], { encoding: 'utf8', env: { ...process.env, CHECKPOINT_DISABLE: '1' } });
  return r.status === 0 ? r.stdout.trim().split('\n')[0] : undefined;
})();
if (!packerVersion) console.log('parity: skipped — packer is not installed (REPACK_ENV_PACKER=1 bash scripts/dev-env.sh installs it)');
const describeWithPacker = packerVersion ? describe : describe.skip;

const driver = connectDocker();
const docker = new Docker();
const BASE = '127.0.0.1:5000/busybox:latest';

/** Packer mounts a host directory at container_dir (/packer-files); its empty mount point stays in the image. */
const PACKER_ONLY = [/^packer-files$/];

/** Builds whose image keeps the base image's Cmd/Entrypoint in repack, and run_command's in Packer. */
const PACKER_ENTRYPOINT: Record<string, Pick<ComparableConfig, 'Cmd' | 'Entrypoint'>> = {
  'docker.parity_rc_cmd': { Cmd: ['/bin/sh'], Entrypoint: null },
};
const SETS_ENTRYPOINT = new Set(['docker.parity_changes', 'docker.parity_changes_shell_form']);

/** The docker CLI orders several -e variables at random (it goes through a map); the Engine API keeps them. */
const ENV_FROM_RUN_COMMAND = new Set(['docker.parity_rc_flags']);

/** Packer 1.6.6 leaves uploads root's; repack (as the docker plugin since) gives them to the container's user. */
const UPLOAD_OWNER: Record<string, { paths: RegExp; repack: string }> = {
  'docker.parity_exec_user': { paths: /^tmp\/(hello\.txt|tree(\/.*)?)$/, repack: '65534:65534' },
};

interface Pair {
  template: string;
  packer: Run;
  repack: Run;
  packerDir: string;
  repackDir: string;
}

describeWithPacker(`parity with ${packerVersion ?? 'packer'}`, () => {
  let work: string;
  const pairs: Pair[] = [];
  const made: string[] = [];

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'repack-parity-'));
    await driver.pull(BASE);
    const runs = templates().map(async (template) => {
      const packerDir = workCopy(work, `packer-${template}`);
      const repackDir = workCopy(work, `repack-${template}`);
      for (const dir of [packerDir, repackDir]) writeFileSync(join(dir, 'in.txt'), 'from the host\n');
      const needsHostDir = /variable "host_dir"/.test(readFileSync(join(PARITY_DIR, template), 'utf8'));
      const [packer, repack] = await Promise.all([
        packerBuild(template, packerDir, needsHostDir ? { host_dir: packerDir } : {}),
        repackBuild(template, repackDir, needsHostDir ? { host_dir: repackDir } : {}),
      ]);
      for (const r of [packer, repack]) for (const id of r.artifacts.values()) if (id.startsWith('sha256:')) made.push(id);
      pairs.push({ template, packer, repack, packerDir, repackDir });
    });
    await Promise.all(runs);
  }, 180_000);

  afterAll(async () => {
    for (const id of made) await driver.removeImage(id, { force: true }).catch(() => undefined);
    // repack's per-step cache images carry the build's label.
    const names = templates().flatMap((t) => [...readFileSync(join(PARITY_DIR, t), 'utf8').matchAll(/source "docker" "(\w+)"/g)].map((m) => m[1]));
    for (const name of names)
      for (const image of await driver.listImages(`io.repack.build=docker.${name}`)) await driver.removeImage(image.id, { force: true });
    if (work) removePackerLeftovers(work);
    if (work) rmSync(work, { recursive: true, force: true });
  });

  const pair = (template: string): Pair => {
    const p = pairs.find((x) => x.template === template);
    if (!p) throw new Error(`${template} did not run`);
    return p;
  };

  test.each(templates())('%s: both succeed or both fail, with the same builds', (template) => {
    const p = pair(template);
    expect({ code: p.repack.code, builds: [...p.repack.artifacts.keys()].sort() }).toEqual({
      code: p.packer.code,
      builds: [...p.packer.artifacts.keys()].sort(),
    });
    if (p.packer.code !== 0) {
      // Only privileged.pkr.hcl may fail, where the engine cannot grant every capability (an unprivileged sandbox).
      expect(template).toBe('privileged.pkr.hcl');
      expect(p.packer.out).toContain('unable to apply caps');
      expect(p.repack.out).toContain('unable to apply caps');
    }
  });

  const builds = (): [string, string][] => pairs.flatMap((p) => [...p.packer.artifacts.keys()].map((b): [string, string] => [p.template, b]));

  test('every template built something in Packer', () => {
    expect(builds().length).toBeGreaterThanOrEqual(10);
  });

  test('the image configs are the same, but for the documented Cmd/Entrypoint difference', async () => {
    const base = await imageConfig(docker, BASE);
    for (const [template, build] of builds()) {
      const p = pair(template);
      const packerId = p.packer.artifacts.get(build) ?? '';
      const repackId = p.repack.artifacts.get(build) ?? '';
      if (packerId === 'Container') continue; // export_path: compared by its tar below
      const packer = await imageConfig(docker, packerId);
      const repack = await imageConfig(docker, repackId);
      if (ENV_FROM_RUN_COMMAND.has(build)) for (const c of [packer, repack]) c.Env.sort();
      if (!SETS_ENTRYPOINT.has(build)) {
        expect({ build, Cmd: packer.Cmd, Entrypoint: packer.Entrypoint }).toEqual({
          build,
          ...(PACKER_ENTRYPOINT[build] ?? { Cmd: null, Entrypoint: ['/bin/sh'] }),
        });
        expect({ build, Cmd: repack.Cmd, Entrypoint: repack.Entrypoint }).toEqual({ build, Cmd: base.Cmd, Entrypoint: base.Entrypoint });
        packer.Cmd = repack.Cmd;
        packer.Entrypoint = repack.Entrypoint;
      }
      expect({ build, ...repack }).toEqual({ build, ...packer });
    }
  });

  test('the file trees are the same, but for Packer’s /packer-files and its 1.6.6 upload owners', async () => {
    for (const [template, build] of builds()) {
      const p = pair(template);
      const packerId = p.packer.artifacts.get(build) ?? '';
      let packer: TreeEntry[];
      let repack: TreeEntry[];
      if (packerId === 'Container') {
        packer = await tarTree(join(p.packerDir, 'image.tar'), PACKER_ONLY);
        repack = await tarTree(join(p.repackDir, 'image.tar'));
      } else {
        packer = await imageTree(driver, packerId, PACKER_ONLY);
        repack = await imageTree(driver, p.repack.artifacts.get(build) ?? '');
      }
      const owner = UPLOAD_OWNER[build];
      if (owner) {
        const changed = repack.filter((e) => owner.paths.test(e.path));
        expect(changed.length).toBeGreaterThan(0);
        for (const e of changed) expect({ path: e.path, owner: e.owner }).toEqual({ path: e.path, owner: owner.repack });
        for (const e of packer.filter((x) => owner.paths.test(x.path))) e.owner = owner.repack;
      }
      expect({ build, tree: repack }).toEqual({ build, tree: packer });
    }
  });

  test('-machine-readable: the same non-ui lines (artifacts, errors) as Packer, and ui lines without a target', () => {
    const lines = (out: string) => out.split('\n').filter((l) => /^\d+,/.test(l));
    // Timestamps and image IDs differ by nature; lines of parallel builds interleave in any order.
    const shape = (out: string) =>
      lines(out)
        .map((l) => l.replace(/^\d+,/, '').replace(/sha256:[0-9a-f]{64}/g, '<id>'))
        // Error texts differ: Packer's wrap docker CLI output, repack's the Engine API's.
        .map((l) => l.replace(/^([\w.-]+,error,|,ui,error,--> [\w.-]+: ).*$/, '$1<error>'))
        // repack lists an exported file by its absolute path (docs/builders/docker.md).
        .map((l) => l.replace(/^([\w.-]+,artifact,\d+,file,\d+,)\/.*\/([^/]+)$/, '$1$2'))
        .filter((l) => !l.startsWith(',ui,') || /^,ui,(say|error),--> /.test(l))
        .sort();
    for (const p of pairs) {
      expect({ template: p.template, lines: shape(p.repack.out) }).toEqual({ template: p.template, lines: shape(p.packer.out) });
      for (const out of [p.packer.out, p.repack.out]) {
        for (const l of lines(out)) expect(l).toMatch(/^\d{10},(,ui,(say|message|error),|[\w.-]+,(artifact|artifact-count|error),|,error-count,)/);
      }
    }
  });

  test('what the provisioners made is there (the comparison is not vacuous)', async () => {
    const paths = async (build: string, template: string) =>
      (await imageTree(driver, pair(template).repack.artifacts.get(build) ?? '')).map((e) => `${e.path}:${e.mode}:${e.owner}:${e.size}`);
    const file = await paths('docker.parity_file', 'file.pkr.hcl');
    expect(file).toEqual(
      expect.arrayContaining([
        'up/hello-renamed.txt:100644:0:0:13',
        'up/into/hello.txt:100644:0:0:13',
        'up/run.sh:100755:0:0:19',
        'up/tree-new/sub/b.txt:100600:0:0:4',
        'up/existing/tree/sub/c.sh:100750:0:0:17',
        'up/contents-new/a.txt:100664:0:0:2',
        'up/existing-slash/sub:40750:0:0:0',
      ]),
    );
    expect(await paths('docker.parity_volumes', 'volumes.pkr.hcl')).toEqual(expect.arrayContaining(['from-volume.txt:100644:0:0:14', 'mnt/host:40755:0:0:0']));
    const shell = await paths('docker.parity_shell', 'shell.pkr.hcl');
    expect(shell).toEqual(expect.arrayContaining([expect.stringMatching(/^shell-env:/), 'execute-command:100644:0:0:13', 'second:100644:0:0:7']));
    expect(readFileSync(join(pair('volumes.pkr.hcl').repackDir, 'out.txt'), 'utf8')).toBe('written-in-container\n');
  });
});

/** Packer 1.6.6 leaves its container behind when `docker run` fails (e.g. privileged in a sandbox): remove this run's. */
function removePackerLeftovers(work: string): void {
  const docker = (...args: string[]) => execFileSync('docker', args, { encoding: 'utf8' });
  for (const id of docker('ps', '-aq', '--filter', 'volume=/packer-files').split('\n').filter(Boolean)) {
    if (docker('inspect', '-f', '{{range .Mounts}}{{.Source}} {{end}}', id).includes(work)) docker('rm', '-f', id);
  }
}
