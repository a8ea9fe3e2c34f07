// Packer's `ansible-local` provisioner: uploads the playbook(s), roles, vars and inventory to a staging directory in
// the container and runs ansible-playbook there with `-c local`. Ansible must be installed in the image.
import { randomInt, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename, dirname, posix, resolve } from 'node:path';
import type { Block } from '../hcl/syntax/ast.js';
import { error, type Diagnostic } from '../hcl/diagnostics.js';
import { T } from '../hcl/value/value.js';
import type { BodySchema, Decoded, KeysWith } from '../config/schema.js';
import type { Communicator } from '../plugin/communicator.js';
import { treeDigest } from './ansible-digest.js';
import { checkPath, galaxyInstalls } from './ansible-args.js';
import { uploadPath } from './file-transfer.js';
import { shellQuote } from '../plugin/shell-quote.js';
import { LineSplitter, ProvisionerError, type Provisioner, type ProvisionerContext, type ProvisionerPlugin } from '../plugin/provisioner.js';
import { messageOf } from '../error-message.js';

export const DEFAULT_STAGING_DIR = '/tmp/packer-provisioner-ansible-local';
/** What Packer's docker builder gives Ansible as packer_http_addr: it serves no HTTP directory. */
const HTTP_ADDR_NOT_IMPLEMENTED = 'ERR_HTTP_ADDR_NOT_IMPLEMENTED_BY_BUILDER';

const SCHEMA = {
  attributes: {
    command: {
      type: T.string,
      default: 'ANSIBLE_FORCE_COLOR=1 PYTHONUNBUFFERED=1 ansible-playbook',
      description: 'Run with `/bin/sh -c` in the container.',
    },
    extra_arguments: { type: T.list(T.string), default: [], description: 'Joined with spaces onto the command line (a shell line: quote as needed).' },
    playbook_file: { type: T.string, description: 'The playbook to run (or playbook_files).' },
    playbook_files: { type: T.list(T.string), default: [], description: 'Playbooks run in order.' },
    playbook_dir: { type: T.string, description: 'A directory uploaded whole as the staging directory.' },
    playbook_paths: { type: T.list(T.string), default: [], description: 'Directories uploaded into `<staging>/playbooks/`.' },
    role_paths: { type: T.list(T.string), default: [], description: 'Role directories uploaded into `<staging>/roles/<name>`.' },
    collection_paths: { type: T.list(T.string), default: [], description: 'Collection directories uploaded into `<staging>/collections/<name>`.' },
    group_vars: { type: T.string, description: 'Directory uploaded as `<staging>/group_vars`.' },
    host_vars: { type: T.string, description: 'Directory uploaded as `<staging>/host_vars`.' },
    staging_directory: {
      doc: { default: '`/tmp/packer-provisioner-ansible-local/<uuid>`' },
      type: T.string,
      description: 'Where files go in the container.',
    },
    clean_staging_directory: { type: T.bool, default: false, description: "Remove the staging directory afterwards (Packer's default keeps it)." },
    inventory_file: { doc: { default: '`127.0.0.1`' }, type: T.string, description: 'Inventory uploaded and used.' },
    inventory_groups: { type: T.list(T.string), default: [], description: 'Groups of the generated inventory, each holding `127.0.0.1`.' },
    galaxy_file: { type: T.string, description: 'Requirements installed in the container before the playbooks.' },
    galaxy_command: { type: T.string, default: 'ansible-galaxy', description: 'The program that installs `galaxy_file`.' },
    galaxy_force_install: { type: T.bool, default: false, description: 'Adds `-f`.' },
    galaxy_roles_path: {
      doc: { default: '`<staging>/galaxy_roles`' },
      type: T.string,
      description: 'Where roles are installed.',
    },
    galaxy_collections_path: {
      doc: { default: '`<staging>/galaxy_collections`' },
      type: T.string,
      description: 'Where collections are installed.',
    },
  },
} satisfies BodySchema;

