// What `repack console` and `inspect` print for a value, as Packer's PrintableCtyValue does (the value as Go data,
// then the REPL's FormatResult): keys sorted and quoted, one element a line, whole numbers as integers and other
// numbers as Go's %g (+Inf as Go prints it), null map elements left out. A sensitive value is masked by itself.
import { evaluate } from '../src/hcl/eval/evaluate.js';
import { standardFunctions } from '../src/hcl/functions/index.js';
import { parseExpressionText } from '../src/hcl/syntax/parser.js';
import { printableValue } from '../src/hcl/format/print-value.js';
import { markSensitive, V } from '../src/hcl/value/value.js';

const functions = standardFunctions({ baseDir: process.cwd() });

function show(src: string): string {
  const parsed = parseExpressionText(src, 'x.hcl');
  return printableValue(evaluate(parsed.expr, { variables: { secret: markSensitive(V.string('s3cr3t')) }, functions }).value);
}

test.each([
  ['"text"', 'text'],
  ['{b = 1, a = "x", B = true}', '{\n  "B" = true\n  "a" = "x"\n  "b" = 1\n}'],
  ['[1, "a", null]', '[\n  1,\n  "a",\n  null,\n]'],
  ['{a = null, b = 2}', '{\n  "b" = 2\n}'],
  ['{a = null}', '{}'],
  ['[]', '[]'],
  ['{a = [1, {c = "d"}]}', '{\n  "a" = [\n    1,\n    {\n      "c" = "d"\n    },\n  ]\n}'],
  ['pow(0, -1)', '+Inf'],
  ['log(0, 10)', '-Inf'],
  ['0.1', '0.1'],
  ['1234567.5', '1.2345675e+06'],
  ['0.00001', '1e-05'],
  ['100000000000000000000', '1e+20'],
  ['9007199254740992', '9007199254740992'],
  ['"tab\\there"', 'tab\there'],
  ['["tab\\there"]', '[\n  "tab\\there",\n]'],
  ['null', 'null'],
  ['[secret, "x"]', '[\n  <sensitive>,\n  "x",\n]'],
  ['{a = secret, b = 1}', '{\n  "a" = <sensitive>\n  "b" = 1\n}'],
  ['secret', '<sensitive>'],
])('%s', (src, out) => {
  expect(show(src)).toBe(out);
});
