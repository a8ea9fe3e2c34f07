// What current Packer (1.16) accepts in templates, beyond the fixtures: data sources (http against a loopback
// server, git on a repository made here), the console going on despite initialisation errors, path.root as given,
// the sudo lint, the reported version, and problems Packer leaves to the step that meets them.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../src/cli/main.js';
import { prepare, prepareTemplate } from '../src/pipeline/prepare.js';
import { PACKER_COMPAT_VERSION } from '../src/version.js';
import type { PostProcessorContext } from '../src/plugin/post-processor.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'repack-compat-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const SOURCE = 'source "docker" "x" {\n  image  = "127.0.0.1:5000/busybox:latest"\n  commit = true\n}\n';
const BUILD = 'build {\n  sources = ["source.docker.x"]\n}\n';
const line = (d: { severity: string; summary: string; range?: { start: { line: number; column: number } } }) =>
  `${d.severity} ${d.range ? `${d.range.start.line}:${d.range.start.column}` : '-'} ${d.summary}`;

async function cli(argv: string[], stdin = '', env: Record<string, string> = {}) {
  let out = '';
  let err = '';
  const io = { out: (s: string) => (out += s), err: (s: string) => (err += s), isTTY: false, env, cwd: dir, readStdin: () => stdin, stdinIsTTY: false };
  const code = await main(argv, io);
  return { code, out, err };
}

test('packer.iterationID and packer.versionFingerprint exist and are unknown (set only when publishing to HCP Packer)', async () => {
  writeFileSync(join(dir, 't.pkr.hcl'), `${SOURCE}${BUILD}`);
  const r = await cli(['console', '.'], 'packer.version\npacker.iterationID\npacker.versionFingerprint\n');
  expect(r).toEqual({ code: 0, out: '1.16.0\n<unknown>\n<unknown>\n', err: '' });
  writeFileSync(join(dir, 't.pkr.hcl'), `${SOURCE.replace('commit = true', 'commit = true\n  changes = ["LABEL v=${packer.versionFingerprint}"]')}${BUILD}`);
  const p = prepare({ template: '.', cwd: dir, env: {} });
  expect(p.diagnostics.map(line)).toEqual(['error 4:13 Unknown value']);
});

describe('variable defaults', () => {
  test('may call env(), and only env()', async () => {
    writeFileSync(join(dir, 't.pkr.hcl'), `variable "reg" {\n  default = env("REG")\n}\nvariable "unset" {\n  default = env("NOT_SET")\n}\n${SOURCE}${BUILD}`);
    const r = await cli(['console', '.'], 'var.reg\nlength(var.unset)\n', { REG: 'ghcr.io/acme' });
    expect(r).toEqual({ code: 0, out: 'ghcr.io/acme\n0\n', err: '' });
    writeFileSync(join(dir, 't.pkr.hcl'), `variable "a" {\n  default = lower(env("REG"))\n}\n${SOURCE}${BUILD}`);
    const p = prepare({ template: '.', cwd: dir, env: {} });
    expect(p.diagnostics.map((d) => [line(d), d.detail])).toEqual([['error 2:13 Call to unknown function', 'There is no function named "lower".']]);
  });
});

