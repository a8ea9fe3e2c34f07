// Packer's `ansible` provisioner: ansible-playbook on the host, pointed by a generated inventory at the proxy adapter
// (ansible-adapter.ts), which carries Ansible's SSH requests into the build container.
import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { spawnSync } from 'node:child_process';
import { randomInt } from 'node:crypto';
import { tmpdir, userInfo } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { Block } from '../hcl/syntax/ast.js';
import { error, type Diagnostic } from '../hcl/diagnostics.js';
import { T } from '../hcl/value/value.js';
import type { BodySchema, Decoded, KeysWith } from '../config/schema.js';
import { DEFAULT_SFTP_COMMAND, ProxyAdapter } from './ansible-adapter.js';
import { argFileDigests, envPathDigests, treeDigest } from './ansible-digest.js';
import { ansibleVersion, runOnHost } from './ansible-host.js';
import { checkArg, checkPath, galaxyInstalls, sanitize } from './ansible-args.js';
import { ProvisionerError, type Provisioner, type ProvisionerContext, type ProvisionerPlugin } from '../plugin/provisioner.js';

const SCHEMA = {
  attributes: {
    playbook_file: { type: T.string, required: true, description: 'The playbook to be run by Ansible.' },
    command: { type: T.string, default: 'ansible-playbook', description: 'The program run (a path to an executable, not a shell line).' },
    extra_arguments: { type: T.list(T.string), default: [], description: 'Arguments added to the command line, not passed through a shell.' },
    ansible_env_vars: { type: T.list(T.string), default: [], description: '`"KEY=value"` environment for Ansible (and ansible-galaxy).' },
    ansible_ssh_extra_args: {
      doc: { default: '`["-o IdentitiesOnly=yes"]`' },
      type: T.list(T.string),
      default: [],
      description: '`--ssh-extra-args`, each quoted.',
    },
    groups: { type: T.list(T.string), default: [], description: 'Inventory groups the host is placed in.' },
    empty_groups: { type: T.list(T.string), default: [], description: 'Groups present in the inventory but empty.' },
    host_alias: { type: T.string, default: 'default', description: "The host's name in the generated inventory." },
    user: { doc: { default: 'current user' }, type: T.string, description: '`ansible_user`, and the one user the adapter accepts.' },
    local_port: { type: T.number, default: 0, description: 'First of ten ports tried for the adapter; 0: the system picks one.' },
    ssh_host_key_file: { doc: { default: 'one-time key' }, type: T.string, description: "The adapter's private host key; host key checking stays on." },
    ssh_authorized_key_file: {
      doc: { default: 'one-time key' },
      type: T.string,
      description: 'Public key the adapter accepts (then no private key is passed).',
    },
    ansible_proxy_key_type: { type: T.string, default: 'ECDSA', description: 'Type of the generated keys: `ECDSA` (P-384) or `RSA` (2048 bits).' },
    sftp_command: { type: T.string, default: DEFAULT_SFTP_COMMAND, description: 'The SFTP server run in the container.' },
    skip_version_check: { type: T.bool, default: false, description: 'Do not run `command --version` first.' },
    use_sftp: { type: T.bool, default: false, description: 'Transfer files with SFTP (`sftp_command` in the container) instead of scp.' },
    use_proxy: {
      doc: { default: 'unset' },
      type: T.bool,
      description: "`false` is accepted; a container has no address, so the adapter is used anyway (Packer's warning is printed).",
    },
    inventory_directory: {
      doc: { default: 'temp dir' },
      type: T.string,
      description: 'Where the generated inventory is written (next to your `group_vars`/`host_vars`).',
    },
    inventory_file_template: {
      doc: { default: 'see above' },
      type: T.string,
      description: 'The generated host line; `{{ .HostAlias }}`, `{{ .Host }}`, `{{ .User }}`, `{{ .Port }}`.',
    },
    inventory_file: { doc: { default: 'generated' }, type: T.string, description: 'Use this inventory instead of the generated one.' },
    keep_inventory_file: { type: T.bool, default: false, description: 'Keep the generated inventory file.' },
    galaxy_file: { type: T.string, description: 'Requirements file installed with `galaxy_command` on the host before the playbook.' },
    galaxy_command: { type: T.string, default: 'ansible-galaxy', description: 'The program that installs `galaxy_file`.' },
    galaxy_force_install: { type: T.bool, default: false, description: 'Adds `-f`.' },
    galaxy_force_with_deps: { type: T.bool, default: false, description: 'Adds `--force-with-deps`.' },
    roles_path: { type: T.string, description: '`-p` for role installs.' },
    collections_path: { type: T.string, description: '`-p` for collection installs.' },
    ansible_winrm_use_http: { type: T.bool, default: false, description: 'Adds `-e ansible_winrm_scheme=http` (WinRM only; no effect on containers).' },
  },
} satisfies BodySchema;

