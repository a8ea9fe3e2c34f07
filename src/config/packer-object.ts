// The `packer` object of expressions, as Packer's evaluation context has it (hcl2template/types.packer_config.go).
// iterationID and versionFingerprint are given values only while publishing to HCP Packer, which repack never does,
// so they stay unknown: "<unknown>" in the console, "Unknown value" where a build needs them.
import { T, V, type Value } from '../hcl/value/value.js';

export function packerObject(version: string): Value {
  return V.object({ version: V.string(version), iterationID: V.unknown(T.string), versionFingerprint: V.unknown(T.string) });
}

/**
 * What Packer's console also has in scope (command/console.go evaluates with the build context): `source.type` and
 * `source.name`, and `build`, all unknown outside a build — "<unknown>" when printed, never an error.
 */
export function consolePlaceholders(): { source: Value; build: Value } {
  return { source: V.object({ type: V.unknown(T.string), name: V.unknown(T.string) }), build: V.unknown(T.object({})) };
}
