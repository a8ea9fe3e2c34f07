// manifest, checksum, compress, artifice and shell-local on file artifacts: Packer's file formats and defaults.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from '@jest/globals';
import { FakeDriver } from '../__fixtures__/fake-driver.js';
import { postProcessorContext, postProcessors, template, TempDirs, where } from '../__fixtures__/plugins/harness.js';
import type { ChainArtifact, PostProcessor } from '../src/plugin/post-processor.js';
import { detectFormat } from '../src/post-processors/compress.js';
import type { ManifestFile } from '../src/post-processors/manifest.js';

const temps = new TempDirs();
afterEach(() => temps.cleanup());

const FILES = { 'a.txt': 'alpha', 'sub/b.bin': 'bravo!' };
const input = (files = ['a.txt', 'sub/b.bin']): ChainArtifact => ({ builderId: 'packer.post-processor.artifice', id: '', files, tags: [], digests: [] });

function setup(body: string, files: Record<string, string> = FILES): { pps: PostProcessor[]; dir: string } {
  const dir = temps.make({ ...files, 't.pkr.hcl': template(body) });
  const { chains, diagnostics } = postProcessors(dir);
  expect(where(diagnostics)).toEqual([]);
  return { pps: chains.map((c) => c[0].postProcessor), dir };
}

function errorsOf(body: string): string[] {
  return where(postProcessors(temps.make({ 't.pkr.hcl': template(body) })).diagnostics);
}

