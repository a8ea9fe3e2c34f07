// Caching through the engine against the in-memory driver: each kind of input changed in turn reruns exactly the
// steps it should, never fewer; a cached build makes the same image as an uncached one.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { committingBuild } from '../__fixtures__/engine-template.js';
import { echoShellDriver } from '../__fixtures__/echo-shell.js';
import { FakeDriver } from '../__fixtures__/fake-driver.js';
import { CACHE_KEY_LABEL } from '../src/cache/key.js';
import { DriverError } from '../src/docker/driver.js';
import { pruneCache } from '../src/cache/manage.js';
import type { CacheOptions } from '../src/cache/options.js';
import { runTemplate } from '../src/pipeline/run.js';
import { RecordingUi } from '../src/pipeline/ui.js';

const BASE = '127.0.0.1:5000/debian:bookworm';
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'repack-cache-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A driver whose "shell" runs `echo TEXT > FILE` lines of the uploaded script, with $VARS from the command line. */
const driver = (): FakeDriver => echoShellDriver(BASE);

interface Params {
  env?: string;
  second?: string;
  script?: string;
  runCommand?: string;
  extra?: string;
  changes?: string;
}

function write(p: Params = {}): void {
  writeFileSync(join(dir, 'step.sh'), p.script ?? 'echo from-script > /script.txt\n');
  writeFileSync(
    join(dir, 't.pkr.hcl'),
    `source "docker" "a" {
  image   = "${BASE}"
  commit  = true
  changes = [${p.changes ?? '"WORKDIR /srv"'}]
  ${p.runCommand ? `run_command = ${p.runCommand}` : ''}
}
build {
  name    = "b"
  sources = ["source.docker.a"]
  provisioner "shell" {
    name             = "one"
    environment_vars = ["V=${p.env ?? 'x'}"]
    inline           = ["echo $V > /one.txt"]
  }
  provisioner "shell" {
    name   = "two"
    script = "step.sh"
  }
  provisioner "shell" {
    name   = "three"
    inline = ["echo ${p.second ?? 'three'} > /three.txt"]
  }
  ${p.extra ?? ''}
}
`,
  );
}

async function build(d: FakeDriver, cache: CacheOptions = {}) {
  const ui = new RecordingUi();
  const before = d.calls.length;
  const outcome = await runTemplate({ template: 't.pkr.hcl', cwd: dir, env: {}, ui, driver: d, cache });
  expect(outcome.diagnostics.filter((x) => x.severity === 'error')).toEqual([]);
  const [r] = outcome.results;
  const marks = ui.lines.map((l) => /\] (CACHED|RUN) provisioner (\w+)/.exec(l.text)).filter((m) => m !== null);
  const calls = d.calls.slice(before).map((c) => c.method);
  return { r, ui, marks: marks.map((m) => `${m[1]} ${m[2]}`), calls };
}

function image(d: FakeDriver, id: string | undefined) {
  const i = d.images.get(id ?? '');
  if (!i) throw new Error(`no image ${id}`);
  const files = Object.fromEntries([...i.files].map(([p, f]) => [p, f.content.toString()]));
  return { files, config: i.config };
}

test('a repeat build is served whole from the cache: no container, the same image', async () => {
  const d = driver();
  write();
  const cold = await build(d);
  expect(cold.marks).toEqual(['RUN one', 'RUN two', 'RUN three']);
  expect(cold.r.cache).toEqual({ hits: 0, steps: 3 });
  const warm = await build(d);
  expect(warm.r.error).toBeUndefined();
  expect(warm.marks).toEqual(['CACHED one', 'CACHED two', 'CACHED three']);
  expect(warm.ui.text()).toContain('CACHED commit');
  expect(warm.r.cache).toEqual({ hits: 3, steps: 3 });
  expect(warm.r.imageId).toBe(cold.r.imageId);
  // The pull, the base image, and one lookup by the cache tag (no scan of the daemon's images).
  expect(warm.calls).toEqual(['pull', 'inspectImage', 'inspectImage']);
  expect(d.callsTo('inspectImage').at(-1)).toEqual([`repack-cache:${warm.r.imageId && image(d, warm.r.imageId).config.Labels?.[CACHE_KEY_LABEL]}`]);
  expect(d.liveContainers()).toEqual([]);
});

