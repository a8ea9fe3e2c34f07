// The `variables` input: lines of `name=value` (multi-line values as `name<<DELIMITER` … `DELIMITER`, the syntax of
// GITHUB_OUTPUT) or one JSON object. A line's value is a string the engine parses by its variable's declared type,
// as it does for `-var`. A JSON value is already typed: it becomes the value itself (a JSON string stays the string
// it is, `${` and all) and is converted to the declared type as Packer converts -var values — never re-read as HCL.
// Error messages never quote a value: the input may hold secrets, and the template that says so is not read yet.
import { fromJS, type Value } from '../hcl/value/value.js';
import { messageOf } from '../error-message.js';

const NAME = /^[A-Za-z_][A-Za-z0-9_-]*$/;
const HEREDOC = /^([^=]*?)<<(.*)$/;
const SHOWN_CHARS = 40;

export type Variables = [string, string | Value][];

function shown(text: string): string {
  return JSON.stringify(text.length > SHOWN_CHARS ? `${text.slice(0, SHOWN_CHARS)}…` : text);
}

function kind(value: unknown): string {
  if (value === null) return 'null';
  return Array.isArray(value) ? 'an array' : `a ${typeof value}`;
}

/** Where JSON.parse stopped, as line and column, without the text around it (engines quote the input). */
function jsonProblem(e: unknown, text: string): string {
  const position = /position (\d+)/.exec(messageOf(e));
  if (!position) return /end of (JSON )?input/i.test(messageOf(e)) ? 'it ends too early' : 'check its syntax';
  const before = text.slice(0, Number(position[1]));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return `the error is at line ${line}, column ${column}`;
}

function fromJson(text: string): Variables {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (e: unknown) {
    throw new Error(`Input "variables" starts with "{" but is not valid JSON: ${jsonProblem(e, text)}`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new Error(`Input "variables" must be a JSON object of name: value, not ${kind(parsed)}`);
  }
  return Object.entries(parsed).map(([name, value]: [string, unknown]): [string, Value] => {
    if (!NAME.test(name)) throw new Error(`Input "variables": ${shown(name)} is not a valid variable name`);
    if (value === null) {
      throw new Error(`Input "variables": "${name}" is null; leave it out to use the variable's default`);
    }
    return [name, fromJS(value)];
  });
}

function checkedName(name: string, lineNo: number): string {
  if (!NAME.test(name)) {
    throw new Error(
      `Input "variables", line ${lineNo}: the text before "=" (or "<<") is not a valid variable name (letters, digits, "_" and "-", not starting with a digit)`,
    );
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
      throw new Error(`Input "variables", line ${i + 1} is not name=value (or name<<EOF for a multi-line value)`);
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
