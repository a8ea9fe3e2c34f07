// How the engine reports progress. The fronts implement it: the CLI prints Packer-style lines, the action groups
// logs per build and turns diagnostics into annotations. Nothing in the engine prints directly.
import type { BuildError } from '../plugin/build-error.js';

export interface Ui {
  /** A phase of one build: Packer prints `==> <build>: <message>`. */
  say(build: string, message: string): void;
  /** Detail inside a phase, e.g. provisioner output: Packer prints `    <build>: <message>`. */
  message(build: string, message: string): void;
  /** A failure of one build: Packer prints `==> <build>: <message>` in red. */
  error(build: string, message: string): void;
  /**
   * Trouble that does not fail the build (a cache that cannot be read or written). The action also annotates it as a
   * warning. Without it: error.
   */
  warning?(build: string, message: string): void;
  /**
   * "Build 'x' finished after …" / "errored after …"; Packer prints it unprefixed. Without it: say / error.
   * `failures` says where in the template a failed build failed.
   */
  buildEnded?(build: string, text: string, failed: boolean, failures?: readonly BuildError[]): void;
}

/** A Ui that remembers every line, for tests. */
export class RecordingUi implements Ui {
  readonly lines: { kind: 'say' | 'message' | 'error'; build: string; text: string }[] = [];
  say(build: string, text: string): void {
    this.lines.push({ kind: 'say', build, text });
  }
  message(build: string, text: string): void {
    this.lines.push({ kind: 'message', build, text });
  }
  error(build: string, text: string): void {
    this.lines.push({ kind: 'error', build, text });
  }
  text(): string {
    return this.lines.map((l) => `${l.build}: ${l.text}`).join('\n');
  }
}
