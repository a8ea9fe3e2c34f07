import { fileURLToPath as __repackFileURLToPath } from 'node:url';
import { dirname as __repackDirname } from 'node:path';
const __filename = __repackFileURLToPath(import.meta.url);
const __dirname = __repackDirname(__filename);
export const id = 546;
export const ids = [546];
export const modules = {

/***/ 3546:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  connectDocker: () => (/* binding */ connectDocker)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: ./node_modules/dockerode/lib/docker.js
var docker = __webpack_require__(9040);
var docker_default = /*#__PURE__*/__webpack_require__.n(docker);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: ./src/docker/driver.ts
var driver = __webpack_require__(5888);
;// CONCATENATED MODULE: ./src/docker/credential-helper.ts
// Runs a docker credential helper as the docker CLI does: `docker-credential-<name> get` with the server address on
// stdin, `{"ServerURL", "Username", "Secret"}` on stdout. Output of a failed helper is never quoted beyond a short
// first line: the helper protocol does not promise it holds no secret.


const TIMEOUT_MS = 60_000;
const runHelperProcess = (program, input, env) => new Promise((resolve) => {
    const child = (0,external_node_child_process_.spawn)(program, ['get'], { env, stdio: ['pipe', 'pipe', 'ignore'] });
    // Not spawn's `timeout`: its timer outlives a child that never started.
    const timer = setTimeout(() => child.kill(), TIMEOUT_MS);
    const chunks = [];
    let spawnError;
    child.stdout.on('data', (c) => chunks.push(c));
    child.on('error', (e) => {
        spawnError = e.code ?? e.message;
    });
    child.stdin.on('error', () => { }); // the helper may exit without reading its input
    child.stdin.end(input);
    child.on('close', (code) => {
        clearTimeout(timer);
        resolve({ exitCode: code, stdout: Buffer.concat(chunks).toString('utf8'), spawnError });
    });
});
const NOT_FOUND = /credentials not found/i;
/**
 * The helper's answer for `serverAddress`: credentials, or undefined when it has none (as the CLI, that is not an
 * error: the request goes out anonymous). Throws a DriverError naming the helper when it cannot be run or fails.
 */
async function helperGet(name, serverAddress, env, run, configured) {
    const program = `docker-credential-${name}`;
    const out = await run(program, serverAddress, env);
    if (out.spawnError !== undefined) {
        const why = out.spawnError === 'ENOENT' ? 'it is not on PATH' : `it could not be started (${out.spawnError})`;
        throw new driver/* DriverError */.x(`cannot get credentials for ${serverAddress}: ${configured} names the credential helper ${program}, but ${why}. Install it, or remove it from the docker config.`);
    }
    if (out.exitCode !== 0) {
        if (NOT_FOUND.test(out.stdout))
            return undefined;
        const first = out.stdout.trim().split('\n')[0]?.slice(0, 120) ?? '';
        const status = out.exitCode === null ? 'was stopped' : `exited with status ${out.exitCode}`;
        throw new driver/* DriverError */.x(`cannot get credentials for ${serverAddress}: the credential helper ${program} ${status}${first ? `: ${first}` : ''}`);
    }
    let parsed;
    try {
        parsed = JSON.parse(out.stdout);
    }
    catch {
        throw new driver/* DriverError */.x(`cannot get credentials for ${serverAddress}: the credential helper ${program} did not answer with JSON`);
    }
    const { Username: username, Secret: secret } = (typeof parsed === 'object' && parsed !== null ? parsed : {});
    if (typeof secret !== 'string' || secret === '')
        return undefined;
    return { username: typeof username === 'string' ? username : '', secret };
}

;// CONCATENATED MODULE: ./src/docker/docker-config.ts
// The credential parts of the docker CLI's config file (`$DOCKER_CONFIG/config.json`, else `~/.docker/config.json`):
// `auths` entries, `credHelpers` per registry and the default `credsStore`. Errors never quote the file: it holds
// secrets.

/** The directory the docker CLI keeps its config in. */
function dockerConfigDir(env, home) {
    return env.DOCKER_CONFIG || external_node_path_default().join(env.HOME || home, '.docker');
}
const isRecord = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v) => (typeof v === 'string' && v !== '' ? v : undefined);
/** `auth` is base64 of `user:password`; it wins over separate username/password fields, as in the CLI. */
function toStoredAuth(entry) {
    const out = { username: str(entry.username), password: str(entry.password), identitytoken: str(entry.identitytoken) };
    const encoded = str(entry.auth);
    if (encoded !== undefined) {
        const decoded = Buffer.from(encoded, 'base64').toString('utf8');
        const colon = decoded.indexOf(':');
        if (colon < 0)
            return undefined;
        out.username = decoded.slice(0, colon);
        out.password = decoded.slice(colon + 1);
    }
    return out;
}
function stringMap(v) {
    if (!isRecord(v))
        return {};
    return Object.fromEntries(Object.entries(v).filter((e) => typeof e[1] === 'string' && e[1] !== ''));
}
/** Parses the file's text; `undefined` text means there is no file (no credentials, not a problem). */
function parseDockerConfig(text, file) {
    const empty = { path: file, auths: {}, credHelpers: {} };
    if (text === undefined || text.trim() === '')
        return empty;
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch {
        // JSON.parse's message quotes the text around the error, which may be a secret.
        return { ...empty, problem: `${file} is not valid JSON` };
    }
    if (!isRecord(parsed))
        return { ...empty, problem: `${file} does not hold a JSON object` };
    const auths = {};
    const badEntries = [];
    for (const [server, entry] of Object.entries(isRecord(parsed.auths) ? parsed.auths : {})) {
        const auth = isRecord(entry) ? toStoredAuth(entry) : undefined;
        if (auth)
            auths[server] = auth;
        else
            badEntries.push(server);
    }
    const config = { path: file, auths, credHelpers: stringMap(parsed.credHelpers), credsStore: str(parsed.credsStore) };
    if (badEntries.length > 0)
        config.problem = `the "auth" of ${badEntries.join(', ')} in ${file} is not base64 of "user:password"`;
    return config;
}

// EXTERNAL MODULE: ./src/docker/registry-host.ts
var registry_host = __webpack_require__(8868);
;// CONCATENATED MODULE: ./src/docker/credentials.ts
// Which credentials go with a pull or push, per registry host, as the docker CLI chooses them: explicit login options
// first, then the docker config — `credHelpers[host]`, else `credsStore`, else the `auths` entry. The result says where
// the credentials came from (for messages) and never holds more than the request needs.







