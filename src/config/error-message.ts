// A validation's error_message, as Packer's decodeVariableValidationBlock reads it: a constant string (no variables,
// no functions) decoded by gohcl, then at least one sentence, since it is shown inside a longer message.
import type { Attribute } from '../hcl/syntax/ast.js';
import { error, type Diagnostic } from '../hcl/diagnostics.js';
import { T } from '../hcl/value/value.js';
import { constantValue } from './constant.js';
import { decodeGoField } from './gohcl.js';

// Go's unicode.IsSpace, which strings.TrimSpace trims.
const GO_SPACE =
  /^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+|[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+$/gu;

/** Packer's looksLikeSentences: a letter to start must be an uppercase one; the end is `.`, `?` or `!`. */
function looksLikeSentences(text: string): boolean {
  const runes = [...text.replace(GO_SPACE, '')];
  if (runes.length === 0) return false;
  const first = runes[0];
  if (/\p{L}/u.test(first) && !/\p{Lu}/u.test(first)) return false;
  return ['.', '?', '!'].includes(runes[runes.length - 1]);
}

/** The message, or undefined when it is not a valid one (the diagnostics say why). */
export function decodeErrorMessage(attr: Attribute, diags: Diagnostic[]): string | undefined {
  const r = decodeGoField(attr.expr, constantValue(attr.expr), T.string);
  diags.push(...r.diagnostics);
  if (r.value?.kind !== 'string') return undefined;
  const summary = 'Invalid validation error message';
  if (r.value.value === '') diags.push(error(summary, 'An empty string is not a valid nor useful error message.', attr.expr.range));
  else if (!looksLikeSentences(r.value.value))
    diags.push(
      error(
        summary,
        'Validation error message must be at least one full sentence starting with an uppercase letter ( if the alphabet permits it ) and ending with a period or question mark.',
        attr.expr.range,
      ),
    );
  return r.value.value;
}
