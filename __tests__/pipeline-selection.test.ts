// Which blocks run for which source, against the in-memory driver: provisioner- and post-processor-level
// only/except (written "docker.x" or "source.docker.x", with globs), and docker-tag's image surviving
// keep_input_artifact = false.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from '@jest/globals';
import { FakeDriver } from '../__fixtures__/fake-driver.js';
import { prepare } from '../src/pipeline/prepare.js';
import { runTemplate } from '../src/pipeline/run.js';
import { RecordingUi } from '../src/pipeline/ui.js';
import { RUN_UUID } from '../src/pipeline/run-uuid.js';
import { PACKER_COMPAT_VERSION } from '../src/version.js';

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

describe('the plan', () => {
  function plan(text: string, o: { only?: string[]; except?: string[] } = {}) {
    const dir = mkdtempSync(join(tmpdir(), 'repack-selection-'));
    dirs.push(dir);
    writeFileSync(join(dir, 't.pkr.hcl'), text);
    const p = prepare({ template: dir, cwd: dir, env: {}, ...o });
    const diags = p.diagnostics.map((d) => `${d.severity} ${d.range ? `${d.range.start.line}:${d.range.start.column} ` : ''}${d.summary}: ${d.detail ?? ''}`);
    return { builds: p.builds, diags, dir };
  }
  const SOURCES = `source "docker" "a" {\n  image   = "${BASE}"\n  discard = true\n}\nsource "docker" "bee" {\n  image   = "${BASE}"\n  discard = true\n}\n`;

  it('-only and -except select builds by name, with globs; nothing selected is an error naming the builds', () => {
    const t = `${SOURCES}build {\n  name    = "b"\n  sources = ["source.docker.a", "source.docker.bee"]\n}\n`;
    expect(plan(t, { only: ['b.docker.a'] }).builds.map((b) => b.name)).toEqual(['b.docker.a']);
    expect(plan(t, { except: ['b.docker.a'] }).builds.map((b) => b.name)).toEqual(['b.docker.bee']);
    expect(plan(t, { only: ['*.docker.b*'] }).builds.map((b) => b.name)).toEqual(['b.docker.bee']);
    expect(plan(t).builds.map((b) => [b.name, b.buildName, b.source, b.sourceName])).toEqual([
      ['b.docker.a', 'b', 'docker.a', 'a'],
      ['b.docker.bee', 'b', 'docker.bee', 'bee'],
    ]);
    expect(plan(t, { only: ['nothing'] }).diags).toEqual([
      'error No builds selected: No build name matches -only=nothing -except=. Build names: b.docker.a, b.docker.bee.',
    ]);
    expect(plan(t, { except: ['b.*'] }).diags).toEqual([
      'error No builds selected: No build name matches -only= -except=b.*. Build names: b.docker.a, b.docker.bee.',
    ]);
  });

  it('a template with no build selects nothing without an error unless -only or -except asked for one', () => {
    expect(plan(SOURCES).diags).toEqual([]);
    expect(plan(SOURCES, { only: ['x'] }).diags).toEqual(['error No builds selected: No build name matches -only=x -except=. Build names: .']);
  });

  it('each planned provisioner and post-processor keeps its block (kind, type, name, range) and continue_on_error', () => {
    const t =
      `${SOURCES}build {\n  sources = ["source.docker.a"]\n` +
      `  provisioner "shell" {\n    name              = "first"\n    inline            = ["true"]\n    continue_on_error = true\n  }\n` +
      `  provisioner "shell" {\n    inline = ["true"]\n  }\n` +
      `  post-processor "docker-tag" {\n    repository = "x/1"\n  }\n}\n`;
    const { builds, diags, dir } = plan(t);
    expect(diags).toEqual([]);
    const file = join(dir, 't.pkr.hcl');
    const at = (r: { file: string; start: { line: number } } | undefined) => r && `${r.file}:${r.start.line}`;
    expect(builds[0].provisioners.map((p) => [p.block?.kind, p.block?.type, p.block?.name, at(p.block?.range), p.continueOnError])).toEqual([
      ['provisioner', 'shell', 'first', `${file}:11`, true],
      ['provisioner', 'shell', undefined, `${file}:16`, false],
    ]);
    expect(builds[0].chains.flat().map((p) => [p.block?.kind, p.block?.type, p.block?.name, at(p.block?.range)])).toEqual([
      ['post-processor', 'docker-tag', undefined, `${file}:19`],
    ]);
  });

  it('a provisioner whose body has an error is reported and not planned; its common settings are checked also for a source its only/except leaves out, as Packer decodes them first', () => {
    const t =
      `${SOURCES}build {\n  sources = ["source.docker.a"]\n` +
      `  provisioner "shell" {\n    inline = ["true"]\n    nope   = 1\n  }\n` +
      `  provisioner "shell" {\n    only        = ["docker.bee"]\n    inline      = ["true"]\n    max_retries = "x"\n  }\n}\n`;
    const p = plan(t);
    expect(p.diags.map((d) => d.split(': ')[0])).toEqual(['error 13:5 Unsupported argument', 'error 18:20 Unsuitable value type']);
    expect(p.builds).toEqual([]);
  });

  it('an -except that matched nothing warns, naming every build; one that matched something does not', () => {
    const renamed = plan(`${SOURCES}build {\n  sources = ["source.docker.a"]\n  source "source.docker.a" {\n    name = "a2"\n  }\n}\n`, { except: ['zzz'] });
    expect(renamed.builds.map((b) => b.name)).toEqual(['docker.a', 'docker.a2']);
    expect(renamed.diags).toEqual([
      "warning an 'except' option was passed, but did not match any build.: Possible build names: [docker.a docker.a2].\nThese could also be matched with a glob pattern like: 'happycloud.*'",
    ]);
    // Every -except pattern matched something: no warning.
    expect(plan(`${SOURCES}build {\n  sources = ["source.docker.a", "source.docker.bee"]\n}\n`, { except: ['docker.a'] }).diags).toEqual([]);
  });

  it('a build without a name is named by its source; a renamed source by its new name', () => {
    const t = `${SOURCES}build {\n  sources = ["source.docker.a"]\n  source "source.docker.bee" {\n    name = "renamed"\n  }\n}\n`;
    expect(plan(t).builds.map((b) => [b.name, b.source, b.sourceName])).toEqual([
      ['docker.a', 'docker.a', 'a'],
      ['docker.renamed', 'docker.renamed', 'renamed'],
    ]);
  });

  it('-except drops a post-processor by its name, else its type, with the rest of its chain; one matching nothing is a warning', () => {
    const tag = (repo: string, extra = '') => `    post-processor "docker-tag" {\n      repository = "${repo}"\n${extra}    }\n`;
    const t =
      `${SOURCES}build {\n  name    = "b"\n  sources = ["source.docker.a"]\n` +
      `  post-processors {\n${tag('x/1')}${tag('x/2', '      name = "second"\n')}${tag('x/3')}  }\n` +
      `  post-processors {\n${tag('x/4', '      name = ""\n')}${tag('x/5', '      name = "other"\n')}  }\n}\n`;
    const chains = (o: { except?: string[] } = {}) => {
      const p = plan(t, o);
      return { chains: p.builds[0]?.chains.map((c) => c.map((pp) => pp.name)), diags: p.diags };
    };
    expect(chains()).toEqual({
      chains: [
        ['docker-tag', 'second', 'docker-tag'],
        ['', 'other'],
      ],
      diags: [],
    });
    expect(chains({ except: ['second'] })).toEqual({ chains: [['docker-tag'], ['', 'other']], diags: [] });
    expect(chains({ except: ['oth*'] })).toEqual({ chains: [['docker-tag', 'second', 'docker-tag'], ['']], diags: [] });
    // An empty name is no name: the type is matched.
    expect(chains({ except: ['docker-tag'] })).toEqual({ chains: [], diags: [] });
    const warning = [
      "warning an 'except' option was passed, but did not match any build.: Possible build names: [b.docker.a].\nThese could also be matched with a glob pattern like: 'happycloud.*'",
    ];
    expect(chains({ except: ['nothing'] })).toEqual({
      chains: [
        ['docker-tag', 'second', 'docker-tag'],
        ['', 'other'],
      ],
      diags: warning,
    });
    expect(chains({ except: ['second', 'nothing'] }).diags).toEqual(warning);
  });

  it('a post-processor its own only/except leaves out is passed over before -except is matched', () => {
    const t =
      `${SOURCES}build {\n  name    = "b"\n  sources = ["source.docker.a"]\n  post-processors {\n` +
      `    post-processor "docker-tag" {\n      name       = "skipped-by-except"\n      repository = "x/2"\n      except     = ["docker.a"]\n    }\n` +
      `    post-processor "docker-tag" {\n      name       = "skipped-by-only"\n      repository = "x/4"\n      only       = ["docker.bee"]\n    }\n` +
      `    post-processor "docker-tag" {\n      name       = "kept"\n      repository = "x/3"\n    }\n  }\n}\n`;
    const p = plan(t, { except: ['*skipped', 'b.docker.bee'] });
    expect(p.builds.map((b) => b.chains.map((c) => c.map((pp) => pp.name)))).toEqual([[['kept']]]);
  });

  it('own only/except given as a set or a list (setunion, sort) pass a post-processor over as a tuple does', () => {
    const t =
      `${SOURCES}build {\n  name    = "b"\n  sources = ["source.docker.a"]\n  post-processors {\n` +
      `    post-processor "docker-tag" {\n      name       = "skipped-by-except"\n      repository = "x/2"\n      except     = setunion(["docker.a"])\n    }\n` +
      `    post-processor "docker-tag" {\n      name       = "skipped-by-only"\n      repository = "x/4"\n      only       = sort(["docker.bee"])\n    }\n` +
      `    post-processor "docker-tag" {\n      name       = "kept"\n      repository = "x/3"\n    }\n  }\n}\n`;
    const p = plan(t, { except: ['*skipped', 'b.docker.bee'] });
    expect(p.diags.filter((d) => d.startsWith('error'))).toEqual([]);
    expect(p.builds.map((b) => b.chains.map((c) => c.map((pp) => pp.name)))).toEqual([[['kept']]]);
  });

  it('an argument set both in the source and in the build is an error naming the first place', () => {
    const t = `${SOURCES}build {\n  source "source.docker.a" {\n    image = "other"\n  }\n}\n`;
    const { diags, dir } = plan(t);
    expect(diags).toEqual([`error 11:5 Duplicate argument: Argument "image" was already set at ${join(dir, 't.pkr.hcl')}:2,3-8`]);
  });

  it('provisioner names, retries and durations', () => {
    const t = `${SOURCES}build {\n  sources = ["source.docker.a"]\n  provisioner "shell" {\n    inline       = ["true"]\n    pause_before = "1m30s"\n    timeout      = "2s"\n    max_retries  = "2"\n  }\n  provisioner "shell" {\n    inline = ["true"]\n    name   = "second"\n    max_retries = -3\n  }\n}\n`;
    const { builds, diags } = plan(t);
    expect(diags).toEqual([]);
    expect(builds[0].provisioners.map((p) => [p.type, p.name, p.pauseBeforeMs, p.timeoutMs, p.maxRetries])).toEqual([
      ['shell', 'shell', 90_000, 2000, 2],
      ['shell', 'second', 0, 0, 0],
    ]);
    const bad = plan(
      `${SOURCES}build {\n  sources = ["source.docker.a"]\n  provisioner "shell" {\n    inline       = ["true"]\n    pause_before = "soon"\n  }\n}\n`,
    );
    expect(bad.diags).toEqual(['error 11:3 Failed to parse pause_before duration: time: invalid duration "soon"']);
    // As Packer's decodeProvisioner: Go's own messages at the block's header, pause_before first and alone.
    const durations = plan(
      `${SOURCES}build {\n  sources = ["source.docker.a"]\n  provisioner "shell" {\n    inline       = ["true"]\n    pause_before = "soon"\n    timeout      = "5"\n  }\n` +
        `  provisioner "shell" {\n    inline  = ["true"]\n    timeout = "5"\n  }\n  provisioner "shell" {\n    inline       = ["true"]\n    pause_before = "1µq"\n  }\n}\n`,
    );
    expect(durations.diags).toEqual([
      'error 11:3 Failed to parse pause_before duration: time: invalid duration "soon"',
      'error 16:3 Failed to parse timeout duration: time: missing unit in duration "5"',
      'error 20:3 Failed to parse pause_before duration: time: unknown unit "\\xc2\\xb5q" in duration "1\\xc2\\xb5q"',
    ]);
  });

  it('keep_input_artifact is passed on only when the template sets it; post-processor names default to the type', () => {
    const t = `${SOURCES}build {\n  sources = ["source.docker.a"]\n  post-processor "docker-tag" {\n    repository = "x/y"\n  }\n  post-processor "docker-tag" {\n    repository          = "x/z"\n    name                = "named"\n    keep_input_artifact = false\n  }\n}\n`;
    const { builds, diags } = plan(t);
    expect(diags).toEqual([]);
    expect(builds[0].chains.map((c) => c.map((p) => [p.type, p.name, p.keepInputArtifact]))).toEqual([
      [['docker-tag', 'docker-tag', undefined]],
      [['docker-tag', 'named', false]],
    ]);
  });

  it("build variables a provisioner sees: the build's name, the docker connection, the exec user", async () => {
    const t = `source "docker" "a" {\n  image     = "${BASE}"\n  commit    = true\n  exec_user = "app"\n}\nbuild {\n  name    = "bv"\n  sources = ["source.docker.a"]\n  provisioner "shell" {\n    inline = ["echo \${build.name}/\${build.ConnType}/\${build.User}/\${build.Host}/\${build.Port}/\${source.name}/\${source.type}"]\n  }\n}\n`;
    const { ran, ui, results } = await runText(t);
    expect(results[0].error).toBeUndefined();
    expect(ran).toEqual(['bv/docker/app//0/a/docker']);
    expect(ui.text()).toContain('bv.docker.a');
  });

  it('the build variables Packer gives a docker build before it connects: empty strings, a port of 0, the run UUID', async () => {
    const shown = [
      'Password',
      'SSHPublicKey',
      'SSHPrivateKey',
      'WinRMPassword',
      'PackerHTTPIP',
      'PackerHTTPPort',
      'PackerHTTPAddr',
      'Host',
      'Port',
      'PackerRunUUID',
    ];
    const echo = `bv/${shown.map((v) => `\${build.${v}}`).join('/')}/\${packer.version}`;
    const t = `source "docker" "a" {\n  image  = "${BASE}"\n  commit = true\n}\nbuild {\n  name    = "bv"\n  sources = ["source.docker.a"]\n  provisioner "shell" {\n    inline = ["echo ${echo}"]\n  }\n}\n`;
    const { ran, results } = await runText(t);
    expect(results[0].error).toBeUndefined();
    expect(RUN_UUID).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(ran).toEqual([`bv/////////0/${RUN_UUID}/${PACKER_COMPAT_VERSION}`]);
  });
});

async function runText(text: string) {
  const dir = mkdtempSync(join(tmpdir(), 'repack-selection-'));
  dirs.push(dir);
  writeFileSync(join(dir, 't.pkr.hcl'), text);
  const d = driver();
  const ui = new RecordingUi();
  const outcome = await runTemplate({ env: {}, ui, driver: d, template: dir });
  return { ...outcome, ui, ran: ui.lines.filter((l) => l.kind === 'message' && l.text.startsWith('bv/')).map((l) => l.text) };
}