const EXPLICIT_ORIGIN = 'the login options of the template';
function hasSecret(a) {
    return Boolean(a.password || a.identitytoken);
}
/** Explicit credentials apply to the registry they name, or to any registry when they name none. */
function explicitFor(registry, explicit) {
    if (!explicit || !hasSecret(explicit))
        return undefined;
    if (explicit.serveraddress && !(0,registry_host/* sameRegistry */.cJ)(explicit.serveraddress, registry))
        return undefined;
    return { ...explicit, serveraddress: explicit.serveraddress ?? (0,registry_host/* authKey */.MY)(registry) };
}
/** The config entry for a registry: the exact key first, then any key naming the same host. */
function lookup(entries, key, registry) {
    if (Object.hasOwn(entries, key))
        return [key, entries[key]];
    return Object.entries(entries).find(([k]) => (0,registry_host/* hostOf */.w4)(k) === registry);
}
class DockerCredentials {
    sources;
    constructor(sources) {
        this.sources = sources;
    }
    configFile() {
        const file = external_node_path_default().join(dockerConfigDir(this.sources.env, this.sources.home), 'config.json');
        return parseDockerConfig(this.sources.readFile(file), file);
    }
    async forImage(ref, explicit) {
        const registry = (0,registry_host/* registryOf */.Fv)(ref);
        const given = explicitFor(registry, explicit);
        if (given)
            return { registry, auth: given, origin: EXPLICIT_ORIGIN };
        const config = this.configFile();
        const key = (0,registry_host/* authKey */.MY)(registry);
        const helper = lookup(config.credHelpers, key, registry);
        if (helper)
            return this.fromHelper(registry, key, helper[1], `credHelpers["${helper[0]}"] in ${config.path}`);
        if (config.credsStore)
            return this.fromHelper(registry, key, config.credsStore, `credsStore in ${config.path}`);
        const entry = lookup(config.auths, key, registry);
        if (entry && (hasSecret(entry[1]) || entry[1].username)) {
            const { username, password, identitytoken } = entry[1];
            const auth = identitytoken ? { identitytoken, serveraddress: key } : { username, password, serveraddress: key };
            if (identitytoken && username)
                auth.username = username;
            return { registry, auth, origin: `the auths entry "${entry[0]}" in ${config.path}` };
        }
        const why = config.problem ? `${config.problem}, so it was ignored` : `none for ${registry} in ${config.path}`;
        return { registry, auth: {}, origin: `no credentials (${why})` };
    }
    async fromHelper(registry, key, name, configured) {
        const found = await helperGet(name, key, this.sources.env, this.sources.runHelper, configured);
        const origin = `the credential helper docker-credential-${name} (${configured})`;
        if (!found)
            return { registry, auth: {}, origin: `no credentials (${origin} has none for ${key})` };
        // The helper protocol's marker for an identity (refresh) token instead of a password.
        const auth = found.username === '<token>'
            ? { identitytoken: found.secret, serveraddress: key }
            : { username: found.username, password: found.secret, serveraddress: key };
        return { registry, auth, origin };
    }
}
/** Explicit credentials or none: for drivers built without access to a docker config. */
const explicitOnly = {
    async forImage(ref, explicit) {
        const registry = (0,registry_host/* registryOf */.Fv)(ref);
        const given = explicitFor(registry, explicit);
        return given ? { registry, auth: given, origin: EXPLICIT_ORIGIN } : { registry, auth: {}, origin: 'no credentials' };
    },
};
function readText(file) {
    try {
        return (0,external_node_fs_.readFileSync)(file, 'utf8');
    }
    catch (e) {
        const code = e.code;
        if (code === 'ENOENT' || code === 'ENOTDIR')
            return undefined;
        throw new driver/* DriverError */.x(`cannot read the docker config ${file} (${typeof code === 'string' ? code : 'read error'})`);
    }
}
/** The docker CLI's credentials for the environment `env` (DOCKER_CONFIG, HOME, PATH for helpers). */
function dockerCredentials(env) {
    return new DockerCredentials({ env, home: external_node_os_default().homedir(), readFile: readText, runHelper: runHelperProcess });
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
var external_node_https_default = /*#__PURE__*/__webpack_require__.n(external_node_https_);
;// CONCATENATED MODULE: ./src/docker/docker-host.ts
// Where the docker CLI would connect, as dockerode options: DOCKER_HOST (unix://, tcp://, ssh://, bare host:port),
// DOCKER_TLS / DOCKER_TLS_VERIFY / DOCKER_CERT_PATH, else the current docker context, else the default socket.




const DEFAULT_SOCKET = '/var/run/docker.sock';
function configDir(env, files) {
    return env.DOCKER_CONFIG || external_node_path_default().join(files.home, '.docker');
}
function tlsMaterial(dir, verify, files) {
    const read = (name) => files.read(external_node_path_default().join(dir, name));
    return { verify, ca: read('ca.pem'), cert: read('cert.pem'), key: read('key.pem') };
}
// The CLI enables TLS for any non-empty DOCKER_TLS / DOCKER_TLS_VERIFY (even "0"); we do the same.
function envTls(env, files) {
    const verify = Boolean(env.DOCKER_TLS_VERIFY);
    if (!verify && !env.DOCKER_TLS)
        return undefined;
    return tlsMaterial(env.DOCKER_CERT_PATH || configDir(env, files), verify, files);
}
function unixEndpoint(socketPath) {
    // Every key set explicitly: docker-modem merges its own reading of process.env under these options.
    return {
        address: `unix://${socketPath}`,
        options: { socketPath, host: undefined, port: undefined, protocol: undefined },
    };
}
function tcpEndpoint(url, tls) {
    const port = url.port || (tls ? '2376' : '2375');
    const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
    const base = { socketPath: undefined, host, port };
    if (!tls)
        return { address: `tcp://${url.hostname}:${port}`, options: { ...base, protocol: 'http' } };
    const options = { ...base, protocol: 'https', ca: tls.ca, cert: tls.cert, key: tls.key };
    if (!tls.verify) {
        options.agent = new (external_node_https_default()).Agent({ ca: tls.ca, cert: tls.cert, key: tls.key, rejectUnauthorized: false });
    }
    return { address: `tcp://${url.hostname}:${port}`, options };
}
function sshEndpoint(url, env) {
    const port = url.port || '22';
    const username = decodeURIComponent(url.username) || undefined;
    return {
        address: `ssh://${url.username ? `${url.username}@` : ''}${url.hostname}:${port}`,
        options: {
            socketPath: undefined,
            protocol: 'ssh',
            host: url.hostname,
            port,
            username,
            sshOptions: env.SSH_AUTH_SOCK ? { agent: env.SSH_AUTH_SOCK } : {},
        },
    };
}
/** Maps a docker host URL (DOCKER_HOST or a context's endpoint) to connection options. */
function endpointFromHost(host, env, tls) {
    const withScheme = host.includes('://') ? host : `tcp://${host}`;
    const scheme = withScheme.slice(0, withScheme.indexOf('://')).toLowerCase();
    if (scheme === 'unix')
        return unixEndpoint(withScheme.slice('unix://'.length) || DEFAULT_SOCKET);
    let url;
    try {
        url = new URL(withScheme);
    }
    catch {
        throw new driver/* DriverError */.x(`Invalid DOCKER_HOST "${host}": expected unix:///path, tcp://host:port or ssh://[user@]host`);
    }
    if (scheme === 'tcp' || scheme === 'http')
        return tcpEndpoint(url, tls);
    if (scheme === 'https')
        return tcpEndpoint(url, tls ?? { verify: true });
    if (scheme === 'ssh')
        return sshEndpoint(url, env);
    throw new driver/* DriverError */.x(`Unsupported DOCKER_HOST "${host}": repack connects over unix://, tcp:// or ssh://`);
}
function currentContext(env, files) {
    if (env.DOCKER_CONTEXT)
        return env.DOCKER_CONTEXT;
    const config = files.read(external_node_path_default().join(configDir(env, files), 'config.json'));
    if (!config)
        return undefined;
    try {
        const parsed = JSON.parse(config.toString('utf8'));
        const name = parsed.currentContext;
        return typeof name === 'string' && name !== '' ? name : undefined;
    }
    catch {
        return undefined;
    }
}
function contextEndpoint(name, env, files) {
    const id = (0,external_node_crypto_.createHash)('sha256').update(name).digest('hex');
    const dir = external_node_path_default().join(configDir(env, files), 'contexts');
    const metaFile = files.read(external_node_path_default().join(dir, 'meta', id, 'meta.json'));
    if (!metaFile)
        throw new driver/* DriverError */.x(`Docker context "${name}" not found (looked in ${external_node_path_default().join(dir, 'meta')})`);
    let meta;
    try {
        meta = JSON.parse(metaFile.toString('utf8'));
    }
    catch {
        throw new driver/* DriverError */.x(`Docker context "${name}" has an unreadable meta.json`);
    }
    const docker = meta.Endpoints?.docker;
    if (!docker?.Host)
        throw new driver/* DriverError */.x(`Docker context "${name}" has no docker endpoint`);
    const tlsDir = external_node_path_default().join(dir, 'tls', id, 'docker');
    const tls = tlsMaterial(tlsDir, !docker.SkipTLSVerify, files);
    const hasTls = tls.ca !== undefined || tls.cert !== undefined || docker.SkipTLSVerify === true;
    return endpointFromHost(docker.Host, env, hasTls ? tls : undefined);
}
function resolveEndpoint(env, files) {
    if (env.DOCKER_HOST)
        return endpointFromHost(env.DOCKER_HOST, env, envTls(env, files));
    const context = currentContext(env, files);
    if (context && context !== 'default')
        return contextEndpoint(context, env, files);
    return unixEndpoint(DEFAULT_SOCKET);
}

// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
;// CONCATENATED MODULE: ./src/docker/commit-options.ts
// In a commit body the engine reads `Entrypoint: null` as "keep the container's" (measured on 20.10), while `[]`
// clears it; ImageConfig's null means "none", so it is sent as [].
function bodyConfig(config) {
    const body = { ...config };
    if (body.Entrypoint === null)
        body.Entrypoint = [];
    if (body.Cmd === null)
        body.Cmd = [];
    return body;
}
function commitRequest(containerId, spec) {
    const query = { container: containerId };
    if (spec.changes && spec.changes.length > 0)
        query.changes = spec.changes;
    if (spec.author !== undefined)
        query.author = spec.author;
    if (spec.message !== undefined)
        query.comment = spec.message;
    if (spec.pause !== undefined)
        query.pause = spec.pause;
    return { _query: query, _body: spec.config ? bodyConfig(spec.config) : {} };
}
/**
 * Podman's compat API ignores the commit body (measured on 4.3): the config fields are sent as changes instead,
 * ahead of the template's own so that those still win, as they do over a body on Docker.
 */
function configAsChanges(config) {
    if (!config)
        return [];
    const changes = [];
    if (config.Entrypoint !== undefined)
        changes.push(`ENTRYPOINT ${JSON.stringify(config.Entrypoint ?? [])}`);
    if (config.Cmd !== undefined)
        changes.push(`CMD ${JSON.stringify(config.Cmd ?? [])}`);
    if (config.User !== undefined)
        changes.push(`USER ${config.User}`);
    if (config.WorkingDir !== undefined && config.WorkingDir !== '')
        changes.push(`WORKDIR ${config.WorkingDir}`);
    for (const [k, v] of Object.entries(config.Labels ?? {}))
        changes.push(`LABEL ${JSON.stringify(k)}=${JSON.stringify(v)}`);
    return changes;
}
/** The commit request for Podman: everything as changes, and a non-empty body (Podman fails to decode none). */
function podmanCommitRequest(containerId, spec) {
    const request = commitRequest(containerId, { ...spec, config: undefined });
    const changes = [...configAsChanges(spec.config), ...(spec.changes ?? [])];
    if (changes.length > 0)
        request._query.changes = changes;
    request._body = { Labels: null };
    return request;
}

;// CONCATENATED MODULE: ./src/docker/create-options.ts

const isDeviceMode = (s) => /^[rwm]{1,3}$/.test(s);
/** "host[:container][:perms]", as `docker run --device` reads it. */
function parseDevice(spec) {
    const parts = spec.split(':');
    if (parts.length > 3 || parts[0] === '')
        throw new driver/* DriverError */.x(`invalid device "${spec}": expected host[:container][:rwm]`);
    const [host, second, third] = parts;
    let container = host;
    let perms = 'rwm';
    if (third !== undefined) {
        container = second;
        perms = third;
    }
    else if (second !== undefined) {
        if (isDeviceMode(second))
            perms = second;
        else
            container = second;
    }
    if (!isDeviceMode(perms))
        throw new driver/* DriverError */.x(`invalid device "${spec}": permissions must be made of r, w, m`);
    return { PathOnHost: host, PathInContainer: container, CgroupPermissions: perms };
}
function createRequest(spec) {
    const body = {
        Image: spec.image,
        Cmd: spec.cmd,
        Entrypoint: spec.entrypoint,
        Env: spec.env,
        User: spec.user,
        WorkingDir: spec.workingDir,
        Tty: spec.tty ?? false,
        OpenStdin: spec.openStdin ?? false,
        Labels: { ...spec.labels, [driver/* REPACK_LABEL */.c]: 'true' },
        HostConfig: {
            Binds: spec.binds,
            Privileged: spec.privileged ?? false,
            CapAdd: spec.capAdd,
            CapDrop: spec.capDrop,
            Tmpfs: spec.tmpfs,
            Devices: spec.devices?.map(parseDevice),
            Runtime: spec.runtime,
            NetworkMode: spec.networkMode,
            AutoRemove: spec.autoRemove,
        },
    };
    return { query: { ...(spec.platform ? { platform: spec.platform } : {}), ...(spec.name ? { name: spec.name } : {}) }, body };
}

;// CONCATENATED MODULE: ./src/docker/errors.ts
// Turns what dockerode / docker-modem / node's http throw into a DriverError a user can act on: the engine's own
// message for API errors, the docker CLI's wording for connection failures.

// Not `instanceof Error`: under jest's VM modules node's own errors come from another realm.
function asModemError(e) {
    if (typeof e === 'object' && e !== null && typeof e.message === 'string') {
        return e;
    }
    return { message: String(e) };
}
/** The `message` the engine put in its JSON error body, else the cause docker-modem folded into its message. */
function engineMessage(e) {
    const err = asModemError(e);
    const json = err.json;
    if (typeof json === 'object' && json !== null && !Buffer.isBuffer(json)) {
        const message = json.message;
        if (typeof message === 'string' && message !== '')
            return message;
    }
    if (typeof json === 'string' && json.trim() !== '')
        return json.trim();
    if (Buffer.isBuffer(json) && json.length > 0)
        return json.toString('utf8').trim();
    // docker-modem: "(HTTP code 404) no such container - <cause> "
    const folded = /^\(HTTP code \d+\) [^-]*- (.*)$/s.exec(err.message);
    return (folded ? folded[1] : err.message).trim();
}
function statusCode(e) {
    return asModemError(e).statusCode;
}
function isNotFound(e) {
    return statusCode(e) === 404;
}
function isAbort(e) {
    const err = asModemError(e);
    return err.name === 'AbortError' || err.code === 'ABORT_ERR';
}
const CONNECT_CODES = new Set(['ENOENT', 'ECONNREFUSED', 'ENOTFOUND', 'EHOSTUNREACH', 'ETIMEDOUT']);
/**
 * @param action what we were doing, e.g. `pull 127.0.0.1:5000/debian:bookworm`; prefixed to the engine's message.
 * @param address the daemon address as the CLI prints it, e.g. `unix:///var/run/docker.sock`.
 */
function toDriverError(e, action, address) {
    if (e instanceof driver/* DriverError */.x)
        return e;
    const err = asModemError(e);
    if (isAbort(e))
        return new driver/* DriverError */.x(`${action}: cancelled`);
    if (err.statusCode === undefined && err.code === 'EACCES') {
        return new driver/* DriverError */.x(`permission denied while trying to connect to the Docker daemon socket at ${address}. ` +
            'Hint: add your user to the "docker" group (then log in again) or run as root.');
    }
    if (err.statusCode === undefined && err.code !== undefined && CONNECT_CODES.has(err.code)) {
        return new driver/* DriverError */.x(`Cannot connect to the Docker daemon at ${address}. Is the docker daemon running? ` +
            `Hint: start it (e.g. "sudo systemctl start docker"), or point DOCKER_HOST at a running engine (${err.code}).`);
    }
    return new driver/* DriverError */.x(`${action}: ${engineMessage(e)}`, err.statusCode);
}

// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(8500);
// EXTERNAL MODULE: ./src/docker/capture.ts
var capture = __webpack_require__(8346);
;// CONCATENATED MODULE: ./src/docker/demux.ts
// Splits the engine's multiplexed exec/attach stream (8-byte header: stream type, 3 zero bytes, big-endian length)
// into stdout and stderr. Bytes that do not start with a valid header are the engine's own un-multiplexed error text
// (e.g. "OCI runtime exec failed: … executable file not found") and go to stderr, as the CLI shows them.
const HEADER = 8;
class Demuxer {
    stdout;
    stderr;
    pending = Buffer.alloc(0);
    /** Stream type and bytes left of the frame being read, or undefined between frames. */
    frame;
    raw = false;
    constructor(stdout, stderr) {
        this.stdout = stdout;
        this.stderr = stderr;
    }
    push(chunk) {
        if (this.raw)
            return this.stderr(chunk);
        this.pending = this.pending.length === 0 ? chunk : Buffer.concat([this.pending, chunk]);
        for (;;) {
            if (this.frame) {
                if (this.pending.length === 0)
                    return;
                const n = Math.min(this.frame.left, this.pending.length);
                const body = this.pending.subarray(0, n);
                this.pending = this.pending.subarray(n);
                this.frame.left -= n;
                (this.frame.type === 2 ? this.stderr : this.stdout)(body);
                if (this.frame.left === 0)
                    this.frame = undefined;
                continue;
            }
            if (this.pending.length < HEADER) {
                if (this.pending.length > 0 && !this.looksLikeHeader(this.pending))
                    this.toRaw();
                return;
            }
            if (!this.looksLikeHeader(this.pending))
                return this.toRaw();
            const type = this.pending[0];
            const left = this.pending.readUInt32BE(4);
            this.pending = this.pending.subarray(HEADER);
            if (left > 0)
                this.frame = { type, left };
        }
    }
    /** Flushes bytes that never formed a frame (a short un-multiplexed message). */
    end() {
        if (this.pending.length > 0 && !this.frame)
            this.toRaw();
    }
    looksLikeHeader(bytes) {
        const limit = Math.min(bytes.length, 4);
        if (bytes[0] > 2)
            return false;
        for (let i = 1; i < limit; i++)
            if (bytes[i] !== 0)
                return false;
        return true;
    }
    toRaw() {
        this.raw = true;
        const rest = this.pending;
        this.pending = Buffer.alloc(0);
        if (rest.length > 0)
            this.stderr(rest);
    }
}

;// CONCATENATED MODULE: ./src/docker/exec.ts




const RUNTIME_FAILURE = Buffer.from('OCI runtime exec failed');
function cancelled() {
    return new driver/* DriverError */.x('exec cancelled');
}
function pump(socket, spec, out, err) {
    return new Promise((resolve, reject) => {
        let failed = false;
        const fail = (e) => {
            if (failed)
                return;
            failed = true;
            socket.destroy();
            reject(e);
        };
        const toStderr = (chunk) => {
            err.push(chunk);
            spec.onStderr?.(chunk);
        };
        const toStdout = (chunk) => {
            // Docker 20.10 sends the runtime's failure to start the command as the first stdout frame.
            if (out.size === 0 && chunk.subarray(0, RUNTIME_FAILURE.length).equals(RUNTIME_FAILURE))
                return toStderr(chunk);
            out.push(chunk);
            spec.onStdout?.(chunk);
        };
        const demuxer = new Demuxer(toStdout, toStderr);
        const onAbort = () => fail(cancelled());
        spec.signal?.addEventListener('abort', onAbort, { once: true });
        if (spec.signal?.aborted)
            onAbort();
        const done = () => {
            spec.signal?.removeEventListener('abort', onAbort);
            if (failed)
                return;
            try {
                demuxer.end();
            }
            catch (e) {
                return fail(e);
            }
            failed = true;
            resolve();
        };
        socket.on('data', (chunk) => {
            try {
                demuxer.push(chunk);
            }
            catch (e) {
                fail(e);
            }
        });
        socket.once('end', done);
        socket.once('close', done);
        socket.once('error', fail);
    });
}
async function exitCode(exec, signal) {
    // A process that closed its stdio early can outlive the stream; poll, backing off to 100 ms.
    for (let delay = 2;; delay = Math.min(delay * 2, 100)) {
        const info = await exec.inspect();
        if (!info.Running) {
            if (typeof info.ExitCode !== 'number')
                throw new driver/* DriverError */.x('exec finished without an exit code');
            return info.ExitCode;
        }
        if (signal?.aborted)
            throw cancelled();
        await (0,promises_.setTimeout)(delay);
    }
}
function createExec(container, spec, stdin) {
    return container.exec({
        Cmd: spec.cmd,
        Env: spec.env,
        User: spec.user,
        WorkingDir: spec.workingDir,
        AttachStdin: stdin,
        AttachStdout: true,
        AttachStderr: true,
        Tty: false,
    });
}
async function runExec(container, spec) {
    if (spec.signal?.aborted)
        throw cancelled();
    const exec = await createExec(container, spec, false);
    const socket = await exec.start({ hijack: true, stdin: false });
    const out = new capture/* Capture */.R();
    const err = new capture/* Capture */.R();
    await pump(socket, spec, out, err);
    return { exitCode: await exitCode(exec, spec.signal), stdout: out.text(), stderr: err.text() };
}
/**
 * Starts a command whose stdin stays open. `exited` settles once the process is gone (its exit code), or with the
 * error that kept it from being known; `mapError` words that error as the driver's other calls do.
 */
async function startSession(container, spec, mapError) {
    const exec = await createExec(container, spec, true);
    const socket = await exec.start({ hijack: true, stdin: true });
    socket.on('error', () => { }); // reported through `exited`
    // A session's output is only streamed: its callers read it through onStdout/onStderr, request by request.
    const exited = pump(socket, spec, new capture/* Capture */.R(0), new capture/* Capture */.R(0)).then(() => exitCode(exec, undefined));
    return {
        write: (data) => {
            if (!socket.destroyed && socket.writable)
                socket.write(data);
        },
        exited: exited.catch((e) => Promise.reject(mapError(e))),
        close: () => socket.destroy(),
        endInput: () => {
            if (!socket.destroyed && socket.writable)
                socket.end();
        },
    };
}

;// CONCATENATED MODULE: ./src/docker/image-info.ts
function strings(value) {
    if (value === null || value === undefined)
        return null;
    if (typeof value === 'string')
        return [value];
    return Array.isArray(value) ? value.filter((v) => typeof v === 'string') : null;
}
function record(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? value : null;
}
function toImageConfig(config) {
    const c = config ?? {};
    const out = {
        Env: strings(c.Env) ?? [],
        Cmd: strings(c.Cmd),
        Entrypoint: strings(c.Entrypoint),
        WorkingDir: c.WorkingDir ?? '',
        User: c.User ?? '',
        Labels: record(c.Labels),
        ExposedPorts: record(c.ExposedPorts),
        Volumes: record(c.Volumes),
        OnBuild: strings(c.OnBuild),
    };
    const stopSignal = c.StopSignal;
    if (typeof stopSignal === 'string' && stopSignal !== '')
        out.StopSignal = stopSignal;
    return out;
}
function toImageInfo(info) {
    const config = toImageConfig(info.Config);
    return {
        id: info.Id ?? '',
        repoTags: strings(info.RepoTags) ?? [],
        repoDigests: strings(info.RepoDigests) ?? [],
        config,
        labels: { ...config.Labels },
        ...(typeof info.Created === 'string' ? { created: info.Created } : {}),
        ...(Array.isArray(info.RootFS?.Layers) ? { layers: strings(info.RootFS.Layers) ?? [] } : {}),
        ...(typeof info.Size === 'number' ? { size: info.Size } : {}),
    };
}

// EXTERNAL MODULE: external "node:string_decoder"
var external_node_string_decoder_ = __webpack_require__(6193);
;// CONCATENATED MODULE: ./src/docker/progress.ts
// Reads the engine's JSON-lines progress streams (pull, push, import). The engine reports failures inside a 200
// response as `{error, errorDetail}` events, so every event is checked; docker-modem's followProgress is not used
// because it reports success for such streams.


function errorOf(event) {
    const message = event.errorDetail?.message || event.error;
    return message ? message : undefined;
}
function toProgressEvent(event) {
    const out = { status: event.status ?? '' };
    if (event.id !== undefined)
        out.id = event.id;
    if (event.progress !== undefined)
        out.progress = event.progress;
    return out;
}
function parseLine(line) {
    let parsed;
    try {
        parsed = JSON.parse(line);
    }
    catch {
        throw new driver/* DriverError */.x(`unexpected output from the Docker engine: ${line.slice(0, 200)}`);
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
        throw new driver/* DriverError */.x(`unexpected output from the Docker engine: ${line.slice(0, 200)}`);
    }
    return parsed;
}
/**
 * Resolves with every event once the stream ends; rejects with a DriverError (`<action>: <engine message>`) at the
 * first error event, and with the stream's own error (e.g. an abort) if it fails.
 */
async function followProgress(stream, action, onEvent) {
    const events = [];
    const decoder = new external_node_string_decoder_.StringDecoder('utf8');
    let pending = '';
    const take = (text, final) => {
        pending += text;
        const lines = pending.split('\n');
        pending = final ? '' : (lines.pop() ?? '');
        for (const raw of lines) {
            const line = raw.trim();
            if (line === '')
                continue;
            const event = parseLine(line);
            events.push(event);
            onEvent?.(event);
            const error = errorOf(event);
            if (error !== undefined)
                throw new driver/* DriverError */.x(`${action}: ${error}`);
        }
    };
    try {
        for await (const chunk of stream)
            take(typeof chunk === 'string' ? chunk : decoder.write(chunk), false);
        take(decoder.end(), true);
    }
    finally {
        // Stops the engine's work too (a push stops when its response is closed); a no-op once the stream ended.
        destroy(stream);
    }
    return events;
}
function destroy(stream) {
    const destroyable = stream;
    destroyable.destroy?.();
}

;// CONCATENATED MODULE: ./src/docker/push-digest.ts
const DIGEST_LINE = /^\S+: digest: (sha256:[0-9a-f]{64}) size: (\d+)/;
function auxDigest(aux) {
    if (typeof aux !== 'object' || aux === null)
        return undefined;
    const { Digest, Size } = aux;
    if (typeof Digest !== 'string' || !Digest.startsWith('sha256:'))
        return undefined;
    return typeof Size === 'number' ? { digest: Digest, size: Size } : { digest: Digest };
}
function pushedDigest(events) {
    let fromStatus;
    for (let i = events.length - 1; i >= 0; i--) {
        const fromAux = auxDigest(events[i].aux);
        if (fromAux)
            return fromAux;
        const match = fromStatus ? null : DIGEST_LINE.exec(events[i].status ?? '');
        if (match)
            fromStatus = { digest: match[1], size: Number(match[2]) };
    }
    return fromStatus;
}

// EXTERNAL MODULE: ./src/docker/reference.ts
var reference = __webpack_require__(2977);
;// CONCATENATED MODULE: ./src/docker/registry-errors.ts
// Turns the engine's registry failures during pull and push into messages that say what to do: authentication
// refused (and which credentials were tried), a plain-HTTP registry the engine will not use, a certificate it does not
// trust. Anything a request carried as a secret is masked, should the engine ever echo it.

const AUTH = /unauthorized|authentication required|no basic auth credentials|requested access to the resource is denied|pull access denied|incorrect username or password/i;
// A registry the engine treats as insecure (loopback, insecure-registries) is retried over plain HTTP when HTTPS fails;
// an HTTPS-only registry then answers this, hiding the first failure (an anonymous request refused, most often).
const HTTP_RETRY_REFUSED = /Client sent an HTTP request to an HTTPS server/i;
const PLAIN_HTTP = /server gave HTTP response to HTTPS client/i;
const UNTRUSTED = /x509:|certificate signed by unknown authority|certificate is not trusted|tls: failed to verify/i;
function loginHint(r) {
    if (Object.keys(r.auth).length > 0)
        return `Check the user name and password or token (${r.origin}).`;
    const server = r.registry === 'docker.io' ? '' : ` ${r.registry}`;
    return `Used ${r.origin}. Log in first (docker login${server}, or docker/login-action in a workflow), or set login = true with login_username and login_password in the template.`;
}
function explain(detail, r) {
    const registry = r.registry;
    if (PLAIN_HTTP.test(detail)) {
        return (`the registry ${registry} speaks plain HTTP, and the Docker engine only uses HTTP for registries it is told are insecure (${detail}). ` +
            `Serve the registry over HTTPS, or allow it on the engine: add "insecure-registries": ["${registry}"] to /etc/docker/daemon.json and restart dockerd ` +
            '(Docker Desktop: Settings → Docker Engine). Registries on 127.0.0.0/8 are always allowed.');
    }
    if (UNTRUSTED.test(detail)) {
        return (`the Docker engine does not trust the TLS certificate of the registry ${registry} (${detail}). ` +
            `Put the certificate of the CA that signed it in /etc/docker/certs.d/${registry}/ca.crt on the engine's host (read on every request, no restart needed), ` +
            "or add the CA to the host's trust store and restart dockerd.");
    }
    if (HTTP_RETRY_REFUSED.test(detail)) {
        return `authentication required or denied for ${registry}: the registry refused the request over HTTPS, and the engine's retry over plain HTTP was rejected (${detail}). ${loginHint(r)}`;
    }
    if (AUTH.test(detail))
        return `authentication required or denied for ${registry}: ${detail}. ${loginHint(r)}`;
    return undefined;
}
function mask(text, r) {
    let out = text;
    for (const secret of [r.auth.password, r.auth.identitytoken]) {
        if (secret && secret.length >= 3)
            out = out.split(secret).join('***');
    }
    return out;
}
/** The error to report for a failed pull or push of `action` (e.g. `push host/repo:tag`). */
function registryError(err, action, r) {
    const prefix = `${action}: `;
    const detail = mask(err.message.startsWith(prefix) ? err.message.slice(prefix.length) : err.message, r).trim();
    if (/: cancelled$/.test(err.message))
        return err;
    const explained = explain(detail, r);
    return new driver/* DriverError */.x(`${prefix}${explained ?? detail}`, err.statusCode);
}

;// CONCATENATED MODULE: ./src/docker/registry-api.ts
// Asks a registry (the Distribution API, v2) which manifest one of its tags serves: one HEAD request, with the
// credentials the push would use (Basic, or a Bearer token from the registry's token service), over the transport
// the engine would use — HTTPS with the system's CAs and /etc/docker/certs.d/<host>/*.crt, and for a loopback
// registry (the engine's default insecure range) plain HTTP or HTTPS without verification.
// It never throws: every failure (unreachable, refused, unexpected answer, timeout) is `undefined`, and the caller
// does what it would have done without asking. No credential or token is ever put in a message.



/** A manifest of one image (not a list or index of them). */
const IMAGE_MANIFEST_TYPES = ['application/vnd.docker.distribution.manifest.v2+json', 'application/vnd.oci.image.manifest.v1+json'];
const LIST_TYPES = ['application/vnd.docker.distribution.manifest.list.v2+json', 'application/vnd.oci.image.index.v1+json'];
/** The registry host and the repository's name on it: `127.0.0.1:5000/a/b` → [`127.0.0.1:5000`, `a/b`]. */
function registryPath(repository) {
    const registry = (0,registry_host/* registryOf */.Fv)(repository);
    if (registry !== registry_host/* DOCKER_HUB */.Xb)
        return { host: registry, name: repository.slice(repository.indexOf('/') + 1) };
    const name = (0,registry_host/* familiarName */.hG)(repository);
    return { host: 'registry-1.docker.io', name: name.includes('/') ? name : `library/${name}` };
}
/** The engine trusts loopback registries without TLS verification (its default insecure range, 127.0.0.0/8). */
function isLoopback(host) {
    const name = host.replace(/:\d+$/, '').replace(/^\[(.*)\]$/, '$1');
    return name === 'localhost' || name === '::1' || /^127\.\d+\.\d+\.\d+$/.test(name);
}
/** The `*.crt` files of certs.d/<host>, or undefined when it holds a client certificate (not offered here). */
function extraCAs(certsDir, host) {
    let files;
    try {
        files = (0,external_node_fs_.readdirSync)(external_node_path_default().join(certsDir, host));
    }
    catch {
        return [];
    }
    if (files.some((f) => f.endsWith('.cert') || f.endsWith('.key')))
        return undefined;
    return files.filter((f) => f.endsWith('.crt')).map((f) => (0,external_node_fs_.readFileSync)(external_node_path_default().join(certsDir, host, f)));
}
function endpoints(host, certsDir) {
    // The engine tries HTTPS first; plain HTTP first here saves loading TLS for the common local registry, and the
    // answer cannot differ: it is one port, and a digest names the same manifest whichever way it is asked.
    if (isLoopback(host))
        return [
            { base: `http://${host}`, verify: false },
            { base: `https://${host}`, verify: false },
        ];
    const ca = extraCAs(certsDir, host);
    return ca === undefined ? [] : [{ base: `https://${host}`, verify: true, ca }];
}
async function send(url, method, headers, ep, signal) {
    const secure = url.protocol === 'https:';
    const lib = secure ? await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 4708, 23)) : await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 7067, 23));
    const tls = secure ? await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 1692, 23)) : undefined;
    return new Promise((resolve, reject) => {
        const options = {
            method,
            headers,
            signal,
            rejectUnauthorized: ep.verify,
            ...(tls && ep.ca && ep.ca.length > 0 ? { ca: [...tls.rootCertificates, ...ep.ca.map(String)] } : {}),
        };
        const req = lib.request(url, options, (res) => {
            const chunks = [];
            let size = 0;
            res.on('data', (c) => {
                size += c.length;
                if (size <= 1 << 16)
                    chunks.push(c);
            });
            res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
            res.on('error', reject);
        });
        req.on('error', reject);
        req.end();
    });
}
/** `Bearer realm="…",service="…"` → scheme and parameters. */
function parseChallenge(header) {
    const m = /^\s*(\w+)\s*(.*)$/s.exec(header ?? '');
    if (!m)
        return undefined;
    const params = {};
    for (const p of m[2].matchAll(/(\w+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^,\s]+))/g))
        params[p[1].toLowerCase()] = (p[2] ?? p[3]).replace(/\\(.)/g, '$1');
    return { scheme: m[1].toLowerCase(), params };
}
function basic(auth) {
    if (!auth.username || !auth.password)
        return undefined;
    return `Basic ${Buffer.from(`${auth.username}:${auth.password}`).toString('base64')}`;
}
/** The Authorization header answering a 401's challenge, or undefined when it cannot be answered. */
async function answerChallenge(challenge, name, q, ep, signal) {
    const c = parseChallenge(challenge);
    if (c?.scheme === 'basic')
        return basic(q.auth);
    if (c?.scheme !== 'bearer' || !c.params.realm || q.auth.identitytoken)
        return undefined;
    const realm = new URL(c.params.realm);
    // Credentials go to a token service over TLS, or in the clear only to a loopback one.
    if (realm.protocol !== 'https:' && !(realm.protocol === 'http:' && isLoopback(realm.host)))
        return undefined;
    if (c.params.service)
        realm.searchParams.set('service', c.params.service);
    realm.searchParams.set('scope', `repository:${name}:pull`);
    const auth = basic(q.auth);
    const tokenEp = { base: realm.origin, verify: realm.host === new URL(ep.base).host ? ep.verify : true, ca: ep.ca };
    const answer = await send(realm, 'GET', auth ? { Authorization: auth } : {}, tokenEp, signal);
    if (answer.status !== 200)
        return undefined;
    const body = JSON.parse(answer.body);
    const token = typeof body.token === 'string' ? body.token : body.access_token;
    return typeof token === 'string' && token !== '' ? `Bearer ${token}` : undefined;
}
async function headManifest(ep, name, tag, q) {
    const timeout = AbortSignal.timeout(q.timeoutMs ?? 3000);
    const signal = q.signal ? AbortSignal.any([q.signal, timeout]) : timeout;
    const url = new URL(`${ep.base}/v2/${name}/manifests/${encodeURIComponent(tag)}`);
    const headers = { Accept: [...IMAGE_MANIFEST_TYPES, ...LIST_TYPES].join(', ') };
    let answer = await send(url, 'HEAD', headers, ep, signal);
    // A TLS port answers plain HTTP with 400 ("Client sent an HTTP request to an HTTPS server"): try the next transport.
    if (answer.status === 400 && url.protocol === 'http:')
        throw new Error('plain HTTP refused');
    if (answer.status === 401) {
        const authorization = await answerChallenge(answer.headers['www-authenticate'], name, q, ep, signal);
        if (!authorization)
            return undefined;
        answer = await send(url, 'HEAD', { ...headers, Authorization: authorization }, ep, signal);
    }
    const digest = answer.headers['docker-content-digest'];
    const mediaType = String(answer.headers['content-type'] ?? '')
        .split(';')[0]
        .trim();
    if (answer.status !== 200 || typeof digest !== 'string' || !/^sha256:[0-9a-f]{64}$/.test(digest))
        return undefined;
    const length = Number(answer.headers['content-length']);
    return Number.isInteger(length) && length > 0 ? { digest, size: length, mediaType } : { digest, mediaType };
}
/** The transport that answered last, per host: the next question (another tag) goes there first. */
const answered = new Map();
/** The manifest `repository:tag` serves, or undefined when the registry has none, cannot be asked, or will not say. */
async function servedManifest(repository, tag, q) {
    const { host, name } = registryPath(repository);
    const all = endpoints(host, q.certsDir ?? '/etc/docker/certs.d');
    const ordered = [...all.filter((e) => e.base === answered.get(host)), ...all.filter((e) => e.base !== answered.get(host))];
    for (const ep of ordered) {
        try {
            const served = await headManifest(ep, name, tag, q);
            answered.set(host, ep.base);
            return served;
        }
        catch {
            if (q.signal?.aborted)
                return undefined;
            // The next transport, as the engine tries them (an HTTP-only loopback registry refuses the TLS handshake).
        }
    }
    return undefined;
}

