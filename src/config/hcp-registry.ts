// `hcp_packer_registry` blocks (top level, or deprecated inside a build): decoded and checked as Packer does, so a
// template that publishes to HCP Packer validates; repack publishes nothing and says so once.
import type { Block } from '../hcl/syntax/ast.js';
import { error, warning, type Diagnostic } from '../hcl/diagnostics.js';
import type { EvalContext } from '../hcl/eval/evaluate.js';
import { T } from '../hcl/value/value.js';
import { decodeBody, type BodySchema } from './schema.js';
import type { Template } from './template.js';

const HCP_PACKER_REGISTRY: BodySchema = {
  attributes: {
    bucket_name: { type: T.string, gohcl: 'value', description: 'HCP Packer bucket (or HCP_PACKER_BUCKET_NAME).' },
    description: { type: T.string, gohcl: 'value', description: 'Bucket description, up to 255 characters.' },
    labels: { type: T.map(T.string), gohcl: 'value', description: 'Deprecated spelling of bucket_labels.' },
    bucket_labels: { type: T.map(T.string), gohcl: 'value', description: 'Labels of the bucket.' },
    build_labels: { type: T.map(T.string), gohcl: 'value', description: 'Labels of the build.' },
    channels: { type: T.list(T.string), gohcl: 'value', description: 'Channels to assign the version to.' },
  },
};

const BUCKET_NAME = /^[a-zA-Z0-9-]{3,36}$/;

function decodeOne(block: Block, ctx: EvalContext): Diagnostic[] {
  const d = decodeBody(block.body, HCP_PACKER_REGISTRY, ctx, block);
  // Packer decodes the block with the rest of its body left aside: other arguments are not errors.
  const diags = d.diagnostics.filter((x) => x.summary !== 'Unsupported argument' && x.summary !== 'Unsupported block type');
  if (diags.some((x) => x.severity === 'error')) return diags;
  const { bucket_name: bucket, description, labels, bucket_labels: bucketLabels } = d.attrs;
  if (typeof description === 'string' && description.length > 255)
    return [...diags, error('hcp_packer_registry.description should have a maximum length of 255 characters', undefined, block.typeRange)];
  if (typeof bucket === 'string' && bucket !== '' && !BUCKET_NAME.test(bucket))
    diags.push(error('hcp_packer_registry.bucket_name can only contain between 3 and 36 ASCII letters, numbers and hyphens', undefined, block.typeRange));
  const count = (m: unknown) => (m && typeof m === 'object' ? Object.keys(m).length : 0);
  if (count(labels) > 0 && count(bucketLabels) > 0)
    diags.push(
      error(
        'hcp_packer_registry.labels and hcp_packer_registry.bucket_labels are mutually exclusive; please use the recommended argument hcp_packer_registry.bucket_labels',
        undefined,
        block.typeRange,
      ),
    );
  else if (count(labels) > 0)
    diags.push(
      warning(
        'the argument hcp_packer_registry.labels has been deprecated and will be removed in the next minor release; please use hcp_packer_registry.bucket_labels',
      ),
    );
  return diags;
}

/** Checks every hcp_packer_registry block; `ctx` has var, local, data, path and packer. */
export function checkHcpRegistries(t: Template, ctx: EvalContext): Diagnostic[] {
  const diags: Diagnostic[] = [];
  const top = t.hcpRegistries;
  top.slice(1).forEach((b) => diags.push(error('Only one hcp_packer_registry is allowed', undefined, b.typeRange)));
  const inBuilds = t.builds.flatMap((b) => b.hcpRegistries);
  inBuilds
    .slice(0, 1)
    .forEach((b) =>
      diags.push(
        warning(
          'Build block level hcp_packer_registry are deprecated',
          'Starting with Packer 1.12.1, it is recommended to move it to the top-level configuration instead of within a build block.',
          b.typeRange,
        ),
      ),
    );
  const multiple = [...inBuilds.slice(1), ...(top.length > 0 ? inBuilds.slice(0, 1) : [])];
  multiple.forEach((b) =>
    diags.push(
      error(
        'Multiple HCP Packer registry block declaration',
        'Multiple hcp_packer_registry blocks have been found, only one can be defined in HCL2 templates. Starting with Packer 1.12.1, it is recommended to move it to the top-level configuration instead of within a build block.',
        b.typeRange,
      ),
    ),
  );
  for (const b of [...top.slice(0, 1), ...inBuilds]) diags.push(...decodeOne(b, ctx));
  const first = top[0] ?? inBuilds[0];
  if (first)
    diags.push(
      warning(
        'HCP Packer registry not used',
        'repack does not publish to HCP Packer: the hcp_packer_registry block is checked and nothing is sent. The images are built and pushed as without it.',
        first.typeRange,
      ),
    );
  return diags;
}
