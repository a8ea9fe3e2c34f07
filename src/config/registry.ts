// The plugin types repack has built in, by block kind. The docker plugin's version is what `required_plugins`
// constraints are checked against.

/** The version of Packer's docker plugin whose behaviour repack's builder and post-processors match. */
export const DOCKER_PLUGIN_VERSION = '1.1.1';
export const DOCKER_PLUGIN_SOURCE = 'github.com/hashicorp/docker';

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

export type ProvisionerType = (typeof PROVISIONER_TYPES)[number];
export type PostProcessorType = (typeof POST_PROCESSOR_TYPES)[number];

export function isOneOf<T extends string>(list: readonly T[], s: string): s is T {
  return (list as readonly string[]).includes(s);
}
