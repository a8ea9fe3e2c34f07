// Packer's `compress`: archives the input artifact's files into `output`, the format chosen by its extension:
// .tar, .zip, .gz (one file), .tar.gz/.tgz, or no known extension (tar + gzip, as Packer does).
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import { PassThrough } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { constants, createGzip } from 'node:zlib';
import { error, type Diagnostic } from '../hcl/diagnostics.js';
import { T } from '../hcl/value/value.js';
import type { BodySchema, Decoded } from '../config/schema.js';
import { platformPath } from '../plugin/platform.js';
import { writeTar, writeZip } from './archive-writers.js';
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
import { messageOf, toError } from '../error-message.js';
import { each, ignored, PACKER_INTERNAL } from '../config/unsupported.js';

const SCHEMA = {
  attributes: {
    output: {
      type: T.string,
      default: 'packer_{{.BuildName}}_{{.BuilderType}}',
      description: 'Archive path; `{{.BuildName}}`, `{{.BuilderType}}` expanded.',
    },
    format: { type: T.string, description: 'Used as the extension when `output` has none that tells, e.g. `"tar.gz"`, `"zip"`.' },
    compression_level: { type: T.number, default: 6, description: '1 (fast) … 9 (small); `0` and `-1` mean 6; above 9 means 9.' },
  },
  unsupported: {
    ...PACKER_INTERNAL,
    ...each(
      ['archive', 'algorithm'],
      ignored(
        'Packer derives it from the output file name (or format) and overwrites what the template sets, and so does repack. Remove it; set format instead.',
      ),
    ),
  },
} satisfies BodySchema;

export interface CompressFormat {
  archive?: 'tar' | 'zip';
  gzip: boolean;
}

const UNSUPPORTED = ['lz4', 'bgzf', 'xz', 'bzip2'];

/** Packer's detectFromFilename: the last extension decides, "tar" before it adds a tar archive. */
export function detectFormat(output: string, format?: string): CompressFormat | { unsupported: string } {
  const exts = [...(format ? `${output}.${format}` : output).matchAll(/\.([a-z0-9]+)/g)].map((m) => m[1]);
  const last = exts.at(-1);
  const tarBefore = exts.at(-2) === 'tar';
  if (last === 'zip' || last === 'tar') return { archive: last, gzip: false };
  if (last === 'gz' || last === 'tgz') return { archive: tarBefore || last === 'tgz' ? 'tar' : undefined, gzip: true };
  if (last !== undefined && UNSUPPORTED.includes(last)) return { unsupported: last };
  return { archive: 'tar', gzip: true };
}

class Compress implements PostProcessor {
  constructor(
    private readonly output: string,
    private readonly format: string | undefined,
    private readonly level: number,
    private readonly cwd: string,
  ) {}

  async run(input: ChainArtifact, ctx: PostProcessorContext): Promise<PostProcessorOutput> {
    const rendered = renderPlaceholders(this.output, { BuildName: ctx.buildName, BuilderType: ctx.builderType });
    const target = ctx.leg ? platformPath(rendered, ctx.leg.platform) : rendered;
    const fmt = detectFormat(target, this.format);
    if ('unsupported' in fmt) throw new PostProcessorError(`compress: .${fmt.unsupported} is not supported by repack; use .tar.gz, .tgz, .gz, .tar or .zip.`);
    const abs = resolve(this.cwd, target);
    const files = input.files.map((f): [string, string] => [resolve(this.cwd, f), fmt.archive === 'tar' ? basename(f) : f]);
    if (!fmt.archive && files.length !== 1) {
      throw new PostProcessorError(`Can only have 1 input file when not using tar/zip. Found ${files.length} files: ${input.files.join(', ')}`);
    }
    await mkdir(dirname(abs), { recursive: true });
    const copy = (from: NodeJS.ReadableStream): Promise<void> =>
      fmt.gzip
        ? pipeline(from, createGzip({ level: this.level }), createWriteStream(abs), { signal: ctx.signal })
        : pipeline(from, createWriteStream(abs), { signal: ctx.signal });
    const what = fmt.gzip ? 'gzip' : 'no compression';
    try {
      if (!fmt.archive) {
        ctx.say(`Archiving ${input.files[0]} with ${what}`);
        await copy(createReadStream(files[0][0]));
      } else {
        ctx.say(fmt.archive === 'zip' ? `Zipping ${target}` : `Tarring ${target} with ${what}`);
        const sink = new PassThrough();
        const written = copy(sink);
        const writer = fmt.archive === 'zip' ? writeZip(files, sink, this.level) : writeTar(files, sink);
        await Promise.all([writer.catch((e: unknown) => sink.destroy(toError(e))), written]);
      }
    } catch (e: unknown) {
      await rm(abs, { force: true });
      throw e instanceof PostProcessorError ? e : new PostProcessorError(`Error creating ${target}: ${messageOf(e)}`);
    }
    ctx.say(`Archive ${target} completed`);
    const artifact: ChainArtifact = {
      builderId: BUILDER_ID.compress,
      id: '',
      description: `compressed artifacts in: ${target}`,
      files: [target],
      tags: [],
      digests: [],
    };
    return { artifact, keep: false, forceKeep: false };
  }
}

function decode(d: Decoded<typeof SCHEMA>, _block: unknown, cwd: string): { postProcessor?: PostProcessor; diagnostics: Diagnostic[] } {
  const output = d.attrs.output;
  const format = d.attrs.format ?? undefined;
  const diags = checkPlaceholders(output, ['BuildName', 'BuilderType'], 'output', d.ranges.output);
  const fmt = detectFormat(output, format);
  if ('unsupported' in fmt)
    diags.push(
      error(
        'Unsupported compression format',
        `.${fmt.unsupported} is not supported by repack (it would need a compression library); use .tar.gz, .tgz, .gz, .tar or .zip.`,
        d.ranges.format ?? d.ranges.output,
      ),
    );
  const raw = Math.floor(Number(d.attrs.compression_level));
  if (raw < -1) diags.push(error('Invalid compression_level', `compression_level must be between -1 and 9 (got ${raw}).`, d.ranges.compression_level));
  if (diags.length > 0) return { diagnostics: diags };
  const level = raw === 0 || raw === -1 ? constants.Z_DEFAULT_COMPRESSION : Math.min(raw, 9);
  return { postProcessor: new Compress(output, format, level, cwd), diagnostics: diags };
}

export const compress: PostProcessorPlugin<typeof SCHEMA> = { schema: SCHEMA, decode };
