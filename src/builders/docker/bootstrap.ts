// Runs a source's `build` block before its steps: the Dockerfile's image becomes the base image, as
// packer-plugin-docker's bootstrap does (`docker build -f PATH [--pull] [--build-arg …] BUILD_DIR`).
import { statSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { REPACK_LABEL, type Driver } from '../../docker/driver.js';
import { tarFromHost } from '../../docker/tar.js';
import type { DockerConfig } from './config.js';
import type { Step } from '../../plugin/step.js';
import type { BuildUi, DockerBuildState } from './steps.js';

export class BootstrapError extends Error {}

/** The Dockerfile's path inside the context, or an error saying why it cannot be used. */
export function dockerfileInContext(cwd: string, path: string, buildDir: string): { dir: string; dockerfile: string } {
  const dir = resolve(cwd, buildDir);
  const file = resolve(cwd, path);
  try {
    if (!statSync(dir).isDirectory()) throw new BootstrapError(`build_dir "${buildDir}" is not a directory.`);
    if (!statSync(file).isFile()) throw new BootstrapError(`The Dockerfile "${path}" is not a regular file.`);
  } catch (e: unknown) {
    if (e instanceof BootstrapError) throw e;
    throw new BootstrapError(`Cannot read ${(e as NodeJS.ErrnoException).path ?? path}: ${(e as NodeJS.ErrnoException).code ?? String(e)}.`);
  }
  const inside = relative(dir, file);
  if (inside.startsWith(`..${sep}`) || inside === '..' || isAbsolute(inside)) {
    throw new BootstrapError(`The Dockerfile "${path}" must be inside build_dir "${buildDir}" (it is sent to the engine as part of the build context).`);
  }
  return { dir, dockerfile: inside.split(sep).join('/') };
}

/** Builds the base image and points the config at it; the pull step then finds it present. */
export async function bootstrapImage(
  config: DockerConfig,
  driver: Driver,
  ui: BuildUi,
  cwd: string,
  signal: AbortSignal,
  labels: Record<string, string> = {},
): Promise<void> {
  const b = config.bootstrap;
  if (!b) return;
  if (!driver.buildImage) throw new BootstrapError('This engine driver cannot build images.');
  const { dir, dockerfile } = dockerfileInContext(cwd, b.path, b.buildDir);
  ui.say(`Building the base image from ${b.path}...`);
  const id = await driver.buildImage(tarFromHost(dir, '.'), {
    dockerfile,
    buildArgs: b.arguments,
    pull: b.pull,
    platform: config.platform,
    labels,
    onOutput: ui.message,
    signal,
  });
  ui.message(`Base image: ${id}`);
  config.image = id;
  config.container.image = id;
}

/** The build block as the first step of a build; relative paths resolve against `cwd` (the run's working directory). */
export function bootstrapStep(cwd: string): Step<DockerBuildState> {
  return {
    name: 'build base image',
    // Labelled as the build's other images, so what a build made can be found and removed.
    run: (s, signal) => bootstrapImage(s.build.config, s.driver, s.ui, cwd, signal, { [REPACK_LABEL]: 'true', 'io.repack.build': s.build.name }),
  };
}
