// A build that fails in a template block points at it in both fronts, with the engine's Docker connection replaced by
// the in-memory driver: the CLI prints HCL's `on FILE line N, in provisioner "shell":` under the failure, the action
// annotates the block's line (as the runner reads its stdout), and the metadata carries the failure's code and step.
import { jest } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runMain } from '../__fixtures__/cli-io.js';
import { FakeDriver } from '../__fixtures__/fake-driver.js';
import { captureRunner, type Captured } from '../__fixtures__/action/capture.js';
import { DriverError } from '../src/docker/driver.js';
import { toDriverError } from '../src/docker/errors.js';
import { engineRestartRetry } from '../src/pipeline/run-builds.js';
import { constantValue } from '../src/config/constant.js';
import { parseExpressionText } from '../src/hcl/syntax/parser.js';

const BASE = '127.0.0.1:5000/busybox:latest';
let fake: FakeDriver;
jest.unstable_mockModule('../src/docker/connect.js', () => ({ connectDocker: () => fake }));
const { main } = await import('../src/cli/main.js');
const { runAction } = await import('../src/action/main.js');

// The failing provisioner's block starts on line 9; the post-processor's on line 15.
const TEMPLATE = `source "docker" "app" {
  image  = "${BASE}"
  commit = true
}

build {
  sources = ["source.docker.app"]

  provisioner "shell" {
    name   = "setup"
    inline = ["exit 3"]
  }
}
`;

const POST_PROCESSOR_TEMPLATE = `source "docker" "app" {
  image  = "${BASE}"
  commit = true
}

build {
  sources = ["source.docker.app"]
  provisioner "shell" {
    inline = ["true"]
  }
  post-processors {
    post-processor "docker-tag" {
      repository = "127.0.0.1:5000/app"
    }
    post-processor "docker-push" {}
  }
}
`;

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'repack-build-error-'));
  fake = new FakeDriver();
  fake.addRemoteImage(BASE, { Cmd: ['sh'] });
  fake.onExec((_id, spec) => ({ exitCode: /script_\d+\.sh/.test(spec.cmd.join(' ')) ? 3 : 0, stdout: '', stderr: '' }));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function cli(argv: string[]) {
  return runMain(main, argv, dir);
}

describe('the CLI', () => {
  test("prints where the failing provisioner is written, under the build's failure", async () => {
    writeFileSync(join(dir, 'app.pkr.hcl'), TEMPLATE);
    const r = await cli(['build', '-color=false', `-json-file=${join(dir, 'meta.json')}`, 'app.pkr.hcl']);
    expect(r.code).toBe(1);
    const lines = r.out.split('\n');
    const ended = lines.findIndex((l) => l.startsWith("Build 'docker.app' errored after"));
    expect(lines[ended]).toMatch(/: Script exited with non-zero exit status: 3\. Allowed exit codes are: \[0\]$/);
    expect(lines[ended + 1]).toBe('  on app.pkr.hcl line 9, in provisioner "shell":');
    const [meta] = JSON.parse(readFileSync(join(dir, 'meta.json'), 'utf8')) as { error: string; failures: unknown[] }[];
    expect(meta.error).toBe('Script exited with non-zero exit status: 3. Allowed exit codes are: [0]');
    expect(meta.failures).toEqual([
      {
        code: 'provisioner-failed',
        step: 'provisioner setup',
        message: meta.error,
        file: 'app.pkr.hcl',
        line: 9,
        block: 'provisioner "shell"',
      },
    ]);
  });

  test('a failing post-processor is located at its own block', async () => {
    writeFileSync(join(dir, 'app.pkr.hcl'), POST_PROCESSOR_TEMPLATE);
    fake.onExec(() => ({ exitCode: 0, stdout: '', stderr: '' }));
    fake.failOn('push', new DriverError('push 127.0.0.1:5000/app:latest: denied'));
    const r = await cli(['build', '-color=false', 'app.pkr.hcl']);
    expect(r.code).toBe(1);
    expect(r.out).toContain('  on app.pkr.hcl line 15, in post-processor "docker-push":');
  });

  test('a failure outside any block (the base image cannot be pulled) names no template line', async () => {
    writeFileSync(join(dir, 'app.pkr.hcl'), TEMPLATE);
    fake.failOn('pull', new DriverError('pull 127.0.0.1:5000/busybox:latest: manifest unknown'));
    const r = await cli(['build', '-color=false', 'app.pkr.hcl']);
    expect(r.code).toBe(1);
    expect(r.out).toContain("Build 'docker.app' errored after");
    expect(r.out).not.toMatch(/^ {2}on app\.pkr\.hcl line/m);
  });
});