describe('manifest', () => {
  it("writes Packer's shape and appends across runs", async () => {
    const { pps, dir } = setup('post-processor "manifest" {\n custom_data = { team = "infra" }\n}');
    const before = Math.floor(Date.now() / 1000);
    await pps[0].run(input(), postProcessorContext(new FakeDriver()));
    await pps[0].run({ ...input([]), id: 'sha256:abc', imageId: 'sha256:abc' }, { ...postProcessorContext(new FakeDriver()), runUuid: 'run-2' });
    const m = JSON.parse(readFileSync(join(dir, 'packer-manifest.json'), 'utf8')) as ManifestFile;
    expect(m.last_run_uuid).toBe('run-2');
    expect(m.builds).toHaveLength(2);
    expect(Object.keys(m.builds[0])).toEqual(['name', 'builder_type', 'build_time', 'files', 'artifact_id', 'packer_run_uuid', 'custom_data']);
    expect(m.builds[0]).toMatchObject({
      name: 'a',
      builder_type: 'docker',
      files: [
        { name: 'a.txt', size: 5 },
        { name: 'sub/b.bin', size: 6 },
      ],
      artifact_id: '',
      packer_run_uuid: 'run-1',
      custom_data: { team: 'infra' },
    });
    expect(m.builds[0].build_time).toBeGreaterThanOrEqual(before);
    expect(m.builds[1]).toMatchObject({ files: null, artifact_id: 'sha256:abc', packer_run_uuid: 'run-2' });
    expect(readFileSync(join(dir, 'packer-manifest.json'), 'utf8')).toMatch(/^\{\n {2}"builds": \[\n {4}\{\n/);
  });

  it('strip_path, strip_time and output; passes its input on, kept', async () => {
    const { pps, dir } = setup('post-processor "manifest" {\n output = "out/m.json"\n strip_path = true\n strip_time = true\n}');
    const out = await pps[0].run(input(), postProcessorContext(new FakeDriver()));
    const m = JSON.parse(readFileSync(join(dir, 'out/m.json'), 'utf8')) as ManifestFile;
    expect(m.builds[0].files).toEqual([
      { name: 'a.txt', size: 5 },
      { name: 'b.bin', size: 6 },
    ]);
    expect('build_time' in m.builds[0]).toBe(false);
    expect(m.builds[0].custom_data).toBeNull();
    expect(out).toEqual({ artifact: input(), keep: true, forceKeep: true });
  });

  it('reports a manifest it cannot parse', async () => {
    const { pps } = setup('post-processor "manifest" {\n}', { ...FILES, 'packer-manifest.json': '{oops' });
    await expect(pps[0].run(input(), postProcessorContext(new FakeDriver()))).rejects.toThrow('Unable to parse content from packer-manifest.json');
  });
});

describe('checksum', () => {
  const hex = (type: string, text: string) => createHash(type).update(text).digest('hex');

  it('defaults to md5 in packer_<build>_<type>_<checksum>.checksum, one line per file', async () => {
    const { pps, dir } = setup('post-processor "checksum" {\n}');
    const out = await pps[0].run(input(), postProcessorContext(new FakeDriver()));
    expect(readFileSync(join(dir, 'packer_a_docker_md5.checksum'), 'utf8')).toBe(`${hex('md5', 'alpha')}\ta.txt\n${hex('md5', 'bravo!')}\tb.bin\n`);
    expect(out.artifact).toMatchObject({ builderId: 'packer.post-processor.checksum', files: ['a.txt', 'sub/b.bin', 'packer_a_docker_md5.checksum'] });
    expect([out.keep, out.forceKeep]).toEqual([true, true]);
  });

  it('writes one file per type with {{.ChecksumType}}, appending', async () => {
    const { pps, dir } = setup('post-processor "checksum" {\n checksum_types = ["sha256", "sha512"]\n output = "sums/{{.BuildName}}.{{.ChecksumType}}"\n}');
    await pps[0].run(input(['a.txt']), postProcessorContext(new FakeDriver()));
    await pps[0].run(input(['a.txt']), postProcessorContext(new FakeDriver()));
    expect(readFileSync(join(dir, 'sums/a.sha256'), 'utf8')).toBe(`${hex('sha256', 'alpha')}\ta.txt\n`.repeat(2));
    expect(readFileSync(join(dir, 'sums/a.sha512'), 'utf8')).toBe(`${hex('sha512', 'alpha')}\ta.txt\n`.repeat(2));
  });

  it.each([
    ['checksum_types = ["crc32"]', ['t.pkr.hcl:8:18 Unrecognized checksum type']],
    ['output = "x_{{.Nope}}"', ['t.pkr.hcl:8:10 Invalid placeholder']],
  ])('%s', (attr, expected) => {
    expect(errorsOf(`post-processor "checksum" {\n${attr}\n}`)).toEqual(expected);
  });
});

describe('compress', () => {
  it.each([
    ['out.tar.gz', undefined, { archive: 'tar', gzip: true }],
    ['out.tgz', undefined, { archive: 'tar', gzip: true }],
    ['out.gz', undefined, { archive: undefined, gzip: true }],
    ['out.tar', undefined, { archive: 'tar', gzip: false }],
    ['out.zip', undefined, { archive: 'zip', gzip: false }],
    ['packer_{{.BuildName}}_{{.BuilderType}}', undefined, { archive: 'tar', gzip: true }],
    ['out', 'zip', { archive: 'zip', gzip: false }],
    ['out.tar.xz', undefined, { unsupported: 'xz' }],
  ])('detects %s (format %s)', (output, format, expected) => {
    expect(detectFormat(output, format)).toEqual(expected);
  });

  it('tars and gzips the files by base name into the default output; does not keep its input', async () => {
    const { pps, dir } = setup('post-processor "compress" {\n}');
    const out = await pps[0].run(input(), postProcessorContext(new FakeDriver()));
    expect(out).toEqual({
      artifact: {
        builderId: 'packer.post-processor.compress',
        id: '',
        description: 'compressed artifacts in: packer_a_docker',
        files: ['packer_a_docker'],
        tags: [],
        digests: [],
      },
      keep: false,
      forceKeep: false,
    });
    expect(execFileSync('tar', ['-tzf', join(dir, 'packer_a_docker'), '-v'], { encoding: 'utf8' })).toMatch(/a\.txt\n.*b\.bin\n$/);
  });

  it('gzips a single file with .gz, and refuses several', async () => {
    const { pps, dir } = setup('post-processor "compress" {\n output = "a.txt.gz"\n compression_level = 9\n}');
    await pps[0].run(input(['a.txt']), postProcessorContext(new FakeDriver()));
    expect(gunzipSync(readFileSync(join(dir, 'a.txt.gz'))).toString()).toBe('alpha');
    await expect(pps[0].run(input(), postProcessorContext(new FakeDriver()))).rejects.toThrow(
      'Can only have 1 input file when not using tar/zip. Found 2 files',
    );
  });

  it('zips with paths as given, readable by unzip', async () => {
    const { pps, dir } = setup('post-processor "compress" {\n output = "z/out.zip"\n}');
    await pps[0].run(input(), postProcessorContext(new FakeDriver()));
    expect(execFileSync('unzip', ['-Z1', join(dir, 'z/out.zip')], { encoding: 'utf8' })).toBe('a.txt\nsub/b.bin\n');
    expect(execFileSync('unzip', ['-p', join(dir, 'z/out.zip'), 'sub/b.bin'], { encoding: 'utf8' })).toBe('bravo!');
    execFileSync('unzip', ['-tq', join(dir, 'z/out.zip')]);
  });

  it('removes a partial archive when an input is missing', async () => {
    const { pps, dir } = setup('post-processor "compress" {\n output = "out.tar.gz"\n}');
    await expect(pps[0].run(input(['a.txt', 'gone.txt']), postProcessorContext(new FakeDriver()))).rejects.toThrow(/Error creating out.tar.gz: .*gone.txt/);
    expect(existsSync(join(dir, 'out.tar.gz'))).toBe(false);
  });

  it.each([
    ['output = "x.tar.bz2"\n format = "bzip2"', ['t.pkr.hcl:9:11 Unsupported compression format']],
    ['output = "x.lz4"', ['t.pkr.hcl:8:10 Unsupported compression format']],
    ['compression_level = -5', ['t.pkr.hcl:8:21 Invalid compression_level']],
  ])('%s', (attr, expected) => {
    expect(errorsOf(`post-processor "compress" {\n${attr}\n}`)).toEqual(expected);
  });
});

describe('artifice', () => {
  it('replaces the files with the ones named, globs included; says what it discards', async () => {
    const { pps } = setup('post-processor "artifice" {\n files = ["sub/*.bin", "a.txt", "missing.txt"]\n}');
    const lines: string[] = [];
    const out = await pps[0].run(input(['old.tar']), postProcessorContext(new FakeDriver(), lines));
    expect(out).toEqual({
      artifact: {
        builderId: 'packer.post-processor.artifice',
        id: '',
        description: 'Created artifact from files: sub/b.bin, a.txt',
        files: ['sub/b.bin', 'a.txt'],
        tags: [],
        digests: [],
      },
      keep: true,
      forceKeep: false,
    });
    expect(lines).toEqual([
      '==> Discarding files from artifact: old.tar',
      '    No file matches missing.txt',
      '==> Using these artifact files: sub/b.bin, a.txt',
    ]);
  });

  it('needs files', () => {
    expect(errorsOf('post-processor "artifice" {\n}')).toEqual(['t.pkr.hcl:7:27 Invalid artifice']);
  });
});

describe('shell-local post-processor', () => {
  it('runs on the host with the artifact in its environment and passes the input on, kept', async () => {
    const { pps, dir } = setup('post-processor "shell-local" {\n inline = ["echo \\"$PACKER_BUILD_NAME $PACKER_ARTIFACT_FILES\\" > seen.txt"]\n}');
    const out = await pps[0].run(input(['a.txt']), postProcessorContext(new FakeDriver()));
    expect(readFileSync(join(dir, 'seen.txt'), 'utf8')).toBe('a a.txt\n');
    expect(out).toEqual({ artifact: input(['a.txt']), keep: true, forceKeep: true });
  });

  it('fails with the exit status', async () => {
    const { pps } = setup('post-processor "shell-local" {\n command = "exit 2"\n}');
    await expect(pps[0].run(input(), postProcessorContext(new FakeDriver()))).rejects.toThrow('Script exited with non-zero exit status: 2');
  });
});
