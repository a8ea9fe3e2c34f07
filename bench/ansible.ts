// What a task costs through the ansible provisioner's proxy adapter against Ansible's docker connection, on the same
// playbook: builds with 0 and with N trivial tasks in each form, alternating; per task = (time N - time 0) / N.
// Usage: node --import ./__fixtures__/reliability/ts-register.mjs bench/ansible.ts [REPS] [TASKS]
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../src/cli/main.js';
import { connectDocker } from '../src/docker/connect.js';

const [reps = 3, tasks = 20] = process.argv.slice(2).map(Number);
const run = Date.now().toString(36);
const base = `repack-bench-ansible-${run}:base`;
const dir = mkdtempSync(join(tmpdir(), 'repack-bench-ansible-'));

async function build(template: string, cached = false): Promise<number> {
  writeFileSync(join(dir, 't.pkr.hcl'), template);
  let err = '';
  const started = performance.now();
  const code = await main(['build', ...(cached ? [] : ['-no-cache']), '.'], {
    out: () => {},
    err: (s) => (err += s),
    isTTY: false,
    env: { ...process.env },
    cwd: dir,
  });
  const ms = performance.now() - started;
  if (code !== 0) throw new Error(`build failed:\n${err}`);
  return ms;
}

function playbook(n: number): string {
  const list = Array.from({ length: n }, (_, i) => `    - ansible.builtin.command: "true"\n      changed_when: false # ${i}\n`).join('');
  return `- hosts: all\n  gather_facts: false\n  tasks:\n${n > 0 ? list : '    []\n'}`;
}

function template(form: 'proxy' | 'docker', n: number): string {
  writeFileSync(join(dir, `p${n}.yml`), playbook(n));
  const name = `repack-bench-ansible-${run}`;
  const runCommand = form === 'docker' ? `run_command = ["-d", "-i", "-t", "--name", "${name}", "--entrypoint=/bin/sh", "--", "{{.Image}}"]` : '';
  const extra = form === 'docker' ? `extra_arguments = ["--extra-vars", "ansible_host=${name} ansible_connection=docker"]` : '';
  return `source "docker" "b" {\n  image = "${base}"\n  pull = false\n  discard = true\n  ${runCommand}\n}\nbuild {\n  sources = ["source.docker.b"]\n  provisioner "ansible" {\n    playbook_file = "p${n}.yml"\n    ${extra}\n  }\n}\n`;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

try {
  await build(
    `source "docker" "d" {\n  image = "127.0.0.1:5000/debian:bookworm"\n  commit = true\n}\nbuild {\n  sources = ["source.docker.d"]\n  provisioner "shell" {\n    inline = ["apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends python3 >/dev/null"]\n  }\n  post-processor "docker-tag" {\n    repository = "${base.split(':')[0]}"\n    tags = ["base"]\n  }\n}\n`,
    true,
  );
  const times: Record<string, number[]> = {};
  for (let i = 0; i < reps; i++) {
    for (const form of ['proxy', 'docker'] as const) {
      for (const n of [0, tasks]) (times[`${form} ${n}`] ??= []).push(await build(template(form, n)));
    }
  }
  console.log(`| form | build, 0 tasks (ms) | build, ${tasks} tasks (ms) | per task (ms) |`);
  console.log('|---|---|---|---|');
  for (const form of ['proxy', 'docker']) {
    const zero = median(times[`${form} 0`]);
    const many = median(times[`${form} ${tasks}`]);
    console.log(`| ${form} | ${zero.toFixed(0)} | ${many.toFixed(0)} | ${((many - zero) / tasks).toFixed(0)} |`);
  }
  console.log(`\nruns: ${JSON.stringify(times)}`);
} finally {
  await connectDocker()
    .removeImage(base, { force: true })
    .catch(() => undefined);
  rmSync(dir, { recursive: true, force: true });
}
