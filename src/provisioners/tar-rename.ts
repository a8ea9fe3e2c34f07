// Re-streams a tar from the archive API with its top-level name replaced, so a download lands under the name the
// destination asks for ("x/a" → "dest/a") while extraction keeps tar.ts's path-safety checks.
import { PassThrough } from 'node:stream';
import tar from 'tar-stream';

function renamed(name: string, top: string): string {
  const rest = name.replace(/^\.?\/+/, '').replace(/^[^/]*/, '');
  return `${top}${rest}`;
}

/** The entries of `stream` with their first path element replaced by `top`; errors of either side end the output. */
export function renameTop(stream: NodeJS.ReadableStream, top: string): NodeJS.ReadableStream {
  const extract = tar.extract();
  const pack = tar.pack();
  const out = new PassThrough();
  const fail = (e: unknown) => out.destroy(e instanceof Error ? e : new Error(String(e)));
  stream.on('error', fail);
  pack.on('error', fail);
  stream.pipe(extract as unknown as NodeJS.WritableStream);
  pack.pipe(out);
  (async () => {
    for await (const entry of extract) {
      const h = entry.header;
      const header = { ...h, name: renamed(h.name, top), ...(h.type === 'link' && h.linkname ? { linkname: renamed(h.linkname, top) } : {}) };
      await new Promise<void>((resolve, reject) => {
        const sink = pack.entry(header, (err) => (err ? reject(err) : resolve()));
        entry.pipe(sink);
      });
    }
    pack.finalize();
  })().catch(fail);
  return out;
}
