// HCL JSON syntax (*.pkr.json, *.auto.pkrvars.json): the same templates as native syntax give the same plan; JSON
// errors carry HCL's wording and positions; the schema decides which properties are attributes and which blocks.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseJson } from '../src/hcl/json/parser.js';
import { jsonAttributes, parseJsonFile, resolveJsonBody } from '../src/hcl/json/body.js';
import { evaluate } from '../src/hcl/eval/evaluate.js';
import { toJS, V } from '../src/hcl/value/value.js';
import { prepare } from '../src/pipeline/prepare.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'repack-json-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function write(files: Record<string, string>): void {
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
}

function diagLines(p: ReturnType<typeof prepare>): string[] {
  return p.diagnostics.map((d) => `${d.range ? `${d.range.file}:${d.range.start.line}:${d.range.start.column}` : '-'} ${d.summary}`);
}

const TEMPLATE_JSON = `{
  "//": "the docker example, in JSON",
  "variable": {
    "tag": { "type": "string", "default": "0.6" },
    "tags": { "type": "list(string)", "default": ["a", "b"] }
  },
  "locals": { "repo": "example/\${var.tag}" },
  "source": { "docker": { "ubuntu": { "image": "debian:bookworm", "commit": true } } },
  "build": {
    "name": "docker-example",
    "sources": ["source.docker.ubuntu"],
    "provisioner": [
      { "shell": { "inline": ["echo one"] } },
      { "file": { "content": "x", "destination": "/tmp/x" } },
      { "shell": { "inline": ["echo \${local.repo}"] } }
    ],
    "post-processors": [
      { "post-processor": { "docker-tag": { "repository": "\${local.repo}", "tags": "\${var.tags}" } } }
    ]
  }
}
`;

describe('JSON templates', () => {
  test('plan like the native template: provisioners in written order, values evaluated', () => {
    write({ 't.pkr.json': TEMPLATE_JSON });
    const p = prepare({ template: '.', cwd: dir, env: {} });
    expect(diagLines(p)).toEqual([]);
    expect(p.builds.map((b) => b.name)).toEqual(['docker-example.docker.ubuntu']);
    const b = p.builds[0];
    expect(b.config.image).toBe('debian:bookworm');
    expect(b.provisioners.map((x) => x.type)).toEqual(['shell', 'file', 'shell']);
    expect(b.chains.map((c) => c.map((x) => x.type))).toEqual([['docker-tag']]);
  });

  test('a directory mixes .pkr.hcl, .pkr.json and JSON auto var files', () => {
    write({
      'a.pkr.hcl': 'variable "image" {\n  type = string\n}\n',
      'b.pkr.json': '{"source": {"docker": {"x": {"image": "${var.image}", "discard": true}}}, "build": {"sources": ["source.docker.x"]}}',
      'v.auto.pkrvars.json': '{"image": "alpine:3"}',
    });
    const p = prepare({ template: '.', cwd: dir, env: {} });
    expect(diagLines(p)).toEqual([]);
    expect(p.builds[0].config.image).toBe('alpine:3');
  });

  test('a -var-file in JSON', () => {
    write({
      'a.pkr.hcl':
        'variable "image" {\n  type = string\n}\nsource "docker" "x" {\n  image = var.image\n  discard = true\n}\nbuild {\n  sources = ["source.docker.x"]\n}\n',
      'vars.json': '{"image": "busybox"}',
    });
    const p = prepare({ template: '.', cwd: dir, env: {}, varFiles: ['vars.json'] });
    expect(diagLines(p)).toEqual([]);
    expect(p.builds[0].config.image).toBe('busybox');
  });

  test('unknown properties, duplicates, wrong shapes and template errors, all at once with positions', () => {
    write({
      't.pkr.json': `{
  "variabel": {},
  "source": { "docker": { "x": { "image": "a", "image": "b", "comit": true } } },
  "build": { "sources": ["source.docker.x"], "provisioner": "shell" },
  "locals": { "l": "\${1 +}" }
}`,
    });
    const p = prepare({ template: '.', cwd: dir, env: {} });
    expect(diagLines(p).sort()).toEqual(
      ['t.pkr.json:2:3 Extraneous JSON object property', 't.pkr.json:4:61 Incorrect JSON value type', 't.pkr.json:5:26 Invalid expression'].sort(),
    );
    expect(p.diagnostics[0].detail).toBe('No argument or block type is named "variabel". Did you mean "variable"?');
  });

  test('source body errors are found when the source is planned', () => {
    write({ 't.pkr.json': '{"source": {"docker": {"x": {"image": "a", "image": "b", "comit": true}}}, "build": {"sources": ["source.docker.x"]}}' });
    const p = prepare({ template: '.', cwd: dir, env: {} });
    expect(diagLines(p).sort()).toEqual(
      ['t.pkr.json:1:29 Invalid docker source', 't.pkr.json:1:44 Duplicate argument', 't.pkr.json:1:58 Extraneous JSON object property'].sort(),
    );
    expect(p.diagnostics.find((d) => d.summary === 'Extraneous JSON object property')?.detail).toBe(
      'No argument or block type is named "comit". Did you mean "commit"?',
    );
  });

  test('syntax errors with HCL JSON wording', () => {
    write({ 't.pkr.json': '{\n  "a" = 1\n}' });
    const p = prepare({ template: '.', cwd: dir, env: {} });
    expect(diagLines(p)).toEqual(['t.pkr.json:2:7 Missing property value colon']);
    expect(p.diagnostics[0].detail).toBe('JSON uses a colon as its name/value delimiter, not an equals sign.');
  });
});

