// Packer's Ansible proxy adapter: an SSH server on 127.0.0.1 that accepts one user with one public key and runs every
// exec request in the build container through the communicator (stdin, stdout, stderr, exit status), serves the
// legacy scp protocol itself, and runs sftp_command in the container for the sftp subsystem.
import type { AddressInfo } from 'node:net';
import type { Connection, ParsedKey, Server, ServerChannel, Session } from 'ssh2';
import type { Communicator, RemoteProcess } from '../plugin/communicator.js';
import { messageOf } from '../error-message.js';
import { ByteReader, scpArgs, scpMode, scpReceive, scpSend } from './ansible-scp.js';

/** Packer's default sftp_command. */
export const DEFAULT_SFTP_COMMAND = '/usr/lib/sftp-server -e';

/** How long close() waits for connections to end after ending them. */
const CLOSE_WAIT_MS = 2000;

export interface AdapterOptions {
  comm: Communicator;
  /** The only user name accepted. */
  user: string;
  /** The only client key accepted (OpenSSH public key line or PEM). */
  authorizedKey: string;
  /** The server's private host key (PEM or OpenSSH). */
  hostKey: string;
  sftpCommand: string;
  /** First port to try (10 tries upwards), or 0 for one the system picks. */
  localPort: number;
  /** Errors of single requests, shown as Packer's adapter shows them. */
  onError(message: string): void;
  /** Adapter messages (a port that could not be taken). */
  say(message: string): void;
}

export class ProxyAdapter {
  private readonly connections = new Set<Connection>();
  private readonly processes = new Set<RemoteProcess>();
  private closed = false;

  private constructor(
    private readonly server: Server,
    readonly port: number,
  ) {}

  static async start(o: AdapterOptions): Promise<ProxyAdapter> {
    const ssh2 = (await import('ssh2')).default;
    const parsed = ssh2.utils.parseKey(o.authorizedKey);
    if (parsed instanceof Error) throw new Error(`Failed to parse authorized key: ${parsed.message}`);
    const key: ParsedKey = Array.isArray(parsed) ? parsed[0] : parsed;
    const wanted = key.getPublicSSH();
    let adapter: ProxyAdapter | undefined;
    const server = new ssh2.Server({ hostKeys: [o.hostKey] }, (client) => adapter?.accept(client, o, key, wanted));
    const tries = o.localPort === 0 ? 1 : 10;
    for (let i = 0; i < tries; i++) {
      const port = o.localPort === 0 ? 0 : o.localPort + i;
      try {
        await new Promise<void>((resolve, reject) => {
          server.once('error', reject);
          server.listen(port, '127.0.0.1', () => {
            server.off('error', reject);
            resolve();
          });
        });
        adapter = new ProxyAdapter(server, (server.address() as AddressInfo).port);
        return adapter;
      } catch (e: unknown) {
        o.say(`listen tcp 127.0.0.1:${port}: ${messageOf(e)}`);
      }
    }
    throw new Error('Error setting up SSH proxy connection');
  }

  private accept(client: Connection, o: AdapterOptions, key: ParsedKey, wanted: Buffer): void {
    if (this.closed) {
      client.end();
      return;
    }
    this.connections.add(client);
    client.on('close', () => this.connections.delete(client));
    client.on('error', () => {}); // a client going away mid-request is Ansible's to report
    client.on('authentication', (ctx) => {
      if (ctx.method !== 'publickey' || ctx.username !== o.user || !ctx.key.data.equals(wanted)) {
        ctx.reject(['publickey']);
        return;
      }
      if (ctx.signature && ctx.blob && key.verify(ctx.blob, ctx.signature, ctx.hashAlgo) !== true) {
        ctx.reject(['publickey']);
        return;
      }
      ctx.accept();
    });
    client.on('ready', () => {
      client.on('session', (acceptSession) => this.session(acceptSession(), o));
    });
  }

  private session(session: Session, o: AdapterOptions): void {
    // pty-req is accepted and ignored, as Packer's adapter does (OpenSSH and sudo ask for one); env likewise.
    session.on('pty', (accept) => accept?.());
    session.on('env', (accept) => accept?.());
    session.on('exec', (accept, _reject, info) => {
      const channel = accept();
      channel.on('error', () => {}); // output after the client went away
      void this.exec(info.command, channel, o).then((code) => {
        channel.exit(code);
        channel.end();
      });
    });
    session.on('subsystem', (accept, reject, info) => {
      if (info.name !== 'sftp') {
        o.onError(`unsupported subsystem requested: ${info.name}`);
        reject();
        return;
      }
      const channel = accept();
      channel.on('error', () => {});
      void this.remote(o.sftpCommand || DEFAULT_SFTP_COMMAND, channel, o).then((code) => {
        channel.exit(code);
        channel.end();
      });
    });
  }

  private async exec(command: string, channel: ServerChannel, o: AdapterOptions): Promise<number> {
    const mode = scpMode(command);
    if (!mode) return this.remote(command, channel, o);
    const { path } = scpArgs(command.slice(4));
    const input = new ByteReader(channel);
    try {
      if (mode === 'to') await scpReceive(path, input, channel, o.comm);
      else await scpSend(path, input, channel, o.comm);
      return 0;
    } catch (e: unknown) {
      channel.stderr.write(`${messageOf(e)}\n`);
      return 1;
    }
  }

  /** Runs a command line in the container with the channel as its stdin, stdout and stderr. */
  private async remote(command: string, channel: ServerChannel, o: AdapterOptions): Promise<number> {
    if (!o.comm.start) {
      o.onError('This communicator cannot run commands with input.');
      return 1;
    }
    let proc: RemoteProcess;
    try {
      proc = await o.comm.start(command, {
        onStdout: (b) => channel.write(b),
        onStderr: (b) => channel.stderr.write(b),
      });
    } catch (e: unknown) {
      o.onError(messageOf(e));
      return 1;
    }
    this.processes.add(proc);
    channel.on('data', (b: Buffer) => proc.write(b));
    channel.on('end', () => proc.endInput());
    channel.on('close', () => proc.endInput());
    try {
      return await proc.exited;
    } catch (e: unknown) {
      if (!this.closed) o.onError(messageOf(e));
      return 1;
    } finally {
      this.processes.delete(proc);
    }
  }

  /** Stops listening, drops every connection and every command still running; idempotent. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    for (const p of this.processes) p.kill();
    for (const c of this.connections) c.end();
    // close() stops listening at once; its callback waits for the connections to go, which a stuck client could delay.
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, CLOSE_WAIT_MS);
      this.server.close(() => {
        clearTimeout(timer);
        resolve();
      });
    });
  }
}
