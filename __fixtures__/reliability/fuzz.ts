// Generators for the fuzz tests: templates mutated from real ones (the seed corpus) and templates grown from the
// schema's own vocabulary, so inputs reach past the parser into decoding, variables and planning.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import type { Diagnostic } from '../../src/hcl/diagnostics.js';

const ROOT = join(import.meta.dirname, '../..');

function filesUnder(dir: string, ext: RegExp): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...filesUnder(p, ext));
    else if (ext.test(e.name)) out.push(p);
  }
  return out;
}

/** Every template and HCL snippet in the repository's fixtures and examples, plus the shared w1 workload. */
export function seedCorpus(): string[] {
  const files = [
    ...filesUnder(join(ROOT, 'examples'), /\.pkr\.hcl$/),
    ...filesUnder(join(ROOT, '__fixtures__/templates'), /\.hcl$/),
    ...filesUnder(join(ROOT, '__fixtures__/hcl/corpus'), /\.hcl$/),
  ];
  const texts = files.map((f) => readFileSync(f, 'utf8'));
  try {
    texts.push(readFileSync(join(ROOT, '../shared/bench/w1/template.pkr.hcl'), 'utf8'));
  } catch {
    // Not part of a fresh clone; the repository's own fixtures suffice.
  }
  return texts;
}

const TOKENS = [
  '{', '}', '[', ']', '(', ')', '"', "'", '${', '%{', '~}', '=', '==', ',', '.', '...', ':', '?', '!', '-', '*', '/', '%',
  '&&', '||', '=>', '\n', '\r\n', '\t', ' ', '#', '//', '/*', '*/', '<<EOF\n', '<<-EOT\n', '\nEOF\n', 'EOT', '\\', '\\u00',
  '\u0000', '\uFFFD', '\u202E', '🦀', 'null', 'true', 'false', '0', '-1', '1e309', '0x10', '1.5e-7', '99999999999999999999',
  'var.', 'local.', 'source.', 'build.', 'path.root', 'var.x', 'local.y', 'source.docker.a', 'for x in', 'if', 'else', 'endfor',
  'variable', 'locals', 'source', 'build', 'provisioner', 'post-processor', 'post-processors', 'packer', 'required_plugins',
  'docker', 'shell', 'file', 'docker-tag', 'docker-push', 'image', 'commit', 'discard', 'export_path', 'changes', 'inline',
  'environment_vars', 'sensitive', 'default', 'type', 'string', 'number', 'bool', 'list(string)', 'map(any)', 'object({a=string})',
  'validation', 'condition', 'error_message', 'dynamic', 'content', 'only', 'except', 'name', 'sources',
  'upper(', 'lower(', 'format(', 'join(', 'split(', 'file(', 'fileset(', 'templatefile(', 'regex(', 'regex_replace(', 'timestamp()',
  'uuidv4()', 'length(', 'concat(', 'merge(', 'lookup(', 'element(', 'try(', 'can(', 'coalesce(', 'tonumber(', 'jsondecode(',
  'base64decode(', 'cidrsubnet(', 'range(', 'formatdate(', 'abs(', 'max(', 'pow(', 'sum(', 'setproduct(',
];

type Op = { kind: 'delete' | 'duplicate' | 'insert' | 'swap' | 'truncate'; at: number; len: number; token: string };

const op: fc.Arbitrary<Op> = fc.record({
  kind: fc.constantFrom('delete', 'duplicate', 'insert', 'insert', 'insert', 'swap', 'truncate'),
  at: fc.nat(),
  len: fc.integer({ min: 1, max: 40 }),
  token: fc.oneof(fc.constantFrom(...TOKENS), fc.string({ maxLength: 6 }), fc.string({ unit: 'binary', maxLength: 4 })),
});

function apply(text: string, o: Op): string {
  const at = text.length === 0 ? 0 : o.at % (text.length + 1);
  switch (o.kind) {
    case 'delete':
      return text.slice(0, at) + text.slice(at + o.len);
    case 'duplicate':
      return text.slice(0, at + o.len) + text.slice(at, at + o.len) + text.slice(at + o.len);
    case 'insert':
      return text.slice(0, at) + o.token + text.slice(at);
    case 'swap': {
      const b = (at + o.len) % (text.length + 1);
      const [x, y] = at < b ? [at, b] : [b, at];
      return text.slice(0, x) + text.slice(y, y + 1) + text.slice(x + 1, y) + text.slice(x, x + 1) + text.slice(y + 1);
    }
    case 'truncate':
      return text.slice(0, at);
  }
}

export function mutated(corpus: string[]): fc.Arbitrary<string> {
  return fc.tuple(fc.constantFrom(...corpus), fc.array(op, { minLength: 1, maxLength: 6 })).map(([seed, ops]) => ops.reduce(apply, seed));
}

