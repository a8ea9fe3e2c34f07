import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from '@jest/globals';
import { Demuxer } from '../src/docker/demux.js';
import { DriverError } from '../src/docker/driver.js';
import { type JsonMessage, followProgress } from '../src/docker/progress.js';
import { pushedDigest } from '../src/docker/push-digest.js';

const DIGEST = `sha256:${'ab'.repeat(32)}`;

function chunked(text: string, size: number): Readable {
  const bytes = Buffer.from(text);
  const parts: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += size) parts.push(bytes.subarray(i, i + size));
  return Readable.from(parts);
}

describe('followProgress', () => {
  const lines = [
    { status: 'Pulling from debian', id: 'bookworm' },
    { status: 'Downloading', id: 'abc', progress: '[==>   ] 1MB/3MB', progressDetail: { current: 1, total: 3 } },
    { status: 'Status: Downloaded newer image for debian:bookworm — ✓' },
  ];
  const text = `${lines.map((l) => JSON.stringify(l)).join('\r\n')}\r\n`;

  it.each([1, 2, 3, 7, 64, 10_000])('parses events split into %i-byte chunks (incl. inside UTF-8 characters)', async (size) => {
    const seen: JsonMessage[] = [];
    const events = await followProgress(chunked(text, size), 'pull debian', (e) => seen.push(e));
    expect(events).toEqual(lines);
    expect(seen).toEqual(lines);
  });

  it('accepts a last line without a newline and skips blank lines', async () => {
    const events = await followProgress(Readable.from(['\n\n{"status":"a"}\n\n{"status":"b"}']), 'x');
    expect(events).toEqual([{ status: 'a' }, { status: 'b' }]);
  });

  it('rejects at the first error event with the engine message, after reporting it', async () => {
    const stream = Readable.from([
      '{"status":"Preparing","id":"1"}\n',
      '{"errorDetail":{"message":"connection refused"},"error":"connection refused"}\n',
      '{"status":"never read"}\n',
    ]);
    const seen: JsonMessage[] = [];
    await expect(followProgress(stream, 'push r:t', (e) => seen.push(e))).rejects.toThrow(new DriverError('push r:t: connection refused'));
    expect(seen).toHaveLength(2);
  });

  it('uses `error` when there is no errorDetail', async () => {
    await expect(followProgress(Readable.from(['{"error":"denied"}\n']), 'push r:t')).rejects.toThrow('push r:t: denied');
  });

  it('rejects output that is not JSON', async () => {
    await expect(followProgress(Readable.from(['<html>502 Bad Gateway</html>\n']), 'pull x')).rejects.toThrow(
      /unexpected output from the Docker engine: <html>502/,
    );
  });

  it('rejects when the stream fails', async () => {
    const stream = new PassThrough();
    const result = followProgress(stream, 'pull x');
    stream.write('{"status":"a"}\n');
    stream.destroy(new Error('socket hang up'));
    await expect(result).rejects.toThrow('socket hang up');
  });
});

describe('pushedDigest', () => {
  it('takes the digest from the aux event', () => {
    const events: JsonMessage[] = [
      { status: 'Pushed', id: '1' },
      { status: `t: digest: sha256:${'cd'.repeat(32)} size: 1` },
      { aux: { Tag: 't', Digest: DIGEST, Size: 528 } },
    ];
    expect(pushedDigest(events)).toEqual({ digest: DIGEST, size: 528 });
  });

  it('falls back to the status line (Podman)', () => {
    expect(pushedDigest([{ status: 'Copying blob' }, { status: `latest: digest: ${DIGEST} size: 1234` }])).toEqual({
      digest: DIGEST,
      size: 1234,
    });
  });

  it('is undefined without a digest', () => {
    expect(pushedDigest([{ status: 'Pushed' }, { aux: { Tag: 't' } }])).toBeUndefined();
  });
});

function frame(type: number, body: string): Buffer {
  const payload = Buffer.from(body);
  const header = Buffer.alloc(8);
  header[0] = type;
  header.writeUInt32BE(payload.length, 4);
  return Buffer.concat([header, payload]);
}

function demux(chunks: Buffer[]): { out: string; err: string } {
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  const d = new Demuxer(
    (c) => out.push(c),
    (c) => err.push(c),
  );
  for (const c of chunks) d.push(c);
  d.end();
  return { out: Buffer.concat(out).toString(), err: Buffer.concat(err).toString() };
}

describe('Demuxer', () => {
  const stream = Buffer.concat([frame(1, 'out1\n'), frame(2, 'err1\n'), frame(1, ''), frame(1, 'é out2\n'), frame(2, 'err2')]);

  it.each([1, 3, 8, 9, 13, 1000])('splits stdout and stderr with %i-byte chunks', (size) => {
    const chunks: Buffer[] = [];
    for (let i = 0; i < stream.length; i += size) chunks.push(stream.subarray(i, i + size));
    expect(demux(chunks)).toEqual({ out: 'out1\né out2\n', err: 'err1\nerr2' });
  });

  it('sends un-multiplexed engine text to stderr', () => {
    const text = 'OCI runtime exec failed: exec failed: no such file or directory\r\n';
    expect(demux([Buffer.from(text)])).toEqual({ out: '', err: text });
    expect(demux([Buffer.from('OCI')])).toEqual({ out: '', err: 'OCI' });
  });

  it('handles a large frame arriving in pieces', () => {
    const big = frame(1, 'x'.repeat(100_000));
    expect(demux([big.subarray(0, 5), big.subarray(5, 50_000), big.subarray(50_000)]).out).toHaveLength(100_000);
  });
});
