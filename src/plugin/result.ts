// What a run returns to the fronts: one BuildResult per build (Packer's `<build name>.<source type>.<source name>`).
import type { BuildError } from './build-error.js';
import type { Digest } from '../docker/digest.js';

export interface PushedDigest {
  /** e.g. "127.0.0.1:5000/demo" */
  repository: string;
  tag: string;
  /** The manifest digest the registry serves for repository:tag (`sha256:…`). */
  digest: Digest;
  /** A multi-platform build's platform image: its platform; `tag` is the tag its index is pushed under. */
  platform?: string;
}

export interface Artifact {
  /** Packer's builder/post-processor id, e.g. "packer.docker", "packer.post-processor.docker-tag". */
  builderId: string;
  /** Image ID, "repo:tag" list, file path ... as Packer's artifact `Id()`. */
  id: string;
  /** Human-readable one-liner as Packer's artifact `String()`. */
  description: string;
  files: string[];
}

export interface BuildResult {
  /** Full build name as Packer prints it: "docker-example.docker.ubuntu" (or "docker.ubuntu" without a build name). */
  name: string;
  /** The `build` block's name ("" when unnamed). */
  buildName: string;
  /** "docker.ubuntu" */
  source: string;
  /** The committed image ID (`sha256:…`) when the build commits. */
  imageId?: string;
  /** Every "repository:tag" the build's post-processors tagged. */
  tags: string[];
  /** One entry per pushed repository:tag. */
  digests: PushedDigest[];
  artifacts: Artifact[];
  cache: { hits: number; steps: number };
  durationMs: number;
  /** Set when the build failed: the text a user sees (no stack), made of `failures`' messages. */
  error?: string;
  /** Set when the build failed: each failure with its code, step and template block — what code branches on. */
  failures?: BuildError[];
  /** A multi-platform build (-platform): what each platform made; `digests` are then the image indexes'. */
  platforms?: PlatformResult[];
}

/** What one platform of a multi-platform build made (metadata's `platforms`). */
export interface PlatformResult {
  platform: string;
  imageId?: string;
  /** Each platform image the legs pushed: its repository, the tag it stands in for, and its manifest digest. */
  digests: BuildResult['digests'];
  error?: string;
}
