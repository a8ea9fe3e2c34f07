// The post step: removes what the saved state lists, and never fails the job.
import { jest } from '@jest/globals';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { type Captured, captureRunner } from '../__fixtures__/action/capture.js';
import { ResourceTracker, savedResources } from '../src/action/state.js';

const removeContainer = jest.fn<(id: string) => Promise<void>>();
const connectDocker = jest.fn(() => ({ removeContainer }));
jest.unstable_mockModule('../src/docker/connect.js', () => ({ connectDocker }));
const { removeLeftovers: cleanup } = await import('../src/action/cleanup.js');

let cap: Captured;
afterEach(() => {
  cap.restore();
  removeContainer.mockReset();
  connectDocker.mockClear();
});

function withState(value: string | undefined): void {
  cap = captureRunner({}, value === undefined ? {} : { STATE_resources: value });
}

const warnings = () => cap.commands().filter((c) => c.command === 'warning');

test('removes every saved container and temp dir', async () => {
  withState(undefined);
  const dir = path.join(cap.dir, 'packer-files');
  mkdirSync(dir);
  writeFileSync(path.join(dir, 'script.sh'), 'echo');
  process.env.STATE_resources = JSON.stringify([
    { kind: 'container', id: 'aaaaaaaaaaaaaaaa' },
    { kind: 'tempdir', id: dir },
    { kind: 'container', id: 'bbbbbbbbbbbbbbbb' },
  ]);
  removeContainer.mockResolvedValue(undefined);
  await cleanup();
  expect(removeContainer.mock.calls).toEqual([['aaaaaaaaaaaaaaaa'], ['bbbbbbbbbbbbbbbb']]);
  expect(connectDocker).toHaveBeenCalledTimes(1);
  expect(existsSync(dir)).toBe(false);
  expect(cap.lines()).toContain('Removed container aaaaaaaaaaaa left by the build');
  expect(process.exitCode).toBeUndefined();
});

test('with nothing saved it does not connect to Docker and prints nothing visible', async () => {
  withState('[]');
  await cleanup();
  expect(connectDocker).not.toHaveBeenCalled();
  expect(cap.commands().map((c) => c.command)).toEqual(['debug']);
});

test('a failure to remove one resource is a warning; the others are still removed', async () => {
  withState(
    JSON.stringify([
      { kind: 'container', id: 'gone' },
      { kind: 'tempdir', id: 'relative/path' },
      { kind: 'container', id: 'next' },
    ]),
  );
  removeContainer.mockRejectedValueOnce(new Error('Cannot connect to the Docker daemon at unix:///var/run/docker.sock\nstack'));
  removeContainer.mockResolvedValueOnce(undefined);
  await cleanup();
  expect(removeContainer).toHaveBeenCalledWith('next');
  expect(warnings().map((w) => w.data)).toEqual([
    'repack: could not remove container gone: Cannot connect to the Docker daemon at unix:///var/run/docker.sock',
    'repack: could not remove tempdir relative/path: not an absolute path: relative/path',
  ]);
  expect(process.exitCode).toBeUndefined();
});

test('a client that cannot even be set up is a warning too', async () => {
  withState(JSON.stringify([{ kind: 'container', id: 'x' }]));
  connectDocker.mockImplementationOnce(() => {
    throw new Error('Invalid DOCKER_HOST "::"');
  });
  await cleanup();
  expect(warnings().map((w) => w.data)).toEqual(['repack: could not remove container x: Invalid DOCKER_HOST "::"']);
  expect(process.exitCode).toBeUndefined();
});

describe('state', () => {
  test('the tracker saves the whole live list on every change and ignores removing what it never saw', () => {
    const saved: string[] = [];
    const t = new ResourceTracker((_name, value) => saved.push(value));
    t.update({ kind: 'container', id: 'a' }, true);
    t.update({ kind: 'container', id: 'b' }, false);
    t.update({ kind: 'container', id: 'a' }, false);
    expect(saved).toEqual(['[{"kind":"container","id":"a"}]', '[]']);
  });

  test.each([
    ['', []],
    ['not json', []],
    ['{"kind":"container","id":"a"}', []],
    ['[{"kind":"container","id":"a"},{"kind":"volume","id":"v"},{"kind":"tempdir","id":""},null]', [{ kind: 'container', id: 'a' }]],
  ])('reading %j', (raw, want) => {
    expect(savedResources(raw)).toEqual(want);
  });
});
