// BuildResult[] → the action's outputs. `metadata` is the document `repack build --json` writes, listing every
// build (failed ones with their error); the other outputs describe only the builds that succeeded.
import * as core from './runner.js';
import { buildMetadata } from '../pipeline/metadata.js';
import type { BuildResult } from '../pipeline/result.js';

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

export function computeOutputs(results: readonly BuildResult[]): Outputs {
  const ok = results.filter((r) => r.error === undefined);
  const pushed = ok.flatMap((r) => r.digests);
  return {
    metadata: JSON.stringify(buildMetadata([...results])),
    'image-id': ok.find((r) => r.imageId !== undefined)?.imageId ?? '',
    tags: unique(ok.flatMap((r) => r.tags)).join('\n'),
    digest: pushed[0]?.digest ?? '',
    digests: unique(pushed.map((d) => `${d.repository}@${d.digest}`)).join('\n'),
  };
}

export function setOutputs(results: readonly BuildResult[]): Outputs {
  const outputs = computeOutputs(results);
  for (const [name, value] of Object.entries(outputs)) core.setOutput(name, value);
  return outputs;
}
