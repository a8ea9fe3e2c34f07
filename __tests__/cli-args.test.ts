import { commaList, parseArgs, splitVar, UsageError } from '../src/cli/args.js';

const FLAGS = {
  var: { kind: 'list', description: '' },
  only: { kind: 'list', description: '' },
  force: { kind: 'bool', description: '' },
  color: { kind: 'bool', description: '' },
  'on-error': { kind: 'string', description: '' },
} as const;

test.each([
  [['-var', 'a=1', '--var=b=2', 'tpl'], { var: ['a=1', 'b=2'], only: [] }, ['tpl']],
  [['-force', '-color=false', '-on-error=abort', '.'], { force: true, color: false, 'on-error': 'abort' }, ['.']],
  [['-only', 'a.*,b', '--', '-weird-dir'], { only: ['a.*,b'] }, ['-weird-dir']],
])('%j', (argv, values, positional) => {
  const p = parseArgs(argv, FLAGS);
  expect(p.values).toMatchObject(values);
  expect(p.positional).toEqual(positional);
});

test.each([
  [['-nope'], 'flag provided but not defined: -nope'],
  [['-var'], 'flag needs an argument: -var'],
  [['-force=maybe'], 'invalid boolean value "maybe" for -force'],
])('rejects %j', (argv, message) => {
  expect(() => parseArgs(argv, FLAGS)).toThrow(new UsageError(message));
});

test('-var values and comma lists', () => {
  expect(splitVar('tag=a=b')).toEqual(['tag', 'a=b']);
  expect(() => splitVar('=x')).toThrow('must be name=value');
  expect(commaList(['a,b', ' c ', ''])).toEqual(['a', 'b', 'c']);
});
