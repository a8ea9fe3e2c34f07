// The functions Packer offers in HCL templates (without its cloud-specific ones).
import type { HclFunction } from '../function.js';
import { collectionFunctions } from './collection.js';
import { conversionFunctions } from './conversion.js';
import { dateTimeFunctions } from './datetime.js';
import { encodingFunctions } from './encoding.js';
import { filesystemFunctions } from './filesystem.js';
import { hashFunctions } from './hash.js';
import { ipnetFunctions } from './ipnet.js';
import { numericFunctions } from './numeric.js';
import { stringFunctions } from './string.js';

export { loadYaml, mayCallYaml, yamlLoaded } from './json.js';

export interface StandardFunctionOptions {
  /** The directory relative paths (file, templatefile, fileset, abspath) resolve against. */
  baseDir: string;
}

export function standardFunctions(opts: StandardFunctionOptions): Record<string, HclFunction> {
  const all: Record<string, HclFunction> = {
    ...numericFunctions(),
    ...stringFunctions(),
    ...collectionFunctions(),
    ...encodingFunctions(),
    ...dateTimeFunctions(),
    ...hashFunctions(),
    ...ipnetFunctions(),
    ...conversionFunctions(),
  };
  Object.assign(all, filesystemFunctions({ baseDir: opts.baseDir, templateFunctions: () => all }));
  return all;
}

export type { HclFunction };
