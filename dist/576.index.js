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
/* harmony export */   actionsCacheClient: () => (/* binding */ actionsCacheClient)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _actions_cache__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5329);
/* harmony import */ var _error_message_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6587);
// GitHub's Actions cache service through @actions/cache 6: an edge (DESIGN.md rule 1), the only module that imports
// it, loaded by the action front only when a cache spec says type=gha and injected into the engine as an
// ActionsCacheClient (actions-cache.ts). @actions/cache picks the protocol itself: v2 (Twirp + blob URLs) when the
// runner sets ACTIONS_CACHE_SERVICE_V2, else v1 (act's built-in server, GHES).




const PROBE_TIMEOUT_MS = 5000;
function serviceUrl(env) {
    const v2 = Boolean(env.ACTIONS_CACHE_SERVICE_V2);
    const url = v2 ? env.ACTIONS_RESULTS_URL : env.ACTIONS_CACHE_URL || env.ACTIONS_RESULTS_URL;
    return url || undefined;
}
/**
 * Any HTTP answer means the service is there. Asking first matters: @actions/cache retries an unreachable service
 * for ~25 s per call and then only logs a warning, so a dead service would cost every lookup that long.
 */
async function probe(url) {
    try {
        await fetch(url, { method: 'GET', signal: AbortSignal.timeout(PROBE_TIMEOUT_MS) });
    }
    catch (e) {
        const cause = e.cause;
        const why = cause?.code ?? cause?.message ?? (0,_error_message_js__WEBPACK_IMPORTED_MODULE_3__/* .messageOf */ .b)(e);
        throw new Error(`cannot reach the Actions cache service at ${new URL(url).origin} (${why})`);
    }
}
class ActionsCache {
    env;
    dir;
    ready;
    /** @param dir one fixed path: the service versions an entry by the paths it was saved from. */
    constructor(env, dir) {
        this.env = env;
        this.dir = dir;
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
    async has(key) {
        await this.check();
        return (await _actions_cache__WEBPACK_IMPORTED_MODULE_2__/* .restoreCache */ .P3([this.dir], key, [], { lookupOnly: true })) === key;
    }
    async restore(key) {
        await this.check();
        // The service matches keys by prefix too; our keys are fixed-length, but only the exact one is an answer.
        return (await _actions_cache__WEBPACK_IMPORTED_MODULE_2__/* .restoreCache */ .P3([this.dir], key)) === key;
    }
    async save(key) {
        await this.check();
        // saveCache logs its failures and returns -1 for all of them, "already exists" (409) included.
        if ((await _actions_cache__WEBPACK_IMPORTED_MODULE_2__/* .saveCache */ .Io([this.dir], key)) !== -1)
            return 'saved';
        if (await this.has(key))
            return 'exists';
        throw new Error(`saving the cache entry ${key} failed (the reason is logged above)`);
    }
}
/**
 * The client for a run's type=gha specs. `url=` and `token=` (as in buildx) replace the service URL and token the
 * runner gave; @actions/cache reads them from the environment.
 */
function actionsCacheClient(specs, env = process.env, dir = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(node_os__WEBPACK_IMPORTED_MODULE_0___default().tmpdir(), 'repack-gha-cache')) {
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
    return new ActionsCache(env, dir);
}


/***/ })

};
