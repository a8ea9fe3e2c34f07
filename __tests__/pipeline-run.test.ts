// The engine end to end against the in-memory driver: step order, quoting, artifacts, and cleanup in every outcome.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FakeDriver } from '../__fixtures__/fake-driver.js';
import type { ExecSpec } from '../src/docker/driver.js';
import { runTemplate } from '../src/pipeline/run.js';
import type { RunOptions } from '../src/pipeline/options.js';
import { RecordingUi } from '../src/pipeline/ui.js';

const BASE = '127.0.0.1:5000/debian:bookworm';
const example = join(import.meta.dirname, '../examples/docker-ubuntu');

let dirs: string[] = [];
afterEach(() => {
  dirs.forEach((d) => rmSync(d, { recursive: true, force: true }));
  dirs = [];
});

function template(text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'repack-test-'));
  dirs.push(dir);
  writeFileSync(join(dir, 'template.pkr.hcl'), text);
  return dir;
}

function driver(): FakeDriver {
  const d = new FakeDriver();
  d.addRemoteImage(BASE, { Cmd: ['bash'], Env: ['PATH=/usr/bin:/bin'] });
  return d;
}

async function run(d: FakeDriver, opts: Partial<RunOptions> & { template: string }) {
  const ui = new RecordingUi();
  const outcome = await runTemplate({ env: {}, ui, driver: d, ...opts });
  return { ...outcome, ui };
}

/** The shell commands a build ran. */
function commands(d: FakeDriver): string[] {
  return d.callsTo('exec').map(([, spec]) => (spec as ExecSpec).cmd[2]);
}

const SIMPLE = (provisioners: string, extra = '') => `
source "docker" "a" {
  image  = "${BASE}"
  commit = true
  ${extra}
}
build {
  name    = "b"
  sources = ["source.docker.a"]
  ${provisioners}
  post-processors {
    post-processor "docker-tag" {
      repository = "127.0.0.1:5000/t"
      tags       = ["1", "latest"]
    }
    post-processor "docker-push" {}
  }
}
`;

test('the example: pull, container, shell, commit, remove, tag, push — and the digests are reported', async () => {
  const d = driver();
  const { diagnostics, results, ui } = await run(d, { template: example, vars: [['tag', '7']] });
  expect(diagnostics.filter((x) => x.severity === 'error')).toEqual([]);
  expect(d.calls.map((c) => c.method)).toEqual([
    'pull',
    'inspectImage',
    'createContainer',
    'startContainer',
    'putArchive',
    'exec',
    'commit',
    'removeContainer',
    'tag',
    'push',
    // The push is checked to have sent this build's image (another build may have moved the tag meanwhile).
    'inspectImage',
  ]);
  expect(commands(d)).toHaveLength(1);
  expect(commands(d)[0]).toMatch(
    /^\(trap 'rm -f '"'"'\/tmp\/script_(\d{4})\.sh'"'"'' EXIT; chmod \+x \/tmp\/script_\1\.sh; DEBIAN_FRONTEND='noninteractive' FOO='hello world' PACKER_BUILDER_TYPE='docker' PACKER_BUILD_NAME='ubuntu' {2}\/tmp\/script_\1\.sh\)$/,
  );
  const [r] = results;
  expect(r.name).toBe('docker-example.docker.ubuntu');
  expect(r.error).toBeUndefined();
  expect(r.imageId).toMatch(/^sha256:[0-9a-f]{64}$/);
  expect(r.tags).toEqual(['127.0.0.1:5000/docker-example:7']);
  expect(r.digests).toEqual([{ repository: '127.0.0.1:5000/docker-example', tag: '7', digest: d.pushed.get('127.0.0.1:5000/docker-example:7') }]);
  expect(d.liveContainers()).toEqual([]);
  expect(ui.text()).toContain('docker-example.docker.ubuntu: Provisioning with shell script: inline commands');
});

test('the inline script is uploaded with its shebang and the commands in order', async () => {
  const d = driver();
  let script = '';
  d.onExec((id, spec) => {
    const path = /chmod \+x (\S+);/.exec(spec.cmd[2])?.[1];
    if (path) script = d.fileIn(id, path)?.toString() ?? '';
    return { exitCode: 0, stdout: '', stderr: '' };
  });
  await run(d, { template: template(SIMPLE('provisioner "shell" {\n inline = ["echo one", "echo \\"two\\""]\n}')) });
  expect(script).toBe('#!/bin/sh -e\necho one\necho "two"\n');
});

