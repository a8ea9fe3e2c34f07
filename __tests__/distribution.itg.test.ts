// The ways users install repack, each as a new user would use it, outside the checkout: the npm package (npm pack →
// an empty prefix, and npx), and the container image built by repack itself from images/repack.pkr.hcl, run against
// the host engine through the mounted socket. Uses dist/ (fresh in CI: scripts/check-dist.sh) and the local
// registry's images (scripts/dev-env.sh), and removes what it made.
import { execFileSync, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connectDocker } from '../src/docker/connect.js';
import { REPACK_VERSION } from '../src/version.js';

const ROOT = join(import.meta.dirname, '..');
const run = `dist${Date.now().toString(36)}`;
const driver = connectDocker();
let work: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'repack-distribution-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

function sh(cmd: string, args: string[], cwd: string, env: Record<string, string> = {}): SpawnSyncReturns<string> {
  return spawnSync(cmd, args, { cwd, encoding: 'utf8', env: { ...process.env, ...env }, timeout: 240_000 });
}

function expectOk(r: SpawnSyncReturns<string>): string {
  expect({ status: r.status, stderr: r.status === 0 ? '' : r.stderr }).toEqual({ status: 0, stderr: '' });
  return r.stdout;
}

/** A one-step busybox template that tags (but does not push) `repository:1`. */
function busyboxTemplate(dir: string, repository: string): void {
  writeFileSync(
    join(dir, 'app.pkr.hcl'),
    `source "docker" "app" {
  image  = "127.0.0.1:5000/busybox:latest"
  commit = true
}
build {
  sources = ["source.docker.app"]
  provisioner "shell" { inline = ["echo ${run} > /installed-by"] }
  post-processor "docker-tag" {
    repository = "${repository}"
    tags       = ["1"]
  }
}
`,
  );
}

describe('the npm package', () => {
  let tarball: string;

  beforeAll(() => {
    const out = expectOk(sh('npm', ['pack', '--silent', '--pack-destination', work], ROOT));
    tarball = join(work, out.trim().split('\n').at(-1) ?? '');
  }, 120_000);

  test('holds the bundled CLI, the changelog, README and LICENSE, and nothing to install or run at install', () => {
    const files = expectOk(sh('tar', ['tzf', tarball], work))
      .split('\n')
      .filter(Boolean);
    expect(files).toEqual(expect.arrayContaining(['package/dist/cli/index.js', 'package/README.md', 'package/LICENSE', 'package/CHANGELOG.md']));
    expect(
      files.filter(
        (f) =>
          !/^package\/(dist\/cli\/|dist\/chunks\/[A-Z0-9]+\.js$|dist\/(package\.json|licenses\.txt)$|README\.md$|LICENSE$|CHANGELOG\.md$|package\.json$)/.test(
            f,
          ),
      ),
    ).toEqual([]);
    // The chunks only the action loads (the Actions cache client) stay out (dist/chunks/.npmignore).
    const ignored = readFileSync(join(ROOT, 'dist/chunks/.npmignore'), 'utf8')
      .split('\n')
      .filter((l) => /\.js$/.test(l));
    expect(ignored.length).toBeGreaterThan(0);
    for (const chunk of ignored) expect(files).not.toContain(`package/dist/chunks/${chunk}`);
    expect(files.filter((f) => /\.(exe|proto|map|ts)$/.test(f))).toEqual([]);
    const manifest = JSON.parse(expectOk(sh('tar', ['xzOf', tarball, 'package/package.json'], work))) as Record<string, unknown>;
    expect(manifest.bin).toEqual({ repack: 'dist/cli/index.js' });
    expect(manifest.dependencies ?? {}).toEqual({});
    expect(Object.keys((manifest.scripts ?? {}) as object).filter((s) => /install|prepare/.test(s))).toEqual([]);
    expect(manifest.engines).toEqual({ node: '>=20' });
    expect(manifest.license).toBe('MIT');
    expect(manifest.private).toBeUndefined();
  });

  test('installed into an empty prefix, `repack` validates and builds from a directory outside the checkout', () => {
    const prefix = join(work, 'prefix');
    expectOk(sh('npm', ['install', '--global', '--prefix', prefix, '--offline', '--no-audit', '--no-fund', tarball], work));
    const repack = join(prefix, 'bin', 'repack');
    expect(statSync(repack).isFile()).toBe(true);
    const outside = mkdtempSync(join(work, 'project-'));
    expect(expectOk(sh(repack, ['version'], outside))).toMatch(new RegExp(`^repack v${REPACK_VERSION.replace(/\./g, '\\.')}\\b`));
    const example = join(ROOT, 'examples/docker-ubuntu/docker-ubuntu.pkr.hcl');
    expect(expectOk(sh(repack, ['validate', example], outside))).toContain('The configuration is valid.');
    const repository = `127.0.0.1:5000/${run}-npm`;
    busyboxTemplate(outside, repository);
    try {
      expect(expectOk(sh(repack, ['build', '-color=false', 'app.pkr.hcl'], outside))).toContain(`with tags ${repository}:1`);
    } finally {
      execFileSync('docker', ['image', 'rm', '--force', `${repository}:1`], { stdio: 'ignore' });
    }
  }, 240_000);

  test('npx runs it from the tarball', () => {
    const outside = mkdtempSync(join(work, 'npx-'));
    const r = sh('npx', ['--yes', '--prefer-offline', '--package', tarball, '--', 'repack', 'version'], outside, { npm_config_cache: join(work, 'npm-cache') });
    expect(expectOk(r)).toMatch(/^repack v/);
  }, 120_000);
});

