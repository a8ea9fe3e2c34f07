// The functions Packer offers in HCL templates: the same names as Packer's table (hcl2template/functions.go).
import type { HclFunction } from './function.js';
import { collectionFunctions } from './collection.js';
import { conversionFunctions } from './conversion.js';
import { dateTimeFunctions } from './datetime.js';
import { encodingFunctions } from './encoding.js';
import { filesystemFunctions } from './filesystem.js';
import { hashFunctions } from './hash.js';
import { ipnetFunctions } from './ipnet.js';
import { numericFunctions } from './numeric.js';
import { boolListFunctions } from './bool-lists.js';
import { packerEncodingFunctions } from './packer-encoding.js';
import { rsaFunctions } from './rsa.js';
import { secretServiceFunctions } from './secret-services.js';
import { timeObjectFunctions } from './time-object.js';
import { stringFunctions } from './string.js';

export { loadYaml, mayCallYaml, yamlLoaded } from './json.js';

export interface StandardFunctionOptions {
  /** The directory relative paths (file, templatefile, fileset, abspath) resolve against. */
  baseDir: string;
  /** The working directory filebase64 reads relative paths from (the process's when omitted). */
  cwd?: string;
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
    ...boolListFunctions(),
    ...packerEncodingFunctions({ cwd: opts.cwd ?? process.cwd() }),
    ...rsaFunctions(),
    ...timeObjectFunctions(),
    ...secretServiceFunctions(),
  };
  Object.assign(all, filesystemFunctions({ baseDir: opts.baseDir, templateFunctions: () => all }));
  return all;
}

export type { HclFunction };
