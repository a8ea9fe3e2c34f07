import { fileURLToPath as __repackFileURLToPath } from 'node:url';
import { dirname as __repackDirname } from 'node:path';
const __filename = __repackFileURLToPath(import.meta.url);
const __dirname = __repackDirname(__filename);
export const id = 576;
export const ids = [576];
export const modules = {

/***/ 576:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   actionsCacheClient: () => (/* binding */ actionsCacheClient),
/* harmony export */   stagingRootOf: () => (/* binding */ stagingRootOf)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _actions_cache__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9423);
/* harmony import */ var _actions_http_client__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4942);
/* harmony import */ var _error_message_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6587);
// GitHub's Actions cache service through @actions/cache 6: an edge (DESIGN.md rule 1), the only module that imports
// it, loaded by the action front only when a cache spec says type=gha and injected into the engine as an
// ActionsCacheClient (actions-cache.ts). @actions/cache picks the protocol itself: v2 (Twirp + blob URLs) when the
// runner sets ACTIONS_CACHE_SERVICE_V2, else v1 (act's built-in server, GHES).






const PROBE_TIMEOUT_MS = 5000;
/**
 * The path list every entry is saved and restored under. The service versions an entry by this text, so it must be
 * the same on every machine: a relative path is, while the directory it names is each call's own (see `inStage`).
 */
const ENTRY_PATHS = ['entry'];
function serviceUrl(env) {
    const v2 = Boolean(env.ACTIONS_CACHE_SERVICE_V2);
    const url = v2 ? env.ACTIONS_RESULTS_URL : env.ACTIONS_CACHE_URL || env.ACTIONS_RESULTS_URL;
    return url || undefined;
}
/**
 * Any HTTP answer means the service is there. Asking first matters: @actions/cache retries an unreachable service
 * for ~25 s per call and then only logs a warning, so a dead service would cost every lookup that long. Asked through
 * @actions/http-client, as @actions/cache asks: the same proxy (HTTPS_PROXY / HTTP_PROXY) and bypass (NO_PROXY) rules.
 */
async function probe(url) {
    const client = new _actions_http_client__WEBPACK_IMPORTED_MODULE_4__/* .HttpClient */ .Qq('repack-cache-probe', [], { allowRetries: false, socketTimeout: PROBE_TIMEOUT_MS });
    let timer;
    const timeout = new Promise((_, reject) => {
        timer = setTimeout(() => reject(Object.assign(new Error('timed out'), { code: 'ETIMEDOUT' })), PROBE_TIMEOUT_MS);
    });
    try {
        const response = await Promise.race([client.get(url), timeout]);
        await response.readBody();
    }
    catch (e) {
        const why = e.code ?? (0,_error_message_js__WEBPACK_IMPORTED_MODULE_5__/* .messageOf */ .b)(e);
        throw new Error(`cannot reach the Actions cache service at ${new URL(url).origin} (${why})`);
    }
    finally {
        clearTimeout(timer);
        client.dispose();
    }
}
/**
 * Runs an @actions/cache call on a staged entry. It resolves the path list from the current directory, archives
 * paths relative to GITHUB_WORKSPACE and extracts there: all three point at the entry's own directory for the call, so
 * an archive holds `entry/…` whatever the depth of the runner's workspace, and restores into that directory only.
 * Such calls run one at a time in the process (`staged`); the rest of repack resolves every path against a directory
 * it was given, never the current one.
 */
function inStage(entry, call) {
    const next = staged.then(() => inStageNow(entry, call));
    staged = next.catch(() => undefined);
    return next;
}
let staged = Promise.resolve();
async function inStageNow(entry, call) {
    const root = node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(entry.dir);
    const cwd = process.cwd();
    const workspace = process.env.GITHUB_WORKSPACE;
    process.chdir(root);
    process.env.GITHUB_WORKSPACE = root;
    try {
        return await call();
    }
    finally {
        process.chdir(cwd);
        if (workspace === undefined)
            delete process.env.GITHUB_WORKSPACE;
        else
            process.env.GITHUB_WORKSPACE = workspace;
    }
}
class ActionsCache {
    env;
    stagingRoot;
    ready;
    /** @param stagingRoot where each call's private directory is made. */
    constructor(env, stagingRoot) {
        this.env = env;
        this.stagingRoot = stagingRoot;
    }
    check() {
        this.ready ??= (async () => {
            const url = serviceUrl(this.env);
            if (!url)
                throw new Error('the Actions cache service is not available to this step (ACTIONS_RESULTS_URL / ACTIONS_CACHE_URL are not set)');
            await probe(url);
        })();
        return this.ready;
    }
    async stage() {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(this.stagingRoot, { recursive: true });
        const root = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(this.stagingRoot, 'repack-gha-')); // mode 0700, and new: no one else's
        const dir = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(root, 'entry');
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(dir, { mode: 0o700 });
        return { dir, remove: () => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(root, { recursive: true, force: true }) };
    }
    async has(key) {
        await this.check();
        return (await _actions_cache__WEBPACK_IMPORTED_MODULE_3__/* .restoreCache */ .P3([...ENTRY_PATHS], key, [], { lookupOnly: true })) === key;
    }
    async restore(key, entry) {
        await this.check();
        // The service matches keys by prefix too; our keys are fixed-length, but only the exact one is an answer.
        return (await inStage(entry, () => _actions_cache__WEBPACK_IMPORTED_MODULE_3__/* .restoreCache */ .P3([...ENTRY_PATHS], key))) === key;
    }
    async save(key, entry) {
        await this.check();
        // saveCache logs its failures and returns -1 for all of them, "already exists" (409) included.
        if ((await inStage(entry, () => _actions_cache__WEBPACK_IMPORTED_MODULE_3__/* .saveCache */ .Io([...ENTRY_PATHS], key))) !== -1)
            return 'saved';
        if (await this.has(key))
            return 'exists';
        throw new Error(`saving the cache entry ${key} failed (the reason is logged above)`);
    }
}
/** RUNNER_TEMP (private to the job, emptied by the runner after it), else the workspace, else the system's. */
function stagingRootOf(env) {
    return env.RUNNER_TEMP || env.GITHUB_WORKSPACE || node_os__WEBPACK_IMPORTED_MODULE_1___default().tmpdir();
}
/**
 * The client for a run's type=gha specs. `url=` and `token=` (as in buildx) replace the service URL and token the
 * runner gave; @actions/cache reads them from the environment.
 */
function actionsCacheClient(specs, env = process.env, stagingRoot = stagingRootOf(env)) {
    for (const s of specs) {
        if (s.type !== 'gha')
            continue;
        if (s.attrs.url) {
            const url = s.attrs.url.endsWith('/') ? s.attrs.url : `${s.attrs.url}/`;
            if (env.ACTIONS_CACHE_SERVICE_V2)
                env.ACTIONS_RESULTS_URL = url;
            else
                env.ACTIONS_CACHE_URL = url;
        }
        if (s.attrs.token)
            env.ACTIONS_RUNTIME_TOKEN = s.attrs.token;
    }
    return new ActionsCache(env, stagingRoot);
}


/***/ })

};
