// The ansible and ansible-local provisioners without an engine: Packer's option checks, the generated inventory, the
// command line's masking and galaxy installs, what the cache key follows, and a missing ansible-playbook.
import { chmodSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from '@jest/globals';
import { container, plan, template, TempDirs, where } from '../__fixtures__/plugins/harness.js';
import type { Provisioner } from '../src/plugin/provisioner.js';
import { inventoryText } from '../src/provisioners/ansible.js';
import { checkArg, galaxyInstalls, sanitize } from '../src/provisioners/ansible-args.js';
import { parseRunCommand } from '../src/builders/docker/run-command.js';
import { createRequest } from '../src/docker/create-options.js';
import { prepare } from '../src/pipeline/prepare.js';

const temps = new TempDirs();
afterEach(() => temps.cleanup());

const FILES = { 'pb/site.yml': '- hosts: all\n', 'pb/roles/r/tasks/main.yml': '- debug: msg=hi\n', 'inv.ini': 'x\n' };

function planned(type: string, body: string, files: Record<string, string> = FILES) {
  const dir = temps.make({ ...files, 't.pkr.hcl': template(`  provisioner "${type}" {\n${body}\n  }`) });
  return { dir, ...plan(dir) };
}

function provisioner(type: string, body: string, files: Record<string, string> = FILES): { p: Provisioner; dir: string } {
  const r = planned(type, body, files);
  expect(where(r.diagnostics)).toEqual([]);
  return { p: r.builds[0].provisioners[0].provisioner, dir: r.dir };
}

describe('decoding', () => {
  it.each([
    ['ansible', '', ['t.pkr.hcl:7:25 Missing required argument']],
    ['ansible', 'playbook_file = "nope.yml"', ['t.pkr.hcl:8:17 Invalid playbook_file']],
    ['ansible', 'playbook_file = "pb"', ['t.pkr.hcl:8:17 Invalid playbook_file']],
    ['ansible', 'playbook_file = "pb/site.yml"\n ansible_proxy_key_type = "DSA"', ['t.pkr.hcl:9:27 Invalid ansible_proxy_key_type']],
    ['ansible', 'playbook_file = "pb/site.yml"\n local_port = 70000', ['t.pkr.hcl:9:15 Invalid local_port']],
    ['ansible', 'playbook_file = "pb/site.yml"\n inventory_directory = "inv.ini"', ['t.pkr.hcl:9:24 Invalid inventory_directory']],
    ['ansible', 'playbook_file = "pb/site.yml"\n ansible_env_vars = ["NOVALUE"]', ['t.pkr.hcl:9:21 Invalid ansible_env_vars entry']],
    ['ansible-local', '', ['t.pkr.hcl:7:31 Invalid ansible-local provisioner']],
    ['ansible-local', 'playbook_file = "pb/site.yml"\n playbook_files = ["pb/site.yml"]', ['t.pkr.hcl:7:31 Invalid ansible-local provisioner']],
    ['ansible-local', 'playbook_file = "pb/site.yml"\n role_paths = ["inv.ini"]', ['t.pkr.hcl:9:15 Invalid role_paths']],
  ])('%s %j', (type, body, expected) => {
    expect(where(planned(type, body).diagnostics)).toEqual(expected);
  });
});

describe('the generated inventory', () => {
  it('is Packer’s host line, each group with the host, then the empty groups', () => {
    const c = { hostAlias: 'default', user: 'me', groups: ['web', 'db'], emptyGroups: ['none'], inventoryFileTemplate: undefined };
    expect(inventoryText(c, 2222)).toBe(
      'default ansible_host=127.0.0.1 ansible_user=me ansible_port=2222\n[web]\ndefault ansible_host=127.0.0.1 ansible_user=me ansible_port=2222\n' +
        '[db]\ndefault ansible_host=127.0.0.1 ansible_user=me ansible_port=2222\n[none]\n',
    );
    expect(inventoryText({ ...c, groups: [], emptyGroups: [], inventoryFileTemplate: '{{ .HostAlias }} port={{.Port}} x={{ .Nope }}\n' }, 5)).toBe(
      'default port=5 x=<no value>\n',
    );
  });
});

describe('command lines', () => {
  it('masks the values of password and secret keys, inside --extra-vars strings too', () => {
    const args = ['--extra-vars', 'user=x db_password=hunter2', 'API_SECRET=s3cr3t'];
    expect(sanitize(`ansible-playbook ${args.join(' ')}`, args)).toBe('ansible-playbook --extra-vars user=x db_password=***** API_SECRET=*****');
  });

  it('finds arguments as Packer’s checkArg does', () => {
    expect(checkArg('ansible_password', ['-e', 'ansible_password=x'])).toBe(true);
    expect(checkArg('ansible_password', ['-e', 'my_ansible_password=x'])).toBe(false);
  });

  it('installs roles for v1 files and `roles:`, collections for `collections:`', () => {
    const c = { galaxyFile: 'req.yml', galaxyForceInstall: true, galaxyForceWithDeps: false, rolesPath: '/r', collectionsPath: '/c' };
    expect(galaxyInstalls(c, '- src: x\n')).toEqual([['install', '-r', 'req.yml', '-f', '-p', '/r']]);
    expect(galaxyInstalls(c, 'roles:\n  - x\ncollections:\n  - y\n')).toEqual([
      ['install', '-r', 'req.yml', '-f', '-p', '/r'],
      ['collection', 'install', '-r', 'req.yml', '-f', '-p', '/c'],
    ]);
    expect(galaxyInstalls(c, 'collections:\n  - y\n')).toEqual([['collection', 'install', '-r', 'req.yml', '-f', '-p', '/c']]);
  });
});

describe('the cache key', () => {
  it.each(['ansible', 'ansible-local'])('%s follows every file next to the playbook, not .git', (type) => {
    const { p, dir } = provisioner(type, 'playbook_file = "pb/site.yml"\n skip_version_check = true'.replace(type === 'ansible' ? '' : /\n skip.*/, ''));
    const before = JSON.stringify(p.describe());
    mkdirSync(join(dir, 'pb/.git'));
    writeFileSync(join(dir, 'pb/.git/HEAD'), 'x');
    expect(JSON.stringify(p.describe())).toBe(before);
    writeFileSync(join(dir, 'pb/roles/r/tasks/main.yml'), '- debug: msg=changed\n');
    expect(JSON.stringify(p.describe())).not.toBe(before);
  });

  it('follows @file extra vars, ansible.cfg and paths named by ANSIBLE_* variables', () => {
    const files = { ...FILES, 'vars.yml': 'a: 1\n', 'ansible.cfg': '[defaults]\n', 'shared/roles/x/tasks/main.yml': '- debug: msg=1\n' };
    const { p, dir } = provisioner(
      'ansible',
      'playbook_file = "pb/site.yml"\n skip_version_check = true\n extra_arguments = ["-e", "@vars.yml"]\n ansible_env_vars = ["ANSIBLE_ROLES_PATH=shared/roles"]',
      files,
    );
    for (const [file, text] of [
      ['vars.yml', 'a: 2\n'],
      ['ansible.cfg', '[defaults]\nforks = 2\n'],
      ['shared/roles/x/tasks/main.yml', '- debug: msg=2\n'],
    ]) {
      const before = JSON.stringify(p.describe());
      writeFileSync(join(dir, file), text);
      expect(JSON.stringify(p.describe())).not.toBe(before);
    }
  });

  it('leaves out a generated staging directory (it would never hit) but keeps a given one', () => {
    const a = provisioner('ansible-local', 'playbook_file = "pb/site.yml"').p.describe() as { stagingDirectory: string | null };
    expect(a.stagingDirectory).toBeNull();
    const b = provisioner('ansible-local', 'playbook_file = "pb/site.yml"\n staging_directory = "/s"').p.describe() as { stagingDirectory: string | null };
    expect(b.stagingDirectory).toBe('/s');
  });
});

const FAKE_ANSIBLE = `#!/bin/sh
echo "env=$PACKER_BUILD_NAME/$PACKER_BUILDER_TYPE/$ANSIBLE_HOST_KEY_CHECKING/$ANSIBLE_SCP_IF_SSH/$MY"
prev=""
for a in "$@"; do echo "arg=$a"; [ "$prev" = "-i" ] && sed 's/^/inv=/' "$a"; prev="$a"; done
exit \${FAKE_EXIT:-0}
`;

describe('running', () => {
  it('runs the command with Packer’s arguments, environment and inventory, then removes key and inventory', async () => {
    const files = { ...FILES, 'fake.sh': FAKE_ANSIBLE };
    const { p, dir } = provisioner(
      'ansible',
      'playbook_file = "pb/site.yml"\n command = "./fake.sh"\n skip_version_check = true\n user = "u"\n groups = ["g"]\n' +
        ' ansible_env_vars = ["MY=1", "ANSIBLE_SCP_IF_SSH=no"]\n extra_arguments = ["--scp-extra-args", "-O", "-e", "x=1"]',
      files,
    );
    chmodSync(join(dir, 'fake.sh'), 0o755);
    const c = await container();
    await p.run(c.ctx);
    const out = c.lines.map((l) => l.replace(/^ {4}/, ''));
    expect(out).toContain('env=a/docker/False/True/1');
    const args = out.filter((l) => l.startsWith('arg=')).map((l) => l.slice(4));
    const key = args.find((a) => a.startsWith('ansible_ssh_private_key_file='))?.split('=')[1] ?? '';
    const inventory = args[args.length - 2];
    const port = /ansible_port=(\d+)/.exec(out.join('\n'))?.[1];
    expect(args).toEqual([
      '-e',
      'packer_build_name="a"',
      '-e',
      'packer_builder_type=docker',
      '--ssh-extra-args',
      "'-o IdentitiesOnly=yes'",
      '--scp-extra-args',
      '-O',
      '-e',
      'x=1',
      '-e',
      `ansible_ssh_private_key_file=${key}`,
      '-i',
      inventory,
      join(dir, 'pb/site.yml'),
    ]);
    expect(out.filter((l) => l.startsWith('inv='))).toEqual([
      `inv=default ansible_host=127.0.0.1 ansible_user=u ansible_port=${port}`,
      'inv=[g]',
      `inv=default ansible_host=127.0.0.1 ansible_user=u ansible_port=${port}`,
    ]);
    expect(existsSync(key)).toBe(false);
    expect(existsSync(inventory)).toBe(false);
  });

  it('fails with Packer’s message on a non-zero exit', async () => {
    const { p, dir } = provisioner(
      'ansible',
      'playbook_file = "pb/site.yml"\n command = "./fake.sh"\n skip_version_check = true\n ansible_env_vars = ["FAKE_EXIT=4"]',
      {
        ...FILES,
        'fake.sh': FAKE_ANSIBLE,
      },
    );
    chmodSync(join(dir, 'fake.sh'), 0o755);
    const c = await container();
    await expect(p.run(c.ctx)).rejects.toThrow('Error executing Ansible: Non-zero exit status: exit status 4');
  });

  it('names the package when ansible-playbook is missing', async () => {
    const { p } = provisioner('ansible', 'playbook_file = "pb/site.yml"\n command = "repack-no-such-ansible-playbook"');
    const c = await container();
    await expect(p.run(c.ctx)).rejects.toThrow(
      /Error running "repack-no-such-ansible-playbook --version": repack-no-such-ansible-playbook was not found on PATH\. .*apt-get install ansible/,
    );
  });

  it('ansible-local uploads to the staging directory and runs the command there with -c local', async () => {
    const { p } = provisioner('ansible-local', 'playbook_file = "pb/site.yml"\n role_paths = ["pb/roles/r"]\n staging_directory = "/st"');
    const c = await container();
    await p.run(c.ctx);
    const files = [...(c.driver.containers.get(c.id)?.files.keys() ?? [])];
    expect(files).toEqual(expect.arrayContaining(['/st/site.yml', '/st/roles/r/tasks/main.yml']));
    const command = c.lines.find((l) => l.includes('Executing Ansible:')) ?? '';
    expect(command).toMatch(
      /cd \/st && {2}ANSIBLE_FORCE_COLOR=1 PYTHONUNBUFFERED=1 ansible-playbook \/st\/site\.yml --extra-vars "packer_build_name=a packer_builder_type=docker packer_http_addr=ERR_HTTP_ADDR_NOT_IMPLEMENTED_BY_BUILDER -o IdentitiesOnly=yes" {2}-c local -i \/st\/packer-provisioner-ansible-local\d+$/,
    );
  });
});

describe('run_command --name (the docker connection pattern)', () => {
  it.each([[['--name', 'box']], [['--name=box']]])('%j names the container in the create request', (flag) => {
    const { spec, error } = parseRunCommand(['-d', ...flag, '--', '{{.Image}}'], 'img');
    expect(error).toBeUndefined();
    expect(createRequest(spec).query).toEqual({ name: 'box' });
  });
});

describe('sensitive values in extra_arguments', () => {
  it('a sensitive default inside a list registers the secret itself, not the string made from it nor its neighbours', () => {
    const dir = temps.make({
      ...FILES,
      't.pkr.hcl':
        'variable "token" {\n  type      = string\n  default   = "s3cr3t"\n  sensitive = true\n}\n' +
        template('  provisioner "ansible" {\n    playbook_file   = "pb/site.yml"\n    extra_arguments = ["--extra-vars", "token=${var.token}"]\n  }'),
    });
    const seen: string[] = [];
    const p = prepare({ template: dir, cwd: dir, env: {}, onSensitive: (s) => seen.push(s) });
    expect(where(p.diagnostics)).toEqual([]);
    expect(seen).toContain('s3cr3t');
    expect(seen).not.toContain('token=s3cr3t');
    expect(seen).not.toContain('--extra-vars');
  });
});