test.each<[string, Params, string[]]>([
  ['an env value of the first step', { env: 'y' }, ['RUN one', 'RUN two', 'RUN three']],
  ['a byte of the script the second step uploads', { script: 'echo from-scripT > /script.txt\n' }, ['CACHED one', 'RUN two', 'RUN three']],
  ['an inline line of the last step', { second: 'changed' }, ['CACHED one', 'CACHED two', 'RUN three']],
  ['run_command', { runCommand: '["-d", "-i", "-t", "-e", "Z=1", "--entrypoint=/bin/sh", "--", "{{.Image}}"]' }, ['RUN one', 'RUN two', 'RUN three']],
  ['only the commit changes', { changes: '"WORKDIR /other"' }, ['CACHED one', 'CACHED two', 'RUN three']],
])('changing %s reruns exactly the steps from it on', async (_what, params, expected) => {
  const d = driver();
  write();
  await build(d);
  write(params);
  const changed = await build(d);
  expect(changed.marks).toEqual(expected);
  expect(changed.r.cache.hits).toBe(expected.filter((m) => m.startsWith('CACHED')).length);
  // …and the result is what an uncached build of the changed template makes.
  const fresh = driver();
  const uncached = await build(fresh);
  expect(image(d, changed.r.imageId).files).toEqual(image(fresh, uncached.r.imageId).files);
  expect(image(d, changed.r.imageId).config).toEqual(image(fresh, uncached.r.imageId).config);
  // A third build of the changed template is fully cached.
  expect((await build(d)).marks).toEqual(['CACHED one', 'CACHED two', 'CACHED three']);
});

test('a new base image reruns everything', async () => {
  const d = driver();
  write();
  const first = await build(d);
  d.addLocalImage(BASE, { Cmd: ['bash'], Env: ['PATH=/usr/bin:/bin', 'NEW=1'] }); // the tag now names another image
  const second = await build(d);
  expect(second.marks).toEqual(['RUN one', 'RUN two', 'RUN three']);
  expect(second.r.imageId).not.toBe(first.r.imageId);
  expect(image(d, second.r.imageId).config.Env).toContain('NEW=1');
});

test('a cached build and an uncached one make the same filesystem and config', async () => {
  const d = driver();
  write();
  await build(d);
  write({ second: 'other' });
  const cached = await build(d);
  expect(cached.marks).toEqual(['CACHED one', 'CACHED two', 'RUN three']);
  const noCache = await build(d, { noCache: true });
  expect(noCache.marks).toEqual(['RUN one', 'RUN two', 'RUN three']);
  const a = image(d, cached.r.imageId);
  const b = image(d, noCache.r.imageId);
  expect(a.files).toEqual(b.files);
  expect(a.files['/one.txt']).toBe('x\n');
  expect(a.files['/script.txt']).toBe('from-script\n');
  expect(a.files['/three.txt']).toBe('other\n');
  expect(a.config).toEqual(b.config);
  expect(a.config.WorkingDir).toBe('/srv');
  expect(a.config.Cmd).toEqual(['bash']);
  expect(a.config.Labels?.[CACHE_KEY_LABEL]).toMatch(/^[0-9a-f]{64}$/);
});

test('step images carry the key label; the last step of a committing build is cached as the committed image', async () => {
  const d = driver();
  write();
  await build(d);
  const cacheImages = await d.listImages(CACHE_KEY_LABEL);
  expect(cacheImages).toHaveLength(3); // steps one and two, and the committed image
  expect(cacheImages.every((i) => i.labels['io.repack.managed'] === 'true')).toBe(true);
  const commits = d.callsTo('commit');
  expect(commits.slice(0, 2).map(([, spec]) => (spec as { pause: boolean }).pause)).toEqual([false, false]);
});

test('a failed step keeps the steps before it, and the next build starts from them', async () => {
  const d = driver();
  write({ second: 'x > /three.txt", "exit 9", "echo y' });
  const failed = await build(d);
  expect(failed.r.error).toContain('non-zero exit status: 9');
  write();
  const next = await build(d);
  expect(next.marks).toEqual(['CACHED one', 'CACHED two', 'RUN three']);
  expect(d.liveContainers()).toEqual([]);
});

