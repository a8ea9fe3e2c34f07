import { createRequire as __repackCreateRequire } from 'node:module';
import { fileURLToPath as __repackFileURLToPath } from 'node:url';
import { dirname as __repackDirname } from 'node:path';
const require = __repackCreateRequire(import.meta.url);
const __filename = __repackFileURLToPath(import.meta.url);
const __dirname = __repackDirname(__filename);

// src/error-message.ts
function messageOf(e) {
  return e instanceof Error ? e.message : String(e);
}
function toError(e) {
  return e instanceof Error ? e : new Error(String(e));
}

// src/docker/driver.ts
var REPACK_LABEL = "io.repack.managed";
var DriverError = class extends Error {
  constructor(message, statusCode) {
    super(message);
    this.statusCode = statusCode;
    this.name = "DriverError";
  }
  statusCode;
};

// src/docker/registry-host.ts
var DOCKER_HUB = "docker.io";
var DOCKER_HUB_AUTH_KEY = "https://index.docker.io/v1/";
var HUB_ALIASES = /* @__PURE__ */ new Set([DOCKER_HUB, "index.docker.io", "registry-1.docker.io"]);
function registryOf(ref) {
  const slash = ref.indexOf("/");
  if (slash < 0) return DOCKER_HUB;
  const first = ref.slice(0, slash);
  const isHost = /[.:]/.test(first) || first === "localhost" || first !== first.toLowerCase();
  return isHost ? normalizeHost(first) : DOCKER_HUB;
}
function hostOf(serverAddress) {
  const host = serverAddress.trim().replace(/^[a-z][a-z0-9+.-]*:\/\//i, "").split("/")[0];
  return normalizeHost(host);
}
function normalizeHost(host) {
  const lower = host.toLowerCase();
  return HUB_ALIASES.has(lower) ? DOCKER_HUB : host;
}
function authKey(registry) {
  return registry === DOCKER_HUB ? DOCKER_HUB_AUTH_KEY : registry;
}
function sameRegistry(a, b) {
  return hostOf(a) === hostOf(b);
}
function familiarName(repository) {
  if (registryOf(repository) !== DOCKER_HUB) return repository;
  return repository.replace(/^(?:docker\.io|index\.docker\.io|registry-1\.docker\.io)\//i, "").replace(/^library\/(?=[^/]+$)/, "");
}

// src/docker/reference.ts
function parseReference(ref) {
  const at = ref.indexOf("@");
  if (at >= 0) return { repository: ref.slice(0, at), tag: ref.slice(at + 1) };
  const colon = ref.lastIndexOf(":");
  if (colon > ref.lastIndexOf("/")) return { repository: ref.slice(0, colon), tag: ref.slice(colon + 1) };
  return { repository: ref, tag: "latest" };
}

// src/docker/capture.ts
var CAPTURE_LIMIT = 1 << 20;
var Capture = class {
  constructor(limit = CAPTURE_LIMIT) {
    this.limit = limit;
  }
  limit;
  chunks = [];
  kept = 0;
  dropped = 0;
  /** Bytes seen so far. */
  get size() {
    return this.kept + this.dropped;
  }
  push(chunk) {
    const take = Math.min(chunk.length, this.limit - this.kept);
    if (take > 0) {
      this.chunks.push(take === chunk.length ? chunk : chunk.subarray(0, take));
      this.kept += take;
    }
    this.dropped += chunk.length - take;
  }
  text() {
    const kept = Buffer.concat(this.chunks).toString("utf8");
    return this.dropped > 0 ? `${kept}
[\u2026 ${this.dropped} more bytes not kept]` : kept;
  }
};

export {
  messageOf,
  toError,
  REPACK_LABEL,
  DriverError,
  DOCKER_HUB,
  registryOf,
  hostOf,
  authKey,
  sameRegistry,
  familiarName,
  Capture,
  parseReference
};
