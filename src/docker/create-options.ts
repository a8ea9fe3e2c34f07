// ContainerSpec → the body of POST /containers/create.
import type Docker from 'dockerode';
import { type ContainerSpec, DriverError, REPACK_LABEL } from './driver.js';

interface DeviceMapping {
  PathOnHost: string;
  PathInContainer: string;
  CgroupPermissions: string;
}

const isDeviceMode = (s: string): boolean => /^[rwm]{1,3}$/.test(s);

/** "host[:container][:perms]", as `docker run --device` reads it. */
export function parseDevice(spec: string): DeviceMapping {
  const parts = spec.split(':');
  if (parts.length > 3 || parts[0] === '') throw new DriverError(`invalid device "${spec}": expected host[:container][:rwm]`);
  const [host, second, third] = parts;
  let container = host;
  let perms = 'rwm';
  if (third !== undefined) {
    container = second;
    perms = third;
  } else if (second !== undefined) {
    if (isDeviceMode(second)) perms = second;
    else container = second;
  }
  if (!isDeviceMode(perms)) throw new DriverError(`invalid device "${spec}": permissions must be made of r, w, m`);
  return { PathOnHost: host, PathInContainer: container, CgroupPermissions: perms };
}

export interface CreateRequest {
  query: { platform?: string };
  body: Docker.ContainerCreateOptions;
}

export function createRequest(spec: ContainerSpec): CreateRequest {
  const body: Docker.ContainerCreateOptions = {
    Image: spec.image,
    Cmd: spec.cmd,
    Entrypoint: spec.entrypoint,
    Env: spec.env,
    User: spec.user,
    WorkingDir: spec.workingDir,
    Tty: spec.tty ?? false,
    OpenStdin: spec.openStdin ?? false,
    Labels: { ...spec.labels, [REPACK_LABEL]: 'true' },
    HostConfig: {
      Binds: spec.binds,
      Privileged: spec.privileged ?? false,
      CapAdd: spec.capAdd,
      CapDrop: spec.capDrop,
      Tmpfs: spec.tmpfs,
      Devices: spec.devices?.map(parseDevice),
      Runtime: spec.runtime,
      NetworkMode: spec.networkMode,
      AutoRemove: spec.autoRemove,
    },
  };
  return { query: spec.platform ? { platform: spec.platform } : {}, body };
}
