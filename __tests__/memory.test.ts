// The driver passes every archive, export and image save it sends or receives through collectingAsItStreams.
import { Readable } from 'node:stream';
import { expect, it } from '@jest/globals';
import { coalesce } from '../src/docker/tar.js';
import { collectingAsItStreams } from '../src/memory.js';

it('frees what it streamed as it goes: 256 MB through it never holds more than ~20 MB', async () => {
  // A socket's 64 KB chunks, each a fresh Buffer, as a download delivers them, gathered as an extraction does.
  // Measured here: 18 MB with the young-generation collections, 37–44 MB without them (V8 then waits for dead
  // external memory to pile up before collecting).
  async function* socket(): AsyncGenerator<Buffer> {
    for (let i = 0; i < 4096; i++) yield Buffer.alloc(64 * 1024, i);
  }
  const base = process.memoryUsage().arrayBuffers;
  let peak = 0;
  let bytes = 0;
  const gathered = Readable.from(socket())
    .pipe(collectingAsItStreams())
    .pipe(coalesce(1 << 20));
  for await (const chunk of gathered) {
    bytes += (chunk as Buffer).length;
    peak = Math.max(peak, process.memoryUsage().arrayBuffers - base);
  }
  expect(bytes).toBe(256 * 1024 * 1024);
  expect(peak).toBeLessThan(26 * 1024 * 1024);
}, 60_000);

it('passes every chunk through unchanged and in order', async () => {
  const chunks = Array.from({ length: 300 }, (_, i) => Buffer.alloc(32 * 1024 + i, i));
  const out: Buffer[] = [];
  for await (const chunk of Readable.from(chunks).pipe(collectingAsItStreams())) out.push(chunk as Buffer);
  expect(Buffer.concat(out).equals(Buffer.concat(chunks))).toBe(true);
});
