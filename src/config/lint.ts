// Checks that need only the syntax tree, so they run even when the file has syntax errors: a user fixing one
// problem sees the next one in the same run.
import type { Block, File } from '../hcl/ast.js';
import { warning, type Diagnostic, type Range } from '../hcl/diagnostics.js';
import type { Expression } from '../hcl/expression.js';

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

/**
 * `sudo` in a docker build: provisioners run as the image's user (root for the usual base images) unless the
 * source sets exec_user, and most base images have no sudo, so the command fails with "sudo: not found".
 */
export function lintSudo(files: File[]): Diagnostic[] {
  const all = files.flatMap((f) => f.body.items);
  const execUser = blocks(all, 'source').some((s) => s.body.items.some((i) => i.kind === 'attribute' && i.name === 'exec_user'));
  if (execUser) return [];
  const diags: Diagnostic[] = [];
  for (const build of blocks(all, 'build')) {
    for (const p of blocks(build.body.items, 'provisioner')) {
      if (p.labels[0] !== 'shell') continue;
      for (const item of p.body.items) {
        if (item.kind !== 'attribute' || item.name !== 'inline' || item.expr.kind !== 'tuple') continue;
        for (const el of item.expr.items) {
          const lit = leadingLiteral(el);
          const m = lit && /^(\s*)sudo(\s|$)/.exec(lit.text);
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
