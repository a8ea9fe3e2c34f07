// SIGTERM / SIGINT mid-provision and a provisioner timeout, through the bundled CLI (what users run): exit 1 as
// Packer (it exits 1 on an interrupted build, measured with 1.6.6), its cleanup messages, and nothing left — no
// container or image with the build's label, no temp file, no tag. A second SIGINT exits 130 at once, after removing
// the build's container.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connectDocker } from '../src/docker/connect.js';

const ROOT = join(import.meta.dirname, '..');
const driver = connectDocker();
const run = Date.now().toString(36);
let work: string;
let cli: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'repack-signals-'));
  const out = join(work, 'dist');
  // The bundle as CI ships it, made from the current sources (dist/ itself is the lead's to commit).
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts/bundle.mjs'), '--out', out], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`node scripts/bundle.mjs failed:\n${r.stderr}`);
  cli = join(out, 'cli/index.js');
}, 120_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

interface Scenario {
  name: string;
  provisioner: string;
  /** Signals to send once "provisioning-now" is printed, with the delay before each. */
  signals: [NodeJS.Signals, number][];
}

function template(source: string, repository: string, provisioner: string): string {
  return `source "docker" "${source}" {
  image  = "127.0.0.1:5000/busybox:latest"
  commit = true
}
build {
  sources = ["source.docker.${source}"]
  provisioner "shell" {
${provisioner}
  }
  post-processor "docker-tag" {
    repository = "${repository}"
    tags       = ["1"]
  }
}
`;
}

interface Outcome {
  code: number | null;
  out: string;
  build: string;
  repository: string;
  dir: string;
  ms: number;
}

async function build(s: Scenario): Promise<Outcome> {
  const source = `sig_${s.name}_${run}`;
  const repository = `127.0.0.1:5000/repack-signals-${s.name}-${run}`;
  const dir = join(work, s.name);
  mkdirSync(join(dir, 'tmp'), { recursive: true });
  writeFileSync(join(dir, 'template.pkr.hcl'), template(source, repository, s.provisioner));
  const started = Date.now();
  const child = spawn(process.execPath, [cli, 'build', '-color=false', 'template.pkr.hcl'], {
    cwd: dir,
    env: { ...process.env, TMPDIR: join(dir, 'tmp') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let sent = false;
  const take = (b: Buffer) => {
    out += b.toString();
    if (!sent && s.signals.length > 0 && out.includes('provisioning-now')) {
      sent = true;
      let at = 0;
      for (const [sig, delay] of s.signals) setTimeout(() => child.kill(sig), (at += delay));
    }
  };
  child.stdout.on('data', take);
  child.stderr.on('data', take);
  const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
  const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
  clearTimeout(timer);
  return { code, out, build: `docker.${source}`, repository, dir, ms: Date.now() - started };
}

async function expectNothingLeft(o: Outcome): Promise<void> {
  // A container removed by the forced exit may still be going: give the engine a moment.
  for (let i = 0; i < 20 && (await driver.listContainers(`io.repack.build=${o.build}`)).length > 0; i++) await new Promise((r) => setTimeout(r, 250));
  expect(await driver.listContainers(`io.repack.build=${o.build}`)).toEqual([]);
  const images = await driver.listImages(`io.repack.build=${o.build}`);
  for (const i of images) await driver.removeImage(i.id, { force: true }); // cleanup first, then fail
  expect(images.map((i) => i.id)).toEqual([]);
  expect(await driver.inspectImage(`${o.repository}:1`)).toBeUndefined();
  expect(readdirSync(join(o.dir, 'tmp'))).toEqual([]);
  expect(o.out).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
}

const SLEEP = '    inline = ["echo provisioning-now", "sleep 30"]';

describe.each(['SIGTERM', 'SIGINT'] as const)('%s mid-provision', (sig) => {
  test('exit 1, Packer’s messages, nothing left', async () => {
    const o = await build({ name: sig.toLowerCase(), provisioner: SLEEP, signals: [[sig, 0]] });
    expect(o.code).toBe(1);
    expect(o.out).toContain(`Cancelling build after receiving ${sig}`);
    expect(o.out).toMatch(/==> docker\.sig_\w+: Killing the container: [0-9a-f]{64}/);
    expect(o.out).toContain('Cleanly cancelled builds after being interrupted.');
    expect(o.ms).toBeLessThan(15_000);
    await expectNothingLeft(o);
  });
});

test('a provisioner timeout: exit 1, the timeout named, nothing left', async () => {
  const o = await build({ name: 'timeout', provisioner: `${SLEEP}\n    timeout = "2s"`, signals: [] });
  expect(o.code).toBe(1);
  expect(o.out).toContain('timed out after 2s');
  expect(o.out).toMatch(/Killing the container/);
  expect(o.ms).toBeLessThan(15_000);
  await expectNothingLeft(o);
});

test('a second SIGINT exits 130 at once, removing the container first', async () => {
  const o = await build({
    name: 'twice',
    provisioner: SLEEP,
    signals: [
      ['SIGINT', 0],
      ['SIGINT', 30],
    ],
  });
  expect(o.code).toBe(130);
  expect(o.out).toContain('Cancelling build after receiving SIGINT');
  expect(o.out).toMatch(/Interrupted again: exiting after removing 1 container\(s\)\./);
  expect(o.ms).toBeLessThan(15_000);
  await expectNothingLeft(o);
});
