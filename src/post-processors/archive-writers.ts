// The archives compress writes, streamed file by file: tar (names are base names, as Packer's compress writes them)
// and zip (deflate, names as given, no zip64: each file and the archive must stay under 4 GiB).
import { once } from 'node:events';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { Writable } from 'node:stream';
import { crc32, createDeflateRaw } from 'node:zlib';
import { tarStream } from '../docker/tar.js';
import { PostProcessorError } from '../plugin/post-processor.js';

async function write(out: Writable, chunk: Buffer): Promise<void> {
  if (!out.write(chunk)) await once(out, 'drain');
}

/** Writes a tar of `files` (absolute path → name in the archive) to `out`, ending it. */
export async function writeTar(files: [string, string][], out: Writable): Promise<void> {
  const pack = (await tarStream()).pack();
  const piped = new Promise<void>((resolve, reject) => {
    pack.on('error', reject);
    out.on('error', reject);
    out.on('finish', resolve);
    pack.pipe(out);
  });
  piped.catch(() => undefined); // awaited at the end; a failure before then is the caller's to report
  for (const [abs, name] of files) {
    const st = await stat(abs);
    const entry = pack.entry({ name, size: st.size, mode: st.mode & 0o7777, mtime: st.mtime, type: 'file' });
    for await (const chunk of createReadStream(abs)) {
      if (!entry.write(chunk as Buffer)) await once(entry, 'drain');
    }
    entry.end(null);
  }
  pack.finalize();
  await piped;
}

const LIMIT = 0xffffffff;

function dosTime(d: Date): { time: number; date: number } {
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | Math.floor(d.getSeconds() / 2),
    date: ((Math.max(d.getFullYear(), 1980) - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}

interface Central {
  name: Buffer;
  crc: number;
  compressed: number;
  size: number;
  offset: number;
  time: number;
  date: number;
}

/** Writes a zip of `files` (absolute path → name in the archive) to `out`, ending it. */
export async function writeZip(files: [string, string][], out: Writable, level: number): Promise<void> {
  const central: Central[] = [];
  let offset = 0;
  const emit = async (b: Buffer) => {
    offset += b.length;
    await write(out, b);
  };
  for (const [abs, entryName] of files) {
    const st = await stat(abs);
    if (st.size >= LIMIT) throw new PostProcessorError(`Cannot zip ${abs}: files of 4 GiB or more need zip64, which repack does not write; use .tar.gz.`);
    const name = Buffer.from(entryName.replace(/\\/g, '/').replace(/^\/+/, ''));
    const { time, date } = dosTime(st.mtime);
    const start = offset;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0808, 6); // sizes in a data descriptor; UTF-8 names
    local.writeUInt16LE(8, 8);
    local.writeUInt16LE(time, 10);
    local.writeUInt16LE(date, 12);
    local.writeUInt16LE(name.length, 26);
    await emit(Buffer.concat([local, name]));
    let crc = 0;
    let compressed = 0;
    const deflate = createDeflateRaw({ level });
    const source = createReadStream(abs);
    source.on('data', (c) => (crc = crc32(c as Buffer, crc)));
    source.pipe(deflate);
    for await (const chunk of deflate) {
      compressed += (chunk as Buffer).length;
      await emit(chunk as Buffer);
    }
    const desc = Buffer.alloc(16);
    desc.writeUInt32LE(0x08074b50, 0);
    desc.writeUInt32LE(crc >>> 0, 4);
    desc.writeUInt32LE(compressed, 8);
    desc.writeUInt32LE(st.size, 12);
    await emit(desc);
    central.push({ name, crc: crc >>> 0, compressed, size: st.size, offset: start, time, date });
  }
  const cdStart = offset;
  for (const c of central) {
    const h = Buffer.alloc(46);
    h.writeUInt32LE(0x02014b50, 0);
    h.writeUInt16LE(0x031e, 4); // made by unix, 3.0
    h.writeUInt16LE(20, 6);
    h.writeUInt16LE(0x0808, 8);
    h.writeUInt16LE(8, 10);
    h.writeUInt16LE(c.time, 12);
    h.writeUInt16LE(c.date, 14);
    h.writeUInt32LE(c.crc, 16);
    h.writeUInt32LE(c.compressed, 20);
    h.writeUInt32LE(c.size, 24);
    h.writeUInt16LE(c.name.length, 28);
    h.writeUInt32LE((0o100644 << 16) >>> 0, 38);
    h.writeUInt32LE(c.offset, 42);
    await emit(Buffer.concat([h, c.name]));
  }
  if (offset >= LIMIT) throw new PostProcessorError('Cannot zip: archives of 4 GiB or more need zip64, which repack does not write; use .tar.gz.');
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(central.length, 8);
  end.writeUInt16LE(central.length, 10);
  end.writeUInt32LE(offset - cdStart, 12);
  end.writeUInt32LE(cdStart, 16);
  await write(out, end);
  out.end();
  await once(out, 'finish');
}