export interface AnsibleConfig {
  /** Absolute paths. */
  playbookFile: string;
  command: string;
  extraArguments: string[];
  ansibleEnvVars: string[];
  sshExtraArgs: string[];
  groups: string[];
  emptyGroups: string[];
  hostAlias: string;
  user: string;
  localPort: number;
  sshHostKeyFile?: string;
  sshAuthorizedKeyFile?: string;
  keyType: 'ECDSA' | 'RSA';
  sftpCommand: string;
  skipVersionCheck: boolean;
  useSftp: boolean;
  useProxy: boolean | null;
  inventoryDirectory?: string;
  inventoryFileTemplate?: string;
  inventoryFile?: string;
  keepInventoryFile: boolean;
  galaxyFile?: string;
  galaxyCommand: string;
  galaxyForceInstall: boolean;
  galaxyForceWithDeps: boolean;
  rolesPath?: string;
  collectionsPath?: string;
  /** Where Ansible runs and relative paths are resolved: the template's directory. */
  cwd: string;
}

/** The user running repack, as Go's user.Current() finds it; '' when the uid has no name. */
function currentUser(): string {
  try {
    return userInfo().username;
  } catch {
    return process.env.USER ?? process.env.LOGNAME ?? '';
  }
}

function decode(d: Decoded<typeof SCHEMA>, block: Block, dir: string): { provisioner?: Provisioner; diagnostics: Diagnostic[] } {
  const diags: Diagnostic[] = [];
  const a = d.attrs;
  const str = (k: KeysWith<typeof a, string | null>): string | undefined => {
    const v = a[k];
    return v === null || v === '' ? undefined : v;
  };
  const path = (k: KeysWith<typeof a, string | null>): string | undefined => {
    const v = str(k);
    return v === undefined ? undefined : resolve(dir, v);
  };
  const playbookFile = path('playbook_file') ?? '';
  checkPath(playbookFile, 'playbook_file', 'file', d.ranges.playbook_file ?? block.openBraceRange, diags);
  for (const k of ['galaxy_file', 'ssh_authorized_key_file', 'ssh_host_key_file', 'inventory_file'] as const) {
    const p = path(k);
    if (p !== undefined) checkPath(p, k, 'file', d.ranges[k], diags);
  }
  const inventoryDirectory = path('inventory_directory');
  if (inventoryDirectory !== undefined) checkPath(inventoryDirectory, 'inventory_directory', 'directory', d.ranges.inventory_directory, diags);
  const localPort = a.local_port;
  if (!Number.isInteger(localPort) || localPort < 0 || localPort > 65535)
    diags.push(error('Invalid local_port', `local_port: ${localPort} must be a valid port`, d.ranges.local_port));
  const keyType = a.ansible_proxy_key_type.toUpperCase();
  if (keyType !== 'ECDSA' && keyType !== 'RSA')
    diags.push(
      error(
        'Invalid ansible_proxy_key_type',
        `Invalid value for ansible_proxy_key_type: ${JSON.stringify(a.ansible_proxy_key_type)}. Supported values are ECDSA or RSA.`,
        d.ranges.ansible_proxy_key_type,
      ),
    );
  for (const kv of a.ansible_env_vars) {
    if (kv.indexOf('=') <= 0)
      diags.push(error('Invalid ansible_env_vars entry', `Environment variable not in format 'key=value': ${JSON.stringify(kv)}.`, d.ranges.ansible_env_vars));
  }
  const user = str('user') ?? currentUser();
  if (!user) diags.push(error('Invalid user', 'user: could not determine current user from environment.', block.openBraceRange));
  if (diags.length > 0) return { diagnostics: diags };
  const extraArguments = [...a.extra_arguments];
  if (a.ansible_winrm_use_http === true && !extraArguments.some((x) => x.startsWith('ansible_winrm_scheme')))
    extraArguments.push('-e', 'ansible_winrm_scheme=http');
  const config: AnsibleConfig = {
    playbookFile,
    command: a.command,
    extraArguments,
    ansibleEnvVars: a.ansible_env_vars,
    sshExtraArgs: a.ansible_ssh_extra_args,
    groups: a.groups,
    emptyGroups: a.empty_groups,
    hostAlias: a.host_alias,
    user,
    localPort,
    sshHostKeyFile: path('ssh_host_key_file'),
    sshAuthorizedKeyFile: path('ssh_authorized_key_file'),
    keyType: keyType === 'RSA' ? 'RSA' : 'ECDSA',
    sftpCommand: a.sftp_command,
    skipVersionCheck: a.skip_version_check === true,
    useSftp: a.use_sftp === true,
    useProxy: a.use_proxy,
    inventoryDirectory,
    inventoryFileTemplate: str('inventory_file_template'),
    inventoryFile: path('inventory_file'),
    keepInventoryFile: a.keep_inventory_file === true,
    galaxyFile: path('galaxy_file'),
    galaxyCommand: a.galaxy_command,
    galaxyForceInstall: a.galaxy_force_install === true,
    galaxyForceWithDeps: a.galaxy_force_with_deps === true,
    rolesPath: path('roles_path'),
    collectionsPath: path('collections_path'),
    cwd: dir,
  };
  return { provisioner: new AnsibleProvisioner(config), diagnostics: diags };
}

