// `repack index create` arguments: what it refuses before asking any registry.
import { main } from '../src/cli/main.js';

async function run(args: string[]): Promise<{ code: number; err: string }> {
  let err = '';
  const code = await main(['index', ...args], { out: () => undefined, err: (s) => (err += s), isTTY: false, env: {}, cwd: '/' });
  return { code, err };
}

const D = `sha256:${'a'.repeat(64)}`;

test.each([
  [['create', D], 'Usage: repack index create'],
  [['create', '--tag', 'reg/app:v1'], 'Usage: repack index create'],
  [['create', '--tag', 'reg/app:v1', 'sha256:abc'], '"sha256:abc" is not a manifest digest'],
  [['create', '--tag', 'reg/app:v1', `reg/other@${D}`], `reg/other@${D} is in another repository than the index (reg/app)`],
  [['create', '--tag', 'reg/app:v1', '--tag', 'reg/b:v1', D], 'every --tag must name the same repository'],
])('index %j is refused: %s', async (args, message) => {
  const r = await run(args);
  expect(r.code).toBe(1);
  expect(r.err).toContain(message);
});

test('index without a subcommand prints its help', async () => {
  const r = await run([]);
  expect(r.code).toBe(0);
  expect(r.err).toContain('create   push an image index');
});
