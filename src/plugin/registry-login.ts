// The docker plugin's login options, shared by `source "docker"` (pulling the base image) and `docker-push`: with
// `login = true` these credentials are sent to `login_server` (every registry when it is not set), ahead of whatever the
// docker config holds. Nothing is written to the docker config, so there is no logout to do.
import type { Range } from '../hcl/diagnostics.js';
import { warning, type Diagnostic } from '../hcl/diagnostics.js';
import { T } from '../hcl/value/value.js';
import type { BodySchema, Decoded } from '../config/schema.js';
import type { RegistryAuth } from '../docker/driver.js';

export const LOGIN_ATTRIBUTES = {
  login: {
    key: false,
    type: T.bool,
    default: false,
    description:
      "Send the `login_*` credentials (for pulling `image`; in `docker-push`, for pushing) ahead of the docker config's. Nothing is written to the docker config.",
  },
  login_server: { key: false, type: T.string, description: 'Registry the `login_*` credentials are for, e.g. `"ghcr.io"`; unset: the registry of each image.' },
  login_username: { key: false, type: T.string, description: 'User name for the registry.' },
  login_password: { key: false, type: T.string, sensitive: true, description: 'Password or token for the registry.' },
} satisfies BodySchema['attributes'];

export const ECR_LOGIN =
  'ecr_login = true is not supported: configure docker-credential-ecr-login as a credential helper in the docker config (credHelpers), which repack uses.';

const DETAILS = ['login_server', 'login_username', 'login_password'] as const;

/**
 * The credentials, or with login = true and an empty username or password (an unset variable in a CI validate job
 * without secrets) `problem`: not an error until the credentials are used, as in Packer, where `docker login` fails.
 */
export function decodeLogin(
  d: Decoded<{ attributes: typeof LOGIN_ATTRIBUTES }>,
  owner?: Range,
): { auth?: RegistryAuth; problem?: string; diagnostics: Diagnostic[] } {
  const a = d.attrs;
  const str = (k: (typeof DETAILS)[number]): string | undefined => a[k] || undefined;
  if (a.login !== true) {
    const set = DETAILS.filter((k) => d.ranges[k] !== undefined);
    if (set.length === 0) return { diagnostics: [] };
    const detail = `${set.join(', ')} ${set.length === 1 ? 'is' : 'are'} used only with login = true; without it the credentials come from the docker config (docker login).`;
    return { diagnostics: [warning('Login options ignored', detail, d.ranges[set[0]])] };
  }
  const missing = (['login_username', 'login_password'] as const).filter((k) => str(k) === undefined);
  if (missing.length > 0) {
    const problem = `login = true needs ${missing.join(' and ')}, and ${missing.length === 1 ? 'it is' : 'they are'} empty.`;
    return { problem, diagnostics: [warning('Incomplete login', `${problem} Logging in will fail when the build uses them.`, d.ranges.login ?? owner)] };
  }
  const auth: RegistryAuth = { username: str('login_username'), password: str('login_password') };
  const server = str('login_server');
  if (server !== undefined) auth.serveraddress = server;
  return { auth, diagnostics: [] };
}
