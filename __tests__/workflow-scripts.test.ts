// The reusable workflow's own scripts (the `run:` of build.yml's steps), run as the runner would run them: two calls
// of the workflow in one run, concurrently, each merging only its own legs; the per-leg gha cache scope; template
// secrets as PKR_VAR_* (masked); the check for runners without job.workflow_repository; and with platforms, the legs per
// variable set and platform on their runners, pushed by digest, and the index job per variable set.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { download, findStep, runCall, runStep, workflowJobs, type Leg, type Step } from '../__fixtures__/action/workflow.js';

const jobs = workflowJobs();
const step = (job: string, match: (s: Step) => boolean): Step => findStep(jobs, job, match);

let work: string;
beforeEach(() => {
  work = mkdtempSync(path.join(tmpdir(), 'repack-workflow-scripts-'));
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

/** `${{ needs.prepare.outputs.call }}`-style templates of build.yml filled in. */
function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\$\{\{\s*([\w.-]+)\s*\}\}/g, (_, k: string) => {
    if (!(k in values)) throw new Error(`no value for ${k}`);
    return values[k];
  });
}

test('two calls in one run: each merged metadata holds only its own legs', async () => {
  const prepare = step('prepare', (s) => s.id === 'legs');
  const upload = step('build', (s) => s.uses?.startsWith('actions/upload-artifact') === true);
  const fetch = step('finalize', (s) => s.uses?.startsWith('actions/download-artifact') === true);
  const merge = step('finalize', (s) => s.id === 'merge');
  const store = path.join(work, 'artifacts'); // the run's artifacts, shared by both calls
  mkdirSync(store);
  const calls = [
    { name: 'a', matrix: [{ v: 'a0' }, { v: 'a1' }] },
    { name: 'b', matrix: [{ v: 'b0' }, { v: 'b1' }, { v: 'b2' }] },
  ];
  const run = { GITHUB_RUN_ID: '42', GITHUB_RUN_ATTEMPT: '1' };
  const merged = await Promise.all(
    calls.map(async (c) => {
      const p = await runStep(prepare, { ...run, MATRIX: JSON.stringify(c.matrix) }, path.join(work, c.name, 'prepare'));
      expect(p.code).toBe(0);
      const call = p.outputs.get('call') as string;
      const legs = JSON.parse(p.outputs.get('legs') as string) as { leg: number }[];
      // Each leg's action writes its metadata file; upload-artifact stores it under the step's name.
      for (const l of legs) {
        const name = fill(upload.with?.name as string, { 'needs.prepare.outputs.call': call, 'matrix.leg.leg': String(l.leg) });
        mkdirSync(path.join(store, name));
        writeFileSync(path.join(store, name, 'repack-metadata.json'), JSON.stringify([{ name: `${c.name}-leg-${l.leg}` }]));
      }
      return { c, call, legs: p.outputs.get('legs') as string };
    }),
  );
  expect(merged[0].call).not.toBe(merged[1].call);
  const results = await Promise.all(
    merged.map(async ({ c, call, legs }) => {
      const dir = path.join(work, c.name, 'finalize');
      download(store, fill(fetch.with?.pattern as string, { 'needs.prepare.outputs.call': call }), path.join(dir, fetch.with?.path as string));
      const f = await runStep(merge, { LEGS: legs, CALL: call }, dir);
      expect(f.code).toBe(0);
      return { c, metadata: JSON.parse(f.outputs.get('metadata') as string) as { leg: number; variables: unknown; builds: { name: string }[] | null }[] };
    }),
  );
  for (const { c, metadata } of results) {
    expect(metadata).toEqual(c.matrix.map((v, leg) => ({ leg, variables: v, builds: [{ name: `${c.name}-leg-${leg}` }] })));
  }
});

test('a leg without metadata (failed before the action wrote it) is null in the merge', async () => {
  const merge = step('finalize', (s) => s.id === 'merge');
  const dir = path.join(work, 'finalize');
  mkdirSync(path.join(dir, 'legs', 'repack-metadata-c1-1'), { recursive: true });
  writeFileSync(path.join(dir, 'legs', 'repack-metadata-c1-1', 'repack-metadata.json'), '[{"name":"x"}]');
  const f = await runStep(
    merge,
    {
      LEGS: JSON.stringify([
        { leg: 0, vars: {} },
        { leg: 1, vars: { a: 1 } },
      ]),
      CALL: 'c1',
    },
    dir,
  );
  expect(JSON.parse(f.outputs.get('metadata') as string)).toEqual([
    { leg: 0, variables: {}, builds: null },
    { leg: 1, variables: { a: 1 }, builds: [{ name: 'x' }] },
  ]);
});