const DEFAULT_INVENTORY_LINE = '{{ .HostAlias }} ansible_host={{ .Host }} ansible_user={{ .User }} ansible_port={{ .Port }}\n';

/** The inventory Packer generates: the host line, then each group with the host, then the empty groups. */
export function inventoryText(c: Pick<AnsibleConfig, 'inventoryFileTemplate' | 'hostAlias' | 'user' | 'groups' | 'emptyGroups'>, port: number): string {
  const data: Record<string, string> = { HostAlias: c.hostAlias, Host: '127.0.0.1', User: c.user, Port: String(port), ConnType: 'docker' };
  const host = (c.inventoryFileTemplate ?? DEFAULT_INVENTORY_LINE).replace(/\{\{\s*\.(\w+)\s*\}\}/g, (_, k: string) => data[k] ?? '<no value>');
  return [host, ...c.groups.map((g) => `[${g}]\n${host}`), ...c.emptyGroups.map((g) => `[${g}]\n`)].join('');
}

/** OpenSSH from 9.0 speaks SFTP for scp unless given -O; the adapter serves the legacy protocol. */
function scpNeedsLegacyFlag(): boolean {
  const r = spawnSync('ssh', ['-V'], { encoding: 'utf8' });
  const m = /OpenSSH_(\d+)\.(\d+)/.exec(`${r.stderr ?? ''}${r.stdout ?? ''}`);
  return m !== null && Number(m[1]) >= 9;
}

export class AnsibleProvisioner implements Provisioner {
  constructor(readonly config: AnsibleConfig) {}

  describe(): unknown {
    const c = this.config;
    let version: string | null = null;
    if (!c.skipVersionCheck) {
      try {
        version = ansibleVersion(c.command);
      } catch {
        // Reported when the provisioner runs.
      }
    }
    return {
      type: 'ansible',
      ansibleVersion: version,
      command: c.command,
      playbook: { path: c.playbookFile, sha256: treeDigest(c.playbookFile), directory: treeDigest(dirname(c.playbookFile)) },
      ansibleCfg: treeDigest(join(c.cwd, 'ansible.cfg')),
      extraArguments: c.extraArguments,
      argumentFiles: argFileDigests(c.extraArguments, c.cwd),
      ansibleEnvVars: c.ansibleEnvVars,
      envPaths: envPathDigests(c.ansibleEnvVars, c.cwd),
      inventory: {
        file: c.inventoryFile ? { path: c.inventoryFile, sha256: treeDigest(c.inventoryFile) } : null,
        directory: c.inventoryDirectory ? treeDigest(c.inventoryDirectory) : null,
        template: c.inventoryFileTemplate ?? null,
        hostAlias: c.hostAlias,
        groups: c.groups,
        emptyGroups: c.emptyGroups,
        user: c.user,
      },
      galaxy: c.galaxyFile
        ? {
            sha256: treeDigest(c.galaxyFile),
            command: c.galaxyCommand,
            force: c.galaxyForceInstall,
            forceWithDeps: c.galaxyForceWithDeps,
            rolesPath: c.rolesPath ?? null,
            collectionsPath: c.collectionsPath ?? null,
          }
        : null,
      useSftp: c.useSftp,
      sftpCommand: c.useSftp ? c.sftpCommand : null,
      sshExtraArgs: c.sshExtraArgs,
    };
  }

