// 10,000 mutated whole templates — JSON syntax, dynamic blocks, data sources, contextual variables — through every
// phase before Docker (parse, decode, variables, data, locals, dynamic expansion, plan): diagnostics only, never an
// exception or a hang. (fuzz-templates.test.ts covers native templates grown from the schema.)
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { prepare } from '../src/pipeline/prepare.js';

const NATIVE = `variable "steps" {
  type    = list(object({ type = string, cmd = string }))
  default = [{ type = "shell", cmd = "one" }, { type = "shell-local", cmd = "two" }]
}
data "null" "img" {
  input = "alpine:\${length(var.steps)}"
}
locals {
  image = data.null.img.output
}
source "docker" "x" {
  image  = local.image
  commit = true
}
build {
  name = "b"
  dynamic "source" {
    for_each = ["one", "two"]
    labels   = ["source.docker.x"]
    content {
      name = source.value
    }
  }
  dynamic "provisioner" {
    for_each = var.steps
    iterator = step
    labels   = [step.value.type]
    content {
      inline = ["echo \${step.value.cmd} \${build.name} \${source.name} \${path.root} \${packer.version}"]
    }
  }
  post-processors {
    dynamic "post-processor" {
      for_each = { a = "r/a" }
      labels   = ["docker-tag"]
      content {
        repository = post-processor.value
      }
    }
  }
}
`;

const JSON_TEMPLATE = `{
  "variable": { "tags": { "type": "list(string)", "default": ["a", "b"] } },
  "locals": { "repo": "example/\${var.tags[0]}" },
  "data": { "null": { "d": { "input": "x" } } },
  "source": { "docker": { "ubuntu": { "image": "debian:\${data.null.d.output}", "commit": true } } },
  "build": {
    "name": "j",
    "sources": ["source.docker.ubuntu"],
    "provisioner": [{ "shell": { "inline": ["echo one"] } }, { "file": { "content": "x", "destination": "/tmp/x" } }],
    "dynamic": { "post-processor": { "for_each": "\${var.tags}", "labels": ["docker-tag"], "content": { "repository": "\${local.repo}" } } },
    "post-processors": [{ "post-processor": { "docker-tag": { "repository": "\${local.repo}", "tags": "\${var.tags}" } } }]
  }
}
`;

const VOCAB = [
  '{',
  '}',
  '[',
  ']',
  '"',
  ',',
  ':',
  '=',
  '\n',
  '${',
  '%{',
  'dynamic',
  'for_each',
  'content',
  'labels',
  'iterator',
  'null',
  'true',
  '-1',
  'var.',
  'data.null.',
  '"dynamic"',
  '"//"',
  '\\u00e9',
  '<<EOT\n',
  ' ',
  '...',
];

const mutation = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), len: fc.integer({ min: 1, max: 12 }) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.oneof(fc.constantFrom(...VOCAB), fc.string({ maxLength: 4 })) }),
  fc.record({ kind: fc.constant('copy' as const), at: fc.nat(), from: fc.nat(), len: fc.integer({ min: 1, max: 40 }) }),
);

function apply(src: string, ms: { kind: string; at: number; len?: number; text?: string; from?: number }[]): string {
  let s = src;
  for (const m of ms) {
    const at = s.length === 0 ? 0 : m.at % s.length;
    if (m.kind === 'delete') s = s.slice(0, at) + s.slice(at + (m.len ?? 1));
    else if (m.kind === 'insert') s = s.slice(0, at) + (m.text ?? '') + s.slice(at);
    else {
      const from = s.length === 0 ? 0 : (m.from ?? 0) % s.length;
      s = s.slice(0, at) + s.slice(from, from + (m.len ?? 1)) + s.slice(at);
    }
  }
  return s;
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'repack-config-fuzz-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('the seed templates are valid', () => {
  for (const [name, text] of [
    ['t.pkr.hcl', NATIVE],
    ['t.pkr.json', JSON_TEMPLATE],
  ]) {
    const d = mkdtempSync(join(dir, 'seed-'));
    writeFileSync(join(d, name), text);
    const p = prepare({ template: '.', cwd: d, env: {} });
    expect(p.diagnostics.filter((x) => x.severity === 'error')).toEqual([]);
    expect(p.builds.length).toBeGreaterThan(0);
  }
});

test.each([
  ['t.pkr.hcl', NATIVE],
  ['t.pkr.json', JSON_TEMPLATE],
])(
  '5,000 mutations of %s give diagnostics only',
  (name, seed) => {
    let slowest = 0;
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (ms) => {
        writeFileSync(join(dir, name), apply(seed, ms));
        const started = Date.now();
        const p = prepare({ template: name, cwd: dir, env: {} });
        slowest = Math.max(slowest, Date.now() - started);
        for (const d of p.diagnostics) {
          expect(typeof d.summary).toBe('string');
          expect(d.summary).not.toMatch(/TypeError|undefined is not|Cannot read prop/);
          if (d.range) expect(d.range.start.line).toBeGreaterThanOrEqual(1);
        }
      }),
      { numRuns: 5_000, seed: name.length * 7919 },
    );
    expect(slowest).toBeLessThan(2_000);
  },
  120_000,
);
