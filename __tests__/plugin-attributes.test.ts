// Every attribute that Packer's generated specs (*.hcl2spec.go) list for the docker builder, the docker
// post-processors and the built-in provisioners is either implemented or reported as "X is not supported by repack"
// with what to do — never HCL's "An argument named X is not expected here", which would call a valid template wrong.
import { afterEach, describe, expect, it } from '@jest/globals';
import { BASE, TempDirs } from '../__fixtures__/plugins/harness.js';
import { prepare } from '../src/pipeline/prepare.js';
import type { Diagnostic } from '../src/hcl/diagnostics.js';

const temps = new TempDirs();
afterEach(() => temps.cleanup());

// From packer-plugin-docker (builder/docker/config.hcl2spec.go, post-processor/docker-*/post-processor.hcl2spec.go),
// Packer 1.16.0 (provisioner/{shell,file,breakpoint}/provisioner.hcl2spec.go,
// post-processor/{manifest,checksum,compress,artifice}/post-processor.hcl2spec.go) and packer-plugin-sdk 0.6.10
// (shell-local/config.hcl2spec.go, used by both shell-local plugins): name and cty type (s string, n number, b bool,
// ls list(string), ln list(number), ms map(string)).
const PACKER_INTERNAL =
  'packer_build_name:s packer_builder_type:s packer_core_version:s packer_debug:b packer_force:b packer_on_error:s packer_user_variables:ms packer_sensitive_variables:ls';
const SPECS: Record<string, string> = {
  docker: `communicator:s pause_before_connecting:s ssh_host:s ssh_port:n ssh_username:s ssh_password:s
    ssh_keypair_name:s temporary_key_pair_name:s temporary_key_pair_type:s temporary_key_pair_bits:n
    ssh_ciphers:ls ssh_clear_authorized_keys:b ssh_key_exchange_algorithms:ls ssh_private_key_file:s
    ssh_certificate_file:s ssh_pty:b ssh_timeout:s ssh_wait_timeout:s ssh_agent_auth:b
    ssh_disable_agent_forwarding:b ssh_handshake_attempts:n ssh_bastion_host:s ssh_bastion_port:n
    ssh_bastion_agent_auth:b ssh_bastion_username:s ssh_bastion_password:s ssh_bastion_interactive:b
    ssh_bastion_private_key_file:s ssh_bastion_certificate_file:s ssh_file_transfer_method:s ssh_proxy_host:s
    ssh_proxy_port:n ssh_proxy_username:s ssh_proxy_password:s ssh_keep_alive_interval:s
    ssh_read_write_timeout:s ssh_remote_tunnels:ls ssh_local_tunnels:ls ssh_public_key:ln ssh_private_key:ln
    winrm_username:s winrm_password:s winrm_host:s winrm_no_proxy:b winrm_port:n winrm_timeout:s
    winrm_use_ssl:b winrm_insecure:b winrm_use_ntlm:b author:s changes:ls commit:b
    container_dir:s device:ls discard:b cap_add:ls cap_drop:ls docker_path:s exec_user:s export_path:s
    image:s message:s privileged:b pty:b runtime:s pull:b run_command:ls tmpfs:ls volumes:ms
    fix_upload_owner:b windows_container:b platform:s login:b login_password:s login_server:s
    login_username:s ecr_login:b aws_access_key:s aws_secret_key:s aws_token:s aws_profile:s
    aws_force_use_public_ecr:b`,
  'docker-tag': 'docker_path:s repository:s tag:ls tags:ls force:b',
  'docker-push': `docker_path:s login:b login_username:s login_password:s login_server:s ecr_login:b platform:s
    aws_access_key:s aws_secret_key:s aws_token:s aws_profile:s aws_force_use_public_ecr:b`,
  'docker-save': 'docker_path:s path:s',
  'docker-import': 'docker_path:s repository:s tag:s changes:ls platform:s',
  shell: `inline:ls script:s scripts:ls valid_exit_codes:ln environment_vars:ls env:ms env_var_format:s binary:b
    remote_path:s execute_command:s inline_shebang:s pause_after:s use_env_var_file:b remote_folder:s
    remote_file:s start_retry_timeout:s skip_clean:b expect_disconnect:b`,
  file: 'content:s source:s sources:ls destination:s direction:s generated:b',
  breakpoint: 'note:s disable:b',
  manifest: 'output:s strip_path:b strip_time:b custom_data:ms',
  checksum: 'checksum_types:ls output:s',
  compress: 'output:s format:s compression_level:n archive:s algorithm:s',
  artifice: 'files:ls keep_input_artifact:b',
  'shell-local': `inline:ls script:s scripts:ls valid_exit_codes:ln environment_vars:ls env:ms env_var_format:s command:s
    execute_command:ls inline_shebang:s only_on:ls tempfile_extension:s use_linux_pathing:b`,
};
// The docker builder's spec also has the nested block "build" (a Dockerfile), covered by the bootstrap tests.

const VALUES: Record<string, string> = { s: '"x"', n: '1', b: 'true', ls: '["x"]', ln: '[1]', ms: '{ x = "y" }' };

