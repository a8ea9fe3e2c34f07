// The bundled action under the runner emulation (__fixtures__/action/runner.ts + runner-protocol.ts), against the
// real engine: a registry answering with crafted errors commands nothing, a secret passed as the docs say stays out
// of the log (header included), and a cancel ends the step at the runner's first signal with nothing left behind.
// Rebuild the bundle first: node scripts/bundle.mjs --out DIR, and set REPACK_DIST=DIR (or npm run bundle).
import { execFileSync } from 'node:child_process';
import { cpSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { ActionHarness, cancel, type HarnessOptions, ROOT, waitForOutput } from '../__fixtures__/action/runner.js';
import { identityOf, RUN_LABEL } from '../src/action/run-identity.js';

const FIXTURES = path.join(ROOT, '__fixtures__', 'action');
const FORGED_NONCE = 'f'.repeat(64);
const SECRET = `s3cr3t-${Date.now().toString(36)}-value`;

const harnesses: ActionHarness[] = [];
afterAll(() => harnesses.forEach((h) => h.dispose()));

function runner(o: HarnessOptions, fixture: string): ActionHarness {
  const h = new ActionHarness(o);
  cpSync(path.join(FIXTURES, fixture), path.join(h.workspace, fixture), { recursive: true });
  harnesses.push(h);
  return h;
}

function containersLabelled(label: string): string[] {
  return execFileSync('docker', ['ps', '-aq', '--no-trunc', '--filter', `label=${label}`], { encoding: 'utf8' })
    .split('\n')
    .filter(Boolean);
}

/** A registry whose every answer but /v2/ is an error with runner commands in its message. */
function hostileRegistry(): Promise<{ server: http.Server; host: string }> {
  const message = [
    'denied',
    `::save-state name=run::${FORGED_NONCE}`,
    '##[add-mask]the',
    '::stop-commands::hijacked',
    '::error file=/etc/passwd::forged annotation',
    'tail ##[set-output name=digest;]sha256:0',
  ].join('\n');
  const server = http.createServer((req, res) => {
    const headers = { 'Docker-Distribution-API-Version': 'registry/2.0', 'Content-Type': 'application/json' };
    if (req.url === '/v2/' || req.url === '/v2') {
      res.writeHead(200, headers);
      res.end('{}');
      return;
    }
    res.writeHead(404, headers);
    res.end(JSON.stringify({ errors: [{ code: 'MANIFEST_UNKNOWN', message, detail: null }] }));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, host: `127.0.0.1:${(server.address() as AddressInfo).port}` })));
}

describe('a registry answering with runner commands in its error', () => {
  let registry: { server: http.Server; host: string };
  beforeAll(async () => {
    registry = await hostileRegistry();
  });
  afterAll(() => registry.server.close());

  test('fails the build with its message in the log; the runner executes none of it; the post step removes nothing else', async () => {
    const h = runner(
      {
        inputs: { template: 'hostile', variables: JSON.stringify({ image: `${registry.host}/evil:latest` }), tags: 'ghcr.io/o/a:1' },
        env: { PKR_VAR_password: SECRET },
        jobSecrets: [SECRET],
      },
      'hostile',
    );
    const main = await h.runMain();
    expect(main.exitCode).toBe(1);
    const names = main.commands.map((c) => c.command.toLowerCase());
    expect(names.filter((n) => !['group', 'endgroup', 'error', 'warning', 'debug', 'add-mask'].includes(n))).toEqual([]);
    expect(main.commands.filter((c) => c.command === 'add-mask').map((c) => c.data)).toEqual([SECRET]);
    expect(main.commands.filter((c) => c.properties.file === '/etc/passwd' || c.data.includes('forged'))).toEqual([]);
    // The registry's lines are in the log, as text.
    expect(main.log.some((l) => l.includes(`::save-state name=run::${FORGED_NONCE}`))).toBe(true);
    expect(main.log.some((l) => l.includes('tail ##[set-output name=digest;]sha256:0'))).toBe(true);
    // The state is the run's own; the runner's unexpected-input warning came from the header.
    expect(main.state.get('run')).not.toBe(FORGED_NONCE);
    expect(main.commands[0]).toMatchObject({ command: 'warning', data: expect.stringContaining("Unexpected input(s) 'tags'") });
    // The secret given as `env: PKR_VAR_x: ${{ secrets.X }}` is masked in the header and never printed by repack.
    expect(main.log).toContain('    PKR_VAR_password: ***');
    expect(main.stdout.split('\n').filter((l) => l.includes(SECRET))).toEqual([`::add-mask::${SECRET}`]);
    const post = await h.runPost();
    expect(post.exitCode).toBe(0);
    expect(post.commands.filter((c) => c.command === 'warning' || c.command === 'error')).toEqual([]);
  }, 120_000);
});

test("the step header shows a value given in `variables` as it is: a template's `sensitive` cannot reach back to it", async () => {
  const h = runner({ inputs: { template: 'hostile', variables: JSON.stringify({ image: 'no-such-registry.invalid/x', password: SECRET }) } }, 'hostile');
  const main = await h.runMain();
  expect(main.log.some((l) => l.includes(SECRET))).toBe(true); // the header, before the action runs
  expect(main.log.filter((l) => l.includes(SECRET)).every((l) => l.startsWith('    variables: '))).toBe(true);
}, 120_000);

test("a cancel ends the step at the runner's SIGINT, well before SIGTERM; the post step leaves nothing of the run", async () => {
  const tag = `c${Date.now().toString(36)}`;
  const h = runner({ inputs: { template: 'busybox', variables: `tag=${tag}\nsleep=60` } }, 'busybox');
  const { child, result } = h.startMain();
  await waitForOutput(child, 'provisioning-started', 120_000);
  const cancelled = await cancel(child);
  const main = await result;
  expect(cancelled.endedBy).toBe('SIGINT');
  expect(cancelled.ms).toBeLessThan(7500);
  expect(main.exitCode).toBe(1);
  expect(main.commands.at(-1)).toMatchObject({ command: 'error', data: 'The build was cancelled.' });
  const run = identityOf(main.state.get('run') ?? '');
  if (!run) throw new Error('the main step saved no run identity');
  const label = `${RUN_LABEL}=${run.label}`;
  try {
    expect(containersLabelled(label)).toEqual([]);
    const post = await h.runPost();
    expect(post.exitCode).toBe(0);
  } finally {
    for (const id of containersLabelled(label)) execFileSync('docker', ['rm', '-f', id]);
  }
  console.log(`cancel: the step ended ${cancelled.ms} ms after SIGINT`);
}, 180_000);
