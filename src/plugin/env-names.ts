// Variable names reach the command line unquoted (Packer's env_var_format is `%s='%s' `), so a name is the one part
// of an assignment no quoting protects: `A=1;touch x;B` from a map variable would run on the host or in the container.
// Packer pastes it as it is; repack accepts only names a POSIX shell can assign.
import { error, type Diagnostic } from '../hcl/diagnostics.js';
import type { Range } from '../hcl/diagnostics.js';

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Builds the provisioner's variables from environment_vars then env, with a diagnostic per bad entry or name. */
export function readEnvVars(
  environmentVars: readonly string[],
  env: Record<string, string>,
  ranges: { environment_vars?: Range; env?: Range },
  diags: Diagnostic[],
): Map<string, string> {
  const vars = new Map<string, string>();
  const add = (name: string, value: string, attr: 'environment_vars' | 'env'): void => {
    if (!IDENTIFIER.test(name)) {
      diags.push(
        error(
          `Invalid ${attr} name`,
          `${JSON.stringify(name)} is not a valid environment variable name: use letters, digits and underscores, not starting with a digit.`,
          ranges[attr],
        ),
      );
      return;
    }
    vars.set(name, value);
  };
  for (const kv of environmentVars) {
    const eq = kv.indexOf('=');
    if (eq <= 0) {
      diags.push(error('Invalid environment_vars entry', `Environment variable not in format 'key=value': ${JSON.stringify(kv)}.`, ranges.environment_vars));
      continue;
    }
    add(kv.slice(0, eq), kv.slice(eq + 1), 'environment_vars');
  }
  for (const [k, v] of Object.entries(env)) add(k, v, 'env');
  return vars;
}
