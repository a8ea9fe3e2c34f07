// Packer's `checksum`: appends "<hex>\t<file name>" lines for every file of the input artifact to one file per
// checksum type; the output artifact is the input files plus the checksum files.
import { createHash } from 'node:crypto';
import { createReadStream, existsSync } from 'node:fs';
import { appendFile, mkdir } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { error, type Diagnostic } from '../hcl/diagnostics.js';
import { T } from '../hcl/value/value.js';
import type { BodySchema, Decoded } from '../config/schema.js';
import { checkPlaceholders, renderPlaceholders } from './placeholders.js';
import {
  BUILDER_ID,
  PostProcessorError,
  type ChainArtifact,
  type PostProcessor,
  type PostProcessorContext,
  type PostProcessorOutput,
  type PostProcessorPlugin,
} from '../plugin/post-processor.js';
import { messageOf } from '../error-message.js';
import { PACKER_INTERNAL } from '../config/unsupported.js';

export const CHECKSUM_TYPES = ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512'] as const;
const PLACEHOLDERS = ['BuildName', 'BuilderType', 'ChecksumType'] as const;
export const DEFAULT_CHECKSUM_OUTPUT = 'packer_{{.BuildName}}_{{.BuilderType}}_{{.ChecksumType}}.checksum';

const SCHEMA = {
  attributes: {
    checksum_types: { type: T.list(T.string), default: ['md5'], description: '`md5`, `sha1`, `sha224`, `sha256`, `sha384`, `sha512`.' },
    output: {
      type: T.string,
      default: DEFAULT_CHECKSUM_OUTPUT,
      description:
        "`{{.BuildName}}` (the source's name), `{{.BuilderType}}` (`docker`) and `{{.ChecksumType}}` are expanded; other placeholders are errors when validating.",
    },
  },
  unsupported: PACKER_INTERNAL,
} satisfies BodySchema;

async function digest(type: string, file: string, signal: AbortSignal): Promise<string> {
  const h = createHash(type);
  await pipeline(createReadStream(file), h, { signal });
  return h.digest('hex');
}

class Checksum implements PostProcessor {
  constructor(
    private readonly types: string[],
    private readonly output: string,
    private readonly cwd: string,
  ) {}

  async run(input: ChainArtifact, ctx: PostProcessorContext): Promise<PostProcessorOutput> {
    const files = [...input.files];
    for (const type of this.types) {
      for (const file of input.files) {
        const out = renderPlaceholders(this.output, { BuildName: ctx.buildName, BuilderType: ctx.builderType, ChecksumType: type });
        const outAbs = resolve(this.cwd, out);
        if (!existsSync(outAbs) && !files.includes(out)) files.push(out);
        let hex: string;
        try {
          hex = await digest(type, resolve(this.cwd, file), ctx.signal);
        } catch (e: unknown) {
          throw new PostProcessorError(`unable to compute ${type} hash for ${file}: ${messageOf(e)}`);
        }
        await mkdir(dirname(outAbs), { recursive: true });
        await appendFile(outAbs, `${hex}\t${basename(file)}\n`, { mode: 0o644 });
        ctx.message(`${type} ${hex} ${file} → ${out}`);
      }
    }
    const artifact: ChainArtifact = {
      builderId: BUILDER_ID.checksum,
      id: '',
      description: `Created artifact from files: ${files.join(', ')}`,
      files,
      tags: [],
      digests: [],
    };
    return { artifact, keep: true, forceKeep: true };
  }
}

function decode(d: Decoded<typeof SCHEMA>, _block: unknown, cwd: string): { postProcessor?: PostProcessor; diagnostics: Diagnostic[] } {
  const types = d.attrs.checksum_types;
  const output = d.attrs.output;
  const diags: Diagnostic[] = [];
  for (const t of types) {
    if (!(CHECKSUM_TYPES as readonly string[]).includes(t))
      diags.push(error('Unrecognized checksum type', `Unrecognized checksum type: ${t}. Use one of ${CHECKSUM_TYPES.join(', ')}.`, d.ranges.checksum_types));
  }
  diags.push(...checkPlaceholders(output, PLACEHOLDERS, 'output', d.ranges.output));
  if (diags.length > 0) return { diagnostics: diags };
  return { postProcessor: new Checksum(types, output, cwd), diagnostics: diags };
}

export const checksum: PostProcessorPlugin<typeof SCHEMA> = { schema: SCHEMA, decode };