test('type=gha lines without a scope get one per leg; others are unchanged', async () => {
  const cache = step('build', (s) => s.id === 'cache');
  const r = await runStep(
    cache,
    { LEG: '3', CACHE_FROM: 'type=gha\ntype=registry,ref=r/c:x', CACHE_TO: 'type=gha,mode=max\ntype=gha,scope=mine' },
    path.join(work, 'leg'),
  );
  expect(r.code).toBe(0);
  expect(r.outputs.get('from')).toBe('type=gha,scope=repack-leg-3\ntype=registry,ref=r/c:x');
  expect(r.outputs.get('to')).toBe('type=gha,mode=max,scope=repack-leg-3\ntype=gha,scope=mine');
});

test('template secrets become masked PKR_VAR_* variables; a bad line fails without echoing it', async () => {
  const secrets = step('build', (s) => s.id === 'secrets');
  const r = await runStep(secrets, { TEMPLATE_SECRETS: 'token=s3cr3t=x\r\n\napi_key=k;$(id)' }, path.join(work, 'leg'));
  expect(r.code).toBe(0);
  expect(r.env.get('PKR_VAR_token')).toBe('s3cr3t=x');
  expect(r.env.get('PKR_VAR_api_key')).toBe('k;$(id)');
  expect(r.stdout.split('\n').filter((l) => l.startsWith('::add-mask::'))).toEqual(['::add-mask::s3cr3t=x', '::add-mask::k;$(id)']);
  const bad = await runStep(secrets, { TEMPLATE_SECRETS: 'no-equals-sign-hunter2' }, path.join(work, 'bad'));
  expect(bad.code).toBe(1);
  expect(bad.stdout).not.toContain('hunter2');
});

test('a runner without job.workflow_repository / job.workflow_sha stops the leg with a clear error', async () => {
  const check = step('build', (s) => s.name?.startsWith('Check that this runner') === true);
  const empty = await runStep(check, { WORKFLOW_REPOSITORY: '', WORKFLOW_SHA: '' }, path.join(work, 'x'));
  expect(empty.code).toBe(1);
  expect(empty.stdout).toMatch(/^::error title=build\.yml cannot find repack::This runner leaves job\.workflow_repository/m);
  const set = await runStep(check, { WORKFLOW_REPOSITORY: 'o/repack', WORKFLOW_SHA: 'a'.repeat(40) }, path.join(work, 'y'));
  expect(set.code).toBe(0);
});

/** A stand-in for the repack CLI in the index job: records its arguments, prints REPO@sha256:… as `index create` does. */
function fakeRepack(): { env: Record<string, string>; calls: () => string[][] } {
  const log = path.join(work, 'repack-calls.jsonl');
  const script = path.join(work, 'fake-repack.mjs');
  writeFileSync(
    script,
    `import { appendFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
const args = process.argv.slice(2);
appendFileSync(${JSON.stringify(log)}, JSON.stringify(args) + '\\n');
const tag = args[args.indexOf('--tag') + 1];
console.log(tag.slice(0, tag.lastIndexOf(':')) + '@sha256:' + createHash('sha256').update(args.join(' ')).digest('hex'));
`,
  );
  return {
    env: { REPACK: script },
    calls: () => {
      try {
        return readFileSync(log, 'utf8')
          .trim()
          .split('\n')
          .filter(Boolean)
          .map((l) => JSON.parse(l) as string[]);
      } catch {
        return [];
      }
    },
  };
}

const digestOf = (text: string): string => `sha256:${text.padEnd(64, '0').slice(0, 64)}`;

/** What a leg's action writes to metadata-file: one multi-platform build pushed by digest under v1 and latest. */
function legMetadata(leg: Leg, dir: string, error: string | null = null): string {
  const digest = digestOf(`${leg.set}${leg.platform.replace(/\W/g, '')}`.replace(/[^0-9a-f]/g, 'a'));
  const pushed = error ? [] : ['v1', 'latest'].map((tag) => ({ repository: 'r.example/app', tag, digest, platform: leg.platform }));
  const file = path.join(dir, 'repack-metadata.json');
  writeFileSync(
    file,
    JSON.stringify([
      {
        name: 'docker.app',
        error: error && `${leg.platform}: ${error}`,
        pushed,
        platforms: [{ platform: leg.platform, 'image-id': 'sha256:x', pushed, error }],
      },
    ]),
  );
  return file;
}

