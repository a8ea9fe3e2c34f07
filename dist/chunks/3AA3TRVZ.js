import { createRequire as __repackCreateRequire } from 'node:module';
import { fileURLToPath as __repackFileURLToPath } from 'node:url';
import { dirname as __repackDirname } from 'node:path';
const require = __repackCreateRequire(import.meta.url);
const __repackFilename = __repackFileURLToPath(import.meta.url);
const __repackDirnameValue = __repackDirname(__repackFilename);

// src/docker/driver.ts
var REPACK_LABEL = "io.repack.managed";
var DriverError = class extends Error {
  constructor(message, statusCode, code = "engine") {
    super(message);
    this.statusCode = statusCode;
    this.code = code;
    this.name = "DriverError";
  }
  statusCode;
  code;
};

// src/docker/credentials.ts
import { readFileSync } from "node:fs";
import os from "node:os";
import path2 from "node:path";

// src/docker/credential-helper.ts
import { spawn } from "node:child_process";
var TIMEOUT_MS = 6e4;
var runHelperProcess = (program, input, env) => new Promise((resolve) => {
  const child = spawn(program, ["get"], { env, stdio: ["pipe", "pipe", "ignore"] });
  const timer = setTimeout(() => child.kill(), TIMEOUT_MS);
  const chunks = [];
  let spawnError;
  child.stdout.on("data", (c) => chunks.push(c));
  child.on("error", (e) => {
    spawnError = e.code ?? e.message;
  });
  child.stdin.on("error", () => {
  });
  child.stdin.end(input);
  child.on("close", (code) => {
    clearTimeout(timer);
    resolve({ exitCode: code, stdout: Buffer.concat(chunks).toString("utf8"), spawnError });
  });
});
var NOT_FOUND = /credentials not found/i;
async function helperGet(name, serverAddress, env, run, configured) {
  const program = `docker-credential-${name}`;
  const out = await run(program, serverAddress, env);
  if (out.spawnError !== void 0) {
    const why = out.spawnError === "ENOENT" ? "it is not on PATH" : `it could not be started (${out.spawnError})`;
    throw new DriverError(
      `cannot get credentials for ${serverAddress}: ${configured} names the credential helper ${program}, but ${why}. Install it, or remove it from the docker config.`
    );
  }
  if (out.exitCode !== 0) {
    if (NOT_FOUND.test(out.stdout)) return void 0;
    const first = out.stdout.trim().split("\n")[0]?.slice(0, 120) ?? "";
    const status = out.exitCode === null ? "was stopped" : `exited with status ${out.exitCode}`;
    throw new DriverError(`cannot get credentials for ${serverAddress}: the credential helper ${program} ${status}${first ? `: ${first}` : ""}`);
  }
  let parsed;
  try {
    parsed = JSON.parse(out.stdout);
  } catch {
    throw new DriverError(`cannot get credentials for ${serverAddress}: the credential helper ${program} did not answer with JSON`);
  }
  const { Username: username, Secret: secret } = typeof parsed === "object" && parsed !== null ? parsed : {};
  if (typeof secret !== "string" || secret === "") return void 0;
  return { username: typeof username === "string" ? username : "", secret };
}

// src/docker/docker-config.ts
import path from "node:path";
function dockerConfigDir(env, home) {
  return env.DOCKER_CONFIG || path.join(env.HOME || home, ".docker");
}
var isRecord = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
var str = (v) => typeof v === "string" && v !== "" ? v : void 0;
function toStoredAuth(entry) {
  const out = { username: str(entry.username), password: str(entry.password), identitytoken: str(entry.identitytoken) };
  const encoded = str(entry.auth);
  if (encoded !== void 0) {
    const decoded = Buffer.from(encoded, "base64").toString("utf8");
    const colon = decoded.indexOf(":");
    if (colon < 0) return void 0;
    out.username = decoded.slice(0, colon);
    out.password = decoded.slice(colon + 1);
  }
  return out;
}
function stringMap(v) {
  if (!isRecord(v)) return {};
  return Object.fromEntries(Object.entries(v).filter((e) => typeof e[1] === "string" && e[1] !== ""));
}
function parseDockerConfig(text, file) {
  const empty = { path: file, auths: {}, credHelpers: {} };
  if (text === void 0 || text.trim() === "") return empty;
  let parsed;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { ...empty, problem: `${file} is not valid JSON` };
  }
  if (!isRecord(parsed)) return { ...empty, problem: `${file} does not hold a JSON object` };
  const auths = {};
  const badEntries = [];
  for (const [server, entry] of Object.entries(isRecord(parsed.auths) ? parsed.auths : {})) {
    const auth = isRecord(entry) ? toStoredAuth(entry) : void 0;
    if (auth) auths[server] = auth;
    else badEntries.push(server);
  }
  const config = { path: file, auths, credHelpers: stringMap(parsed.credHelpers), credsStore: str(parsed.credsStore) };
  if (badEntries.length > 0) config.problem = `the "auth" of ${badEntries.join(", ")} in ${file} is not base64 of "user:password"`;
  return config;
}

