// format and formatlist verbs as cty implements them, grouped by the kind of mistake a change could make: integer verbs
// (sign, base prefix, precision as minimum digits, padding), float verbs (sign, space, zeros, infinities), string
// verbs (width and precision in characters), argument indexes and counts, and malformed verbs with their offsets.
// Expected outcomes are Packer's for the same expressions.
import { outcome, type Expected } from './oracle/cases.js';

const cases: [string, Expected][] = [
  // integer verbs: sign, base prefix, precision as minimum digits, width padded left, right or with zeros
  ['format("%d|%+d|% d|%-5d|%05d|%5.3d|%-05d|%.0d|%.0d", 42, 42, 42, 42, -42, 7, 42, 0, 3)', { plain: '42|+42| 42|42   |-0042|  007|42   ||3' }],
  ['format("%b|%#b|%o|%#o|%x|%#x|%X|%#X|%#d", 5, 5, 8, 8, 255, 255, 255, 255, 9)', { plain: '101|0b101|10|010|ff|0xff|FF|0XFF|9' }],
  ['format("%#08x|%-#8x|%+08d|% 08d|%08.3d|%+.3x", 255, 255, -3, 3, 4, 10)', { plain: '0x0000ff|0xff    |-0000003| 0000003|     004|+00a' }],
  ['format("%d|%x", -9007199254740993, -255)', { plain: '-9007199254740993|-ff' }],
  ['format("%d", 123456789012345678901234567890)', { plain: '123456789012345678901234567890' }],
  ['format("%d", 1.5)', { error: 'Error in function call: Call to function "format" failed: unsupported value for "%d" at 0: an integer is required.' }],
  ['format("%5d|%-5d|", 123456, 123456)', { plain: '123456|123456|' }],
  // float verbs: sign, space, zero padding, infinities, precision
  [
    'format("%f|%.2f|%8.2f|%-8.2f|%08.2f|%+f|% f|%+.1e|%E", 3.14159, 3.14159, 3.14159, 3.14159, -3.14159, 1, 1, 12345, 0.000123)',
    { plain: '3.141590|3.14|    3.14|3.14    |-0003.14|+1.000000| 1.000000|+1.2e+04|1.230000E-04' },
  ],
  ['format("%g|%G|%.3g|%10.3e|%-10.2f|", 1e21, 1e-7, 3.14159, 1234.5, 1.005)', { plain: '1e+21|1E-07|3.14| 1.234e+03|1.00      |' }],
  ['format("%f|%08f|%+f|%-6f|% f", 1 / 0, 1 / 0, 1 / 0, -1 / 0, 1 / 0)', { plain: '+Inf|    +Inf|+Inf|-Inf  | Inf' }],
  [
    'format("%F|%e|%g", 2.5, 0, 100)',
    { error: 'Error in function call: Call to function "format" failed: unsupported format verb \'F\' in "%F" at offset 0.' },
  ],
  ['format("% .2f|%+ .2f|% e", -1.5, 1.5, 2)', { plain: '-1.50|+1.50| 2.000000e+00' }],
  ['format("%5.1f|%05.1f|%-05.1f|", -2.25, -2.25, -2.25)', { plain: ' -2.2|-02.2|-2.2 |' }],
  // string verbs: width and precision count characters, not bytes
  ['format("%5s|%-5s|%.2s|%5.1s|%-5.1s|%05s", "ab", "ab", "héllo", "héllo", "héllo", "ab")', { plain: '   ab|ab   |hé|    h|h    |000ab' }],
  ['format("%q|%10q|%-10q|%.2q", "a\\"b", "x", "x", "héllo")', { plain: '"a\\"b"|       "x"|"x"       |"hé"' }],
  ['format("%s|%s|%s", 1.5, true, 12345678901234567890)', { plain: '1.5|true|12345678901234567890' }],
  ['format("%v|%v|%v|%v|%5v|%-5v|", "s", 1.25, true, [1, "a"], 1, "a")', { plain: 's|1.25|true|[1,"a"]|    1|a    |' }],
  ['format("%#v|%#v|%#v|%#v", "s", 1.25, true, null)', { plain: { unknown: true } }],
  ['format("%t|%5t|%-6t|", true, false, true)', { plain: 'true|false|true|' }],
  ['format("%t", "true")', { plain: 'true' }],
  ['format("%t", "yes")', { error: 'Error in function call: Call to function "format" failed: unsupported value for "%t" at 0: a bool is required.' }],
  ['format("%t", 1)', { error: 'Error in function call: Call to function "format" failed: unsupported value for "%t" at 0: bool required.' }],
  // argument indexes and counts
  ['format("%[3]s %[1]s %s", "a", "b", "c")', { plain: 'c a b' }],
  [
    'format("%[2]d %d", 1, 2)',
    { error: 'Error in function call: Call to function "format" failed: not enough arguments for "%d" at 6: need index 3 but have 2 total.' },
  ],
  [
    'format("%[4]s", "a")',
    { error: 'Error in function call: Call to function "format" failed: not enough arguments for "%[4]s" at 0: need index 4 but have 1 total.' },
  ],
  [
    'format("%s %s", "a")',
    { error: 'Error in function call: Call to function "format" failed: not enough arguments for "%s" at 3: need index 2 but have 1 total.' },
  ],
  ['format("%[0]s", "a")', { error: 'Error in function call: Call to function "format" failed: unrecognized format character \'0\' at offset 2.' }],
  ['format("%s", "a", "b")', { error: 'Invalid function argument: Invalid value for "args" parameter: too many arguments; only 1 used by format string.' }],
  ['format("%d %s", "x", "y")', { error: 'Error in function call: Call to function "format" failed: unsupported value for "%d" at 0: a number is required.' }],
  ['format("%s", [1])', { error: 'Error in function call: Call to function "format" failed: unsupported value for "%s" at 0: string required.' }],
  ['format("%d", null)', { plain: { unknown: true } }],
  ['format("%s", null)', { plain: { unknown: true } }],
  ['format("%z", 1)', { error: 'Error in function call: Call to function "format" failed: unsupported format verb \'z\' in "%z" at offset 0.' }],
  ['format("%", 1)', { error: 'Error in function call: Call to function "format" failed: invalid format string starting at offset 1.' }],
  ['format("%5", 1)', { error: 'Error in function call: Call to function "format" failed: invalid format string starting at offset 2.' }],
  ['format("%.", 1)', { error: 'Error in function call: Call to function "format" failed: invalid format string starting at offset 2.' }],
  ['format("%-+ #0s", "a")', { plain: 'a' }],
  ['format("%%|%5%|%-5%", 1)', { error: 'Error in function call: Call to function "format" failed: unrecognized format character \'%\' at offset 5.' }],
  ['format("%d", "12")', { plain: '12' }],
  ['format("%f", "1.5")', { plain: '1.500000' }],
  ['format("%x", "abc")', { error: 'Error in function call: Call to function "format" failed: unsupported value for "%x" at 0: a number is required.' }],
  [
    'format("héllo %s at %z", "x")',
    { error: 'Error in function call: Call to function "format" failed: not enough arguments for "%z" at 13: need index 2 but have 1 total.' },
  ],
  ['format("%v", {a = 1, b = [true]})', { plain: '{"a":1,"b":[true]}' }],
  ['format("%#v", {a = 1})', { plain: '{"a":1}' }],
  ['formatlist("%s=%d", ["a", "b"], [1, 2])', { plain: ['a=1', 'b=2'] }],
  [
    'formatlist("%s=%d", ["a", "b"], [1])',
    { error: 'Invalid function argument: Invalid value for "args" parameter: argument 2 has length 1, which is inconsistent with argument 1 of length 2.' },
  ],
  ['formatlist("%s", [])', { plain: [] }],
  ['formatlist("%s-%s", "x", ["a", "b"])', { plain: ['x-a', 'x-b'] }],
  ['formatlist("%s", "x")', { plain: ['x'] }],
];

test.each(cases)('%s', (src, expected) => {
  expect(outcome(src, 'type' in expected)).toEqual(expected);
});
