// What a command needs from the outside world; main.ts's Io fits it. Standard input is read only by commands that
// take `-` or a pipe (fmt, console), through `readStdin`, so tests can give it.
import { readFileSync } from 'node:fs';

export interface CommandIo {
  out: (s: string) => void;
  err: (s: string) => void;
  isTTY: boolean;
  env: Record<string, string | undefined>;
  cwd: string;
  readStdin?: () => string;
  /** Is standard input a terminal (console goes interactive)? */
  stdinIsTTY?: boolean;
}

export function readStdin(io: CommandIo): string {
  if (io.readStdin) return io.readStdin();
  try {
    return readFileSync(0, 'utf8');
  } catch (e: unknown) {
    if ((e as NodeJS.ErrnoException).code === 'EAGAIN' || (e as NodeJS.ErrnoException).code === 'EOF') return '';
    throw e;
  }
}
