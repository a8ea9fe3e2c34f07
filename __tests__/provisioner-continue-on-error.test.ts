// A provisioner's continue_on_error, against the in-memory driver: a failure left after the retries is printed as
// Packer prints it and the build goes on; without it the build stops; the cache keeps nothing from the failure on.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { committingBuild } from '../__fixtures__/engine-template.js';
import { echoShellDriver } from '../__fixtures__/echo-shell.js';
import { FakeDriver } from '../__fixtures__/fake-driver.js';
import { CACHE_KEY_LABEL } from '../src/cache/key.js';
import type { CacheOptions } from '../src/cache/options.js';
import { runTemplate } from '../src/pipeline/run.js';
import { RecordingUi } from '../src/pipeline/ui.js';

const BASE = '127.0.0.1:5000/debian:bookworm';
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'repack-continue-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A driver whose "shell" writes `echo TEXT > FILE` lines of the uploaded script and fails at a line `exit N`. */
const driver = (): FakeDriver => echoShellDriver(BASE);

function write(middle: string, extra = '', two = '"echo half > /half.txt", "exit 3"'): void {
  writeFileSync(
    join(dir, 't.pkr.hcl'),
    committingBuild(
      BASE,
      `  provisioner "shell" {
    name   = "one"
    inline = ["echo 1 > /one.txt"]
  }
  provisioner "shell" {
    name   = "two"
    inline = [${two}]
    ${middle}
  }
  provisioner "shell" {
    name   = "three"
    inline = ["echo 3 > /three.txt"]
  }
  ${extra}`,
    ),
  );
}

async function build(d: FakeDriver, cache?: CacheOptions) {
  const ui = new RecordingUi();
  const outcome = await runTemplate({ template: 't.pkr.hcl', cwd: dir, env: {}, ui, driver: d, cache });
  expect(outcome.diagnostics.filter((x) => x.severity === 'error')).toEqual([]);
  const says = ui.lines.filter((l) => l.kind === 'say').map((l) => l.text);
  const marks = says.flatMap((t) => /\] (CACHED|RUN) provisioner (\w+)/.exec(t)?.slice(1, 3).join(' ') ?? []);
  return { r: outcome.results[0], ui, says, marks };
}

function files(d: FakeDriver, id: string | undefined): string[] {
  return [...(d.images.get(id ?? '')?.files.keys() ?? [])].filter((p) => p.endsWith('.txt')).sort();
}

const FAILURE = 'Script exited with non-zero exit status: 3. Allowed exit codes are: [0]';
const WARNING = `Warning: Provisioner failed with "${FAILURE}", but continue_on_error is set; continuing the build.`;

test('a failure is printed as Packer prints it; the later provisioners run and the image is committed', async () => {
  const d = driver();
  write('continue_on_error = true');
  const { r, says } = await build(d);
  expect(r.error).toBeUndefined();
  expect(says).toContain(WARNING);
  // The failed step's own changes stay in the container, as in Packer.
  expect(files(d, r.imageId)).toEqual(['/half.txt', '/one.txt', '/three.txt']);
  expect(d.liveContainers()).toEqual([]);
});

test('without it (or with false) the build stops at the failure and commits nothing', async () => {
  for (const middle of ['', 'continue_on_error = false']) {
    const d = driver();
    write(middle);
    const { r, says } = await build(d);
    expect(r.error).toBe(FAILURE);
    expect(says.some((t) => t.startsWith('Warning: Provisioner failed'))).toBe(false);
    expect(d.callsTo('commit')).toEqual([]);
    expect(d.callsTo('exec')).toHaveLength(2);
  }
});

test('the retries come first: each is announced, then the limit, then the failure of the first attempt is let go', async () => {
  const d = driver();
  write('continue_on_error = true\n    max_retries = 2');
  const { r, says } = await build(d);
  expect(r.error).toBeUndefined();
  const retry = `Provisioner failed with "${FAILURE}", retrying with`;
  expect(says.filter((t) => t.startsWith('Provisioner failed') || t.startsWith('retry') || t.startsWith('Warning'))).toEqual([
    `${retry} 2 trie(s) left`,
    `${retry} 1 trie(s) left`,
    'retry limit reached.',
    WARNING,
  ]);
  // one, two three times, three.
  expect(d.callsTo('exec')).toHaveLength(5);
});

test('each attempt pauses and sets its timeout again, as Packer wraps the retries around both', async () => {
  const d = driver();
  write('continue_on_error = true\n    max_retries = 1\n    pause_before = "1ms"\n    timeout = "1m"');
  const { says } = await build(d);
  expect(says.filter((t) => /^(Pausing|Setting|Provisioner failed|retry|Warning)/.test(t)).map((t) => t.split(' "')[0])).toEqual([
    'Pausing 1ms before the next provisioner...',
    'Setting a 1m0s timeout for the next provisioner...',
    'Provisioner failed with',
    'Pausing 1ms before the next provisioner...',
    'Setting a 1m0s timeout for the next provisioner...',
    'retry limit reached.',
    'Warning: Provisioner failed with',
  ]);
});