export interface AnsibleLocalConfig {
  command: string;
  extraArguments: string[];
  /** Absolute host paths. */
  playbookFile?: string;
  playbookFiles: string[];
  playbookDir?: string;
  playbookPaths: string[];
  rolePaths: string[];
  collectionPaths: string[];
  groupVars?: string;
  hostVars?: string;
  stagingDir: string;
  /** The staging directory was given (else it holds a fresh UUID, left out of the cache key). */
  stagingGiven: boolean;
  cleanStagingDir: boolean;
  inventoryFile?: string;
  inventoryGroups: string[];
  galaxyFile?: string;
  galaxyCommand: string;
  galaxyForceInstall: boolean;
  galaxyRolesPath: string;
  galaxyCollectionsPath: string;
}

function decode(d: Decoded<typeof SCHEMA>, block: Block, dir: string): { provisioner?: Provisioner; diagnostics: Diagnostic[] } {
  const diags: Diagnostic[] = [];
  const a = d.attrs;
  const path = (k: KeysWith<typeof a, string | null>): string | undefined => {
    const v = a[k];
    return v === null || v === '' ? undefined : resolve(dir, v);
  };
  const paths = (k: KeysWith<typeof a, string[]>): string[] => a[k].map((p) => resolve(dir, p));
  const playbookFile = path('playbook_file');
  const playbookFiles = paths('playbook_files');
  if (playbookFile && playbookFiles.length > 0)
    diags.push(error('Invalid ansible-local provisioner', 'Either playbook_file or playbook_files can be specified, not both', block.openBraceRange));
  if (!playbookFile && playbookFiles.length === 0)
    diags.push(error('Invalid ansible-local provisioner', 'Either playbook_file or playbook_files must be specified', block.openBraceRange));
  if (playbookFile) checkPath(playbookFile, 'playbook_file', 'file', d.ranges.playbook_file, diags);
  for (const p of playbookFiles) checkPath(p, 'playbook_files', 'file', d.ranges.playbook_files, diags);
  for (const k of ['inventory_file', 'galaxy_file'] as const) {
    const p = path(k);
    if (p) checkPath(p, k, 'file', d.ranges[k], diags);
  }
  for (const k of ['playbook_dir', 'group_vars', 'host_vars'] as const) {
    const p = path(k);
    if (p) checkPath(p, k, 'directory', d.ranges[k], diags);
  }
  for (const k of ['playbook_paths', 'role_paths', 'collection_paths'] as const) for (const p of paths(k)) checkPath(p, k, 'directory', d.ranges[k], diags);
  if (diags.length > 0) return { diagnostics: diags };
  const given = a.staging_directory;
  const stagingDir = given || posix.join(DEFAULT_STAGING_DIR, randomUUID());
  const config: AnsibleLocalConfig = {
    command: a.command,
    extraArguments: a.extra_arguments,
    playbookFile,
    playbookFiles,
    playbookDir: path('playbook_dir'),
    playbookPaths: paths('playbook_paths'),
    rolePaths: paths('role_paths'),
    collectionPaths: paths('collection_paths'),
    groupVars: path('group_vars'),
    hostVars: path('host_vars'),
    stagingDir,
    stagingGiven: Boolean(given),
    cleanStagingDir: a.clean_staging_directory === true,
    inventoryFile: path('inventory_file'),
    inventoryGroups: a.inventory_groups,
    galaxyFile: path('galaxy_file'),
    galaxyCommand: a.galaxy_command,
    galaxyForceInstall: a.galaxy_force_install === true,
    galaxyRolesPath: a.galaxy_roles_path || posix.join(stagingDir, 'galaxy_roles'),
    galaxyCollectionsPath: a.galaxy_collections_path || posix.join(stagingDir, 'galaxy_collections'),
  };
  return { provisioner: new AnsibleLocalProvisioner(config), diagnostics: diags };
}

async function run(ctx: ProvisionerContext, comm: Communicator, command: string): Promise<number> {
  const out = new LineSplitter(ctx.message);
  const err = new LineSplitter(ctx.message);
  const r = await comm.run(command, { onStdout: (b) => out.push(b), onStderr: (b) => err.push(b), signal: ctx.signal });
  out.flush();
  err.flush();
  return r.exitCode;
}

export class AnsibleLocalProvisioner implements Provisioner {
  constructor(readonly config: AnsibleLocalConfig) {}

