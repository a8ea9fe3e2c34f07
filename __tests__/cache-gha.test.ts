// type=gha through the engine, against the in-memory driver and an in-memory Actions cache: one entry per chain
// state, restored into a clean daemon; a missing entry costs only its own part of the chain; existing entries are
// not uploaded again; a dead service is one warning and a miss, never a failed build.
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { committingBuild } from '../__fixtures__/engine-template.js';
import { echoShell } from '../__fixtures__/echo-shell.js';
import { FakeDriver } from '../__fixtures__/fake-driver.js';
import { MemoryActionsCache } from '../__fixtures__/cache-server/memory-client.js';
import { ghaEntryPrefix } from '../src/cache/gha-cache.js';
import { cacheOptions } from '../src/cli/cache-flags.js';
import { CACHE_KEY_LABEL } from '../src/cache/key.js';
import { openCaches, type CacheOptions } from '../src/cache/options.js';
import { runTemplate } from '../src/pipeline/run.js';
import { RecordingUi } from '../src/pipeline/ui.js';

const BASE = '127.0.0.1:5000/debian:bookworm';
let dir: string;
let client: MemoryActionsCache;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'repack-gha-'));
  client = new MemoryActionsCache(join(dir, 'entry'));
  writeFileSync(
    join(dir, 't.pkr.hcl'),
    committingBuild(
      BASE,
      `  provisioner "shell" { inline = ["echo one > /one.txt"] }
  provisioner "shell" { inline = ["echo two > /two.txt"] }
  provisioner "shell" { inline = ["echo \${var.last} > /three.txt"] }`,
      `variable "last" {
  type    = string
  default = "three"
}
`,
    ),
  );
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A daemon with only the base image; its "shell" writes the file the inline `echo X > F` names. */
function daemon(): FakeDriver {
  return echoShell(new FakeDriver().addRemoteImage(BASE, { Cmd: ['bash'] }));
}

/** A front that reports warnings apart (the action annotates them). */
class WarningUi extends RecordingUi {
  readonly warnings: string[] = [];
  warning(build: string, text: string): void {
    this.warnings.push(`${build}: ${text}`);
  }
}

async function build(d: FakeDriver, cache: CacheOptions, last = 'three', ui = new RecordingUi()) {
  const outcome = await runTemplate({ template: 't.pkr.hcl', cwd: dir, env: {}, vars: [['last', last]], ui, driver: d, cache: { gha: client, ...cache } });
  const [r] = outcome.results;
  const marks = ui.lines.map((l) => /\] (CACHED|RUN) provisioner/.exec(l.text)?.[1]).filter((m) => m !== undefined);
  return { r, ui, marks };
}

const GHA = [{ type: 'gha' as const, attrs: {} }];
const entries = () => [...client.entries.keys()];

test('a build exported to gha is restored whole into a clean daemon', async () => {
  const first = await build(daemon(), { to: GHA });
  expect(first.r.error).toBeUndefined();
  // Steps one and two, and the committed image (the last step is the committed image).
  expect(entries()).toHaveLength(3);
  expect(entries().every((k) => k.startsWith('repack-repack-') && /-[0-9a-f]{64}$/.test(k))).toBe(true);

  const clean = daemon();
  const again = await build(clean, { from: GHA });
  expect(again.marks).toEqual(['CACHED', 'CACHED', 'CACHED']);
  expect(again.r.imageId).toBe(first.r.imageId);
  const files = clean.images.get(again.r.imageId ?? '')?.files;
  expect(files?.get('/three.txt')?.content.toString()).toBe('three\n');
  // One restore (the final key), no container.
  expect(client.calls.filter((c) => c.startsWith('restore'))).toHaveLength(1);
  expect(clean.callsTo('createContainer')).toEqual([]);
  expect(clean.images.get(again.r.imageId ?? '')?.config.Labels?.[CACHE_KEY_LABEL]).toMatch(/^[0-9a-f]{64}$/);
});