test("the failure reported is the first attempt's, with or without continue_on_error", async () => {
  for (const [middle, error] of [
    ['continue_on_error = true\n    max_retries = 1', undefined],
    ['max_retries = 1', FAILURE],
  ] as const) {
    const d = driver();
    // Provisioner two fails with exit status 3, then 4.
    let scripts = 0;
    d.onExec((_id, spec) => {
      const n = spec.cmd[2].includes('chmod') ? ++scripts : 0;
      return { exitCode: n === 2 ? 3 : n === 3 ? 4 : 0, stdout: '', stderr: '' };
    });
    write(middle);
    const { r, says } = await build(d);
    expect(r.error).toBe(error);
    expect(says.filter((t) => t.includes('exit status'))).toEqual([
      `Provisioner failed with "${FAILURE}", retrying with 1 trie(s) left`,
      ...(error ? [] : [WARNING]),
    ]);
  }
});

test('a retry that succeeds needs no warning', async () => {
  const d = driver();
  let attempts = 0;
  d.onExec((_id, spec) => {
    if (!spec.cmd[2].includes('chmod')) return { exitCode: 0, stdout: '', stderr: '' };
    attempts++;
    return { exitCode: attempts === 2 ? 3 : 0, stdout: '', stderr: '' };
  });
  write('continue_on_error = true\n    max_retries = 1');
  const { r, says } = await build(d);
  expect(r.error).toBeUndefined();
  expect(attempts).toBe(4);
  expect(says.some((t) => t.startsWith('Warning') || t.startsWith('retry limit'))).toBe(false);
});

test('a timed-out provisioner is a failure like any other', async () => {
  const d = driver();
  let scripts = 0;
  // The second script (provisioner two) runs until it is stopped.
  d.onExec(
    (_id, spec) =>
      new Promise((resolve) => {
        if (!spec.cmd[2].includes('chmod') || ++scripts !== 2) return resolve({ exitCode: 0, stdout: '', stderr: '' });
        spec.signal?.addEventListener('abort', () => resolve({ exitCode: 137, stdout: '', stderr: '' }));
      }),
  );
  write('continue_on_error = true\n    timeout = "50ms"');
  const { r, says, ui } = await build(d);
  expect(r.error).toBeUndefined();
  expect(says).toContain('Setting a 50ms timeout for the next provisioner...');
  expect(ui.lines.filter((l) => l.kind === 'error').map((l) => l.text)).toEqual(['Cancelling provisioner after a timeout...']);
  expect(says).toContain('Warning: Provisioner failed with "Provisioner two timed out after 0.05s.", but continue_on_error is set; continuing the build.');
  expect(d.callsTo('exec')).toHaveLength(3);
});

test('a failure let go runs no error-cleanup-provisioner', async () => {
  const d = driver();
  write('continue_on_error = true', 'error-cleanup-provisioner "shell" {\n    inline = ["echo cleaned > /cleanup.txt"]\n  }');
  const { r } = await build(d);
  expect(r.error).toBeUndefined();
  expect(files(d, r.imageId)).not.toContain('/cleanup.txt');
  expect(d.callsTo('exec')).toHaveLength(3);
});

test('the cache keeps the steps before the failure only; the failed step runs again in the next build', async () => {
  const d = driver();
  write('continue_on_error = true');
  const first = await build(d, {});
  expect(first.marks).toEqual(['RUN one', 'RUN two', 'RUN three']);
  expect(first.says).toContain(WARNING);
  // Step one's image only: neither the failed step's state, nor the steps after it, nor the image has a key.
  expect(await d.listImages(CACHE_KEY_LABEL)).toHaveLength(1);
  expect(d.images.get(first.r.imageId ?? '')?.config.Labels?.[CACHE_KEY_LABEL]).toBeUndefined();
  const again = await build(d, {});
  expect(again.marks).toEqual(['CACHED one', 'RUN two', 'RUN three']);
  expect(files(d, again.r.imageId)).toEqual(['/half.txt', '/one.txt', '/three.txt']);
  // Once the step succeeds, its result and everything after it is cached as usual.
  write('continue_on_error = true', '', '"echo half > /half.txt"');
  const fixed = await build(d, {});
  expect(fixed.marks).toEqual(['CACHED one', 'RUN two', 'RUN three']);
  expect(fixed.says.some((t) => t.startsWith('Warning'))).toBe(false);
  const warm = await build(d, {});
  expect(warm.marks).toEqual(['CACHED one', 'CACHED two', 'CACHED three']);
  expect(warm.r.imageId).toBe(fixed.r.imageId);
});