test('values with quotes, $(), backticks and newlines reach the command line quoted', async () => {
  const d = driver();
  const nasty = `a'b $(touch /pwned) \`id\` "q"\nline2`;
  await run(d, {
    template: template(SIMPLE('provisioner "shell" {\n environment_vars = ["X=${var.v}"]\n inline = ["true"]\n}') + 'variable "v" {\n type = string\n}\n'),
    vars: [['v', nasty]],
  });
  expect(commands(d)[0]).toContain(`X='a'"'"'b $(touch /pwned) \`id\` "q"\nline2'`);
});

test('provisioners run in written order, output shown per build', async () => {
  const d = driver();
  const ran: string[] = [];
  d.onExec((id, spec) => {
    const path = /chmod \+x (\S+);/.exec(spec.cmd[2])?.[1];
    if (!path) return { exitCode: 0, stdout: '', stderr: '' };
    const echoed = /echo (\w+)/.exec(d.fileIn(id, path)?.toString() ?? '')?.[1] ?? '?';
    ran.push(echoed);
    return { exitCode: 0, stdout: `out ${echoed}\n`, stderr: '' };
  });
  const p = (n: string) => `provisioner "shell" {\n inline = ["echo ${n}"]\n name = "p${n}"\n}\n`;
  // Not in alphabetical order, so a sort by name or type cannot pass for the written order.
  const { ui } = await run(d, { template: template(SIMPLE(p('c') + p('a') + p('b'))) });
  expect(ran).toEqual(['c', 'a', 'b']);
  expect(ui.lines.filter((l) => l.kind === 'message' && l.text.startsWith('out ')).map((l) => l.text)).toEqual(['out c', 'out a', 'out b']);
});

test('a failing provisioner fails the build with its exit status, removes the container, tags nothing', async () => {
  const d = driver();
  d.onExec((_id, spec) => (spec.cmd[2].includes('PACKER') ? { exitCode: 3, stdout: 'boom\n', stderr: 'bad\n' } : { exitCode: 0, stdout: '', stderr: '' }));
  const { results, ui } = await run(d, { template: template(SIMPLE('provisioner "shell" {\n inline = ["exit 3"]\n}')) });
  expect(results[0].error).toBe('Script exited with non-zero exit status: 3. Allowed exit codes are: [0]');
  expect(ui.text()).toContain('b.docker.a: boom');
  expect(ui.text()).toContain('b.docker.a: bad');
  expect(d.liveContainers()).toEqual([]);
  expect(d.callsTo('commit')).toEqual([]);
  expect(d.callsTo('tag')).toEqual([]);
});

test('valid_exit_codes and max_retries', async () => {
  const d = driver();
  let attempts = 0;
  d.onExec((_id, spec) => {
    if (!spec.cmd[2].includes('PACKER')) return { exitCode: 0, stdout: '', stderr: '' };
    attempts++;
    return { exitCode: attempts < 3 ? 1 : 5, stdout: '', stderr: '' };
  });
  const { results } = await run(d, { template: template(SIMPLE('provisioner "shell" {\n inline = ["x"]\n valid_exit_codes = [0, 5]\n max_retries = 2\n}')) });
  expect(attempts).toBe(3);
  expect(results[0].error).toBeUndefined();
});

test('the error-cleanup-provisioner runs in the container when a provisioner fails', async () => {
  const d = driver();
  d.onExec((_id, spec) => ({ exitCode: spec.cmd[2].includes('PACKER') && commands(d).length === 1 ? 1 : 0, stdout: '', stderr: '' }));
  const { results } = await run(d, {
    template: template(SIMPLE('provisioner "shell" {\n inline = ["false"]\n}\n error-cleanup-provisioner "shell" {\n inline = ["echo cleanup"]\n}')),
  });
  expect(results[0].error).toContain('exit status: 1');
  expect(commands(d).length).toBe(2);
  expect(d.liveContainers()).toEqual([]);
});

