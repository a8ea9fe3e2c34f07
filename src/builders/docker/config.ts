// `source "docker"`: the attributes Packer's docker builder accepts, with its defaults, decoded into a typed config.
import type { Block, Body } from '../../hcl/syntax/ast.js';
import { error, warning, type Diagnostic } from '../../hcl/diagnostics.js';
import type { EvalContext } from '../../hcl/eval/evaluate.js';
import { T, type JsValue } from '../../hcl/value/value.js';
import { decodeBody, keyedConfig, type BodySchema, type KeysWith } from '../../config/schema.js';
import type { ContainerSpec, RegistryAuth } from '../../docker/driver.js';
import { CHANGE_INSTRUCTIONS, parseChange } from '../../docker/changes.js';
import { DEFAULT_RUN_COMMAND, parseRunCommand } from './run-command.js';
import { decodeLogin, ECR_LOGIN, LOGIN_ATTRIBUTES } from '../../plugin/registry-login.js';
import { decodeBootstrap, type DockerfileBootstrap } from './bootstrap-config.js';
import { DOCKER_SOURCE_UNSUPPORTED } from './unsupported.js';

export const DOCKER_SOURCE = {
  attributes: {
    image: {
      key: false,
      doc: { default: 'required without `build`' },
      type: T.string,
      description: 'The base image, e.g. `"debian:bookworm"`; anything `docker pull` accepts, digests included.',
    },
    commit: { key: false, type: T.bool, default: false, description: 'Commit the container as an image; the artifact is the image ID.' },
    discard: { key: false, type: T.bool, default: false, description: 'Throw the container away (for `artifice` and host-side results).' },
    export_path: { key: false, type: T.string, description: "Export the container's filesystem to this tar file (relative to the working directory)." },
    pull: { key: false, type: T.bool, default: true, description: 'Pull `image` first. With `false` it must be present.' },
    changes: {
      key: false,
      type: T.list(T.string),
      default: [],
      description:
        'Dockerfile instructions applied at commit: `CMD`, `ENTRYPOINT`, `ENV`, `EXPOSE`, `LABEL`, `ONBUILD`, `USER`, `VOLUME`, `WORKDIR`. Others (e.g. `RUN`) are refused when validating.',
    },
    run_command: {
      type: T.list(T.string),
      default: DEFAULT_RUN_COMMAND,
      description: '`docker run` arguments; see below.',
    },
    volumes: { type: T.map(T.string), default: {}, description: 'Bind mounts, host path → container path.' },
    container_dir: {
      type: T.string,
      default: '/packer-files',
      description: 'Accepted; repack mounts no shared directory (uploads go through the archive API), so nothing is created there.',
    },
    exec_user: { type: T.string, description: 'User (`user`, `uid`, `user:group`) the provisioners run as (`docker exec --user`).' },
    privileged: { type: T.bool, default: false, description: 'Run the container privileged.' },
    cap_add: { type: T.list(T.string), default: [], description: 'Linux capabilities to add.' },
    cap_drop: { type: T.list(T.string), default: [], description: 'Linux capabilities to drop.' },
    tmpfs: { type: T.list(T.string), default: [], description: 'tmpfs mounts, `"path[:options]"`.' },
    device: { type: T.list(T.string), default: [], description: 'Host devices, `"host[:container[:rwm]]"`.' },
    runtime: { type: T.string, description: 'OCI runtime (e.g. `runsc`).' },
    platform: {
      type: T.string,
      description:
        'Platform of the pulled image and the container, e.g. `"linux/arm64"`. A source that sets it is built for that platform only, also under `-platform` ([multi-platform.md](../multi-platform.md)).',
    },
    author: { key: false, type: T.string, description: 'Author recorded in the committed image.' },
    message: { key: false, type: T.string, description: "Commit message (the image's `Comment`)." },
    fix_upload_owner: {
      type: T.bool,
      default: true,
      description: 'After each upload, `chown -R` it to the user the **container** runs as (below).',
    },
    docker_path: {
      key: false,
      type: T.string,
      default: 'docker',
      description:
        'Accepted; another value is ignored with a warning (repack talks to the Engine API, not to a binary — point `DOCKER_HOST` at Podman instead of `docker_path = "podman"`).',
    },
    windows_container: { key: false, type: T.bool, default: false, description: 'Only `false`: repack builds Linux containers.' },
    ecr_login: {
      key: false,
      type: T.bool,
      default: false,
      description: 'Only `false`: use `docker-credential-ecr-login` as a credential helper (`credHelpers` in the docker config), which repack reads.',
    },
    communicator: {
      key: false,
      type: T.string,
      default: 'docker',
      description: 'Only `"docker"`: provisioners reach the container through the Engine API. Another value is an error.',
    },
    pty: { key: false, type: T.bool, default: false, description: '`true` is ignored with a warning: commands run without a pseudo-terminal.' },
    ...LOGIN_ATTRIBUTES,
  },
  unsupported: DOCKER_SOURCE_UNSUPPORTED,
  blocks: {
    // Decoded by decodeBootstrap (bootstrap-config.ts), which also checks its body.
    build: { labels: [], multiple: false, description: 'Build the base image from a Dockerfile instead (below). Not with `image`.' },
  },
} satisfies BodySchema;

