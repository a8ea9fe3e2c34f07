// A docker source's decoded config for unit tests of what reads it (cache keys, the chain walk): debian, committed,
// the builder's defaults, and whatever the test overrides.
import type { DockerConfig } from '../src/builders/docker/config.js';

export const dockerConfig = (over: Partial<DockerConfig> = {}): DockerConfig => ({
  image: 'debian',
  commit: true,
  discard: false,
  pull: true,
  changes: [],
  container: { image: 'debian', entrypoint: ['/bin/sh'], tty: true },
  containerDir: '/packer-files',
  fixUploadOwner: true,
  keyed: {},
  ...over,
});
