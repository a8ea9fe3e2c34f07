// Packer's `artifice`: replaces the artifact with the host files it names (globs allowed), so later post-processors
// (checksum, compress, docker-import, …) work on files a build produced. The old files are not deleted.
import type { Block } from '../hcl/syntax/ast.js';
import { error, type Diagnostic } from '../hcl/diagnostics.js';
import { T } from '../hcl/value/value.js';
import type { BodySchema, Decoded } from '../config/schema.js';
import { globFiles } from './glob-files.js';
import {
  BUILDER_ID,
  type ChainArtifact,
  type PostProcessor,
  type PostProcessorContext,
  type PostProcessorOutput,
  type PostProcessorPlugin,
} from '../plugin/post-processor.js';
import { PACKER_INTERNAL } from '../config/unsupported.js';

const SCHEMA = {
  attributes: {
    files: {
      doc: { default: 'required' },
      type: T.list(T.string),
      default: [],
      description: "Paths or globs (`*`, `?`, `[…]` within one path element, as Go's `filepath.Glob`).",
    },
  },
  unsupported: PACKER_INTERNAL,
} satisfies BodySchema;

class Artifice implements PostProcessor {
  constructor(
    private readonly patterns: string[],
    private readonly cwd: string,
  ) {}

  async run(input: ChainArtifact, ctx: PostProcessorContext): Promise<PostProcessorOutput> {
    if (input.files.length > 0) ctx.say(`Discarding files from artifact: ${input.files.join(', ')}`);
    const files: string[] = [];
    for (const p of this.patterns) {
      const matched = globFiles(p, this.cwd);
      if (matched.length === 0) ctx.message(`No file matches ${p}`);
      files.push(...matched);
    }
    ctx.say(`Using these artifact files: ${files.join(', ')}`);
    const artifact: ChainArtifact = {
      builderId: BUILDER_ID.artifice,
      id: '',
      description: `Created artifact from files: ${files.join(', ')}`,
      files,
      tags: [],
      digests: [],
    };
    return { artifact, keep: true, forceKeep: false };
  }
}

function decode(d: Decoded<typeof SCHEMA>, block: Block, cwd: string): { postProcessor?: PostProcessor; diagnostics: Diagnostic[] } {
  const files = d.attrs.files;
  if (files.length === 0)
    return { diagnostics: [error('Invalid artifice', 'No files specified in artifice configuration.', d.ranges.files ?? block.openBraceRange)] };
  return { postProcessor: new Artifice(files, cwd), diagnostics: [] };
}

export const artifice: PostProcessorPlugin<typeof SCHEMA> = { schema: SCHEMA, decode };