export interface DockerConfig {
  /** The base image; with a build block, set to the built image's ID when it is built. */
  image: string;
  /** The build block: the base image is built from a Dockerfile first. */
  bootstrap?: DockerfileBootstrap;
  commit: boolean;
  discard: boolean;
  exportPath?: string;
  /** export_path as written (exportPath is resolved against the working directory when planned). */
  exportPathAsWritten?: string;
  pull: boolean;
  changes: string[];
  container: ContainerSpec;
  containerDir: string;
  execUser?: string;
  platform?: string;
  author?: string;
  message?: string;
  fixUploadOwner: boolean;
  /** Credentials for pulling the image (login = true); else the docker config's are used. */
  login?: RegistryAuth;
  /** The source's attributes as the base cache key holds them (keyedConfig). */
  keyed: Record<string, JsValue>;
  /** login = true without usable credentials: pulling fails with this, as `docker login` does in Packer. */
  loginProblem?: string;
}

/** Decodes a source body (with any build-level overrides laid over it) into a DockerConfig. */
export function decodeDockerSource(body: Body, ctx: EvalContext, owner: Block): { config?: DockerConfig; diagnostics: Diagnostic[] } {
  const d = decodeBody(body, DOCKER_SOURCE, ctx, owner);
  const diags = d.diagnostics;
  // image is required unless a build block makes the base image (reported with the other missing arguments).
  const written = (name: string) => body.items.some((i) => i.kind === 'attribute' && i.name === name);
  if (!written('image') && !d.blocks.some((b) => b.type === 'build')) {
    diags.push(
      error('Missing required argument', 'The argument "image" is required, but no definition was found (or give a build block).', owner.openBraceRange),
    );
  }
  if (diags.some((x) => x.severity === 'error')) return { diagnostics: diags };
  const a = d.attrs;
  const str = (k: KeysWith<typeof a, string | null>): string | undefined => a[k] ?? undefined;
  const list = (k: KeysWith<typeof a, string[]>): string[] => a[k];
  const exportPath = str('export_path');
  const modes = [a.commit === true, a.discard === true, exportPath !== undefined].filter(Boolean).length;
  if (modes !== 1) {
    diags.push(
      error(
        'Invalid docker source',
        `Exactly one of "commit", "discard" or "export_path" must be set (found ${modes}). Set commit = true to keep the result as an image.`,
        owner.openBraceRange,
      ),
    );
  }
  const changes = list('changes');
  changes.forEach((c, i) => {
    const parsed = parseChange(c);
    if ('error' in parsed) {
      diags.push(
        error('Invalid change', `changes[${i}] "${c}": ${parsed.error}. Only ${CHANGE_INSTRUCTIONS.join(', ')} can be applied at commit.`, d.ranges.changes),
      );
    }
  });
  const bootstrap = decodeBootstrap(d.blocks, ctx, diags);
  if (bootstrap && d.ranges.image !== undefined) {
    diags.push(error('Invalid docker source', '"image" cannot be set together with a build block: the build block makes the base image.', d.ranges.image));
  }
  const image = str('image') ?? '';
  const parsed = parseRunCommand(list('run_command'), image);
  if (parsed.error) diags.push(error('Invalid run_command', parsed.error, d.ranges.run_command));
  const spec = parsed.spec;
  const volumes = a.volumes;
  spec.binds = [...(spec.binds ?? []), ...Object.entries(volumes).map(([host, ctr]) => `${host}:${ctr}`)];
  spec.privileged = spec.privileged || a.privileged === true;
  spec.capAdd = [...(spec.capAdd ?? []), ...list('cap_add')];
  spec.capDrop = [...(spec.capDrop ?? []), ...list('cap_drop')];
  for (const t of list('tmpfs')) {
    const [path, opts = ''] = t.split(/:(.*)/s);
    spec.tmpfs = { ...spec.tmpfs, [path]: opts };
  }
  spec.devices = [...(spec.devices ?? []), ...list('device')];
  spec.runtime = str('runtime') ?? spec.runtime;
  spec.platform = str('platform') ?? spec.platform;
  if (a.windows_container === true) {
    diags.push(error('Unsupported option', 'windows_container = true: repack builds Linux containers only.', d.ranges.windows_container));
  }
  if (a.communicator !== 'docker') {
    diags.push(
      error(
        'communicator is not supported by repack',
        `communicator = ${JSON.stringify(a.communicator)}: repack runs provisioners through the Docker Engine API (Packer's "docker" communicator) only. Remove communicator or set it to "docker".`,
        d.ranges.communicator,
      ),
    );
  }
  if (a.pty === true) {
    diags.push(
      warning(
        'pty is not supported by repack',
        'Commands run without a pseudo-terminal (stdout and stderr stay separate); pty = true is ignored. Tools that want a terminal can be told not to (e.g. DEBIAN_FRONTEND=noninteractive).',
        d.ranges.pty,
      ),
    );
  }
  if (a.ecr_login === true) {
    diags.push(error('Unsupported option', ECR_LOGIN, d.ranges.ecr_login));
  }
  if (d.ranges.docker_path !== undefined && a.docker_path !== 'docker') {
    diags.push(
      warning(
        'Option ignored',
        `docker_path = "${String(a.docker_path)}" is ignored: repack talks to the Engine API of DOCKER_HOST (or the docker context), not to a docker binary. To use Podman, point DOCKER_HOST at its API socket.`,
        d.ranges.docker_path,
      ),
    );
  }
  const login = decodeLogin(d, owner.openBraceRange);
  diags.push(...login.diagnostics);
  if (diags.some((x) => x.severity === 'error')) return { diagnostics: diags };
  return {
    diagnostics: diags,
    config: {
      image,
      ...(bootstrap ? { bootstrap } : {}),
      commit: a.commit === true,
      discard: a.discard === true,
      exportPath,
      exportPathAsWritten: exportPath,
      // With a build block the pull is the build's (build.pull), as in the plugin.
      pull: bootstrap ? false : a.pull !== false,
      changes,
      container: spec,
      containerDir: str('container_dir') ?? '/packer-files',
      execUser: str('exec_user'),
      platform: spec.platform,
      author: str('author'),
      message: str('message'),
      fixUploadOwner: a.fix_upload_owner !== false,
      keyed: keyedConfig(d.attrs, DOCKER_SOURCE),
      ...(login.auth ? { login: login.auth } : {}),
      ...(login.problem ? { loginProblem: login.problem } : {}),
    },
  };
}
