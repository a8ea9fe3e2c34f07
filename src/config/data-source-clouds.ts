// Data sources that read from a cloud service repack does not talk to: each is named with the service it needs, so
// the message says what to do instead (pass the value as a variable).
const CLOUDS: [prefix: string, service: string][] = [
  ['amazon-', 'AWS'],
  ['azure-', 'Azure'],
  ['googlecompute-', 'Google Cloud'],
  ['hcp-packer-', 'HCP Packer'],
  ['hcp-', 'HCP'],
  ['vault', 'HashiCorp Vault'],
  ['consul', 'Consul'],
  ['digitalocean-', 'DigitalOcean'],
  ['oracle-', 'Oracle Cloud'],
  ['oci-', 'Oracle Cloud'],
  ['openstack-', 'OpenStack'],
  ['scaleway-', 'Scaleway'],
  ['alicloud-', 'Alibaba Cloud'],
  ['tencentcloud-', 'Tencent Cloud'],
  ['hcloud-', 'Hetzner Cloud'],
  ['linode-', 'Linode'],
  ['vsphere-', 'vSphere'],
  ['outscale-', 'Outscale'],
  ['osc-', 'Outscale'],
  ['ncloud-', 'NAVER Cloud'],
  ['yandex-', 'Yandex Cloud'],
  ['ibmcloud-', 'IBM Cloud'],
  ['proxmox-', 'Proxmox'],
  ['vultr-', 'Vultr'],
  ['exoscale-', 'Exoscale'],
  ['huaweicloud-', 'Huawei Cloud'],
  ['ucloud-', 'UCloud'],
  ['jdcloud-', 'JD Cloud'],
];

/** The service a data source type reads from, when it is one of the known clouds. */
export function cloudOf(type: string): string | undefined {
  return CLOUDS.find(([prefix]) => type.startsWith(prefix))?.[1];
}
