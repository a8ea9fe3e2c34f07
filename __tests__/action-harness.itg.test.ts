// The bundled action (dist/) run as the GitHub runner runs it, against the real engine, Docker and the registry on
// 127.0.0.1:5000 (scripts/dev-env.sh). Rebuild dist/ first: npm run bundle.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ActionHarness, ROOT, type StepResult, waitForOutput } from '../__fixtures__/action/runner.js';
import { identityOf, RUN_LABEL } from '../src/action/run-identity.js';

const FIXTURES = path.join(ROOT, '__fixtures__', 'action');
const DIST = process.env.REPACK_DIST ?? path.join(ROOT, 'dist');
const REGISTRY = '127.0.0.1:5000';
const LABEL = 'io.repack.managed';

const harnesses: ActionHarness[] = [];
afterAll(() => harnesses.forEach((h) => h.dispose()));

/** A runner with the named fixture directories copied into its workspace. */
function runner(inputs: Record<string, string>, ...fixtures: string[]): ActionHarness {
  const h = new ActionHarness({ inputs });
  for (const f of fixtures) cpSync(path.join(FIXTURES, f), path.join(h.workspace, f), { recursive: true });
  harnesses.push(h);
  return h;
}

const errors = (r: StepResult) => r.commands.filter((c) => c.command === 'error');
const uniqueTag = (): string => `t${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;

function repackContainers(label = LABEL): string[] {
  return execFileSync('docker', ['ps', '-aq', '--no-trunc', '--filter', `label=${label}`], { encoding: 'utf8' })
    .split('\n')
    .filter(Boolean);
}

async function registryDigest(repository: string, tag: string): Promise<string | null> {
  const res = await fetch(`http://${REGISTRY}/v2/${repository}/manifests/${tag}`, {
    method: 'HEAD',
    headers: { Accept: 'application/vnd.docker.distribution.manifest.v2+json' },
  });
  return res.ok ? res.headers.get('docker-content-digest') : null;
}

