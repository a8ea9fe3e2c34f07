// `repack build [options] TEMPLATE`: prepares the template, runs its builds (at most -parallel-builds at once),
// prints each build's artifacts as Packer does, and writes the build metadata (-json, -json-file).
import { writeFileSync } from 'node:fs';
import { hasErrors } from '../hcl/diagnostics.js';
import { buildMetadata } from '../pipeline/metadata.js';
import { runTemplate } from '../pipeline/run.js';
import { elapsed } from '../pipeline/run-builds.js';
import type { OnError } from '../pipeline/options.js';
import { parseArgs, UsageError, type Flags } from './args.js';
import { Masker } from '../pipeline/secret-mask.js';
import { terminalAsk } from './ask.js';
import { reportBuilds, TerminalUi } from './ui.js';
import { Interrupts } from './interrupts.js';
import { cacheOptions } from './cache-flags.js';
import { parsePlatforms } from '../plugin/platform.js';
import { printDiagnostics, templateArg, templateInputs, VAR_FLAGS } from './template-flags.js';
import type { CommandIo } from './command-io.js';

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

export async function buildCommand(argv: string[], unmasked: CommandIo): Promise<number> {
  const masker = new Masker();
  const io: CommandIo = { ...unmasked, out: masker.wrap(unmasked.out), err: masker.wrap(unmasked.err) };
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
