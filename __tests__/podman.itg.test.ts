// repack against Podman's Docker-compatible API (DOCKER_HOST=unix:///run/repack-podman.sock, started by
// `REPACK_ENV_PODMAN=1 bash scripts/dev-env.sh`): a busybox build with changes, a shell and a file provisioner, tagged
// and pushed to the local registry. The digest is the registry's; Podman's differences (commit body ignored, no push
// `aux`, bare image IDs, env additions) are handled or, for the env, expected as documented.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connectDocker } from '../src/docker/connect.js';
import { main } from '../src/cli/main.js';

const SOCKET = process.env.REPACK_PODMAN_SOCKET ?? '/run/repack-podman.sock';
const REGISTRY = '127.0.0.1:5000';
const available = existsSync(SOCKET);
if (!available) console.log(`podman: skipped — no Podman API socket at ${SOCKET} (REPACK_ENV_PODMAN=1 bash scripts/dev-env.sh starts one)`);
const describeWithPodman = available ? describe : describe.skip;

describeWithPodman('Podman', () => {
  const env = { ...process.env, DOCKER_HOST: `unix://${SOCKET}` };
  const podman = connectDocker(env);
  const run = Date.now().toString(36);
  const source = `podman_${run}`;
  const repository = `${REGISTRY}/repack-podman-${run}`;
  let dir: string;

  afterAll(async () => {
    // The directory first: a Podman API that went away must not leave it behind.
    if (dir) rmSync(dir, { recursive: true, force: true });
    for (const image of await podman.listImages(`io.repack.build=docker.${source}`)) await podman.removeImage(image.id, { force: true });
  });

  test('builds, commits with changes, pushes with the registry’s digest, and leaves no container', async () => {
    dir = mkdtempSync(join(tmpdir(), 'repack-podman-'));
    writeFileSync(
      join(dir, 'podman.pkr.hcl'),
      `source "docker" "${source}" {
  image   = "${REGISTRY}/busybox:latest"
  commit  = true
  changes = ["ENV FROM_CHANGES=1", "LABEL org.example.engine=podman", "WORKDIR /srv"]
  # No network: the dev-env Podman has no CNI plugins, so it can never touch dockerd's bridge or iptables.
  run_command = ["-d", "-i", "-t", "--network=none", "--entrypoint=/bin/sh", "--", "{{.Image}}"]
}
build {
  sources = ["source.docker.${source}"]
  provisioner "shell" {
    inline = ["mkdir -p /srv", "echo hello > /srv/hello"]
  }
  provisioner "file" {
    content     = "uploaded"
    destination = "/srv/up.txt"
  }
  post-processors {
    post-processor "docker-tag" {
      repository = "${repository}"
      tags       = ["t1"]
    }
    post-processor "docker-push" {}
  }
}
`,
    );
    let out = '';
    let err = '';
    const code = await main(['build', '-json', 'podman.pkr.hcl'], { out: (s) => (out += s), err: (s) => (err += s), isTTY: false, env, cwd: dir });
    expect({ code, err: code === 0 ? '' : err }).toEqual({ code: 0, err: '' });
    const [build] = JSON.parse(out) as { 'image-id': string; pushed: { repository: string; tag: string; digest: string }[] }[];
    expect(build['image-id']).toMatch(/^sha256:[0-9a-f]{64}$/);
    const res = await fetch(`http://${REGISTRY}/v2/repack-podman-${run}/manifests/t1`, {
      method: 'HEAD',
      headers: { Accept: 'application/vnd.docker.distribution.manifest.v2+json' },
    });
    expect(build.pushed).toEqual([{ repository, tag: 't1', digest: res.headers.get('docker-content-digest') }]);

    const image = await podman.inspectImage(build['image-id']);
    // The base image's Cmd/Entrypoint are restored (Podman ignores a commit body: repack sends them as changes).
    expect(image?.config.Cmd).toEqual(['sh']);
    expect(image?.config.Entrypoint ?? []).toEqual([]);
    expect(image?.config.WorkingDir).toBe('/srv');
    expect(image?.labels['org.example.engine']).toBe('podman');
    // Podman adds TERM and container=podman to every container's environment (docs/builders/docker.md).
    expect([...(image?.config.Env ?? [])].sort()).toEqual(['FROM_CHANGES=1', 'PATH=/bin', 'TERM=xterm', 'container=podman']);
    expect(await podman.listContainers(`io.repack.build=docker.${source}`)).toEqual([]);

    const probe = await podman.createContainer({ image: build['image-id'], entrypoint: ['/bin/sh'], tty: true, openStdin: true, networkMode: 'none' });
    try {
      await podman.startContainer(probe);
      expect(await podman.exec(probe, { cmd: ['/bin/sh', '-c', 'cat /srv/hello /srv/up.txt'] })).toMatchObject({ exitCode: 0, stdout: 'hello\nuploaded' });
    } finally {
      await podman.removeContainer(probe);
    }
  });
});
