// The post step: removes what a killed or cancelled run left behind. It runs after every job, successful or not,
// so it reports problems as warnings and never fails the job.
import { rm } from 'node:fs/promises';
import path from 'node:path';
import * as core from './runner.js';
import { connectDocker } from '../docker/connect.js';
import type { Driver } from '../docker/driver.js';
import { type Resource, savedResources } from './state.js';
import { messageOf } from '../error-message.js';

function firstLineOf(e: unknown): string {
  return messageOf(e).split('\n')[0];
}

async function remove(resource: Resource, driver: () => Pick<Driver, 'removeContainer'>): Promise<void> {
  if (resource.kind === 'container') {
    await driver().removeContainer(resource.id);
    core.info(`Removed container ${resource.id.slice(0, 12)} left by the build`);
    return;
  }
  if (!path.isAbsolute(resource.id)) throw new Error(`not an absolute path: ${resource.id}`);
  await rm(resource.id, { recursive: true, force: true });
  core.info(`Removed temporary directory ${resource.id}`);
}

/** Removes every saved resource; each failure is a warning. */
export async function removeLeftovers(connect: () => Pick<Driver, 'removeContainer'> = connectDocker): Promise<void> {
  try {
    const resources = savedResources();
    if (resources.length === 0) {
      core.debug('repack: nothing left to clean up');
      return;
    }
    let driver: Pick<Driver, 'removeContainer'> | undefined;
    const lazyDriver = (): Pick<Driver, 'removeContainer'> => (driver ??= connect());
    for (const resource of resources) {
      try {
        await remove(resource, lazyDriver);
      } catch (e: unknown) {
        core.warning(`repack: could not remove ${resource.kind} ${resource.id}: ${firstLineOf(e)}`);
      }
    }
  } catch (e: unknown) {
    core.warning(`repack: cleanup failed: ${firstLineOf(e)}`);
  }
}

/** The post step's entry: not even an error a library throws later may fail the job. */
export async function cleanup(): Promise<void> {
  const warn = (e: unknown): void => core.warning(`repack: cleanup failed: ${firstLineOf(e)}`);
  process.on('uncaughtException', warn);
  process.on('unhandledRejection', warn);
  await removeLeftovers();
}
