// What `repack build` writes when a template holds sensitive values, through main() as a user runs it, with the
// engine's Docker connection replaced by the in-memory driver: every copy of a secret is masked in the UI, the -json
// metadata on stdout and the -json-file — including when one write holds the secret several times, and when the
// metadata itself carries the secret (a tag made from a sensitive variable).
import { jest } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runMain } from '../__fixtures__/cli-io.js';
import { FakeDriver } from '../__fixtures__/fake-driver.js';

const BASE = '127.0.0.1:5000/debian:bookworm';
const SECRET = 'Sv9Zq-unit-do-not-print';
const OTHER = 'pw-7Hk2-unit-do-not-print';
const DEFAULT = 'dflt-Q3w-unit-do-not-print';
let fake: FakeDriver;
jest.unstable_mockModule('../src/docker/connect.js', () => ({ connectDocker: () => fake }));
const { main } = await import('../src/cli/main.js');

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'repack-cli-mask-'));
  fake = new FakeDriver();
  fake.addRemoteImage(BASE, { Cmd: ['bash'] });
  // The build's shell prints every line of its script back, as `echo` would.
  fake.onExec((id, spec) => {
    const script = /chmod \+x (\S+);/.exec(spec.cmd[2])?.[1];
    const text = script ? (fake.fileIn(id, script)?.toString() ?? '') : '';
    const echoed = [...text.matchAll(/^echo "(.*)"$/gm)].map((m) => `${m[1]}\n`).join('');
    return { exitCode: 0, stdout: echoed, stderr: echoed };
  });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function run(argv: string[]) {
  return runMain(main, argv, dir);
}

const TEMPLATE = `
variable "token" {
  type      = string
  sensitive = true
}
variable "other" {
  type      = string
  sensitive = true
}
variable "from_default" {
  type      = string
  sensitive = true
  default   = "${DEFAULT}"
}
source "docker" "a" {
  image  = "${BASE}"
  commit = true
}
build {
  name    = "m"
  sources = ["source.docker.a"]
  provisioner "shell" {
    inline = ["echo \\"twice: \${var.token} and \${var.token}, then \${var.other}\${var.token}\\"", "echo \\"default: \${var.from_default}\\""]
  }
  post-processor "docker-tag" {
    repository = "unit/masked"
    tags       = [var.token, "plain"]
  }
}
`;

function expectNoSecret(where: string, text: string): void {
  for (const s of [SECRET, OTHER, DEFAULT]) {
    const at = text.indexOf(s);
    if (at >= 0) throw new Error(`${where} shows ${s}: …${JSON.stringify(text.slice(Math.max(0, at - 120), at + 60))}…`);
  }
}

test('every copy of a secret is masked in the UI, the -json metadata and the -json-file', async () => {
  writeFileSync(join(dir, 't.pkr.hcl'), TEMPLATE);
  const r = await run(['build', '-var', `token=${SECRET}`, '-var', `other=${OTHER}`, '-json', '-json-file', join(dir, 'meta.json'), 't.pkr.hcl']);
  expect(r.code).toBe(0);
  // The secret did reach the engine: the image is tagged with it.
  expect(fake.tags.has(`unit/masked:${SECRET}`)).toBe(true);
  // One write, several copies — each one masked, also when two secrets touch.
  expect(r.err).toContain('twice: <sensitive> and <sensitive>, then <sensitive><sensitive>');
  // A sensitive default is as secret as a value given on the command line.
  expect(r.err).toContain('default: <sensitive>');
  expectNoSecret('stderr', r.err);
  expectNoSecret('stdout', r.out);
  const file = readFileSync(join(dir, 'meta.json'), 'utf8');
  expectNoSecret('the -json-file', file);
  // The metadata did hold the secret (the tag), and is otherwise intact.
  for (const text of [r.out, file]) {
    const [meta] = JSON.parse(text) as { tags: string[] }[];
    expect(meta.tags).toEqual(['unit/masked:<sensitive>', 'unit/masked:plain']);
  }
});

test('without -json the UI is on stdout, masked the same way', async () => {
  writeFileSync(join(dir, 't.pkr.hcl'), TEMPLATE);
  const r = await run(['build', '-var', `token=${SECRET}`, '-var', `other=${OTHER}`, '-json-file', join(dir, 'meta.json'), 't.pkr.hcl']);
  expect(r.code).toBe(0);
  expect(r.out).toContain('twice: <sensitive> and <sensitive>');
  expectNoSecret('stdout', r.out);
  expectNoSecret('stderr', r.err);
  expectNoSecret('the -json-file', readFileSync(join(dir, 'meta.json'), 'utf8'));
});
