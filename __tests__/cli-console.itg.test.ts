// `repack console` on a real terminal: `script` gives the bundled CLI a pseudo-terminal, so it runs as the
// interactive REPL a user sees, prompt included, and ends on `exit`.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..');

test('the interactive console evaluates what is typed at its prompt, with the template variables', () => {
  const cli = `node ${join(ROOT, 'dist/cli/index.js')} console -var tag=9.9 examples/docker-ubuntu`;
  const typed = 'var.tag\nupper("${var.repository}:${var.tag}")\nnope(1)\nexit\n';
  const r = spawnSync('script', ['-qfec', cli, '/dev/null'], { cwd: ROOT, input: typed, encoding: 'utf8', timeout: 30_000 });
  // The screen as lines, without carriage returns, cursor movements and the prompt.
  // eslint-disable-next-line no-control-regex
  const screen = r.stdout.replace(/\r/g, '').replace(/\x1b\[[0-9;]*[A-Za-z]/g, '');
  const lines = screen.split('\n').map((l) => l.replace(/^> /, ''));
  expect(r.status).toBe(0);
  expect(screen).toContain('> ');
  expect(lines).toContain('9.9');
  expect(lines).toContain('127.0.0.1:5000/DOCKER-EXAMPLE:9.9');
  expect(screen).toContain('Call to unknown function');
});