describe('the bundle starts', () => {
  test.each(['index.js', 'post.js'])('dist/%s loads outside a runner and exits cleanly', (file) => {
    const r = spawnSync(process.execPath, [path.join(DIST, file)], { cwd: FIXTURES, env: { PATH: process.env.PATH }, encoding: 'utf8' });
    expect(r.stderr).not.toMatch(/Cannot find module|ERR_MODULE_NOT_FOUND|SyntaxError/);
    if (file === 'post.js') expect(r.status).toBe(0);
    else {
      expect(r.status).toBe(1);
      expect(r.stdout).toMatch(/^::error::.+/m);
    }
  });

  test('dist/cli/index.js is an executable with a shebang', () => {
    const cli = path.join(DIST, 'cli', 'index.js');
    expect(readFileSync(cli, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    const r = spawnSync(cli, ['version'], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^repack v/);
  });
});

describe('bad inputs fail the step with one clear message', () => {
  test('malformed JSON in variables', async () => {
    const r = await runner({ template: 'busybox', variables: '{"tag": ' }, 'busybox').runMain();
    expect(r.exitCode).toBe(1);
    expect(errors(r).map((e) => e.data)).toEqual([expect.stringMatching(/^Input "variables" starts with "\{" but is not valid JSON: /)]);
  });

  test('an unknown variable', async () => {
    const r = await runner({ template: 'busybox', variables: 'tag=x\nno_such_variable=1' }, 'busybox').runMain();
    expect(r.exitCode).toBe(1);
    const e = errors(r);
    expect(e.length).toBeGreaterThanOrEqual(1);
    expect(e.map((c) => c.data).join('\n')).toContain('no_such_variable');
    expect(r.outputs.get('metadata')).toBe('[]');
  });

  test('a value of the wrong type', async () => {
    const r = await runner({ template: 'typed', variables: 'replicas=many' }, 'typed').runMain();
    expect(r.exitCode).toBe(1);
    expect(
      errors(r)
        .map((c) => c.data)
        .join('\n'),
    ).toMatch(/replicas|number/);
  });

  test('a missing template', async () => {
    const r = await runner({ template: 'nope.pkr.hcl' }).runMain();
    expect(r.exitCode).toBe(1);
    expect(errors(r).at(-1)?.data).toMatch(/^Template not found: .*nope\.pkr\.hcl/);
  });

  test('a bad parallel-builds never reaches the engine', async () => {
    const r = await runner({ template: 'busybox', 'parallel-builds': '-2' }, 'busybox').runMain();
    expect(r.exitCode).toBe(1);
    expect(errors(r).map((e) => e.data)).toEqual(['Input "parallel-builds": "-2" is not a whole number ≥ 0 (0 runs every build at once)']);
  });
});

test('a syntax error is annotated at file:line:col relative to the workspace', async () => {
  const r = await runner({ 'working-directory': 'syntax-error', template: 'broken.pkr.hcl' }, 'syntax-error').runMain();
  expect(r.exitCode).toBe(1);
  const [first] = errors(r);
  expect(first.properties).toMatchObject({ file: 'syntax-error/broken.pkr.hcl', line: '3' });
  expect(Number(first.properties.col)).toBeGreaterThan(1);
  expect(r.stdout).toContain('  3:   commit = true true');
});

describe('a real build', () => {
  const tag = uniqueTag();
  const password = `pw-${uniqueTag()}-x`;
  let main: StepResult;
  let h: ActionHarness;

  beforeAll(async () => {
    h = runner({ template: 'busybox', variables: JSON.stringify({ tag, password }) }, 'busybox');
    main = await h.runMain();
  }, 300_000);

  test('succeeds', () => {
    expect(errors(main)).toEqual([]);
    expect(main.exitCode).toBe(0);
  });

  test('digest is the Docker-Content-Digest the registry serves; digests, tags and image-id match', async () => {
    const served = await registryDigest('action-test', tag);
    expect(served).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(main.outputs.get('digest')).toBe(served);
    expect(main.outputs.get('digests')).toBe(`${REGISTRY}/action-test@${served}`);
    expect(main.outputs.get('tags')).toBe(`${REGISTRY}/action-test:${tag}`);
    const imageId = execFileSync('docker', ['image', 'inspect', '-f', '{{.Id}}', `${REGISTRY}/action-test:${tag}`], { encoding: 'utf8' }).trim();
    expect(main.outputs.get('image-id')).toBe(imageId);
    expect(main.outputs.get('image-id')).not.toBe(served);
    const [entry] = JSON.parse(main.outputs.get('metadata') ?? '') as { name: string; digests: Record<string, string> }[];
    expect(entry.digests).toEqual({ [`${REGISTRY}/action-test`]: served });
  });

  test('the job summary has a row for the build with its digest', () => {
    expect(main.summary).toContain(`<code>${(main.outputs.get('digest') ?? '').replace(':', '&#58;')}</code>`);
  });

  test('the sensitive value appears only after its ::add-mask::, and in no file', () => {
    const lines = main.stdout.split('\n');
    const mask = lines.indexOf(`::add-mask::${password}`);
    expect(mask).toBeGreaterThanOrEqual(0);
    expect(lines.findIndex((l) => l.includes(password))).toBe(mask);
    expect(main.stderr).not.toContain(password);
    for (const [name, text] of [
      ['outputs', [...main.outputs.values()].join('\n')],
      ['state', [...main.state.values()].join('\n')],
      ['env', [...main.env.values()].join('\n')],
      ['summary', main.summary],
    ]) {
      expect([name, text.includes(password)]).toEqual([name, false]);
    }
  });

  test('the post step finds nothing left and succeeds quietly', async () => {
    const post = await h.runPost();
    expect(post.exitCode).toBe(0);
    expect(post.commands.filter((c) => c.command === 'warning' || c.command === 'error')).toEqual([]);
  });
});

// action.yml runs the bundle on node24; the tests run on the machine's node. scripts/dev-env.sh installs node 24.
const NODE24 = '/var/lib/repack-dev-env/node24/bin/node';
(process.arch === 'x64' ? describe : describe.skip)('on node 24, the runtime action.yml names', () => {
  test('a build pushes and reports its digest, the post step is quiet, and the bundle was compiled once', async () => {
    expect(existsSync(NODE24)).toBe(true); // scripts/dev-env.sh installs it
    expect(execFileSync(NODE24, ['--version'], { encoding: 'utf8' })).toMatch(/^v24\./);
    const tag = uniqueTag();
    const cache = mkdtempSync(path.join(tmpdir(), 'repack-xdg-cache-'));
    const h = new ActionHarness({ inputs: { template: 'busybox', variables: JSON.stringify({ tag }) }, node: NODE24, env: { XDG_CACHE_HOME: cache } });
    harnesses.push(h);
    cpSync(path.join(FIXTURES, 'busybox'), path.join(h.workspace, 'busybox'), { recursive: true });
    const main = await h.runMain();
    expect(errors(main)).toEqual([]);
    expect(main.exitCode).toBe(0);
    expect(main.outputs.get('digest')).toBe(await registryDigest('action-test', tag));
    const post = await h.runPost();
    expect(post.exitCode).toBe(0);
    expect(post.commands.filter((c) => c.command === 'warning' || c.command === 'error')).toEqual([]);
    // The launcher turned node's compile cache on, in the cache directory: the next start compiles nothing.
    const compiled = readdirSync(path.join(cache, 'repack', 'node-compile-cache'), { recursive: true });
    rmSync(cache, { recursive: true, force: true });
    expect(compiled.length).toBeGreaterThan(0);
  }, 300_000);
});

test('the post step removes the container of a run that was killed mid-build', async () => {
  const h = runner({ template: 'busybox', variables: `tag=${uniqueTag()}\nsleep=30` }, 'busybox');
  const { child, result } = h.startMain();
  await waitForOutput(child, 'provisioning-started', 120_000);
  child.kill('SIGKILL');
  const main = await result;
  expect(main.signal).toBe('SIGKILL');

  // The run's label tells its container from any other test's (the daemon is shared).
  const run = identityOf(main.state.get('run') ?? '');
  if (!run) throw new Error('the main step saved no run identity');
  const label = `${RUN_LABEL}=${run.label}`;
  try {
    expect(repackContainers(label)).toHaveLength(1);
    const post = await h.runPost();
    expect(post.exitCode).toBe(0);
    expect(post.log.filter((l) => /^Removed container [0-9a-f]{12} left by the build$/.test(l))).toHaveLength(1);
    expect(repackContainers(label)).toEqual([]);
  } finally {
    for (const id of repackContainers(label)) execFileSync('docker', ['rm', '-f', id]);
  }
}, 180_000);
