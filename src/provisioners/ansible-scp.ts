// The legacy scp protocol (`scp -t` receives, `scp -f` sends), served by the Ansible proxy adapter so that
// `scp -O` on the host moves files in and out of the build container through the communicator. Ansible sends and
// fetches single files; directories are refused.
import { posix } from 'node:path';
import { Readable } from 'node:stream';
import type { Communicator } from '../plugin/communicator.js';
import { tarStream } from '../docker/tar.js';
import { messageOf } from '../error-message.js';

const OK = Buffer.from([0]);

/** Reads bytes, lines and blocks from a stream, on demand. */
export class ByteReader {
  private chunks: Buffer[] = [];
  private length = 0;
  private ended = false;
  private wake?: () => void;

  constructor(stream: NodeJS.ReadableStream) {
    stream.on('data', (b: Buffer) => {
      this.chunks.push(b);
      this.length += b.length;
      this.wake?.();
    });
    stream.on('end', () => {
      this.ended = true;
      this.wake?.();
    });
    stream.on('close', () => {
      this.ended = true;
      this.wake?.();
    });
  }

  private async need(n: number): Promise<boolean> {
    while (this.length < n) {
      if (this.ended) return false;
      await new Promise<void>((resolve) => (this.wake = resolve));
      this.wake = undefined;
    }
    return true;
  }

  private take(n: number): Buffer {
    const all = this.chunks.length === 1 ? this.chunks[0] : Buffer.concat(this.chunks);
    const out = all.subarray(0, n);
    const rest = all.subarray(n);
    this.chunks = rest.length > 0 ? [rest] : [];
    this.length = rest.length;
    return out;
  }

  async byte(): Promise<number | undefined> {
    return (await this.need(1)) ? this.take(1)[0] : undefined;
  }

  async bytes(n: number): Promise<Buffer | undefined> {
    return (await this.need(n)) ? this.take(n) : undefined;
  }

  /** Up to (not including) the next newline. */
  async line(): Promise<string | undefined> {
    for (;;) {
      const all = Buffer.concat(this.chunks);
      this.chunks = all.length > 0 ? [all] : [];
      const nl = all.indexOf(10);
      if (nl >= 0)
        return this.take(nl + 1)
          .subarray(0, nl)
          .toString('utf8');
      if (!(await this.need(all.length + 1))) return undefined;
    }
  }
}

/** Splits `scp`'s arguments into its option letters and the path, with the shell quoting Ansible adds removed. */
export function scpArgs(args: string): { opts: string; path: string } {
  let opts = '';
  let rest = args.trimStart();
  for (;;) {
    const m = /^-(\S*)\s*/.exec(rest);
    if (!m) break;
    if (m[1] !== '-') opts += m[1];
    rest = rest.slice(m[0].length);
    if (m[1] === '-') break;
  }
  return { opts, path: unquote(rest.trim()) };
}

/** POSIX shell word quoting ('…', "…", backslashes) removed; words joined by one space. */
export function unquote(text: string): string {
  const words: string[] = [];
  let word = '';
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "'") {
      const end = text.indexOf("'", i + 1);
      word += text.slice(i + 1, end < 0 ? text.length : end);
      i = end < 0 ? text.length : end;
      inWord = true;
    } else if (c === '"') {
      for (i++; i < text.length && text[i] !== '"'; i++) {
        if (text[i] === '\\' && i + 1 < text.length && '"\\$`\n'.includes(text[i + 1])) i++;
        word += text[i];
      }
      inWord = true;
    } else if (c === '\\' && i + 1 < text.length) {
      word += text[++i];
      inWord = true;
    } else if (/\s/.test(c)) {
      if (inWord) words.push(word);
      word = '';
      inWord = false;
    } else {
      word += c;
      inWord = true;
    }
  }
  if (inWord) words.push(word);
  return words.join(' ');
}

