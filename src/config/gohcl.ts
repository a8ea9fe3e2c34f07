// gohcl.DecodeExpression, which Packer reads its own settings with (a build's name, description and sources, the
// provisioner and post-processor meta-arguments, hcp_packer_registry, a variable's description and sensitive, a
// local's sensitive, a validation's error_message): the value is converted to the Go field's type with cty's rules,
// and any problem is "Unsuitable value type" at the start of the value (HCL's StartRange).
import { error, type Diagnostic } from '../hcl/diagnostics.js';
import type { Expression } from '../hcl/syntax/expression.js';
import { convert } from '../hcl/value/convert.js';
import { numberToString } from '../hcl/value/number.js';
import { startRange } from '../hcl/syntax/start-range.js';
import type { Type, Value } from '../hcl/value/value.js';
import { literalJsonString } from './body.js';

/**
 * The Go field the value lands in: `value` a string, bool, slice or map (null is an error for a string or a bool, and
 * unset for a slice or a map), `pointer` a *bool (null is unset), `int` an int (a whole number in int64's range).
 */
export type GoField = 'value' | 'pointer' | 'int';

const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;

function unsuitable(expr: Expression, message: string): Diagnostic {
  // A JSON string's start range is the whole string, quotes included.
  return error('Unsuitable value type', `Unsuitable value: ${message}`, literalJsonString(expr)?.range ?? startRange(expr));
}

/** gocty.FromCtyValue's objection to a converted value, or undefined. Elements of a collection may not be null. */
function goObjection(v: Value, field: GoField, top: boolean): string | undefined {
  if (v.kind === 'null') {
    const nullable = top && (field === 'pointer' || v.type.kind === 'list' || v.type.kind === 'map' || v.type.kind === 'set');
    return nullable ? undefined : 'null value is not allowed';
  }
  switch (v.kind) {
    case 'unknown':
      return 'value must be known';
    case 'number': {
      if (field !== 'int') return undefined;
      const text = numberToString(v);
      const whole = /^-?\d+$/.test(text) && BigInt(text) >= INT64_MIN && BigInt(text) <= INT64_MAX;
      return whole ? undefined : `value must be a whole number, between ${INT64_MIN} and ${INT64_MAX}`;
    }
    case 'list':
    case 'set':
    case 'tuple':
      return v.items.map((i) => goObjection(i, field, false)).find((m) => m !== undefined);
    case 'map':
    case 'object':
      return Object.values(v.attrs)
        .map((i) => goObjection(i, field, false))
        .find((m) => m !== undefined);
    default:
      return undefined;
  }
}

/**
 * Decodes an evaluated expression as gohcl does. After an evaluation error the value is unknown in HCL, so gohcl adds
 * "value must be known" to the error. The value is undefined when there is an error; null when the field is unset.
 */
export function decodeGoField(
  expr: Expression,
  evaluated: { value: Value; diagnostics: Diagnostic[] },
  type: Type,
  field: GoField = 'value',
): { value?: Value; diagnostics: Diagnostic[] } {
  const diagnostics = [...evaluated.diagnostics];
  if (diagnostics.some((d) => d.severity === 'error')) return { diagnostics: [...diagnostics, unsuitable(expr, 'value must be known')] };
  const converted = convert(evaluated.value, type);
  if ('error' in converted) return { diagnostics: [...diagnostics, unsuitable(expr, converted.error)] };
  const objection = goObjection(converted.value, field, true);
  if (objection !== undefined) return { diagnostics: [...diagnostics, unsuitable(expr, objection)] };
  return { value: converted.value, diagnostics };
}
