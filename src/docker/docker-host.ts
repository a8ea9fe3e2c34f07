// Where the docker CLI would connect, as dockerode options: DOCKER_HOST (unix://, tcp://, ssh://, bare host:port),
// DOCKER_TLS / DOCKER_TLS_VERIFY / DOCKER_CERT_PATH, else the current docker context, else the default socket.
import { createHash } from 'node:crypto';
import https from 'node:https';
import path from 'node:path';
import type { DockerOptions } from 'dockerode';
import { DriverError } from './driver.js';

export const DEFAULT_SOCKET = '/var/run/docker.sock';

/** dockerode's typings omit `agent`, which docker-modem passes to http(s).request. */
export type EngineOptions = DockerOptions & { agent?: https.Agent };

export interface Endpoint {
  /** The daemon address as the CLI prints it in errors, e.g. `unix:///var/run/docker.sock`. */
  address: string;
  options: EngineOptions;
}

/** The filesystem reads endpoint resolution needs, injectable for tests. */
export interface HostFiles {
  home: string;
  /** The file's contents, or undefined when it does not exist. */
  read(file: string): Buffer | undefined;
}

interface Tls {
  verify: boolean;
  ca?: Buffer;
  cert?: Buffer;
  key?: Buffer;
}

function configDir(env: NodeJS.ProcessEnv, files: HostFiles): string {
  return env.DOCKER_CONFIG || path.join(files.home, '.docker');
}

function tlsMaterial(dir: string, verify: boolean, files: HostFiles): Tls {
  const read = (name: string): Buffer | undefined => files.read(path.join(dir, name));
  return { verify, ca: read('ca.pem'), cert: read('cert.pem'), key: read('key.pem') };
}

// The CLI enables TLS for any non-empty DOCKER_TLS / DOCKER_TLS_VERIFY (even "0"); we do the same.
function envTls(env: NodeJS.ProcessEnv, files: HostFiles): Tls | undefined {
  const verify = Boolean(env.DOCKER_TLS_VERIFY);
  if (!verify && !env.DOCKER_TLS) return undefined;
  return tlsMaterial(env.DOCKER_CERT_PATH || configDir(env, files), verify, files);
}

function unixEndpoint(socketPath: string): Endpoint {
  // Every key set explicitly: docker-modem merges its own reading of process.env under these options.
  return {
    address: `unix://${socketPath}`,
    options: { socketPath, host: undefined, port: undefined, protocol: undefined },
  };
}

function tcpEndpoint(url: URL, tls: Tls | undefined): Endpoint {
  const port = url.port || (tls ? '2376' : '2375');
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  const base = { socketPath: undefined, host, port };
  if (!tls) return { address: `tcp://${url.hostname}:${port}`, options: { ...base, protocol: 'http' } };
  const options: EngineOptions = { ...base, protocol: 'https', ca: tls.ca, cert: tls.cert, key: tls.key };
  if (!tls.verify) {
    options.agent = new https.Agent({ ca: tls.ca, cert: tls.cert, key: tls.key, rejectUnauthorized: false });
  }
  return { address: `tcp://${url.hostname}:${port}`, options };
}

function sshEndpoint(url: URL, env: NodeJS.ProcessEnv): Endpoint {
  const port = url.port || '22';
  const username = decodeURIComponent(url.username) || undefined;
  return {
    address: `ssh://${url.username ? `${url.username}@` : ''}${url.hostname}:${port}`,
    options: {
      socketPath: undefined,
      protocol: 'ssh',
      host: url.hostname,
      port,
      username,
      sshOptions: env.SSH_AUTH_SOCK ? { agent: env.SSH_AUTH_SOCK } : {},
    },
  };
}

/** Maps a docker host URL (DOCKER_HOST or a context's endpoint) to connection options. */
export function endpointFromHost(host: string, env: NodeJS.ProcessEnv, tls: Tls | undefined): Endpoint {
  const withScheme = host.includes('://') ? host : `tcp://${host}`;
  const scheme = withScheme.slice(0, withScheme.indexOf('://')).toLowerCase();
  if (scheme === 'unix') return unixEndpoint(withScheme.slice('unix://'.length) || DEFAULT_SOCKET);
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    throw new DriverError(`Invalid DOCKER_HOST "${host}": expected unix:///path, tcp://host:port or ssh://[user@]host`);
  }
  if (scheme === 'tcp' || scheme === 'http') return tcpEndpoint(url, tls);
  if (scheme === 'https') return tcpEndpoint(url, tls ?? { verify: true });
  if (scheme === 'ssh') return sshEndpoint(url, env);
  throw new DriverError(`Unsupported DOCKER_HOST "${host}": repack connects over unix://, tcp:// or ssh://`);
}

interface ContextMeta {
  Endpoints?: { docker?: { Host?: string; SkipTLSVerify?: boolean } };
}

function currentContext(env: NodeJS.ProcessEnv, files: HostFiles): string | undefined {
  if (env.DOCKER_CONTEXT) return env.DOCKER_CONTEXT;
  const config = files.read(path.join(configDir(env, files), 'config.json'));
  if (!config) return undefined;
  try {
    const parsed: unknown = JSON.parse(config.toString('utf8'));
    const name = (parsed as { currentContext?: unknown }).currentContext;
    return typeof name === 'string' && name !== '' ? name : undefined;
  } catch {
    return undefined;
  }
}

function contextEndpoint(name: string, env: NodeJS.ProcessEnv, files: HostFiles): Endpoint {
  const id = createHash('sha256').update(name).digest('hex');
  const dir = path.join(configDir(env, files), 'contexts');
  const metaFile = files.read(path.join(dir, 'meta', id, 'meta.json'));
  if (!metaFile) throw new DriverError(`Docker context "${name}" not found (looked in ${path.join(dir, 'meta')})`);
  let meta: ContextMeta;
  try {
    meta = JSON.parse(metaFile.toString('utf8')) as ContextMeta;
  } catch {
    throw new DriverError(`Docker context "${name}" has an unreadable meta.json`);
  }
  const docker = meta.Endpoints?.docker;
  if (!docker?.Host) throw new DriverError(`Docker context "${name}" has no docker endpoint`);
  const tlsDir = path.join(dir, 'tls', id, 'docker');
  const tls = tlsMaterial(tlsDir, !docker.SkipTLSVerify, files);
  const hasTls = tls.ca !== undefined || tls.cert !== undefined || docker.SkipTLSVerify === true;
  return endpointFromHost(docker.Host, env, hasTls ? tls : undefined);
}

export function resolveEndpoint(env: NodeJS.ProcessEnv, files: HostFiles): Endpoint {
  if (env.DOCKER_HOST) return endpointFromHost(env.DOCKER_HOST, env, envTls(env, files));
  const context = currentContext(env, files);
  if (context && context !== 'default') return contextEndpoint(context, env, files);
  return unixEndpoint(DEFAULT_SOCKET);
}
