// Packer's built-in `http` data source (datasource/http): one request; a response outside 2xx is an error; outputs
// `url`, `body` and the response headers, which Packer names `request_headers` (duplicates joined with ", ").
import { PACKER_INTERNAL } from '../config/unsupported.js';
import { T, V, type Value } from '../hcl/value/value.js';
import { dataSource, type DataSourceResult } from '../config/data-source.js';

const METHODS = ['HEAD', 'GET', 'POST', 'PUT', 'DELETE', 'OPTIONS', 'PATCH'];

/** Go's canonical header key, as Packer's map keys are: "content-type" → "Content-Type". */
function canonicalKey(k: string): string {
  return k
    .split('-')
    .map((w) => (w ? w[0].toUpperCase() + w.slice(1).toLowerCase() : w))
    .join('-');
}

/** Packer prints a notice, not an error, when the body may not be text. */
function isText(contentType: string): boolean {
  const [type, ...params] = contentType.split(';').map((p) => p.trim());
  if (!/^text\/.+|^application\/json$|^application\/samlmetadata\+xml/.test(type.toLowerCase())) return false;
  const charset =
    params
      .find((p) => p.toLowerCase().startsWith('charset='))
      ?.slice(8)
      .replace(/"/g, '')
      .toLowerCase() ?? '';
  return charset === '' || charset === 'utf-8' || charset === 'us-ascii';
}

/** An error's message, whichever realm made it. */
const text = (e: unknown): string => (typeof e === 'object' && e !== null && 'message' in e && typeof e.message === 'string' ? e.message : String(e));

/** Never rejects: every failure is a result, reported at the block. */
async function request(url: string, method: string, headers: Record<string, string>, body: string): Promise<DataSourceResult> {
  let res: Response;
  let content: string;
  try {
    res = await fetch(url, { method, headers, body: body === '' ? undefined : body, redirect: 'follow' });
    content = await res.text();
  } catch (e: unknown) {
    // fetch's own message is "fetch failed"; why (ECONNREFUSED, a DNS failure, …) is its cause.
    const cause = typeof e === 'object' && e !== null && 'cause' in e && e.cause !== undefined ? `: ${text(e.cause)}` : '';
    return { error: `${method} ${url}: ${text(e)}${cause}` };
  }
  if (res.status < 200 || res.status >= 300) return { error: `HTTP request error. Response code: ${res.status}` };
  const responseHeaders: Record<string, Value> = {};
  res.headers.forEach((v, k) => {
    responseHeaders[canonicalKey(k)] = V.string(v);
  });
  const contentType = res.headers.get('content-type') ?? '';
  const warnings = isText(contentType)
    ? []
    : [`Content-Type is not recognized as a text type, got ${JSON.stringify(contentType)}. If the content is binary data, it may not be handled properly.`];
  return { value: V.object({ url: V.string(url), body: V.string(content), request_headers: V.map(responseHeaders, T.string) }), warnings };
}

export const httpDataSource = dataSource({
  schema: {
    attributes: {
      url: { type: T.string, description: 'The URL to request; it must answer with a 2xx status.' },
      method: { type: T.string, description: 'HTTP method: HEAD, GET, POST, PUT, DELETE, OPTIONS or PATCH (default GET).' },
      request_headers: { type: T.map(T.string), description: 'Headers sent with the request.' },
      request_body: { type: T.string, description: 'Body sent with the request.' },
    },
    unsupported: PACKER_INTERNAL,
  },
  configure(d) {
    const problems: string[] = [];
    if (typeof d.attrs.url !== 'string' || d.attrs.url === '') problems.push('the `url` must be specified');
    const method = typeof d.attrs.method === 'string' && d.attrs.method !== '' ? d.attrs.method : 'GET';
    if (!METHODS.includes(method)) problems.push(`the \`method\` must be one of [${METHODS.join(' ')}]`);
    return problems;
  },
  execute(d) {
    const method = typeof d.attrs.method === 'string' && d.attrs.method !== '' ? d.attrs.method : 'GET';
    const headers = d.attrs.request_headers ?? {};
    return request(d.attrs.url ?? '', method, headers, typeof d.attrs.request_body === 'string' ? d.attrs.request_body : '');
  },
});
