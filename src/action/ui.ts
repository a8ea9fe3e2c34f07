// The engine's Ui for a runner's log: Packer's lines, each prefixed with its build so parallel builds stay readable
// when they interleave. Builds that run one at a time get a log group each; parallel builds share one group, since
// groups cannot interleave. Every line starts (after the runner trims leading spaces) with `==>` or the build
// name, and is printed where the runner executes no command (action/workflow-commands.ts), so build output cannot issue a workflow
// command (`::add-mask::`, `##[error]`, …) by printing one.
import * as core from './workflow-commands.js';
import { oneLine } from './report.js';
import type { Ui } from '../pipeline/ui.js';

const RED = '\u001b[31m';
const RESET = '\u001b[0m';

export type Grouping = { kind: 'per-build' } | { kind: 'whole-run'; title: string };

export class ActionUi implements Ui {
  private open: string | undefined;

  constructor(private readonly grouping: Grouping) {}

  say(build: string, message: string): void {
    this.print(build, message, (line) => `==> ${oneLine(build)}: ${line}`);
  }

  message(build: string, message: string): void {
    this.print(build, message, (line) => `    ${oneLine(build)}: ${line}`);
  }

  error(build: string, message: string): void {
    this.print(build, message, (line) => `${RED}==> ${oneLine(build)}: ${line}${RESET}`);
  }

  /** Printed as a build line, and annotated once as a warning (the annotation carries the build's name). */
  warning(build: string, message: string): void {
    this.print(build, message, (line) => `==> ${build}: ${line}`);
    core.warning(`${build}: ${message}`);
  }

  /** Ends the open group, if any; call before printing anything that belongs outside the builds. */
  close(): void {
    if (this.open !== undefined) core.endGroup();
    this.open = undefined;
  }

  private print(build: string, message: string, format: (line: string) => string): void {
    this.enterGroup(build);
    for (const line of message.replace(/\r?\n$/, '').split(/\r\n|\r|\n/)) core.info(format(line));
  }

  private enterGroup(build: string): void {
    const name = this.grouping.kind === 'per-build' ? oneLine(build) : this.grouping.title;
    if (this.open === name) return;
    this.close();
    core.startGroup(name);
    this.open = name;
  }
}