/** A template whose block of `kind` (builder, provisioner, post-processor) sets `name`, with what it needs besides. */
function template(kind: 'source' | 'provisioner' | 'post-processor' | 'local', type: string, line: string): string {
  const source = kind === 'source' ? line : '';
  const base = `source "docker" "a" {\n  image = "${BASE}"\n  commit = true\n${source}\n}\n`;
  if (kind === 'source') return `${base}build {\n  sources = ["source.docker.a"]\n}\n`;
  const needs: Record<string, string> = {
    shell: 'inline = ["true"]',
    'shell-local': 'inline = ["true"]',
    file: 'content = "x"\n    destination = "/tmp/x"',
    'docker-tag': 'repository = "repack-attr/x"',
    'docker-import': 'repository = "repack-attr/x"',
    'docker-save': 'path = "x.tar"',
    compress: 'output = "x.tar.gz"',
    artifice: 'files = ["x"]',
  };
  return `${base}build {\n  sources = ["source.docker.a"]\n  ${kind} "${type}" {\n    ${needs[type] ?? ''}\n    ${line}\n  }\n}\n`;
}

const POST_PROCESSORS = ['manifest', 'checksum', 'compress', 'artifice'];

function kindOf(plugin: string): 'source' | 'provisioner' | 'post-processor' {
  if (plugin === 'docker') return 'source';
  return plugin.startsWith('docker-') || POST_PROCESSORS.includes(plugin) ? 'post-processor' : 'provisioner';
}

function diagnosticsFor(plugin: string, name: string, type: string, kind = kindOf(plugin)): Diagnostic[] {
  const dir = temps.make({ 't.pkr.hcl': template(kind, plugin, `${name} = ${VALUES[type]}`) });
  return prepare({ template: dir, cwd: dir, env: {} }).diagnostics;
}

const cases = Object.entries(SPECS).flatMap(([plugin, spec]) =>
  `${spec} ${PACKER_INTERNAL}`
    .trim()
    .split(/\s+/)
    .map((entry) => [plugin, ...entry.split(':')] as [string, string, string]),
);
const shellLocalPostProcessor = [...SPECS['shell-local'].trim().split(/\s+/), ...PACKER_INTERNAL.split(' ')].map(
  (entry) => ['shell-local', ...entry.split(':')] as [string, string, string],
);

function expectKnown(diags: Diagnostic[], name: string): void {
  const about = diags.filter((d) => d.summary === 'Unsupported argument' || d.summary === 'Extraneous JSON object property');
  expect(about.map((d) => d.detail)).toEqual([]);
  const notSupported = diags.find((d) => d.summary === `${name} is not supported by repack`);
  if (notSupported) expect(notSupported.detail?.length).toBeGreaterThan(40);
}

describe("Packer's plugin attributes", () => {
  it.each(cases)('%s: %s', (plugin, name, type) => {
    expectKnown(diagnosticsFor(plugin, name, type), name);
  });

  it.each(shellLocalPostProcessor)('post-processor %s: %s', (plugin, name, type) => {
    expectKnown(diagnosticsFor(plugin, name, type, 'post-processor'), name);
  });

  it.each([
    ['docker', 'ssh_username', 's', 'warning'],
    ['docker', 'winrm_password', 's', 'warning'],
    ['docker', 'aws_profile', 's', 'warning'],
    ['docker', 'pause_before_connecting', 's', 'warning'],
    ['docker', 'packer_build_name', 's', 'warning'],
    ['docker-push', 'platform', 's', 'warning'],
    ['docker-tag', 'docker_path', 's', 'warning'],
    ['shell', 'packer_debug', 'b', 'warning'],
    ['shell-local', 'use_linux_pathing', 'b', 'warning'],
    ['compress', 'algorithm', 's', 'warning'],
  ])('%s: %s is reported as not supported, saying what to do', (plugin, name, type, severity) => {
    const diags = diagnosticsFor(plugin, name, type);
    expect(diags.map((d) => `${d.severity} ${d.summary}`)).toEqual([`${severity} ${name} is not supported by repack`]);
    expect(diags[0].range?.start.line).toBeGreaterThan(1);
  });

  it.each([
    ['communicator = "ssh"', 'error communicator is not supported by repack'],
    ['communicator = "docker"', undefined],
    ['pty = true', 'warning pty is not supported by repack'],
    ['pty = false', undefined],
  ])('docker %s', (line, expected) => {
    const dir = temps.make({ 't.pkr.hcl': template('source', 'docker', line) });
    const diags = prepare({ template: dir, cwd: dir, env: {} }).diagnostics;
    expect(diags.map((d) => `${d.severity} ${d.summary}`)).toEqual(expected ? [expected] : []);
  });

  it('docker-push refuses ecr_login = true and says what to do', () => {
    const dir = temps.make({ 't.pkr.hcl': template('post-processor', 'docker-push', 'ecr_login = true') });
    const diags = prepare({ template: dir, cwd: dir, env: {} }).diagnostics;
    expect(diags.map((d) => `${d.severity} ${d.summary}`)).toEqual(['error Unsupported option']);
    expect(diags[0].detail).toContain('docker-credential-ecr-login');
  });

  it('reads not-supported attributes of JSON templates too', () => {
    const json = {
      source: { docker: { a: { image: BASE, commit: true, ssh_username: 'root' } } },
      build: { sources: ['source.docker.a'] },
    };
    const dir = temps.make({ 't.pkr.json': JSON.stringify(json, null, 2) });
    const diags = prepare({ template: dir, cwd: dir, env: {} }).diagnostics;
    expect(diags.map((d) => `${d.severity} ${d.summary}`)).toEqual(['warning ssh_username is not supported by repack']);
  });
});
