// Packer's `manifest`: appends one entry per build to a JSON file (builds[] and last_run_uuid), keeping the entries of
// earlier runs. Parallel builds of one run append in turn.
import { existsSync, statSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import type { Diagnostic } from '../hcl/diagnostics.js';
import { T } from '../hcl/value/value.js';
import type { BodySchema, Decoded } from '../config/schema.js';
import { artifactId } from './describe.js';
import {
  PostProcessorError,
  type ChainArtifact,
  type PostProcessor,
  type PostProcessorContext,
  type PostProcessorOutput,
  type PostProcessorPlugin,
} from '../plugin/post-processor.js';
import { PACKER_INTERNAL } from '../config/unsupported.js';

const SCHEMA = {
  attributes: {
    output: { type: T.string, default: 'packer-manifest.json', description: 'The manifest file (created with its directory).' },
    strip_path: { type: T.bool, default: false, description: "Write only each file's base name." },
    strip_time: { type: T.bool, default: false, description: 'Leave `build_time` out.' },
    custom_data: { type: T.map(T.string), description: 'Stored with the entry.' },
  },
  unsupported: PACKER_INTERNAL,
} satisfies BodySchema;

export interface ManifestBuild {
  name: string;
  builder_type: string;
  build_time?: number;
  /** null when the artifact has no files, as Packer writes it. */
  files: { name: string; size: number }[] | null;
  artifact_id: string;
  packer_run_uuid: string;
  custom_data: Record<string, string> | null;
}

export interface ManifestFile {
  builds: ManifestBuild[];
  last_run_uuid: string;
}

/** One writer at a time per manifest file within this process. */
const queues = new Map<string, Promise<unknown>>();

function serialised<T>(key: string, fn: () => Promise<T>): Promise<T> {
  const next = (queues.get(key) ?? Promise.resolve()).then(fn, fn);
  queues.set(
    key,
    next.catch(() => undefined),
  );
  return next;
}

class Manifest implements PostProcessor {
  constructor(
    private readonly c: { output: string; stripPath: boolean; stripTime: boolean; customData: Record<string, string> | null },
    private readonly cwd: string,
  ) {}

  entry(input: ChainArtifact, ctx: PostProcessorContext): ManifestBuild {
    const files = input.files.map((f) => {
      const abs = resolve(this.cwd, f);
      return { name: this.c.stripPath ? basename(f) : f, size: existsSync(abs) ? statSync(abs).size : 0 };
    });
    const time = this.c.stripTime ? {} : { build_time: Math.floor(Date.now() / 1000) };
    return {
      name: ctx.buildName,
      builder_type: ctx.builderType,
      ...time,
      files: files.length > 0 ? files : null,
      artifact_id: artifactId(input),
      packer_run_uuid: ctx.runUuid,
      custom_data: this.c.customData,
    };
  }

  async run(input: ChainArtifact, ctx: PostProcessorContext): Promise<PostProcessorOutput> {
    const path = resolve(this.cwd, this.c.output);
    const entry = this.entry(input, ctx);
    await serialised(path, async () => {
      let manifest: ManifestFile = { builds: [], last_run_uuid: '' };
      const text = await readFile(path, 'utf8').catch((e: unknown) => {
        if ((e as NodeJS.ErrnoException).code === 'ENOENT') return '';
        throw new PostProcessorError(`Unable to open ${this.c.output} for reading: ${(e as Error).message}`);
      });
      if (text.trim() !== '') {
        try {
          const parsed = JSON.parse(text) as Partial<ManifestFile>;
          manifest = { builds: Array.isArray(parsed.builds) ? parsed.builds : [], last_run_uuid: parsed.last_run_uuid ?? '' };
        } catch (e: unknown) {
          throw new PostProcessorError(`Unable to parse content from ${this.c.output}: ${(e as Error).message}`);
        }
      }
      manifest.builds.push(entry);
      manifest.last_run_uuid = ctx.runUuid;
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, JSON.stringify(manifest, null, 2), { mode: 0o664 });
    });
    ctx.message(`Added ${ctx.buildName} to ${this.c.output}`);
    return { artifact: input, keep: true, forceKeep: true };
  }
}

function decode(d: Decoded<typeof SCHEMA>, _block: unknown, cwd: string): { postProcessor?: PostProcessor; diagnostics: Diagnostic[] } {
  const a = d.attrs;
  const c = {
    output: a.output,
    stripPath: a.strip_path === true,
    stripTime: a.strip_time === true,
    customData: a.custom_data ?? null,
  };
  return { postProcessor: new Manifest(c, cwd), diagnostics: [] };
}

export const manifest: PostProcessorPlugin<typeof SCHEMA> = { schema: SCHEMA, decode };
