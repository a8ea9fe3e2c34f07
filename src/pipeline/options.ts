// The engine's entry contract, shared by the CLI and the action.
import type { Diagnostic } from '../hcl/diagnostics.js';
import type { Driver } from '../docker/driver.js';
import type { Value } from '../hcl/value/value.js';
import type { CacheOptions } from '../cache/options.js';
import type { ExtraTagsAndLabels } from './extra-tags.js';
import type { BuildResult } from '../plugin/result.js';
import type { Ui } from './ui.js';

export type OnError = 'cleanup' | 'abort' | 'run-cleanup-provisioner' | 'ask';

export interface RunOptions {
  /** A template file or a directory of them. Relative to `cwd`. */
  template: string;
  cwd?: string;
  /**
   * `-var name=value` / action `variables`, in order. A string is parsed by the variable's declared type (as -var);
   * a Value (the action's JSON) is taken as it is and converted to that type.
   */
  vars?: [string, string | Value][];
  /** `-var-file` paths, in order. */
  varFiles?: string[];
  /** The environment PKR_VAR_* are read from (default process.env). */
  env?: Record<string, string | undefined>;
  /** Build-name globs (`-only` / `-except`). */
  only?: string[];
  except?: string[];
  /** Build every docker source once per platform ("linux/arm64") and push one image index per tag (legs.ts). */
  platforms?: string[];
  /**
   * With `platforms`: each leg pushes its platform's image and records its digest, but no index is pushed — the
   * legs of one image are built on several machines and `repack index create` merges their digests.
   */
  pushByDigest?: boolean;
  /** At most this many builds at once; 0 = all. */
  parallelBuilds?: number;
  onError?: OnError;
  /** With onError 'ask': asks what to do about a failed step (Packer's [c]lean up, [a]bort, [r]etry). */
  ask?: (build: string, step: string, error: string) => Promise<'cleanup' | 'abort' | 'retry'>;
  /** false skips every docker-push post-processor. Default true. */
  push?: boolean;
  ui: Ui;
  /** Defaults to the dockerode driver connected as the docker CLI would. */
  driver?: Driver;
  signal?: AbortSignal;
  /** Called with every sensitive value as soon as it is known, before anything else is printed (for masking). */
  onSensitive?: (value: string) => void;
  /** Layer caching per provisioner step (docs/caching.md); off when absent. The CLI turns it on with type=local. */
  cache?: CacheOptions;
  /** Called when a container or temp dir is created (added) and removed, so a front can clean up after a crash. */
  onResource?: (resource: { kind: 'container' | 'tempdir'; id: string }, added: boolean) => void;
  /** Extra labels on every container the run creates (the action's per-run label, which its post step trusts). */
  containerLabels?: Record<string, string>;
  /** Called once the template has been evaluated, before any build starts (nothing exists yet that needs cleanup). */
  onPrepared?: () => void;
  /** The action's tags and labels inputs (src/pipeline/extra-tags.ts). */
  extra?: ExtraTagsAndLabels;
}

export interface RunOutcome {
  /** Every diagnostic from parsing, evaluation and validation. Non-empty errors mean nothing ran. */
  diagnostics: Diagnostic[];
  /** File name → text, for rendering diagnostics with source snippets. */
  sources: Map<string, string>;
  results: BuildResult[];
}
