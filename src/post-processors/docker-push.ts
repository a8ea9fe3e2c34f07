// Packer's `docker-push`: pushes every repository:tag of the input artifact and records the digest the registry
// serves for each. Pushes to one repository are serialised across parallel builds.
import type { Block } from '../hcl/ast.js';
import type { Diagnostic } from '../hcl/diagnostics.js';
import { T } from '../hcl/value.js';
import type { BodySchema, Decoded } from '../config/schema.js';
import type { RegistryAuth } from '../docker/driver.js';
import { PostProcessorError, splitReference, type ImageArtifact, type PostProcessor, type PostProcessorContext, type PostProcessorPlugin } from './post-processor.js';

const SCHEMA: BodySchema = {
  attributes: {
    login: { type: T.bool, default: false, description: 'Log in to the registry with the login_* options before pushing.' },
    login_server: { type: T.string, description: 'Registry to log in to.' },
    login_username: { type: T.string, description: 'User name for the registry.' },
    login_password: { type: T.string, sensitive: true, description: 'Password or token for the registry.' },
    keep_input_artifact: { type: T.bool, description: 'Accepted for compatibility: pushing never removes the input image.' },
  },
};

class DockerPush implements PostProcessor {
  constructor(private readonly auth?: RegistryAuth) {}

  async run(input: ImageArtifact, ctx: PostProcessorContext): Promise<ImageArtifact> {
    if (input.tags.length === 0) {
      throw new PostProcessorError('docker-push needs a tagged image: put a docker-tag post-processor before it in the same post-processors chain.');
    }
    if (!ctx.push) {
      ctx.say(`Skipping push of ${input.tags.join(', ')} (push is off)`);
      return input;
    }
    const digests = [...input.digests];
    for (const ref of input.tags) {
      const { repository, tag } = splitReference(ref);
      ctx.say(`Pushing: ${ref}`);
      const pushed = await ctx.withRepositoryLock(repository, () =>
        ctx.driver.push(repository, tag, {
          auth: this.auth,
          signal: ctx.signal,
          onProgress: (e) => {
            if (e.status === 'Pushed' || e.status === 'Layer already exists' || e.status.startsWith('Mounted from')) ctx.message(`${e.id ?? ''}: ${e.status}`);
          },
        }),
      );
      ctx.message(`${tag}: digest: ${pushed.digest}${pushed.size === undefined ? '' : ` size: ${pushed.size}`}`);
      digests.push({ repository, tag, digest: pushed.digest });
    }
    return { ...input, digests };
  }
}

function decode(d: Decoded): { postProcessor?: PostProcessor; diagnostics: Diagnostic[] } {
  const a = d.attrs;
  const auth: RegistryAuth | undefined =
    a.login === true ? { username: (a.login_username as string | null) ?? undefined, password: (a.login_password as string | null) ?? undefined, serveraddress: (a.login_server as string | null) ?? undefined } : undefined;
  return { postProcessor: new DockerPush(auth), diagnostics: [] };
}

export const dockerPush: PostProcessorPlugin = { schema: SCHEMA, decode };
