// The docker source's `build` block (packer-plugin-docker's Dockerfile bootstrap): decoding and its diagnostics, and
// where the Dockerfile may be.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from '@jest/globals';
import { plan, TempDirs, where } from '../__fixtures__/plugins/harness.js';
import { BootstrapError, dockerfileInContext } from '../src/builders/docker/bootstrap.js';

const temps = new TempDirs();
afterEach(() => temps.cleanup());

const template = (source: string) => `source "docker" "a" {\n  commit = true\n${source}\n}\nbuild {\n  sources = ["source.docker.a"]\n}\n`;

describe('decoding', () => {
  it('a build block instead of image: pull is the build’s, image is set once built', () => {
    const dir = temps.make({
      't.pkr.hcl': template('  build {\n    path = "Dockerfile"\n    arguments = { A = "1" }\n    pull = false\n  }'),
      Dockerfile: 'FROM scratch\n',
    });
    const { builds, diagnostics } = plan(dir);
    expect(diagnostics).toEqual([]);
    expect(builds[0].config.bootstrap).toEqual({ path: 'Dockerfile', buildDir: '.', arguments: { A: '1' }, pull: false });
    expect(builds[0].config.pull).toBe(false);
  });

  it.each([
    ['neither image nor build', '', ['t.pkr.hcl:1:21 Missing required argument']],
    ['both', '  image = "busybox"\n  build {\n    path = "Dockerfile"\n  }', ['t.pkr.hcl:3:11 Invalid docker source']],
    ['a build block without path', '  build {\n  }', ['t.pkr.hcl:3:9 Missing required argument']],
    ['an unknown attribute in it', '  build {\n    path = "Dockerfile"\n    dockerfile = "x"\n  }', ['t.pkr.hcl:5:5 Unsupported argument']],
    ['two build blocks', '  build {\n    path = "a"\n  }\n  build {\n    path = "b"\n  }', ['t.pkr.hcl:6:3 Duplicate build block']],
  ])('%s', (_name, body, expected) => {
    expect(where(plan(temps.make({ 't.pkr.hcl': template(body) })).diagnostics)).toEqual(expected);
  });
});

describe('the Dockerfile and the context', () => {
  it('resolves both against the working directory; the Dockerfile is named by its path inside the context', () => {
    const cwd = temps.make({ 'ctx/docker/Dockerfile': 'FROM scratch\n', 'Dockerfile.outside': 'FROM scratch\n' });
    expect(dockerfileInContext(cwd, 'ctx/docker/Dockerfile', 'ctx')).toEqual({ dir: join(cwd, 'ctx'), dockerfile: 'docker/Dockerfile' });
    expect(() => dockerfileInContext(cwd, 'Dockerfile.outside', 'ctx')).toThrow(/must be inside build_dir "ctx"/);
    expect(() => dockerfileInContext(cwd, 'missing', '.')).toThrow(BootstrapError);
    mkdirSync(join(cwd, 'dir-not-file'));
    expect(() => dockerfileInContext(cwd, 'dir-not-file', '.')).toThrow(/not a regular file/);
    writeFileSync(join(cwd, 'plain'), 'x');
    expect(() => dockerfileInContext(cwd, 'ctx/docker/Dockerfile', 'plain')).toThrow(/not a directory/);
  });
});
