// The docker source's options that packer-plugin-docker has and repack handles by validation alone (docker_path,
// windows_container, ecr_login), and who owns uploads (fix_upload_owner: the container's user, as the plugin does).
import { afterEach, describe, expect, it } from '@jest/globals';
import { FakeDriver } from '../__fixtures__/fake-driver.js';
import { plan, TempDirs, where } from '../__fixtures__/plugins/harness.js';
import { communicatorFor } from '../src/builders/docker/build-container.js';
import type { DockerBuildState } from '../src/builders/docker/steps.js';
import { DOCKER_SOURCE } from '../src/builders/docker/config.js';

const temps = new TempDirs();
afterEach(() => temps.cleanup());

const source = (body: string) =>
  `source "docker" "a" {\n  image  = "busybox:latest"\n  commit = true\n${body}\n}\nbuild {\n  sources = ["source.docker.a"]\n}\n`;

function planned(body: string) {
  return plan(temps.make({ 't.pkr.hcl': source(body) }));
}

describe('options accepted for compatibility or refused with a reason', () => {
  it.each([
    ['docker_path = "docker"', []],
    ['docker_path = "podman"', ['t.pkr.hcl:4:15 Option ignored']],
    ['windows_container = false', []],
    ['windows_container = true', ['t.pkr.hcl:4:21 Unsupported option']],
    ['ecr_login = false', []],
    ['ecr_login = true', ['t.pkr.hcl:4:13 Unsupported option']],
  ])('%s', (body, expected) => {
    expect(where(planned(body).diagnostics)).toEqual(expected);
  });

  it('says what to do instead', () => {
    const [podman] = planned('docker_path = "podman"').diagnostics;
    expect(podman.detail).toContain('DOCKER_HOST');
    const [ecr] = planned('ecr_login = true').diagnostics;
    expect(ecr.detail).toContain('docker-credential-ecr-login');
  });

  it('every option of the plugin that works against one engine is declared', () => {
    expect(Object.keys(DOCKER_SOURCE.attributes).sort()).toEqual(
      expect.arrayContaining(
        [
          'author',
          'cap_add',
          'cap_drop',
          'changes',
          'commit',
          'container_dir',
          'device',
          'discard',
          'docker_path',
          'ecr_login',
          'exec_user',
          'export_path',
          'fix_upload_owner',
          'image',
          'login',
          'login_password',
          'login_server',
          'login_username',
          'message',
          'platform',
          'privileged',
          'pull',
          'run_command',
          'runtime',
          'tmpfs',
          'volumes',
          'windows_container',
        ].sort(),
      ),
    );
  });
});

describe('fix_upload_owner gives uploads to the container’s user, not exec_user', () => {
  async function chownAfterUpload(body: string, imageUser?: string): Promise<string[]> {
    const { builds, diagnostics } = planned(body);
    expect(diagnostics).toEqual([]);
    const driver = new FakeDriver();
    driver.addLocalImage('busybox:latest');
    const id = await driver.createContainer({ image: 'busybox:latest' });
    await driver.startContainer(id);
    const seen: string[] = [];
    driver.onExec((_id, spec) => {
      seen.push(`${spec.user ?? ''}: ${spec.cmd[2] ?? ''}`);
      return { exitCode: 0, stdout: '', stderr: '' };
    });
    const base = { id: 'sha256:base', repoTags: [], repoDigests: [], labels: {}, config: { User: imageUser } };
    const state = { build: builds[0], driver, ui: { say() {}, message() {}, error() {} }, base } as DockerBuildState;
    await communicatorFor(state, id).fixUploadOwner('/tmp/f');
    return seen;
  }

  it.each([
    ['', undefined, "root: chown -R 'root' '/tmp/f'"],
    ['exec_user = "65534"', undefined, "root: chown -R 'root' '/tmp/f'"],
    ['exec_user = "65534"', 'app', "root: chown -R 'app' '/tmp/f'"],
    ['run_command = ["-d", "-i", "-t", "-u", "1000:1000", "--entrypoint=/bin/sh", "--", "{{.Image}}"]', 'app', "root: chown -R '1000:1000' '/tmp/f'"],
  ])('%s (image USER %s)', async (body, imageUser, expected) => {
    expect(await chownAfterUpload(body, imageUser)).toEqual([expected]);
  });

  it('fix_upload_owner = false: no chown', async () => {
    expect(await chownAfterUpload('fix_upload_owner = false')).toEqual([]);
  });
});