  describe(): unknown {
    const c = this.config;
    const digest = (p: string | undefined) => (p ? { path: p, sha256: treeDigest(p) } : null);
    // The playbooks' own directories: vars files and templates they include are read from there.
    const playbookDirs = [...new Set([c.playbookFile, ...c.playbookFiles].filter((p): p is string => !!p).map((p) => dirname(p)))];
    return {
      type: 'ansible-local',
      command: c.command,
      extraArguments: c.extraArguments,
      playbookFile: digest(c.playbookFile),
      playbookFiles: c.playbookFiles.map(digest),
      playbookDirectories: playbookDirs.map(digest),
      playbookDir: digest(c.playbookDir),
      playbookPaths: c.playbookPaths.map(digest),
      rolePaths: c.rolePaths.map(digest),
      collectionPaths: c.collectionPaths.map(digest),
      groupVars: digest(c.groupVars),
      hostVars: digest(c.hostVars),
      inventoryFile: digest(c.inventoryFile),
      inventoryGroups: c.inventoryGroups,
      galaxy: c.galaxyFile
        ? { file: digest(c.galaxyFile), command: c.galaxyCommand, force: c.galaxyForceInstall, roles: c.galaxyRolesPath, collections: c.galaxyCollectionsPath }
        : null,
      stagingDirectory: c.stagingGiven ? c.stagingDir : null,
      cleanStagingDirectory: c.cleanStagingDir,
    };
  }

  async run(ctx: ProvisionerContext): Promise<void> {
    const c = this.config;
    const comm = ctx.comm;
    const staging = c.stagingDir;
    const mkdir = async (dir: string): Promise<void> => {
      ctx.say(`Creating directory: ${dir}`);
      if ((await run(ctx, comm, `mkdir -p ${shellQuote(dir)}`)) !== 0) throw new Error('Non-zero exit status. See output above for more information.');
    };
    const uploadDir = async (dst: string, src: string): Promise<void> => {
      await mkdir(dst);
      await uploadPath(comm, `${src}/`, dst);
    };
    const step = async (what: string, f: () => Promise<void>): Promise<void> => {
      try {
        await f();
      } catch (e: unknown) {
        throw new ProvisionerError(`${what}: ${messageOf(e)}`);
      }
    };
    ctx.say('Provisioning with Ansible...');
    if (c.playbookDir) {
      ctx.say('Uploading Playbook directory to Ansible staging directory...');
      await step('Error uploading playbook_dir directory', () => uploadDir(staging, c.playbookDir ?? ''));
    } else {
      ctx.say('Creating Ansible staging directory...');
      await step('Error creating staging directory', () => mkdir(staging));
    }
    const playbooks: string[] = [];
    if (c.playbookFile) {
      ctx.say('Uploading main Playbook file...');
      const dst = posix.join(staging, basename(c.playbookFile));
      await step('Error uploading main playbook', () => uploadPath(comm, c.playbookFile ?? '', dst).then(() => {}));
      playbooks.push(dst);
    }
    for (const file of c.playbookFiles) {
      if (c.playbookDir && file.startsWith(c.playbookDir)) {
        playbooks.push(posix.join(staging, file.slice(c.playbookDir.length)));
        continue;
      }
      ctx.say(`Uploading playbook file: ${file}`);
      const dst = posix.join(staging, file);
      await step(`Error uploading playbook file: ${file}`, async () => {
        await mkdir(posix.dirname(dst));
        await uploadPath(comm, file, dst);
      });
      playbooks.push(dst);
    }
    if (c.galaxyFile) {
      ctx.say('Uploading galaxy file...');
      await step('Error uploading galaxy file', () => uploadPath(comm, c.galaxyFile ?? '', posix.join(staging, basename(c.galaxyFile ?? ''))).then(() => {}));
    }
    ctx.say('Uploading inventory file...');
    let inventory: string;
    if (c.inventoryFile) {
      inventory = posix.join(staging, basename(c.inventoryFile));
      await step('Error uploading inventory file', () => uploadPath(comm, c.inventoryFile ?? '', inventory).then(() => {}));
    } else {
      inventory = posix.join(staging, `packer-provisioner-ansible-local${randomInt(1e9, 1e10)}`);
      const text = c.inventoryGroups.length > 0 ? c.inventoryGroups.map((g) => `[${g}]\n127.0.0.1\n`).join('') : '127.0.0.1';
      await step('Error uploading inventory file', () => comm.upload(inventory, text));
    }
    const dirs: [string | undefined, string, string][] = [
      [c.groupVars, 'Uploading group_vars directory...', 'group_vars'],
      [c.hostVars, 'Uploading host_vars directory...', 'host_vars'],
    ];
    for (const [src, say, name] of dirs) {
      if (!src) continue;
      ctx.say(say);
      await step(`Error uploading ${name} directory`, () => uploadDir(posix.join(staging, name), src));
    }
    if (c.rolePaths.length > 0) ctx.say('Uploading role directories...');
    for (const src of c.rolePaths) await step('Error uploading roles', () => uploadDir(posix.join(staging, 'roles', basename(src)), src));
    if (c.collectionPaths.length > 0) ctx.say('Uploading collection directories...');
    for (const src of c.collectionPaths) await step('Error uploading collections', () => uploadDir(posix.join(staging, 'collections', basename(src)), src));
    if (c.playbookPaths.length > 0) {
      ctx.say('Uploading additional Playbooks...');
      await step('Error creating playbooks directory', () => mkdir(posix.join(staging, 'playbooks')));
      for (const src of c.playbookPaths) await step('Error uploading playbooks', () => uploadDir(posix.join(staging, 'playbooks', basename(src)), src));
    }
    await this.execute(ctx, playbooks, inventory);
    if (c.cleanStagingDir) {
      ctx.say('Removing staging directory...');
      ctx.say(`Removing directory: ${staging}`);
      if ((await run(ctx, comm, `rm -rf ${shellQuote(staging)}`)) !== 0)
        throw new ProvisionerError('Error removing staging directory: Non-zero exit status. See output above for more information.');
    }
  }

