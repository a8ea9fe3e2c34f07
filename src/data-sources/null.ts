// Packer's built-in `null` data source: its `output` is its `input`, the usual way to name a computed value once.
import { PACKER_INTERNAL } from '../config/unsupported.js';
import { T, V } from '../hcl/value/value.js';
import { dataSource } from '../config/data-source.js';

export const nullDataSource = dataSource({
  schema: { attributes: { input: { type: T.string, required: true, description: 'The value `output` takes.' } }, unsupported: PACKER_INTERNAL },
  configure: (d) => (d.attrs.input === null || d.attrs.input === '' ? ['The `input` must be specified'] : []),
  execute: (d) => ({ value: V.object({ output: d.values.input ?? V.string('') }) }),
});
