// fileset as Packer computes it (go-cty-funcs over bmatcuk/doublestar v1.3.4): `**.txt` is `*.txt`, `[!a]` is the
// class of `!` and `a` (negation is `[^a]`), `./` and `../` are resolved before globbing, symbolic links are
// followed, `[` without `]` is a syntax error and a broken link a stat error. Expected values are Packer's results
// for the same expressions over the same tree.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evaluate } from '../src/hcl/eval/evaluate.js';
import { standardFunctions } from '../src/hcl/functions/index.js';
import { parseExpressionText } from '../src/hcl/syntax/parser.js';
import { toJS } from '../src/hcl/value/value.js';

let top: string;
let dir: string;
beforeAll(() => {
  top = mkdtempSync(join(tmpdir(), 'repack-fileset-'));
  dir = join(top, 'w');
  for (const d of ['sub/deep', 'other', 'locked']) mkdirSync(join(dir, d), { recursive: true });
  mkdirSync(join(top, 'outside'));
  for (const f of [
    'a.txt',
    'b.txt',
    'c.log',
    '!.txt',
    'sub/x.txt',
    'sub/deep/y.txt',
    'other/z.txt',
    'locked/l.txt',
    '[x].txt',
    'sp ace.txt',
    '../outside/o.txt',
  ]) {
    writeFileSync(join(dir, f), '');
  }
  symlinkSync('sub', join(dir, 'linkdir'));
  symlinkSync('a.txt', join(dir, 'link.txt'));
});
afterAll(() => rmSync(top, { recursive: true, force: true }));

type Expected = { value: unknown } | { error: string };

const cases: [string, Expected][] = [
  ['fileset(".", "*.txt")', { value: ['!.txt', '[x].txt', 'a.txt', 'b.txt', 'link.txt', 'sp ace.txt'] }],
  ['fileset(".", "**.txt")', { value: ['!.txt', '[x].txt', 'a.txt', 'b.txt', 'link.txt', 'sp ace.txt'] }],
  [
    'fileset(".", "**/*.txt")',
    {
      value: [
        '!.txt',
        '[x].txt',
        'a.txt',
        'b.txt',
        'link.txt',
        'linkdir/deep/y.txt',
        'linkdir/x.txt',
        'locked/l.txt',
        'other/z.txt',
        'sp ace.txt',
        'sub/deep/y.txt',
        'sub/x.txt',
      ],
    },
  ],
  [
    'fileset(".", "**")',
    {
      value: [
        '!.txt',
        '[x].txt',
        'a.txt',
        'b.txt',
        'c.log',
        'link.txt',
        'linkdir/deep/y.txt',
        'linkdir/x.txt',
        'locked/l.txt',
        'other/z.txt',
        'sp ace.txt',
        'sub/deep/y.txt',
        'sub/x.txt',
      ],
    },
  ],
  ['fileset(".", "[!a].txt")', { value: ['!.txt', 'a.txt'] }],
  ['fileset(".", "[^a].txt")', { value: ['!.txt', 'b.txt'] }],
  ['fileset(".", "[a-b].txt")', { value: ['a.txt', 'b.txt'] }],
  [
    'fileset(".", "[.txt")',
    { error: 'Error in function call: Call to function "fileset" failed: failed to glob pattern (<dir>/[.txt): syntax error in pattern.' },
  ],
  ['fileset(".", "[]")', { error: 'Error in function call: Call to function "fileset" failed: failed to glob pattern (<dir>/[]): syntax error in pattern.' }],
  ['fileset(".", "./*.txt")', { value: ['!.txt', '[x].txt', 'a.txt', 'b.txt', 'link.txt', 'sp ace.txt'] }],
  ['fileset(".", "../outside/*.txt")', { value: ['../outside/o.txt'] }],
  ['fileset("..", "outside/*")', { value: ['outside/o.txt'] }],
  ['fileset("sub", "*")', { value: ['x.txt'] }],
  ['fileset("sub", "**/*")', { value: ['deep/y.txt', 'x.txt'] }],
  ['fileset(".", "sub/**")', { value: ['sub/deep/y.txt', 'sub/x.txt'] }],
  ['fileset(".", "{a,b}.txt")', { value: ['a.txt', 'b.txt'] }],
  ['fileset(".", "{a,sub/*}.txt")', { value: ['a.txt', 'sub/x.txt'] }],
  ['fileset(".", "*.{txt,log}")', { value: ['!.txt', '[x].txt', 'a.txt', 'b.txt', 'c.log', 'link.txt', 'sp ace.txt'] }],
  ['fileset(".", "linkdir/*")', { value: ['linkdir/x.txt'] }],
  ['fileset(".", "link.txt")', { value: ['link.txt'] }],
  ['fileset(".", "broken.txt")', { value: [] }],
  ['fileset(".", "locked/*")', { value: ['locked/l.txt'] }],
  ['fileset(".", "\\\\[x\\\\].txt")', { value: ['[x].txt'] }],
  ['fileset(".", "sp ace.txt")', { value: ['sp ace.txt'] }],
  ['fileset(".", "?.txt")', { value: ['!.txt', 'a.txt', 'b.txt'] }],
  ['fileset("nope", "*")', { value: [] }],
  ['fileset(".", "")', { value: [] }],
  ['fileset(".", "/")', { value: [] }],
  ['fileset(".", "sub/")', { value: [] }],
  ['fileset(".", "*/*.txt")', { value: ['linkdir/x.txt', 'locked/l.txt', 'other/z.txt', 'sub/x.txt'] }],
  ['fileset(".", "**/deep/*")', { value: ['linkdir/deep/y.txt', 'sub/deep/y.txt'] }],
  ['fileset(".", "a.txt/")', { value: ['a.txt'] }],
];

function run(src: string): { value: unknown; errors: string[] } {
  const parsed = parseExpressionText(src, 'x.hcl');
  const r = evaluate(parsed.expr, { variables: {}, functions: standardFunctions({ baseDir: dir }) });
  return { value: toJS(r.value), errors: r.diagnostics.map((d) => `${d.summary}: ${d.detail}`) };
}

test.each(cases)('%s', (src, expected) => {
  const r = run(src);
  if ('error' in expected) expect(r.errors).toEqual([expected.error.replaceAll('<dir>', dir)]);
  else expect([r.errors, r.value]).toEqual([[], expected.value]);
});

test('a broken symbolic link that matches is an error naming it', () => {
  symlinkSync('missing', join(dir, 'broken.txt'));
  try {
    expect(run('fileset(".", "b*.txt")').errors).toEqual([
      `Error in function call: Call to function "fileset" failed: failed to stat (${dir}/broken.txt): stat ${dir}/broken.txt: no such file or directory.`,
    ]);
  } finally {
    rmSync(join(dir, 'broken.txt'));
  }
});