describe('the container image', () => {
  const image = `127.0.0.1:5000/${run}-image`;
  const out = `127.0.0.1:5000/${run}-from-image`;

  afterAll(async () => {
    for (const ref of [`${image}:1.2.3`, `${image}:1.2`, `${image}:1`, `${out}:1`]) await driver.removeImage(ref, { force: true });
  });

  test('repack builds it from images/repack.pkr.hcl; it runs as a non-root user and builds through the mounted socket', () => {
    // From the repository's root, as the release workflow does; the base is the local stand-in for node:24-bookworm-slim.
    const built = sh(
      process.execPath,
      [
        join(ROOT, 'dist/cli/index.js'),
        'build',
        '-color=false',
        '-except=docker-push',
        '-var',
        'base_image=127.0.0.1:5000/node:24-bookworm-slim',
        '-var',
        `repository=${image}`,
        '-var',
        'version=1.2.3',
        'images/repack.pkr.hcl',
      ],
      ROOT,
    );
    expect(expectOk(built)).toContain(`with tags ${image}:1.2.3 ${image}:1.2 ${image}:1`);
    const config = JSON.parse(expectOk(sh('docker', ['image', 'inspect', '-f', '{{json .Config}}', `${image}:1.2.3`], work))) as {
      User: string;
      Entrypoint: string[];
      WorkingDir: string;
      Labels: Record<string, string>;
    };
    expect(config).toMatchObject({ User: 'repack', Entrypoint: ['repack'], WorkingDir: '/src' });
    expect(config.Labels['org.opencontainers.image.version']).toBe('1.2.3');
    expect(expectOk(sh('docker', ['run', '--rm', `${image}:1.2.3`, 'version'], work))).toMatch(
      new RegExp(`^repack v${REPACK_VERSION.replace(/\./g, '\\.')}\\b`),
    );
    expect(expectOk(sh('docker', ['run', '--rm', '--entrypoint', 'id', `${image}:1.2.3`, '-u'], work)).trim()).toBe('10001');

    // The documented command: the socket mounted, its group added, the project in /src.
    const project = mkdtempSync(join(work, 'image-project-'));
    chmodSync(work, 0o755);
    chmodSync(project, 0o755); // a checkout is readable by others; mkdtemp's directory is not
    busyboxTemplate(project, out);
    const gid = String(statSync('/var/run/docker.sock').gid);
    const inImage = sh(
      'docker',
      [
        'run',
        '--rm',
        '-v',
        '/var/run/docker.sock:/var/run/docker.sock',
        '--group-add',
        gid,
        '-v',
        `${project}:/src`,
        `${image}:1.2.3`,
        'build',
        '-color=false',
        '.',
      ],
      project,
    );
    expect(expectOk(inImage)).toContain(`with tags ${out}:1`);
    expect(execFileSync('docker', ['run', '--rm', `${out}:1`, 'cat', '/installed-by'], { encoding: 'utf8' }).trim()).toBe(run);
    // Nothing left in the project directory, no container of the build left on the engine.
    expect(readdirSync(project)).toEqual(['app.pkr.hcl']);
  }, 300_000);
});
