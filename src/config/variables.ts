// Variable values, in Packer's precedence, applied in one place (docs/architecture.md, Phases):
//   default < PKR_VAR_<name> < *.auto.pkrvars.hcl (lexical order) < -var-file (in order) < -var (in order)
import type { File } from '../hcl/syntax/ast.js';
import { error, warning, type Diagnostic, type Range } from '../hcl/diagnostics.js';
import { evaluate, type EvalContext } from '../hcl/eval/evaluate.js';
import { convert } from '../hcl/value/convert.js';
import { parseExpressionText } from '../hcl/syntax/parser.js';
import { numberToString } from '../hcl/value/number.js';
import { markSensitive, typeName, V, type Value } from '../hcl/value/value.js';
import type { VariableDecl } from './template.js';

export interface VariableInputs {
  env: Record<string, string | undefined>;
  autoVarFiles: File[];
  varFiles: File[];
  /** A string is read as -var reads it; a Value (typed already, e.g. from JSON) is only converted to the type. */
  cliVars: [string, string | Value][];
}

type Origin = 'default' | 'env' | 'auto' | 'file' | 'cli';

interface Candidate {
  value: Value;
  origin: Origin;
  range?: Range;
}

/**
 * A raw string from the environment or the command line, as Packer reads it (expressionFromVariableDefinition): the
 * string itself for a string, number or `any` variable (converted to the variable's type afterwards), otherwise an
 * HCL expression.
 */
export function parseRawValue(raw: string, decl: VariableDecl, origin: string): { value: Value; diagnostics: Diagnostic[] } {
  const k = decl.type.kind;
  if (k === 'string' || k === 'number' || k === 'dynamic') return { value: V.string(raw), diagnostics: [] };
  const parsed = parseExpressionText(raw, `<value for var.${decl.name} from ${origin}>`);
  const r = parsed.diagnostics.length > 0 ? parsed : evaluate(parsed.expr, { variables: {} });
  if (r.diagnostics.length === 0 && 'value' in r) return r;
  const why = r.diagnostics[0];
  return {
    value: V.null(),
    diagnostics: [
      error(
        'Invalid value for variable',
        `The value ${decl.sensitive ? '' : `${JSON.stringify(raw)} `}given for variable "${decl.name}" by ${origin} is not a valid ${typeName(decl.type)}: ${why.summary}${why.detail ? `: ${why.detail}` : ''}`,
      ),
    ],
  };
}

/** Every leaf of a value as text, for masking. */
export function leafStrings(v: Value): string[] {
  switch (v.kind) {
    case 'string':
      return v.value === '' ? [] : [v.value];
    case 'number':
      return [numberToString(v)];
    case 'bool':
      return [String(v.value)];
    case 'list':
    case 'set':
    case 'tuple':
      return v.items.flatMap(leafStrings);
    case 'map':
    case 'object':
      return Object.values(v.attrs).flatMap(leafStrings);
    default:
      return [];
  }
}