// EXTERNAL MODULE: external "node:v8"
var external_node_v8_ = __webpack_require__(8877);
var external_node_v8_default = /*#__PURE__*/__webpack_require__.n(external_node_v8_);
// EXTERNAL MODULE: external "node:vm"
var external_node_vm_ = __webpack_require__(714);
var external_node_vm_default = /*#__PURE__*/__webpack_require__.n(external_node_vm_);
;// CONCATENATED MODULE: ./src/memory.ts
// Streams of hundreds of megabytes pass through Buffers. V8 frees a dead Buffer's memory only when its small JS object
// is collected, and the bytes alone start a collection only after tens of megabytes of them have piled up: a 200 MB
// download peaked ~75 MB above what it holds at any moment (docs/adr/0003-streamed-memory.md). A young-generation
// collection every few megabytes frees those Buffers while they are still young; it costs well under a millisecond.



let collect;
function collector() {
    if (collect !== undefined)
        return collect;
    try {
        // The flag exposes `gc` to contexts made after it is set; the main one keeps no such global.
        external_node_v8_default().setFlagsFromString('--expose-gc');
        const gc = external_node_vm_default().runInNewContext('gc');
        collect = typeof gc === 'function' ? gc : null;
    }
    catch {
        collect = null;
    }
    return collect;
}
/** Bytes streamed between two young-generation collections. */
const STREAMED_BYTES_PER_COLLECTION = 4 * 1024 * 1024;
/** Passes chunks through unchanged, and collects young garbage every `STREAMED_BYTES_PER_COLLECTION` of them. */
function collectingAsItStreams() {
    let sinceCollection = 0;
    return new external_node_stream_.Transform({
        transform(chunk, _encoding, done) {
            sinceCollection += chunk.length;
            if (sinceCollection >= STREAMED_BYTES_PER_COLLECTION) {
                sinceCollection = 0;
                collector()?.({ type: 'minor' });
            }
            done(null, chunk);
        },
    });
}

