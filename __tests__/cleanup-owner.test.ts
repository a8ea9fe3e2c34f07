// Owners: only a process provably dead on this very host (same boot, same pid namespace) counts as dead.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { reapDirs, type Reaped } from '../src/cleanup/reap.js';
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

describe('a dead run directory', () => {
  const base = mkdtempSync(path.join(tmpdir(), 'repack-reap-'));
  afterAll(() => rmSync(base, { recursive: true, force: true }));

  function deadRun(groups: Record<number, string>): string {
    const gone = spawnSync('true').pid;
    const dir = path.join(base, `repack-run-${hostId()}-${gone}-1`);
    mkdirSync(dir, { mode: 0o700 });
    writeFileSync(path.join(dir, 'packer-shell'), 'echo secret');
    for (const [pgid, start] of Object.entries(groups)) writeFileSync(path.join(dir, `group-${pgid}`), start);
    return dir;
  }
  const alive = (pid: number) => processStart(pid) !== undefined;

  test('its recorded process group is ended and the directory removed', async () => {
    const child = spawn('sleep', ['30'], { detached: true, stdio: 'ignore' });
    const pid = child.pid as number;
    const dir = deadRun({ [pid]: processStart(pid) as string });
    const r: Reaped = { containers: [], dirs: [], groups: [], problems: [] };
    reapDirs(r, base);
    expect(r).toMatchObject({ dirs: [dir], groups: [pid], problems: [] });
    await new Promise((res) => child.on('exit', res));
    expect(existsSync(dir)).toBe(false);
  });

  test('a group id now used by another process (another start time) is not signalled', () => {
    const child = spawn('sleep', ['30'], { detached: true, stdio: 'ignore' });
    const pid = child.pid as number;
    const dir = deadRun({ [pid]: '1' });
    const r: Reaped = { containers: [], dirs: [], groups: [], problems: [] };
    reapDirs(r, base);
    expect(r.groups).toEqual([]);
    expect(r.dirs).toEqual([dir]);
    expect(alive(pid)).toBe(true);
    child.kill('SIGKILL');
  });

  test("a live run's directory, or one of another host, stays", () => {
    const mine = path.join(base, `repack-run-${currentOwner()}`);
    const other = path.join(base, `repack-run-${hostId('elsewhere')}-999999-1`);
    mkdirSync(mine);
    mkdirSync(other);
    const r: Reaped = { containers: [], dirs: [], groups: [], problems: [] };
    reapDirs(r, base);
    expect(r.dirs).toEqual([]);
    expect(existsSync(mine) && existsSync(other)).toBe(true);
  });
});