test('-on-error=abort leaves the container for inspection', async () => {
  const d = driver();
  d.onExec(() => ({ exitCode: 1, stdout: '', stderr: '' }));
  const { results, ui } = await run(d, { template: template(SIMPLE('provisioner "shell" {\n inline = ["false"]\n}')), onError: 'abort' });
  expect(results[0].error).toBeDefined();
  expect(d.liveContainers().length).toBe(1);
  expect(ui.text()).toContain('Leaving the container');
});

test('a timeout stops the provisioner and the build, and cleans up', async () => {
  const d = driver();
  d.onExec(
    (_id, spec) =>
      new Promise((resolve) => {
        if (!spec.cmd[2].includes('PACKER')) return resolve({ exitCode: 0, stdout: '', stderr: '' });
        spec.signal?.addEventListener('abort', () => resolve({ exitCode: 137, stdout: '', stderr: '' }));
      }),
  );
  const { results } = await run(d, { template: template(SIMPLE('provisioner "shell" {\n inline = ["sleep 60"]\n timeout = "50ms"\n}')) });
  expect(results[0].error).toBe('Provisioner shell timed out after 0.05s.');
  expect(d.liveContainers()).toEqual([]);
});

test('cancelling the run stops the build and removes the container', async () => {
  const d = driver();
  const controller = new AbortController();
  d.onExec(
    (_id, spec) =>
      new Promise((resolve) => {
        setTimeout(() => controller.abort(), 5);
        spec.signal?.addEventListener('abort', () => resolve({ exitCode: 137, stdout: '', stderr: '' }));
      }),
  );
  const { results } = await run(d, { template: template(SIMPLE('provisioner "shell" {\n inline = ["sleep 60"]\n}')), signal: controller.signal });
  expect(results[0].error).toBe('Build was cancelled.');
  expect(d.liveContainers()).toEqual([]);
  expect(d.callsTo('push')).toEqual([]);
});

test('a failed push fails the build after the container is gone', async () => {
  const d = driver();
  d.failOn('push', new Error('push 127.0.0.1:5000/t:1: connection refused'));
  const { results } = await run(d, { template: template(SIMPLE('provisioner "shell" {\n inline = ["true"]\n}')) });
  expect(results[0].error).toBe('push 127.0.0.1:5000/t:1: connection refused');
  expect(d.liveContainers()).toEqual([]);
});

test('push = false skips docker-push but still tags', async () => {
  const d = driver();
  const { results } = await run(d, { template: template(SIMPLE('')), push: false });
  expect(results[0].tags).toEqual(['127.0.0.1:5000/t:1', '127.0.0.1:5000/t:latest']);
  expect(results[0].digests).toEqual([]);
  expect(d.callsTo('push')).toEqual([]);
});

test('the base image keeps its CMD and loses the build container entrypoint unless changes set them', async () => {
  const d = driver();
  await run(d, { template: template(SIMPLE('', 'changes = ["ENV A=1", "WORKDIR /srv"]')) });
  const [, spec] = d.callsTo('commit')[0] as [string, { changes: string[]; config: unknown }];
  expect(spec.changes).toEqual(['ENV A=1', 'WORKDIR /srv']);
  expect(spec.config).toEqual({ Entrypoint: [], Cmd: ['bash'] });
});

test('several sources build in parallel, bounded by parallelBuilds, filtered by -only/-except', async () => {
  const d = driver();
  let running = 0;
  let peak = 0;
  d.onExec(async () => {
    running++;
    peak = Math.max(peak, running);
    await new Promise((r) => setTimeout(r, 10));
    running--;
    return { exitCode: 0, stdout: '', stderr: '' };
  });
  const text = `
source "docker" "x" {
  image  = "${BASE}"
  commit = true
}
build {
  name = "m"
  source "source.docker.x" {
    name = "one"
  }
  source "source.docker.x" {
    name = "two"
  }
  source "source.docker.x" {
    name = "three"
  }
  provisioner "shell" {
    inline = ["echo \${source.name}"]
  }
}`;
  const dir = template(text);
  const all = await run(d, { template: dir, parallelBuilds: 2 });
  expect(all.results.map((r) => r.name)).toEqual(['m.docker.one', 'm.docker.two', 'm.docker.three']);
  expect(peak).toBe(2);
  const some = await run(driver(), { template: dir, only: ['*.one', 'm.docker.t*'], except: ['*.three'] });
  expect(some.results.map((r) => r.name)).toEqual(['m.docker.one', 'm.docker.two']);
});

