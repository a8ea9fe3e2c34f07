// What a user reads when the engine's pull or push fails at the registry: the engine messages below are the ones
// Docker 20.10 gave against docker-registry 2.8 (htpasswd + TLS), a plain-HTTP server and a self-signed one.
import { describe, expect, it } from '@jest/globals';
import type { ResolvedAuth } from '../src/docker/credentials.js';
import { DriverError } from '../src/docker/driver.js';
import { registryError } from '../src/docker/registry-errors.js';

const REG = '127.0.0.1:5443';
const ACTION = `push ${REG}/app:1`;
const anonymous: ResolvedAuth = { registry: REG, auth: {}, origin: `no credentials (none for ${REG} in /home/u/.docker/config.json)` };
const withPassword: ResolvedAuth = {
  registry: REG,
  auth: { username: 'repack', password: 'pa55-w0rd', serveraddress: REG },
  origin: 'the auths entry "127.0.0.1:5443" in /home/u/.docker/config.json',
};

const fail = (detail: string, status?: number) => new DriverError(`${ACTION}: ${detail}`, status);

describe('registryError', () => {
  it.each([
    {
      name: 'a push without credentials',
      detail: 'no basic auth credentials',
      r: anonymous,
      expected: `${ACTION}: authentication required or denied for ${REG}: no basic auth credentials. Used no credentials (none for ${REG} in /home/u/.docker/config.json). Log in first (docker login ${REG}, or docker/login-action in a workflow), or set login = true with login_username and login_password in the template.`,
    },
    {
      name: 'a wrong password',
      detail: 'unauthorized: authentication required',
      r: withPassword,
      expected: `${ACTION}: authentication required or denied for ${REG}: unauthorized: authentication required. Check the user name and password or token (the auths entry "127.0.0.1:5443" in /home/u/.docker/config.json).`,
    },
    {
      name: "Docker Hub's denial",
      detail: "pull access denied for nope/nope, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
      r: { registry: 'docker.io', auth: {}, origin: 'no credentials' },
      expected:
        "authentication required or denied for docker.io: pull access denied for nope/nope, repository does not exist or may require 'docker login': denied: requested access to the resource is denied. Used no credentials. Log in first (docker login, or",
    },
    {
      name: "an anonymous pull from a loopback registry that wants credentials (the engine's HTTP retry hides the 401)",
      detail:
        'error parsing HTTP 400 response body: invalid character \'C\' looking for beginning of value: "Client sent an HTTP request to an HTTPS server.\\n"',
      r: anonymous,
      expected: `${ACTION}: authentication required or denied for ${REG}: the registry refused the request over HTTPS, and the engine's retry over plain HTTP was rejected`,
    },
    {
      name: 'a plain-HTTP registry the engine will not use',
      detail: 'Get "https://192.0.2.2:5000/v2/": http: server gave HTTP response to HTTPS client',
      r: { ...anonymous, registry: '192.0.2.2:5000' },
      expected: `the registry 192.0.2.2:5000 speaks plain HTTP, and the Docker engine only uses HTTP for registries it is told are insecure (Get "https://192.0.2.2:5000/v2/": http: server gave HTTP response to HTTPS client). Serve the registry over HTTPS, or allow it on the engine: add "insecure-registries": ["192.0.2.2:5000"] to /etc/docker/daemon.json and restart dockerd`,
    },
    {
      name: 'a certificate the engine does not trust',
      detail: 'Get "https://192.0.2.2:5443/v2/": x509: certificate signed by unknown authority',
      r: { ...anonymous, registry: '192.0.2.2:5443' },
      expected: 'Put the certificate of the CA that signed it in /etc/docker/certs.d/192.0.2.2:5443/ca.crt',
    },
  ])('$name', ({ detail, r, expected }) => {
    const e = registryError(fail(detail, 500), ACTION, r);
    expect(e).toBeInstanceOf(DriverError);
    expect(e.message).toContain(expected);
    expect(e.message.startsWith(`${ACTION}: `)).toBe(true);
    expect(e.statusCode).toBe(500);
  });

  it('leaves other failures as they were', () => {
    const e = registryError(fail('manifest for x not found: manifest unknown'), ACTION, anonymous);
    expect(e.message).toBe(`${ACTION}: manifest for x not found: manifest unknown`);
    const cancelled = new DriverError(`${ACTION}: cancelled`, undefined, 'cancelled');
    expect(registryError(cancelled, ACTION, anonymous)).toBe(cancelled);
  });

  it('never repeats a secret the engine echoed', () => {
    const e = registryError(fail('unauthorized: bad password pa55-w0rd for repack'), ACTION, withPassword);
    expect(e.message).not.toContain('pa55-w0rd');
    expect(e.message).toContain('bad password *** for repack');
    const token: ResolvedAuth = { registry: REG, auth: { identitytoken: 'tok-123456' }, origin: 'x' };
    expect(registryError(fail('denied tok-123456'), ACTION, token).message).not.toContain('tok-123456');
  });
});
