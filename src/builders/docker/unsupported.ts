// The docker builder's options that repack does not implement: Packer's SSH and WinRM communicator settings (the
// docker communicator ignores them in Packer too), ECR login's AWS settings and the connect pause.
import { each, ECR_AWS, ignored, PACKER_INTERNAL } from '../../config/unsupported.js';
import type { UnsupportedAttribute } from '../../config/schema.js';

const SSH = [
  'ssh_host', 'ssh_port', 'ssh_username', 'ssh_password', 'ssh_keypair_name', 'temporary_key_pair_name',
  'temporary_key_pair_type', 'temporary_key_pair_bits', 'ssh_ciphers', 'ssh_clear_authorized_keys',
  'ssh_key_exchange_algorithms', 'ssh_private_key_file', 'ssh_certificate_file', 'ssh_pty', 'ssh_timeout',
  'ssh_wait_timeout', 'ssh_agent_auth', 'ssh_disable_agent_forwarding', 'ssh_handshake_attempts', 'ssh_bastion_host',
  'ssh_bastion_port', 'ssh_bastion_agent_auth', 'ssh_bastion_username', 'ssh_bastion_password',
  'ssh_bastion_interactive', 'ssh_bastion_private_key_file', 'ssh_bastion_certificate_file',
  'ssh_file_transfer_method', 'ssh_proxy_host', 'ssh_proxy_port', 'ssh_proxy_username', 'ssh_proxy_password',
  'ssh_keep_alive_interval', 'ssh_read_write_timeout', 'ssh_remote_tunnels', 'ssh_local_tunnels', 'ssh_public_key',
  'ssh_private_key',
]; // prettier-ignore

const WINRM = [
  'winrm_username', 'winrm_password', 'winrm_host', 'winrm_no_proxy', 'winrm_port', 'winrm_timeout', 'winrm_use_ssl',
  'winrm_insecure', 'winrm_use_ntlm',
]; // prettier-ignore

export const DOCKER_SOURCE_UNSUPPORTED: Record<string, UnsupportedAttribute> = {
  ...PACKER_INTERNAL,
  ...each(
    SSH,
    ignored(
      'repack reaches the container through the Docker Engine API (the docker communicator) and never over SSH; Packer ' +
        'ignores SSH settings with that communicator too. Remove it.',
    ),
  ),
  ...each(WINRM, ignored('repack builds Linux containers through the Docker Engine API and never connects over WinRM; Packer ignores it too. Remove it.')),
  ...ECR_AWS,
  pause_before_connecting: ignored(
    'repack runs provisioners as soon as the container has started, so the value is ignored. To wait, set pause_before on the first provisioner.',
  ),
};