test('a sensitive variable is offered for masking before anything runs', async () => {
  const d = driver();
  const seen: string[] = [];
  const text =
    SIMPLE('provisioner "shell" {\n environment_vars = ["T=${var.token}"]\n inline = ["true"]\n}') +
    'variable "token" {\n type = string\n sensitive = true\n}\n';
  await run(d, { template: template(text), vars: [['token', 's3cr3t']], onSensitive: (v) => seen.push(v) });
  expect(seen).toContain('s3cr3t');
});

test('an invalid template starts nothing', async () => {
  const d = driver();
  const { diagnostics, results } = await run(d, { template: join(import.meta.dirname, '../__fixtures__/templates/invalid/original-docker-ubuntu') });
  expect(diagnostics.some((x) => x.summary === 'Unexpected comma after argument')).toBe(true);
  expect(results).toEqual([]);
  expect(d.calls).toEqual([]);
});

test('build.ID in a provisioner is the build container, and such a step is never served from the cache', async () => {
  const d = driver();
  const scripts: string[] = [];
  d.onExec((id, spec) => {
    const path = /chmod \+x (\S+);/.exec(spec.cmd[2])?.[1];
    if (path) scripts.push(d.fileIn(id, path)?.toString() ?? '');
    return { exitCode: 0, stdout: '', stderr: '' };
  });
  const dir = template(SIMPLE('provisioner "shell" {\n inline = ["echo ${build.ID}"]\n}'));
  const first = await run(d, { template: dir, cache: {} });
  expect(first.diagnostics).toEqual([]);
  const containerId = d.callsTo('startContainer')[0][0] as string;
  expect(scripts[0]).toContain(`echo ${containerId}`);
  const second = await run(d, { template: dir, cache: {} });
  expect(second.results[0].cache.hits).toBe(0);
  expect(scripts).toHaveLength(2);
  expect(scripts[1]).toContain(`echo ${d.callsTo('startContainer')[1][0] as string}`);
});

test('build.ID outside a provisioner is unknown before the build runs', async () => {
  const d = driver();
  const { diagnostics } = await run(d, { template: template(SIMPLE('', 'author = build.ID')) });
  expect(diagnostics.map((x) => x.summary)).toEqual(['Unknown value']);
  expect(d.calls).toEqual([]);
});

describe('-on-error=ask', () => {
  const failingOnce = (d: FakeDriver) => {
    let runs = 0;
    d.onExec(() => ({ exitCode: runs++ === 0 ? 1 : 0, stdout: '', stderr: '' }));
  };
  const text = () => template(SIMPLE('provisioner "shell" {\n inline = ["flaky"]\n}'));

  test('retry runs the failed step again, and the build goes on', async () => {
    const d = driver();
    failingOnce(d);
    const asked: string[] = [];
    const { results } = await run(d, {
      template: text(),
      onError: 'ask',
      ask: async (build, step, error) => {
        asked.push(`${build} / ${step} / ${error}`);
        return 'retry';
      },
    });
    expect(asked).toEqual(['b.docker.a / provisioner shell / Script exited with non-zero exit status: 1. Allowed exit codes are: [0]']);
    expect(results[0].error).toBeUndefined();
    expect(d.callsTo('push').length).toBe(2);
    expect(d.liveContainers()).toEqual([]);
  });

  test('abort leaves the container; clean up removes it', async () => {
    const aborted = driver();
    failingOnce(aborted);
    const a = await run(aborted, { template: text(), onError: 'ask', ask: async () => 'abort' });
    expect(a.results[0].error).toContain('exit status: 1');
    expect(aborted.liveContainers().length).toBe(1);
    const cleaned = driver();
    failingOnce(cleaned);
    const c = await run(cleaned, { template: text(), onError: 'ask', ask: async () => 'cleanup' });
    expect(c.results[0].error).toContain('exit status: 1');
    expect(cleaned.liveContainers()).toEqual([]);
  });
});
