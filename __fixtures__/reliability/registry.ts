// A private registry (Debian's docker-registry) on its own port, and a fault-injecting HTTP proxy in front of it,
// for push faults that must not disturb the shared registry on 127.0.0.1:5000.
import { type ChildProcess, spawn } from 'node:child_process';
import { closeSync, mkdirSync, openSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { join } from 'node:path';
import { waitFor } from './daemon.js';

export async function freePort(): Promise<number> {
  const server = http.createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((r) => server.close(() => r()));
  return port;
}

export async function serving(url: string): Promise<boolean> {
  try {
    return (await fetch(url)).ok;
  } catch {
    return false;
  }
}

export class PrivateRegistry {
  private child?: ChildProcess;
  port = 0;

  constructor(readonly dir: string) {}

  get address(): string {
    return `127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    if (this.port === 0) this.port = await freePort();
    mkdirSync(join(this.dir, 'storage'), { recursive: true });
    const config = join(this.dir, 'registry.yml');
    writeFileSync(
      config,
      `version: 0.1\nlog:\n  level: warn\nstorage:\n  filesystem:\n    rootdirectory: ${join(this.dir, 'storage')}\nhttp:\n  addr: ${this.address}\n`,
    );
    const log = openSync(join(this.dir, 'registry.log'), 'a');
    this.child = spawn('docker-registry', ['serve', config], { stdio: ['ignore', log, log] });
    closeSync(log);
    await waitFor(`docker-registry on ${this.address}`, () => serving(`http://${this.address}/v2/`));
  }

  async stop(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((r) => child.once('exit', () => r()));
    child.kill('SIGTERM');
    await exited;
  }

  /** The digest the registry serves for repository:tag, or null. */
  async digest(repository: string, tag: string): Promise<string | null> {
    const res = await fetch(`http://${this.address}/v2/${repository}/manifests/${tag}`, {
      method: 'HEAD',
      headers: { Accept: 'application/vnd.docker.distribution.manifest.v2+json' },
    });
    return res.ok ? res.headers.get('docker-content-digest') : null;
  }
}

/** What the proxy does with one request: drop it, answer it with an error, forward it late; `undefined` forwards it. */
export type Fault = 'reset' | { status: number; body?: string } | { delayMs: number } | undefined;
export type FaultRule = (method: string, path: string) => Fault;

/** An HTTP proxy to a registry that can drop connections or answer with an error for chosen requests. */
export class FaultProxy {
  private server?: http.Server;
  private readonly sockets = new Set<Socket>();
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly upstreamRequests = new Set<http.ClientRequest>();
  port = 0;
  rule: FaultRule = () => undefined;
  readonly seen: string[] = [];

  constructor(private readonly upstream: string) {}

  get address(): string {
    return `127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    if (this.port === 0) this.port = await freePort();
    this.server = http.createServer((req, res) => this.handle(req, res));
    this.server.on('connection', (s) => {
      this.sockets.add(s);
      s.on('close', () => this.sockets.delete(s));
    });
    await new Promise<void>((r) => this.server?.listen(this.port, '127.0.0.1', r));
  }

  /** Closes the listener and every open connection: the registry looks down (connection refused). */
  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = undefined;
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
    for (const r of this.upstreamRequests) r.destroy();
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((r) => server.close(() => r()));
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    const path = req.url ?? '/';
    const method = req.method ?? 'GET';
    this.seen.push(`${method} ${path}`);
    const fault = this.rule(method, path);
    if (fault === 'reset') {
      req.socket.destroy();
      return;
    }
    if (fault && 'delayMs' in fault) {
      req.pause();
      const timer = setTimeout(() => {
        this.timers.delete(timer);
        this.forward(req, res);
      }, fault.delayMs);
      this.timers.add(timer);
      return;
    }
    if (fault) {
      req.resume();
      res.writeHead(fault.status, { 'content-type': 'application/json' });
      res.end(fault.body ?? JSON.stringify({ errors: [{ code: 'UNKNOWN', message: `injected ${fault.status}` }] }));
      return;
    }
    this.forward(req, res);
  }

  private forward(req: http.IncomingMessage, res: http.ServerResponse): void {
    const path = req.url ?? '/';
    const method = req.method ?? 'GET';
    const [host, port] = this.upstream.split(':');
    const headers = { ...req.headers, host: this.upstream };
    const up = http.request({ host, port: Number(port), method, path, headers }, (r) => {
      // Location headers point at the upstream; rewrite them to keep the client on the proxy.
      const out = { ...r.headers };
      if (typeof out.location === 'string') out.location = out.location.replace(`//${this.upstream}`, `//${this.address}`);
      res.writeHead(r.statusCode ?? 502, out);
      r.pipe(res);
    });
    this.upstreamRequests.add(up);
    up.on('close', () => this.upstreamRequests.delete(up));
    up.on('error', () => req.socket.destroy());
    req.pipe(up);
  }
}
