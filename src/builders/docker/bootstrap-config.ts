// The docker source's `build` block (packer-plugin-docker ≥ 1.1): the base image is built from a Dockerfile with
// `docker build` instead of pulled, and the build goes on from it.
import type { Block } from '../../hcl/syntax/ast.js';
import { type Diagnostic } from '../../hcl/diagnostics.js';
import type { EvalContext } from '../../hcl/eval/evaluate.js';
import { T } from '../../hcl/value/value.js';
import { decodeBody, type BodySchema } from '../../config/schema.js';

export const BOOTSTRAP_SCHEMA = {
  attributes: {
    path: {
      type: T.string,
      required: true,
      description: 'The Dockerfile, relative to the working directory. It must be inside `build_dir` (it travels in the build context).',
    },
    build_dir: { type: T.string, default: '.', description: 'The build context, relative to the working directory.' },
    arguments: { type: T.map(T.string), default: {}, description: 'Build arguments.' },
    pull: { type: T.bool, default: true, description: "Pull newer versions of the Dockerfile's base images." },
    compress: { type: T.bool, default: false, description: 'Accepted; the context is streamed to the engine as it is read.' },
  },
} satisfies BodySchema;

export interface DockerfileBootstrap {
  /** As written; resolved against the working directory when the build runs. */
  path: string;
  buildDir: string;
  arguments: Record<string, string>;
  pull: boolean;
}

export function decodeBootstrap(blocks: Block[], ctx: EvalContext, diags: Diagnostic[]): DockerfileBootstrap | undefined {
  const block = blocks.find((b) => b.type === 'build');
  if (!block) return undefined;
  const d = decodeBody(block.body, BOOTSTRAP_SCHEMA, ctx, block);
  diags.push(...d.diagnostics);
  const a = d.attrs;
  return {
    path: typeof a.path === 'string' ? a.path : '',
    buildDir: typeof a.build_dir === 'string' ? a.build_dir : '.',
    arguments: a.arguments ?? {},
    pull: a.pull !== false,
  };
}
