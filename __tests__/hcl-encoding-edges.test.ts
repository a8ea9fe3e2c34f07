// Encoding and hash functions at their edges, grouped by the kind of mistake a change could make: base64 padding and
// line breaks, URL encoding of each byte, CSV headers and records, the namespaces uuidv5 reads, digests of UTF-8
// text. Expected outcomes are Packer's for the same expressions.
import { outcome, type Expected } from './oracle/cases.js';

const cases: [string, Expected][] = [
  // base64decode: padding required, line breaks ignored, the result must be UTF-8
  ['base64decode("aGk=")', { plain: 'hi', type: 'string' }],
  ['base64decode("aGk")', { error: 'Error in function call: Call to function "base64decode" failed: failed to decode base64 data \'aGk\'.' }],
  ['base64decode("aGVsbG8=")', { plain: 'hello', type: 'string' }],
  ['base64decode("aGVs\\nbG8=")', { plain: 'hello', type: 'string' }],
  ['base64decode("aGVs\\r\\nbG8=")', { plain: 'hello', type: 'string' }],
  ['base64decode("aGVs bG8=")', { error: 'Error in function call: Call to function "base64decode" failed: failed to decode base64 data \'aGVs bG8=\'.' }],
  ['base64decode("aGVsbA==")', { plain: 'hell', type: 'string' }],
  ['base64decode("aGVsbA=")', { error: 'Error in function call: Call to function "base64decode" failed: failed to decode base64 data \'aGVsbA=\'.' }],
  ['base64decode("aGVsbA===")', { error: 'Error in function call: Call to function "base64decode" failed: failed to decode base64 data \'aGVsbA===\'.' }],
  ['base64decode("")', { plain: '', type: 'string' }],
  [
    'base64decode("/w==")',
    { error: 'Error in function call: Call to function "base64decode" failed: the result of decoding the the provided string is not valid UTF-8.' },
  ],
  ['base64decode("-_8=")', { error: 'Error in function call: Call to function "base64decode" failed: failed to decode base64 data \'-_8=\'.' }],
  ['base64decode("4pyT")', { plain: '✓', type: 'string' }],
  ['base64encode("✓ é")', { plain: '4pyTIMOp', type: 'string' }],
  ['base64encode("")', { plain: '', type: 'string' }],
  // urlencode: unreserved bytes kept, spaces as +, the rest as %XX of each UTF-8 byte
  ['urlencode("a-b_c.d~e")', { plain: 'a-b_c.d~e', type: 'string' }],
  ['urlencode("a b&c=d/e?")', { plain: 'a+b%26c%3Dd%2Fe%3F', type: 'string' }],
  ['urlencode("é✓")', { plain: '%C3%A9%E2%9C%93', type: 'string' }],
  ['urlencode("")', { plain: '', type: 'string' }],
  ['urlencode("%+")', { plain: '%25%2B', type: 'string' }],
  ['urlencode("\\n\\t")', { plain: '%0A%09', type: 'string' }],
  // csvdecode: a header of distinct names, records of as many fields
  [
    'csvdecode("a,b\\n1,2\\n3,4\\n")',
    {
      plain: [
        { a: '1', b: '2' },
        { a: '3', b: '4' },
      ],
      type: ['list', ['object', { a: 'string', b: 'string' }]],
    },
  ],
  ['csvdecode("a,b\\n1,2")', { plain: [{ a: '1', b: '2' }], type: ['list', ['object', { a: 'string', b: 'string' }]] }],
  ['csvdecode("a,b\\n")', { plain: [], type: ['list', ['object', { a: 'string', b: 'string' }]] }],
  ['csvdecode("a,b")', { plain: [], type: ['list', ['object', { a: 'string', b: 'string' }]] }],
  ['csvdecode("")', { error: 'Error in function call: Call to function "csvdecode" failed: missing header line.' }],
  ['csvdecode("a,a\\n1,2\\n")', { error: 'Error in function call: Call to function "csvdecode" failed: duplicate column name "a".' }],
  ['csvdecode("a,b\\n1\\n")', { error: 'Error in function call: Call to function "csvdecode" failed: CSV parse error on line 2: wrong number of fields.' }],
  ['csvdecode("a,b\\n1,2,3\\n")', { error: 'Error in function call: Call to function "csvdecode" failed: CSV parse error on line 2: wrong number of fields.' }],
  ['csvdecode("a,b\\n\\"x,y\\",\\"q\\"\\"r\\"\\n")', { plain: [{ a: 'x,y', b: 'q"r' }], type: ['list', ['object', { a: 'string', b: 'string' }]] }],
  [
    'csvdecode("a\\n\\"unterminated\\n")',
    { error: 'Error in function call: Call to function "csvdecode" failed: CSV parse error on line 2: extraneous or missing " in quoted-field.' },
  ],
  ['csvdecode("a,b\\r\\n1,2\\r\\n")', { plain: [{ a: '1', b: '2' }], type: ['list', ['object', { a: 'string', b: 'string' }]] }],
  ['csvdecode("a,b\\n\\n1,2\\n")', { plain: [{ a: '1', b: '2' }], type: ['list', ['object', { a: 'string', b: 'string' }]] }],
  // uuidv5: the named namespaces and any UUID text Go's uuid.Parse reads
  ['uuidv5("dns", "example.com")', { plain: 'cfbff0d1-9375-5685-968c-48ce8b15ae17', type: 'string' }],
  ['uuidv5("url", "https://example.com")', { plain: '4fd35a71-71ef-5a55-a9d9-aa75c889a6d0', type: 'string' }],
  ['uuidv5("oid", "1.2.3")', { plain: '42d5e23b-3a02-5135-85c6-52d1102f1f00', type: 'string' }],
  ['uuidv5("x500", "cn=x")', { plain: 'a951fb6d-5aab-5a72-8e2e-9aa8df8d1f8f', type: 'string' }],
  ['uuidv5("6ba7b810-9dad-11d1-80b4-00c04fd430c8", "example.com")', { plain: 'cfbff0d1-9375-5685-968c-48ce8b15ae17', type: 'string' }],
  ['uuidv5("{6ba7b810-9dad-11d1-80b4-00c04fd430c8}", "example.com")', { plain: 'cfbff0d1-9375-5685-968c-48ce8b15ae17', type: 'string' }],
  ['uuidv5("urn:uuid:6ba7b810-9dad-11d1-80b4-00c04fd430c8", "example.com")', { plain: 'cfbff0d1-9375-5685-968c-48ce8b15ae17', type: 'string' }],
  ['uuidv5("URN:UUID:6ba7b810-9dad-11d1-80b4-00c04fd430c8", "example.com")', { plain: 'cfbff0d1-9375-5685-968c-48ce8b15ae17', type: 'string' }],
  [
    'uuidv5("urx:uuid:6ba7b810-9dad-11d1-80b4-00c04fd430c8", "example.com")',
    {
      error:
        'Error in function call: Call to function "uuidv5" failed: uuidv5() doesn\'t support namespace urx:uuid:6ba7b810-9dad-11d1-80b4-00c04fd430c8 (invalid urn prefix: "urx:uuid:").',
    },
  ],
  ['uuidv5("6ba7b8109dad11d180b400c04fd430c8", "example.com")', { plain: 'cfbff0d1-9375-5685-968c-48ce8b15ae17', type: 'string' }],
  [
    'uuidv5("6ba7b8109dad11d180b400c04fd430cg", "example.com")',
    {
      error:
        'Error in function call: Call to function "uuidv5" failed: uuidv5() doesn\'t support namespace 6ba7b8109dad11d180b400c04fd430cg (invalid UUID format).',
    },
  ],
  [
    'uuidv5("6ba7b810-9dad-11d1-80b4-00c04fd430cg", "example.com")',
    {
      error:
        'Error in function call: Call to function "uuidv5" failed: uuidv5() doesn\'t support namespace 6ba7b810-9dad-11d1-80b4-00c04fd430cg (invalid UUID format).',
    },
  ],
  [
    'uuidv5("6ba7b810+9dad-11d1-80b4-00c04fd430c8", "example.com")',
    {
      error:
        'Error in function call: Call to function "uuidv5" failed: uuidv5() doesn\'t support namespace 6ba7b810+9dad-11d1-80b4-00c04fd430c8 (invalid UUID format).',
    },
  ],
  [
    'uuidv5("DNS", "example.com")',
    { error: 'Error in function call: Call to function "uuidv5" failed: uuidv5() doesn\'t support namespace DNS (invalid UUID length: 3).' },
  ],
  ['uuidv5("", "x")', { error: 'Error in function call: Call to function "uuidv5" failed: uuidv5() doesn\'t support namespace  (invalid UUID length: 0).' }],
  ['uuidv5("dns", "")', { plain: '4ebd0208-8328-5d69-8c44-ec50939c0967', type: 'string' }],
  // digests of UTF-8 text
  ['md5("")', { plain: 'd41d8cd98f00b204e9800998ecf8427e', type: 'string' }],
  ['sha1("é")', { plain: 'bf15be717ac1b080b4f1c456692825891ff5073d', type: 'string' }],
  ['sha256("hello")', { plain: '2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824', type: 'string' }],
  [
    'sha512("")',
    {
      plain: 'cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e',
      type: 'string',
    },
  ],
];

test.each(cases)('%s', (src, expected) => {
  expect(outcome(src, 'type' in expected)).toEqual(expected);
});
