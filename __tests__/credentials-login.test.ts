// The docker plugin's login options in templates: decoded for the source (pulling the base image) and docker-push,
// checked, handed to the driver, and offered for masking as soon as they are known.
import { mustParseReference } from '../src/docker/reference.js';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from '@jest/globals';
import { FakeDriver } from '../__fixtures__/fake-driver.js';
import { prepare } from '../src/pipeline/prepare.js';
import type { PostProcessorContext } from '../src/plugin/post-processor.js';

const BASE = '127.0.0.1:5443/base/busybox:1';

let dirs: string[] = [];
afterEach(() => {
  dirs.forEach((d) => rmSync(d, { recursive: true, force: true }));
  dirs = [];
});

function template(source: string, push: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'repack-login-'));
  dirs.push(dir);
  writeFileSync(
    join(dir, 'login.pkr.hcl'),
    `variable "push_pw" {
  type    = string
  default = ""
}
variable "user" {
  type    = string
  default = env("REGISTRY_USER")
}
variable "pw" {
  type      = string
  default   = "from-a-variable"
  sensitive = true
}
source "docker" "a" {
  image  = "${BASE}"
  commit = true
${source}
}
build {
  sources = ["source.docker.a"]
  post-processors {
    post-processor "docker-tag" {
      repository = "127.0.0.1:5443/app"
      tags       = ["1"]
    }
    post-processor "docker-push" {
${push}
    }
  }
}
`,
  );
  return dir;
}

function plan(dir: string, env: Record<string, string> = {}) {
  const sensitive: string[] = [];
  const p = prepare({ template: dir, env, onSensitive: (v) => sensitive.push(v) });
  return { ...p, sensitive, errors: p.diagnostics.filter((d) => d.severity === 'error'), warnings: p.diagnostics.filter((d) => d.severity === 'warning') };
}

describe('login options', () => {
  it('give the source and docker-push their credentials, and offer every password for masking', () => {
    const p = plan(
      template(
        `  login          = true
  login_server   = "127.0.0.1:5443"
  login_username = "puller"
  login_password = "literal-pull-pw"`,
        `      login          = true
      login_username = "pusher"
      login_password = var.push_pw`,
      ),
      { PKR_VAR_push_pw: 'env-push-pw' },
    );
    expect(p.errors).toEqual([]);
    expect(p.warnings).toEqual([]);
    expect(p.builds[0].config.login).toEqual({ username: 'puller', password: 'literal-pull-pw', serveraddress: '127.0.0.1:5443' });
    expect(p.sensitive).toEqual(expect.arrayContaining(['literal-pull-pw', 'env-push-pw']));
    expect(p.sensitive).not.toContain('puller');
    expect(p.sensitive).not.toContain('pusher');
  });

  it('mask a value from a sensitive variable too', () => {
    const p = plan(template('', `      login = true\n      login_username = "u"\n      login_password = var.pw`));
    expect(p.errors).toEqual([]);
    expect(p.sensitive).toContain('from-a-variable');
  });

  it('are absent from the config without login = true', () => {
    const p = plan(template('', ''));
    expect(p.errors).toEqual([]);
    expect(p.builds[0].config).not.toHaveProperty('login');
  });

  // As Packer: validate passes (a CI job without secrets); the pull or the push that needs them fails.
  it.each([
    ['a source', `  login = true\n  login_username = "u"`, '', 'login = true needs login_password, and it is empty.'],
    ['docker-push', '', `      login = true`, 'login = true needs login_username and login_password, and they are empty.'],
    [
      'docker-push, from an unset env() default',
      '',
      `      login = true\n      login_username = var.user\n      login_password = var.push_pw`,
      'login = true needs login_username and login_password, and they are empty.',
    ],
  ])('in %s, login = true without credentials is a warning, and an error when used', async (_where, source, push, detail) => {
    const p = plan(template(source, push));
    expect(p.errors).toEqual([]);
    expect(p.warnings.map((e) => [e.summary, e.detail])).toEqual([['Incomplete login', `${detail} Logging in will fail when the build uses them.`]]);
    expect(p.warnings[0].range?.start.line).toBeGreaterThan(0);
    const [build] = p.builds;
    if (source) expect(build.config.loginProblem).toBe(detail);
    else {
      const pushPp = build.chains.flat().find((x) => x.type === 'docker-push');
      const input = { builderId: 'packer.post-processor.docker-tag', imageId: 'sha256:x', tags: [mustParseReference('r/x:1')], digests: [], files: [] };
      await expect(pushPp?.postProcessor.run(input, { push: true } as never)).rejects.toThrow(detail);
    }
  });

  it('warn when set without login = true, and are not used', () => {
    const p = plan(template(`  login_username = "u"\n  login_password = "never-used"`, ''));
    expect(p.errors).toEqual([]);
    expect(p.warnings.map((w) => [w.summary, w.detail])).toEqual([
      [
        'Login options ignored',
        'login_username, login_password are used only with login = true; without it the credentials come from the docker config (docker login).',
      ],
    ]);
    expect(p.builds[0].config.login).toBeUndefined();
    // Still masked: a password in a template is a secret whether or not it is used.
    expect(p.sensitive).toContain('never-used');
  });

  it('reach the driver on push, and no dump of the plan shows them', async () => {
    const p = plan(
      template('', `      login = true\n      login_server = "https://127.0.0.1:5443"\n      login_username = "pusher"\n      login_password = "push-secret"`),
    );
    expect(p.errors).toEqual([]);
    const push = p.builds[0].chains[0].find((pp) => pp.type === 'docker-push');
    expect(push).toBeDefined();
    expect(JSON.stringify(p.builds)).not.toContain('push-secret');
    const driver = new FakeDriver();
    const imageId = driver.addLocalImage('127.0.0.1:5443/app:1', {});
    const ctx = {
      driver,
      say: () => {},
      message: () => {},
      signal: new AbortController().signal,
      push: true,
      withRepositoryLock: <T>(_r: string, fn: () => Promise<T>) => fn(),
    };
    await push?.postProcessor.run(
      { builderId: 'packer.post-processor.docker-tag', imageId, files: [], tags: [mustParseReference('127.0.0.1:5443/app:1')], digests: [] },
      ctx as unknown as PostProcessorContext,
    );
    const [[repository, tag, opts]] = driver.callsTo('push');
    expect([repository, tag]).toEqual(['127.0.0.1:5443/app', '1']);
    expect((opts as { auth?: unknown }).auth).toEqual({ username: 'pusher', password: 'push-secret', serveraddress: 'https://127.0.0.1:5443' });
  });
});
