// Settings Packer reads with gohcl (build name/description/sources, a build's source name, provisioner and
// post-processor meta-arguments, hcp_packer_registry, variable description/sensitive, local sensitive, a
// validation's error_message): gohcl's wording, HCL's start range of the value, its null rules, and cty's conversions.
// The expected messages and ranges are what gohcl.DecodeBody / DecodeExpression (hcl v2.24.0, cty 1.13.3) report for
// the same fixtures, decoded into Packer's own structs.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { prepare } from '../src/pipeline/prepare.js';
import type { Diagnostic } from '../src/hcl/diagnostics.js';

const root = join(import.meta.dirname, '../__fixtures__/templates/invalid');
const full = (d: Diagnostic) =>
  `${d.range ? `${d.range.start.line}:${d.range.start.column}-${d.range.end.line}:${d.range.end.column}` : '-'} ${d.summary}: ${d.detail ?? ''}`;
const errors = (cwd: string) =>
  prepare({ template: '.', cwd, env: {} })
    .diagnostics.filter((d) => d.severity === 'error')
    .map(full)
    .sort();

const WHOLE = 'value must be a whole number, between -9223372036854775808 and 9223372036854775807';

describe('a value of the wrong type is reported as gohcl does', () => {
  test.each([
    [
      'gohcl-build',
      [
        '7:17-7:18 Unsuitable value type: Unsuitable value: string required',
        '8:17-8:21 Unsuitable value type: Unsuitable value: null value is not allowed',
        '9:17-9:18 Unsuitable value type: Unsuitable value: element 1: string required',
        '13:14-13:29 Unsuitable value type: Unsuitable value: list of string required',
        '17:13-17:14 Unsuitable value type: Unsuitable value: null value is not allowed',
        '22:12-22:16 Unsuitable value type: Unsuitable value: null value is not allowed',
      ],
    ],
    [
      'gohcl-provisioner',
      [
        '11:20-11:24 Unsuitable value type: Unsuitable value: null value is not allowed',
        '12:20-12:21 Unsuitable value type: Unsuitable value: string required',
        `13:20-13:23 Unsuitable value type: Unsuitable value: ${WHOLE}`,
        '14:20-14:24 Unsuitable value type: Unsuitable value: null value is not allowed',
        '15:21-15:29 Unsuitable value type: Unsuitable value: list of string required',
        '16:20-16:21 Unsuitable value type: Unsuitable value: element 0: string required',
        '21:20-21:21 Unsuitable value type: Unsuitable value: a number is required',
        '26:26-26:31 Unsuitable value type: Unsuitable value: a bool is required',
        '31:25-31:29 Unsuitable value type: Unsuitable value: null value is not allowed',
      ],
    ],
    [
      'gohcl-post-processor',
      [
        '11:27-11:28 Unsuitable value type: Unsuitable value: string required',
        '12:27-12:28 Unsuitable value type: Unsuitable value: list of string required',
        '13:28-13:30 Unsuitable value type: Unsuitable value: a bool is required',
        '18:28-18:36 Unsuitable value type: Unsuitable value: list of string required',
        '19:27-19:28 Unsuitable value type: Unsuitable value: bool required',
        // Left out for this source by its own only, and decoded all the same, as Packer decodes every block.
        '25:18-25:19 Unsuitable value type: Unsuitable value: string required',
      ],
    ],
    [
      'gohcl-hcp-registry',
      [
        '2:19-2:23 Unsuitable value type: Unsuitable value: null value is not allowed',
        '3:19-3:20 Unsuitable value type: Unsuitable value: map of string required',
        '4:19-4:20 Unsuitable value type: Unsuitable value: element "a": string required',
        '5:19-5:20 Unsuitable value type: Unsuitable value: null value is not allowed',
      ],
    ],
    [
      'gohcl-variables',
      [
        '4:17-4:18 Unsuitable value type: Unsuitable value: string required',
        '5:18-5:21 Unsuitable value type: Unsuitable value: a bool is required',
        '11:17-11:21 Unsuitable value type: Unsuitable value: null value is not allowed',
        '12:17-12:21 Unsuitable value type: Unsuitable value: null value is not allowed',
        '20:34-20:37 Variables not allowed: Variables may not be used here.',
        '20:22-20:32 Unsuitable value type: Unsuitable value: value must be known',
        '24:21-24:33 Invalid validation error message: Validation error message must be at least one full sentence starting with an uppercase letter ( if the alphabet permits it ) and ending with a period or question mark.',
        '28:21-28:23 Invalid validation error message: An empty string is not a valid nor useful error message.',
        '35:17-35:27 Function calls not allowed: Functions may not be called here.',
        '35:17-35:23 Unsuitable value type: Unsuitable value: value must be known',
        '40:16-40:17 Unsuitable value type: Unsuitable value: bool required',
      ],
    ],
    [
      'gohcl-json',
      [
        // A JSON string's start range is the whole string; without a context it is read literally ("${…}" is text).
        '6:20-6:25 Unsuitable value type: Unsuitable value: a bool is required',
        '7:22-7:23 Unsuitable value type: Unsuitable value: string required',
        '13:20-13:24 Unsuitable value type: Unsuitable value: null value is not allowed',
        '22:13-22:14 Unsuitable value type: Unsuitable value: string required',
      ],
    ],
  ])('%s', (name, expected) => {
    expect(errors(join(root, name))).toEqual([...expected].sort());
  });
});