/** Does this `scp` command line ask to receive (-t) or send (-f)? Others run in the container as they are. */
export function scpMode(command: string): 'to' | 'from' | undefined {
  if (!command.startsWith('scp ')) return undefined;
  const { opts } = scpArgs(command.slice(4));
  if (opts.includes('t')) return 'to';
  if (opts.includes('f')) return 'from';
  return undefined;
}

function refuse(out: NodeJS.WritableStream, message: string): Error {
  out.write(`\x02${message}\n`);
  return new Error(message);
}

/** The remote end of an upload (`scp -t target`): each file sent is written to target (or into it, for "…/"). */
export async function scpReceive(target: string, input: ByteReader, out: NodeJS.WritableStream, comm: Communicator): Promise<void> {
  if (target === '') throw refuse(out, 'scp: no target given');
  out.write(OK);
  for (;;) {
    const kind = await input.byte();
    if (kind === undefined) return;
    const line = await input.line();
    if (line === undefined) throw new Error('scp: the connection ended inside a message');
    switch (String.fromCharCode(kind)) {
      case 'T':
      case 'E':
        out.write(OK);
        break;
      case 'C': {
        const m = /^([0-7]{3,4}) (\d+) (.+)$/.exec(line);
        if (!m) throw refuse(out, `scp: invalid file message: C${line}`);
        out.write(OK);
        const data = await input.bytes(Number(m[2]));
        const status = await input.byte();
        if (data === undefined || status === undefined) throw new Error('scp: the connection ended inside a file');
        if (status !== 0) throw new Error(`scp: the sender failed: ${(await input.line()) ?? ''}`);
        const dest = target.endsWith('/') ? posix.join(target, m[3]) : target;
        try {
          await comm.upload(dest, data, parseInt(m[1], 8));
          await comm.fixUploadOwner(dest);
        } catch (e: unknown) {
          throw refuse(out, `scp: ${dest}: ${messageOf(e)}`);
        }
        out.write(OK);
        break;
      }
      case 'D':
        throw refuse(out, 'scp: directory uploads are not supported');
      case '\x01':
        break;
      case '\x02':
        throw new Error(`scp: ${line}`);
      default:
        throw refuse(out, `scp: unexpected message ${JSON.stringify(String.fromCharCode(kind))}`);
    }
  }
}

interface ContainerFile {
  name: string;
  mode: number;
  data: Buffer;
}

async function readContainerFile(comm: Communicator, path: string): Promise<ContainerFile> {
  const stream = await comm.getArchive(path);
  const extract = (await tarStream()).extract();
  stream.on('error', (e: Error) => extract.destroy(e));
  stream.pipe(extract as unknown as NodeJS.WritableStream);
  let file: ContainerFile | undefined;
  for await (const entry of extract) {
    const chunks: Buffer[] = [];
    for await (const chunk of Readable.from(entry)) chunks.push(chunk as Buffer);
    if (file) continue;
    if (entry.header.type !== 'file') throw new Error('not a regular file');
    file = { name: posix.basename(entry.header.name), mode: (entry.header.mode ?? 0o644) & 0o7777, data: Buffer.concat(chunks) };
  }
  if (!file) throw new Error('No such file or directory');
  return file;
}

async function expectOk(input: ByteReader): Promise<void> {
  const code = await input.byte();
  if (code === undefined) throw new Error('scp: the connection ended');
  if (code !== 0) {
    const message = (await input.line()) ?? '';
    if (code > 1) throw new Error(`scp: ${message}`);
  }
}

/** The remote end of a download (`scp -f source`): sends the one file. */
export async function scpSend(source: string, input: ByteReader, out: NodeJS.WritableStream, comm: Communicator): Promise<void> {
  let file: ContainerFile;
  try {
    file = await readContainerFile(comm, source);
  } catch (e: unknown) {
    out.write(`\x01scp: ${source}: ${messageOf(e)}\n`);
    throw new Error(`scp: ${source}: ${messageOf(e)}`);
  }
  await expectOk(input);
  out.write(`C${file.mode.toString(8).padStart(4, '0')} ${file.data.length} ${file.name}\n`);
  await expectOk(input);
  out.write(file.data);
  out.write(OK);
  await expectOk(input);
}
