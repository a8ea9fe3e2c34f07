// The typed template model: what the decoder produces from HCL and the planner consumes. Bodies whose values depend
// on the build being run (`source.name`, `build.*`) are kept unevaluated and evaluated per build by the planner.
import type { Block, Body } from '../hcl/syntax/ast.js';
import type { Range } from '../hcl/diagnostics.js';
import type { Expression } from '../hcl/syntax/expression.js';
import type { Type, Value } from '../hcl/value/value.js';

export interface VariableValidation {
  condition: Expression;
  /** Constant, as Packer decodes it. */
  errorMessage: string;
  range: Range;
}

export interface VariableDecl {
  name: string;
  type: Type;
  /** Evaluated default; undefined when the variable has none (then a value must be given). */
  default?: Value;
  description: string;
  sensitive: boolean;
  validations: VariableValidation[];
  range: Range;
}

export interface LocalDecl {
  name: string;
  expr: Expression;
  sensitive: boolean;
  range: Range;
}

export interface PluginRequirement {
  name: string;
  source: string;
  version: string;
  range: Range;
}

export interface SourceBlock {
  /** e.g. "docker" */
  type: string;
  name: string;
  body: Body;
  block: Block;
}

export interface SourceRef {
  /** "docker.ubuntu" */
  ref: string;
  type: string;
  name: string;
  /** A `source "docker.ubuntu" { name = …, … }` block inside a build: its name override and attribute overrides. */
  nameOverride?: string;
  overrides?: Body;
  range: Range;
}

export interface ProvisionerSpec {
  type: string;
  block: Block;
}

export interface PostProcessorSpec {
  type: string;
  block: Block;
}

export interface BuildSpec {
  name: string;
  description: string;
  sources: SourceRef[];
  provisioners: ProvisionerSpec[];
  /** Each `post-processors` block is a chain; a lone `post-processor` is a chain of one. In written order. */
  postProcessorChains: PostProcessorSpec[][];
  errorCleanupProvisioner?: ProvisionerSpec;
  /** Build-level `hcp_packer_registry` blocks (deprecated by Packer in favour of the top-level one). */
  hcpRegistries: Block[];
  block: Block;
  /** It has `dynamic` blocks, or name/description/sources that use variables: decoded again once locals are known (config/build.ts expandBuilds). */
  dynamic?: boolean;
}

/** A `data "<type>" "<name>"` block; `null` is the only type that needs no cloud. */
export interface DataSourceDecl {
  type: string;
  name: string;
  body: Body;
  block: Block;
}

export interface VersionConstraintDecl {
  constraint: string;
  /** The whole `required_version = …` attribute, where Packer points. */
  range: Range;
}

export interface Template {
  /** Absolute directory relative paths are resolved against. */
  root: string;
  /** Packer's `path.root`: the template path as given (a file's directory), e.g. "." — not made absolute. */
  pathRoot: string;
  requiredPlugins: PluginRequirement[];
  requiredVersions: VersionConstraintDecl[];
  variables: Map<string, VariableDecl>;
  locals: LocalDecl[];
  sources: Map<string, SourceBlock>;
  /** "type.name" of source blocks already reported (e.g. an unsupported type): builds naming them are not reported again. */
  rejectedSources: Set<string>;
  builds: BuildSpec[];
  dataSources: DataSourceDecl[];
  /** Top-level `hcp_packer_registry` blocks, decoded once variables and locals are known (hcp-registry.ts). */
  hcpRegistries: Block[];
}
