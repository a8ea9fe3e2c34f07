// The credential parts of the docker CLI's config file (`$DOCKER_CONFIG/config.json`, else `~/.docker/config.json`):
// `auths` entries, `credHelpers` per registry and the default `credsStore`. Errors never quote the file: it holds
// secrets.
import path from 'node:path';

export interface StoredAuth {
  username?: string;
  password?: string;
  identitytoken?: string;
}

export interface DockerConfigFile {
  /** Where it was read from (or would have been), for messages. */
  path: string;
  /** Server address as written (`ghcr.io`, `https://index.docker.io/v1/`) → credentials. */
  auths: Record<string, StoredAuth>;
  credHelpers: Record<string, string>;
  credsStore?: string;
  /** Why the file could not be used, when it exists but is not a valid config. */
  problem?: string;
}

/** The directory the docker CLI keeps its config in. */
export function dockerConfigDir(env: NodeJS.ProcessEnv, home: string): string {
  return env.DOCKER_CONFIG || path.join(env.HOME || home, '.docker');
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

/** `auth` is base64 of `user:password`; it wins over separate username/password fields, as in the CLI. */
function toStoredAuth(entry: Record<string, unknown>): StoredAuth | undefined {
  const out: StoredAuth = { username: str(entry.username), password: str(entry.password), identitytoken: str(entry.identitytoken) };
  const encoded = str(entry.auth);
  if (encoded !== undefined) {
    const decoded = Buffer.from(encoded, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon < 0) return undefined;
    out.username = decoded.slice(0, colon);
    out.password = decoded.slice(colon + 1);
  }
  return out;
}

function stringMap(v: unknown): Record<string, string> {
  if (!isRecord(v)) return {};
  return Object.fromEntries(Object.entries(v).filter((e): e is [string, string] => typeof e[1] === 'string' && e[1] !== ''));
}

/** Parses the file's text; `undefined` text means there is no file (no credentials, not a problem). */
export function parseDockerConfig(text: string | undefined, file: string): DockerConfigFile {
  const empty: DockerConfigFile = { path: file, auths: {}, credHelpers: {} };
  if (text === undefined || text.trim() === '') return empty;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    // JSON.parse's message quotes the text around the error, which may be a secret.
    return { ...empty, problem: `${file} is not valid JSON` };
  }
  if (!isRecord(parsed)) return { ...empty, problem: `${file} does not hold a JSON object` };
  const auths: Record<string, StoredAuth> = {};
  const badEntries: string[] = [];
  for (const [server, entry] of Object.entries(isRecord(parsed.auths) ? parsed.auths : {})) {
    const auth = isRecord(entry) ? toStoredAuth(entry) : undefined;
    if (auth) auths[server] = auth;
    else badEntries.push(server);
  }
  const config: DockerConfigFile = { path: file, auths, credHelpers: stringMap(parsed.credHelpers), credsStore: str(parsed.credsStore) };
  if (badEntries.length > 0) config.problem = `the "auth" of ${badEntries.join(', ')} in ${file} is not base64 of "user:password"`;
  return config;
}