  async run(ctx: ProvisionerContext): Promise<void> {
    const c = this.config;
    ctx.say('Provisioning with Ansible...');
    const env: NodeJS.ProcessEnv = { ...process.env, PACKER_BUILD_NAME: ctx.buildName, PACKER_BUILDER_TYPE: ctx.builderType };
    for (const kv of this.envVars()) env[kv.slice(0, kv.indexOf('='))] = kv.slice(kv.indexOf('=') + 1);
    if (!c.skipVersionCheck) ansibleVersion(c.command, env);
    if (c.useProxy === false) {
      ctx.say(
        'Warning: use_proxy is false, but communicator is neither ssh nor winrm, so without the proxy ansible will not function. Falling back to localhost proxy.',
      );
    }
    ctx.say('Setting up proxy adapter for Ansible....');
    const keys = await mkdtemp(join(tmpdir(), 'repack-ansible-'));
    let adapter: ProxyAdapter | undefined;
    let inventory: string | undefined;
    try {
      await chmod(keys, 0o700);
      const { authorizedKey, hostKey, privateKeyFile } = await this.keys(keys);
      adapter = await ProxyAdapter.start({
        comm: ctx.comm,
        user: c.user,
        authorizedKey,
        hostKey,
        sftpCommand: c.sftpCommand,
        localPort: c.localPort,
        onError: (m) => ctx.message(m),
        say: ctx.say,
      });
      inventory = c.inventoryFile;
      if (!inventory) {
        inventory = join(c.inventoryDirectory ?? tmpdir(), `packer-provisioner-ansible${randomInt(1e9, 1e10)}`);
        await writeFile(inventory, inventoryText(c, adapter.port), { mode: 0o600 });
      }
      const run = { message: ctx.message, signal: ctx.signal, cwd: c.cwd, env };
      if (c.galaxyFile) await this.galaxy(ctx, run);
      const argv = [c.command, ...this.args(ctx, inventory, privateKeyFile)];
      ctx.say(`Executing Ansible: ${sanitize(argv.join(' '), c.extraArguments)}`);
      const code = await runOnHost(argv, run);
      if (ctx.signal.aborted) throw new ProvisionerError('Ansible was cancelled.');
      if (code !== 0) throw new ProvisionerError(`Error executing Ansible: Non-zero exit status: exit status ${code}`);
    } finally {
      await adapter?.close();
      await rm(keys, { recursive: true, force: true });
      if (inventory && !c.inventoryFile && !c.keepInventoryFile) await rm(inventory, { force: true });
    }
  }

  /** ansible_env_vars, then what Packer sets after them (which wins over the same names). */
  private envVars(): string[] {
    const c = this.config;
    const out = [...c.ansibleEnvVars];
    if (!c.sshHostKeyFile) out.push('ANSIBLE_HOST_KEY_CHECKING=False');
    if (!c.useSftp) out.push('ANSIBLE_SCP_IF_SSH=True');
    return out;
  }

  private async keys(dir: string): Promise<{ authorizedKey: string; hostKey: string; privateKeyFile?: string }> {
    const c = this.config;
    const ssh2 = (await import('ssh2')).default;
    const generate = (): { private: string; public: string } =>
      c.keyType === 'RSA' ? ssh2.utils.generateKeyPairSync('rsa', { bits: 2048 }) : ssh2.utils.generateKeyPairSync('ecdsa', { bits: 384 });
    const hostKey = c.sshHostKeyFile ? await readFile(c.sshHostKeyFile, 'utf8') : generate().private;
    if (c.sshAuthorizedKeyFile) return { authorizedKey: await readFile(c.sshAuthorizedKeyFile, 'utf8'), hostKey };
    const pair = generate();
    const privateKeyFile = join(dir, 'ansible-key');
    await writeFile(privateKeyFile, pair.private, { mode: 0o600 });
    return { authorizedKey: pair.public, hostKey, privateKeyFile };
  }

  private async galaxy(ctx: ProvisionerContext, run: Parameters<typeof runOnHost>[1]): Promise<void> {
    const c = this.config;
    const text = await readFile(c.galaxyFile ?? '', 'utf8');
    for (const args of galaxyInstalls(c, text)) {
      ctx.say('Executing Ansible Galaxy');
      const code = await runOnHost([c.galaxyCommand, ...args], run);
      if (code !== 0) throw new ProvisionerError(`Error executing Ansible: Error executing Ansible Galaxy: Non-zero exit status: exit status ${code}`);
    }
  }

  private args(ctx: ProvisionerContext, inventory: string, privateKeyFile: string | undefined): string[] {
    const c = this.config;
    const args = ['-e', `packer_build_name=${JSON.stringify(ctx.buildName)}`, '-e', `packer_builder_type=${ctx.builderType}`];
    if (privateKeyFile) args.push('--ssh-extra-args', c.sshExtraArgs.length > 0 ? `'${c.sshExtraArgs.join("' '")}'` : "'-o IdentitiesOnly=yes'");
    if (!c.useSftp && !c.extraArguments.some((x) => x.startsWith('--scp-extra-args')) && scpNeedsLegacyFlag()) args.push('--scp-extra-args', "'-O'");
    args.push(...c.extraArguments);
    if (!checkArg('ansible_password', args) && privateKeyFile) args.push('-e', `ansible_ssh_private_key_file=${privateKeyFile}`);
    args.push('-i', inventory, c.playbookFile);
    return args;
  }
}

export const ansible: ProvisionerPlugin<typeof SCHEMA> = { schema: SCHEMA, decode };