const MATRIX = JSON.stringify([{ base: 'debian' }, { base: 'ubuntu' }]);

test('platforms × matrix: a leg per variable set and platform, on its runner, pushed by digest; an index per set from their digests', async () => {
  const repack = fakeRepack();
  const r = await runCall(
    { matrix: MATRIX, platforms: 'linux/amd64, linux/arm64', 'platform-runners': '{"linux/arm64": "ubuntu-24.04-arm"}', 'runs-on': 'ubuntu-24.04' },
    work,
    async (leg, _inputs, dir) => legMetadata(leg, dir),
    repack.env,
  );
  expect(r.legs.map((l) => [l.leg.set, l.with.platforms, l.runsOn, l.with['push-by-digest'], l.with.variables])).toEqual([
    [0, 'linux/amd64', 'ubuntu-24.04', true, JSON.stringify({ base: 'debian' }, null, 2)],
    [0, 'linux/arm64', 'ubuntu-24.04-arm', true, JSON.stringify({ base: 'debian' }, null, 2)],
    [1, 'linux/amd64', 'ubuntu-24.04', true, JSON.stringify({ base: 'ubuntu' }, null, 2)],
    [1, 'linux/arm64', 'ubuntu-24.04-arm', true, JSON.stringify({ base: 'ubuntu' }, null, 2)],
  ]);
  expect(r.index.map((i) => [i.set, i.run.code])).toEqual([
    [0, 0],
    [1, 0],
  ]);
  // One index per set: both tags of the chain, the platforms' digests in the order of `platforms`.
  const d = (set: number, arch: string) => digestOf(`${set}linuxa${arch}`.replace(/[^0-9a-f]/g, 'a'));
  expect(repack.calls()).toEqual(
    [0, 1].map((set) => ['index', 'create', '--tag', 'r.example/app:v1', '--tag', 'r.example/app:latest', d(set, 'md64'), d(set, 'rm64')]),
  );
  const indexes = JSON.parse(r.outputs.get('indexes') ?? '') as { variables: unknown; build: string; tags: string[]; digest: string; platforms: unknown[] }[];
  expect(indexes.map((i) => [i.variables, i.build, i.tags, i.platforms.length])).toEqual([
    [{ base: 'debian' }, 'docker.app', ['v1', 'latest'], 2],
    [{ base: 'ubuntu' }, 'docker.app', ['v1', 'latest'], 2],
  ]);
  expect(r.outputs.get('digests')).toBe(indexes.map((i) => `r.example/app@${i.digest}`).join('\n'));
  const metadata = JSON.parse(r.outputs.get('metadata') ?? '') as { leg: number; platform?: string; builds: unknown }[];
  expect(metadata.map((m) => [m.leg, m.platform])).toEqual([
    [0, 'linux/amd64'],
    [1, 'linux/arm64'],
    [2, 'linux/amd64'],
    [3, 'linux/arm64'],
  ]);
});

test('without platforms: one leg per variable set on runs-on, pushed by tag, and no index job', async () => {
  const repack = fakeRepack();
  const r = await runCall({ matrix: MATRIX }, work, async (leg, _inputs, dir) => legMetadata(leg, dir), repack.env);
  expect(r.legs.map((l) => [l.leg.leg, l.runsOn, l.with.platforms, l.with['push-by-digest']])).toEqual([
    [0, 'ubuntu-latest', '', false],
    [1, 'ubuntu-latest', '', false],
  ]);
  expect(r.index).toEqual([]);
  expect(repack.calls()).toEqual([]);
  expect(r.outputs.get('indexes')).toBe('[]');
  expect(r.outputs.get('digests')).toBe('');
  expect((JSON.parse(r.outputs.get('metadata') ?? '') as object[]).every((m) => !('platform' in m))).toBe(true);
});

