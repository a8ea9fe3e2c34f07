// Packer's `file` provisioner: uploads host files, directories or inline content into the container, or downloads
// from it, through the archive API.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Block } from '../hcl/syntax/ast.js';
import { error, warning, type Diagnostic } from '../hcl/diagnostics.js';
import { T } from '../hcl/value/value.js';
import type { BodySchema, Decoded } from '../config/schema.js';
import { tarFromContent } from '../docker/tar.js';
import { downloadPath, uploadPath } from './file-transfer.js';
import { hostDigest } from '../plugin/host-digest.js';
import { ProvisionerError, type Provisioner, type ProvisionerContext, type ProvisionerPlugin } from '../plugin/provisioner.js';
import { messageOf } from '../error-message.js';
import { PACKER_INTERNAL } from '../config/unsupported.js';

const SCHEMA = {
  attributes: {
    source: {
      type: T.string,
      description: 'Host file or directory (upload), or container path (download).',
    },
    sources: { type: T.list(T.string), description: 'Several sources; `source` is appended after them, as in Packer.' },
    content: { type: T.string, description: 'Text to write to `destination`. Not with `source`/`sources`; upload only.' },
    destination: { type: T.string, required: true, description: 'Container path (upload) or host path (download).' },
    direction: { type: T.string, default: 'upload', description: '`"upload"` or `"download"`.' },
    generated: {
      type: T.bool,
      default: false,
      description: 'The source is made during the build (e.g. by `shell-local`): do not check it exists when validating.',
    },
  },
  unsupported: PACKER_INTERNAL,
} satisfies BodySchema;

/** The name inline content gets when the destination is a directory, as Packer documents it. */
export const CONTENT_NAME = 'pkr-file-content';

export interface FileConfig {
  /** Host paths (uploads, resolved against the working directory) or container paths (downloads), as written. */
  sources: { given: string; path: string }[];
  content?: string;
  destination: string;
  /** The destination as written, for messages. */
  destinationGiven: string;
  direction: 'upload' | 'download';
  generated: boolean;
}

function decode(d: Decoded<typeof SCHEMA>, block: Block, dir: string): { provisioner?: Provisioner; diagnostics: Diagnostic[] } {
  const diags: Diagnostic[] = [];
  const a = d.attrs;
  const direction = a.direction;
  if (direction !== 'upload' && direction !== 'download') {
    diags.push(error('Invalid direction', `Direction must be one of: download, upload (got "${direction}").`, d.ranges.direction));
    return { diagnostics: diags };
  }
  const given = [...(a.sources ?? []), ...(a.source === null ? [] : [a.source])];
  const content = a.content;
  const where = d.ranges.source ?? d.ranges.sources ?? block.openBraceRange;
  if (given.length > 0 && content !== null) diags.push(error('Invalid file provisioner', 'source(s) conflicts with content.', d.ranges.content));
  if (content !== null && direction === 'download')
    diags.push(error('Invalid file provisioner', 'content can only be uploaded: remove it or set direction = "upload".', d.ranges.content));
  if (given.length === 0 && content === null)
    diags.push(warning('Nothing to copy', 'Set source, sources or content: this provisioner copies nothing.', block.openBraceRange));
  const sources = given.map((g) => ({ given: g, path: direction === 'upload' ? resolve(dir, g) : g }));
  if (direction === 'upload' && a.generated !== true) {
    for (const s of sources) {
      if (!existsSync(s.path))
        diags.push(
          error(
            'Bad source',
            `Bad source '${s.given}': no such file or directory (relative paths are resolved against ${dir}). Set generated = true if an earlier step creates it.`,
            where,
          ),
        );
    }
  }
  if (diags.some((x) => x.severity === 'error')) return { diagnostics: diags };
  const dest = a.destination;
  const destination = direction === 'download' ? resolve(dir, dest) + (dest.endsWith('/') ? '/' : '') : dest;
  const config: FileConfig = { sources, content: content ?? undefined, destination, destinationGiven: dest, direction, generated: a.generated === true };
  return { provisioner: new FileProvisioner(config), diagnostics: diags };
}

export class FileProvisioner implements Provisioner {
  /** A download changes the host, not the image. */
  readonly effect: 'image' | 'host';

  constructor(readonly config: FileConfig) {
    this.effect = config.direction === 'download' ? 'host' : 'image';
  }

  describe(): unknown {
    const c = this.config;
    const sources = c.sources.map((s) => (c.direction === 'upload' ? { source: s.given, sha256: hostDigest(s.path) ?? null } : { source: s.given }));
    return { type: 'file', direction: c.direction, destination: c.destinationGiven, sources, content: c.content ?? null };
  }

  async run(ctx: ProvisionerContext): Promise<void> {
    const c = this.config;
    if (c.content !== undefined) {
      const target = c.destination.endsWith('/') ? `${c.destination}${CONTENT_NAME}` : c.destination;
      ctx.say(`Uploading content => ${c.destination}`);
      const dir = target.replace(/\/[^/]*$/, '') || '/';
      try {
        await ctx.comm.putArchive(dir, tarFromContent(target.slice(dir.length).replace(/^\//, ''), c.content));
      } catch (e: unknown) {
        throw new ProvisionerError(`Upload failed: ${messageOf(e)}`);
      }
      await ctx.comm.fixUploadOwner(target);
    }
    for (const s of c.sources) {
      if (ctx.signal.aborted) return;
      if (c.direction === 'upload') {
        ctx.say(`Uploading ${s.given} => ${c.destination}`);
        await uploadPath(ctx.comm, s.given.endsWith('/') ? `${s.path}/` : s.path, c.destination);
      } else {
        ctx.say(`Downloading ${s.given} => ${c.destinationGiven}`);
        await downloadPath(ctx.comm, s.given, c.destination, (m) => (ctx.warn ?? ctx.say)(`Warning: ${m}`));
      }
    }
  }
}

export const file: ProvisionerPlugin<typeof SCHEMA> = { schema: SCHEMA, decode };
