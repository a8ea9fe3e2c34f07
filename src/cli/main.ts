// The `repack` command, Packer's CLI for Docker templates: dispatches to one file per command (build-command.ts,
// validate-command.ts, fmt-command.ts, ...) and prints usage errors and failures.
import { cleanupCommand } from './cleanup-command.js';
import { PACKER_COMPAT_VERSION, REPACK_VERSION } from '../version.js';
import { parseArgs, UsageError } from './args.js';
import { cacheCommand } from './cache-command.js';
import { consoleCommand } from './console-command.js';
import { fmtCommand } from './fmt-command.js';
import { initCommand } from './init-command.js';
import { inspectCommand } from './inspect-command.js';
import { messageOf } from '../error-message.js';
import { commandHelp, HelpRequested } from './help.js';
import { completions, installCompletion } from './complete.js';
import { indexCommand } from './index-command.js';
import { buildCommand } from './build-command.js';
import { validateCommand } from './validate-command.js';

const HELP = `Usage: repack [--version] [--help] <command> [<args>]

Available commands are:
    build       build image(s) from template
    cache       list (ls) or remove (prune) cached build steps
    cleanup     remove what runs that were killed left behind
    console     evaluate expressions with a template's variables
    fmt         rewrite templates in the canonical format
    index       push an image index of per-platform images (index create)
    init        check required_plugins against the built-in docker plugin
    inspect     show a template's variables, locals and builds
    validate    check that a template is valid
    version     prints the repack version
`;

interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
  isTTY: boolean;
  env: Record<string, string | undefined>;
  cwd: string;
  /** Is standard input a terminal (-on-error=ask asks on it)? */
  stdinIsTTY?: boolean;
}

/** The second line is `packer version`'s, for scripts that read which Packer a tool speaks. */
function version(io: Io): number {
  io.out(`repack v${REPACK_VERSION} (docker plugin built in)\nPacker v${PACKER_COMPAT_VERSION}\n`);
  return 0;
}

export async function main(argv: string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  // The shell asking for completions (complete -C): the line up to the cursor.
  if (io.env.COMP_LINE !== undefined) {
    const point = Number(io.env.COMP_POINT ?? io.env.COMP_LINE.length);
    for (const c of completions(io.env.COMP_LINE.slice(0, point), io.cwd)) io.out(`${c}\n`);
    return 0;
  }
  try {
    switch (command) {
      case '-autocomplete-install':
      case '-autocomplete-uninstall': {
        const uninstall = command === '-autocomplete-uninstall';
        const changed = installCompletion(process.argv[1] ?? 'repack', uninstall);
        io.err(`${changed.length > 0 ? `${uninstall ? 'Removed completion from' : 'Installed completion in'} ${changed.join(', ')}` : 'Nothing to change'}\n`);
        return 0;
      }
      case 'build':
        return await buildCommand(rest, io);
      case 'validate':
        return await validateCommand(rest, io);
      case 'fmt':
        return fmtCommand(rest, io);
      case 'inspect':
        return await inspectCommand(rest, io);
      case 'console':
        return await consoleCommand(rest, io);
      case 'init':
        return initCommand(rest, io);
      case 'cache':
        return await cacheCommand(rest, io);
      case 'index':
        return await indexCommand(rest, io);
      case 'cleanup':
        return await cleanupCommand(rest, io);
      case 'version':
        parseArgs(rest, {}); // -help
        return version(io);
      case '--version':
      case '-version':
      case '-v':
        return version(io);
      case undefined:
      case '-h':
      case '--help':
      case '-help':
      case 'help':
        io.err(HELP);
        return command === undefined ? 127 : 0;
      default:
        io.err(`repack: unknown command "${command}"\n\n${HELP}`);
        return 127;
    }
  } catch (e: unknown) {
    if (e instanceof HelpRequested) {
      io.err(commandHelp(command ?? '', e.flags));
      return 0;
    }
    if (e instanceof UsageError) {
      io.err(`${e.message}\n`);
      return 1;
    }
    io.err(`Error: ${messageOf(e)}\n`);
    return 1;
  }
}
