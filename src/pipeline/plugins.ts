// The built-in plugins, by the type names templates use. Typed against config/registry.ts so each listed type has
// an implementation.
import type { PostProcessorType, ProvisionerType } from '../config/registry.js';
import type { ProvisionerPlugin } from '../plugin/provisioner.js';
import type { PostProcessorPlugin } from '../plugin/post-processor.js';
import { shell } from '../provisioners/shell.js';
import { file } from '../provisioners/file.js';
import { shellLocal } from '../provisioners/shell-local.js';
import { breakpoint } from '../provisioners/breakpoint.js';
import { ansible } from '../provisioners/ansible.js';
import { ansibleLocal } from '../provisioners/ansible-local.js';
import { dockerTag } from '../post-processors/docker-tag.js';
import { dockerPush } from '../post-processors/docker-push.js';
import { dockerSave } from '../post-processors/docker-save.js';
import { dockerImport } from '../post-processors/docker-import.js';
import { manifest } from '../post-processors/manifest.js';
import { checksum } from '../post-processors/checksum.js';
import { compress } from '../post-processors/compress.js';
import { shellLocal as shellLocalPostProcessor } from '../post-processors/shell-local.js';
import { artifice } from '../post-processors/artifice.js';

export const PROVISIONERS: Record<ProvisionerType, ProvisionerPlugin> = {
  shell,
  file,
  'shell-local': shellLocal,
  breakpoint,
  ansible,
  'ansible-local': ansibleLocal,
};
export const POST_PROCESSORS: Record<PostProcessorType, PostProcessorPlugin> = {
  'docker-tag': dockerTag,
  'docker-push': dockerPush,
  'docker-save': dockerSave,
  'docker-import': dockerImport,
  manifest,
  checksum,
  compress,
  'shell-local': shellLocalPostProcessor,
  artifice,
};