// src/docker/digest.ts
var DIGEST_RE = /^(?:sha256:[a-f0-9]{64}|sha384:[a-f0-9]{96}|sha512:[a-f0-9]{128})$/;
function isDigest(s) {
  return DIGEST_RE.test(s);
}
function asDigest(s) {
  return typeof s === "string" && isDigest(s) ? s : void 0;
}

// src/docker/reference.ts
var DOCKER_HUB = "docker.io";
var LEGACY_HUB = "index.docker.io";
var OFFICIAL_PREFIX = "library/";
var NAME_MAX = 255;
var ALNUM = "[a-z0-9]+";
var SEPARATOR = "(?:[._]|__|[-]+)";
var PATH_COMPONENT = `${ALNUM}(?:${SEPARATOR}${ALNUM})*`;
var DOMAIN_COMPONENT = "(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])";
var DOMAIN_NAME = `${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*`;
var IPV6 = "\\[(?:[a-fA-F0-9:]+)\\]";
var DOMAIN_AND_PORT = `(?:${DOMAIN_NAME}|${IPV6})(?::[0-9]+)?`;
var REMOTE_NAME = `${PATH_COMPONENT}(?:/${PATH_COMPONENT})*`;
var TAG = "[\\w][\\w.-]{0,127}";
var DIGEST = "[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*[:][0-9a-fA-F]{32,}";
var REFERENCE_RE = new RegExp(`^((?:${DOMAIN_AND_PORT}/)?${REMOTE_NAME})(?::(${TAG}))?(?:@(${DIGEST}))?$`);
var NAME_RE = new RegExp(`^(?:(${DOMAIN_AND_PORT})/)?(${REMOTE_NAME})$`);
var TAG_RE = new RegExp(`^${TAG}$`);
var IDENTIFIER_RE = /^[a-f0-9]{64}$/;
var DIGEST_HEX_LENGTH = { sha256: 64, sha384: 96, sha512: 128 };
function digestProblem(s) {
  const colon = s.indexOf(":");
  if (colon <= 0 || colon + 1 === s.length) return "invalid checksum digest format";
  const length = DIGEST_HEX_LENGTH[s.slice(0, colon)];
  if (length === void 0) return new RegExp(`^${DIGEST}$`).test(s) ? "unsupported digest algorithm" : "invalid checksum digest format";
  const encoded = s.slice(colon + 1);
  if (encoded.length !== length) return "invalid checksum digest length";
  if (!isDigest(s)) return "invalid checksum digest format";
  return void 0;
}
function splitDockerDomain(name) {
  const slash = name.indexOf("/");
  if (slash < 0) return { domain: DOCKER_HUB, remainder: OFFICIAL_PREFIX + name };
  const first = name.slice(0, slash);
  let domain = DOCKER_HUB;
  let remainder = name;
  if (first === "localhost" || /[.:]/.test(first) || first.toLowerCase() !== first) {
    domain = first === LEGACY_HUB ? DOCKER_HUB : first;
    remainder = name.slice(slash + 1);
  }
  if (domain === DOCKER_HUB && !remainder.includes("/")) remainder = OFFICIAL_PREFIX + remainder;
  return { domain, remainder };
}
function parseReference(s) {
  if (IDENTIFIER_RE.test(s)) return { error: `invalid repository name (${s}), cannot specify 64-byte hexadecimal strings` };
  const { domain, remainder } = splitDockerDomain(s);
  const colon = remainder.indexOf(":");
  const remote = colon >= 0 ? remainder.slice(0, colon) : remainder;
  if (remote.toLowerCase() !== remote) return { error: `invalid reference format: repository name (${remote}) must be lowercase` };
  const normalized = `${domain}/${remainder}`;
  const m = REFERENCE_RE.exec(normalized);
  if (!m) {
    const lower = normalized.toLowerCase();
    return { error: lower !== normalized && REFERENCE_RE.test(lower) ? "repository name must be lowercase" : "invalid reference format" };
  }
  const [, named, tag, digest] = m;
  const path4 = NAME_RE.exec(named)?.[2] ?? named;
  if (path4.length > NAME_MAX) return { error: `repository name must not be more than ${NAME_MAX} characters` };
  if (digest !== void 0) {
    const problem = digestProblem(digest);
    if (problem) return { error: problem };
  }
  const suffix = normalized.length - named.length;
  return {
    ref: {
      name: s.slice(0, s.length - suffix),
      domain,
      path: path4,
      ...tag === void 0 ? {} : { tag },
      ...digest === void 0 ? {} : { digest }
    }
  };
}
function mustParseReference(s) {
  const r = parseReference(s);
  if ("error" in r) throw new Error(`${s}: ${r.error}`);
  return r.ref;
}
function tagProblem(tag) {
  return TAG_RE.test(tag) ? void 0 : "invalid tag format";
}
function withTag(ref, tag) {
  return { name: ref.name, domain: ref.domain, path: ref.path, tag };
}
function tagOrLatest(ref) {
  return ref.tag ?? "latest";
}
function formatReference(ref) {
  return `${ref.name}${ref.tag === void 0 ? "" : `:${ref.tag}`}${ref.digest === void 0 ? "" : `@${ref.digest}`}`;
}
function canonicalName(ref) {
  return `${ref.domain}/${ref.path}`;
}
function familiarName(ref) {
  if (ref.domain !== DOCKER_HUB) return canonicalName(ref);
  const rest = ref.path.startsWith(OFFICIAL_PREFIX) ? ref.path.slice(OFFICIAL_PREFIX.length) : ref.path;
  return rest.includes("/") ? ref.path : rest;
}
function sameRepository(a, b) {
  return a.domain === b.domain && a.path === b.path;
}
function pullParameters(ref) {
  return { repository: ref.name, tag: ref.digest ?? tagOrLatest(ref) };
}

