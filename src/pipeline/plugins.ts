// The built-in plugins, by the type names templates use. Typed against config/registry.ts so each listed type has
// an implementation.
import type { PostProcessorType, ProvisionerType } from '../config/registry.js';
import type { ProvisionerPlugin } from '../provisioners/provisioner.js';
import type { PostProcessorPlugin } from '../post-processors/post-processor.js';
import { shell } from '../provisioners/shell.js';
import { dockerTag } from '../post-processors/docker-tag.js';
import { dockerPush } from '../post-processors/docker-push.js';

export const PROVISIONERS: Record<ProvisionerType, ProvisionerPlugin> = { shell };
export const POST_PROCESSORS: Record<PostProcessorType, PostProcessorPlugin> = { 'docker-tag': dockerTag, 'docker-push': dockerPush };