describe('JSON parser', () => {
  test.each([
    ['{"a": 1,}', 'Trailing comma in object', 1, 8],
    ['[1, 2,]', 'Trailing comma in array', 1, 6],
    ['{"a": 1', 'Unclosed object', 1, 1],
    ['{"a" 1}', 'Missing property value colon', 1, 6],
    ['{"a": tru}', 'Invalid JSON keyword', 1, 7],
    ['{"a": NaN}', 'Invalid JSON keyword', 1, 7],
    ['{"a": 01}', 'Invalid JSON number', 1, 7],
    ['{1: 2}', 'Invalid object property name', 1, 2],
    // HCL reports these where its recovery stopped: the end of the input here.
    ['{"a": 1 "b": 2}', 'Missing attribute seperator comma', 1, 16],
    ['{"a": "x\\qy"}', 'Invalid JSON string', 1, 10],
    ['{} {}', 'Extraneous data after value', 1, 4],
    ['', 'Missing value', 1, 1],
    ['{"a": @}', 'Invalid start of value', 1, 7],
    ['{"a": [1 }', 'Mismatched brackets', 1, 11],
  ])('%s → %s', (text, summary, line, column) => {
    const { diagnostics } = parseJson(text, 'x.json');
    expect(diagnostics.map((d) => [d.summary, d.range?.start.line, d.range?.start.column])).toEqual([[summary, line, column]]);
  });

  test('keeps property order, duplicates, and ranges (tabs count two columns, graphemes one)', () => {
    const { value, diagnostics } = parseJson('{\n\t"b": 1, "a": 2, "b": "é👍🏽x"}', 'x.json');
    expect(diagnostics).toEqual([]);
    expect(value.kind).toBe('object');
    if (value.kind !== 'object') return;
    expect(value.properties.map((p) => p.name)).toEqual(['b', 'a', 'b']);
    expect(value.properties[1].nameRange.start).toEqual({ line: 2, column: 11, offset: 11 });
    expect(value.properties[2].value.range.end.column).toBe(29);
  });
});

describe('JSON bodies resolved by schema', () => {
  const schema = { attributes: { name: {} }, blocks: { thing: { labels: ['kind', 'id'] } } };

  test('labels from nested objects and arrays, bodies in order', () => {
    const { file } = parseJsonFile('{"name": "n", "thing": [{"a": {"x": {"v": 1}}}, {"b": {"y": [{"v": 2}, {"v": 3}]}}]}', 'x.json');
    const r = resolveJsonBody(file.body, schema);
    expect(r.diagnostics).toEqual([]);
    const blocks = r.body.items.filter((i) => i.kind === 'block');
    expect(blocks.map((b) => (b.kind === 'block' ? b.labels.join('/') : ''))).toEqual(['a/x', 'b/y', 'b/y']);
  });

  test('a missing label level says which label', () => {
    const { file } = parseJsonFile('{"thing": {"a": "no"}}', 'x.json');
    const r = resolveJsonBody(file.body, schema);
    expect(r.diagnostics.map((d) => d.detail)).toEqual([
      'Either a JSON object or JSON array of objects is required here, to specify id labels for this block.',
    ]);
  });

  test('strings are templates; "${x}" alone keeps its type; object keys are templates', () => {
    const { file } = parseJsonFile('{"a": "${n + 1}", "b": "v=${n}", "c": {"k${n}": [true, null, 2.5]}}', 'x.json');
    const { body } = jsonAttributes(file.body);
    const ctx = { variables: { n: V.number(1) } };
    const values = body.items.map((i) => (i.kind === 'attribute' ? toJS(evaluate(i.expr, ctx).value) : undefined));
    expect(values).toEqual([2, 'v=1', { k1: [true, null, 2.5] }]);
  });

  test('template positions point into the JSON string', () => {
    const { file } = parseJsonFile('{\n  "a": "ok ${nope}"\n}', 'x.json');
    const { body } = jsonAttributes(file.body);
    const attr = body.items[0];
    if (attr.kind !== 'attribute') throw new Error('attribute expected');
    const r = evaluate(attr.expr, { variables: {} });
    expect(r.diagnostics.map((d) => [d.summary, d.range?.start.line, d.range?.start.column])).toEqual([['Unknown variable', 2, 14]]);
  });
});
