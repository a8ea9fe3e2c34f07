// Go's filepath.Glob, which artifice uses: `*`, `?` and `[…]` within one path element, no `**`; a pattern without
// them matches itself when it exists. Results are sorted per directory, as Go returns them.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';

const MAGIC = /[*?[]/;

function elementRegex(element: string): RegExp {
  let re = '';
  for (let i = 0; i < element.length; i++) {
    const c = element[i];
    if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '[') {
      const close = element.indexOf(']', i + 2);
      if (close < 0) re += '\\[';
      else {
        re += `[${element
          .slice(i + 1, close)
          .replace(/^\^/, '^')
          .replace(/\\/g, '\\\\')}]`;
        i = close;
      }
    } else re += c.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

/** Paths (as written, relative or absolute) matching `pattern`, resolved against `cwd`. */
export function globFiles(pattern: string, cwd: string): string[] {
  if (!MAGIC.test(pattern)) return existsSync(resolve(cwd, pattern)) ? [pattern] : [];
  const elements = pattern.split('/');
  let found: string[] = [isAbsolute(pattern) ? '/' : ''];
  elements.forEach((element, i) => {
    if (element === '' && i === 0) return;
    const next: string[] = [];
    for (const base of found) {
      const dir = resolve(cwd, base || '.');
      if (!MAGIC.test(element)) {
        const p = base === '' ? element : join(base, element);
        if (existsSync(resolve(cwd, p))) next.push(p);
        continue;
      }
      if (!existsSync(dir) || !statSync(dir).isDirectory()) continue;
      const re = elementRegex(element);
      for (const name of readdirSync(dir).sort()) {
        if (re.test(name) && !(name.startsWith('.') && !element.startsWith('.'))) next.push(base === '' ? name : join(base, name));
      }
    }
    found = next;
  });
  return found;
}
