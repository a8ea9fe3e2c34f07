// Checks that need only the syntax tree, so they run even when the file has syntax errors: a user fixing one
// problem sees the next one in the same run.
import type { Block, File } from '../hcl/syntax/ast.js';
import { warning, type Diagnostic, type Range } from '../hcl/diagnostics.js';
import type { Expression } from '../hcl/syntax/expression.js';

function blocks(items: File['body']['items'], type: string): Block[] {
  return items.filter((i): i is Block => i.kind === 'block' && i.type === type);
}

/** The text a string element starts with, and where that text starts, when it is a literal. */
function leadingLiteral(e: Expression): { text: string; range: Range } | undefined {
  if (e.kind === 'literal' && e.value.kind === 'string') return { text: e.value.value, range: e.range };
  if (e.kind === 'template' && e.parts[0]?.kind === 'literal' && e.parts[0].value.kind === 'string') {
    return { text: e.parts[0].value.value, range: e.parts[0].range };
  }
  return undefined;
}

function shift(r: Range, by: number, length: number): Range {
  const start = { line: r.start.line, column: r.start.column + by, offset: r.start.offset + by };
  return { file: r.file, start, end: { line: start.line, column: start.column + length, offset: start.offset + length } };
}

/** A string written as a literal, without interpolation. */
function literalString(e: Expression): string | undefined {
  const lit = leadingLiteral(e);
  return lit && (e.kind === 'literal' || (e.kind === 'template' && e.parts.length === 1)) ? lit.text : undefined;
}

/** A literal string attribute's value; undefined when absent, null when it is an expression that needs evaluating. */
function literalAttr(body: Block['body'], name: string): string | null | undefined {
  const a = body.items.find((i) => i.kind === 'attribute' && i.name === name);
  if (!a || a.kind !== 'attribute') return undefined;
  return literalString(a.expr) ?? null;
}

/** Unset or empty is the image's user: root for the usual base images. An expression (null) is not known here. */
const isRoot = (user: string | null | undefined): boolean => user === undefined || (user !== null && /^(|root|0)(:.*)?$/.test(user));

/** The "type.name" a build's source reference names, as Packer reads it (the first of 3+ parts dropped). */
function refOf(raw: string): string {
  const parts = raw.split('.');
  return (parts.length > 2 ? parts.slice(1, 3) : parts).join('.');
}

/**
 * The docker sources the build runs as root, as `only`/`except` name them ("docker.NAME", or the build's new name
 * for a renamed source). Sources it names through expressions are not known here: left out.
 */
function dockerRootSources(build: Block, sources: Map<string, Block>): string[] {
  const uses: { ref: string; body?: Block['body'] }[] = [];
  for (const item of build.body.items) {
    if (item.kind === 'attribute' && item.name === 'sources' && item.expr.kind === 'tuple') {
      for (const el of item.expr.items) {
        const text = literalString(el);
        if (text !== undefined) uses.push({ ref: refOf(text) });
      }
    }
    if (item.kind === 'block' && item.type === 'source' && item.labels.length === 1) uses.push({ ref: refOf(item.labels[0]), body: item.body });
  }
  return uses.flatMap((u) => {
    const source = sources.get(u.ref);
    if (!source || source.labels[0] !== 'docker') return [];
    const override = u.body ? literalAttr(u.body, 'exec_user') : undefined;
    const execUser = override === undefined ? literalAttr(source.body, 'exec_user') : override;
    if (!isRoot(execUser === undefined ? (runUser(u.body ?? source.body) ?? runUser(source.body)) : execUser)) return [];
    const renamed = u.body ? literalAttr(u.body, 'name') : undefined;
    return [typeof renamed === 'string' ? `docker.${renamed}` : u.ref];
  });
}

/** A provisioner's literal `only`/`except` list; undefined when absent or not written as literals. */
function literalList(body: Block['body'], name: string): string[] | undefined {
  const a = body.items.find((i) => i.kind === 'attribute' && i.name === name);
  if (!a || a.kind !== 'attribute' || a.expr.kind !== 'tuple') return undefined;
  const items = a.expr.items.map(literalString);
  return items.every((i) => i !== undefined) ? (items as string[]) : undefined;
}

/** Does the provisioner run on one of these sources, as its `only`/`except` say? */
function runsOnAny(p: Block, refs: string[]): boolean {
  const only = literalList(p.body, 'only');
  const except = literalList(p.body, 'except');
  return refs.some((r) => (only === undefined || only.includes(r)) && !(except ?? []).includes(r));
}

/** The user a run_command starts the container as (`-u X`, `--user X`, `--user=X`), which exec uses too. */
function runUser(body: Block['body']): string | null | undefined {
  const a = body.items.find((i) => i.kind === 'attribute' && i.name === 'run_command');
  if (!a || a.kind !== 'attribute') return undefined;
  if (a.expr.kind !== 'tuple') return null;
  const args = a.expr.items.map(literalString);
  for (const [i, arg] of args.entries()) {
    if (arg === '-u' || arg === '--user') return args[i + 1] ?? null;
    const m = arg === undefined ? null : /^(?:--user=|-u)(.+)$/.exec(arg);
    if (m) return m[1];
  }
  return undefined;
}

/**
 * `sudo` in a docker build: provisioners run as the image's user (root for the usual base images) unless the
 * source sets exec_user, and most base images have no sudo, so the command fails with "sudo: not found". Only for
 * builds of docker sources running as root, and not for `sudo -u …` (or any option), which switches user on purpose.
 */
export function lintSudo(files: File[]): Diagnostic[] {
  const all = files.flatMap((f) => f.body.items);
  const sources = new Map(blocks(all, 'source').map((s) => [s.labels.join('.'), s]));
  const diags: Diagnostic[] = [];
  for (const build of blocks(all, 'build')) {
    const rootSources = dockerRootSources(build, sources);
    if (rootSources.length === 0) continue;
    for (const p of blocks(build.body.items, 'provisioner')) {
      if (p.labels[0] !== 'shell' || !runsOnAny(p, rootSources)) continue;
      for (const item of p.body.items) {
        if (item.kind !== 'attribute' || item.name !== 'inline' || item.expr.kind !== 'tuple') continue;
        for (const el of item.expr.items) {
          const lit = leadingLiteral(el);
          const m = lit && /^(\s*)sudo(\s+(?!-)|$)/.exec(lit.text);
          if (!lit || !m) continue;
          diags.push(
            warning(
              'sudo in a root container',
              'Docker provisioners run as root (the image\'s user; set exec_user to change it), and most base images do not have sudo, so this command would fail with "sudo: not found". Remove "sudo " from the command.',
              shift(lit.range, m[1].length, 4),
            ),
          );
        }
      }
    }
  }
  return diags;
}
