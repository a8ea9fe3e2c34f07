// The post step: removes the containers the main step provably made (labelled with its nonce's hash), whatever the
// saved state says, removes no path, and never fails the job.
import { jest } from '@jest/globals';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { type Captured, captureRunner } from '../__fixtures__/action/capture.js';
import { newIdentity, RUN_LABEL } from '../src/action/run-identity.js';

const removeContainer = jest.fn<(id: string) => Promise<void>>();
const listContainers = jest.fn<(label: string) => Promise<string[]>>();
const connectDocker = jest.fn(() => ({ removeContainer, listContainers }));
jest.unstable_mockModule('../src/docker/connect.js', () => ({ connectDocker }));
const { removeLeftovers: cleanup } = await import('../src/action/cleanup.js');

let cap: Captured;
afterEach(() => {
  cap.restore();
  removeContainer.mockReset();
  listContainers.mockReset();
  connectDocker.mockClear();
});

function withState(state?: string): void {
  cap = captureRunner({}, state === undefined ? {} : { STATE_run: state });
}

/** Containers by label, as the engine would list them. */
function engine(byLabel: Record<string, string[]>): void {
  listContainers.mockImplementation((label) => Promise.resolve(byLabel[label] ?? []));
  removeContainer.mockResolvedValue(undefined);
}

const warnings = () => cap.commands().filter((c) => c.command === 'warning');

test("removes the run's labelled containers, and no other", async () => {
  const run = newIdentity();
  withState(run.nonce);
  engine({ [`${RUN_LABEL}=${run.label}`]: ['aaaaaaaaaaaaaaaa', 'bbbbbbbbbbbbbbbb'], [`${RUN_LABEL}=other`]: ['cccccccccccccccc'] });
  await cleanup();
  expect(listContainers.mock.calls).toEqual([[`${RUN_LABEL}=${run.label}`]]);
  expect(removeContainer.mock.calls).toEqual([['aaaaaaaaaaaaaaaa'], ['bbbbbbbbbbbbbbbb']]);
  expect(cap.log()).toContain('Removed container aaaaaaaaaaaa left by the build');
  expect(process.exitCode).toBeUndefined();
});

test.each([
  [
    'the old resource list naming a directory and a container',
    (victim: string) =>
      JSON.stringify([
        { kind: 'tempdir', id: victim },
        { kind: 'container', id: 'victim' },
      ]),
  ],
  ['a path', (victim: string) => victim],
  ['a nonce of the wrong shape', () => 'a'.repeat(63)],
])('a forged state (%s) removes nothing', async (_what, forge) => {
  withState();
  const victim = path.join(cap.dir, 'victim');
  mkdirSync(victim);
  process.env.STATE_run = forge(victim);
  engine({ [`${RUN_LABEL}=x`]: ['victim'] });
  await cleanup();
  expect(connectDocker).not.toHaveBeenCalled();
  expect(removeContainer).not.toHaveBeenCalled();
  expect(existsSync(victim)).toBe(true);
});

test("a valid nonce that is not this run's matches no other run's containers", async () => {
  const other = newIdentity();
  withState('f'.repeat(64));
  engine({ [`${RUN_LABEL}=${other.label}`]: ['others'] });
  await cleanup();
  expect(removeContainer).not.toHaveBeenCalled();
});

test('with nothing saved it does not connect to Docker and prints nothing visible', async () => {
  withState('');
  await cleanup();
  expect(connectDocker).not.toHaveBeenCalled();
  expect(cap.commands().map((c) => c.command)).toEqual(['debug']);
});

test('a failure to remove one container is a warning; the others are still removed', async () => {
  const run = newIdentity();
  withState(run.nonce);
  engine({ [`${RUN_LABEL}=${run.label}`]: ['gone', 'next'] });
  removeContainer.mockReset();
  removeContainer.mockRejectedValueOnce(new Error('Cannot connect to the Docker daemon at unix:///var/run/docker.sock\n::error::stack'));
  removeContainer.mockResolvedValueOnce(undefined);
  await cleanup();
  expect(removeContainer).toHaveBeenCalledWith('next');
  expect(warnings().map((w) => w.data)).toEqual([
    'repack: could not remove container gone: Cannot connect to the Docker daemon at unix:///var/run/docker.sock',
  ]);
  expect(process.exitCode).toBeUndefined();
});

test('a client that cannot even be set up is a warning too', async () => {
  withState(newIdentity().nonce);
  connectDocker.mockImplementationOnce(() => {
    throw new Error('Invalid DOCKER_HOST "::"');
  });
  await cleanup();
  expect(warnings().map((w) => w.data)).toEqual(['repack: could not look for containers left by the build: Invalid DOCKER_HOST "::"']);
  expect(process.exitCode).toBeUndefined();
});
