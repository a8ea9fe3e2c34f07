// A test host of the project's own: a network namespace joined to this machine by a veth pair, for servers that
// must not be on loopback (the engine treats 127.0.0.0/8 registries as insecure) while traffic stays on-machine.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';

export interface TestHost {
  /** The namespace's address, reachable from this machine (and its Docker engine). */
  ip: string;
  /** Starts `node script args…` inside the namespace and waits for it to print "ready". */
  start(script: string, args: string[]): Promise<ChildProcess>;
  close(): void;
}

const ip = (...args: string[]) => execFileSync('ip', args, { stdio: 'pipe' });

export function createTestHost(): TestHost {
  const id = process.pid % 100_000;
  const ns = `repack-t${id}`;
  const [outer, inner] = [`rpk${id}a`, `rpk${id}b`];
  const subnet = `10.213.${id % 250}`;
  ip('netns', 'add', ns);
  const children: ChildProcess[] = [];
  try {
    ip('link', 'add', outer, 'type', 'veth', 'peer', 'name', inner);
    ip('link', 'set', inner, 'netns', ns);
    ip('addr', 'add', `${subnet}.1/30`, 'dev', outer);
    ip('link', 'set', outer, 'up');
    ip('netns', 'exec', ns, 'ip', 'addr', 'add', `${subnet}.2/30`, 'dev', inner);
    ip('netns', 'exec', ns, 'ip', 'link', 'set', inner, 'up');
    ip('netns', 'exec', ns, 'ip', 'link', 'set', 'lo', 'up');
  } catch (e: unknown) {
    ip('netns', 'del', ns);
    throw e;
  }
  return {
    ip: `${subnet}.2`,
    start(script, args) {
      const child = spawn('ip', ['netns', 'exec', ns, process.execPath, script, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
      children.push(child);
      return new Promise((resolve, reject) => {
        child.once('error', reject);
        child.once('exit', (code) => reject(new Error(`test server exited with ${code}`)));
        child.stdout?.on('data', (b: Buffer) => {
          if (b.toString().includes('ready')) resolve(child);
        });
      });
    },
    close() {
      children.forEach((c) => c.kill());
      ip('netns', 'del', ns); // takes the veth pair with it
    },
  };
}
