// Helpers for provisioner and post-processor unit tests: templates in temp dirs planned through the real decoder,
// a fake container whose shell answers the file provisioner's questions, and recording contexts.
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { FakeDriver } from '../fake-driver.js';
import { DockerCommunicator } from '../../src/builders/docker/communicator.js';
import type { ExecSpec } from '../../src/docker/driver.js';
import type { Diagnostic } from '../../src/hcl/diagnostics.js';
import { prepare } from '../../src/pipeline/prepare.js';
import type { PlannedBuild } from '../../src/builders/docker/planned-build.js';
import type { ProvisionerContext } from '../../src/plugin/provisioner.js';
import type { PostProcessorContext } from '../../src/plugin/post-processor.js';
import { repositoryLocks } from '../../src/pipeline/run-builds.js';

export const BASE = '127.0.0.1:5000/debian:bookworm';

export class TempDirs {
  private dirs: string[] = [];
  make(files: Record<string, string> = {}): string {
    const dir = mkdtempSync(join(tmpdir(), 'repack-plugin-'));
    this.dirs.push(dir);
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, name)), { recursive: true });
      writeFileSync(join(dir, name), text);
    }
    return dir;
  }
  cleanup(): void {
    this.dirs.forEach((d) => rmSync(d, { recursive: true, force: true }));
    this.dirs = [];
  }
}

/** A template with one docker source "a" (commit) and the given build body. */
export function template(buildBody: string, source = 'commit = true'): string {
  return `source "docker" "a" {\n  image = "${BASE}"\n  ${source}\n}\nbuild {\n  sources = ["source.docker.a"]\n${buildBody}\n}\n`;
}

export function plan(dir: string): { builds: PlannedBuild[]; diagnostics: Diagnostic[] } {
  const p = prepare({ template: dir, cwd: dir, env: {} });
  return { builds: p.builds, diagnostics: p.diagnostics };
}

/** "file:line:col summary" for each diagnostic, with the file relative to the template directory. */
export function where(diags: Diagnostic[]): string[] {
  return diags.map((d) => `${d.range ? `${d.range.file.replace(/^.*\//, '')}:${d.range.start.line}:${d.range.start.column} ` : ''}${d.summary}`);
}

/** Answers the file provisioner's `[ -d … ]` probe from the fake container's files; records chowns. */
function shellOf(d: FakeDriver): (id: string, spec: ExecSpec) => { exitCode: number; stdout: string; stderr: string } {
  return (id, spec) => {
    const cmd = spec.cmd[2] ?? '';
    const probe = /^\(if \[ -d '([^']*)' \]/.exec(cmd);
    if (!probe) return { exitCode: 0, stdout: '', stderr: '' };
    const files = d.containers.get(id)?.files ?? new Map();
    const p = probe[1].replace(/(.)\/+$/, '$1');
    const f = files.get(p);
    const isDir = f?.type === 'directory' || [...files.keys()].some((k) => k.startsWith(`${p}/`));
    return { exitCode: 0, stdout: isDir ? 'directory\n' : f ? 'file\n' : 'missing\n', stderr: '' };
  };
}

export interface Container {
  driver: FakeDriver;
  id: string;
  lines: string[];
  ctx: ProvisionerContext;
}

/** A started fake container with /tmp (and `dirs`) present. */
export async function container(opts: { execUser?: string; fixUploadOwner?: boolean; dirs?: string[] } = {}): Promise<Container> {
  const driver = new FakeDriver();
  driver.addLocalImage(BASE);
  const id = await driver.createContainer({ image: BASE });
  await driver.startContainer(id);
  for (const dir of ['/tmp', ...(opts.dirs ?? [])]) driver.containers.get(id)?.files.set(dir, { type: 'directory', content: Buffer.alloc(0), mode: 0o755 });
  driver.onExec(shellOf(driver));
  const lines: string[] = [];
  const comm = new DockerCommunicator(driver, id, opts.execUser, opts.fixUploadOwner ?? true);
  const ctx: ProvisionerContext = {
    comm,
    say: (m) => lines.push(`==> ${m}`),
    message: (m) => lines.push(`    ${m}`),
    signal: new AbortController().signal,
    buildName: 'a',
    builderType: 'docker',
  };
  return { driver, id, lines, ctx };
}

export function postProcessorContext(driver: FakeDriver, lines: string[] = []): PostProcessorContext {
  return {
    driver,
    say: (m) => lines.push(`==> ${m}`),
    message: (m) => lines.push(`    ${m}`),
    signal: new AbortController().signal,
    push: true,
    withRepositoryLock: repositoryLocks(),
    buildName: 'a',
    builderType: 'docker',
    runUuid: 'run-1',
  };
}

/** The shell commands run in a container, without the file provisioner's probes. */
export function commands(d: FakeDriver): { cmd: string; user?: string }[] {
  return d
    .callsTo('exec')
    .map(([, spec]) => ({ cmd: (spec as ExecSpec).cmd[2] ?? '', user: (spec as ExecSpec).user }))
    .filter((c) => !c.cmd.startsWith('(if [ -d'));
}

/** The post-processors of a template's first build, planned with the template directory as the current directory. */
export function postProcessors(dir: string): { chains: PlannedBuild['chains']; diagnostics: Diagnostic[] } {
  const { builds, diagnostics } = plan(dir);
  return { chains: builds[0]?.chains ?? [], diagnostics };
}
