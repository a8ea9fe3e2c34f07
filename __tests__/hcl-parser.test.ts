// Parser: source order, exact ranges, HCL's error wording and positions, recovery that reports several errors.
import type { Attribute, Block, Body } from '../src/hcl/syntax/ast.js';
import type { Range } from '../src/hcl/diagnostics.js';
import { parseFile } from '../src/hcl/syntax/parser.js';
import { evaluate } from '../src/hcl/eval/evaluate.js';
import { toJS } from '../src/hcl/value/value.js';

const at = (r: Range | undefined): string => (r ? `${r.start.line},${r.start.column}-${r.end.line},${r.end.column}` : '');

function blocks(body: Body): Block[] {
  return body.items.filter((i): i is Block => i.kind === 'block');
}

function attr(body: Body, name: string): Attribute {
  const found = body.items.find((i): i is Attribute => i.kind === 'attribute' && i.name === name);
  if (!found) throw new Error(`no attribute ${name}`);
  return found;
}

/** The value of attribute `name` of a one-attribute file, evaluated without variables. */
function literal(src: string, name = 'a'): unknown {
  const { file, diagnostics } = parseFile(src, 't.hcl');
  expect(diagnostics).toEqual([]);
  const r = evaluate(attr(file.body, name).expr, { variables: {} });
  expect(r.diagnostics).toEqual([]);
  return toJS(r.value);
}

describe('parseFile structure', () => {
  it('keeps blocks and attributes in source order', () => {
    const src = [
      'build {',
      '  provisioner "shell" { inline = ["1"] }',
      '  provisioner "file" {',
      '    source = "a"',
      '  }',
      '  x = 1',
      '  provisioner "shell" {',
      '  }',
      '}',
      '',
    ].join('\n');
    const { file, diagnostics } = parseFile(src, 't.hcl');
    expect(diagnostics).toEqual([]);
    const build = blocks(file.body)[0];
    expect(build.body.items.map((i) => (i.kind === 'block' ? `${i.type}:${i.labels.join(',')}` : i.name))).toEqual([
      'provisioner:shell',
      'provisioner:file',
      'x',
      'provisioner:shell',
    ]);
  });

  it('records exact ranges for types, labels, braces, names and expressions', () => {
    const src = 'source "docker" "ubuntu" {\n  image = "ubuntu:22.04"\n}\n';
    const { file } = parseFile(src, 't.hcl');
    const [b] = blocks(file.body);
    expect(b.type).toBe('source');
    expect(b.labels).toEqual(['docker', 'ubuntu']);
    expect(at(b.typeRange)).toBe('1,1-1,7');
    expect(b.labelRanges.map(at)).toEqual(['1,8-1,16', '1,17-1,25']);
    expect(at(b.openBraceRange)).toBe('1,26-1,27');
    expect(at(b.range)).toBe('1,1-3,2');
    const image = attr(b.body, 'image');
    expect(at(image.nameRange)).toBe('2,3-2,8');
    expect(at(image.expr.range)).toBe('2,11-2,25');
    expect(at(image.range)).toBe('2,3-2,25');
    expect(image.nameRange.start.offset).toBe(29);
  });

  it('counts columns in graphemes and offsets in UTF-8 bytes', () => {
    const { file } = parseFile('a = "👩‍👩‍👧é" \nbb = 1\n', 't.hcl');
    const a = attr(file.body, 'a');
    expect(at(a.expr.range)).toBe('1,5-1,9');
    expect(a.expr.range.end.offset).toBe(4 + 1 + 18 + 2 + 1);
  });

  it('treats CRLF as one newline', () => {
    const { file, diagnostics } = parseFile('a = 1\r\nb {\r\n  c = "d"\r\n}\r\n', 't.hcl');
    expect(diagnostics).toEqual([]);
    expect(at(blocks(file.body)[0].range)).toBe('2,1-4,2');
    expect(at(attr(blocks(file.body)[0].body, 'c').nameRange)).toBe('3,3-3,4');
  });

  it('accepts unicode identifiers, dashes in names, comments of three kinds, no final newline', () => {
    const { file, diagnostics } = parseFile('# a\n// b\n/* c */ café-au-lait = 1 // d\nπ = 2', 't.hcl');
    expect(diagnostics).toEqual([]);
    expect(file.body.items.map((i) => (i.kind === 'attribute' ? i.name : ''))).toEqual(['café-au-lait', 'π']);
  });

  it('skips a leading byte-order mark but counts it in offsets', () => {
    const { file, diagnostics } = parseFile('\ufeffa = 1\n', 't.hcl');
    expect(diagnostics).toEqual([]);
    expect(attr(file.body, 'a').nameRange.start).toEqual({ line: 1, column: 1, offset: 3 });
  });
});

