import { messageOf } from '../error-message.js';
// The `variables` input: lines of `name=value` (multi-line values as `name<<DELIMITER` … `DELIMITER`, the syntax of
// GITHUB_OUTPUT) or one JSON object. Values stay strings; the engine parses each by its variable's declared type,
// as it does for `-var`, so JSON lists, maps and numbers are passed as their JSON text (valid HCL too).

const NAME = /^[A-Za-z_][A-Za-z0-9_-]*$/;
const HEREDOC = /^([^=]*?)<<(.*)$/;
const SHOWN_CHARS = 40;

export type Variables = [string, string][];

function shown(text: string): string {
  return JSON.stringify(text.length > SHOWN_CHARS ? `${text.slice(0, SHOWN_CHARS)}…` : text);
}

function kind(value: unknown): string {
  if (value === null) return 'null';
  return Array.isArray(value) ? 'an array' : `a ${typeof value}`;
}

function fromJson(text: string): Variables {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (e: unknown) {
    const reason = messageOf(e);
    throw new Error(`Input "variables" starts with "{" but is not valid JSON: ${reason}`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new Error(`Input "variables" must be a JSON object of name: value, not ${kind(parsed)}`);
  }
  return Object.entries(parsed).map(([name, value]: [string, unknown]): [string, string] => {
    if (!NAME.test(name)) throw new Error(`Input "variables": ${shown(name)} is not a valid variable name`);
    if (value === null) {
      throw new Error(`Input "variables": "${name}" is null; leave it out to use the variable's default`);
    }
    return [name, typeof value === 'string' ? value : JSON.stringify(value)];
  });
}

function checkedName(name: string, lineNo: number): string {
  if (!NAME.test(name)) {
    throw new Error(`Input "variables", line ${lineNo}: ${shown(name)} is not a valid variable name`);
  }
  return name;
}

function fromLines(text: string): Variables {
  const lines = text.split(/\r?\n/);
  const out: Variables = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (line === '') continue;
    const heredoc = HEREDOC.exec(line);
    const eq = line.indexOf('=');
    if (heredoc && (eq < 0 || eq > line.indexOf('<<'))) {
      const name = checkedName(heredoc[1].trim(), i + 1);
      const delimiter = heredoc[2].trim();
      if (delimiter === '') {
        throw new Error(`Input "variables", line ${i + 1}: "${name}<<" needs a delimiter, as in ${name}<<EOF`);
      }
      const end = lines.findIndex((l, j) => j > i && l.trim() === delimiter);
      if (end < 0) {
        throw new Error(`Input "variables", line ${i + 1}: the value of "${name}" (${name}<<${delimiter}) has no closing line "${delimiter}"`);
      }
      out.push([name, lines.slice(i + 1, end).join('\n')]);
      i = end;
      continue;
    }
    if (eq < 0) {
      throw new Error(`Input "variables", line ${i + 1}: ${shown(line)} is not name=value (or name<<EOF for a multi-line value)`);
    }
    out.push([checkedName(line.slice(0, eq).trim(), i + 1), line.slice(eq + 1)]);
  }
  return out;
}

/** Parses the raw (untrimmed) input. Throws an Error whose message is what the user sees. */
export function parseVariables(raw: string): Variables {
  const text = raw.trim();
  if (text === '') return [];
  return text.startsWith('{') ? fromJson(text) : fromLines(raw);
}
