// Type constraints written as expressions (`type = list(string)`, `object({a=string, b=optional(number, 3)})`),
// read as HCL's typeexpr extension reads them, with its messages.
import { error, type Diagnostic } from '../diagnostics.js';
import { convert } from '../value/convert.js';
import { evaluate } from './evaluate.js';
import type { Expression } from '../syntax/expression.js';
import { T, type Type, type Value } from '../value/value.js';

const invalid = 'Invalid type specification';
const primitives: Record<string, Type> = { string: T.string, number: T.number, bool: T.bool, any: T.dynamic };

export function parseTypeExpr(expr: Expression): { type: Type; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const type = getType(unwrap(expr), diagnostics, true);
  return { type, diagnostics };
}

function unwrap(expr: Expression): Expression {
  return expr.kind === 'parentheses' ? unwrap(expr.expr) : expr;
}

/** A bare keyword such as `string` or an object key written as a name. */
function keyword(expr: Expression): string | undefined {
  if (expr.kind === 'scopeTraversal' && expr.steps.length === 0) return expr.root;
  return undefined;
}

function getType(expr: Expression, diags: Diagnostic[], constraint: boolean): Type {
  const kw = keyword(expr);
  if (kw !== undefined) {
    const prim = primitives[kw];
    if (prim) {
      if (kw === 'any' && !constraint) {
        diags.push(error(invalid, `The keyword "any" cannot be used in this type specification: an exact type is required.`, expr.range));
        return T.dynamic;
      }
      return prim;
    }
    const detail =
      kw === 'list' || kw === 'map' || kw === 'set'
        ? `The ${kw} type constructor requires one argument specifying the element type.`
        : kw === 'object'
          ? 'The object type constructor requires one argument specifying the attribute types and values as a map.'
          : kw === 'tuple'
            ? 'The tuple type constructor requires one argument specifying the element types as a list.'
            : `The keyword ${JSON.stringify(kw)} is not a valid type specification.`;
    diags.push(error(invalid, detail, expr.range));
    return T.dynamic;
  }
  if (expr.kind !== 'functionCall') {
    diags.push(
      error(
        invalid,
        'A type specification is either a primitive type keyword (bool, number, string) or a complex type constructor call, like list(string).',
        expr.range,
      ),
    );
    return T.dynamic;
  }
  const { name, args } = expr;
  if (name in primitives) {
    const detail =
      name === 'any'
        ? `Type constraint keyword ${JSON.stringify(name)} does not expect arguments.`
        : `Primitive type keyword ${JSON.stringify(name)} does not expect arguments.`;
    diags.push(error(invalid, detail, expr.range));
    return T.dynamic;
  }
  switch (name) {
    case 'list':
    case 'set':
    case 'map': {
      if (args.length !== 1) {
        diags.push(error(invalid, `The ${name} type constructor requires one argument specifying the element type.`, expr.range));
        return T.dynamic;
      }
      const el = getType(unwrap(args[0]), diags, constraint);
      return name === 'list' ? T.list(el) : name === 'set' ? T.set(el) : T.map(el);
    }
    case 'object':
      return objectType(expr, diags, constraint);
    case 'tuple': {
      const arg = args.length === 1 ? unwrap(args[0]) : undefined;
      if (!arg) {
        diags.push(error(invalid, 'The tuple type constructor requires one argument specifying the element types as a list.', expr.range));
        return T.dynamic;
      }
      if (arg.kind !== 'tuple') {
        diags.push(error(invalid, 'Tuple type constructor requires a list of element types.', arg.range));
        return T.dynamic;
      }
      return T.tuple(arg.items.map((item) => getType(unwrap(item), diags, constraint)));
    }
    default:
      diags.push(
        error(
          invalid,
          name === 'optional'
            ? 'Keyword "optional" is valid only as a modifier for object type attributes.'
            : `Keyword ${JSON.stringify(name)} is not a valid type constructor.`,
          expr.nameRange,
        ),
      );
      return T.dynamic;
  }
}

function objectType(expr: Extract<Expression, { kind: 'functionCall' }>, diags: Diagnostic[], constraint: boolean): Type {
  const arg = expr.args.length === 1 ? unwrap(expr.args[0]) : undefined;
  if (!arg) {
    diags.push(error(invalid, 'The object type constructor requires one argument specifying the attribute types and values as a map.', expr.range));
    return T.dynamic;
  }
  if (arg.kind !== 'object') {
    diags.push(
      error(
        invalid,
        'Object type constructor requires a map whose keys are attribute names and whose values are the corresponding attribute types.',
        arg.range,
      ),
    );
    return T.dynamic;
  }
  const attributes: Record<string, Type> = {};
  const optional: string[] = [];
  const defaults: Record<string, Value> = {};
  for (const item of arg.items) {
    const name = objectKeyName(item.key.wrapped);
    if (name === undefined) {
      diags.push(error(invalid, 'Object constructor map keys must be attribute names.', item.key.range));
      continue;
    }
    if (name in attributes) {
      diags.push(error(invalid, 'Object constructor map keys must be unique.', item.key.range));
      continue;
    }
    const value = unwrap(item.value);
    if (value.kind === 'functionCall' && value.name === 'optional') {
      if (!constraint) {
        diags.push(error(invalid, 'Optional attribute modifier is only for type constraints, not for exact types.', value.nameRange));
      }
      if (value.args.length === 0) {
        diags.push(error(invalid, 'Optional attribute modifier requires the attribute type as its argument.', value.range));
        continue;
      }
      if (value.args.length > 2) {
        diags.push(error(invalid, 'Optional attribute modifier expects at most two arguments: the attribute type, and a default value.', value.range));
        continue;
      }
      const t = getType(unwrap(value.args[0]), diags, constraint);
      attributes[name] = t;
      optional.push(name);
      if (value.args.length === 2) {
        const evaluated = evaluate(value.args[1], { variables: {} });
        diags.push(...evaluated.diagnostics);
        const converted = convert(evaluated.value, t);
        if ('error' in converted) {
          diags.push(
            error(
              'Invalid default value for optional attribute',
              `This default value is not compatible with the attribute's type constraint: ${converted.error}.`,
              value.args[1].range,
            ),
          );
        } else defaults[name] = converted.value;
      }
      continue;
    }
    attributes[name] = getType(value, diags, constraint);
  }
  const type: Type = { kind: 'object', attributes };
  if (optional.length > 0) type.optional = optional;
  if (Object.keys(defaults).length > 0) type.defaults = defaults;
  return type;
}

function objectKeyName(key: Expression): string | undefined {
  const kw = keyword(key);
  if (kw !== undefined) return kw;
  if (key.kind === 'template' && key.parts.length === 1) {
    const [part] = key.parts;
    if (part.kind === 'literal' && part.value.kind === 'string') return part.value.value;
  }
  return undefined;
}
