// BuildResult[] → the action's outputs. `metadata` is the document `repack build --json` writes, listing every
// build (failed ones with their error); the other outputs describe only the builds that succeeded.
import * as core from './workflow-commands.js';
import { buildMetadata } from '../pipeline/metadata.js';
import type { BuildResult } from '../plugin/result.js';
import type { Masker } from '../pipeline/secret-mask.js';

export interface Outputs {
  metadata: string;
  'image-id': string;
  tags: string;
  digest: string;
  digests: string;
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

/** Outputs reach later steps and files unmasked by the runner, so sensitive values are masked here, the JSON value by value. */
export function computeOutputs(results: readonly BuildResult[], masker?: Masker): Outputs {
  const ok = results.filter((r) => r.error === undefined);
  const pushed = ok.flatMap((r) => r.digests);
  const mask = (text: string): string => masker?.apply(text) ?? text;
  const metadata = buildMetadata([...results]);
  return {
    metadata: JSON.stringify(masker ? masker.applyDeep(metadata) : metadata),
    'image-id': mask(ok.find((r) => r.imageId !== undefined)?.imageId ?? ''),
    tags: unique(ok.flatMap((r) => r.tags).map(mask)).join('\n'),
    digest: mask(pushed[0]?.digest ?? ''),
    digests: unique(pushed.map((d) => mask(`${d.repository}@${d.digest}`))).join('\n'),
  };
}

export function setOutputs(results: readonly BuildResult[]): Outputs {
  const outputs = computeOutputs(results, core.secrets);
  for (const [name, value] of Object.entries(outputs)) core.setOutput(name, value);
  return outputs;
}
