// The post step: removes what a killed or cancelled run left behind — only the containers it can prove the main step
// made (run-identity.ts), whatever else the saved state lists. It runs after every job, successful or not, so it
// reports problems as warnings and never fails the job.
import * as core from './runner.js';
import { connectDocker } from '../docker/connect.js';
import type { Driver } from '../docker/driver.js';
import { identityOf, RUN_LABEL, RUN_STATE } from './run-identity.js';
import { messageOf } from '../error-message.js';

type CleanupDriver = Pick<Driver, 'removeContainer' | 'listContainers'>;

function firstLineOf(e: unknown): string {
  return messageOf(e).split(/\r\n|\r|\n/)[0];
}

async function removeContainers(label: string, connect: () => CleanupDriver): Promise<void> {
  const driver = connect();
  for (const id of await driver.listContainers(`${RUN_LABEL}=${label}`)) {
    try {
      await driver.removeContainer(id);
      core.info(`Removed container ${id.slice(0, 12)} left by the build`);
    } catch (e: unknown) {
      core.warning(`repack: could not remove container ${id.slice(0, 12)}: ${firstLineOf(e)}`);
    }
  }
}

/** Removes the run's labelled containers; each failure is a warning. */
export async function removeLeftovers(connect: () => CleanupDriver = connectDocker): Promise<void> {
  const id = identityOf(core.getState(RUN_STATE));
  if (!id) {
    core.debug('repack: nothing left to clean up');
    return;
  }
  try {
    await removeContainers(id.label, connect);
  } catch (e: unknown) {
    core.warning(`repack: could not look for containers left by the build: ${firstLineOf(e)}`);
  }
}

/** The post step's entry: not even an error a library throws later may fail the job. */
export async function cleanup(): Promise<void> {
  const warn = (e: unknown): void => core.warning(`repack: cleanup failed: ${firstLineOf(e)}`);
  process.on('uncaughtException', warn);
  process.on('unhandledRejection', warn);
  try {
    await removeLeftovers();
  } catch (e: unknown) {
    warn(e);
  } finally {
    core.resumeCommands();
  }
}
