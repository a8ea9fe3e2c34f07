// The repository's workflows use the action as action.yml declares it, and the reusable workflow keeps its contract.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { loadActionYml, loadYaml } from '../__fixtures__/action/action-yml.js';
import { ROOT } from '../__fixtures__/action/runner.js';

interface Step {
  uses?: string;
  with?: Record<string, unknown>;
}
interface Workflow {
  on: Record<string, { inputs?: Record<string, unknown>; outputs?: Record<string, { value: string }>; secrets?: Record<string, unknown> }>;
  jobs: Record<string, { steps?: Step[]; needs?: string | string[] }>;
}

const WORKFLOWS = path.join(ROOT, '.github', 'workflows');
const workflow = (name: string): Workflow => loadYaml(path.join(WORKFLOWS, name)) as Workflow;
const declared = Object.keys(loadActionYml(path.join(ROOT, 'action.yml')).inputs);

// Workflows that run the action (mutation.yml, for one, does not).
const usingAction = readdirSync(WORKFLOWS).filter(
  (f) => f.endsWith('.yml') && /uses: \.\/(\.repack-action)?\s*$/m.test(readFileSync(path.join(WORKFLOWS, f), 'utf8')),
);

test('ci.yml and build.yml run the action', () => {
  expect(usingAction).toEqual(expect.arrayContaining(['ci.yml', 'build.yml']));
});

test.each(usingAction)('%s passes only declared inputs to the action', (file) => {
  const steps = Object.values(workflow(file).jobs).flatMap((j) => j.steps ?? []);
  const ours = steps.filter((s) => s.uses === './' || s.uses === './.repack-action');
  expect(ours.length).toBeGreaterThan(0);
  for (const s of ours) for (const key of Object.keys(s.with ?? {})) expect(declared).toContain(key);
});

test('ci.yml runs lint, unit, integration, check-dist and the self-test', () => {
  expect(Object.keys(workflow('ci.yml').jobs).sort()).toEqual(['check-dist', 'integration', 'lint', 'self-test', 'unit']);
});

test('build.yml is reusable with template, matrix and push, and outputs the merged metadata', () => {
  const w = workflow('build.yml');
  const call = w.on.workflow_call;
  expect(Object.keys(call.inputs ?? {})).toEqual(expect.arrayContaining(['template', 'matrix', 'push']));
  expect(call.outputs?.metadata.value).toBe('${{ jobs.finalize.outputs.metadata }}');
  expect(Object.keys(w.jobs)).toEqual(['prepare', 'build', 'index', 'finalize']);
  expect(w.jobs.finalize.needs).toEqual(['prepare', 'build', 'index']);
});

test('build.yml takes platforms and a runner per platform, and outputs the image indexes', () => {
  const call = workflow('build.yml').on.workflow_call;
  expect(Object.keys(call.inputs ?? {})).toEqual(expect.arrayContaining(['platforms', 'platform-runners', 'runs-on']));
  expect(call.outputs?.indexes.value).toBe('${{ jobs.finalize.outputs.indexes }}');
  expect(call.outputs?.digests.value).toBe('${{ jobs.finalize.outputs.digests }}');
});
