// Packer's -except: it matches builds and post-processors (by name, else type); a matching post-processor is dropped
// with the rest of its chain. -only selects builds only.
import { afterEach, describe, expect, it } from '@jest/globals';
import { BASE, TempDirs, where } from '../__fixtures__/plugins/harness.js';
import { prepare } from '../src/pipeline/prepare.js';

const temps = new TempDirs();
afterEach(() => temps.cleanup());

const TEMPLATE = `
source "docker" "a" {
  image  = "${BASE}"
  commit = true
}
build {
  sources = ["source.docker.a"]
  post-processor "docker-tag" {
    name       = "first-tag"
    repository = "repack-except/one"
  }
  post-processors {
    post-processor "docker-tag" {
      repository = "repack-except/two"
    }
    post-processor "docker-push" {
      name = "push"
    }
  }
  post-processors {
    post-processor "docker-save" {
      path = "image.tar"
    }
    post-processor "manifest" {}
  }
}
`;

function chains(only: string[], except: string[]): string[][] {
  const dir = temps.make({ 't.pkr.hcl': TEMPLATE });
  const p = prepare({ template: dir, cwd: dir, env: {}, only, except });
  expect(where(p.diagnostics.filter((d) => d.severity === 'error'))).toEqual([]);
  expect(p.builds).toHaveLength(1);
  return p.builds[0].chains.map((c) => c.map((pp) => pp.name));
}

describe('-except and post-processors', () => {
  it('keeps every chain without -except', () => {
    expect(chains([], [])).toEqual([['first-tag'], ['docker-tag', 'push'], ['docker-save', 'manifest']]);
  });

  it.each<[string[], string[][]]>([
    [
      ['first-tag'],
      [
        ['docker-tag', 'push'],
        ['docker-save', 'manifest'],
      ],
    ],
    [['push'], [['first-tag'], ['docker-tag'], ['docker-save', 'manifest']]],
    [['docker-tag'], [['first-tag'], ['docker-save', 'manifest']]],
    [['docker-save'], [['first-tag'], ['docker-tag', 'push']]],
    [
      ['manifest', 'first-*'],
      [['docker-tag', 'push'], ['docker-save']],
    ],
  ])('-except=%j drops the match and the rest of its chain', (except, expected) => {
    expect(chains([], except)).toEqual(expected);
  });

  it('does not match a named post-processor by its type', () => {
    expect(chains([], ['docker-push'])).toEqual([['first-tag'], ['docker-tag', 'push'], ['docker-save', 'manifest']]);
    const dir = temps.make({ 't.pkr.hcl': TEMPLATE });
    expect(prepare({ template: dir, cwd: dir, env: {}, except: ['docker-push'] }).diagnostics.map((d) => d.severity)).toEqual(['warning']);
  });

  it('warns as Packer does when an -except pattern matches nothing', () => {
    const dir = temps.make({ 't.pkr.hcl': TEMPLATE });
    const p = prepare({ template: dir, cwd: dir, env: {}, except: ['first-tag', 'nothing-*'] });
    expect(p.diagnostics.map((d) => `${d.severity} ${d.summary}`)).toEqual([`warning an 'except' option was passed, but did not match any build.`]);
    expect(p.diagnostics[0].detail).toBe("Possible build names: [docker.a].\nThese could also be matched with a glob pattern like: 'happycloud.*'");
    expect(chains([], ['first-tag'])).toEqual([
      ['docker-tag', 'push'],
      ['docker-save', 'manifest'],
    ]);
  });

  it('passes over a post-processor its own only/except leaves out before matching -except', () => {
    const dir = temps.make({
      't.pkr.hcl': TEMPLATE.replace('name       = "first-tag"', 'name       = "first-tag"\n    only       = ["docker.other"]'),
    });
    const p = prepare({ template: dir, cwd: dir, env: {}, except: ['first-tag'] });
    expect(p.builds[0].chains.map((c) => c.map((pp) => pp.name))).toEqual([
      ['docker-tag', 'push'],
      ['docker-save', 'manifest'],
    ]);
    expect(p.diagnostics.map((d) => d.summary)).toEqual([`an 'except' option was passed, but did not match any build.`]);
  });

  it('-only selects builds, not post-processors', () => {
    expect(chains(['docker.a'], [])).toEqual([['first-tag'], ['docker-tag', 'push'], ['docker-save', 'manifest']]);
  });
});
