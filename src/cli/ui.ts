// Packer's terminal UI: `==> build: message` for phases, `    build: line` for detail, errors in red; each build
// in its own colour when colour is on; optional timestamps; or Packer's -machine-readable CSV lines.
import type { Ui } from '../pipeline/ui.js';

export interface UiOptions {
  color: boolean;
  timestamps: boolean;
  machineReadable: boolean;
  write(text: string): void;
}

const BUILD_COLORS = [32, 36, 35, 33, 34]; // green, cyan, magenta, yellow, blue — Packer's order
const RED = 31;

/** Packer's escaping for machine-readable data fields. */
export function machineEscape(s: string): string {
  return s.replace(/,/g, '%!(PACKER_COMMA)').replace(/\r/g, '\\r').replace(/\n/g, '\\n');
}

export class TerminalUi implements Ui {
  private readonly colors = new Map<string, number>();

  constructor(private readonly o: UiOptions) {}

  private paint(code: number, bold: boolean, text: string): string {
    return this.o.color ? `\x1b[${bold ? '1;' : ''}${code}m${text}\x1b[0m` : text;
  }

  private colorOf(build: string): number {
    let c = this.colors.get(build);
    if (c === undefined) {
      c = BUILD_COLORS[this.colors.size % BUILD_COLORS.length];
      this.colors.set(build, c);
    }
    return c;
  }

  private line(text: string): void {
    const ts = this.o.timestamps ? `${new Date().toISOString()}: ` : '';
    this.o.write(`${ts}${text}\n`);
  }

  machine(target: string, type: string, ...data: string[]): void {
    const ts = Math.floor(Date.now() / 1000);
    this.o.write(`${[ts, target, type, ...data.map(machineEscape)].join(',')}\n`);
  }

  say(build: string, message: string): void {
    if (this.o.machineReadable) return this.machine(build, 'ui', 'say', `==> ${build}: ${message}`);
    this.line(this.paint(this.colorOf(build), true, `==> ${build}: ${message}`));
  }

  message(build: string, message: string): void {
    if (this.o.machineReadable) return this.machine(build, 'ui', 'message', `    ${build}: ${message}`);
    this.line(this.paint(this.colorOf(build), false, `    ${build}: ${message}`));
  }

  error(build: string, message: string): void {
    if (this.o.machineReadable) return this.machine(build, 'ui', 'error', `==> ${build}: ${message}`);
    this.line(this.paint(RED, true, `==> ${build}: ${message}`));
  }

  /** Lines that belong to no build ("==> Wait completed …"). */
  plain(text: string, kind: 'say' | 'error' | 'message' = 'say'): void {
    if (this.o.machineReadable) return this.machine('', 'ui', kind, text);
    this.line(kind === 'error' ? this.paint(RED, true, text) : kind === 'say' ? this.paint(1, false, text) : text);
  }
}
