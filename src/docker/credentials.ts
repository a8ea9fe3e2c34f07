// Which credentials go with a pull or push, per registry host, as the docker CLI chooses them: explicit login options
// first, then the docker config — `credHelpers[host]`, else `credsStore`, else the `auths` entry. The result says where
// the credentials came from (for messages) and never holds more than the request needs.
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { helperGet, runHelperProcess, type RunHelper } from './credential-helper.js';
import { dockerConfigDir, parseDockerConfig, type DockerConfigFile, type StoredAuth } from './docker-config.js';
import { DriverError, type RegistryAuth } from './driver.js';
import { authKey, hostOf, registryOf, sameRegistry } from './registry-host.js';

export interface ResolvedAuth {
  /** The registry host the request goes to (`docker.io` for Docker Hub). */
  registry: string;
  /** What the engine gets as X-Registry-Auth; `{}` is anonymous. */
  auth: RegistryAuth;
  /** Where the credentials came from, without them: "the auths entry for ghcr.io in /home/u/.docker/config.json". */
  origin: string;
}

export interface CredentialResolver {
  /** Credentials for pulling or pushing `ref`; `explicit` (template login options) wins for its registry. */
  forImage(ref: string, explicit?: RegistryAuth): Promise<ResolvedAuth>;
}

/** The outside world the resolver reads: the environment, files, helper programs. */
export interface CredentialSources {
  env: NodeJS.ProcessEnv;
  home: string;
  /** The file's text, or undefined when it does not exist. */
  readFile(file: string): string | undefined;
  runHelper: RunHelper;
}

export const EXPLICIT_ORIGIN = 'the login options of the template';

function hasSecret(a: RegistryAuth | StoredAuth): boolean {
  return Boolean(a.password || a.identitytoken);
}

/** Explicit credentials apply to the registry they name, or to any registry when they name none. */
function explicitFor(registry: string, explicit: RegistryAuth | undefined): RegistryAuth | undefined {
  if (!explicit || !hasSecret(explicit)) return undefined;
  if (explicit.serveraddress && !sameRegistry(explicit.serveraddress, registry)) return undefined;
  return { ...explicit, serveraddress: explicit.serveraddress ?? authKey(registry) };
}

/** The config entry for a registry: the exact key first, then any key naming the same host. */
function lookup<T>(entries: Record<string, T>, key: string, registry: string): [string, T] | undefined {
  if (Object.hasOwn(entries, key)) return [key, entries[key]];
  return Object.entries(entries).find(([k]) => hostOf(k) === registry);
}

export class DockerCredentials implements CredentialResolver {
  constructor(private readonly sources: CredentialSources) {}

  configFile(): DockerConfigFile {
    const file = path.join(dockerConfigDir(this.sources.env, this.sources.home), 'config.json');
    return parseDockerConfig(this.sources.readFile(file), file);
  }

  async forImage(ref: string, explicit?: RegistryAuth): Promise<ResolvedAuth> {
    const registry = registryOf(ref);
    const given = explicitFor(registry, explicit);
    if (given) return { registry, auth: given, origin: EXPLICIT_ORIGIN };
    const config = this.configFile();
    const key = authKey(registry);
    const helper = lookup(config.credHelpers, key, registry);
    if (helper) return this.fromHelper(registry, key, helper[1], `credHelpers["${helper[0]}"] in ${config.path}`);
    if (config.credsStore) return this.fromHelper(registry, key, config.credsStore, `credsStore in ${config.path}`);
    const entry = lookup(config.auths, key, registry);
    if (entry && (hasSecret(entry[1]) || entry[1].username)) {
      const { username, password, identitytoken } = entry[1];
      const auth: RegistryAuth = identitytoken ? { identitytoken, serveraddress: key } : { username, password, serveraddress: key };
      if (identitytoken && username) auth.username = username;
      return { registry, auth, origin: `the auths entry "${entry[0]}" in ${config.path}` };
    }
    const why = config.problem ? `${config.problem}, so it was ignored` : `none for ${registry} in ${config.path}`;
    return { registry, auth: {}, origin: `no credentials (${why})` };
  }

  private async fromHelper(registry: string, key: string, name: string, configured: string): Promise<ResolvedAuth> {
    const found = await helperGet(name, key, this.sources.env, this.sources.runHelper, configured);
    const origin = `the credential helper docker-credential-${name} (${configured})`;
    if (!found) return { registry, auth: {}, origin: `no credentials (${origin} has none for ${key})` };
    // The helper protocol's marker for an identity (refresh) token instead of a password.
    const auth: RegistryAuth =
      found.username === '<token>'
        ? { identitytoken: found.secret, serveraddress: key }
        : { username: found.username, password: found.secret, serveraddress: key };
    return { registry, auth, origin };
  }
}

/** Explicit credentials or none: for drivers built without access to a docker config. */
export const explicitOnly: CredentialResolver = {
  async forImage(ref, explicit) {
    const registry = registryOf(ref);
    const given = explicitFor(registry, explicit);
    return given ? { registry, auth: given, origin: EXPLICIT_ORIGIN } : { registry, auth: {}, origin: 'no credentials' };
  },
};

function readText(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch (e: unknown) {
    const code = (e as { code?: unknown }).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    throw new DriverError(`cannot read the docker config ${file} (${typeof code === 'string' ? code : 'read error'})`);
  }
}

/** The docker CLI's credentials for the environment `env` (DOCKER_CONFIG, HOME, PATH for helpers). */
export function dockerCredentials(env: NodeJS.ProcessEnv): DockerCredentials {
  return new DockerCredentials({ env, home: os.homedir(), readFile: readText, runHelper: runHelperProcess });
}
