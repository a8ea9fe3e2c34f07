// Image references as distribution/reference reads them (ParseNormalizedNamed, regexp.go, go-digest's validation):
// the registry and path each spelling normalises to, and the docker CLI's error for each malformed one (the error
// texts were checked against `docker tag` of Docker 27).
import {
  canonicalName,
  familiarName,
  formatReference,
  parseReference,
  pullParameters,
  sameRepository,
  splitDockerDomain,
  type ImageReference,
} from '../src/docker/reference.js';
import { asDigest, isDigest } from '../src/docker/digest.js';
import { connectDocker } from '../src/docker/connect.js';

const hex = (c: string, n = 64) => c.repeat(n);
const D = `sha256:${hex('a')}` as const;

function ok(s: string): ImageReference {
  const r = parseReference(s);
  if ('error' in r) throw new Error(`${s}: ${r.error}`);
  return r.ref;
}

function fails(s: string): string {
  const r = parseReference(s);
  if ('ref' in r) throw new Error(`${s} parsed as ${JSON.stringify(r.ref)}`);
  return r.error;
}

describe('normalisation: the registry and repository path a name stands for', () => {
  test.each<[string, Partial<ImageReference>]>([
    ['ubuntu', { name: 'ubuntu', domain: 'docker.io', path: 'library/ubuntu' }],
    ['ubuntu:22.04', { name: 'ubuntu', domain: 'docker.io', path: 'library/ubuntu', tag: '22.04' }],
    ['docker.io/ubuntu', { name: 'docker.io/ubuntu', domain: 'docker.io', path: 'library/ubuntu' }],
    ['index.docker.io/library/ubuntu', { domain: 'docker.io', path: 'library/ubuntu' }],
    ['org/app', { domain: 'docker.io', path: 'org/app' }],
    ['docker.io/org/app:v1', { domain: 'docker.io', path: 'org/app', tag: 'v1' }],
    // localhost is a host with or without a port; another single word is a Docker Hub namespace.
    ['localhost/app', { domain: 'localhost', path: 'app' }],
    ['localhost:5000/app:1', { domain: 'localhost:5000', path: 'app', tag: '1' }],
    ['registry/app', { domain: 'docker.io', path: 'registry/app' }],
    ['127.0.0.1:5000/demo', { name: '127.0.0.1:5000/demo', domain: '127.0.0.1:5000', path: 'demo' }],
    ['[::1]:5000/app', { domain: '[::1]:5000', path: 'app' }],
    ['ghcr.io/o/team/app:v1', { domain: 'ghcr.io', path: 'o/team/app', tag: 'v1' }],
    // A first component with capitals is a host: repository paths are lowercase.
    ['Registry/app', { domain: 'Registry', path: 'app' }],
    [`127.0.0.1:5000/demo@${D}`, { name: '127.0.0.1:5000/demo', path: 'demo', digest: D }],
    [`ghcr.io/o/app:v1@${D}`, { name: 'ghcr.io/o/app', tag: 'v1', digest: D }],
    // A bare host-like word is a Docker Hub name (distribution/reference's own FIXME), and a bare port is a tag.
    ['docker.io', { domain: 'docker.io', path: 'library/docker.io' }],
    ['localhost:5000', { name: 'localhost', path: 'library/localhost', tag: '5000' }],
    // Separators: one period, one or two underscores, any number of dashes.
    ['a.b__c--d-e_f', { path: 'library/a.b__c--d-e_f' }],
    [`app:${'t'.repeat(128)}`, { tag: 't'.repeat(128) }],
    ['app:_X.y-1', { tag: '_X.y-1' }],
  ])('%s', (s, want) => expect(ok(s)).toMatchObject(want));

  test('a name keeps the spelling it was written in; it is only compared normalised', () => {
    const a = ok('docker.io/library/ubuntu:22.04');
    const b = ok('ubuntu');
    const c = ok('index.docker.io/ubuntu');
    expect(formatReference(a)).toBe('docker.io/library/ubuntu:22.04');
    expect(sameRepository(a, b) && sameRepository(b, c)).toBe(true);
    expect(sameRepository(ok('ghcr.io/o/app'), ok('o/app'))).toBe(false);
    expect([canonicalName(b), familiarName(a), familiarName(ok('docker.io/org/app')), familiarName(ok('localhost:5000/x'))]).toEqual([
      'docker.io/library/ubuntu',
      'ubuntu',
      'org/app',
      'localhost:5000/x',
    ]);
    expect(formatReference(ok(`127.0.0.1:5000/demo:1@${D}`))).toBe(`127.0.0.1:5000/demo:1@${D}`);
  });

  test("splitDockerDomain: the docker CLI's test of a first component", () => {
    expect(splitDockerDomain('ubuntu')).toEqual({ domain: 'docker.io', remainder: 'library/ubuntu' });
    expect(splitDockerDomain('index.docker.io/x')).toEqual({ domain: 'docker.io', remainder: 'library/x' });
    expect(splitDockerDomain('example.com/x/y')).toEqual({ domain: 'example.com', remainder: 'x/y' });
    expect(splitDockerDomain('x/y')).toEqual({ domain: 'docker.io', remainder: 'x/y' });
  });

  test('a pull asks for the digest when there is one, else the tag, else latest', () => {
    expect(pullParameters(ok('127.0.0.1:5000/debian'))).toEqual({ repository: '127.0.0.1:5000/debian', tag: 'latest' });
    expect(pullParameters(ok('debian:bookworm'))).toEqual({ repository: 'debian', tag: 'bookworm' });
    expect(pullParameters(ok(`r/app:1@${D}`))).toEqual({ repository: 'r/app', tag: D });
  });
});