test("a failed platform leg: its set's index job names the platform and pushes no index; the other set's is pushed", async () => {
  const repack = fakeRepack();
  const r = await runCall(
    { matrix: MATRIX, platforms: 'linux/amd64,linux/arm64', 'platform-runners': '{"linux/arm64": ["self-hosted", "arm64"]}' },
    work,
    async (leg, _inputs, dir) => legMetadata(leg, dir, leg.set === 0 && leg.platform === 'linux/arm64' ? 'exit status 1' : null),
    repack.env,
  );
  expect(r.legs.map((l) => l.runsOn)).toEqual(['ubuntu-latest', ['self-hosted', 'arm64'], 'ubuntu-latest', ['self-hosted', 'arm64']]);
  const [first, second] = r.index;
  expect(first.run.code).toBe(1);
  expect(first.run.stdout).toContain('::error title=repack index (0)::docker.app: linux/arm64 failed (build 1): linux/arm64: exit status 1');
  expect(second.run.code).toBe(0);
  expect(repack.calls().map((c) => c.slice(-2))).toHaveLength(1);
  expect((JSON.parse(r.outputs.get('indexes') ?? '') as { variables: unknown }[]).map((i) => i.variables)).toEqual([{ base: 'ubuntu' }]);
});

test('a leg that wrote no metadata (failed before building) stops its set: no index, the platform named', async () => {
  const repack = fakeRepack();
  const r = await runCall(
    { matrix: '[{}]', platforms: 'linux/amd64,linux/arm64' },
    work,
    async (leg, _inputs, dir) => (leg.platform === 'linux/amd64' ? undefined : legMetadata(leg, dir)),
    repack.env,
  );
  expect(r.index[0].run.code).toBe(1);
  expect(r.index[0].run.stdout).toContain('linux/amd64: the leg (build 0) failed before it wrote its metadata; no index is pushed');
  expect(repack.calls()).toEqual([]);
});

test.each([
  [{ platforms: 'linux/amd64', 'platform-runners': '{"linux/arm64": "arm"}' }, 'platform-runners names linux/arm64, which is not in platforms (linux/amd64)'],
  [{ platforms: 'linux/arm64', 'platform-runners': '{"linux/arm64": ""}' }, 'platform-runners must be a JSON object from platform to runner label'],
  [{ platforms: 'linux/arm64', 'platform-runners': '["x"]' }, 'platform-runners must be a JSON object from platform to runner label'],
  [{ platforms: 'linux/arm64', 'platform-runners': '{"linux/arm64": []}' }, 'platform-runners must be a JSON object from platform to runner label'],
  [{ platforms: 'linux/arm64', 'platform-runners': '{' }, 'platform-runners is not JSON'],
  [{ platforms: 'arm64' }, 'platforms: "arm64" is not a platform'],
])('prepare refuses %j', async (inputs, message) => {
  const prepare = step('prepare', (s) => s.id === 'legs');
  const r = await runStep(
    prepare,
    {
      MATRIX: '[{}]',
      PLATFORMS: inputs.platforms,
      PLATFORM_RUNNERS: 'platform-runners' in inputs ? inputs['platform-runners'] : '{}',
      RUNS_ON: 'ubuntu-latest',
    },
    path.join(work, 'p'),
  );
  expect(r.code).toBe(1);
  expect(r.stderr).toContain(message);
});

test('linux/arm64/v8 and repeats fold into one platform, as the action reads platforms', async () => {
  const prepare = step('prepare', (s) => s.id === 'legs');
  const r = await runStep(
    prepare,
    { MATRIX: '[{}]', PLATFORMS: 'linux/arm64/v8\nlinux/arm64,linux/amd64', PLATFORM_RUNNERS: '', RUNS_ON: 'x' },
    path.join(work, 'p'),
  );
  expect((JSON.parse(r.outputs.get('legs') ?? '') as Leg[]).map((l) => l.platform)).toEqual(['linux/arm64', 'linux/amd64']);
});

test('a leg sets up emulation only when its runner is not of its platform', async () => {
  const arch = step('build', (s) => s.id === 'arch');
  const qemu = step('build', (s) => s.uses?.startsWith('docker/setup-qemu-action') === true);
  expect(qemu.if).toBe("steps.arch.outputs.emulate == 'true'");
  expect(qemu.with?.platforms).toBe('${{ matrix.leg.platform }}');
  const native = process.arch === 'arm64' ? 'linux/arm64' : 'linux/amd64';
  const other = native === 'linux/amd64' ? 'linux/arm64' : 'linux/amd64';
  expect((await runStep(arch, { PLATFORM: native }, path.join(work, 'n'))).outputs.get('emulate')).toBe('false');
  expect((await runStep(arch, { PLATFORM: other }, path.join(work, 'o'))).outputs.get('emulate')).toBe('true');
});
