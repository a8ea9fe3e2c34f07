// The runner emulation itself (__fixtures__/action/runner.ts), with stand-in steps instead of the bundle: every declared
// input reaches the step (an explicitly empty one stays empty), the header prints inputs and env masked by the job's
// secrets only, undeclared inputs get the runner's warning, and the cancel sequence signals node only.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ActionHarness, cancel, waitForOutput } from '../__fixtures__/action/runner.js';

let dist: string;
const harnesses: ActionHarness[] = [];
beforeAll(() => {
  dist = mkdtempSync(path.join(tmpdir(), 'repack-fake-dist-'));
  // Prints its inputs; with STUBBORN, ignores SIGINT and SIGTERM and starts a child that outlives it.
  writeFileSync(
    path.join(dist, 'index.js'),
    `const inputs = Object.fromEntries(Object.entries(process.env).filter(([k]) => k.startsWith('INPUT_')));
console.log(JSON.stringify(inputs));
if (process.env.STUBBORN) {
  process.on('SIGINT', () => console.log('got SIGINT'));
  process.on('SIGTERM', () => console.log('got SIGTERM'));
  const child = require('node:child_process').spawn('sleep', ['30'], { stdio: 'ignore' });
  console.log('child ' + child.pid);
  setInterval(() => {}, 1000);
}
`,
  );
});
afterAll(() => {
  harnesses.forEach((h) => h.dispose());
  rmSync(dist, { recursive: true, force: true });
});

function harness(o: ConstructorParameters<typeof ActionHarness>[0]): ActionHarness {
  const h = new ActionHarness({ ...o, dist });
  harnesses.push(h);
  return h;
}

test('every declared input is set: the with: value, an empty one too, else the default; undeclared ones are passed and warned about', async () => {
  const r = await harness({ inputs: { push: '', template: 'x.pkr.hcl', tags: 'a:1' } }).runMain();
  const inputs = JSON.parse(r.log.find((l) => l.startsWith('{')) ?? '{}') as Record<string, string>;
  expect(inputs.INPUT_PUSH).toBe('');
  expect(inputs.INPUT_TEMPLATE).toBe('x.pkr.hcl');
  expect(inputs['INPUT_ON-ERROR']).toBe('cleanup');
  expect(inputs.INPUT_TAGS).toBe('a:1');
  expect(r.commands[0]).toMatchObject({ command: 'warning', data: expect.stringMatching(/^Unexpected input\(s\) 'tags', valid inputs are \['template', /) });
});

test("the header prints inputs and env before the step, masked by the job's secrets only", async () => {
  const r = await harness({
    inputs: { variables: 'password=hunter2\ntoken=t0ken-value' },
    env: { PKR_VAR_x: 't0ken-value' },
    jobSecrets: ['t0ken-value'],
  }).runMain();
  const header = r.log.slice(
    0,
    r.log.findIndex((l) => l.startsWith('{')),
  );
  expect(header).toEqual(expect.arrayContaining(['Run ./', '  with:', '    variables: password=hunter2', '      token=***', '  env:', '    PKR_VAR_x: ***']));
});

test('the cancel sequence: SIGINT, SIGTERM, then SIGKILL of node only — its child lives on', async () => {
  const h = harness({ env: { STUBBORN: '1' } });
  const { child, result } = h.startMain();
  await waitForOutput(child, /child \d+/, 10_000);
  const c = await cancel(child, { sigint: 400, sigterm: 300 });
  const r = await result;
  expect(c.endedBy).toBe('SIGKILL');
  expect(c.ms).toBeGreaterThanOrEqual(700);
  expect(r.signal).toBe('SIGKILL');
  expect(r.log).toEqual(expect.arrayContaining(['got SIGINT', 'got SIGTERM']));
  const pid = Number(/child (\d+)/.exec(r.stdout)?.[1]);
  expect(() => process.kill(pid, 0)).not.toThrow();
  process.kill(pid, 'SIGKILL');
});
