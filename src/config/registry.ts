// The plugin types repack has built in, by block kind. The docker plugin's version is what `required_plugins`
// constraints are checked against.

/** The version of Packer's docker plugin whose behaviour repack's builder and post-processors match. */
export const DOCKER_PLUGIN_VERSION = '1.1.1';
export const DOCKER_PLUGIN_SOURCE = 'github.com/hashicorp/docker';

/** packer-plugin-git, whose data sources (git-commit, git-repository, git-tree) are built in; its outputs are 0.6's. */
export const GIT_PLUGIN_VERSION = '0.6.5';
export const GIT_PLUGIN_SOURCE = 'github.com/ethanmdavidson/git';

/** packer-plugin-ansible, whose provisioners (ansible, ansible-local) are built in, following its 1.1.7 source. */
export const ANSIBLE_PLUGIN_VERSION = '1.1.7';
export const ANSIBLE_PLUGIN_SOURCE = 'github.com/hashicorp/ansible';

export interface BuiltInPlugin {
  name: string;
  source: string;
  version: string;
  /** What of it repack has, for messages. */
  what: string;
}

/** The plugins `required_plugins` may ask for: built in, nothing to install. */
export const BUILT_IN_PLUGINS: BuiltInPlugin[] = [
  { name: 'docker', source: DOCKER_PLUGIN_SOURCE, version: DOCKER_PLUGIN_VERSION, what: 'docker plugin' },
  { name: 'git', source: GIT_PLUGIN_SOURCE, version: GIT_PLUGIN_VERSION, what: 'git plugin (its data sources)' },
  { name: 'ansible', source: ANSIBLE_PLUGIN_SOURCE, version: ANSIBLE_PLUGIN_VERSION, what: 'ansible plugin (its provisioners)' },
];

export const BUILDER_TYPES = ['docker'] as const;
export const PROVISIONER_TYPES = ['shell', 'file', 'shell-local', 'breakpoint', 'ansible', 'ansible-local'] as const;
export const POST_PROCESSOR_TYPES = [
  'docker-tag',
  'docker-push',
  'docker-save',
  'docker-import',
  'manifest',
  'checksum',
  'compress',
  'shell-local',
  'artifice',
] as const;

/** The data sources config runs while it initializes a template; their implementations are in data-sources/. */
export const DATA_SOURCE_TYPES = ['null', 'http', 'git-commit', 'git-repository', 'git-tree'] as const;

export type ProvisionerType = (typeof PROVISIONER_TYPES)[number];
export type PostProcessorType = (typeof POST_PROCESSOR_TYPES)[number];
export type DataSourceType = (typeof DATA_SOURCE_TYPES)[number];

export function isOneOf<T extends string>(list: readonly T[], s: string): s is T {
  return (list as readonly string[]).includes(s);
}