describe('literal values', () => {
  it.each([
    ['a = 1e3\n', 1000],
    ['a = 2.5E-1\n', 0.25],
    ['a = "tab\\tq\\"\\\\\\u00e9\\U0001F600"\n', 'tab\tq"\\é😀'],
    ['a = "$${x} %%{y} $5 100%"\n', '${x} %{y} $5 100%'],
    ['a = <<EOF\nhello\n  world\nEOF\n', 'hello\n  world\n'],
    ['a = <<-EOF\n    hello\n      world\n    EOF\n', 'hello\n  world\n'],
    ['a = <<-EOF\n    a\n\n    b\n  EOF\n', 'a\n\nb\n'],
    ['a = <<EOF\r\nx\r\nEOF\r\n', 'x\r\n'],
    ['a = "x ${~ "y" ~} z"\n', 'xyz'],
    ['a = "  %{~ if true ~}  yes  %{~ endif ~}  "\n', 'yes'],
    ['a = <<-EOT\n  %{ if true ~}\n    kept\n  %{ endif ~}\n  end\n  EOT\n', '    kept\n  end\n'],
    ['a = "%{ for x in [1, 2] }${x},%{ endfor }"\n', '1,2,'],
    ['a = "%{ if false }y%{ else }n%{ endif }"\n', 'n'],
    ['a = "${ {b = "}"}.b }"\n', '}'],
    ['a = { b = 1, c: 2, "d e" = 3, }\n', { b: 1, c: 2, 'd e': 3 }],
    ['a = [\n  1, # one\n  2, // two\n  /* three */ 3,\n]\n', [1, 2, 3]],
    ['a = [for i, x in ["a", "b"] : "${i}${x}"]\n', ['0a', '1b']],
    ['a = {for x in ["a", "b", "a"] : x => x...}\n', { a: ['a', 'a'], b: ['b'] }],
    ['a = [{n = 1}, {n = 2}][*].n\n', [1, 2]],
    ['a = [{n = 1}, {n = 2}].*.n\n', [1, 2]],
    ['a = [[1, 2]].0.1\n', null],
    ['a = -1 + 2 * 3 % 4\n', 1],
    ['a = 1 < 2 && !(2 < 1) || false\n', true],
    ['a = true ? "y" : "n"\n', 'y'],
  ])('%j evaluates to %j', (src, expected) => {
    if (src === 'a = [[1, 2]].0.1\n') {
      const { diagnostics } = parseFile(src, 't.hcl');
      expect(diagnostics.map((d) => d.summary)).toEqual(['Invalid legacy index syntax']);
      return;
    }
    expect(literal(src)).toEqual(expected);
  });
});