;// CONCATENATED MODULE: ./src/docker/dockerode-driver.ts
// The Driver against a real engine, through dockerode. Every failure leaves as a DriverError carrying the engine's
// message; streams (pull, push, import) are checked event by event (see progress.ts).















const dockerode_driver_short = (id) => id.replace(/^sha256:/, '').slice(0, 12);
const relay = (onProgress) => (event) => onProgress?.(toProgressEvent(event));
/**
 * A request body the engine may reject before reading it all. Not `stream.pipeline`: destroying its destination
 * makes it destroy the source with ERR_STREAM_PREMATURE_CLOSE, which crashes node when nobody listens any more.
 */
function guardedBody(source) {
    const body = collectingAsItStreams();
    source.on('error', (e) => body.destroy(e)); // fails the request with the source's error
    source.pipe(body);
    return {
        body,
        discard() {
            source.unpipe(body);
            source.destroy?.();
            body.destroy();
        },
    };
}
/** A response body (an archive, an export), freeing its chunks as it goes: see memory.ts. */
function downloaded(response) {
    const body = collectingAsItStreams();
    (0,external_node_stream_.pipeline)(response, body, () => undefined); // an error or an early close of either side destroys the other
    return body;
}
function readId(response, action) {
    const id = response?.Id;
    if (typeof id !== 'string' || id === '')
        throw new driver/* DriverError */.x(`${action}: the engine returned no image ID`);
    return /^[0-9a-f]{64}$/.test(id) ? `sha256:${id}` : id; // Podman answers a commit with the bare hex
}
class DockerodeDriver {
    docker;
    address;
    credentials;
    /**
     * @param address the daemon address as the CLI prints it, used in connection errors.
     * @param credentials finds the registry credentials for pulls and pushes not given explicit ones.
     */
    constructor(docker, address, credentials = explicitOnly) {
        this.docker = docker;
        this.address = address;
        this.credentials = credentials;
    }
    async call(action, work, signal) {
        try {
            return await work();
        }
        catch (e) {
            if (signal?.aborted)
                throw new driver/* DriverError */.x(`${action}: cancelled`);
            throw toDriverError(e, action, this.address);
        }
    }
    /** Runs a registry request with the credentials for `ref`; its failures say which credentials were tried. */
    withRegistryAuth(action, ref, explicit, work, signal) {
        return this.call(action, async () => {
            const resolved = await this.credentials.forImage(ref, explicit);
            try {
                return await work(resolved.auth);
            }
            catch (e) {
                if (signal?.aborted)
                    throw e;
                throw registryError(toDriverError(e, action, this.address), action, resolved);
            }
        }, signal);
    }
    podman;
    /** Podman's Docker-compatible API differs in a few calls (docs/builders/docker.md, "Engines"). */
    isPodman() {
        this.podman ??= this.docker.version().then((v) => (v.Components ?? []).some((c) => /podman/i.test(c.Name)), () => false);
        return this.podman;
    }
    version() {
        return this.call('docker version', async () => {
            const v = await this.docker.version();
            return { version: v.Version, apiVersion: v.ApiVersion };
        });
    }
    pull(ref, opts = {}) {
        const action = `pull ${ref}`;
        const { repository, tag } = (0,reference/* parseReference */.F)(ref);
        return this.withRegistryAuth(action, ref, opts.auth, async (auth) => {
            const served = opts.platform ? undefined : await this.servedAlready(repository, tag, ref, auth, opts.signal);
            if (served) {
                // What the engine says of a pull that finds nothing new.
                opts.onProgress?.({ status: `Digest: ${served.digest}` });
                opts.onProgress?.({ status: `Status: Image is up to date for ${ref}` });
                return;
            }
            const query = { fromImage: repository, tag, abortSignal: opts.signal, ...(opts.platform ? { platform: opts.platform } : {}) };
            const stream = await this.docker.createImage(auth, query);
            await followProgress(stream, action, relay(opts.onProgress));
        }, opts.signal);
    }
    async inspectImage(ref) {
        try {
            return toImageInfo(await this.docker.getImage(ref).inspect());
        }
        catch (e) {
            if (isNotFound(e))
                return undefined;
            throw toDriverError(e, `inspect image ${ref}`, this.address);
        }
    }
    createContainer(spec) {
        return this.call(`create container from ${spec.image}`, async () => {
            const { query, body } = createRequest(spec);
            // docker-modem sends `_query` as the query string and `_body` as the body instead of the whole object as both.
            const request = { _query: query, _body: body };
            return (await this.docker.createContainer(request)).id;
        });
    }
    startContainer(id) {
        return this.call(`start container ${dockerode_driver_short(id)}`, async () => {
            try {
                await this.docker.getContainer(id).start();
            }
            catch (e) {
                if (statusCode(e) !== 304)
                    throw e; // already running
            }
        });
    }
    exec(containerId, spec) {
        const action = `exec ${JSON.stringify(spec.cmd[0] ?? '')} in container ${dockerode_driver_short(containerId)}`;
        return this.call(action, () => runExec(this.docker.getContainer(containerId), spec), spec.signal);
    }
    execSession(containerId, spec) {
        const action = `exec ${JSON.stringify(spec.cmd[0] ?? '')} in container ${dockerode_driver_short(containerId)}`;
        const map = (e) => toDriverError(e, action, this.address);
        return this.call(action, () => startSession(this.docker.getContainer(containerId), spec, map));
    }
    putArchive(containerId, dir, tar) {
        const action = `upload to ${dir} in container ${dockerode_driver_short(containerId)}`;
        return this.call(action, async () => {
            const upload = guardedBody(tar);
            try {
                await this.docker.getContainer(containerId).putArchive(upload.body, { path: dir });
            }
            catch (e) {
                upload.discard();
                if (isNotFound(e) && /could not find the file/i.test(engineMessage(e))) {
                    throw new driver/* DriverError */.x(`${action}: ${engineMessage(e)} (the target directory must exist)`, 404);
                }
                throw e;
            }
        });
    }
    getArchive(containerId, path) {
        return this.call(`download ${path} from container ${dockerode_driver_short(containerId)}`, async () => downloaded(await this.docker.getContainer(containerId).getArchive({ path })));
    }
    commit(containerId, spec) {
        const action = `commit container ${dockerode_driver_short(containerId)}`;
        return this.call(action, async () => {
            const container = this.docker.getContainer(containerId);
            if (await this.isPodman())
                return readId(await container.commit(podmanCommitRequest(containerId, spec)), action);
            const request = commitRequest(containerId, spec);
            // With a body, the engine applies ENV changes to the body's Env and appends the container's variables after
            // them; `docker commit` (no body) keeps the container's first. Sending the container's Env keeps its order.
            if (spec.config && spec.config.Env === undefined && (spec.changes ?? []).some((c) => /^\s*ENV\s/i.test(c))) {
                request._body.Env = (await container.inspect()).Config.Env ?? [];
            }
            const response = await container.commit(request);
            return readId(response, action);
        });
    }
    removeContainer(id) {
        return this.call(`remove container ${dockerode_driver_short(id)}`, async () => {
            try {
                await this.docker.getContainer(id).remove({ force: true, v: true });
            }
            catch (e) {
                if (isNotFound(e))
                    return;
                // A concurrent cleanup (e.g. the post step) got there first.
                if (statusCode(e) === 409 && /already in progress/.test(engineMessage(e)))
                    return;
                throw e;
            }
        });
    }
    tag(image, repository, tag) {
        return this.call(`tag ${image} as ${repository}:${tag}`, async () => {
            await this.docker.getImage(image).tag({ repo: repository, tag });
        });
    }
    push(repository, tag, opts = {}) {
        const action = `push ${repository}:${tag}`;
        return this.withRegistryAuth(action, repository, opts.auth, async (auth) => {
            const served = await this.servedAlready(repository, tag, `${repository}:${tag}`, auth, opts.signal);
            if (served)
                return served;
            // Without an X-Registry-Auth header the engine rejects the push; `{}` means anonymous.
            const stream = await this.docker.getImage(repository).push({ tag, authconfig: auth, abortSignal: opts.signal });
            const events = await followProgress(stream, action, relay(opts.onProgress));
            const pushed = pushedDigest(events);
            if (!pushed)
                throw new driver/* DriverError */.x(`${action}: the engine did not report the pushed manifest's digest`);
            return pushed;
        }, opts.signal);
    }
    /**
     * The registry's answer when `repository:tag` (or `@digest`) there serves exactly the local image `localRef`: the
     * registry points it at an image manifest (not a list, which may hold other platforms) whose digest the engine
     * recorded for this image in this repository (RepoDigests: a push or pull of exactly that manifest, whose config is
     * the image). A push would then upload nothing and put the same manifest back, a pull would find nothing new —
     * ~20–35 ms each, against a few for one HEAD request. Asked only of a daemon on this machine: a remote one may reach
     * a different registry under the same name. Any doubt means undefined, and the engine is asked as before.
     */
    async servedAlready(repository, tag, localRef, auth, signal) {
        if (!/^(unix|npipe):\/\//.test(this.address))
            return undefined;
        const [image, served] = await Promise.all([this.inspectImage(localRef).catch(() => undefined), servedManifest(repository, tag, { auth, signal })]);
        if (!image || !served || !IMAGE_MANIFEST_TYPES.includes(served.mediaType))
            return undefined;
        const wanted = (0,registry_host/* familiarName */.hG)(repository);
        const recorded = image.repoDigests.some((d) => {
            const at = d.lastIndexOf('@');
            return d.slice(at + 1) === served.digest && (0,registry_host/* familiarName */.hG)(d.slice(0, at)) === wanted;
        });
        return recorded ? { digest: served.digest, size: served.size, unchanged: true } : undefined;
    }
    removeImage(ref, opts = {}) {
        return this.call(`remove image ${ref}`, async () => {
            try {
                await this.docker.getImage(ref).remove({ force: opts.force ?? false });
            }
            catch (e) {
                if (isNotFound(e))
                    return;
                throw e;
            }
        });
    }
    listContainers(label) {
        return this.call(`list containers labelled ${label}`, async () => {
            const containers = await this.docker.listContainers({ all: true, filters: { label: [label] } });
            return containers.map((c) => c.Id);
        });
    }
    listImages(label) {
        return this.call(`list images labelled ${label}`, async () => {
            const summaries = await this.docker.listImages({ all: true, filters: { label: [label] } }); // all: step images a container was made from are "intermediate"
            const infos = await Promise.all(summaries.map((s) => this.inspectImage(s.Id)));
            return infos.filter((i) => i !== undefined);
        });
    }
    exportContainer(id) {
        return this.call(`export container ${dockerode_driver_short(id)}`, async () => downloaded(await this.docker.getContainer(id).export()));
    }
    saveImages(refs) {
        return this.call(`save ${refs.join(', ')}`, async () => downloaded(await this.docker.getImages({ names: refs })));
    }
    loadImage(tar) {
        const action = 'load images';
        return this.call(action, async () => {
            const upload = guardedBody(tar);
            try {
                // A corrupt or truncated tar is an `{error}` event in a 200 response, like pull and push failures.
                await followProgress(await this.docker.loadImage(upload.body, { quiet: true }), action);
            }
            catch (e) {
                upload.discard();
                throw e;
            }
        });
    }
    buildImage(context, opts) {
        const action = `build ${opts.dockerfile}`;
        return this.call(action, async () => {
            const upload = guardedBody(context);
            const query = {
                dockerfile: opts.dockerfile,
                buildargs: opts.buildArgs ?? {},
                labels: opts.labels ?? {},
                pull: opts.pull === true,
                rm: true,
                forcerm: true,
                ...(opts.platform ? { platform: opts.platform } : {}),
                ...(opts.signal ? { abortSignal: opts.signal } : {}),
            };
            try {
                const events = await followProgress(await this.docker.buildImage(upload.body, query), action, (e) => {
                    for (const line of (e.stream ?? '').split('\n'))
                        if (line.trim() !== '')
                            opts.onOutput?.(line.trimEnd());
                });
                const id = events
                    .map((e) => e.aux?.ID)
                    .reverse()
                    .find((x) => typeof x === 'string' && x.startsWith('sha256:'));
                if (!id)
                    throw new driver/* DriverError */.x(`${action}: the engine did not report the new image's ID`);
                return id;
            }
            catch (e) {
                upload.discard();
                throw e;
            }
        }, opts.signal);
    }
    importImage(tar, opts) {
        const ref = `${opts.repository}:${opts.tag ?? 'latest'}`;
        const action = `import ${ref}`;
        return this.call(action, async () => {
            const upload = guardedBody(tar);
            const query = {
                repo: opts.repository,
                tag: opts.tag ?? 'latest',
                changes: [...(opts.changes ?? []), `LABEL ${driver/* REPACK_LABEL */.c}=true`],
                ...(opts.platform ? { platform: opts.platform } : {}),
            };
            try {
                const events = await followProgress(await this.docker.importImage(upload.body, query), action);
                const id = events
                    .map((e) => e.status ?? '')
                    .reverse()
                    .find((s) => /^sha256:[0-9a-f]{64}$/.test(s));
                if (!id)
                    throw new driver/* DriverError */.x(`${action}: the engine did not report the new image's ID`);
                return id;
            }
            catch (e) {
                upload.discard();
                throw e;
            }
        });
    }
}

// EXTERNAL MODULE: ./src/error-message.ts
var error_message = __webpack_require__(6587);
;// CONCATENATED MODULE: ./src/docker/connect.ts
// connectDocker(): a DockerodeDriver for the engine the docker CLI would use (see docker-host.ts), with the registry
// credentials the docker CLI would send (see credentials.ts).








const hostFiles = {
    home: external_node_os_default().homedir(),
    read(file) {
        try {
            return (0,external_node_fs_.readFileSync)(file);
        }
        catch (e) {
            if (e.code === 'ENOENT')
                return undefined;
            throw new driver/* DriverError */.x(`cannot read ${file}: ${(0,error_message/* messageOf */.b)(e)}`);
        }
    },
};
/** No connection is made here: the first call reports an unreachable daemon as a DriverError. */
function connectDocker(env = process.env) {
    const endpoint = resolveEndpoint(env, hostFiles);
    try {
        return new DockerodeDriver(new (docker_default())(endpoint.options), endpoint.address, dockerCredentials(env));
    }
    catch (e) {
        // docker-modem also reads process.env itself (DOCKER_HOST, DOCKER_CERT_PATH files) and throws on what it dislikes.
        throw new driver/* DriverError */.x(`cannot set up the Docker client for ${endpoint.address}: ${(0,error_message/* messageOf */.b)(e)}`);
    }
}


/***/ })

};