describe('the action', () => {
  let cap: Captured;
  afterEach(() => cap.restore());

  test("annotates the failing provisioner's line, as the runner reads the step's output", async () => {
    cap = captureRunner({ template: 'app.pkr.hcl' });
    writeFileSync(join(cap.workspace, 'app.pkr.hcl'), TEMPLATE);
    await runAction();
    const errors = cap.commands().filter((c) => c.command === 'error');
    expect(errors[0]).toMatchObject({
      properties: { file: 'app.pkr.hcl', line: '9', title: 'Build \'docker.app\' errored in provisioner "shell"' },
      data: 'Script exited with non-zero exit status: 3. Allowed exit codes are: [0]',
    });
    // The step's failure message is the last error; the block's annotation comes first.
    expect(errors).toHaveLength(2);
    expect(errors[1].properties).toEqual({});
    expect(process.exitCode).toBe(1);
  });

  test('a failure outside any block is not annotated at a line', async () => {
    cap = captureRunner({ template: 'app.pkr.hcl' });
    writeFileSync(join(cap.workspace, 'app.pkr.hcl'), TEMPLATE);
    fake.failOn('pull', new DriverError('pull 127.0.0.1:5000/busybox:latest: manifest unknown'));
    await runAction();
    const errors = cap.commands().filter((c) => c.command === 'error');
    expect(errors.map((e) => e.properties.file)).toEqual([undefined]);
    const [meta] = JSON.parse(cap.outputs().get('metadata') ?? '') as { failures: unknown[] }[];
    expect(meta.failures).toEqual([{ code: 'builder-failed', step: 'pull', message: expect.stringContaining('manifest unknown') }]);
  });
});

describe('decisions branch on codes, not on message text', () => {
  test("cleanup waits for the engine when it is unreachable or dropped the connection, whatever the message's words", () => {
    const retry = engineRestartRetry({ error: () => undefined });
    const refused = toDriverError(
      Object.assign(new Error('connect ECONNREFUSED /var/run/docker.sock'), { code: 'ECONNREFUSED' }),
      'remove container',
      'unix:///x',
    );
    const reset = toDriverError(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }), 'remove container', 'unix:///x');
    expect([refused.code, reset.code]).toEqual(['daemon-unreachable', 'connection-lost']);
    expect(retry.retryable(refused)).toBe(true);
    expect(retry.retryable(reset)).toBe(true);
    // An engine's own answer that happens to quote those words is not an unreachable engine.
    expect(retry.retryable(new DriverError('remove container: Cannot connect to the Docker daemon (from a plugin)', 500))).toBe(false);
    expect(retry.retryable(new Error('socket hang up'))).toBe(false);
  });

  test('an unknown variable in a constant is "Variables not allowed" by its code', () => {
    const r = constantValue(parseExpressionText('nope', 'x.hcl').expr);
    expect(r.diagnostics.map((d) => [d.code, d.summary])).toEqual([['variables-not-allowed', 'Variables not allowed']]);
    const f = constantValue(parseExpressionText('upper("x")', 'x.hcl').expr);
    expect(f.diagnostics.map((d) => [d.code, d.summary])).toEqual([['functions-not-allowed', 'Function calls not allowed']]);
  });
});
