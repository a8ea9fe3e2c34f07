// Turns the engine's registry failures during pull and push into messages that say what to do: authentication
// refused (and which credentials were tried), a plain-HTTP registry the engine will not use, a certificate it does not
// trust. Anything a request carried as a secret is masked, should the engine ever echo it.
import { DriverError } from './driver.js';
import type { ResolvedAuth } from './credentials.js';

const AUTH =
  /unauthorized|authentication required|no basic auth credentials|requested access to the resource is denied|pull access denied|incorrect username or password/i;
// A registry the engine treats as insecure (loopback, insecure-registries) is retried over plain HTTP when HTTPS fails;
// an HTTPS-only registry then answers this, hiding the first failure (an anonymous request refused, most often).
const HTTP_RETRY_REFUSED = /Client sent an HTTP request to an HTTPS server/i;
const PLAIN_HTTP = /server gave HTTP response to HTTPS client/i;
const UNTRUSTED = /x509:|certificate signed by unknown authority|certificate is not trusted|tls: failed to verify/i;

function loginHint(r: ResolvedAuth): string {
  if (Object.keys(r.auth).length > 0) return `Check the user name and password or token (${r.origin}).`;
  const server = r.registry === 'docker.io' ? '' : ` ${r.registry}`;
  return `Used ${r.origin}. Log in first (docker login${server}, or docker/login-action in a workflow), or set login = true with login_username and login_password in the template.`;
}

function explain(detail: string, r: ResolvedAuth): string | undefined {
  const registry = r.registry;
  if (PLAIN_HTTP.test(detail)) {
    return (
      `the registry ${registry} speaks plain HTTP, and the Docker engine only uses HTTP for registries it is told are insecure (${detail}). ` +
      `Serve the registry over HTTPS, or allow it on the engine: add "insecure-registries": ["${registry}"] to /etc/docker/daemon.json and restart dockerd ` +
      '(Docker Desktop: Settings → Docker Engine). Registries on 127.0.0.0/8 are always allowed.'
    );
  }
  if (UNTRUSTED.test(detail)) {
    return (
      `the Docker engine does not trust the TLS certificate of the registry ${registry} (${detail}). ` +
      `Put the certificate of the CA that signed it in /etc/docker/certs.d/${registry}/ca.crt on the engine's host (read on every request, no restart needed), ` +
      "or add the CA to the host's trust store and restart dockerd."
    );
  }
  if (HTTP_RETRY_REFUSED.test(detail)) {
    return `authentication required or denied for ${registry}: the registry refused the request over HTTPS, and the engine's retry over plain HTTP was rejected (${detail}). ${loginHint(r)}`;
  }
  if (AUTH.test(detail)) return `authentication required or denied for ${registry}: ${detail}. ${loginHint(r)}`;
  return undefined;
}

function mask(text: string, r: ResolvedAuth): string {
  let out = text;
  for (const secret of [r.auth.password, r.auth.identitytoken]) {
    if (secret && secret.length >= 3) out = out.split(secret).join('***');
  }
  return out;
}

/** The error to report for a failed pull or push of `action` (e.g. `push host/repo:tag`). */
export function registryError(err: DriverError, action: string, r: ResolvedAuth): DriverError {
  const prefix = `${action}: `;
  const detail = mask(err.message.startsWith(prefix) ? err.message.slice(prefix.length) : err.message, r).trim();
  if (err.code === 'cancelled') return err;
  const explained = explain(detail, r);
  return new DriverError(`${prefix}${explained ?? detail}`, err.statusCode, err.code);
}
