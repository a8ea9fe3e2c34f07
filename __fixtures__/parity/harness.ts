// Runs one template with `packer build` and with repack, and describes what each made in comparable terms: the image
// config (the fields `changes` and run_command can set) and the file tree (path, type, mode, owner, size).
import { spawn } from 'node:child_process';
import { chmodSync, cpSync, createReadStream, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Docker from 'dockerode';
import tar from 'tar-stream';
import type { DockerodeDriver } from '../../src/docker/dockerode-driver.js';
import { main } from '../../src/cli/main.js';

export const PARITY_DIR = import.meta.dirname;

export interface Run {
  code: number;
  out: string;
  /** Artifact IDs from the machine-readable `artifact,N,id,ID` lines, by build name. */
  artifacts: Map<string, string>;
}

/** `timestamp,target,artifact,N,id,ID` lines (Packer's machine-readable format). */
export function artifactIds(out: string): Map<string, string> {
  const ids = new Map<string, string>();
  for (const line of out.split('\n')) {
    const f = line.split(',');
    if (f[2] === 'artifact' && f[4] === 'id') ids.set(f[1], f[5]);
  }
  return ids;
}

function varArgs(vars: Record<string, string>): string[] {
  return Object.entries(vars).flatMap(([k, v]) => ['-var', `${k}=${v}`]);
}

export function packerBuild(template: string, cwd: string, vars: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve) => {
    // Packer's shared temp dirs (mounted at /packer-files) go in the work copy: a failed `docker run` leaves them.
    const tmp = join(cwd, '.packer-tmp');
    mkdirSync(tmp, { recursive: true });
    const env = { ...process.env, CHECKPOINT_DISABLE: '1', PACKER_NO_COLOR: '1', PACKER_TMP_DIR: tmp };
    const child = spawn('packer', ['build', '-machine-readable', ...varArgs(vars), template], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (b: Buffer) => (out += b.toString()));
    child.stderr.on('data', (b: Buffer) => (out += b.toString()));
    child.on('close', (code) => resolve({ code: code ?? -1, out, artifacts: artifactIds(out) }));
  });
}

export async function repackBuild(template: string, cwd: string, vars: Record<string, string> = {}): Promise<Run> {
  let out = '';
  const io = { out: (s: string) => (out += s), err: (s: string) => (out += s), isTTY: false, env: { ...process.env }, cwd };
  const code = await main(['build', '-machine-readable', '-no-cache', ...varArgs(vars), template], io);
  return { code, out, artifacts: artifactIds(out) };
}

const MODES: Record<string, number> = {
  'files/hello.txt': 0o644,
  'files/run.sh': 0o755,
  'files/tree/a.txt': 0o664,
  'files/tree/sub': 0o750,
  'files/tree/sub/b.txt': 0o600,
  'files/tree/sub/c.sh': 0o750,
};

/** A private copy of the fixtures: relative paths resolve as in a user's checkout, and modes are set as tests want. */
export function workCopy(parent: string, name: string): string {
  const dir = join(parent, name);
  mkdirSync(dir, { recursive: true });
  cpSync(PARITY_DIR, dir, { recursive: true, filter: (src) => !src.endsWith('.ts') });
  // Git keeps only the executable bit; the modes uploads must carry are set here.
  for (const [file, mode] of Object.entries(MODES)) chmodSync(join(dir, file), mode);
  return dir;
}

export interface TreeEntry {
  path: string;
  type: string;
  mode: string;
  owner: string;
  size: number;
  link?: string;
}

/** Paths no build decides: the kernel's and the engine's mount points. */
const VOLATILE = /^(proc|sys|dev)(\/|$)/;

export async function listTar(stream: NodeJS.ReadableStream, exclude: RegExp[] = []): Promise<TreeEntry[]> {
  const extract = tar.extract();
  const entries: TreeEntry[] = [];
  const done = new Promise<void>((resolve, reject) => {
    extract.on('entry', (h, body, next) => {
      const path = h.name.replace(/^\.?\/+/, '').replace(/\/$/, '');
      if (path !== '' && !VOLATILE.test(path) && !exclude.some((r) => r.test(path))) {
        entries.push({
          path,
          type: h.type ?? 'file',
          mode: (h.mode ?? 0).toString(8),
          owner: `${h.uid ?? 0}:${h.gid ?? 0}`,
          size: h.size ?? 0,
          ...(h.linkname ? { link: h.linkname } : {}),
        });
      }
      body.on('end', next);
      body.resume();
    });
    extract.on('finish', resolve);
    extract.on('error', reject);
  });
  stream.pipe(extract);
  await done;
  return entries.sort((a, b) => a.path.localeCompare(b.path));
}

/** The file tree of an image, from the export of a container made (not started) from it. */
export async function imageTree(driver: DockerodeDriver, image: string, exclude: RegExp[] = []): Promise<TreeEntry[]> {
  const id = await driver.createContainer({ image, entrypoint: ['/bin/sh'], labels: { 'io.repack.test': 'parity' } });
  try {
    return await listTar(await driver.exportContainer(id), exclude);
  } finally {
    await driver.removeContainer(id);
  }
}

export function tarTree(file: string, exclude: RegExp[] = []): Promise<TreeEntry[]> {
  return listTar(createReadStream(file), exclude);
}

export interface ComparableConfig {
  Env: string[];
  Cmd: string[] | null;
  Entrypoint: string[] | null;
  WorkingDir: string;
  User: string;
  Labels: Record<string, string>;
  ExposedPorts: string[];
  Volumes: string[];
  OnBuild: string[];
  Author: string;
  Comment: string;
}

const keys = (o: Record<string, unknown> | null | undefined): string[] => Object.keys(o ?? {}).sort();

/** The config fields a template decides, with repack's own io.repack.* labels left out. */
export async function imageConfig(docker: Docker, image: string): Promise<ComparableConfig> {
  const raw = (await docker.getImage(image).inspect()) as unknown as {
    Author?: string;
    Comment?: string;
    Config: {
      Env?: string[] | null;
      Cmd?: string[] | null;
      Entrypoint?: string[] | null;
      WorkingDir?: string;
      User?: string;
      Labels?: Record<string, string> | null;
      ExposedPorts?: Record<string, object> | null;
      Volumes?: Record<string, object> | null;
      OnBuild?: string[] | null;
    };
  };
  const c = raw.Config;
  const labels = Object.fromEntries(Object.entries(c.Labels ?? {}).filter(([k]) => !k.startsWith('io.repack.')));
  return {
    Env: c.Env ?? [],
    Cmd: c.Cmd && c.Cmd.length > 0 ? c.Cmd : null,
    Entrypoint: c.Entrypoint && c.Entrypoint.length > 0 ? c.Entrypoint : null,
    WorkingDir: c.WorkingDir ?? '',
    User: c.User ?? '',
    Labels: labels,
    ExposedPorts: keys(c.ExposedPorts),
    Volumes: keys(c.Volumes),
    OnBuild: c.OnBuild ?? [],
    Author: raw.Author ?? '',
    Comment: raw.Comment ?? '',
  };
}

export function templates(): string[] {
  return readdirSync(PARITY_DIR)
    .filter((f) => f.endsWith('.pkr.hcl'))
    .sort();
}