describe('what cty converts is accepted, as Packer accepts it', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'repack-gohcl-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const SOURCE = 'source "docker" "x" {\n  image  = "127.0.0.1:5000/busybox:latest"\n  commit = true\n}\n';

  test('strings for bools and numbers, numbers for strings, null for lists, maps and keep_input_artifact', () => {
    writeFileSync(
      join(dir, 't.pkr.hcl'),
      `variable "v" {\n  type        = string\n  default     = "s3cr3t-value"\n  description = 5\n  sensitive   = "true"\n` +
        `  validation {\n    condition     = length(var.v) > 1\n    error_message = "¿Too short?"\n  }\n}\n` +
        `local "l" {\n  expression = "x"\n  sensitive  = "false"\n}\n` +
        `hcp_packer_registry {\n  bucket_labels = null\n  channels      = null\n  description   = 1\n}\n${SOURCE}` +
        `build {\n  name    = 7\n  sources = ["source.docker.x"]\n` +
        `  provisioner "shell" {\n    inline      = ["true"]\n    max_retries = "3"\n    only        = null\n    name        = true\n    continue_on_error = "true"\n  }\n` +
        `  post-processor "docker-tag" {\n    repository          = "x/y"\n    keep_input_artifact = "false"\n    except              = [1]\n  }\n` +
        `  post-processor "docker-tag" {\n    repository          = "x/z"\n    keep_input_artifact = null\n  }\n}\n`,
    );
    const masked: string[] = [];
    const p = prepare({ template: '.', cwd: dir, env: {}, onSensitive: (s) => masked.push(s) });
    expect(p.diagnostics.filter((d) => d.severity === 'error').map(full)).toEqual([]);
    expect(masked).toContain('s3cr3t-value');
    const [build] = p.builds;
    expect(build.name).toBe('7.docker.x');
    expect(build.provisioners.map((x) => [x.name, x.maxRetries, x.continueOnError])).toEqual([['true', 3, true]]);
    expect(build.chains.map((c) => c.map((x) => x.keepInputArtifact))).toEqual([[false], [undefined]]);
  });

  test("a bad entry of sources is blamed on the build block, in Packer's words, once per entry", () => {
    writeFileSync(join(dir, 't.pkr.hcl'), `${SOURCE}build {\n  sources = ["source.docker.x", "nope", "source.1x.y"]\n}\n`);
    const p = prepare({ template: '.', cwd: dir, env: {} });
    const detail =
      'A source type is made of three parts that are split by a dot `.`; each part must start with a letter and may contain only letters, digits, underscores, and dashes. A valid source reference looks like: `source.type.name`';
    expect(p.diagnostics.map(full)).toEqual([`5:1-5:6 Invalid source reference: ${detail}`, `5:1-5:6 Invalid source reference: ${detail}`]);
  });

  test('in JSON, a string read without a context is literal, and one read in the build context a template', () => {
    writeFileSync(
      join(dir, 't.pkr.json'),
      JSON.stringify({
        variable: {
          v: {
            type: 'string',
            default: 'x',
            description: 'About ${var.v}.',
            validation: { condition: '${length(var.v) > 1}', error_message: 'Not ${var.v}, literally.' },
          },
        },
        source: { docker: { x: { image: '127.0.0.1:5000/busybox:latest', commit: true } } },
        build: { name: 'b-${var.v}', sources: ['source.docker.x'] },
      }),
    );
    const p = prepare({ template: '.', cwd: dir, env: {} });
    expect(p.diagnostics.map((d) => `${d.summary}: ${(d.detail ?? '').split('\n')[0]}`)).toEqual(['Invalid value for variable: Not ${var.v}, literally.']);
    expect(p.template?.variables.get('v')?.description).toBe('About ${var.v}.');
    const ok = prepare({ template: '.', cwd: dir, env: {}, vars: [['v', 'long']] });
    expect(ok.diagnostics).toEqual([]);
    expect(ok.builds.map((b) => b.name)).toEqual(['b-long.docker.x']);
  });
});
