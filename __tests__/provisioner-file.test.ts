// The file provisioner against the fake driver: decoding and its diagnostics, docker cp's directory rules, content,
// downloads, the upload owner fix, and a describe() that changes with every byte and mode it uploads.
import { chmodSync, existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from '@jest/globals';
import { commands, container, plan, template, TempDirs, where } from '../__fixtures__/plugins/harness.js';
import type { Provisioner } from '../src/plugin/provisioner.js';

const temps = new TempDirs();
afterEach(() => temps.cleanup());

function provisioner(body: string, files: Record<string, string> = {}): { p: Provisioner; dir: string } {
  const dir = temps.make({ ...files, 't.pkr.hcl': template(`  provisioner "file" {\n${body}\n  }`) });
  const { builds, diagnostics } = plan(dir);
  expect(where(diagnostics)).toEqual([]);
  return { p: builds[0].provisioners[0].provisioner, dir };
}

describe('decoding', () => {
  it.each([
    ['direction = "sideways"\n destination = "/tmp/x"\n source = "f"', ['t.pkr.hcl:8:13 Invalid direction']],
    ['source = "f"\n content = "x"\n destination = "/tmp/x"', ['t.pkr.hcl:9:12 Invalid file provisioner']],
    ['source = "missing.txt"\n destination = "/tmp/x"', ['t.pkr.hcl:8:10 Bad source']],
    ['source = "f"', ['t.pkr.hcl:7:22 Missing required argument']],
    ['content = "x"\n direction = "download"\n destination = "x"', ['t.pkr.hcl:8:11 Invalid file provisioner']],
    ['destination = "/tmp/x"', ['t.pkr.hcl:7:22 Nothing to copy']],
  ])('%s', (body, expected) => {
    const dir = temps.make({ f: 'x', 't.pkr.hcl': template(`  provisioner "file" {\n${body}\n  }`) });
    expect(where(plan(dir).diagnostics)).toEqual(expected);
  });

  it('accepts a source that does not exist yet when generated = true', () => {
    const dir = temps.make({ 't.pkr.hcl': template('  provisioner "file" {\n source = "later.txt"\n destination = "/tmp/x"\n generated = true\n  }') });
    expect(plan(dir).diagnostics).toEqual([]);
  });
});

describe('uploads', () => {
  const tree = { 'd/a.txt': 'A', 'd/sub/b.txt': 'B', 'f.txt': 'F' };
  it.each([
    ['a file to a path', 'source = "f.txt"\n destination = "/tmp/g.txt"', ['/tmp/g.txt']],
    ['a file into a directory (trailing slash)', 'source = "f.txt"\n destination = "/tmp/"', ['/tmp/f.txt']],
    ['a directory without trailing slash into an existing directory', 'source = "d"\n destination = "/tmp"', ['/tmp/d/a.txt', '/tmp/d/sub/b.txt']],
    ['a directory with trailing slash: its contents', 'source = "d/"\n destination = "/tmp"', ['/tmp/a.txt', '/tmp/sub/b.txt']],
    ['a directory to a path that does not exist: becomes it', 'source = "d"\n destination = "/tmp/new"', ['/tmp/new/a.txt', '/tmp/new/sub/b.txt']],
    ['sources in order', 'sources = ["f.txt", "d/a.txt"]\n destination = "/tmp/"', ['/tmp/a.txt', '/tmp/f.txt']],
  ])('%s', async (_name, body, expected) => {
    const { p } = provisioner(body, tree);
    const c = await container();
    await p.run(c.ctx);
    const files = [...(c.driver.containers.get(c.id)?.files ?? new Map())].filter(([k, f]) => f.type === 'file' && k.startsWith('/tmp/')).map(([k]) => k);
    expect(files.sort()).toEqual(expected);
  });

  it('writes content, into pkr-file-content when the destination is a directory', async () => {
    const c = await container();
    await provisioner('content = "hello"\n destination = "/tmp/greeting"').p.run(c.ctx);
    await provisioner('content = "again"\n destination = "/tmp/"').p.run(c.ctx);
    expect(c.driver.fileIn(c.id, '/tmp/greeting')?.toString()).toBe('hello');
    expect(c.driver.fileIn(c.id, '/tmp/pkr-file-content')?.toString()).toBe('again');
  });

  it('keeps file modes', async () => {
    const { p, dir } = provisioner('source = "run.sh"\n destination = "/tmp/run.sh"', { 'run.sh': '#!/bin/sh\n' });
    chmodSync(join(dir, 'run.sh'), 0o751);
    const c = await container();
    await p.run(c.ctx);
    expect(c.driver.containers.get(c.id)?.files.get('/tmp/run.sh')?.mode).toBe(0o751);
  });

  it('refuses to put a directory over a file', async () => {
    const { p } = provisioner('source = "d"\n destination = "/tmp/f"', tree);
    const c = await container();
    c.driver.containers.get(c.id)?.files.set('/tmp/f', { type: 'file', content: Buffer.from('x'), mode: 0o644 });
    await expect(p.run(c.ctx)).rejects.toThrow('the destination is a file');
  });

  it.each([
    [{}, [{ cmd: "chown -R 'root' '/tmp/f.txt'", user: 'root' }]],
    [{ execUser: 'app:app' }, [{ cmd: "chown -R 'app:app' '/tmp/f.txt'", user: 'root' }]],
    [{ fixUploadOwner: false }, []],
  ])('fixes the owner as Packer does: %j', async (opts, expected) => {
    const { p } = provisioner('source = "f.txt"\n destination = "/tmp/"', tree);
    const c = await container(opts);
    await p.run(c.ctx);
    expect(commands(c.driver)).toEqual(expected);
  });
});

describe('downloads', () => {
  async function seeded() {
    const c = await container();
    const files = c.driver.containers.get(c.id)?.files;
    files?.set('/srv/out', { type: 'directory', content: Buffer.alloc(0), mode: 0o755 });
    files?.set('/srv/out/r.txt', { type: 'file', content: Buffer.from('R'), mode: 0o644 });
    files?.set('/srv/out/deep/s.txt', { type: 'file', content: Buffer.from('S'), mode: 0o600 });
    return c;
  }

  it.each([
    ['a file to a path', 'source = "/srv/out/r.txt"\n destination = "got.txt"', { 'got.txt': 'R' }],
    ['a file into a directory', 'source = "/srv/out/r.txt"\n destination = "dl/"', { 'dl/r.txt': 'R' }],
    ['a directory into a directory', 'source = "/srv/out"\n destination = "dl/"', { 'dl/out/r.txt': 'R', 'dl/out/deep/s.txt': 'S' }],
    ['a directory with trailing slash: its contents', 'source = "/srv/out/"\n destination = "dl/"', { 'dl/r.txt': 'R', 'dl/deep/s.txt': 'S' }],
    ['a directory to a new path', 'source = "/srv/out"\n destination = "copy"', { 'copy/r.txt': 'R', 'copy/deep/s.txt': 'S' }],
  ])('%s', async (_name, body, expected) => {
    const { p, dir } = provisioner(`direction = "download"\n ${body}`);
    const c = await seeded();
    await p.run(c.ctx);
    for (const [name, text] of Object.entries(expected)) expect(readFileSync(join(dir, name), 'utf8')).toBe(text);
  });

  it('fails with the engine message when the source is missing, and rejects wildcards', async () => {
    const c = await seeded();
    await expect(provisioner('direction = "download"\n source = "/nope"\n destination = "x"').p.run(c.ctx)).rejects.toThrow(
      /Download failed: .*Could not find the file \/nope/,
    );
    await expect(provisioner('direction = "download"\n source = "/srv/*.txt"\n destination = "x/"').p.run(c.ctx)).rejects.toThrow(
      'wildcards are not supported',
    );
  });
});

describe('describe()', () => {
  it('changes with content, relative paths and modes of uploaded files, not with their mtime', () => {
    const { p, dir } = provisioner('source = "d"\n destination = "/tmp"', { 'd/a.txt': 'A' });
    const first = JSON.stringify(p.describe());
    expect(JSON.stringify(p.describe())).toBe(first);
    writeFileSync(join(dir, 'd/a.txt'), 'A');
    expect(JSON.stringify(p.describe())).toBe(first);
    // Same size, other content: the digest must follow the bytes, not only the size.
    writeFileSync(join(dir, 'd/a.txt'), 'B');
    const second = JSON.stringify(p.describe());
    expect(second).not.toBe(first);
    chmodSync(join(dir, 'd/a.txt'), 0o700);
    const third = JSON.stringify(p.describe());
    expect(third).not.toBe(second);
    writeFileSync(join(dir, 'd/b.txt'), '');
    const fourth = JSON.stringify(p.describe());
    expect(fourth).not.toBe(third);
    expect(existsSync(join(dir, 'd/b.txt'))).toBe(true);
    // A renamed file (same content, same mode) uploads under another name: another key.
    renameSync(join(dir, 'd/b.txt'), join(dir, 'd/c.txt'));
    expect(JSON.stringify(p.describe())).not.toBe(fourth);
  });

  it('names destination, direction and content', () => {
    const { p } = provisioner('content = "x"\n destination = "/etc/motd"');
    expect(p.describe()).toEqual({ type: 'file', direction: 'upload', destination: '/etc/motd', sources: [], content: 'x' });
  });
});
