// The action's main step: inputs → runTemplate → log, annotations, outputs, job summary, pass/fail.
import { statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as core from './workflow-commands.js';
import type { CacheOptions } from '../cache/options.js';
import { runTemplate } from '../pipeline/run.js';
import { validateTemplate } from './validate.js';
import { carriedOverInputs } from './carried-inputs.js';
import { annotateBuildFailures, reportDiagnostics } from './annotations.js';
import { InputError, type Inputs, readInputs, templateInputs } from './inputs.js';
import { setOutputs } from './outputs.js';
import { failureReason, printClosing } from './report.js';
import { MAIN_STATE, newIdentity, RUN_LABEL, RUN_STATE } from './run-identity.js';
import { currentOwner } from '../cleanup/owner.js';
import { writeSummary } from './summary.js';
import { ActionUi, type Grouping } from './ui.js';
import { messageOf } from '../error-message.js';

function firstLine(e: unknown): string {
  const text = messageOf(e);
  return text.split('\n')[0].trim() || (e instanceof Error ? e.name : 'unknown error');
}

function enterWorkingDirectory(dir: string): string {
  if (dir === '') return process.cwd();
  const abs = path.resolve(dir);
  let isDir = false;
  try {
    isDir = statSync(abs).isDirectory();
  } catch {
    isDir = false;
  }
  if (!isDir) throw new InputError([`Input "working-directory": ${JSON.stringify(dir)} is not a directory (resolved to ${abs})`]);
  process.chdir(abs);
  return abs;
}

function cancelOnSignals(controller: AbortController): () => void {
  const onSignal = (signal: NodeJS.Signals): void => {
    if (controller.signal.aborted) return;
    core.info(`==> Cancelling the build after receiving ${signal}`);
    controller.abort();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  return () => {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  };
}

function grouping(inputs: Inputs): Grouping {
  return inputs['parallel-builds'] === 1 ? { kind: 'per-build' } : { kind: 'whole-run', title: `repack build ${inputs.template}` };
}

/** The Actions cache service, loaded only when a cache spec asks for type=gha (it is the action's heaviest module). */
async function ghaClient(inputs: Inputs): Promise<CacheOptions['gha']> {
  const specs = [...inputs['cache-from'], ...inputs['cache-to']];
  if (!specs.some((s) => s.type === 'gha')) return undefined;
  return (await import('../cache/gha.js')).actionsCacheClient(specs);
}

async function build(inputs: Inputs): Promise<void> {
  // Resolved before working-directory is entered: the path is the workflow's, relative to the workspace.
  const metadataFile = inputs['metadata-file'] === '' ? '' : path.resolve(inputs['metadata-file']);
  const cwd = enterWorkingDirectory(inputs['working-directory']);
  const controller = new AbortController();
  // Installed once the template is evaluated: evaluation is synchronous, so until then SIGINT/SIGTERM keep their
  // default action and end the step at once (nothing exists yet to clean up).
  let stopListening = (): void => undefined;
  // Saved before anything can be created: the post step removes only what carries this run's identity.
  const run = newIdentity();
  core.saveState(RUN_STATE, run.nonce);
  core.saveState(MAIN_STATE, currentOwner());
  const ui = new ActionUi(grouping(inputs));
  try {
    const outcome = await runTemplate({
      ...templateInputs(inputs, cwd),
      parallelBuilds: inputs['parallel-builds'],
      platforms: inputs.platforms,
      pushByDigest: inputs['push-by-digest'],
      onError: inputs['on-error'],
      push: inputs.push,
      // Local layer caching is on, as on the CLI; cache-from/cache-to add shared caches.
      cache: { noCache: inputs['no-cache'], from: inputs['cache-from'], to: inputs['cache-to'], gha: await ghaClient(inputs) },
      ui,
      signal: controller.signal,
      // Registered as soon as known, before anything else is printed: the runner masks only later lines.
      onSensitive: core.addSecret,
      containerLabels: { [RUN_LABEL]: run.label },
      onPrepared: () => {
        stopListening = cancelOnSignals(controller);
      },
      extra: { tags: inputs.tags, labels: inputs.labels },
    });
    ui.close();
    const { errors } = reportDiagnostics(outcome.diagnostics, outcome.sources, cwd);
    const outputs = setOutputs(outcome.results);
    if (metadataFile !== '') writeFileSync(metadataFile, `${outputs.metadata}\n`);
    if (errors === 0) {
      annotateBuildFailures(outcome.results, cwd);
      printClosing(outcome.results);
    }
    try {
      await writeSummary(outcome.results, outcome.diagnostics);
    } catch (e: unknown) {
      core.warning(`Could not write the job summary: ${firstLine(e)}`);
    }
    const reason = failureReason(outcome.diagnostics, outcome.results, controller.signal.aborted);
    if (reason !== undefined) core.setFailed(reason);
  } finally {
    ui.close();
    stopListening();
  }
}

/** Reads the inputs, runs the template, reports. Every failure ends as one core.setFailed line. */
export async function runAction(): Promise<void> {
  try {
    const inputs = readInputs();
    for (const w of carriedOverInputs(process.env, Object.keys(inputs))) core.warning(w);
    if (inputs.validate) await validateTemplate(inputs, enterWorkingDirectory(inputs['working-directory']));
    else await build(inputs);
  } catch (e: unknown) {
    if (e instanceof InputError) {
      if (e.problems.length > 1) for (const p of e.problems) core.error(p);
      core.setFailed(e.message);
      return;
    }
    if (e instanceof Error && e.stack) core.debug(e.stack);
    core.setFailed(`repack failed: ${firstLine(e)}`);
  } finally {
    core.resumeCommands();
  }
}

/** The main step's entry: an error a library throws outside any await still fails the step with one line. */
export async function run(): Promise<void> {
  const fail = (e: unknown): void => {
    if (e instanceof Error && e.stack) core.debug(e.stack);
    core.setFailed(`repack failed: ${firstLine(e)}`);
    process.exit(1);
  };
  process.on('uncaughtException', fail);
  process.on('unhandledRejection', fail);
  const restore = core.adoptForeignOutput();
  try {
    await runAction();
  } finally {
    restore();
    core.resumeCommands();
  }
}
