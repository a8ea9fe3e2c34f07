// Pieces of Packer's ansible command lines: argument checks, the masking of secrets in the printed command, and the
// ansible-galaxy installs a requirements file asks for.
import { statSync } from 'node:fs';
import { error, type Diagnostic, type Range } from '../hcl/diagnostics.js';
import { messageOf } from '../error-message.js';

/** Packer's checkArg: is `name` one of the "="-separated parts of any argument? */
export function checkArg(name: string, args: string[]): boolean {
  return args.some((arg) => arg.split('=').includes(name));
}

/**
 * The command line with the value of every `key=value` whose key mentions "password" or "secret" replaced by *****,
 * as Packer prints it; pairs inside an --extra-vars string are looked at too.
 */
export function sanitize(commandLine: string, extraArguments: string[]): string {
  let out = commandLine;
  for (const arg of extraArguments) {
    for (const pair of [arg, ...arg.split(/\s+/)]) {
      const eq = pair.indexOf('=');
      if (eq < 0) continue;
      const key = pair.slice(0, eq).toLowerCase();
      const value = pair.slice(eq + 1);
      if (value !== '' && (key.includes('password') || key.includes('secret'))) out = out.split(value).join('*****');
    }
  }
  return out;
}

export interface GalaxyOptions {
  galaxyFile?: string;
  galaxyForceInstall: boolean;
  galaxyForceWithDeps: boolean;
  rolesPath?: string;
  collectionsPath?: string;
}

/** ansible-galaxy's argument lists: roles (v1 files, or a `roles:` key) and collections (a `collections:` key). */
export function galaxyInstalls(c: GalaxyOptions, requirements: string): string[][] {
  const file = c.galaxyFile ?? '';
  const roles = ['install', '-r', file];
  const collections = ['collection', 'install', '-r', file];
  for (const list of [roles, collections]) {
    if (c.galaxyForceInstall) list.push('-f');
    if (c.galaxyForceWithDeps) list.push('--force-with-deps');
  }
  if (c.rolesPath) roles.push('-p', c.rolesPath);
  if (c.collectionsPath) collections.push('-p', c.collectionsPath);
  const hasRoles = /^roles:/m.test(requirements);
  const hasCollections = /^collections:/m.test(requirements);
  const out: string[][] = [];
  if (hasRoles || !hasCollections) out.push(roles);
  if (hasCollections) out.push(collections);
  return out;
}

/** Packer's check of a path option: it must exist and be a file (or a directory). */
export function checkPath(path: string, name: string, kind: 'file' | 'directory', range: Range | undefined, diags: Diagnostic[]): void {
  let isDir: boolean;
  try {
    isDir = statSync(path).isDirectory();
  } catch (e: unknown) {
    diags.push(error(`Invalid ${name}`, `${name}: ${path} is invalid: ${(e as NodeJS.ErrnoException).code ?? messageOf(e)}`, range));
    return;
  }
  if (kind === 'file' && isDir) diags.push(error(`Invalid ${name}`, `${name}: ${path} must point to a file`, range));
  if (kind === 'directory' && !isDir) diags.push(error(`Invalid ${name}`, `${name}: ${path} must point to a directory`, range));
}