// src/docker/registry-host.ts
var DOCKER_HUB_AUTH_KEY = "https://index.docker.io/v1/";
var HUB_ALIASES = /* @__PURE__ */ new Set([DOCKER_HUB, "index.docker.io", "registry-1.docker.io"]);
function registryOf(ref) {
  return normalizeHost(splitDockerDomain(ref).domain);
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
function familiarName2(repository) {
  const parsed = parseReference(repository);
  if ("error" in parsed) return repository;
  const { domain, path: path4 } = parsed.ref;
  return familiarName({ domain: normalizeHost(domain), path: path4 });
}

// src/docker/credentials.ts
var EXPLICIT_ORIGIN = "the login options of the template";
function hasSecret(a) {
  return Boolean(a.password || a.identitytoken);
}
function explicitFor(registry, explicit) {
  if (!explicit || !hasSecret(explicit)) return void 0;
  if (explicit.serveraddress && !sameRegistry(explicit.serveraddress, registry)) return void 0;
  return { ...explicit, serveraddress: explicit.serveraddress ?? authKey(registry) };
}
function lookup(entries, key, registry) {
  if (Object.hasOwn(entries, key)) return [key, entries[key]];
  return Object.entries(entries).find(([k]) => hostOf(k) === registry);
}
var DockerCredentials = class {
  constructor(sources) {
    this.sources = sources;
  }
  sources;
  configFile() {
    const file = path2.join(dockerConfigDir(this.sources.env, this.sources.home), "config.json");
    return parseDockerConfig(this.sources.readFile(file), file);
  }
  async forImage(ref, explicit) {
    const registry = registryOf(ref);
    const given = explicitFor(registry, explicit);
    if (given) return { registry, auth: given, origin: EXPLICIT_ORIGIN };
    const config = this.configFile();
    const key = authKey(registry);
    const helper = lookup(config.credHelpers, key, registry);
    if (helper) return this.fromHelper(registry, key, helper[1], `credHelpers["${helper[0]}"] in ${config.path}`);
    if (config.credsStore) return this.fromHelper(registry, key, config.credsStore, `credsStore in ${config.path}`);
    const entry = lookup(config.auths, key, registry);
    if (entry && (hasSecret(entry[1]) || entry[1].username)) {
      const { username, password, identitytoken } = entry[1];
      const auth = identitytoken ? { identitytoken, serveraddress: key } : { username, password, serveraddress: key };
      if (identitytoken && username) auth.username = username;
      return { registry, auth, origin: `the auths entry "${entry[0]}" in ${config.path}` };
    }
    const why = config.problem ? `${config.problem}, so it was ignored` : `none for ${registry} in ${config.path}`;
    return { registry, auth: {}, origin: `no credentials (${why})` };
  }
  async fromHelper(registry, key, name, configured) {
    const found = await helperGet(name, key, this.sources.env, this.sources.runHelper, configured);
    const origin = `the credential helper docker-credential-${name} (${configured})`;
    if (!found) return { registry, auth: {}, origin: `no credentials (${origin} has none for ${key})` };
    const auth = found.username === "<token>" ? { identitytoken: found.secret, serveraddress: key } : { username: found.username, password: found.secret, serveraddress: key };
    return { registry, auth, origin };
  }
};
var explicitOnly = {
  async forImage(ref, explicit) {
    const registry = registryOf(ref);
    const given = explicitFor(registry, explicit);
    return given ? { registry, auth: given, origin: EXPLICIT_ORIGIN } : { registry, auth: {}, origin: "no credentials" };
  }
};
function readText(file) {
  try {
    return readFileSync(file, "utf8");
  } catch (e) {
    const code = e.code;
    if (code === "ENOENT" || code === "ENOTDIR") return void 0;
    throw new DriverError(`cannot read the docker config ${file} (${typeof code === "string" ? code : "read error"})`);
  }
}
function dockerCredentials(env) {
  return new DockerCredentials({ env, home: os.homedir(), readFile: readText, runHelper: runHelperProcess });
}

// src/docker/registry-api.ts
import { readdirSync, readFileSync as readFileSync2 } from "node:fs";
import path3 from "node:path";
var IMAGE_MANIFEST_TYPES = ["application/vnd.docker.distribution.manifest.v2+json", "application/vnd.oci.image.manifest.v1+json"];
var LIST_TYPES = ["application/vnd.docker.distribution.manifest.list.v2+json", "application/vnd.oci.image.index.v1+json"];
function registryPath(repository) {
  const registry = registryOf(repository);
  if (registry !== DOCKER_HUB) return { host: registry, name: repository.slice(repository.indexOf("/") + 1) };
  const name = familiarName2(repository);
  return { host: "registry-1.docker.io", name: name.includes("/") ? name : `library/${name}` };
}
function isLoopback(host) {
  const name = host.replace(/:\d+$/, "").replace(/^\[(.*)\]$/, "$1");
  return name === "localhost" || name === "::1" || /^127\.\d+\.\d+\.\d+$/.test(name);
}
function extraCAs(certsDir, host) {
  let files;
  try {
    files = readdirSync(path3.join(certsDir, host));
  } catch {
    return [];
  }
  if (files.some((f) => f.endsWith(".cert") || f.endsWith(".key"))) return void 0;
  return files.filter((f) => f.endsWith(".crt")).map((f) => readFileSync2(path3.join(certsDir, host, f)));
}
function endpoints(host, certsDir) {
  if (isLoopback(host))
    return [
      { base: `http://${host}`, verify: false },
      { base: `https://${host}`, verify: false }
    ];
  const ca = extraCAs(certsDir, host);
  return ca === void 0 ? [] : [{ base: `https://${host}`, verify: true, ca }];
}
async function send(url, method, headers, ep, signal, body) {
  const secure = url.protocol === "https:";
  const lib = secure ? await import("node:https") : await import("node:http");
  const tls = secure ? await import("node:tls") : void 0;
  return new Promise((resolve, reject) => {
    const options = {
      method,
      headers,
      signal,
      rejectUnauthorized: ep.verify,
      ...tls && ep.ca && ep.ca.length > 0 ? { ca: [...tls.rootCertificates, ...ep.ca.map(String)] } : {}
    };
    const req = lib.request(url, options, (res) => {
      const chunks = [];
      let size = 0;
      res.on("data", (c) => {
        size += c.length;
        if (size <= 1 << 16) chunks.push(c);
      });
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString("utf8") }));
      res.on("error", reject);
    });
    req.on("error", reject);
    if (body === void 0 || Buffer.isBuffer(body)) return void req.end(body);
    body.on("error", (e) => req.destroy(e));
    body.pipe(req);
  });
}
function parseChallenge(header) {
  const m = /^\s*(\w+)\s*(.*)$/s.exec(header ?? "");
  if (!m) return void 0;
  const params = {};
  for (const p of m[2].matchAll(/(\w+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^,\s]+))/g)) params[p[1].toLowerCase()] = (p[2] ?? p[3]).replace(/\\(.)/g, "$1");
  return { scheme: m[1].toLowerCase(), params };
}
function basic(auth) {
  if (!auth.username || !auth.password) return void 0;
  return `Basic ${Buffer.from(`${auth.username}:${auth.password}`).toString("base64")}`;
}
async function answerChallenge(challenge, name, q, ep, signal, actions = "pull", extraScopes = []) {
  const c = parseChallenge(challenge);
  if (c?.scheme === "basic") return basic(q.auth);
  if (c?.scheme !== "bearer" || !c.params.realm || q.auth.identitytoken) return void 0;
  const realm = new URL(c.params.realm);
  if (realm.protocol !== "https:" && !(realm.protocol === "http:" && isLoopback(realm.host))) return void 0;
  if (c.params.service) realm.searchParams.set("service", c.params.service);
  realm.searchParams.set("scope", `repository:${name}:${actions}`);
  for (const scope of extraScopes) realm.searchParams.append("scope", scope);
  const auth = basic(q.auth);
  const tokenEp = { base: realm.origin, verify: realm.host === new URL(ep.base).host ? ep.verify : true, ca: ep.ca };
  const answer = await send(realm, "GET", auth ? { Authorization: auth } : {}, tokenEp, signal);
  if (answer.status !== 200) return void 0;
  const body = JSON.parse(answer.body);
  const token = typeof body.token === "string" ? body.token : body.access_token;
  return typeof token === "string" && token !== "" ? `Bearer ${token}` : void 0;
}
function deadline(q, ms) {
  const timeout = AbortSignal.timeout(ms);
  return q.signal ? AbortSignal.any([q.signal, timeout]) : timeout;
}
async function headManifest(ep, name, tag, q) {
  const signal = deadline(q, q.timeoutMs ?? 3e3);
  const url = new URL(`${ep.base}/v2/${name}/manifests/${encodeURIComponent(tag)}`);
  const headers = { Accept: [...IMAGE_MANIFEST_TYPES, ...LIST_TYPES].join(", ") };
  let answer = await send(url, "HEAD", headers, ep, signal);
  if (answer.status === 400 && url.protocol === "http:") throw new Error("plain HTTP refused");
  if (answer.status === 401) {
    const authorization = await answerChallenge(answer.headers["www-authenticate"], name, q, ep, signal);
    if (!authorization) return void 0;
    answer = await send(url, "HEAD", { ...headers, Authorization: authorization }, ep, signal);
  }
  const digest = asDigest(answer.headers["docker-content-digest"]);
  const mediaType = String(answer.headers["content-type"] ?? "").split(";")[0].trim();
  if (answer.status !== 200 || digest === void 0 || !digest.startsWith("sha256:")) return void 0;
  const length = Number(answer.headers["content-length"]);
  return Number.isInteger(length) && length > 0 ? { digest, size: length, mediaType } : { digest, mediaType };
}
var answered = /* @__PURE__ */ new Map();
async function servedManifest(repository, tag, q) {
  const { host, name } = registryPath(repository);
  const all = endpoints(host, q.certsDir ?? "/etc/docker/certs.d");
  const ordered = [...all.filter((e) => e.base === answered.get(host)), ...all.filter((e) => e.base !== answered.get(host))];
  for (const ep of ordered) {
    try {
      const served = await headManifest(ep, name, tag, q);
      answered.set(host, ep.base);
      return served;
    } catch {
      if (q.signal?.aborted) return void 0;
    }
  }
  return void 0;
}
var RegistryRequestError = class extends Error {
  /** A failure that may pass on its own (unreachable, dropped, 5xx, 429): worth another try. */
  transient;
  constructor(message, transient = false) {
    super(message);
    this.transient = transient;
    this.name = "RegistryRequestError";
  }
};
async function registryRequest(repository, r, q) {
  const { host, name } = registryPath(repository);
  const all = endpoints(host, q.certsDir ?? "/etc/docker/certs.d");
  if (all.length === 0) throw new RegistryRequestError(`${host}: client certificates in certs.d are not supported for index pushes`);
  const ordered = [...all.filter((e) => e.base === answered.get(host)), ...all.filter((e) => e.base !== answered.get(host))];
  const actions = r.method === "GET" ? "pull" : "pull,push";
  let last;
  for (const ep of ordered) {
    const signal = deadline(q, q.timeoutMs ?? 3e4);
    const url = new URL(`${ep.base}/v2/${name}/${r.path}`);
    let answer;
    try {
      answer = await send(url, r.method, r.headers ?? {}, ep, signal, r.body);
      if (answer.status === 400 && url.protocol === "http:" && /HTTP request to an HTTPS server/i.test(answer.body)) throw new Error("plain HTTP refused");
    } catch (e) {
      last = e;
      if (q.signal?.aborted) break;
      continue;
    }
    answered.set(host, ep.base);
    if (answer.status === 401) {
      const authorization = await answerChallenge(answer.headers["www-authenticate"], name, q, ep, signal, actions);
      if (!authorization)
        throw new RegistryRequestError(`${r.method} ${host}/v2/${name}/${r.path}: the registry asks for credentials that were not given or not accepted`);
      answer = await send(url, r.method, { ...r.headers, Authorization: authorization }, ep, signal, r.body);
    }
    if (answer.status < 200 || answer.status >= 300) {
      const detail = answer.body.trim().slice(0, 300);
      throw new RegistryRequestError(`${r.method} ${host}/v2/${name}/${r.path}: HTTP ${answer.status}${detail ? `: ${detail}` : ""}`);
    }
    return answer;
  }
  throw new RegistryRequestError(`${host} could not be reached: ${last instanceof Error ? last.message : String(last)}`);
}
async function putManifest(repository, reference, body, mediaType, q) {
  const answer = await registryRequest(
    repository,
    { method: "PUT", path: `manifests/${encodeURIComponent(reference)}`, headers: { "Content-Type": mediaType }, body },
    q
  );
  const digest = answer.headers["docker-content-digest"];
  return typeof digest === "string" ? digest : "";
}
async function getManifest(repository, reference, q) {
  const answer = await registryRequest(
    repository,
    { method: "GET", path: `manifests/${encodeURIComponent(reference)}`, headers: { Accept: [...IMAGE_MANIFEST_TYPES, ...LIST_TYPES].join(", ") } },
    q
  );
  const mediaType = String(answer.headers["content-type"] ?? "").split(";")[0].trim();
  const digest = answer.headers["docker-content-digest"];
  return { mediaType, body: Buffer.from(answer.body, "utf8"), ...typeof digest === "string" ? { digest } : {} };
}
async function getJsonBlob(repository, digest, q) {
  const answer = await registryRequest(repository, { method: "GET", path: `blobs/${digest}` }, q);
  return JSON.parse(answer.body);
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
  REPACK_LABEL,
  DriverError,
  isDigest,
  asDigest,
  parseReference,
  mustParseReference,
  tagProblem,
  withTag,
  tagOrLatest,
  formatReference,
  sameRepository,
  pullParameters,
  familiarName2 as familiarName,
  explicitOnly,
  dockerCredentials,
  IMAGE_MANIFEST_TYPES,
  registryPath,
  endpoints,
  send,
  answerChallenge,
  deadline,
  servedManifest,
  RegistryRequestError,
  putManifest,
  getManifest,
  getJsonBlob,
  Capture
};
