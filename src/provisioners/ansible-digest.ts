// What the Ansible provisioners read from the host, as digests for their cache keys: the playbook's whole directory
// (roles, vars files, templates, group_vars/host_vars next to it), inventories, galaxy files, `@file` extra vars and
// the paths ANSIBLE_* variables point at.
import { createHash } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { hostDigest } from '../plugin/host-digest.js';

/** A file's or directory tree's digest (a directory's `.git` left out), or null when it does not exist. */
export function treeDigest(path: string): string | null {
  let dir: boolean;
  try {
    dir = statSync(path).isDirectory();
  } catch {
    return null;
  }
  if (!dir) return hostDigest(path) ?? null;
  const h = createHash('sha256');
  for (const child of readdirSync(path).sort()) {
    if (child === '.git') continue;
    h.update(`${child}\0${hostDigest(join(path, child)) ?? ''}\0`);
  }
  return `sha256:${h.digest('hex')}`;
}

/** Variables whose value names host files or directories Ansible reads (colon-separated lists). */
const PATH_VARIABLES = /^ANSIBLE_(CONFIG|ROLES_PATH|COLLECTIONS_PATHS?|LIBRARY|MODULE_UTILS|INVENTORY|VAULT_PASSWORD_FILE|[A-Z_]*_PLUGINS)$/;

/** The digests of the paths `NAME=value` entries point at, for the variables above. */
export function envPathDigests(entries: string[], cwd: string): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  for (const entry of entries) {
    const eq = entry.indexOf('=');
    if (eq <= 0 || !PATH_VARIABLES.test(entry.slice(0, eq))) continue;
    for (const p of entry.slice(eq + 1).split(':')) {
      if (p === '' || p.includes('$') || p.startsWith('~')) continue;
      out[p] = treeDigest(isAbsolute(p) ? p : resolve(cwd, p));
    }
  }
  return out;
}

/** The digests of `@file` arguments (--extra-vars @vars.yml, -e@vars.yml). */
export function argFileDigests(args: string[], cwd: string): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  for (const a of args) {
    const m = /^(?:-e|--extra-vars=)?@(.+)$/.exec(a);
    if (m) out[m[1]] = treeDigest(resolve(cwd, m[1]));
  }
  return out;
}
