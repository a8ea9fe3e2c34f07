// The option tables of docs/builders, docs/provisioners and docs/post-processors, generated from the plugins' schemas
// (name, type, default and description are declared once, there). `npm run docs:options` rewrites the tables between
// `<!-- options: KIND/NAME -->` and `<!-- /options -->`; __tests__/docs-options.test.ts fails when a page disagrees.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AttributeSpec, BodySchema } from '../src/config/schema.js';
import type { JsValue, Type } from '../src/hcl/value/value.js';
import { DOCKER_SOURCE } from '../src/builders/docker/config.js';
import { BOOTSTRAP_SCHEMA } from '../src/builders/docker/bootstrap-config.js';
import { POST_PROCESSORS, PROVISIONERS } from '../src/pipeline/plugins.js';
import { PROVISIONER_COMMON } from '../src/pipeline/plan.js';

/** The schemas a page's marker can name. */
export const SCHEMAS: Record<string, BodySchema> = {
  'builder/docker': DOCKER_SOURCE,
  'builder/docker.build': BOOTSTRAP_SCHEMA,
  ...Object.fromEntries(Object.entries(PROVISIONERS).map(([name, p]) => [`provisioner/${name}`, p.schema])),
  'provisioner/common': { attributes: PROVISIONER_COMMON },
  ...Object.fromEntries(Object.entries(POST_PROCESSORS).map(([name, p]) => [`post-processor/${name}`, p.schema])),
};

/** The pages that hold option tables. */
export const PAGES = [
  'docs/builders/docker.md',
  ...Object.keys(PROVISIONERS).map((name) => `docs/provisioners/${name}.md`),
  'docs/provisioners/common.md',
  ...['artifice', 'checksum', 'compress', 'docker-import', 'docker-push', 'docker-save', 'docker-tag', 'manifest'].map(
    (name) => `docs/post-processors/${name}.md`,
  ),
];

export function typeText(t: Type): string {
  switch (t.kind) {
    case 'list':
    case 'set':
    case 'map':
      return `${t.kind}(${typeText(t.element)})`;
    case 'tuple':
      return `tuple([${t.elements.map(typeText).join(', ')}])`;
    case 'object':
      return `object({${Object.entries(t.attributes)
        .map(([k, v]) => `${k} = ${typeText(v)}`)
        .join(', ')}})`;
    case 'dynamic':
      return 'any';
    default:
      return t.kind;
  }
}

/** A default as HCL writes it. */
function literal(v: JsValue): string {
  if (Array.isArray(v)) return `[${v.map(literal).join(', ')}]`;
  if (v !== null && typeof v === 'object') {
    const entries = Object.entries(v);
    return entries.length === 0 ? '{}' : `{ ${entries.map(([k, x]) => `${k} = ${literal(x)}`).join(', ')} }`;
  }
  return JSON.stringify(v);
}

function defaultText(a: AttributeSpec): string {
  if (a.doc?.default !== undefined) return a.doc.default;
  if (a.required) return 'required';
  return a.default === undefined ? '—' : `\`${literal(a.default)}\``;
}

/** Table cells hold no `|` of their own and no line breaks. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

export function optionTable(schema: BodySchema): string {
  const rows = Object.entries(schema.attributes).map(
    ([name, a]) => `| \`${name}\` | ${cell(a.doc?.type ?? typeText(a.type))} | ${cell(defaultText(a))} | ${cell(a.description)} |`,
  );
  for (const [name, b] of Object.entries(schema.blocks ?? {})) rows.push(`| \`${name} { … }\` | block | — | ${cell(b.description)} |`);
  return ['| option | type | default | |', '|---|---|---|---|', ...rows].join('\n');
}

const MARKER = /(<!-- options: ([\w./-]+) -->\n)[\s\S]*?(<!-- \/options -->)/g;

/** A page with each marked table generated again; an error names a marker with no schema. */
export function renderPage(text: string): string {
  return text.replace(MARKER, (_all, open: string, key: string, close: string) => {
    const schema = SCHEMAS[key];
    if (!schema) throw new Error(`no schema named ${key}`);
    return `${open}${optionTable(schema)}\n${close}`;
  });
}

export function markersIn(text: string): string[] {
  return [...text.matchAll(MARKER)].map((m) => m[2]);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const root = process.cwd();
  for (const page of PAGES) {
    const path = join(root, page);
    const before = readFileSync(path, 'utf8');
    const after = renderPage(before);
    if (after !== before) {
      writeFileSync(path, after);
      console.log(`updated ${page}`);
    }
  }
}
