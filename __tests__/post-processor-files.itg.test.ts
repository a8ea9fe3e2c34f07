// checksum, compress, manifest, shell-local and artifice on a real export, with Packer's keep rules deciding which
// files survive.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, test } from '@jest/globals';
import { Workspace } from '../__fixtures__/plugins/itg.js';
import type { ManifestFile } from '../src/post-processors/manifest.js';

const ws = new Workspace();
afterAll(() => ws.cleanup());

test('file post-processors chain on an exported container', async () => {
  const dir = ws.dir({
    't.pkr.hcl': ws.template(
      `
  provisioner "shell" { inline = ["echo hi > /hello.txt"] }
  post-processors {
    post-processor "checksum" {
      checksum_types = ["sha256", "md5"]
      output         = "${'${path.root}'}/rootfs.{{.ChecksumType}}"
    }
    post-processor "compress" {
      output              = "${'${path.root}'}/out/rootfs.tar.gz"
      keep_input_artifact = true
    }
    post-processor "manifest" {
      output     = "${'${path.root}'}/manifest.json"
      strip_path = true
      custom_data = { run = "itg" }
    }
  }
  post-processors {
    post-processor "shell-local" {
      inline = ["echo \\"$PACKER_ARTIFACT_FILES\\" | sed 's|.*/||' > seen.txt"]
    }
    post-processor "artifice" {
      files = ["${'${path.root}'}/seen.txt"]
    }
    post-processor "compress" {
      output = "${'${path.root}'}/seen.zip"
    }
  }
`,
      `export_path = "${'${path.root}'}/rootfs.tar"`,
    ),
  });
  const r = await ws.build(dir);
  expect(r.err).toContain(': Running post-processor: checksum');
  expect(r.code).toBe(0);
  const tarBytes = readFileSync(join(dir, 'rootfs.tar'));
  expect(readFileSync(join(dir, 'rootfs.sha256'), 'utf8')).toBe(`${createHash('sha256').update(tarBytes).digest('hex')}\trootfs.tar\n`);
  expect(readFileSync(join(dir, 'rootfs.md5'), 'utf8')).toBe(`${createHash('md5').update(tarBytes).digest('hex')}\trootfs.tar\n`);
  expect(execFileSync('tar', ['-tzf', join(dir, 'out/rootfs.tar.gz')], { encoding: 'utf8' })).toBe('rootfs.tar\nrootfs.sha256\nrootfs.md5\n');
  expect(execFileSync('tar', ['-xOf', join(dir, 'rootfs.tar'), 'hello.txt'], { encoding: 'utf8' })).toBe('hi\n');

  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as ManifestFile;
  expect(manifest.builds).toHaveLength(1);
  expect(manifest.builds[0]).toMatchObject({
    name: 'b',
    builder_type: 'docker',
    artifact_id: '',
    custom_data: { run: 'itg' },
    files: [{ name: 'rootfs.tar.gz' }],
  });
  expect(manifest.builds[0].files?.[0].size).toBeGreaterThan(0);
  expect(manifest.last_run_uuid).toBe(manifest.builds[0].packer_run_uuid);

  // artifice's file went to compress (which does not keep its input): only the zip is left of it.
  expect(existsSync(join(dir, 'seen.txt'))).toBe(false);
  expect(execFileSync('unzip', ['-p', join(dir, 'seen.zip')], { encoding: 'utf8' })).toBe('rootfs.tar\n');

  expect(r.builds[0].artifacts.map((a) => a.builderId)).toEqual([
    'packer.docker',
    'packer.post-processor.checksum',
    'packer.post-processor.compress',
    'packer.post-processor.compress',
  ]);
  expect(await ws.leftContainers()).toEqual([]);
});