test('a missing entry invalidates only its part of the chain', async () => {
  await build(daemon(), { to: GHA });
  // The committed image's entry is gone (evicted, say): step two's entry still serves.
  const finalKey = entries()[entries().length - 1];
  client.entries.delete(finalKey);
  const again = await build(daemon(), { from: GHA });
  expect(again.marks).toEqual(['CACHED', 'CACHED', 'RUN']);
  expect(again.r.cache.hits).toBe(2);

  // The last step changed: the chain up to it comes from gha.
  const changed = await build(daemon(), { from: GHA }, 'changed');
  expect(changed.marks).toEqual(['CACHED', 'CACHED', 'RUN']);
});

test('entries that exist are not uploaded again (looked up first)', async () => {
  await build(daemon(), { to: GHA });
  client.calls.length = 0;
  const again = await build(daemon(), { from: GHA, to: GHA });
  expect(again.r.error).toBeUndefined();
  expect(client.calls.filter((c) => c.startsWith('save'))).toEqual([]);
  // Only the committed image was restored (one lookup served the whole chain), so only it is offered again.
  expect(client.calls.filter((c) => c.startsWith('has'))).toHaveLength(1);
});

test('an unreachable service is one warning and a miss; the build succeeds', async () => {
  client.down = true;
  const { r, ui, marks } = await build(daemon(), { from: GHA, to: GHA });
  expect(r.error).toBeUndefined();
  expect(marks).toEqual(['RUN', 'RUN', 'RUN']);
  const warnings = ui.lines.filter((l) => /Actions cache is off/.test(l.text));
  expect(warnings).toHaveLength(1);
  expect(warnings[0].text).toContain('ECONNREFUSED');
  // After the first failure nothing more is asked of the service.
  expect(client.calls).toHaveLength(1);
});

test('cache trouble reaches a front that reports warnings as a warning, not as an error', async () => {
  client.down = true;
  const ui = new WarningUi();
  const { r } = await build(daemon(), { from: GHA, to: GHA }, 'three', ui);
  expect(r.error).toBeUndefined();
  expect(ui.warnings).toEqual([expect.stringMatching(/^cache: The GitHub Actions cache is off for the rest of this run: .*ECONNREFUSED/)]);
  expect(ui.lines.filter((l) => l.kind === 'error')).toEqual([]);
});

test('every entry is saved from and restored into a directory of its own, removed after', async () => {
  await build(daemon(), { to: GHA });
  await build(daemon(), { from: GHA });
  expect(client.staged.length).toBeGreaterThan(1);
  expect(new Set(client.staged).size).toBe(client.staged.length);
  expect(readdirSync(join(dir, 'entry'))).toEqual([]);
});

test('a corrupt entry is a warning and a miss, never a stale hit', async () => {
  await build(daemon(), { to: GHA });
  for (const files of client.entries.values()) files.set('manifest.json', Buffer.from('[{"Config":"missing.json","Layers":[]}]'));
  const { r, ui, marks } = await build(daemon(), { from: GHA });
  expect(r.error).toBeUndefined();
  expect(marks).toEqual(['RUN', 'RUN', 'RUN']);
  expect(ui.text()).toMatch(/Cache lookup in gha failed, building instead: load images: .*missing\.json/);
});

test('mode=min exports only the committed image; scopes name the entries', async () => {
  await build(daemon(), { to: [{ type: 'gha', attrs: { mode: 'min', scope: 'Main' } }] });
  expect(entries()).toEqual([expect.stringMatching(/^repack-main-[0-9a-f]{64}$/)]);
  expect(() => ghaEntryPrefix('a,b')).toThrow('scope=a,b may hold only');
  expect(() => ghaEntryPrefix('x'.repeat(500))).toThrow('too long');
});

test('without the Actions cache client type=gha is refused with a clear message', () => {
  expect(() => openCaches({ from: GHA }, new FakeDriver(), () => undefined)).toThrow('type=gha works only in the repack GitHub Action');
});

test('the CLI refuses type=gha with a clear message', () => {
  expect(() => cacheOptions({ 'cache-from': ['type=gha,scope=x'] })).toThrow(
    'invalid value "type=gha,scope=x" for flag -cache-from: type=gha works only in the repack GitHub Action',
  );
  expect(() => cacheOptions({ 'cache-to': ['type=gha'] })).toThrow('for flag -cache-to: type=gha works only in the repack GitHub Action');
});
