// The `repack` command, Packer's CLI for Docker templates: build, validate, version.
import { cleanupCommand } from './cleanup-command.js';
import { writeFileSync } from 'node:fs';
import { diagnosticsToJSON, formatDiagnostic } from '../hcl/format.js';
import { hasErrors, type Diagnostic } from '../hcl/diagnostics.js';
import { buildMetadata } from '../pipeline/metadata.js';
import { prepareTemplate, type PrepareOptions } from '../pipeline/prepare.js';
import { runTemplate } from '../pipeline/run.js';
import { elapsed } from '../pipeline/runner.js';
import type { OnError } from '../pipeline/options.js';
import { PACKER_COMPAT_VERSION, REPACK_VERSION } from '../version.js';
import { commaList, parseArgs, splitVar, usage, UsageError, type Flags, type ParsedArgs } from './args.js';
import { Masker } from './mask.js';
import { terminalAsk } from './ask.js';
import { reportBuilds, TerminalUi } from './ui.js';
import { Interrupts } from './interrupts.js';
import { cacheCommand } from './cache-command.js';
import { cacheOptions } from './cache-flags.js';
import { consoleCommand } from './console-command.js';
import { fmtCommand } from './fmt-command.js';
import { initCommand } from './init-command.js';
import { inspectCommand } from './inspect-command.js';
import { messageOf } from '../error-message.js';
import { commandHelp, HelpRequested } from './help.js';
import { completions, installCompletion } from './complete.js';
import { parsePlatforms } from '../pipeline/platform.js';
import { indexCommand } from './index-command.js';

const VAR_FLAGS: Flags = {
  var: { kind: 'list', description: 'Variable for the template, name=value (repeatable).' },
  'var-file': { kind: 'list', description: 'HCL file with variable values (repeatable).' },
  only: { kind: 'list', description: 'Build only builds matching these names (globs, comma separated).' },
  except: { kind: 'list', description: 'Build all builds except those matching these names.' },
};

export const BUILD_FLAGS: Flags = {
  ...VAR_FLAGS,
  'on-error': { kind: 'string', description: 'On a failed build: cleanup (default), abort, ask (on a terminal), run-cleanup-provisioner.' },
  'parallel-builds': { kind: 'string', description: 'Number of builds to run at once; 0 means no limit (default).' },
  platform: {
    kind: 'list',
    description: 'Build each docker source for these platforms (linux/amd64,linux/arm64) and push one image index per tag (docs/multi-platform.md).',
  },
  'push-by-digest': {
    kind: 'bool',
    description: "With -platform: push each platform's image and no index (merge the digests with repack index create).",
  },
  force: { kind: 'bool', description: 'Force a build to continue if artifacts exist (accepted; docker tags are always moved).' },
  color: { kind: 'bool', description: 'Colour the output (default true on a terminal).' },
  'machine-readable': { kind: 'bool', description: "Packer's machine-readable output." },
  'timestamp-ui': { kind: 'bool', description: 'Prefix every line with a timestamp.' },
  json: { kind: 'bool', description: 'Write the build metadata as JSON to stdout (the UI goes to stderr).' },
  'cache-from': { kind: 'list', description: 'Also read cached steps from here, buildx syntax: type=registry,ref=REPO[:TAG] (repeatable).' },
  'cache-to': {
    kind: 'list',
    description:
      'Also write cached steps here: type=registry,ref=REPO[:TAG][,mode=min|max] (repeatable); type=local,mode=min keeps no image per step, only the result.',
  },
  'no-cache': { kind: 'bool', description: 'Run every step; still write the results to the cache.' },
  'json-file': { kind: 'string', description: 'Write the build metadata as JSON to this file.' },
};

export const VALIDATE_FLAGS: Flags = {
  ...VAR_FLAGS,
  'syntax-only': { kind: 'bool', description: 'Only check the syntax; do not evaluate variables or builds.' },
  json: { kind: 'bool', description: 'Write the diagnostics as JSON to stdout (Packer/Terraform shape).' },
  color: { kind: 'bool', description: 'Colour the output (default true on a terminal).' },
};

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

function printDiagnostics(io: Io, diags: Diagnostic[], sources: Map<string, string>, color: boolean): void {
  for (const d of diags) io.err(`${formatDiagnostic(d, sources, { color })}\n`);
}

function templateArg(p: ParsedArgs, command: string, flags: Flags): string {
  if (p.positional.length !== 1) throw new UsageError(`${command} takes exactly one template path\n\n${usage(command, '[options] TEMPLATE', flags)}`);
  return p.positional[0];
}

function parseCount(raw: string | undefined): number {
  if (raw === undefined) return 0;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) throw new UsageError(`invalid value "${raw}" for flag -parallel-builds: a whole number, 0 for no limit`);
  return n;
}

function parsePlatformFlag(values: string[]): string[] {
  const { platforms, errors } = parsePlatforms(values.join(','));
  if (errors.length > 0) throw new UsageError(`invalid value for flag -platform: ${errors.join('; ')}`);
  return platforms;
}

