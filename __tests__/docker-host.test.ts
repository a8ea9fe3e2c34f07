import { createHash } from 'node:crypto';
import https from 'node:https';
import { describe, expect, it } from '@jest/globals';
import { type HostFiles, resolveEndpoint } from '../src/docker/docker-host.js';
import { DriverError } from '../src/docker/driver.js';

function files(contents: Record<string, string> = {}): HostFiles {
  return {
    home: '/home/u',
    read: (file) => (file in contents ? Buffer.from(contents[file]) : undefined),
  };
}

const contextId = (name: string): string => createHash('sha256').update(name).digest('hex');

describe('resolveEndpoint (where the docker CLI would connect)', () => {
  it.each([
    [{}, 'unix:///var/run/docker.sock', { socketPath: '/var/run/docker.sock', host: undefined }],
    [{ DOCKER_HOST: 'unix:///run/user/1000/docker.sock' }, 'unix:///run/user/1000/docker.sock', { socketPath: '/run/user/1000/docker.sock' }],
    [{ DOCKER_HOST: 'unix://' }, 'unix:///var/run/docker.sock', { socketPath: '/var/run/docker.sock' }],
    [{ DOCKER_HOST: 'tcp://10.0.0.5:2375' }, 'tcp://10.0.0.5:2375', { host: '10.0.0.5', port: '2375', protocol: 'http', socketPath: undefined }],
    [{ DOCKER_HOST: 'tcp://docker' }, 'tcp://docker:2375', { host: 'docker', port: '2375', protocol: 'http' }],
    [{ DOCKER_HOST: 'docker:1234' }, 'tcp://docker:1234', { host: 'docker', port: '1234', protocol: 'http' }],
    [{ DOCKER_HOST: 'tcp://[::1]:2375' }, 'tcp://[::1]:2375', { host: '::1', port: '2375' }],
    [
      { DOCKER_HOST: 'ssh://deploy@build.example.com', SSH_AUTH_SOCK: '/tmp/agent.sock' },
      'ssh://deploy@build.example.com:22',
      { protocol: 'ssh', host: 'build.example.com', port: '22', username: 'deploy', sshOptions: { agent: '/tmp/agent.sock' } },
    ],
    [{ DOCKER_HOST: 'ssh://box:2222' }, 'ssh://box:2222', { protocol: 'ssh', host: 'box', port: '2222', username: undefined, sshOptions: {} }],
  ])('%j → %s', (env, address, options) => {
    const endpoint = resolveEndpoint(env, files());
    expect(endpoint.address).toBe(address);
    expect(endpoint.options).toMatchObject(options);
  });

  it('uses TLS with certificates from DOCKER_CERT_PATH when DOCKER_TLS_VERIFY is set', () => {
    const endpoint = resolveEndpoint(
      { DOCKER_HOST: 'tcp://remote', DOCKER_TLS_VERIFY: '1', DOCKER_CERT_PATH: '/certs' },
      files({ '/certs/ca.pem': 'CA', '/certs/cert.pem': 'CERT', '/certs/key.pem': 'KEY' }),
    );
    expect(endpoint.address).toBe('tcp://remote:2376');
    expect(endpoint.options).toMatchObject({ protocol: 'https', port: '2376' });
    expect(endpoint.options.ca?.toString()).toBe('CA');
    expect(endpoint.options.cert?.toString()).toBe('CERT');
    expect(endpoint.options.key?.toString()).toBe('KEY');
    expect(endpoint.options.agent).toBeUndefined();
  });

  it('reads certificates from ~/.docker by default, and DOCKER_TLS skips verification', () => {
    const endpoint = resolveEndpoint({ DOCKER_HOST: 'tcp://remote:2376', DOCKER_TLS: '1' }, files({ '/home/u/.docker/ca.pem': 'CA' }));
    expect(endpoint.options.protocol).toBe('https');
    expect(endpoint.options.ca?.toString()).toBe('CA');
    expect(endpoint.options.cert).toBeUndefined();
    expect(endpoint.options.agent).toBeInstanceOf(https.Agent);
    expect(endpoint.options.agent?.options.rejectUnauthorized).toBe(false);
  });

  it('follows the current docker context when DOCKER_HOST is unset', () => {
    const id = contextId('remote');
    const endpoint = resolveEndpoint(
      {},
      files({
        '/home/u/.docker/config.json': JSON.stringify({ currentContext: 'remote' }),
        [`/home/u/.docker/contexts/meta/${id}/meta.json`]: JSON.stringify({
          Name: 'remote',
          Endpoints: { docker: { Host: 'tcp://ctx-host:2376', SkipTLSVerify: false } },
        }),
        [`/home/u/.docker/contexts/tls/${id}/docker/ca.pem`]: 'CTXCA',
      }),
    );
    expect(endpoint.address).toBe('tcp://ctx-host:2376');
    expect(endpoint.options.protocol).toBe('https');
    expect(endpoint.options.ca?.toString()).toBe('CTXCA');
  });

  it('lets DOCKER_CONTEXT pick a context and DOCKER_HOST override it', () => {
    const id = contextId('ssh-box');
    const meta = { [`/cfg/contexts/meta/${id}/meta.json`]: JSON.stringify({ Endpoints: { docker: { Host: 'ssh://me@box' } } }) };
    expect(resolveEndpoint({ DOCKER_CONFIG: '/cfg', DOCKER_CONTEXT: 'ssh-box' }, files(meta)).address).toBe('ssh://me@box:22');
    expect(resolveEndpoint({ DOCKER_CONFIG: '/cfg', DOCKER_CONTEXT: 'ssh-box', DOCKER_HOST: 'unix:///x.sock' }, files(meta)).address).toBe('unix:///x.sock');
    expect(resolveEndpoint({ DOCKER_CONTEXT: 'default' }, files()).address).toBe('unix:///var/run/docker.sock');
  });

  it.each([
    [{ DOCKER_HOST: 'npipe:////./pipe/docker_engine' }, /Unsupported DOCKER_HOST "npipe:/],
    [{ DOCKER_HOST: 'tcp://bad host' }, /Invalid DOCKER_HOST "tcp:\/\/bad host"/],
    [{ DOCKER_CONTEXT: 'missing' }, /Docker context "missing" not found/],
  ])('rejects %j clearly', (env, message) => {
    expect(() => resolveEndpoint(env, files())).toThrow(DriverError);
    expect(() => resolveEndpoint(env, files())).toThrow(message);
  });
});
