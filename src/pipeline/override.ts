// A provisioner's `override` (Packer's HCL2 semantics): `override = { <source name> = { attribute = value } }`
// replaces the provisioner's own attributes for builds of that source. Entries for other sources are ignored.
import { error, type Diagnostic, type Range } from '../hcl/diagnostics.js';
import { convert } from '../hcl/value/convert.js';
import { toJS, type Value } from '../hcl/value/value.js';
import type { BodySchema, Decoded } from '../config/schema.js';
import { didYouMean } from '../config/suggest.js';

function attrsOf(v: Value): Record<string, Value> | undefined {
  return v.kind === 'object' || v.kind === 'map' ? v.attrs : undefined;
}

/**
 * Packer's decodeProvisioner, whatever source the build runs: the override and each of its entries must be objects
 * (a map is not one), else the first that is not is reported at the block's header.
 */
export function checkOverride(value: Value | undefined, header: Range): Diagnostic[] {
  if (value === undefined || value.kind === 'null' || (value.kind === 'unknown' && value.type.kind === 'object')) return [];
  if (value.kind !== 'object') return [error("provisioner's override block must be an HCL object", undefined, header)];
  const bad = Object.keys(value.attrs)
    .sort()
    .find((name) => {
      const entry = value.attrs[name];
      return entry.kind !== 'object' && !(entry.kind === 'unknown' && entry.type.kind === 'object');
    });
  return bad === undefined ? [] : [error(`provisioner's override.'${bad}' block must be an HCL object`, undefined, header)];
}

/** Lays the override for `sourceName` over `d` (in place), checked by checkOverride; diagnostics point at the override attribute. */
export function applyOverride(d: Decoded, schema: BodySchema, sourceName: string): Diagnostic[] {
  const value = d.values.override;
  if (value === undefined || value.kind === 'null') return [];
  const range = d.ranges.override;
  const bySource = attrsOf(value);
  if (!bySource) return [];
  const entry = bySource[sourceName];
  if (entry === undefined || entry.kind === 'null') return [];
  const attrs = attrsOf(entry);
  if (!attrs) return [];
  const diags: Diagnostic[] = [];
  const names = Object.keys(schema.attributes);
  for (const [name, v] of Object.entries(attrs)) {
    const spec = schema.attributes[name];
    if (!spec) {
      diags.push(error('Unsupported argument', `override.${sourceName}: an argument named "${name}" is not expected here.${didYouMean(name, names)}`, range));
      continue;
    }
    const converted = convert(v, spec.type);
    if ('error' in converted) {
      diags.push(error('Incorrect attribute value type', `Inappropriate value for override.${sourceName}.${name}: ${converted.error}.`, range));
      continue;
    }
    d.values[name] = converted.value;
    d.attrs[name] = converted.value.kind === 'null' ? (spec.default ?? null) : toJS(converted.value);
    if (range) d.ranges[name] = range;
  }
  return diags;
}