test('with no-cache every step runs, and its results are cached for the next build', async () => {
  const d = driver();
  write();
  await build(d);
  expect((await build(d, { noCache: true })).marks).toEqual(['RUN one', 'RUN two', 'RUN three']);
  expect((await build(d)).marks).toEqual(['CACHED one', 'CACHED two', 'CACHED three']);
});

test('without cache options nothing is cached and no label is added', async () => {
  const d = driver();
  write();
  const ui = new RecordingUi();
  const { results } = await runTemplate({ template: 't.pkr.hcl', cwd: dir, env: {}, ui, driver: d });
  expect(ui.text()).not.toMatch(/CACHED|RUN provisioner/);
  expect(d.images.get(results[0].imageId ?? '')?.config.Labels?.[CACHE_KEY_LABEL]).toBeUndefined();
  expect(d.callsTo('commit')).toHaveLength(1);
});

test('a build whose container mounts host paths is not cached', async () => {
  const d = driver();
  write({ runCommand: '["-d", "-v", "/tmp:/host", "--entrypoint=/bin/sh", "--", "{{.Image}}"]' });
  await build(d);
  const again = await build(d);
  expect(again.marks).toEqual([]);
  expect(again.ui.text()).toContain('Caching is off for this build');
  expect(again.r.cache.hits).toBe(0);
});

test('a cache lookup that fails is a miss and a warning, not a failed build', async () => {
  const d = driver();
  write();
  await build(d);
  d.failOn('inspectImage', new Error('daemon hiccup'), { times: 1, when: ([ref]) => String(ref).startsWith('repack-cache:') });
  const r = await build(d);
  expect(r.r.error).toBeUndefined();
  expect(r.ui.text()).toContain('Cache lookup in local failed, building instead: daemon hiccup');
});

test('a cache tag on an image without the matching key label is a miss, never a stale hit', async () => {
  const d = driver();
  write();
  const first = await build(d);
  const finalKey = image(d, first.r.imageId).config.Labels?.[CACHE_KEY_LABEL] ?? '';
  const base = (await d.inspectImage(BASE))?.id ?? '';
  await d.tag(base, 'repack-cache', finalKey); // someone moved the tag
  const again = await build(d);
  expect(again.marks).toEqual(['CACHED one', 'CACHED two', 'RUN three']);
  expect(image(d, again.r.imageId).files['/three.txt']).toBe('three\n');
  // The rebuilt image takes the tag back.
  expect((await d.inspectImage(`repack-cache:${finalKey}`))?.id).toBe(again.r.imageId);
});

test('cache prune removes the cache images and their repack-cache tags; user-tagged images stay', async () => {
  const d = driver();
  write();
  const { r } = await build(d);
  await d.tag(r.imageId ?? '', 'me/app', 'v1');
  const result = await pruneCache(d, undefined);
  expect(result.removed).toHaveLength(2);
  expect(result.kept.map((k) => k.reason)).toEqual(['tagged me/app:v1']);
  expect([...d.tags.keys()].filter((t) => t.includes('repack-cache'))).toHaveLength(1); // the kept image's
});

