// The CLI's main() run as a user at a non-terminal runs it, with what it prints kept apart.
import type { main as cliMain } from '../src/cli/main.js';

/** Runs `main` (passed in, so a test may first mock what it imports) in `cwd`, with no environment and no stdin. */
export async function runMain(main: typeof cliMain, argv: string[], cwd: string): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io = { out: (s: string) => (out += s), err: (s: string) => (err += s), isTTY: false, env: {}, cwd, readStdin: () => '', stdinIsTTY: false };
  const code = await main(argv, io);
  return { code, out, err };
}
