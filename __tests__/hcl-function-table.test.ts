// repack's function table is Packer's, name for name (Packer 1.16.0, hcl2template/functions.go), and the functions
// Packer added to go-cty's set behave as Packer's do.
import { constants, createPublicKey, generateKeyPairSync, publicEncrypt } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { evaluate } from '../src/hcl/eval/evaluate.js';
import { standardFunctions } from '../src/hcl/functions/index.js';
import { parseExpressionText } from '../src/hcl/syntax/parser.js';
import { toJS, V, type Value } from '../src/hcl/value/value.js';

const PACKER_FUNCTIONS = [
  'abs', 'abspath', 'alltrue', 'anytrue', 'aws_secretsmanager', 'aws_secretsmanager_raw', 'base64decode', 'base64encode',
  'base64gzip', 'basename', 'bcrypt', 'can', 'ceil', 'chomp', 'chunklist', 'cidrhost', 'cidrnetmask', 'cidrsubnet',
  'cidrsubnets', 'coalesce', 'coalescelist', 'compact', 'concat', 'consul_key', 'contains', 'convert', 'csvdecode',
  'dirname', 'distinct', 'element', 'endswith', 'file', 'filebase64', 'fileexists', 'fileset', 'flatten', 'floor',
  'format', 'formatdate', 'formatlist', 'indent', 'index', 'join', 'jsondecode', 'jsonencode', 'keys', 'legacy_isotime',
  'legacy_strftime', 'length', 'log', 'lookup', 'lower', 'max', 'md5', 'merge', 'min', 'parseint', 'pathexpand', 'pow',
  'range', 'regex', 'regex_replace', 'regexall', 'replace', 'reverse', 'rfc3339_parse', 'rsadecrypt', 'setintersection',
  'setproduct', 'setunion', 'sha1', 'sha256', 'sha512', 'signum', 'slice', 'sort', 'split', 'startswith', 'strcontains',
  'strrev', 'substr', 'sum', 'templatefile', 'textdecodebase64', 'textencodebase64', 'timeadd', 'timestamp', 'title',
  'trim', 'trimprefix', 'trimspace', 'trimsuffix', 'try', 'unix_timestamp_parse', 'upper', 'urlencode', 'uuidv4',
  'uuidv5', 'values', 'vault', 'yamldecode', 'yamlencode', 'zipmap',
]; // prettier-ignore

// regex_replace is implemented with the other regular-expression functions (regex.ts); once it is in the table this
// test fails until the name is taken out of this list.
const dir = mkdtempSync(join(tmpdir(), 'repack-fn-'));
writeFileSync(join(dir, 'bytes.bin'), Buffer.from([0, 1, 2, 0xff, 0xfe]));
const functions = standardFunctions({ baseDir: join(dir, 'elsewhere'), cwd: dir });

function call(src: string, variables: Record<string, Value> = {}): { value: Value; errors: string[] } {
  const parsed = parseExpressionText(src, 'f.hcl');
  expect(parsed.diagnostics).toEqual([]);
  const r = evaluate(parsed.expr, { variables, functions });
  return { value: r.value, errors: r.diagnostics.map((d) => `${d.summary}: ${d.detail}`) };
}

function ok(src: string, variables: Record<string, Value> = {}): unknown {
  const r = call(src, variables);
  expect(r.errors).toEqual([]);
  return toJS(r.value);
}

