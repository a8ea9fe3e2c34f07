// Shell completion as Packer offers it (posener/complete): `repack -autocomplete-install` adds
// `complete -C <repack> repack` to ~/.bashrc (and, with bashcompinit, to ~/.zshrc); the shell then runs repack with
// COMP_LINE and COMP_POINT set, and repack prints the candidates for the word under the cursor, one a line.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import type { Flags } from './args.js';
import { PRUNE_FLAGS } from './cache-command.js';
import { FLAGS as CONSOLE_FLAGS } from './console-command.js';
import { FLAGS as FMT_FLAGS } from './fmt-command.js';
import { COMMANDS } from './help.js';
import { FLAGS as INIT_FLAGS } from './init-command.js';
import { FLAGS as INSPECT_FLAGS } from './inspect-command.js';
import { BUILD_FLAGS } from './build-command.js';
import { VALIDATE_FLAGS } from './validate-command.js';

function flagsOf(command: string): Flags {
  const table: Record<string, Flags> = {
    build: BUILD_FLAGS,
    validate: VALIDATE_FLAGS,
    fmt: FMT_FLAGS,
    inspect: INSPECT_FLAGS,
    console: CONSOLE_FLAGS,
    init: INIT_FLAGS,
    cache: PRUNE_FLAGS,
  };
  return table[command] ?? {};
}

/** Templates and directories under the word typed so far. */
function paths(prefix: string, cwd: string): string[] {
  const dir = prefix.includes('/') ? prefix.slice(0, prefix.lastIndexOf('/') + 1) : '';
  let names: string[];
  try {
    names = readdirSync(path.resolve(cwd, dir || '.'));
  } catch {
    return [];
  }
  return names
    .filter((n) => !n.startsWith('.') || prefix.slice(dir.length).startsWith('.'))
    .flatMap((n) => {
      const full = dir + n;
      if (!full.startsWith(prefix)) return [];
      let isDir = false;
      try {
        isDir = statSync(path.resolve(cwd, full)).isDirectory();
      } catch {
        return [];
      }
      if (isDir) return [`${full}/`];
      return /\.pkr\.(hcl|json)$|\.pkrvars\.(hcl|json)$/.test(n) ? [full] : [];
    })
    .sort();
}

/** The candidates for the last word of `line` (what the shell passes up to the cursor). */
export function completions(line: string, cwd: string): string[] {
  const words = line.split(/\s+/);
  const current = words.at(-1) ?? '';
  const before = words.slice(1, -1);
  if (before.length === 0) return [...Object.keys(COMMANDS), 'cleanup', 'index'].sort().filter((c) => c.startsWith(current));
  const command = before[0];
  if (current.startsWith('-')) {
    const typed = current.replace(/^--?/, '');
    return Object.entries(flagsOf(command))
      .filter(([name]) => name.startsWith(typed))
      .map(([name, f]) => `-${name}${f.kind === 'bool' ? '' : '='}`)
      .sort();
  }
  if (command === 'cache' && before.length === 1) return ['ls', 'prune'].filter((c) => c.startsWith(current));
  return paths(current, cwd);
}

const MARK = '# repack shell completion';

function rcFiles(home: string): string[] {
  return ['.bashrc', '.zshrc'].map((f) => path.join(home, f)).filter((f) => f.endsWith('.bashrc') || existsSync(f));
}

/** Adds (or removes) the completion line in ~/.bashrc and an existing ~/.zshrc; returns the files changed. */
export function installCompletion(binary: string, uninstall: boolean, home = homedir()): string[] {
  const changed: string[] = [];
  for (const rc of rcFiles(home)) {
    const text = existsSync(rc) ? readFileSync(rc, 'utf8') : '';
    const kept = text
      .split('\n')
      .filter((l) => !l.endsWith(MARK))
      .join('\n');
    const zsh = rc.endsWith('.zshrc') ? 'autoload -U +X bashcompinit && bashcompinit; ' : '';
    const next = uninstall ? kept : `${kept.replace(/\n*$/, '\n')}${zsh}complete -o nospace -C '${binary.replace(/'/g, `'\\''`)}' repack ${MARK}\n`;
    if (next !== text) {
      writeFileSync(rc, next);
      changed.push(rc);
    }
  }
  return changed;
}
