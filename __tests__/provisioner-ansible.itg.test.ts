// The ansible and ansible-local provisioners on the real engine with Debian's Ansible on the host: one playbook that
// installs a package, templates a file and fetches a file back, through the proxy adapter (scp, then sftp) and through
// Ansible's docker connection; ansible-local with a role; a failing task; cache hits and a role edit that reruns.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { driver, inImage, REGISTRY, RUN, Workspace } from '../__fixtures__/plugins/itg.js';

const ws = new Workspace();
const BASE_REPO = `repack-ansible-itg-${RUN}`;
const BASE = `${BASE_REPO}:base`;

/** A template on the Ansible-ready base image; `source` adds source attributes. */
function template(build: string, source = ''): string {
  return `source "docker" "b" {\n  image  = "${BASE}"\n  pull   = false\n  commit = true\n  ${source}\n}\nbuild {\n  name    = "${ws.name}"\n  sources = ["source.docker.b"]\n${build}\n}\n`;
}

const PLAYBOOK = {
  'playbook/site.yml': `- hosts: all
  gather_facts: false
  roles: [web]
`,
  'playbook/group_vars/all.yml': 'greeting: hello from group_vars\n',
  'playbook/roles/web/tasks/main.yml': `- name: install a package
  ansible.builtin.apt:
    name: tree
    state: present
  tags: [install]
- name: template a file
  ansible.builtin.template:
    src: motd.j2
    dest: /etc/motd-ansible
    mode: "0644"
- name: fetch a file back
  ansible.builtin.fetch:
    src: /etc/debian_version
    dest: "{{ fetch_dir }}/"
    flat: true
  when: fetch_dir is defined
`,
  'playbook/roles/web/templates/motd.j2': '{{ greeting }} / {{ packer_build_name }} / {{ packer_builder_type }}\n',
};

/** Entries of the temp directory the provisioner makes (keys, inventories). */
function tempLeftovers(): string[] {
  return readdirSync(tmpdir()).filter((n) => n.startsWith('repack-ansible-') || n.startsWith('packer-provisioner-ansible'));
}

beforeAll(async () => {
  const dir = ws.dir({
    't.pkr.hcl': `source "docker" "d" {\n  image  = "${REGISTRY}/debian:bookworm"\n  commit = true\n}\nbuild {\n  name    = "${ws.name}"\n  sources = ["source.docker.d"]\n  provisioner "shell" {\n    inline = ["apt-get update -qq", "DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends python3 python3-apt openssh-sftp-server ansible-core >/dev/null"]\n  }\n  post-processor "docker-tag" {\n    repository = "${BASE_REPO}"\n    tags       = ["base"]\n  }\n}\n`,
  });
  const r = await ws.build(dir, [], true);
  if (r.code !== 0) throw new Error(`base image build failed:\n${r.err}`);
  ws.track(BASE);
});

afterAll(() => ws.cleanup());

async function checkImage(image: string): Promise<void> {
  const r = await inImage(image, 'command -v tree && cat /etc/motd-ansible');
  expect(r.stdout).toBe(`/usr/bin/tree\nhello from group_vars / b / docker\n`);
}

/** Processes whose command line mentions `text` (an ssh ControlPersist master would name the key). */
function processesMentioning(text: string): string[] {
  const found: string[] = [];
  for (const pid of readdirSync('/proc').filter((n) => /^\d+$/.test(n))) {
    try {
      const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ');
      if (cmd.includes(text)) found.push(`${pid}: ${cmd}`);
    } catch {
      // gone meanwhile
    }
  }
  return found;
}

function portClosed(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = connect(port, '127.0.0.1');
    s.on('connect', () => {
      s.destroy();
      resolve(false);
    });
    s.on('error', () => resolve(true));
  });
}

test('through the proxy adapter with default options (scp): package, template, fetch; nothing left behind', async () => {
  const before = tempLeftovers();
  const fetched = ws.dir();
  const dir = ws.dir({
    ...PLAYBOOK,
    't.pkr.hcl': template(`
  provisioner "ansible" {
    playbook_file   = "playbook/site.yml"
    extra_arguments = ["--extra-vars", "fetch_dir=${fetched}"]
  }
`),
  });
  const r = await ws.build(dir);
  expect(r.err).toContain('Setting up proxy adapter for Ansible....');
  expect(r.err).toMatch(/Executing Ansible: ansible-playbook -e packer_build_name="b" -e packer_builder_type=docker .*--scp-extra-args '-O'/);
  expect(r.err).toContain('TASK [web : install a package]');
  expect(r.code).toBe(0);
  expect(readFileSync(join(fetched, 'debian_version'), 'utf8')).toMatch(/^12\./);
  await checkImage(r.builds[0]['image-id'] ?? '');
  const key = /ansible_ssh_private_key_file=(\S+)/.exec(r.err)?.[1] ?? '';
  const inventory = / -i (\S+) /.exec(r.err)?.[1] ?? '';
  expect(key).not.toBe('');
  expect(existsSync(key)).toBe(false);
  expect(existsSync(inventory)).toBe(false);
  expect(tempLeftovers()).toEqual(before);
  expect(processesMentioning(key)).toEqual([]);
  expect(await ws.leftContainers()).toEqual([]);
});