  private async execute(ctx: ProvisionerContext, playbooks: string[], inventory: string): Promise<void> {
    const c = this.config;
    const requirements = c.galaxyFile ? readFileSync(c.galaxyFile, 'utf8') : '';
    if (c.galaxyFile) {
      const file = posix.join(c.stagingDir, basename(c.galaxyFile));
      const installs = galaxyInstalls({ galaxyFile: file, galaxyForceInstall: c.galaxyForceInstall, galaxyForceWithDeps: false }, requirements);
      for (const args of installs) {
        args.splice(args.indexOf('-r') + 2, 0, '-p', args[0] === 'collection' ? c.galaxyCollectionsPath : c.galaxyRolesPath);
        const command = `cd ${c.stagingDir} && ${c.galaxyCommand} ${args.join(' ')}`;
        ctx.say(`Executing Ansible Galaxy: ${command}`);
        const code = await run(ctx, ctx.comm, command);
        if (code !== 0) throw new ProvisionerError(`Error executing Ansible: Error executing Ansible Galaxy: Non-zero exit status: ${code}`);
      }
    }
    const collections = [
      ...(/^collections:/m.test(requirements) ? [c.galaxyCollectionsPath] : []),
      ...(c.collectionPaths.length > 0 ? [posix.join(c.stagingDir, 'collections')] : []),
    ];
    let envVars = '';
    if (collections.length > 0) envVars += ` ANSIBLE_COLLECTIONS_PATH=$ANSIBLE_COLLECTIONS_PATH:${collections.join(':')}`;
    if (/^roles:/m.test(requirements)) envVars += ` ANSIBLE_ROLES_PATH=$ANSIBLE_ROLES_PATH:${c.galaxyRolesPath}`;
    let extra = ` --extra-vars "packer_build_name=${ctx.buildName} packer_builder_type=${ctx.builderType} packer_http_addr=${HTTP_ADDR_NOT_IMPLEMENTED} -o IdentitiesOnly=yes" `;
    if (c.extraArguments.length > 0) extra += c.extraArguments.join(' ');
    for (const playbook of playbooks) {
      const command = `cd ${c.stagingDir} && ${envVars} ${c.command} ${playbook}${extra} -c local -i ${inventory}`;
      ctx.say(`Executing Ansible: ${command}`);
      const code = await run(ctx, ctx.comm, command);
      if (code === 127)
        throw new ProvisionerError(
          `Error executing Ansible: ${c.command} could not be found. Verify that it is available on the\nPATH after connecting to the machine.`,
        );
      if (code !== 0) throw new ProvisionerError(`Error executing Ansible: Non-zero exit status: ${code}`);
    }
  }
}

export const ansibleLocal: ProvisionerPlugin<typeof SCHEMA> = { schema: SCHEMA, decode };
