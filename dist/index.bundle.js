import { fileURLToPath as __repackFileURLToPath } from 'node:url';
import { dirname as __repackDirname } from 'node:path';
const __filename = __repackFileURLToPath(import.meta.url);
const __dirname = __repackDirname(__filename);
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 5888:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ REPACK_LABEL),
/* harmony export */   x: () => (/* binding */ DriverError)
/* harmony export */ });
// The engine as repack sees it, in our own words. The builder steps, provisioners and post-processors talk only to
// this interface; `dockerode-driver.ts` implements it against the Engine API and `__fixtures__/fake-driver.ts` in
// memory for unit tests. Calls return data; a non-zero exit is a result, not an exception (DESIGN.md rule 6).
/** Label put on every container and image repack creates, so leftovers can be found and removed. */
const REPACK_LABEL = 'io.repack.managed';
/** An engine failure worth showing to a user as is (no stack trace). */
class DriverError extends Error {
    statusCode;
    constructor(message, statusCode) {
        super(message);
        this.statusCode = statusCode;
        this.name = 'DriverError';
    }
}


/***/ }),

/***/ 2977:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ parseReference)
/* harmony export */ });
// Splits an image reference the way the engine's /images/create expects it: `fromImage` without tag, and `tag`
// holding the tag or digest. Leaving `tag` empty would make the engine pull every tag of the repository.
function parseReference(ref) {
    const at = ref.indexOf('@');
    if (at >= 0)
        return { repository: ref.slice(0, at), tag: ref.slice(at + 1) };
    const colon = ref.lastIndexOf(':');
    // A colon before the last slash belongs to a registry port (127.0.0.1:5000/debian).
    if (colon > ref.lastIndexOf('/'))
        return { repository: ref.slice(0, colon), tag: ref.slice(colon + 1) };
    return { repository: ref, tag: 'latest' };
}


/***/ }),

/***/ 6587:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ messageOf),
/* harmony export */   i: () => (/* binding */ toError)
/* harmony export */ });
// The message of anything thrown, as a user should see it: an Error's message (never its stack), else its text.
function messageOf(e) {
    return e instanceof Error ? e.message : String(e);
}
/** Anything thrown as an Error, for APIs that take one (stream.destroy). */
function toError(e) {
    return e instanceof Error ? e : new Error(String(e));
}


/***/ }),

/***/ 406:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("./crypto/build/Release/sshcrypto.node");

/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 9140:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("constants");

/***/ }),

/***/ 6954:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("cpu-features");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 2250:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("dns");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 8995:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 6193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");

/***/ }),

/***/ 8500:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers/promises");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 8877:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:v8");

/***/ }),

/***/ 714:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:vm");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 3480:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("querystring");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 3557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 2018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 7016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 3106:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
var external_node_os_default = /*#__PURE__*/__nccwpck_require__.n(external_node_os_);
;// CONCATENATED MODULE: ./src/action/runner.ts
// The runner's side of the workflow-command protocol: inputs from INPUT_* variables, state from STATE_* variables,
// log commands (`::error file=…,line=…::`, `::group::`, `::add-mask::`) on stdout, and outputs and state appended
// to the GITHUB_OUTPUT / GITHUB_STATE files with a random heredoc delimiter. It is what the action needs of
// @actions/core, written against the documented protocol so the main step does not load core's HTTP client (for
// OIDC, which repack never asks for) before its first Docker request.



// Data escapes % and line breaks; property values also the `,` and `:` that separate them.
function escapeData(text) {
    return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(text) {
    return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
const PROPERTY_NAMES = {
    title: 'title',
    file: 'file',
    startLine: 'line',
    endLine: 'endLine',
    startColumn: 'col',
    endColumn: 'endColumn',
};
function issue(command, message, properties = {}) {
    const props = Object.keys(PROPERTY_NAMES)
        .filter((k) => properties[k] !== undefined && properties[k] !== '')
        .map((k) => `${PROPERTY_NAMES[k]}=${escapeProperty(String(properties[k]))}`);
    process.stdout.write(`::${command}${props.length > 0 ? ` ${props.join(',')}` : ''}::${escapeData(message)}${external_node_os_.EOL}`);
}
/** name<<delimiter / value / delimiter, appended to the file a runner reads after the step. */
function appendToFile(variable, name, value) {
    const file = process.env[variable];
    if (!file)
        return false;
    if (!(0,external_node_fs_.existsSync)(file))
        throw new Error(`Missing file at path: ${file} (${variable})`);
    const delimiter = `ghadelimiter_${(0,external_node_crypto_.randomUUID)()}`;
    if (name.includes(delimiter) || value.includes(delimiter))
        throw new Error(`Unexpected input: ${name} contains the delimiter ${delimiter}`);
    (0,external_node_fs_.appendFileSync)(file, `${name}<<${delimiter}${external_node_os_.EOL}${value}${external_node_os_.EOL}${delimiter}${external_node_os_.EOL}`, 'utf8');
    return true;
}
/** An input's raw value ('' when not given); a runner names it INPUT_ + the name upper-cased, spaces as `_`. */
function getInput(name) {
    return process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '';
}
function getState(name) {
    return process.env[`STATE_${name}`] ?? '';
}
function setOutput(name, value) {
    if (appendToFile('GITHUB_OUTPUT', name, value))
        return;
    process.stdout.write(external_node_os_.EOL);
    issue(`set-output name=${escapeProperty(name)}`, value);
}
function saveState(name, value) {
    if (appendToFile('GITHUB_STATE', name, value))
        return;
    issue(`save-state name=${escapeProperty(name)}`, value);
}
function info(message) {
    process.stdout.write(message + external_node_os_.EOL);
}
function debug(message) {
    issue('debug', message);
}
function error(message, properties) {
    issue('error', message, properties);
}
function warning(message, properties) {
    issue('warning', message, properties);
}
/** Masks the value in every line printed after this one. */
function setSecret(value) {
    issue('add-mask', value);
}
function startGroup(name) {
    issue('group', name);
}
function endGroup() {
    issue('endgroup', '');
}
/** An error annotation, and the step's exit code 1. */
function setFailed(message) {
    process.exitCode = 1;
    error(message);
}

;// CONCATENATED MODULE: ./src/hcl/diagnostics.ts
// Diagnostics are collected, not thrown (DESIGN.md rule 2). Positions are 1-based lines and columns (columns count
// characters as HCL does) plus a 0-based byte offset into the file's text.
function diagnostics_error(summary, detail, range) {
    return { severity: 'error', summary, detail, range };
}
function diagnostics_warning(summary, detail, range) {
    return { severity: 'warning', summary, detail, range };
}
function hasErrors(diags) {
    return diags.some((d) => d.severity === 'error');
}
/** Drops repeats of the same diagnostic (a body evaluated once per build reports its problem once). */
function uniqueDiagnostics(diags) {
    const seen = new Set();
    return diags.filter((d) => {
        const r = d.range;
        const key = `${d.severity}\0${d.summary}\0${d.detail ?? ''}\0${r ? `${r.file}:${r.start.offset}-${r.end.offset}` : ''}`;
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}

;// CONCATENATED MODULE: ./src/hcl/number-format.ts
// Numbers as HCL writes them in strings: plain decimal notation, never an exponent (cty formats with 'f', -1).
function formatNumber(n) {
    if (Number.isNaN(n))
        return 'NaN';
    if (!Number.isFinite(n))
        return n > 0 ? '+Inf' : '-Inf';
    const s = String(n);
    if (!s.includes('e'))
        return s;
    const [mantissa, expText] = s.split('e');
    const negative = mantissa.startsWith('-');
    const unsigned = negative ? mantissa.slice(1) : mantissa;
    const dot = unsigned.indexOf('.');
    const digits = unsigned.replace('.', '');
    const pointAt = (dot === -1 ? unsigned.length : dot) + Number(expText);
    let out;
    if (pointAt <= 0)
        out = `0.${'0'.repeat(-pointAt)}${digits}`;
    else if (pointAt >= digits.length)
        out = digits + '0'.repeat(pointAt - digits.length);
    else
        out = `${digits.slice(0, pointAt)}.${digits.slice(pointAt)}`;
    return negative ? `-${out}` : out;
}
/** A number from its decimal text as cty's string-to-number conversion accepts it, or undefined. */
function parseNumber(text) {
    if (!/^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/.test(text))
        return undefined;
    return Number(text);
}

;// CONCATENATED MODULE: ./src/hcl/value.ts
// HCL's typed value model (as go-cty): primitive string/number/bool, collections list/set/map, structural
// tuple/object, plus null and unknown of a type. Any value may carry the `sensitive` mark, which survives every
// operation that derives a value from it.
const T = {
    string: { kind: 'string' },
    number: { kind: 'number' },
    bool: { kind: 'bool' },
    dynamic: { kind: 'dynamic' },
    list: (element) => ({ kind: 'list', element }),
    set: (element) => ({ kind: 'set', element }),
    map: (element) => ({ kind: 'map', element }),
    tuple: (elements) => ({ kind: 'tuple', elements }),
    object: (attributes) => ({ kind: 'object', attributes }),
};
const V = {
    null: (type = T.dynamic) => ({ kind: 'null', type }),
    unknown: (type = T.dynamic) => ({ kind: 'unknown', type }),
    string: (value) => ({ kind: 'string', value }),
    number: (value) => ({ kind: 'number', value }),
    bool: (value) => ({ kind: 'bool', value }),
    tuple: (items) => ({ kind: 'tuple', items }),
    object: (attrs) => ({ kind: 'object', attrs }),
    list: (items, element = T.dynamic) => ({ kind: 'list', items, element }),
    map: (attrs, element = T.dynamic) => ({ kind: 'map', attrs, element }),
};
/** The type of a value, as HCL would name it in a message. */
function typeOf(v) {
    switch (v.kind) {
        case 'null':
        case 'unknown':
            return v.type;
        case 'string':
        case 'number':
        case 'bool':
            return { kind: v.kind };
        case 'list':
        case 'set':
            return { kind: v.kind, element: v.element };
        case 'map':
            return { kind: 'map', element: v.element };
        case 'tuple':
            return { kind: 'tuple', elements: v.items.map(typeOf) };
        case 'object':
            return { kind: 'object', attributes: Object.fromEntries(Object.entries(v.attrs).map(([k, a]) => [k, typeOf(a)])) };
    }
}
function typeName(t) {
    switch (t.kind) {
        case 'string':
        case 'number':
        case 'bool':
            return t.kind;
        case 'dynamic':
            return 'any';
        case 'list':
        case 'set':
        case 'map':
            return `${t.kind} of ${typeName(t.element)}`;
        case 'tuple':
            return 'tuple';
        case 'object':
            return 'object';
    }
}
function isKnown(v) {
    switch (v.kind) {
        case 'unknown':
            return false;
        case 'list':
        case 'set':
        case 'tuple':
            return v.items.every(isKnown);
        case 'map':
        case 'object':
            return Object.values(v.attrs).every(isKnown);
        default:
            return true;
    }
}
function isSensitive(v) {
    if (v.sensitive)
        return true;
    switch (v.kind) {
        case 'list':
        case 'set':
        case 'tuple':
            return v.items.some(isSensitive);
        case 'map':
        case 'object':
            return Object.values(v.attrs).some(isSensitive);
        default:
            return false;
    }
}
function markSensitive(v) {
    return { ...v, sensitive: true };
}
/** Plain JS for a known value (unknown becomes null). */
function toJS(v) {
    switch (v.kind) {
        case 'null':
        case 'unknown':
            return null;
        case 'string':
        case 'number':
        case 'bool':
            return v.value;
        case 'list':
        case 'set':
        case 'tuple':
            return v.items.map(toJS);
        case 'map':
        case 'object':
            return Object.fromEntries(Object.entries(v.attrs).map(([k, a]) => [k, toJS(a)]));
    }
}
/** A value for plain JS data: arrays become tuples, objects become objects (as JSON decoding does in HCL). */
function fromJS(js) {
    if (js === null || js === undefined)
        return V.null();
    if (typeof js === 'string')
        return V.string(js);
    if (typeof js === 'number')
        return V.number(js);
    if (typeof js === 'boolean')
        return V.bool(js);
    if (Array.isArray(js))
        return V.tuple(js.map(fromJS));
    if (typeof js === 'object') {
        return V.object(Object.fromEntries(Object.entries(js).map(([k, a]) => [k, fromJS(a)])));
    }
    return V.string(String(js));
}

;// CONCATENATED MODULE: ./src/hcl/types.ts
// Type relations of the value model: equality, friendly names, and the unification HCL uses to give a collection
// built from mixed elements (or the two arms of a conditional) one element type.

function typeEquals(a, b) {
    if (a.kind !== b.kind)
        return false;
    switch (a.kind) {
        case 'list':
        case 'set':
        case 'map':
            return typeEquals(a.element, b.element);
        case 'tuple': {
            const bt = b;
            return a.elements.length === bt.elements.length && a.elements.every((t, i) => typeEquals(t, bt.elements[i]));
        }
        case 'object': {
            const bo = b;
            const ak = Object.keys(a.attributes);
            const bk = Object.keys(bo.attributes);
            return ak.length === bk.length && ak.every((k) => k in bo.attributes && typeEquals(a.attributes[k], bo.attributes[k]));
        }
        default:
            return true;
    }
}
/** True when the type contains `any` somewhere (so values of it keep their own, more specific types). */
function hasDynamic(t) {
    switch (t.kind) {
        case 'dynamic':
            return true;
        case 'list':
        case 'set':
        case 'map':
            return hasDynamic(t.element);
        case 'tuple':
            return t.elements.some(hasDynamic);
        case 'object':
            return Object.values(t.attributes).some(hasDynamic);
        default:
            return false;
    }
}
function isPrimitive(t) {
    return t.kind === 'string' || t.kind === 'number' || t.kind === 'bool';
}
/**
 * The one type all of `types` can convert to, as cty's unify: equal types stay; mixed primitives become string;
 * objects/maps become a map of the unified attribute types; tuples/lists become a list. Undefined when none.
 */
function unifyTypes(types) {
    const known = types.filter((t) => t.kind !== 'dynamic');
    if (known.length === 0)
        return T.dynamic;
    const [first] = known;
    if (known.every((t) => typeEquals(t, first)))
        return first;
    if (known.every(isPrimitive))
        return T.string;
    if (known.every((t) => t.kind === 'object' || t.kind === 'map')) {
        const elems = [];
        for (const t of known) {
            if (t.kind === 'map')
                elems.push(t.element);
            else if (t.kind === 'object')
                elems.push(...Object.values(t.attributes));
        }
        const objectsAlike = known.every((t) => t.kind === 'object');
        if (objectsAlike) {
            const merged = unifyObjects(known);
            if (merged)
                return merged;
        }
        const el = unifyTypes(elems);
        return el ? T.map(el) : undefined;
    }
    if (known.every((t) => t.kind === 'tuple' || t.kind === 'list')) {
        const elems = [];
        for (const t of known) {
            if (t.kind === 'list')
                elems.push(t.element);
            else if (t.kind === 'tuple')
                elems.push(...t.elements);
        }
        const el = unifyTypes(elems);
        return el ? T.list(el) : undefined;
    }
    if (known.every((t) => t.kind === 'set')) {
        const el = unifyTypes(known.map((t) => t.element));
        return el ? T.set(el) : undefined;
    }
    return undefined;
}
/** Objects with the same attribute names unify attribute by attribute. */
function unifyObjects(objs) {
    const names = Object.keys(objs[0].attributes).sort();
    for (const o of objs) {
        const k = Object.keys(o.attributes).sort();
        if (k.length !== names.length || k.some((n, i) => n !== names[i]))
            return undefined;
    }
    const attributes = {};
    for (const n of names) {
        const u = unifyTypes(objs.map((o) => o.attributes[n]));
        if (!u)
            return undefined;
        attributes[n] = u;
    }
    return T.object(attributes);
}

;// CONCATENATED MODULE: ./src/hcl/eval-context.ts
function lookupVariable(ctx, name) {
    for (let c = ctx; c; c = c.parent) {
        if (Object.hasOwn(c.variables, name))
            return c.variables[name];
    }
    return undefined;
}
function lookupFunction(ctx, name) {
    for (let c = ctx; c; c = c.parent) {
        if (c.functions && Object.hasOwn(c.functions, name))
            return c.functions[name];
    }
    return undefined;
}
function allFunctionNames(ctx) {
    const names = new Set();
    for (let c = ctx; c; c = c.parent)
        for (const n of Object.keys(c.functions ?? {}))
            names.add(n);
    return [...names];
}
function childContext(ctx, variables) {
    return { variables, parent: ctx };
}

;// CONCATENATED MODULE: ./src/hcl/function.ts
/** A failure of the whole call: "Call to function "x" failed: <message>." */
class FunctionError extends Error {
}
/** A failure blamed on one argument: "Invalid value for "<param>" parameter: <message>." */
class function_ArgError extends Error {
    index;
    constructor(index, message) {
        super(message);
        this.index = index;
    }
}

;// CONCATENATED MODULE: ./src/hcl/did-you-mean.ts
// "Did you mean …?" suggestions, with hclsyntax's rule: the first candidate within edit distance 2.
function levenshtein(a, b) {
    const row = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        let diag = row[0];
        row[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const up = row[j];
            row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
            diag = up;
        }
    }
    return row[b.length];
}
/** The closest of `options` to `given` within HCL's edit distance of 3, or ''. */
function nameSuggestion(given, options) {
    for (const o of options)
        if (levenshtein(given, o) < 3)
            return o;
    return '';
}

;// CONCATENATED MODULE: ./src/hcl/value-ops.ts
// Operations on values shared by the evaluator and the functions: equality, marks, element access.



/** cty's equality: undefined when either side is not wholly known. */
function valuesEqual(a, b) {
    if (a.kind === 'null' || b.kind === 'null') {
        if (a.kind === 'unknown' || b.kind === 'unknown')
            return undefined;
        return a.kind === 'null' && b.kind === 'null';
    }
    if (!isKnown(a) || !isKnown(b))
        return undefined;
    if (!typeEquals(typeOf(a), typeOf(b)))
        return false;
    return valueKey(a) === valueKey(b);
}
/** `v` marked sensitive when any of `from` is sensitive at its top level. */
function withMarksOf(v, ...from) {
    return from.some((f) => f.sensitive) && !v.sensitive ? { ...v, sensitive: true } : v;
}
/** The value without its top-level mark. */
function unmark(v) {
    if (!v.sensitive)
        return v;
    const copy = { ...v };
    delete copy.sensitive;
    return copy;
}
/** The elements of a list, set or tuple (in order), or the values of a map or object (by key). */
function elementsOf(v) {
    switch (v.kind) {
        case 'list':
        case 'set':
        case 'tuple':
            return v.items.map((item, i) => [v.kind === 'set' ? item : { kind: 'number', value: i }, item]);
        case 'map':
        case 'object':
            return Object.keys(v.attrs)
                .sort()
                .map((k) => [{ kind: 'string', value: k }, v.attrs[k]]);
        default:
            return [];
    }
}
/** The value with every sensitive mark removed, and whether there was any. */
function unmarkDeep(v) {
    let marked = !!v.sensitive;
    const strip = (x) => {
        const [u, m] = unmarkDeep(x);
        if (m)
            marked = true;
        return u;
    };
    let out;
    switch (v.kind) {
        case 'list':
        case 'set':
            out = { kind: v.kind, items: v.items.map(strip), element: v.element };
            break;
        case 'tuple':
            out = { kind: 'tuple', items: v.items.map(strip) };
            break;
        case 'map':
            out = { kind: 'map', attrs: mapValues(v.attrs, strip), element: v.element };
            break;
        case 'object':
            out = { kind: 'object', attrs: mapValues(v.attrs, strip) };
            break;
        default:
            out = unmark(v);
    }
    return [out, marked];
}
function mapValues(attrs, f) {
    const out = {};
    for (const [k, v] of Object.entries(attrs))
        out[k] = f(v);
    return out;
}

// EXTERNAL MODULE: ./src/error-message.ts
var error_message = __nccwpck_require__(6587);
;// CONCATENATED MODULE: ./src/hcl/eval-call.ts
// Function calls: argument count and type checks against the function's parameters, `...` expansion of the final
// argument, unknown and null handling, sensitive marks moved from arguments to the result.









const hasError = (d) => d.some((x) => x.severity === 'error');
/** The declared result type for these arguments; `any` when the function cannot tell before seeing values. */
function resultTypeOf(fn, args) {
    if (!fn.returnType)
        return T.dynamic;
    try {
        return fn.returnType(args);
    }
    catch {
        return T.dynamic;
    }
}
function evalFunctionCall(expr, ctx, anon) {
    const fn = lookupFunction(ctx, expr.name);
    if (!fn) {
        const suggestion = nameSuggestion(expr.name, allFunctionNames(ctx));
        return {
            value: V.unknown(),
            diagnostics: [
                diagnostics_error('Call to unknown function', `There is no function named ${JSON.stringify(expr.name)}.${suggestion ? ` Did you mean ${JSON.stringify(suggestion)}?` : ''}`, expr.nameRange),
            ],
        };
    }
    const call = { name: expr.name, range: expr.range };
    if (fn.lazy)
        return fn.lazy(expr.args, (arg) => evalExpr(arg, ctx, anon), call);
    const diagnostics = [];
    const argExprs = [];
    const args = [];
    for (const [i, argExpr] of expr.args.entries()) {
        const r = evalExpr(argExpr, ctx, anon);
        diagnostics.push(...r.diagnostics);
        if (expr.expandFinal && i === expr.args.length - 1) {
            const v = r.value;
            if (v.kind === 'null') {
                diagnostics.push(diagnostics_error('Invalid expanding argument value', 'The expanding argument (indicated by ...) must not be null.', argExpr.range));
                return { value: V.unknown(), diagnostics };
            }
            if (v.kind === 'unknown')
                return { value: V.unknown(), diagnostics };
            if (v.kind !== 'list' && v.kind !== 'tuple' && v.kind !== 'set') {
                diagnostics.push(diagnostics_error('Invalid expanding argument value', 'The expanding argument (indicated by ...) must be of a tuple, list, or set type.', argExpr.range));
                return { value: V.unknown(), diagnostics };
            }
            for (const item of v.items) {
                args.push(v.sensitive ? { ...item, sensitive: true } : item);
                argExprs.push(argExpr);
            }
        }
        else {
            args.push(r.value);
            argExprs.push(argExpr);
        }
    }
    const { params, varParam } = fn;
    if (args.length < params.length) {
        const missing = params[args.length];
        const qual = varParam ? ' at least' : '';
        diagnostics.push(diagnostics_error('Not enough function arguments', `Function ${JSON.stringify(expr.name)} expects${qual} ${params.length} argument(s). Missing value for ${JSON.stringify(missing.name)}.`, expr.closeParenRange));
        return { value: V.unknown(), diagnostics };
    }
    if (!varParam && args.length > params.length) {
        diagnostics.push(diagnostics_error('Too many function arguments', `Function ${JSON.stringify(expr.name)} expects only ${params.length} argument(s).`, argExprs[params.length].range));
        return { value: V.unknown(), diagnostics };
    }
    if (hasError(diagnostics))
        return { value: V.unknown(), diagnostics };
    let anyUnknown = false;
    let sensitive = false;
    const converted = [];
    for (const [i, arg] of args.entries()) {
        const param = i < params.length ? params[i] : varParam;
        let v = arg;
        if (!param.allowMarked) {
            const [u, marked] = unmarkDeep(v);
            if (marked)
                sensitive = true;
            v = u;
        }
        if (v.kind === 'null' && !param.allowNull) {
            diagnostics.push(diagnostics_error('Invalid function argument', `Invalid value for ${JSON.stringify(param.name)} parameter: argument must not be null.`, argExprs[i].range));
            continue;
        }
        const c = convert(v, param.type);
        if ('error' in c) {
            diagnostics.push(diagnostics_error('Invalid function argument', `Invalid value for ${JSON.stringify(param.name)} parameter: ${c.error}.`, argExprs[i].range));
            continue;
        }
        if (!param.allowUnknown && !isKnown(c.value))
            anyUnknown = true;
        converted.push(c.value);
    }
    if (hasError(diagnostics))
        return { value: V.unknown(), diagnostics };
    const mark = (v) => (sensitive && !v.sensitive ? { ...v, sensitive: true } : v);
    if (anyUnknown) {
        return { value: mark(V.unknown(resultTypeOf(fn, converted))), diagnostics };
    }
    try {
        return { value: mark(fn.impl(converted, call)), diagnostics };
    }
    catch (e) {
        if (e instanceof function_ArgError) {
            const i = Math.min(e.index, argExprs.length - 1);
            const param = e.index < params.length ? params[e.index] : varParam;
            diagnostics.push(diagnostics_error('Invalid function argument', `Invalid value for ${JSON.stringify(param?.name ?? '')} parameter: ${e.message}.`, argExprs[i]?.range ?? expr.range));
        }
        else {
            const message = (0,error_message/* messageOf */.b)(e);
            diagnostics.push(diagnostics_error('Error in function call', `Call to function ${JSON.stringify(expr.name)} failed: ${message}.`, expr.range));
        }
        return { value: V.unknown(), diagnostics };
    }
}

;// CONCATENATED MODULE: ./src/hcl/eval-access.ts
// Attribute access and indexing (hcl's ops.go GetAttr/Index) with HCL's messages.




const ok = (value) => ({ value, diagnostics: [] });
const fail = (summary, detail, range) => ({ value: V.unknown(), diagnostics: [diagnostics_error(summary, detail, range)] });
const invalidIndex = 'Invalid index';
const unsupportedAttr = 'Unsupported attribute';
function applyStep(v, step) {
    return step.kind === 'attr' ? getAttr(v, step.name, step.range) : index(v, step.key, step.range);
}
function unknownElement(t, name) {
    if (t.kind === 'object' && name !== undefined)
        return t.attributes[name] ?? T.dynamic;
    if (t.kind === 'list' || t.kind === 'map' || t.kind === 'set')
        return t.element;
    return T.dynamic;
}
function getAttr(v, name, range) {
    switch (v.kind) {
        case 'null':
            return fail('Attempt to get attribute from null value', 'This value is null, so it does not have any attributes.', range);
        case 'unknown': {
            const t = v.type;
            if (t.kind === 'object' && !(name in t.attributes)) {
                return fail(unsupportedAttr, `This object does not have an attribute named ${JSON.stringify(name)}.`, range);
            }
            return ok(withMarksOf(V.unknown(unknownElement(t, name)), v));
        }
        case 'object': {
            if (!Object.hasOwn(v.attrs, name)) {
                return fail(unsupportedAttr, `This object does not have an attribute named ${JSON.stringify(name)}.`, range);
            }
            return ok(withMarksOf(v.attrs[name], v));
        }
        case 'map': {
            if (!Object.hasOwn(v.attrs, name))
                return fail('Missing map element', `This map does not have an element with the key ${JSON.stringify(name)}.`, range);
            return ok(withMarksOf(v.attrs[name], v));
        }
        case 'list':
        case 'tuple': {
            const hasAttr = v.items.some((item) => item.kind === 'object' && Object.hasOwn(item.attrs, name));
            return fail(unsupportedAttr, hasAttr
                ? `Can't access attributes on a list of objects. Did you mean to access attribute ${JSON.stringify(name)} for a specific element of the list, or across all elements of the list?`
                : "Can't access attributes on a list of objects. Did you mean to access an attribute for a specific element of the list, or across all elements of the list?", range);
        }
        case 'set':
            return fail(unsupportedAttr, "Can't access attributes on a set of objects. Did you mean to access an attribute across all elements of the set?", range);
        default:
            return fail(unsupportedAttr, `Can't access attributes on a primitive-typed value (${v.kind}).`, range);
    }
}
function index(collection, key, range) {
    if (collection.kind === 'null')
        return fail('Attempt to index null value', 'This value is null, so it does not have any indices.', range);
    if (key.kind === 'null')
        return fail(invalidIndex, "Can't use a null value as an indexing key.", range);
    if (collection.kind === 'unknown') {
        const t = collection.type;
        if (t.kind === 'set')
            return setIndexError(range);
        return ok(withMarksOf(V.unknown(unknownElement(t, key.kind === 'string' ? key.value : undefined)), collection));
    }
    if (key.kind === 'unknown') {
        const t = typeOf(collection);
        if (t.kind === 'set')
            return setIndexError(range);
        return ok(withMarksOf(V.unknown(t.kind === 'list' || t.kind === 'map' ? t.element : T.dynamic), collection));
    }
    switch (collection.kind) {
        case 'list':
        case 'tuple': {
            const converted = convert(key, T.number);
            if ('error' in converted)
                return fail(invalidIndex, `The given key does not identify an element in this collection value: ${converted.error}.`, range);
            const n = converted.value.value;
            const detail = 'The given key does not identify an element in this collection value';
            if (!Number.isInteger(n)) {
                return fail(invalidIndex, `${detail}: indexing a sequence requires a whole number, but the given index has a fractional part.`, range);
            }
            if (n < 0)
                return fail(invalidIndex, `${detail}: a negative number is not a valid index for a sequence.`, range);
            if (n >= collection.items.length) {
                return fail(invalidIndex, collection.items.length === 0
                    ? `${detail}: the collection has no elements.`
                    : `${detail}: the given index is greater than or equal to the length of the collection.`, range);
            }
            return ok(withMarksOf(collection.items[n], collection, key));
        }
        case 'map': {
            const converted = convert(key, T.string);
            if ('error' in converted)
                return fail(invalidIndex, `The given key does not identify an element in this collection value: ${converted.error}.`, range);
            const k = converted.value.value;
            if (!Object.hasOwn(collection.attrs, k))
                return fail(invalidIndex, 'The given key does not identify an element in this collection value.', range);
            return ok(withMarksOf(collection.attrs[k], collection, key));
        }
        case 'object': {
            const converted = convert(key, T.string);
            if ('error' in converted)
                return fail(invalidIndex, `The given key does not identify an element in this collection value: ${converted.error}.`, range);
            const k = converted.value.value;
            if (!Object.hasOwn(collection.attrs, k)) {
                const hint = key.kind === 'number' ? ' An object only supports looking up attributes by name, not by numeric index.' : '';
                return fail(invalidIndex, `The given key does not identify an element in this collection value.${hint}`, range);
            }
            return ok(withMarksOf(collection.attrs[k], collection, key));
        }
        case 'set':
            return setIndexError(range);
        default:
            return fail(invalidIndex, 'This value does not have any indices.', range);
    }
}
function setIndexError(range) {
    return fail(invalidIndex, "Elements of a set are identified only by their value and don't have any separate index or key to select with, so it's only possible to perform operations across all elements of the set.", range);
}

;// CONCATENATED MODULE: ./src/hcl/eval-ops.ts
// Binary and unary operators: operands are converted to the operator's parameter types first ("Invalid operand"),
// then the operation runs ("Operation failed"); && and || short-circuit on a known left operand.





const operandType = {
    '||': T.bool,
    '&&': T.bool,
    '==': T.dynamic,
    '!=': T.dynamic,
    '<': T.number,
    '<=': T.number,
    '>': T.number,
    '>=': T.number,
    '+': T.number,
    '-': T.number,
    '*': T.number,
    '/': T.number,
    '%': T.number,
};
function resultType(op) {
    return op === '+' || op === '-' || op === '*' || op === '/' || op === '%' ? T.number : T.bool;
}
const eval_ops_hasError = (d) => d.some((x) => x.severity === 'error');
function evalBinary(expr, ctx, anon) {
    const { op } = expr;
    const want = operandType[op];
    const l = evalExpr(expr.lhs, ctx, anon);
    const r = evalExpr(expr.rhs, ctx, anon);
    const diags = [];
    const lc = convert(l.value, want);
    if ('error' in lc)
        diags.push(diagnostics_error('Invalid operand', `Unsuitable value for left operand: ${lc.error}.`, expr.lhs.range));
    const rc = convert(r.value, want);
    if ('error' in rc)
        diags.push(diagnostics_error('Invalid operand', `Unsuitable value for right operand: ${rc.error}.`, expr.rhs.range));
    if (diags.length > 0 || !('value' in lc) || !('value' in rc)) {
        return { value: V.unknown(resultType(op)), diagnostics: [...diags, ...l.diagnostics, ...r.diagnostics] };
    }
    const lv = lc.value;
    const rv = rc.value;
    if ((op === '&&' || op === '||') && lv.kind === 'bool' && lv.value === (op === '||')) {
        return { value: withMarksOf(V.bool(lv.value), lv, rv), diagnostics: l.diagnostics };
    }
    const diagnostics = [...l.diagnostics, ...r.diagnostics];
    if (eval_ops_hasError(diagnostics))
        return { value: withMarksOf(V.unknown(resultType(op)), lv, rv), diagnostics };
    const result = operate(op, unmark(lv), unmark(rv));
    if (typeof result === 'string') {
        diagnostics.push(diagnostics_error('Operation failed', `Error during operation: ${result}.`, expr.range));
        return { value: V.unknown(resultType(op)), diagnostics };
    }
    return { value: withMarksOf(result, lv, rv), diagnostics };
}
/** The result, or the message of the failure. */
function operate(op, a, b) {
    if (op === '==' || op === '!=') {
        const eq = valuesEqual(a, b);
        if (eq === undefined)
            return V.unknown(T.bool);
        return V.bool(op === '==' ? eq : !eq);
    }
    if (a.kind === 'null' || b.kind === 'null')
        return 'argument must not be null';
    if (a.kind === 'unknown' || b.kind === 'unknown')
        return V.unknown(resultType(op));
    if (op === '&&' || op === '||') {
        const x = a.value;
        const y = b.value;
        return V.bool(op === '&&' ? x && y : x || y);
    }
    const x = a.value;
    const y = b.value;
    switch (op) {
        case '<':
            return V.bool(x < y);
        case '<=':
            return V.bool(x <= y);
        case '>':
            return V.bool(x > y);
        case '>=':
            return V.bool(x >= y);
        case '+':
            return V.number(x + y);
        case '-':
            return V.number(x - y);
        case '*':
            return V.number(x * y);
        case '/':
            return y === 0 ? "can't divide by zero" : V.number(x / y);
        case '%':
            return y === 0 ? "can't use modulo by zero" : V.number(x % y);
    }
}
function evalUnary(expr, ctx, anon) {
    const want = expr.op === '-' ? T.number : T.bool;
    const r = evalExpr(expr.operand, ctx, anon);
    const diagnostics = [...r.diagnostics];
    const c = convert(r.value, want);
    if ('error' in c)
        diagnostics.push(diagnostics_error('Invalid operand', `Unsuitable value for unary operand: ${c.error}.`, expr.operand.range));
    if (eval_ops_hasError(diagnostics) || !('value' in c))
        return { value: V.unknown(want), diagnostics };
    const v = c.value;
    if (v.kind === 'null') {
        diagnostics.push(diagnostics_error('Operation failed', 'Error during operation: argument must not be null.', expr.range));
        return { value: V.unknown(want), diagnostics };
    }
    if (v.kind === 'unknown')
        return { value: withMarksOf(V.unknown(want), v), diagnostics };
    const result = v.kind === 'number' ? V.number(-v.value) : V.bool(!v.value);
    return { value: withMarksOf(result, v), diagnostics };
}

;// CONCATENATED MODULE: ./src/hcl/eval-for.ts
// `for` expressions and splats: both evaluate an expression once per element of a collection, in a child scope
// (for) or with the splat's placeholder bound to the element.







const eval_for_hasError = (d) => d.some((x) => x.severity === 'error');
function condition(expr, ctx, anon, diagnostics) {
    if (!expr.condition)
        return true;
    const r = evalExpr(expr.condition, ctx, anon);
    diagnostics.push(...r.diagnostics);
    if (eval_for_hasError(r.diagnostics))
        return 'error';
    const v = r.value;
    if (v.kind === 'null') {
        diagnostics.push(diagnostics_error('Condition is null', "The value of the 'if' clause must not be null.", expr.condition.range));
        return 'error';
    }
    if (v.kind === 'unknown')
        return 'unknown';
    const b = convert(unmark(v), T.bool);
    if ('error' in b) {
        diagnostics.push(diagnostics_error("Invalid 'for' condition", `The 'if' clause value is invalid: ${b.error}.`, expr.condition.range));
        return 'error';
    }
    return b.value.value;
}
function evalFor(expr, ctx, anon) {
    const coll = evalExpr(expr.collection, ctx, anon);
    const diagnostics = [...coll.diagnostics];
    const resultUnknown = () => ({ value: withMarksOf(V.unknown(), coll.value), diagnostics });
    if (eval_for_hasError(diagnostics))
        return resultUnknown();
    const c = coll.value;
    if (c.kind === 'null') {
        diagnostics.push(diagnostics_error('Iteration over null value', "A null value cannot be used as the collection in a 'for' expression.", expr.collection.range));
        return resultUnknown();
    }
    if (c.kind === 'unknown')
        return resultUnknown();
    if (!['list', 'set', 'tuple', 'map', 'object'].includes(c.kind)) {
        diagnostics.push(diagnostics_error('Iteration over non-iterable value', `A value of type ${typeName(typeOf(c))} cannot be used as the collection in a 'for' expression.`, expr.collection.range));
        return resultUnknown();
    }
    const isObject = expr.keyExpr !== undefined;
    const items = [];
    const attrs = {};
    const groups = {};
    let known = true;
    for (const [k, v] of elementsOf(c)) {
        const scope = { [expr.valVar]: v };
        if (expr.keyVar !== undefined)
            scope[expr.keyVar] = k;
        const child = childContext(ctx, scope);
        const include = condition(expr, child, anon, diagnostics);
        if (include === 'error')
            return resultUnknown();
        if (include === 'unknown') {
            known = false;
            continue;
        }
        if (!include)
            continue;
        const value = evalExpr(expr.valueExpr, child, anon);
        diagnostics.push(...value.diagnostics);
        if (!isObject) {
            items.push(value.value);
            continue;
        }
        if (!expr.keyExpr)
            continue;
        const key = evalExpr(expr.keyExpr, child, anon);
        diagnostics.push(...key.diagnostics);
        if (eval_for_hasError(key.diagnostics))
            continue;
        const kv = key.value;
        if (kv.kind === 'null') {
            diagnostics.push(diagnostics_error('Invalid object key', "Key expression in 'for' expression must not produce a null value.", expr.keyExpr?.range));
            continue;
        }
        if (!isKnown(kv)) {
            known = false;
            continue;
        }
        const ks = convert(unmark(kv), T.string);
        if ('error' in ks) {
            diagnostics.push(diagnostics_error('Invalid object key', `The key expression produced an invalid result: ${ks.error}.`, expr.keyExpr?.range));
            continue;
        }
        const name = ks.value.value;
        if (expr.group)
            (groups[name] ??= []).push(value.value);
        else if (Object.hasOwn(attrs, name)) {
            diagnostics.push(diagnostics_error('Duplicate object key', `Two different items produced the key ${JSON.stringify(name)} in this 'for' expression. If duplicates are expected, use the ellipsis (...) after the value expression to enable grouping by key.`, expr.keyExpr?.range));
        }
        else
            attrs[name] = value.value;
    }
    if (!known || eval_for_hasError(diagnostics))
        return resultUnknown();
    if (!isObject)
        return { value: withMarksOf(V.tuple(items), c), diagnostics };
    if (expr.group) {
        const grouped = {};
        for (const [k, vs] of Object.entries(groups))
            grouped[k] = V.tuple(vs);
        return { value: withMarksOf(V.object(grouped), c), diagnostics };
    }
    return { value: withMarksOf(V.object(attrs), c), diagnostics };
}
function evalSplat(expr, ctx, anon) {
    const source = evalExpr(expr.source, ctx, anon);
    const diagnostics = [...source.diagnostics];
    if (eval_for_hasError(diagnostics))
        return { value: V.unknown(), diagnostics };
    let s = source.value;
    const sequence = s.kind === 'list' || s.kind === 'tuple' || s.kind === 'set' || (s.kind === 'unknown' && ['list', 'tuple', 'set'].includes(s.type.kind));
    if (s.kind === 'null') {
        if (!['list', 'tuple', 'set'].includes(s.type.kind))
            return { value: withMarksOf(V.tuple([]), s), diagnostics };
        diagnostics.push(diagnostics_error('Splat of null value', 'Splat expressions (with the * symbol) cannot be applied to null sequences.', expr.source.range));
        return { value: V.unknown(), diagnostics };
    }
    if (s.kind === 'unknown')
        return { value: withMarksOf(V.unknown(), s), diagnostics };
    if (!sequence)
        s = withMarksOf(V.tuple([s]), s);
    if (s.kind !== 'list' && s.kind !== 'tuple' && s.kind !== 'set')
        return { value: V.unknown(), diagnostics };
    const vals = [];
    let ok = true;
    for (const item of s.items) {
        const inner = new Map(anon);
        inner.set(expr.item, item);
        const r = evalExpr(expr.each, ctx, inner);
        diagnostics.push(...r.diagnostics);
        if (eval_for_hasError(r.diagnostics))
            ok = false;
        vals.push(r.value);
    }
    if (!ok)
        return { value: withMarksOf(V.unknown(), s), diagnostics };
    if (s.kind === 'tuple')
        return { value: withMarksOf(V.tuple(vals), s), diagnostics };
    const element = unifyTypes(vals.map(typeOf));
    if (element === undefined) {
        diagnostics.push(diagnostics_error('Invalid nested splat expressions', "The second level of splat expression produced elements of different types, so it isn't possible to construct a valid list to represent the top-level result.\n\nConsider using a for expression instead, to produce a tuple-typed result which can therefore have non-homogenous element types.", expr.each.range));
        return { value: V.unknown(), diagnostics };
    }
    return { value: withMarksOf(V.list(vals, vals.length === 0 ? T.dynamic : element), s), diagnostics };
}

;// CONCATENATED MODULE: ./src/hcl/traversals.ts
function traversals(expr) {
    const out = [];
    walk(expr, new Set(), out);
    return out;
}
function walk(expr, bound, out) {
    switch (expr.kind) {
        case 'scopeTraversal': {
            if (bound.has(expr.root))
                return;
            const path = [];
            for (const step of expr.steps) {
                if (step.kind === 'attr')
                    path.push(step.name);
                else if (step.key.kind === 'string' || step.key.kind === 'number')
                    path.push(step.key.value);
                else
                    break;
            }
            out.push({ root: expr.root, path, range: expr.range });
            return;
        }
        case 'literal':
        case 'anonSymbol':
            return;
        case 'parentheses':
            return walk(expr.expr, bound, out);
        case 'templateWrap':
            return walk(expr.wrapped, bound, out);
        case 'template':
            for (const p of expr.parts)
                walk(p, bound, out);
            return;
        case 'templateJoin':
            return walk(expr.tuple, bound, out);
        case 'relativeTraversal':
            return walk(expr.source, bound, out);
        case 'functionCall':
            for (const a of expr.args)
                walk(a, bound, out);
            return;
        case 'conditional':
            walk(expr.condition, bound, out);
            walk(expr.trueResult, bound, out);
            walk(expr.falseResult, bound, out);
            return;
        case 'binaryOp':
            walk(expr.lhs, bound, out);
            walk(expr.rhs, bound, out);
            return;
        case 'unaryOp':
            return walk(expr.operand, bound, out);
        case 'tuple':
            for (const i of expr.items)
                walk(i, bound, out);
            return;
        case 'object':
            for (const i of expr.items) {
                walk(i.key, bound, out);
                walk(i.value, bound, out);
            }
            return;
        case 'objectKey': {
            const w = expr.wrapped;
            if (!expr.forceNonLiteral && w.kind === 'scopeTraversal' && w.steps.length === 0)
                return;
            return walk(w, bound, out);
        }
        case 'for': {
            walk(expr.collection, bound, out);
            const inner = new Set(bound);
            inner.add(expr.valVar);
            if (expr.keyVar !== undefined)
                inner.add(expr.keyVar);
            if (expr.keyExpr)
                walk(expr.keyExpr, inner, out);
            walk(expr.valueExpr, inner, out);
            if (expr.condition)
                walk(expr.condition, inner, out);
            return;
        }
        case 'index':
            walk(expr.collection, bound, out);
            walk(expr.key, bound, out);
            return;
        case 'splat':
            walk(expr.source, bound, out);
            walk(expr.each, bound, out);
            return;
    }
}

;// CONCATENATED MODULE: ./src/hcl/eval.ts
// The expression evaluator: HCL's semantics over the typed value model, with unknown propagation, null checks and
// the `sensitive` mark carried from operands to results. Problems are returned as diagnostics, never thrown.












function evaluate(expr, ctx) {
    try {
        return evalExpr(expr, ctx, new Map());
    }
    catch (e) {
        // Deeply nested input can exhaust the stack; report it like any other problem with the expression.
        const message = (0,error_message/* messageOf */.b)(e);
        return { value: V.unknown(), diagnostics: [diagnostics_error('Expression too complex', `Evaluation failed: ${message}.`, expr.range)] };
    }
}
function evalExpr(expr, ctx, anon) {
    switch (expr.kind) {
        case 'literal':
            return { value: expr.value, diagnostics: [] };
        case 'parentheses':
            return evalExpr(expr.expr, ctx, anon);
        case 'templateWrap':
            return evalExpr(expr.wrapped, ctx, anon);
        case 'template':
            return evalTemplate(expr.parts, ctx, anon);
        case 'templateJoin':
            return evalTemplateJoin(expr.tuple, ctx, anon, expr.range);
        case 'scopeTraversal': {
            const root = lookupVariable(ctx, expr.root);
            if (root === undefined) {
                return {
                    value: V.unknown(),
                    diagnostics: [diagnostics_error('Unknown variable', `There is no variable named ${JSON.stringify(expr.root)}.`, expr.rootRange)],
                };
            }
            return traverse(root, expr.steps, []);
        }
        case 'relativeTraversal': {
            const source = evalExpr(expr.source, ctx, anon);
            if (source.diagnostics.some((d) => d.severity === 'error'))
                return { value: V.unknown(), diagnostics: source.diagnostics };
            return traverse(source.value, expr.steps, source.diagnostics);
        }
        case 'anonSymbol':
            return { value: anon.get(expr) ?? V.unknown(), diagnostics: [] };
        case 'index': {
            const coll = evalExpr(expr.collection, ctx, anon);
            const key = evalExpr(expr.key, ctx, anon);
            const diagnostics = [...coll.diagnostics, ...key.diagnostics];
            if (diagnostics.some((d) => d.severity === 'error'))
                return { value: V.unknown(), diagnostics };
            const r = index(coll.value, key.value, expr.bracketRange);
            return { value: r.value, diagnostics: [...diagnostics, ...r.diagnostics] };
        }
        case 'functionCall':
            return evalFunctionCall(expr, ctx, anon);
        case 'conditional':
            return evalConditional(expr, ctx, anon);
        case 'binaryOp':
            return evalBinary(expr, ctx, anon);
        case 'unaryOp':
            return evalUnary(expr, ctx, anon);
        case 'tuple': {
            const diagnostics = [];
            const items = expr.items.map((item) => {
                const r = evalExpr(item, ctx, anon);
                diagnostics.push(...r.diagnostics);
                return r.value;
            });
            return { value: V.tuple(items), diagnostics };
        }
        case 'object':
            return evalObject(expr.items, ctx, anon);
        case 'objectKey':
            return evalObjectKey(expr, ctx, anon);
        case 'for':
            return evalFor(expr, ctx, anon);
        case 'splat':
            return evalSplat(expr, ctx, anon);
    }
}
function traverse(start, steps, diags) {
    let value = start;
    const diagnostics = [...diags];
    for (const step of steps) {
        const r = applyStep(value, step);
        diagnostics.push(...r.diagnostics);
        if (r.diagnostics.some((d) => d.severity === 'error'))
            return { value: V.unknown(), diagnostics };
        value = r.value;
    }
    return { value, diagnostics };
}
function evalTemplate(parts, ctx, anon) {
    const diagnostics = [];
    let out = '';
    let known = true;
    let sensitive = false;
    for (const part of parts) {
        const r = evalExpr(part, ctx, anon);
        diagnostics.push(...r.diagnostics);
        const v = r.value;
        if (v.sensitive)
            sensitive = true;
        if (v.kind === 'null') {
            diagnostics.push(diagnostics_error('Invalid template interpolation value', 'The expression result is null. Cannot include a null value in a string template.', part.range));
            continue;
        }
        if (!isKnown(v)) {
            known = false;
            continue;
        }
        const s = convert(unmark(v), T.string);
        if ('error' in s) {
            diagnostics.push(diagnostics_error('Invalid template interpolation value', `Cannot include the given value in a string template: ${s.error}.`, part.range));
            continue;
        }
        out += s.value.value;
    }
    const failed = diagnostics.some((d) => d.severity === 'error');
    const value = known && !failed ? V.string(out) : V.unknown(T.string);
    return { value: sensitive ? { ...value, sensitive: true } : value, diagnostics };
}
function evalTemplateJoin(forExpr, ctx, anon, range) {
    const r = evalFor(forExpr, ctx, anon);
    const diagnostics = [...r.diagnostics];
    const tuple = r.value;
    if (tuple.kind !== 'tuple') {
        return { value: withMarksOf(V.unknown(T.string), tuple), diagnostics };
    }
    let out = '';
    let sensitive = !!tuple.sensitive;
    for (const v of tuple.items) {
        if (v.sensitive)
            sensitive = true;
        if (v.kind === 'null') {
            diagnostics.push(diagnostics_error('Invalid template interpolation value', 'An iteration result is null. Cannot include a null value in a string template.', range));
            continue;
        }
        if (!isKnown(v))
            return { value: sensitive ? { ...V.unknown(T.string), sensitive } : V.unknown(T.string), diagnostics };
        const s = convert(unmark(v), T.string);
        if ('error' in s) {
            diagnostics.push(diagnostics_error('Invalid template interpolation value', `Cannot include one of the interpolation results into the string template: ${s.error}.`, range));
            continue;
        }
        out += s.value.value;
    }
    const value = V.string(out);
    return { value: sensitive ? { ...value, sensitive: true } : value, diagnostics };
}
function evalConditional(expr, ctx, anon) {
    const t = evalExpr(expr.trueResult, ctx, anon);
    const f = evalExpr(expr.falseResult, ctx, anon);
    const tt = typeOf(t.value);
    const ft = typeOf(f.value);
    let resultType = T.dynamic;
    if (t.value.kind === 'null' && tt.kind === 'dynamic')
        resultType = ft;
    else if (f.value.kind === 'null' && ft.kind === 'dynamic')
        resultType = tt;
    else if (tt.kind !== 'dynamic' && ft.kind !== 'dynamic') {
        const unified = unifyTypes([tt, ft]);
        if (unified === undefined) {
            return {
                value: V.unknown(),
                diagnostics: [
                    diagnostics_error('Inconsistent conditional result types', `The true and false result expressions must have consistent types. The 'true' value is ${typeName(tt)}, but the 'false' value is ${typeName(ft)}.`, { file: expr.trueResult.range.file, start: expr.trueResult.range.start, end: expr.falseResult.range.end }),
                ],
            };
        }
        resultType = unified;
    }
    const c = evalExpr(expr.condition, ctx, anon);
    const diagnostics = [...c.diagnostics];
    const cond = c.value;
    if (cond.kind === 'null') {
        diagnostics.push(diagnostics_error('Null condition', 'The condition value is null. Conditions must either be true or false.', expr.condition.range));
        return { value: V.unknown(resultType), diagnostics };
    }
    if (cond.kind === 'unknown') {
        return { value: withMarksOf(V.unknown(resultType), cond, t.value, f.value), diagnostics: [...diagnostics, ...t.diagnostics, ...f.diagnostics] };
    }
    const b = convert(unmark(cond), T.bool);
    if ('error' in b) {
        diagnostics.push(diagnostics_error('Incorrect condition type', 'The condition expression must be of type bool.', expr.condition.range));
        return { value: V.unknown(resultType), diagnostics };
    }
    const chosen = b.value.value ? t : f;
    diagnostics.push(...chosen.diagnostics);
    if (chosen.diagnostics.some((d) => d.severity === 'error'))
        return { value: V.unknown(resultType), diagnostics };
    const converted = convert(chosen.value, resultType);
    const value = 'error' in converted ? chosen.value : converted.value;
    return { value: withMarksOf(value, cond), diagnostics };
}
/** A bare name as an object key means that name as a string (unless parenthesised). */
function literalKeyName(key) {
    if (key.forceNonLiteral)
        return undefined;
    const w = key.wrapped;
    if (w.kind === 'scopeTraversal' && w.steps.length === 0)
        return w.root;
    return undefined;
}
function evalObjectKey(key, ctx, anon) {
    const w = key.wrapped;
    if (!key.forceNonLiteral && w.kind === 'scopeTraversal' && w.steps.length > 0) {
        return {
            value: V.unknown(),
            diagnostics: [
                diagnostics_error('Ambiguous attribute key', "If this expression is intended to be a reference, wrap it in parentheses. If it's instead intended as a literal name containing periods, wrap it in quotes to create a string literal.", key.range),
            ],
        };
    }
    const name = literalKeyName(key);
    if (name !== undefined)
        return { value: V.string(name), diagnostics: [] };
    return evalExpr(w, ctx, anon);
}
function evalObject(items, ctx, anon) {
    const diagnostics = [];
    const attrs = {};
    let known = true;
    let sensitiveKey = false;
    for (const item of items) {
        const k = evalObjectKey(item.key, ctx, anon);
        const v = evalExpr(item.value, ctx, anon);
        diagnostics.push(...k.diagnostics, ...v.diagnostics);
        if (k.diagnostics.some((d) => d.severity === 'error')) {
            known = false;
            continue;
        }
        const key = k.value;
        if (key.kind === 'null') {
            diagnostics.push(diagnostics_error('Null value as key', "Can't use a null value as a key.", item.key.range));
            known = false;
            continue;
        }
        if (key.sensitive)
            sensitiveKey = true;
        if (!isKnown(key)) {
            known = false;
            continue;
        }
        const s = convert(unmark(key), T.string);
        if ('error' in s) {
            diagnostics.push(diagnostics_error('Incorrect key type', `Can't use this value as a key: ${s.error}.`, item.key.range));
            known = false;
            continue;
        }
        attrs[s.value.value] = v.value;
    }
    if (!known)
        return { value: V.unknown(), diagnostics };
    const value = V.object(attrs);
    return { value: sensitiveKey ? { ...value, sensitive: true } : value, diagnostics };
}

;// CONCATENATED MODULE: ./src/hcl/type-expr.ts
// Type constraints written as expressions (`type = list(string)`, `object({a=string, b=optional(number, 3)})`),
// read as HCL's typeexpr extension reads them, with its messages.




const invalid = 'Invalid type specification';
const primitives = { string: T.string, number: T.number, bool: T.bool, any: T.dynamic };
function parseTypeExpr(expr) {
    const diagnostics = [];
    const type = getType(unwrap(expr), diagnostics, true);
    return { type, diagnostics };
}
function unwrap(expr) {
    return expr.kind === 'parentheses' ? unwrap(expr.expr) : expr;
}
/** A bare keyword such as `string` or an object key written as a name. */
function keyword(expr) {
    if (expr.kind === 'scopeTraversal' && expr.steps.length === 0)
        return expr.root;
    return undefined;
}
function getType(expr, diags, constraint) {
    const kw = keyword(expr);
    if (kw !== undefined) {
        const prim = primitives[kw];
        if (prim) {
            if (kw === 'any' && !constraint) {
                diags.push(diagnostics_error(invalid, `The keyword "any" cannot be used in this type specification: an exact type is required.`, expr.range));
                return T.dynamic;
            }
            return prim;
        }
        const detail = kw === 'list' || kw === 'map' || kw === 'set'
            ? `The ${kw} type constructor requires one argument specifying the element type.`
            : kw === 'object'
                ? 'The object type constructor requires one argument specifying the attribute types and values as a map.'
                : kw === 'tuple'
                    ? 'The tuple type constructor requires one argument specifying the element types as a list.'
                    : `The keyword ${JSON.stringify(kw)} is not a valid type specification.`;
        diags.push(diagnostics_error(invalid, detail, expr.range));
        return T.dynamic;
    }
    if (expr.kind !== 'functionCall') {
        diags.push(diagnostics_error(invalid, 'A type specification is either a primitive type keyword (bool, number, string) or a complex type constructor call, like list(string).', expr.range));
        return T.dynamic;
    }
    const { name, args } = expr;
    if (name in primitives) {
        const detail = name === 'any'
            ? `Type constraint keyword ${JSON.stringify(name)} does not expect arguments.`
            : `Primitive type keyword ${JSON.stringify(name)} does not expect arguments.`;
        diags.push(diagnostics_error(invalid, detail, expr.range));
        return T.dynamic;
    }
    switch (name) {
        case 'list':
        case 'set':
        case 'map': {
            if (args.length !== 1) {
                diags.push(diagnostics_error(invalid, `The ${name} type constructor requires one argument specifying the element type.`, expr.range));
                return T.dynamic;
            }
            const el = getType(unwrap(args[0]), diags, constraint);
            return name === 'list' ? T.list(el) : name === 'set' ? T.set(el) : T.map(el);
        }
        case 'object':
            return objectType(expr, diags, constraint);
        case 'tuple': {
            const arg = args.length === 1 ? unwrap(args[0]) : undefined;
            if (!arg) {
                diags.push(diagnostics_error(invalid, 'The tuple type constructor requires one argument specifying the element types as a list.', expr.range));
                return T.dynamic;
            }
            if (arg.kind !== 'tuple') {
                diags.push(diagnostics_error(invalid, 'Tuple type constructor requires a list of element types.', arg.range));
                return T.dynamic;
            }
            return T.tuple(arg.items.map((item) => getType(unwrap(item), diags, constraint)));
        }
        default:
            diags.push(diagnostics_error(invalid, `Keyword ${JSON.stringify(name)} is not a valid type constructor.`, expr.nameRange));
            return T.dynamic;
    }
}
function objectType(expr, diags, constraint) {
    const arg = expr.args.length === 1 ? unwrap(expr.args[0]) : undefined;
    if (!arg) {
        diags.push(diagnostics_error(invalid, 'The object type constructor requires one argument specifying the attribute types and values as a map.', expr.range));
        return T.dynamic;
    }
    if (arg.kind !== 'object') {
        diags.push(diagnostics_error(invalid, 'Object type constructor requires a map whose keys are attribute names and whose values are the corresponding attribute types.', arg.range));
        return T.dynamic;
    }
    const attributes = {};
    const optional = [];
    const defaults = {};
    for (const item of arg.items) {
        const name = objectKeyName(item.key.wrapped);
        if (name === undefined) {
            diags.push(diagnostics_error(invalid, 'Object constructor map keys must be attribute names.', item.key.range));
            continue;
        }
        if (name in attributes) {
            diags.push(diagnostics_error(invalid, 'Object constructor map keys must be unique.', item.key.range));
            continue;
        }
        const value = unwrap(item.value);
        if (value.kind === 'functionCall' && value.name === 'optional') {
            if (!constraint) {
                diags.push(diagnostics_error(invalid, 'Optional attribute modifier is only for type constraints, not for exact types.', value.nameRange));
            }
            if (value.args.length === 0) {
                diags.push(diagnostics_error(invalid, 'Optional attribute modifier requires the attribute type as its argument.', value.range));
                continue;
            }
            if (value.args.length > 2) {
                diags.push(diagnostics_error(invalid, 'Optional attribute modifier expects at most two arguments: the attribute type, and a default value.', value.range));
                continue;
            }
            const t = getType(unwrap(value.args[0]), diags, constraint);
            attributes[name] = t;
            optional.push(name);
            if (value.args.length === 2) {
                const evaluated = evaluate(value.args[1], { variables: {} });
                diags.push(...evaluated.diagnostics);
                const converted = convert(evaluated.value, t);
                if ('error' in converted) {
                    diags.push(diagnostics_error('Invalid default value for optional attribute', `This default value is not compatible with the attribute's type constraint: ${converted.error}.`, value.args[1].range));
                }
                else
                    defaults[name] = converted.value;
            }
            continue;
        }
        attributes[name] = getType(value, diags, constraint);
    }
    const type = { kind: 'object', attributes };
    if (optional.length > 0)
        type.optional = optional;
    if (Object.keys(defaults).length > 0)
        type.defaults = defaults;
    return type;
}
function objectKeyName(key) {
    const kw = keyword(key);
    if (kw !== undefined)
        return kw;
    if (key.kind === 'template' && key.parts.length === 1) {
        const [part] = key.parts;
        if (part.kind === 'literal' && part.value.kind === 'string')
            return part.value.value;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/hcl/convert.ts
// cty's type conversion: primitives convert through their string forms, tuples to lists/sets, objects to maps or
// to object types (with `optional` attributes and their defaults), element types unified where the target says `any`.




class ConversionError extends Error {
}
function convert_fail(message) {
    throw new ConversionError(message);
}
function withMark(v, from) {
    return from.sensitive ? { ...v, sensitive: true } : v;
}
function describe(t) {
    switch (t.kind) {
        case 'list':
        case 'set':
        case 'map':
            return `${t.kind} of ${typeName(t.element)}`;
        case 'dynamic':
            return 'any value';
        default:
            return typeName(t);
    }
}
/** The value converted to `type`, or cty's reason why not (e.g. `a number is required`). */
function convert(value, type) {
    try {
        return { value: conv(value, type, '') };
    }
    catch (e) {
        if (e instanceof ConversionError)
            return { error: e.message };
        throw e;
    }
}
function at(path, message) {
    return path === '' ? message : `${path}: ${message}`;
}
function conv(v, t, path) {
    if (t.kind === 'dynamic')
        return v;
    if (v.kind === 'null')
        return withMark(V.null(t), v);
    if (v.kind === 'unknown') {
        if (v.type.kind !== 'dynamic' && unifyTypes([v.type, t]) === undefined && !convertibleType(v.type, t)) {
            convert_fail(at(path, `${describe(t)} required`));
        }
        return withMark(V.unknown(t), v);
    }
    switch (t.kind) {
        case 'string':
            return withMark(toStringValue(v, path), v);
        case 'number':
            return withMark(toNumberValue(v, path), v);
        case 'bool':
            return withMark(toBoolValue(v, path), v);
        case 'list':
        case 'set': {
            if (v.kind !== 'list' && v.kind !== 'set' && v.kind !== 'tuple')
                convert_fail(at(path, `${describe(t)} required`));
            let items = v.items.map((item, i) => conv(item, t.element, at(path, `element ${i}`)));
            let element = t.element;
            if (hasDynamic(t.element)) {
                const unified = unifyTypes(items.map(typeOf));
                if (unified === undefined)
                    convert_fail(at(path, `all ${t.kind} elements must have the same type`));
                items = items.map((item) => conv(item, unified, path));
                element = unified;
            }
            if (t.kind === 'set')
                return withMark({ kind: 'set', items: dedupe(items), element }, v);
            return withMark({ kind: 'list', items, element }, v);
        }
        case 'map': {
            if (v.kind !== 'map' && v.kind !== 'object')
                convert_fail(at(path, `${describe(t)} required`));
            let attrs = {};
            for (const [k, a] of Object.entries(v.attrs))
                attrs[k] = conv(a, t.element, at(path, `element ${JSON.stringify(k)}`));
            let element = t.element;
            if (hasDynamic(t.element)) {
                const unified = unifyTypes(Object.values(attrs).map(typeOf));
                if (unified === undefined)
                    convert_fail(at(path, 'all map elements must have the same type'));
                attrs = Object.fromEntries(Object.entries(attrs).map(([k, a]) => [k, conv(a, unified, path)]));
                element = unified;
            }
            return withMark({ kind: 'map', attrs, element }, v);
        }
        case 'tuple': {
            if (v.kind !== 'tuple' && v.kind !== 'list')
                convert_fail(at(path, 'tuple required'));
            if (v.items.length !== t.elements.length)
                convert_fail(at(path, `tuple required with exactly ${t.elements.length} elements`));
            return withMark(V.tuple(v.items.map((item, i) => conv(item, t.elements[i], at(path, `element ${i}`)))), v);
        }
        case 'object': {
            if (v.kind !== 'object' && v.kind !== 'map')
                convert_fail(at(path, 'object required'));
            const optional = new Set(t.optional ?? []);
            const attrs = {};
            for (const [name, at_] of Object.entries(t.attributes)) {
                const given = v.attrs[name];
                if (given === undefined) {
                    if (!optional.has(name))
                        convert_fail(at(path, `attribute ${JSON.stringify(name)} is required`));
                    const dflt = t.defaults?.[name];
                    attrs[name] = dflt !== undefined ? conv(dflt, at_, at(path, `attribute ${JSON.stringify(name)}`)) : V.null(at_);
                    continue;
                }
                const converted = conv(given, at_, at(path, `attribute ${JSON.stringify(name)}`));
                const dflt = t.defaults?.[name];
                attrs[name] = converted.kind === 'null' && dflt !== undefined ? conv(dflt, at_, path) : converted;
            }
            return withMark(V.object(attrs), v);
        }
    }
}
function convertibleType(from, to) {
    if (to.kind === 'dynamic' || from.kind === 'dynamic')
        return true;
    const prim = (k) => k === 'string' || k === 'number' || k === 'bool';
    if (prim(from.kind) && prim(to.kind))
        return from.kind === to.kind || from.kind === 'string' || to.kind === 'string';
    if (to.kind === 'list' || to.kind === 'set')
        return from.kind === 'list' || from.kind === 'set' || from.kind === 'tuple';
    if (to.kind === 'map' || to.kind === 'object')
        return from.kind === 'map' || from.kind === 'object';
    if (to.kind === 'tuple')
        return from.kind === 'tuple' || from.kind === 'list';
    return typeEquals(from, to);
}
function toStringValue(v, path) {
    switch (v.kind) {
        case 'string':
            return V.string(v.value);
        case 'number':
            return V.string(formatNumber(v.value));
        case 'bool':
            return V.string(v.value ? 'true' : 'false');
        default:
            return convert_fail(at(path, 'string required'));
    }
}
function toNumberValue(v, path) {
    if (v.kind === 'number')
        return V.number(v.value);
    if (v.kind === 'string') {
        const n = parseNumber(v.value);
        if (n === undefined)
            convert_fail(at(path, 'a number is required'));
        return V.number(n);
    }
    return convert_fail(at(path, 'number required'));
}
function toBoolValue(v, path) {
    if (v.kind === 'bool')
        return V.bool(v.value);
    if (v.kind === 'string') {
        if (v.value === 'true')
            return V.bool(true);
        if (v.value === 'false')
            return V.bool(false);
        convert_fail(at(path, 'a bool is required'));
    }
    return convert_fail(at(path, 'bool required'));
}
/** Set semantics: later duplicates (by value) are dropped. */
function dedupe(items) {
    const seen = new Set();
    const out = [];
    for (const item of items) {
        const key = valueKey(item);
        if (key !== undefined && seen.has(key))
            continue;
        if (key !== undefined)
            seen.add(key);
        out.push(item);
    }
    return out;
}
/** A canonical string for a wholly known value (undefined when any part is unknown). */
function valueKey(v) {
    switch (v.kind) {
        case 'unknown':
            return undefined;
        case 'null':
            return 'null';
        case 'string':
            return `s${JSON.stringify(v.value)}`;
        case 'number':
            return `n${v.value}`;
        case 'bool':
            return v.value ? 'T' : 'F';
        case 'list':
        case 'set':
        case 'tuple': {
            const parts = [];
            for (const item of v.items) {
                const k = valueKey(item);
                if (k === undefined)
                    return undefined;
                parts.push(k);
            }
            const sorted = v.kind === 'set' ? [...parts].sort() : parts;
            return `[${sorted.join(',')}]`;
        }
        case 'map':
        case 'object': {
            const parts = [];
            for (const name of Object.keys(v.attrs).sort()) {
                const k = valueKey(v.attrs[name]);
                if (k === undefined)
                    return undefined;
                parts.push(`${JSON.stringify(name)}:${k}`);
            }
            return `{${parts.join(',')}}`;
        }
    }
}

;// CONCATENATED MODULE: ./src/hcl/graphemes.ts
// Grapheme clusters, as HCL counts columns and as Packer's string functions count characters. One segmenter,
// made on first use: creating it loads ICU's break data (~10 ms), which an ASCII-only run never needs.
let segmenter;
/** Text with no code unit above 0x7f: each character is then its own cluster, except a CRLF pair. */
function isAscii(text) {
    for (let i = 0; i < text.length; i++)
        if (text.charCodeAt(i) >= 0x80)
            return false;
    return true;
}
function segments(text) {
    segmenter ??= new Intl.Segmenter('en', { granularity: 'grapheme' });
    return segmenter.segment(text);
}
function graphemes(text) {
    return Array.from(segments(text), (x) => x.segment);
}

;// CONCATENATED MODULE: ./src/hcl/functions/helpers.ts
// Building blocks for function definitions: parameter shorthands, typed argument readers and result builders.




const param = (name, type, extra = {}) => ({ name, type, ...extra });
function fn(params, impl, opts = {}) {
    const { varParam, returnType } = opts;
    const rt = returnType === undefined ? undefined : typeof returnType === 'function' ? returnType : () => returnType;
    return { params, impl, varParam, returnType: rt };
}
function str(v, index = 0) {
    if (v.kind === 'string')
        return v.value;
    throw new function_ArgError(index, 'string required');
}
function num(v, index = 0) {
    if (v.kind === 'number')
        return v.value;
    throw new function_ArgError(index, 'number required');
}
function bool(v, index = 0) {
    if (v.kind === 'bool')
        return v.value;
    throw new ArgError(index, 'bool required');
}
function helpers_int(v, index = 0) {
    const n = num(v, index);
    if (!Number.isInteger(n))
        throw new function_ArgError(index, 'value must be a whole number');
    return n;
}
/** The elements of a list, set or tuple. */
function items(v, index = 0) {
    if (v.kind === 'list' || v.kind === 'set' || v.kind === 'tuple')
        return v.items;
    throw new function_ArgError(index, 'list, set or tuple required');
}
/** The attributes of a map or object. */
function attrs(v, index = 0) {
    if (v.kind === 'map' || v.kind === 'object')
        return v.attrs;
    throw new function_ArgError(index, 'map or object required');
}
const strings = (vs) => V.list(vs.map(V.string), T.string);
/** A list whose element type is the one its elements share. */
function listOf(vs, element) {
    return V.list(vs, element ?? unifyTypes(vs.map(typeOf)) ?? T.dynamic);
}

;// CONCATENATED MODULE: ./src/hcl/functions/collection.ts
// Collection functions: chunklist coalesce coalescelist compact concat contains distinct element flatten index keys
// length lookup merge range reverse setintersection setproduct setunion slice sort sum transpose values zipmap.






const seq = (v) => v.kind === 'list' || v.kind === 'set' || v.kind === 'tuple';
/** A sequence like `like` (list stays list, tuple stays tuple) holding `vs`. */
function sameKind(like, vs) {
    if (like.kind === 'tuple')
        return V.tuple(vs);
    if (like.kind === 'set')
        return { kind: 'set', items: vs, element: like.element };
    return listOf(vs, like.kind === 'list' ? like.element : undefined);
}
function setOf(vs, element) {
    const out = [];
    const seen = new Set();
    for (const v of vs) {
        const k = valueKey(v) ?? `?${out.length}`;
        if (seen.has(k))
            continue;
        seen.add(k);
        out.push(v);
    }
    return { kind: 'set', items: out, element: element ?? unifyTypes(out.map(typeOf)) ?? T.dynamic };
}
function flatten(vs) {
    const out = [];
    for (const v of vs) {
        if (seq(v))
            out.push(...flatten(v.items));
        else
            out.push(v);
    }
    return out;
}
function range(args) {
    if (args.length === 0 || args.length > 3)
        throw new FunctionError('must have one, two, or three arguments');
    const n = args.map((a, i) => num(a, i));
    let [start, end, step] = [0, 0, 1];
    if (n.length === 1)
        end = n[0];
    else {
        [start, end] = n;
        step = n.length === 3 ? n[2] : start > end ? -1 : 1;
    }
    if (step === 0)
        throw new function_ArgError(2, 'step must not be zero');
    if ((step > 0 && start > end) || (step < 0 && start < end)) {
        throw new function_ArgError(2, step > 0 ? 'step must be negative when start is greater than limit' : 'step must be positive when start is less than limit');
    }
    const out = [];
    for (let x = start; step > 0 ? x < end : x > end; x += step) {
        out.push(V.number(x));
        if (out.length > 1024)
            throw new FunctionError('more than 1024 values were generated; either decrease the difference between start and end or use a smaller step');
    }
    return V.list(out, T.number);
}
function lookup(args) {
    const [m, k, dflt] = args;
    const key = str(k, 1);
    const a = attrs(m);
    if (Object.hasOwn(a, key))
        return a[key];
    if (dflt !== undefined)
        return dflt;
    throw new function_ArgError(1, `lookup failed to find key ${JSON.stringify(key)}`);
}
function merge(args) {
    const out = {};
    let allMaps = true;
    for (const [i, a] of args.entries()) {
        if (a.kind === 'null')
            continue;
        if (a.kind !== 'map')
            allMaps = false;
        Object.assign(out, attrs(a, i));
    }
    if (allMaps) {
        const el = unifyTypes(Object.values(out).map(typeOf));
        if (el !== undefined) {
            const c = convert(V.object(out), T.map(el));
            if ('value' in c)
                return c.value;
        }
    }
    return V.object(out);
}
function setProduct(args) {
    let acc = [[]];
    for (const [i, a] of args.entries()) {
        const next = [];
        for (const prefix of acc)
            for (const v of items(a, i))
                next.push([...prefix, v]);
        acc = next;
    }
    const anyList = args.some((a) => a.kind === 'list' || a.kind === 'tuple');
    const rows = acc.map((r) => listOf(r));
    if (args.length === 0)
        return V.list([], T.dynamic);
    return anyList ? listOf(rows) : setOf(rows);
}
function transpose(m) {
    const out = {};
    for (const [k, list] of Object.entries(attrs(m))) {
        for (const v of items(list))
            (out[str(v)] ??= []).push(k);
    }
    const result = {};
    for (const k of Object.keys(out).sort())
        result[k] = strings(out[k]);
    return V.map(result, T.list(T.string));
}
function collectionFunctions() {
    return {
        length: fn([param('value', T.dynamic, { allowUnknown: true })], ([v]) => {
            switch (v.kind) {
                case 'string':
                    return V.number(graphemes(v.value).length);
                case 'list':
                case 'set':
                case 'tuple':
                    return V.number(v.items.length);
                case 'map':
                case 'object':
                    return V.number(Object.keys(v.attrs).length);
                case 'unknown':
                    return V.unknown(T.number);
                default:
                    throw new function_ArgError(0, 'argument must be a string, a collection type, or a structural type');
            }
        }, { returnType: T.number }),
        chunklist: fn([param('list', T.list(T.dynamic)), param('size', T.number)], ([l, s]) => {
            const size = helpers_int(s, 1);
            if (size < 0)
                throw new function_ArgError(1, 'the size argument must be positive');
            const xs = items(l);
            if (size === 0)
                return listOf([l]);
            const out = [];
            for (let i = 0; i < xs.length; i += size)
                out.push(sameKind(l, xs.slice(i, i + size)));
            return listOf(out);
        }),
        coalesce: fn([], (args) => {
            for (const a of args)
                if (a.kind !== 'null' && !(a.kind === 'string' && a.value === ''))
                    return a;
            throw new FunctionError('no non-null, non-empty-string arguments');
        }, { varParam: param('vals', T.dynamic, { allowNull: true }) }),
        coalescelist: fn([], (args) => {
            for (const [i, a] of args.entries())
                if (a.kind !== 'null' && items(a, i).length > 0)
                    return a;
            throw new FunctionError('no non-null arguments');
        }, { varParam: param('vals', T.dynamic, { allowNull: true }) }),
        compact: fn([param('list', T.list(T.string))], ([l]) => strings(items(l)
            .filter((v) => v.kind === 'string' && v.value !== '')
            .map((v) => str(v)))),
        concat: fn([], (args) => {
            const all = [];
            for (const [i, a] of args.entries())
                all.push(...items(a, i));
            if (args.length > 0 && args.every((a) => a.kind === 'list'))
                return listOf(all);
            return V.tuple(all);
        }, { varParam: param('seqs', T.dynamic) }),
        contains: fn([param('list', T.dynamic), param('value', T.dynamic)], ([l, v]) => {
            const xs = l.kind === 'map' || l.kind === 'object' ? Object.values(l.attrs) : items(l);
            let unknown = false;
            for (const x of xs) {
                const eq = valuesEqual(x, v);
                if (eq === true)
                    return V.bool(true);
                if (eq === undefined)
                    unknown = true;
            }
            return unknown ? V.unknown(T.bool) : V.bool(false);
        }, { returnType: T.bool }),
        distinct: fn([param('list', T.list(T.dynamic))], ([l]) => {
            const seen = new Set();
            const out = [];
            for (const v of items(l)) {
                const k = valueKey(v) ?? `?${out.length}`;
                if (!seen.has(k)) {
                    seen.add(k);
                    out.push(v);
                }
            }
            return listOf(out);
        }),
        element: fn([param('list', T.dynamic), param('index', T.number)], ([l, i]) => {
            const xs = items(l);
            if (xs.length === 0)
                throw new FunctionError('cannot use element function with an empty list');
            const n = helpers_int(i, 1);
            if (n < 0)
                throw new function_ArgError(1, 'cannot use element function with a negative index');
            return xs[n % xs.length];
        }),
        flatten: fn([param('list', T.dynamic)], ([l]) => {
            if (!seq(l))
                throw new function_ArgError(0, 'can only flatten lists, sets and tuples');
            const flat = flatten(l.items);
            return l.kind === 'list' || l.kind === 'set' ? listOf(flat) : V.tuple(flat);
        }),
        index: fn([param('list', T.dynamic), param('value', T.dynamic)], ([l, v]) => {
            for (const [i, x] of items(l).entries())
                if (valuesEqual(x, v) === true)
                    return V.number(i);
            throw new FunctionError('item not found');
        }, { returnType: T.number }),
        keys: fn([param('inputMap', T.dynamic)], ([m]) => strings(Object.keys(attrs(m)).sort())),
        values: fn([param('mapping', T.dynamic)], ([m]) => {
            const a = attrs(m);
            const vs = Object.keys(a)
                .sort()
                .map((k) => a[k]);
            return m.kind === 'map' ? V.list(vs, m.element) : V.tuple(vs);
        }),
        lookup: fn([param('inputMap', T.dynamic), param('key', T.string)], lookup, { varParam: param('default', T.dynamic, { allowNull: true }) }),
        merge: fn([], merge, { varParam: param('maps', T.dynamic, { allowNull: true }) }),
        range: fn([], range, { varParam: param('params', T.number), returnType: T.list(T.number) }),
        reverse: fn([param('list', T.dynamic)], ([l]) => {
            if (!seq(l))
                throw new function_ArgError(0, 'can only reverse list or tuple values');
            return sameKind(l, [...l.items].reverse());
        }),
        setintersection: fn([param('first_set', T.set(T.dynamic))], (args) => {
            const [first, ...rest] = args;
            const keep = items(first).filter((v) => rest.every((r, i) => items(r, i + 1).some((x) => valuesEqual(x, v) === true)));
            return setOf(keep);
        }, { varParam: param('other_sets', T.set(T.dynamic)) }),
        setunion: fn([param('first_set', T.set(T.dynamic))], (args) => setOf(args.flatMap((a, i) => items(a, i))), {
            varParam: param('other_sets', T.set(T.dynamic)),
        }),
        setproduct: fn([], setProduct, { varParam: param('sets', T.dynamic) }),
        slice: fn([param('list', T.dynamic), param('start_index', T.number), param('end_index', T.number)], ([l, s, e]) => {
            const xs = items(l);
            const start = helpers_int(s, 1);
            const end = helpers_int(e, 2);
            if (start < 0)
                throw new function_ArgError(1, 'start index must not be less than zero');
            if (end > xs.length)
                throw new function_ArgError(2, 'end index must not be greater than the length of the list');
            if (start > end)
                throw new function_ArgError(1, 'start index must not be greater than end index');
            return sameKind(l, xs.slice(start, end));
        }),
        sort: fn([param('list', T.list(T.string))], ([l]) => {
            const xs = items(l).map((v, i) => {
                if (v.kind === 'null')
                    throw new function_ArgError(0, `given list element ${i} is null; a null string cannot be sorted`);
                return str(v);
            });
            return strings(xs.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
        }),
        sum: fn([param('list', T.dynamic)], ([l]) => {
            const xs = items(l);
            if (xs.length === 0)
                throw new function_ArgError(0, 'cannot sum an empty list');
            let total = 0;
            for (const [i, v] of xs.entries()) {
                if (v.kind === 'null')
                    throw new function_ArgError(0, `argument must be list, set, or tuple of number values: element ${i} is null`);
                const c = convert(v, T.number);
                if ('error' in c || c.value.kind !== 'number')
                    throw new function_ArgError(0, 'argument must be list, set, or tuple of number values');
                total += c.value.value;
            }
            return V.number(total);
        }, { returnType: T.number }),
        transpose: fn([param('values', T.map(T.list(T.string)))], ([m]) => transpose(m)),
        zipmap: fn([param('keys', T.list(T.string)), param('values', T.dynamic)], ([k, v]) => {
            const ks = items(k).map((x) => str(x));
            const vs = items(v, 1);
            if (ks.length !== vs.length) {
                throw new FunctionError(`number of keys (${ks.length}) does not match number of values (${vs.length})`);
            }
            const out = {};
            ks.forEach((key, i) => (out[key] = vs[i]));
            return v.kind === 'list' ? V.map(out, v.element) : V.object(out);
        }),
    };
}

;// CONCATENATED MODULE: ./src/hcl/functions/conversion.ts
// Conversion functions: can try tobool tolist tomap tonumber toset tostring convert, and sensitive/nonsensitive.
// can, try and convert are lazy: they see their argument expressions, so errors inside them can be caught.





function converter(target, name) {
    return fn([param('v', T.dynamic, { allowNull: true, allowUnknown: true, allowMarked: true })], ([v]) => {
        const c = convert(v, target);
        if ('error' in c) {
            const from = typeName(typeOf(v));
            throw new function_ArgError(0, v.kind === 'string' && (target.kind === 'number' || target.kind === 'bool')
                ? `cannot convert ${JSON.stringify(v.value)} to ${name}; only ${target.kind === 'bool' ? 'the strings "true" or "false" are allowed' : 'strings containing a decimal number are allowed'}`
                : `cannot convert ${from} to ${name}`);
        }
        return c.value;
    }, { returnType: target });
}
const lazy = (impl, params, variadic) => ({
    params: params.map((n) => param(n, T.dynamic)),
    varParam: variadic ? param('expressions', T.dynamic) : undefined,
    impl: () => V.unknown(),
    lazy: impl,
});
const conversion_hasError = (d) => d.some((x) => x.severity === 'error');
const can = (args, evaluateArg, call) => {
    if (args.length !== 1) {
        return { value: V.unknown(T.bool), diagnostics: [diagnostics_error('Invalid function argument', 'Function "can" expects exactly one argument.', call.range)] };
    }
    const r = evaluateArg(args[0]);
    if (conversion_hasError(r.diagnostics))
        return { value: V.bool(false), diagnostics: [] };
    if (!isKnown(r.value))
        return { value: V.unknown(T.bool), diagnostics: [] };
    return { value: V.bool(true), diagnostics: [] };
};
const tryFn = (args, evaluateArg, call) => {
    if (args.length === 0) {
        return { value: V.unknown(), diagnostics: [diagnostics_error('Not enough function arguments', 'Function "try" expects at least one argument.', call.range)] };
    }
    const failures = [];
    for (const a of args) {
        const r = evaluateArg(a);
        if (!conversion_hasError(r.diagnostics))
            return { value: r.value, diagnostics: r.diagnostics };
        for (const d of r.diagnostics) {
            if (d.severity !== 'error')
                continue;
            const at = d.range ? ` (at ${d.range.file}:${d.range.start.line},${d.range.start.column}-${d.range.end.column})` : '';
            failures.push(`- ${d.summary}${at}\n  ${d.detail ?? ''}`);
        }
    }
    return {
        value: V.unknown(),
        diagnostics: [
            diagnostics_error('Error in function call', `Call to function "try" failed: no expression succeeded:\n${failures.join('\n')}\n\nAt least one expression must produce a successful result.`, call.range),
        ],
    };
};
const convertFn = (args, evaluateArg, call) => {
    if (args.length !== 2) {
        return { value: V.unknown(), diagnostics: [diagnostics_error('Invalid function argument', 'Function "convert" expects a value and a type.', call.range)] };
    }
    const r = evaluateArg(args[0]);
    const t = parseTypeExpr(args[1]);
    const diagnostics = [...r.diagnostics, ...t.diagnostics];
    if (conversion_hasError(diagnostics))
        return { value: V.unknown(), diagnostics };
    const c = convert(r.value, t.type);
    if ('error' in c) {
        diagnostics.push(diagnostics_error('Invalid function argument', `Invalid value for "value" parameter: ${c.error}.`, args[0].range));
        return { value: V.unknown(t.type), diagnostics };
    }
    return { value: c.value, diagnostics };
};
function conversionFunctions() {
    return {
        tostring: converter(T.string, 'string'),
        tonumber: converter(T.number, 'number'),
        tobool: converter(T.bool, 'bool'),
        tolist: converter(T.list(T.dynamic), 'list'),
        toset: converter(T.set(T.dynamic), 'set'),
        tomap: converter(T.map(T.dynamic), 'map'),
        can: lazy(can, ['expression'], false),
        try: lazy(tryFn, [], true),
        convert: lazy(convertFn, ['value', 'type'], false),
        sensitive: fn([param('value', T.dynamic, { allowNull: true, allowUnknown: true, allowMarked: true })], ([v]) => ({ ...v, sensitive: true })),
        nonsensitive: fn([param('value', T.dynamic, { allowNull: true, allowUnknown: true, allowMarked: true })], ([v]) => unmark(v)),
    };
}

;// CONCATENATED MODULE: ./src/hcl/functions/time-parse.ts
// Timestamps as HCL's date functions read and write them: RFC 3339 with the writer's UTC offset kept, and Go
// durations ("1h30m", "-10s", "1.5h").

const rfc3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;
function parseRFC3339(text, index = 0) {
    const m = rfc3339.exec(text);
    if (!m)
        throw new function_ArgError(index, `not a valid RFC3339 timestamp: cannot use ${JSON.stringify(text)} as year`);
    const [, y, mo, d, h, mi, s, frac, zone] = m;
    const offset = zone === 'Z' || zone === 'z' ? 0 : (zone[0] === '-' ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6)));
    const nanos = frac ? Number(frac.slice(1, 10).padEnd(9, '0')) : 0;
    const ms = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s)) - offset * 60000 + Math.floor(nanos / 1e6);
    return { ms, offset, nanos };
}
/** The calendar fields of a stamp in its own offset. */
function fields(st) {
    return new Date(st.ms + st.offset * 60000);
}
function two(n) {
    return String(n).padStart(2, '0');
}
function offsetText(offset, colon) {
    const sign = offset < 0 ? '-' : '+';
    const a = Math.abs(offset);
    return `${sign}${two(Math.floor(a / 60))}${colon ? ':' : ''}${two(a % 60)}`;
}
function formatRFC3339(st) {
    const f = fields(st);
    const frac = st.nanos % 1e9 === 0 ? '' : `.${String(st.nanos).padStart(9, '0').replace(/0+$/, '')}`;
    const date = `${f.getUTCFullYear()}-${two(f.getUTCMonth() + 1)}-${two(f.getUTCDate())}`;
    const time = `${two(f.getUTCHours())}:${two(f.getUTCMinutes())}:${two(f.getUTCSeconds())}${frac}`;
    return `${date}T${time}${st.offset === 0 ? 'Z' : offsetText(st.offset, true)}`;
}
const unitNanos = { ns: 1, us: 1e3, µs: 1e3, μs: 1e3, ms: 1e6, s: 1e9, m: 60e9, h: 3600e9 };
/** A Go duration in nanoseconds. */
function parseDuration(text, index) {
    const bad = () => {
        throw new function_ArgError(index, `time: invalid duration ${JSON.stringify(text)}`);
    };
    let s = text;
    let sign = 1;
    if (s.startsWith('-') || s.startsWith('+')) {
        sign = s[0] === '-' ? -1 : 1;
        s = s.slice(1);
    }
    if (s === '0')
        return 0;
    if (s === '')
        bad();
    let total = 0;
    const part = /^(\d*\.?\d*)(ns|us|µs|μs|ms|s|m|h)/;
    while (s !== '') {
        const m = part.exec(s);
        if (!m || m[1] === '' || m[1] === '.')
            return bad();
        total += Number(m[1]) * unitNanos[m[2]];
        s = s.slice(m[0].length);
    }
    return sign * total;
}

;// CONCATENATED MODULE: ./src/hcl/functions/datetime.ts



const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const days = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const datetime_two = (n) => String(n).padStart(2, '0');
const hour12 = (h) => (h % 12 === 0 ? 12 : h % 12);
function now() {
    const ms = Date.now();
    return { ms: ms - (ms % 1000), offset: 0, nanos: 0 };
}
function formatdate(spec, st) {
    const f = fields(st);
    const verbs = {
        YYYY: () => String(f.getUTCFullYear()).padStart(4, '0'),
        YY: () => datetime_two(f.getUTCFullYear() % 100),
        MMMM: () => months[f.getUTCMonth()],
        MMM: () => months[f.getUTCMonth()].slice(0, 3),
        MM: () => datetime_two(f.getUTCMonth() + 1),
        M: () => String(f.getUTCMonth() + 1),
        DD: () => datetime_two(f.getUTCDate()),
        D: () => String(f.getUTCDate()),
        EEEE: () => days[f.getUTCDay()],
        EEE: () => days[f.getUTCDay()].slice(0, 3),
        hh: () => datetime_two(f.getUTCHours()),
        h: () => String(f.getUTCHours()),
        HH: () => datetime_two(hour12(f.getUTCHours())),
        H: () => String(hour12(f.getUTCHours())),
        AA: () => (f.getUTCHours() < 12 ? 'AM' : 'PM'),
        aa: () => (f.getUTCHours() < 12 ? 'am' : 'pm'),
        mm: () => datetime_two(f.getUTCMinutes()),
        m: () => String(f.getUTCMinutes()),
        ss: () => datetime_two(f.getUTCSeconds()),
        s: () => String(f.getUTCSeconds()),
        ZZZZZ: () => offsetText(st.offset, true),
        ZZZZ: () => offsetText(st.offset, false),
        ZZZ: () => (st.offset === 0 ? 'UTC' : offsetText(st.offset, false)),
        Z: () => (st.offset === 0 ? 'Z' : offsetText(st.offset, true)),
    };
    let out = '';
    let i = 0;
    while (i < spec.length) {
        const c = spec[i];
        if (c === "'") {
            if (spec[i + 1] === "'") {
                out += "'";
                i += 2;
                continue;
            }
            const end = spec.indexOf("'", i + 1);
            if (end < 0)
                throw new function_ArgError(0, "unterminated literal '");
            out += spec.slice(i + 1, end).replace(/''/g, "'");
            i = end + 1;
            continue;
        }
        if (/[A-Za-z]/.test(c)) {
            let j = i;
            while (spec[j] === c)
                j++;
            const run = spec.slice(i, j);
            const verb = verbs[run];
            if (!verb)
                throw new function_ArgError(0, `invalid date format verb ${JSON.stringify(run)}: unrecognized`);
            out += verb();
            i = j;
            continue;
        }
        out += c;
        i++;
    }
    return out;
}
const goTokens = [
    'January',
    'Monday',
    '-07:00:00',
    'Z07:00:00',
    '.000000000',
    '.999999999',
    '.000000',
    '.999999',
    '.000',
    '.999',
    'Z07:00',
    '-07:00',
    'Z0700',
    '-0700',
    'Jan',
    'Mon',
    'MST',
    '2006',
    '-07',
    'Z07',
    '002',
    '_2',
    '15',
    '01',
    '02',
    '03',
    '04',
    '05',
    '06',
    'PM',
    'pm',
    '1',
    '2',
    '3',
    '4',
    '5',
];
/** Go's reference-time layout (`2006-01-02T15:04:05Z07:00`) applied to a UTC stamp. */
function goLayout(layout, st) {
    const f = fields(st);
    const frac = (digits, trim) => {
        const s = String(st.nanos).padStart(9, '0').slice(0, digits);
        const t = trim ? s.replace(/0+$/, '') : s;
        return t === '' ? '' : `.${t}`;
    };
    const start = Date.UTC(f.getUTCFullYear(), 0, 1);
    const yday = Math.floor((f.getTime() - start) / 86400000) + 1;
    const value = (tok) => {
        switch (tok) {
            case 'January':
                return months[f.getUTCMonth()];
            case 'Jan':
                return months[f.getUTCMonth()].slice(0, 3);
            case 'Monday':
                return days[f.getUTCDay()];
            case 'Mon':
                return days[f.getUTCDay()].slice(0, 3);
            case 'MST':
                return st.offset === 0 ? 'UTC' : offsetText(st.offset, false);
            case '2006':
                return String(f.getUTCFullYear());
            case '06':
                return datetime_two(f.getUTCFullYear() % 100);
            case '01':
                return datetime_two(f.getUTCMonth() + 1);
            case '1':
                return String(f.getUTCMonth() + 1);
            case '02':
                return datetime_two(f.getUTCDate());
            case '_2':
                return String(f.getUTCDate()).padStart(2, ' ');
            case '2':
                return String(f.getUTCDate());
            case '002':
                return String(yday).padStart(3, '0');
            case '15':
                return datetime_two(f.getUTCHours());
            case '03':
                return datetime_two(hour12(f.getUTCHours()));
            case '3':
                return String(hour12(f.getUTCHours()));
            case '04':
                return datetime_two(f.getUTCMinutes());
            case '4':
                return String(f.getUTCMinutes());
            case '05':
                return datetime_two(f.getUTCSeconds());
            case '5':
                return String(f.getUTCSeconds());
            case 'PM':
                return f.getUTCHours() < 12 ? 'AM' : 'PM';
            case 'pm':
                return f.getUTCHours() < 12 ? 'am' : 'pm';
            case '-0700':
                return offsetText(st.offset, false);
            case '-07:00':
                return offsetText(st.offset, true);
            case '-07':
                return offsetText(st.offset, false).slice(0, 3);
            case '-07:00:00':
                return `${offsetText(st.offset, true)}:00`;
            case 'Z0700':
                return st.offset === 0 ? 'Z' : offsetText(st.offset, false);
            case 'Z07:00':
                return st.offset === 0 ? 'Z' : offsetText(st.offset, true);
            case 'Z07':
                return st.offset === 0 ? 'Z' : offsetText(st.offset, false).slice(0, 3);
            case 'Z07:00:00':
                return st.offset === 0 ? 'Z' : `${offsetText(st.offset, true)}:00`;
            default:
                return tok.startsWith('.') ? frac(tok.length - 1, tok[1] === '9') : tok;
        }
    };
    let out = '';
    for (let i = 0; i < layout.length;) {
        const tok = goTokens.find((t) => layout.startsWith(t, i));
        if (tok) {
            out += value(tok);
            i += tok.length;
        }
        else
            out += layout[i++];
    }
    return out;
}
function strftime(format, st) {
    const f = fields(st);
    const start = Date.UTC(f.getUTCFullYear(), 0, 1);
    const yday = Math.floor((f.getTime() - start) / 86400000) + 1;
    const table = {
        Y: () => String(f.getUTCFullYear()),
        y: () => datetime_two(f.getUTCFullYear() % 100),
        C: () => datetime_two(Math.floor(f.getUTCFullYear() / 100)),
        m: () => datetime_two(f.getUTCMonth() + 1),
        d: () => datetime_two(f.getUTCDate()),
        e: () => String(f.getUTCDate()).padStart(2, ' '),
        H: () => datetime_two(f.getUTCHours()),
        I: () => datetime_two(hour12(f.getUTCHours())),
        M: () => datetime_two(f.getUTCMinutes()),
        S: () => datetime_two(f.getUTCSeconds()),
        p: () => (f.getUTCHours() < 12 ? 'AM' : 'PM'),
        b: () => months[f.getUTCMonth()].slice(0, 3),
        h: () => months[f.getUTCMonth()].slice(0, 3),
        B: () => months[f.getUTCMonth()],
        a: () => days[f.getUTCDay()].slice(0, 3),
        A: () => days[f.getUTCDay()],
        j: () => String(yday).padStart(3, '0'),
        u: () => String(f.getUTCDay() === 0 ? 7 : f.getUTCDay()),
        w: () => String(f.getUTCDay()),
        Z: () => 'UTC',
        z: () => offsetText(st.offset, false),
        D: () => `${datetime_two(f.getUTCMonth() + 1)}/${datetime_two(f.getUTCDate())}/${datetime_two(f.getUTCFullYear() % 100)}`,
        F: () => `${f.getUTCFullYear()}-${datetime_two(f.getUTCMonth() + 1)}-${datetime_two(f.getUTCDate())}`,
        T: () => `${datetime_two(f.getUTCHours())}:${datetime_two(f.getUTCMinutes())}:${datetime_two(f.getUTCSeconds())}`,
        R: () => `${datetime_two(f.getUTCHours())}:${datetime_two(f.getUTCMinutes())}`,
        n: () => '\n',
        t: () => '\t',
        '%': () => '%',
    };
    return format.replace(/%(.)/gs, (all, c) => (table[c] ? table[c]() : all));
}
function dateTimeFunctions(clock = now) {
    return {
        timestamp: fn([], () => V.string(formatRFC3339(clock())), { returnType: T.string }),
        formatdate: fn([param('format', T.string), param('time', T.string)], ([spec, t]) => V.string(formatdate(str(spec), parseRFC3339(str(t, 1), 1))), {
            returnType: T.string,
        }),
        timeadd: fn([param('timestamp', T.string), param('duration', T.string)], ([t, d]) => {
            const st = parseRFC3339(str(t));
            const total = st.nanos + parseDuration(str(d, 1), 1);
            const carry = Math.floor(total / 1e9);
            const nanos = total - carry * 1e9;
            const base = st.ms - (((st.ms % 1000) + 1000) % 1000) + carry * 1000;
            return V.string(formatRFC3339({ ms: base + Math.floor(nanos / 1e6), offset: st.offset, nanos }));
        }, { returnType: T.string }),
        legacy_isotime: fn([], ([layout]) => {
            const st = clock();
            return V.string(layout === undefined ? formatRFC3339(st) : goLayout(str(layout), st));
        }, { varParam: param('format', T.string), returnType: T.string }),
        legacy_strftime: fn([param('format', T.string)], ([format]) => V.string(strftime(str(format), clock())), { returnType: T.string }),
    };
}

;// CONCATENATED MODULE: ./src/hcl/functions/json.ts




function jsonString(s) {
    return JSON.stringify(s).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
function toJSON(v) {
    switch (v.kind) {
        case 'null':
            return 'null';
        case 'unknown':
            throw new FunctionError('value is not known');
        case 'string':
            return jsonString(v.value);
        case 'number':
            return formatNumber(v.value);
        case 'bool':
            return String(v.value);
        case 'list':
        case 'set':
        case 'tuple':
            return `[${v.items.map(toJSON).join(',')}]`;
        case 'map':
        case 'object':
            return `{${Object.keys(v.attrs)
                .sort()
                .map((k) => `${jsonString(k)}:${toJSON(v.attrs[k])}`)
                .join(',')}}`;
    }
}
function fromJSON(text) {
    try {
        return fromJS(JSON.parse(text));
    }
    catch (e) {
        throw new function_ArgError(0, (0,error_message/* messageOf */.b)(e));
    }
}
function yamlScalar(v) {
    switch (v.kind) {
        case 'null':
            return 'null';
        case 'string':
            return JSON.stringify(v.value);
        case 'number':
            return formatNumber(v.value);
        case 'bool':
            return String(v.value);
        case 'list':
        case 'set':
        case 'tuple':
            return v.items.length === 0 ? '[]' : undefined;
        case 'map':
        case 'object':
            return Object.keys(v.attrs).length === 0 ? '{}' : undefined;
        case 'unknown':
            throw new FunctionError('value is not known');
    }
}
function yamlLines(v) {
    const scalar = yamlScalar(v);
    if (scalar !== undefined)
        return [scalar];
    const out = [];
    if (v.kind === 'list' || v.kind === 'set' || v.kind === 'tuple') {
        for (const item of v.items) {
            const [first, ...rest] = yamlLines(item);
            out.push(`- ${first}`, ...rest.map((l) => `  ${l}`));
        }
        return out;
    }
    if (v.kind === 'map' || v.kind === 'object') {
        for (const k of Object.keys(v.attrs).sort()) {
            const item = v.attrs[k];
            const s = yamlScalar(item);
            if (s !== undefined)
                out.push(`${JSON.stringify(k)}: ${s}`);
            else if (item.kind === 'map' || item.kind === 'object')
                out.push(`${JSON.stringify(k)}:`, ...yamlLines(item).map((l) => `  ${l}`));
            else
                out.push(`${JSON.stringify(k)}:`, ...yamlLines(item));
        }
    }
    return out;
}
function toYAML(v) {
    return `${yamlLines(v).join('\n')}\n`;
}
// The YAML parser is a third of the bundle a run loads at start; it is loaded only for templates that may call
// yamldecode (see prepareTemplate in src/pipeline/prepare.ts).
let yaml;
async function loadYaml() {
    yaml ??= await __nccwpck_require__.e(/* import() */ 815).then(__nccwpck_require__.t.bind(__nccwpck_require__, 8815, 19));
}
function yamlLoaded() {
    return yaml !== undefined;
}
/** Whether HCL (or JSON template) text may call yamldecode: directly, or in a file templatefile renders. */
function mayCallYaml(text) {
    return /\b(?:yamldecode|templatefile)\b/.test(text);
}
function fromYAML(text) {
    if (!yaml)
        throw new FunctionError('the YAML parser was not loaded (an internal error: call loadYaml first)');
    const { parseAllDocuments, visit } = yaml;
    const docs = parseAllDocuments(text, { schema: 'core', uniqueKeys: true });
    if (!Array.isArray(docs))
        return V.null();
    if (docs.length === 0)
        return V.null(T.dynamic);
    if (docs.length > 1)
        throw new function_ArgError(0, 'on line 1, column 1: unsupported: multiple documents');
    const [doc] = docs;
    if (doc.errors.length > 0) {
        const err = doc.errors[0];
        const pos = err.linePos?.[0];
        throw new function_ArgError(0, pos ? `on line ${pos.line}, column ${pos.col}: ${err.message.split('\n')[0]}` : err.message);
    }
    visit(doc, {
        Alias(_, node, path) {
            const target = node.resolve(doc);
            if (target && path.includes(target)) {
                throw new function_ArgError(0, `cannot refer to anchor ${JSON.stringify(node.source)} from inside its own definition`);
            }
        },
    });
    return fromJS(doc.toJS({ maxAliasCount: 100 }));
}

;// CONCATENATED MODULE: ./src/hcl/functions/encoding.ts



function base64decode(s) {
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(s) || s.length % 4 !== 0) {
        throw new function_ArgError(0, `failed to decode base64 data ${JSON.stringify(s)}`);
    }
    const bytes = Buffer.from(s, 'base64');
    try {
        return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    }
    catch {
        throw new function_ArgError(0, 'the result of decoding the provided string is not valid UTF-8');
    }
}
function csvRows(text) {
    const rows = [];
    let row = [];
    let field = '';
    let i = 0;
    let quoted = false;
    let any = false;
    while (i < text.length) {
        const c = text[i];
        if (quoted) {
            if (c === '"' && text[i + 1] === '"') {
                field += '"';
                i += 2;
            }
            else if (c === '"') {
                quoted = false;
                i++;
            }
            else {
                field += c;
                i++;
            }
            continue;
        }
        if (c === '"' && field === '') {
            quoted = true;
            any = true;
            i++;
        }
        else if (c === ',') {
            row.push(field);
            field = '';
            any = true;
            i++;
        }
        else if (c === '\n' || (c === '\r' && text[i + 1] === '\n')) {
            row.push(field);
            rows.push(row);
            row = [];
            field = '';
            any = false;
            i += c === '\r' ? 2 : 1;
        }
        else {
            field += c;
            any = true;
            i++;
        }
    }
    if (quoted)
        throw new function_ArgError(0, 'extraneous or missing " in quoted-field');
    if (any || field !== '') {
        row.push(field);
        rows.push(row);
    }
    return rows.filter((r) => !(r.length === 1 && r[0] === ''));
}
function csvdecode(text) {
    const rows = csvRows(text);
    if (rows.length === 0)
        throw new function_ArgError(0, 'missing header line');
    const [header, ...body] = rows;
    const out = body.map((r, i) => {
        if (r.length !== header.length)
            throw new function_ArgError(0, `record on line ${i + 2}: wrong number of fields`);
        const attrs = {};
        header.forEach((h, j) => (attrs[h] = V.string(r[j])));
        return V.object(attrs);
    });
    const attrsType = {};
    for (const h of header)
        attrsType[h] = T.string;
    return V.list(out, T.object(attrsType));
}
function urlencode(s) {
    let out = '';
    for (const byte of Buffer.from(s, 'utf8')) {
        const c = String.fromCharCode(byte);
        if (/[A-Za-z0-9\-_.~]/.test(c))
            out += c;
        else if (c === ' ')
            out += '+';
        else
            out += `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
    }
    return out;
}
function normalizeEncoding(name, index) {
    const n = name.toLowerCase().replace(/_/g, '-');
    const aliases = {
        'utf-8': 'utf-8',
        utf8: 'utf-8',
        'utf-16le': 'utf-16le',
        'utf-16be': 'utf-16be',
        'utf-16': 'utf-16be',
        'iso-8859-1': 'latin1',
        latin1: 'latin1',
        'us-ascii': 'ascii',
        ascii: 'ascii',
    };
    const found = aliases[n];
    if (!found)
        throw new function_ArgError(index, `${JSON.stringify(name)} is not a supported IANA encoding name or alias in this Packer version`);
    return found;
}
function encodeText(s, enc) {
    switch (enc) {
        case 'utf-16le':
            return Buffer.from(s, 'utf16le');
        case 'utf-16be': {
            const b = Buffer.from(s, 'utf16le');
            for (let i = 0; i + 1 < b.length; i += 2)
                [b[i], b[i + 1]] = [b[i + 1], b[i]];
            return b;
        }
        case 'latin1':
        case 'ascii':
            for (const ch of s) {
                if ((ch.codePointAt(0) ?? 0) > (enc === 'ascii' ? 0x7f : 0xff)) {
                    throw new function_ArgError(0, `the given string contains characters that cannot be represented in ${enc === 'ascii' ? 'US-ASCII' : 'ISO-8859-1'}`);
                }
            }
            return Buffer.from(s, 'latin1');
        default:
            return Buffer.from(s, 'utf8');
    }
}
function decodeText(b, enc) {
    if (enc === 'latin1' || enc === 'ascii')
        return b.toString('latin1');
    try {
        return new TextDecoder(enc, { fatal: true }).decode(b);
    }
    catch {
        throw new function_ArgError(0, `the given value is has an invalid base64 symbol or is not valid ${enc}`);
    }
}
function encodingFunctions() {
    return {
        base64encode: fn([param('str', T.string)], ([s]) => V.string(Buffer.from(str(s), 'utf8').toString('base64')), { returnType: T.string }),
        base64decode: fn([param('str', T.string)], ([s]) => V.string(base64decode(str(s))), { returnType: T.string }),
        csvdecode: fn([param('str', T.string)], ([s]) => csvdecode(str(s))),
        jsonencode: fn([param('val', T.dynamic, { allowNull: true })], ([v]) => V.string(toJSON(v)), { returnType: T.string }),
        jsondecode: fn([param('str', T.string)], ([s]) => fromJSON(str(s))),
        yamlencode: fn([param('value', T.dynamic, { allowNull: true })], ([v]) => V.string(toYAML(v)), { returnType: T.string }),
        yamldecode: fn([param('src', T.string)], ([s]) => fromYAML(str(s))),
        urlencode: fn([param('str', T.string)], ([s]) => V.string(urlencode(str(s))), { returnType: T.string }),
        textencodebase64: fn([param('string', T.string), param('encoding', T.string)], ([s, e]) => {
            const enc = normalizeEncoding(str(e, 1), 1);
            return V.string(encodeText(str(s), enc).toString('base64'));
        }, { returnType: T.string }),
        textdecodebase64: fn([param('source', T.string), param('encoding', T.string)], ([s, e]) => {
            const enc = normalizeEncoding(str(e, 1), 1);
            const text = str(s);
            if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text))
                throw new FunctionError(`invalid base64 data at offset ${text.search(/[^A-Za-z0-9+/=]/)}`);
            return V.string(decodeText(Buffer.from(text, 'base64'), enc));
        }, { returnType: T.string }),
    };
}

;// CONCATENATED MODULE: ./src/hcl/position.ts

function utf8Length(text) {
    let n = 0;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c < 0x80)
            n += 1;
        else if (c < 0x800)
            n += 2;
        else if (c >= 0xd800 && c <= 0xdbff) {
            n += 4;
            i++;
        }
        else
            n += 3;
    }
    return n;
}
/** The position after `src[start..end)` when it starts at `from`; avoids copying the text when it is ASCII. */
function advanceRange(from, src, start, end) {
    let { line, column } = from;
    for (let i = start; i < end; i++) {
        const c = src.charCodeAt(i);
        if (c >= 0x80)
            return advance(from, src.slice(start, end));
        if (c === 10) {
            line++;
            column = 1;
        }
        else if (!(c === 13 && src.charCodeAt(i + 1) === 10 && i + 1 < end))
            column++;
    }
    return { line, column, offset: from.offset + (end - start) };
}
/** The position after `text` when it starts at `from`. */
function advance(from, text) {
    let { line, column } = from;
    if (isAscii(text)) {
        for (let i = 0; i < text.length; i++) {
            const c = text.charCodeAt(i);
            if (c === 10) {
                line++;
                column = 1;
            }
            else if (!(c === 13 && text.charCodeAt(i + 1) === 10))
                column++;
        }
        return { line, column, offset: from.offset + text.length };
    }
    for (const { segment } of segments(text)) {
        if (segment === '\n' || segment === '\r\n') {
            line++;
            column = 1;
        }
        else
            column++;
    }
    return { line, column, offset: from.offset + utf8Length(text) };
}

function rangeBetween(from, to) {
    return { file: from.file, start: from.start, end: to.end };
}
/** The empty range where `r` ends. */
function endOf(r) {
    return { file: r.file, start: r.end, end: r.end };
}
/** The empty range where `r` starts. */
function startOf(r) {
    return { file: r.file, start: r.start, end: r.start };
}

;// CONCATENATED MODULE: ./src/hcl/token.ts
const selfTokens = {
    '[': 'OBrack',
    ']': 'CBrack',
    '(': 'OParen',
    ')': 'CParen',
    '.': 'Dot',
    ',': 'Comma',
    '*': 'Star',
    '/': 'Slash',
    '%': 'Percent',
    '+': 'Plus',
    '-': 'Minus',
    '=': 'Equal',
    '<': 'LessThan',
    '>': 'GreaterThan',
    '!': 'Bang',
    '?': 'Question',
    ':': 'Colon',
    '&': 'BitwiseAnd',
    '|': 'BitwiseOr',
    '~': 'BitwiseNot',
    '^': 'BitwiseXor',
    ';': 'Semicolon',
    '`': 'Backtick',
    "'": 'Apostrophe',
};
const pairTokens = {
    '==': 'EqualOp',
    '!=': 'NotEqual',
    '>=': 'GreaterThanEq',
    '<=': 'LessThanEq',
    '&&': 'And',
    '||': 'Or',
    '::': 'DoubleColon',
    '=>': 'FatArrow',
};
/** The other end of a bracketing token (`TemplateSeqEnd` pairs with both template openers). */
function opposite(type) {
    switch (type) {
        case 'OBrace':
            return 'CBrace';
        case 'OBrack':
            return 'CBrack';
        case 'OParen':
            return 'CParen';
        case 'OQuote':
            return 'CQuote';
        case 'OHeredoc':
            return 'CHeredoc';
        case 'CBrace':
            return 'OBrace';
        case 'CBrack':
            return 'OBrack';
        case 'CParen':
            return 'OParen';
        case 'CQuote':
            return 'OQuote';
        case 'CHeredoc':
            return 'OHeredoc';
        case 'TemplateControl':
        case 'TemplateInterp':
            return 'TemplateSeqEnd';
        case 'TemplateSeqEnd':
            return 'TemplateInterp';
        default:
            return undefined;
    }
}

;// CONCATENATED MODULE: ./src/hcl/lexer.ts
// The scanner of HCL native syntax (hclsyntax's scan_tokens.rl, rewritten by hand): a normal mode for structure
// and expressions, and two template modes (quoted strings, heredocs) that call back into the normal mode for
// `${…}` and `%{…}` sequences.



const identStartRe = /[\p{ID_Start}_]/u;
const identContinueRe = /[\p{ID_Continue}-]/u;
function isAsciiLetter(c) {
    return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95;
}
/** The end of the identifier starting at `start`, or `start` when none starts there. */
function identEnd(src, start) {
    const first = src.charCodeAt(start);
    let j = start;
    if (isAsciiLetter(first))
        j++;
    else if (first >= 0x80 && identStartRe.test(charAt(src, start)))
        j += charAt(src, start).length;
    else
        return start;
    for (;;) {
        const c = src.charCodeAt(j);
        if (isAsciiLetter(c) || (c >= 48 && c <= 57) || c === 45)
            j++;
        else if (c >= 0x80) {
            const ch = charAt(src, j);
            if (!identContinueRe.test(ch))
                return j;
            j += ch.length;
        }
        else
            return j;
    }
}
function isDigit(c) {
    return c !== undefined && c >= '0' && c <= '9';
}
/** One code point at `i` (two UTF-16 units for astral characters). */
function charAt(src, i) {
    const c = src.codePointAt(i);
    return c === undefined ? '' : String.fromCodePoint(c);
}
const pairStarts = new Set(Object.keys(pairTokens).map((k) => k[0]));
class Scanner {
    src;
    file;
    tokens = [];
    pos;
    posIndex;
    i;
    modes;
    braces = 0;
    retBraces = [];
    heredocs = [];
    constructor(src, file, start, mode, origin) {
        this.src = src;
        this.file = file;
        this.i = start;
        this.posIndex = start;
        this.pos = origin ?? { line: 1, column: 1, offset: start === 1 ? 3 : 0 };
        this.modes = [mode];
    }
    run() {
        while (this.i < this.src.length) {
            const mode = this.modes[this.modes.length - 1];
            if (mode === 'main')
                this.scanMain();
            else if (mode === 'string')
                this.scanString();
            else if (mode === 'heredoc')
                this.scanHeredoc();
            else
                this.scanBare();
        }
        this.emit('EOF', this.src.length, this.src.length);
        return this.tokens;
    }
    emit(type, start, end) {
        if (start > this.posIndex) {
            // Only spaces and tabs lie between tokens.
            const gap = start - this.posIndex;
            this.pos = { line: this.pos.line, column: this.pos.column + gap, offset: this.pos.offset + gap };
        }
        const startPos = this.pos;
        const text = this.src.slice(start, end);
        const endPos = advanceRange(startPos, this.src, start, end);
        this.pos = endPos;
        this.posIndex = end;
        this.i = end;
        this.tokens.push({ type, text, range: { file: this.file, start: startPos, end: endPos } });
    }
    call(mode) {
        this.modes.push(mode);
    }
    ret() {
        if (this.modes.length > 1)
            this.modes.pop();
    }
    scanMain() {
        const { src } = this;
        const i = this.i;
        const c = src[i];
        if (c === ' ' || c === '\t') {
            let j = i + 1;
            while (src[j] === ' ' || src[j] === '\t')
                j++;
            this.i = j;
            return;
        }
        if (isDigit(c))
            return this.emit('NumberLit', i, this.numberEnd(i));
        const identAt = identEnd(src, i);
        if (identAt > i)
            return this.emit('Ident', i, identAt);
        if (c === '#' || (c === '/' && src[i + 1] === '/')) {
            const nl = src.indexOf('\n', i);
            return this.emit('Comment', i, nl < 0 ? src.length : nl + 1);
        }
        if (c === '/' && src[i + 1] === '*') {
            const close = src.indexOf('*/', i + 2);
            if (close >= 0)
                return this.emit('Comment', i, close + 2);
        }
        if (c === '\n')
            return this.emit('Newline', i, i + 1);
        if (c === '\r' && src[i + 1] === '\n')
            return this.emit('Newline', i, i + 2);
        if (src.startsWith('...', i))
            return this.emit('Ellipsis', i, i + 3);
        const pair = pairStarts.has(c) ? pairTokens[src.slice(i, i + 2)] : undefined;
        if (pair)
            return this.emit(pair, i, i + 2);
        if (c === '<' && src[i + 1] === '<') {
            const end = this.heredocIntroducerEnd(i);
            if (end > 0)
                return this.beginHeredoc(i, end);
        }
        if (c === '~' && src[i + 1] === '}')
            return this.closeSequence(i, i + 2, true);
        const self = selfTokens[c];
        if (self)
            return this.emit(self, i, i + 1);
        if (c === '{') {
            this.braces++;
            return this.emit('OBrace', i, i + 1);
        }
        if (c === '}')
            return this.closeSequence(i, i + 1, false);
        if (c === '"') {
            this.emit('OQuote', i, i + 1);
            return this.call('string');
        }
        this.emit('Invalid', i, i + charAt(src, i).length);
    }
    /** `}` or `~}`: the end of a template sequence when the brace level matches, else an ordinary brace. */
    closeSequence(start, end, tilde) {
        const matches = this.retBraces.length > 0 && this.retBraces[this.retBraces.length - 1] === this.braces;
        this.emit(matches || tilde ? 'TemplateSeqEnd' : 'CBrace', start, end);
        this.braces--;
        if (matches) {
            this.retBraces.pop();
            this.ret();
        }
    }
    numberEnd(start) {
        const { src } = this;
        let j = start + 1;
        let end = j;
        for (;;) {
            const c = src[j];
            if (isDigit(c)) {
                j++;
                end = j;
            }
            else if (c === '.') {
                j++;
            }
            else if (c === 'e' || c === 'E') {
                const k = src[j + 1] === '+' || src[j + 1] === '-' ? j + 2 : j + 1;
                if (!isDigit(src[k]))
                    break;
                j = k + 1;
                end = j;
            }
            else
                break;
        }
        return end;
    }
    /** The end of `<<EOT⏎` or `<<-EOT⏎` (after the newline), or -1. */
    heredocIntroducerEnd(start) {
        const { src } = this;
        let j = start + 2;
        if (src[j] === '-')
            j++;
        const end = identEnd(src, j);
        if (end === j)
            return -1;
        j = end;
        if (src[j] === '\n')
            return j + 1;
        if (src[j] === '\r' && src[j + 1] === '\n')
            return j + 2;
        return -1;
    }
    beginHeredoc(start, end) {
        const intro = this.src.slice(start + 2, end).replace(/\r?\n$/, '');
        this.heredocs.push({ marker: intro.startsWith('-') ? intro.slice(1) : intro, startOfLine: true });
        this.emit('OHeredoc', start, end);
        this.call('heredoc');
    }
    /** `${`, `${~`, `%{` or `%{~` at i: emits it and enters the normal mode; false when not a sequence. */
    templateSequence(i) {
        const { src } = this;
        const c = src[i];
        if ((c !== '$' && c !== '%') || src[i + 1] !== '{')
            return false;
        const end = src[i + 2] === '~' ? i + 3 : i + 2;
        this.emit(c === '$' ? 'TemplateInterp' : 'TemplateControl', i, end);
        this.braces++;
        this.retBraces.push(this.braces);
        const doc = this.heredocs.at(-1);
        if (doc)
            doc.startOfLine = false;
        this.call('main');
        return true;
    }
    /** `$` or `%` not starting a sequence: alone, or with a following escaped `${`/`%{`. */
    lonePrefixEnd(i) {
        const { src } = this;
        const c = src[i];
        if (src[i + 1] === c && src[i + 2] === '{')
            return src[i + 3] === '~' ? i + 4 : i + 3;
        return i + 1;
    }
    scanString() {
        const { src } = this;
        const i = this.i;
        if (this.templateSequence(i))
            return;
        const c = src[i];
        if (c === '"') {
            this.emit('CQuote', i, i + 1);
            return this.ret();
        }
        if (c === '$' || c === '%') {
            if (i + 1 >= src.length)
                return this.emit('Invalid', i, i + 1);
            return this.emit('QuotedLit', i, this.lonePrefixEnd(i));
        }
        if (c === '\n' || c === '\r') {
            let j = i + 1;
            while (src[j] === '\n' || src[j] === '\r')
                j++;
            return this.emit('QuotedNewline', i, j);
        }
        let j = i;
        for (;;) {
            const d = src[j];
            if (d === undefined || d === '"' || d === '$' || d === '%' || d === '\n' || d === '\r')
                break;
            if (d === '\\') {
                const e = src[j + 1];
                if (e === undefined || e === '\n' || e === '\r')
                    break;
                j += charAt(src, j + 1).length + 1;
            }
            else
                j++;
        }
        if (j === i)
            return this.emit('Invalid', i, i + 1);
        this.emit('QuotedLit', i, j);
    }
    scanHeredoc() {
        const { src } = this;
        const i = this.i;
        if (this.templateSequence(i))
            return;
        const doc = this.heredocs[this.heredocs.length - 1];
        const c = src[i];
        if (c === '$' || c === '%') {
            doc.startOfLine = false;
            return this.emit('StringLit', i, this.lonePrefixEnd(i));
        }
        let j = i;
        while (j < src.length && src[j] !== '$' && src[j] !== '%' && src[j] !== '\n' && src[j] !== '\r')
            j++;
        let eol = -1;
        if (src[j] === '\n')
            eol = j + 1;
        else if (src[j] === '\r' && src[j + 1] === '\n')
            eol = j + 2;
        else if (src[j] === '\r') {
            if (j > i) {
                doc.startOfLine = false;
                return this.emit('StringLit', i, j);
            }
            return this.emit('Invalid', i, i + 1);
        }
        if (eol < 0) {
            doc.startOfLine = false;
            return this.emit('StringLit', i, j);
        }
        if (doc.startOfLine && src.slice(i, j).trim() === doc.marker) {
            this.emit('CHeredoc', i, j);
            this.emit('Newline', j, eol);
            this.heredocs.pop();
            return this.ret();
        }
        doc.startOfLine = true;
        this.emit('StringLit', i, eol);
    }
    /** A standalone template file (templatefile): literal lines and sequences, with no closing marker. */
    scanBare() {
        const { src } = this;
        const i = this.i;
        if (this.templateSequence(i))
            return;
        const c = src[i];
        if (c === '$' || c === '%')
            return this.emit('StringLit', i, this.lonePrefixEnd(i));
        let j = i;
        while (j < src.length && src[j] !== '$' && src[j] !== '%' && src[j] !== '\n')
            j++;
        this.emit('StringLit', i, src[j] === '\n' ? j + 1 : j);
    }
}
/**
 * All tokens of `src`, ending with EOF. A leading byte-order mark is skipped. `origin` is where `src` starts when it
 * is embedded in another file (a JSON string holding a template).
 */
function scanTokens(src, file, mode = 'normal', origin) {
    const start = src.charCodeAt(0) === 0xfeff ? 1 : 0;
    return new Scanner(src, file, start, mode === 'normal' ? 'main' : 'bare', origin).run();
}
const curlyQuotes = new Set(['\u201c', '\u201d']);
/** Diagnostics for tokens that never belong in HCL, reported once per kind as HCL does. */
function checkInvalidTokens(tokens) {
    const diags = [];
    let bitwise = 0;
    let backtick = 0;
    let apostrophe = 0;
    let semicolon = 0;
    for (const tok of tokens) {
        const r = tok.range;
        switch (tok.type) {
            case 'BitwiseAnd':
            case 'BitwiseOr':
            case 'BitwiseXor':
            case 'BitwiseNot':
                if (bitwise < 4) {
                    const suggestion = tok.type === 'BitwiseAnd'
                        ? ' Did you mean boolean AND ("&&")?'
                        : tok.type === 'BitwiseOr'
                            ? ' Did you mean boolean OR ("||")?'
                            : tok.type === 'BitwiseNot'
                                ? ' Did you mean boolean NOT ("!")?'
                                : '';
                    diags.push(diagnostics_error('Unsupported operator', `Bitwise operators are not supported.${suggestion}`, r));
                    bitwise++;
                }
                break;
            case 'Backtick':
                if (backtick % 2 === 0) {
                    diags.push(diagnostics_error('Invalid character', 'The "`" character is not valid. To create a multi-line string, use the "heredoc" syntax, like "<<EOT".', r));
                }
                if (backtick <= 2)
                    backtick++;
                break;
            case 'Apostrophe':
                if (apostrophe % 2 === 0) {
                    diags.push(diagnostics_error('Invalid character', 'Single quotes are not valid. Use double quotes (") to enclose strings.', r));
                }
                if (apostrophe <= 2)
                    apostrophe++;
                break;
            case 'Semicolon':
                if (semicolon < 1) {
                    diags.push(diagnostics_error('Invalid character', 'The ";" character is not valid. Use newlines to separate arguments and blocks, and commas to separate items in collection values.', r));
                    semicolon++;
                }
                break;
            case 'QuotedNewline':
                diags.push(diagnostics_error('Invalid multi-line string', 'Quoted strings may not be split over multiple lines. To produce a multi-line string, either use the \\n escape to represent a newline character or use the "heredoc" multi-line template syntax.', r));
                break;
            case 'Invalid':
                diags.push(curlyQuotes.has(tok.text)
                    ? diagnostics_error('Invalid character', '"Curly quotes" are not valid here. These can sometimes be inadvertently introduced when sharing code via documents or discussion forums. It might help to replace the character with a "straight quote".', r)
                    : diagnostics_error('Invalid character', 'This character is not used within the language.', r));
                break;
            default:
                break;
        }
    }
    return diags;
}

;// CONCATENATED MODULE: ./src/hcl/parser-state.ts

class ParserState {
    tokens;
    /** Set once the parser has skipped tokens; suppresses follow-on errors, as HCL does. */
    recovery = false;
    index = 0;
    newlines = [true];
    constructor(tokens) {
        this.tokens = tokens;
    }
    peek() {
        return this.tokenAt(this.nextIndex());
    }
    read() {
        const i = this.nextIndex();
        this.index = i < this.tokens.length ? i + 1 : this.tokens.length;
        return this.tokenAt(i);
    }
    nextRange() {
        return this.peek().range;
    }
    prevRange() {
        if (this.index === 0)
            return this.nextRange();
        return this.tokens[this.index - 1].range;
    }
    pushNewlines(include) {
        this.newlines.push(include);
    }
    popNewlines() {
        this.newlines.pop();
    }
    /** The index of the next significant token; tokens.length (meaning EOF) when none is left. */
    nextIndex() {
        const include = this.newlines[this.newlines.length - 1];
        const { tokens } = this;
        for (let i = this.index; i < tokens.length; i++) {
            const tok = tokens[i];
            if (tok.type === 'Comment') {
                // A line comment ends its line: where newlines matter, it stands for the newline it swallowed.
                if (include && tok.text.endsWith('\n'))
                    return i;
                continue;
            }
            if (tok.type === 'Newline' && !include)
                continue;
            return i;
        }
        return tokens.length;
    }
    tokenAt(i) {
        if (i >= this.tokens.length)
            return this.tokens[this.tokens.length - 1];
        const tok = this.tokens[i];
        return tok.type === 'Comment' ? { type: 'Newline', text: '\n', range: tok.range } : tok;
    }
    /** Skips to the token `end` that closes the current bracket (counting nesting) and returns it, or EOF. */
    recover(end) {
        const start = opposite(end);
        this.recovery = true;
        let nest = 0;
        for (;;) {
            const tok = this.read();
            const type = end === 'TemplateSeqEnd' && tok.type === 'TemplateControl' ? 'TemplateInterp' : tok.type;
            if (type === start)
                nest++;
            else if (type === end) {
                if (nest < 1)
                    return tok;
                nest--;
            }
            else if (type === 'EOF')
                return tok;
        }
    }
    /** Skips to the next `start` bracket, then past its closing partner. */
    recoverOver(start) {
        for (;;) {
            const tok = this.read();
            if (tok.type === start || tok.type === 'EOF')
                break;
        }
        this.recover(opposite(start) ?? 'EOF');
    }
    /** Skips to the newline that ends the current body item, outside of any brackets. */
    recoverAfterBodyItem() {
        this.recovery = true;
        const open = [];
        for (;;) {
            const tok = this.read();
            switch (tok.type) {
                case 'Newline':
                    if (open.length === 0)
                        return;
                    break;
                case 'EOF':
                    return;
                case 'OBrace':
                case 'OBrack':
                case 'OParen':
                case 'OQuote':
                case 'OHeredoc':
                case 'TemplateInterp':
                case 'TemplateControl':
                    open.push(tok.type);
                    break;
                case 'CBrace':
                case 'CBrack':
                case 'CParen':
                case 'CQuote':
                case 'CHeredoc': {
                    const opener = opposite(tok.type);
                    while (open.length > 0 && open[open.length - 1] !== opener)
                        open.pop();
                    open.pop();
                    break;
                }
                case 'TemplateSeqEnd':
                    while (open.length > 0 && open[open.length - 1] !== 'TemplateInterp' && open[open.length - 1] !== 'TemplateControl') {
                        open.pop();
                    }
                    open.pop();
                    break;
                default:
                    break;
            }
        }
    }
}
function isKeyword(tok, word) {
    return tok.type === 'Ident' && tok.text === word;
}

;// CONCATENATED MODULE: ./src/hcl/string-literal.ts
// Decoding the literal parts of templates: escapes `\n \r \t \" \\ \uNNNN \UNNNNNNNN` in quoted strings, and the
// `$${` / `%%{` escapes of template sequences in both quoted strings and heredocs.


const quotedPiece = /\\[uU][0-9a-fA-F]*|\\[\s\S]?|\$\$\{|%%\{|[^\\]+?(?=\\|\$\$\{|%%\{|$)/gy;
const unquotedPiece = /\$\$\{|%%\{|[\s\S]+?(?=\$\$\{|%%\{|$)/gy;
function decodeStringLiteral(text, quoted, range) {
    const diags = [];
    let out = '';
    let pos = range.start;
    const piece = quoted ? quotedPiece : unquotedPiece;
    piece.lastIndex = 0;
    let m;
    while (piece.lastIndex < text.length && (m = piece.exec(text)) !== null) {
        const s = m[0];
        const start = pos;
        pos = advance(pos, s);
        const here = () => ({ file: range.file, start, end: pos });
        if (s === '$${' || s === '%%{') {
            out += s.slice(1);
        }
        else if (quoted && s.startsWith('\\')) {
            out += decodeEscape(s, here, diags);
        }
        else
            out += s;
    }
    return { value: out, diags };
}
function decodeEscape(s, here, diags) {
    if (s.length < 2) {
        diags.push(diagnostics_error('Invalid escape sequence', 'Backslash must be followed by an escape sequence selector character.', here()));
        return s;
    }
    const sel = s[1];
    switch (sel) {
        case 'n':
            return '\n';
        case 'r':
            return '\r';
        case 't':
            return '\t';
        case '"':
            return '"';
        case '\\':
            return '\\';
        case 'u':
        case 'U': {
            const want = sel === 'u' ? 4 : 8;
            const hex = s.slice(2, 2 + want);
            if (hex.length !== want) {
                diags.push(diagnostics_error('Invalid escape sequence', sel === 'u'
                    ? 'The \\u escape sequence must be followed by four hexadecimal digits.'
                    : 'The \\U escape sequence must be followed by eight hexadecimal digits.', here()));
                return s;
            }
            const code = parseInt(hex, 16);
            if (code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) {
                const shown = code.toString(16).padStart(4, '0');
                diags.push(diagnostics_error('Invalid escape sequence', `Cannot encode character U+${shown} in UTF-8.`, here()));
                return s;
            }
            return String.fromCodePoint(code) + s.slice(2 + want);
        }
        default:
            diags.push(diagnostics_error('Invalid escape sequence', `The symbol ${JSON.stringify(s.slice(1))} is not a valid escape sequence selector.`, here()));
            return s.slice(1);
    }
}

;// CONCATENATED MODULE: ./src/hcl/parse-template.ts
// Templates (hclsyntax/parser_template.go): the token stream between the quotes or heredoc markers becomes a list
// of parts (literals, interpolations, directives); `~` strip markers, `<<-` dedent and merging of adjacent literals
// are applied to that list, and then directives are nested into conditionals and for expressions.







const leadingSpace = /^\s+/u;
const trailingSpace = /\s+$/u;
function parseTemplateInner(p, end, flush) {
    const [parts, range, diags] = parseTemplateParts(p, end);
    if (flush)
        flushHeredoc(parts);
    meldLiterals(parts);
    const tp = new TemplateParser(parts);
    const exprs = tp.parseRoot();
    diags.push(...tp.diags);
    const passthru = parts.length === 2 && parts[0].kind === 'interp';
    return { parts: exprs, passthru, range, diags };
}
function parseTemplateParts(p, end) {
    const parts = [];
    const diags = [];
    const startRange = p.nextRange();
    let ltrimNext = false;
    let nextCanTrimPrev = false;
    let endRange = startRange;
    const trimPrev = (text, canTrimPrev) => {
        const prev = parts[parts.length - 1];
        if (canTrimPrev && text.length === 3 && text[2] === '~' && prev?.kind === 'literal') {
            prev.value = prev.value.replace(trailingSpace, '');
        }
    };
    for (;;) {
        const next = p.read();
        if (next.type === end) {
            endRange = next.range;
            break;
        }
        const ltrim = ltrimNext;
        ltrimNext = false;
        const canTrimPrev = nextCanTrimPrev;
        nextCanTrimPrev = false;
        if (next.type === 'StringLit' || next.type === 'QuotedLit') {
            const decoded = decodeStringLiteral(next.text, next.type === 'QuotedLit', next.range);
            diags.push(...decoded.diags);
            parts.push({ kind: 'literal', value: ltrim ? decoded.value.replace(leadingSpace, '') : decoded.value, range: next.range });
            nextCanTrimPrev = true;
        }
        else if (next.type === 'TemplateInterp') {
            trimPrev(next.text, canTrimPrev);
            p.pushNewlines(false);
            const [expr, exprDiags] = parseExpression(p);
            diags.push(...exprDiags);
            const close = p.peek();
            if (close.type !== 'TemplateSeqEnd') {
                if (!p.recovery)
                    diags.push(interpCloseError(close.type, end, close.range, startRange));
                p.recover('TemplateSeqEnd');
            }
            else {
                p.read();
                if (close.text.length === 2 && close.text[0] === '~')
                    ltrimNext = true;
            }
            p.popNewlines();
            parts.push({ kind: 'interp', expr, range: rangeBetween(next.range, close.range) });
        }
        else if (next.type === 'TemplateControl') {
            trimPrev(next.text, canTrimPrev);
            p.pushNewlines(false);
            const ok = parseDirective(p, next.range, parts, diags);
            if (ok) {
                const close = p.peek();
                if (close.type !== 'TemplateSeqEnd') {
                    if (!p.recovery) {
                        diags.push(diagnostics_error(`Extra characters in ${ok} marker`, 'Expected a closing brace to end the sequence, but found extra characters.', close.range));
                    }
                    p.recover('TemplateSeqEnd');
                }
                else {
                    p.read();
                    if (close.text.length === 2 && close.text[0] === '~')
                        ltrimNext = true;
                }
            }
            p.popNewlines();
        }
        else {
            if (!p.recovery)
                diags.push(diagnostics_error('Unterminated template string', 'No closing marker was found for the string.', next.range));
            endRange = p.recover(end).range;
            break;
        }
    }
    if (parts.length === 0)
        parts.push({ kind: 'literal', value: '', range: endOf(startRange) });
    parts.push({ kind: 'end', range: endRange });
    return [parts, rangeBetween(startRange, endRange), diags];
}
function interpCloseError(found, end, at, startRange) {
    if (found === 'EOF') {
        return diagnostics_error('Unclosed template interpolation sequence', 'There is no closing brace for this interpolation sequence before the end of the file. This might be caused by incorrect nesting inside the given expression.', startRange);
    }
    if (found === 'Colon') {
        return diagnostics_error('Extra characters after interpolation expression', 'Template interpolation doesn\'t expect a colon at this location. Did you intend this to be a literal sequence to be processed as part of another language? If so, you can escape it by starting with "$${" instead of just "${".', at);
    }
    if ((found === 'CQuote' || found === 'OQuote') && end === 'CQuote') {
        return diagnostics_error('Unclosed template interpolation sequence', 'There is no closing brace for this interpolation sequence before the end of the quoted template. This might be caused by incorrect nesting inside the given expression.', startRange);
    }
    return diagnostics_error('Extra characters after interpolation expression', 'Expected a closing brace to end the interpolation expression, but found extra characters.\n\nThis can happen when you include interpolation syntax for another language, such as shell scripting, but forget to escape the interpolation start token. If this is an embedded sequence for another language, escape it by starting with "$${" instead of just "${".', at);
}
const directiveKeywords = ['if', 'for', 'else', 'endif', 'endfor'];
/** Parses the inside of `%{ … }` up to its closing brace; returns the keyword, or undefined after recovering. */
function parseDirective(p, openRange, parts, diags) {
    const kw = p.peek();
    const bail = (summary, detail, at) => {
        if (!p.recovery)
            diags.push(diagnostics_error(summary, detail, at));
        p.recover('TemplateSeqEnd');
        return undefined;
    };
    if (kw.type !== 'Ident') {
        return bail('Invalid template directive', 'A template directive keyword ("if", "for", etc) is expected at the beginning of a %{ sequence.', kw.range);
    }
    p.read();
    const span = () => rangeBetween(openRange, p.nextRange());
    switch (kw.text) {
        case 'if': {
            const [cond, condDiags] = parseExpression(p);
            diags.push(...condDiags);
            parts.push({ kind: 'if', cond, range: span() });
            return kw.text;
        }
        case 'else':
        case 'endif':
        case 'endfor':
            parts.push({ kind: 'endCtrl', name: kw.text, range: span() });
            return kw.text;
        case 'for': {
            if (p.peek().type !== 'Ident')
                return bail("Invalid 'for' directive", "For directive requires variable name after 'for'.", p.peek().range);
            let valVar = p.read().text;
            let keyVar;
            if (p.peek().type === 'Comma') {
                keyVar = valVar;
                p.read();
                if (p.peek().type !== 'Ident') {
                    return bail("Invalid 'for' directive", 'For directive requires value variable name after comma.', p.peek().range);
                }
                valVar = p.read().text;
            }
            if (!isKeyword(p.peek(), 'in'))
                return bail("Invalid 'for' directive", "For directive requires 'in' keyword after names.", p.peek().range);
            p.read();
            const [coll, collDiags] = parseExpression(p);
            diags.push(...collDiags);
            parts.push({ kind: 'for', keyVar, valVar, coll, range: span() });
            return kw.text;
        }
        default: {
            const suggestion = nameSuggestion(kw.text, directiveKeywords);
            return bail('Invalid template control keyword', `${JSON.stringify(kw.text)} is not a valid template control keyword.${suggestion ? ` Did you mean ${JSON.stringify(suggestion)}?` : ''}`, kw.range);
        }
    }
}
/** `<<-`: removes the smallest indentation shared by all lines (blank lines do not count). */
function flushHeredoc(parts) {
    let minSpaces = Number.MAX_SAFE_INTEGER;
    let newline = true;
    const adjust = [];
    for (const part of parts) {
        if (newline) {
            newline = false;
            let spaces = Number.MAX_SAFE_INTEGER;
            if (part.kind === 'literal') {
                const trimmed = part.value.replace(leadingSpace, '');
                if (!(trimmed.length === 0 && part.value.endsWith('\n'))) {
                    spaces = graphemeCount(part.value.slice(0, part.value.length - trimmed.length));
                    adjust.push(part);
                }
            }
            else if (part.kind === 'end')
                break;
            else
                spaces = 0;
            if (spaces < minSpaces)
                minSpaces = spaces;
        }
        if (part.kind === 'literal' && part.value.endsWith('\n'))
            newline = true;
    }
    if (minSpaces === Number.MAX_SAFE_INTEGER)
        return;
    for (const lit of adjust) {
        const chars = Array.from(lit.value);
        const cut = chars.slice(0, minSpaces).join('');
        lit.value = lit.value.slice(cut.length);
        lit.range = {
            ...lit.range,
            start: { line: lit.range.start.line, column: lit.range.start.column + minSpaces, offset: lit.range.start.offset + cut.length },
        };
    }
}
function graphemeCount(s) {
    return Array.from(s).length;
}
function meldLiterals(parts) {
    let i = 1;
    while (i < parts.length) {
        const prev = parts[i - 1];
        const cur = parts[i];
        if (prev.kind === 'literal' && cur.kind === 'literal') {
            prev.value += cur.value;
            prev.range = { ...prev.range, end: cur.range.end };
            parts.splice(i, 1);
        }
        else
            i++;
    }
}
function rangeText(r) {
    return `${r.file}:${r.start.line},${r.start.column}-${r.end.line === r.start.line ? '' : `${r.end.line},`}${r.end.column}`;
}
function emptyString(range) {
    return { kind: 'literal', value: V.string(''), range };
}
function placeholder(range) {
    return { kind: 'literal', value: V.unknown(), range };
}
function templateOf(parts) {
    return { kind: 'template', parts, range: rangeBetween(parts[0].range, parts[parts.length - 1].range) };
}
/** Nests the flat list of parts into conditionals (`%{if}`) and joined for expressions (`%{for}`). */
class TemplateParser {
    parts;
    diags = [];
    pos = 0;
    constructor(parts) {
        this.parts = parts;
    }
    peek() {
        return this.parts[this.pos];
    }
    read() {
        const part = this.parts[this.pos];
        if (part.kind !== 'end')
            this.pos++;
        return part;
    }
    parseRoot() {
        const exprs = [];
        while (this.peek().kind !== 'end')
            exprs.push(this.parseExpr());
        return exprs;
    }
    parseExpr() {
        const next = this.peek();
        switch (next.kind) {
            case 'literal':
                this.read();
                return { kind: 'literal', value: V.string(next.value), range: next.range };
            case 'interp':
                this.read();
                return next.expr;
            case 'if':
                return this.parseIf(next);
            case 'for':
                return this.parseFor(next);
            case 'end':
                this.read();
                this.diags.push(diagnostics_error('Unexpected end of template', 'The control directives within this template are unbalanced.', next.range));
                return placeholder(next.range);
            case 'endCtrl':
                this.read();
                this.diags.push(diagnostics_error(`Unexpected ${next.name} directive`, 'The control directives within this template are unbalanced.', next.range));
                return placeholder(next.range);
        }
    }
    parseIf(open) {
        this.read();
        const ifExprs = [];
        const elseExprs = [];
        let current = ifExprs;
        let endifRange;
        for (;;) {
            const next = this.peek();
            if (next.kind === 'end') {
                this.diags.push(diagnostics_error('Unexpected end of template', `The if directive at ${rangeText(open.range)} is missing its corresponding endif directive.`, next.range));
                return placeholder(next.range);
            }
            if (next.kind === 'endCtrl') {
                this.read();
                if (next.name === 'else' && current === ifExprs) {
                    current = elseExprs;
                    continue;
                }
                if (next.name === 'endif') {
                    endifRange = next.range;
                    break;
                }
                this.diags.push(next.name === 'else'
                    ? diagnostics_error('Unexpected else directive', `Already in the else clause for the if started at ${rangeText(open.range)}.`, next.range)
                    : diagnostics_error(`Unexpected ${next.name} directive`, `Expecting an endif directive for the if started at ${rangeText(open.range)}.`, next.range));
                return placeholder(next.range);
            }
            current.push(this.parseExpr());
        }
        if (ifExprs.length === 0)
            ifExprs.push(emptyString(endOf(open.range)));
        if (elseExprs.length === 0)
            elseExprs.push(emptyString(startOf(endifRange)));
        return {
            kind: 'conditional',
            condition: open.cond,
            trueResult: templateOf(ifExprs),
            falseResult: templateOf(elseExprs),
            range: rangeBetween(open.range, endifRange),
        };
    }
    parseFor(open) {
        this.read();
        const content = [];
        let endforRange;
        for (;;) {
            const next = this.peek();
            if (next.kind === 'end') {
                this.diags.push(diagnostics_error('Unexpected end of template', `The for directive at ${rangeText(open.range)} is missing its corresponding endfor directive.`, next.range));
                return placeholder(next.range);
            }
            if (next.kind === 'endCtrl') {
                this.read();
                if (next.name === 'endfor') {
                    endforRange = next.range;
                    break;
                }
                this.diags.push(next.name === 'else'
                    ? diagnostics_error('Unexpected else directive', 'An else clause is not expected for a for directive.', next.range)
                    : diagnostics_error(`Unexpected ${next.name} directive`, `Expecting an endfor directive corresponding to the for directive at ${rangeText(open.range)}.`, next.range));
                return placeholder(next.range);
            }
            content.push(this.parseExpr());
        }
        if (content.length === 0)
            content.push(emptyString(endOf(open.range)));
        const tuple = {
            kind: 'for',
            keyVar: open.keyVar,
            valVar: open.valVar,
            collection: open.coll,
            valueExpr: templateOf(content),
            group: false,
            openRange: open.range,
            closeRange: endforRange,
            range: rangeBetween(open.range, endforRange),
        };
        return { kind: 'templateJoin', tuple, range: tuple.range };
    }
}

;// CONCATENATED MODULE: ./src/hcl/parse-expression.ts
// Recursive-descent parsing of HCL expressions (hclsyntax/parser.go's expression half): conditional, six binary
// precedence levels, unary operators, terms and their traversal/index/splat suffixes, calls, tuples, objects, for.





const binaryLevels = [
    { Or: '||' },
    { And: '&&' },
    { EqualOp: '==', NotEqual: '!=' },
    { GreaterThan: '>', GreaterThanEq: '>=', LessThan: '<', LessThanEq: '<=' },
    { Plus: '+', Minus: '-' },
    { Star: '*', Slash: '/', Percent: '%' },
];
function parse_expression_placeholder(range) {
    return { kind: 'literal', value: V.unknown(), range };
}
function parseExpression(p) {
    const startRange = p.nextRange();
    const first = parseBinaryOps(p, 0);
    const [cond, condDiags] = first;
    if (p.recovery && hasErrors(condDiags))
        return first;
    if (p.peek().type !== 'Question')
        return first;
    const diags = [...condDiags];
    p.read();
    const [trueResult, trueDiags] = parseExpression(p);
    diags.push(...trueDiags);
    if (p.recovery && hasErrors(trueDiags))
        return [cond, diags];
    const colon = p.peek();
    if (colon.type !== 'Colon') {
        diags.push(diagnostics_error('Missing false expression in conditional', 'The conditional operator (...?...:...) requires a false expression, delimited by a colon.', colon.range));
        return [cond, diags];
    }
    p.read();
    const [falseResult, falseDiags] = parseExpression(p);
    diags.push(...falseDiags);
    if (p.recovery && hasErrors(falseDiags))
        return [cond, diags];
    return [{ kind: 'conditional', condition: cond, trueResult, falseResult, range: rangeBetween(startRange, falseResult.range) }, diags];
}
function parseBinaryOps(p, level) {
    if (level === binaryLevels.length)
        return parseExpressionWithTraversals(p);
    const ops = binaryLevels[level];
    const first = parseBinaryOps(p, level + 1);
    if (p.recovery && hasErrors(first[1]))
        return first;
    if (ops[p.peek().type] === undefined)
        return first;
    let [lhs] = first;
    const diags = [...first[1]];
    for (;;) {
        const op = ops[p.peek().type];
        if (op === undefined)
            break;
        p.read();
        const [rhs, rhsDiags] = parseBinaryOps(p, level + 1);
        diags.push(...rhsDiags);
        if (p.recovery && hasErrors(rhsDiags))
            return [lhs, diags];
        lhs = { kind: 'binaryOp', op, lhs, rhs, range: rangeBetween(lhs.range, rhs.range) };
    }
    return [lhs, diags];
}
function parseExpressionWithTraversals(p) {
    const first = parseExpressionTerm(p);
    const next = p.peek().type;
    if (next !== 'Dot' && next !== 'OBrack')
        return first;
    const [ret, more] = parseExpressionTraversals(p, first[0]);
    return [ret, [...first[1], ...more]];
}
function appendStep(expr, step) {
    if (expr.kind === 'scopeTraversal' || expr.kind === 'relativeTraversal') {
        return { ...expr, steps: [...expr.steps, step], range: rangeBetween(expr.range, step.range) };
    }
    return { kind: 'relativeTraversal', source: expr, steps: [step], range: rangeBetween(expr.range, step.range) };
}
function numberLitValue(tok) {
    if (/^[0-9]+(\.[0-9]+)?([eE][+-]?[0-9]+)?$/.test(tok.text))
        return [Number(tok.text), []];
    return [NaN, [diagnostics_error('Invalid number literal', 'Failed to recognize the value of this number literal.', tok.range)]];
}
function numberLiteral(tok) {
    const [n, diags] = numberLitValue(tok);
    return [{ kind: 'literal', value: Number.isNaN(n) ? V.unknown({ kind: 'number' }) : V.number(n), range: tok.range }, diags];
}
/** `.0` and `.0.1` (legacy index steps); the second form is an error HCL explains. */
function legacyIndexStep(p, dot, num, diags, inSplat, subject) {
    const range = rangeBetween(dot.range, num.range);
    const dotAt = num.text.indexOf('.');
    if (dotAt >= 0) {
        const [first, second] = [num.text.slice(0, dotAt), num.text.slice(dotAt + 1)];
        const how = inSplat ? 'proper index syntax with a full splat expression [*] instead' : 'proper index syntax instead';
        diags.push(diagnostics_error('Invalid legacy index syntax', `When using the legacy index syntax, chaining two indexes together is not permitted. Use the ${how}, like [${first}][${second}].`, subject));
        return { kind: 'index', key: V.unknown(), range };
    }
    const [n, numDiags] = numberLitValue(num);
    diags.push(...numDiags);
    return { kind: 'index', key: Number.isNaN(n) ? V.unknown({ kind: 'number' }) : V.number(n), range };
}
function parseExpressionTraversals(p, from) {
    const diags = [];
    let ret = from;
    for (;;) {
        const next = p.peek();
        if (next.type === 'Dot') {
            const dot = p.read();
            const attrTok = p.peek();
            if (attrTok.type === 'Ident') {
                p.read();
                ret = appendStep(ret, { kind: 'attr', name: attrTok.text, range: rangeBetween(dot.range, attrTok.range) });
            }
            else if (attrTok.type === 'NumberLit') {
                p.read();
                ret = appendStep(ret, legacyIndexStep(p, dot, attrTok, diags, false, attrTok.range));
            }
            else if (attrTok.type === 'Star') {
                ret = parseAttrSplat(p, ret, from, dot, diags);
            }
            else {
                diags.push(diagnostics_error('Invalid attribute name', 'An attribute name is required after a dot.', attrTok.range));
                ret = parse_expression_placeholder(rangeBetween(from.range, dot.range));
                p.recovery = true;
            }
        }
        else if (next.type === 'OBrack') {
            const open = p.read();
            if (p.peek().type === 'Star') {
                p.read();
                let close = p.read();
                if (close.type !== 'CBrack' && !p.recovery) {
                    // HCL reports this at the token recovery stops at (its diagnostic aliases the reassigned token).
                    close = p.recover('CBrack');
                    diags.push(diagnostics_error('Missing close bracket on splat index', 'The star for a full splat operator must be immediately followed by a closing bracket ("]").', close.range));
                }
                const item = { kind: 'anonSymbol', range: rangeBetween(open.range, close.range) };
                const [each, eachDiags] = parseExpressionTraversals(p, item);
                diags.push(...eachDiags);
                ret = {
                    kind: 'splat',
                    source: ret,
                    each,
                    item,
                    markerRange: item.range,
                    range: rangeBetween(from.range, each.range),
                };
            }
            else {
                p.pushNewlines(false);
                const [key, keyDiags] = parseExpression(p);
                diags.push(...keyDiags);
                let close;
                if (p.recovery && hasErrors(keyDiags))
                    close = p.recover('CBrack');
                else {
                    close = p.read();
                    if (close.type !== 'CBrack' && !p.recovery) {
                        close = p.recover('CBrack');
                        diags.push(diagnostics_error('Missing close bracket on index', 'The index operator must end with a closing bracket ("]").', close.range));
                    }
                }
                p.popNewlines();
                const bracketRange = rangeBetween(open.range, close.range);
                const literalKey = key.kind === 'literal' ? key : key.kind === 'template' ? literalTemplate(key.parts) : undefined;
                if (literalKey)
                    ret = appendStep(ret, { kind: 'index', key: literalKey.value, range: bracketRange });
                else
                    ret = { kind: 'index', collection: ret, key, bracketRange, range: rangeBetween(from.range, bracketRange) };
            }
        }
        else
            break;
    }
    return [ret, diags];
}
function literalTemplate(parts) {
    if (parts.length === 0)
        return { value: V.string('') };
    if (parts.length !== 1)
        return undefined;
    const [only] = parts;
    if (only.kind === 'literal' && only.value.kind === 'string')
        return { value: only.value };
    return undefined;
}
/** `.*` followed by attribute (and legacy index) steps applied to each element. */
function parseAttrSplat(p, ret, from, dot, diags) {
    const marker = p.read();
    const steps = [];
    const firstRange = p.nextRange();
    let lastRange = marker.range;
    while (p.peek().type === 'Dot') {
        const stepDot = p.read();
        const tok = p.peek();
        if (tok.type === 'NumberLit') {
            p.read();
            steps.push(legacyIndexStep(p, stepDot, tok, diags, true, marker.range));
            lastRange = tok.range;
            continue;
        }
        if (tok.type !== 'Ident') {
            if (!p.recovery) {
                if (tok.type === 'Star') {
                    diags.push(diagnostics_error('Nested splat expression not allowed', 'A splat expression (*) cannot be used inside another attribute-only splat expression.', tok.range));
                }
                else
                    diags.push(diagnostics_error('Invalid attribute name', 'An attribute name is required after a dot.', marker.range));
            }
            p.recovery = true;
            break;
        }
        p.read();
        steps.push({ kind: 'attr', name: tok.text, range: rangeBetween(stepDot.range, tok.range) });
        lastRange = tok.range;
    }
    const item = { kind: 'anonSymbol', range: rangeBetween(dot.range, marker.range) };
    const each = steps.length === 0 ? item : { kind: 'relativeTraversal', source: item, steps, range: rangeBetween(firstRange, lastRange) };
    return { kind: 'splat', source: ret, each, item, markerRange: item.range, range: rangeBetween(from.range, lastRange) };
}
function parseExpressionTerm(p) {
    const start = p.peek();
    switch (start.type) {
        case 'OParen': {
            const oParen = p.read();
            p.pushNewlines(false);
            const [expr, diags] = parseExpression(p);
            if (hasErrors(diags)) {
                p.recover('CParen');
                p.popNewlines();
                return [expr, diags];
            }
            const close = p.peek();
            if (close.type !== 'CParen') {
                diags.push(diagnostics_error('Unbalanced parentheses', 'Expected a closing parenthesis to terminate the expression.', close.range));
                p.recovery = true;
            }
            const cParen = p.read();
            p.popNewlines();
            return [{ kind: 'parentheses', expr, range: rangeBetween(oParen.range, cParen.range) }, diags];
        }
        case 'NumberLit':
            return numberLiteral(p.read());
        case 'Ident': {
            const tok = p.read();
            const after = p.peek().type;
            if (after === 'OParen' || after === 'DoubleColon')
                return finishParsingFunctionCall(p, tok);
            if (tok.text === 'true' || tok.text === 'false') {
                return [{ kind: 'literal', value: V.bool(tok.text === 'true'), range: tok.range }, []];
            }
            if (tok.text === 'null')
                return [{ kind: 'literal', value: V.null(), range: tok.range }, []];
            return [{ kind: 'scopeTraversal', root: tok.text, rootRange: tok.range, steps: [], range: tok.range }, []];
        }
        case 'OQuote':
        case 'OHeredoc': {
            const open = p.read();
            const closer = open.type === 'OQuote' ? 'CQuote' : 'CHeredoc';
            const flush = open.type === 'OHeredoc' && open.text.startsWith('<<-');
            const { parts, passthru, diags } = parseTemplateInner(p, closer, flush);
            const range = rangeBetween(open.range, p.prevRange());
            if (passthru)
                return [{ kind: 'templateWrap', wrapped: parts[0], range }, diags];
            return [{ kind: 'template', parts, range }, diags];
        }
        case 'Minus':
        case 'Bang': {
            const tok = p.read();
            const [operand, diags] = parseExpressionWithTraversals(p);
            const op = tok.type === 'Minus' ? '-' : '!';
            return [{ kind: 'unaryOp', op, operand, symbolRange: tok.range, range: rangeBetween(tok.range, operand.range) }, diags];
        }
        case 'OBrack':
            return parseTupleCons(p);
        case 'OBrace':
            return parseObjectCons(p);
        default: {
            const diags = [];
            if (!p.recovery) {
                diags.push(start.type === 'EOF'
                    ? diagnostics_error('Missing expression', 'Expected the start of an expression, but found the end of the file.', start.range)
                    : diagnostics_error('Invalid expression', 'Expected the start of an expression, but found an invalid expression token.', start.range));
            }
            p.recovery = true;
            return [parse_expression_placeholder(start.range), diags];
        }
    }
}
function finishParsingFunctionCall(p, name) {
    const diags = [];
    let openTok = p.read();
    let nameStr = name.text;
    let nameEnd = name.range;
    while (openTok.type === 'DoubleColon') {
        const nextName = p.read();
        if (nextName.type !== 'Ident') {
            diags.push(diagnostics_error('Missing function name', 'Function scope resolution symbol :: must be followed by a function name in this scope.', nextName.range));
            p.recoverOver('OParen');
            return [parse_expression_placeholder(rangeBetween(name.range, nextName.range)), diags];
        }
        nameStr = `${nameStr}::${nextName.text}`;
        nameEnd = nextName.range;
        openTok = p.read();
    }
    const nameRange = rangeBetween(name.range, nameEnd);
    if (openTok.type !== 'OParen') {
        diags.push(diagnostics_error('Missing open parenthesis', 'Function selector must be followed by an open parenthesis to begin the function call.', openTok.range));
        p.recoverOver('OParen');
        return [parse_expression_placeholder(rangeBetween(name.range, openTok.range)), diags];
    }
    const args = [];
    let expandFinal = false;
    let closeTok;
    p.pushNewlines(false);
    for (;;) {
        if (p.peek().type === 'CParen') {
            closeTok = p.read();
            break;
        }
        const [arg, argDiags] = parseExpression(p);
        args.push(arg);
        diags.push(...argDiags);
        if (p.recovery && hasErrors(argDiags)) {
            const recovered = p.recover('CParen');
            if (recovered.type === 'CParen')
                closeTok = recovered;
            break;
        }
        const sep = p.read();
        if (sep.type === 'CParen') {
            closeTok = sep;
            break;
        }
        if (sep.type === 'Ellipsis') {
            expandFinal = true;
            if (p.peek().type !== 'CParen') {
                if (!p.recovery) {
                    diags.push(diagnostics_error('Missing closing parenthesis', 'An expanded function argument (with ...) must be immediately followed by closing parentheses.', sep.range));
                }
                closeTok = p.recover('CParen');
            }
            else
                closeTok = p.read();
            break;
        }
        if (sep.type !== 'Comma') {
            if (sep.type === 'EOF') {
                diags.push(diagnostics_error('Unterminated function call', 'There is no closing parenthesis for this function call before the end of the file. This may be caused by incorrect parenthesis nesting elsewhere in this file.', rangeBetween(name.range, openTok.range)));
            }
            else {
                diags.push(diagnostics_error('Missing argument separator', 'A comma is required to separate each function argument from the next.', sep.range));
            }
            closeTok = p.recover('CParen');
            break;
        }
        if (p.peek().type === 'CParen') {
            closeTok = p.read();
            break;
        }
    }
    p.popNewlines();
    const closeRange = closeTok?.range ?? p.prevRange();
    return [
        {
            kind: 'functionCall',
            name: nameStr,
            nameRange,
            args,
            expandFinal,
            openParenRange: openTok.range,
            closeParenRange: closeRange,
            range: rangeBetween(name.range, closeRange),
        },
        diags,
    ];
}
function parseTupleCons(p) {
    const open = p.read();
    p.pushNewlines(false);
    try {
        if (isKeyword(p.peek(), 'for'))
            return finishParsingForExpr(p, open);
        const diags = [];
        const items = [];
        let close;
        for (;;) {
            if (p.peek().type === 'CBrack') {
                close = p.read();
                break;
            }
            const [expr, exprDiags] = parseExpression(p);
            items.push(expr);
            diags.push(...exprDiags);
            if (p.recovery && hasErrors(exprDiags)) {
                close = p.recover('CBrack');
                break;
            }
            const next = p.peek();
            if (next.type === 'CBrack') {
                close = p.read();
                break;
            }
            if (next.type !== 'Comma') {
                if (!p.recovery) {
                    diags.push(next.type === 'EOF'
                        ? diagnostics_error('Unterminated tuple constructor expression', 'There is no corresponding closing bracket before the end of the file. This may be caused by incorrect bracket nesting elsewhere in this file.', open.range)
                        : diagnostics_error('Missing item separator', 'Expected a comma to mark the beginning of the next item.', next.range));
                }
                close = p.recover('CBrack');
                break;
            }
            p.read();
        }
        return [{ kind: 'tuple', items, openRange: open.range, range: rangeBetween(open.range, close.range) }, diags];
    }
    finally {
        p.popNewlines();
    }
}
const unterminatedObject = 'There is no corresponding closing brace before the end of the file. This may be caused by incorrect brace nesting elsewhere in this file.';
function parseObjectCons(p) {
    const open = p.read();
    p.pushNewlines(false);
    const isFor = isKeyword(p.peek(), 'for');
    p.popNewlines();
    if (isFor)
        return finishParsingForExpr(p, open);
    p.pushNewlines(true);
    const diags = [];
    const items = [];
    let close;
    for (;;) {
        const next = p.peek();
        if (next.type === 'Newline') {
            p.read();
            continue;
        }
        if (next.type === 'CBrace') {
            close = p.read();
            break;
        }
        const forceNonLiteral = next.type === 'OParen';
        const [keyExpr, keyDiags] = parseExpression(p);
        diags.push(...keyDiags);
        if (p.recovery && hasErrors(keyDiags)) {
            close = p.recover('CBrace');
            break;
        }
        const key = { kind: 'objectKey', wrapped: keyExpr, forceNonLiteral, range: keyExpr.range };
        const sep = p.peek();
        if (sep.type !== 'Equal' && sep.type !== 'Colon') {
            if (!p.recovery) {
                switch (sep.type) {
                    case 'Newline':
                    case 'Comma':
                        diags.push(diagnostics_error('Missing attribute value', 'Expected an attribute value, introduced by an equals sign ("=").', sep.range));
                        break;
                    case 'Ident':
                        diags.push(diagnostics_error('Missing key/value separator', 'Expected an equals sign ("=") to mark the beginning of the attribute value. If you intended to given an attribute name containing periods or spaces, write the name in quotes to create a string literal.', sep.range));
                        break;
                    case 'EOF':
                        diags.push(diagnostics_error('Unterminated object constructor expression', unterminatedObject, open.range));
                        break;
                    default:
                        diags.push(diagnostics_error('Missing key/value separator', 'Expected an equals sign ("=") to mark the beginning of the attribute value.', sep.range));
                }
            }
            close = p.recover('CBrace');
            break;
        }
        p.read();
        const [value, valueDiags] = parseExpression(p);
        diags.push(...valueDiags);
        if (p.recovery && hasErrors(valueDiags)) {
            close = p.recover('CBrace');
            break;
        }
        items.push({ key, value });
        const after = p.peek();
        if (after.type === 'CBrace') {
            close = p.read();
            break;
        }
        if (after.type !== 'Comma' && after.type !== 'Newline') {
            if (!p.recovery) {
                diags.push(after.type === 'EOF'
                    ? diagnostics_error('Unterminated object constructor expression', unterminatedObject, open.range)
                    : diagnostics_error('Missing attribute separator', 'Expected a newline or comma to mark the beginning of the next attribute.', after.range));
            }
            close = p.recover('CBrace');
            break;
        }
        p.read();
    }
    p.popNewlines();
    return [{ kind: 'object', items, openRange: open.range, range: rangeBetween(open.range, close.range) }, diags];
}
function finishParsingForExpr(p, open) {
    p.pushNewlines(false);
    try {
        return parseForBody(p, open);
    }
    finally {
        p.popNewlines();
    }
}
function parseForBody(p, open) {
    p.read();
    const makeObj = open.type === 'OBrace';
    const closeType = makeObj ? 'CBrace' : 'CBrack';
    const diags = [];
    const fail = (detail) => {
        if (detail !== undefined && !p.recovery)
            diags.push(diagnostics_error("Invalid 'for' expression", detail, p.peek().range));
        const close = p.recover(closeType);
        return [parse_expression_placeholder(rangeBetween(open.range, close.range)), diags];
    };
    if (p.peek().type !== 'Ident')
        return fail("For expression requires variable name after 'for'.");
    let valVar = p.read().text;
    let keyVar;
    if (p.peek().type === 'Comma') {
        keyVar = valVar;
        p.read();
        if (p.peek().type !== 'Ident')
            return fail('For expression requires value variable name after comma.');
        valVar = p.read().text;
    }
    if (!isKeyword(p.peek(), 'in'))
        return fail("For expression requires the 'in' keyword after its name declarations.");
    p.read();
    const [collection, collDiags] = parseExpression(p);
    diags.push(...collDiags);
    if (p.recovery && hasErrors(collDiags))
        return fail(undefined);
    if (p.peek().type !== 'Colon')
        return fail('For expression requires a colon after the collection expression.');
    p.read();
    let keyExpr;
    let keyDiags = [];
    let [valueExpr, valDiags] = parseExpression(p);
    if (p.peek().type === 'FatArrow') {
        p.read();
        keyExpr = valueExpr;
        keyDiags = valDiags;
        [valueExpr, valDiags] = parseExpression(p);
    }
    diags.push(...keyDiags, ...valDiags);
    if (p.recovery && (hasErrors(keyDiags) || hasErrors(valDiags)))
        return fail(undefined);
    let ellipsis;
    if (p.peek().type === 'Ellipsis')
        ellipsis = p.read();
    let condition;
    if (isKeyword(p.peek(), 'if')) {
        p.read();
        const [cond, condDiags] = parseExpression(p);
        condition = cond;
        diags.push(...condDiags);
        if (p.recovery && hasErrors(condDiags))
            return fail(undefined);
    }
    let close;
    if (p.peek().type === closeType)
        close = p.read();
    else {
        if (!p.recovery)
            diags.push(diagnostics_error("Invalid 'for' expression", "Extra characters after the end of the 'for' expression.", p.peek().range));
        close = p.recover(closeType);
    }
    if (!makeObj) {
        if (keyExpr)
            diags.push(diagnostics_error("Invalid 'for' expression", 'Key expression is not valid when building a tuple.', keyExpr.range));
        if (ellipsis) {
            diags.push(diagnostics_error("Invalid 'for' expression", 'Grouping ellipsis (...) cannot be used when building a tuple.', ellipsis.range));
        }
    }
    else if (!keyExpr) {
        diags.push(diagnostics_error("Invalid 'for' expression", 'Key expression is required when building an object.', valueExpr.range));
    }
    const forExpr = {
        kind: 'for',
        keyVar,
        valVar,
        collection,
        keyExpr,
        valueExpr,
        condition,
        group: ellipsis !== undefined,
        openRange: open.range,
        closeRange: close.range,
        range: rangeBetween(open.range, close.range),
    };
    return [forExpr, diags];
}

;// CONCATENATED MODULE: ./src/hcl/parser.ts








const argumentRequired = 'An argument or block definition is required here.';
const argumentRequiredUseEquals = `${argumentRequired} To set an argument, use the equals sign "=" to introduce the argument value.`;
const unclosedBlock = 'There is no closing brace for this block before the end of the file. This may be caused by incorrect brace nesting elsewhere in this file.';
function rangeString(r) {
    const end = r.start.line === r.end.line ? `${r.end.column}` : `${r.end.line},${r.end.column}`;
    return `${r.file}:${r.start.line},${r.start.column}-${end}`;
}
function parseBody(p, end) {
    const items = [];
    const attrs = new Map();
    const diags = [];
    const startRange = p.prevRange();
    let endRange;
    for (;;) {
        const next = p.peek();
        if (next.type === end) {
            endRange = p.nextRange();
            p.read();
            break;
        }
        if (next.type === 'Newline') {
            p.read();
            continue;
        }
        if (next.type === 'Ident') {
            // A top-level item starts on a fresh line, so its errors are worth reporting even after an earlier recovery.
            if (end === 'EOF')
                p.recovery = false;
            const [item, itemDiags] = parseBodyItem(p);
            diags.push(...itemDiags);
            if (item?.kind === 'block')
                items.push(item);
            else if (item?.kind === 'attribute') {
                const existing = attrs.get(item.name);
                if (existing) {
                    diags.push(diagnostics_error('Attribute redefined', `The argument ${JSON.stringify(item.name)} was already set at ${rangeString(existing.nameRange)}. Each argument may be set only once.`, item.nameRange));
                }
                else {
                    attrs.set(item.name, item);
                    items.push(item);
                }
            }
            continue;
        }
        const bad = p.read();
        if (!p.recovery) {
            if (bad.type === 'OQuote')
                diags.push(diagnostics_error('Invalid argument name', 'Argument names must not be quoted.', bad.range));
            else if (bad.type === 'EOF') {
                diags.push(end === 'CBrace'
                    ? diagnostics_error('Unclosed configuration block', unclosedBlock, startRange)
                    : diagnostics_error('Unclosed configuration body', 'Found end of file before the end of this configuration body.', startRange));
            }
            else
                diags.push(diagnostics_error('Argument or block definition required', argumentRequired, bad.range));
        }
        endRange = p.prevRange();
        if (end === 'EOF' && bad.type !== 'EOF') {
            // At the top level, skip only the offending line so that later problems are reported too.
            p.recoverAfterBodyItem();
            continue;
        }
        p.recover(end);
        break;
    }
    return [{ items, range: rangeBetween(startRange, endRange) }, diags];
}
function parseBodyItem(p) {
    const ident = p.read();
    const next = p.peek();
    if (next.type === 'Equal')
        return finishParsingBodyAttribute(p, ident, false);
    if (next.type === 'OQuote' || next.type === 'OBrace' || next.type === 'Ident')
        return finishParsingBodyBlock(p, ident);
    p.recoverAfterBodyItem();
    return [undefined, [diagnostics_error('Argument or block definition required', argumentRequiredUseEquals, ident.range)]];
}
function parseSingleAttrBody(p) {
    const ident = p.read();
    if (ident.type !== 'Ident') {
        p.recoverAfterBodyItem();
        return [undefined, [diagnostics_error('Argument or block definition required', argumentRequired, ident.range)]];
    }
    const next = p.peek();
    if (next.type === 'Equal') {
        const [attr, diags] = finishParsingBodyAttribute(p, ident, true);
        return [{ items: [attr], range: attr.range }, diags];
    }
    p.recoverAfterBodyItem();
    if (next.type === 'OQuote' || next.type === 'OBrace' || next.type === 'Ident') {
        return [
            undefined,
            [
                diagnostics_error('Argument definition required', `A single-line block definition can contain only a single argument. If you meant to define argument ${JSON.stringify(ident.text)}, use an equals sign to assign it a value. To define a nested block, place it on a line of its own within its parent block.`, rangeBetween(ident.range, next.range)),
            ],
        ];
    }
    return [undefined, [diagnostics_error('Argument or block definition required', argumentRequiredUseEquals, ident.range)]];
}
function finishParsingBodyAttribute(p, ident, singleLine) {
    p.read();
    let endRange;
    const [expr, diags] = parseExpression(p);
    if (p.recovery && hasErrors(diags)) {
        endRange = p.prevRange();
        p.recoverAfterBodyItem();
    }
    else {
        endRange = p.prevRange();
        if (!singleLine) {
            const end = p.peek();
            if (end.type !== 'Newline' && end.type !== 'EOF') {
                if (!p.recovery) {
                    diags.push(end.type === 'Comma'
                        ? diagnostics_error('Unexpected comma after argument', 'Argument definitions must be separated by newlines, not commas. An argument definition must end with a newline.', end.range)
                        : diagnostics_error('Missing newline after argument', 'An argument definition must end with a newline.', end.range));
                }
                endRange = p.prevRange();
                p.recoverAfterBodyItem();
            }
            else
                p.read();
        }
    }
    const attr = { kind: 'attribute', name: ident.text, nameRange: ident.range, expr, range: rangeBetween(ident.range, endRange) };
    return [attr, diags];
}
function parseQuotedLabel(p) {
    const oQuote = p.read();
    const diags = [];
    let value = '';
    let endRange;
    for (;;) {
        const tok = p.read();
        if (tok.type === 'CQuote') {
            endRange = tok.range;
            break;
        }
        if (tok.type === 'QuotedLit') {
            const decoded = decodeStringLiteral(tok.text, true, tok.range);
            diags.push(...decoded.diags);
            value += decoded.value;
            continue;
        }
        if (tok.type === 'TemplateInterp' || tok.type === 'TemplateControl') {
            const which = tok.type === 'TemplateControl' ? '%' : '$';
            diags.push(diagnostics_error('Invalid string literal', `Template sequences are not allowed in this string. To include a literal "${which}", double it (as "${which}${which}") to escape it.`, tok.range));
            value += `${which}{ ... }`;
            p.recover('TemplateSeqEnd');
            continue;
        }
        if (tok.type === 'EOF') {
            diags.push(diagnostics_error('Unterminated string literal', 'Unable to find the closing quote mark before the end of the file.', tok.range));
            endRange = tok.range;
            break;
        }
        diags.push(diagnostics_error('Invalid string literal', 'This item is not valid in a string literal.', tok.range));
        p.recover('CQuote');
        endRange = tok.range;
        break;
    }
    return [value, rangeBetween(oQuote.range, endRange), diags];
}
function finishParsingBodyBlock(p, ident) {
    const diags = [];
    const labels = [];
    const labelRanges = [];
    let oBrace;
    while (!oBrace) {
        const tok = p.peek();
        if (tok.type === 'OBrace')
            oBrace = p.read();
        else if (tok.type === 'OQuote') {
            const [label, labelRange, labelDiags] = parseQuotedLabel(p);
            diags.push(...labelDiags);
            labels.push(label);
            labelRanges.push(labelRange);
        }
        else if (tok.type === 'Ident') {
            p.read();
            labels.push(tok.text);
            labelRanges.push(tok.range);
        }
        else {
            if (tok.type === 'Equal') {
                diags.push(diagnostics_error('Invalid block definition', 'The equals sign "=" indicates an argument definition, and must not be used when defining a block.', tok.range));
            }
            else if (tok.type === 'Newline') {
                diags.push(diagnostics_error('Invalid block definition', 'A block definition must have block content delimited by "{" and "}", starting on the same line as the block header.', tok.range));
            }
            else if (!p.recovery) {
                diags.push(diagnostics_error('Invalid block definition', 'Either a quoted string block label or an opening brace ("{") is expected here.', tok.range));
            }
            p.recoverAfterBodyItem();
            const body = { items: [], range: ident.range };
            return [{ kind: 'block', type: ident.text, typeRange: ident.range, labels, labelRanges, body, range: ident.range, openBraceRange: ident.range }, diags];
        }
    }
    let body;
    let bodyDiags;
    const first = p.peek().type;
    if (first === 'Newline' || first === 'EOF' || first === 'CBrace') {
        [body, bodyDiags] = parseBody(p, 'CBrace');
    }
    else {
        [body, bodyDiags] = parseSingleAttrBody(p);
        const after = p.peek();
        if (after.type === 'CBrace')
            p.read();
        else {
            if (after.type === 'Comma') {
                diags.push(diagnostics_error('Invalid single-argument block definition', 'Single-line block syntax can include only one argument definition. To define multiple arguments, use the multi-line block syntax with one argument definition per line.', after.range));
            }
            else if (after.type === 'Newline') {
                diags.push(diagnostics_error('Invalid single-argument block definition', "An argument definition on the same line as its containing block creates a single-line block definition, which must also be closed on the same line. Place the block's closing brace immediately after the argument definition.", after.range));
            }
            else if (!p.recovery) {
                diags.push(after.type === 'EOF'
                    ? diagnostics_error('Unclosed configuration block', unclosedBlock, oBrace.range)
                    : diagnostics_error('Invalid single-argument block definition', 'A single-line block definition must end with a closing brace immediately after its single argument definition.', after.range));
            }
            p.recover('CBrace');
        }
    }
    diags.push(...bodyDiags);
    const cBraceRange = p.prevRange();
    const eol = p.peek();
    if (eol.type === 'Newline' || eol.type === 'EOF')
        p.read();
    else {
        if (!p.recovery)
            diags.push(diagnostics_error('Missing newline after block definition', 'A block definition must end with a newline.', eol.range));
        p.recoverAfterBodyItem();
    }
    return [
        {
            kind: 'block',
            type: ident.text,
            typeRange: ident.range,
            labels,
            labelRanges,
            body: body ?? { items: [], range: rangeBetween(oBrace.range, cBraceRange) },
            range: rangeBetween(ident.range, cBraceRange),
            openBraceRange: oBrace.range,
        },
        diags,
    ];
}
function fileStart(filename) {
    const start = { line: 1, column: 1, offset: 0 };
    return { file: filename, start, end: start };
}
/** A diagnostic for input nested beyond what recursive descent can follow (the stack ran out). */
function tooDeep(filename, e) {
    if (!(e instanceof RangeError))
        throw e;
    return diagnostics_error('Configuration too deeply nested', 'The brackets, braces or templates in this file nest too deeply to be parsed.', fileStart(filename));
}
/** Parses a whole file of HCL native syntax. Diagnostics list lexical problems first, then syntax errors. */
function parseFile(text, filename) {
    try {
        return parseFileUnguarded(text, filename);
    }
    catch (e) {
        return { file: { name: filename, text, body: { items: [], range: fileStart(filename) } }, diagnostics: [tooDeep(filename, e)] };
    }
}
function parseFileUnguarded(text, filename) {
    const tokens = scanTokens(text, filename);
    const diagnostics = checkInvalidTokens(tokens);
    const p = new ParserState(tokens);
    const [body, bodyDiags] = parseBody(p, 'EOF');
    diagnostics.push(...bodyDiags);
    return { file: { name: filename, text, body }, diagnostics };
}
/** Parses a standalone expression (e.g. a `-var` value or a console line). */
function parseExpressionText(text, filename, origin) {
    try {
        return parseExpressionUnguarded(text, filename, origin);
    }
    catch (e) {
        return { expr: { kind: 'literal', value: V.unknown(), range: fileStart(filename) }, diagnostics: [tooDeep(filename, e)] };
    }
}
function parseExpressionUnguarded(text, filename, origin) {
    const tokens = scanTokens(text, filename, 'normal', origin);
    const diagnostics = checkInvalidTokens(tokens);
    const p = new ParserState(tokens);
    p.pushNewlines(false);
    const [expr, diags] = parseExpression(p);
    diagnostics.push(...diags);
    const next = p.peek();
    if (next.type !== 'EOF' && !p.recovery) {
        diagnostics.push(diagnostics_error('Extra characters after expression', 'An expression was successfully parsed, but extra characters were found after it.', next.range));
    }
    p.popNewlines();
    return { expr, diagnostics };
}
/** Parses a standalone template (the contents of a file given to templatefile, or of a JSON string). */
function parseTemplateText(text, filename, origin) {
    try {
        return parseTemplateUnguarded(text, filename, origin);
    }
    catch (e) {
        return { expr: { kind: 'literal', value: V.unknown(), range: fileStart(filename) }, diagnostics: [tooDeep(filename, e)] };
    }
}
function parseTemplateUnguarded(text, filename, origin) {
    const tokens = scanTokens(text, filename, 'template', origin);
    const diagnostics = checkInvalidTokens(tokens);
    const p = new ParserState(tokens);
    const inner = parseTemplateInner(p, 'EOF', false);
    diagnostics.push(...inner.diags);
    const expr = inner.passthru
        ? { kind: 'templateWrap', wrapped: inner.parts[0], range: inner.range }
        : { kind: 'template', parts: inner.parts, range: inner.range };
    return { expr, diagnostics };
}

;// CONCATENATED MODULE: ./src/hcl/functions/glob.ts
// Glob patterns for fileset (Go's doublestar rules): `*` and `?` within a path segment, `**` across segments,
// `[...]` classes and `{a,b}` alternatives.
function globToRegExp(pattern) {
    let re = '';
    for (let i = 0; i < pattern.length; i++) {
        const c = pattern[i];
        if (c === '*') {
            if (pattern[i + 1] === '*') {
                const slash = pattern[i + 2] === '/';
                re += slash ? '(?:[^/]*/)*' : '.*';
                i += slash ? 2 : 1;
            }
            else
                re += '[^/]*';
        }
        else if (c === '?')
            re += '[^/]';
        else if (c === '[') {
            const end = pattern.indexOf(']', i + 1);
            if (end < 0)
                re += '\\[';
            else {
                const body = pattern
                    .slice(i + 1, end)
                    .replace(/^!/, '^')
                    .replace(/\\/g, '\\\\');
                re += `[${body}]`;
                i = end;
            }
        }
        else if (c === '{') {
            const end = pattern.indexOf('}', i + 1);
            if (end < 0)
                re += '\\{';
            else {
                re += `(?:${pattern
                    .slice(i + 1, end)
                    .split(',')
                    .map((alt) => globToRegExp(alt).source.slice(1, -1))
                    .join('|')})`;
                i = end;
            }
        }
        else if (c === '\\' && i + 1 < pattern.length) {
            re += pattern[++i].replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
        }
        else
            re += c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    }
    return new RegExp(`^${re}$`, 'u');
}

;// CONCATENATED MODULE: ./src/hcl/functions/filesystem.ts
// Filesystem functions: abspath basename dirname file fileexists fileset pathexpand templatefile. Relative paths
// are resolved against the template's directory.








function readText(file, shown) {
    let bytes;
    try {
        bytes = (0,external_node_fs_.readFileSync)(file);
    }
    catch (e) {
        const code = e.code;
        if (code === 'ENOENT')
            throw new function_ArgError(0, `no file exists at ${shown}`);
        throw new function_ArgError(0, `failed to read ${shown}`);
    }
    try {
        return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    }
    catch {
        throw new function_ArgError(0, `contents of ${shown} are not valid UTF-8; use the filebase64 function to obtain the Base64 encoded contents or the other file functions (e.g. filemd5, filesha256) to obtain file hashing results instead`);
    }
}
function fileset(root, dir, pattern) {
    const base = external_node_path_.resolve(root, dir);
    if (!(0,external_node_fs_.existsSync)(base))
        return [];
    const re = globToRegExp(pattern);
    const out = [];
    for (const entry of (0,external_node_fs_.readdirSync)(base, { recursive: true, withFileTypes: true })) {
        if (!entry.isFile())
            continue;
        const full = external_node_path_.join(entry.parentPath, entry.name);
        const rel = external_node_path_.relative(base, full).split(external_node_path_.sep).join('/');
        if (re.test(rel))
            out.push(rel);
    }
    return out.sort();
}
function filesystemFunctions(opts) {
    const resolve = (p) => external_node_path_.resolve(opts.baseDir, expandHome(p));
    const templatefile = fn([param('path', T.string), param('vars', T.dynamic)], ([p, vars]) => {
        const shown = str(p);
        const text = readText(resolve(shown), shown);
        const variables = {};
        for (const [k, v] of Object.entries(attrs(vars, 1))) {
            if (!/^[\p{ID_Start}_][\p{ID_Continue}-]*$/u.test(k))
                throw new function_ArgError(1, `invalid template variable name ${JSON.stringify(k)}: must start with a letter, followed by zero or more letters, digits, and underscores`);
            variables[k] = v;
        }
        const parsed = parseTemplateText(text, shown);
        const functions = { ...opts.templateFunctions() };
        delete functions.templatefile;
        const result = parsed.diagnostics.length > 0 ? { value: V.unknown(), diagnostics: parsed.diagnostics } : evaluate(parsed.expr, { variables, functions });
        const problem = result.diagnostics.find((d) => d.severity === 'error');
        if (problem) {
            const r = problem.range;
            const where = r ? `${r.file}:${r.start.line},${r.start.column}-${r.end.line === r.start.line ? '' : `${r.end.line},`}${r.end.column}: ` : '';
            throw new FunctionError(`${where}${problem.summary}; ${problem.detail ?? ''}`);
        }
        return result.value;
    });
    return {
        abspath: fn([param('path', T.string)], ([p]) => V.string(resolve(str(p)).split(external_node_path_.sep).join('/')), { returnType: T.string }),
        basename: fn([param('path', T.string)], ([p]) => V.string(basename(str(p))), { returnType: T.string }),
        dirname: fn([param('path', T.string)], ([p]) => V.string(dirname(str(p))), { returnType: T.string }),
        pathexpand: fn([param('path', T.string)], ([p]) => V.string(expandHome(str(p))), { returnType: T.string }),
        file: fn([param('path', T.string)], ([p]) => V.string(readText(resolve(str(p)), str(p))), { returnType: T.string }),
        fileexists: fn([param('path', T.string)], ([p]) => {
            const full = resolve(str(p));
            if (!(0,external_node_fs_.existsSync)(full))
                return V.bool(false);
            const st = (0,external_node_fs_.statSync)(full);
            if (st.isDirectory())
                throw new FunctionError(`${str(p)} is a directory, not a file`);
            return V.bool(st.isFile());
        }, { returnType: T.bool }),
        fileset: fn([param('path', T.string), param('pattern', T.string)], ([p, pat]) => {
            const out = fileset(opts.baseDir, expandHome(str(p)), str(pat, 1));
            return { kind: 'set', items: out.map(V.string), element: T.string };
        }, { returnType: T.set(T.string) }),
        templatefile,
    };
}
function expandHome(p) {
    if (p === '~')
        return (0,external_node_os_.homedir)();
    if (p.startsWith('~/'))
        return external_node_path_.join((0,external_node_os_.homedir)(), p.slice(2));
    return p;
}
/** Go's filepath.Base: the last element, "." for empty, "/" for only slashes. */
function basename(p) {
    if (p === '')
        return '.';
    const trimmed = p.replace(/\/+$/, '');
    if (trimmed === '')
        return '/';
    return trimmed.slice(trimmed.lastIndexOf('/') + 1);
}
/** Go's filepath.Dir: all but the last element, cleaned. */
function dirname(p) {
    const i = p.lastIndexOf('/');
    const dir = i < 0 ? '.' : p.slice(0, i + 1);
    const cleaned = external_node_path_.posix.normalize(dir);
    return cleaned.length > 1 ? cleaned.replace(/\/$/, '') : cleaned;
}

;// CONCATENATED MODULE: ./src/hcl/functions/bcrypt.ts
// bcrypt ($2a$, as golang.org/x/crypto/bcrypt writes it). Blowfish's initial state is the fractional hex digits of
// pi, computed here with Machin's formula instead of being pasted as 4 KB of constants.

const WORDS = 18 + 4 * 256;
let piWords;
function arctanInverse(x, one) {
    let sum = 0n;
    let term = one / x;
    const x2 = x * x;
    for (let n = 1n, sign = 1n; term !== 0n; n += 2n, sign = -sign) {
        sum += (sign * term) / n;
        term /= x2;
    }
    return sum;
}
function blowfishConstants() {
    if (piWords)
        return piWords;
    const bits = BigInt(WORDS * 32 + 64);
    const one = 1n << bits;
    const pi = 16n * arctanInverse(5n, one) - 4n * arctanInverse(239n, one);
    const frac = (pi % one) >> 64n;
    const words = new Uint32Array(WORDS);
    for (let i = 0; i < WORDS; i++)
        words[i] = Number((frac >> BigInt((WORDS - 1 - i) * 32)) & 0xffffffffn);
    piWords = words;
    return words;
}
class Blowfish {
    p;
    s;
    constructor() {
        const k = blowfishConstants();
        this.p = k.slice(0, 18);
        this.s = k.slice(18);
    }
    f(x) {
        const { s } = this;
        return ((((s[x >>> 24] + s[256 + ((x >>> 16) & 0xff)]) ^ s[512 + ((x >>> 8) & 0xff)]) >>> 0) + s[768 + (x & 0xff)]) >>> 0;
    }
    encrypt(block, at) {
        let l = block[at];
        let r = block[at + 1];
        const { p } = this;
        for (let i = 0; i < 16; i += 2) {
            l = (l ^ p[i]) >>> 0;
            r = (r ^ this.f(l)) >>> 0;
            r = (r ^ p[i + 1]) >>> 0;
            l = (l ^ this.f(r)) >>> 0;
        }
        block[at] = (r ^ p[17]) >>> 0;
        block[at + 1] = (l ^ p[16]) >>> 0;
    }
    static stream(data, pos) {
        let w = 0;
        for (let k = 0; k < 4; k++) {
            w = ((w << 8) | data[pos.i]) >>> 0;
            pos.i = (pos.i + 1) % data.length;
        }
        return w;
    }
    expand(key, salt) {
        const kp = { i: 0 };
        for (let i = 0; i < 18; i++)
            this.p[i] = (this.p[i] ^ Blowfish.stream(key, kp)) >>> 0;
        const block = new Uint32Array(2);
        const sp = { i: 0 };
        const next = () => {
            if (salt) {
                block[0] ^= Blowfish.stream(salt, sp);
                block[1] ^= Blowfish.stream(salt, sp);
            }
            this.encrypt(block, 0);
        };
        for (let i = 0; i < 18; i += 2) {
            next();
            this.p[i] = block[0];
            this.p[i + 1] = block[1];
        }
        for (let i = 0; i < 1024; i += 2) {
            next();
            this.s[i] = block[0];
            this.s[i + 1] = block[1];
        }
    }
}
const alphabet = './ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
function encode64(bytes) {
    let out = '';
    for (let i = 0; i < bytes.length; i += 3) {
        const b0 = bytes[i];
        const b1 = bytes[i + 1] ?? 0;
        const b2 = bytes[i + 2] ?? 0;
        out += alphabet[b0 >> 2] + alphabet[((b0 & 3) << 4) | (b1 >> 4)];
        if (i + 1 < bytes.length)
            out += alphabet[((b1 & 15) << 2) | (b2 >> 6)];
        if (i + 2 < bytes.length)
            out += alphabet[b2 & 63];
    }
    return out;
}
function decode64(text, length) {
    const vals = Array.from(text, (c) => alphabet.indexOf(c));
    const out = [];
    for (let i = 0; i < vals.length && out.length < length; i += 4) {
        const [a, b, c = 0, d = 0] = vals.slice(i, i + 4);
        out.push(((a << 2) | (b >> 4)) & 0xff);
        if (out.length < length)
            out.push(((b << 4) | (c >> 2)) & 0xff);
        if (out.length < length)
            out.push(((c << 6) | d) & 0xff);
    }
    return Uint8Array.from(out);
}
/** bcrypt of `password` at `cost`, with a random salt unless one (22 characters of bcrypt's base64) is given. */
function bcryptHash(password, cost, salt22) {
    const salt = salt22 !== undefined ? decode64(salt22, 16) : new Uint8Array((0,external_node_crypto_.randomBytes)(16));
    const key = Uint8Array.from([...Buffer.from(password, 'utf8'), 0].slice(0, 72));
    const bf = new Blowfish();
    bf.expand(key, salt);
    for (let i = 0; i < 2 ** cost; i++) {
        bf.expand(key);
        bf.expand(salt);
    }
    const ctext = new Uint32Array(Array.from({ length: 6 }, (_, i) => Buffer.from('OrpheanBeholderScryDoubt').readUInt32BE(i * 4)));
    for (let i = 0; i < 64; i++)
        for (let j = 0; j < 6; j += 2)
            bf.encrypt(ctext, j);
    const bytes = new Uint8Array(24);
    ctext.forEach((w, i) => {
        bytes[i * 4] = w >>> 24;
        bytes[i * 4 + 1] = (w >>> 16) & 0xff;
        bytes[i * 4 + 2] = (w >>> 8) & 0xff;
        bytes[i * 4 + 3] = w & 0xff;
    });
    return `$2a$${String(cost).padStart(2, '0')}$${encode64(salt)}${encode64(bytes.subarray(0, 23))}`;
}

;// CONCATENATED MODULE: ./src/hcl/functions/hash.ts
// Hash and UUID functions: md5 sha1 sha256 sha512 base64sha256 base64sha512 bcrypt uuidv4 uuidv5.




const digest = (algo, encoding) => fn([param('str', T.string)], ([s]) => V.string((0,external_node_crypto_.createHash)(algo).update(str(s), 'utf8').digest(encoding)), { returnType: T.string });
const namespaces = {
    dns: '6ba7b810-9dad-11d1-80b4-00c04fd430c8',
    url: '6ba7b811-9dad-11d1-80b4-00c04fd430c8',
    oid: '6ba7b812-9dad-11d1-80b4-00c04fd430c8',
    x500: '6ba7b814-9dad-11d1-80b4-00c04fd430c8',
};
function uuidv5(namespace, name) {
    const ns = namespaces[namespace] ?? namespace;
    if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(ns)) {
        throw new function_ArgError(0, `uuidv5() doesn't support namespace prefix ${namespace}`);
    }
    const h = (0,external_node_crypto_.createHash)('sha1')
        .update(Buffer.from(ns.replace(/-/g, ''), 'hex'))
        .update(name, 'utf8')
        .digest()
        .subarray(0, 16);
    h[6] = (h[6] & 0x0f) | 0x50;
    h[8] = (h[8] & 0x3f) | 0x80;
    const x = h.toString('hex');
    return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
}
function hashFunctions() {
    return {
        md5: digest('md5', 'hex'),
        sha1: digest('sha1', 'hex'),
        sha256: digest('sha256', 'hex'),
        sha512: digest('sha512', 'hex'),
        base64sha256: digest('sha256', 'base64'),
        base64sha512: digest('sha512', 'base64'),
        bcrypt: fn([param('str', T.string)], ([s, cost]) => {
            const c = cost === undefined ? 10 : helpers_int(cost, 1);
            if (c < 4 || c > 31)
                throw new function_ArgError(1, `crypto/bcrypt: cost ${c} is outside allowed range (4,31)`);
            return V.string(bcryptHash(str(s), c));
        }, { varParam: param('cost', T.number), returnType: T.string }),
        uuidv4: fn([], () => V.string((0,external_node_crypto_.randomUUID)()), { returnType: T.string }),
        uuidv5: fn([param('namespace', T.string), param('name', T.string)], ([ns, n]) => V.string(uuidv5(str(ns), str(n, 1))), {
            returnType: T.string,
        }),
    };
}

;// CONCATENATED MODULE: ./src/hcl/functions/ipnet.ts


function parseV4(s) {
    const parts = s.split('.');
    if (parts.length !== 4 || parts.some((p) => !/^\d{1,3}$/.test(p) || Number(p) > 255))
        return undefined;
    return parts.reduce((acc, p) => (acc << 8n) | BigInt(Number(p)), 0n);
}
function parseV6(s) {
    let text = s;
    let tail;
    const v4 = /:(\d+\.\d+\.\d+\.\d+)$/.exec(text);
    if (v4) {
        tail = parseV4(v4[1]);
        if (tail === undefined)
            return undefined;
        text = `${text.slice(0, v4.index)}:0:0`;
    }
    const halves = text.split('::');
    if (halves.length > 2)
        return undefined;
    const head = halves[0] === '' ? [] : halves[0].split(':');
    const rest = halves.length === 2 ? (halves[1] === '' ? [] : halves[1].split(':')) : [];
    const missing = 8 - head.length - rest.length;
    if ((halves.length === 1 && missing !== 0) || missing < 0)
        return undefined;
    const groups = [...head, ...Array(halves.length === 2 ? missing : 0).fill('0'), ...rest];
    if (groups.some((g) => !/^[0-9a-fA-F]{1,4}$/.test(g)))
        return undefined;
    let n = groups.reduce((acc, g) => (acc << 16n) | BigInt(parseInt(g, 16)), 0n);
    if (tail !== undefined)
        n = (n & ~0xffffffffn) | tail;
    return n;
}
function parseCIDR(prefix) {
    const m = /^([^/]+)\/(\d+)$/.exec(prefix);
    const fail = () => {
        throw new function_ArgError(0, `invalid CIDR address: ${prefix}`);
    };
    if (!m)
        return fail();
    const v6 = m[1].includes(':');
    const addr = v6 ? parseV6(m[1]) : parseV4(m[1]);
    const bits = Number(m[2]);
    if (addr === undefined || bits > (v6 ? 128 : 32))
        return fail();
    const width = v6 ? 128 : 32;
    const mask = ((1n << BigInt(width)) - 1n) ^ ((1n << BigInt(width - bits)) - 1n);
    return { v6, addr: addr & mask, bits };
}
function formatAddr(n, v6) {
    if (!v6)
        return [24n, 16n, 8n, 0n].map((s) => String((n >> s) & 0xffn)).join('.');
    const groups = Array.from({ length: 8 }, (_, i) => Number((n >> BigInt((7 - i) * 16)) & 0xffffn));
    let best = -1;
    let bestLen = 0;
    for (let i = 0; i < 8;) {
        if (groups[i] !== 0) {
            i++;
            continue;
        }
        let j = i;
        while (j < 8 && groups[j] === 0)
            j++;
        if (j - i > bestLen && j - i >= 2) {
            best = i;
            bestLen = j - i;
        }
        i = j;
    }
    const hex = groups.map((g) => g.toString(16));
    if (best < 0)
        return hex.join(':');
    return `${hex.slice(0, best).join(':')}::${hex.slice(best + bestLen).join(':')}`;
}
function subnet(net, newbits, netnum) {
    const width = net.v6 ? 128 : 32;
    const bits = net.bits + newbits;
    if (newbits < 0)
        throw new function_ArgError(1, 'must extend prefix by at least one bit');
    if (bits > width)
        throw new function_ArgError(1, `insufficient address space to extend prefix of ${net.bits} by ${newbits}`);
    if (netnum < 0n || netnum >= 1n << BigInt(newbits)) {
        throw new function_ArgError(2, `prefix extension of ${newbits} does not accommodate a subnet numbered ${netnum}`);
    }
    return { v6: net.v6, addr: net.addr | (netnum << BigInt(width - bits)), bits };
}
function host(net, hostnum) {
    const width = net.v6 ? 128 : 32;
    const size = 1n << BigInt(width - net.bits);
    let h = BigInt(hostnum);
    if (h < 0n)
        h += size;
    if (h < 0n || h >= size)
        throw new function_ArgError(1, `prefix of ${net.bits} does not accommodate a host numbered ${hostnum}`);
    return formatAddr(net.addr | h, net.v6);
}
const cidr = (n) => `${formatAddr(n.addr, n.v6)}/${n.bits}`;
function subnets(net, newbitsList) {
    const width = net.v6 ? 128 : 32;
    const out = [];
    let next = net.addr;
    const end = net.addr + (1n << BigInt(width - net.bits));
    for (const [i, nb] of newbitsList.entries()) {
        if (nb < 1)
            throw new function_ArgError(i + 1, 'must extend prefix by at least one bit');
        const bits = net.bits + nb;
        if (bits > width)
            throw new function_ArgError(i + 1, `would extend prefix to ${bits} bits, which is too long for an IPv${net.v6 ? 6 : 4} address`);
        const size = 1n << BigInt(width - bits);
        const start = ((next + size - 1n) / size) * size;
        if (start + size > end)
            throw new function_ArgError(i + 1, `not enough remaining address space for a subnet with a prefix of ${bits} bits after ${out.at(-1) ?? cidr(net)}`);
        out.push(cidr({ v6: net.v6, addr: start, bits }));
        next = start + size;
    }
    return out;
}
function ipnetFunctions() {
    return {
        cidrhost: fn([param('prefix', T.string), param('hostnum', T.number)], ([p, h]) => V.string(host(parseCIDR(str(p)), helpers_int(h, 1))), {
            returnType: T.string,
        }),
        cidrnetmask: fn([param('prefix', T.string)], ([p]) => {
            const net = parseCIDR(str(p));
            if (net.v6)
                throw new FunctionError(`IPv6 addresses cannot have a netmask: ${str(p)}`);
            return V.string(formatAddr(0xffffffffn ^ ((1n << BigInt(32 - net.bits)) - 1n), false));
        }, { returnType: T.string }),
        cidrsubnet: fn([param('prefix', T.string), param('newbits', T.number), param('netnum', T.number)], ([p, b, n]) => V.string(cidr(subnet(parseCIDR(str(p)), helpers_int(b, 1), BigInt(helpers_int(n, 2))))), { returnType: T.string }),
        cidrsubnets: fn([param('prefix', T.string)], ([p, ...bits]) => strings(subnets(parseCIDR(str(p)), bits.map((b, i) => num(b, i + 1)))), {
            varParam: param('newbits', T.number),
            returnType: T.list(T.string),
        }),
    };
}

;// CONCATENATED MODULE: ./src/hcl/functions/numeric.ts


const unary = (f) => fn([param('num', T.number)], ([a]) => V.number(f(num(a))), { returnType: T.number });
function extreme(pick) {
    return fn([], (args) => {
        if (args.length === 0)
            throw new FunctionError('must pass at least one number');
        return V.number(args.map((a, i) => num(a, i)).reduce((a, b) => pick(a, b)));
    }, { varParam: param('numbers', T.number), returnType: T.number });
}
const digits = '0123456789abcdefghijklmnopqrstuvwxyz';
function parseInt_(text, base) {
    if (base < 2 || base > 62)
        throw new function_ArgError(1, 'must be between 2 and 62 inclusive');
    let s = text;
    let sign = 1;
    if (s.startsWith('-') || s.startsWith('+')) {
        if (s[0] === '-')
            sign = -1;
        s = s.slice(1);
    }
    if (s === '')
        throw new function_ArgError(0, `cannot parse ${JSON.stringify(text)} as a base ${base} integer`);
    let n = 0n;
    for (const ch of s) {
        let d = digits.indexOf(ch.toLowerCase());
        if (base > 36) {
            const upper = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.indexOf(ch);
            d = ch >= '0' && ch <= '9' ? ch.charCodeAt(0) - 48 : ch >= 'a' && ch <= 'z' ? ch.charCodeAt(0) - 87 : upper >= 0 ? upper + 36 : -1;
        }
        if (d < 0 || d >= base)
            throw new function_ArgError(0, `cannot parse ${JSON.stringify(text)} as a base ${base} integer`);
        n = n * BigInt(base) + BigInt(d);
    }
    return sign * Number(n);
}
function numericFunctions() {
    return {
        abs: unary(Math.abs),
        ceil: unary(Math.ceil),
        floor: unary(Math.floor),
        signum: unary((n) => (n > 0 ? 1 : n < 0 ? -1 : 0)),
        log: fn([param('num', T.number), param('base', T.number)], ([n, b]) => V.number(Math.log(num(n)) / Math.log(num(b, 1))), {
            returnType: T.number,
        }),
        pow: fn([param('num', T.number), param('power', T.number)], ([n, p]) => V.number(num(n) ** num(p, 1)), { returnType: T.number }),
        max: extreme(Math.max),
        min: extreme(Math.min),
        parseint: fn([param('number', T.dynamic), param('base', T.number)], ([n, b]) => {
            if (n.kind !== 'string')
                throw new function_ArgError(0, 'first argument must be a string, not ' + n.kind);
            return V.number(parseInt_(str(n), helpers_int(b, 1)));
        }, { returnType: T.number }),
    };
}

;// CONCATENATED MODULE: ./src/hcl/functions/format-verbs.ts
// The `format` function's verbs (cty's stdlib format, itself Go's fmt): %v %#v %t %b %d %o %x %X %e %E %f %g %G
// %s %q and %%, with flags, width, precision and explicit argument indexes like %[2]s.




function pad(s, spec, numeric) {
    if (spec.width === undefined || s.length >= spec.width)
        return s;
    const fill = spec.width - s.length;
    if (spec.minus)
        return s + ' '.repeat(fill);
    if (spec.zero && numeric) {
        const sign = /^[+\- ]/.test(s) ? s[0] : '';
        return sign + '0'.repeat(fill) + s.slice(sign.length);
    }
    return ' '.repeat(fill) + s;
}
function signed(n, body, spec) {
    if (n < 0 || Object.is(n, -0))
        return `-${body}`;
    if (spec.plus)
        return `+${body}`;
    if (spec.space)
        return ` ${body}`;
    return body;
}
/** Go's %e mantissa/exponent layout: at least two exponent digits. */
function expForm(n, precision, upper) {
    const [m, e] = Math.abs(n).toExponential(precision).split('e');
    const exp = Number(e);
    const out = `${m}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
    return upper ? out.toUpperCase() : out;
}
function gForm(n, precision, upper) {
    const a = Math.abs(n);
    if (a === 0)
        return '0';
    if (precision === undefined) {
        const shortest = a.toExponential();
        const exp = Number(shortest.split('e')[1]);
        if (exp < -4 || exp >= 21)
            return expForm(a, shortest.split('e')[0].replace('.', '').length - 1, upper);
        return formatNumber(a);
    }
    const p = precision === 0 ? 1 : precision;
    const exp = Number(a.toExponential(p - 1).split('e')[1]);
    if (exp < -4 || exp >= p)
        return expForm(a, p - 1, upper).replace(/\.?0+e/, 'e');
    return a
        .toFixed(Math.max(0, p - 1 - exp))
        .replace(/(\.\d*?)0+$/, '$1')
        .replace(/\.$/, '');
}
function asNumber(v, verb, at) {
    const c = convert(v, T.number);
    if ('error' in c || c.value.kind !== 'number') {
        throw new FunctionError(`unsupported value for "%${verb}" at ${at}: number required`);
    }
    return c.value.value;
}
function asString(v, verb, at) {
    const c = convert(v, T.string);
    if ('error' in c || c.value.kind !== 'string')
        throw new FunctionError(`unsupported value for "%${verb}" at ${at}: string required`);
    return c.value.value;
}
function formatOne(verb, v, spec, at) {
    if (v.kind === 'null' && verb !== 'v')
        throw new FunctionError(`unsupported value for "%${verb}" at ${at}: null value cannot be formatted`);
    switch (verb) {
        case 'v': {
            if (spec.sharp)
                return pad(JSON.stringify(toJS(v)), spec, false);
            if (v.kind === 'null')
                return pad('null', spec, false);
            if (v.kind === 'string' || v.kind === 'number' || v.kind === 'bool')
                return formatOne(v.kind === 'bool' ? 't' : v.kind === 'number' ? 'g' : 's', v, { ...spec, precision: undefined }, at);
            return pad(JSON.stringify(toJS(v)), spec, false);
        }
        case 't': {
            if (v.kind !== 'bool')
                throw new FunctionError(`unsupported value for "%t" at ${at}: bool required`);
            return pad(String(v.value), spec, false);
        }
        case 'd':
        case 'b':
        case 'o':
        case 'x':
        case 'X': {
            if (verb === 'x' || verb === 'X') {
                if (v.kind === 'string') {
                    const hex = Buffer.from(v.value, 'utf8').toString('hex');
                    return pad(verb === 'X' ? hex.toUpperCase() : hex, spec, false);
                }
            }
            const n = asNumber(v, verb, at);
            if (!Number.isInteger(n))
                throw new FunctionError(`unsupported value for "%${verb}" at ${at}: an integer is required`);
            const radix = verb === 'd' ? 10 : verb === 'b' ? 2 : verb === 'o' ? 8 : 16;
            let body = BigInt(Math.abs(n)).toString(radix);
            if (verb === 'X')
                body = body.toUpperCase();
            if (spec.precision !== undefined)
                body = body.padStart(spec.precision, '0');
            if (spec.sharp && verb === 'o')
                body = `0${body}`;
            if (spec.sharp && (verb === 'x' || verb === 'X'))
                body = `0${verb}${body}`;
            return pad(signed(n, body, spec), spec, true);
        }
        case 'e':
        case 'E': {
            const n = asNumber(v, verb, at);
            return pad(signed(n, expForm(n, spec.precision ?? 6, verb === 'E'), spec), spec, true);
        }
        case 'f':
        case 'F': {
            const n = asNumber(v, verb, at);
            return pad(signed(n, Math.abs(n).toFixed(spec.precision ?? 6), spec), spec, true);
        }
        case 'g':
        case 'G': {
            const n = asNumber(v, verb, at);
            return pad(signed(n, gForm(n, spec.precision, verb === 'G'), spec), spec, true);
        }
        case 's': {
            let s = asString(v, verb, at);
            if (spec.precision !== undefined)
                s = Array.from(s).slice(0, spec.precision).join('');
            return pad(s, spec, false);
        }
        case 'q':
            return pad(JSON.stringify(asString(v, verb, at)), spec, false);
        default:
            throw new FunctionError(`unsupported format verb "%${verb}"`);
    }
}
const specPattern = /%(?:%|([+\-# 0]*)(?:\[(\d+)\])?(\d+)?(?:\.(\d*))?(?:\[(\d+)\])?([a-zA-Z])?)/g;
/** Formats as cty's format function does; throws FunctionError with cty's messages. */
function formatValues(format, args) {
    let out = '';
    let last = 0;
    let next = 0;
    const used = new Set();
    for (const m of format.matchAll(specPattern)) {
        const at = m.index ?? 0;
        out += format.slice(last, at);
        last = at + m[0].length;
        if (m[0] === '%%') {
            out += '%';
            continue;
        }
        const flags = m[1] ?? '';
        const verb = m[6];
        if (verb === undefined)
            throw new FunctionError(`invalid format string starting at offset ${at}`);
        const explicit = m[2] ?? m[5];
        if (explicit !== undefined)
            next = Number(explicit) - 1;
        if (next >= args.length) {
            throw new FunctionError(`not enough arguments for "${m[0]}" at ${at}: need index ${next + 1} but have ${args.length} total`);
        }
        const spec = {
            plus: flags.includes('+'),
            minus: flags.includes('-'),
            sharp: flags.includes('#'),
            space: flags.includes(' '),
            zero: flags.includes('0'),
            width: m[3] === undefined ? undefined : Number(m[3]),
            precision: m[4] === undefined ? undefined : Number(m[4] || '0'),
        };
        used.add(next);
        out += formatOne(verb, args[next], spec, at);
        next++;
    }
    out += format.slice(last);
    if (used.size < args.length) {
        for (let i = 0; i < args.length; i++) {
            if (!used.has(i))
                throw new FunctionError(`too many arguments; no verbs expect argument #${i + 1}`);
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./src/hcl/functions/regex.ts
// Go RE2 patterns (what regex, regexall and replace accept) translated to JavaScript: named groups `(?P<n>…)`,
// leading flag groups `(?i)`/`(?s)`/`(?m)`, `\A` and `\z`. Results follow cty: a string without captures, a list
// for numbered captures, an object for named ones.



function compileRE2(pattern, global = false, index = 0) {
    let source = pattern;
    let flags = 'u';
    const lead = /^\(\?([imsU]+)\)/.exec(source);
    if (lead) {
        for (const f of lead[1])
            if (f !== 'U' && !flags.includes(f))
                flags += f;
        source = source.slice(lead[0].length);
    }
    source = source
        .replace(/\(\?P</g, '(?<')
        .replace(/\\A/g, '^')
        .replace(/\\z/g, '$(?![\\s\\S])');
    try {
        return new RegExp(source, global ? `${flags}g` : flags);
    }
    catch (e) {
        throw new function_ArgError(index, `invalid regular expression pattern: ${(0,error_message/* messageOf */.b)(e)}`);
    }
}
function captures(re, m) {
    const groups = m.groups;
    if (groups && Object.keys(groups).length > 0) {
        const attrs = {};
        for (const [k, v] of Object.entries(groups))
            attrs[k] = v === undefined ? V.null(T.string) : V.string(v);
        return V.object(attrs);
    }
    if (m.length > 1)
        return V.tuple(m.slice(1).map((s) => (s === undefined ? V.null(T.string) : V.string(s))));
    return V.string(m[0]);
}
function regexMatch(pattern, text) {
    const re = compileRE2(pattern);
    const m = re.exec(text);
    if (!m)
        throw new FunctionError('pattern did not match any part of the given string');
    const c = captures(re, m);
    return c.kind === 'tuple' ? V.list(c.items, T.string) : c;
}
function regexAll(pattern, text) {
    const re = compileRE2(pattern, true);
    const out = [];
    for (const m of text.matchAll(re)) {
        const c = captures(re, m);
        out.push(c.kind === 'tuple' ? V.list(c.items, T.string) : c);
    }
    return V.list(out, out.length > 0 && out[0].kind === 'string' ? T.string : T.dynamic);
}
/** Go's replacement template (`$1`, `${1}`, `${name}`, `$$`) in JavaScript's syntax. */
function goReplacement(template) {
    return template.replace(/\$(\$|\{([^}]*)\}|(\w+))/g, (_, all, braced, bare) => {
        if (all === '$')
            return '$$';
        const name = braced ?? bare ?? '';
        return /^\d+$/.test(name) ? `$${name}` : `$<${name}>`;
    });
}

;// CONCATENATED MODULE: ./src/hcl/functions/string.ts





const s1 = (f) => fn([param('str', T.string)], ([a]) => V.string(f(str(a))), { returnType: T.string });
const s2b = (name, f) => fn([param('str', T.string), param(name, T.string)], ([a, b]) => V.bool(f(str(a), str(b, 1))), { returnType: T.bool });
function title(s) {
    let prevLetter = false;
    let out = '';
    for (const ch of s) {
        const isLetter = /[\p{L}\p{N}_']/u.test(ch);
        out += isLetter && !prevLetter ? ch.toUpperCase() : ch;
        prevLetter = isLetter;
    }
    return out;
}
function substr(s, offset, length) {
    const g = graphemes(s);
    let start = offset;
    if (start < 0)
        start = g.length + start;
    if (start < 0)
        start = 0;
    if (start > g.length)
        return '';
    const end = length < 0 ? g.length : Math.min(g.length, start + length);
    return g.slice(start, end).join('');
}
function trimSet(s, cutset, left, right) {
    const set = new Set(Array.from(cutset));
    const chars = Array.from(s);
    let i = 0;
    let j = chars.length;
    if (left)
        while (i < j && set.has(chars[i]))
            i++;
    if (right)
        while (j > i && set.has(chars[j - 1]))
            j--;
    return chars.slice(i, j).join('');
}
function formatlist(args) {
    const [fmt, ...rest] = args;
    const format = str(fmt);
    let n;
    let lenFrom = 0;
    for (const [i, a] of rest.entries()) {
        if (a.kind === 'list' || a.kind === 'tuple' || a.kind === 'set') {
            if (n === undefined) {
                n = a.items.length;
                lenFrom = i + 1;
            }
            else if (a.items.length !== n) {
                throw new function_ArgError(i + 1, `argument ${i + 1} has length ${a.items.length}, which is inconsistent with argument ${lenFrom} of length ${n}`);
            }
        }
    }
    const count = n ?? 1;
    const out = [];
    for (let k = 0; k < count; k++) {
        out.push(formatValues(format, rest.map((a) => (a.kind === 'list' || a.kind === 'tuple' || a.kind === 'set' ? a.items[k] : a))));
    }
    return strings(out);
}
function stringFunctions() {
    return {
        chomp: s1((s) => s.replace(/(?:\r\n|\r|\n)+$/, '')),
        lower: s1((s) => s.toLowerCase()),
        upper: s1((s) => s.toUpperCase()),
        title: s1(title),
        strrev: s1((s) => graphemes(s).reverse().join('')),
        trimspace: s1((s) => s.replace(/^[\s\u0085]+|[\s\u0085]+$/gu, '')),
        trim: fn([param('str', T.string), param('cutset', T.string)], ([a, b]) => V.string(trimSet(str(a), str(b, 1), true, true)), {
            returnType: T.string,
        }),
        trimprefix: fn([param('str', T.string), param('prefix', T.string)], ([a, b]) => {
            const s = str(a);
            const p = str(b, 1);
            return V.string(s.startsWith(p) ? s.slice(p.length) : s);
        }, { returnType: T.string }),
        trimsuffix: fn([param('str', T.string), param('suffix', T.string)], ([a, b]) => {
            const s = str(a);
            const p = str(b, 1);
            return V.string(p !== '' && s.endsWith(p) ? s.slice(0, s.length - p.length) : s);
        }, { returnType: T.string }),
        startswith: s2b('prefix', (s, p) => s.startsWith(p)),
        endswith: s2b('suffix', (s, p) => s.endsWith(p)),
        strcontains: s2b('substr', (s, p) => s.includes(p)),
        indent: fn([param('spaces', T.number), param('str', T.string)], ([n, s]) => {
            const pad = ' '.repeat(Math.max(0, helpers_int(n)));
            return V.string(str(s, 1).replace(/\n/g, `\n${pad}`));
        }, { returnType: T.string }),
        substr: fn([param('str', T.string), param('offset', T.number), param('length', T.number)], ([s, o, l]) => V.string(substr(str(s), helpers_int(o, 1), helpers_int(l, 2))), {
            returnType: T.string,
        }),
        split: fn([param('separator', T.string), param('str', T.string)], ([sep, s]) => {
            const text = str(s, 1);
            const parts = str(sep) === '' ? Array.from(text) : text.split(str(sep));
            return strings(parts);
        }, { returnType: T.list(T.string) }),
        join: fn([param('separator', T.string)], ([sep, ...lists]) => {
            if (lists.length === 0)
                throw new FunctionError('at least one list is required');
            const out = [];
            for (const [li, l] of lists.entries()) {
                for (const [i, v] of items(l, li + 1).entries()) {
                    if (v.kind === 'null')
                        throw new function_ArgError(li + 1, `element ${i} is null; cannot concatenate null values`);
                    out.push(str(v, li + 1));
                }
            }
            return V.string(out.join(str(sep)));
        }, { varParam: param('lists', T.list(T.string)), returnType: T.string }),
        replace: fn([param('str', T.string), param('substr', T.string), param('replace', T.string)], ([s, sub, rep]) => {
            const text = str(s);
            const what = str(sub, 1);
            const by = str(rep, 2);
            if (what.length > 1 && what.startsWith('/') && what.endsWith('/')) {
                return V.string(text.replace(compileRE2(what.slice(1, -1), true, 1), goReplacement(by)));
            }
            return V.string(text.split(what).join(by));
        }, { returnType: T.string }),
        regex: fn([param('pattern', T.string), param('string', T.string)], ([p, s]) => regexMatch(str(p), str(s, 1))),
        regexall: fn([param('pattern', T.string), param('string', T.string)], ([p, s]) => regexAll(str(p), str(s, 1))),
        format: fn([param('format', T.string)], ([f, ...args]) => V.string(formatValues(str(f), args)), {
            varParam: param('args', T.dynamic, { allowNull: true }),
            returnType: T.string,
        }),
        formatlist: fn([param('format', T.string)], formatlist, {
            varParam: param('args', T.dynamic, { allowNull: true }),
            returnType: T.list(T.string),
        }),
    };
}

;// CONCATENATED MODULE: ./src/hcl/functions/index.ts










function standardFunctions(opts) {
    const all = {
        ...numericFunctions(),
        ...stringFunctions(),
        ...collectionFunctions(),
        ...encodingFunctions(),
        ...dateTimeFunctions(),
        ...hashFunctions(),
        ...ipnetFunctions(),
        ...conversionFunctions(),
    };
    Object.assign(all, filesystemFunctions({ baseDir: opts.baseDir, templateFunctions: () => all }));
    return all;
}

;// CONCATENATED MODULE: ./src/hcl/bind.ts
function bindExpression(expr, bindings, shadowed = new Set()) {
    const b = (e) => bindExpression(e, bindings, shadowed);
    switch (expr.kind) {
        case 'scopeTraversal': {
            if (shadowed.has(expr.root) || !Object.hasOwn(bindings, expr.root))
                return expr;
            const source = { kind: 'literal', value: bindings[expr.root], range: expr.rootRange };
            return expr.steps.length === 0 ? { ...source, range: expr.range } : { kind: 'relativeTraversal', source, steps: expr.steps, range: expr.range };
        }
        case 'literal':
        case 'anonSymbol':
            return expr;
        case 'parentheses':
            return { ...expr, expr: b(expr.expr) };
        case 'templateWrap':
            return { ...expr, wrapped: b(expr.wrapped) };
        case 'template':
            return { ...expr, parts: expr.parts.map(b) };
        case 'templateJoin': {
            const tuple = b(expr.tuple);
            return tuple.kind === 'for' ? { ...expr, tuple } : expr;
        }
        case 'relativeTraversal':
            return { ...expr, source: b(expr.source) };
        case 'functionCall':
            return { ...expr, args: expr.args.map(b) };
        case 'conditional':
            return { ...expr, condition: b(expr.condition), trueResult: b(expr.trueResult), falseResult: b(expr.falseResult) };
        case 'binaryOp':
            return { ...expr, lhs: b(expr.lhs), rhs: b(expr.rhs) };
        case 'unaryOp':
            return { ...expr, operand: b(expr.operand) };
        case 'tuple':
            return { ...expr, items: expr.items.map(b) };
        case 'objectKey':
            // A bare identifier key names itself; only a parenthesised key is an expression.
            return expr.forceNonLiteral || expr.wrapped.kind !== 'scopeTraversal' || expr.wrapped.steps.length > 0 ? { ...expr, wrapped: b(expr.wrapped) } : expr;
        case 'object':
            return { ...expr, items: expr.items.map((i) => ({ key: b(i.key), value: b(i.value) })) };
        case 'for': {
            const inner = new Set(shadowed);
            inner.add(expr.valVar);
            if (expr.keyVar)
                inner.add(expr.keyVar);
            const bi = (e) => bindExpression(e, bindings, inner);
            return {
                ...expr,
                collection: b(expr.collection),
                keyExpr: expr.keyExpr && bi(expr.keyExpr),
                valueExpr: bi(expr.valueExpr),
                condition: expr.condition && bi(expr.condition),
            };
        }
        case 'index':
            return { ...expr, collection: b(expr.collection), key: b(expr.key) };
        case 'splat':
            // `each` refers to `item` by identity, so the placeholder node itself is kept.
            return { ...expr, source: b(expr.source), each: b(expr.each) };
    }
}
/** The body with `bindings` substituted in every expression, nested blocks included. */
function bindBody(body, bindings) {
    if (body.json)
        return { ...body, json: { ...body.json, bindings: { ...body.json.bindings, ...bindings } } };
    return {
        ...body,
        items: body.items.map((i) => i.kind === 'attribute' ? { ...i, expr: bindExpression(i.expr, bindings) } : { ...i, body: bindBody(i.body, bindings) }),
    };
}

;// CONCATENATED MODULE: ./src/hcl/json-parser.ts
// The JSON half of HCL (hashicorp/hcl json/scanner.go + parser.go): a JSON parser that keeps what JSON.parse drops —
// property order, repeated property names and the range of every value — and reports problems in HCL's words.
// Columns count grapheme clusters, and a tab in whitespace counts two, as HCL's JSON scanner does.




function firstCluster(text) {
    for (const { segment } of segments(text))
        return segment;
    return undefined;
}
function scan(src, file) {
    const tokens = [];
    let i = src.charCodeAt(0) === 0xfeff ? 1 : 0;
    const pos = { line: 1, column: 1, offset: i === 1 ? 3 : 0 };
    const here = () => ({ ...pos });
    const push = (type, start, text) => {
        tokens.push({ type, text, range: { file, start, end: here() } });
    };
    for (;;) {
        for (; i < src.length; i++) {
            const c = src[i];
            if (c === ' ')
                pos.column++;
            else if (c === '\n') {
                pos.line++;
                pos.column = 1;
            }
            else if (c === '\t')
                pos.column += 2;
            else if (c !== '\r')
                break;
            pos.offset++;
        }
        const start = here();
        if (i >= src.length) {
            push('eof', start, '');
            return tokens;
        }
        const c = src[i];
        if ('{}[],:='.includes(c)) {
            i++;
            pos.column++;
            pos.offset++;
            push(c, start, c);
        }
        else if (c === '"') {
            const from = i;
            i = scanString(src, i, pos);
            push('string', start, src.slice(from, i));
        }
        else if (/[-+.0-9]/.test(c)) {
            const from = i;
            while (i < src.length && /[-+.eE0-9]/.test(src[i]))
                i++;
            pos.column += i - from;
            pos.offset += i - from;
            push('number', start, src.slice(from, i));
        }
        else if (/[a-zA-Z]/.test(c)) {
            const from = i;
            while (i < src.length && /[a-zA-Z_]/.test(src[i]))
                i++;
            pos.column += i - from;
            pos.offset += i - from;
            push('keyword', start, src.slice(from, i));
        }
        else {
            const ch = String.fromCodePoint(src.codePointAt(i) ?? 0);
            pos.column++;
            pos.offset += utf8Length(ch);
            push('invalid', start, ch);
            push('eof', here(), '');
            return tokens;
        }
    }
}
/** Advances over a string token from its opening quote; stops after the closing quote or before a control char. */
function scanString(src, i, pos) {
    let escaping = false;
    pos.column++;
    pos.offset++;
    i++;
    while (i < src.length) {
        const c = src[i];
        if (c === '\\') {
            escaping = !escaping;
        }
        else if (c === '"') {
            pos.column++;
            pos.offset++;
            i++;
            if (!escaping)
                return i;
            escaping = false;
            continue;
        }
        else if (c.charCodeAt(0) < 32) {
            return i;
        }
        else if (c.charCodeAt(0) >= 0x80) {
            const cluster = firstCluster(src.slice(i, i + 16)) ?? c;
            pos.column++;
            pos.offset += utf8Length(cluster);
            i += cluster.length;
            escaping = false;
            continue;
        }
        else
            escaping = false;
        pos.column++;
        pos.offset++;
        i++;
    }
    return i;
}
/** How much of a string token, from its opening quote, is well-formed JSON (before the closing quote). */
function validStringPrefix(text) {
    let i = 1;
    while (i < text.length) {
        const c = text.charCodeAt(i);
        if (c === 0x22 || c < 0x20)
            return i;
        if (c !== 0x5c) {
            i++;
            continue;
        }
        const e = text[i + 1];
        if (e !== undefined && '"\\/bfnrt'.includes(e))
            i += 2;
        else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6)))
            i += 6;
        else
            return i;
    }
    return i;
}
const valueStart = 'A JSON value must start with a brace, a bracket, a number, a string, or a keyword.';
const KEYWORDS = ['true', 'false', 'null'];
class Parser {
    tokens;
    i = 0;
    constructor(tokens) {
        this.tokens = tokens;
    }
    peek() {
        return this.tokens[this.i];
    }
    read() {
        const t = this.tokens[this.i];
        if (this.i < this.tokens.length - 1)
            this.i++;
        return t;
    }
    /** Skips to the token that closes the construct `tok` is inside, as HCL's recover does. */
    recover(tok, openType, closeType) {
        let open = 1;
        for (;;) {
            if (tok.type === openType)
                open++;
            else if (tok.type === closeType) {
                open--;
                if (open <= 1)
                    return;
            }
            else if (tok.type === 'eof')
                return;
            tok = this.read();
        }
    }
    value(diags) {
        const tok = this.peek();
        const invalid = (summary, detail) => {
            diags.push(diagnostics_error(summary, detail, tok.range));
            return { kind: 'invalid', range: tok.range };
        };
        switch (tok.type) {
            case '{':
                return this.object(diags) ?? { kind: 'invalid', range: tok.range };
            case '[':
                return this.array(diags) ?? { kind: 'invalid', range: tok.range };
            case 'number': {
                this.read();
                const ok = /^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?$/.test(tok.text);
                return ok
                    ? { kind: 'number', value: Number(tok.text), range: tok.range }
                    : invalid('Invalid JSON number', 'There is a syntax error in the given JSON number.');
            }
            case 'string': {
                this.read();
                return this.string(tok, diags) ?? { kind: 'invalid', range: tok.range };
            }
            case 'keyword':
                this.read();
                return this.keyword(tok, diags) ?? { kind: 'invalid', range: tok.range };
            case '}':
                return invalid('Missing JSON value', valueStart);
            case ']':
                return invalid('Missing array element value', valueStart);
            case 'eof':
                return invalid('Missing value', 'The JSON data ends prematurely.');
            default:
                return invalid('Invalid start of value', valueStart);
        }
    }
    string(tok, diags) {
        const valid = validStringPrefix(tok.text);
        if (valid !== tok.text.length - 1 || tok.text.length < 2 || !tok.text.endsWith('"')) {
            // Point at the first character that breaks the string, as encoding/json's error offset does.
            const at = Math.min(valid + (tok.text[valid] === '\\' ? 1 : 0), tok.text.length);
            const start = { line: tok.range.start.line, column: tok.range.start.column + at, offset: tok.range.start.offset + utf8Length(tok.text.slice(0, at)) };
            const range = { file: tok.range.file, start, end: { ...start, column: start.column + 1, offset: start.offset + 1 } };
            diags.push(diagnostics_error('Invalid JSON string', 'There is a syntax error in the given JSON string.', range));
            return undefined;
        }
        return { kind: 'string', value: JSON.parse(tok.text), range: tok.range };
    }
    keyword(tok, diags) {
        if (tok.text === 'true' || tok.text === 'false')
            return { kind: 'bool', value: tok.text === 'true', range: tok.range };
        if (tok.text === 'null')
            return { kind: 'null', range: tok.range };
        if (['undefined', 'NaN', 'Infinity'].includes(tok.text)) {
            diags.push(diagnostics_error('Invalid JSON keyword', `The JavaScript identifier ${JSON.stringify(tok.text)} cannot be used in JSON.`, tok.range));
            return undefined;
        }
        const suggestion = nameSuggestion(tok.text, KEYWORDS);
        const dym = suggestion ? ` Did you mean ${JSON.stringify(suggestion)}?` : '';
        diags.push(diagnostics_error('Invalid JSON keyword', `${JSON.stringify(tok.text)} is not a valid JSON keyword.${dym}`, tok.range));
        return undefined;
    }
    object(diags) {
        const open = this.read();
        const properties = [];
        for (;;) {
            if (this.peek().type === '}')
                break;
            const key = this.value(diags);
            if (!key || key.kind === 'invalid')
                return undefined;
            if (key.kind !== 'string') {
                diags.push(diagnostics_error('Invalid object property name', 'A JSON object property name must be a string', key.range));
                return undefined;
            }
            const colon = this.read();
            if (colon.type !== ':') {
                this.recover(colon, '{', '}');
                if (colon.type === '}' || colon.type === ',')
                    diags.push(diagnostics_error('Missing object value', 'A JSON object attribute must have a value, introduced by a colon.', colon.range));
                else if (colon.type === '=')
                    diags.push(diagnostics_error('Missing property value colon', 'JSON uses a colon as its name/value delimiter, not an equals sign.', colon.range));
                else
                    diags.push(diagnostics_error('Missing property value colon', "A colon must appear between an object property's name and its value.", colon.range));
                return undefined;
            }
            const value = this.value(diags);
            if (!value || value.kind === 'invalid')
                return undefined;
            properties.push({ name: key.value, nameRange: key.range, value });
            const next = this.peek();
            if (next.type === ',') {
                const comma = this.read();
                if (this.peek().type === '}') {
                    diags.push(diagnostics_error('Trailing comma in object', 'JSON does not permit a trailing comma after the final property in an object.', comma.range));
                    return undefined;
                }
                continue;
            }
            if (next.type === '}')
                break;
            if (next.type === 'eof') {
                diags.push(diagnostics_error('Unclosed object', 'No closing brace was found for this JSON object.', open.range));
                return undefined;
            }
            if (next.type === ']') {
                this.read();
                diags.push(diagnostics_error('Mismatched braces', 'A JSON object must be closed with a brace, not a bracket.', this.peek().range));
                return undefined;
            }
            this.recover(this.read(), '{', '}');
            diags.push(diagnostics_error('Missing attribute seperator comma', 'A comma must appear between each property definition in an object.', this.peek().range));
            return undefined;
        }
        const close = this.read();
        return { kind: 'object', properties, range: { file: open.range.file, start: open.range.start, end: close.range.end }, openRange: open.range };
    }
    array(diags) {
        const open = this.read();
        const items = [];
        for (;;) {
            if (this.peek().type === ']')
                break;
            const value = this.value(diags);
            if (!value || value.kind === 'invalid')
                return undefined;
            items.push(value);
            const next = this.peek();
            if (next.type === ',') {
                const comma = this.read();
                if (this.peek().type === ']') {
                    diags.push(diagnostics_error('Trailing comma in array', 'JSON does not permit a trailing comma after the final value in an array.', comma.range));
                    return undefined;
                }
                continue;
            }
            if (next.type === ']')
                break;
            const fail = (summary, detail, at) => {
                this.recover(this.read(), '[', ']');
                diags.push(diagnostics_error(summary, detail, at ?? this.peek().range));
                return undefined;
            };
            if (next.type === ':')
                return fail('Invalid array value', 'A colon is not used to introduce values in a JSON array.');
            if (next.type === 'eof')
                return fail('Unclosed object', 'No closing bracket was found for this JSON array.', open.range);
            if (next.type === '}')
                return fail('Mismatched brackets', 'A JSON array must be closed with a bracket, not a brace.');
            return fail('Missing attribute seperator comma', 'A comma must appear between each value in an array.');
        }
        const close = this.read();
        return { kind: 'array', items, range: { file: open.range.file, start: open.range.start, end: close.range.end }, openRange: open.range };
    }
}
/** Parses one JSON document; on errors the value may be partial or `invalid`. */
function parseJson(text, filename) {
    const p = new Parser(scan(text, filename));
    const diagnostics = [];
    let value;
    try {
        value = p.value(diagnostics) ?? { kind: 'invalid', range: p.peek().range };
    }
    catch (e) {
        if (!(e instanceof RangeError))
            throw e;
        const start = { line: 1, column: 1, offset: 0 };
        const range = { file: filename, start, end: start };
        return {
            value: { kind: 'invalid', range },
            diagnostics: [diagnostics_error('Configuration too deeply nested', 'The brackets or braces in this file nest too deeply to be parsed.', range)],
        };
    }
    if (diagnostics.length === 0 && p.peek().type !== 'eof') {
        diagnostics.push(diagnostics_error('Extraneous data after value', 'Extra characters appear after the JSON value.', p.peek().range));
    }
    return { value, diagnostics };
}

;// CONCATENATED MODULE: ./src/hcl/json-body.ts







const DYNAMIC_LABELS = ['type'];
/** Strings of JSON expressions, kept for the places HCL reads a string as native syntax (type constraints). */
const jsonStrings = new WeakMap();
function jsonBody(value, bindings) {
    return { items: [], range: value.range, json: { value, bindings } };
}
function parseJsonFile(text, filename) {
    const { value, diagnostics } = parseJson(text, filename);
    if (diagnostics.length === 0 && value.kind !== 'object' && value.kind !== 'array') {
        diagnostics.push(diagnostics_error('Incorrect JSON value type', 'A JSON object is required here, setting the arguments for this block.', value.range));
    }
    const body = diagnostics.length === 0 ? jsonBody(value) : { items: [], range: value.range };
    return { file: { name: filename, text, body }, diagnostics };
}
function withBindings(expr, src) {
    return src.bindings ? bindExpression(expr, src.bindings) : expr;
}
/** A JSON value as an expression: strings are native-syntax templates, objects and arrays construct values. */
function jsonExpression(v, diags) {
    switch (v.kind) {
        case 'string': {
            const origin = { line: v.range.start.line, column: v.range.start.column + 1, offset: v.range.start.offset + 1 };
            const t = parseTemplateText(v.value, v.range.file, origin);
            diags.push(...t.diagnostics);
            if (t.diagnostics.some((d) => d.severity === 'error'))
                return { kind: 'literal', value: V.unknown(), range: v.range };
            const expr = { ...t.expr, range: v.range };
            jsonStrings.set(expr, { text: v.value, range: v.range });
            return expr;
        }
        case 'number':
            return { kind: 'literal', value: V.number(v.value), range: v.range };
        case 'bool':
            return { kind: 'literal', value: V.bool(v.value), range: v.range };
        case 'null':
        case 'invalid':
            return { kind: 'literal', value: v.kind === 'null' ? V.null() : V.unknown(), range: v.range };
        case 'array':
            return { kind: 'tuple', items: v.items.map((i) => jsonExpression(i, diags)), openRange: v.openRange, range: v.range };
        case 'object':
            return {
                kind: 'object',
                openRange: v.openRange,
                range: v.range,
                items: v.properties.map((p) => {
                    const key = jsonExpression({ kind: 'string', value: p.name, range: p.nameRange }, diags);
                    return { key: { kind: 'objectKey', wrapped: key, forceNonLiteral: true, range: p.nameRange }, value: jsonExpression(p.value, diags) };
                }),
            };
    }
}
/**
 * Where HCL reads a JSON string as a native expression rather than a template (`type = "list(string)"`): the
 * string parsed as an expression. Native expressions come back unchanged.
 */
function nativeExpression(expr) {
    const s = jsonStrings.get(expr);
    if (!s)
        return { expr, diagnostics: [] };
    const origin = { line: s.range.start.line, column: s.range.start.column + 1, offset: s.range.start.offset + 1 };
    return parseExpressionText(s.text, s.range.file, origin);
}
/** The properties of a body, in order: an object's, or those of each object of an array. */
function properties(v, diags) {
    if (v.kind === 'object')
        return v.properties;
    if (v.kind === 'array') {
        return v.items.flatMap((item) => {
            if (item.kind === 'object')
                return item.properties;
            diags.push(diagnostics_error('Incorrect JSON value type', 'A JSON object is required here, to define arguments and child blocks.', item.range));
            return [];
        });
    }
    diags.push(diagnostics_error('Incorrect JSON value type', 'Either a JSON object or JSON array of objects is required here, to define arguments and child blocks.', v.range));
    return [];
}
function attribute(p, src, diags) {
    const expr = withBindings(jsonExpression(p.value, diags), src);
    return { kind: 'attribute', name: p.name, nameRange: p.nameRange, expr, range: rangeBetween(p.nameRange, p.value.range) };
}
function json_body_rangeString(r) {
    return `${r.file}:${r.start.line},${r.start.column}-${r.end.line === r.start.line ? r.end.column : `${r.end.line},${r.end.column}`}`;
}
/** Every property of an object body as an attribute (HCL's JustAttributes: locals, variables, required_plugins). */
function jsonAttributes(body) {
    const src = body.json;
    if (!src)
        return { body, diagnostics: [] };
    const diags = [];
    if (src.value.kind !== 'object') {
        diags.push(diagnostics_error('Incorrect JSON value type', 'A JSON object is required here, setting the arguments for this block.', src.value.range));
        return { body: { items: [], range: body.range }, diagnostics: diags };
    }
    const seen = new Map();
    const items = [];
    for (const p of src.value.properties) {
        if (p.name === '//')
            continue;
        const prev = seen.get(p.name);
        if (prev) {
            diags.push(diagnostics_error('Duplicate attribute definition', `The argument ${JSON.stringify(p.name)} was already set at ${json_body_rangeString(prev)}.`, p.nameRange));
            continue;
        }
        seen.set(p.name, p.nameRange);
        items.push(attribute(p, src, diags));
    }
    return { body: { items, range: body.range }, diagnostics: diags };
}
/** Reads a JSON body with a schema: declared attributes, declared blocks (and `dynamic` blocks where blocks go). */
function resolveJsonBody(body, schema) {
    const src = body.json;
    if (!src)
        return { body, diagnostics: [] };
    const diags = [];
    const items = [];
    const seen = new Map();
    const blockTypes = schema.blocks ?? {};
    const hasBlocks = Object.keys(blockTypes).length > 0;
    const suggestions = [...Object.keys(schema.attributes), ...Object.keys(blockTypes)];
    for (const p of properties(src.value, diags)) {
        if (p.name in schema.attributes) {
            const prev = seen.get(p.name);
            if (prev) {
                diags.push(diagnostics_error('Duplicate argument', `The argument ${JSON.stringify(p.name)} was already set at ${json_body_rangeString(prev)}.`, p.nameRange));
                continue;
            }
            seen.set(p.name, p.nameRange);
            items.push(attribute(p, src, diags));
            continue;
        }
        const spec = Object.hasOwn(blockTypes, p.name) ? blockTypes[p.name] : p.name === 'dynamic' && hasBlocks ? { labels: DYNAMIC_LABELS } : undefined;
        if (spec) {
            unpackBlock(p, spec.labels, [], [], src, items, diags);
            continue;
        }
        if (p.name === '//')
            continue;
        const suggestion = nameSuggestion(p.name, suggestions);
        diags.push(diagnostics_error('Extraneous JSON object property', `No argument or block type is named ${JSON.stringify(p.name)}.${suggestion ? ` Did you mean ${JSON.stringify(suggestion)}?` : ''}`, p.nameRange));
    }
    return { body: { items, range: body.range }, diagnostics: diags };
}
function unpackBlock(p, labelsLeft, labels, labelRanges, src, out, diags, at = p.value) {
    const v = at;
    if (labelsLeft.length > 0) {
        const [label, ...rest] = labelsLeft;
        const objects = v.kind === 'object' ? [v] : v.kind === 'array' ? v.items : undefined;
        if (!objects) {
            diags.push(diagnostics_error('Incorrect JSON value type', `Either a JSON object or JSON array of objects is required here, to specify ${label} labels for this block.`, v.range));
            return;
        }
        for (const o of objects) {
            if (o.kind !== 'object') {
                diags.push(diagnostics_error('Incorrect JSON value type', `A JSON object is required here, to specify ${label} labels for this block.`, o.range));
                continue;
            }
            if (o.properties.length === 0) {
                diags.push(diagnostics_error('Missing block label', `At least one object property is required, whose name represents the ${p.name} block's ${label}.`, o.openRange));
            }
            for (const lp of o.properties)
                unpackBlock(p, rest, [...labels, lp.name], [...labelRanges, lp.nameRange], src, out, diags, lp.value);
        }
        return;
    }
    const bodies = v.kind === 'object' ? [v] : v.kind === 'array' ? v.items : undefined;
    if (!bodies) {
        diags.push(diagnostics_error('Incorrect JSON value type', `Either a JSON object or a JSON array is required, representing the contents of one or more ${JSON.stringify(p.name)} blocks.`, v.range));
        return;
    }
    for (const b of bodies) {
        if (b.kind !== 'object') {
            diags.push(diagnostics_error('Incorrect JSON value type', 'A JSON object is required here, to define arguments and child blocks.', b.range));
            continue;
        }
        const block = {
            kind: 'block',
            type: p.name,
            typeRange: p.nameRange,
            labels,
            labelRanges,
            body: jsonBody(b, src.bindings),
            range: rangeBetween(p.nameRange, b.range),
            openBraceRange: b.openRange,
        };
        out.push(block);
    }
}

;// CONCATENATED MODULE: ./src/config/suggest.ts
// The " Did you mean …?" hint appended to unknown-name diagnostics, with HCL's matching rule.

function didYouMean(given, candidates) {
    const s = nameSuggestion(given, [...candidates]);
    return s === '' ? '' : ` Did you mean "${s}"?`;
}

;// CONCATENATED MODULE: ./src/config/variables.ts





/** A raw string from the environment or the command line: taken as is for string variables, else read as HCL. */
function parseRawValue(raw, decl, origin) {
    if (decl.type.kind === 'string')
        return { value: V.string(raw), diagnostics: [] };
    const parsed = parseExpressionText(raw, `<value for var.${decl.name} from ${origin}>`);
    const r = parsed.diagnostics.length > 0 ? parsed : evaluate(parsed.expr, { variables: {} });
    if (r.diagnostics.length === 0 && 'value' in r)
        return r;
    // A bare word for an `any` variable is a string, as Packer takes it.
    if (decl.type.kind === 'dynamic')
        return { value: V.string(raw), diagnostics: [] };
    const why = r.diagnostics[0];
    return {
        value: V.null(),
        diagnostics: [
            diagnostics_error('Invalid value for variable', `The value ${decl.sensitive ? '' : `${JSON.stringify(raw)} `}given for variable "${decl.name}" by ${origin} is not a valid ${typeName(decl.type)}: ${why.summary}${why.detail ? `: ${why.detail}` : ''}`),
        ],
    };
}
/** Every leaf of a value as text, for masking. */
function leafStrings(v) {
    switch (v.kind) {
        case 'string':
            return v.value === '' ? [] : [v.value];
        case 'number':
        case 'bool':
            return [String(v.value)];
        case 'list':
        case 'set':
        case 'tuple':
            return v.items.flatMap(leafStrings);
        case 'map':
        case 'object':
            return Object.values(v.attrs).flatMap(leafStrings);
        default:
            return [];
    }
}
function resolveVariables(decls, inputs, onSensitive, 
/** For validation conditions. */
functions = {}) {
    const diags = [];
    const chosen = new Map();
    const masked = new Set();
    const mask = (s) => {
        if (masked.has(s) || !onSensitive)
            return;
        masked.add(s);
        onSensitive(s);
    };
    for (const [name, decl] of decls) {
        if (decl.default !== undefined)
            chosen.set(name, { value: decl.default, origin: 'default' });
    }
    // Masking starts before any value is looked at further: a sensitive default is registered now.
    const offer = (name, c) => {
        if (decls.get(name)?.sensitive)
            leafStrings(c.value).forEach(mask);
        chosen.set(name, c);
    };
    for (const [key, raw] of Object.entries(inputs.env)) {
        if (!key.startsWith('PKR_VAR_') || raw === undefined)
            continue;
        const decl = decls.get(key.slice('PKR_VAR_'.length));
        if (!decl)
            continue; // Packer ignores undeclared PKR_VAR_ values.
        if (decl.sensitive)
            mask(raw);
        const r = parseRawValue(raw, decl, `environment variable ${key}`);
        diags.push(...r.diagnostics);
        offer(decl.name, { value: r.value, origin: 'env' });
    }
    const fromFiles = (files, origin) => {
        for (const file of files) {
            for (const item of file.body.items) {
                if (item.kind === 'block') {
                    diags.push(diagnostics_error('Unexpected block', `Blocks are not allowed in a variables file. Write "name = value" lines only.`, item.typeRange));
                    continue;
                }
                const decl = decls.get(item.name);
                if (!decl) {
                    diags.push(diagnostics_warning('Undefined variable', `A "${item.name}" variable was set but was not declared. Declare it with a variable "${item.name}" {} block in one of your .pkr.hcl files, or remove it.`, item.nameRange));
                    continue;
                }
                const r = evaluate(item.expr, { variables: {} });
                if (r.diagnostics.length > 0) {
                    diags.push(...r.diagnostics.map((d) => d.summary === 'Unknown variable' ? { ...d, summary: 'Variables not allowed', detail: 'Variables may not be used in a variables file.' } : d));
                    continue;
                }
                offer(decl.name, { value: r.value, origin, range: item.expr.range });
            }
        }
    };
    fromFiles(inputs.autoVarFiles, 'auto');
    fromFiles(inputs.varFiles, 'file');
    for (const [name, raw] of inputs.cliVars) {
        const decl = decls.get(name);
        if (!decl) {
            diags.push(diagnostics_error('Undefined -var variable', `A "${name}" variable was passed in but was not found in known variables. To declare variable "${name}", place this block in one of your .pkr.hcl files, such as variables.pkr.hcl:\n\nvariable "${name}" {\n  type    = string\n  default = null\n}`));
            continue;
        }
        if (decl.sensitive)
            mask(raw);
        const r = parseRawValue(raw, decl, '-var');
        diags.push(...r.diagnostics);
        offer(name, { value: r.value, origin: 'cli' });
    }
    const values = {};
    for (const [name, decl] of decls) {
        const c = chosen.get(name);
        if (!c) {
            diags.push(diagnostics_error(`Unset variable "${name}"`, `A used variable must be set or have a default value. Give it one with -var ${name}=…, a PKR_VAR_${name} environment variable, or a var file.`, decl.range));
            continue;
        }
        let value = c.value;
        if (c.origin !== 'default') {
            const conv = convert(value, decl.type);
            if ('error' in conv) {
                diags.push(diagnostics_error('Invalid value for variable', `The value for ${name} is not compatible with the variable's type constraint: ${conv.error}.`, c.range ?? decl.range));
                continue;
            }
            value = conv.value;
        }
        if (value.kind === 'null' && !decl.nullable) {
            diags.push(diagnostics_error('Invalid value for variable', `The variable "${name}" is not nullable: give it a value.`, c.range ?? decl.range));
            continue;
        }
        if (decl.sensitive)
            value = markSensitive(value);
        diags.push(...validate(decl, value, functions));
        values[name] = value;
    }
    return { values, diagnostics: diags };
}
function validate(decl, value, functions) {
    const diags = [];
    const ctx = { variables: { var: V.object({ [decl.name]: value }) }, functions };
    for (const v of decl.validations) {
        const cond = evaluate(v.condition, ctx);
        if (cond.diagnostics.length > 0) {
            diags.push(...cond.diagnostics);
            continue;
        }
        if (cond.value.kind === 'bool' && cond.value.value)
            continue;
        if (cond.value.kind !== 'bool') {
            diags.push(diagnostics_error('Invalid validation condition', 'The condition must be a bool: true for a valid value, false for an invalid one.', v.condition.range));
            continue;
        }
        const msg = evaluate(v.errorMessage, ctx);
        const text = msg.value.kind === 'string' ? msg.value.value : 'The value is not valid.';
        diags.push(diagnostics_error('Invalid value for variable', `${text}\n\nThis was checked by the validation rule at ${v.range.file}:${v.range.start.line},${v.range.start.column}.`, v.range));
    }
    return diags;
}

;// CONCATENATED MODULE: ./src/config/dynamic.ts







const DYNAMIC_BLOCK = {
    attributes: {
        for_each: { type: T.dynamic, required: true, description: 'The collection to generate one block per element of.' },
        iterator: { type: T.dynamic, description: 'Name of the element variable (default: the block type).' },
        labels: { type: T.list(T.string), description: 'Labels of each generated block.' },
    },
    blocks: { content: { labels: [], multiple: true, description: 'The body of each generated block.' } },
};
function dynamic_hasDynamic(body) {
    return body.items.some((i) => i.kind === 'block' && i.type === 'dynamic');
}
function attr(body, name) {
    return body.items.find((i) => i.kind === 'attribute' && i.name === name);
}
/** (key, value) pairs of a for_each collection, as dynblock iterates them. */
function dynamic_elements(v) {
    switch (v.kind) {
        case 'list':
        case 'tuple':
            return v.items.map((item, i) => [V.number(i), item]);
        case 'set':
            return v.items.map((item) => [item, item]);
        case 'map':
        case 'object':
            return Object.entries(v.attrs).map(([k, item]) => [V.string(k), item]);
        default:
            return undefined;
    }
}
function iteratorName(body, fallback, diags) {
    const it = attr(body, 'iterator');
    if (!it)
        return fallback;
    const { expr } = nativeExpression(it.expr);
    if (expr.kind === 'scopeTraversal' && expr.steps.length === 0)
        return expr.root;
    diags.push(diagnostics_error('Invalid dynamic iterator name', 'Dynamic iterator must be a single variable name.', it.expr.range));
    return undefined;
}
function blockLabels(body, spec, type, ctx, diags) {
    const a = attr(body, 'labels');
    if (!a) {
        if (spec.labels.length === 0)
            return [];
        diags.push(diagnostics_error('Insufficient dynamic block labels', `Blocks of type ${JSON.stringify(type)} require ${spec.labels.length} label(s).`, body.range));
        return undefined;
    }
    const r = evaluate(a.expr, ctx);
    diags.push(...r.diagnostics);
    if (hasErrors(r.diagnostics))
        return undefined;
    const items = r.value.kind === 'list' || r.value.kind === 'tuple' ? r.value.items : undefined;
    if (!items) {
        diags.push(diagnostics_error('Invalid dynamic block label', `Cannot use this value as a dynamic block label: a list of strings is required, not ${typeName(typeOf(r.value))}.`, a.expr.range));
        return undefined;
    }
    if (items.length !== spec.labels.length) {
        const summary = items.length > spec.labels.length ? 'Extraneous dynamic block label' : 'Insufficient dynamic block labels';
        diags.push(diagnostics_error(summary, `Blocks of type ${JSON.stringify(type)} require ${spec.labels.length} label(s).`, a.expr.range));
        return undefined;
    }
    const labels = [];
    for (const l of items) {
        if (l.kind === 'null')
            diags.push(diagnostics_error('Invalid dynamic block label', 'Cannot use a null value as a dynamic block label.', a.expr.range));
        else if (!isKnown(l))
            diags.push(diagnostics_error('Invalid dynamic block label', 'This value is not yet known. Dynamic block labels must be immediately-known values.', a.expr.range));
        else if (l.sensitive)
            diags.push(diagnostics_error('Invalid dynamic block label', 'This value has dynamic marks that make it unsuitable for use as a block label.', a.expr.range));
        else if (l.kind === 'string' || l.kind === 'number' || l.kind === 'bool')
            labels.push(String(l.value));
        else
            diags.push(diagnostics_error('Invalid dynamic block label', `Cannot use this value as a dynamic block label: string required.`, a.expr.range));
    }
    return labels.length === items.length ? labels : undefined;
}
function expandOne(block, blocks, ctx, diags) {
    if (block.labels.length !== 1)
        return [];
    const type = block.labels[0];
    const spec = Object.hasOwn(blocks, type) ? blocks[type] : undefined;
    if (!spec) {
        diags.push(diagnostics_error('Unsupported block type', `Blocks of type ${JSON.stringify(type)} are not expected here.`, block.labelRanges[0]));
        return [];
    }
    const local = [];
    const body = block.body.json ? resolveBodyInto(block.body, local) : block.body;
    const contents = body.items.filter((i) => i.kind === 'block' && i.type === 'content');
    for (const item of body.items) {
        if (item.kind === 'attribute' && !(item.name in DYNAMIC_BLOCK.attributes))
            local.push(diagnostics_error('Unsupported argument', `An argument named ${JSON.stringify(item.name)} is not expected here.`, item.nameRange));
        if (item.kind === 'block' && item.type !== 'content')
            local.push(diagnostics_error('Unsupported block type', `Blocks of type ${JSON.stringify(item.type)} are not expected here.`, item.typeRange));
    }
    const forEach = attr(body, 'for_each');
    if (!forEach)
        local.push(diagnostics_error('Missing required argument', 'The argument "for_each" is required, but no definition was found.', block.openBraceRange));
    if (contents.length === 0) {
        local.push(diagnostics_error('Missing dynamic content block', 'A dynamic block must have a nested block of type "content" to describe the body of each generated block.', block.openBraceRange));
    }
    else if (contents.length > 1) {
        local.push(diagnostics_error('Extraneous dynamic content block', 'Only one nested content block is allowed for each dynamic block.', contents[1].typeRange));
    }
    const it = iteratorName(body, type, local);
    diags.push(...local);
    if (hasErrors(local) || !forEach || it === undefined)
        return [];
    const each = evaluate(forEach.expr, ctx);
    diags.push(...each.diagnostics);
    if (hasErrors(each.diagnostics))
        return [];
    if (each.value.kind === 'null') {
        diags.push(diagnostics_error('Invalid dynamic for_each value', 'Cannot use a null value in for_each.', forEach.expr.range));
        return [];
    }
    if (!isKnown(each.value)) {
        diags.push(diagnostics_error('Invalid dynamic for_each value', 'The for_each value is not known until the build runs; dynamic blocks need values known before it starts.', forEach.expr.range));
        return [];
    }
    const pairs = dynamic_elements(each.value);
    if (!pairs) {
        diags.push(diagnostics_error('Invalid dynamic for_each value', `Cannot use a ${typeName(typeOf(each.value))} value in for_each. An iterable collection is required.`, forEach.expr.range));
        return [];
    }
    const content = contents[0];
    const out = [];
    for (const [key, value] of pairs) {
        const bindings = { [it]: V.object({ key, value }) };
        const labels = blockLabels(body, spec, type, childContext(ctx, bindings), diags);
        if (!labels)
            continue;
        out.push({
            kind: 'block',
            type,
            typeRange: block.labelRanges[0],
            labels,
            labelRanges: labels.map(() => attr(body, 'labels')?.expr.range ?? block.labelRanges[0]),
            body: bindBody(content.body, bindings),
            range: block.range,
            openBraceRange: content.openBraceRange,
        });
    }
    return out;
}
function resolveBodyInto(body, diags) {
    const r = resolveJsonBody(body, DYNAMIC_BLOCK);
    diags.push(...r.diagnostics);
    return r.body;
}
/** The body with each `dynamic` block replaced, in place, by the blocks it generates. */
function expandDynamic(body, blocks, ctx) {
    if (!dynamic_hasDynamic(body) || Object.keys(blocks).length === 0)
        return { body, diagnostics: [] };
    const diags = [];
    const items = body.items.flatMap((i) => (i.kind === 'block' && i.type === 'dynamic' ? expandOne(i, blocks, ctx, diags) : [i]));
    return { body: { ...body, items }, diagnostics: diags };
}

;// CONCATENATED MODULE: ./src/config/schema.ts








/** A body as the schema reads it: a JSON body's properties sorted into attributes and blocks; native unchanged. */
function resolveBody(body, schema, diags) {
    if (!body.json)
        return body;
    const r = resolveJsonBody(body, schema);
    diags.push(...r.diagnostics);
    return r.body;
}
/** Checks names against the schema: unknown attributes and blocks, duplicates, wrong label counts. */
function checkBody(original, schema, owner) {
    const diags = [];
    const body = resolveBody(original, schema, diags);
    const seen = new Map();
    const blockCounts = new Map();
    const attrNames = Object.keys(schema.attributes);
    const blockNames = Object.keys(schema.blocks ?? {});
    for (const item of body.items) {
        if (item.kind === 'attribute') {
            if (!(item.name in schema.attributes)) {
                const hint = blockNames.includes(item.name) ? ` Did you mean to define a block of type "${item.name}"?` : didYouMean(item.name, attrNames);
                diags.push(diagnostics_error('Unsupported argument', `An argument named "${item.name}" is not expected here.${hint}`, item.nameRange));
                continue;
            }
            const prev = seen.get(item.name);
            if (prev) {
                const at = `${prev.nameRange.file}:${prev.nameRange.start.line},${prev.nameRange.start.column}-${prev.nameRange.end.column}`;
                diags.push(diagnostics_error('Attribute redefined', `The argument "${item.name}" was already set at ${at}. Each argument may be set only once.`, item.nameRange));
            }
            seen.set(item.name, item);
            continue;
        }
        if (item.type === 'dynamic' && Object.keys(schema.blocks ?? {}).length > 0) {
            // Expanded where the values it needs are known (dynamic.ts); here only its shape is checked.
            diags.push(...checkLabels(item, ['type']));
            continue;
        }
        const spec = schema.blocks?.[item.type];
        if (!spec) {
            const hint = attrNames.includes(item.type)
                ? ` Did you mean to define argument "${item.type}"? If so, use the equals sign to assign it a value.`
                : didYouMean(item.type, blockNames);
            diags.push(diagnostics_error('Unsupported block type', `Blocks of type "${item.type}" are not expected here.${hint}`, item.typeRange));
            continue;
        }
        diags.push(...checkLabels(item, spec.labels));
        const n = (blockCounts.get(item.type) ?? 0) + 1;
        blockCounts.set(item.type, n);
        if (!spec.multiple && n > 1) {
            diags.push(diagnostics_error(`Duplicate ${item.type} block`, `Only one "${item.type}" block is allowed here.`, item.typeRange));
        }
        if (spec.schema)
            diags.push(...checkBody(item.body, spec.schema, item));
    }
    for (const [name, a] of Object.entries(schema.attributes)) {
        if (a.required && !seen.has(name)) {
            const where = owner?.openBraceRange ?? body.range;
            diags.push(diagnostics_error('Missing required argument', `The argument "${name}" is required, but no definition was found.`, where));
        }
    }
    return diags;
}
function checkLabels(block, labels) {
    if (block.labels.length === labels.length)
        return [];
    if (block.labels.length > labels.length) {
        const extra = block.labelRanges[labels.length] ?? block.typeRange;
        const detail = labels.length === 0
            ? `No labels are expected for ${block.type} blocks.`
            : `Only ${labels.length} labels (${labels.join(', ')}) are expected for ${block.type} blocks.`;
        return [diagnostics_error('Extraneous label for ' + block.type, detail, extra)];
    }
    const missing = labels[block.labels.length];
    return [
        diagnostics_error(`Missing ${missing} for ${block.type}`, `All ${block.type} blocks must have ${labels.length} labels (${labels.join(', ')}).`, block.openBraceRange),
    ];
}
/** Evaluates one attribute and converts it to the declared type. */
function evalAttribute(attr, spec, ctx) {
    const { value, diagnostics } = evaluate(attr.expr, ctx);
    if (diagnostics.some((d) => d.severity === 'error'))
        return { diagnostics };
    if (value.kind === 'null') {
        if (spec.required)
            return { diagnostics: [diagnostics_error('Required attribute is null', `The argument "${attr.name}" is required and may not be null.`, attr.expr.range)] };
        return { value, diagnostics };
    }
    if (!isKnown(value)) {
        return { diagnostics: [diagnostics_error('Unknown value', `The value of "${attr.name}" is not known until the build runs, but it is needed now.`, attr.expr.range)] };
    }
    const converted = convert(value, spec.type);
    if ('error' in converted) {
        return {
            diagnostics: [diagnostics_error('Incorrect attribute value type', `Inappropriate value for attribute "${attr.name}": ${converted.error}.`, attr.expr.range)],
        };
    }
    return { value: converted.value, diagnostics };
}
/** Checks and evaluates a body against its schema. */
function decodeBody(original, schema, ctx, owner) {
    const resolved = [];
    const expanded = expandDynamic(resolveBody(original, schema, resolved), schema.blocks ?? {}, ctx);
    const body = expanded.body;
    const diagnostics = [...resolved, ...expanded.diagnostics, ...checkBody(body, schema, owner)];
    const attrs = {};
    const values = {};
    const ranges = {};
    for (const [name, spec] of Object.entries(schema.attributes))
        attrs[name] = spec.default ?? null;
    for (const item of body.items) {
        if (item.kind !== 'attribute' || !(item.name in schema.attributes))
            continue;
        const spec = schema.attributes[item.name];
        const r = evalAttribute(item, spec, ctx);
        diagnostics.push(...r.diagnostics);
        if (r.value === undefined)
            continue;
        if (ctx.onSensitive && (spec.sensitive || r.value.sensitive))
            leafStrings(r.value).forEach(ctx.onSensitive);
        ranges[item.name] = item.expr.range;
        values[item.name] = r.value;
        if (r.value.kind !== 'null')
            attrs[item.name] = toJS(r.value);
    }
    const blocks = body.items.filter((i) => i.kind === 'block' && schema.blocks?.[i.type] !== undefined);
    return { attrs, values, ranges, blocks, diagnostics };
}

;// CONCATENATED MODULE: ./src/config/registry.ts
// The plugin types repack has built in, by block kind. The docker plugin's version is what `required_plugins`
// constraints are checked against.
/** The version of Packer's docker plugin whose behaviour repack's builder and post-processors match. */
const DOCKER_PLUGIN_VERSION = '1.1.1';
const DOCKER_PLUGIN_SOURCE = 'github.com/hashicorp/docker';
const BUILDER_TYPES = ['docker'];
const PROVISIONER_TYPES = ['shell', 'file', 'shell-local', 'breakpoint'];
const POST_PROCESSOR_TYPES = [
    'docker-tag',
    'docker-push',
    'docker-save',
    'docker-import',
    'manifest',
    'checksum',
    'compress',
    'shell-local',
    'artifice',
];
function isOneOf(list, s) {
    return list.includes(s);
}

;// CONCATENATED MODULE: ./src/config/source-refs.ts
// Builds that name a source the template does not define.


/** Build references to sources that are not defined. */
function checkSourceRefs(t) {
    const diags = [];
    for (const b of t.builds) {
        for (const s of b.sources) {
            if (!t.sources.has(s.ref)) {
                diags.push(diagnostics_error('Unknown source', `There is no source "${s.type}" "${s.name}" in this template.${didYouMean(s.ref, t.sources.keys())}`, s.range));
            }
        }
    }
    return diags;
}

;// CONCATENATED MODULE: ./src/config/build.ts









const BUILD_BLOCK = {
    attributes: {
        name: { type: T.string, description: 'Build name, the first part of every build name printed.' },
        description: { type: T.string, description: 'What the build is for.' },
        sources: { type: T.list(T.string), description: 'Sources to build: "source.<type>.<name>".' },
    },
    blocks: {
        source: { labels: ['reference'], multiple: true, description: 'A source to build, with a name and overrides.' },
        provisioner: { labels: ['type'], multiple: true, description: 'A step run inside the container, in written order.' },
        'post-processor': { labels: ['type'], multiple: true, description: 'A chain of one post-processor.' },
        'post-processors': { labels: [], multiple: true, description: 'A chain of post-processors, run in order.' },
        'error-cleanup-provisioner': { labels: ['type'], multiple: false, description: 'Runs when a provisioner fails.' },
    },
};
const CHAIN_BLOCK = {
    attributes: {},
    blocks: { 'post-processor': { labels: ['type'], multiple: true, description: 'A post-processor of the chain.' } },
};
function decodeSourceRef(raw, range, diags) {
    const parts = raw.split('.');
    const [head, type, name] = parts[0] === 'source' ? parts : ['source', ...parts];
    if (head !== 'source' || !type || !name || parts.length > 3 || (parts[0] !== 'source' && parts.length !== 2)) {
        diags.push(diagnostics_error('Invalid source reference', `"${raw}" is not a source reference. Write "source.<type>.<name>", e.g. "source.docker.ubuntu".`, range));
        return undefined;
    }
    return { ref: `${type}.${name}`, type, name, range };
}
function checkType(block, known, what, diags) {
    const type = block.labels[0];
    if (known.includes(type))
        return true;
    diags.push(diagnostics_error(`Unknown ${what} type "${type}"`, `The ${what} types repack supports are: ${known.join(', ')}.${didYouMean(type, known)}`, block.labelRanges[0]));
    return false;
}
function decodeChain(item, diags) {
    const body = resolveBody(item.body, CHAIN_BLOCK, diags);
    diags.push(...checkBody(body, CHAIN_BLOCK, item));
    return body.items
        .filter((i) => i.kind === 'block' && i.type === 'post-processor' && i.labels.length === 1)
        .filter((pp) => checkType(pp, POST_PROCESSOR_TYPES, 'post-processor', diags))
        .map((pp) => ({ type: pp.labels[0], block: pp }));
}
function decodeSourceBlock(item, spec, diags) {
    const ref = decodeSourceRef(item.labels[0], item.labelRanges[0], diags);
    if (!ref)
        return;
    const attrs = jsonAttributes(item.body);
    diags.push(...attrs.diagnostics);
    const nameAttr = attrs.body.items.find((i) => i.kind === 'attribute' && i.name === 'name');
    let overrides = attrs.body;
    if (nameAttr) {
        const r = evaluate(nameAttr.expr, { variables: {} });
        diags.push(...r.diagnostics);
        if (r.value.kind === 'string')
            ref.nameOverride = r.value.value;
        overrides = { ...attrs.body, items: attrs.body.items.filter((i) => i !== nameAttr) };
    }
    spec.sources.push({ ...ref, overrides });
}
/** Decodes a build block; with `ctx`, its dynamic blocks are expanded first. */
function decodeBuild(original, diags, ctx) {
    let body = resolveBody(original.body, BUILD_BLOCK, diags);
    const dynamic = dynamic_hasDynamic(body);
    if (dynamic && ctx) {
        const expanded = expandDynamic(body, BUILD_BLOCK.blocks ?? {}, ctx);
        diags.push(...expanded.diagnostics);
        body = expanded.body;
    }
    const block = { ...original, body };
    diags.push(...checkBody(body, BUILD_BLOCK, block));
    const decoded = decodeBody(body, { attributes: BUILD_BLOCK.attributes }, { variables: {} });
    const spec = {
        name: typeof decoded.attrs.name === 'string' ? decoded.attrs.name : '',
        description: typeof decoded.attrs.description === 'string' ? decoded.attrs.description : '',
        sources: [],
        provisioners: [],
        postProcessorChains: [],
        block,
        dynamic: dynamic && !ctx,
    };
    // build-level name/description/sources are constants in Packer: a variable reference there is reported as such.
    diags.push(...decoded.diagnostics.filter((d) => d.summary !== 'Unsupported argument' && d.summary !== 'Unsupported block type'));
    if (Array.isArray(decoded.attrs.sources)) {
        decoded.attrs.sources.forEach((s) => {
            const ref = decodeSourceRef(String(s), decoded.ranges.sources, diags);
            if (ref)
                spec.sources.push(ref);
        });
    }
    for (const item of body.items) {
        if (item.kind !== 'block')
            continue;
        if (item.type === 'post-processors') {
            spec.postProcessorChains.push(decodeChain(item, diags));
            continue;
        }
        if (item.labels.length !== 1)
            continue;
        const type = item.labels[0];
        switch (item.type) {
            case 'source':
                decodeSourceBlock(item, spec, diags);
                break;
            case 'provisioner':
                if (checkType(item, PROVISIONER_TYPES, 'provisioner', diags))
                    spec.provisioners.push({ type, block: item });
                break;
            case 'error-cleanup-provisioner':
                if (checkType(item, PROVISIONER_TYPES, 'provisioner', diags))
                    spec.errorCleanupProvisioner = { type, block: item };
                break;
            case 'post-processor':
                if (checkType(item, POST_PROCESSOR_TYPES, 'post-processor', diags))
                    spec.postProcessorChains.push([{ type, block: item }]);
                break;
        }
    }
    if (spec.sources.length === 0 && !spec.dynamic) {
        diags.push(diagnostics_error('Missing sources', 'A build needs at least one source: sources = ["source.docker.<name>"] or a source "docker.<name>" { } block.', block.openBraceRange));
    }
    return spec;
}
function key(d) {
    return `${d.summary}@${d.range ? `${d.range.file}:${d.range.start.offset}` : ''}`;
}
/**
 * Decodes again, with dynamic blocks expanded, every build that has some (var, local, data, path and packer are
 * known by now). Problems already reported by the first decoding are not repeated.
 */
function expandBuilds(t, ctx) {
    const diags = [];
    t.builds = t.builds.map((b) => {
        if (!b.dynamic)
            return b;
        const first = [];
        decodeBuild(b.block, first);
        const seen = new Set(first.map(key));
        const now = [];
        const spec = decodeBuild(b.block, now, ctx);
        diags.push(...now.filter((d) => !seen.has(key(d))), ...checkSourceRefs({ ...t, builds: [spec] }));
        return spec;
    });
    return diags;
}

;// CONCATENATED MODULE: ./src/config/data.ts
// Data sources. Packer's are almost all cloud look-ups; the `null` data source needs none: its `output` is its
// `input`, which makes it the usual way to name a computed value once. Evaluated after variables and before locals,
// each after the data sources it refers to.




const DATA_SOURCE_TYPES = ['null'];
const NULL_DATA_SOURCE = {
    attributes: { input: { type: T.string, required: true, description: 'The value `output` takes.' } },
};
/** The `data` object of the evaluation context: data.<type>.<name>.<attribute>. */
function evaluateDataSources(decls, base) {
    const diags = [];
    const results = new Map();
    const state = new Map();
    const byRef = new Map(decls.map((d) => [`${d.type}.${d.name}`, d]));
    const data = () => {
        const types = {};
        for (const [d, v] of results)
            (types[d.type] ??= {})[d.name] = v;
        return V.object(Object.fromEntries(Object.entries(types).map(([t, names]) => [t, V.object(names)])));
    };
    const visit = (d, chain) => {
        if (state.get(d) === 'done')
            return;
        if (state.get(d) === 'visiting') {
            diags.push(diagnostics_error('Cycle in data sources', `data.${d.type}.${d.name} depends on itself: ${[...chain, `data.${d.type}.${d.name}`].join(' → ')}.`, d.block.labelRanges[1]));
            return;
        }
        state.set(d, 'visiting');
        for (const item of d.body.items) {
            if (item.kind !== 'attribute')
                continue;
            for (const t of traversals(item.expr)) {
                const dep = t.root === 'data' ? byRef.get(`${String(t.path[0])}.${String(t.path[1])}`) : undefined;
                if (dep)
                    visit(dep, [...chain, `data.${d.type}.${d.name}`]);
            }
        }
        const r = decodeBody(d.body, NULL_DATA_SOURCE, { ...base, variables: { ...base.variables, data: data() } }, d.block);
        diags.push(...r.diagnostics);
        const input = r.values.input ?? V.unknown(T.string);
        results.set(d, V.object({ input, output: input }));
        state.set(d, 'done');
    };
    for (const d of decls)
        visit(d, []);
    return { value: data(), diagnostics: diags };
}

;// CONCATENATED MODULE: ./src/config/decode.ts










const TOP_LEVEL = {
    attributes: {},
    blocks: {
        packer: { labels: [], multiple: true, description: 'Requirements on repack and its plugins.' },
        variable: { labels: ['name'], multiple: true, description: 'An input variable.' },
        variables: { labels: [], multiple: true, description: 'Input variables, legacy form: `name = default`.' },
        locals: { labels: [], multiple: true, description: 'Local values.' },
        local: { labels: ['name'], multiple: true, description: 'One local value, may be sensitive.' },
        source: { labels: ['type', 'name'], multiple: true, description: 'A builder configuration.' },
        build: { labels: [], multiple: true, description: 'Sources to build, their provisioners and post-processors.' },
        data: { labels: ['type', 'name'], multiple: true, description: 'A data source.' },
    },
};
const PACKER_BLOCK = {
    attributes: { required_version: { type: T.string, description: 'Version constraint on repack itself.' } },
    blocks: { required_plugins: { labels: [], multiple: true, description: 'Plugins the template needs.' } },
};
const VARIABLE_BLOCK = {
    attributes: {
        type: { type: T.dynamic, description: 'Type constraint.' },
        default: { type: T.dynamic, description: 'Value used when none is given.' },
        description: { type: T.string, description: 'What the variable is for.' },
        sensitive: { type: T.bool, default: false, description: 'Mask the value in every output.' },
        nullable: { type: T.bool, default: true, description: 'May the value be null?' },
    },
    blocks: {
        validation: {
            labels: [],
            multiple: true,
            description: 'A condition the value must meet.',
            schema: {
                attributes: {
                    condition: { type: T.bool, required: true, description: 'Must be true for a valid value.' },
                    error_message: { type: T.string, required: true, description: 'Shown when the condition is false.' },
                },
            },
        },
    },
};
const LOCAL_BLOCK = {
    attributes: {
        expression: { type: T.dynamic, required: true, description: 'The value.' },
        sensitive: { type: T.bool, default: false, description: 'Mask the value in every output.' },
    },
};
/** Constant expressions only (defaults, var files): functions yes, variables no. */
function constant(attr) {
    return evaluate(attr.expr, { variables: {} });
}
/** Attributes of a block whose body holds only attributes (locals, variables, required_plugins). */
function attributesOf(body, diags) {
    const r = jsonAttributes(body);
    diags.push(...r.diagnostics);
    return r.body;
}
function decodeVariable(original, diags) {
    const name = original.labels[0];
    const block = { ...original, body: resolveBody(original.body, VARIABLE_BLOCK, diags) };
    diags.push(...checkBody(block.body, VARIABLE_BLOCK, block));
    const decl = {
        name,
        type: T.dynamic,
        description: '',
        sensitive: false,
        nullable: true,
        validations: [],
        range: block.typeRange,
    };
    let defaultAttr;
    for (const item of block.body.items) {
        if (item.kind === 'block') {
            if (item.type !== 'validation')
                continue;
            const validation = resolveBody(item.body, VARIABLE_BLOCK.blocks?.validation.schema ?? { attributes: {} }, []);
            const get = (n) => validation.items.find((i) => i.kind === 'attribute' && i.name === n);
            const condition = get('condition');
            const message = get('error_message');
            if (condition && message)
                decl.validations.push({ condition: condition.expr, errorMessage: message.expr, range: item.typeRange });
            continue;
        }
        switch (item.name) {
            case 'type': {
                const native = nativeExpression(item.expr);
                diags.push(...native.diagnostics);
                const t = parseTypeExpr(native.expr);
                diags.push(...t.diagnostics);
                decl.type = t.type;
                break;
            }
            case 'default':
                defaultAttr = item;
                break;
            case 'description':
            case 'sensitive':
            case 'nullable': {
                const r = constant(item);
                diags.push(...r.diagnostics);
                if (item.name === 'description' && r.value.kind === 'string')
                    decl.description = r.value.value;
                else if (item.name !== 'description' && r.value.kind === 'bool')
                    decl[item.name] = r.value.value;
                else if (r.value.kind !== 'null')
                    diags.push(diagnostics_error('Incorrect attribute value type', `Inappropriate value for attribute "${item.name}": ${item.name === 'description' ? 'string' : 'bool'} required.`, item.expr.range));
                break;
            }
        }
    }
    if (defaultAttr) {
        const r = constant(defaultAttr);
        diags.push(...r.diagnostics.map((d) => d.summary === 'Variables not allowed' || d.summary === 'Unknown variable'
            ? { ...d, summary: 'Variables not allowed', detail: 'Variables may not be used here.' }
            : d));
        if (r.value.kind === 'null') {
            decl.default = r.value;
        }
        else if (!r.diagnostics.some((d) => d.severity === 'error')) {
            const c = convert(r.value, decl.type);
            if ('error' in c)
                diags.push(diagnostics_error('Invalid default value for variable', `This default value is not compatible with the variable's type constraint: ${c.error}.`, defaultAttr.expr.range));
            else
                decl.default = c.value;
        }
    }
    return decl;
}
function decodeRequiredPlugins(block, diags) {
    const out = [];
    for (const item of attributesOf(block.body, diags).items) {
        if (item.kind === 'block') {
            diags.push(diagnostics_error('Unsupported block type', `Blocks of type "${item.type}" are not expected here. Each plugin is an argument: docker = { version = ">= 1.0.0", source = "github.com/hashicorp/docker" }.`, item.typeRange));
            continue;
        }
        const r = constant(item);
        diags.push(...r.diagnostics);
        if (r.value.kind !== 'object' && r.value.kind !== 'map') {
            diags.push(diagnostics_error('Invalid required_plugins entry', `The plugin "${item.name}" must be an object with "version" and "source", e.g. { version = ">= 1.0.0", source = "github.com/hashicorp/docker" }.`, item.expr.range));
            continue;
        }
        const attr = (n) => {
            const v = r.value.kind === 'object' || r.value.kind === 'map' ? r.value.attrs[n] : undefined;
            return v?.kind === 'string' ? v.value : '';
        };
        out.push({ name: item.name, source: attr('source'), version: attr('version'), range: item.nameRange });
    }
    return out;
}
/** Top-level structure of every file into one Template. */
function decodeTemplate(files, root) {
    const diags = [];
    const t = { root, requiredPlugins: [], variables: new Map(), locals: [], sources: new Map(), builds: [], dataSources: [] };
    for (const file of files) {
        const body = resolveBody(file.body, TOP_LEVEL, diags);
        // Top-level attributes: HCL says "Unsupported argument"; Packer's files hold only blocks.
        diags.push(...checkBody(body, TOP_LEVEL));
        for (const item of body.items) {
            if (item.kind !== 'block')
                continue;
            const spec = TOP_LEVEL.blocks?.[item.type];
            if (!spec || checkLabels(item, spec.labels).length > 0)
                continue;
            decodeTopBlock(item, t, diags);
        }
    }
    return { template: t, diagnostics: diags };
}
function decodeTopBlock(item, t, diags) {
    switch (item.type) {
        case 'packer': {
            const body = resolveBody(item.body, PACKER_BLOCK, diags);
            diags.push(...checkBody(body, PACKER_BLOCK, item));
            for (const a of body.items) {
                if (a.kind === 'attribute' && a.name === 'required_version') {
                    const r = constant(a);
                    diags.push(...r.diagnostics);
                    if (r.value.kind === 'string')
                        t.requiredVersion = r.value.value;
                }
                else if (a.kind === 'block' && a.type === 'required_plugins') {
                    t.requiredPlugins.push(...decodeRequiredPlugins(a, diags));
                }
            }
            break;
        }
        case 'variable': {
            const name = item.labels[0];
            const prev = t.variables.get(name);
            if (prev) {
                diags.push(diagnostics_error('Duplicate variable', `A variable named "${name}" was already declared at ${prev.range.file}:${prev.range.start.line},${prev.range.start.column}. Variable names must be unique within a template.`, item.labelRanges[0]));
                break;
            }
            const decl = decodeVariable(item, diags);
            if (decl)
                t.variables.set(name, decl);
            break;
        }
        case 'variables':
            for (const a of attributesOf(item.body, diags).items) {
                if (a.kind !== 'attribute') {
                    diags.push(diagnostics_error('Unsupported block type', `Blocks of type "${a.type}" are not expected here.`, a.typeRange));
                    continue;
                }
                const r = constant(a);
                diags.push(...r.diagnostics);
                t.variables.set(a.name, {
                    name: a.name,
                    type: T.dynamic,
                    default: r.value,
                    description: '',
                    sensitive: false,
                    nullable: true,
                    validations: [],
                    range: a.nameRange,
                });
            }
            break;
        case 'locals':
            for (const a of attributesOf(item.body, diags).items) {
                if (a.kind !== 'attribute') {
                    diags.push(diagnostics_error('Unsupported block type', `Blocks of type "${a.type}" are not expected here.`, a.typeRange));
                    continue;
                }
                addLocal(t.locals, { name: a.name, expr: a.expr, sensitive: false, range: a.nameRange }, diags);
            }
            break;
        case 'local': {
            const body = resolveBody(item.body, LOCAL_BLOCK, diags);
            diags.push(...checkBody(body, LOCAL_BLOCK, item));
            const expr = body.items.find((i) => i.kind === 'attribute' && i.name === 'expression');
            const sens = body.items.find((i) => i.kind === 'attribute' && i.name === 'sensitive');
            const sensitive = sens ? constant(sens).value : undefined;
            if (expr)
                addLocal(t.locals, { name: item.labels[0], expr: expr.expr, sensitive: sensitive?.kind === 'bool' && sensitive.value, range: item.labelRanges[0] }, diags);
            break;
        }
        case 'source': {
            const [type, name] = item.labels;
            if (!isOneOf(BUILDER_TYPES, type)) {
                diags.push(diagnostics_error(`Unknown source type "${type}"`, `repack builds Docker images: the source types it supports are: ${BUILDER_TYPES.join(', ')}.${didYouMean(type, BUILDER_TYPES)}`, item.labelRanges[0]));
                break;
            }
            const key = `${type}.${name}`;
            if (t.sources.has(key)) {
                diags.push(diagnostics_error('Duplicate source block', `A source "${type}" "${name}" is already defined. Source names must be unique per type.`, item.labelRanges[1]));
                break;
            }
            t.sources.set(key, { type, name, body: item.body, block: item });
            break;
        }
        case 'build':
            t.builds.push(decodeBuild(item, diags));
            break;
        case 'data': {
            const [type, name] = item.labels;
            if (!isOneOf(DATA_SOURCE_TYPES, type)) {
                diags.push(diagnostics_error(`Unsupported data source "${type}"`, `repack supports only the "null" data source; the others need a cloud. Replace data.${type}.${name} with a variable or a local value.`, item.labelRanges[0]));
                break;
            }
            if (t.dataSources.some((d) => d.type === type && d.name === name)) {
                diags.push(diagnostics_error('Duplicate data source', `A data source "${type}" "${name}" is already defined. Data source names must be unique per type.`, item.labelRanges[1]));
                break;
            }
            t.dataSources.push({ type, name, body: item.body, block: item });
            break;
        }
    }
}
function addLocal(locals, local, diags) {
    const prev = locals.find((l) => l.name === local.name);
    if (prev) {
        diags.push(diagnostics_error('Duplicate local value', `A local value named "${local.name}" was already defined at ${prev.range.file}:${prev.range.start.line},${prev.range.start.column}. Local value names must be unique.`, local.range));
        return;
    }
    locals.push(local);
}


;// CONCATENATED MODULE: ./src/config/lint.ts

function blocks(items, type) {
    return items.filter((i) => i.kind === 'block' && i.type === type);
}
/** The text a string element starts with, and where that text starts, when it is a literal. */
function leadingLiteral(e) {
    if (e.kind === 'literal' && e.value.kind === 'string')
        return { text: e.value.value, range: e.range };
    if (e.kind === 'template' && e.parts[0]?.kind === 'literal' && e.parts[0].value.kind === 'string') {
        return { text: e.parts[0].value.value, range: e.parts[0].range };
    }
    return undefined;
}
function shift(r, by, length) {
    const start = { line: r.start.line, column: r.start.column + by, offset: r.start.offset + by };
    return { file: r.file, start, end: { line: start.line, column: start.column + length, offset: start.offset + length } };
}
/**
 * `sudo` in a docker build: provisioners run as the image's user (root for the usual base images) unless the
 * source sets exec_user, and most base images have no sudo, so the command fails with "sudo: not found".
 */
function lintSudo(files) {
    const all = files.flatMap((f) => f.body.items);
    const execUser = blocks(all, 'source').some((s) => s.body.items.some((i) => i.kind === 'attribute' && i.name === 'exec_user'));
    if (execUser)
        return [];
    const diags = [];
    for (const build of blocks(all, 'build')) {
        for (const p of blocks(build.body.items, 'provisioner')) {
            if (p.labels[0] !== 'shell')
                continue;
            for (const item of p.body.items) {
                if (item.kind !== 'attribute' || item.name !== 'inline' || item.expr.kind !== 'tuple')
                    continue;
                for (const el of item.expr.items) {
                    const lit = leadingLiteral(el);
                    const m = lit && /^(\s*)sudo(\s|$)/.exec(lit.text);
                    if (!lit || !m)
                        continue;
                    diags.push(diagnostics_warning('sudo in a root container', 'Docker provisioners run as root (the image\'s user; set exec_user to change it), and most base images do not have sudo, so this command would fail with "sudo: not found". Remove "sudo " from the command.', shift(lit.range, m[1].length, 4)));
                }
            }
        }
    }
    return diags;
}

;// CONCATENATED MODULE: ./src/config/locals.ts
// Local values, evaluated in dependency order (a local may use variables and other locals, in any written order).



function evaluateLocals(locals, base) {
    const diags = [];
    const values = {};
    const byName = new Map(locals.map((l) => [l.name, l]));
    const state = new Map();
    const visit = (l, chain) => {
        const s = state.get(l.name);
        if (s === 'done')
            return;
        if (s === 'visiting') {
            diags.push(diagnostics_error('Cycle in local values', `local.${l.name} depends on itself: ${[...chain, l.name].map((n) => `local.${n}`).join(' → ')}.`, l.range));
            values[l.name] = V.unknown();
            return;
        }
        state.set(l.name, 'visiting');
        for (const t of traversals(l.expr)) {
            if (t.root !== 'local')
                continue;
            const dep = byName.get(String(t.path[0]));
            if (dep)
                visit(dep, [...chain, l.name]);
        }
        const r = evaluate(l.expr, { ...base, variables: { ...base.variables, local: V.object(values) } });
        diags.push(...r.diagnostics);
        values[l.name] = l.sensitive ? markSensitive(r.value) : r.value;
        state.set(l.name, 'done');
    };
    for (const l of locals)
        visit(l, []);
    return { values, diagnostics: diags };
}

;// CONCATENATED MODULE: ./src/config/load.ts
// Finds and parses a template: a file, or a directory's *.pkr.hcl and *.pkr.json files plus its *.auto.pkrvars.hcl
// and *.auto.pkrvars.json files, in lexical order. Files ending in .json are HCL JSON syntax.





const TEMPLATE_SUFFIXES = ['.pkr.hcl', '.pkr.json'];
const AUTO_VARS_SUFFIXES = ['.auto.pkrvars.hcl', '.auto.pkrvars.json'];
/**
 * Reads and parses one file; `name` is how it appears in diagnostics. A variables file (`varFile`) holds only
 * attributes, so a JSON one is resolved into attributes here.
 */
function parseSource(absPath, name, sources, diags, varFile = false) {
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(absPath, 'utf8');
    }
    catch (e) {
        diags.push(diagnostics_error('Failed to read file', `The file ${name} could not be read: ${e.code ?? String(e)}.`));
        return undefined;
    }
    sources.set(name, text);
    if (!name.endsWith('.json')) {
        const { file, diagnostics } = parseFile(text, name);
        diags.push(...diagnostics);
        return file;
    }
    const { file, diagnostics } = parseJsonFile(text, name);
    diags.push(...diagnostics);
    if (!varFile || diagnostics.length > 0)
        return file;
    const attrs = jsonAttributes(file.body);
    diags.push(...attrs.diagnostics);
    return { ...file, body: attrs.body };
}
/** File names in diagnostics are as the user wrote the path (relative to the working directory), as Packer prints them. */
function loadTemplate(path, cwd) {
    const abs = (0,external_node_path_.resolve)(cwd, path);
    const out = { root: abs, templates: [], autoVarFiles: [], sources: new Map(), diagnostics: [] };
    let isDir;
    try {
        isDir = (0,external_node_fs_.statSync)(abs).isDirectory();
    }
    catch {
        out.diagnostics.push(diagnostics_error('Template not found', `No file or directory at ${path}. Pass a .pkr.hcl or .pkr.json file, or a directory that holds such files.`));
        return out;
    }
    if (!isDir) {
        out.root = (0,external_node_path_.resolve)(abs, '..');
        const f = parseSource(abs, path, out.sources, out.diagnostics);
        if (f)
            out.templates.push(f);
        return out;
    }
    const names = (0,external_node_fs_.readdirSync)(abs).sort();
    for (const name of names) {
        if (TEMPLATE_SUFFIXES.some((s) => name.endsWith(s))) {
            const f = parseSource((0,external_node_path_.join)(abs, name), (0,external_node_path_.join)(path, name), out.sources, out.diagnostics);
            if (f)
                out.templates.push(f);
        }
        else if (AUTO_VARS_SUFFIXES.some((s) => name.endsWith(s))) {
            const f = parseSource((0,external_node_path_.join)(abs, name), (0,external_node_path_.join)(path, name), out.sources, out.diagnostics, true);
            if (f)
                out.autoVarFiles.push(f);
        }
    }
    if (out.templates.length === 0 && out.diagnostics.length === 0) {
        out.diagnostics.push(diagnostics_error('No template files', `The directory ${path} holds no *.pkr.hcl or *.pkr.json files.`));
    }
    return out;
}

;// CONCATENATED MODULE: ./src/config/version.ts
function parseVersion(s) {
    const m = /^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:[-+].*)?$/.exec(s.trim());
    if (!m)
        return undefined;
    return [Number(m[1]), Number(m[2] ?? 0), Number(m[3] ?? 0)];
}
function compare(a, b) {
    for (let i = 0; i < 3; i++)
        if (a[i] !== b[i])
            return a[i] - b[i];
    return 0;
}
/** true/false, or an error message when the constraint cannot be read. */
function satisfies(version, constraint) {
    const v = parseVersion(version);
    if (!v)
        return `"${version}" is not a version`;
    for (const part of constraint.split(',')) {
        const m = /^\s*(>=|<=|!=|~>|=|>|<)?\s*(\S+)\s*$/.exec(part);
        const want = m ? parseVersion(m[2]) : undefined;
        if (!m || !want)
            return `"${part.trim()}" is not a version constraint (e.g. ">= 1.0.0", "~> 1.1")`;
        const c = compare(v, want);
        const segments = m[2].replace(/^v/, '').split(/[-+]/)[0].split('.').length;
        let ok;
        switch (m[1] ?? '=') {
            case '>=':
                ok = c >= 0;
                break;
            case '<=':
                ok = c <= 0;
                break;
            case '>':
                ok = c > 0;
                break;
            case '<':
                ok = c < 0;
                break;
            case '!=':
                ok = c !== 0;
                break;
            case '~>': {
                // Pessimistic: the last written segment may grow; the ones before it are fixed.
                const fixed = Math.max(1, segments - 1);
                ok = c >= 0 && v.slice(0, fixed).every((n, i) => n === want[i]);
                break;
            }
            default:
                ok = c === 0;
        }
        if (!ok)
            return false;
    }
    return true;
}

;// CONCATENATED MODULE: ./src/version.ts
// repack's own version (kept equal to package.json's by a test) and the Packer version whose template language and
// behaviour it follows: `packer.version` and `required_version` constraints see the latter.
const REPACK_VERSION = '0.1.0';
const PACKER_COMPAT_VERSION = '1.11.2';

;// CONCATENATED MODULE: ./src/pipeline/override.ts
// A provisioner's `override` (Packer's HCL2 semantics): `override = { <source name> = { attribute = value } }`
// replaces the provisioner's own attributes for builds of that source. Entries for other sources are ignored.




function attrsOf(v) {
    return v.kind === 'object' || v.kind === 'map' ? v.attrs : undefined;
}
/** Lays the override for `sourceName` over `d` (in place); diagnostics point at the override attribute. */
function applyOverride(d, schema, sourceName) {
    const value = d.values.override;
    if (value === undefined || value.kind === 'null')
        return [];
    const range = d.ranges.override;
    const bySource = attrsOf(value);
    if (!bySource)
        return [diagnostics_error('Invalid override', "provisioner's override block must be an HCL object, keyed by source name.", range)];
    const entry = bySource[sourceName];
    if (entry === undefined || entry.kind === 'null')
        return [];
    const attrs = attrsOf(entry);
    if (!attrs)
        return [diagnostics_error('Invalid override', `provisioner's override.'${sourceName}' block must be an HCL object.`, range)];
    const diags = [];
    const names = Object.keys(schema.attributes);
    for (const [name, v] of Object.entries(attrs)) {
        const spec = schema.attributes[name];
        if (!spec) {
            diags.push(diagnostics_error('Unsupported argument', `override.${sourceName}: an argument named "${name}" is not expected here.${didYouMean(name, names)}`, range));
            continue;
        }
        const converted = convert(v, spec.type);
        if ('error' in converted) {
            diags.push(diagnostics_error('Incorrect attribute value type', `Inappropriate value for override.${sourceName}.${name}: ${converted.error}.`, range));
            continue;
        }
        d.values[name] = converted.value;
        d.attrs[name] = converted.value.kind === 'null' ? (spec.default ?? null) : toJS(converted.value);
        if (range)
            d.ranges[name] = range;
    }
    return diags;
}

;// CONCATENATED MODULE: ./src/docker/changes.ts
// Dockerfile-style `changes` as `docker commit --change` / `docker import --change` accept them. Parsed here so a
// template can be validated before any engine is contacted, and so the fake driver commits like the engine does.

/** The instructions the engine accepts in changes (others are rejected with "<x> is not a valid change command"). */
const CHANGE_INSTRUCTIONS = ['CMD', 'ENTRYPOINT', 'ENV', 'EXPOSE', 'HEALTHCHECK', 'LABEL', 'ONBUILD', 'USER', 'VOLUME', 'WORKDIR'];
/** Parses one change line, or returns the engine's wording of why it is invalid. */
function parseChange(line) {
    const match = /^\s*(\S+)\s*(.*?)\s*$/s.exec(line);
    if (!match)
        return { error: 'empty change' };
    const word = match[1].toUpperCase();
    const instruction = CHANGE_INSTRUCTIONS.find((i) => i === word);
    if (!instruction)
        return { error: `${match[1].toLowerCase()} is not a valid change command` };
    if (match[2] === '')
        return { error: `${instruction} requires at least one argument` };
    if (instruction === 'EXPOSE') {
        const bad = match[2].split(/\s+/).find((p) => !/^\d+(-\d+)?(\/(tcp|udp|sctp))?$/.test(p));
        if (bad)
            return { error: `Invalid containerPort: ${bad.replace(/\/.*$/, '')}` };
    }
    return { instruction, rest: match[2] };
}
/** Splits on unquoted whitespace, removing quotes and backslash escapes, as Dockerfile words are read. */
function splitWords(text) {
    const words = [];
    let word = '';
    let inWord = false;
    let quote;
    for (let i = 0; i < text.length; i++) {
        const ch = text[i];
        if (quote) {
            if (ch === quote)
                quote = undefined;
            else if (ch === '\\' && quote === '"' && i + 1 < text.length)
                word += text[++i];
            else
                word += ch;
        }
        else if (ch === '"' || ch === "'") {
            quote = ch;
            inWord = true;
        }
        else if (ch === '\\' && i + 1 < text.length) {
            word += text[++i];
            inWord = true;
        }
        else if (/\s/.test(ch)) {
            if (inWord)
                words.push(word);
            word = '';
            inWord = false;
        }
        else {
            word += ch;
            inWord = true;
        }
    }
    if (inWord)
        words.push(word);
    return words;
}
function jsonArray(rest) {
    if (!rest.startsWith('['))
        return undefined;
    try {
        const parsed = JSON.parse(rest);
        return Array.isArray(parsed) && parsed.every((p) => typeof p === 'string') ? parsed : undefined;
    }
    catch {
        return undefined;
    }
}
function pairs(rest) {
    const words = splitWords(rest);
    if (words.length > 0 && !words[0].includes('=')) {
        // Legacy form: `ENV KEY value with spaces`
        const [key, ...value] = rest.split(/\s+/);
        return [[key, splitWords(value.join(' ')).join(' ')]];
    }
    return words.map((w) => {
        const eq = w.indexOf('=');
        return [w.slice(0, eq), w.slice(eq + 1)];
    });
}
function setEnv(env, key, value) {
    return [...env.filter((e) => e.split('=', 1)[0] !== key), `${key}=${value}`];
}
/** Applies one parsed change to a copy of `config`; `cmdSet` says whether an earlier change set CMD. */
function applyChange(config, change, cmdSet = false) {
    const out = { ...config };
    const { rest } = change;
    switch (change.instruction) {
        case 'CMD':
            out.Cmd = jsonArray(rest) ?? ['/bin/sh', '-c', rest];
            break;
        case 'ENTRYPOINT':
            out.Entrypoint = jsonArray(rest) ?? ['/bin/sh', '-c', rest];
            // As in a Dockerfile, an ENTRYPOINT resets a CMD not set by an earlier change.
            if (!cmdSet)
                out.Cmd = null;
            break;
        case 'ENV':
            out.Env = pairs(rest).reduce((env, [k, v]) => setEnv(env, k, v), config.Env ?? []);
            break;
        case 'LABEL':
            out.Labels = { ...config.Labels, ...Object.fromEntries(pairs(rest)) };
            break;
        case 'EXPOSE':
            out.ExposedPorts = { ...config.ExposedPorts };
            for (const port of rest.split(/\s+/))
                out.ExposedPorts[port.includes('/') ? port : `${port}/tcp`] = {};
            break;
        case 'VOLUME':
            out.Volumes = { ...config.Volumes };
            for (const volume of jsonArray(rest) ?? splitWords(rest))
                out.Volumes[volume] = {};
            break;
        case 'USER':
            out.User = rest;
            break;
        case 'WORKDIR':
            out.WorkingDir = path.posix.resolve(config.WorkingDir || '/', rest);
            break;
        case 'ONBUILD':
            out.OnBuild = [...(config.OnBuild ?? []), rest];
            break;
        case 'HEALTHCHECK':
            break;
    }
    return out;
}
/** Applies change lines in order, or returns the first one's error as the engine words it. */
function applyChanges(config, lines) {
    let out = config;
    let cmdSet = false;
    for (const line of lines) {
        const change = parseChange(line);
        if ('error' in change)
            return change;
        out = applyChange(out, change, cmdSet);
        if (change.instruction === 'CMD')
            cmdSet = true;
    }
    return { config: out };
}

;// CONCATENATED MODULE: ./src/builders/docker/run-command.ts
const DEFAULT_RUN_COMMAND = ['-d', '-i', '-t', '--entrypoint=/bin/sh', '--', '{{.Image}}'];
/** Flags that take a value, by every name they may be written with. */
const VALUE_FLAGS = {
    '--entrypoint': 'entrypoint',
    '-e': 'env',
    '--env': 'env',
    '-v': 'volume',
    '--volume': 'volume',
    '-u': 'user',
    '--user': 'user',
    '-w': 'workdir',
    '--workdir': 'workdir',
    '--cap-add': 'cap-add',
    '--cap-drop': 'cap-drop',
    '--tmpfs': 'tmpfs',
    '--device': 'device',
    '--runtime': 'runtime',
    '--platform': 'platform',
    '--network': 'network',
    '--net': 'network',
    '-l': 'label',
    '--label': 'label',
};
/** Flags without a value; single-letter ones may be combined ("-dit"). */
const BOOL_FLAGS = {
    '-d': 'detach',
    '--detach': 'detach',
    '-i': 'interactive',
    '--interactive': 'interactive',
    '-t': 'tty',
    '--tty': 'tty',
    '--privileged': 'privileged',
    '--rm': 'rm',
    '--init': 'init',
};
/** Expands `{{.Image}}` (and `{{ .Image }}`) in each argument. */
function expandPlaceholders(args, image) {
    const out = [];
    for (const a of args) {
        const bad = /\{\{\s*\.?(\w*)\s*\}\}/.exec(a.replace(/\{\{\s*\.Image\s*\}\}/g, ''));
        if (bad)
            return { args, error: `run_command: the placeholder ${bad[0]} is not known; only {{.Image}} is` };
        out.push(a.replace(/\{\{\s*\.Image\s*\}\}/g, image));
    }
    return { args: out };
}
function parseRunCommand(args, image) {
    const expanded = expandPlaceholders(args, image);
    const spec = { image, env: [], binds: [], capAdd: [], capDrop: [], tmpfs: {}, devices: [], labels: {} };
    if (expanded.error)
        return { spec, error: expanded.error };
    const a = expanded.args;
    let i = 0;
    const take = (name, value) => {
        switch (VALUE_FLAGS[name]) {
            case 'entrypoint':
                spec.entrypoint = value === '' ? [] : [value];
                break;
            case 'env':
                spec.env?.push(value);
                break;
            case 'volume':
                spec.binds?.push(value);
                break;
            case 'user':
                spec.user = value;
                break;
            case 'workdir':
                spec.workingDir = value;
                break;
            case 'cap-add':
                spec.capAdd?.push(value);
                break;
            case 'cap-drop':
                spec.capDrop?.push(value);
                break;
            case 'tmpfs': {
                const [path, opts = ''] = value.split(/:(.*)/s);
                if (spec.tmpfs)
                    spec.tmpfs[path] = opts;
                break;
            }
            case 'device':
                spec.devices?.push(value);
                break;
            case 'runtime':
                spec.runtime = value;
                break;
            case 'platform':
                spec.platform = value;
                break;
            case 'network':
                spec.networkMode = value;
                break;
            case 'label': {
                const [k, v = ''] = value.split(/=(.*)/s);
                if (spec.labels)
                    spec.labels[k] = v;
                break;
            }
        }
    };
    for (; i < a.length; i++) {
        const arg = a[i];
        if (arg === '--') {
            i++;
            break;
        }
        if (!arg.startsWith('-'))
            break;
        const eq = arg.indexOf('=');
        const name = eq > 0 ? arg.slice(0, eq) : arg;
        if (VALUE_FLAGS[name]) {
            if (eq > 0)
                take(name, arg.slice(eq + 1));
            else if (i + 1 < a.length)
                take(name, a[++i]);
            else
                return { spec, error: `run_command: ${name} needs a value` };
            continue;
        }
        if (BOOL_FLAGS[name]) {
            applyBool(spec, BOOL_FLAGS[name]);
            continue;
        }
        if (/^-[a-z]{2,}$/.test(arg) && [...arg.slice(1)].every((c) => BOOL_FLAGS[`-${c}`])) {
            [...arg.slice(1)].forEach((c) => applyBool(spec, BOOL_FLAGS[`-${c}`]));
            continue;
        }
        return {
            spec,
            error: `run_command: the docker run flag "${arg}" is not supported. Supported: ${[...Object.keys(BOOL_FLAGS), ...Object.keys(VALUE_FLAGS)].join(' ')}`,
        };
    }
    if (i >= a.length)
        return { spec, error: 'run_command: no image argument; it must contain "{{.Image}}"' };
    spec.image = a[i];
    spec.cmd = a.slice(i + 1);
    return { spec };
}
function applyBool(spec, flag) {
    if (flag === 'tty')
        spec.tty = true;
    else if (flag === 'interactive')
        spec.openStdin = true;
    else if (flag === 'privileged')
        spec.privileged = true;
    // -d, --rm and --init need nothing: the container is always detached and always removed by repack.
}

;// CONCATENATED MODULE: ./src/builders/docker/login.ts


const LOGIN_ATTRIBUTES = {
    login: { type: T.bool, default: false, description: 'Use the login_* credentials instead of the docker config (~/.docker/config.json).' },
    login_server: { type: T.string, description: 'Registry the login_* credentials are for, e.g. "ghcr.io"; unset: the registry of each image.' },
    login_username: { type: T.string, description: 'User name for the registry.' },
    login_password: { type: T.string, sensitive: true, description: 'Password or token for the registry.' },
};
const DETAILS = ['login_server', 'login_username', 'login_password'];
function decodeLogin(d, owner) {
    const a = d.attrs;
    const str = (k) => (typeof a[k] === 'string' && a[k] !== '' ? a[k] : undefined);
    if (a.login !== true) {
        const set = DETAILS.filter((k) => d.ranges[k] !== undefined);
        if (set.length === 0)
            return { diagnostics: [] };
        const detail = `${set.join(', ')} ${set.length === 1 ? 'is' : 'are'} used only with login = true; without it the credentials come from the docker config (docker login).`;
        return { diagnostics: [diagnostics_warning('Login options ignored', detail, d.ranges[set[0]])] };
    }
    const missing = ['login_username', 'login_password'].filter((k) => str(k) === undefined);
    if (missing.length > 0) {
        return { diagnostics: [diagnostics_error('Incomplete login', `login = true needs ${missing.join(' and ')}.`, d.ranges.login ?? owner)] };
    }
    const auth = { username: str('login_username'), password: str('login_password') };
    const server = str('login_server');
    if (server !== undefined)
        auth.serveraddress = server;
    return { auth, diagnostics: [] };
}

;// CONCATENATED MODULE: ./src/builders/docker/bootstrap-config.ts


const BOOTSTRAP_SCHEMA = {
    attributes: {
        path: { type: T.string, required: true, description: 'The Dockerfile, relative to the working directory.' },
        build_dir: { type: T.string, default: '.', description: 'The build context directory (the Dockerfile must be inside it).' },
        arguments: { type: T.map(T.string), default: {}, description: 'Build arguments (docker build --build-arg).' },
        pull: { type: T.bool, default: true, description: 'Pull newer base images while building (docker build --pull).' },
        compress: { type: T.bool, default: false, description: 'Accepted for compatibility: the context is streamed to the engine as it is read.' },
    },
};
function decodeBootstrap(blocks, ctx, diags) {
    const block = blocks.find((b) => b.type === 'build');
    if (!block)
        return undefined;
    const d = decodeBody(block.body, BOOTSTRAP_SCHEMA, ctx, block);
    diags.push(...d.diagnostics);
    const a = d.attrs;
    return {
        path: typeof a.path === 'string' ? a.path : '',
        buildDir: typeof a.build_dir === 'string' ? a.build_dir : '.',
        arguments: (a.arguments ?? {}),
        pull: a.pull !== false,
    };
}

;// CONCATENATED MODULE: ./src/builders/docker/config.ts







const DOCKER_SOURCE = {
    attributes: {
        image: { type: T.string, description: 'The base image, e.g. "ubuntu:24.04". Pulled unless pull = false. Required unless a build block is given.' },
        commit: { type: T.bool, default: false, description: 'Commit the container as an image (the artifact is the image ID).' },
        discard: { type: T.bool, default: false, description: 'Throw the container away after provisioning.' },
        export_path: { type: T.string, description: 'Export the container filesystem to this tar file.' },
        pull: { type: T.bool, default: true, description: 'Pull the image before starting the container.' },
        changes: { type: T.list(T.string), default: [], description: `Dockerfile instructions applied at commit: ${CHANGE_INSTRUCTIONS.join(', ')}.` },
        run_command: {
            type: T.list(T.string),
            default: DEFAULT_RUN_COMMAND,
            description: 'docker run arguments for the build container; {{.Image}} is the image.',
        },
        volumes: { type: T.map(T.string), default: {}, description: 'Host path → container path bind mounts.' },
        container_dir: { type: T.string, default: '/packer-files', description: 'Directory inside the container for uploads of the builder.' },
        exec_user: { type: T.string, description: 'User provisioners run as (docker exec --user).' },
        privileged: { type: T.bool, default: false, description: 'Run the container privileged.' },
        cap_add: { type: T.list(T.string), default: [], description: 'Linux capabilities to add.' },
        cap_drop: { type: T.list(T.string), default: [], description: 'Linux capabilities to drop.' },
        tmpfs: { type: T.list(T.string), default: [], description: 'tmpfs mounts, "path[:options]".' },
        device: { type: T.list(T.string), default: [], description: 'Host devices, "host[:container[:perms]]".' },
        runtime: { type: T.string, description: 'OCI runtime for the container.' },
        platform: { type: T.string, description: 'Platform of the image and container, e.g. "linux/amd64".' },
        author: { type: T.string, description: 'Author recorded in the committed image.' },
        message: { type: T.string, description: 'Commit message recorded in the committed image.' },
        fix_upload_owner: {
            type: T.bool,
            default: true,
            description: "Make uploaded files owned by the user the container runs as (run_command's -u, else the image's USER).",
        },
        docker_path: {
            type: T.string,
            default: 'docker',
            description: 'Accepted for compatibility: repack talks to the Engine API (DOCKER_HOST), not to a docker binary.',
        },
        windows_container: { type: T.bool, default: false, description: 'Windows containers are not supported: only false is accepted.' },
        ecr_login: {
            type: T.bool,
            default: false,
            description: 'Not supported: log in to ECR with a docker credential helper (docker-credential-ecr-login) instead.',
        },
        ...LOGIN_ATTRIBUTES,
    },
    blocks: {
        // Decoded by decodeBootstrap (bootstrap-config.ts), which also checks its body.
        build: { labels: [], multiple: false, description: 'Build the base image from a Dockerfile instead of pulling image.' },
    },
};
/** Decodes a source body (with any build-level overrides laid over it) into a DockerConfig. */
function decodeDockerSource(body, ctx, owner) {
    const d = decodeBody(body, DOCKER_SOURCE, ctx, owner);
    const diags = d.diagnostics;
    // image is required unless a build block makes the base image (reported with the other missing arguments).
    const written = (name) => body.items.some((i) => i.kind === 'attribute' && i.name === name);
    if (!written('image') && !d.blocks.some((b) => b.type === 'build')) {
        diags.push(diagnostics_error('Missing required argument', 'The argument "image" is required, but no definition was found (or give a build block).', owner.openBraceRange));
    }
    if (diags.some((x) => x.severity === 'error'))
        return { diagnostics: diags };
    const a = d.attrs;
    const str = (k) => (typeof a[k] === 'string' ? a[k] : undefined);
    const list = (k) => (Array.isArray(a[k]) ? a[k] : []);
    const exportPath = str('export_path');
    const modes = [a.commit === true, a.discard === true, exportPath !== undefined].filter(Boolean).length;
    if (modes !== 1) {
        diags.push(diagnostics_error('Invalid docker source', `Exactly one of "commit", "discard" or "export_path" must be set (found ${modes}). Set commit = true to keep the result as an image.`, owner.openBraceRange));
    }
    const changes = list('changes');
    changes.forEach((c, i) => {
        const parsed = parseChange(c);
        if ('error' in parsed) {
            diags.push(diagnostics_error('Invalid change', `changes[${i}] "${c}": ${parsed.error}. Only ${CHANGE_INSTRUCTIONS.join(', ')} can be applied at commit.`, d.ranges.changes));
        }
    });
    const bootstrap = decodeBootstrap(d.blocks, ctx, diags);
    if (bootstrap && d.ranges.image !== undefined) {
        diags.push(diagnostics_error('Invalid docker source', '"image" cannot be set together with a build block: the build block makes the base image.', d.ranges.image));
    }
    const image = str('image') ?? '';
    const parsed = parseRunCommand(list('run_command'), image);
    if (parsed.error)
        diags.push(diagnostics_error('Invalid run_command', parsed.error, d.ranges.run_command));
    const spec = parsed.spec;
    const volumes = (a.volumes ?? {});
    spec.binds = [...(spec.binds ?? []), ...Object.entries(volumes).map(([host, ctr]) => `${host}:${ctr}`)];
    spec.privileged = spec.privileged || a.privileged === true;
    spec.capAdd = [...(spec.capAdd ?? []), ...list('cap_add')];
    spec.capDrop = [...(spec.capDrop ?? []), ...list('cap_drop')];
    for (const t of list('tmpfs')) {
        const [path, opts = ''] = t.split(/:(.*)/s);
        spec.tmpfs = { ...spec.tmpfs, [path]: opts };
    }
    spec.devices = [...(spec.devices ?? []), ...list('device')];
    spec.runtime = str('runtime') ?? spec.runtime;
    spec.platform = str('platform') ?? spec.platform;
    if (a.windows_container === true) {
        diags.push(diagnostics_error('Unsupported option', 'windows_container = true: repack builds Linux containers only.', d.ranges.windows_container));
    }
    if (a.ecr_login === true) {
        diags.push(diagnostics_error('Unsupported option', 'ecr_login = true is not supported: configure docker-credential-ecr-login as a credential helper in the docker config (credHelpers), which repack uses.', d.ranges.ecr_login));
    }
    if (d.ranges.docker_path !== undefined && a.docker_path !== 'docker') {
        diags.push(diagnostics_warning('Option ignored', `docker_path = "${String(a.docker_path)}" is ignored: repack talks to the Engine API of DOCKER_HOST (or the docker context), not to a docker binary. To use Podman, point DOCKER_HOST at its API socket.`, d.ranges.docker_path));
    }
    const login = decodeLogin(d, owner.openBraceRange);
    diags.push(...login.diagnostics);
    if (diags.some((x) => x.severity === 'error'))
        return { diagnostics: diags };
    return {
        diagnostics: diags,
        config: {
            image,
            ...(bootstrap ? { bootstrap } : {}),
            commit: a.commit === true,
            discard: a.discard === true,
            exportPath,
            exportPathAsWritten: exportPath,
            // With a build block the pull is the build's (build.pull), as in the plugin.
            pull: bootstrap ? false : a.pull !== false,
            changes,
            container: spec,
            containerDir: str('container_dir') ?? '/packer-files',
            execUser: str('exec_user'),
            platform: spec.platform,
            author: str('author'),
            message: str('message'),
            fixUploadOwner: a.fix_upload_owner !== false,
            ...(login.auth ? { login: login.auth } : {}),
        },
    };
}

;// CONCATENATED MODULE: ./src/provisioners/shell-quote.ts
// Quoting for values put on a POSIX shell command line: single quotes, with each ' written as '"'"' (as Packer does),
// so quotes, $(), backticks and newlines in a value arrive verbatim and never execute.
function shellQuote(value) {
    return `'${value.replace(/'/g, `'"'"'`)}'`;
}
/** "K=V" pairs as `K='V'` assignments, sorted by name like Packer's shell provisioner. */
function flattenEnv(vars) {
    return [...vars.keys()]
        .sort()
        .map((k) => `${k}=${shellQuote(vars.get(k) ?? '')}`)
        .join(' ');
}

;// CONCATENATED MODULE: ./src/provisioners/provisioner.ts
/** A provisioner failure: the message is what the user sees. */
class ProvisionerError extends Error {
    constructor(message) {
        super(message);
        this.name = 'ProvisionerError';
    }
}
/** Splits streamed chunks into whole lines. */
class LineSplitter {
    emit;
    rest = '';
    constructor(emit) {
        this.emit = emit;
    }
    push(chunk) {
        const parts = (this.rest + chunk.toString()).split(/\r?\n/);
        this.rest = parts.pop() ?? '';
        parts.forEach(this.emit);
    }
    flush() {
        if (this.rest !== '')
            this.emit(this.rest);
        this.rest = '';
    }
}

;// CONCATENATED MODULE: ./src/provisioners/shell.ts
// Packer's `shell` provisioner: inline commands or scripts uploaded into the container and run with
// execute_command, environment passed as quoted assignments on the command line.







const SCHEMA = {
    attributes: {
        inline: { type: T.list(T.string), description: 'Commands, run as one script in order.' },
        script: { type: T.string, description: 'Path of a script on the host to upload and run.' },
        scripts: { type: T.list(T.string), description: 'Paths of scripts on the host, run in order.' },
        inline_shebang: { type: T.string, default: '/bin/sh -e', description: 'The shebang of the script made from inline.' },
        environment_vars: { type: T.list(T.string), default: [], description: '"KEY=value" pairs set for every script.' },
        env: { type: T.map(T.string), default: {}, description: 'Variables set for every script (merged with environment_vars).' },
        execute_command: {
            type: T.string,
            default: 'chmod +x {{.Path}}; {{.Vars}} {{.Path}}',
            description: 'How each script is run; {{.Vars}} and {{.Path}} are expanded.',
        },
        remote_folder: { type: T.string, default: '/tmp', description: 'Directory scripts are uploaded to.' },
        remote_file: { type: T.string, description: 'File name scripts are uploaded as (default script_NNNN.sh).' },
        remote_path: { type: T.string, description: 'Full path scripts are uploaded to (remote_folder/remote_file).' },
        valid_exit_codes: { type: T.list(T.number), default: [0], description: 'Exit codes that count as success.' },
        skip_clean: { type: T.bool, default: false, description: 'Leave the uploaded script in place.' },
    },
};
function decode(d, block, dir) {
    const diags = [];
    const a = d.attrs;
    const inline = a.inline;
    const script = a.script;
    const scriptList = a.scripts;
    const given = [inline, script, scriptList].filter((x) => x !== null).length;
    if (given !== 1) {
        diags.push(diagnostics_error('Invalid shell provisioner', `Exactly one of "inline", "script" or "scripts" must be set (found ${given}).`, block.openBraceRange));
        return { diagnostics: diags };
    }
    const scripts = [];
    if (inline)
        scripts.push({ name: 'inline', content: `#!${a.inline_shebang}\n${inline.join('\n')}\n` });
    for (const path of script ? [script] : (scriptList ?? [])) {
        try {
            scripts.push({ name: path, content: (0,external_node_fs_.readFileSync)((0,external_node_path_.resolve)(dir, path), 'utf8') });
        }
        catch (e) {
            const code = e.code ?? String(e);
            diags.push(diagnostics_error('Script not readable', `The script ${path} could not be read (${code}). Paths are relative to the template's directory.`, d.ranges.script ?? d.ranges.scripts));
        }
    }
    const env = new Map();
    for (const kv of a.environment_vars) {
        const eq = kv.indexOf('=');
        if (eq <= 0) {
            diags.push(diagnostics_error('Invalid environment_vars entry', `Environment variable not in format 'key=value': ${JSON.stringify(kv)}.`, d.ranges.environment_vars));
            continue;
        }
        env.set(kv.slice(0, eq), kv.slice(eq + 1));
    }
    for (const [k, v] of Object.entries(a.env))
        env.set(k, v);
    const folder = a.remote_folder;
    const file = a.remote_file ?? `script_${(0,external_node_crypto_.randomInt)(1000, 10000)}.sh`;
    const config = {
        scripts,
        env,
        executeCommand: a.execute_command,
        remotePath: a.remote_path ?? `${folder.replace(/\/+$/, '')}/${file}`,
        validExitCodes: a.valid_exit_codes,
        skipClean: a.skip_clean === true,
    };
    return diags.length > 0 ? { diagnostics: diags } : { provisioner: new ShellProvisioner(config), diagnostics: diags };
}
class ShellProvisioner {
    config;
    constructor(config) {
        this.config = config;
    }
    describe() {
        const c = this.config;
        // The uploaded script stays in the image only with skip_clean; only then does its path change the result.
        const left = c.skipClean ? { remotePath: c.remotePath } : {};
        return {
            type: 'shell',
            scripts: c.scripts.map((s) => s.content),
            env: [...c.env].sort(),
            executeCommand: c.executeCommand,
            validExitCodes: c.validExitCodes,
            skipClean: c.skipClean,
            ...left,
        };
    }
    async run(ctx) {
        const c = this.config;
        const env = new Map(c.env);
        env.set('PACKER_BUILD_NAME', ctx.buildName);
        env.set('PACKER_BUILDER_TYPE', ctx.builderType);
        const execute = c.executeCommand.replace(/\{\{\s*\.Vars\s*\}\}/g, flattenEnv(env)).replace(/\{\{\s*\.Path\s*\}\}/g, c.remotePath);
        for (const script of c.scripts) {
            ctx.say(script.name === 'inline' ? 'Provisioning with shell script: inline commands' : `Provisioning with shell script: ${(0,external_node_path_.basename)(script.name)}`);
            const out = new LineSplitter(ctx.message);
            const err = new LineSplitter(ctx.message);
            const result = await ctx.comm.runScript(c.remotePath, script.content, execute, {
                keep: c.skipClean,
                onStdout: (b) => out.push(b),
                onStderr: (b) => err.push(b),
                signal: ctx.signal,
            });
            out.flush();
            err.flush();
            if (!c.validExitCodes.includes(result.exitCode)) {
                throw new ProvisionerError(`Script exited with non-zero exit status: ${result.exitCode}. Allowed exit codes are: [${c.validExitCodes.join(' ')}]`);
            }
        }
    }
}
const shell = { schema: SCHEMA, decode };

// EXTERNAL MODULE: external "node:events"
var external_node_events_ = __nccwpck_require__(8474);
;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __nccwpck_require__(7075);
;// CONCATENATED MODULE: external "node:stream/promises"
const external_node_stream_promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");
// EXTERNAL MODULE: ./src/docker/driver.ts
var docker_driver = __nccwpck_require__(5888);
;// CONCATENATED MODULE: ./src/docker/tar.ts
// Tar streams for the archive API (file provisioner uploads and downloads). Files are streamed, never buffered.








let loaded;
/** tar-stream (with streamx) loads on first use: most runs upload and download nothing. */
function tarStream() {
    loaded ??= __nccwpck_require__.e(/* import() */ 118).then(__nccwpck_require__.t.bind(__nccwpck_require__, 6118, 19)).then((m) => m.default);
    return loaded;
}
/**
 * A plain node stream of what `fill` packs: tar-stream's pack is a streamx stream. It is returned at once; the
 * pack starts once tar-stream is loaded.
 */
function packed(fill) {
    const out = new external_node_stream_.PassThrough();
    tarStream().then((t) => {
        if (out.destroyed)
            return; // the consumer gave up before the pack could start
        const pack = t.pack();
        pack.on('error', (e) => out.destroy(e));
        out.on('close', () => pack.destroy());
        pack.pipe(out);
        fill(pack).then(() => pack.finalize(), (e) => pack.destroy((0,error_message/* toError */.i)(e)));
    }, (e) => out.destroy((0,error_message/* toError */.i)(e)));
    return out;
}
async function addFile(pack, file, header) {
    let entry;
    const written = new Promise((resolve, reject) => {
        entry = pack.entry(header, (err) => (err ? reject(err) : resolve()));
    });
    written.catch(() => undefined); // awaited below; this only keeps an early failure from being "unhandled"
    if (!entry)
        throw new Error('tar-stream did not return an entry stream');
    // 1 MB reads: the pack's cost is per chunk, and 64 KB ones make 3,200 of them for 200 MB.
    for await (const chunk of (0,external_node_fs_.createReadStream)(file, { highWaterMark: 1 << 20 })) {
        // The entry stalls until the consumer reads the pack: this is what keeps a 200 MB upload out of memory.
        if (!entry.write(chunk))
            await Promise.race([(0,external_node_events_.once)(entry, 'drain'), written]);
    }
    entry.end(null); // streamx types require an argument
    await written;
}
async function addPath(pack, hostPath, name, owner) {
    const st = await (0,promises_namespaceObject.lstat)(hostPath);
    const header = { name, mode: st.mode & 0o7777, mtime: st.mtime, uid: owner.uid, gid: owner.gid };
    if (st.isSymbolicLink()) {
        pack.entry({ ...header, type: 'symlink', linkname: await (0,promises_namespaceObject.readlink)(hostPath) });
    }
    else if (st.isDirectory()) {
        pack.entry({ ...header, type: 'directory' });
        for (const child of (await (0,promises_namespaceObject.readdir)(hostPath)).sort()) {
            await addPath(pack, external_node_path_default().join(hostPath, child), `${name}/${child}`, owner);
        }
    }
    else if (st.isFile()) {
        await addFile(pack, hostPath, { ...header, type: 'file', size: st.size });
    }
    else {
        throw new docker_driver/* DriverError */.x(`cannot upload ${hostPath}: not a regular file, directory or symbolic link`);
    }
}
/** A tar of `hostPath` (a file, or a directory recursively) named `nameInArchive`, keeping modes and symlinks. */
function tarFromHost(hostPath, nameInArchive, opts = {}) {
    const name = nameInArchive.replace(/^\/+/, '').replace(/\/+$/, '') || '.';
    const owner = { uid: opts.uid ?? 0, gid: opts.gid ?? 0 };
    return packed((pack) => addPath(pack, hostPath, name, owner));
}
function tarFromContent(name, content, mode = 0o644) {
    return packed(async (pack) => {
        pack.entry({ name: name.replace(/^\/+/, ''), mode, type: 'file' }, Buffer.from(content));
    });
}
function inside(root, target) {
    return target === root || target.startsWith(root + (external_node_path_default()).sep);
}
/** Resolves an entry name under `root`, refusing names (or parent symlinks) that lead outside it. */
async function safeTarget(root, name) {
    const target = external_node_path_default().resolve(root, name);
    if (!inside(root, target))
        throw new docker_driver/* DriverError */.x(`refusing to extract "${name}": it points outside ${root}`);
    await (0,promises_namespaceObject.mkdir)(external_node_path_default().dirname(target), { recursive: true });
    if (!inside(root, await (0,promises_namespaceObject.realpath)(external_node_path_default().dirname(target)))) {
        throw new docker_driver/* DriverError */.x(`refusing to extract "${name}": a symbolic link leads outside ${root}`);
    }
    return target;
}
/** Removes whatever is at `target` unless it is a directory we may extract into. */
async function clear(target, keepDirectory) {
    const st = await (0,promises_namespaceObject.lstat)(target).catch(() => undefined);
    if (!st || (keepDirectory && st.isDirectory()))
        return;
    await (0,promises_namespaceObject.rm)(target, { recursive: true, force: true });
}
async function extractEntry(root, header, body) {
    const target = await safeTarget(root, header.name);
    const mode = (header.mode ?? 0o644) & 0o7777;
    switch (header.type) {
        case 'directory':
            await clear(target, true);
            await (0,promises_namespaceObject.mkdir)(target, { recursive: true });
            await (0,promises_namespaceObject.chmod)(target, mode);
            return;
        case 'file':
        case 'contiguous-file':
            await clear(target, false);
            await (0,external_node_stream_promises_namespaceObject.pipeline)(body, (0,external_node_fs_.createWriteStream)(target, { mode }));
            await (0,promises_namespaceObject.chmod)(target, mode);
            if (header.mtime)
                await (0,promises_namespaceObject.utimes)(target, header.mtime, header.mtime);
            return;
        case 'symlink':
            await clear(target, false);
            await (0,promises_namespaceObject.symlink)(header.linkname ?? '', target);
            return;
        case 'link': {
            const source = await safeTarget(root, header.linkname ?? '');
            await clear(target, false);
            await (0,promises_namespaceObject.link)(source, target);
            return;
        }
        default:
            // Devices, fifos: nothing a provisioner download needs.
            return;
    }
}
/** tar-stream's parser costs per chunk, not per byte: it reads 200 MB in 16 KB chunks ~8× slower than in 1 MB ones. */
const PARSE_CHUNK_BYTES = 1 << 20;
/** Gathers a stream's chunks into ones of at least `size` bytes (the last may be smaller). */
function coalesce(size) {
    let parts = [];
    let length = 0;
    const release = (t) => {
        t.push(parts.length === 1 ? parts[0] : Buffer.concat(parts, length));
        parts = [];
        length = 0;
    };
    return new external_node_stream_.Transform({
        transform(chunk, _encoding, done) {
            parts.push(chunk);
            length += chunk.length;
            if (length >= size)
                release(this);
            done();
        },
        flush(done) {
            if (length > 0)
                release(this);
            done();
        },
    });
}
/** `name` with its first path element replaced by `top` ("x/a" → "dest/a"). */
function renamed(name, top) {
    return top + name.replace(/^\.?\/+/, '').replace(/^[^/]*/, '');
}
function withTop(h, top) {
    if (top === undefined)
        return h;
    return { ...h, name: renamed(h.name, top), ...(h.type === 'link' && h.linkname ? { linkname: renamed(h.linkname, top) } : {}) };
}
/**
 * Extracts a tar stream into `destDir` (created if missing). With `top`, each entry's first path element is replaced
 * by it, so a download lands under the name its destination asks for — in the same pass, with the same checks.
 */
async function extractTarToHost(stream, destDir, top) {
    await (0,promises_namespaceObject.mkdir)(destDir, { recursive: true });
    const root = await (0,promises_namespaceObject.realpath)(destDir);
    const extract = (await tarStream()).extract();
    const gathered = coalesce(PARSE_CHUNK_BYTES);
    stream.on('error', (e) => gathered.destroy(e));
    gathered.on('error', (e) => extract.destroy(e));
    stream.pipe(gathered).pipe(extract);
    try {
        for await (const entry of extract) {
            const body = external_node_stream_.Readable.from(entry);
            await extractEntry(root, withTop(entry.header, top), body);
            body.resume();
        }
    }
    catch (e) {
        extract.destroy();
        gathered.destroy();
        const destroyable = stream;
        destroyable.destroy?.();
        throw e;
    }
}

;// CONCATENATED MODULE: ./src/provisioners/file-transfer.ts
// The file provisioner's moves, with `docker cp`'s rules for directories (which Packer's docker communicator uses):
// a source directory without a trailing slash lands inside an existing destination directory under its own name, and
// becomes the destination when that does not exist; with a trailing slash its contents go into the destination.






async function remoteKind(comm, path) {
    const p = shellQuote(path);
    const r = await comm.run(`if [ -d ${p} ]; then echo directory; elif [ -e ${p} ]; then echo file; else echo missing; fi`);
    const out = r.stdout.trim();
    if (r.exitCode !== 0 || (out !== 'directory' && out !== 'file' && out !== 'missing')) {
        throw new ProvisionerError(`Could not inspect ${path} in the container (exit status ${r.exitCode}): ${(r.stderr || r.stdout).trim()}`);
    }
    return out;
}
async function localKind(path) {
    const st = await (0,promises_namespaceObject.lstat)(path).catch(() => undefined);
    if (!st)
        return 'missing';
    return st.isDirectory() ? 'directory' : 'file';
}
function parentOf(path) {
    return external_node_path_.posix.dirname(path.replace(/\/+$/, '')) || '/';
}
function lastOf(path) {
    return external_node_path_.posix.basename(path.replace(/\/+$/, ''));
}
async function put(comm, dir, tar, target) {
    try {
        await comm.putArchive(dir, tar);
    }
    catch (e) {
        const msg = (0,error_message/* messageOf */.b)(e);
        const hint = /overwrite directory|not a directory/i.test(msg) ? '; this can occur when your file destination is a folder without a trailing slash' : '';
        throw new ProvisionerError(`Upload failed: ${msg}${hint}`);
    }
    await comm.fixUploadOwner(target);
}
/** Uploads a host file or directory; returns the path it landed at in the container. */
async function uploadPath(comm, src, dst) {
    const st = await (0,promises_namespaceObject.lstat)(src).catch(() => undefined);
    if (!st)
        throw new ProvisionerError(`Bad source '${src}': no such file or directory`);
    const real = await (0,promises_namespaceObject.realpath)(src);
    if (!st.isDirectory() && !(await (0,promises_namespaceObject.lstat)(real)).isDirectory()) {
        const target = dst.endsWith('/') ? `${dst}${(0,external_node_path_.basename)(src)}` : dst;
        await put(comm, parentOf(target), tarFromHost(real, lastOf(target)), target);
        return target;
    }
    const kind = await remoteKind(comm, dst);
    if (kind === 'file')
        throw new ProvisionerError(`Upload failed: cannot copy directory ${src} to ${dst}: the destination is a file`);
    if (kind === 'directory') {
        const contents = src.endsWith('/');
        const target = contents ? dst : external_node_path_.posix.join(dst, (0,external_node_path_.basename)(src));
        await put(comm, dst, tarFromHost(real, contents ? '.' : (0,external_node_path_.basename)(src)), target);
        return target;
    }
    await put(comm, parentOf(dst), tarFromHost(real, lastOf(dst)), dst.replace(/(.)\/+$/, '$1'));
    return dst;
}
/** Downloads a container file or directory to the host; returns the host path written. */
async function downloadPath(comm, src, dst) {
    if (/[*?[]/.test(src))
        throw new ProvisionerError(`Downloading ${src} failed: wildcards are not supported by the docker communicator`);
    let stream;
    try {
        stream = await comm.getArchive(src.replace(/(.)\/+$/, '$1'));
    }
    catch (e) {
        throw new ProvisionerError(`Download failed: ${(0,error_message/* messageOf */.b)(e)}`);
    }
    const local = await localKind(dst);
    const intoDirectory = dst.endsWith('/') || local === 'directory';
    let target = dst.replace(/(.)\/+$/, '$1');
    if (intoDirectory && !src.endsWith('/'))
        target = `${target}/${lastOf(src)}`;
    if (intoDirectory)
        await (0,promises_namespaceObject.mkdir)(dst, { recursive: true });
    else
        await (0,promises_namespaceObject.mkdir)((0,external_node_path_.dirname)(target), { recursive: true });
    await extractTarToHost(stream, (0,external_node_path_.dirname)(target), (0,external_node_path_.basename)(target));
    return target;
}

;// CONCATENATED MODULE: ./src/provisioners/digest-memo.ts
// The content digests of large host files, remembered across runs by what `stat` says of each file: device, inode,
// size, modification and change times, to the nanosecond. A repeat build then hashes a 20 MB upload in a stat call
// instead of ~20 ms of reading. Any change to the file changes its change time (which no program can set back), so
// a remembered digest is used only for the very file state it was computed from. As git does for its index, a file
// touched within the last seconds is not remembered: two writes inside one tick of the file system's clock would
// leave the same times behind. The memo is an optimisation only: a file it cannot read or write is ignored.




/** Files below this size hash faster than a memo entry is worth. */
const MEMO_MIN_SIZE = 1 << 20;
/** A file whose times are this recent (ms) may still change within the same clock tick: not remembered. */
const RACY_MS = 2000;
const MAX_ENTRIES = 1000;
function statKey(st) {
    return [st.dev, st.ino, st.size, st.mtimeNs, st.ctimeNs].join(':');
}
class DigestMemo {
    file;
    now;
    entries;
    /** Files hashed by reading them (for tests and benchmarks). */
    reads = 0;
    constructor(file, now = Date.now) {
        this.file = file;
        this.now = now;
    }
    load() {
        if (this.entries)
            return this.entries;
        this.entries = new Map();
        if (!this.file)
            return this.entries;
        try {
            const data = JSON.parse((0,external_node_fs_.readFileSync)(this.file, 'utf8'));
            for (const [k, e] of Object.entries(data)) {
                if (typeof e?.stat === 'string' && typeof e.digest === 'string' && typeof e.at === 'number')
                    this.entries.set(k, e);
            }
        }
        catch {
            // Missing or unreadable: start empty.
        }
        return this.entries;
    }
    save(entries) {
        if (!this.file)
            return;
        const kept = [...entries].sort((a, b) => b[1].at - a[1].at).slice(0, MAX_ENTRIES);
        try {
            (0,external_node_fs_.mkdirSync)(external_node_path_default().dirname(this.file), { recursive: true });
            const tmp = `${this.file}.${process.pid}.tmp`;
            (0,external_node_fs_.writeFileSync)(tmp, JSON.stringify(Object.fromEntries(kept)), { mode: 0o600 });
            (0,external_node_fs_.renameSync)(tmp, this.file);
        }
        catch {
            // A read-only home: no memo.
        }
    }
    /** The sha256 (hex) of the file at `abs` whose lstat (bigint) is `st`, read with `read` unless remembered. */
    digest(abs, st, read) {
        if (st.size < BigInt(MEMO_MIN_SIZE))
            return this.compute(read);
        const entries = this.load();
        const key = statKey(st);
        const known = entries.get(abs);
        if (known?.stat === key)
            return known.digest;
        const digest = this.compute(read);
        const now = this.now();
        const touched = Number((st.mtimeNs > st.ctimeNs ? st.mtimeNs : st.ctimeNs) / 1000000n);
        if (touched <= now - RACY_MS) {
            entries.set(abs, { stat: key, digest, at: now });
            this.save(entries);
        }
        return digest;
    }
    compute(read) {
        this.reads++;
        const h = (0,external_node_crypto_.createHash)('sha256');
        read(h);
        return h.digest('hex');
    }
}
/** `$XDG_CACHE_HOME/repack/file-digests.json`, else under `~/.cache`. */
function defaultMemoFile(env = process.env) {
    return external_node_path_default().join(env.XDG_CACHE_HOME || external_node_path_default().join(external_node_os_default().homedir(), '.cache'), 'repack', 'file-digests.json');
}

;// CONCATENATED MODULE: ./src/provisioners/host-digest.ts
// A sha256 of what a provisioner reads from the host — every file's relative path, type, mode and content digest
// (symbolic links by their target) — so a cache key changes whenever an upload would. Content digests of large
// files come from the digest memo when the file is, by its stat, the one hashed before (digest-memo.ts).




function hashFile(h, file) {
    const fd = (0,external_node_fs_.openSync)(file, 'r');
    try {
        const buf = Buffer.allocUnsafe(1 << 20);
        for (let n = (0,external_node_fs_.readSync)(fd, buf); n > 0; n = (0,external_node_fs_.readSync)(fd, buf))
            h.update(buf.subarray(0, n));
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
let sharedMemo;
function host_digest_walk(h, abs, rel, memo) {
    const st = (0,external_node_fs_.lstatSync)(abs, { bigint: true });
    const mode = (st.mode & 4095n).toString(8);
    if (st.isSymbolicLink()) {
        h.update(`l ${rel} ${mode} ${(0,external_node_fs_.readlinkSync)(abs)}\0`);
    }
    else if (st.isDirectory()) {
        h.update(`d ${rel} ${mode}\0`);
        for (const child of (0,external_node_fs_.readdirSync)(abs).sort())
            host_digest_walk(h, (0,external_node_path_.join)(abs, child), rel === '' ? child : `${rel}/${child}`, memo);
    }
    else {
        h.update(`f ${rel} ${mode} ${st.size}\0`);
        if (st.isFile())
            h.update(`${memo.digest(abs, st, (fh) => hashFile(fh, abs))}\0`);
    }
}
/** "sha256:…" of a host file or directory tree, or undefined when it does not exist (yet). */
function hostDigest(path, memo = (sharedMemo ??= new DigestMemo(defaultMemoFile()))) {
    try {
        (0,external_node_fs_.lstatSync)(path);
    }
    catch {
        return undefined;
    }
    const h = (0,external_node_crypto_.createHash)('sha256');
    host_digest_walk(h, path, '', memo);
    return `sha256:${h.digest('hex')}`;
}

;// CONCATENATED MODULE: ./src/provisioners/file.ts
// Packer's `file` provisioner: uploads host files, directories or inline content into the container, or downloads
// from it, through the archive API.









const file_SCHEMA = {
    attributes: {
        source: {
            type: T.string,
            description: 'Host file or directory to upload (or container path to download). A trailing slash on a directory uploads its contents.',
        },
        sources: { type: T.list(T.string), description: 'Several sources, uploaded in order into destination.' },
        content: { type: T.string, description: 'Text written to destination (a file named pkr-file-content when destination ends with "/"). Not with source(s).' },
        destination: { type: T.string, required: true, description: 'Where the file(s) go: in the container for uploads, on the host for downloads.' },
        direction: { type: T.string, default: 'upload', description: '"upload" (host → container) or "download" (container → host).' },
        generated: {
            type: T.bool,
            default: false,
            description: 'The source is created during the build (e.g. by shell-local): do not check that it exists when validating.',
        },
    },
};
/** The name inline content gets when the destination is a directory, as Packer documents it. */
const CONTENT_NAME = 'pkr-file-content';
function file_decode(d, block, dir) {
    const diags = [];
    const a = d.attrs;
    const direction = a.direction;
    if (direction !== 'upload' && direction !== 'download') {
        diags.push(diagnostics_error('Invalid direction', `Direction must be one of: download, upload (got "${direction}").`, d.ranges.direction));
        return { diagnostics: diags };
    }
    const given = [...(a.sources ?? []), ...(a.source === null ? [] : [a.source])];
    const content = a.content;
    const where = d.ranges.source ?? d.ranges.sources ?? block.openBraceRange;
    if (given.length > 0 && content !== null)
        diags.push(diagnostics_error('Invalid file provisioner', 'source(s) conflicts with content.', d.ranges.content));
    if (content !== null && direction === 'download')
        diags.push(diagnostics_error('Invalid file provisioner', 'content can only be uploaded: remove it or set direction = "upload".', d.ranges.content));
    if (given.length === 0 && content === null)
        diags.push(diagnostics_warning('Nothing to copy', 'Set source, sources or content: this provisioner copies nothing.', block.openBraceRange));
    const sources = given.map((g) => ({ given: g, path: direction === 'upload' ? (0,external_node_path_.resolve)(dir, g) : g }));
    if (direction === 'upload' && a.generated !== true) {
        for (const s of sources) {
            if (!(0,external_node_fs_.existsSync)(s.path))
                diags.push(diagnostics_error('Bad source', `Bad source '${s.given}': no such file or directory (relative paths are resolved against ${dir}). Set generated = true if an earlier step creates it.`, where));
        }
    }
    if (diags.some((x) => x.severity === 'error'))
        return { diagnostics: diags };
    const dest = a.destination;
    const destination = direction === 'download' ? (0,external_node_path_.resolve)(dir, dest) + (dest.endsWith('/') ? '/' : '') : dest;
    const config = { sources, content: content ?? undefined, destination, destinationGiven: dest, direction, generated: a.generated === true };
    return { provisioner: new FileProvisioner(config), diagnostics: diags };
}
class FileProvisioner {
    config;
    /** A download changes the host, not the image. */
    effect;
    constructor(config) {
        this.config = config;
        this.effect = config.direction === 'download' ? 'host' : 'image';
    }
    describe() {
        const c = this.config;
        const sources = c.sources.map((s) => (c.direction === 'upload' ? { source: s.given, sha256: hostDigest(s.path) ?? null } : { source: s.given }));
        return { type: 'file', direction: c.direction, destination: c.destinationGiven, sources, content: c.content ?? null };
    }
    async run(ctx) {
        const c = this.config;
        if (c.content !== undefined) {
            const target = c.destination.endsWith('/') ? `${c.destination}${CONTENT_NAME}` : c.destination;
            ctx.say(`Uploading content => ${c.destination}`);
            const dir = target.replace(/\/[^/]*$/, '') || '/';
            try {
                await ctx.comm.putArchive(dir, tarFromContent(target.slice(dir.length).replace(/^\//, ''), c.content));
            }
            catch (e) {
                throw new ProvisionerError(`Upload failed: ${(0,error_message/* messageOf */.b)(e)}`);
            }
            await ctx.comm.fixUploadOwner(target);
        }
        for (const s of c.sources) {
            if (ctx.signal.aborted)
                return;
            if (c.direction === 'upload') {
                ctx.say(`Uploading ${s.given} => ${c.destination}`);
                await uploadPath(ctx.comm, s.given.endsWith('/') ? `${s.path}/` : s.path, c.destination);
            }
            else {
                ctx.say(`Downloading ${s.given} => ${c.destinationGiven}`);
                await downloadPath(ctx.comm, s.given, c.destination);
            }
        }
    }
}
const file = { schema: file_SCHEMA, decode: file_decode };

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __nccwpck_require__(1421);
;// CONCATENATED MODULE: ./src/provisioners/local-shell.ts
// What Packer's shell-local provisioner and post-processor share (packer-plugin-sdk's shell-local): the options, their
// validation, and running each script on the host with execute_command, environment as quoted assignments.










const LOCAL_SHELL_SCHEMA = {
    attributes: {
        command: { type: T.string, description: 'One command, written to a temporary script and run with execute_command.' },
        inline: { type: T.list(T.string), description: 'Commands, written to one temporary script and run in order.' },
        script: { type: T.string, description: 'Path of a script on the host to run.' },
        scripts: { type: T.list(T.string), description: 'Paths of scripts on the host, run in order, each on its own.' },
        environment_vars: { type: T.list(T.string), default: [], description: '"KEY=value" pairs set for every script.' },
        env: { type: T.map(T.string), default: {}, description: 'Variables set for every script (override environment_vars).' },
        env_var_format: { type: T.string, default: "%s='%s' ", description: 'How each variable is written into {{.Vars}}: name, then value.' },
        execute_command: {
            type: T.list(T.string),
            default: ['/bin/sh', '-c', '{{.Vars}} {{.Script}}'],
            description: 'The argv each script runs with; {{.Vars}}, {{.Script}} and {{.Command}} are expanded.',
        },
        inline_shebang: { type: T.string, default: '/bin/sh -e', description: 'The shebang of the script made from command/inline.' },
        only_on: { type: T.list(T.string), default: [], description: 'Run only on these host OSes (darwin, freebsd, linux, openbsd, solaris, windows).' },
        tempfile_extension: { type: T.string, default: '', description: 'Extension of the temporary script made from command/inline.' },
        valid_exit_codes: { type: T.list(T.number), default: [0], description: 'Exit codes that count as success.' },
    },
};
const SUPPORTED_OS = ['darwin', 'freebsd', 'linux', 'openbsd', 'solaris', 'windows'];
const GO_OS = { win32: 'windows', sunos: 'solaris' };
const TOO_MANY = 'You may only specify one of the following options: command, inline, script or scripts. Please consolidate these options in your config.';
function decodeLocalShell(d, block, dir) {
    const diags = [];
    const a = d.attrs;
    const command = a.command;
    const inline = a.inline;
    const script = a.script;
    const scripts = a.scripts;
    const set = [command, inline, script, scripts].filter((x) => x !== null).length;
    if (set === 0)
        diags.push(diagnostics_error('Invalid shell-local', 'Command, Inline, Script and Scripts options cannot all be empty.', block.openBraceRange));
    if (set > 1)
        diags.push(diagnostics_error('Invalid shell-local', TOO_MANY, block.openBraceRange));
    const scriptPaths = (script !== null ? [script] : (scripts ?? [])).map((s) => ({ given: s, path: (0,external_node_path_.resolve)(dir, s) }));
    for (const s of scriptPaths) {
        if (!(0,external_node_fs_.existsSync)(s.path))
            diags.push(diagnostics_error('Bad script', `Bad script '${s.given}': no such file (relative paths are resolved against ${dir}).`, d.ranges.script ?? d.ranges.scripts));
    }
    for (const os of a.only_on) {
        if (!SUPPORTED_OS.includes(os))
            diags.push(diagnostics_error('Invalid only_on', `Invalid OS specified in only_on: '${os}'. Supported OS names: ${SUPPORTED_OS.join(', ')}.`, d.ranges.only_on));
    }
    const vars = new Map();
    for (const kv of a.environment_vars) {
        const eq = kv.indexOf('=');
        if (eq <= 0)
            diags.push(diagnostics_error('Invalid environment_vars entry', `Environment variable not in format 'key=value': ${JSON.stringify(kv)}.`, d.ranges.environment_vars));
        else
            vars.set(kv.slice(0, eq), kv.slice(eq + 1));
    }
    for (const [k, v] of Object.entries(a.env))
        vars.set(k, v);
    if (a.execute_command.length === 0)
        diags.push(diagnostics_error('Invalid execute_command', 'execute_command needs at least the program to run.', d.ranges.execute_command));
    if (diags.length > 0)
        return { diagnostics: diags };
    return {
        diagnostics: diags,
        config: {
            inline: command !== null ? [command] : (inline ?? undefined),
            scripts: scriptPaths.map((s) => s.path),
            vars: [...vars],
            envVarFormat: a.env_var_format,
            executeCommand: a.execute_command,
            inlineShebang: a.inline_shebang,
            onlyOn: a.only_on,
            tempfileExtension: a.tempfile_extension.replace(/^\./, ''),
            validExitCodes: a.valid_exit_codes,
            cwd: dir,
        },
    };
}
/** Everything that decides what the scripts do, with a digest of each script file. */
function describeLocalShell(c) {
    return {
        inline: c.inline ?? null,
        inlineShebang: c.inline ? c.inlineShebang : null,
        scripts: c.scripts.map((s) => ({ script: s, sha256: hostDigest(s) ?? null })),
        vars: [...c.vars].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)),
        envVarFormat: c.envVarFormat,
        executeCommand: c.executeCommand,
        onlyOn: c.onlyOn,
        validExitCodes: c.validExitCodes,
    };
}
/** Go's fmt.Sprintf for a format with %s verbs (and %%). */
function sprintf(format, ...args) {
    let i = 0;
    return format.replace(/%[s%]/g, (m) => (m === '%%' ? '%' : (args[i++] ?? '%!s(MISSING)')));
}
function flattenVars(format, vars) {
    return [...vars.keys()]
        .sort()
        .map((k) => sprintf(format, k, (vars.get(k) ?? '').replace(/'/g, `'"'"'`)))
        .join('');
}
function render(arg, vars, script) {
    return arg.replace(/\{\{\s*\.(Vars|Script|Command)\s*\}\}/g, (_, name) => (name === 'Vars' ? vars : script));
}
function exec(argv, cwd, run) {
    return new Promise((resolvePromise, reject) => {
        const out = new LineSplitter(run.message);
        const err = new LineSplitter(run.message);
        const child = (0,external_node_child_process_.spawn)(argv[0], argv.slice(1), { cwd, stdio: ['ignore', 'pipe', 'pipe'], signal: run.signal });
        child.stdout.on('data', (b) => out.push(b));
        child.stderr.on('data', (b) => err.push(b));
        child.on('error', reject);
        child.on('close', (code, signal) => {
            out.flush();
            err.flush();
            resolvePromise(code ?? (signal ? 128 + 15 : 1));
        });
    });
}
/** Runs the configured scripts on the host, in order; throws a ProvisionerError with Packer's wording on failure. */
async function runLocalShell(c, run) {
    const os = GO_OS[process.platform] ?? process.platform;
    if (c.onlyOn.length > 0 && !c.onlyOn.includes(os)) {
        run.say('Skipping shell-local due to runtime OS');
        return;
    }
    const vars = new Map([['PACKER_BUILD_NAME', run.buildName], ['PACKER_BUILDER_TYPE', run.builderType], ...(run.extraVars ?? []), ...c.vars]);
    const flattened = flattenVars(c.envVarFormat, vars);
    let tmp;
    try {
        const scripts = [...c.scripts];
        if (c.inline) {
            tmp = await (0,promises_namespaceObject.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'packer-shell'));
            const path = (0,external_node_path_.join)(tmp, `packer-shell${c.tempfileExtension ? `.${c.tempfileExtension}` : ''}`);
            await (0,promises_namespaceObject.writeFile)(path, `${c.inlineShebang ? `#!${c.inlineShebang}\n` : ''}${c.inline.map((l) => `${l}\n`).join('')}`);
            await (0,promises_namespaceObject.chmod)(path, 0o700);
            scripts.push(path);
        }
        for (const script of scripts) {
            run.say(`Running local shell script: ${script}`);
            const argv = c.executeCommand.map((arg) => render(arg, flattened, script));
            let code;
            try {
                code = await exec(argv, c.cwd, run);
            }
            catch (e) {
                if (run.signal.aborted)
                    throw new ProvisionerError('Local shell script was cancelled.');
                throw new ProvisionerError(`Error executing script: ${script}: ${(0,error_message/* messageOf */.b)(e)}`);
            }
            if (!c.validExitCodes.includes(code)) {
                throw new ProvisionerError(`Script exited with non-zero exit status: ${code}. Allowed exit codes are: [${c.validExitCodes.join(' ')}]`);
            }
        }
    }
    finally {
        if (tmp)
            await (0,promises_namespaceObject.rm)(tmp, { recursive: true, force: true });
    }
}

;// CONCATENATED MODULE: ./src/provisioners/shell-local.ts

class ShellLocalProvisioner {
    config;
    effect = 'host';
    constructor(config) {
        this.config = config;
    }
    describe() {
        return { type: 'shell-local', ...describeLocalShell(this.config) };
    }
    run(ctx) {
        return runLocalShell(this.config, ctx);
    }
}
function shell_local_decode(d, block, dir) {
    const r = decodeLocalShell(d, block, dir);
    return { provisioner: r.config && new ShellLocalProvisioner(r.config), diagnostics: r.diagnostics };
}
const shellLocal = { schema: LOCAL_SHELL_SCHEMA, decode: shell_local_decode };

;// CONCATENATED MODULE: external "node:readline"
const external_node_readline_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:readline");
;// CONCATENATED MODULE: ./src/pipeline/step.ts
// A build is a list of steps. Each started step's cleanup runs in reverse order, always: on success, failure and
// abort (DESIGN.md rule 5). Cleanup is idempotent and never throws past this runner.
class BuildCancelled extends Error {
    constructor() {
        super('Build was cancelled.');
        this.name = 'BuildCancelled';
    }
}
function throwIfAborted(signal) {
    if (signal.aborted)
        throw new BuildCancelled();
}
async function cleanupStep(step, state, onCleanupError, retry) {
    for (let attempt = 1;; attempt++) {
        try {
            await step.cleanup?.(state);
            return;
        }
        catch (e) {
            if (!retry || attempt >= retry.attempts || !retry.retryable(e))
                return onCleanupError(step.name, e);
            retry.onRetry?.(step.name, e, attempt);
            await new Promise((r) => setTimeout(r, retry.delayMs));
        }
    }
}
/** Runs a step; with `ask`, a failure may be retried (as often as the user says) or end the build without cleanup. */
async function runStep(step, state, signal, ask) {
    for (;;) {
        try {
            await step.run(state, signal);
            return {};
        }
        catch (e) {
            const failure = signal.aborted ? new BuildCancelled() : e;
            if (!ask || failure instanceof BuildCancelled)
                return { failure };
            const choice = await ask(step.name, failure);
            if (choice !== 'retry')
                return { failure, abort: choice === 'abort' };
        }
    }
}
/** Runs steps in order; returns the first failure (undefined on success). Cleanup problems are reported, not thrown. */
async function runSteps(steps, state, signal, onCleanupError, 
/** When false (on-error=abort), a failed build keeps what it made for inspection. */
cleanupOnFailure = true, cleanupRetry, ask) {
    const started = [];
    let failure;
    for (const step of steps) {
        if (signal.aborted) {
            failure = new BuildCancelled();
            break;
        }
        started.push(step);
        const r = await runStep(step, state, signal, ask);
        if (r.abort)
            return r.failure;
        if (r.failure !== undefined) {
            failure = r.failure;
            break;
        }
    }
    // A signal during the last step (a commit that cannot be interrupted) still cancels: nothing runs after it.
    if (failure === undefined && signal.aborted)
        failure = new BuildCancelled();
    if (failure !== undefined && !cleanupOnFailure)
        return failure;
    for (const step of started.reverse()) {
        if (step.cleanup)
            await cleanupStep(step, state, onCleanupError, cleanupRetry);
    }
    return failure;
}

;// CONCATENATED MODULE: ./src/provisioners/breakpoint.ts
// Packer's `breakpoint` provisioner: pauses the build until Enter is pressed, to look inside the container. Without a
// terminal on stdin (CI, the action) it says so and continues.



const breakpoint_SCHEMA = {
    attributes: {
        disable: { type: T.bool, default: false, description: 'Skip the pause (the provisioner only says it is disabled).' },
        note: { type: T.string, description: 'Shown when pausing, to tell breakpoints apart.' },
    },
};
const stdinTerminal = {
    isInteractive: () => process.stdin.isTTY === true,
    waitForEnter: (signal) => new Promise((resolve, reject) => {
        const rl = (0,external_node_readline_namespaceObject.createInterface)({ input: process.stdin });
        const done = (fn) => {
            signal.removeEventListener('abort', onAbort);
            rl.close();
            process.stdin.pause();
            fn();
        };
        const onAbort = () => done(() => reject(new BuildCancelled()));
        signal.addEventListener('abort', onAbort, { once: true });
        rl.once('line', () => done(resolve));
        rl.once('close', () => done(resolve));
    }),
};
class BreakpointProvisioner {
    disable;
    note;
    terminal;
    effect = 'host';
    constructor(disable, note, terminal = stdinTerminal) {
        this.disable = disable;
        this.note = note;
        this.terminal = terminal;
    }
    describe() {
        return { type: 'breakpoint', disable: this.disable, note: this.note ?? null };
    }
    async run(ctx) {
        const noted = this.note ? ` with note "${this.note}"` : '';
        if (this.disable) {
            ctx.say(`Breakpoint provisioner${noted} disabled; continuing...`);
            return;
        }
        ctx.say(`Pausing at breakpoint provisioner${noted}.`);
        if (!this.terminal.isInteractive()) {
            ctx.say('Not waiting: stdin is not a terminal; continuing...');
            return;
        }
        ctx.say('Press enter to continue.');
        await this.terminal.waitForEnter(ctx.signal);
    }
}
function breakpoint_decode(d) {
    return { provisioner: new BreakpointProvisioner(d.attrs.disable === true, d.attrs.note ?? undefined), diagnostics: [] };
}
const breakpoint = { schema: breakpoint_SCHEMA, decode: breakpoint_decode };

;// CONCATENATED MODULE: ./src/post-processors/post-processor.ts
/** Packer's builder ids, which post-processors check their input against. */
const BUILDER_ID = {
    /** The docker builder's export_path artifact. */
    dockerExport: 'packer.docker',
    /** The docker builder's commit artifact, and docker-import's (Packer's plugin uses one id for both). */
    dockerImport: 'packer.post-processor.docker-import',
    dockerTag: 'packer.post-processor.docker-tag',
    dockerSave: 'packer.post-processor.docker-save',
    artifice: 'packer.post-processor.artifice',
    checksum: 'packer.post-processor.checksum',
    compress: 'packer.post-processor.compress',
};
class PostProcessorError extends Error {
    constructor(message) {
        super(message);
        this.name = 'PostProcessorError';
    }
}
/** Throws Packer's "Unknown artifact type" unless the input was made by one of `accepted`. */
function requireBuilder(input, accepted, what) {
    if (!accepted.includes(input.builderId))
        throw new PostProcessorError(`Unknown artifact type: ${input.builderId}. ${what}`);
}
/** The image of an input artifact, or Packer-style guidance when there is none. */
function requireImage(input, type) {
    if (input.imageId === undefined) {
        throw new PostProcessorError(`${type} needs a Docker image, but the input artifact (${input.builderId}) is not one: set commit = true in the docker source or import the export with docker-import first.`);
    }
    return input;
}
/** Splits "host:5000/name:tag" into repository and tag (the tag is after the last colon that follows the last slash). */
function splitReference(ref) {
    const slash = ref.lastIndexOf('/');
    const colon = ref.lastIndexOf(':');
    if (colon > slash)
        return { repository: ref.slice(0, colon), tag: ref.slice(colon + 1) };
    return { repository: ref, tag: 'latest' };
}

;// CONCATENATED MODULE: ./src/post-processors/docker-tag.ts



const docker_tag_SCHEMA = {
    attributes: {
        repository: { type: T.string, required: true, description: 'Repository to tag into, e.g. "ghcr.io/org/app".' },
        tags: { type: T.list(T.string), description: 'Tags to apply (default "latest").' },
        tag: { type: T.list(T.string), description: 'Deprecated spelling of tags.' },
        force: { type: T.bool, default: false, description: 'Accepted for compatibility: a tag that exists is always moved, as docker does since 1.10.' },
    },
};
const TAG_RE = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
const REPO_RE = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?::[0-9]+)?(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$/;
class DockerTag {
    repository;
    tags;
    constructor(repository, tags) {
        this.repository = repository;
        this.tags = tags;
    }
    async run(input, ctx) {
        const image = requireImage(input, 'docker-tag');
        const tags = [];
        for (const tag of this.tags) {
            ctx.say(`Tagging image: ${image.imageId}`);
            ctx.message(`Repository: ${this.repository}:${tag}`);
            await ctx.driver.tag(image.imageId, this.repository, tag);
            tags.push(`${this.repository}:${tag}`);
        }
        // Tagging is what later steps (docker-push) rely on: the input image is always kept.
        return { artifact: { builderId: BUILDER_ID.dockerTag, imageId: image.imageId, tags, digests: [], files: [] }, keep: true, forceKeep: true };
    }
}
function docker_tag_decode(d, block) {
    const diags = [];
    const repository = d.attrs.repository;
    const tags = [...(d.attrs.tags ?? []), ...(d.attrs.tag ?? [])];
    if (d.attrs.tag !== null)
        diags.push(diagnostics_warning('Deprecated argument', 'The argument "tag" is deprecated: use "tags".', d.ranges.tag));
    if (!REPO_RE.test(repository)) {
        diags.push(diagnostics_error('Invalid repository', `"${repository}" is not a valid repository name: lowercase letters, digits and separators (. _ -), with an optional registry host[:port]/ prefix.`, d.ranges.repository ?? block.openBraceRange));
    }
    for (const t of tags) {
        if (!TAG_RE.test(t))
            diags.push(diagnostics_error('Invalid tag', `"${t}" is not a valid tag: up to 128 letters, digits, "_", "." and "-", not starting with "." or "-".`, d.ranges.tags ?? d.ranges.tag));
    }
    if (diags.some((x) => x.severity === 'error'))
        return { diagnostics: diags };
    return { postProcessor: new DockerTag(repository, tags.length > 0 ? tags : ['latest']), diagnostics: diags };
}
const dockerTag = { schema: docker_tag_SCHEMA, decode: docker_tag_decode };

;// CONCATENATED MODULE: ./src/docker/retry.ts
// Bounded retries for registry operations (push): only for failures that may pass on their own — the registry
// refusing or dropping connections, or answering 5xx/429 — never for auth, missing tags or manifest errors.

const PUSH_RETRY = { attempts: 3, delaysMs: [1000, 2000] };
const PERMANENT = /unauthori[sz]ed|authentication required|denied|forbidden|manifest (?:invalid|unknown)|blob unknown|name (?:unknown|invalid)|tag does not exist|no such image|cancelled|cannot connect to the docker daemon/i;
const TRANSIENT = /connection refused|connection reset|econnrefused|econnreset|broken pipe|unexpected eof|\beof\b|i\/o timeout|tls handshake timeout|server misbehaving|\b(?:500|502|503|504|429)\b|internal server error|bad gateway|service unavailable|gateway timeout|too many requests/i;
/** Whether a driver failure is worth another try. Only the driver's own errors are judged; anything else is final. */
function isTransient(e) {
    if (!(e instanceof docker_driver/* DriverError */.x))
        return false;
    if (e.statusCode !== undefined && e.statusCode >= 400 && e.statusCode < 500 && e.statusCode !== 429)
        return false;
    if (PERMANENT.test(e.message))
        return false;
    return (e.statusCode !== undefined && e.statusCode >= 500) || TRANSIENT.test(e.message);
}
function wait(ms, signal) {
    return new Promise((resolve, reject) => {
        if (signal?.aborted)
            return reject(new docker_driver/* DriverError */.x('cancelled'));
        const onAbort = () => {
            clearTimeout(timer);
            reject(new docker_driver/* DriverError */.x('cancelled'));
        };
        const timer = setTimeout(() => {
            signal?.removeEventListener('abort', onAbort);
            resolve();
        }, ms);
        signal?.addEventListener('abort', onAbort, { once: true });
    });
}
/** Runs `work`, again after a wait while it fails transiently; the last failure says how many tries were made. */
async function withRetries(work, o) {
    for (let attempt = 1;; attempt++) {
        try {
            return await work();
        }
        catch (e) {
            if (!isTransient(e) || o.signal?.aborted)
                throw e;
            if (attempt >= o.attempts)
                throw new docker_driver/* DriverError */.x(`${e.message} (gave up after ${attempt} attempts)`, e.statusCode);
            const delay = o.delaysMs[Math.min(attempt - 1, o.delaysMs.length - 1)] ?? 0;
            o.onRetry?.(e, attempt, delay);
            await wait(delay, o.signal);
        }
    }
}

;// CONCATENATED MODULE: ./src/post-processors/docker-push.ts



const docker_push_SCHEMA = {
    attributes: {
        ...LOGIN_ATTRIBUTES,
    },
};
class DockerPush {
    // Private (#) so no dump of the plan (util.inspect, JSON.stringify) can show the credentials.
    #auth;
    constructor(auth) {
        this.#auth = auth;
    }
    async run(input, ctx) {
        if (input.tags.length === 0) {
            throw new PostProcessorError('docker-push needs a tagged image: put a docker-tag post-processor before it in the same post-processors chain.');
        }
        if (!ctx.push) {
            ctx.say(`Skipping push of ${input.tags.join(', ')} (push is off)`);
            return { artifact: input, keep: true, forceKeep: false };
        }
        const digests = [...input.digests];
        for (const ref of input.tags) {
            const { repository, tag } = splitReference(ref);
            ctx.say(`Pushing: ${ref}`);
            const onRetry = (e, n, ms) => ctx.say(`Push of ${ref} failed (attempt ${n}/${PUSH_RETRY.attempts}): ${e.message}; retrying in ${ms / 1000}s`);
            const push = () => ctx.driver.push(repository, tag, {
                auth: this.#auth,
                signal: ctx.signal,
                onProgress: (e) => {
                    if (e.status === 'Pushed' || e.status === 'Layer already exists' || e.status.startsWith('Mounted from'))
                        ctx.message(`${e.id ?? ''}: ${e.status}`);
                },
            });
            const pushed = await ctx.withRepositoryLock(repository, () => withRetries(push, { ...PUSH_RETRY, signal: ctx.signal, onRetry }));
            if (pushed.unchanged)
                ctx.message(`${tag}: the registry already serves this image, nothing to push`);
            ctx.message(`${tag}: digest: ${pushed.digest}${pushed.size === undefined ? '' : ` size: ${pushed.size}`}`);
            digests.push({ repository, tag, digest: pushed.digest });
        }
        return { artifact: { ...input, digests }, keep: true, forceKeep: false };
    }
}
function docker_push_decode(d, block) {
    const login = decodeLogin(d, block.openBraceRange);
    if (login.diagnostics.some((x) => x.severity === 'error'))
        return { diagnostics: login.diagnostics };
    return { postProcessor: new DockerPush(login.auth), diagnostics: login.diagnostics };
}
const dockerPush = { schema: docker_push_SCHEMA, decode: docker_push_decode };

;// CONCATENATED MODULE: ./src/post-processors/docker-save.ts
// Packer's `docker-save`: writes the input image to a tar file (`docker save`). The output is the input image with
// the tar as its file, so checksum/compress can follow and docker-push still can.







const docker_save_SCHEMA = {
    attributes: {
        path: { type: T.string, required: true, description: 'The tar file to write (relative to the current directory).' },
    },
};
class DockerSave {
    path;
    cwd;
    constructor(path, cwd) {
        this.path = path;
        this.cwd = cwd;
    }
    async run(input, ctx) {
        const image = requireImage(input, 'docker-save');
        const refs = image.tags.length > 0 ? image.tags : [image.imageId];
        const target = (0,external_node_path_.resolve)(this.cwd, this.path);
        ctx.message(`Saving image: ${refs.join(', ')}`);
        try {
            await (0,external_node_stream_promises_namespaceObject.pipeline)(await ctx.driver.saveImages(refs), (0,external_node_fs_.createWriteStream)(target), { signal: ctx.signal });
        }
        catch (e) {
            await (0,promises_namespaceObject.rm)(target, { force: true });
            throw new PostProcessorError(`Error saving ${refs.join(', ')} to ${this.path}: ${(0,error_message/* messageOf */.b)(e)}`);
        }
        ctx.message(`Saved to: ${this.path}`);
        return { artifact: { ...image, files: [this.path] }, keep: true, forceKeep: false };
    }
}
function docker_save_decode(d, _block, cwd) {
    return { postProcessor: new DockerSave(d.attrs.path, cwd), diagnostics: [] };
}
const dockerSave = { schema: docker_save_SCHEMA, decode: docker_save_decode };

;// CONCATENATED MODULE: ./src/post-processors/docker-import.ts
// Packer's `docker-import`: imports a root filesystem tar — the docker builder's export_path, or a file artifice
// names — as an image repository[:tag], with Dockerfile `changes` applied.






const docker_import_SCHEMA = {
    attributes: {
        repository: { type: T.string, required: true, description: 'Repository of the imported image, e.g. "local/app".' },
        tag: { type: T.string, description: 'Tag of the imported image (default: latest).' },
        changes: { type: T.list(T.string), default: [], description: `Dockerfile instructions applied on import: ${CHANGE_INSTRUCTIONS.join(', ')}.` },
        platform: { type: T.string, description: 'Platform of the imported image, e.g. "linux/arm64".' },
    },
};
const NOT_IMPORTABLE = 'Can only import from Docker builder and Artifice post-processor artifacts. If you are getting this error after having run the docker builder, it may be because you set commit = true in your Docker builder, so the image is already imported.';
class DockerImport {
    opts;
    cwd;
    constructor(opts, cwd) {
        this.opts = opts;
        this.cwd = cwd;
    }
    async run(input, ctx) {
        requireBuilder(input, [BUILDER_ID.dockerExport, BUILDER_ID.artifice], NOT_IMPORTABLE);
        const file = input.files[0];
        if (file === undefined)
            throw new PostProcessorError('docker-import needs a file to import, but the input artifact has none.');
        const ref = this.opts.tag ? `${this.opts.repository}:${this.opts.tag}` : this.opts.repository;
        ctx.message(`Importing image: ${input.id ?? file}`);
        ctx.message(`Repository: ${ref}`);
        const imageId = await ctx.driver.importImage((0,external_node_fs_.createReadStream)((0,external_node_path_.resolve)(this.cwd, file)), { ...this.opts, tag: this.opts.tag || undefined });
        ctx.message(`Imported ID: ${imageId}`);
        const tagged = `${this.opts.repository}:${this.opts.tag || 'latest'}`;
        const artifact = {
            builderId: BUILDER_ID.dockerImport,
            id: ref,
            description: `Imported Docker image: ${ref}`,
            files: [],
            imageId,
            tags: [tagged],
            digests: [],
        };
        return { artifact, keep: false, forceKeep: false };
    }
}
function docker_import_decode(d, _block, cwd) {
    const diags = [];
    const changes = d.attrs.changes;
    changes.forEach((c, i) => {
        const parsed = parseChange(c);
        if ('error' in parsed)
            diags.push(diagnostics_error('Invalid change', `changes[${i}] "${c}": ${parsed.error}. Only ${CHANGE_INSTRUCTIONS.join(', ')} can be applied on import.`, d.ranges.changes));
    });
    if (diags.length > 0)
        return { diagnostics: diags };
    const opts = {
        repository: d.attrs.repository,
        tag: d.attrs.tag ?? undefined,
        changes,
        platform: d.attrs.platform ?? undefined,
    };
    return { postProcessor: new DockerImport(opts, cwd), diagnostics: diags };
}
const dockerImport = { schema: docker_import_SCHEMA, decode: docker_import_decode };

;// CONCATENATED MODULE: ./src/post-processors/describe.ts
function artifactId(a) {
    if (a.id !== undefined)
        return a.id;
    if (a.tags.length > 0)
        return a.tags.join(',');
    return a.imageId ?? '';
}
function artifactDescription(a) {
    if (a.description !== undefined)
        return a.description;
    const pushed = a.digests.map((d) => `${d.repository}@${d.digest}`);
    if (pushed.length > 0)
        return `Pushed Docker image: ${a.tags.join(', ')} (${pushed.join(', ')})`;
    if (a.tags.length > 0)
        return `Tagged Docker image: ${a.imageId ?? ''} with tags ${a.tags.join(' ')}`;
    if (a.imageId !== undefined)
        return `Imported Docker image: ${a.imageId}`;
    return `Created artifact from files: ${a.files.join(', ')}`;
}

;// CONCATENATED MODULE: ./src/post-processors/manifest.ts
// Packer's `manifest`: appends one entry per build to a JSON file (builds[] and last_run_uuid), keeping the entries of
// earlier runs. Parallel builds of one run append in turn.






const manifest_SCHEMA = {
    attributes: {
        output: { type: T.string, default: 'packer-manifest.json', description: 'The manifest file (relative to the current directory).' },
        strip_path: { type: T.bool, default: false, description: 'Write only the base name of each artifact file.' },
        strip_time: { type: T.bool, default: false, description: 'Leave out build_time (for reproducible manifests).' },
        custom_data: { type: T.map(T.string), description: 'Key/value pairs stored with the build entry.' },
    },
};
/** One writer at a time per manifest file within this process. */
const queues = new Map();
function serialised(key, fn) {
    const next = (queues.get(key) ?? Promise.resolve()).then(fn, fn);
    queues.set(key, next.catch(() => undefined));
    return next;
}
class Manifest {
    c;
    cwd;
    constructor(c, cwd) {
        this.c = c;
        this.cwd = cwd;
    }
    entry(input, ctx) {
        const files = input.files.map((f) => {
            const abs = (0,external_node_path_.resolve)(this.cwd, f);
            return { name: this.c.stripPath ? (0,external_node_path_.basename)(f) : f, size: (0,external_node_fs_.existsSync)(abs) ? (0,external_node_fs_.statSync)(abs).size : 0 };
        });
        const time = this.c.stripTime ? {} : { build_time: Math.floor(Date.now() / 1000) };
        return {
            name: ctx.buildName,
            builder_type: ctx.builderType,
            ...time,
            files: files.length > 0 ? files : null,
            artifact_id: artifactId(input),
            packer_run_uuid: ctx.runUuid,
            custom_data: this.c.customData,
        };
    }
    async run(input, ctx) {
        const path = (0,external_node_path_.resolve)(this.cwd, this.c.output);
        const entry = this.entry(input, ctx);
        await serialised(path, async () => {
            let manifest = { builds: [], last_run_uuid: '' };
            const text = await (0,promises_namespaceObject.readFile)(path, 'utf8').catch((e) => {
                if (e.code === 'ENOENT')
                    return '';
                throw new PostProcessorError(`Unable to open ${this.c.output} for reading: ${e.message}`);
            });
            if (text.trim() !== '') {
                try {
                    const parsed = JSON.parse(text);
                    manifest = { builds: Array.isArray(parsed.builds) ? parsed.builds : [], last_run_uuid: parsed.last_run_uuid ?? '' };
                }
                catch (e) {
                    throw new PostProcessorError(`Unable to parse content from ${this.c.output}: ${e.message}`);
                }
            }
            manifest.builds.push(entry);
            manifest.last_run_uuid = ctx.runUuid;
            await (0,promises_namespaceObject.mkdir)((0,external_node_path_.dirname)(path), { recursive: true });
            await (0,promises_namespaceObject.writeFile)(path, JSON.stringify(manifest, null, 2), { mode: 0o664 });
        });
        ctx.message(`Added ${ctx.buildName} to ${this.c.output}`);
        return { artifact: input, keep: true, forceKeep: true };
    }
}
function manifest_decode(d, _block, cwd) {
    const a = d.attrs;
    const c = {
        output: a.output,
        stripPath: a.strip_path === true,
        stripTime: a.strip_time === true,
        customData: a.custom_data ?? null,
    };
    return { postProcessor: new Manifest(c, cwd), diagnostics: [] };
}
const manifest = { schema: manifest_SCHEMA, decode: manifest_decode };

;// CONCATENATED MODULE: ./src/post-processors/placeholders.ts
// Packer's `{{.Name}}` placeholders in output paths of checksum and compress (HCL leaves `{{…}}` alone).

const PLACEHOLDER = /\{\{\s*\.?([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;
/** Diagnostics for placeholders other than `allowed`, and for `{{` that is not a placeholder at all. */
function checkPlaceholders(text, allowed, attribute, range) {
    const diags = [];
    for (const m of text.matchAll(PLACEHOLDER)) {
        if (!allowed.includes(m[1])) {
            diags.push(diagnostics_error('Invalid placeholder', `Error parsing target template: ${attribute} may use ${allowed.map((a) => `{{.${a}}}`).join(', ')}; "${m[0]}" is not one of them.`, range));
        }
    }
    if (text.replace(PLACEHOLDER, '').includes('{{'))
        diags.push(diagnostics_error('Invalid placeholder', `Error parsing target template: unclosed or malformed "{{" in ${attribute}.`, range));
    return diags;
}
function renderPlaceholders(text, values) {
    return text.replace(PLACEHOLDER, (m, name) => values[name] ?? m);
}

;// CONCATENATED MODULE: ./src/post-processors/checksum.ts
// Packer's `checksum`: appends "<hex>\t<file name>" lines for every file of the input artifact to one file per
// checksum type; the output artifact is the input files plus the checksum files.










const CHECKSUM_TYPES = ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512'];
const PLACEHOLDERS = ['BuildName', 'BuilderType', 'ChecksumType'];
const DEFAULT_CHECKSUM_OUTPUT = 'packer_{{.BuildName}}_{{.BuilderType}}_{{.ChecksumType}}.checksum';
const checksum_SCHEMA = {
    attributes: {
        checksum_types: { type: T.list(T.string), default: ['md5'], description: `Hashes to compute: ${CHECKSUM_TYPES.join(', ')}.` },
        output: {
            type: T.string,
            default: DEFAULT_CHECKSUM_OUTPUT,
            description: 'Checksum file path; {{.BuildName}}, {{.BuilderType}} and {{.ChecksumType}} are expanded.',
        },
    },
};
async function checksum_digest(type, file, signal) {
    const h = (0,external_node_crypto_.createHash)(type);
    await (0,external_node_stream_promises_namespaceObject.pipeline)((0,external_node_fs_.createReadStream)(file), h, { signal });
    return h.digest('hex');
}
class Checksum {
    types;
    output;
    cwd;
    constructor(types, output, cwd) {
        this.types = types;
        this.output = output;
        this.cwd = cwd;
    }
    async run(input, ctx) {
        const files = [...input.files];
        for (const type of this.types) {
            for (const file of input.files) {
                const out = renderPlaceholders(this.output, { BuildName: ctx.buildName, BuilderType: ctx.builderType, ChecksumType: type });
                const outAbs = (0,external_node_path_.resolve)(this.cwd, out);
                if (!(0,external_node_fs_.existsSync)(outAbs) && !files.includes(out))
                    files.push(out);
                let hex;
                try {
                    hex = await checksum_digest(type, (0,external_node_path_.resolve)(this.cwd, file), ctx.signal);
                }
                catch (e) {
                    throw new PostProcessorError(`unable to compute ${type} hash for ${file}: ${(0,error_message/* messageOf */.b)(e)}`);
                }
                await (0,promises_namespaceObject.mkdir)((0,external_node_path_.dirname)(outAbs), { recursive: true });
                await (0,promises_namespaceObject.appendFile)(outAbs, `${hex}\t${(0,external_node_path_.basename)(file)}\n`, { mode: 0o644 });
                ctx.message(`${type} ${hex} ${file} → ${out}`);
            }
        }
        const artifact = {
            builderId: BUILDER_ID.checksum,
            id: '',
            description: `Created artifact from files: ${files.join(', ')}`,
            files,
            tags: [],
            digests: [],
        };
        return { artifact, keep: true, forceKeep: true };
    }
}
function checksum_decode(d, _block, cwd) {
    const types = d.attrs.checksum_types;
    const output = d.attrs.output;
    const diags = [];
    for (const t of types) {
        if (!CHECKSUM_TYPES.includes(t))
            diags.push(diagnostics_error('Unrecognized checksum type', `Unrecognized checksum type: ${t}. Use one of ${CHECKSUM_TYPES.join(', ')}.`, d.ranges.checksum_types));
    }
    diags.push(...checkPlaceholders(output, PLACEHOLDERS, 'output', d.ranges.output));
    if (diags.length > 0)
        return { diagnostics: diags };
    return { postProcessor: new Checksum(types, output, cwd), diagnostics: diags };
}
const checksum = { schema: checksum_SCHEMA, decode: checksum_decode };

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __nccwpck_require__(8522);
;// CONCATENATED MODULE: ./src/post-processors/archive-writers.ts
// The archives compress writes, streamed file by file: tar (names are base names, as Packer's compress writes them)
// and zip (deflate, names as given, no zip64: each file and the archive must stay under 4 GiB).






async function write(out, chunk) {
    if (!out.write(chunk))
        await (0,external_node_events_.once)(out, 'drain');
}
/** Writes a tar of `files` (absolute path → name in the archive) to `out`, ending it. */
async function writeTar(files, out) {
    const pack = (await tarStream()).pack();
    const piped = new Promise((resolve, reject) => {
        pack.on('error', reject);
        out.on('error', reject);
        out.on('finish', resolve);
        pack.pipe(out);
    });
    piped.catch(() => undefined); // awaited at the end; a failure before then is the caller's to report
    for (const [abs, name] of files) {
        const st = await (0,promises_namespaceObject.stat)(abs);
        const entry = pack.entry({ name, size: st.size, mode: st.mode & 0o7777, mtime: st.mtime, type: 'file' });
        for await (const chunk of (0,external_node_fs_.createReadStream)(abs)) {
            if (!entry.write(chunk))
                await (0,external_node_events_.once)(entry, 'drain');
        }
        entry.end(null);
    }
    pack.finalize();
    await piped;
}
const LIMIT = 0xffffffff;
function dosTime(d) {
    return {
        time: (d.getHours() << 11) | (d.getMinutes() << 5) | Math.floor(d.getSeconds() / 2),
        date: ((Math.max(d.getFullYear(), 1980) - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
    };
}
/** Writes a zip of `files` (absolute path → name in the archive) to `out`, ending it. */
async function writeZip(files, out, level) {
    const central = [];
    let offset = 0;
    const emit = async (b) => {
        offset += b.length;
        await write(out, b);
    };
    for (const [abs, entryName] of files) {
        const st = await (0,promises_namespaceObject.stat)(abs);
        if (st.size >= LIMIT)
            throw new PostProcessorError(`Cannot zip ${abs}: files of 4 GiB or more need zip64, which repack does not write; use .tar.gz.`);
        const name = Buffer.from(entryName.replace(/\\/g, '/').replace(/^\/+/, ''));
        const { time, date } = dosTime(st.mtime);
        const start = offset;
        const local = Buffer.alloc(30);
        local.writeUInt32LE(0x04034b50, 0);
        local.writeUInt16LE(20, 4);
        local.writeUInt16LE(0x0808, 6); // sizes in a data descriptor; UTF-8 names
        local.writeUInt16LE(8, 8);
        local.writeUInt16LE(time, 10);
        local.writeUInt16LE(date, 12);
        local.writeUInt16LE(name.length, 26);
        await emit(Buffer.concat([local, name]));
        let crc = 0;
        let compressed = 0;
        const deflate = (0,external_node_zlib_.createDeflateRaw)({ level });
        const source = (0,external_node_fs_.createReadStream)(abs);
        source.on('data', (c) => (crc = (0,external_node_zlib_.crc32)(c, crc)));
        source.pipe(deflate);
        for await (const chunk of deflate) {
            compressed += chunk.length;
            await emit(chunk);
        }
        const desc = Buffer.alloc(16);
        desc.writeUInt32LE(0x08074b50, 0);
        desc.writeUInt32LE(crc >>> 0, 4);
        desc.writeUInt32LE(compressed, 8);
        desc.writeUInt32LE(st.size, 12);
        await emit(desc);
        central.push({ name, crc: crc >>> 0, compressed, size: st.size, offset: start, time, date });
    }
    const cdStart = offset;
    for (const c of central) {
        const h = Buffer.alloc(46);
        h.writeUInt32LE(0x02014b50, 0);
        h.writeUInt16LE(0x031e, 4); // made by unix, 3.0
        h.writeUInt16LE(20, 6);
        h.writeUInt16LE(0x0808, 8);
        h.writeUInt16LE(8, 10);
        h.writeUInt16LE(c.time, 12);
        h.writeUInt16LE(c.date, 14);
        h.writeUInt32LE(c.crc, 16);
        h.writeUInt32LE(c.compressed, 20);
        h.writeUInt32LE(c.size, 24);
        h.writeUInt16LE(c.name.length, 28);
        h.writeUInt32LE((0o100644 << 16) >>> 0, 38);
        h.writeUInt32LE(c.offset, 42);
        await emit(Buffer.concat([h, c.name]));
    }
    if (offset >= LIMIT)
        throw new PostProcessorError('Cannot zip: archives of 4 GiB or more need zip64, which repack does not write; use .tar.gz.');
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(central.length, 8);
    end.writeUInt16LE(central.length, 10);
    end.writeUInt32LE(offset - cdStart, 12);
    end.writeUInt32LE(cdStart, 16);
    await write(out, end);
    out.end();
    await (0,external_node_events_.once)(out, 'finish');
}

;// CONCATENATED MODULE: ./src/post-processors/compress.ts
// Packer's `compress`: archives the input artifact's files into `output`, the format chosen by its extension:
// .tar, .zip, .gz (one file), .tar.gz/.tgz, or no known extension (tar + gzip, as Packer does).












const compress_SCHEMA = {
    attributes: {
        output: {
            type: T.string,
            default: 'packer_{{.BuildName}}_{{.BuilderType}}',
            description: 'Archive path; {{.BuildName}} and {{.BuilderType}} are expanded. Its extension picks the format.',
        },
        format: { type: T.string, description: 'Format when the output has no telling extension, e.g. "tar.gz", "zip".' },
        compression_level: { type: T.number, default: 6, description: 'gzip/deflate level 1 (fast) to 9 (small); 0 and -1 mean 6.' },
    },
};
const UNSUPPORTED = ['lz4', 'bgzf', 'xz', 'bzip2'];
/** Packer's detectFromFilename: the last extension decides, "tar" before it adds a tar archive. */
function detectFormat(output, format) {
    const exts = [...(format ? `${output}.${format}` : output).matchAll(/\.([a-z0-9]+)/g)].map((m) => m[1]);
    const last = exts.at(-1);
    const tarBefore = exts.at(-2) === 'tar';
    if (last === 'zip' || last === 'tar')
        return { archive: last, gzip: false };
    if (last === 'gz' || last === 'tgz')
        return { archive: tarBefore || last === 'tgz' ? 'tar' : undefined, gzip: true };
    if (last !== undefined && UNSUPPORTED.includes(last))
        return { unsupported: last };
    return { archive: 'tar', gzip: true };
}
class Compress {
    output;
    format;
    level;
    cwd;
    constructor(output, format, level, cwd) {
        this.output = output;
        this.format = format;
        this.level = level;
        this.cwd = cwd;
    }
    async run(input, ctx) {
        const target = renderPlaceholders(this.output, { BuildName: ctx.buildName, BuilderType: ctx.builderType });
        const fmt = detectFormat(target, this.format);
        if ('unsupported' in fmt)
            throw new PostProcessorError(`compress: .${fmt.unsupported} is not supported by repack; use .tar.gz, .tgz, .gz, .tar or .zip.`);
        const abs = (0,external_node_path_.resolve)(this.cwd, target);
        const files = input.files.map((f) => [(0,external_node_path_.resolve)(this.cwd, f), fmt.archive === 'tar' ? (0,external_node_path_.basename)(f) : f]);
        if (!fmt.archive && files.length !== 1) {
            throw new PostProcessorError(`Can only have 1 input file when not using tar/zip. Found ${files.length} files: ${input.files.join(', ')}`);
        }
        await (0,promises_namespaceObject.mkdir)((0,external_node_path_.dirname)(abs), { recursive: true });
        const copy = (from) => fmt.gzip
            ? (0,external_node_stream_promises_namespaceObject.pipeline)(from, (0,external_node_zlib_.createGzip)({ level: this.level }), (0,external_node_fs_.createWriteStream)(abs), { signal: ctx.signal })
            : (0,external_node_stream_promises_namespaceObject.pipeline)(from, (0,external_node_fs_.createWriteStream)(abs), { signal: ctx.signal });
        const what = fmt.gzip ? 'gzip' : 'no compression';
        try {
            if (!fmt.archive) {
                ctx.say(`Archiving ${input.files[0]} with ${what}`);
                await copy((0,external_node_fs_.createReadStream)(files[0][0]));
            }
            else {
                ctx.say(fmt.archive === 'zip' ? `Zipping ${target}` : `Tarring ${target} with ${what}`);
                const sink = new external_node_stream_.PassThrough();
                const written = copy(sink);
                const writer = fmt.archive === 'zip' ? writeZip(files, sink, this.level) : writeTar(files, sink);
                await Promise.all([writer.catch((e) => sink.destroy((0,error_message/* toError */.i)(e))), written]);
            }
        }
        catch (e) {
            await (0,promises_namespaceObject.rm)(abs, { force: true });
            throw e instanceof PostProcessorError ? e : new PostProcessorError(`Error creating ${target}: ${(0,error_message/* messageOf */.b)(e)}`);
        }
        ctx.say(`Archive ${target} completed`);
        const artifact = {
            builderId: BUILDER_ID.compress,
            id: '',
            description: `compressed artifacts in: ${target}`,
            files: [target],
            tags: [],
            digests: [],
        };
        return { artifact, keep: false, forceKeep: false };
    }
}
function compress_decode(d, _block, cwd) {
    const output = d.attrs.output;
    const format = d.attrs.format ?? undefined;
    const diags = checkPlaceholders(output, ['BuildName', 'BuilderType'], 'output', d.ranges.output);
    const fmt = detectFormat(output, format);
    if ('unsupported' in fmt)
        diags.push(diagnostics_error('Unsupported compression format', `.${fmt.unsupported} is not supported by repack (it would need a compression library); use .tar.gz, .tgz, .gz, .tar or .zip.`, d.ranges.format ?? d.ranges.output));
    const raw = Math.floor(Number(d.attrs.compression_level));
    if (raw < -1)
        diags.push(diagnostics_error('Invalid compression_level', `compression_level must be between -1 and 9 (got ${raw}).`, d.ranges.compression_level));
    if (diags.length > 0)
        return { diagnostics: diags };
    const level = raw === 0 || raw === -1 ? external_node_zlib_.constants.Z_DEFAULT_COMPRESSION : Math.min(raw, 9);
    return { postProcessor: new Compress(output, format, level, cwd), diagnostics: diags };
}
const compress = { schema: compress_SCHEMA, decode: compress_decode };

;// CONCATENATED MODULE: ./src/post-processors/shell-local.ts




class ShellLocal {
    config;
    constructor(config) {
        this.config = config;
    }
    async run(input, ctx) {
        const extraVars = [
            ['PACKER_ARTIFACT_ID', artifactId(input)],
            ['PACKER_ARTIFACT_FILES', input.files.join('\n')],
        ];
        try {
            await runLocalShell(this.config, { ...ctx, extraVars });
        }
        catch (e) {
            throw e instanceof ProvisionerError ? new PostProcessorError(e.message) : e;
        }
        return { artifact: input, keep: true, forceKeep: true };
    }
}
function post_processors_shell_local_decode(d, block, cwd) {
    const r = decodeLocalShell(d, block, cwd);
    return { postProcessor: r.config && new ShellLocal(r.config), diagnostics: r.diagnostics };
}
const shell_local_shellLocal = { schema: LOCAL_SHELL_SCHEMA, decode: post_processors_shell_local_decode };

;// CONCATENATED MODULE: ./src/post-processors/glob-files.ts
// Go's filepath.Glob, which artifice uses: `*`, `?` and `[…]` within one path element, no `**`; a pattern without
// them matches itself when it exists. Results are sorted per directory, as Go returns them.


const MAGIC = /[*?[]/;
function elementRegex(element) {
    let re = '';
    for (let i = 0; i < element.length; i++) {
        const c = element[i];
        if (c === '*')
            re += '[^/]*';
        else if (c === '?')
            re += '[^/]';
        else if (c === '[') {
            const close = element.indexOf(']', i + 2);
            if (close < 0)
                re += '\\[';
            else {
                re += `[${element
                    .slice(i + 1, close)
                    .replace(/^\^/, '^')
                    .replace(/\\/g, '\\\\')}]`;
                i = close;
            }
        }
        else
            re += c.replace(/[.+^${}()|\\]/g, '\\$&');
    }
    return new RegExp(`^${re}$`);
}
/** Paths (as written, relative or absolute) matching `pattern`, resolved against `cwd`. */
function globFiles(pattern, cwd) {
    if (!MAGIC.test(pattern))
        return (0,external_node_fs_.existsSync)((0,external_node_path_.resolve)(cwd, pattern)) ? [pattern] : [];
    const elements = pattern.split('/');
    let found = [(0,external_node_path_.isAbsolute)(pattern) ? '/' : ''];
    elements.forEach((element, i) => {
        if (element === '' && i === 0)
            return;
        const next = [];
        for (const base of found) {
            const dir = (0,external_node_path_.resolve)(cwd, base || '.');
            if (!MAGIC.test(element)) {
                const p = base === '' ? element : (0,external_node_path_.join)(base, element);
                if ((0,external_node_fs_.existsSync)((0,external_node_path_.resolve)(cwd, p)))
                    next.push(p);
                continue;
            }
            if (!(0,external_node_fs_.existsSync)(dir) || !(0,external_node_fs_.statSync)(dir).isDirectory())
                continue;
            const re = elementRegex(element);
            for (const name of (0,external_node_fs_.readdirSync)(dir).sort()) {
                if (re.test(name) && !(name.startsWith('.') && !element.startsWith('.')))
                    next.push(base === '' ? name : (0,external_node_path_.join)(base, name));
            }
        }
        found = next;
    });
    return found;
}

;// CONCATENATED MODULE: ./src/post-processors/artifice.ts




const artifice_SCHEMA = {
    attributes: {
        files: { type: T.list(T.string), default: [], description: 'Files (globs allowed) that become the artifact, relative to the current directory.' },
    },
};
class Artifice {
    patterns;
    cwd;
    constructor(patterns, cwd) {
        this.patterns = patterns;
        this.cwd = cwd;
    }
    async run(input, ctx) {
        if (input.files.length > 0)
            ctx.say(`Discarding files from artifact: ${input.files.join(', ')}`);
        const files = [];
        for (const p of this.patterns) {
            const matched = globFiles(p, this.cwd);
            if (matched.length === 0)
                ctx.message(`No file matches ${p}`);
            files.push(...matched);
        }
        ctx.say(`Using these artifact files: ${files.join(', ')}`);
        const artifact = {
            builderId: BUILDER_ID.artifice,
            id: '',
            description: `Created artifact from files: ${files.join(', ')}`,
            files,
            tags: [],
            digests: [],
        };
        return { artifact, keep: true, forceKeep: false };
    }
}
function artifice_decode(d, block, cwd) {
    const files = d.attrs.files;
    if (files.length === 0)
        return { diagnostics: [diagnostics_error('Invalid artifice', 'No files specified in artifice configuration.', d.ranges.files ?? block.openBraceRange)] };
    return { postProcessor: new Artifice(files, cwd), diagnostics: [] };
}
const artifice = { schema: artifice_SCHEMA, decode: artifice_decode };

;// CONCATENATED MODULE: ./src/pipeline/plugins.ts













const PROVISIONERS = { shell: shell, file: file, 'shell-local': shellLocal, breakpoint: breakpoint };
const POST_PROCESSORS = {
    'docker-tag': dockerTag,
    'docker-push': dockerPush,
    'docker-save': dockerSave,
    'docker-import': dockerImport,
    manifest: manifest,
    checksum: checksum,
    compress: compress,
    'shell-local': shell_local_shellLocal,
    artifice: artifice,
};

;// CONCATENATED MODULE: ./src/pipeline/duration.ts
// Go's time.ParseDuration, as Packer's duration options are written: "1h2m3.5s", "500ms", "10s".
const UNITS = { ns: 1e-6, us: 1e-3, µs: 1e-3, ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
/** Milliseconds, or undefined when the text is not a duration. */
function duration_parseDuration(text) {
    const s = text.trim();
    if (s === '0')
        return 0;
    const re = /(\d+(?:\.\d*)?|\.\d+)(ns|us|µs|ms|s|m|h)/y;
    let total = 0;
    let pos = 0;
    while (pos < s.length) {
        re.lastIndex = pos;
        const m = re.exec(s);
        if (!m)
            return undefined;
        total += Number(m[1]) * UNITS[m[2]];
        pos = re.lastIndex;
    }
    return pos > 0 ? total : undefined;
}

;// CONCATENATED MODULE: ./src/pipeline/glob.ts
// Glob matching for -only/-except and provisioner only/except: `*` any run of characters, `?` one character.
function globMatch(pattern, name) {
    const re = new RegExp(`^${pattern
        .replace(/[.+^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*')
        .replace(/\?/g, '.')}$`);
    return re.test(name);
}
/** Packer's -only/-except rule: with `only`, a name must match one of them; with `except`, it must match none. */
function selected(name, only, except) {
    if (only.length > 0 && !only.some((p) => globMatch(p, name)))
        return false;
    return !except.some((p) => globMatch(p, name));
}

;// CONCATENATED MODULE: ./src/pipeline/run-uuid.ts
// PACKER_RUN_UUID: one per process, as Packer sets it. Templates see it as build.PackerRunUUID; the manifest
// post-processor records it.

const RUN_UUID = process.env.PACKER_RUN_UUID || (0,external_node_crypto_.randomUUID)();

;// CONCATENATED MODULE: ./src/pipeline/late-provisioner.ts
// `build.ID` — the build container's ID — exists only once the container runs. A provisioner whose body uses it is
// checked at plan time with a stand-in ID, then decoded again with the real one just before it runs, as Packer
// evaluates provisioners late. Its result depends on a container ID that is new every run, so it is never served
// from the cache (its description carries a new nonce each time it is planned).




/** The ID provisioners are checked with before a container exists. */
const STAND_IN_ID = 'container-id-known-at-run-time';
function usesBuildId(body) {
    return body.items.some((item) => item.kind === 'attribute' ? traversals(item.expr).some((t) => t.root === 'build' && t.path[0] === 'ID') : usesBuildId(item.body));
}
/** The context with `build.ID` set. */
function withBuildId(ctx, id) {
    const build = ctx.variables.build;
    const attrs = build?.kind === 'object' ? { ...build.attrs } : {};
    return { ...ctx, variables: { ...ctx.variables, build: V.object({ ...attrs, ID: V.string(id) }) } };
}
class LateProvisioner {
    checked;
    decodeWith;
    effect;
    /** Stands for the container ID in the cache key: new for every planned build, so never a hit. */
    nonce = (0,external_node_crypto_.randomUUID)();
    constructor(checked, 
    /** Decodes the body with the real ID; the error text when it no longer decodes. */
    decodeWith) {
        this.checked = checked;
        this.decodeWith = decodeWith;
        this.effect = checked.effect;
    }
    describe() {
        return { buildId: this.nonce, provisioner: this.checked.describe() };
    }
    async run(ctx) {
        const p = this.decodeWith(ctx.containerId ?? '');
        if (typeof p === 'string')
            throw new ProvisionerError(p);
        await p.run(ctx);
    }
}

;// CONCATENATED MODULE: ./src/pipeline/plan.ts
// Plans the builds of a template: one per (build block × source), filtered by -only/-except, with every body
// evaluated in its build's context and decoded into typed configs. Nothing here touches Docker.












const PROVISIONER_COMMON = {
    name: { type: T.string, description: 'Name shown in the output; only/except of other blocks can refer to it.' },
    only: { type: T.list(T.string), default: [], description: 'Run only for these sources ("docker.ubuntu").' },
    except: { type: T.list(T.string), default: [], description: 'Skip for these sources.' },
    pause_before: { type: T.string, description: 'Wait this long before running, e.g. "10s".' },
    max_retries: { type: T.number, default: 0, description: 'Retry this many times when it fails.' },
    timeout: { type: T.string, description: 'Fail when it runs longer than this, e.g. "5m".' },
    override: { type: T.dynamic, description: 'Attribute values per source name: override = { ubuntu = { inline = ["…"] } }.' },
};
const POST_PROCESSOR_COMMON = {
    name: { type: T.string, description: 'Name shown in the output.' },
    only: { type: T.list(T.string), default: [], description: 'Run only for these sources ("docker.ubuntu").' },
    except: { type: T.list(T.string), default: [], description: 'Skip for these sources.' },
    keep_input_artifact: { type: T.bool, description: "Keep (true) or delete (false) the input artifact; unset, the post-processor's default." },
};
/** Matches a provisioner's only/except entry against a source, written "docker.x" or "source.docker.x". */
function sourceSelected(source, only, except) {
    const norm = (s) => s.replace(/^source\./, '');
    const hit = (p) => globMatch(norm(p), source);
    if (only.length > 0 && !only.some(hit))
        return false;
    return !except.some(hit);
}
function mergeOverrides(base, overrides) {
    if (!overrides)
        return base;
    const names = new Set(overrides.items.filter((i) => i.kind === 'attribute').map((i) => (i.kind === 'attribute' ? i.name : '')));
    return { ...base, items: [...base.items.filter((i) => i.kind !== 'attribute' || !names.has(i.name)), ...overrides.items] };
}
function durationAttr(value, what, range, diags) {
    if (typeof value !== 'string')
        return 0;
    const ms = duration_parseDuration(value);
    if (ms === undefined)
        diags.push(diagnostics_error(`Invalid ${what}`, `"${value}" is not a duration. Write it like "30s", "5m" or "1h30m".`, range));
    return ms ?? 0;
}
function planProvisioner(spec, source, sourceName, ctx, dir, diags) {
    if (!isOneOf(PROVISIONER_TYPES, spec.type))
        return undefined;
    const plugin = PROVISIONERS[spec.type];
    const schema = { attributes: { ...plugin.schema.attributes, ...PROVISIONER_COMMON }, blocks: plugin.schema.blocks };
    const decode = (c) => {
        const d = decodeBody(spec.block.body, schema, c, spec.block);
        const found = [...d.diagnostics];
        if (found.some((x) => x.severity === 'error'))
            return { d, diagnostics: found };
        if (!sourceSelected(source, d.attrs.only, d.attrs.except))
            return { d, diagnostics: found, skipped: true };
        found.push(...applyOverride(d, plugin.schema, sourceName));
        if (found.some((x) => x.severity === 'error'))
            return { d, diagnostics: found };
        const r = plugin.decode(d, spec.block, dir);
        return { d, diagnostics: [...found, ...r.diagnostics], provisioner: r.provisioner };
    };
    const late = usesBuildId(spec.block.body);
    const checked = decode(late ? withBuildId(ctx, STAND_IN_ID) : ctx);
    diags.push(...checked.diagnostics);
    if (checked.skipped || !checked.provisioner)
        return undefined;
    const { d } = checked;
    const provisioner = late
        ? new LateProvisioner(checked.provisioner, (id) => {
            const again = decode(withBuildId(ctx, id));
            return again.provisioner ?? again.diagnostics.map((x) => `${x.summary}: ${x.detail ?? ''}`).join('\n');
        })
        : checked.provisioner;
    return {
        type: spec.type,
        name: d.attrs.name ?? spec.type,
        provisioner,
        pauseBeforeMs: durationAttr(d.attrs.pause_before, 'pause_before', d.ranges.pause_before, diags),
        maxRetries: Math.max(0, Math.floor(Number(d.attrs.max_retries))),
        timeoutMs: durationAttr(d.attrs.timeout, 'timeout', d.ranges.timeout, diags),
    };
}
/** `cwd` is what post-processors resolve relative paths against, as Packer does. */
function planPostProcessor(spec, source, ctx, cwd, diags) {
    if (!isOneOf(POST_PROCESSOR_TYPES, spec.type))
        return undefined;
    const plugin = POST_PROCESSORS[spec.type];
    const d = decodeBody(spec.block.body, { attributes: { ...POST_PROCESSOR_COMMON, ...plugin.schema.attributes } }, ctx, spec.block);
    diags.push(...d.diagnostics);
    if (d.diagnostics.some((x) => x.severity === 'error'))
        return undefined;
    if (!sourceSelected(source, d.attrs.only, d.attrs.except))
        return undefined;
    const r = plugin.decode(d, spec.block, cwd);
    diags.push(...r.diagnostics);
    if (!r.postProcessor)
        return undefined;
    const keep = d.attrs.keep_input_artifact;
    return {
        type: spec.type,
        name: d.attrs.name ?? spec.type,
        postProcessor: r.postProcessor,
        keepInputArtifact: typeof keep === 'boolean' ? keep : undefined,
    };
}
/**
 * Packer's contextual `build` variables for a docker build. Those the docker builder knows before it starts are
 * values; the container's ID exists only once it runs: provisioners get it (late-provisioner.ts), and elsewhere
 * (sources, post-processors) it is unknown and an attribute that needs it is reported as such.
 */
function buildVariables(build, config) {
    return V.object({
        name: V.string(build.name),
        ID: V.unknown(T.string),
        PackerRunUUID: V.string(RUN_UUID),
        ConnType: V.string('docker'),
        Host: V.string(''),
        Port: V.number(0),
        User: V.string(config?.execUser ?? ''),
        Password: V.string(''),
        SSHPublicKey: V.string(''),
        SSHPrivateKey: V.string(''),
        WinRMPassword: V.string(''),
        PackerHTTPIP: V.string(''),
        PackerHTTPPort: V.string(''),
        PackerHTTPAddr: V.string(''),
    });
}
function contextFor(input, build, ref, sourceName, config) {
    const extra = {
        source: V.object({ name: V.string(sourceName), type: V.string(ref.type) }),
        build: buildVariables(build, config),
        path: V.object({ cwd: V.string(input.cwd), root: V.string(input.template.root) }),
        packer: V.object({ version: V.string(input.version) }),
    };
    return { ...input.base, variables: { ...input.base.variables, ...extra } };
}
function planBuilds(input) {
    const diags = [];
    const builds = [];
    const names = new Map();
    const dir = input.template.root;
    for (const build of input.template.builds) {
        for (const ref of build.sources) {
            const source = input.template.sources.get(ref.ref);
            if (!source)
                continue;
            const sourceName = ref.nameOverride ?? ref.name;
            const sourceId = `${ref.type}.${sourceName}`;
            const name = build.name ? `${build.name}.${sourceId}` : sourceId;
            if (names.has(name)) {
                diags.push(diagnostics_error('Duplicate build', `Two builds are named "${name}". Give one of them another name with source "${ref.ref}" { name = "…" }.`, ref.range));
                continue;
            }
            names.set(name, build.block);
            if (!selected(name, input.only, input.except))
                continue;
            const body = resolveBody(source.body, DOCKER_SOURCE, diags);
            const cfg = decodeDockerSource(mergeOverrides(body, ref.overrides), contextFor(input, build, ref, sourceName), source.block);
            diags.push(...cfg.diagnostics);
            // export_path is relative to the working directory, as in Packer.
            if (cfg.config?.exportPath)
                cfg.config.exportPath = (0,external_node_path_.resolve)(input.cwd, cfg.config.exportPath);
            const ctx = contextFor(input, build, ref, sourceName, cfg.config);
            const provisioners = build.provisioners
                .map((p) => planProvisioner(p, sourceId, sourceName, ctx, dir, diags))
                .filter((p) => p !== undefined);
            const errorCleanupProvisioner = build.errorCleanupProvisioner && planProvisioner(build.errorCleanupProvisioner, sourceId, sourceName, ctx, dir, diags);
            const chains = build.postProcessorChains
                .map((chain) => chain.map((pp) => planPostProcessor(pp, sourceId, ctx, input.cwd, diags)).filter((p) => p !== undefined))
                .filter((chain) => chain.length > 0);
            if (!cfg.config)
                continue;
            builds.push({ name, buildName: build.name, source: sourceId, sourceName, config: cfg.config, provisioners, errorCleanupProvisioner, chains });
        }
    }
    if (builds.length === 0 && diags.length === 0 && (input.only.length > 0 || input.except.length > 0)) {
        diags.push(diagnostics_error('No builds selected', `No build name matches -only=${input.only.join(',')} -except=${input.except.join(',')}. Build names: ${[...names.keys()].join(', ')}.`));
    }
    return { builds, diagnostics: diags };
}

;// CONCATENATED MODULE: ./src/pipeline/prepare.ts
// Phases before anything runs (DESIGN.md rule 4): parse → decode → variables → locals → plan. Each returns data and
// diagnostics; a phase with errors stops the next. Nothing here touches Docker.















function checkRequirements(t) {
    const diags = [];
    if (t.requiredVersion !== undefined) {
        const ok = satisfies(PACKER_COMPAT_VERSION, t.requiredVersion);
        if (typeof ok === 'string')
            diags.push(diagnostics_error('Invalid required_version', `${ok}.`));
        else if (!ok)
            diags.push(diagnostics_error('Unsupported Packer version', `This template requires Packer ${t.requiredVersion}; repack follows Packer ${PACKER_COMPAT_VERSION}.`));
    }
    for (const p of t.requiredPlugins) {
        if (p.source !== DOCKER_PLUGIN_SOURCE && p.name !== 'docker') {
            diags.push(diagnostics_error(`Unsupported plugin "${p.name}"`, `repack has the docker plugin (${DOCKER_PLUGIN_SOURCE}) built in and supports no other plugin. Remove "${p.name}" from required_plugins.`, p.range));
            continue;
        }
        if (p.source !== DOCKER_PLUGIN_SOURCE) {
            diags.push(diagnostics_error('Unsupported plugin source', `The docker plugin's source is "${DOCKER_PLUGIN_SOURCE}", not "${p.source}".`, p.range));
            continue;
        }
        const ok = p.version === '' ? true : satisfies(DOCKER_PLUGIN_VERSION, p.version);
        if (typeof ok === 'string')
            diags.push(diagnostics_error('Invalid version constraint', `${ok}.`, p.range));
        else if (!ok)
            diags.push(diagnostics_error('Plugin version not available', `The template requires the docker plugin ${p.version}; repack's built-in docker plugin is version ${DOCKER_PLUGIN_VERSION}.`, p.range));
    }
    return diags;
}
/** prepare(), loading the YAML parser first when the template may call yamldecode. Every front calls this one. */
async function prepareTemplate(o) {
    const first = prepare(o);
    if (!first.needsYaml)
        return first;
    await loadYaml();
    return prepare(o);
}
function prepare(o) {
    const cwd = (0,external_node_path_.resolve)(o.cwd ?? process.cwd());
    const loaded = loadTemplate(o.template, cwd);
    const out = { diagnostics: [...loaded.diagnostics, ...lintSudo(loaded.templates)], sources: loaded.sources, builds: [] };
    if (hasErrors(out.diagnostics) || o.syntaxOnly)
        return out;
    const { template, diagnostics } = decodeTemplate(loaded.templates, loaded.root);
    out.template = template;
    out.diagnostics.push(...diagnostics, ...checkSourceRefs(template), ...checkRequirements(template));
    if (hasErrors(out.diagnostics))
        return out;
    const varFiles = [];
    for (const path of o.varFiles ?? []) {
        const f = parseSource((0,external_node_path_.resolve)(cwd, path), path, out.sources, out.diagnostics, true);
        if (f)
            varFiles.push(f);
    }
    if (hasErrors(out.diagnostics))
        return out;
    if (!yamlLoaded() && [...out.sources.values()].some(mayCallYaml))
        return { ...out, needsYaml: true };
    const functions = standardFunctions({ baseDir: template.root });
    const vars = resolveVariables(template.variables, { env: o.env ?? process.env, autoVarFiles: loaded.autoVarFiles, varFiles, cliVars: o.vars ?? [] }, o.onSensitive, functions);
    out.diagnostics.push(...vars.diagnostics);
    if (hasErrors(out.diagnostics))
        return out;
    const common = { path: V.object({ cwd: V.string(cwd), root: V.string(template.root) }), packer: V.object({ version: V.string(PACKER_COMPAT_VERSION) }) };
    const data = evaluateDataSources(template.dataSources, { variables: { ...common, var: V.object(vars.values) }, functions });
    out.diagnostics.push(...data.diagnostics);
    if (hasErrors(out.diagnostics))
        return out;
    const base = { variables: { ...common, var: V.object(vars.values), data: data.value }, functions };
    const locals = evaluateLocals(template.locals, base);
    out.diagnostics.push(...locals.diagnostics);
    if (hasErrors(out.diagnostics))
        return out;
    out.values = { var: vars.values, local: locals.values, data: data.value };
    const variables = { ...base.variables, local: V.object(locals.values) };
    out.diagnostics.push(...expandBuilds(template, { variables, functions }));
    if (hasErrors(out.diagnostics))
        return out;
    const plan = planBuilds({
        template,
        base: { functions, variables, onSensitive: o.onSensitive },
        cwd,
        version: PACKER_COMPAT_VERSION,
        only: o.only ?? [],
        except: o.except ?? [],
    });
    out.diagnostics.push(...uniqueDiagnostics(plan.diagnostics));
    out.builds = plan.builds;
    return out;
}

;// CONCATENATED MODULE: ./src/cache/key.ts
// Cache keys: a chain of sha256 hashes from the base image. Each key hashes the key before it and the stable JSON of
// everything that determines the next step's result, so a key names one exact filesystem state.

/** The label every cache image carries: the key of the chain state it holds. */
const CACHE_KEY_LABEL = 'io.repack.cache.key';
/**
 * The local tag of every cache image, `repack-cache:<key>`: a lookup is then one inspect by name (~5 ms), where a
 * label-filtered image list scans every image in the daemon (~70 ms with 1,000 images, and growing).
 */
const CACHE_REPOSITORY = 'repack-cache';
const cacheRef = (key) => `${CACHE_REPOSITORY}:${key}`;
/** Bumped whenever what a key covers changes, so old cache images can never be hits. */
const KEY_VERSION = 'repack-cache-1';
/** JSON with object keys sorted, Maps and Sets as sorted entry lists, undefined fields dropped. */
function stableJson(value) {
    return JSON.stringify(normalize(value));
}
function normalize(value) {
    if (value instanceof Map)
        return [...value].map(([k, v]) => [normalize(k), normalize(v)]).sort(byJson);
    if (value instanceof Set)
        return [...value].map(normalize).sort(byJson);
    if (Buffer.isBuffer(value))
        return { sha256: (0,external_node_crypto_.createHash)('sha256').update(value).digest('hex') };
    if (Array.isArray(value))
        return value.map(normalize);
    if (value !== null && typeof value === 'object') {
        const out = {};
        for (const k of Object.keys(value).sort()) {
            const v = value[k];
            if (v !== undefined && typeof v !== 'function')
                out[k] = normalize(v);
        }
        return out;
    }
    return value;
}
function byJson(a, b) {
    const x = JSON.stringify(a);
    const y = JSON.stringify(b);
    return x < y ? -1 : x > y ? 1 : 0;
}
/** The next key of a chain: sha256(previous key, description), 64 hex digits (usable as a tag). */
function chainKey(previous, description) {
    return (0,external_node_crypto_.createHash)('sha256').update(previous).update('\n').update(stableJson(description)).digest('hex');
}
/**
 * The key of the build container's starting state: the base image's ID (its content digest, resolved after the pull)
 * and every builder setting that can change what a provisioner produces in the container.
 */
function baseKey(baseImageId, build) {
    const c = build.config;
    const { image: _image, ...container } = c.container;
    return chainKey(KEY_VERSION, {
        base: baseImageId,
        // The build's name is in the committed image's labels, the source's name in PACKER_BUILD_NAME.
        build: build.name,
        source: build.sourceName,
        container,
        execUser: c.execUser,
        containerDir: c.containerDir,
        fixUploadOwner: c.fixUploadOwner,
        platform: c.platform,
    });
}
/** The key of the committed image: the last step's key and everything the commit applies. */
function commitKey(previous, config) {
    return chainKey(previous, { commit: { changes: config.changes, author: config.author, message: config.message } });
}

;// CONCATENATED MODULE: ./src/builders/docker/shell-session.ts
// One shell per build container that writes and runs the shell provisioner's scripts: a request costs a fork in the
// container, where an upload and an exec of their own cost two round trips through the engine (~60 ms each, measured
// in docs/benchmarks.md). The shell reads requests from stdin as documents ended by a random nonce line, writes the
// script, runs the command with `/bin/sh -c` (stdin /dev/null, as an exec of its own would), removes the script, and
// ends the step with `<nonce> <status>` on stdout and on stderr, so both streams are drained before the step ends.


/** POSIX sh: no external command but chmod and rm, so busybox and distro shells behave the same. */
const AGENT = `n=$1
printf '%s ready\\n' "$n"
doc() { b=; while IFS= read -r l; do if [ "$l" = "$n" ]; then return 0; fi; b="$b$l
"; done; exit 0; }
while :; do
  doc; p=\${b%?}; doc; k=\${b%?}; doc; c=\${b%?}; doc; s=\${b%?}
  if { printf %s "$s" > "$p" && chmod 0755 "$p"; } 2>/dev/null; then
    /bin/sh -c "$c" </dev/null; r=$?
    [ -n "$k" ] || rm -f "$p"
  else r=upload; fi
  printf '%s %s\\n' "$n" "$r"; printf '%s %s\\n' "$n" "$r" >&2
done`;
/**
 * Scripts the shell reads a line at a time (a read builtin is a syscall a byte): larger ones, and any with a NUL,
 * go through the upload path.
 */
const SESSION_SCRIPT_LIMIT = 64 * 1024;
/** The shell never started (no /bin/sh, an exec the engine refused): nothing ran, the caller may exec instead. */
class ShellUnavailable extends docker_driver/* DriverError */.x {
}
/** Passes a stream through, cut at each `<nonce> <status>\n` line; holds back only what may be a marker's start. */
class MarkerScanner {
    marker;
    emit;
    onMarker;
    held = Buffer.alloc(0);
    constructor(marker, emit, onMarker) {
        this.marker = marker;
        this.emit = emit;
        this.onMarker = onMarker;
    }
    push(chunk) {
        let buf = this.held.length > 0 ? Buffer.concat([this.held, chunk]) : chunk;
        this.held = Buffer.alloc(0);
        for (;;) {
            const at = buf.indexOf(this.marker);
            if (at < 0)
                break;
            const end = buf.indexOf(0x0a, at + this.marker.length);
            if (end < 0) {
                if (at > 0)
                    this.emit(buf.subarray(0, at));
                this.held = Buffer.from(buf.subarray(at));
                return;
            }
            if (at > 0)
                this.emit(buf.subarray(0, at));
            this.onMarker(buf.subarray(at + this.marker.length, end).toString('latin1'));
            buf = buf.subarray(end + 1);
        }
        let keep = Math.min(this.marker.length - 1, buf.length);
        while (keep > 0 && !buf.subarray(buf.length - keep).equals(this.marker.subarray(0, keep)))
            keep--;
        if (buf.length > keep)
            this.emit(buf.subarray(0, buf.length - keep));
        this.held = Buffer.from(buf.subarray(buf.length - keep));
    }
}
class ShellSession {
    session;
    pending;
    queue = Promise.resolve();
    ended;
    /** Whether the shell said it is reading requests. */
    ready = false;
    nonce = `repack-${(0,external_node_crypto_.randomBytes)(16).toString('hex')}`;
    constructor(session) {
        this.session = session;
    }
    /** Starts the shell as `user`; undefined when the driver has no sessions. */
    static async start(driver, containerId, user) {
        if (!driver.execSession)
            return undefined;
        const shell = new ShellSession(undefined);
        const marker = Buffer.from(`${shell.nonce} `);
        const [out, err] = [0, 1].map((stream) => new MarkerScanner(marker, (b) => shell.output(stream, b), (st) => shell.marker(stream, st)));
        shell.session = await driver.execSession(containerId, {
            cmd: ['/bin/sh', '-c', AGENT, 'sh', shell.nonce],
            user,
            onStdout: (b) => out.push(b),
            onStderr: (b) => err.push(b),
        });
        shell.session.exited.then((code) => shell.end(shell.ready
            ? new docker_driver/* DriverError */.x(`the shell in container ${containerId.slice(0, 12)} ended (exit status ${code}) before the command finished`)
            : new ShellUnavailable(`the shell in container ${containerId.slice(0, 12)} did not start (exit status ${code})`)), (e) => shell.end(e));
        return shell;
    }
    get alive() {
        return this.ended === undefined;
    }
    /** Whether this session can take the request (else the caller uploads and execs). */
    accepts(content) {
        return this.ended === undefined && Buffer.byteLength(content) <= SESSION_SCRIPT_LIMIT && !content.includes('\0') && !content.includes(this.nonce);
    }
    /** Writes the script and runs the command; one request at a time. */
    run(request) {
        const next = this.queue.then(() => this.send(request));
        this.queue = next.catch(() => undefined);
        return next;
    }
    close() {
        this.end(new docker_driver/* DriverError */.x('exec cancelled'));
    }
    send(request) {
        return new Promise((resolve, reject) => {
            if (this.ended !== undefined)
                return reject(this.ended);
            const signal = request.signal;
            if (signal?.aborted)
                return reject(new docker_driver/* DriverError */.x('exec cancelled'));
            const onAbort = () => this.close();
            signal?.addEventListener('abort', onAbort, { once: true });
            const done = (f) => (v) => {
                signal?.removeEventListener('abort', onAbort);
                this.pending = undefined;
                f(v);
            };
            this.pending = { request, stdout: [], stderr: [], status: [undefined, undefined], resolve: done(resolve), reject: done(reject) };
            const doc = (text) => `${text}\n${this.nonce}\n`;
            this.session?.write(doc(request.path) + doc(request.keep ? 'keep' : '') + doc(request.command) + doc(request.content));
        });
    }
    output(stream, chunk) {
        const p = this.pending;
        if (!p)
            return; // what a background process of an earlier step wrote after it ended
        (stream === 0 ? p.stdout : p.stderr).push(chunk);
        (stream === 0 ? p.request.onStdout : p.request.onStderr)?.(chunk);
    }
    marker(stream, status) {
        if (stream === 0 && status === 'ready' && !this.ready) {
            this.ready = true;
            return;
        }
        const p = this.pending;
        if (!p)
            return;
        p.status[stream] = status;
        if (p.status[0] === undefined || p.status[1] === undefined)
            return;
        if (status === 'upload')
            return p.resolve({ kind: 'upload' });
        if (!/^\d+$/.test(status))
            return p.reject(new docker_driver/* DriverError */.x(`the shell in the container reported an unexpected status: ${status}`));
        p.resolve({
            kind: 'ran',
            result: { exitCode: Number(status), stdout: Buffer.concat(p.stdout).toString('utf8'), stderr: Buffer.concat(p.stderr).toString('utf8') },
        });
    }
    end(e) {
        if (this.ended !== undefined)
            return;
        this.ended = e;
        this.session?.close();
        this.pending?.reject(e);
    }
}

;// CONCATENATED MODULE: ./src/builders/docker/communicator.ts
// Packer's communicator for the docker builder: run commands and move files in the build container, through the
// Engine API (exec and the archive API; no docker CLI processes).




class DockerCommunicator {
    driver;
    containerId;
    execUser;
    fixOwner;
    containerUser;
    shell;
    constructor(driver, containerId, execUser, fixOwner = true, 
    /**
     * The user the container runs as (its Config.User: run_command's -u, else the image's USER): uploads become
     * theirs, as the docker plugin's fix_upload_owner does. When not given, exec_user's.
     */
    containerUser, 
    /** The container's shell session, when the driver has them: scripts then cost no round trip of their own. */
    shell) {
        this.driver = driver;
        this.containerId = containerId;
        this.execUser = execUser;
        this.fixOwner = fixOwner;
        this.containerUser = containerUser;
        this.shell = shell;
    }
    run(command, opts = {}) {
        return this.driver.exec(this.containerId, { cmd: ['/bin/sh', '-c', `(${command})`], user: this.execUser, ...opts });
    }
    async runScript(path, content, command, opts = {}) {
        const shell = await this.shell?.();
        if (shell?.accepts(content)) {
            try {
                const outcome = await shell.run({ ...opts, path, content, command, keep: opts.keep === true });
                if (outcome.kind === 'ran')
                    return outcome.result;
            }
            catch (e) {
                if (!(e instanceof ShellUnavailable))
                    throw e;
            }
        }
        return this.uploadAndRun(path, content, command, opts);
    }
    /** The script as an upload and an exec, as Packer's communicator does: also where the shell could not write it. */
    async uploadAndRun(path, content, command, opts) {
        // As root, the script is removed by the same exec (an EXIT trap keeps the command's status), saving a round
        // trip; a non-root exec user may not remove a root-owned file from sticky /tmp, so then root removes it after.
        const asRoot = opts.keep === true || this.runsAsRoot();
        await this.upload(path, content, 0o755);
        const result = await this.run(asRoot && !opts.keep ? `trap ${shellQuote(`rm -f ${shellQuote(path)}`)} EXIT; ${command}` : command, opts);
        if (!asRoot && !opts.signal?.aborted)
            await this.driver.exec(this.containerId, { cmd: ['rm', '-f', path], user: 'root' });
        return result;
    }
    async upload(path, content, mode = 0o644) {
        const dir = (0,external_node_path_.dirname)(path) || '/';
        await this.driver.putArchive(this.containerId, dir, tarFromContent(external_node_path_.posix.basename(path), content, mode));
    }
    putArchive(dir, tar) {
        return this.driver.putArchive(this.containerId, dir, tar);
    }
    getArchive(path) {
        return this.driver.getArchive(this.containerId, path);
    }
    /** Do commands run as root (no exec_user, and the container's own user is root)? */
    runsAsRoot() {
        const user = (this.execUser || this.containerUser) ?? '';
        return ['', 'root', '0', '0:0', 'root:root'].includes(user);
    }
    async fixUploadOwner(path) {
        if (!this.fixOwner)
            return;
        const owner = (this.containerUser ?? this.execUser) || 'root';
        const r = await this.driver.exec(this.containerId, { cmd: ['/bin/sh', '-c', `chown -R ${shellQuote(owner)} ${shellQuote(path)}`], user: 'root' });
        if (r.exitCode !== 0)
            throw new Error(`Failed to set owner of the uploaded file: exit status ${r.exitCode}, ${(r.stderr || r.stdout).trim()}`);
    }
}

;// CONCATENATED MODULE: ./src/builders/docker/build-container.ts


function describeRun(s) {
    const c = s.build.config.container;
    const parts = [];
    if (c.openStdin)
        parts.push('-i');
    if (c.tty)
        parts.push('-t');
    if (c.entrypoint)
        parts.push(`--entrypoint=${c.entrypoint.join(' ')}`);
    for (const v of c.binds ?? [])
        parts.push(`-v ${v}`);
    if (c.privileged)
        parts.push('--privileged');
    return [...parts, c.image, ...(c.cmd ?? [])].join(' ');
}
/** Removes the build container, if any. Idempotent. */
async function removeContainer(s) {
    if (!s.containerId)
        return;
    const id = s.containerId;
    closeShell(s);
    s.ui.say(`Killing the container: ${id}`);
    await s.driver.removeContainer(id);
    s.onResource?.({ kind: 'container', id }, false);
    s.containerId = undefined;
    s.containerStarted = false;
}
/**
 * The container at the chain's current state (the base image, the last cached step, or the step image it was rebased
 * on), created and — when `start` — started. A container from an earlier state is replaced.
 */
async function ensureContainer(s, start) {
    const from = s.rebasedOn ?? s.chain?.image ?? s.build.config.container.image;
    if (s.containerId && s.containerFrom !== from)
        await removeContainer(s);
    if (!s.containerId) {
        const spec = s.build.config.container;
        s.ui.say(start ? 'Starting docker container...' : 'Creating docker container from the cached image...');
        s.ui.message(`Run command: docker run ${describeRun(s)}`);
        s.containerId = await s.driver.createContainer({ ...spec, image: from, labels: { ...spec.labels, 'io.repack.build': s.build.name } });
        s.containerFrom = from;
        s.containerStarted = false;
        s.onResource?.({ kind: 'container', id: s.containerId }, true);
    }
    if (start && !s.containerStarted) {
        await s.driver.startContainer(s.containerId);
        s.containerStarted = true;
        s.ui.message(`Container ID: ${s.containerId}`);
    }
    return s.containerId;
}
function closeShell(s) {
    const shell = s.shell;
    s.shell = undefined;
    void shell?.session.then((session) => session?.close());
}
/** The container's shell session: started on first use, and again after one ended (a cancelled step ends it). */
async function shellOf(s, containerId) {
    const current = s.shell?.containerId === containerId ? await s.shell.session : undefined;
    if (current?.alive)
        return current;
    const session = ShellSession.start(s.driver, containerId, s.build.config.execUser).catch(() => undefined);
    s.shell = { containerId, session };
    return session;
}
function communicatorFor(s, containerId) {
    const { execUser, fixUploadOwner, container } = s.build.config;
    const user = container.user ?? s.base?.config.User ?? '';
    return new DockerCommunicator(s.driver, containerId, execUser, fixUploadOwner, user, () => shellOf(s, containerId));
}
/** A communicator that starts the container on its first use: host steps (shell-local) never need one. */
function lazyCommunicator(s) {
    let comm;
    const get = () => (comm ??= ensureContainer(s, true).then((id) => communicatorFor(s, id)));
    return new Proxy({}, {
        get(_target, method) {
            if (typeof method !== 'string' || method === 'then')
                return undefined; // not a thenable
            return async (...args) => {
                const c = await get();
                return c[method].apply(c, args);
            };
        },
    });
}

;// CONCATENATED MODULE: ./src/builders/docker/steps.ts
// The docker builder's steps, in Packer's order: pull, run the container, provision, commit/export/discard.
// The container is removed by the run step's cleanup, whatever happens after it started.






const sleep = (ms, signal) => new Promise((resolve, reject) => {
    if (signal.aborted)
        return reject(new BuildCancelled());
    const t = setTimeout(() => {
        signal.removeEventListener('abort', onAbort);
        resolve();
    }, ms);
    const onAbort = () => {
        clearTimeout(t);
        reject(new BuildCancelled());
    };
    signal.addEventListener('abort', onAbort, { once: true });
});
const pullStep = {
    name: 'pull',
    async run(s, signal) {
        const { image, pull, platform, login } = s.build.config;
        if (pull) {
            s.ui.say(`Pulling Docker image: ${image}`);
            let last = '';
            await s.driver.pull(image, {
                platform,
                auth: login,
                signal,
                onProgress: (e) => {
                    // One line per layer state change, not per progress tick.
                    const line = `${e.id ? `${e.id}: ` : ''}${e.status}`;
                    if (!e.progress && line !== last)
                        s.ui.message(line);
                    last = line;
                },
            });
        }
        s.base = await s.driver.inspectImage(image);
        if (!s.base)
            throw new Error(`The image ${image} is not present${pull ? ' after pulling it' : ' and pull = false'}.`);
    },
};
/** Decides, once the base image is known, which steps the cache can serve (docs/caching.md). */
const cacheStep = {
    name: 'cache',
    async run(s, signal) {
        if (!s.cache || !s.base)
            return;
        const { config } = s.build;
        if ((config.container.binds ?? []).length > 0) {
            s.ui.say('Caching is off for this build: its container mounts host paths (volumes), whose content no cache key covers.');
            s.cache = undefined;
            return;
        }
        const steps = s.build.provisioners.map((p) => ({
            effect: p.provisioner.effect ?? 'image',
            describe: () => ({ type: p.type, provisioner: p.provisioner.describe() }),
        }));
        const base = { key: baseKey(s.base.id, s.build), image: s.base.id };
        s.chain = s.cache.chain(steps, base, config.commit ? (last) => commitKey(last, config) : undefined, signal);
    },
};
const containerStep = {
    name: 'container',
    async run(s) {
        // With caching the container waits for the first step the cache does not serve.
        if (!s.chain)
            await ensureContainer(s, true);
    },
    async cleanup(s) {
        await cacheWriteSettled(s);
        if (!s.removal)
            await removeContainer(s);
    },
};
async function runProvisioner(s, p, signal, comm) {
    if (!comm && !s.containerId)
        throw new Error('No container to provision.');
    if (p.pauseBeforeMs > 0) {
        s.ui.say(`Pausing ${p.pauseBeforeMs / 1000}s before the next provisioner...`);
        await sleep(p.pauseBeforeMs, signal);
    }
    comm ??= communicatorFor(s, s.containerId ?? '');
    for (let attempt = 0;; attempt++) {
        const timeout = p.timeoutMs > 0 ? AbortSignal.timeout(p.timeoutMs) : undefined;
        const stepSignal = timeout ? AbortSignal.any([signal, timeout]) : signal;
        try {
            await p.provisioner.run({
                comm,
                say: s.ui.say,
                message: s.ui.message,
                signal: stepSignal,
                buildName: s.build.sourceName,
                builderType: 'docker',
                containerId: s.containerId,
            });
            throwIfAborted(signal);
            if (timeout?.aborted)
                throw new ProvisionerError(`Provisioner ${p.name} timed out after ${p.timeoutMs / 1000}s.`);
            return;
        }
        catch (e) {
            throwIfAborted(signal);
            const err = timeout?.aborted ? new ProvisionerError(`Provisioner ${p.name} timed out after ${p.timeoutMs / 1000}s.`) : e;
            if (attempt >= p.maxRetries)
                throw err;
            s.ui.error(`${err instanceof Error ? err.message : String(err)} Retrying (${attempt + 1}/${p.maxRetries})...`);
        }
    }
}
/** Runs provisioner i — or, with caching, takes its result from the cache, and keeps a new result as a cache image. */
async function provisionCached(s, chain, p, i, signal) {
    const step = `[${i + 1}/${s.build.provisioners.length}]`;
    if (p.provisioner.effect === 'host') {
        s.ui.say(`${step} RUN provisioner ${p.name} (never cached: its effect is outside the image)`);
        return runProvisioner(s, p, signal, lazyCommunicator(s));
    }
    await cacheWritten(s);
    if (await chain.served(i)) {
        s.ui.say(`${step} CACHED provisioner ${p.name} (key ${chain.keyAfter(i).slice(0, 12)})`);
        return;
    }
    // Taken when the step is reached, as chain.ts requires — unless the build will use no key at all.
    const key = chain.usesKeys() ? chain.keyAfter(i) : undefined;
    s.ui.say(`${step} RUN provisioner ${p.name}`);
    const id = await ensureContainer(s, true);
    await runProvisioner(s, p, signal, communicatorFor(s, id));
    if (key === undefined || !chain.keeps(i))
        return;
    // In place, without pausing: the step is over and the next one has not begun.
    const image = s.driver.commit(id, { changes: [`LABEL ${CACHE_KEY_LABEL}=${key}`], pause: false }).then(async (made) => {
        await s.cache?.keep(key, made, false);
        return made;
    });
    s.cacheWrite = { image, rebase: s.build.config.commit || s.build.provisioners.slice(i + 1).some((q) => q.provisioner.effect !== 'host') };
    // Steps whose effect is on the host (a download, shell-local) leave the container's filesystem as it is: they run
    // while the commit does, and whatever comes next waits for it (cacheWritten).
    if (s.build.provisioners[i + 1]?.provisioner.effect === 'host')
        image.catch(() => undefined);
    else
        await cacheWritten(s);
}
/** Waits for the step cache image being committed, if any: before anything changes, commits or removes the container. */
async function cacheWritten(s) {
    const write = s.cacheWrite;
    if (!write)
        return;
    s.cacheWrite = undefined;
    const image = await write.image;
    if (write.rebase)
        await rebase(s, image);
}
/** `cacheWritten` on the way out of a failed build: the build's error is the one to report. */
async function cacheWriteSettled(s) {
    const image = s.cacheWrite?.image;
    s.cacheWrite = undefined;
    await image?.catch(() => undefined);
}
/** A step layer from this size on makes the next steps run in a container made from the step's cache image. */
const REBASE_MIN_BYTES = 64 * 1024 * 1024;
/**
 * One container runs every step, so each commit is one layer of all changes since the container was made. After a
 * step that added a large layer, the next steps run in a new container made from its cache image instead: the image
 * the build commits then shares that layer, so a later build that changes a later step pushes only what follows it
 * (not the large layer again), and pulls of the next release download only that. It costs a container start (~0.3 s),
 * ~10 % of pushing 64 MB, and anything the old container held outside its filesystem — as a cache hit at this step
 * would (docs/caching.md, "Layers").
 */
async function rebase(s, image) {
    const from = s.containerFrom;
    if (!from)
        return;
    const [made, parent] = await Promise.all([s.driver.inspectImage(image), s.driver.inspectImage(from)]);
    if (made?.size === undefined || parent?.size === undefined || made.size - parent.size < REBASE_MIN_BYTES)
        return;
    s.ui.say(`The step added ${Math.round((made.size - parent.size) / 1e6)} MB: the next steps run in a container made from its cache image, which the image will share`);
    s.rebasedOn = image;
}
function provisionStep(p, i) {
    return {
        name: `provisioner ${p.name}`,
        async run(s, signal) {
            try {
                if (s.chain)
                    await provisionCached(s, s.chain, p, i, signal);
                else
                    await runProvisioner(s, p, signal);
            }
            catch (e) {
                s.provisionFailed = !(e instanceof BuildCancelled);
                throw e;
            }
        },
    };
}
/** Runs the build's error-cleanup-provisioner (if any) when a provisioner failed, before the container is removed. */
const errorCleanupStep = {
    name: 'error-cleanup-provisioner',
    async run() { },
    async cleanup(s) {
        const p = s.build.errorCleanupProvisioner;
        if (!p || !s.provisionFailed || !s.containerId)
            return;
        await cacheWriteSettled(s);
        s.ui.say('Provisioning step had errors: Running the cleanup provisioner, if present...');
        await runProvisioner(s, p, new AbortController().signal);
    },
};
/** The base image's Cmd/Entrypoint survive the build container's run_command, as Packer's plugin keeps them. */
function commitConfig(base) {
    return { Entrypoint: base?.Entrypoint ?? [], Cmd: base?.Cmd ?? null };
}
async function commitImage(s) {
    const { config } = s.build;
    const chain = s.chain;
    if (chain && (await chain.servedFinal())) {
        s.imageId = chain.finalImage;
        s.ui.say('CACHED commit: the image is unchanged');
        s.ui.message(`Image ID: ${s.imageId}`);
        return;
    }
    const key = chain?.finalKey();
    // Without caching the running container; with caching it may still be the last cached image, made but not started.
    const container = chain ? await ensureContainer(s, false) : s.containerId;
    if (!container)
        throw new Error('No container to commit.');
    s.ui.say('Committing the container');
    const labels = key ? { Labels: { [CACHE_KEY_LABEL]: key } } : {};
    s.imageId = await s.driver.commit(container, {
        changes: config.changes,
        config: { ...commitConfig(s.base?.config), ...labels },
        author: config.author,
        message: config.message,
        pause: false,
    });
    if (key)
        await s.cache?.keep(key, s.imageId, true);
    s.ui.message(`Image ID: ${s.imageId}`);
}
const commitStep = {
    name: 'commit',
    async run(s) {
        await cacheWritten(s);
        const { config } = s.build;
        if (config.commit) {
            await commitImage(s);
        }
        else if (config.exportPath) {
            const container = s.chain ? await ensureContainer(s, false) : s.containerId;
            if (!container)
                throw new Error('No container to export.');
            s.ui.say(`Exporting the container to ${config.exportPath}`);
            await (0,external_node_stream_promises_namespaceObject.pipeline)(await s.driver.exportContainer(container), (0,external_node_fs_.createWriteStream)(config.exportPath));
        }
        // Nothing needs the container now: remove it while the post-processors run (the runner awaits it).
        s.removal = removeContainer(s).then(() => undefined, (e) => e);
    },
};
function builderSteps(build) {
    return [pullStep, cacheStep, containerStep, errorCleanupStep, ...build.provisioners.map((p, i) => provisionStep(p, i)), commitStep];
}

;// CONCATENATED MODULE: ./src/builders/docker/bootstrap.ts
// Runs a source's `build` block before its steps: the Dockerfile's image becomes the base image, as
// packer-plugin-docker's bootstrap does (`docker build -f PATH [--pull] [--build-arg …] BUILD_DIR`).




class BootstrapError extends Error {
}
/** The Dockerfile's path inside the context, or an error saying why it cannot be used. */
function dockerfileInContext(cwd, path, buildDir) {
    const dir = (0,external_node_path_.resolve)(cwd, buildDir);
    const file = (0,external_node_path_.resolve)(cwd, path);
    try {
        if (!(0,external_node_fs_.statSync)(dir).isDirectory())
            throw new BootstrapError(`build_dir "${buildDir}" is not a directory.`);
        if (!(0,external_node_fs_.statSync)(file).isFile())
            throw new BootstrapError(`The Dockerfile "${path}" is not a regular file.`);
    }
    catch (e) {
        if (e instanceof BootstrapError)
            throw e;
        throw new BootstrapError(`Cannot read ${e.path ?? path}: ${e.code ?? String(e)}.`);
    }
    const inside = (0,external_node_path_.relative)(dir, file);
    if (inside.startsWith(`..${external_node_path_.sep}`) || inside === '..' || (0,external_node_path_.isAbsolute)(inside)) {
        throw new BootstrapError(`The Dockerfile "${path}" must be inside build_dir "${buildDir}" (it is sent to the engine as part of the build context).`);
    }
    return { dir, dockerfile: inside.split(external_node_path_.sep).join('/') };
}
/** Builds the base image and points the config at it; the pull step then finds it present. */
async function bootstrapImage(config, driver, ui, cwd, signal, labels = {}) {
    const b = config.bootstrap;
    if (!b)
        return;
    if (!driver.buildImage)
        throw new BootstrapError('This engine driver cannot build images.');
    const { dir, dockerfile } = dockerfileInContext(cwd, b.path, b.buildDir);
    ui.say(`Building the base image from ${b.path}...`);
    const id = await driver.buildImage(tarFromHost(dir, '.'), {
        dockerfile,
        buildArgs: b.arguments,
        pull: b.pull,
        platform: config.platform,
        labels,
        onOutput: ui.message,
        signal,
    });
    ui.message(`Base image: ${id}`);
    config.image = id;
    config.container.image = id;
}
/** The build block as the first step of a build; relative paths resolve against `cwd` (the run's working directory). */
function bootstrapStep(cwd) {
    return {
        name: 'build base image',
        // Labelled as the build's other images, so what a build made can be found and removed.
        run: (s, signal) => bootstrapImage(s.build.config, s.driver, s.ui, cwd, signal, { [docker_driver/* REPACK_LABEL */.c]: 'true', 'io.repack.build': s.build.name }),
    };
}

;// CONCATENATED MODULE: ./src/cache/chain.ts
// The chain of a build's provisioner steps and the walk that decides which of them the cache serves. Keys are made
// in order and only when a step is reached, so a host step (shell-local) that writes a file an upload reads later
// runs before that upload's key is taken. Between host steps, the longest run of hits is found from its end: a fully
// cached segment costs one lookup.

class CacheChain {
    steps;
    base;
    finalKeyOf;
    find;
    probe;
    keepSteps;
    keys;
    /** Lookups stop at the first miss: from there on every step runs. */
    missed;
    /** Index after the last step whose segment was looked up. */
    resolvedTo = 0;
    /** Image steps before this index are served from cache. */
    hitUntil = 0;
    /** The image holding the chain state at `hitUntil` (the base image before any hit). */
    image;
    /** The committed image itself, when its key was a hit. */
    finalImage;
    /** Image steps served from cache. */
    hits = 0;
    /**
     * @param finalDescription how the key of the committed image derives from the last step key (undefined when the
     *   build does not commit: then every image step keeps its own image).
     * @param probe when given, asked first for every candidate of a segment at once; `find` is then asked only for the
     *   candidates better than the probe's best hit, and need not repeat what the probe covers.
     * @param keepSteps false for mode=min: only the build's result is kept (see `keeps`). Lookups are the same either
     *   way, so step images an earlier build kept are still used.
     */
    constructor(steps, base, finalKeyOf, find, noCache, probe, keepSteps = true) {
        this.steps = steps;
        this.base = base;
        this.finalKeyOf = finalKeyOf;
        this.find = find;
        this.probe = probe;
        this.keepSteps = keepSteps;
        this.keys = new Array(steps.length);
        this.image = base.image;
        this.missed = noCache;
    }
    /** The local ID of the build's base image, where the chain starts. */
    get baseImage() {
        return this.base.image;
    }
    /** The key of the chain state after step i (host steps leave it as it was). Computed once, in order. */
    keyAfter(i) {
        let prev = this.base.key;
        for (let j = 0; j <= i; j++) {
            let k = this.keys[j];
            if (k === undefined) {
                k = this.steps[j].effect === 'host' ? prev : chainKey(prev, this.steps[j].describe());
                this.keys[j] = k;
            }
            prev = k;
        }
        return prev;
    }
    finalKey() {
        if (!this.finalKeyOf)
            throw new Error('This build does not commit an image.');
        return this.finalKeyOf(this.steps.length === 0 ? this.base.key : this.keyAfter(this.steps.length - 1));
    }
    /** The keys of every cache image this build's result is made of: each committed step's and the final one. */
    imageKeys() {
        const out = this.steps
            .map((_, i) => i)
            .filter((i) => this.commits(i))
            .map((i) => ({ key: this.keyAfter(i), final: false }));
        return this.finalKeyOf ? [...out, { key: this.finalKey(), final: true }] : out;
    }
    /**
     * Whether step i keeps its result as a cache image. The last step of a committing build does not: the committed
     * image is cached under the final key and holds the same filesystem, which saves one commit of the whole diff.
     */
    commits(i) {
        return this.steps[i].effect === 'image' && (this.finalKeyOf === undefined || i !== this.steps.length - 1);
    }
    /**
     * Whether this build commits step i's result now: mode=max, every step `commits` names; mode=min, none (only the
     * image the build commits is kept, under the final key, as buildx's mode=min keeps only the exported image).
     */
    keeps(i) {
        return this.keepSteps && this.commits(i);
    }
    /**
     * Whether any key will still be needed: for a lookup, an image kept, or the committed image's key. Not so after a
     * miss in a mode=min build that commits no image; its steps then skip hashing what they upload (~0.5 s per 200 MB).
     */
    usesKeys() {
        return !this.missed || this.keepSteps || this.finalKeyOf !== undefined;
    }
    /** Whether image step i is served from cache. Call in order, when the step is reached. */
    async served(i) {
        if (this.missed)
            return false;
        if (i >= this.resolvedTo)
            await this.resolveSegment(i);
        if (i < this.hitUntil)
            return true;
        this.missed = true;
        return false;
    }
    /** Whether the committed image is served from cache (also for builds without provisioners). */
    async servedFinal() {
        if (this.missed || !this.finalKeyOf)
            return false;
        if (this.finalImage === undefined && (this.resolvedTo < this.steps.length || this.steps.length === 0))
            await this.resolveSegment(this.resolvedTo);
        if (this.finalImage !== undefined)
            return true;
        this.missed = true;
        return false;
    }
    async resolveSegment(from) {
        let end = from;
        while (end < this.steps.length && (end === from || this.steps[end].effect === 'image'))
            end++;
        this.resolvedTo = end;
        const count = (to) => this.steps.slice(from, to).filter((s) => s.effect === 'image').length;
        // Best first: the committed image (when the segment ends the build), then each committed step from the last back.
        const candidates = [];
        if (end === this.steps.length && this.finalKeyOf)
            candidates.push({ key: this.finalKey(), until: end, final: true });
        for (let j = end - 1; j >= from; j--)
            if (this.commits(j))
                candidates.push({ key: this.keyAfter(j), until: j + 1, final: false });
        let best = candidates.length;
        let image;
        if (this.probe && candidates.length > 0) {
            // The committed image alone first: a repeat build is then one lookup; else every step key at once.
            const first = candidates[0].final ? 1 : 0;
            const found = first ? await this.probe([candidates[0].key]) : [];
            if (found[0] === undefined)
                found.push(...(await this.probe(candidates.slice(first).map((c) => c.key))));
            best = found.findIndex((id) => id !== undefined);
            if (best < 0)
                best = candidates.length;
            image = found[best];
        }
        for (let i = 0; i < best; i++) {
            const hit = await this.find(candidates[i].key);
            if (hit) {
                [best, image] = [i, hit];
                break;
            }
        }
        const c = candidates[best];
        if (!c || image === undefined) {
            this.missed = true;
            return;
        }
        if (c.final)
            this.finalImage = image;
        else
            this.image = image;
        this.hits += count(c.until);
        this.hitUntil = c.until;
    }
}

;// CONCATENATED MODULE: ./src/cache/build-cache.ts


class BuildCache {
    caches;
    noCache;
    warn;
    kept = [];
    constructor(caches, noCache, warn) {
        this.caches = caches;
        this.noCache = noCache;
        this.warn = warn;
    }
    /**
     * The chain of a build whose base image is known. The local daemon (always the first cache read) is asked about a
     * whole segment's keys at once; the other caches, one key at a time, only for keys better than its best hit.
     */
    chain(steps, base, finalKeyOf, signal) {
        const remote = this.caches.from.filter((b) => b !== this.caches.local);
        const probe = (keys) => Promise.all(keys.map((k) => this.findIn([this.caches.local], k, signal)));
        return new CacheChain(steps, base, finalKeyOf, (key) => this.findIn(remote, key, signal), this.noCache, probe, this.caches.keepSteps);
    }
    /** A failing cache is a miss, never a failed build. */
    find(key, signal) {
        return this.findIn(this.caches.from, key, signal);
    }
    async findIn(backends, key, signal) {
        for (const b of backends) {
            try {
                const id = await b.find(key, signal);
                if (id)
                    return id;
            }
            catch (e) {
                if (signal.aborted)
                    throw e;
                this.warn(`Cache lookup in ${b.name} failed, building instead: ${(0,error_message/* messageOf */.b)(e)}`);
            }
        }
        return undefined;
    }
    /** Names a new cache image in the local daemon, and remembers it for the caches written at the end. */
    async keep(key, imageId, final) {
        this.kept.push({ key, imageId, final });
        try {
            await this.caches.local.keep(key, imageId);
        }
        catch (e) {
            this.warn(`Naming the cache image ${imageId} failed; the next build will not find it: ${(0,error_message/* messageOf */.b)(e)}`);
        }
    }
    /**
     * Writes the build's cache images — new ones and hits alike, as buildx exports a whole chain — to every cache-to.
     * Failures are warnings: the image was built all the same.
     */
    async flush(chain, signal, say) {
        if (!chain || this.caches.to.length === 0)
            return;
        const all = [];
        for (const { key, final } of chain.imageKeys()) {
            const imageId = this.kept.find((k) => k.key === key)?.imageId ?? (await this.caches.from[0]?.find(key, signal));
            if (imageId)
                all.push({ key, imageId, final });
        }
        for (const b of this.caches.to) {
            const todo = all.filter((k) => b.save && (!b.finalOnly || k.final));
            if (todo.length === 0)
                continue;
            say(`Exporting ${todo.length} cache image${todo.length === 1 ? '' : 's'} to ${b.name}`);
            try {
                for (const k of todo)
                    await b.save?.(k.key, k.imageId, signal, { baseImage: chain.baseImage });
            }
            catch (e) {
                if (signal.aborted)
                    throw e;
                this.warn(`Exporting the cache to ${b.name} failed: ${(0,error_message/* messageOf */.b)(e)}`);
            }
        }
    }
}

;// CONCATENATED MODULE: ./src/cache/actions-cache.ts
// The seam between the engine and GitHub's Actions cache service. The engine (gha-cache.ts) sees only this
// interface; the action front injects `gha.ts`, its one implementation, which is the only code that imports
// @actions/cache (DESIGN.md rule 1). Entries are directories, as @actions/cache saves paths: every entry is saved
// from and restored into the same directory (`dir`), because the service versions an entry by its path list.
/** GitHub's limits on keys: at most 512 characters, no commas. */
const MAX_KEY_LENGTH = 512;

;// CONCATENATED MODULE: ./src/cache/local.ts

class LocalCache {
    driver;
    name = 'local';
    constructor(driver) {
        this.driver = driver;
    }
    async find(key) {
        const image = await this.driver.inspectImage(cacheRef(key));
        return image?.labels[CACHE_KEY_LABEL] === key ? image.id : undefined;
    }
    /** Names a new cache image so that `find` sees it. */
    async keep(key, imageId) {
        await this.driver.tag(imageId, CACHE_REPOSITORY, key);
    }
}

;// CONCATENATED MODULE: ./src/cache/gha-cache.ts
// type=gha: each cache image is one immutable entry of GitHub's Actions cache, `repack-<scope>-<key>`, holding the
// image as `docker save` writes it minus the base image's layers (a key names its base image's ID, so wherever the key
// matches, the pull step has put those layers in the daemon). One entry per chain state, as buildx's gha cache keeps
// one per blob: a missing entry costs only its own step, the steps before it are still found.







const states = new WeakMap();
/** A failure of the cache service itself (not of Docker): the cache is off for the rest of the run. */
class ServiceDown extends Error {
}
/** `scope` as GitHub's keys allow it (act lowercases keys: so do we, for both to agree). */
function ghaEntryPrefix(scope) {
    const s = (scope ?? 'repack').toLowerCase();
    if (!/^[a-z0-9._/-]+$/.test(s))
        throw new Error(`type=gha: scope=${scope} may hold only letters, digits, ".", "_", "-" and "/"`);
    const prefix = `repack-${s}-`;
    if (prefix.length + 64 > MAX_KEY_LENGTH)
        throw new Error(`type=gha: scope=${scope} is too long (keys are at most ${MAX_KEY_LENGTH} characters)`);
    return prefix;
}
/** Paths under `dir` only: a manifest naming `../x` is not ours to delete. */
function within(dir, name) {
    const p = external_node_path_default().resolve(dir, name);
    return p.startsWith(dir + (external_node_path_default()).sep) ? p : undefined;
}
/** Deletes the layer files of a saved image that the base image has (same diff IDs, bottom up). */
async function dropBaseLayers(dir, baseLayers) {
    if (baseLayers.length === 0)
        return;
    const manifest = JSON.parse(await (0,promises_namespaceObject.readFile)(external_node_path_default().join(dir, 'manifest.json'), 'utf8'));
    for (const m of manifest) {
        const configFile = within(dir, m.Config);
        if (!configFile)
            continue;
        const config = JSON.parse(await (0,promises_namespaceObject.readFile)(configFile, 'utf8'));
        const diffIds = config.rootfs?.diff_ids ?? [];
        for (let i = 0; i < baseLayers.length && i < diffIds.length && diffIds[i] === baseLayers[i]; i++) {
            const layer = within(dir, m.Layers[i] ?? '');
            if (layer)
                await (0,promises_namespaceObject.rm)(layer, { force: true });
        }
    }
}
async function emptyDir(dir) {
    for (const name of await (0,promises_namespaceObject.readdir)(dir).catch(() => []))
        await (0,promises_namespaceObject.rm)(external_node_path_default().join(dir, name), { recursive: true, force: true });
}
class GhaCache {
    driver;
    client;
    warn;
    finalOnly;
    name;
    prefix;
    local;
    state;
    /** @param warn reports an entry that could not be saved or loaded (the build goes on). */
    constructor(driver, client, scope, warn, finalOnly = false) {
        this.driver = driver;
        this.client = client;
        this.warn = warn;
        this.finalOnly = finalOnly;
        this.prefix = ghaEntryPrefix(scope);
        this.name = `gha${scope ? ` (scope ${scope})` : ''}`;
        this.local = new LocalCache(driver);
        let state = states.get(client);
        if (!state)
            states.set(client, (state = { queue: Promise.resolve() }));
        this.state = state;
    }
    entryKey(key) {
        return `${this.prefix}${key}`;
    }
    /** Restores the entry into the daemon; only an image carrying the exact key counts. */
    find(key, signal) {
        return this.exclusive(signal, async () => {
            const dir = this.client.dir;
            await emptyDir(dir);
            try {
                if (!(await this.service(() => this.client.restore(this.entryKey(key)))))
                    return undefined;
                signal.throwIfAborted();
                await this.driver.loadImage(tarFromHost(dir, '.'));
            }
            finally {
                await (0,promises_namespaceObject.rm)(dir, { recursive: true, force: true });
            }
            return this.local.find(key);
        });
    }
    async save(key, imageId, signal, context) {
        await this.exclusive(signal, async () => {
            const entry = this.entryKey(key);
            // Entries are immutable; saveCache would build the whole archive before learning the key is taken.
            if (await this.service(() => this.client.has(entry)))
                return;
            const dir = this.client.dir;
            await emptyDir(dir);
            try {
                // Saved by its cache tag, which `docker load` then restores: the local cache finds the image by it.
                await this.driver.tag(imageId, CACHE_REPOSITORY, key);
                await extractTarToHost(await this.driver.saveImages([cacheRef(key)]), dir);
                const base = context?.baseImage ? await this.driver.inspectImage(context.baseImage) : undefined;
                await dropBaseLayers(dir, base?.layers ?? []);
                signal.throwIfAborted();
                await this.service(() => this.client.save(entry));
            }
            finally {
                await (0,promises_namespaceObject.rm)(dir, { recursive: true, force: true });
            }
        });
    }
    /** Runs `work` after the client's other calls; once the service failed, does nothing (a miss). */
    exclusive(signal, work) {
        const run = async () => {
            if (this.state.broken !== undefined)
                return undefined;
            signal.throwIfAborted();
            try {
                return await work();
            }
            catch (e) {
                if (signal.aborted)
                    throw e;
                if (!(e instanceof ServiceDown))
                    throw e;
                this.state.broken = e.message;
                this.warn(`The GitHub Actions cache is off for the rest of this run: ${e.message}`);
                return undefined;
            }
        };
        const next = this.state.queue.then(run, run);
        this.state.queue = next.catch(() => undefined);
        return next;
    }
    async service(call) {
        try {
            return await call();
        }
        catch (e) {
            throw new ServiceDown((0,error_message/* messageOf */.b)(e));
        }
    }
}

// EXTERNAL MODULE: ./src/docker/reference.ts
var reference = __nccwpck_require__(2977);
;// CONCATENATED MODULE: ./src/cache/registry.ts
// type=registry,ref=REPOSITORY[:TAG]: cache images pushed as tags of a cache repository — `REPOSITORY:<key>`, or
// `REPOSITORY:<TAG>-<key>` — so another machine can pull the state it needs. A pulled image counts only when its
// label carries the exact key asked for.




/** The engine's words for a tag the registry does not have (docker/distribution, ghcr, Docker Hub). */
const MISSING = /manifest unknown|not found|no such|does not exist/i;
class RegistryCache {
    driver;
    warn;
    finalOnly;
    name;
    repository;
    prefix;
    /** @param warn reports a failed lookup that is not a plain miss (the build goes on as if missed). */
    constructor(driver, ref, warn, finalOnly = false) {
        this.driver = driver;
        this.warn = warn;
        this.finalOnly = finalOnly;
        const { repository, tag } = (0,reference/* parseReference */.F)(ref);
        const explicit = /:[^/]+$/.test(ref) && !ref.includes('@');
        if (explicit && tag.length > 63)
            throw new Error(`type=registry: the tag of ref=${ref} is longer than 63 characters; the cache key must fit after it`);
        this.repository = repository;
        this.prefix = explicit ? `${tag}-` : '';
        this.name = `registry ${ref}`;
    }
    tagOf(key) {
        return `${this.prefix}${key}`;
    }
    async find(key, signal) {
        const ref = `${this.repository}:${this.tagOf(key)}`;
        const local = await this.driver.inspectImage(ref);
        if (local?.labels[CACHE_KEY_LABEL] === key)
            return local.id;
        try {
            await this.driver.pull(ref, { signal });
        }
        catch (e) {
            if (signal.aborted)
                throw e;
            const message = (0,error_message/* messageOf */.b)(e);
            if (!(e instanceof docker_driver/* DriverError */.x) || !MISSING.test(message))
                this.warn(`Cache lookup in ${this.name} failed, building instead: ${message}`);
            return undefined;
        }
        const pulled = await this.driver.inspectImage(ref);
        if (pulled?.labels[CACHE_KEY_LABEL] !== key)
            return undefined;
        await this.driver.tag(pulled.id, CACHE_REPOSITORY, key); // so that the local cache finds it next time
        return pulled.id;
    }
    async save(key, imageId, signal) {
        const tag = this.tagOf(key);
        await this.driver.tag(imageId, this.repository, tag);
        await this.driver.push(this.repository, tag, { signal });
    }
}

;// CONCATENATED MODULE: ./src/cache/options.ts



function options_open(spec, direction, o, driver, warn) {
    switch (spec.type) {
        case 'local':
            return undefined; // the daemon is always read and written
        case 'registry':
            // Specs were checked by parseCacheSpecs (spec.ts).
            // mode=min writes only committed images; max (the default here) every step, so a changed step elsewhere
            // still finds the steps before it.
            return new RegistryCache(driver, spec.attrs.ref, warn, direction === 'to' && spec.attrs.mode === 'min');
        case 'gha':
            if (!o.gha)
                throw new Error('type=gha works only in the repack GitHub Action (it needs the Actions cache service); use type=registry,ref=… elsewhere');
            return new GhaCache(driver, o.gha, spec.attrs.scope, warn, direction === 'to' && spec.attrs.mode === 'min');
    }
}
/** Throws an Error naming a cache type this version cannot open. */
function openCaches(o, driver, warn) {
    const local = new LocalCache(driver);
    const list = (specs, direction) => (specs ?? []).map((s) => options_open(s, direction, o, driver, warn)).filter((b) => b !== undefined);
    const localMode = (o.to ?? []).filter((s) => s.type === 'local' && s.attrs.mode !== undefined).at(-1)?.attrs.mode;
    return { local, keepSteps: localMode !== 'min', from: [local, ...list(o.from, 'from')], to: list(o.to, 'to') };
}

;// CONCATENATED MODULE: ./src/pipeline/chains.ts
// Runs a build's post-processor chains on its artifact with Packer's keep rules: each post-processor says whether
// its input is kept (and whether keep_input_artifact = false may override that); an input not kept is destroyed,
// the builder's artifact only when no chain's first post-processor keeps it. A failed chain does not stop the others.




function keepInput(pp, keep, forceKeep) {
    if (pp.keepInputArtifact === undefined)
        return keep;
    if (keep && forceKeep && !pp.keepInputArtifact)
        return true;
    return pp.keepInputArtifact;
}
/** What an artifact is made of goes: its files, or else its image (by tag, or by ID when untagged). */
async function destroyArtifact(a, driver, cwd) {
    if (a.files.length > 0) {
        for (const f of a.files)
            await (0,promises_namespaceObject.rm)((0,external_node_path_.resolve)(cwd, f), { recursive: true, force: true });
        return;
    }
    const refs = a.tags.length > 0 ? a.tags : a.imageId ? [a.imageId] : [];
    for (const ref of refs)
        await driver.removeImage(ref);
}
function label(pp) {
    return pp.name === pp.type ? pp.type : `${pp.name} (type ${pp.type})`;
}
async function runChains(builder, chains, ctx, cwd) {
    const artifacts = [];
    const errors = [];
    const destroy = async (a, what) => {
        await destroyArtifact(a, ctx.driver, cwd).catch((e) => errors.push(`Failed cleaning up ${what}: ${(0,error_message/* messageOf */.b)(e)}`));
    };
    let keepOriginal = chains.length === 0;
    for (const chain of chains) {
        let prior = builder;
        let failed = false;
        for (const [i, pp] of chain.entries()) {
            ctx.say(`Running post-processor: ${label(pp)}`);
            let out;
            try {
                out = await pp.postProcessor.run(prior, ctx);
            }
            catch (e) {
                errors.push((0,error_message/* messageOf */.b)(e));
                failed = true;
                break;
            }
            const keep = keepInput(pp, out.keep, out.forceKeep);
            if (i === 0)
                keepOriginal ||= keep;
            else if (keep)
                artifacts.push(prior);
            else if (prior !== out.artifact)
                await destroy(prior, `the input of ${pp.type}`);
            prior = out.artifact;
        }
        if (!failed)
            artifacts.push(prior);
        if (ctx.signal.aborted)
            break;
    }
    if (keepOriginal)
        artifacts.unshift(builder);
    else
        await destroy(builder, "the builder's artifact");
    return { artifacts: artifacts.filter((a, i) => artifacts.indexOf(a) === i), errors };
}
function resultArtifact(a) {
    return { builderId: a.builderId, id: artifactId(a), description: artifactDescription(a), files: [...a.files] };
}

;// CONCATENATED MODULE: ./src/pipeline/runner.ts









/** One promise chain per repository: pushes to the same repository never overlap. */
function repositoryLocks() {
    const tails = new Map();
    return (repository, fn) => {
        const prev = tails.get(repository) ?? Promise.resolve();
        const next = prev.then(fn, fn);
        tails.set(repository, next.catch(() => undefined));
        return next;
    };
}
/** The docker builder's artifact, as Packer's plugin makes it: the committed image, or the exported tar. */
function builderArtifact(b, imageId) {
    const c = b.config;
    if (c.commit && imageId)
        return { builderId: BUILDER_ID.dockerImport, id: imageId, description: `Imported Docker image: ${imageId}`, files: [], imageId, tags: [], digests: [] };
    if (c.exportPath)
        return {
            builderId: BUILDER_ID.dockerExport,
            id: 'Container',
            description: `Exported Docker file: ${c.exportPathAsWritten ?? c.exportPath}`,
            files: [c.exportPath],
            tags: [],
            digests: [],
        };
    return undefined;
}
/** A daemon restart (systemctl restart docker) takes seconds: wait up to ~15 s for it before leaving a container behind. */
function engineRestartRetry(ui) {
    return {
        retryable: (e) => /Cannot connect to the Docker daemon/.test((0,error_message/* messageOf */.b)(e)),
        attempts: 16,
        delayMs: 1000,
        onRetry: (step, _e, attempt) => {
            if (attempt === 1)
                ui.error(`Cleanup of ${step}: the Docker daemon is unreachable; retrying for up to 15 seconds...`);
        },
    };
}
function ended(ui, build, text, failed) {
    if (ui.buildEnded)
        ui.buildEnded(build, text, failed);
    else if (failed)
        ui.error(build, text);
    else
        ui.say(build, text);
}
async function runBuild(b, o, withRepositoryLock, caches) {
    const started = Date.now();
    const clock = performance.now();
    const ui = { say: (m) => o.ui.say(b.name, m), message: (m) => o.ui.message(b.name, m), error: (m) => o.ui.error(b.name, m) };
    const result = {
        name: b.name,
        buildName: b.buildName,
        source: b.source,
        tags: [],
        digests: [],
        artifacts: [],
        cache: { hits: 0, steps: b.provisioners.length },
        durationMs: 0,
    };
    const state = { build: b, driver: o.driver, ui, onResource: o.onResource };
    if (caches)
        state.cache = new BuildCache(caches, o.cache?.noCache === true, ui.error);
    const cleanupError = (step, e) => ui.error(`Cleanup of ${step} failed: ${(0,error_message/* messageOf */.b)(e)}`);
    const steps = b.config.bootstrap ? [bootstrapStep(o.cwd), ...builderSteps(b)] : builderSteps(b);
    const ask = o.onError === 'ask' && o.ask ? o.ask : undefined;
    const failure = await runSteps(steps, state, o.signal, cleanupError, o.onError === 'cleanup' || o.onError === 'ask', engineRestartRetry(ui), ask && ((step, e) => ask(b.name, step, (0,error_message/* messageOf */.b)(e))));
    if (failure !== undefined) {
        if (o.onError === 'run-cleanup-provisioner')
            await errorCleanupStep.cleanup?.(state).catch((e) => cleanupError('error-cleanup-provisioner', e));
        if (o.onError !== 'cleanup' && state.containerId)
            ui.error(`Leaving the container ${state.containerId} for inspection (-on-error=${o.onError}).`);
        result.error = failure instanceof BuildCancelled ? 'Build was cancelled.' : (0,error_message/* messageOf */.b)(failure);
        ended(o.ui, b.name, `Build '${b.name}' errored after ${elapsed(clock)}: ${result.error}`, true);
        result.durationMs = Date.now() - started;
        return result;
    }
    result.cache.hits = state.chain?.hits ?? 0;
    result.imageId = state.imageId;
    const built = builderArtifact(b, state.imageId);
    await state.cache?.flush(state.chain, o.signal, ui.say); // its failures are warnings
    if (built) {
        const ctx = {
            driver: o.driver,
            say: ui.say,
            message: ui.message,
            signal: o.signal,
            push: o.push,
            withRepositoryLock,
            buildName: b.sourceName,
            builderType: 'docker',
            runUuid: RUN_UUID,
        };
        const outcome = await runChains(built, b.chains, ctx, o.cwd);
        for (const a of outcome.artifacts) {
            for (const t of a.tags)
                if (!result.tags.includes(t))
                    result.tags.push(t);
            for (const d of a.digests)
                if (!result.digests.some((x) => x.repository === d.repository && x.tag === d.tag && x.digest === d.digest))
                    result.digests.push(d);
            result.artifacts.push(resultArtifact(a));
        }
        if (outcome.errors.length > 0) {
            result.error = o.signal.aborted ? 'Build was cancelled.' : outcome.errors.join('\n');
            ended(o.ui, b.name, `Build '${b.name}' errored after ${elapsed(clock)}: ${result.error}`, true);
        }
    }
    const removalError = await state.removal;
    if (removalError !== undefined)
        cleanupError('container', removalError);
    result.durationMs = Date.now() - started;
    if (!result.error)
        ended(o.ui, b.name, `Build '${b.name}' finished after ${elapsed(clock)}.`, false);
    return result;
}
const DURATION_UNITS = [
    ['day', 86_400_000_000],
    ['hour', 3_600_000_000],
    ['minute', 60_000_000],
    ['second', 1_000_000],
    ['millisecond', 1000],
    ['microsecond', 1],
];
/** Packer's durations (durafmt, first two non-zero units): "12 seconds 345 milliseconds", "899 milliseconds 553 microseconds". */
function formatDuration(us) {
    let rest = Math.max(0, Math.floor(us));
    const parts = [];
    for (const [unit, size] of DURATION_UNITS) {
        const n = Math.floor(rest / size);
        rest -= n * size;
        if (n > 0 && parts.length < 2)
            parts.push(`${n} ${unit}${n === 1 ? '' : 's'}`);
    }
    return parts.length > 0 ? parts.join(' ') : '0 microseconds';
}
/** The time since `since` (a performance.now() reading), in Packer's words. */
function elapsed(since) {
    return formatDuration((performance.now() - since) * 1000);
}
async function runBuilds(builds, o) {
    const results = new Array(builds.length);
    const limit = o.parallelBuilds > 0 ? o.parallelBuilds : builds.length;
    const withRepositoryLock = repositoryLocks();
    const caches = o.cache ? openCaches(o.cache, o.driver, (m) => o.ui.error('cache', m)) : undefined;
    let next = 0;
    const worker = async () => {
        while (next < builds.length) {
            const i = next++;
            results[i] = await runBuild(builds[i], o, withRepositoryLock, caches);
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, builds.length) }, worker));
    return results;
}

;// CONCATENATED MODULE: ./src/pipeline/run.ts
// The engine's entry: prepare the template, and when it is valid, run its builds.




async function runTemplate(o) {
    const p = await prepareTemplate(o);
    if (hasErrors(p.diagnostics))
        return { diagnostics: p.diagnostics, sources: p.sources, results: [] };
    // Loaded only when something runs: `validate` and bad templates never pay for the Docker client's start-up.
    const driver = o.driver ?? (await Promise.all(/* import() */[__nccwpck_require__.e(830), __nccwpck_require__.e(40), __nccwpck_require__.e(820)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5820))).connectDocker(o.env ?? process.env);
    const results = await runBuilds(p.builds, {
        driver,
        ui: o.ui,
        signal: o.signal ?? new AbortController().signal,
        parallelBuilds: o.parallelBuilds ?? 0,
        onError: o.onError ?? 'cleanup',
        ask: o.ask,
        push: o.push ?? true,
        onResource: o.onResource,
        cache: o.cache,
        cwd: (0,external_node_path_.resolve)(o.cwd ?? process.cwd()),
    });
    return { diagnostics: p.diagnostics, sources: p.sources, results };
}

;// CONCATENATED MODULE: ./src/hcl/format.ts


const ansi = { bold: '\x1b[1m', red: '\x1b[31m', yellow: '\x1b[33m', underline: '\x1b[4m', reset: '\x1b[0m' };
/** The top-level block a position lies in, as HCL names it: `build`, `source "docker" "ubuntu"`. */
function contextString(text, file, offset) {
    if (file.endsWith('.json'))
        return '';
    const { file: parsed } = parseFile(text, file);
    for (const item of parsed.body.items) {
        if (item.kind !== 'block')
            continue;
        if (item.range.start.offset <= offset && offset < item.range.end.offset) {
            return [item.type, ...item.labels.map((l) => JSON.stringify(l))].join(' ');
        }
    }
    return '';
}
function sourceLine(text, line) {
    const lines = text.split(/\r?\n/);
    return line >= 1 && line <= lines.length ? lines[line - 1] : undefined;
}
function caretLine(lineText, range, prefixWidth) {
    const chars = graphemes(lineText);
    const startCol = range.start.column;
    const endCol = range.end.line === range.start.line ? range.end.column : chars.length + 1;
    const lead = chars
        .slice(0, startCol - 1)
        .map((c) => (c === '\t' ? '\t' : ' '))
        .join('');
    const width = Math.max(1, Math.min(endCol, chars.length + 1) - startCol);
    return ' '.repeat(prefixWidth) + lead + '^'.repeat(width);
}
function formatDiagnostic(d, sources, opts = {}) {
    const color = opts.color === true;
    const label = d.severity === 'error' ? 'Error' : 'Warning';
    const head = color
        ? `${ansi.bold}${d.severity === 'error' ? ansi.red : ansi.yellow}${label}: ${ansi.reset}${ansi.bold}${d.summary}${ansi.reset}`
        : `${label}: ${d.summary}`;
    const out = [head, ''];
    const r = d.range;
    const text = r ? sources.get(r.file) : undefined;
    if (r) {
        const context = text !== undefined ? contextString(text, r.file, r.start.offset) : '';
        out.push(`  on ${r.file} line ${r.start.line}${context ? `, in ${context}` : ''}:`);
        const lineText = text !== undefined ? sourceLine(text, r.start.line) : undefined;
        if (lineText !== undefined) {
            const prefix = `  ${r.start.line}: `;
            if (color) {
                const chars = graphemes(lineText);
                const s = r.start.column - 1;
                const e = r.end.line === r.start.line ? r.end.column - 1 : chars.length;
                out.push(prefix + chars.slice(0, s).join('') + ansi.underline + chars.slice(s, e).join('') + ansi.reset + chars.slice(e).join(''));
            }
            else
                out.push(prefix + lineText);
            out.push(caretLine(lineText, r, prefix.length));
        }
        out.push('');
    }
    if (d.detail)
        out.push(d.detail);
    return `${out.join('\n').replace(/\n+$/, '')}\n`;
}
/** Terraform/Packer's machine-readable diagnostic shape, with the source line as a snippet when it is known. */
function diagnosticsToJSON(diags, sources = new Map()) {
    return diags.map((d) => {
        const out = { severity: d.severity, summary: d.summary, detail: d.detail ?? '' };
        const r = d.range;
        if (r) {
            out.range = {
                filename: r.file,
                start: { line: r.start.line, column: r.start.column, byte: r.start.offset },
                end: { line: r.end.line, column: r.end.column, byte: r.end.offset },
            };
            const text = sources.get(r.file);
            const code = text !== undefined ? sourceLine(text, r.start.line) : undefined;
            if (text !== undefined && code !== undefined) {
                const context = contextString(text, r.file, r.start.offset);
                out.snippet = { context: context || null, code, start_line: r.start.line };
            }
        }
        return out;
    });
}

;// CONCATENATED MODULE: ./src/action/annotations.ts
// Diagnostics → the log (in full, with a source snippet) and annotations at file:line:col. GitHub shows at most 10
// error and 10 warning annotations per step; the failure message core.setFailed adds is one of the 10 errors, so
// 9 diagnostics are annotated and the rest are only in the log.



const ANNOTATIONS_PER_STEP = 10;
const ERROR_DIAGNOSTIC_ANNOTATIONS = ANNOTATIONS_PER_STEP - 1;
/** Annotation paths are relative to the repository root (GITHUB_WORKSPACE); diagnostics are relative to `cwd`. */
function workspacePath(file, cwd, workspace) {
    const abs = external_node_path_default().resolve(cwd, file);
    if (!workspace)
        return external_node_path_default().relative(cwd, abs) || file;
    const rel = external_node_path_default().relative(workspace, abs);
    return rel.startsWith('..') || external_node_path_default().isAbsolute(rel) ? abs : rel.split((external_node_path_default()).sep).join('/');
}
function annotations_properties(d, cwd, workspace) {
    const props = { title: d.summary };
    if (!d.range)
        return props;
    return {
        ...props,
        file: workspacePath(d.range.file, cwd, workspace),
        startLine: d.range.start.line,
        startColumn: d.range.start.column,
        endLine: d.range.end.line,
        endColumn: d.range.end.column,
    };
}
function reportDiagnostics(diagnostics, sources, cwd, workspace = process.env.GITHUB_WORKSPACE) {
    const r = { errors: 0, warnings: 0, annotatedErrors: 0 };
    for (const d of diagnostics)
        info(formatDiagnostic(d, sources, { color: false }));
    for (const d of diagnostics) {
        const message = d.detail ?? d.summary;
        if (d.severity === 'error') {
            if (r.errors++ < ERROR_DIAGNOSTIC_ANNOTATIONS)
                error(message, annotations_properties(d, cwd, workspace));
        }
        else if (r.warnings++ < ANNOTATIONS_PER_STEP) {
            warning(message, annotations_properties(d, cwd, workspace));
        }
    }
    r.annotatedErrors = Math.min(r.errors, ERROR_DIAGNOSTIC_ANNOTATIONS);
    if (r.errors > r.annotatedErrors) {
        info(`${r.errors - r.annotatedErrors} more errors are in the log above but not annotated (GitHub shows ${ANNOTATIONS_PER_STEP} per step).`);
    }
    return r;
}

;// CONCATENATED MODULE: ./src/cache/spec.ts

const KEYS = {
    // type=local is the daemon's own images: it takes no directory, only (to write) a mode.
    'cache-from': { local: [], registry: ['ref'], gha: ['scope', 'url', 'token'] },
    'cache-to': { local: ['mode'], registry: ['ref', 'mode'], gha: ['scope', 'url', 'token', 'mode'] },
};
const TYPES = Object.keys(KEYS['cache-from']);
const MODES = ['min', 'max'];
function isCacheType(t) {
    return TYPES.includes(t);
}
/** Splits on commas outside double quotes; quotes are removed, as in a CSV field. */
function spec_fields(line) {
    const out = [];
    let current = '';
    let quoted = false;
    for (const ch of line) {
        if (ch === '"')
            quoted = !quoted;
        else if (ch === ',' && !quoted) {
            out.push(current.trim());
            current = '';
        }
        else
            current += ch;
    }
    if (quoted)
        throw new Error('a double quote is not closed');
    out.push(current.trim());
    return out.filter((f) => f !== '');
}
function parseLine(line, direction) {
    const parts = spec_fields(line);
    if (parts.length === 1 && !parts[0].includes('='))
        return { type: 'registry', attrs: { ref: parts[0] } };
    const attrs = {};
    for (const part of parts) {
        const eq = part.indexOf('=');
        if (eq <= 0)
            throw new Error(`"${part}" is not key=value`);
        attrs[part.slice(0, eq).trim()] = part.slice(eq + 1).trim();
    }
    const { type, ...rest } = attrs;
    if (type === undefined)
        throw new Error(`no type= given (expected type=${TYPES.join(', type=')})`);
    if (!isCacheType(type))
        throw new Error(`unknown cache type "${type}" (expected ${TYPES.join(', ')})`);
    const allowed = KEYS[direction][type];
    for (const key of Object.keys(rest)) {
        if (!allowed.includes(key)) {
            const takes = allowed.length > 0 ? `it takes: ${allowed.join(', ')}` : "it is the local Docker daemon's images and takes nothing";
            throw new Error(`type=${type} does not take "${key}" in ${direction} (${takes})`);
        }
    }
    if (type === 'registry' && !rest.ref)
        throw new Error('type=registry needs ref=IMAGE');
    if (rest.mode !== undefined && !MODES.includes(rest.mode)) {
        throw new Error(`mode=${rest.mode} is not min or max`);
    }
    return { type, attrs: rest };
}
/** Parses the raw input; throws an Error whose message names the input, the line and the problem. */
function parseCacheSpecs(raw, direction) {
    const specs = [];
    raw.split(/\r?\n/).forEach((text, i) => {
        const line = text.trim();
        if (line === '')
            return;
        try {
            specs.push(parseLine(line, direction));
        }
        catch (e) {
            const problem = (0,error_message/* messageOf */.b)(e);
            throw new Error(`Input "${direction}", line ${i + 1} (${line}): ${problem}`);
        }
    });
    return specs;
}

;// CONCATENATED MODULE: ./src/action/variables-input.ts

// The `variables` input: lines of `name=value` (multi-line values as `name<<DELIMITER` … `DELIMITER`, the syntax of
// GITHUB_OUTPUT) or one JSON object. Values stay strings; the engine parses each by its variable's declared type,
// as it does for `-var`, so JSON lists, maps and numbers are passed as their JSON text (valid HCL too).
const NAME = /^[A-Za-z_][A-Za-z0-9_-]*$/;
const HEREDOC = /^([^=]*?)<<(.*)$/;
const SHOWN_CHARS = 40;
function shown(text) {
    return JSON.stringify(text.length > SHOWN_CHARS ? `${text.slice(0, SHOWN_CHARS)}…` : text);
}
function kind(value) {
    if (value === null)
        return 'null';
    return Array.isArray(value) ? 'an array' : `a ${typeof value}`;
}
function fromJson(text) {
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch (e) {
        const reason = (0,error_message/* messageOf */.b)(e);
        throw new Error(`Input "variables" starts with "{" but is not valid JSON: ${reason}`);
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
        throw new Error(`Input "variables" must be a JSON object of name: value, not ${kind(parsed)}`);
    }
    return Object.entries(parsed).map(([name, value]) => {
        if (!NAME.test(name))
            throw new Error(`Input "variables": ${shown(name)} is not a valid variable name`);
        if (value === null) {
            throw new Error(`Input "variables": "${name}" is null; leave it out to use the variable's default`);
        }
        return [name, typeof value === 'string' ? value : JSON.stringify(value)];
    });
}
function checkedName(name, lineNo) {
    if (!NAME.test(name)) {
        throw new Error(`Input "variables", line ${lineNo}: ${shown(name)} is not a valid variable name`);
    }
    return name;
}
function fromLines(text) {
    const lines = text.split(/\r?\n/);
    const out = [];
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i].trim();
        if (line === '')
            continue;
        const heredoc = HEREDOC.exec(line);
        const eq = line.indexOf('=');
        if (heredoc && (eq < 0 || eq > line.indexOf('<<'))) {
            const name = checkedName(heredoc[1].trim(), i + 1);
            const delimiter = heredoc[2].trim();
            if (delimiter === '') {
                throw new Error(`Input "variables", line ${i + 1}: "${name}<<" needs a delimiter, as in ${name}<<EOF`);
            }
            const end = lines.findIndex((l, j) => j > i && l.trim() === delimiter);
            if (end < 0) {
                throw new Error(`Input "variables", line ${i + 1}: the value of "${name}" (${name}<<${delimiter}) has no closing line "${delimiter}"`);
            }
            out.push([name, lines.slice(i + 1, end).join('\n')]);
            i = end;
            continue;
        }
        if (eq < 0) {
            throw new Error(`Input "variables", line ${i + 1}: ${shown(line)} is not name=value (or name<<EOF for a multi-line value)`);
        }
        out.push([checkedName(line.slice(0, eq).trim(), i + 1), line.slice(eq + 1)]);
    }
    return out;
}
/** Parses the raw (untrimmed) input. Throws an Error whose message is what the user sees. */
function parseVariables(raw) {
    const text = raw.trim();
    if (text === '')
        return [];
    return text.startsWith('{') ? fromJson(text) : fromLines(raw);
}

;// CONCATENATED MODULE: ./src/action/inputs.ts
// The action's inputs, keyed by their action.yml names, parsed and validated in one place. Defaults repeat
// action.yml's so that running the bundle outside a runner (or under a runner that omits them) behaves the same.




/** Every invalid input at once, each message naming the input and its bad value. */
class InputError extends Error {
    problems;
    constructor(problems) {
        super(problems.length === 1 ? problems[0] : `${problems.length} inputs are invalid`);
        this.problems = problems;
        this.name = 'InputError';
    }
}
const ON_ERROR = ['cleanup', 'abort', 'run-cleanup-provisioner'];
const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];
const readFromEnv = (name) => getInput(name);
function lines(raw) {
    return raw
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter((l) => l !== '');
}
function globs(raw) {
    return raw
        .split(/[,\r\n]/)
        .map((g) => g.trim())
        .filter((g) => g !== '');
}
function inputs_boolean(name, raw, fallback) {
    const v = raw.trim();
    if (v === '')
        return fallback;
    if (TRUE.includes(v))
        return true;
    if (FALSE.includes(v))
        return false;
    throw new Error(`Input "${name}": ${JSON.stringify(v)} is not a boolean (use true or false)`);
}
function parallelBuilds(raw) {
    const v = raw.trim();
    if (v === '')
        return 0;
    if (!/^\d+$/.test(v) || !Number.isSafeInteger(Number(v))) {
        throw new Error(`Input "parallel-builds": ${JSON.stringify(v)} is not a whole number ≥ 0 (0 runs every build at once)`);
    }
    return Number(v);
}
function onError(raw) {
    const v = raw.trim();
    if (v === '')
        return 'cleanup';
    const found = ON_ERROR.find((o) => o === v);
    if (!found)
        throw new Error(`Input "on-error": ${JSON.stringify(v)} is not one of ${ON_ERROR.join(', ')}`);
    return found;
}
/** Reads and validates every input; throws InputError listing all problems. */
function readInputs(get = readFromEnv) {
    const problems = [];
    const attempt = (parse, fallback) => {
        try {
            return parse();
        }
        catch (e) {
            problems.push((0,error_message/* messageOf */.b)(e));
            return fallback;
        }
    };
    const inputs = {
        template: get('template').trim() || '.',
        variables: attempt(() => parseVariables(get('variables')), []),
        'var-files': lines(get('var-files')),
        only: globs(get('only')),
        except: globs(get('except')),
        'parallel-builds': attempt(() => parallelBuilds(get('parallel-builds')), 0),
        'on-error': attempt(() => onError(get('on-error')), 'cleanup'),
        push: attempt(() => inputs_boolean('push', get('push'), true), true),
        'no-cache': attempt(() => inputs_boolean('no-cache', get('no-cache'), false), false),
        'cache-from': attempt(() => parseCacheSpecs(get('cache-from'), 'cache-from'), []),
        'cache-to': attempt(() => parseCacheSpecs(get('cache-to'), 'cache-to'), []),
        'working-directory': get('working-directory').trim(),
    };
    if (problems.length > 0)
        throw new InputError(problems);
    return inputs;
}

;// CONCATENATED MODULE: ./src/pipeline/metadata.ts
function buildMetadata(results) {
    return results.map((r) => ({
        name: r.name,
        build: r.buildName,
        source: r.source,
        'image-id': r.imageId ?? null,
        tags: r.tags,
        digests: Object.fromEntries(r.digests.map((d) => [d.repository, d.digest])),
        pushed: r.digests,
        artifacts: r.artifacts,
        cache: r.cache,
        'duration-ms': r.durationMs,
        error: r.error ?? null,
    }));
}

;// CONCATENATED MODULE: ./src/action/outputs.ts
// BuildResult[] → the action's outputs. `metadata` is the document `repack build --json` writes, listing every
// build (failed ones with their error); the other outputs describe only the builds that succeeded.


function unique(values) {
    return [...new Set(values)];
}
function computeOutputs(results) {
    const ok = results.filter((r) => r.error === undefined);
    const pushed = ok.flatMap((r) => r.digests);
    return {
        metadata: JSON.stringify(buildMetadata([...results])),
        'image-id': ok.find((r) => r.imageId !== undefined)?.imageId ?? '',
        tags: unique(ok.flatMap((r) => r.tags)).join('\n'),
        digest: pushed[0]?.digest ?? '',
        digests: unique(pushed.map((d) => `${d.repository}@${d.digest}`)).join('\n'),
    };
}
function setOutputs(results) {
    const outputs = computeOutputs(results);
    for (const [name, value] of Object.entries(outputs))
        setOutput(name, value);
    return outputs;
}

;// CONCATENATED MODULE: ./src/action/report.ts
// What a run ends with, outside any log group: Packer's closing lines, and the one-line reason a step failed.

function printClosing(results) {
    const failed = results.filter((r) => r.error !== undefined);
    if (failed.length > 0) {
        info("==> Some builds didn't complete successfully and had errors:");
        for (const r of failed)
            info(`--> ${r.name}: ${r.error ?? ''}`);
    }
    const artifacts = results.filter((r) => r.error === undefined).flatMap((r) => r.artifacts.map((a) => `--> ${r.name}: ${a.description}`));
    if (artifacts.length === 0) {
        info('==> Builds finished but no artifacts were created.');
        return;
    }
    info('==> Builds finished. The artifacts of successful builds are:');
    for (const line of artifacts)
        info(line);
}
function where(d) {
    return d.range ? `${d.range.file}:${d.range.start.line}:${d.range.start.column}: ` : '';
}
function firstLine(text) {
    return text.split('\n')[0].trim();
}
/** Why the step fails, in one line; undefined when it succeeds. */
function failureReason(diagnostics, results, cancelled) {
    const errors = diagnostics.filter((d) => d.severity === 'error');
    if (errors.length === 1) {
        const d = errors[0];
        return firstLine(`${where(d)}${d.summary}${d.detail ? `: ${d.detail}` : ''}`);
    }
    if (errors.length > 1)
        return `The template has ${errors.length} errors; the first: ${firstLine(where(errors[0]) + errors[0].summary)}`;
    if (cancelled)
        return 'The build was cancelled.';
    const failed = results.filter((r) => r.error !== undefined);
    if (failed.length === 1 && results.length === 1)
        return firstLine(`Build '${failed[0].name}' errored: ${failed[0].error ?? ''}`);
    if (failed.length > 0)
        return `${failed.length} of ${results.length} builds failed: ${failed.map((r) => r.name).join(', ')}`;
    return undefined;
}

;// CONCATENATED MODULE: ./src/action/state.ts
// Containers and temp dirs a run has created and not yet removed, kept in the step's state so the post step can
// remove them when the run was killed. The runner keeps the last value saved under a name, so every change saves
// the whole list.

const RESOURCES_STATE = 'resources';
class ResourceTracker {
    save;
    live = new Map();
    constructor(save = saveState) {
        this.save = save;
    }
    update(resource, added) {
        const key = `${resource.kind}:${resource.id}`;
        if (added)
            this.live.set(key, { kind: resource.kind, id: resource.id });
        else if (!this.live.delete(key))
            return;
        this.save(RESOURCES_STATE, JSON.stringify([...this.live.values()]));
    }
    get resources() {
        return [...this.live.values()];
    }
}
function isResource(v) {
    if (typeof v !== 'object' || v === null)
        return false;
    const { kind, id } = v;
    return (kind === 'container' || kind === 'tempdir') && typeof id === 'string' && id !== '';
}
/** The resources saved by the main step; [] when none were saved or the state is unreadable. */
function savedResources(raw = core.getState(RESOURCES_STATE)) {
    if (raw.trim() === '')
        return [];
    try {
        const parsed = JSON.parse(raw);
        return Array.isArray(parsed) ? parsed.filter(isResource) : [];
    }
    catch {
        return [];
    }
}

;// CONCATENATED MODULE: ./src/action/summary.ts
// The job summary: one table row per build. GitHub rejects a step summary over 1 MiB, so rows that would pass
// the limit are left out and counted instead.

const SUMMARY_LIMIT_BYTES = 1024 * 1024;
const FOOTER_RESERVE_BYTES = 256;
const LISTED_DIAGNOSTICS = 20;
function cell(text) {
    return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}
function code(text) {
    return `<code>${cell(text).replace(/&/g, '&amp;').replace(/</g, '&lt;')}</code>`;
}
function summary_formatDuration(ms) {
    const tenths = Math.round(ms / 100);
    if (tenths < 600)
        return `${(tenths / 10).toFixed(1)}s`;
    const seconds = Math.round(ms / 1000);
    return `${Math.floor(seconds / 60)}m ${String(seconds % 60).padStart(2, '0')}s`;
}
function row(r) {
    const status = r.error === undefined ? '✅' : `❌ ${cell(r.error)}`;
    const digest = r.digests[0]?.digest;
    return [
        '',
        `${code(r.name)} ${status}`,
        r.tags.map(code).join('<br>'),
        digest ? code(digest) : '',
        summary_formatDuration(r.durationMs),
        `${r.cache.hits}/${r.cache.steps}`,
        '',
    ]
        .join(' | ')
        .trim();
}
function summary_location(d) {
    return d.range ? `${d.range.file}:${d.range.start.line}:${d.range.start.column}: ` : '';
}
function renderSummary(results, diagnostics = [], limit = SUMMARY_LIMIT_BYTES) {
    const parts = ['## repack build\n'];
    const errors = diagnostics.filter((d) => d.severity === 'error');
    if (errors.length > 0) {
        parts.push(`The template has ${errors.length} error${errors.length === 1 ? '' : 's'}; nothing was built.\n`);
        for (const d of errors.slice(0, LISTED_DIAGNOSTICS))
            parts.push(`- ${cell(summary_location(d) + d.summary)}`);
        if (errors.length > LISTED_DIAGNOSTICS)
            parts.push(`- … and ${errors.length - LISTED_DIAGNOSTICS} more (see the log)`);
        return `${parts.join('\n')}\n`;
    }
    parts.push('| Build | Tags | Digest | Duration | Cached steps |', '| --- | --- | --- | --- | ---: |');
    let size = Buffer.byteLength(parts.join('\n'));
    let shown = 0;
    for (const r of results) {
        const line = row(r);
        const bytes = Buffer.byteLength(line) + 1;
        if (size + bytes > limit - FOOTER_RESERVE_BYTES)
            break;
        parts.push(line);
        size += bytes;
        shown++;
    }
    if (shown < results.length)
        parts.push(`\n… and ${results.length - shown} more builds, left out to keep the summary under 1 MiB.`);
    return `${parts.join('\n')}\n`;
}
/** Appends the summary when the runner gives a summary file; does nothing elsewhere. */
async function writeSummary(results, diagnostics) {
    const file = process.env.GITHUB_STEP_SUMMARY;
    if (!file)
        return;
    await (0,promises_namespaceObject.appendFile)(file, renderSummary(results, diagnostics), 'utf8');
}

;// CONCATENATED MODULE: ./src/action/ui.ts
// The engine's Ui for a runner's log: Packer's lines, each prefixed with its build so parallel builds stay readable
// when they interleave. Builds that run one at a time get a log group each; parallel builds share one group, since
// groups cannot interleave. Every line starts (after the runner trims leading spaces) with `==>` or the build
// name, so build output cannot issue a workflow command (`::add-mask::`, `::error::`, …) by printing one.

const RED = '\u001b[31m';
const RESET = '\u001b[0m';
class ActionUi {
    grouping;
    open;
    constructor(grouping) {
        this.grouping = grouping;
    }
    say(build, message) {
        this.print(build, message, (line) => `==> ${build}: ${line}`);
    }
    message(build, message) {
        this.print(build, message, (line) => `    ${build}: ${line}`);
    }
    error(build, message) {
        this.print(build, message, (line) => `${RED}==> ${build}: ${line}${RESET}`);
    }
    /** Ends the open group, if any; call before printing anything that belongs outside the builds. */
    close() {
        if (this.open !== undefined)
            endGroup();
        this.open = undefined;
    }
    print(build, message, format) {
        this.enterGroup(build);
        for (const line of message.replace(/\r?\n$/, '').split(/\r\n|\r|\n/))
            info(format(line));
    }
    enterGroup(build) {
        const name = this.grouping.kind === 'per-build' ? build : this.grouping.title;
        if (this.open === name)
            return;
        this.close();
        startGroup(name);
        this.open = name;
    }
}

;// CONCATENATED MODULE: ./src/action/main.ts
// The action's main step: inputs → runTemplate → log, annotations, outputs, job summary, pass/fail.












function main_firstLine(e) {
    const text = (0,error_message/* messageOf */.b)(e);
    return text.split('\n')[0].trim() || (e instanceof Error ? e.name : 'unknown error');
}
function enterWorkingDirectory(dir) {
    if (dir === '')
        return process.cwd();
    const abs = external_node_path_default().resolve(dir);
    let isDir = false;
    try {
        isDir = (0,external_node_fs_.statSync)(abs).isDirectory();
    }
    catch {
        isDir = false;
    }
    if (!isDir)
        throw new InputError([`Input "working-directory": ${JSON.stringify(dir)} is not a directory (resolved to ${abs})`]);
    process.chdir(abs);
    return abs;
}
/** GitHub masks a value only in lines printed after its ::add-mask::, so each is registered once, at once. */
function masker() {
    const seen = new Set();
    return (value) => {
        if (value === '' || seen.has(value))
            return;
        seen.add(value);
        setSecret(value);
    };
}
function cancelOnSignals(controller) {
    const onSignal = (signal) => {
        if (controller.signal.aborted)
            return;
        info(`==> Cancelling the build after receiving ${signal}`);
        controller.abort();
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    return () => {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
    };
}
function grouping(inputs) {
    return inputs['parallel-builds'] === 1 ? { kind: 'per-build' } : { kind: 'whole-run', title: `repack build ${inputs.template}` };
}
/** The Actions cache service, loaded only when a cache spec asks for type=gha (it is the action's heaviest module). */
async function ghaClient(inputs) {
    const specs = [...inputs['cache-from'], ...inputs['cache-to']];
    if (!specs.some((s) => s.type === 'gha'))
        return undefined;
    return (await Promise.all(/* import() */[__nccwpck_require__.e(830), __nccwpck_require__.e(329), __nccwpck_require__.e(576)]).then(__nccwpck_require__.bind(__nccwpck_require__, 576))).actionsCacheClient(specs);
}
async function build(inputs) {
    const cwd = enterWorkingDirectory(inputs['working-directory']);
    const controller = new AbortController();
    const stopListening = cancelOnSignals(controller);
    const tracker = new ResourceTracker();
    const ui = new ActionUi(grouping(inputs));
    try {
        const outcome = await runTemplate({
            template: inputs.template,
            cwd,
            vars: inputs.variables,
            varFiles: inputs['var-files'],
            only: inputs.only,
            except: inputs.except,
            parallelBuilds: inputs['parallel-builds'],
            onError: inputs['on-error'],
            push: inputs.push,
            // Local layer caching is on, as on the CLI; cache-from/cache-to add shared caches.
            cache: { noCache: inputs['no-cache'], from: inputs['cache-from'], to: inputs['cache-to'], gha: await ghaClient(inputs) },
            ui,
            signal: controller.signal,
            onSensitive: masker(),
            onResource: (resource, added) => tracker.update(resource, added),
        });
        ui.close();
        const { errors } = reportDiagnostics(outcome.diagnostics, outcome.sources, cwd);
        setOutputs(outcome.results);
        if (errors === 0)
            printClosing(outcome.results);
        try {
            await writeSummary(outcome.results, outcome.diagnostics);
        }
        catch (e) {
            warning(`Could not write the job summary: ${main_firstLine(e)}`);
        }
        const reason = failureReason(outcome.diagnostics, outcome.results, controller.signal.aborted);
        if (reason !== undefined)
            setFailed(reason);
    }
    finally {
        ui.close();
        stopListening();
    }
}
/** Reads the inputs, runs the template, reports. Every failure ends as one core.setFailed line. */
async function runAction() {
    try {
        await build(readInputs());
    }
    catch (e) {
        if (e instanceof InputError) {
            if (e.problems.length > 1)
                for (const p of e.problems)
                    error(p);
            setFailed(e.message);
            return;
        }
        if (e instanceof Error && e.stack)
            debug(e.stack);
        setFailed(`repack failed: ${main_firstLine(e)}`);
    }
}
/** The main step's entry: an error a library throws outside any await still fails the step with one line. */
async function run() {
    const fail = (e) => {
        if (e instanceof Error && e.stack)
            debug(e.stack);
        setFailed(`repack failed: ${main_firstLine(e)}`);
        process.exit(1);
    };
    process.on('uncaughtException', fail);
    process.on('unhandledRejection', fail);
    await runAction();
}

;// CONCATENATED MODULE: ./src/index.ts

void run();