describe('http data source', () => {
  let server: Server;
  let base: string;
  const seen: { method?: string; auth?: string; body: string }[] = [];
  beforeAll(async () => {
    server = createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => {
        seen.push({ method: req.method, auth: req.headers.authorization, body });
        if (req.url === '/missing') {
          res.writeHead(404, { 'content-type': 'text/plain' }).end('no');
          return;
        }
        res.writeHead(200, { 'content-type': 'application/json', 'x-version': '3.19' }).end(JSON.stringify({ version: '3.19', path: req.url }));
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  test('GETs the URL; body, url and the response headers reach locals and sources', async () => {
    writeFileSync(
      join(dir, 't.pkr.hcl'),
      `variable "token" {\n  default   = "s3cret"\n  sensitive = true\n}\ndata "http" "release" {\n  url = "${base}/latest"\n  request_headers = {\n    Authorization = "Bearer \${var.token}"\n  }\n}\ndata "http" "post" {\n  url          = "${base}/echo/\${jsondecode(data.http.release.body).version}"\n  method       = "POST"\n  request_body = "hello"\n}\nlocals {\n  version = jsondecode(data.http.release.body).version\n}\nsource "docker" "x" {\n  image  = "127.0.0.1:5000/busybox:\${local.version}"\n  commit = true\n  changes = ["LABEL from=\${jsondecode(data.http.post.body).path}", "LABEL v=\${data.http.release.request_headers["X-Version"]}"]\n}\n${BUILD}`,
    );
    seen.length = 0;
    const p = await prepareTemplate({ template: '.', cwd: dir, env: {} });
    expect(p.diagnostics).toEqual([]);
    expect(p.builds[0].config.image).toBe('127.0.0.1:5000/busybox:3.19');
    expect(p.builds[0].config.changes).toEqual(['LABEL from=/echo/3.19', 'LABEL v=3.19']);
    expect(seen).toEqual([
      { method: 'GET', auth: 'Bearer s3cret', body: '' },
      { method: 'POST', auth: undefined, body: 'hello' },
    ]);
  });

  test('a data source may use locals, and locals the data source, in any order, as in Packer', async () => {
    writeFileSync(
      join(dir, 't.pkr.hcl'),
      `locals {\n  image = "127.0.0.1:5000/busybox:\${jsondecode(data.http.release.body).version}"\n  base  = "${base}"\n}\ndata "http" "release" {\n  url = "\${local.base}/from-local"\n}\nsource "docker" "x" {\n  image  = local.image\n  commit = true\n}\n${BUILD}`,
    );
    const p = await prepareTemplate({ template: '.', cwd: dir, env: {} });
    expect(p.diagnostics).toEqual([]);
    expect(p.builds[0].config.image).toBe('127.0.0.1:5000/busybox:3.19');
  });

  test('a status outside 2xx and a bad method are errors at the block', async () => {
    writeFileSync(
      join(dir, 't.pkr.hcl'),
      `data "http" "gone" {\n  url = "${base}/missing"\n}\ndata "http" "odd" {\n  url    = "${base}/"\n  method = "TRACE"\n}\n${SOURCE}${BUILD}`,
    );
    const p = await prepareTemplate({ template: '.', cwd: dir, env: {} });
    expect(p.diagnostics.map(line).sort()).toEqual([
      'error 1:1 HTTP request error. Response code: 404',
      'error 4:1 the `method` must be one of [HEAD GET POST PUT DELETE OPTIONS PATCH]',
    ]);
  });
});

test('an http request that cannot be made is an error at the block, not a crash', async () => {
  const closed = createServer();
  await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
  const { port } = closed.address() as AddressInfo;
  await new Promise<void>((r) => closed.close(() => r()));
  writeFileSync(join(dir, 't.pkr.hcl'), `data "http" "down" {\n  url = "http://127.0.0.1:${port}/"\n}\n${SOURCE}${BUILD}`);
  const p = await prepareTemplate({ template: '.', cwd: dir, env: {} });
  expect(p.diagnostics.map(line)).toEqual([expect.stringMatching(/^error 1:1 GET http:\/\/127\.0\.0\.1:\d+\/: fetch failed: .*ECONNREFUSED/)]);
});

test('what uses a failed data source is not reported again (its outputs are unknown)', async () => {
  writeFileSync(
    join(dir, 't.pkr.hcl'),
    `data "http" "down" {\n  url = "http://127.0.0.1:1/"\n}\nlocals {\n  pkgs = jsondecode(data.http.down.body).packages\n}\nsource "docker" "x" {\n  image  = "127.0.0.1:5000/busybox:latest"\n  commit = true\n  changes = ["LABEL pkgs=\${join(",", local.pkgs)}"]\n}\n${BUILD}`,
  );
  const p = await prepareTemplate({ template: '.', cwd: dir, env: {} });
  expect(p.diagnostics.map(line)).toEqual([expect.stringMatching(/^error 1:1 GET http:\/\/127\.0\.0\.1:1\/: fetch failed/)]);
});

describe('git data sources', () => {
  test('git-commit, git-repository and git-tree read the repository the template is in', async () => {
    const git = (...args: string[]) =>
      execFileSync('git', ['-C', dir, ...args], {
        encoding: 'utf8',
        env: {
          ...process.env,
          GIT_AUTHOR_NAME: 'A U Thor',
          GIT_AUTHOR_EMAIL: 'author@example.com',
          GIT_COMMITTER_NAME: 'C O Mitter',
          GIT_COMMITTER_EMAIL: 'c@example.com',
          GIT_COMMITTER_DATE: '2024-03-04T05:06:07+02:00',
          GIT_AUTHOR_DATE: '2024-03-04T05:06:07+02:00',
        },
      });
    git('init', '-q', '-b', 'main');
    mkdirSync(join(dir, 'scripts'));
    writeFileSync(join(dir, 'scripts', 'setup.sh'), 'true\n');
    writeFileSync(
      join(dir, 't.pkr.hcl'),
      `data "git-commit" "head" {}\ndata "git-repository" "cwd" {}\ndata "git-tree" "files" {\n  commit_ish = "v1"\n}\nlocals {\n  c = data.git-commit.head\n  r = data.git-repository.cwd\n}\n${SOURCE}${BUILD}`,
    );
    git('add', '.');
    git('commit', '-q', '-m', 'first\n\nbody');
    git('tag', 'v1');
    const hash = git('rev-parse', 'HEAD').trim();
    writeFileSync(join(dir, 'untracked'), '');
    const r = await cli(
      ['console', '.'],
      'local.c.hash\nlocal.c.author\nlocal.c.committer\nlocal.c.timestamp\njsonencode(local.c.message)\nlocal.c.branches[0]\nlength(local.c.parent_hashes)\nlocal.r.head\nlocal.r.tags[0]\nlocal.r.is_clean\njoin(",", data.git-tree.files.files)\n',
    );
    expect(r.err).toBe('');
    expect(r.out.split('\n')).toEqual([
      hash,
      'A U Thor <author@example.com>',
      'C O Mitter <c@example.com>',
      '2024-03-04T03:06:07Z',
      '"first\\n\\nbody\\n"',
      'main',
      '0',
      'main',
      'v1',
      'false',
      'scripts/setup.sh,t.pkr.hcl',
      '',
    ]);
  });

  test('outside a repository, the data source reports git’s error at its block', () => {
    writeFileSync(join(dir, 't.pkr.hcl'), `data "git-commit" "head" {}\n${SOURCE}${BUILD}`);
    const p = prepare({ template: '.', cwd: dir, env: { GIT_CEILING_DIRECTORIES: tmpdir() } });
    expect(p.diagnostics.map(line)).toEqual([expect.stringMatching(/^error 1:1 .*not a git repository/)]);
  });
});

test('required_plugins may name the git plugin, whose data sources are built in', async () => {
  writeFileSync(
    join(dir, 't.pkr.hcl'),
    `packer {\n  required_plugins {\n    git = {\n      version = ">= 0.6.2"\n      source  = "github.com/ethanmdavidson/git"\n    }\n    docker = {\n      version = ">= 1.0.0"\n      source  = "github.com/hashicorp/docker"\n    }\n  }\n}\n${SOURCE}${BUILD}`,
  );
  expect(prepare({ template: '.', cwd: dir, env: {} }).diagnostics).toEqual([]);
  const r = await cli(['init', '.']);
  expect(r.out).toBe(
    'github.com/ethanmdavidson/git >= 0.6.2: built in, git plugin (its data sources) v0.6.5\ngithub.com/hashicorp/docker >= 1.0.0: built in, docker plugin v1.1.1\n',
  );
  expect(r.code).toBe(0);
});

test('hcp_packer_registry is checked as Packer checks it', () => {
  writeFileSync(
    join(dir, 't.pkr.hcl'),
    `hcp_packer_registry {\n  bucket_name = "no_underscores"\n}\n${SOURCE}build {\n  sources = ["source.docker.x"]\n  hcp_packer_registry {\n    labels        = { a = "b" }\n    bucket_labels = { c = "d" }\n  }\n}\n`,
  );
  const p = prepare({ template: '.', cwd: dir, env: {} });
  expect(p.diagnostics.map(line)).toEqual([
    'warning 10:3 Build block level hcp_packer_registry are deprecated',
    'error 10:3 Multiple HCP Packer registry block declaration',
    'error 1:1 hcp_packer_registry.bucket_name can only contain between 3 and 36 ASCII letters, numbers and hyphens',
    'error 10:3 hcp_packer_registry.labels and hcp_packer_registry.bucket_labels are mutually exclusive; please use the recommended argument hcp_packer_registry.bucket_labels',
    'warning 1:1 HCP Packer registry not used',
  ]);
});

describe('cloud data sources', () => {
  test('say which cloud they need and what to do instead', () => {
    writeFileSync(join(dir, 't.pkr.hcl'), `data "amazon-ami" "base" {}\ndata "hcp-packer-version" "v" {}\n${SOURCE}${BUILD}`);
    const p = prepare({ template: '.', cwd: dir, env: {} });
    expect(p.diagnostics.map((d) => d.detail)).toEqual([
      expect.stringMatching(/^The data source "amazon-ami" needs AWS: repack does not talk to it; pass the value as a variable instead/),
      expect.stringMatching(/^The data source "hcp-packer-version" needs HCP Packer: repack does not talk to it/),
    ]);
  });
});

describe('console', () => {
  test('evaluates what it can when sources, builds, data sources or locals have errors', async () => {
    writeFileSync(
      join(dir, 't.pkr.hcl'),
      `variable "v" {\n  default = "ok"\n}\nvariable "unset" {}\nlocals {\n  good = upper(var.v)\n  bad  = nope(1)\n}\ndata "null" "empty" {}\nsource "amazon-ebs" "vm" {}\nbuild {\n  sources = ["source.docker.missing"]\n}\n`,
    );
    const r = await cli(['console', '.'], 'var.v\nlocal.good\npath.root\nlocal.bad\n');
    expect(r.out).toBe('ok\nOK\n.\n');
    expect(r.err).toContain('Unsupported attribute');
    expect(r.code).toBe(1);
  });

  test('still stops on parsing errors, as Packer does', async () => {
    writeFileSync(join(dir, 't.pkr.hcl'), 'variable "v" {\n  default = var.x\n}\n');
    const r = await cli(['console', '.'], 'var.v\n');
    expect(r.out).toBe('');
    expect(r.err).toContain('Variables not allowed');
    expect(r.code).toBe(1);
  });
});

describe('path.root', () => {
  test('is the template path as given, or a file’s directory; path.cwd is absolute', () => {
    mkdirSync(join(dir, 'sub'));
    writeFileSync(
      join(dir, 'sub', 't.pkr.hcl'),
      `source "docker" "x" {\n  image  = "127.0.0.1:5000/busybox:latest"\n  commit = true\n  changes = ["LABEL root=\${path.root}", "LABEL cwd=\${path.cwd}"]\n}\n${BUILD}`,
    );
    for (const [template, root] of [
      ['sub', 'sub'],
      ['sub/t.pkr.hcl', 'sub'],
      ['./sub/', './sub/'],
    ]) {
      const p = prepare({ template, cwd: dir, env: {} });
      expect(p.builds[0].config.changes).toEqual([`LABEL root=${root}`, `LABEL cwd=${dir}`]);
    }
    const inside = prepare({ template: 't.pkr.hcl', cwd: join(dir, 'sub'), env: {} });
    expect(inside.builds[0].config.changes?.[0]).toBe('LABEL root=.');
  });
});

describe('sudo lint', () => {
  const shell = (cmd: string) => `  provisioner "shell" {\n    inline = ["${cmd}"]\n  }\n`;
  test.each([
    ['a docker source running as root', '', 'sudo apt-get update', 1],
    ['a docker source with exec_user = "root"', '  exec_user = "root"\n', 'sudo apt-get update', 1],
    ['sudo -u, which switches user on purpose', '', 'sudo -u nobody id', 0],
    ['a docker source running as another user', '  exec_user = "1000"\n', 'sudo apt-get update', 0],
    ['a container started as another user', '  run_command = ["-d", "-i", "-t", "--user=app", "--", "{{.Image}}"]\n', 'sudo apt-get update', 0],
    ['exec_user set in the build', 'BUILD', 'sudo apt-get update', 0],
  ])('%s', (_what, user, cmd, warnings) => {
    const source = `source "docker" "x" {\n  image  = "127.0.0.1:5000/busybox:latest"\n  commit = true\n${user === 'BUILD' ? '' : user}}\n`;
    const use = user === 'BUILD' ? '  source "source.docker.x" {\n    exec_user = "nobody"\n  }\n' : '  sources = ["source.docker.x"]\n';
    writeFileSync(join(dir, 't.pkr.hcl'), `${source}build {\n${use}${shell(cmd)}}\n`);
    const p = prepare({ template: '.', cwd: dir, env: {} });
    expect(p.diagnostics.filter((d) => d.summary === 'sudo in a root container')).toHaveLength(warnings);
  });

  test('not for a build of another builder type', () => {
    writeFileSync(join(dir, 't.pkr.hcl'), `source "amazon-ebs" "vm" {}\nbuild {\n  sources = ["source.amazon-ebs.vm"]\n${shell('sudo yum update')}}\n`);
    const p = prepare({ template: '.', cwd: dir, env: {} });
    expect(p.diagnostics.map((d) => d.summary)).toEqual(['Unknown source type "amazon-ebs"']);
  });

  test.each([
    ['only = ["amazon-ebs.vm"]', 0],
    ['except = ["docker.x"]', 0],
    ['only = ["docker.x"]', 1],
    ['only = ["docker.renamed"]', 0],
  ])('a provisioner with %s in a build of a docker and another source', (filter, warnings) => {
    writeFileSync(
      join(dir, 't.pkr.hcl'),
      `${SOURCE}source "amazon-ebs" "vm" {}\nbuild {\n  sources = ["source.docker.x", "source.amazon-ebs.vm"]\n  provisioner "shell" {\n    inline = ["sudo yum update"]\n    ${filter}\n  }\n}\n`,
    );
    const p = prepare({ template: '.', cwd: dir, env: {} });
    expect(p.diagnostics.filter((d) => d.summary === 'sudo in a root container')).toHaveLength(warnings);
  });

  test('a renamed docker source is matched by its new name', () => {
    writeFileSync(
      join(dir, 't.pkr.hcl'),
      `${SOURCE}build {\n  source "source.docker.x" {\n    name = "renamed"\n  }\n  provisioner "shell" {\n    inline = ["sudo id"]\n    only   = ["docker.renamed"]\n  }\n}\n`,
    );
    const p = prepare({ template: '.', cwd: dir, env: {} });
    expect(p.diagnostics.filter((d) => d.summary === 'sudo in a root container')).toHaveLength(1);
  });
});

describe('version', () => {
  test('repack version prints the Packer version it follows, as `packer version` does', async () => {
    const r = await cli(['version']);
    expect(r.out.split('\n')[1]).toBe(`Packer v${PACKER_COMPAT_VERSION}`);
    expect(PACKER_COMPAT_VERSION).toBe('1.16.0');
  });

  test.each([
    ['>= 1.14.0', 0],
    ['~> 1.15', 0],
    ['>= 1.7.0, < 2.0.0', 0],
    ['>= 1.16.0', 0],
    ['~> 1.16.0', 0],
    ['>= 1.16.1', 1],
    ['< 1.12', 1],
  ])('required_version %s', (constraint, errors) => {
    writeFileSync(join(dir, 't.pkr.hcl'), `packer {\n  required_version = "${constraint}"\n}\n${SOURCE}${BUILD}`);
    const p = prepare({ template: '.', cwd: dir, env: {} });
    expect(p.diagnostics.map(line)).toEqual(errors ? ['error 2:3 Unsupported Packer Core version'] : []);
  });
});

describe('problems Packer meets only when the step runs', () => {
  test('a docker-tag repository made from an unset variable validates, and tagging fails', async () => {
    writeFileSync(
      join(dir, 't.pkr.hcl'),
      `variable "registry" {\n  default = env("REGISTRY")\n}\n${SOURCE}build {\n  sources = ["source.docker.x"]\n  post-processor "docker-tag" {\n    repository = "\${var.registry}/app"\n  }\n}\n`,
    );
    const p = prepare({ template: '.', cwd: dir, env: {} });
    expect(p.diagnostics.map(line)).toEqual(['warning 11:18 Invalid repository']);
    const tag = p.builds[0].chains[0][0].postProcessor;
    const input = { builderId: 'transcend.docker', imageId: 'sha256:x', tags: [], digests: [], files: [] };
    await expect(tag.run(input, {} as PostProcessorContext)).rejects.toThrow('"/app" is not a valid repository name');
  });

  test('docker-tag takes what docker takes: a registry host with capitals, localhost, Docker Hub spelled out', () => {
    const pp = (repository: string) => `  post-processor "docker-tag" {\n    repository = "${repository}"\n    tags = ["1"]\n  }\n`;
    const repositories = ['Registry.local:5000/app', 'localhost/app', 'docker.io/library/app', 'ghcr.io/o/team/app'];
    writeFileSync(join(dir, 't.pkr.hcl'), `${SOURCE}build {\n  sources = ["source.docker.x"]\n${repositories.map(pp).join('')}}\n`);
    const p = prepare({ template: '.', cwd: dir, env: {} });
    expect(p.diagnostics.map(line)).toEqual([]);
  });

  test('a docker-import repository docker would reject validates with a warning, and importing fails', async () => {
    writeFileSync(
      join(dir, 't.pkr.hcl'),
      `source "docker" "x" {\n  image = "127.0.0.1:5000/busybox:latest"\n  export_path = "x.tar"\n}\nbuild {\n  sources = ["source.docker.x"]\n  post-processor "docker-import" {\n    repository = "local/App"\n  }\n}\n`,
    );
    const p = prepare({ template: '.', cwd: dir, env: {} });
    expect(p.diagnostics.map(line)).toEqual(['warning 8:18 Invalid repository']);
    const imp = p.builds[0].chains[0][0].postProcessor;
    const input = { builderId: 'packer.docker', files: ['x.tar'], tags: [], digests: [] };
    await expect(imp.run(input, {} as PostProcessorContext)).rejects.toThrow(
      '"local/App:latest" is not a repository:tag reference: invalid reference format: repository name (local/App) must be lowercase.',
    );
  });
});
