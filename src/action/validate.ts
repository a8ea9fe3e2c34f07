// The action's validate-only mode (`validate: true`, for pull requests): parse, evaluate and check the template with
// the same inputs a build would use, annotate what is wrong, and never connect to a Docker engine.
import * as core from './workflow-commands.js';
import { hasErrors } from '../hcl/diagnostics.js';
import { addTagsAndLabels } from '../pipeline/extra-tags.js';
import { prepareTemplate } from '../pipeline/prepare.js';
import { reportDiagnostics } from './annotations.js';
import { templateInputs, type Inputs } from './inputs.js';

export async function validateTemplate(inputs: Inputs, cwd: string): Promise<void> {
  const prepared = await prepareTemplate({ ...templateInputs(inputs, cwd), onSensitive: core.addSecret });
  const diagnostics = [...prepared.diagnostics];
  if (!hasErrors(diagnostics)) diagnostics.push(...addTagsAndLabels(prepared.builds, { tags: inputs.tags, labels: inputs.labels }));
  const { errors } = reportDiagnostics(diagnostics, prepared.sources, cwd);
  if (errors > 0) {
    core.setFailed(`The template is not valid: ${errors} error${errors === 1 ? '' : 's'}`);
    return;
  }
  core.info(
    `The configuration is valid (${prepared.builds.length} build${prepared.builds.length === 1 ? '' : 's'}: ${prepared.builds.map((b) => b.name).join(', ')}).`,
  );
}
