// A build's sources entry naming a source the template does not define, in Packer 1.16's words (initializeBlocks):
// at the build block's header, "Unknown source T.N" with the known sources or the one probably meant, and
// "Unknown source type T" for a type no builder has.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { prepare } from '../src/pipeline/prepare.js';
import type { Diagnostic } from '../src/hcl/diagnostics.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'repack-source-refs-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const source = (name: string) => `source "docker" "${name}" {\n  image  = "127.0.0.1:5000/busybox:latest"\n  commit = true\n}\n`;
const full = (d: Diagnostic) =>
  `${d.range ? `${d.range.start.line}:${d.range.start.column}-${d.range.end.line}:${d.range.end.column}` : '-'} ${d.summary}: ${d.detail ?? ''}`;

function errors(text: string): string[] {
  writeFileSync(join(dir, 't.pkr.hcl'), text);
  return prepare({ template: '.', cwd: dir, env: {} })
    .diagnostics.filter((d) => d.severity === 'error')
    .map(full);
}

test('a name close to a known source is suggested', () => {
  expect(errors(`${source('ubuntu')}${source('alpine')}\nbuild {\n  sources = ["source.docker.ubunto"]\n}\n`)).toEqual([
    '10:1-10:6 Unknown source docker.ubunto: Did you mean to use "docker.ubuntu"?',
  ]);
});

test('else the known sources are listed, sorted, as Go prints a list; once per entry', () => {
  const found = errors(`${source('zeta')}${source('alpha')}source "amazon-ebs" "vm" {}\nbuild {\n  sources = ["source.docker.x", "source.docker.other"]\n}\n`);
  // The amazon-ebs source itself is refused where it is defined, and still counts as a known source.
  expect(found.filter((l) => !l.includes('Unknown source type'))).toEqual([
    '10:1-10:6 Unknown source docker.x: Known: [amazon-ebs.vm docker.alpha docker.zeta]',
    '10:1-10:6 Unknown source docker.other: Known: [amazon-ebs.vm docker.alpha docker.zeta]',
  ]);
});

test('a source block inside the build that names no source is reported the same way', () => {
  expect(errors(`${source('a')}build {\n  source "source.docker.b" {\n    name = "c"\n  }\n}\n`)).toEqual([
    '5:1-5:6 Unknown source docker.b: Did you mean to use "docker.a"?',
  ]);
});

test('a type no builder has is "Unknown source type"', () => {
  expect(errors(`${source('a')}build {\n  sources = ["source.amazon-ebs.vm", "source.dockr.a"]\n}\n`)).toEqual([
    '5:1-5:6 Unknown source type amazon-ebs: repack builds Docker images: the source types it supports are: docker.',
    '5:1-5:6 Unknown source type dockr: Did you mean to use "docker"?',
  ]);
});
