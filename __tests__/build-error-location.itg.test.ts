// A provisioner that fails points at its block in both fronts, run as processes from a bundle of the current sources
// (dist/ as scripts/bundle.mjs lays it out: launchers, entry bundles, shared chunks) against the real engine: the CLI
// prints `on FILE line N, in provisioner "shell":` under the failure, and the action, run as the GitHub runner runs it,
// annotates the line (`::error file=…,line=N::`).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ActionHarness } from '../__fixtures__/action/runner.js';
import { tempBundle } from '../__fixtures__/bundle.js';
import { connectDocker } from '../src/docker/connect.js';

const driver = connectDocker();
const run = `errloc${Date.now().toString(36)}`;
let work: string;
let dist: string;
const harnesses: ActionHarness[] = [];

beforeAll(() => {
  ({ work, dist } = tempBundle('repack-error-location-'));
}, 120_000);

afterAll(async () => {
  harnesses.forEach((h) => h.dispose());
  for (const source of ['cli', 'action'])
    for (const id of await driver.listContainers(`io.repack.build=docker.${run}${source}`)) await driver.removeContainer(id);
  if (work) rmSync(work, { recursive: true, force: true });
});

/** The failing provisioner's block starts on line 9. */
function template(dir: string, source: string): void {
  writeFileSync(
    join(dir, 'app.pkr.hcl'),
    `source "docker" "${source}" {
  image   = "127.0.0.1:5000/busybox:latest"
  discard = true
}

build {
  sources = ["source.docker.${source}"]

  provisioner "shell" {
    inline = ["echo before", "exit 3"]
  }
}
`,
  );
}

test('the CLI prints where the failing provisioner is written', () => {
  const dir = mkdtempSync(join(work, 'cli-'));
  template(dir, `${run}cli`);
  const r = spawnSync(process.execPath, [join(dist, 'cli/index.js'), 'build', '-color=false', 'app.pkr.hcl'], { cwd: dir, encoding: 'utf8' });
  expect(r.status).toBe(1);
  const lines = r.stdout.split('\n');
  const ended = lines.findIndex((l) => l.startsWith(`Build 'docker.${run}cli' errored after`));
  expect(lines[ended]).toContain('Script exited with non-zero exit status: 3');
  expect(lines[ended + 1]).toBe('  on app.pkr.hcl line 9, in provisioner "shell":');
});

test('the action annotates the failing provisioner’s line, as the runner reads it', async () => {
  const h = new ActionHarness({ dist, inputs: { template: 'app.pkr.hcl' } });
  harnesses.push(h);
  template(h.workspace, `${run}action`);
  const r = await h.runMain();
  expect(r.exitCode).toBe(1);
  const errors = r.commands.filter((c) => c.command === 'error');
  expect(errors[0]).toMatchObject({
    properties: { file: 'app.pkr.hcl', line: '9', title: `Build 'docker.${run}action' errored in provisioner "shell"` },
  });
  expect(errors[0].data).toContain('Script exited with non-zero exit status: 3');
});
