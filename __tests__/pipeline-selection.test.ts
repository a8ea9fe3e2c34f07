// Which blocks run for which source, against the in-memory driver: provisioner- and post-processor-level
// only/except (written "docker.x" or "source.docker.x", with globs), and docker-tag's image surviving
// keep_input_artifact = false.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from '@jest/globals';
import { FakeDriver } from '../__fixtures__/fake-driver.js';
import { runTemplate } from '../src/pipeline/run.js';
import { RecordingUi } from '../src/pipeline/ui.js';

const BASE = '127.0.0.1:5000/debian:bookworm';
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function driver(): FakeDriver {
  const d = new FakeDriver();
  d.addRemoteImage(BASE, { Cmd: ['bash'] });
  // Each shell script prints what it echoes, so the UI shows which provisioners ran for which build.
  d.onExec((id, spec) => {
    const script = /chmod \+x (\S+);/.exec(spec.cmd[2])?.[1];
    const text = script ? (d.fileIn(id, script)?.toString() ?? '') : '';
    const echoed = /echo (\S+)/.exec(text)?.[1];
    return { exitCode: 0, stdout: echoed ? `${echoed}\n` : '', stderr: '' };
  });
  return d;
}

async function run(body: string, d = driver()) {
  const dir = mkdtempSync(join(tmpdir(), 'repack-selection-'));
  dirs.push(dir);
  writeFileSync(
    join(dir, 't.pkr.hcl'),
    `source "docker" "a" {\n  image  = "${BASE}"\n  commit = true\n}\nsource "docker" "bee" {\n  image  = "${BASE}"\n  commit = true\n}\n` +
      `build {\n  name    = "b"\n  sources = ["source.docker.a", "source.docker.bee"]\n${body}\n}\n`,
  );
  const ui = new RecordingUi();
  const outcome = await runTemplate({ env: {}, ui, driver: d, template: dir });
  /** Per build, the provisioner outputs in the order they ran. */
  const ran = (build: string): string[] => ui.lines.filter((l) => l.kind === 'message' && l.build === build && /^p\d$/.test(l.text)).map((l) => l.text);
  return { ...outcome, ui, d, ran };
}

const shell = (n: number, extra = '') => `  provisioner "shell" {\n    inline = ["echo p${n}"]\n    ${extra}\n  }\n`;

describe('provisioner only/except', () => {
  it('only runs for the sources named, except for all others, in either spelling and with globs', async () => {
    const { results, ran } = await run(
      shell(1, 'only = ["docker.a"]') +
        shell(2, 'except = ["source.docker.a"]') +
        shell(3) +
        shell(4, 'only = ["source.docker.bee"]') +
        shell(5, 'except = ["docker.b*"]') +
        shell(6, 'only = ["docker.a", "docker.bee"]\n    except = ["docker.bee"]') +
        shell(7, 'only = ["docker.nothing"]'),
    );
    expect(results.map((r) => r.error)).toEqual([undefined, undefined]);
    expect(ran('b.docker.a')).toEqual(['p1', 'p3', 'p5', 'p6']);
    expect(ran('b.docker.bee')).toEqual(['p2', 'p3', 'p4']);
  });
});

describe('post-processor only/except', () => {
  it('tags each build only with the post-processors selected for its source', async () => {
    const { d, results } = await run(`  post-processor "docker-tag" {
    repository = "sel/only-a"
    only       = ["docker.a"]
  }
  post-processor "docker-tag" {
    repository = "sel/except-a"
    except     = ["source.docker.a"]
  }`);
    const [a, bee] = results.map((r) => r.imageId);
    expect(a).toBeDefined();
    expect(bee).toBeDefined();
    expect(a).not.toBe(bee);
    expect(d.tags.get('sel/only-a:latest')).toBe(a);
    expect(d.tags.get('sel/except-a:latest')).toBe(bee);
  });
});

describe('docker-tag and keep_input_artifact = false', () => {
  it('keeps the image it tagged, and the tag, whatever keep_input_artifact says', async () => {
    const { d, results } = await run(`  post-processors {
    post-processor "docker-tag" {
      repository          = "sel/kept"
      tags                = ["1"]
      keep_input_artifact = false
      only                = ["docker.a"]
    }
    post-processor "docker-tag" {
      repository          = "sel/kept"
      tags                = ["2"]
      keep_input_artifact = false
      only                = ["docker.a"]
    }
  }`);
    const id = results[0].imageId;
    expect(id).toBeDefined();
    expect(d.callsTo('removeImage').filter(([ref]) => String(ref) === id || String(ref).startsWith('sel/kept'))).toEqual([]);
    expect(d.tags.get('sel/kept:1')).toBe(id);
    expect(d.tags.get('sel/kept:2')).toBe(id);
    expect(await d.inspectImage(id ?? '')).toBeDefined();
  });
});
