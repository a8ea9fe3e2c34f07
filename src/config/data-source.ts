// The contract of a data source: a schema for its block, checks on the decoded configuration (Packer's Configure)
// and an execution that gives its output object. An execution may be asynchronous (an HTTP request): the template is
// then prepared again once it has run (config/data.ts).
import type { Value } from '../hcl/value/value.js';
import type { BodySchema, Decoded } from './schema.js';

export interface DataSourceEnv {
  /** The working directory: relative paths resolve against it, as in Packer. */
  cwd: string;
}

/** The output object, or why there is none (reported at the block, as Packer reports an Execute error). */
export type DataSourceResult = { value: Value; warnings?: string[] } | { error: string };

export interface DataSourcePlugin<S extends BodySchema = BodySchema> {
  schema: S;
  /** Configuration problems, each reported at the block. */
  configure?(d: Decoded<S>): string[];
  execute(d: Decoded<S>, env: DataSourceEnv): DataSourceResult | Promise<DataSourceResult>;
}

/** A data source whose configure and execute read the config its own schema declares (typed: config/schema.ts). */
export function dataSource<S extends BodySchema>(plugin: DataSourcePlugin<S>): DataSourcePlugin<S> {
  return plugin;
}