export function resolveVariables(
  decls: Map<string, VariableDecl>,
  inputs: VariableInputs,
  onSensitive?: (value: string) => void,
  /** For validation conditions. */
  functions: EvalContext['functions'] = {},
  /** Packer's console: an unset variable is unknown, and validation rules are not checked (both are initialisation). */
  lenient = false,
): { values: Record<string, Value>; diagnostics: Diagnostic[] } {
  const diags: Diagnostic[] = [];
  const chosen = new Map<string, Candidate>();
  const masked = new Set<string>();
  const mask = (s: string) => {
    if (masked.has(s) || !onSensitive) return;
    masked.add(s);
    onSensitive(s);
  };
  for (const [name, decl] of decls) {
    if (decl.default !== undefined) chosen.set(name, { value: decl.default, origin: 'default' });
  }
  // Masking starts before any value is looked at further: a sensitive default is registered now.
  const offer = (name: string, c: Candidate) => {
    if (decls.get(name)?.sensitive) leafStrings(c.value).forEach(mask);
    chosen.set(name, c);
  };

  for (const [key, raw] of Object.entries(inputs.env)) {
    if (!key.startsWith('PKR_VAR_') || raw === undefined) continue;
    const decl = decls.get(key.slice('PKR_VAR_'.length));
    if (!decl) continue; // Packer ignores undeclared PKR_VAR_ values.
    if (decl.sensitive) mask(raw);
    const r = parseRawValue(raw, decl, `environment variable ${key}`);
    diags.push(...r.diagnostics);
    offer(decl.name, { value: r.value, origin: 'env' });
  }

  const fromFiles = (files: File[], origin: Origin) => {
    for (const file of files) {
      for (const item of file.body.items) {
        if (item.kind === 'block') {
          diags.push(error('Unexpected block', `Blocks are not allowed in a variables file. Write "name = value" lines only.`, item.typeRange));
          continue;
        }
        const decl = decls.get(item.name);
        if (!decl) {
          diags.push(
            warning(
              'Undefined variable',
              `A "${item.name}" variable was set but was not declared. Declare it with a variable "${item.name}" {} block in one of your .pkr.hcl files, or remove it.`,
              item.nameRange,
            ),
          );
          continue;
        }
        const r = evaluate(item.expr, { variables: {} });
        if (r.diagnostics.length > 0) {
          diags.push(
            ...r.diagnostics.map((d) =>
              d.code === 'unknown-variable'
                ? { ...d, summary: 'Variables not allowed', detail: 'Variables may not be used in a variables file.', code: 'variables-not-allowed' as const }
                : d,
            ),
          );
          continue;
        }
        offer(decl.name, { value: r.value, origin, range: item.expr.range });
      }
    }
  };
  fromFiles(inputs.autoVarFiles, 'auto');
  fromFiles(inputs.varFiles, 'file');

  for (const [name, raw] of inputs.cliVars) {
    const decl = decls.get(name);
    if (!decl) {
      diags.push(
        error(
          'Undefined -var variable',
          `A "${name}" variable was passed in but was not found in known variables. To declare variable "${name}", place this block in one of your .pkr.hcl files, such as variables.pkr.hcl:\n\nvariable "${name}" {\n  type    = string\n  default = null\n}`,
        ),
      );
      continue;
    }
    if (typeof raw !== 'string') {
      offer(name, { value: raw, origin: 'cli' });
      continue;
    }
    if (decl.sensitive) mask(raw);
    const r = parseRawValue(raw, decl, '-var');
    diags.push(...r.diagnostics);
    offer(name, { value: r.value, origin: 'cli' });
  }

  const values: Record<string, Value> = {};
  for (const [name, decl] of decls) {
    const c = chosen.get(name);
    if (!c && lenient) {
      values[name] = V.unknown(decl.type);
      continue;
    }
    if (!c) {
      diags.push(
        error(
          `Unset variable "${name}"`,
          `A used variable must be set or have a default value. Give it one with -var ${name}=…, a PKR_VAR_${name} environment variable, or a var file.`,
          decl.range,
        ),
      );
      continue;
    }
    let value = c.value;
    if (c.origin !== 'default') {
      const conv = convert(value, decl.type);
      if ('error' in conv) {
        diags.push(
          c.origin === 'cli'
            ? error(
                'Invalid argument value for -var variable',
                `The received arg value for ${name} is not compatible with the variable's type constraint: ${conv.error}.`,
                decl.range,
              )
            : error(
                'Invalid value for variable',
                `The value for ${name} is not compatible with the variable's type constraint: ${conv.error}.`,
                c.range ?? decl.range,
              ),
        );
        continue;
      }
      value = conv.value;
    }
    if (decl.sensitive) {
      // The value in use, whatever its origin (a default is registered nowhere else): it may reach output inside a
      // derived string, e.g. a command line or a tool's own messages. true/false and numbers of under four characters
      // would mask far too much.
      leafStrings(value)
        .filter((s) => !/^(true|false)$/.test(s) && !(s.length < 4 && /^-?[\d.]+$/.test(s)))
        .forEach(mask);
      value = markSensitive(value);
    }
    if (!lenient) diags.push(...validate(decl, value, functions));
    values[name] = value;
  }
  return { values, diagnostics: diags };
}

function validate(decl: VariableDecl, value: Value, functions: EvalContext['functions']): Diagnostic[] {
  const diags: Diagnostic[] = [];
  const ctx = { variables: { var: V.object({ [decl.name]: value }) }, functions };
  for (const v of decl.validations) {
    const cond = evaluate(v.condition, ctx);
    if (cond.diagnostics.length > 0) {
      diags.push(...cond.diagnostics);
      continue;
    }
    if (cond.value.kind === 'bool' && cond.value.value) continue;
    if (cond.value.kind !== 'bool') {
      diags.push(error('Invalid validation condition', 'The condition must be a bool: true for a valid value, false for an invalid one.', v.condition.range));
      continue;
    }
    diags.push(
      error(
        'Invalid value for variable',
        `${v.errorMessage}\n\nThis was checked by the validation rule at ${v.range.file}:${v.range.start.line},${v.range.start.column}.`,
        v.range,
      ),
    );
  }
  return diags;
}