describe('function table', () => {
  it("has exactly Packer's function names", () => {
    const names = Object.keys(functions).sort();
    expect(names).toEqual([...PACKER_FUNCTIONS].sort());
  });

  it.each(['tolist', 'tomap', 'toset', 'tostring', 'tonumber', 'tobool', 'sensitive', 'nonsensitive', 'transpose', 'base64sha256', 'base64sha512'])(
    '%s is not a Packer function',
    (name) => {
      expect(call(`${name}("x")`).errors[0]).toMatch(/^Call to unknown function: There is no function named "/);
    },
  );
});

describe('alltrue and anytrue', () => {
  it.each([
    ['alltrue([])', true],
    ['alltrue([true, true])', true],
    ['alltrue([true, false])', false],
    ['alltrue(["true", true])', true],
    ['alltrue([true, null])', false],
    ['anytrue([])', false],
    ['anytrue([false, true])', true],
    ['anytrue([false, null])', false],
    ['anytrue(["false", "true"])', true],
  ])('%s = %s', (src, expected) => expect(ok(src)).toBe(expected));

  it('decides despite an unknown element when a known one settles it', () => {
    expect(ok('alltrue([false, u])', { u: V.unknown() })).toBe(false);
    expect(call('alltrue([true, u])', { u: V.unknown() }).value.kind).toBe('unknown');
    expect(ok('anytrue([u, true])', { u: V.unknown() })).toBe(true);
    expect(call('anytrue([u, false])', { u: V.unknown() }).value.kind).toBe('unknown');
  });

  it('rejects elements that are not bools', () => {
    expect(call('alltrue(["x"])').errors[0]).toMatch(/^Invalid function argument: Invalid value for "list" parameter: /);
  });
});

describe('base64gzip and filebase64', () => {
  it.each([
    ['test', 'H4sIAAAAAAAA/ypJLS4BAAAA//8BAAD//wx+f9gEAAAA'],
    ['helloworld', 'H4sIAAAAAAAA/8pIzcnJL88vykkBAAAA//8BAAD//60g6/kKAAAA'],
  ])('base64gzip(%j) is the bytes Go writes', (input, expected) => {
    expect(ok(`base64gzip(${JSON.stringify(input)})`)).toBe(expected);
  });

  it('base64gzip round-trips longer text', () => {
    const text = 'line one\nline two — ü\n'.repeat(50);
    const out = ok(`base64gzip(${JSON.stringify(text)})`) as string;
    expect(gunzipSync(Buffer.from(out, 'base64')).toString('utf8')).toBe(text);
  });

  it('filebase64 reads the bytes of a path relative to the working directory', () => {
    expect(ok('filebase64("bytes.bin")')).toBe('AAEC//4=');
    expect(ok(`filebase64(${JSON.stringify(join(dir, 'bytes.bin'))})`)).toBe('AAEC//4=');
  });

  it('filebase64 of a missing file fails', () => {
    expect(call('filebase64("nope.bin")').errors).toEqual([
      'Error in function call: Call to function "filebase64" failed: failed to read file "nope.bin": open nope.bin: no such file or directory.',
    ]);
  });
});

describe('rfc3339_parse and unix_timestamp_parse', () => {
  it('takes an RFC 3339 timestamp apart in its own offset', () => {
    expect(ok('rfc3339_parse("2023-07-25T23:43:16-05:00")')).toEqual({
      year: 2023,
      year_day: 206,
      day: 25,
      month: 7,
      month_name: 'July',
      weekday: 2,
      weekday_name: 'Tuesday',
      hour: 23,
      minute: 43,
      second: 16,
      unix: 1690346596,
      iso_year: 2023,
      iso_week: 30,
    });
  });

  it.each([
    ['2021-01-01 00:00:00.5Z', { year: 2021, iso_year: 2020, iso_week: 53, weekday_name: 'Friday', unix: 1609459200 }],
    ['2024-12-30T12:00:00Z', { year: 2024, year_day: 365, iso_year: 2025, iso_week: 1 }],
    ['2024-02-29T00:00:00.123456789+01:30', { month_name: 'February', day: 29, hour: 0, unix: 1709159400 }],
  ])('%s', (ts, fields) => {
    expect(ok(`rfc3339_parse(${JSON.stringify(ts)})`)).toEqual(expect.objectContaining(fields));
  });

  it.each(['2023-02-29T00:00:00Z', '2023-07-25T24:00:00Z', '2023-07-25t10:00:00Z', '2023-07-25T10:00:00z', '2023-07-25T10:00Z', '2023-07-25'])(
    '%s is not RFC 3339',
    (ts) => {
      expect(call(`rfc3339_parse(${JSON.stringify(ts)})`).errors).toEqual([
        `Invalid function argument: Invalid value for "timestamp" parameter: ${JSON.stringify(ts)} is not a valid RFC3339 timestamp.`,
      ]);
    },
  );

  it('reads unix seconds in UTC', () => {
    expect(ok('unix_timestamp_parse(1690346596)')).toEqual({
      year: 2023,
      year_day: 207,
      day: 26,
      month: 7,
      month_name: 'July',
      weekday: 3,
      weekday_name: 'Wednesday',
      hour: 4,
      minute: 43,
      second: 16,
      rfc3339: '2023-07-26T04:43:16Z',
      iso_year: 2023,
      iso_week: 30,
    });
    expect(ok('unix_timestamp_parse(-1).rfc3339')).toBe('1969-12-31T23:59:59Z');
    // Years 0–99 are years 0–99 (a leap year 0, ISO year 0), not 1900–1999.
    expect(ok('unix_timestamp_parse(-62135596801)')).toEqual(
      expect.objectContaining({ year: 0, year_day: 366, iso_year: 0, iso_week: 52, rfc3339: '0000-12-31T23:59:59Z' }),
    );
    expect(ok('rfc3339_parse("0099-03-01T00:00:00Z")')).toEqual(expect.objectContaining({ year: 99, year_day: 60, iso_year: 99, weekday: 0 }));
  });

  it('wants whole seconds', () => {
    expect(call('unix_timestamp_parse(1.5)').errors).toEqual([
      'Invalid function argument: Invalid value for "unix_timestamp" parameter: unix_timestamp must be a whole number of seconds representable as a 64-bit integer: value must be a whole number, between -9223372036854775808 and 9223372036854775807.',
    ]);
  });
});

describe('rsadecrypt', () => {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 1024 });
  const pem = privateKey.export({ format: 'pem', type: 'pkcs1' }).toString();
  const encrypt = (text: string): string =>
    publicEncrypt({ key: createPublicKey(privateKey), padding: constants.RSA_PKCS1_PADDING }, Buffer.from(text)).toString('base64');
  const vars = (ct: string, key = pem) => ({ ct: V.string(ct), key: V.string(key) });

  it('decrypts PKCS #1 v1.5 ciphertext with a PKCS #1 PEM key', () => {
    expect(ok('rsadecrypt(ct, key)', vars(encrypt('s3cret ü')))).toBe('s3cret ü');
  });

  it.each([
    ['not base64!', pem, /failed to decode input "not base64!": cipher text must be base64-encoded\.$/],
    ['AAAA', 'no key here', /failed to parse key: no key found\.$/],
    [
      'AAAA',
      pem.replace('-----BEGIN RSA PRIVATE KEY-----\n', '-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,00\n\n'),
      /password protected keys are not supported\. Please decrypt the key prior to use\.$/,
    ],
    ['AAAA', privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(), /use ParsePKCS8PrivateKey instead for this key format\)\.$/],
    ['AAAA', pem, /failed: crypto\/rsa: decryption error\.$/],
  ])('fails on %j', (ct, key, message) => {
    const r = call('rsadecrypt(ct, key)', vars(ct, key));
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatch(/^Error in function call: Call to function "rsadecrypt" failed: /);
    expect(r.errors[0]).toMatch(message);
  });
});

describe('functions that read a secret service', () => {
  it.each([
    ['vault("secret/data/ci", "token")', 'HashiCorp Vault'],
    ['consul_key("ci/token")', 'Consul'],
    ['aws_secretsmanager("ci", "token")', 'AWS Secrets Manager'],
    ['aws_secretsmanager("ci", null)', 'AWS Secrets Manager'],
    ['aws_secretsmanager_raw("ci")', 'AWS Secrets Manager'],
  ])('%s says what it needs and how to pass the value instead', (src, service) => {
    const r = call(src);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toContain(`Error in function call: Call to function "${src.slice(0, src.indexOf('('))}" failed: this function reads from ${service}`);
    expect(r.errors[0]).toContain('PKR_VAR_name');
    expect(r.errors[0]).toContain("the action's variables input");
  });

  it('keeps Packer’s parameters', () => {
    expect(call('vault("only-path")').errors[0]).toMatch(
      /^Not enough function arguments: Function "vault" expects 2 argument\(s\)\. Missing value for "key"\./,
    );
  });
});
