// What the action writes to stdout, as the runner reads it. Text the runner must not execute — the runner honours
// `::cmd::` at the start of a line and the legacy `##[cmd]` anywhere in one, and a build's output, an error message
// from a registry or a value with a line break in it can hold either — is printed only inside a
// `::stop-commands::<token>` region (the runner executes nothing there but the token that ends it, which nobody else
// knows); every command of repack's own ends the region first. Sensitive values are replaced by `<sensitive>` in
// all text.
import { randomBytes } from 'node:crypto';
import { EOL } from 'node:os';
import { Masker } from '../pipeline/secret-mask.js';

/** The sensitive values of this process; applied to every text and command it prints (add-mask aside). */
export const secrets = new Masker();

let stopToken: string | undefined;

let writingOwn = false;

export function writeLine(line: string): void {
  writingOwn = true;
  try {
    process.stdout.write(line + EOL);
  } finally {
    writingOwn = false;
  }
}

/** A workflow command as @actions/core writes it: `::name::` or `::name props::` at the start of the line. */
const CORE_COMMAND = /^::[A-Za-z][\w-]*(?: [^\r\n]*?)?::/;

/**
 * Libraries that write to stdout themselves (@actions/cache, through @actions/core) are routed through this module:
 * their commands (`::debug::`, `::add-mask::` of a signed URL) are issued outside a stop-commands region, so the
 * runner still executes them, and their other text goes inside one, masked. Returns the function that undoes it.
 */
export function adoptForeignOutput(): () => void {
  const stdout = process.stdout;
  const original = stdout.write;
  let partial = '';
  const foreign = (text: string): void => {
    const lines = (partial + text).split(/\r?\n/);
    partial = lines.pop() ?? '';
    for (const line of lines) {
      if (CORE_COMMAND.test(line)) {
        resumeCommands();
        writeLine(line);
      } else writeText(line);
    }
  };
  const write = function (this: NodeJS.WriteStream, chunk: unknown, ...rest: unknown[]): boolean {
    if (writingOwn) return (original as (...args: unknown[]) => boolean).call(this, chunk, ...rest);
    foreign(typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString('utf8'));
    const callback = rest.find((r): r is () => void => typeof r === 'function');
    callback?.();
    return true;
  };
  stdout.write = write as typeof stdout.write;
  return () => {
    if (partial !== '') foreign('\n');
    stdout.write = original;
  };
}

/** Ends the region in which the runner executes no command, if one is open. */
export function resumeCommands(): void {
  if (stopToken === undefined) return;
  writeLine(`::${stopToken}::`);
  stopToken = undefined;
}

function stopCommands(): void {
  if (stopToken !== undefined) return;
  // Random per region: text printed in one region cannot know the token of the next.
  stopToken = `repack-${randomBytes(16).toString('hex')}`;
  writeLine(`::stop-commands::${stopToken}`);
}

/** Text for the log: inside a stop-commands region, masked. */
export function writeText(message: string): void {
  stopCommands();
  writeLine(secrets.apply(message));
}
