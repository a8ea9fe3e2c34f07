// The action's validate-only mode (no engine), the warnings for build-push-action's inputs, and the rules of the
// tags and labels inputs for templates with several builds.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type Captured, captureRunner } from '../__fixtures__/action/capture.js';
import { runAction } from '../src/action/main.js';
import { carriedOverInputs } from '../src/action/carried-inputs.js';
import { addTagsAndLabels } from '../src/pipeline/extra-tags.js';
import { prepareTemplate } from '../src/pipeline/prepare.js';

const NOWHERE = { DOCKER_HOST: 'tcp://127.0.0.1:1' };

function source(name: string, mode = 'commit = true'): string {
  return `source "docker" "${name}" {\n  image = "127.0.0.1:5000/busybox:latest"\n  ${mode}\n}\n`;
}
const ONE = `${source('a')}build {\n  sources = ["source.docker.a"]\n}\n`;
const TWO = `${source('a')}${source('b')}build {\n  sources = ["source.docker.a", "source.docker.b"]\n}\n`;

let cap: Captured | undefined;
afterEach(() => {
  cap?.restore();
  cap = undefined;
});

function start(template: string, inputs: Record<string, string>): Captured {
  cap = captureRunner(inputs, NOWHERE);
  writeFileSync(path.join(cap.workspace, 't.pkr.hcl'), template);
  return cap;
}

describe('validate: true', () => {
  test('a valid template passes with DOCKER_HOST pointing nowhere', async () => {
    const c = start(ONE, { template: 't.pkr.hcl', validate: 'true', tags: '127.0.0.1:5000/x:1', labels: 'a=b' });
    await runAction();
    expect(c.commands().filter((x) => x.command === 'error')).toEqual([]);
    expect(process.exitCode).not.toBe(1);
    expect(c.log().join('\n')).toContain('The configuration is valid (1 build: docker.a).');
  });

  test('an invalid template is annotated at file:line:col and fails, still without an engine', async () => {
    const c = start(`${source('a').replace('image', 'imag')}build {\n  sources = ["source.docker.a"]\n}\n`, { template: 't.pkr.hcl', validate: 'true' });
    await runAction();
    const errors = c.commands().filter((x) => x.command === 'error');
    expect(errors[0].properties).toMatchObject({ file: 't.pkr.hcl', line: '2' });
    expect(process.exitCode).toBe(1);
    expect(c.log().join('\n')).not.toMatch(/Cannot connect|ECONNREFUSED/);
  });

  test('tags on a template with two committing builds fail validation', async () => {
    const c = start(TWO, { template: 't.pkr.hcl', validate: 'true', tags: '127.0.0.1:5000/x:1' });
    await runAction();
    expect(c.commands().find((x) => x.command === 'error')?.data).toMatch(/exactly one selected build must commit one.*2 do: docker\.a, docker\.b/);
    expect(process.exitCode).toBe(1);
  });

  test('push set but empty fails before anything is read', async () => {
    const c = start(ONE, { template: 't.pkr.hcl', push: '' });
    await runAction();
    expect(c.commands().find((x) => x.command === 'error')?.data).toMatch(/^Input does not meet YAML 1\.2 "Core Schema" specification: push/);
    expect(process.exitCode).toBe(1);
  });
});

test("build-push-action's inputs get a warning naming repack's equivalent", async () => {
  const c = start(ONE, { template: 't.pkr.hcl', validate: 'true' });
  process.env['INPUT_BUILD-ARGS'] = 'A=1';
  process.env.INPUT_PLATFORMS = 'linux/amd64,linux/arm64';
  process.env.INPUT_LOAD = 'true';
  await runAction();
  const warnings = c
    .commands()
    .filter((x) => x.command === 'warning')
    .map((x) => x.data);
  expect(warnings).toEqual([
    'Input "build-args" is docker/build-push-action\'s, not repack\'s, and is ignored: use "variables" (name=value lines for the template\'s variables).',
    expect.stringMatching(/^Input "load" .*always in the local Docker engine/),
  ]);
});

test('a carried-over name repack declares itself is not warned about', () => {
  expect(carriedOverInputs({ INPUT_PLATFORMS: 'x', INPUT_CONTEXT: '.' }, ['platforms'])).toEqual([expect.stringMatching(/^Input "context"/)]);
});

describe('tags and labels on the planned builds', () => {
  async function plan(template: string, only: string[] = []) {
    const dir = mkdtempSync(path.join(tmpdir(), 'repack-extra-tags-'));
    writeFileSync(path.join(dir, 't.pkr.hcl'), template);
    const p = await prepareTemplate({ template: 't.pkr.hcl', cwd: dir, env: {}, only });
    expect(p.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    return p.builds;
  }

  test('one committing build: one more chain (tag, then push) and LABEL changes', async () => {
    const builds = await plan(`${source('a')}${source('d', 'discard = true')}build {\n  sources = ["source.docker.a", "source.docker.d"]\n}\n`);
    expect(addTagsAndLabels(builds, { tags: ['r/app:1', 'r/app:1', 'r/app:2'], labels: { 'org.opencontainers.image.title': 'a "b"' } })).toEqual([]);
    const [a, d] = builds;
    expect(a.chains.map((c) => c.map((p) => p.type))).toEqual([['docker-tag', 'docker-push']]);
    expect(a.config.changes).toEqual(['LABEL "org.opencontainers.image.title"="a \\"b\\""']);
    expect(d.chains).toEqual([]);
    expect(d.config.changes).toEqual([]);
  });

  test('several committing builds: labels on each, tags are an error unless only picks one', async () => {
    const builds = await plan(TWO);
    expect(addTagsAndLabels(builds, { tags: ['r/app:1'] }).map((d) => d.severity)).toEqual(['error']);
    expect(builds.every((b) => b.chains.length === 0)).toBe(true);
    expect(addTagsAndLabels(builds, { labels: { k: 'v' } })).toEqual([]);
    expect(builds.map((b) => b.config.changes)).toEqual([['LABEL "k"="v"'], ['LABEL "k"="v"']]);
    const picked = await plan(TWO, ['docker.b']);
    expect(addTagsAndLabels(picked, { tags: ['r/app:1'] })).toEqual([]);
  });

  // `R/app:1` is a valid reference to the registry host R (a capital first component is a host, as docker reads it).
  test.each(['r/App:1', 'r/app:-x', 'r/app@sha256:' + '0'.repeat(64), 'ghcr.io/o/app:'])('rejects the reference %j', async (ref) => {
    const builds = await plan(ONE);
    expect(addTagsAndLabels(builds, { tags: [ref] }).map((d) => d.summary)).toEqual(['Invalid tags input']);
  });
});
