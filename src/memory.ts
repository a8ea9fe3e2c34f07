// Streams of hundreds of megabytes pass through Buffers. V8 frees a dead Buffer's memory only when its small JS object
// is collected, and the bytes alone start a collection only after tens of megabytes of them have piled up: a 200 MB
// download peaked ~75 MB above what it holds at any moment (docs/adr/0003-streamed-memory.md). A young-generation
// collection every few megabytes frees those Buffers while they are still young; it costs well under a millisecond.
import { Transform } from 'node:stream';
import v8 from 'node:v8';
import vm from 'node:vm';

type Collect = (options: { type: 'minor' | 'major' }) => void;
let collect: Collect | null | undefined;

function collector(): Collect | null {
  if (collect !== undefined) return collect;
  try {
    // The flag exposes `gc` to contexts made after it is set; the main one keeps no such global.
    v8.setFlagsFromString('--expose-gc');
    const gc: unknown = vm.runInNewContext('gc');
    collect = typeof gc === 'function' ? (gc as Collect) : null;
  } catch {
    collect = null;
  }
  return collect;
}

/** Bytes streamed between two young-generation collections. */
export const STREAMED_BYTES_PER_COLLECTION = 4 * 1024 * 1024;

/** Passes chunks through unchanged, and collects young garbage every `STREAMED_BYTES_PER_COLLECTION` of them. */
export function collectingAsItStreams(): Transform {
  let sinceCollection = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      sinceCollection += chunk.length;
      if (sinceCollection >= STREAMED_BYTES_PER_COLLECTION) {
        sinceCollection = 0;
        collector()?.({ type: 'minor' });
      }
      done(null, chunk);
    },
  });
}
