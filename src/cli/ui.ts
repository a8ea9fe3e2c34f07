// Packer's terminal UI: `==> build: message` for phases, `    build: line` for detail, errors in red; each build
// in its own colour when colour is on; optional RFC 3339 timestamps; or Packer's -machine-readable CSV lines
// (`timestamp,target,type,data...`, measured against packer 1.6.6: ui lines have an empty target).
import type { Ui } from '../pipeline/ui.js';
import { machineEscape } from '../pipeline/secret-mask.js';
import { blockContext, type BuildError, type FailedBlock } from '../plugin/build-error.js';

export interface UiOptions {
  color: boolean;
  timestamps: boolean;
  machineReadable: boolean;
  write(text: string): void;
  /** Seconds since the epoch, for machine-readable lines (tests pin it). */
  now?: () => Date;
}

const BUILD_COLORS = [32, 36, 35, 33, 34]; // green, cyan, magenta, yellow, blue — Packer's order
const RED = 31;

/** RFC 3339 in UTC to the second, as Go's time.RFC3339 prints it (Packer's -timestamp-ui). */
export function rfc3339(d: Date): string {
  return `${d.toISOString().slice(0, 19)}Z`;
}

/** `  on app.pkr.hcl line 14, in provisioner "shell":` (HCL's wording for where a diagnostic is). */
export function blockLocation(block: FailedBlock, platform?: string): string {
  const on = `  on ${block.range.file} line ${block.range.start.line}, in ${blockContext(block)}`;
  return platform ? `${on} (${platform}):` : `${on}:`;
}

export class TerminalUi implements Ui {
  private readonly colors = new Map<string, number>();

  constructor(private readonly o: UiOptions) {}

  private get now(): Date {
    return this.o.now?.() ?? new Date();
  }

  private paint(code: number, bold: boolean, text: string): string {
    return this.o.color ? `\x1b[${bold ? '1' : '0'};${code}m${text}\x1b[0m` : text;
  }

  private colorOf(build: string): number {
    let c = this.colors.get(build);
    if (c === undefined) {
      c = BUILD_COLORS[this.colors.size % BUILD_COLORS.length];
      this.colors.set(build, c);
    }
    return c;
  }

  /** Packer puts the timestamp inside the colour, before the text; lines of no build get none. */
  private line(text: string, color?: { code: number; bold: boolean }, stamped = true): void {
    const body = this.o.timestamps && stamped ? `${rfc3339(this.now)}: ${text}` : text;
    this.o.write(`${color ? this.paint(color.code, color.bold, body) : body}\n`);
  }

  /** One machine-readable line: `timestamp,target,type,data...`. */
  machine(target: string, type: string, ...data: string[]): void {
    const ts = Math.floor(this.now.getTime() / 1000);
    this.o.write(`${[ts, target, type, ...data.map(machineEscape)].join(',')}\n`);
  }

  say(build: string, message: string): void {
    if (this.o.machineReadable) return this.machine('', 'ui', 'say', `==> ${build}: ${message}`);
    this.line(`==> ${build}: ${message}`, { code: this.colorOf(build), bold: true });
  }

  message(build: string, message: string): void {
    if (this.o.machineReadable) return this.machine('', 'ui', 'message', `    ${build}: ${message}`);
    this.line(`    ${build}: ${message}`, { code: this.colorOf(build), bold: false });
  }

  error(build: string, message: string): void {
    if (this.o.machineReadable) return this.machine('', 'ui', 'error', `==> ${build}: ${message}`);
    this.line(`==> ${build}: ${message}`, { code: RED, bold: true });
  }

  /**
   * "Build 'x' finished after …" / "errored after …": Packer prints it without the `==> build:` prefix. Under a
   * failure in a template block, where that block is, as HCL words a diagnostic's context.
   */
  buildEnded(build: string, text: string, failed: boolean, failures: readonly BuildError[] = []): void {
    const where = failures.flatMap((f) => (f.block ? [blockLocation(f.block, f.platform)] : []));
    if (this.o.machineReadable) {
      this.machine('', 'ui', failed ? 'error' : 'say', text);
      for (const w of where) this.machine('', 'ui', 'error', w);
      return;
    }
    this.line(text, { code: failed ? RED : this.colorOf(build), bold: true });
    for (const w of where) this.line(w, { code: RED, bold: false });
  }

  /** Lines that belong to no build ("==> Wait completed …"); Packer prints them uncoloured. */
  plain(text: string, kind: 'say' | 'error' | 'message' = 'say'): void {
    if (this.o.machineReadable) return this.machine('', 'ui', kind, text);
    this.line(text, undefined, false);
  }
}

export interface BuildEnd {
  name: string;
  error?: string;
  artifacts: { builderId: string; id: string; description: string; files: string[] }[];
}

/** What `packer build` prints once every build has ended (its command/build.go), in both output modes. */
export function reportBuilds(ui: TerminalUi, results: BuildEnd[], o: { elapsed: string; machineReadable: boolean; interrupted: boolean }): void {
  ui.plain(`\n==> Wait completed after ${o.elapsed}`);
  if (o.interrupted) return ui.plain('Cleanly cancelled builds after being interrupted.');
  const failed = results.filter((r) => r.error !== undefined);
  if (failed.length > 0) {
    if (o.machineReadable) ui.machine('', 'error-count', String(failed.length));
    ui.plain("\n==> Some builds didn't complete successfully and had errors:", 'error');
    for (const r of failed) {
      if (o.machineReadable) ui.machine(r.name, 'error', r.error ?? '');
      ui.plain(`--> ${r.name}: ${r.error ?? ''}`, 'error');
    }
  }
  const withArtifacts = results.filter((r) => r.error === undefined && r.artifacts.length > 0);
  if (withArtifacts.length === 0) return ui.plain('\n==> Builds finished but no artifacts were created.');
  ui.plain('\n==> Builds finished. The artifacts of successful builds are:');
  for (const r of withArtifacts) {
    if (o.machineReadable) ui.machine(r.name, 'artifact-count', String(r.artifacts.length));
    r.artifacts.forEach((a, i) => {
      if (o.machineReadable) {
        const n = String(i);
        ui.machine(r.name, 'artifact', n, 'builder-id', a.builderId);
        ui.machine(r.name, 'artifact', n, 'id', a.id);
        ui.machine(r.name, 'artifact', n, 'string', a.description);
        ui.machine(r.name, 'artifact', n, 'files-count', String(a.files.length));
        a.files.forEach((f, j) => ui.machine(r.name, 'artifact', n, 'file', String(j), f));
        ui.machine(r.name, 'artifact', n, 'end');
      }
      ui.plain(`--> ${r.name}: ${a.description}`);
    });
  }
}
