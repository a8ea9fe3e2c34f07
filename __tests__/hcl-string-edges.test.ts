// String functions at their edges, grouped by the kind of mistake a change could make: substr's offsets and lengths
// in characters, trimming (cut sets, prefixes, suffixes, white space), case and order of characters, prefix and suffix
// tests, indent, split/join/replace (plain and /regex/ forms). Expected outcomes are Packer's for the same expressions.
import { outcome, type Expected } from './oracle/cases.js';

const cases: [string, Expected][] = [
  // substr: offsets and lengths in characters, negative offsets from the end, -1 length to the end
  ['substr("héllo wörld", 1, 4)', { plain: 'éllo' }],
  ['substr("héllo", -3, 2)', { plain: 'll' }],
  ['substr("héllo", -3, -1)', { plain: 'llo' }],
  ['substr("héllo", 0, -1)', { plain: 'héllo' }],
  ['substr("héllo", 5, 1)', { plain: '' }],
  ['substr("héllo", 6, 1)', { plain: '' }],
  ['substr("héllo", -6, 1)', { plain: 'h' }],
  ['substr("héllo", 2, 100)', { plain: 'llo' }],
  ['substr("héllo", 0, 0)', { plain: '' }],
  ['substr("", 0, 1)', { plain: '' }],
  [
    'substr("héllo", 1.5, 1)',
    { error: 'Error in function call: Call to function "substr" failed: value must be a whole number, between -9223372036854775808 and 9223372036854775807.' },
  ],
  ['substr("héllo", 1, -2)', { plain: 'éllo' }],
  ['substr("héllo", -5, 5)', { plain: 'héllo' }],
  // trimming: cut sets, prefixes and suffixes, spaces
  ['trim("?!hello?!", "!?")', { plain: 'hello' }],
  ['trim("xxhixx", "")', { plain: 'xxhixx' }],
  ['trim("aaa", "a")', { plain: '' }],
  ['trim("héh", "h")', { plain: 'é' }],
  ['trimprefix("hello", "he")', { plain: 'llo' }],
  ['trimprefix("hello", "lo")', { plain: 'hello' }],
  ['trimprefix("hello", "hello")', { plain: '' }],
  ['trimprefix("hello", "")', { plain: 'hello' }],
  ['trimsuffix("hello", "lo")', { plain: 'hel' }],
  ['trimsuffix("hello", "he")', { plain: 'hello' }],
  ['trimsuffix("hello", "")', { plain: 'hello' }],
  ['trimspace("\\t\\n hi \\r\\n ")', { plain: 'hi' }],
  ['trimspace("  ")', { plain: '' }],
  ['trimspace("\\u00a0x\\u00a0")', { plain: 'x' }],
  ['chomp("a\\r\\n\\n\\r")', { plain: 'a' }],
  ['chomp("a\\n b\\n")', { plain: 'a\n b' }],
  ['chomp("\\n")', { plain: '' }],
  // case and order of characters
  ['upper("héllo ß")', { plain: 'HÉLLO ß' }],
  ['lower("HÉLLO İ")', { plain: 'héllo i' }],
  ['title("hello wOrld-foo bar_baz")', { plain: 'Hello WOrld-Foo Bar_baz' }],
  ['title("")', { plain: '' }],
  ['strrev("héllo")', { plain: 'olléh' }],
  ['strrev("")', { plain: '' }],
  // starts, ends, contains
  ['startswith("hello", "he")', { plain: true }],
  ['startswith("hello", "lo")', { plain: false }],
  ['startswith("hello", "")', { plain: true }],
  ['endswith("hello", "lo")', { plain: true }],
  ['endswith("hello", "he")', { plain: false }],
  ['strcontains("hello", "ll")', { plain: true }],
  ['strcontains("hello", "lL")', { plain: false }],
  // indent: every line after the first
  ['indent(2, "a\\nb\\n")', { plain: 'a\n  b\n  ' }],
  ['indent(0, "a\\nb")', { plain: 'a\nb' }],
  ['indent(2, "")', { plain: '' }],
  ['indent(2, "a\\r\\nb")', { plain: 'a\r\n  b' }],
  // split, join and replace
  ['split(",", "a,b,,c")', { plain: ['a', 'b', '', 'c'] }],
  ['split(",", "")', { plain: [''] }],
  ['split("", "abc")', { plain: ['a', 'b', 'c'] }],
  ['split(",", ",")', { plain: ['', ''] }],
  ['join("-", [])', { plain: '' }],
  ['join("-", ["a"])', { plain: 'a' }],
  ['join("-", ["a", "b"], ["c"])', { plain: 'a-b-c' }],
  ['join("-", ["a", null])', { error: 'Invalid function argument: Invalid value for "lists" parameter: element 1 is null; cannot concatenate null values.' }],
  ['join("-")', { error: 'Error in function call: Call to function "join" failed: at least one list is required.' }],
  ['replace("hello", "l", "L")', { plain: 'heLLo' }],
  ['replace("hello", "", "-")', { plain: '-h-e-l-l-o-' }],
  ['replace("aaa", "aa", "b")', { plain: 'ba' }],
  ['replace("hello", "/l+/", "L")', { plain: 'hello' }],
  ['replace("hello", "/(l)(o)/", "$2$1")', { plain: 'hello' }],
  ['replace("hello", "/x*/", "-")', { plain: 'hello' }],
  ['replace("a.b", ".", "-")', { plain: 'a-b' }],
  ['replace("hello", "/l/", "$$")', { plain: 'hello' }],
  ['replace("hello", "/(?P<x>l)/", "[$x]")', { plain: 'hello' }],
  ['replace("hello", "/[/", "x")', { plain: 'hello' }],
];

test.each(cases)('%s', (src, expected) => {
  expect(outcome(src, 'type' in expected)).toEqual(expected);
});