describe('a step image is committed while the host-effect steps after it run', () => {
  function writeDownload(source = '/one.txt'): void {
    writeFileSync(
      join(dir, 't.pkr.hcl'),
      committingBuild(
        BASE,
        `  provisioner "shell" {
    name   = "one"
    inline = ["echo x > /one.txt"]
  }
  provisioner "file" {
    direction   = "download"
    source      = "${source}"
    destination = "${join(dir, 'one.txt')}"
  }
  provisioner "shell" {
    name   = "three"
    inline = ["echo three > /three.txt"]
  }`,
      ),
    );
  }

  /** Records the order of commits (start and end: each takes 30 ms), downloads, execs and removals. */
  function timeline(d: FakeDriver): string[] {
    const events: string[] = [];
    const { commit, getArchive, exec, removeContainer } = d;
    d.commit = async (...a) => {
      events.push('commit start');
      await new Promise((resolve) => setTimeout(resolve, 30));
      try {
        return await commit.apply(d, a);
      } finally {
        events.push('commit end');
      }
    };
    d.getArchive = async (...a) => {
      events.push('download');
      return getArchive.apply(d, a);
    };
    d.exec = async (...a) => {
      events.push('exec');
      return exec.apply(d, a);
    };
    d.removeContainer = async (...a) => {
      events.push('remove');
      return removeContainer.apply(d, a);
    };
    return events;
  }

  test('the download runs during the commit; the next image step waits for it; the result is the same', async () => {
    const d = driver();
    writeDownload();
    const events = timeline(d);
    const { r, marks } = await build(d);
    expect(r.error).toBeUndefined();
    expect(marks).toEqual(['RUN one', 'RUN file', 'RUN three']);
    const download = events.indexOf('download');
    const firstCommitEnd = events.indexOf('commit end');
    expect(events.indexOf('commit start')).toBeLessThan(download);
    expect(download).toBeLessThan(firstCommitEnd);
    expect(events.indexOf('exec', download)).toBeGreaterThan(firstCommitEnd);
    expect(readFileSync(join(dir, 'one.txt'), 'utf8')).toBe('x\n');
    expect(image(d, r.imageId).files).toMatchObject({ '/one.txt': 'x\n', '/three.txt': 'three\n' });
    expect(d.liveContainers()).toEqual([]);
    expect((await build(d)).marks).toEqual(['CACHED one', 'RUN file', 'CACHED three']);
  });

  test('a commit that fails during the download fails the build, and the container goes', async () => {
    const d = driver();
    writeDownload();
    d.failOn('commit', new DriverError('commit container abc: no space left on device', 500), { times: 1 });
    const events = timeline(d);
    const { r } = await build(d);
    expect(r.error).toContain('no space left on device');
    const download = events.indexOf('download');
    expect(download).toBeLessThan(events.indexOf('commit end'));
    expect(events.slice(download)).not.toContain('exec'); // step three never ran
    expect(readFileSync(join(dir, 'one.txt'), 'utf8')).toBe('x\n');
    expect(d.liveContainers()).toEqual([]);
    expect((await build(d)).marks).toEqual(['RUN one', 'RUN file', 'RUN three']); // nothing was kept
  });

  test('a download that fails during the commit fails the build; the commit ends before the container goes', async () => {
    const d = driver();
    writeDownload('/missing.txt');
    const events = timeline(d);
    const { r } = await build(d);
    expect(r.error).toContain('/missing.txt');
    expect(events.indexOf('download')).toBeLessThan(events.indexOf('commit end'));
    expect(events.indexOf('commit end')).toBeLessThan(events.indexOf('remove'));
    expect(d.liveContainers()).toEqual([]);
    writeDownload();
    expect((await build(d)).marks).toEqual(['CACHED one', 'RUN file', 'RUN three']); // the step image was kept
  });
});

test('the "Run command" line names the image the container really starts from: the last cached step, not the base', async () => {
  const d = driver();
  write();
  const cold = await build(d);
  expect(cold.ui.lines.map((l) => l.text)).toContain(`Run command: docker run -i -t --entrypoint=/bin/sh ${BASE}`);
  write({ second: 'changed' });
  const changed = await build(d);
  const run = changed.ui.lines.map((l) => l.text).filter((t) => t.startsWith('Run command: '));
  expect(run).toHaveLength(1);
  expect(run[0]).not.toContain(BASE);
  expect(run[0]).toMatch(/^Run command: docker run -i -t --entrypoint=\/bin\/sh sha256:[0-9a-f]{64}$/);
});

test('a discard build commits no step image (Packer commits nothing for it); a commit build of the same steps does', async () => {
  write();
  const text = readFileSync(join(dir, 't.pkr.hcl'), 'utf8');
  writeFileSync(join(dir, 't.pkr.hcl'), text.replace('commit  = true', 'discard = true').replace('changes = ["WORKDIR /srv"]', ''));
  const d = driver();
  const discard = await build(d);
  expect(discard.r.error).toBeUndefined();
  expect(discard.marks).toEqual(['RUN one', 'RUN two', 'RUN three']);
  expect(discard.calls.filter((c) => c === 'commit')).toEqual([]);
  writeFileSync(join(dir, 't.pkr.hcl'), text);
  const commit = await build(d);
  expect(commit.calls.filter((c) => c === 'commit')).toHaveLength(3);
});