const ident = fc.constantFrom('a', 'b', 'x', 'y', 'name', 'image', 'tag', 'foo_bar', 'source', 'var', 'each', 'count', '_', 'x1');
const value: fc.Arbitrary<string> = fc.letrec<{ expr: string }>((tie) => ({
  expr: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom('null', 'true', 'false', '0', '1.5', '-3', '"s"', '"${var.a}"', '"%{ if true }x%{ endif }"', 'var.a', 'local.b', 'source.name', 'build.name', 'path.root', 'var.missing', '{}', '[]'),
    fc.json({ maxDepth: 2 }),
    fc.tuple(fc.constantFrom('upper', 'lower', 'length', 'join', 'format', 'concat', 'merge', 'tostring', 'tonumber', 'jsonencode', 'can', 'try', 'coalesce', 'max', 'split', 'lookup', 'nosuchfn'), fc.array(tie('expr'), { maxLength: 3 })).map(([f, args]) => `${f}(${args.join(', ')})`),
    fc.array(tie('expr'), { maxLength: 3 }).map((xs) => `[${xs.join(', ')}]`),
    fc.array(fc.tuple(ident, tie('expr')), { maxLength: 3 }).map((kv) => `{ ${kv.map(([k, v]) => `${k} = ${v}`).join(', ')} }`),
    fc.tuple(tie('expr'), fc.constantFrom('+', '-', '*', '/', '%', '==', '!=', '<', '&&', '||'), tie('expr')).map(([a, o, b]) => `(${a} ${o} ${b})`),
    fc.tuple(tie('expr'), tie('expr'), tie('expr')).map(([c, a, b]) => `${c} ? ${a} : ${b}`),
    fc.tuple(ident, tie('expr'), tie('expr')).map(([x, l, b]) => `[for ${x} in ${l} : ${b}]`),
    tie('expr').map((e) => `${e}[0]`),
    tie('expr').map((e) => `${e}.*.a`),
  ),
})).expr;

const ATTRS = ['image', 'commit', 'discard', 'export_path', 'changes', 'pull', 'run_command', 'volumes', 'platform', 'inline', 'script', 'environment_vars', 'env', 'timeout', 'max_retries', 'pause_before', 'only', 'except', 'name', 'sources', 'repository', 'tags', 'force', 'login', 'login_password', 'source', 'destination', 'direction', 'default', 'type', 'sensitive', 'description', 'nullable', 'nosuch'];
const attr = fc.tuple(fc.constantFrom(...ATTRS), value).map(([k, v]) => `  ${k} = ${v}\n`);
const body = fc.array(attr, { maxLength: 5 }).map((a) => a.join(''));

const block: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(ident, body).map(([n, b]) => `variable "${n}" {\n${b}}\n`),
  fc.tuple(ident, value).map(([n, v]) => `locals {\n  ${n} = ${v}\n}\n`),
  fc.tuple(ident, body).map(([n, b]) => `source "docker" "${n}" {\n${b}}\n`),
  fc.tuple(fc.constantFrom('docker', 'amazon-ebs', ''), ident, body).map(([t, n, b]) => `source "${t}" "${n}" {\n${b}}\n`),
  fc
    .tuple(body, fc.array(fc.tuple(fc.constantFrom('shell', 'file', 'shell-local', 'breakpoint', 'ansible'), body), { maxLength: 3 }), fc.array(fc.tuple(fc.constantFrom('docker-tag', 'docker-push', 'manifest', 'nope'), body), { maxLength: 3 }))
    .map(([b, ps, pps]) => `build {\n${b}${ps.map(([t, pb]) => `  provisioner "${t}" {\n${pb}  }\n`).join('')}${pps.length ? `  post-processors {\n${pps.map(([t, pb]) => `    post-processor "${t}" {\n${pb}    }\n`).join('')}  }\n` : ''}}\n`),
  body.map((b) => `packer {\n${b}}\n`),
);

export const grown: fc.Arbitrary<string> = fc.array(block, { minLength: 1, maxLength: 6 }).map((bs) => bs.join('\n'));

/** Checks that a diagnostic is one a user can read: severity, a one-line summary, and a range inside a file if any. */
export function wellFormed(d: Diagnostic): boolean {
  if (d.severity !== 'error' && d.severity !== 'warning') return false;
  if (typeof d.summary !== 'string' || d.summary.trim() === '' || d.summary.includes('\n')) return false;
  if (d.detail !== undefined && typeof d.detail !== 'string') return false;
  if (d.range && !(d.range.start.line >= 1 && d.range.start.column >= 1 && d.range.end.offset >= d.range.start.offset)) return false;
  return !JS_INTERNALS.test(`${d.summary} ${d.detail ?? ''}`);
}

/** JavaScript's own error wording: an exception that escaped into a diagnostic. */
export const JS_INTERNALS = /\[object Object\]|Cannot read propert|is not a function|is not iterable|Maximum call stack|undefined \(reading/;
