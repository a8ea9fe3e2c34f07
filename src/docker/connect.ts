// connectDocker(): a DockerodeDriver for the engine the docker CLI would use (see docker-host.ts), with the registry
// credentials the docker CLI would send (see credentials.ts).
import { readFileSync } from 'node:fs';
import os from 'node:os';
import Docker from 'dockerode';
import { dockerCredentials } from './credentials.js';
import { resolveEndpoint, type HostFiles } from './docker-host.js';
import { DockerodeDriver } from './dockerode-driver.js';
import { DriverError } from './driver.js';
import { messageOf } from '../error-message.js';

const hostFiles: HostFiles = {
  home: os.homedir(),
  read(file: string): Buffer | undefined {
    try {
      return readFileSync(file);
    } catch (e: unknown) {
      if ((e as { code?: string }).code === 'ENOENT') return undefined;
      throw new DriverError(`cannot read ${file}: ${messageOf(e)}`);
    }
  },
};

/** No connection is made here: the first call reports an unreachable daemon as a DriverError. */
export function connectDocker(env: NodeJS.ProcessEnv = process.env): DockerodeDriver {
  const endpoint = resolveEndpoint(env, hostFiles);
  try {
    return new DockerodeDriver(new Docker(endpoint.options), endpoint.address, dockerCredentials(env));
  } catch (e: unknown) {
    // docker-modem also reads process.env itself (DOCKER_HOST, DOCKER_CERT_PATH files) and throws on what it dislikes.
    throw new DriverError(`cannot set up the Docker client for ${endpoint.address}: ${messageOf(e)}`);
  }
}