test('use_sftp = true moves files with sftp_command in the container; the adapter port is closed afterwards', async () => {
  const port = 20000 + Math.floor(Math.random() * 20000);
  const fetched = ws.dir();
  const dir = ws.dir({
    ...PLAYBOOK,
    't.pkr.hcl': template(`
  provisioner "ansible" {
    playbook_file    = "playbook/site.yml"
    use_sftp         = true
    local_port       = ${port}
    ansible_env_vars = ["ANSIBLE_SSH_TRANSFER_METHOD=sftp"]
    extra_arguments  = ["--extra-vars", "fetch_dir=${fetched}"]
  }
`),
  });
  const r = await ws.build(dir);
  expect(r.err).not.toContain('--scp-extra-args');
  expect(r.code).toBe(0);
  expect(readFileSync(join(fetched, 'debian_version'), 'utf8')).toMatch(/^12\./);
  await checkImage(r.builds[0]['image-id'] ?? '');
  const used = Number(/ansible_port=(\d+)/.exec(r.err)?.[1] ?? port);
  expect(await portClosed(used)).toBe(true);
});

test('the ansible_connection=docker pattern with the container named through run_command', async () => {
  const name = `repack-ansible-itg-${RUN}-named`;
  const fetched = ws.dir();
  const dir = ws.dir({
    ...PLAYBOOK,
    't.pkr.hcl': template(
      `
  provisioner "ansible" {
    playbook_file   = "playbook/site.yml"
    extra_arguments = ["--extra-vars", "ansible_host=${name} ansible_connection=docker fetch_dir=${fetched}"]
  }
`,
      `run_command = ["-d", "-i", "-t", "--name", "${name}", "--entrypoint=/bin/sh", "--", "{{.Image}}"]`,
    ),
  });
  const r = await ws.build(dir);
  expect(r.code).toBe(0);
  expect(readFileSync(join(fetched, 'debian_version'), 'utf8')).toMatch(/^12\./);
  await checkImage(r.builds[0]['image-id'] ?? '');
});

test('a failing task fails the build with Ansible output shown, secrets masked, and removes the container', async () => {
  const dir = ws.dir({
    'fail.yml': '- hosts: all\n  gather_facts: false\n  tasks:\n    - ansible.builtin.fail:\n        msg: "the task broke on purpose {{ token }}"\n',
    't.pkr.hcl':
      'variable "token" {\n  type      = string\n  default   = "s3cr3t-t0ken"\n  sensitive = true\n}\n' +
      template(`
  provisioner "ansible" {
    playbook_file   = "fail.yml"
    extra_arguments = ["--extra-vars", "token=\${var.token}"]
  }
`),
  });
  const r = await ws.build(dir);
  expect(r.code).toBe(1);
  expect(r.err).toContain('the task broke on purpose <sensitive>');
  expect(r.err).not.toContain('s3cr3t-t0ken');
  expect(r.err).toContain('Error executing Ansible: Non-zero exit status: exit status 2');
  expect(await ws.leftContainers()).toEqual([]);
  const kept = await ws.build(dir, ['-on-error=abort']);
  expect(kept.code).toBe(1);
  const left = await ws.leftContainers();
  expect(left).toHaveLength(1);
  await driver.removeContainer(left[0]);
});

test('ansible-local runs in the container with a role directory and removes its staging directory', async () => {
  const dir = ws.dir({
    ...PLAYBOOK,
    'local.yml': '- hosts: all\n  gather_facts: false\n  vars:\n    greeting: hello from local\n  roles: [web]\n',
    't.pkr.hcl': template(`
  provisioner "ansible-local" {
    playbook_file           = "local.yml"
    role_paths              = ["playbook/roles/web"]
    staging_directory       = "/tmp/ansible-staging"
    clean_staging_directory = true
  }
`),
  });
  const r = await ws.build(dir);
  expect(r.err).toContain('Uploading role directories...');
  expect(r.code).toBe(0);
  const out = await inImage(r.builds[0]['image-id'] ?? '', 'cat /etc/motd-ansible; test -e /tmp/ansible-staging && echo staging-left || echo staging-gone');
  expect(out.stdout).toBe('hello from local / b / docker\nstaging-gone\n');
});

test('an unchanged build is CACHED; editing a role file reruns the step', async () => {
  const dir = ws.dir({
    ...PLAYBOOK,
    't.pkr.hcl': template(`
  provisioner "ansible" {
    playbook_file   = "playbook/site.yml"
    extra_arguments = ["--skip-tags", "install"]
  }
`),
  });
  const first = await ws.build(dir, [], true);
  expect(first.code).toBe(0);
  const again = await ws.build(dir, [], true);
  expect(again.code).toBe(0);
  expect(again.err).toContain('CACHED provisioner ansible');
  expect(again.builds[0]['image-id']).toBe(first.builds[0]['image-id']);
  writeFileSync(join(dir, 'playbook/roles/web/templates/motd.j2'), 'changed {{ greeting }}\n');
  const edited = await ws.build(dir, [], true);
  expect(edited.code).toBe(0);
  expect(edited.err).toContain('RUN provisioner ansible');
  expect((await inImage(edited.builds[0]['image-id'] ?? '', 'cat /etc/motd-ansible')).stdout).toBe('changed hello from group_vars\n');
});
