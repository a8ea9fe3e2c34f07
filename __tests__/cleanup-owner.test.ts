// Owners: only a process provably dead on this very host (same boot, same pid namespace) counts as dead.
import { spawnSync } from 'node:child_process';
import { currentOwner, hostId, ownerState, parseOwner, processStart } from '../src/cleanup/owner.js';

test('this process is alive; a pid that is gone is dead; a reused pid (another start time) is dead', () => {
  expect(ownerState(currentOwner())).toBe('alive');
  const gone = spawnSync('true').pid;
  expect(ownerState(`${hostId()}-${gone}-${processStart(process.pid)}`)).toBe('dead');
  expect(ownerState(`${hostId()}-${process.pid}-1`)).toBe('dead');
});

test('another host (or another boot or pid namespace of this one), or an unreadable owner, is never dead', () => {
  expect(ownerState(`${hostId('elsewhere')}-999999999-1`)).toBe('unknown');
  expect(ownerState('')).toBe('unknown');
  expect(ownerState('abc-1-2')).toBe('unknown');
  expect(ownerState(`${hostId()}-0-1`)).toBe('unknown');
});

test('the owner format round-trips', () => {
  expect(parseOwner(currentOwner())).toEqual({ host: hostId(), pid: process.pid, start: processStart(process.pid) });
});
