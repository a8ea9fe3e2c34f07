// vault, consul_key, aws_secretsmanager and aws_secretsmanager_raw read secrets from a service while the template is
// evaluated. repack reads no secret service: each keeps Packer's signature and says how to pass the value instead.
import type { HclFunction } from './function.js';
import { T } from '../value/value.js';
import { fn, FunctionError, param } from './helpers.js';

function needs(service: string, params: ReturnType<typeof param>[]): HclFunction {
  return fn(
    params,
    () => {
      throw new FunctionError(
        `this function reads from ${service}, which repack does not contact. Pass the value as a sensitive variable instead: ` +
          'declare variable "name" { sensitive = true } and set it from the environment (PKR_VAR_name, e.g. from a CI secret) ' +
          "or with the action's variables input, then use var.name",
      );
    },
    { returnType: T.string },
  );
}

export function secretServiceFunctions(): Record<string, HclFunction> {
  return {
    vault: needs('HashiCorp Vault', [param('path', T.string), param('key', T.string)]),
    consul_key: needs('Consul', [param('key', T.string)]),
    aws_secretsmanager: needs('AWS Secrets Manager', [param('name', T.string), param('key', T.string, { allowNull: true })]),
    aws_secretsmanager_raw: needs('AWS Secrets Manager', [param('name', T.string)]),
  };
}
