// A private Docker engine for fault scenarios that stop the daemon or fill its disk: its own data-root, exec-root,
// socket and bridge under a temp dir, no iptables, so it never touches the shared engine other tests use. (Not
// --bridge=none: that makes dockerd delete the host's docker0, the shared engine's bridge.)
// Starts in about a second; base images are pulled from the shared registry on 127.0.0.1:5000.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, openSync, readFileSync, closeSync } from 'node:fs';
import { join } from 'node:path';
import { connectDocker } from '../../src/docker/connect.js';
import type { DockerodeDriver } from '../../src/docker/dockerode-driver.js';

export const BASE_REGISTRY = '127.0.0.1:5000';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function waitFor(what: string, check: () => Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return;
    await sleep(100);
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
}

let daemons = 0;

export class PrivateDaemon {
  readonly socket: string;
  readonly host: string;
  readonly driver: DockerodeDriver;
  private child?: ChildProcess;
  /** This engine's own bridge and subnet (interface names are at most 15 characters). */
  private readonly bridge: string;
  private readonly subnet: string;

  /** @param dir a fresh directory; `dataRoot` overrides where images and containers live (e.g. a small tmpfs). */
  constructor(
    readonly dir: string,
    private readonly dataRoot = join(dir, 'data'),
  ) {
    const n = daemons++;
    this.bridge = `rpk${process.pid % 10_000}d${n}`;
    this.subnet = `10.215.${(process.pid + n) % 250}`;
    this.socket = join(dir, 'docker.sock');
    this.host = `unix://${this.socket}`;
    this.driver = connectDocker({ DOCKER_HOST: this.host });
  }

  get env(): Record<string, string> {
    return { DOCKER_HOST: this.host };
  }

  async start(): Promise<void> {
    mkdirSync(this.dir, { recursive: true });
    mkdirSync(this.dataRoot, { recursive: true });
    this.addBridge();
    const log = openSync(join(this.dir, 'dockerd.log'), 'a');
    const args = [
      '--data-root', this.dataRoot,
      '--exec-root', join(this.dir, 'exec'),
      '--pidfile', join(this.dir, 'dockerd.pid'),
      '-H', this.host,
      '--bridge', this.bridge, '--iptables=false', '--ip6tables=false', '--ip-masq=false',
      '--containerd-namespace', `repack-rel-${process.pid}`,
      '--containerd-plugins-namespace', `repack-rel-${process.pid}-p`,
    ];
    this.child = spawn('dockerd', args, { stdio: ['ignore', log, log], detached: true });
    closeSync(log);
    const child = this.child;
    await waitFor(`dockerd on ${this.host} (see ${join(this.dir, 'dockerd.log')})`, async () => {
      if (child.exitCode !== null) throw new Error(`dockerd exited with ${child.exitCode}: ${this.logTail()}`);
      return existsSync(this.socket) && (await this.driver.version()) !== undefined;
    });
  }

  private addBridge(): void {
    const ip = (...args: string[]) => execFileSync('ip', args, { stdio: 'pipe' });
    try {
      ip('link', 'show', this.bridge);
      return; // a restart of this engine reuses it
    } catch {
      // not there yet
    }
    ip('link', 'add', 'name', this.bridge, 'type', 'bridge');
    ip('addr', 'add', `${this.subnet}.1/24`, 'dev', this.bridge);
    ip('link', 'set', this.bridge, 'up');
  }

  /** Removes this engine's bridge once it has stopped for good. */
  removeBridge(): void {
    try {
      execFileSync('ip', ['link', 'del', this.bridge], { stdio: 'pipe' });
    } catch {
      // already gone
    }
  }

  logTail(): string {
    try {
      return readFileSync(join(this.dir, 'dockerd.log'), 'utf8').split('\n').slice(-15).join('\n');
    } catch {
      return '';
    }
  }

  /**
   * SIGTERM, as `systemctl stop docker` does; resolves once the process is gone (it stops running containers first).
   * The bridge goes too, unless the engine is about to start again.
   */
  async stop(restarting = false): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return this.removeBridgeUnless(restarting);
    const exited = new Promise<void>((r) => child.once('exit', () => r()));
    child.kill('SIGTERM');
    const kill = setTimeout(() => child.kill('SIGKILL'), 20_000);
    await exited;
    clearTimeout(kill);
    this.removeBridgeUnless(restarting);
  }

  private removeBridgeUnless(restarting: boolean): void {
    if (!restarting) this.removeBridge();
  }

  /** Pulls `name` (e.g. "busybox:latest") from the shared registry into this engine. */
  async seed(name: string): Promise<string> {
    const ref = `${BASE_REGISTRY}/${name}`;
    await this.driver.pull(ref);
    return ref;
  }
}

/**
 * Why file-provisioner scenarios must skip, or undefined when they can run: the provisioner is being written
 * elsewhere, and counts as present once src/provisioners/file.ts exists and the plugin table registers "file".
 */
export function fileProvisionerMissing(): string | undefined {
  const root = join(import.meta.dirname, '../..');
  if (!existsSync(join(root, 'src/provisioners/file.ts'))) return 'src/provisioners/file.ts does not exist yet';
  if (!/\bfile\b/.test(readFileSync(join(root, 'src/pipeline/plugins.ts'), 'utf8'))) return 'the file provisioner is not registered in src/pipeline/plugins.ts yet';
  return undefined;
}

/**
 * Why the reliability suites cannot run here, or undefined: they start their own dockerd, mount a tmpfs and run the
 * CLI as another user, which needs root (in CI: `sudo -E env "PATH=$PATH" npx jest __tests__/reliability- …`).
 */
export function cannotRunReason(): string | undefined {
  if (process.getuid?.() !== 0) return 'the reliability suites need root (a private dockerd, a tmpfs, a run as nobody)';
  for (const bin of ['dockerd', 'docker-registry', 'mount']) {
    const found = (process.env.PATH ?? '').split(':').some((d) => d !== '' && existsSync(join(d, bin)));
    if (!found) return `the reliability suites need ${bin} on PATH`;
  }
  return undefined;
}

/** `describe`, or `describe.skip` with the reason printed once, for a whole reliability suite. */
export function describeIfRoot(title: string, body: () => void): void {
  const reason = cannotRunReason();
  if (reason) {
    console.warn(`${title}: skipped: ${reason}`);
    describe.skip(title, body);
  } else describe(title, body);
}
