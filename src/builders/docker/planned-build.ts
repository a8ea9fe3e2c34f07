// A docker build as the pipeline plans it (pipeline/plan.ts) and the builder runs it: the source's configuration,
// its provisioners in order, and the post-processor chains the pipeline runs on the artifact.
import type { Provisioner } from '../../plugin/provisioner.js';
import type { PostProcessor } from '../../plugin/post-processor.js';
import type { DockerConfig } from './config.js';
import type { JsValue } from '../../hcl/value/value.js';
import type { FailedBlock } from '../../plugin/build-error.js';

export interface PlannedProvisioner {
  type: string;
  name: string;
  /** Where the template writes it, for run-time errors to point at. */
  block?: FailedBlock;
  provisioner: Provisioner;
  /** The provisioner's own attributes as decoded (overrides applied), as its cache key holds them (keyedConfig). */
  config: Record<string, JsValue>;
  pauseBeforeMs: number;
  maxRetries: number;
  timeoutMs: number;
  /** A failure (after the retries) is printed as a warning and the build goes on, as Packer's continue_on_error. */
  continueOnError: boolean;
}

export interface PlannedPostProcessor {
  type: string;
  name: string;
  /** Where the template writes it, for run-time errors to point at. */
  block?: FailedBlock;
  postProcessor: PostProcessor;
  /** keep_input_artifact as the template sets it; undefined leaves it to the post-processor. */
  keepInputArtifact?: boolean;
}

export interface PlannedBuild {
  /** "docker-example.docker.ubuntu" */
  name: string;
  buildName: string;
  /** "docker.ubuntu" */
  source: string;
  /** The source's name as PACKER_BUILD_NAME and source.name see it (a build may rename it). */
  sourceName: string;
  config: DockerConfig;
  provisioners: PlannedProvisioner[];
  errorCleanupProvisioner?: PlannedProvisioner;
  chains: PlannedPostProcessor[][];
  /** A leg of a multi-platform build (legs.ts): the platform it builds, and the name of the build it is a leg of. */
  leg?: { platform: string; of: string };
}
