// textencodebase64 and textdecodebase64 as Packer's (over golang.org/x/text): IANA names and aliases with their
// canonical names in messages, UTF-16 with a big-endian byte order mark, single-byte and CJK charsets, undefined
// bytes refused, and Go's base64 offsets. Expected values are Packer's results for the same expressions.
import { evaluate } from '../src/hcl/eval/evaluate.js';
import { standardFunctions } from '../src/hcl/functions/index.js';
import { parseExpressionText } from '../src/hcl/syntax/parser.js';
import { toJS } from '../src/hcl/value/value.js';

const functions = standardFunctions({ baseDir: process.cwd() });

type Expected = { value: unknown } | { error: string };

const cases: [string, Expected][] = [
  ['textencodebase64("a\\u00e9", "UTF-16LE")', { value: 'YQDpAA==' }],
  ['textencodebase64("a\\u00e9", "UTF-16BE")', { value: 'AGEA6Q==' }],
  ['textencodebase64("a\\u00e9", "utf-16")', { value: '/v8AYQDp' }],
  ['textencodebase64("😀", "UTF-16")', { value: '/v/YPd4A' }],
  ['textdecodebase64("//5hAA==", "UTF-16")', { value: 'a' }],
  ['textdecodebase64("/v8AYQ==", "UTF-16LE")', { value: '￾愀' }],
  ['textdecodebase64("//5hAA==", "UTF-16LE")', { value: '﻿a' }],
  ['textdecodebase64("YQA=", "UTF-16LE")', { value: 'a' }],
  ['textdecodebase64("AGE=", "UTF-16BE")', { value: 'a' }],
  ['textdecodebase64("77u/YQ==", "UTF-8")', { value: '﻿a' }],
  ['textencodebase64("\\ufeffa", "UTF-8")', { value: '77u/YQ==' }],
  ['textencodebase64("abc", " utf-8 ")', { value: 'YWJj' }],
  ['textencodebase64("abc", "csUTF8")', { value: 'YWJj' }],
  ['textencodebase64("abc", "ISO_8859-1:1987")', { value: 'YWJj' }],
  ['textencodebase64("\\u0080", "ISO-8859-1")', { value: 'gA==' }],
  ['textencodebase64("€", "windows-1252")', { value: 'gA==' }],
  ['textdecodebase64("gA==", "windows-1252")', { value: '€' }],
  [
    'textdecodebase64("gQ==", "windows-1252")',
    { error: 'Invalid function argument: Invalid value for "source" parameter: the given string contains symbols that are not defined for windows-1252.' },
  ],
  ['textdecodebase64("gA==", "ISO-8859-1")', { value: '' }],
  ['textdecodebase64("gA==", "ISO-8859-9")', { value: '' }],
  ['textencodebase64("ğ", "ISO-8859-9")', { value: '8A==' }],
  ['textdecodebase64("oQ==", "ISO-8859-2")', { value: 'Ą' }],
  ['textdecodebase64("/w==", "KOI8-R")', { value: 'Ъ' }],
  ['textencodebase64("Ж", "KOI8-R")', { value: '9g==' }],
  [
    'textdecodebase64("gA==", "US-ASCII")',
    { error: 'Invalid function argument: Invalid value for "source" parameter: the given string contains symbols that are not defined for US-ASCII.' },
  ],
  [
    'textencodebase64("é", "ascii")',
    { error: 'Invalid function argument: Invalid value for "encoding" parameter: "ascii" is not a supported IANA encoding name or alias.' },
  ],
  ['textdecodebase64("gq4=", "Shift_JIS")', { value: 'ぐ' }],
  ['textencodebase64("日本", "Shift_JIS")', { value: 'k/qWew==' }],
  ['textencodebase64("日本", "EUC-JP")', { value: 'xvzL3A==' }],
  ['textdecodebase64("xuzL3A==", "EUC-JP")', { value: '縄本' }],
  ['textencodebase64("한", "EUC-KR")', { value: 'x9E=' }],
  ['textencodebase64("中", "GBK")', { value: '1tA=' }],
  ['textencodebase64("中", "Big5")', { value: 'pKQ=' }],
  ['textencodebase64("x", "IBM437")', { value: 'eA==' }],
  ['textdecodebase64("gA==", "IBM437")', { value: 'Ç' }],
  [
    'textdecodebase64("YWJ", "UTF-8")',
    { error: 'Invalid function argument: Invalid value for "source" parameter: the given value is has an invalid base64 symbol at offset 0.' },
  ],
  [
    'textdecodebase64("YW Jj", "UTF-8")',
    { error: 'Invalid function argument: Invalid value for "source" parameter: the given value is has an invalid base64 symbol at offset 2.' },
  ],
  ['textdecodebase64("YWJj\\n", "UTF-8")', { value: 'abc' }],
  [
    'textdecodebase64("YQ", "UTF-8")',
    { error: 'Invalid function argument: Invalid value for "source" parameter: the given value is has an invalid base64 symbol at offset 0.' },
  ],
  [
    'textdecodebase64("YQ=", "UTF-8")',
    { error: 'Invalid function argument: Invalid value for "source" parameter: the given value is has an invalid base64 symbol at offset 3.' },
  ],
  [
    'textdecodebase64("YQ===", "UTF-8")',
    { error: 'Invalid function argument: Invalid value for "source" parameter: the given value is has an invalid base64 symbol at offset 4.' },
  ],
  ['textdecodebase64("", "UTF-8")', { value: '' }],
  ['textencodebase64("", "UTF-16")', { value: '/v8=' }],
  ['textdecodebase64("7yM=", "windows-1252")', { value: 'ï#' }],
  [
    'textdecodebase64("kA==", "windows-874")',
    { error: 'Invalid function argument: Invalid value for "source" parameter: the given string contains symbols that are not defined for windows-874.' },
  ],
  ['textdecodebase64("/w==", "macintosh")', { value: 'ˇ' }],
  ['textdecodebase64("gA==", "IBM866")', { value: 'А' }],
  ['textencodebase64("abc", "UTF-16")', { value: '/v8AYQBiAGM=' }],
  ['textencodebase64("abc", "UTF-16LE")', { value: 'YQBiAGMA' }],
  ['textencodebase64("abc", "UTF-16BE")', { value: 'AGEAYgBj' }],
  ['textencodebase64("abc", "utf-8")', { value: 'YWJj' }],
  [
    'textencodebase64("abc", "UTF8")',
    { error: 'Invalid function argument: Invalid value for "encoding" parameter: "UTF8" is not a supported IANA encoding name or alias.' },
  ],
  ['textencodebase64("héllo", "ISO-8859-1")', { value: 'aOlsbG8=' }],
  ['textencodebase64("héllo", "latin1")', { value: 'aOlsbG8=' }],
  ['textencodebase64("héllo", "windows-1252")', { value: 'aOlsbG8=' }],
  [
    'textencodebase64("héllo", "US-ASCII")',
    { error: 'Invalid function argument: Invalid value for "string" parameter: the given string contains characters that cannot be represented in US-ASCII.' },
  ],
  [
    'textencodebase64("€", "ISO-8859-1")',
    {
      error:
        'Invalid function argument: Invalid value for "string" parameter: the given string contains characters that cannot be represented in ISO_8859-1:1987.',
    },
  ],
  [
    'textencodebase64("abc", "UTF-32")',
    { error: 'Invalid function argument: Invalid value for "encoding" parameter: "UTF-32" is not a supported IANA encoding name or alias.' },
  ],
  [
    'textencodebase64("abc", "nope")',
    { error: 'Invalid function argument: Invalid value for "encoding" parameter: "nope" is not a supported IANA encoding name or alias.' },
  ],
  [
    'textencodebase64("abc", "cp1252")',
    { error: 'Invalid function argument: Invalid value for "encoding" parameter: "cp1252" is not a supported IANA encoding name or alias.' },
  ],
  ['textencodebase64("abc", "Shift_JIS")', { value: 'YWJj' }],
  ['textdecodebase64("/v8AYQBiAGM=", "UTF-16")', { value: 'abc' }],
  ['textdecodebase64("AGEAYgBj", "UTF-16")', { value: 'abc' }],
  [
    'textdecodebase64("YWJj", "UTF-16")',
    { error: 'Invalid function argument: Invalid value for "source" parameter: the given string contains symbols that are not defined for UTF-16.' },
  ],
  ['textdecodebase64("aOls", "ISO-8859-1")', { value: 'hél' }],
  [
    'textdecodebase64("!!", "UTF-8")',
    { error: 'Invalid function argument: Invalid value for "source" parameter: the given value is has an invalid base64 symbol at offset 0.' },
  ],
  [
    'textdecodebase64("gA==", "UTF-8")',
    { error: 'Invalid function argument: Invalid value for "source" parameter: the given string contains symbols that are not defined for UTF-8.' },
  ],
];

test.each(cases)('%s', (src, expected) => {
  const parsed = parseExpressionText(src, 'x.hcl');
  expect(parsed.diagnostics).toEqual([]);
  const r = evaluate(parsed.expr, { variables: {}, functions });
  const errors = r.diagnostics.map((d) => `${d.summary}: ${d.detail}`);
  if ('error' in expected) expect(errors).toEqual([expected.error]);
  else expect([errors, toJS(r.value)]).toEqual([[], expected.value]);
});
