// Helpers for the plugin integration tests: the CLI's main() in a temp template directory on the real engine, a
// look inside a built image, and removal of every image and directory a test made.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { connectDocker } from '../../src/docker/connect.js';
import { main } from '../../src/cli/main.js';

export const REGISTRY = '127.0.0.1:5000';
export const BUSYBOX = `${REGISTRY}/busybox:latest`;
export const driver = connectDocker();
export const RUN = Date.now().toString(36);

export interface Built {
  code: number;
  out: string;
  err: string;
  builds: { name: string; 'image-id'?: string; tags: string[]; artifacts: { builderId: string; id: string; description: string; files: string[] }[] }[];
}

export class Workspace {
  /** Use as the build block's name: every image the build commits (cache steps too) carries it in a label. */
  readonly name = `itg-${RUN}`;
  private dirs: string[] = [];
  private images = new Set<string>();

  dir(files: Record<string, string> = {}): string {
    const dir = mkdtempSync(join(tmpdir(), 'repack-plugin-itg-'));
    this.dirs.push(dir);
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, name)), { recursive: true });
      writeFileSync(join(dir, name), text);
    }
    return dir;
  }

  /** A template: source "docker" "b" on busybox with the `source` attributes, and a build named after the workspace. */
  template(build: string, source = 'commit = true'): string {
    return `source "docker" "b" {\n  image = "${BUSYBOX}"\n  ${source}\n}\nbuild {\n  name    = "${this.name}"\n  sources = ["source.docker.b"]\n${build}\n}\n`;
  }

  /** Removes the image (by ID or name) when the test ends. */
  track(ref: string | undefined): void {
    if (ref) this.images.add(ref);
  }

  /** `repack build -json -no-cache ARGS .` (`cached`: without -no-cache) in the directory. */
  async build(dir: string, args: string[] = [], cached = false): Promise<Built> {
    let out = '';
    let err = '';
    const code = await main(['build', '-json', ...(cached ? [] : ['-no-cache']), ...args, '.'], { out: (s) => (out += s), err: (s) => (err += s), isTTY: false, env: { ...process.env }, cwd: dir });
    const builds = out.trim() ? (JSON.parse(out) as Built['builds']) : [];
    for (const b of builds) {
      this.track(b['image-id']);
      b.tags.forEach((t) => this.track(t));
    }
    return { code, out, err, builds };
  }

  /** Containers left by this workspace's builds of the given sources ("docker.b"). */
  async leftContainers(sources: string[] = ['docker.b']): Promise<string[]> {
    const lists = await Promise.all(sources.map((s) => driver.listContainers(`io.repack.build=${this.name}.${s}`)));
    return lists.flat();
  }

  async cleanup(): Promise<void> {
    for (const ref of [...this.images].reverse()) await driver.removeImage(ref, { force: true }).catch(() => undefined);
    for (const image of await driver.listImages('io.repack.build')) {
      if (image.labels['io.repack.build']?.startsWith(`${this.name}.`)) await driver.removeImage(image.id, { force: true }).catch(() => undefined);
    }
    this.images.clear();
    this.dirs.forEach((d) => rmSync(d, { recursive: true, force: true }));
    this.dirs = [];
  }
}

/** Runs a command in a throwaway container of the image and returns its result. */
export async function inImage(image: string, command: string): Promise<{ exitCode: number; stdout: string }> {
  const id = await driver.createContainer({ image, entrypoint: ['/bin/sh'], tty: true, openStdin: true, labels: { 'io.repack.test': RUN } });
  try {
    await driver.startContainer(id);
    return await driver.exec(id, { cmd: ['/bin/sh', '-c', command] });
  } finally {
    await driver.removeContainer(id);
  }
}