describe('syntax errors', () => {
  it.each([
    [
      'a = 1,\nb = 2\n',
      'Unexpected comma after argument',
      '1,6-1,7',
      'Argument definitions must be separated by newlines, not commas. An argument definition must end with a newline.',
    ],
    ['a = 1 b = 2\n', 'Missing newline after argument', '1,7-1,8', 'An argument definition must end with a newline.'],
    [
      'build {\n  a = 1\n',
      'Unclosed configuration block',
      '1,7-1,8',
      'There is no closing brace for this block before the end of the file. This may be caused by incorrect brace nesting elsewhere in this file.',
    ],
    ['}\n', 'Argument or block definition required', '1,1-1,2', 'An argument or block definition is required here.'],
    [
      'a 1\n',
      'Argument or block definition required',
      '1,1-1,2',
      'An argument or block definition is required here. To set an argument, use the equals sign "=" to introduce the argument value.',
    ],
    ['"a" = 1\n', 'Invalid argument name', '1,1-1,2', 'Argument names must not be quoted.'],
    ['a =\n', 'Invalid expression', '1,4-2,1', 'Expected the start of an expression, but found an invalid expression token.'],
    ['a =', 'Missing expression', '1,4-1,4', 'Expected the start of an expression, but found the end of the file.'],
    ['a = @\n', 'Invalid character', '1,5-1,6', 'This character is not used within the language.'],
    ["a = 'x'\n", 'Invalid character', '1,5-1,6', 'Single quotes are not valid. Use double quotes (") to enclose strings.'],
    ['a = 1 & 2\n', 'Unsupported operator', '1,7-1,8', 'Bitwise operators are not supported. Did you mean boolean AND ("&&")?'],
    [
      'a = "x\n',
      'Invalid multi-line string',
      '1,7-2,1',
      'Quoted strings may not be split over multiple lines. To produce a multi-line string, either use the \\n escape to represent a newline character or use the "heredoc" multi-line template syntax.',
    ],
    ['a = "\\q"\n', 'Invalid escape sequence', '1,6-1,8', 'The symbol "q" is not a valid escape sequence selector.'],
    [
      'a { b = 1 c = 2 }\n',
      'Invalid single-argument block definition',
      '1,11-1,12',
      'A single-line block definition must end with a closing brace immediately after its single argument definition.',
    ],
    [
      'a { b = 1, c = 2 }\n',
      'Invalid single-argument block definition',
      '1,10-1,11',
      'Single-line block syntax can include only one argument definition. To define multiple arguments, use the multi-line block syntax with one argument definition per line.',
    ],
    [
      'a { b {} }\n',
      'Argument definition required',
      '1,5-1,8',
      'A single-line block definition can contain only a single argument. If you meant to define argument "b", use an equals sign to assign it a value. To define a nested block, place it on a line of its own within its parent block.',
    ],
    ['a = { b = 1 c = 2 }\n', 'Missing attribute separator', '1,13-1,14', 'Expected a newline or comma to mark the beginning of the next attribute.'],
    ['a = [1 2]\n', 'Missing item separator', '1,8-1,9', 'Expected a comma to mark the beginning of the next item.'],
    ['a = f(1 2)\n', 'Missing argument separator', '1,9-1,10', 'A comma is required to separate each function argument from the next.'],
    ['a = [for x y]\n', "Invalid 'for' expression", '1,12-1,13', "For expression requires the 'in' keyword after its name declarations."],
    [
      'a = "${x:y}"\n',
      'Extra characters after interpolation expression',
      '1,9-1,10',
      'Template interpolation doesn\'t expect a colon at this location. Did you intend this to be a literal sequence to be processed as part of another language? If so, you can escape it by starting with "$${" instead of just "${".',
    ],
    [
      'a = "${x "y"\n',
      'Unclosed template interpolation sequence',
      '1,6-1,8',
      'There is no closing brace for this interpolation sequence before the end of the quoted template. This might be caused by incorrect nesting inside the given expression.',
    ],
    ['a = "%{ if x }y"\n', 'Unexpected end of template', '1,16-1,17', 'The if directive at t.hcl:1,6-15 is missing its corresponding endif directive.'],
    ['a = "%{ iff x }"\n', 'Invalid template control keyword', '1,9-1,12', '"iff" is not a valid template control keyword. Did you mean "if"?'],
    ['a = <<EOF\nx\n', 'Unterminated template string', '3,1-3,1', 'No closing marker was found for the string.'],
    ['a = 1\na = 2\n', 'Attribute redefined', '2,1-2,2', 'The argument "a" was already set at t.hcl:1,1-2. Each argument may be set only once.'],
    ['a = x.\n', 'Invalid attribute name', '1,7-2,1', 'An attribute name is required after a dot.'],
    ['a = (1 2)\n', 'Unbalanced parentheses', '1,8-1,9', 'Expected a closing parenthesis to terminate the expression.'],
    [
      'build "x"\n{\n}\n',
      'Invalid block definition',
      '1,10-2,1',
      'A block definition must have block content delimited by "{" and "}", starting on the same line as the block header.',
    ],
    [
      'a = x.0.1\n',
      'Invalid legacy index syntax',
      '1,7-1,10',
      'When using the legacy index syntax, chaining two indexes together is not permitted. Use the proper index syntax instead, like [0][1].',
    ],
  ])('%j: %s', (src, summary, range, detail) => {
    const first = parseFile(src, 't.hcl').diagnostics[0];
    expect(first.summary).toBe(summary);
    expect(first.detail).toBe(detail);
    expect(at(first.range)).toBe(range);
    expect(first.severity).toBe('error');
  });

  it('reports problems on several top-level lines at once', () => {
    const src = 'a = 1,\nb = 2 c = 3\nd = "ok"\n]\ne = [1 2]\nsource "x" "y" {\n  f = 1\n}\n';
    const { file, diagnostics } = parseFile(src, 't.hcl');
    expect(diagnostics.map((d) => `${d.range?.start.line}: ${d.summary}`)).toEqual([
      '1: Unexpected comma after argument',
      '2: Missing newline after argument',
      '4: Argument or block definition required',
      '5: Missing item separator',
    ]);
    expect(file.body.items.map((i) => (i.kind === 'attribute' ? i.name : i.type))).toEqual(['a', 'b', 'd', 'e', 'source']);
  });

  it('reports garbage as errors at their place, never throws', () => {
    const report = (src: string): string[] =>
      parseFile(src, 't.hcl').diagnostics.map((d) => `${d.severity} ${d.range?.start.line}:${d.range?.start.column} ${d.summary}`);
    expect(
      Object.fromEntries(['{{{{', '"${"${"${', '<<EOF\n${', '}}}}]]]]', 'a = [for', '\u0000\u0001', 'a = "\\', '%{', '~}'].map((src) => [src, report(src)])),
    ).toEqual({
      '{{{{': ['error 1:1 Argument or block definition required'],
      '"${"${"${': ['error 1:1 Invalid argument name'],
      '<<EOF\n${': ['error 1:1 Argument or block definition required'],
      '}}}}]]]]': ['error 1:1 Argument or block definition required'],
      'a = [for': ["error 1:9 Invalid 'for' expression"],
      '\u0000\u0001': ['error 1:1 Invalid character', 'error 1:2 Invalid character', 'error 1:1 Argument or block definition required'],
      'a = "\\': ['error 1:6 Invalid character', 'error 1:6 Unterminated template string'],
      '%{': ['error 1:1 Argument or block definition required'],
      '~}': ['error 1:1 Argument or block definition required'],
    });
  });
});
