// Secrets and hostile values, through the CLI and the action against a private engine and registry:
// - sensitive values (a variable marked sensitive, a registry password) never appear in stdout, stderr, the
//   metadata JSON, the action's outputs or job summary — the action's only mention is its own ::add-mask:: line;
// - variable values with quotes, $(), backticks, semicolons and newlines passed through environment_vars / env
//   arrive byte for byte and never execute.
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeIfRoot, PrivateDaemon } from '../__fixtures__/reliability/daemon.js';
import { PrivateRegistry } from '../__fixtures__/reliability/registry.js';
import { ACTION, expectNoStack, leftovers, runCli, scenarioDir, writeTemplate } from '../__fixtures__/reliability/harness.js';

const BUSYBOX = '127.0.0.1:5000/busybox:latest';
const SECRET = 'hunter2-Sv9Zq-do-not-print';
const PASSWORD = 'reg1stry-PW-x7Q-do-not-print';
const LITERAL_PASSWORD = 'literal-PW-k3M-do-not-print';
const HOSTILE = `a'b"c $(touch /pwned-dollar) \`touch /pwned-backtick\` ; touch /pwned-semicolon && echo x || echo y
touch /pwned-newline $((6*7)) \${HOME} %s \\n \\ end`;

describeIfRoot('reliability: secrets and hostile values', () => {
  let work: string;
  let daemon: PrivateDaemon;
  let registry: PrivateRegistry;

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'repack-rel-secrets-'));
    chmodSync(work, 0o755);
    daemon = new PrivateDaemon(join(work, 'engine'));
    registry = new PrivateRegistry(join(work, 'registry'));
    await Promise.all([daemon.start(), registry.start()]);
    await daemon.seed('busybox:latest');
  }, 60_000);

  afterAll(async () => {
    await Promise.all([daemon?.stop(), registry?.stop()]);
    rmSync(work, { recursive: true, force: true });
  });

  function secretTemplate(tag: string): string {
    return `
variable "token" {
  type      = string
  sensitive = true
}
variable "registry_password" {
  type      = string
  sensitive = true
}
source "docker" "b" {
  image   = "${BUSYBOX}"
  commit  = true
  changes = ["LABEL token_length=\${length(var.token)}"]
}
build {
  name    = "sec"
  sources = ["source.docker.b"]
  provisioner "shell" {
    environment_vars = ["TOKEN=\${var.token}"]
    inline = ["echo \\"token is $TOKEN\\"", "echo \\"inline \${var.token}\\" >&2", "echo \\"$TOKEN\\" > /token"]
  }
  post-processors {
    post-processor "docker-tag" {
      repository = "${tag.slice(0, tag.lastIndexOf(':'))}"
      tags       = ["${tag.slice(tag.lastIndexOf(':') + 1)}"]
    }
    post-processor "docker-push" {
      login          = true
      login_server   = "${registry.address}"
      login_username = "builder"
      login_password = var.registry_password
    }
  }
  post-processors {
    post-processor "docker-tag" {
      repository = "${tag.slice(0, tag.lastIndexOf(':'))}"
      tags       = ["literal"]
    }
    post-processor "docker-push" {
      login          = true
      login_server   = "${registry.address}"
      login_username = "builder"
      login_password = "${LITERAL_PASSWORD}"
    }
  }
}
`;
  }

  function expectNoSecrets(where: string, text: string): void {
    for (const s of [SECRET, PASSWORD, LITERAL_PASSWORD]) {
      const at = text.indexOf(s);
      if (at >= 0) throw new Error(`${where} contains the secret ${s}: …${JSON.stringify(text.slice(Math.max(0, at - 300), at + 100))}…`);
    }
  }

  /**
   * The runner's view of an action's log: a value registered with ::add-mask:: is hidden from then on. A secret
   * printed before its mask (or never masked) is a leak.
   */
  function expectMaskedBeforeShown(log: string, secrets: string[]): void {
    const masks = new Set<string>();
    for (const line of log.split(/\r?\n/)) {
      const mask = /^::add-mask::(.*)$/.exec(line);
      if (mask) {
        masks.add(mask[1]);
        continue;
      }
      const leaked = secrets.find((s) => line.includes(s) && !masks.has(s));
      if (leaked) throw new Error(`the action log shows ${leaked} before masking it: ${JSON.stringify(line)}`);
    }
  }

  test('the CLI never prints a sensitive value, in the UI, the metadata or the JSON file', async () => {
    const dir = scenarioDir(join(work, 'runs'), 'cli');
    const tag = `${registry.address}/rel-secret:cli`;
    writeTemplate(dir, secretTemplate(tag));
    const run = await runCli(['build', '-var', `token=${SECRET}`, '-json', '-json-file', 'meta.json', 'template.pkr.hcl'], {
      cwd: dir,
      env: { ...daemon.env, PKR_VAR_registry_password: PASSWORD },
    });
    expectNoStack(run.all);
    expect(run.code).toBe(0);
    expect(run.err).toContain('token is <sensitive>');
    expect(run.err).toContain('inline <sensitive>');
    expectNoSecrets('stdout', run.out);
    expectNoSecrets('stderr', run.err);
    expectNoSecrets('the JSON file', readFileSync(join(dir, 'meta.json'), 'utf8'));
    // The value did reach the build: only its display is masked.
    const image = await daemon.driver.inspectImage(tag);
    expect(image?.config.Labels?.token_length).toBe(String(SECRET.length));
    expect(await registry.digest('rel-secret', 'cli')).toMatch(/^sha256:/);
    expect((await leftovers(daemon.driver, daemon.socket, dir)).containers).toEqual([]);
  });

  test('a failing build with a sensitive value in its error message masks it too', async () => {
    const dir = scenarioDir(join(work, 'runs'), 'cli-fail');
    writeTemplate(
      dir,
      `variable "token" {\n  type      = string\n  sensitive = true\n}\nsource "docker" "b" {\n  image  = "${BUSYBOX}"\n  commit = true\n}\nbuild {\n  sources = ["source.docker.b"]\n  provisioner "shell" {\n    inline = ["echo failing with \${var.token}", "exit 3"]\n  }\n}\n`,
    );
    const run = await runCli(['build', '-var', `token=${SECRET}`, 'template.pkr.hcl'], { cwd: dir, env: daemon.env });
    expectNoStack(run.all);
    expect(run.all).toContain('failing with <sensitive>');
    expect(run.code).toBe(1);
    expectNoSecrets('output', run.all);
  });

  test('a diagnostic quoting a sensitive value masks it, in build and validate', async () => {
    const dir = scenarioDir(join(work, 'runs'), 'diag');
    writeTemplate(
      dir,
      `variable "token" {\n  type      = string\n  sensitive = true\n}\nsource "docker" "b" {\n  image  = "${BUSYBOX}"\n  commit = true\n}\nbuild {\n  sources = ["source.docker.b"]\n  post-processor "docker-tag" {\n    repository = "rel/\${var.token}"\n    tags = ["x"]\n  }\n}\n`,
    );
    // As Packer, validate passes (with a warning here) and docker-tag fails when it runs.
    for (const command of ['build', 'validate']) {
      const run = await runCli([command, '-var', `token=${SECRET}`, 'template.pkr.hcl'], { cwd: dir, env: daemon.env });
      expectNoStack(run.all);
      expect(run.code).toBe(command === 'build' ? 1 : 0);
      expect(run.err).toContain(command === 'build' ? 'is not a valid repository name' : 'Invalid repository');
      expectNoSecrets(`${command} output`, run.all);
    }
  });

  test('the action never puts a sensitive value in its log, outputs or job summary', async () => {
    const dir = scenarioDir(join(work, 'runs'), 'action');
    const tag = `${registry.address}/rel-secret:action`;
    writeTemplate(dir, secretTemplate(tag));
    const outputs = join(dir, 'github_output');
    const summary = join(dir, 'step_summary');
    writeFileSync(outputs, '');
    writeFileSync(summary, '');
    const run = await runCli([], {
      entry: ACTION,
      cwd: dir,
      env: {
        ...daemon.env,
        GITHUB_OUTPUT: outputs,
        GITHUB_STEP_SUMMARY: summary,
        GITHUB_WORKSPACE: dir,
        INPUT_TEMPLATE: 'template.pkr.hcl',
        INPUT_VARIABLES: JSON.stringify({ token: SECRET, registry_password: PASSWORD }),
      },
    });
    expectNoStack(run.all);
    expect(run.all).toContain(`::add-mask::${SECRET}`);
    expect(run.all).toContain(`::add-mask::${PASSWORD}`);
    expect(run.all).toContain(`::add-mask::${LITERAL_PASSWORD}`);
    expectMaskedBeforeShown(run.out, [SECRET, PASSWORD, LITERAL_PASSWORD]);
    expectMaskedBeforeShown(run.err, [SECRET, PASSWORD, LITERAL_PASSWORD]);
    const out = readFileSync(outputs, 'utf8');
    expect(out).toContain('digest');
    expectNoSecrets('GITHUB_OUTPUT', out);
    expectNoSecrets('the job summary', readFileSync(summary, 'utf8'));
    expect(run.code).toBe(0);
  });

  test.each([
    ['environment_vars', 'environment_vars = ["V=${var.v}"]'],
    ['env', 'env = { V = var.v }'],
  ])('hostile values through %s arrive verbatim and never execute', async (_name, attr) => {
    const dir = scenarioDir(join(work, 'runs'), `inject-${_name}`);
    const tag = `rel/inject-${_name.replace('_', '-')}:1`;
    writeTemplate(
      dir,
      `variable "v" {\n  type = string\n}\nsource "docker" "b" {\n  image  = "${BUSYBOX}"\n  commit = true\n}\nbuild {\n  sources = ["source.docker.b"]\n  provisioner "shell" {\n    ${attr}\n    inline = ["printf '%s' \\"$V\\" > /value", "ls / > /listing"]\n  }\n  post-processor "docker-tag" {\n    repository = "${tag.split(':')[0]}"\n    tags = ["1"]\n  }\n}\n`,
    );
    const run = await runCli(['build', '-var', `v=${HOSTILE}`, 'template.pkr.hcl'], { cwd: dir, env: daemon.env });
    expectNoStack(run.all);
    expect(run.code).toBe(0);
    const c = await daemon.driver.createContainer({ image: tag, entrypoint: ['/bin/sh'], tty: true, openStdin: true });
    try {
      await daemon.driver.startContainer(c);
      const value = await daemon.driver.exec(c, { cmd: ['cat', '/value'] });
      expect(value.stdout).toBe(HOSTILE);
      const pwned = await daemon.driver.exec(c, { cmd: ['sh', '-c', 'ls / | grep pwned || true'] });
      expect(pwned.stdout).toBe('');
    } finally {
      await daemon.driver.removeContainer(c);
    }
  });
});
