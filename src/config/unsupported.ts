// Attributes that Packer's plugins accept and repack does not implement, each with why and what to do instead
// (reported by checkBody as "X is not supported by repack"). Plugin-specific lists sit with their plugins.
import type { UnsupportedAttribute } from './schema.js';

export const ignored = (why: string): UnsupportedAttribute => ({ why, severity: 'warning' });
export const refused = (why: string): UnsupportedAttribute => ({ why, severity: 'error' });

export const each = (names: readonly string[], reason: UnsupportedAttribute): Record<string, UnsupportedAttribute> =>
  Object.fromEntries(names.map((n) => [n, reason]));

/** The packer_* options in every plugin's spec: Packer fills them in for the plugin. */
export const PACKER_INTERNAL = each(
  [
    'packer_build_name',
    'packer_builder_type',
    'packer_core_version',
    'packer_debug',
    'packer_force',
    'packer_on_error',
    'packer_user_variables',
    'packer_sensitive_variables',
  ],
  ignored(
    'Packer sets this option for the plugin itself, and so does repack: the value written here is ignored. Remove it; ' +
      'scripts still get PACKER_BUILD_NAME and PACKER_BUILDER_TYPE.',
  ),
);

export const DOCKER_PATH = ignored(
  'repack talks to the Engine API of DOCKER_HOST (or the current docker context), not to a docker binary, so the value ' +
    'is ignored. Remove it; to use Podman, point DOCKER_HOST at its API socket.',
);

/** The AWS options that only ecr_login reads. */
export const ECR_AWS = each(
  ['aws_access_key', 'aws_secret_key', 'aws_token', 'aws_profile', 'aws_force_use_public_ecr'],
  ignored(
    'it is only read by ecr_login, which repack does not support, so the value is ignored. Log in to ECR with the ' +
      'docker-credential-ecr-login credential helper (credHelpers in the docker config, AWS credentials from the ' +
      'environment), or pass a token with login_username = "AWS" and login_password.',
  ),
);
