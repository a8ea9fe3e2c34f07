import { chmodSync, lstatSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { chainKey } from '../src/cache/key.js';
import { loadMachineSecret } from '../src/cache/machine-secret.js';
import { CacheKeys } from '../src/cache/private-keys.js';

const work = mkdtempSync(join(tmpdir(), 'repack-private-keys-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const SECRET = Buffer.alloc(32, 9);

describe('CacheKeys', () => {
  const step = (pw: string) => ({ type: 'shell', provisioner: { env: [['PW', pw]], scripts: ['#!/bin/sh\ntrue\n'] } });

  it('keys a step without sensitive values as before, and keeps it shareable', () => {
    const keys = new CacheKeys(['hunter2'], () => SECRET);
    const k = keys.next('prev', step('public'));
    expect(k).toBe(chainKey('prev', step('public')));
    expect(keys.isPrivate(k)).toBe(false);
  });

  it.each([
    ['as it is', 'hunter2', 'hunter2'],
    ['JSON-escaped (quotes, backslashes, newlines)', 'a"b\\c\nd', 'a"b\\c\nd'],
    ['inside a longer string', 'hunter2', 'user:hunter2@host'],
  ])('keys a step holding a sensitive value %s by an HMAC no dictionary recomputes, and every key after it is private', (_, secret, used) => {
    const keys = new CacheKeys([secret], () => SECRET);
    const k = keys.next('prev', step(used));
    expect(k).toMatch(/^[0-9a-f]{64}$/);
    expect(k).not.toBe(chainKey('prev', step(used)));
    expect(keys.isPrivate(k)).toBe(true);
    const after = keys.next(k, step('public'));
    expect(after).toBe(chainKey(k, step('public')));
    expect(keys.isPrivate(after)).toBe(true);
    // Stable on this machine; another machine's secret gives another key.
    expect(new CacheKeys([secret], () => SECRET).next('prev', step(used))).toBe(k);
    expect(new CacheKeys([secret], () => Buffer.alloc(32, 1)).next('prev', step(used))).not.toBe(k);
  });

  it('asks for the machine secret only when a step reads a sensitive value', () => {
    let asked = 0;
    const keys = new CacheKeys(['hunter2', ''], () => {
      asked++;
      return SECRET;
    });
    keys.next('prev', step('public'));
    expect(asked).toBe(0);
    keys.next('prev', step('hunter2'));
    expect(asked).toBe(1);
  });
});

describe('machine secret', () => {
  it('is made once, 32 bytes, mode 0600 in a 0700 directory, and read back the same', () => {
    const file = join(work, 'a', 'repack', 'cache-key.secret');
    const first = loadMachineSecret(file);
    expect(first).toHaveLength(32);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(statSync(join(work, 'a', 'repack')).mode & 0o777).toBe(0o700);
    expect(loadMachineSecret(file).equals(first)).toBe(true);
  });

  it('replaces a file others can read, and a symbolic link planted in its place (without following it)', () => {
    const file = join(work, 'b', 'cache-key.secret');
    const first = loadMachineSecret(file);
    chmodSync(file, 0o644);
    const second = loadMachineSecret(file);
    expect(second.equals(first)).toBe(false);
    expect(statSync(file).mode & 0o777).toBe(0o600);

    const victim = join(work, 'victim');
    writeFileSync(victim, Buffer.alloc(32, 7), { mode: 0o600 });
    rmSync(file);
    symlinkSync(victim, file);
    const third = loadMachineSecret(file);
    expect(third.equals(Buffer.alloc(32, 7))).toBe(false);
    expect(lstatSync(file).isSymbolicLink()).toBe(false);
    expect(readFileSync(victim).equals(Buffer.alloc(32, 7))).toBe(true);
  });
});
