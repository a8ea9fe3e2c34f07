// Terraform's tolist/toset/tomap/tostring: not Packer functions (its table has none), but the shortest way for tests
// to make a typed collection. Each is `convert(v, TYPE)`, which Packer templates write out.
import { convert } from '../../src/hcl/value/convert.js';
import type { HclFunction } from '../../src/hcl/functions/function.js';
import { ArgError, fn, param } from '../../src/hcl/functions/helpers.js';
import { T, typeName, typeOf, type Type } from '../../src/hcl/value/value.js';

function converter(target: Type, name: string): HclFunction {
  return fn(
    [param('v', T.dynamic, { allowNull: true, allowUnknown: true, allowMarked: true })],
    ([v]) => {
      const c = convert(v, target);
      if ('error' in c) throw new ArgError(0, `cannot convert ${typeName(typeOf(v))} to ${name}`);
      return c.value;
    },
    { returnType: target },
  );
}

export const CONVERTERS: Record<string, HclFunction> = {
  tostring: converter(T.string, 'string'),
  tolist: converter(T.list(T.dynamic), 'list of any single type'),
  toset: converter(T.set(T.dynamic), 'set of any single type'),
  tomap: converter(T.map(T.dynamic), 'map of any single type'),
};
