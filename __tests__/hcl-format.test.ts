// Diagnostics printed as Packer prints them (with a caret under the range) and as JSON.
import { diagnosticsToJSON, formatDiagnostic } from '../src/hcl/format/diagnostic-text.js';
import { parseFile } from '../src/hcl/syntax/parser.js';

const file = 'docker-ubuntu.pkr.hcl';
const source = [
  'source "docker" "ubuntu" {',
  '  image  = "ubuntu:jammy"',
  '  commit = true',
  '}',
  '',
  'build {',
  '  name    = "learn-packer"',
  '  sources = ["source.docker.ubuntu"],',
  '}',
  '',
].join('\n');
const sources = new Map([[file, source]]);

describe('formatDiagnostic', () => {
  it('prints summary, location with block context, the line with a caret, and the detail', () => {
    const [d] = parseFile(source, file).diagnostics;
    expect(formatDiagnostic(d, sources)).toBe(
      [
        'Error: Unexpected comma after argument',
        '',
        '  on docker-ubuntu.pkr.hcl line 8, in build:',
        '   8:   sources = ["source.docker.ubuntu"],'.slice(1),
        `${' '.repeat(41)}^`,
        '',
        'Argument definitions must be separated by newlines, not commas. An argument definition must end with a newline.',
        '',
      ].join('\n'),
    );
  });

  it('underlines the whole range on its first line and names labelled blocks', () => {
    const text = 'source "docker" "x" {\n  image = 1 2\n}\n';
    const [d] = parseFile(text, 'a.pkr.hcl').diagnostics;
    const range = d.range ?? { file: '', start: { line: 0, column: 0, offset: 0 }, end: { line: 0, column: 0, offset: 0 } };
    const wide = { ...range, start: { ...range.start, column: 11 }, end: { ...range.end, column: 14 } };
    const out = formatDiagnostic({ ...d, range: wide }, new Map([['a.pkr.hcl', text]]));
    expect(out.split('\n').slice(2, 5)).toEqual(['  on a.pkr.hcl line 2, in source "docker" "x":', '  2:   image = 1 2', `${' '.repeat(15)}^^^`]);
  });

  it('colours when asked and works without the source', () => {
    const [d] = parseFile('a = 1,\n', 'x.hcl').diagnostics;
    expect(formatDiagnostic(d, new Map(), { color: true })).toContain('\x1b[1m\x1b[31mError: ');
    expect(formatDiagnostic(d, new Map())).toContain('  on x.hcl line 1:\n\nArgument definitions');
    expect(formatDiagnostic({ severity: 'warning', summary: 'Deprecated', detail: 'Use x.' }, new Map())).toBe('Warning: Deprecated\n\nUse x.\n');
  });
});

describe('diagnosticsToJSON', () => {
  it('uses the shape Terraform and Packer emit', () => {
    const { diagnostics } = parseFile(source, file);
    expect(diagnosticsToJSON(diagnostics, sources)).toEqual([
      {
        severity: 'error',
        summary: 'Unexpected comma after argument',
        detail: 'Argument definitions must be separated by newlines, not commas. An argument definition must end with a newline.',
        range: { filename: file, start: { line: 8, column: 37, byte: 143 }, end: { line: 8, column: 38, byte: 144 } },
        snippet: { context: 'build', code: '  sources = ["source.docker.ubuntu"],', start_line: 8 },
      },
    ]);
  });
});