function parseOnError(raw: string | undefined): OnError {
  const v = raw ?? 'cleanup';
  if (v !== 'cleanup' && v !== 'abort' && v !== 'run-cleanup-provisioner' && v !== 'ask') {
    throw new UsageError(`invalid value "${v}" for flag -on-error: cleanup, abort, ask or run-cleanup-provisioner`);
  }
  return v;
}

async function build(argv: string[], unmasked: Io): Promise<number> {
  const masker = new Masker();
  const io: Io = { ...unmasked, out: masker.wrap(unmasked.out), err: masker.wrap(unmasked.err) };
  const p = parseArgs(argv, BUILD_FLAGS);
  const template = templateArg(p, 'build', BUILD_FLAGS);
  const v = p.values;
  const json = v.json === true;
  const color = v.color === undefined ? io.isTTY && !json : v.color === true;
  const write = json ? io.err : io.out;
  const onError = parseOnError(v['on-error'] as string | undefined);
  if (onError === 'ask' && !io.stdinIsTTY) throw new UsageError('-on-error=ask needs a terminal to ask on; use cleanup, abort or run-cleanup-provisioner');
  const ui = new TerminalUi({ color, timestamps: v['timestamp-ui'] === true, machineReadable: v['machine-readable'] === true, write });
  const controller = new AbortController();
  const interrupts = new Interrupts({
    say: (text, kind) => ui.plain(text, kind),
    controller,
    driver: async () => (await import('../docker/connect.js')).connectDocker(io.env),
    exit: (code) => process.exit(code),
  });
  const platforms = parsePlatformFlag(v.platform as string[]);
  const pushByDigest = v['push-by-digest'] === true;
  if (pushByDigest && platforms.length === 0) throw new UsageError('-push-by-digest pushes the images of a multi-platform build: set -platform too');
  const started = performance.now();
  try {
    const outcome = await runTemplate({
      ...templateInputs(template, v, io, masker),
      parallelBuilds: parseCount(v['parallel-builds'] as string | undefined),
      platforms,
      pushByDigest,
      onError,
      ask: onError === 'ask' ? terminalAsk(write) : undefined,
      cache: cacheOptions(v),
      ui,
      signal: controller.signal,
      onResource: interrupts.track,
      // Evaluating the template is synchronous: a handler could not run before it ends, so until then SIGINT and
      // SIGTERM keep their default action and stop the process at once (nothing has been created yet).
      onPrepared: () => interrupts.install(),
    });
    printDiagnostics(io, outcome.diagnostics, outcome.sources, color);
    if (hasErrors(outcome.diagnostics)) return 1;
    const results = outcome.results;
    const failed = results.filter((r) => r.error);
    reportBuilds(ui, results, { elapsed: elapsed(started), machineReadable: v['machine-readable'] === true, interrupted: interrupts.interrupted });
    // Masked value by value before serialising: a JSON-escaped secret would not match the text filter, and a
    // text filter could break the document's syntax.
    const metadata = JSON.stringify(masker.applyDeep(buildMetadata(results)), null, 2);
    if (json) unmasked.out(`${metadata}\n`);
    if (typeof v['json-file'] === 'string') writeFileSync(v['json-file'], `${metadata}\n`);
    return failed.length > 0 || controller.signal.aborted ? 1 : 0;
  } finally {
    interrupts.uninstall();
  }
}

/** What `build` and `validate` share: the template, its variables (-var, -var-file) and -only/-except. */
function templateInputs(template: string, v: ParsedArgs['values'], io: Io, masker: Masker): PrepareOptions {
  return {
    template,
    cwd: io.cwd,
    env: io.env,
    vars: (v.var as string[]).map(splitVar),
    varFiles: v['var-file'] as string[],
    only: commaList(v.only as string[]),
    except: commaList(v.except as string[]),
    onSensitive: masker.add,
  };
}

async function validate(argv: string[], unmasked: Io): Promise<number> {
  const masker = new Masker();
  const io: Io = { ...unmasked, out: masker.wrap(unmasked.out), err: masker.wrap(unmasked.err) };
  const p = parseArgs(argv, VALIDATE_FLAGS);
  const template = templateArg(p, 'validate', VALIDATE_FLAGS);
  const v = p.values;
  const color = v.color === undefined ? io.isTTY : v.color === true;
  const prepared = await prepareTemplate({ ...templateInputs(template, v, io, masker), syntaxOnly: v['syntax-only'] === true });
  if (v.json === true)
    unmasked.out(
      `${JSON.stringify(masker.applyDeep({ valid: !hasErrors(prepared.diagnostics), error_count: prepared.diagnostics.filter((d) => d.severity === 'error').length, warning_count: prepared.diagnostics.filter((d) => d.severity === 'warning').length, diagnostics: diagnosticsToJSON(prepared.diagnostics, prepared.sources) }), null, 2)}\n`,
    );
  else printDiagnostics(io, prepared.diagnostics, prepared.sources, color);
  if (hasErrors(prepared.diagnostics)) return 1;
  if (v.json === true) return 0;
  io.out(v['syntax-only'] === true ? 'Syntax-only check passed. Everything looks okay.\n' : 'The configuration is valid.\n');
  return 0;
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
        return await build(rest, io);
      case 'validate':
        return await validate(rest, io);
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