describe("malformed references, with the docker CLI's errors", () => {
  test.each([
    ['Ubuntu', 'invalid reference format: repository name (library/Ubuntu) must be lowercase'],
    ['foo/Bar', 'invalid reference format: repository name (foo/Bar) must be lowercase'],
    ['example.com:5000/Foo:v1', 'invalid reference format: repository name (Foo) must be lowercase'],
    [hex('a'), `invalid repository name (${hex('a')}), cannot specify 64-byte hexadecimal strings`],
    ['', 'invalid reference format'],
    ['app:', 'invalid reference format'],
    ['app:-x', 'invalid reference format'],
    [`app:${'t'.repeat(129)}`, 'invalid reference format'],
    ['a___b', 'invalid reference format'],
    ['a..b', 'invalid reference format'],
    ['-a', 'invalid reference format'],
    ['a/', 'invalid reference format'],
    ['a//b', 'invalid reference format'],
    ['host:port/app', 'invalid reference format'],
    ['app@sha256:abc', 'invalid reference format'],
    [`app@sha256:${hex('a', 32)}`, 'invalid checksum digest length'],
    [`app@md5:${hex('a', 32)}`, 'unsupported digest algorithm'],
    [`app@sha256:${hex('A')}`, 'invalid checksum digest format'],
    [`x/${'a'.repeat(254)}`, 'repository name must not be more than 255 characters'],
  ])('%s', (s, message) => expect(fails(s)).toBe(message));

  test('255 characters of path are allowed', () => {
    expect(ok(`x/${'a'.repeat(253)}`).path).toHaveLength(255);
  });
});

describe('digests', () => {
  test.each([
    [D, true],
    [`sha512:${hex('0', 128)}`, true],
    [`sha384:${hex('f', 96)}`, true],
    [`sha256:${hex('A')}`, false],
    [`sha256:${hex('a', 63)}`, false],
    [`sha512:${hex('a')}`, false],
    [`md5:${hex('a', 32)}`, false],
    [hex('a'), false],
  ])('%s', (s, valid) => {
    expect(isDigest(s)).toBe(valid);
    expect(asDigest(s)).toBe(valid ? s : undefined);
  });
});

test("a source image docker would refuse fails its pull with docker's message, before the engine is asked", async () => {
  const driver = connectDocker({ DOCKER_HOST: 'unix:///nonexistent/repack-reference-test.sock' });
  await expect(driver.pull('Debian:bookworm')).rejects.toThrow(
    /^pull Debian:bookworm: invalid reference format: repository name \(library\/Debian\) must be lowercase$/,
  );
});
