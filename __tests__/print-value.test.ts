// Console and inspect print values as Packer's PrintableCtyValue does (hcl2template/shim + hcl2template/repl): the
// expected texts are what Packer's own code prints for each expression.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../src/cli/main.js';
import { evaluate } from '../src/hcl/eval/evaluate.js';
import { standardFunctions } from '../src/hcl/functions/index.js';
import { goQuote } from '../src/hcl/format/go-quote.js';
import { parseExpressionText } from '../src/hcl/syntax/parser.js';
import { printableValue } from '../src/hcl/format/print-value.js';
import { V } from '../src/hcl/value/value.js';

const functions = standardFunctions({ baseDir: tmpdir() });

function printed(src: string): string {
  const r = evaluate(parseExpressionText(src, 'x').expr, { variables: { u: V.unknown() }, functions });
  expect(r.diagnostics).toEqual([]);
  return printableValue(r.value);
}

describe('printableValue', () => {
  it.each([
    ['"plain"', 'plain'],
    ['"a\\nb"', 'a\nb'],
    ['1', '1'],
    ['-0.25', '-0.25'],
    ['1/3', '0.3333333333333333'],
    ['123456.5', '123456.5'],
    ['1234567.5', '1.2345675e+06'],
    ['1e20', '1e+20'],
    ['0.00001', '1e-05'],
    ['0.0001', '0.0001'],
    ['-9223372036854775808', '-9223372036854775808'],
    ['true', 'true'],
    ['null', 'null'],
    ['[]', '[]'],
    ['{}', '{}'],
    ['[1, "a", true, null]', '[\n  1,\n  "a",\n  true,\n  null,\n]'],
    ['["a\\tb", "é\\u00a0\\u200b😀", "\\u0001\\u007f"]', '[\n  "a\\tb",\n  "é\\u00a0\\u200b😀",\n  "\\x01\\x7f",\n]'],
    ['{a = 1, "b c" = "x", z = null}', '{\n  "a" = 1\n  "b c" = "x"\n}'],
    ['{a = [1, {b = "c"}], d = {}}', '{\n  "a" = [\n    1,\n    {\n      "b" = "c"\n    },\n  ]\n  "d" = {}\n}'],
    ['[[], [1], {}]', '[\n  [],\n  [\n    1,\n  ],\n  {},\n]'],
    ['convert(["b", "a", "B"], set(string))', '[\n  "B",\n  "a",\n  "b",\n]'],
    ['{"a\\"q" = 1}', '{\n  "a\\"q" = 1\n}'],
    ['[1, u]', '<unknown>'],
  ])('%s', (src, expected) => {
    expect(printed(src)).toBe(expected);
  });

  it('masks sensitive values', () => {
    expect(printableValue({ ...V.string('s3cret'), sensitive: true })).toBe('<sensitive>');
    expect(printableValue(V.list([{ ...V.string('s3cret'), sensitive: true }]))).toBe('[\n  <sensitive>,\n]');
  });
});

describe('goQuote is Go’s %q', () => {
  it.each([
    ['a"b\\c\n\t\x00\x7f é \u200b 😀 \u00a0', '"a\\"b\\\\c\\n\\t\\x00\\x7f é \\u200b 😀 \\u00a0"'],
    ['${x}', '"${x}"'],
    ['\r\v\f\x07\b', '"\\r\\v\\f\\a\\b"'],
  ])('%j', (input, expected) => expect(goQuote(input)).toBe(expected));
});

describe('inspect layout', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'repack-inspect-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('prints Packer’s printBuilds layout: a blank line before each source and chain, type.name entries', async () => {
    writeFileSync(
      join(dir, 't.pkr.hcl'),
      `variable "list" {
  default = ["a", 1]
}
source "docker" "x" {
  image  = "alpine"
  commit = true
}
source "docker" "y" {
  image  = "alpine"
  commit = true
}
build {
  name        = "app"
  description = "the app"
  sources     = ["source.docker.x", "source.docker.y"]
  provisioner "shell" {
    name   = "setup"
    inline = ["true"]
  }
  provisioner "shell" { inline = ["true"] }
  post-processor "docker-tag" {
    name       = "tag-\${var.list[0]}"
    repository = "r"
  }
  post-processors {
    post-processor "docker-tag" { repository = "s" }
    post-processor "docker-push" {}
  }
}
`,
    );
    let out = '';
    let err = '';
    const io = { out: (s: string) => (out += s), err: (s: string) => (err += s), isTTY: false, env: {}, cwd: dir, readStdin: () => '', stdinIsTTY: false };
    expect(await main(['inspect', '.'], io)).toBe(0);
    expect(err).toBe('');
    expect(out).toBe(`Packer Inspect: HCL2 mode

> input-variables:

var.list: "[\\n  \\"a\\",\\n  1,\\n]"

> local-variables:


> builds:

  > app:

  > Description: the app

    sources:

      docker.x

      docker.y

    provisioners:

      shell.setup
      shell

    post-processors:

      0:
        docker-tag.tag-a

      1:
        docker-tag
        docker-push

`);
  });
});
