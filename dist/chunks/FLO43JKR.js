import { createRequire as __repackCreateRequire } from 'node:module';
import { fileURLToPath as __repackFileURLToPath } from 'node:url';
import { dirname as __repackDirname } from 'node:path';
const require = __repackCreateRequire(import.meta.url);
const __repackFilename = __repackFileURLToPath(import.meta.url);
const __repackDirnameValue = __repackDirname(__repackFilename);
import {
  Capture,
  DriverError,
  IMAGE_MANIFEST_TYPES,
  REPACK_LABEL,
  asDigest,
  dockerCredentials,
  explicitOnly,
  familiarName,
  getManifest,
  parseReference,
  pullParameters,
  servedManifest
} from "./3AA3TRVZ.js";
import {
  require_lib
} from "./6NZ65FC5.js";
import {
  require_src
} from "./3OHBVAC4.js";
import {
  messageOf
} from "./K4JIUYBM.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./A6UJYBLJ.js";

// node_modules/docker-modem/lib/utils.js
var require_utils = __commonJS({
  "node_modules/docker-modem/lib/utils.js"(exports, module) {
    var arr = [];
    var each = arr.forEach;
    var slice = arr.slice;
    module.exports.extend = function(obj) {
      each.call(slice.call(arguments, 1), function(source) {
        if (source) {
          for (var prop in source) {
            obj[prop] = source[prop];
          }
        }
      });
      return obj;
    };
    module.exports.parseJSON = function(s) {
      try {
        return JSON.parse(s);
      } catch (e) {
        return null;
      }
    };
  }
});

// node_modules/docker-modem/lib/http.js
var require_http = __commonJS({
  "node_modules/docker-modem/lib/http.js"(exports, module) {
    var nativeHttps = __require("https");
    var nativeHttp = __require("http");
    var url = __require("url");
    var utils = require_utils();
    var maxRedirects = module.exports.maxRedirects = 5;
    var protocols = {
      https: nativeHttps,
      http: nativeHttp
    };
    for (protocol in protocols) {
      h = function() {
      };
      h.prototype = protocols[protocol];
      h = new h();
      h.request = /* @__PURE__ */ (function(h2) {
        return function(options, callback, redirectOptions) {
          redirectOptions = redirectOptions || {};
          var max = typeof options === "object" && "maxRedirects" in options ? options.maxRedirects : exports.maxRedirects;
          var redirect = utils.extend({
            count: 0,
            max,
            clientRequest: null,
            userCallback: callback
          }, redirectOptions);
          if (redirect.count > redirect.max) {
            var err = new Error("Max redirects exceeded. To allow more redirects, pass options.maxRedirects property.");
            redirect.clientRequest.emit("error", err);
            return redirect.clientRequest;
          }
          redirect.count++;
          var reqUrl;
          if (typeof options === "string") {
            reqUrl = options;
          } else {
            reqUrl = url.format(utils.extend({
              protocol
            }, options));
          }
          var clientRequest = Object.getPrototypeOf(h2).request(options, redirectCallback(reqUrl, redirect));
          if (!redirect.clientRequest) redirect.clientRequest = clientRequest;
          function redirectCallback(reqUrl2, redirect2) {
            return function(res) {
              if (res.statusCode < 300 || res.statusCode > 399) {
                return redirect2.userCallback(res);
              }
              if (!("location" in res.headers)) {
                return redirect2.userCallback(res);
              }
              var redirectUrl = url.resolve(reqUrl2, res.headers.location);
              var proto = url.parse(redirectUrl).protocol;
              proto = proto.substr(0, proto.length - 1);
              return module.exports[proto].get(redirectUrl, redirectCallback(reqUrl2, redirect2), redirect2);
            };
          }
          return clientRequest;
        };
      })(h);
      h.get = /* @__PURE__ */ (function(h2) {
        return function(options, cb, redirectOptions) {
          var req = h2.request(options, cb, redirectOptions);
          req.end();
          return req;
        };
      })(h);
      module.exports[protocol] = h;
    }
    var h;
    var protocol;
  }
});

// node_modules/docker-modem/lib/ssh.js
var require_ssh = __commonJS({
  "node_modules/docker-modem/lib/ssh.js"(exports, module) {
    var Client = require_lib().Client;
    var http = __require("http");
    module.exports = function(opt) {
      var conn = new Client();
      var agent = new http.Agent();
      agent.createConnection = function(options, fn) {
        try {
          conn.once("ready", function() {
            conn.exec("docker system dial-stdio", function(err, stream) {
              if (err) {
                handleError(err, fn);
              }
              fn(null, stream);
              stream.addListener("error", (err2) => {
                handleError(err2, fn);
              });
              stream.once("close", () => {
                conn.end();
                agent.destroy();
              });
            });
          }).on("error", (err) => {
            handleError(err, fn);
          }).connect(opt);
          conn.once("end", () => agent.destroy());
        } catch (err) {
          handleError(err);
        }
      };
      function handleError(err, cb) {
        conn.end();
        agent.destroy();
        if (cb) {
          cb(err);
        } else {
          throw err;
        }
      }
      return agent;
    };
  }
});

// lazy-ssh:node_modules/docker-modem/lib/ssh.js
var require_ssh2 = __commonJS({
  "lazy-ssh:node_modules/docker-modem/lib/ssh.js"(exports, module) {
    module.exports = function() {
      return require_ssh().apply(this, arguments);
    };
  }
});

// node_modules/readable-stream/lib/internal/streams/stream.js
var require_stream = __commonJS({
  "node_modules/readable-stream/lib/internal/streams/stream.js"(exports, module) {
    module.exports = __require("stream");
  }
});

// node_modules/readable-stream/lib/internal/streams/buffer_list.js
var require_buffer_list = __commonJS({
  "node_modules/readable-stream/lib/internal/streams/buffer_list.js"(exports, module) {
    "use strict";
    function ownKeys(object, enumerableOnly) {
      var keys = Object.keys(object);
      if (Object.getOwnPropertySymbols) {
        var symbols = Object.getOwnPropertySymbols(object);
        enumerableOnly && (symbols = symbols.filter(function(sym) {
          return Object.getOwnPropertyDescriptor(object, sym).enumerable;
        })), keys.push.apply(keys, symbols);
      }
      return keys;
    }
    function _objectSpread(target) {
      for (var i = 1; i < arguments.length; i++) {
        var source = null != arguments[i] ? arguments[i] : {};
        i % 2 ? ownKeys(Object(source), true).forEach(function(key) {
          _defineProperty(target, key, source[key]);
        }) : Object.getOwnPropertyDescriptors ? Object.defineProperties(target, Object.getOwnPropertyDescriptors(source)) : ownKeys(Object(source)).forEach(function(key) {
          Object.defineProperty(target, key, Object.getOwnPropertyDescriptor(source, key));
        });
      }
      return target;
    }
    function _defineProperty(obj, key, value) {
      key = _toPropertyKey(key);
      if (key in obj) {
        Object.defineProperty(obj, key, { value, enumerable: true, configurable: true, writable: true });
      } else {
        obj[key] = value;
      }
      return obj;
    }
    function _classCallCheck(instance, Constructor) {
      if (!(instance instanceof Constructor)) {
        throw new TypeError("Cannot call a class as a function");
      }
    }
    function _defineProperties(target, props) {
      for (var i = 0; i < props.length; i++) {
        var descriptor = props[i];
        descriptor.enumerable = descriptor.enumerable || false;
        descriptor.configurable = true;
        if ("value" in descriptor) descriptor.writable = true;
        Object.defineProperty(target, _toPropertyKey(descriptor.key), descriptor);
      }
    }
    function _createClass(Constructor, protoProps, staticProps) {
      if (protoProps) _defineProperties(Constructor.prototype, protoProps);
      if (staticProps) _defineProperties(Constructor, staticProps);
      Object.defineProperty(Constructor, "prototype", { writable: false });
      return Constructor;
    }
    function _toPropertyKey(arg) {
      var key = _toPrimitive(arg, "string");
      return typeof key === "symbol" ? key : String(key);
    }
    function _toPrimitive(input, hint) {
      if (typeof input !== "object" || input === null) return input;
      var prim = input[Symbol.toPrimitive];
      if (prim !== void 0) {
        var res = prim.call(input, hint || "default");
        if (typeof res !== "object") return res;
        throw new TypeError("@@toPrimitive must return a primitive value.");
      }
      return (hint === "string" ? String : Number)(input);
    }
    var _require = __require("buffer");
    var Buffer2 = _require.Buffer;
    var _require2 = __require("util");
    var inspect = _require2.inspect;
    var custom = inspect && inspect.custom || "inspect";
    function copyBuffer(src, target, offset) {
      Buffer2.prototype.copy.call(src, target, offset);
    }
    module.exports = /* @__PURE__ */ (function() {
      function BufferList() {
        _classCallCheck(this, BufferList);
        this.head = null;
        this.tail = null;
        this.length = 0;
      }
      _createClass(BufferList, [{
        key: "push",
        value: function push(v) {
          var entry = {
            data: v,
            next: null
          };
          if (this.length > 0) this.tail.next = entry;
          else this.head = entry;
          this.tail = entry;
          ++this.length;
        }
      }, {
        key: "unshift",
        value: function unshift(v) {
          var entry = {
            data: v,
            next: this.head
          };
          if (this.length === 0) this.tail = entry;
          this.head = entry;
          ++this.length;
        }
      }, {
        key: "shift",
        value: function shift() {
          if (this.length === 0) return;
          var ret = this.head.data;
          if (this.length === 1) this.head = this.tail = null;
          else this.head = this.head.next;
          --this.length;
          return ret;
        }
      }, {
        key: "clear",
        value: function clear() {
          this.head = this.tail = null;
          this.length = 0;
        }
      }, {
        key: "join",
        value: function join(s) {
          if (this.length === 0) return "";
          var p = this.head;
          var ret = "" + p.data;
          while (p = p.next) ret += s + p.data;
          return ret;
        }
      }, {
        key: "concat",
        value: function concat(n) {
          if (this.length === 0) return Buffer2.alloc(0);
          var ret = Buffer2.allocUnsafe(n >>> 0);
          var p = this.head;
          var i = 0;
          while (p) {
            copyBuffer(p.data, ret, i);
            i += p.data.length;
            p = p.next;
          }
          return ret;
        }
        // Consumes a specified amount of bytes or characters from the buffered data.
      }, {
        key: "consume",
        value: function consume(n, hasStrings) {
          var ret;
          if (n < this.head.data.length) {
            ret = this.head.data.slice(0, n);
            this.head.data = this.head.data.slice(n);
          } else if (n === this.head.data.length) {
            ret = this.shift();
          } else {
            ret = hasStrings ? this._getString(n) : this._getBuffer(n);
          }
          return ret;
        }
      }, {
        key: "first",
        value: function first() {
          return this.head.data;
        }
        // Consumes a specified amount of characters from the buffered data.
      }, {
        key: "_getString",
        value: function _getString(n) {
          var p = this.head;
          var c = 1;
          var ret = p.data;
          n -= ret.length;
          while (p = p.next) {
            var str = p.data;
            var nb = n > str.length ? str.length : n;
            if (nb === str.length) ret += str;
            else ret += str.slice(0, n);
            n -= nb;
            if (n === 0) {
              if (nb === str.length) {
                ++c;
                if (p.next) this.head = p.next;
                else this.head = this.tail = null;
              } else {
                this.head = p;
                p.data = str.slice(nb);
              }
              break;
            }
            ++c;
          }
          this.length -= c;
          return ret;
        }
        // Consumes a specified amount of bytes from the buffered data.
      }, {
        key: "_getBuffer",
        value: function _getBuffer(n) {
          var ret = Buffer2.allocUnsafe(n);
          var p = this.head;
          var c = 1;
          p.data.copy(ret);
          n -= p.data.length;
          while (p = p.next) {
            var buf = p.data;
            var nb = n > buf.length ? buf.length : n;
            buf.copy(ret, ret.length - n, 0, nb);
            n -= nb;
            if (n === 0) {
              if (nb === buf.length) {
                ++c;
                if (p.next) this.head = p.next;
                else this.head = this.tail = null;
              } else {
                this.head = p;
                p.data = buf.slice(nb);
              }
              break;
            }
            ++c;
          }
          this.length -= c;
          return ret;
        }
        // Make sure the linked list only shows the minimal necessary information.
      }, {
        key: custom,
        value: function value(_, options) {
          return inspect(this, _objectSpread(_objectSpread({}, options), {}, {
            // Only inspect one level.
            depth: 0,
            // It should not recurse.
            customInspect: false
          }));
        }
      }]);
      return BufferList;
    })();
  }
});

// node_modules/readable-stream/lib/internal/streams/destroy.js
var require_destroy = __commonJS({
  "node_modules/readable-stream/lib/internal/streams/destroy.js"(exports, module) {
    "use strict";
    function destroy2(err, cb) {
      var _this = this;
      var readableDestroyed = this._readableState && this._readableState.destroyed;
      var writableDestroyed = this._writableState && this._writableState.destroyed;
      if (readableDestroyed || writableDestroyed) {
        if (cb) {
          cb(err);
        } else if (err) {
          if (!this._writableState) {
            process.nextTick(emitErrorNT, this, err);
          } else if (!this._writableState.errorEmitted) {
            this._writableState.errorEmitted = true;
            process.nextTick(emitErrorNT, this, err);
          }
        }
        return this;
      }
      if (this._readableState) {
        this._readableState.destroyed = true;
      }
      if (this._writableState) {
        this._writableState.destroyed = true;
      }
      this._destroy(err || null, function(err2) {
        if (!cb && err2) {
          if (!_this._writableState) {
            process.nextTick(emitErrorAndCloseNT, _this, err2);
          } else if (!_this._writableState.errorEmitted) {
            _this._writableState.errorEmitted = true;
            process.nextTick(emitErrorAndCloseNT, _this, err2);
          } else {
            process.nextTick(emitCloseNT, _this);
          }
        } else if (cb) {
          process.nextTick(emitCloseNT, _this);
          cb(err2);
        } else {
          process.nextTick(emitCloseNT, _this);
        }
      });
      return this;
    }
    function emitErrorAndCloseNT(self2, err) {
      emitErrorNT(self2, err);
      emitCloseNT(self2);
    }
    function emitCloseNT(self2) {
      if (self2._writableState && !self2._writableState.emitClose) return;
      if (self2._readableState && !self2._readableState.emitClose) return;
      self2.emit("close");
    }
    function undestroy() {
      if (this._readableState) {
        this._readableState.destroyed = false;
        this._readableState.reading = false;
        this._readableState.ended = false;
        this._readableState.endEmitted = false;
      }
      if (this._writableState) {
        this._writableState.destroyed = false;
        this._writableState.ended = false;
        this._writableState.ending = false;
        this._writableState.finalCalled = false;
        this._writableState.prefinished = false;
        this._writableState.finished = false;
        this._writableState.errorEmitted = false;
      }
    }
    function emitErrorNT(self2, err) {
      self2.emit("error", err);
    }
    function errorOrDestroy(stream, err) {
      var rState = stream._readableState;
      var wState = stream._writableState;
      if (rState && rState.autoDestroy || wState && wState.autoDestroy) stream.destroy(err);
      else stream.emit("error", err);
    }
    module.exports = {
      destroy: destroy2,
      undestroy,
      errorOrDestroy
    };
  }
});

// node_modules/readable-stream/errors.js
var require_errors = __commonJS({
  "node_modules/readable-stream/errors.js"(exports, module) {
    "use strict";
    var codes = {};
    function createErrorType(code, message, Base) {
      if (!Base) {
        Base = Error;
      }
      function getMessage(arg1, arg2, arg3) {
        if (typeof message === "string") {
          return message;
        } else {
          return message(arg1, arg2, arg3);
        }
      }
      class NodeError extends Base {
        constructor(arg1, arg2, arg3) {
          super(getMessage(arg1, arg2, arg3));
        }
      }
      NodeError.prototype.name = Base.name;
      NodeError.prototype.code = code;
      codes[code] = NodeError;
    }
    function oneOf(expected, thing) {
      if (Array.isArray(expected)) {
        const len = expected.length;
        expected = expected.map((i) => String(i));
        if (len > 2) {
          return `one of ${thing} ${expected.slice(0, len - 1).join(", ")}, or ` + expected[len - 1];
        } else if (len === 2) {
          return `one of ${thing} ${expected[0]} or ${expected[1]}`;
        } else {
          return `of ${thing} ${expected[0]}`;
        }
      } else {
        return `of ${thing} ${String(expected)}`;
      }
    }
    function startsWith(str, search, pos) {
      return str.substr(!pos || pos < 0 ? 0 : +pos, search.length) === search;
    }
    function endsWith(str, search, this_len) {
      if (this_len === void 0 || this_len > str.length) {
        this_len = str.length;
      }
      return str.substring(this_len - search.length, this_len) === search;
    }
    function includes(str, search, start) {
      if (typeof start !== "number") {
        start = 0;
      }
      if (start + search.length > str.length) {
        return false;
      } else {
        return str.indexOf(search, start) !== -1;
      }
    }
    createErrorType("ERR_INVALID_OPT_VALUE", function(name, value) {
      return 'The value "' + value + '" is invalid for option "' + name + '"';
    }, TypeError);
    createErrorType("ERR_INVALID_ARG_TYPE", function(name, expected, actual) {
      let determiner;
      if (typeof expected === "string" && startsWith(expected, "not ")) {
        determiner = "must not be";
        expected = expected.replace(/^not /, "");
      } else {
        determiner = "must be";
      }
      let msg;
      if (endsWith(name, " argument")) {
        msg = `The ${name} ${determiner} ${oneOf(expected, "type")}`;
      } else {
        const type = includes(name, ".") ? "property" : "argument";
        msg = `The "${name}" ${type} ${determiner} ${oneOf(expected, "type")}`;
      }
      msg += `. Received type ${typeof actual}`;
      return msg;
    }, TypeError);
    createErrorType("ERR_STREAM_PUSH_AFTER_EOF", "stream.push() after EOF");
    createErrorType("ERR_METHOD_NOT_IMPLEMENTED", function(name) {
      return "The " + name + " method is not implemented";
    });
    createErrorType("ERR_STREAM_PREMATURE_CLOSE", "Premature close");
    createErrorType("ERR_STREAM_DESTROYED", function(name) {
      return "Cannot call " + name + " after a stream was destroyed";
    });
    createErrorType("ERR_MULTIPLE_CALLBACK", "Callback called multiple times");
    createErrorType("ERR_STREAM_CANNOT_PIPE", "Cannot pipe, not readable");
    createErrorType("ERR_STREAM_WRITE_AFTER_END", "write after end");
    createErrorType("ERR_STREAM_NULL_VALUES", "May not write null values to stream", TypeError);
    createErrorType("ERR_UNKNOWN_ENCODING", function(arg) {
      return "Unknown encoding: " + arg;
    }, TypeError);
    createErrorType("ERR_STREAM_UNSHIFT_AFTER_END_EVENT", "stream.unshift() after end event");
    module.exports.codes = codes;
  }
});

// node_modules/readable-stream/lib/internal/streams/state.js
var require_state = __commonJS({
  "node_modules/readable-stream/lib/internal/streams/state.js"(exports, module) {
    "use strict";
    var ERR_INVALID_OPT_VALUE = require_errors().codes.ERR_INVALID_OPT_VALUE;
    function highWaterMarkFrom(options, isDuplex, duplexKey) {
      return options.highWaterMark != null ? options.highWaterMark : isDuplex ? options[duplexKey] : null;
    }
    function getHighWaterMark(state, options, duplexKey, isDuplex) {
      var hwm = highWaterMarkFrom(options, isDuplex, duplexKey);
      if (hwm != null) {
        if (!(isFinite(hwm) && Math.floor(hwm) === hwm) || hwm < 0) {
          var name = isDuplex ? duplexKey : "highWaterMark";
          throw new ERR_INVALID_OPT_VALUE(name, hwm);
        }
        return Math.floor(hwm);
      }
      return state.objectMode ? 16 : 16 * 1024;
    }
    module.exports = {
      getHighWaterMark
    };
  }
});

// node_modules/inherits/inherits_browser.js
var require_inherits_browser = __commonJS({
  "node_modules/inherits/inherits_browser.js"(exports, module) {
    if (typeof Object.create === "function") {
      module.exports = function inherits(ctor, superCtor) {
        if (superCtor) {
          ctor.super_ = superCtor;
          ctor.prototype = Object.create(superCtor.prototype, {
            constructor: {
              value: ctor,
              enumerable: false,
              writable: true,
              configurable: true
            }
          });
        }
      };
    } else {
      module.exports = function inherits(ctor, superCtor) {
        if (superCtor) {
          ctor.super_ = superCtor;
          var TempCtor = function() {
          };
          TempCtor.prototype = superCtor.prototype;
          ctor.prototype = new TempCtor();
          ctor.prototype.constructor = ctor;
        }
      };
    }
  }
});

// node_modules/inherits/inherits.js
var require_inherits = __commonJS({
  "node_modules/inherits/inherits.js"(exports, module) {
    try {
      util = __require("util");
      if (typeof util.inherits !== "function") throw "";
      module.exports = util.inherits;
    } catch (e) {
      module.exports = require_inherits_browser();
    }
    var util;
  }
});

// node_modules/util-deprecate/node.js
var require_node = __commonJS({
  "node_modules/util-deprecate/node.js"(exports, module) {
    module.exports = __require("util").deprecate;
  }
});

// node_modules/readable-stream/lib/_stream_writable.js
var require_stream_writable = __commonJS({
  "node_modules/readable-stream/lib/_stream_writable.js"(exports, module) {
    "use strict";
    module.exports = Writable;
    function CorkedRequest(state) {
      var _this = this;
      this.next = null;
      this.entry = null;
      this.finish = function() {
        onCorkedFinish(_this, state);
      };
    }
    var Duplex;
    Writable.WritableState = WritableState;
    var internalUtil = {
      deprecate: require_node()
    };
    var Stream = require_stream();
    var Buffer2 = __require("buffer").Buffer;
    var OurUint8Array = (typeof global !== "undefined" ? global : typeof window !== "undefined" ? window : typeof self !== "undefined" ? self : {}).Uint8Array || function() {
    };
    function _uint8ArrayToBuffer(chunk) {
      return Buffer2.from(chunk);
    }
    function _isUint8Array(obj) {
      return Buffer2.isBuffer(obj) || obj instanceof OurUint8Array;
    }
    var destroyImpl = require_destroy();
    var _require = require_state();
    var getHighWaterMark = _require.getHighWaterMark;
    var _require$codes = require_errors().codes;
    var ERR_INVALID_ARG_TYPE = _require$codes.ERR_INVALID_ARG_TYPE;
    var ERR_METHOD_NOT_IMPLEMENTED = _require$codes.ERR_METHOD_NOT_IMPLEMENTED;
    var ERR_MULTIPLE_CALLBACK = _require$codes.ERR_MULTIPLE_CALLBACK;
    var ERR_STREAM_CANNOT_PIPE = _require$codes.ERR_STREAM_CANNOT_PIPE;
    var ERR_STREAM_DESTROYED = _require$codes.ERR_STREAM_DESTROYED;
    var ERR_STREAM_NULL_VALUES = _require$codes.ERR_STREAM_NULL_VALUES;
    var ERR_STREAM_WRITE_AFTER_END = _require$codes.ERR_STREAM_WRITE_AFTER_END;
    var ERR_UNKNOWN_ENCODING = _require$codes.ERR_UNKNOWN_ENCODING;
    var errorOrDestroy = destroyImpl.errorOrDestroy;
    require_inherits()(Writable, Stream);
    function nop() {
    }
    function WritableState(options, stream, isDuplex) {
      Duplex = Duplex || require_stream_duplex();
      options = options || {};
      if (typeof isDuplex !== "boolean") isDuplex = stream instanceof Duplex;
      this.objectMode = !!options.objectMode;
      if (isDuplex) this.objectMode = this.objectMode || !!options.writableObjectMode;
      this.highWaterMark = getHighWaterMark(this, options, "writableHighWaterMark", isDuplex);
      this.finalCalled = false;
      this.needDrain = false;
      this.ending = false;
      this.ended = false;
      this.finished = false;
      this.destroyed = false;
      var noDecode = options.decodeStrings === false;
      this.decodeStrings = !noDecode;
      this.defaultEncoding = options.defaultEncoding || "utf8";
      this.length = 0;
      this.writing = false;
      this.corked = 0;
      this.sync = true;
      this.bufferProcessing = false;
      this.onwrite = function(er) {
        onwrite(stream, er);
      };
      this.writecb = null;
      this.writelen = 0;
      this.bufferedRequest = null;
      this.lastBufferedRequest = null;
      this.pendingcb = 0;
      this.prefinished = false;
      this.errorEmitted = false;
      this.emitClose = options.emitClose !== false;
      this.autoDestroy = !!options.autoDestroy;
      this.bufferedRequestCount = 0;
      this.corkedRequestsFree = new CorkedRequest(this);
    }
    WritableState.prototype.getBuffer = function getBuffer() {
      var current = this.bufferedRequest;
      var out = [];
      while (current) {
        out.push(current);
        current = current.next;
      }
      return out;
    };
    (function() {
      try {
        Object.defineProperty(WritableState.prototype, "buffer", {
          get: internalUtil.deprecate(function writableStateBufferGetter() {
            return this.getBuffer();
          }, "_writableState.buffer is deprecated. Use _writableState.getBuffer instead.", "DEP0003")
        });
      } catch (_) {
      }
    })();
    var realHasInstance;
    if (typeof Symbol === "function" && Symbol.hasInstance && typeof Function.prototype[Symbol.hasInstance] === "function") {
      realHasInstance = Function.prototype[Symbol.hasInstance];
      Object.defineProperty(Writable, Symbol.hasInstance, {
        value: function value(object) {
          if (realHasInstance.call(this, object)) return true;
          if (this !== Writable) return false;
          return object && object._writableState instanceof WritableState;
        }
      });
    } else {
      realHasInstance = function realHasInstance2(object) {
        return object instanceof this;
      };
    }
    function Writable(options) {
      Duplex = Duplex || require_stream_duplex();
      var isDuplex = this instanceof Duplex;
      if (!isDuplex && !realHasInstance.call(Writable, this)) return new Writable(options);
      this._writableState = new WritableState(options, this, isDuplex);
      this.writable = true;
      if (options) {
        if (typeof options.write === "function") this._write = options.write;
        if (typeof options.writev === "function") this._writev = options.writev;
        if (typeof options.destroy === "function") this._destroy = options.destroy;
        if (typeof options.final === "function") this._final = options.final;
      }
      Stream.call(this);
    }
    Writable.prototype.pipe = function() {
      errorOrDestroy(this, new ERR_STREAM_CANNOT_PIPE());
    };
    function writeAfterEnd(stream, cb) {
      var er = new ERR_STREAM_WRITE_AFTER_END();
      errorOrDestroy(stream, er);
      process.nextTick(cb, er);
    }
    function validChunk(stream, state, chunk, cb) {
      var er;
      if (chunk === null) {
        er = new ERR_STREAM_NULL_VALUES();
      } else if (typeof chunk !== "string" && !state.objectMode) {
        er = new ERR_INVALID_ARG_TYPE("chunk", ["string", "Buffer"], chunk);
      }
      if (er) {
        errorOrDestroy(stream, er);
        process.nextTick(cb, er);
        return false;
      }
      return true;
    }
    Writable.prototype.write = function(chunk, encoding, cb) {
      var state = this._writableState;
      var ret = false;
      var isBuf = !state.objectMode && _isUint8Array(chunk);
      if (isBuf && !Buffer2.isBuffer(chunk)) {
        chunk = _uint8ArrayToBuffer(chunk);
      }
      if (typeof encoding === "function") {
        cb = encoding;
        encoding = null;
      }
      if (isBuf) encoding = "buffer";
      else if (!encoding) encoding = state.defaultEncoding;
      if (typeof cb !== "function") cb = nop;
      if (state.ending) writeAfterEnd(this, cb);
      else if (isBuf || validChunk(this, state, chunk, cb)) {
        state.pendingcb++;
        ret = writeOrBuffer(this, state, isBuf, chunk, encoding, cb);
      }
      return ret;
    };
    Writable.prototype.cork = function() {
      this._writableState.corked++;
    };
    Writable.prototype.uncork = function() {
      var state = this._writableState;
      if (state.corked) {
        state.corked--;
        if (!state.writing && !state.corked && !state.bufferProcessing && state.bufferedRequest) clearBuffer(this, state);
      }
    };
    Writable.prototype.setDefaultEncoding = function setDefaultEncoding(encoding) {
      if (typeof encoding === "string") encoding = encoding.toLowerCase();
      if (!(["hex", "utf8", "utf-8", "ascii", "binary", "base64", "ucs2", "ucs-2", "utf16le", "utf-16le", "raw"].indexOf((encoding + "").toLowerCase()) > -1)) throw new ERR_UNKNOWN_ENCODING(encoding);
      this._writableState.defaultEncoding = encoding;
      return this;
    };
    Object.defineProperty(Writable.prototype, "writableBuffer", {
      // making it explicit this property is not enumerable
      // because otherwise some prototype manipulation in
      // userland will fail
      enumerable: false,
      get: function get() {
        return this._writableState && this._writableState.getBuffer();
      }
    });
    function decodeChunk(state, chunk, encoding) {
      if (!state.objectMode && state.decodeStrings !== false && typeof chunk === "string") {
        chunk = Buffer2.from(chunk, encoding);
      }
      return chunk;
    }
    Object.defineProperty(Writable.prototype, "writableHighWaterMark", {
      // making it explicit this property is not enumerable
      // because otherwise some prototype manipulation in
      // userland will fail
      enumerable: false,
      get: function get() {
        return this._writableState.highWaterMark;
      }
    });
    function writeOrBuffer(stream, state, isBuf, chunk, encoding, cb) {
      if (!isBuf) {
        var newChunk = decodeChunk(state, chunk, encoding);
        if (chunk !== newChunk) {
          isBuf = true;
          encoding = "buffer";
          chunk = newChunk;
        }
      }
      var len = state.objectMode ? 1 : chunk.length;
      state.length += len;
      var ret = state.length < state.highWaterMark;
      if (!ret) state.needDrain = true;
      if (state.writing || state.corked) {
        var last = state.lastBufferedRequest;
        state.lastBufferedRequest = {
          chunk,
          encoding,
          isBuf,
          callback: cb,
          next: null
        };
        if (last) {
          last.next = state.lastBufferedRequest;
        } else {
          state.bufferedRequest = state.lastBufferedRequest;
        }
        state.bufferedRequestCount += 1;
      } else {
        doWrite(stream, state, false, len, chunk, encoding, cb);
      }
      return ret;
    }
    function doWrite(stream, state, writev, len, chunk, encoding, cb) {
      state.writelen = len;
      state.writecb = cb;
      state.writing = true;
      state.sync = true;
      if (state.destroyed) state.onwrite(new ERR_STREAM_DESTROYED("write"));
      else if (writev) stream._writev(chunk, state.onwrite);
      else stream._write(chunk, encoding, state.onwrite);
      state.sync = false;
    }
    function onwriteError(stream, state, sync, er, cb) {
      --state.pendingcb;
      if (sync) {
        process.nextTick(cb, er);
        process.nextTick(finishMaybe, stream, state);
        stream._writableState.errorEmitted = true;
        errorOrDestroy(stream, er);
      } else {
        cb(er);
        stream._writableState.errorEmitted = true;
        errorOrDestroy(stream, er);
        finishMaybe(stream, state);
      }
    }
    function onwriteStateUpdate(state) {
      state.writing = false;
      state.writecb = null;
      state.length -= state.writelen;
      state.writelen = 0;
    }
    function onwrite(stream, er) {
      var state = stream._writableState;
      var sync = state.sync;
      var cb = state.writecb;
      if (typeof cb !== "function") throw new ERR_MULTIPLE_CALLBACK();
      onwriteStateUpdate(state);
      if (er) onwriteError(stream, state, sync, er, cb);
      else {
        var finished = needFinish(state) || stream.destroyed;
        if (!finished && !state.corked && !state.bufferProcessing && state.bufferedRequest) {
          clearBuffer(stream, state);
        }
        if (sync) {
          process.nextTick(afterWrite, stream, state, finished, cb);
        } else {
          afterWrite(stream, state, finished, cb);
        }
      }
    }
    function afterWrite(stream, state, finished, cb) {
      if (!finished) onwriteDrain(stream, state);
      state.pendingcb--;
      cb();
      finishMaybe(stream, state);
    }
    function onwriteDrain(stream, state) {
      if (state.length === 0 && state.needDrain) {
        state.needDrain = false;
        stream.emit("drain");
      }
    }
    function clearBuffer(stream, state) {
      state.bufferProcessing = true;
      var entry = state.bufferedRequest;
      if (stream._writev && entry && entry.next) {
        var l = state.bufferedRequestCount;
        var buffer = new Array(l);
        var holder = state.corkedRequestsFree;
        holder.entry = entry;
        var count = 0;
        var allBuffers = true;
        while (entry) {
          buffer[count] = entry;
          if (!entry.isBuf) allBuffers = false;
          entry = entry.next;
          count += 1;
        }
        buffer.allBuffers = allBuffers;
        doWrite(stream, state, true, state.length, buffer, "", holder.finish);
        state.pendingcb++;
        state.lastBufferedRequest = null;
        if (holder.next) {
          state.corkedRequestsFree = holder.next;
          holder.next = null;
        } else {
          state.corkedRequestsFree = new CorkedRequest(state);
        }
        state.bufferedRequestCount = 0;
      } else {
        while (entry) {
          var chunk = entry.chunk;
          var encoding = entry.encoding;
          var cb = entry.callback;
          var len = state.objectMode ? 1 : chunk.length;
          doWrite(stream, state, false, len, chunk, encoding, cb);
          entry = entry.next;
          state.bufferedRequestCount--;
          if (state.writing) {
            break;
          }
        }
        if (entry === null) state.lastBufferedRequest = null;
      }
      state.bufferedRequest = entry;
      state.bufferProcessing = false;
    }
    Writable.prototype._write = function(chunk, encoding, cb) {
      cb(new ERR_METHOD_NOT_IMPLEMENTED("_write()"));
    };
    Writable.prototype._writev = null;
    Writable.prototype.end = function(chunk, encoding, cb) {
      var state = this._writableState;
      if (typeof chunk === "function") {
        cb = chunk;
        chunk = null;
        encoding = null;
      } else if (typeof encoding === "function") {
        cb = encoding;
        encoding = null;
      }
      if (chunk !== null && chunk !== void 0) this.write(chunk, encoding);
      if (state.corked) {
        state.corked = 1;
        this.uncork();
      }
      if (!state.ending) endWritable(this, state, cb);
      return this;
    };
    Object.defineProperty(Writable.prototype, "writableLength", {
      // making it explicit this property is not enumerable
      // because otherwise some prototype manipulation in
      // userland will fail
      enumerable: false,
      get: function get() {
        return this._writableState.length;
      }
    });
    function needFinish(state) {
      return state.ending && state.length === 0 && state.bufferedRequest === null && !state.finished && !state.writing;
    }
    function callFinal(stream, state) {
      stream._final(function(err) {
        state.pendingcb--;
        if (err) {
          errorOrDestroy(stream, err);
        }
        state.prefinished = true;
        stream.emit("prefinish");
        finishMaybe(stream, state);
      });
    }
    function prefinish(stream, state) {
      if (!state.prefinished && !state.finalCalled) {
        if (typeof stream._final === "function" && !state.destroyed) {
          state.pendingcb++;
          state.finalCalled = true;
          process.nextTick(callFinal, stream, state);
        } else {
          state.prefinished = true;
          stream.emit("prefinish");
        }
      }
    }
    function finishMaybe(stream, state) {
      var need = needFinish(state);
      if (need) {
        prefinish(stream, state);
        if (state.pendingcb === 0) {
          state.finished = true;
          stream.emit("finish");
          if (state.autoDestroy) {
            var rState = stream._readableState;
            if (!rState || rState.autoDestroy && rState.endEmitted) {
              stream.destroy();
            }
          }
        }
      }
      return need;
    }
    function endWritable(stream, state, cb) {
      state.ending = true;
      finishMaybe(stream, state);
      if (cb) {
        if (state.finished) process.nextTick(cb);
        else stream.once("finish", cb);
      }
      state.ended = true;
      stream.writable = false;
    }
    function onCorkedFinish(corkReq, state, err) {
      var entry = corkReq.entry;
      corkReq.entry = null;
      while (entry) {
        var cb = entry.callback;
        state.pendingcb--;
        cb(err);
        entry = entry.next;
      }
      state.corkedRequestsFree.next = corkReq;
    }
    Object.defineProperty(Writable.prototype, "destroyed", {
      // making it explicit this property is not enumerable
      // because otherwise some prototype manipulation in
      // userland will fail
      enumerable: false,
      get: function get() {
        if (this._writableState === void 0) {
          return false;
        }
        return this._writableState.destroyed;
      },
      set: function set(value) {
        if (!this._writableState) {
          return;
        }
        this._writableState.destroyed = value;
      }
    });
    Writable.prototype.destroy = destroyImpl.destroy;
    Writable.prototype._undestroy = destroyImpl.undestroy;
    Writable.prototype._destroy = function(err, cb) {
      cb(err);
    };
  }
});

// node_modules/readable-stream/lib/_stream_duplex.js
var require_stream_duplex = __commonJS({
  "node_modules/readable-stream/lib/_stream_duplex.js"(exports, module) {
    "use strict";
    var objectKeys = Object.keys || function(obj) {
      var keys2 = [];
      for (var key in obj) keys2.push(key);
      return keys2;
    };
    module.exports = Duplex;
    var Readable = require_stream_readable();
    var Writable = require_stream_writable();
    require_inherits()(Duplex, Readable);
    {
      keys = objectKeys(Writable.prototype);
      for (v = 0; v < keys.length; v++) {
        method = keys[v];
        if (!Duplex.prototype[method]) Duplex.prototype[method] = Writable.prototype[method];
      }
    }
    var keys;
    var method;
    var v;
    function Duplex(options) {
      if (!(this instanceof Duplex)) return new Duplex(options);
      Readable.call(this, options);
      Writable.call(this, options);
      this.allowHalfOpen = true;
      if (options) {
        if (options.readable === false) this.readable = false;
        if (options.writable === false) this.writable = false;
        if (options.allowHalfOpen === false) {
          this.allowHalfOpen = false;
          this.once("end", onend);
        }
      }
    }
    Object.defineProperty(Duplex.prototype, "writableHighWaterMark", {
      // making it explicit this property is not enumerable
      // because otherwise some prototype manipulation in
      // userland will fail
      enumerable: false,
      get: function get() {
        return this._writableState.highWaterMark;
      }
    });
    Object.defineProperty(Duplex.prototype, "writableBuffer", {
      // making it explicit this property is not enumerable
      // because otherwise some prototype manipulation in
      // userland will fail
      enumerable: false,
      get: function get() {
        return this._writableState && this._writableState.getBuffer();
      }
    });
    Object.defineProperty(Duplex.prototype, "writableLength", {
      // making it explicit this property is not enumerable
      // because otherwise some prototype manipulation in
      // userland will fail
      enumerable: false,
      get: function get() {
        return this._writableState.length;
      }
    });
    function onend() {
      if (this._writableState.ended) return;
      process.nextTick(onEndNT, this);
    }
    function onEndNT(self2) {
      self2.end();
    }
    Object.defineProperty(Duplex.prototype, "destroyed", {
      // making it explicit this property is not enumerable
      // because otherwise some prototype manipulation in
      // userland will fail
      enumerable: false,
      get: function get() {
        if (this._readableState === void 0 || this._writableState === void 0) {
          return false;
        }
        return this._readableState.destroyed && this._writableState.destroyed;
      },
      set: function set(value) {
        if (this._readableState === void 0 || this._writableState === void 0) {
          return;
        }
        this._readableState.destroyed = value;
        this._writableState.destroyed = value;
      }
    });
  }
});

// node_modules/safe-buffer/index.js
var require_safe_buffer = __commonJS({
  "node_modules/safe-buffer/index.js"(exports, module) {
    var buffer = __require("buffer");
    var Buffer2 = buffer.Buffer;
    function copyProps(src, dst) {
      for (var key in src) {
        dst[key] = src[key];
      }
    }
    if (Buffer2.from && Buffer2.alloc && Buffer2.allocUnsafe && Buffer2.allocUnsafeSlow) {
      module.exports = buffer;
    } else {
      copyProps(buffer, exports);
      exports.Buffer = SafeBuffer;
    }
    function SafeBuffer(arg, encodingOrOffset, length) {
      return Buffer2(arg, encodingOrOffset, length);
    }
    SafeBuffer.prototype = Object.create(Buffer2.prototype);
    copyProps(Buffer2, SafeBuffer);
    SafeBuffer.from = function(arg, encodingOrOffset, length) {
      if (typeof arg === "number") {
        throw new TypeError("Argument must not be a number");
      }
      return Buffer2(arg, encodingOrOffset, length);
    };
    SafeBuffer.alloc = function(size, fill, encoding) {
      if (typeof size !== "number") {
        throw new TypeError("Argument must be a number");
      }
      var buf = Buffer2(size);
      if (fill !== void 0) {
        if (typeof encoding === "string") {
          buf.fill(fill, encoding);
        } else {
          buf.fill(fill);
        }
      } else {
        buf.fill(0);
      }
      return buf;
    };
    SafeBuffer.allocUnsafe = function(size) {
      if (typeof size !== "number") {
        throw new TypeError("Argument must be a number");
      }
      return Buffer2(size);
    };
    SafeBuffer.allocUnsafeSlow = function(size) {
      if (typeof size !== "number") {
        throw new TypeError("Argument must be a number");
      }
      return buffer.SlowBuffer(size);
    };
  }
});

// node_modules/string_decoder/lib/string_decoder.js
var require_string_decoder = __commonJS({
  "node_modules/string_decoder/lib/string_decoder.js"(exports) {
    "use strict";
    var Buffer2 = require_safe_buffer().Buffer;
    var isEncoding = Buffer2.isEncoding || function(encoding) {
      encoding = "" + encoding;
      switch (encoding && encoding.toLowerCase()) {
        case "hex":
        case "utf8":
        case "utf-8":
        case "ascii":
        case "binary":
        case "base64":
        case "ucs2":
        case "ucs-2":
        case "utf16le":
        case "utf-16le":
        case "raw":
          return true;
        default:
          return false;
      }
    };
    function _normalizeEncoding(enc) {
      if (!enc) return "utf8";
      var retried;
      while (true) {
        switch (enc) {
          case "utf8":
          case "utf-8":
            return "utf8";
          case "ucs2":
          case "ucs-2":
          case "utf16le":
          case "utf-16le":
            return "utf16le";
          case "latin1":
          case "binary":
            return "latin1";
          case "base64":
          case "ascii":
          case "hex":
            return enc;
          default:
            if (retried) return;
            enc = ("" + enc).toLowerCase();
            retried = true;
        }
      }
    }
    function normalizeEncoding(enc) {
      var nenc = _normalizeEncoding(enc);
      if (typeof nenc !== "string" && (Buffer2.isEncoding === isEncoding || !isEncoding(enc))) throw new Error("Unknown encoding: " + enc);
      return nenc || enc;
    }
    exports.StringDecoder = StringDecoder2;
    function StringDecoder2(encoding) {
      this.encoding = normalizeEncoding(encoding);
      var nb;
      switch (this.encoding) {
        case "utf16le":
          this.text = utf16Text;
          this.end = utf16End;
          nb = 4;
          break;
        case "utf8":
          this.fillLast = utf8FillLast;
          nb = 4;
          break;
        case "base64":
          this.text = base64Text;
          this.end = base64End;
          nb = 3;
          break;
        default:
          this.write = simpleWrite;
          this.end = simpleEnd;
          return;
      }
      this.lastNeed = 0;
      this.lastTotal = 0;
      this.lastChar = Buffer2.allocUnsafe(nb);
    }
    StringDecoder2.prototype.write = function(buf) {
      if (buf.length === 0) return "";
      var r;
      var i;
      if (this.lastNeed) {
        r = this.fillLast(buf);
        if (r === void 0) return "";
        i = this.lastNeed;
        this.lastNeed = 0;
      } else {
        i = 0;
      }
      if (i < buf.length) return r ? r + this.text(buf, i) : this.text(buf, i);
      return r || "";
    };
    StringDecoder2.prototype.end = utf8End;
    StringDecoder2.prototype.text = utf8Text;
    StringDecoder2.prototype.fillLast = function(buf) {
      if (this.lastNeed <= buf.length) {
        buf.copy(this.lastChar, this.lastTotal - this.lastNeed, 0, this.lastNeed);
        return this.lastChar.toString(this.encoding, 0, this.lastTotal);
      }
      buf.copy(this.lastChar, this.lastTotal - this.lastNeed, 0, buf.length);
      this.lastNeed -= buf.length;
    };
    function utf8CheckByte(byte) {
      if (byte <= 127) return 0;
      else if (byte >> 5 === 6) return 2;
      else if (byte >> 4 === 14) return 3;
      else if (byte >> 3 === 30) return 4;
      return byte >> 6 === 2 ? -1 : -2;
    }
    function utf8CheckIncomplete(self2, buf, i) {
      var j = buf.length - 1;
      if (j < i) return 0;
      var nb = utf8CheckByte(buf[j]);
      if (nb >= 0) {
        if (nb > 0) self2.lastNeed = nb - 1;
        return nb;
      }
      if (--j < i || nb === -2) return 0;
      nb = utf8CheckByte(buf[j]);
      if (nb >= 0) {
        if (nb > 0) self2.lastNeed = nb - 2;
        return nb;
      }
      if (--j < i || nb === -2) return 0;
      nb = utf8CheckByte(buf[j]);
      if (nb >= 0) {
        if (nb > 0) {
          if (nb === 2) nb = 0;
          else self2.lastNeed = nb - 3;
        }
        return nb;
      }
      return 0;
    }
    function utf8CheckExtraBytes(self2, buf, p) {
      if ((buf[0] & 192) !== 128) {
        self2.lastNeed = 0;
        return "\uFFFD";
      }
      if (self2.lastNeed > 1 && buf.length > 1) {
        if ((buf[1] & 192) !== 128) {
          self2.lastNeed = 1;
          return "\uFFFD";
        }
        if (self2.lastNeed > 2 && buf.length > 2) {
          if ((buf[2] & 192) !== 128) {
            self2.lastNeed = 2;
            return "\uFFFD";
          }
        }
      }
    }
    function utf8FillLast(buf) {
      var p = this.lastTotal - this.lastNeed;
      var r = utf8CheckExtraBytes(this, buf, p);
      if (r !== void 0) return r;
      if (this.lastNeed <= buf.length) {
        buf.copy(this.lastChar, p, 0, this.lastNeed);
        return this.lastChar.toString(this.encoding, 0, this.lastTotal);
      }
      buf.copy(this.lastChar, p, 0, buf.length);
      this.lastNeed -= buf.length;
    }
    function utf8Text(buf, i) {
      var total = utf8CheckIncomplete(this, buf, i);
      if (!this.lastNeed) return buf.toString("utf8", i);
      this.lastTotal = total;
      var end = buf.length - (total - this.lastNeed);
      buf.copy(this.lastChar, 0, end);
      return buf.toString("utf8", i, end);
    }
    function utf8End(buf) {
      var r = buf && buf.length ? this.write(buf) : "";
      if (this.lastNeed) return r + "\uFFFD";
      return r;
    }
    function utf16Text(buf, i) {
      if ((buf.length - i) % 2 === 0) {
        var r = buf.toString("utf16le", i);
        if (r) {
          var c = r.charCodeAt(r.length - 1);
          if (c >= 55296 && c <= 56319) {
            this.lastNeed = 2;
            this.lastTotal = 4;
            this.lastChar[0] = buf[buf.length - 2];
            this.lastChar[1] = buf[buf.length - 1];
            return r.slice(0, -1);
          }
        }
        return r;
      }
      this.lastNeed = 1;
      this.lastTotal = 2;
      this.lastChar[0] = buf[buf.length - 1];
      return buf.toString("utf16le", i, buf.length - 1);
    }
    function utf16End(buf) {
      var r = buf && buf.length ? this.write(buf) : "";
      if (this.lastNeed) {
        var end = this.lastTotal - this.lastNeed;
        return r + this.lastChar.toString("utf16le", 0, end);
      }
      return r;
    }
    function base64Text(buf, i) {
      var n = (buf.length - i) % 3;
      if (n === 0) return buf.toString("base64", i);
      this.lastNeed = 3 - n;
      this.lastTotal = 3;
      if (n === 1) {
        this.lastChar[0] = buf[buf.length - 1];
      } else {
        this.lastChar[0] = buf[buf.length - 2];
        this.lastChar[1] = buf[buf.length - 1];
      }
      return buf.toString("base64", i, buf.length - n);
    }
    function base64End(buf) {
      var r = buf && buf.length ? this.write(buf) : "";
      if (this.lastNeed) return r + this.lastChar.toString("base64", 0, 3 - this.lastNeed);
      return r;
    }
    function simpleWrite(buf) {
      return buf.toString(this.encoding);
    }
    function simpleEnd(buf) {
      return buf && buf.length ? this.write(buf) : "";
    }
  }
});

// node_modules/readable-stream/lib/internal/streams/end-of-stream.js
var require_end_of_stream = __commonJS({
  "node_modules/readable-stream/lib/internal/streams/end-of-stream.js"(exports, module) {
    "use strict";
    var ERR_STREAM_PREMATURE_CLOSE = require_errors().codes.ERR_STREAM_PREMATURE_CLOSE;
    function once(callback) {
      var called = false;
      return function() {
        if (called) return;
        called = true;
        for (var _len = arguments.length, args = new Array(_len), _key = 0; _key < _len; _key++) {
          args[_key] = arguments[_key];
        }
        callback.apply(this, args);
      };
    }
    function noop() {
    }
    function isRequest(stream) {
      return stream.setHeader && typeof stream.abort === "function";
    }
    function eos(stream, opts, callback) {
      if (typeof opts === "function") return eos(stream, null, opts);
      if (!opts) opts = {};
      callback = once(callback || noop);
      var readable = opts.readable || opts.readable !== false && stream.readable;
      var writable = opts.writable || opts.writable !== false && stream.writable;
      var onlegacyfinish = function onlegacyfinish2() {
        if (!stream.writable) onfinish();
      };
      var writableEnded = stream._writableState && stream._writableState.finished;
      var onfinish = function onfinish2() {
        writable = false;
        writableEnded = true;
        if (!readable) callback.call(stream);
      };
      var readableEnded = stream._readableState && stream._readableState.endEmitted;
      var onend = function onend2() {
        readable = false;
        readableEnded = true;
        if (!writable) callback.call(stream);
      };
      var onerror = function onerror2(err) {
        callback.call(stream, err);
      };
      var onclose = function onclose2() {
        var err;
        if (readable && !readableEnded) {
          if (!stream._readableState || !stream._readableState.ended) err = new ERR_STREAM_PREMATURE_CLOSE();
          return callback.call(stream, err);
        }
        if (writable && !writableEnded) {
          if (!stream._writableState || !stream._writableState.ended) err = new ERR_STREAM_PREMATURE_CLOSE();
          return callback.call(stream, err);
        }
      };
      var onrequest = function onrequest2() {
        stream.req.on("finish", onfinish);
      };
      if (isRequest(stream)) {
        stream.on("complete", onfinish);
        stream.on("abort", onclose);
        if (stream.req) onrequest();
        else stream.on("request", onrequest);
      } else if (writable && !stream._writableState) {
        stream.on("end", onlegacyfinish);
        stream.on("close", onlegacyfinish);
      }
      stream.on("end", onend);
      stream.on("finish", onfinish);
      if (opts.error !== false) stream.on("error", onerror);
      stream.on("close", onclose);
      return function() {
        stream.removeListener("complete", onfinish);
        stream.removeListener("abort", onclose);
        stream.removeListener("request", onrequest);
        if (stream.req) stream.req.removeListener("finish", onfinish);
        stream.removeListener("end", onlegacyfinish);
        stream.removeListener("close", onlegacyfinish);
        stream.removeListener("finish", onfinish);
        stream.removeListener("end", onend);
        stream.removeListener("error", onerror);
        stream.removeListener("close", onclose);
      };
    }
    module.exports = eos;
  }
});

// node_modules/readable-stream/lib/internal/streams/async_iterator.js
var require_async_iterator = __commonJS({
  "node_modules/readable-stream/lib/internal/streams/async_iterator.js"(exports, module) {
    "use strict";
    var _Object$setPrototypeO;
    function _defineProperty(obj, key, value) {
      key = _toPropertyKey(key);
      if (key in obj) {
        Object.defineProperty(obj, key, { value, enumerable: true, configurable: true, writable: true });
      } else {
        obj[key] = value;
      }
      return obj;
    }
    function _toPropertyKey(arg) {
      var key = _toPrimitive(arg, "string");
      return typeof key === "symbol" ? key : String(key);
    }
    function _toPrimitive(input, hint) {
      if (typeof input !== "object" || input === null) return input;
      var prim = input[Symbol.toPrimitive];
      if (prim !== void 0) {
        var res = prim.call(input, hint || "default");
        if (typeof res !== "object") return res;
        throw new TypeError("@@toPrimitive must return a primitive value.");
      }
      return (hint === "string" ? String : Number)(input);
    }
    var finished = require_end_of_stream();
    var kLastResolve = /* @__PURE__ */ Symbol("lastResolve");
    var kLastReject = /* @__PURE__ */ Symbol("lastReject");
    var kError = /* @__PURE__ */ Symbol("error");
    var kEnded = /* @__PURE__ */ Symbol("ended");
    var kLastPromise = /* @__PURE__ */ Symbol("lastPromise");
    var kHandlePromise = /* @__PURE__ */ Symbol("handlePromise");
    var kStream = /* @__PURE__ */ Symbol("stream");
    function createIterResult(value, done) {
      return {
        value,
        done
      };
    }
    function readAndResolve(iter) {
      var resolve = iter[kLastResolve];
      if (resolve !== null) {
        var data = iter[kStream].read();
        if (data !== null) {
          iter[kLastPromise] = null;
          iter[kLastResolve] = null;
          iter[kLastReject] = null;
          resolve(createIterResult(data, false));
        }
      }
    }
    function onReadable(iter) {
      process.nextTick(readAndResolve, iter);
    }
    function wrapForNext(lastPromise, iter) {
      return function(resolve, reject) {
        lastPromise.then(function() {
          if (iter[kEnded]) {
            resolve(createIterResult(void 0, true));
            return;
          }
          iter[kHandlePromise](resolve, reject);
        }, reject);
      };
    }
    var AsyncIteratorPrototype = Object.getPrototypeOf(function() {
    });
    var ReadableStreamAsyncIteratorPrototype = Object.setPrototypeOf((_Object$setPrototypeO = {
      get stream() {
        return this[kStream];
      },
      next: function next() {
        var _this = this;
        var error = this[kError];
        if (error !== null) {
          return Promise.reject(error);
        }
        if (this[kEnded]) {
          return Promise.resolve(createIterResult(void 0, true));
        }
        if (this[kStream].destroyed) {
          return new Promise(function(resolve, reject) {
            process.nextTick(function() {
              if (_this[kError]) {
                reject(_this[kError]);
              } else {
                resolve(createIterResult(void 0, true));
              }
            });
          });
        }
        var lastPromise = this[kLastPromise];
        var promise;
        if (lastPromise) {
          promise = new Promise(wrapForNext(lastPromise, this));
        } else {
          var data = this[kStream].read();
          if (data !== null) {
            return Promise.resolve(createIterResult(data, false));
          }
          promise = new Promise(this[kHandlePromise]);
        }
        this[kLastPromise] = promise;
        return promise;
      }
    }, _defineProperty(_Object$setPrototypeO, Symbol.asyncIterator, function() {
      return this;
    }), _defineProperty(_Object$setPrototypeO, "return", function _return() {
      var _this2 = this;
      return new Promise(function(resolve, reject) {
        _this2[kStream].destroy(null, function(err) {
          if (err) {
            reject(err);
            return;
          }
          resolve(createIterResult(void 0, true));
        });
      });
    }), _Object$setPrototypeO), AsyncIteratorPrototype);
    var createReadableStreamAsyncIterator = function createReadableStreamAsyncIterator2(stream) {
      var _Object$create;
      var iterator = Object.create(ReadableStreamAsyncIteratorPrototype, (_Object$create = {}, _defineProperty(_Object$create, kStream, {
        value: stream,
        writable: true
      }), _defineProperty(_Object$create, kLastResolve, {
        value: null,
        writable: true
      }), _defineProperty(_Object$create, kLastReject, {
        value: null,
        writable: true
      }), _defineProperty(_Object$create, kError, {
        value: null,
        writable: true
      }), _defineProperty(_Object$create, kEnded, {
        value: stream._readableState.endEmitted,
        writable: true
      }), _defineProperty(_Object$create, kHandlePromise, {
        value: function value(resolve, reject) {
          var data = iterator[kStream].read();
          if (data) {
            iterator[kLastPromise] = null;
            iterator[kLastResolve] = null;
            iterator[kLastReject] = null;
            resolve(createIterResult(data, false));
          } else {
            iterator[kLastResolve] = resolve;
            iterator[kLastReject] = reject;
          }
        },
        writable: true
      }), _Object$create));
      iterator[kLastPromise] = null;
      finished(stream, function(err) {
        if (err && err.code !== "ERR_STREAM_PREMATURE_CLOSE") {
          var reject = iterator[kLastReject];
          if (reject !== null) {
            iterator[kLastPromise] = null;
            iterator[kLastResolve] = null;
            iterator[kLastReject] = null;
            reject(err);
          }
          iterator[kError] = err;
          return;
        }
        var resolve = iterator[kLastResolve];
        if (resolve !== null) {
          iterator[kLastPromise] = null;
          iterator[kLastResolve] = null;
          iterator[kLastReject] = null;
          resolve(createIterResult(void 0, true));
        }
        iterator[kEnded] = true;
      });
      stream.on("readable", onReadable.bind(null, iterator));
      return iterator;
    };
    module.exports = createReadableStreamAsyncIterator;
  }
});

// node_modules/readable-stream/lib/internal/streams/from.js
var require_from = __commonJS({
  "node_modules/readable-stream/lib/internal/streams/from.js"(exports, module) {
    "use strict";
    function asyncGeneratorStep(gen, resolve, reject, _next, _throw, key, arg) {
      try {
        var info = gen[key](arg);
        var value = info.value;
      } catch (error) {
        reject(error);
        return;
      }
      if (info.done) {
        resolve(value);
      } else {
        Promise.resolve(value).then(_next, _throw);
      }
    }
    function _asyncToGenerator(fn) {
      return function() {
        var self2 = this, args = arguments;
        return new Promise(function(resolve, reject) {
          var gen = fn.apply(self2, args);
          function _next(value) {
            asyncGeneratorStep(gen, resolve, reject, _next, _throw, "next", value);
          }
          function _throw(err) {
            asyncGeneratorStep(gen, resolve, reject, _next, _throw, "throw", err);
          }
          _next(void 0);
        });
      };
    }
    function ownKeys(object, enumerableOnly) {
      var keys = Object.keys(object);
      if (Object.getOwnPropertySymbols) {
        var symbols = Object.getOwnPropertySymbols(object);
        enumerableOnly && (symbols = symbols.filter(function(sym) {
          return Object.getOwnPropertyDescriptor(object, sym).enumerable;
        })), keys.push.apply(keys, symbols);
      }
      return keys;
    }
    function _objectSpread(target) {
      for (var i = 1; i < arguments.length; i++) {
        var source = null != arguments[i] ? arguments[i] : {};
        i % 2 ? ownKeys(Object(source), true).forEach(function(key) {
          _defineProperty(target, key, source[key]);
        }) : Object.getOwnPropertyDescriptors ? Object.defineProperties(target, Object.getOwnPropertyDescriptors(source)) : ownKeys(Object(source)).forEach(function(key) {
          Object.defineProperty(target, key, Object.getOwnPropertyDescriptor(source, key));
        });
      }
      return target;
    }
    function _defineProperty(obj, key, value) {
      key = _toPropertyKey(key);
      if (key in obj) {
        Object.defineProperty(obj, key, { value, enumerable: true, configurable: true, writable: true });
      } else {
        obj[key] = value;
      }
      return obj;
    }
    function _toPropertyKey(arg) {
      var key = _toPrimitive(arg, "string");
      return typeof key === "symbol" ? key : String(key);
    }
    function _toPrimitive(input, hint) {
      if (typeof input !== "object" || input === null) return input;
      var prim = input[Symbol.toPrimitive];
      if (prim !== void 0) {
        var res = prim.call(input, hint || "default");
        if (typeof res !== "object") return res;
        throw new TypeError("@@toPrimitive must return a primitive value.");
      }
      return (hint === "string" ? String : Number)(input);
    }
    var ERR_INVALID_ARG_TYPE = require_errors().codes.ERR_INVALID_ARG_TYPE;
    function from(Readable, iterable, opts) {
      var iterator;
      if (iterable && typeof iterable.next === "function") {
        iterator = iterable;
      } else if (iterable && iterable[Symbol.asyncIterator]) iterator = iterable[Symbol.asyncIterator]();
      else if (iterable && iterable[Symbol.iterator]) iterator = iterable[Symbol.iterator]();
      else throw new ERR_INVALID_ARG_TYPE("iterable", ["Iterable"], iterable);
      var readable = new Readable(_objectSpread({
        objectMode: true
      }, opts));
      var reading = false;
      readable._read = function() {
        if (!reading) {
          reading = true;
          next();
        }
      };
      function next() {
        return _next2.apply(this, arguments);
      }
      function _next2() {
        _next2 = _asyncToGenerator(function* () {
          try {
            var _yield$iterator$next = yield iterator.next(), value = _yield$iterator$next.value, done = _yield$iterator$next.done;
            if (done) {
              readable.push(null);
            } else if (readable.push(yield value)) {
              next();
            } else {
              reading = false;
            }
          } catch (err) {
            readable.destroy(err);
          }
        });
        return _next2.apply(this, arguments);
      }
      return readable;
    }
    module.exports = from;
  }
});

// node_modules/readable-stream/lib/_stream_readable.js
var require_stream_readable = __commonJS({
  "node_modules/readable-stream/lib/_stream_readable.js"(exports, module) {
    "use strict";
    module.exports = Readable;
    var Duplex;
    Readable.ReadableState = ReadableState;
    var EE = __require("events").EventEmitter;
    var EElistenerCount = function EElistenerCount2(emitter, type) {
      return emitter.listeners(type).length;
    };
    var Stream = require_stream();
    var Buffer2 = __require("buffer").Buffer;
    var OurUint8Array = (typeof global !== "undefined" ? global : typeof window !== "undefined" ? window : typeof self !== "undefined" ? self : {}).Uint8Array || function() {
    };
    function _uint8ArrayToBuffer(chunk) {
      return Buffer2.from(chunk);
    }
    function _isUint8Array(obj) {
      return Buffer2.isBuffer(obj) || obj instanceof OurUint8Array;
    }
    var debugUtil = __require("util");
    var debug;
    if (debugUtil && debugUtil.debuglog) {
      debug = debugUtil.debuglog("stream");
    } else {
      debug = function debug2() {
      };
    }
    var BufferList = require_buffer_list();
    var destroyImpl = require_destroy();
    var _require = require_state();
    var getHighWaterMark = _require.getHighWaterMark;
    var _require$codes = require_errors().codes;
    var ERR_INVALID_ARG_TYPE = _require$codes.ERR_INVALID_ARG_TYPE;
    var ERR_STREAM_PUSH_AFTER_EOF = _require$codes.ERR_STREAM_PUSH_AFTER_EOF;
    var ERR_METHOD_NOT_IMPLEMENTED = _require$codes.ERR_METHOD_NOT_IMPLEMENTED;
    var ERR_STREAM_UNSHIFT_AFTER_END_EVENT = _require$codes.ERR_STREAM_UNSHIFT_AFTER_END_EVENT;
    var StringDecoder2;
    var createReadableStreamAsyncIterator;
    var from;
    require_inherits()(Readable, Stream);
    var errorOrDestroy = destroyImpl.errorOrDestroy;
    var kProxyEvents = ["error", "close", "destroy", "pause", "resume"];
    function prependListener(emitter, event, fn) {
      if (typeof emitter.prependListener === "function") return emitter.prependListener(event, fn);
      if (!emitter._events || !emitter._events[event]) emitter.on(event, fn);
      else if (Array.isArray(emitter._events[event])) emitter._events[event].unshift(fn);
      else emitter._events[event] = [fn, emitter._events[event]];
    }
    function ReadableState(options, stream, isDuplex) {
      Duplex = Duplex || require_stream_duplex();
      options = options || {};
      if (typeof isDuplex !== "boolean") isDuplex = stream instanceof Duplex;
      this.objectMode = !!options.objectMode;
      if (isDuplex) this.objectMode = this.objectMode || !!options.readableObjectMode;
      this.highWaterMark = getHighWaterMark(this, options, "readableHighWaterMark", isDuplex);
      this.buffer = new BufferList();
      this.length = 0;
      this.pipes = null;
      this.pipesCount = 0;
      this.flowing = null;
      this.ended = false;
      this.endEmitted = false;
      this.reading = false;
      this.sync = true;
      this.needReadable = false;
      this.emittedReadable = false;
      this.readableListening = false;
      this.resumeScheduled = false;
      this.paused = true;
      this.emitClose = options.emitClose !== false;
      this.autoDestroy = !!options.autoDestroy;
      this.destroyed = false;
      this.defaultEncoding = options.defaultEncoding || "utf8";
      this.awaitDrain = 0;
      this.readingMore = false;
      this.decoder = null;
      this.encoding = null;
      if (options.encoding) {
        if (!StringDecoder2) StringDecoder2 = require_string_decoder().StringDecoder;
        this.decoder = new StringDecoder2(options.encoding);
        this.encoding = options.encoding;
      }
    }
    function Readable(options) {
      Duplex = Duplex || require_stream_duplex();
      if (!(this instanceof Readable)) return new Readable(options);
      var isDuplex = this instanceof Duplex;
      this._readableState = new ReadableState(options, this, isDuplex);
      this.readable = true;
      if (options) {
        if (typeof options.read === "function") this._read = options.read;
        if (typeof options.destroy === "function") this._destroy = options.destroy;
      }
      Stream.call(this);
    }
    Object.defineProperty(Readable.prototype, "destroyed", {
      // making it explicit this property is not enumerable
      // because otherwise some prototype manipulation in
      // userland will fail
      enumerable: false,
      get: function get() {
        if (this._readableState === void 0) {
          return false;
        }
        return this._readableState.destroyed;
      },
      set: function set(value) {
        if (!this._readableState) {
          return;
        }
        this._readableState.destroyed = value;
      }
    });
    Readable.prototype.destroy = destroyImpl.destroy;
    Readable.prototype._undestroy = destroyImpl.undestroy;
    Readable.prototype._destroy = function(err, cb) {
      cb(err);
    };
    Readable.prototype.push = function(chunk, encoding) {
      var state = this._readableState;
      var skipChunkCheck;
      if (!state.objectMode) {
        if (typeof chunk === "string") {
          encoding = encoding || state.defaultEncoding;
          if (encoding !== state.encoding) {
            chunk = Buffer2.from(chunk, encoding);
            encoding = "";
          }
          skipChunkCheck = true;
        }
      } else {
        skipChunkCheck = true;
      }
      return readableAddChunk(this, chunk, encoding, false, skipChunkCheck);
    };
    Readable.prototype.unshift = function(chunk) {
      return readableAddChunk(this, chunk, null, true, false);
    };
    function readableAddChunk(stream, chunk, encoding, addToFront, skipChunkCheck) {
      debug("readableAddChunk", chunk);
      var state = stream._readableState;
      if (chunk === null) {
        state.reading = false;
        onEofChunk(stream, state);
      } else {
        var er;
        if (!skipChunkCheck) er = chunkInvalid(state, chunk);
        if (er) {
          errorOrDestroy(stream, er);
        } else if (state.objectMode || chunk && chunk.length > 0) {
          if (typeof chunk !== "string" && !state.objectMode && Object.getPrototypeOf(chunk) !== Buffer2.prototype) {
            chunk = _uint8ArrayToBuffer(chunk);
          }
          if (addToFront) {
            if (state.endEmitted) errorOrDestroy(stream, new ERR_STREAM_UNSHIFT_AFTER_END_EVENT());
            else addChunk(stream, state, chunk, true);
          } else if (state.ended) {
            errorOrDestroy(stream, new ERR_STREAM_PUSH_AFTER_EOF());
          } else if (state.destroyed) {
            return false;
          } else {
            state.reading = false;
            if (state.decoder && !encoding) {
              chunk = state.decoder.write(chunk);
              if (state.objectMode || chunk.length !== 0) addChunk(stream, state, chunk, false);
              else maybeReadMore(stream, state);
            } else {
              addChunk(stream, state, chunk, false);
            }
          }
        } else if (!addToFront) {
          state.reading = false;
          maybeReadMore(stream, state);
        }
      }
      return !state.ended && (state.length < state.highWaterMark || state.length === 0);
    }
    function addChunk(stream, state, chunk, addToFront) {
      if (state.flowing && state.length === 0 && !state.sync) {
        state.awaitDrain = 0;
        stream.emit("data", chunk);
      } else {
        state.length += state.objectMode ? 1 : chunk.length;
        if (addToFront) state.buffer.unshift(chunk);
        else state.buffer.push(chunk);
        if (state.needReadable) emitReadable(stream);
      }
      maybeReadMore(stream, state);
    }
    function chunkInvalid(state, chunk) {
      var er;
      if (!_isUint8Array(chunk) && typeof chunk !== "string" && chunk !== void 0 && !state.objectMode) {
        er = new ERR_INVALID_ARG_TYPE("chunk", ["string", "Buffer", "Uint8Array"], chunk);
      }
      return er;
    }
    Readable.prototype.isPaused = function() {
      return this._readableState.flowing === false;
    };
    Readable.prototype.setEncoding = function(enc) {
      if (!StringDecoder2) StringDecoder2 = require_string_decoder().StringDecoder;
      var decoder = new StringDecoder2(enc);
      this._readableState.decoder = decoder;
      this._readableState.encoding = this._readableState.decoder.encoding;
      var p = this._readableState.buffer.head;
      var content = "";
      while (p !== null) {
        content += decoder.write(p.data);
        p = p.next;
      }
      this._readableState.buffer.clear();
      if (content !== "") this._readableState.buffer.push(content);
      this._readableState.length = content.length;
      return this;
    };
    var MAX_HWM = 1073741824;
    function computeNewHighWaterMark(n) {
      if (n >= MAX_HWM) {
        n = MAX_HWM;
      } else {
        n--;
        n |= n >>> 1;
        n |= n >>> 2;
        n |= n >>> 4;
        n |= n >>> 8;
        n |= n >>> 16;
        n++;
      }
      return n;
    }
    function howMuchToRead(n, state) {
      if (n <= 0 || state.length === 0 && state.ended) return 0;
      if (state.objectMode) return 1;
      if (n !== n) {
        if (state.flowing && state.length) return state.buffer.head.data.length;
        else return state.length;
      }
      if (n > state.highWaterMark) state.highWaterMark = computeNewHighWaterMark(n);
      if (n <= state.length) return n;
      if (!state.ended) {
        state.needReadable = true;
        return 0;
      }
      return state.length;
    }
    Readable.prototype.read = function(n) {
      debug("read", n);
      n = parseInt(n, 10);
      var state = this._readableState;
      var nOrig = n;
      if (n !== 0) state.emittedReadable = false;
      if (n === 0 && state.needReadable && ((state.highWaterMark !== 0 ? state.length >= state.highWaterMark : state.length > 0) || state.ended)) {
        debug("read: emitReadable", state.length, state.ended);
        if (state.length === 0 && state.ended) endReadable(this);
        else emitReadable(this);
        return null;
      }
      n = howMuchToRead(n, state);
      if (n === 0 && state.ended) {
        if (state.length === 0) endReadable(this);
        return null;
      }
      var doRead = state.needReadable;
      debug("need readable", doRead);
      if (state.length === 0 || state.length - n < state.highWaterMark) {
        doRead = true;
        debug("length less than watermark", doRead);
      }
      if (state.ended || state.reading) {
        doRead = false;
        debug("reading or ended", doRead);
      } else if (doRead) {
        debug("do read");
        state.reading = true;
        state.sync = true;
        if (state.length === 0) state.needReadable = true;
        this._read(state.highWaterMark);
        state.sync = false;
        if (!state.reading) n = howMuchToRead(nOrig, state);
      }
      var ret;
      if (n > 0) ret = fromList(n, state);
      else ret = null;
      if (ret === null) {
        state.needReadable = state.length <= state.highWaterMark;
        n = 0;
      } else {
        state.length -= n;
        state.awaitDrain = 0;
      }
      if (state.length === 0) {
        if (!state.ended) state.needReadable = true;
        if (nOrig !== n && state.ended) endReadable(this);
      }
      if (ret !== null) this.emit("data", ret);
      return ret;
    };
    function onEofChunk(stream, state) {
      debug("onEofChunk");
      if (state.ended) return;
      if (state.decoder) {
        var chunk = state.decoder.end();
        if (chunk && chunk.length) {
          state.buffer.push(chunk);
          state.length += state.objectMode ? 1 : chunk.length;
        }
      }
      state.ended = true;
      if (state.sync) {
        emitReadable(stream);
      } else {
        state.needReadable = false;
        if (!state.emittedReadable) {
          state.emittedReadable = true;
          emitReadable_(stream);
        }
      }
    }
    function emitReadable(stream) {
      var state = stream._readableState;
      debug("emitReadable", state.needReadable, state.emittedReadable);
      state.needReadable = false;
      if (!state.emittedReadable) {
        debug("emitReadable", state.flowing);
        state.emittedReadable = true;
        process.nextTick(emitReadable_, stream);
      }
    }
    function emitReadable_(stream) {
      var state = stream._readableState;
      debug("emitReadable_", state.destroyed, state.length, state.ended);
      if (!state.destroyed && (state.length || state.ended)) {
        stream.emit("readable");
        state.emittedReadable = false;
      }
      state.needReadable = !state.flowing && !state.ended && state.length <= state.highWaterMark;
      flow(stream);
    }
    function maybeReadMore(stream, state) {
      if (!state.readingMore) {
        state.readingMore = true;
        process.nextTick(maybeReadMore_, stream, state);
      }
    }
    function maybeReadMore_(stream, state) {
      while (!state.reading && !state.ended && (state.length < state.highWaterMark || state.flowing && state.length === 0)) {
        var len = state.length;
        debug("maybeReadMore read 0");
        stream.read(0);
        if (len === state.length)
          break;
      }
      state.readingMore = false;
    }
    Readable.prototype._read = function(n) {
      errorOrDestroy(this, new ERR_METHOD_NOT_IMPLEMENTED("_read()"));
    };
    Readable.prototype.pipe = function(dest, pipeOpts) {
      var src = this;
      var state = this._readableState;
      switch (state.pipesCount) {
        case 0:
          state.pipes = dest;
          break;
        case 1:
          state.pipes = [state.pipes, dest];
          break;
        default:
          state.pipes.push(dest);
          break;
      }
      state.pipesCount += 1;
      debug("pipe count=%d opts=%j", state.pipesCount, pipeOpts);
      var doEnd = (!pipeOpts || pipeOpts.end !== false) && dest !== process.stdout && dest !== process.stderr;
      var endFn = doEnd ? onend : unpipe;
      if (state.endEmitted) process.nextTick(endFn);
      else src.once("end", endFn);
      dest.on("unpipe", onunpipe);
      function onunpipe(readable, unpipeInfo) {
        debug("onunpipe");
        if (readable === src) {
          if (unpipeInfo && unpipeInfo.hasUnpiped === false) {
            unpipeInfo.hasUnpiped = true;
            cleanup();
          }
        }
      }
      function onend() {
        debug("onend");
        dest.end();
      }
      var ondrain = pipeOnDrain(src);
      dest.on("drain", ondrain);
      var cleanedUp = false;
      function cleanup() {
        debug("cleanup");
        dest.removeListener("close", onclose);
        dest.removeListener("finish", onfinish);
        dest.removeListener("drain", ondrain);
        dest.removeListener("error", onerror);
        dest.removeListener("unpipe", onunpipe);
        src.removeListener("end", onend);
        src.removeListener("end", unpipe);
        src.removeListener("data", ondata);
        cleanedUp = true;
        if (state.awaitDrain && (!dest._writableState || dest._writableState.needDrain)) ondrain();
      }
      src.on("data", ondata);
      function ondata(chunk) {
        debug("ondata");
        var ret = dest.write(chunk);
        debug("dest.write", ret);
        if (ret === false) {
          if ((state.pipesCount === 1 && state.pipes === dest || state.pipesCount > 1 && indexOf(state.pipes, dest) !== -1) && !cleanedUp) {
            debug("false write response, pause", state.awaitDrain);
            state.awaitDrain++;
          }
          src.pause();
        }
      }
      function onerror(er) {
        debug("onerror", er);
        unpipe();
        dest.removeListener("error", onerror);
        if (EElistenerCount(dest, "error") === 0) errorOrDestroy(dest, er);
      }
      prependListener(dest, "error", onerror);
      function onclose() {
        dest.removeListener("finish", onfinish);
        unpipe();
      }
      dest.once("close", onclose);
      function onfinish() {
        debug("onfinish");
        dest.removeListener("close", onclose);
        unpipe();
      }
      dest.once("finish", onfinish);
      function unpipe() {
        debug("unpipe");
        src.unpipe(dest);
      }
      dest.emit("pipe", src);
      if (!state.flowing) {
        debug("pipe resume");
        src.resume();
      }
      return dest;
    };
    function pipeOnDrain(src) {
      return function pipeOnDrainFunctionResult() {
        var state = src._readableState;
        debug("pipeOnDrain", state.awaitDrain);
        if (state.awaitDrain) state.awaitDrain--;
        if (state.awaitDrain === 0 && EElistenerCount(src, "data")) {
          state.flowing = true;
          flow(src);
        }
      };
    }
    Readable.prototype.unpipe = function(dest) {
      var state = this._readableState;
      var unpipeInfo = {
        hasUnpiped: false
      };
      if (state.pipesCount === 0) return this;
      if (state.pipesCount === 1) {
        if (dest && dest !== state.pipes) return this;
        if (!dest) dest = state.pipes;
        state.pipes = null;
        state.pipesCount = 0;
        state.flowing = false;
        if (dest) dest.emit("unpipe", this, unpipeInfo);
        return this;
      }
      if (!dest) {
        var dests = state.pipes;
        var len = state.pipesCount;
        state.pipes = null;
        state.pipesCount = 0;
        state.flowing = false;
        for (var i = 0; i < len; i++) dests[i].emit("unpipe", this, {
          hasUnpiped: false
        });
        return this;
      }
      var index = indexOf(state.pipes, dest);
      if (index === -1) return this;
      state.pipes.splice(index, 1);
      state.pipesCount -= 1;
      if (state.pipesCount === 1) state.pipes = state.pipes[0];
      dest.emit("unpipe", this, unpipeInfo);
      return this;
    };
    Readable.prototype.on = function(ev, fn) {
      var res = Stream.prototype.on.call(this, ev, fn);
      var state = this._readableState;
      if (ev === "data") {
        state.readableListening = this.listenerCount("readable") > 0;
        if (state.flowing !== false) this.resume();
      } else if (ev === "readable") {
        if (!state.endEmitted && !state.readableListening) {
          state.readableListening = state.needReadable = true;
          state.flowing = false;
          state.emittedReadable = false;
          debug("on readable", state.length, state.reading);
          if (state.length) {
            emitReadable(this);
          } else if (!state.reading) {
            process.nextTick(nReadingNextTick, this);
          }
        }
      }
      return res;
    };
    Readable.prototype.addListener = Readable.prototype.on;
    Readable.prototype.removeListener = function(ev, fn) {
      var res = Stream.prototype.removeListener.call(this, ev, fn);
      if (ev === "readable") {
        process.nextTick(updateReadableListening, this);
      }
      return res;
    };
    Readable.prototype.removeAllListeners = function(ev) {
      var res = Stream.prototype.removeAllListeners.apply(this, arguments);
      if (ev === "readable" || ev === void 0) {
        process.nextTick(updateReadableListening, this);
      }
      return res;
    };
    function updateReadableListening(self2) {
      var state = self2._readableState;
      state.readableListening = self2.listenerCount("readable") > 0;
      if (state.resumeScheduled && !state.paused) {
        state.flowing = true;
      } else if (self2.listenerCount("data") > 0) {
        self2.resume();
      }
    }
    function nReadingNextTick(self2) {
      debug("readable nexttick read 0");
      self2.read(0);
    }
    Readable.prototype.resume = function() {
      var state = this._readableState;
      if (!state.flowing) {
        debug("resume");
        state.flowing = !state.readableListening;
        resume(this, state);
      }
      state.paused = false;
      return this;
    };
    function resume(stream, state) {
      if (!state.resumeScheduled) {
        state.resumeScheduled = true;
        process.nextTick(resume_, stream, state);
      }
    }
    function resume_(stream, state) {
      debug("resume", state.reading);
      if (!state.reading) {
        stream.read(0);
      }
      state.resumeScheduled = false;
      stream.emit("resume");
      flow(stream);
      if (state.flowing && !state.reading) stream.read(0);
    }
    Readable.prototype.pause = function() {
      debug("call pause flowing=%j", this._readableState.flowing);
      if (this._readableState.flowing !== false) {
        debug("pause");
        this._readableState.flowing = false;
        this.emit("pause");
      }
      this._readableState.paused = true;
      return this;
    };
    function flow(stream) {
      var state = stream._readableState;
      debug("flow", state.flowing);
      while (state.flowing && stream.read() !== null) ;
    }
    Readable.prototype.wrap = function(stream) {
      var _this = this;
      var state = this._readableState;
      var paused = false;
      stream.on("end", function() {
        debug("wrapped end");
        if (state.decoder && !state.ended) {
          var chunk = state.decoder.end();
          if (chunk && chunk.length) _this.push(chunk);
        }
        _this.push(null);
      });
      stream.on("data", function(chunk) {
        debug("wrapped data");
        if (state.decoder) chunk = state.decoder.write(chunk);
        if (state.objectMode && (chunk === null || chunk === void 0)) return;
        else if (!state.objectMode && (!chunk || !chunk.length)) return;
        var ret = _this.push(chunk);
        if (!ret) {
          paused = true;
          stream.pause();
        }
      });
      for (var i in stream) {
        if (this[i] === void 0 && typeof stream[i] === "function") {
          this[i] = /* @__PURE__ */ (function methodWrap(method) {
            return function methodWrapReturnFunction() {
              return stream[method].apply(stream, arguments);
            };
          })(i);
        }
      }
      for (var n = 0; n < kProxyEvents.length; n++) {
        stream.on(kProxyEvents[n], this.emit.bind(this, kProxyEvents[n]));
      }
      this._read = function(n2) {
        debug("wrapped _read", n2);
        if (paused) {
          paused = false;
          stream.resume();
        }
      };
      return this;
    };
    if (typeof Symbol === "function") {
      Readable.prototype[Symbol.asyncIterator] = function() {
        if (createReadableStreamAsyncIterator === void 0) {
          createReadableStreamAsyncIterator = require_async_iterator();
        }
        return createReadableStreamAsyncIterator(this);
      };
    }
    Object.defineProperty(Readable.prototype, "readableHighWaterMark", {
      // making it explicit this property is not enumerable
      // because otherwise some prototype manipulation in
      // userland will fail
      enumerable: false,
      get: function get() {
        return this._readableState.highWaterMark;
      }
    });
    Object.defineProperty(Readable.prototype, "readableBuffer", {
      // making it explicit this property is not enumerable
      // because otherwise some prototype manipulation in
      // userland will fail
      enumerable: false,
      get: function get() {
        return this._readableState && this._readableState.buffer;
      }
    });
    Object.defineProperty(Readable.prototype, "readableFlowing", {
      // making it explicit this property is not enumerable
      // because otherwise some prototype manipulation in
      // userland will fail
      enumerable: false,
      get: function get() {
        return this._readableState.flowing;
      },
      set: function set(state) {
        if (this._readableState) {
          this._readableState.flowing = state;
        }
      }
    });
    Readable._fromList = fromList;
    Object.defineProperty(Readable.prototype, "readableLength", {
      // making it explicit this property is not enumerable
      // because otherwise some prototype manipulation in
      // userland will fail
      enumerable: false,
      get: function get() {
        return this._readableState.length;
      }
    });
    function fromList(n, state) {
      if (state.length === 0) return null;
      var ret;
      if (state.objectMode) ret = state.buffer.shift();
      else if (!n || n >= state.length) {
        if (state.decoder) ret = state.buffer.join("");
        else if (state.buffer.length === 1) ret = state.buffer.first();
        else ret = state.buffer.concat(state.length);
        state.buffer.clear();
      } else {
        ret = state.buffer.consume(n, state.decoder);
      }
      return ret;
    }
    function endReadable(stream) {
      var state = stream._readableState;
      debug("endReadable", state.endEmitted);
      if (!state.endEmitted) {
        state.ended = true;
        process.nextTick(endReadableNT, state, stream);
      }
    }
    function endReadableNT(state, stream) {
      debug("endReadableNT", state.endEmitted, state.length);
      if (!state.endEmitted && state.length === 0) {
        state.endEmitted = true;
        stream.readable = false;
        stream.emit("end");
        if (state.autoDestroy) {
          var wState = stream._writableState;
          if (!wState || wState.autoDestroy && wState.finished) {
            stream.destroy();
          }
        }
      }
    }
    if (typeof Symbol === "function") {
      Readable.from = function(iterable, opts) {
        if (from === void 0) {
          from = require_from();
        }
        return from(Readable, iterable, opts);
      };
    }
    function indexOf(xs, x) {
      for (var i = 0, l = xs.length; i < l; i++) {
        if (xs[i] === x) return i;
      }
      return -1;
    }
  }
});

// node_modules/readable-stream/lib/_stream_transform.js
var require_stream_transform = __commonJS({
  "node_modules/readable-stream/lib/_stream_transform.js"(exports, module) {
    "use strict";
    module.exports = Transform2;
    var _require$codes = require_errors().codes;
    var ERR_METHOD_NOT_IMPLEMENTED = _require$codes.ERR_METHOD_NOT_IMPLEMENTED;
    var ERR_MULTIPLE_CALLBACK = _require$codes.ERR_MULTIPLE_CALLBACK;
    var ERR_TRANSFORM_ALREADY_TRANSFORMING = _require$codes.ERR_TRANSFORM_ALREADY_TRANSFORMING;
    var ERR_TRANSFORM_WITH_LENGTH_0 = _require$codes.ERR_TRANSFORM_WITH_LENGTH_0;
    var Duplex = require_stream_duplex();
    require_inherits()(Transform2, Duplex);
    function afterTransform(er, data) {
      var ts = this._transformState;
      ts.transforming = false;
      var cb = ts.writecb;
      if (cb === null) {
        return this.emit("error", new ERR_MULTIPLE_CALLBACK());
      }
      ts.writechunk = null;
      ts.writecb = null;
      if (data != null)
        this.push(data);
      cb(er);
      var rs = this._readableState;
      rs.reading = false;
      if (rs.needReadable || rs.length < rs.highWaterMark) {
        this._read(rs.highWaterMark);
      }
    }
    function Transform2(options) {
      if (!(this instanceof Transform2)) return new Transform2(options);
      Duplex.call(this, options);
      this._transformState = {
        afterTransform: afterTransform.bind(this),
        needTransform: false,
        transforming: false,
        writecb: null,
        writechunk: null,
        writeencoding: null
      };
      this._readableState.needReadable = true;
      this._readableState.sync = false;
      if (options) {
        if (typeof options.transform === "function") this._transform = options.transform;
        if (typeof options.flush === "function") this._flush = options.flush;
      }
      this.on("prefinish", prefinish);
    }
    function prefinish() {
      var _this = this;
      if (typeof this._flush === "function" && !this._readableState.destroyed) {
        this._flush(function(er, data) {
          done(_this, er, data);
        });
      } else {
        done(this, null, null);
      }
    }
    Transform2.prototype.push = function(chunk, encoding) {
      this._transformState.needTransform = false;
      return Duplex.prototype.push.call(this, chunk, encoding);
    };
    Transform2.prototype._transform = function(chunk, encoding, cb) {
      cb(new ERR_METHOD_NOT_IMPLEMENTED("_transform()"));
    };
    Transform2.prototype._write = function(chunk, encoding, cb) {
      var ts = this._transformState;
      ts.writecb = cb;
      ts.writechunk = chunk;
      ts.writeencoding = encoding;
      if (!ts.transforming) {
        var rs = this._readableState;
        if (ts.needTransform || rs.needReadable || rs.length < rs.highWaterMark) this._read(rs.highWaterMark);
      }
    };
    Transform2.prototype._read = function(n) {
      var ts = this._transformState;
      if (ts.writechunk !== null && !ts.transforming) {
        ts.transforming = true;
        this._transform(ts.writechunk, ts.writeencoding, ts.afterTransform);
      } else {
        ts.needTransform = true;
      }
    };
    Transform2.prototype._destroy = function(err, cb) {
      Duplex.prototype._destroy.call(this, err, function(err2) {
        cb(err2);
      });
    };
    function done(stream, er, data) {
      if (er) return stream.emit("error", er);
      if (data != null)
        stream.push(data);
      if (stream._writableState.length) throw new ERR_TRANSFORM_WITH_LENGTH_0();
      if (stream._transformState.transforming) throw new ERR_TRANSFORM_ALREADY_TRANSFORMING();
      return stream.push(null);
    }
  }
});

// node_modules/readable-stream/lib/_stream_passthrough.js
var require_stream_passthrough = __commonJS({
  "node_modules/readable-stream/lib/_stream_passthrough.js"(exports, module) {
    "use strict";
    module.exports = PassThrough;
    var Transform2 = require_stream_transform();
    require_inherits()(PassThrough, Transform2);
    function PassThrough(options) {
      if (!(this instanceof PassThrough)) return new PassThrough(options);
      Transform2.call(this, options);
    }
    PassThrough.prototype._transform = function(chunk, encoding, cb) {
      cb(null, chunk);
    };
  }
});

// node_modules/readable-stream/lib/internal/streams/pipeline.js
var require_pipeline = __commonJS({
  "node_modules/readable-stream/lib/internal/streams/pipeline.js"(exports, module) {
    "use strict";
    var eos;
    function once(callback) {
      var called = false;
      return function() {
        if (called) return;
        called = true;
        callback.apply(void 0, arguments);
      };
    }
    var _require$codes = require_errors().codes;
    var ERR_MISSING_ARGS = _require$codes.ERR_MISSING_ARGS;
    var ERR_STREAM_DESTROYED = _require$codes.ERR_STREAM_DESTROYED;
    function noop(err) {
      if (err) throw err;
    }
    function isRequest(stream) {
      return stream.setHeader && typeof stream.abort === "function";
    }
    function destroyer(stream, reading, writing, callback) {
      callback = once(callback);
      var closed = false;
      stream.on("close", function() {
        closed = true;
      });
      if (eos === void 0) eos = require_end_of_stream();
      eos(stream, {
        readable: reading,
        writable: writing
      }, function(err) {
        if (err) return callback(err);
        closed = true;
        callback();
      });
      var destroyed = false;
      return function(err) {
        if (closed) return;
        if (destroyed) return;
        destroyed = true;
        if (isRequest(stream)) return stream.abort();
        if (typeof stream.destroy === "function") return stream.destroy();
        callback(err || new ERR_STREAM_DESTROYED("pipe"));
      };
    }
    function call(fn) {
      fn();
    }
    function pipe(from, to) {
      return from.pipe(to);
    }
    function popCallback(streams) {
      if (!streams.length) return noop;
      if (typeof streams[streams.length - 1] !== "function") return noop;
      return streams.pop();
    }
    function pipeline2() {
      for (var _len = arguments.length, streams = new Array(_len), _key = 0; _key < _len; _key++) {
        streams[_key] = arguments[_key];
      }
      var callback = popCallback(streams);
      if (Array.isArray(streams[0])) streams = streams[0];
      if (streams.length < 2) {
        throw new ERR_MISSING_ARGS("streams");
      }
      var error;
      var destroys = streams.map(function(stream, i) {
        var reading = i < streams.length - 1;
        var writing = i > 0;
        return destroyer(stream, reading, writing, function(err) {
          if (!error) error = err;
          if (err) destroys.forEach(call);
          if (reading) return;
          destroys.forEach(call);
          callback(error);
        });
      });
      return streams.reduce(pipe);
    }
    module.exports = pipeline2;
  }
});

// node_modules/readable-stream/readable.js
var require_readable = __commonJS({
  "node_modules/readable-stream/readable.js"(exports, module) {
    var Stream = __require("stream");
    if (process.env.READABLE_STREAM === "disable" && Stream) {
      module.exports = Stream.Readable;
      Object.assign(module.exports, Stream);
      module.exports.Stream = Stream;
    } else {
      exports = module.exports = require_stream_readable();
      exports.Stream = Stream || exports;
      exports.Readable = exports;
      exports.Writable = require_stream_writable();
      exports.Duplex = require_stream_duplex();
      exports.Transform = require_stream_transform();
      exports.PassThrough = require_stream_passthrough();
      exports.finished = require_end_of_stream();
      exports.pipeline = require_pipeline();
    }
  }
});

// node_modules/docker-modem/lib/http_duplex.js
var require_http_duplex = __commonJS({
  "node_modules/docker-modem/lib/http_duplex.js"(exports, module) {
    module.exports = HttpDuplex;
    var util = __require("util");
    var stream = require_readable();
    util.inherits(HttpDuplex, stream.Duplex);
    function HttpDuplex(req, res, options) {
      var self2 = this;
      if (!(self2 instanceof HttpDuplex)) return new HttpDuplex(req, res, options);
      stream.Duplex.call(self2, options);
      self2._output = null;
      self2.connect(req, res);
    }
    HttpDuplex.prototype.connect = function(req, res) {
      var self2 = this;
      self2.req = req;
      self2._output = res;
      self2.emit("response", res);
      res.on("data", function(c) {
        if (!self2.push(c)) self2._output.pause();
      });
      res.on("end", function() {
        self2.push(null);
      });
    };
    HttpDuplex.prototype._read = function(n) {
      if (this._output) this._output.resume();
    };
    HttpDuplex.prototype._write = function(chunk, encoding, cb) {
      this.req.write(chunk, encoding);
      cb();
    };
    HttpDuplex.prototype.end = function(chunk, encoding, cb) {
      this._output.socket.destroySoon();
      return this.req.end(chunk, encoding, cb);
    };
    HttpDuplex.prototype.destroy = function() {
      this.req.destroy();
      this._output.socket.destroy();
    };
    HttpDuplex.prototype.destroySoon = function() {
      this.req.destroy();
      this._output.socket.destroy();
    };
  }
});

// node_modules/split-ca/index.js
var require_split_ca = __commonJS({
  "node_modules/split-ca/index.js"(exports, module) {
    var fs = __require("fs");
    module.exports = function(filepath, split, encoding) {
      split = typeof split !== "undefined" ? split : "\n";
      encoding = typeof encoding !== "undefined" ? encoding : "utf8";
      var ca = [];
      var chain = fs.readFileSync(filepath, encoding);
      if (chain.indexOf("-END CERTIFICATE-") < 0 || chain.indexOf("-BEGIN CERTIFICATE-") < 0) {
        throw Error("File does not contain 'BEGIN CERTIFICATE' or 'END CERTIFICATE'");
      }
      chain = chain.split(split);
      var cert = [];
      var _i, _len;
      for (_i = 0, _len = chain.length; _i < _len; _i++) {
        var line = chain[_i];
        if (!(line.length !== 0)) {
          continue;
        }
        cert.push(line);
        if (line.match(/-END CERTIFICATE-/)) {
          ca.push(cert.join(split));
          cert = [];
        }
      }
      return ca;
    };
  }
});

// node_modules/docker-modem/lib/modem.js
var require_modem = __commonJS({
  "node_modules/docker-modem/lib/modem.js"(exports, module) {
    var querystring = __require("querystring");
    var http = require_http();
    var fs = __require("fs");
    var path2 = __require("path");
    var url = __require("url");
    var ssh = require_ssh2();
    var HttpDuplex = require_http_duplex();
    var debug = require_src()("modem");
    var utils = require_utils();
    var util = __require("util");
    var splitca = require_split_ca();
    var os2 = __require("os");
    var isWin = os2.type() === "Windows_NT";
    var stream = __require("stream");
    var defaultOpts = function() {
      var host;
      var opts = {};
      if (!process.env.DOCKER_HOST) {
        opts.socketPath = isWin ? "//./pipe/docker_engine" : findDefaultUnixSocket;
      } else if (process.env.DOCKER_HOST.indexOf("unix://") === 0) {
        opts.socketPath = process.env.DOCKER_HOST.substring(7) || findDefaultUnixSocket;
      } else if (process.env.DOCKER_HOST.indexOf("npipe://") === 0) {
        opts.socketPath = process.env.DOCKER_HOST.substring(8) || "//./pipe/docker_engine";
      } else {
        var hostStr = process.env.DOCKER_HOST;
        if (hostStr.indexOf("//") < 0) {
          hostStr = "tcp://" + hostStr;
        }
        try {
          host = new url.URL(hostStr);
        } catch (err) {
          throw new Error("DOCKER_HOST env variable should be something like tcp://localhost:1234");
        }
        opts.port = host.port;
        if (process.env.DOCKER_TLS_VERIFY === "1" || opts.port === "2376") {
          opts.protocol = "https";
        } else if (host.protocol === "ssh:") {
          opts.protocol = "ssh";
          opts.username = host.username;
          opts.sshOptions = {
            agent: process.env.SSH_AUTH_SOCK
          };
        } else {
          opts.protocol = "http";
        }
        if (process.env.DOCKER_PATH_PREFIX) {
          opts.pathPrefix = process.env.DOCKER_PATH_PREFIX;
        } else {
          opts.pathPrefix = "/";
        }
        opts.host = host.hostname;
        if (process.env.DOCKER_CERT_PATH) {
          opts.ca = splitca(path2.join(process.env.DOCKER_CERT_PATH, "ca.pem"));
          opts.cert = fs.readFileSync(path2.join(process.env.DOCKER_CERT_PATH, "cert.pem"));
          opts.key = fs.readFileSync(path2.join(process.env.DOCKER_CERT_PATH, "key.pem"));
        }
        if (process.env.DOCKER_CLIENT_TIMEOUT) {
          opts.timeout = parseInt(process.env.DOCKER_CLIENT_TIMEOUT, 10);
        }
      }
      return opts;
    };
    var findDefaultUnixSocket = function() {
      return new Promise(function(resolve) {
        var userDockerSocket = path2.join(os2.homedir(), ".docker", "run", "docker.sock");
        fs.access(userDockerSocket, function(err) {
          if (err) resolve("/var/run/docker.sock");
          else resolve(userDockerSocket);
        });
      });
    };
    var Modem = function(options) {
      var optDefaults = defaultOpts();
      var opts = Object.assign({}, optDefaults, options);
      this.host = opts.host;
      if (!this.host) {
        this.socketPath = opts.socketPath;
      }
      this.port = opts.port;
      this.pathPrefix = opts.pathPrefix;
      this.username = opts.username;
      this.password = opts.password;
      this.version = opts.version;
      this.key = opts.key;
      this.cert = opts.cert;
      this.ca = opts.ca;
      this.timeout = opts.timeout;
      this.connectionTimeout = opts.connectionTimeout;
      this.checkServerIdentity = opts.checkServerIdentity;
      this.agent = opts.agent;
      this.headers = opts.headers || {};
      this.sshOptions = Object.assign({}, options ? options.sshOptions : {}, optDefaults.sshOptions);
      if (this.sshOptions.agentForward === void 0) {
        this.sshOptions.agentForward = opts.agentForward;
      }
      if (this.key && this.cert && this.ca) {
        this.protocol = "https";
      }
      this.protocol = opts.protocol || this.protocol || "http";
    };
    Modem.prototype.dial = function(options, callback) {
      var opts, address, data;
      if (options.options) {
        opts = options.options;
      }
      if (opts && opts.authconfig) {
        delete opts.authconfig;
      }
      if (opts && opts.abortSignal) {
        delete opts.abortSignal;
      }
      if (this.version) {
        options.path = "/" + this.version + options.path;
      }
      if (this.host) {
        var parsed = url.parse(this.host);
        address = url.format({
          protocol: parsed.protocol || this.protocol,
          hostname: parsed.hostname || this.host,
          port: this.port,
          pathname: parsed.pathname || this.pathPrefix
        });
        address = url.resolve(address, options.path);
      } else {
        address = options.path;
      }
      if (options.path.indexOf("?") !== -1) {
        if (opts && Object.keys(opts).length > 0) {
          address += this.buildQuerystring(opts._query || opts);
        } else {
          address = address.substring(0, address.length - 1);
        }
      }
      var optionsf = {
        path: address,
        method: options.method,
        headers: options.headers || Object.assign({}, this.headers),
        key: this.key,
        cert: this.cert,
        ca: this.ca
      };
      if (this.checkServerIdentity) {
        optionsf.checkServerIdentity = this.checkServerIdentity;
      }
      if (this.agent) {
        optionsf.agent = this.agent;
      }
      if (options.authconfig) {
        optionsf.headers["X-Registry-Auth"] = options.authconfig.key || options.authconfig.base64 || Buffer.from(JSON.stringify(options.authconfig)).toString("base64").replace(/\+/g, "-").replace(/\//g, "_");
      }
      if (options.registryconfig) {
        optionsf.headers["X-Registry-Config"] = options.registryconfig.base64 || Buffer.from(JSON.stringify(options.registryconfig)).toString("base64");
      }
      if (options.abortSignal) {
        optionsf.signal = options.abortSignal;
      }
      if (options.file) {
        if (typeof options.file === "string") {
          data = fs.createReadStream(path2.resolve(options.file));
        } else {
          data = options.file;
        }
        optionsf.headers["Content-Type"] = options?.headers?.["Content-Type"] ?? "application/tar";
      } else if (opts && options.method === "POST") {
        data = JSON.stringify(opts._body || opts);
        if (options.allowEmpty) {
          optionsf.headers["Content-Type"] = options?.headers?.["Content-Type"] ?? "application/json";
        } else {
          if (data !== "{}" && data !== '""') {
            optionsf.headers["Content-Type"] = options?.headers?.["Content-Type"] ?? "application/json";
          } else {
            data = void 0;
          }
        }
      }
      if (typeof data === "string") {
        optionsf.headers["Content-Length"] = Buffer.byteLength(data);
      } else if (Buffer.isBuffer(data) === true) {
        optionsf.headers["Content-Length"] = data.length;
      } else if (optionsf.method === "PUT" || options.hijack || options.openStdin) {
        optionsf.headers["Transfer-Encoding"] = "chunked";
      }
      if (options.hijack) {
        optionsf.headers.Connection = "Upgrade";
        optionsf.headers.Upgrade = optionsf.headers.Upgrade ?? "tcp";
      }
      if (this.socketPath) {
        this.getSocketPath().then((socketPath) => {
          optionsf.socketPath = socketPath;
          this.buildRequest(optionsf, options, data, callback);
        });
      } else {
        var urlp = url.parse(address);
        optionsf.hostname = urlp.hostname;
        optionsf.port = urlp.port;
        optionsf.path = urlp.path;
        this.buildRequest(optionsf, options, data, callback);
      }
    };
    Modem.prototype.getSocketPath = function() {
      if (!this.socketPath) return;
      if (this.socketPathCache) return Promise.resolve(this.socketPathCache);
      var socketPathValue = typeof this.socketPath === "function" ? this.socketPath() : this.socketPath;
      this.socketPathCache = socketPathValue;
      return Promise.resolve(socketPathValue);
    };
    Modem.prototype.buildRequest = function(options, context, data, callback) {
      var self2 = this;
      var connectionTimeoutTimer;
      var finished = false;
      var opts = self2.protocol === "ssh" ? Object.assign(options, {
        agent: ssh(Object.assign({}, self2.sshOptions, {
          "host": self2.host,
          "port": self2.port,
          "username": self2.username,
          "password": self2.password
        })),
        protocol: "http:"
      }) : options;
      var req = null;
      try {
        req = http[self2.protocol === "ssh" ? "http" : self2.protocol].request(opts, function() {
        });
      } catch (e) {
        callback(e);
        return;
      }
      debug("Sending: %s", util.inspect(options, {
        showHidden: true,
        depth: null
      }));
      if (self2.connectionTimeout) {
        connectionTimeoutTimer = setTimeout(function() {
          debug("Connection Timeout of %s ms exceeded", self2.connectionTimeout);
          req.destroy();
        }, self2.connectionTimeout);
      }
      if (self2.timeout) {
        req.setTimeout(self2.timeout);
        req.on("timeout", function() {
          debug("Timeout of %s ms exceeded", self2.timeout);
          req.destroy();
        });
      }
      if (context.hijack === true) {
        clearTimeout(connectionTimeoutTimer);
        req.on("upgrade", function(res, sock, head) {
          if (finished === false) {
            finished = true;
            if (head.length > 0) {
              sock.unshift(head);
            }
            return callback(null, sock);
          }
        });
      }
      req.on("connect", function() {
        clearTimeout(connectionTimeoutTimer);
      });
      req.on("disconnect", function() {
        clearTimeout(connectionTimeoutTimer);
      });
      req.on("response", function(res) {
        clearTimeout(connectionTimeoutTimer);
        if (context.isStream === true) {
          if (finished === false) {
            finished = true;
            self2.buildPayload(null, context.isStream, context.statusCodes, context.openStdin, req, res, null, callback);
          }
        } else {
          if (options.signal != null) {
            stream.addAbortSignal(options.signal, res);
          }
          var chunks = [];
          res.on("data", function(chunk) {
            chunks.push(chunk);
          });
          res.on("end", function() {
            var buffer = Buffer.concat(chunks);
            var result = buffer.toString();
            debug("Received: %s", result);
            var json = utils.parseJSON(result) || buffer;
            if (finished === false) {
              finished = true;
              self2.buildPayload(null, context.isStream, context.statusCodes, false, req, res, json, callback);
            }
          });
        }
      });
      req.on("error", function(error) {
        clearTimeout(connectionTimeoutTimer);
        if (finished === false) {
          finished = true;
          self2.buildPayload(error, context.isStream, context.statusCodes, false, {}, {}, null, callback);
        }
      });
      if (typeof data === "string" || Buffer.isBuffer(data)) {
        req.write(data);
      } else if (data) {
        data.on("error", function(error) {
          req.destroy(error);
        });
        data.pipe(req);
      }
      if (!context.openStdin && (typeof data === "string" || data === void 0 || Buffer.isBuffer(data))) {
        req.end();
      }
    };
    Modem.prototype.buildPayload = function(err, isStream, statusCodes, openStdin, req, res, json, cb) {
      if (err) return cb(err, null);
      if (statusCodes[res.statusCode] !== true) {
        getCause(isStream, res, json, function(err2, cause) {
          if (err2) {
            return cb(err2, null);
          }
          var msg = new Error(
            "(HTTP code " + res.statusCode + ") " + (statusCodes[res.statusCode] || "unexpected") + " - " + (cause.message || cause.error || cause) + " "
          );
          msg.reason = statusCodes[res.statusCode];
          msg.statusCode = res.statusCode;
          msg.json = json;
          cb(msg, null);
        });
      } else {
        if (openStdin) {
          cb(null, new HttpDuplex(req, res));
        } else if (isStream) {
          cb(null, res);
        } else {
          cb(null, json);
        }
      }
      function getCause(isStream2, res2, json2, callback) {
        var chunks = "";
        var done = false;
        if (isStream2) {
          res2.on("data", function(chunk) {
            chunks += chunk;
          });
          res2.on("error", function(err2) {
            handler(err2, null);
          });
          res2.on("end", function() {
            handler(null, utils.parseJSON(chunks) || chunks);
          });
        } else {
          callback(null, json2);
        }
        function handler(err2, data) {
          if (done === false) {
            if (err2) {
              callback(err2);
            } else {
              callback(null, data);
            }
          }
          done = true;
        }
      }
    };
    Modem.prototype.demuxStream = function(streama, stdout, stderr) {
      var pendingStreamType = null;
      var pendingDataLength = null;
      var buffer = Buffer.from("");
      function processData(data) {
        if (data) {
          buffer = Buffer.concat([buffer, data]);
        }
        if (pendingStreamType === null) {
          if (buffer.length >= 8) {
            var header = bufferSlice(8);
            var streamType = header.readUInt8(0);
            var dataLength = header.readUInt32BE(4);
            if (streamType !== 0 && streamType !== 1 && streamType !== 2) {
              var remaining = Buffer.concat([header, buffer]);
              stdout.write(remaining);
              buffer = Buffer.from("");
              pendingStreamType = null;
              pendingDataLength = null;
              streama.removeListener("data", processData);
              streama.on("data", function(chunk) {
                stdout.write(chunk);
              });
              return;
            }
            pendingStreamType = streamType;
            pendingDataLength = dataLength;
            processData();
          }
        } else {
          if (buffer.length >= pendingDataLength) {
            var content = bufferSlice(pendingDataLength);
            if (pendingStreamType === 1) {
              stdout.write(content);
            } else {
              stderr.write(content);
            }
            pendingStreamType = null;
            pendingDataLength = null;
            processData();
          }
        }
      }
      function bufferSlice(end) {
        var out = buffer.subarray(0, end);
        buffer = Buffer.from(buffer.subarray(end, buffer.length));
        return out;
      }
      streama.on("data", processData);
    };
    Modem.prototype.followProgress = function(streama, onFinished, onProgress) {
      var buf = "";
      var output = [];
      var finished = false;
      streama.on("data", onStreamEvent);
      streama.on("error", onStreamError);
      streama.on("end", onStreamEnd);
      streama.on("close", onStreamEnd);
      function onStreamEvent(data) {
        buf += data.toString();
        pump2();
        function pump2() {
          var pos;
          while ((pos = buf.indexOf("\n")) >= 0) {
            if (pos == 0) {
              buf = buf.slice(1);
              continue;
            }
            processLine(buf.slice(0, pos));
            buf = buf.slice(pos + 1);
          }
        }
        function processLine(line) {
          if (line[line.length - 1] == "\r") line = line.substr(0, line.length - 1);
          if (line.length > 0) {
            var obj = JSON.parse(line);
            output.push(obj);
            if (onProgress) {
              onProgress(obj);
            }
          }
        }
      }
      ;
      function onStreamError(err) {
        finished = true;
        streama.removeListener("data", onStreamEvent);
        streama.removeListener("error", onStreamError);
        streama.removeListener("end", onStreamEnd);
        streama.removeListener("close", onStreamEnd);
        onFinished(err, output);
      }
      function onStreamEnd() {
        if (!finished) onFinished(null, output);
        finished = true;
      }
    };
    Modem.prototype.buildQuerystring = function(opts) {
      var clone = {};
      Object.keys(opts).map(function(key, i) {
        if (opts[key] && typeof opts[key] === "object" && !Array.isArray(opts[key])) {
          clone[key] = JSON.stringify(opts[key]);
        } else {
          clone[key] = opts[key];
        }
      });
      return querystring.stringify(clone);
    };
    module.exports = Modem;
  }
});

// node_modules/@balena/dockerignore/ignore.js
var require_ignore = __commonJS({
  "node_modules/@balena/dockerignore/ignore.js"(exports, module) {
    "use strict";
    var path2 = __require("path");
    var factory = (options) => new IgnoreBase(options);
    factory.default = factory;
    module.exports = factory;
    function make_array(subject) {
      return Array.isArray(subject) ? subject : [subject];
    }
    var REGEX_TRAILING_SLASH = /(?<=.)\/$/;
    var REGEX_TRAILING_BACKSLASH = /(?<=.)\\$/;
    var REGEX_TRAILING_PATH_SEP = path2.sep === "\\" ? REGEX_TRAILING_BACKSLASH : REGEX_TRAILING_SLASH;
    var KEY_IGNORE = typeof Symbol !== "undefined" ? /* @__PURE__ */ Symbol.for("dockerignore") : "dockerignore";
    function cleanPath(file) {
      return path2.normalize(file).replace(REGEX_TRAILING_PATH_SEP, "");
    }
    function toSlash(file) {
      if (path2.sep === "/") {
        return file;
      }
      return file.replace(/\\/g, "/");
    }
    function fromSlash(file) {
      if (path2.sep === "/") {
        return file;
      }
      return file.replace(/\//g, path2.sep);
    }
    var IgnoreBase = class {
      constructor({
        // https://github.com/kaelzhang/node-ignore/blob/5.1.4/index.js#L372
        ignorecase = true
      } = {}) {
        this._rules = [];
        this._ignorecase = ignorecase;
        this[KEY_IGNORE] = true;
        this._initCache();
      }
      _initCache() {
        this._cache = {};
      }
      // @param {Array.<string>|string|Ignore} pattern
      add(pattern) {
        this._added = false;
        if (typeof pattern === "string") {
          pattern = pattern.split(/\r?\n/g);
        }
        make_array(pattern).forEach(this._addPattern, this);
        if (this._added) {
          this._initCache();
        }
        return this;
      }
      // legacy
      addPattern(pattern) {
        return this.add(pattern);
      }
      _addPattern(pattern) {
        if (pattern && pattern[KEY_IGNORE]) {
          this._rules = this._rules.concat(pattern._rules);
          this._added = true;
          return;
        }
        if (this._checkPattern(pattern)) {
          const rule = this._createRule(pattern.trim());
          if (rule !== null) {
            this._added = true;
            this._rules.push(rule);
          }
        }
      }
      _checkPattern(pattern) {
        return pattern && typeof pattern === "string" && pattern.indexOf("#") !== 0 && pattern.trim() !== "";
      }
      filter(paths) {
        return make_array(paths).filter((path3) => this._filter(path3));
      }
      createFilter() {
        return (path3) => this._filter(path3);
      }
      ignores(path3) {
        return !this._filter(path3);
      }
      // https://github.com/moby/moby/blob/v19.03.8/builder/dockerignore/dockerignore.go#L41-L53
      // https://github.com/moby/moby/blob/v19.03.8/pkg/fileutils/fileutils.go#L29-L55
      _createRule(pattern) {
        const origin = pattern;
        let negative = false;
        if (pattern[0] === "!") {
          negative = true;
          pattern = pattern.substring(1).trim();
        }
        if (pattern.length > 0) {
          pattern = cleanPath(pattern);
          pattern = toSlash(pattern);
          if (pattern.length > 1 && pattern[0] === "/") {
            pattern = pattern.slice(1);
          }
        }
        if (negative) {
          pattern = "!" + pattern;
        }
        pattern = pattern.trim();
        if (pattern === "") {
          return null;
        }
        pattern = cleanPath(pattern);
        if (pattern[0] === "!") {
          if (pattern.length === 1) {
            return null;
          }
          negative = true;
          pattern = pattern.substring(1);
        } else {
          negative = false;
        }
        return {
          origin,
          pattern,
          // https://github.com/moby/moby/blob/v19.03.8/pkg/fileutils/fileutils.go#L54
          dirs: pattern.split(path2.sep),
          negative
        };
      }
      // @returns `Boolean` true if the `path` is NOT ignored
      _filter(path3) {
        if (!path3) {
          return false;
        }
        if (path3 in this._cache) {
          return this._cache[path3];
        }
        return this._cache[path3] = this._test(path3);
      }
      // @returns {Boolean} true if a file is NOT ignored
      // https://github.com/moby/moby/blob/v19.03.8/pkg/fileutils/fileutils.go#L62
      _test(file) {
        file = fromSlash(file);
        const parentPath = cleanPath(path2.dirname(file));
        const parentPathDirs = parentPath.split(path2.sep);
        let matched = false;
        this._rules.forEach((rule) => {
          let match = this._match(file, rule);
          if (!match && parentPath !== ".") {
            if (rule.dirs.includes("**")) {
              for (let i = rule.dirs.filter((x) => x !== "**").length; i <= parentPathDirs.length; i++) {
                match = match || this._match(parentPathDirs.slice(0, i).join(path2.sep), rule);
              }
            } else if (rule.dirs.length <= parentPathDirs.length) {
              match = this._match(parentPathDirs.slice(0, rule.dirs.length).join(path2.sep), rule);
            }
          }
          if (match) {
            matched = !rule.negative;
          }
        });
        return !matched;
      }
      // @returns {Boolean} true if a file is matched by a rule
      _match(file, rule) {
        return this._compile(rule).regexp.test(file);
      }
      // https://github.com/moby/moby/blob/v19.03.8/pkg/fileutils/fileutils.go#L139
      _compile(rule) {
        if (rule.regexp) {
          return rule;
        }
        let regStr = "^";
        let escapedSlash = path2.sep === "\\" ? "\\\\" : path2.sep;
        for (let i = 0; i < rule.pattern.length; i++) {
          const ch = rule.pattern[i];
          if (ch === "*") {
            if (rule.pattern[i + 1] === "*") {
              i++;
              if (rule.pattern[i + 1] === path2.sep) {
                i++;
              }
              if (rule.pattern[i + 1] === void 0) {
                regStr += ".*";
              } else {
                regStr += `(.*${escapedSlash})?`;
              }
            } else {
              regStr += `[^${escapedSlash}]*`;
            }
          } else if (ch === "?") {
            regStr += `[^${escapedSlash}]`;
          } else if (ch === "." || ch === "$") {
            regStr += `\\${ch}`;
          } else if (ch === "\\") {
            if (path2.sep === "\\") {
              regStr += escapedSlash;
              continue;
            }
            if (rule.pattern[i + 1] !== void 0) {
              regStr += "\\" + rule.pattern[i + 1];
              i++;
            } else {
              regStr += "\\";
            }
          } else {
            regStr += ch;
          }
        }
        regStr += "$";
        rule.regexp = new RegExp(regStr, this._ignorecase ? "i" : "");
        return rule;
      }
    };
  }
});

// node_modules/chownr/chownr.js
var require_chownr = __commonJS({
  "node_modules/chownr/chownr.js"(exports, module) {
    "use strict";
    var fs = __require("fs");
    var path2 = __require("path");
    var LCHOWN = fs.lchown ? "lchown" : "chown";
    var LCHOWNSYNC = fs.lchownSync ? "lchownSync" : "chownSync";
    var needEISDIRHandled = fs.lchown && !process.version.match(/v1[1-9]+\./) && !process.version.match(/v10\.[6-9]/);
    var lchownSync = (path3, uid, gid) => {
      try {
        return fs[LCHOWNSYNC](path3, uid, gid);
      } catch (er) {
        if (er.code !== "ENOENT")
          throw er;
      }
    };
    var chownSync = (path3, uid, gid) => {
      try {
        return fs.chownSync(path3, uid, gid);
      } catch (er) {
        if (er.code !== "ENOENT")
          throw er;
      }
    };
    var handleEISDIR = needEISDIRHandled ? (path3, uid, gid, cb) => (er) => {
      if (!er || er.code !== "EISDIR")
        cb(er);
      else
        fs.chown(path3, uid, gid, cb);
    } : (_, __, ___, cb) => cb;
    var handleEISDirSync = needEISDIRHandled ? (path3, uid, gid) => {
      try {
        return lchownSync(path3, uid, gid);
      } catch (er) {
        if (er.code !== "EISDIR")
          throw er;
        chownSync(path3, uid, gid);
      }
    } : (path3, uid, gid) => lchownSync(path3, uid, gid);
    var nodeVersion = process.version;
    var readdir = (path3, options, cb) => fs.readdir(path3, options, cb);
    var readdirSync = (path3, options) => fs.readdirSync(path3, options);
    if (/^v4\./.test(nodeVersion))
      readdir = (path3, options, cb) => fs.readdir(path3, cb);
    var chown = (cpath, uid, gid, cb) => {
      fs[LCHOWN](cpath, uid, gid, handleEISDIR(cpath, uid, gid, (er) => {
        cb(er && er.code !== "ENOENT" ? er : null);
      }));
    };
    var chownrKid = (p, child, uid, gid, cb) => {
      if (typeof child === "string")
        return fs.lstat(path2.resolve(p, child), (er, stats) => {
          if (er)
            return cb(er.code !== "ENOENT" ? er : null);
          stats.name = child;
          chownrKid(p, stats, uid, gid, cb);
        });
      if (child.isDirectory()) {
        chownr(path2.resolve(p, child.name), uid, gid, (er) => {
          if (er)
            return cb(er);
          const cpath = path2.resolve(p, child.name);
          chown(cpath, uid, gid, cb);
        });
      } else {
        const cpath = path2.resolve(p, child.name);
        chown(cpath, uid, gid, cb);
      }
    };
    var chownr = (p, uid, gid, cb) => {
      readdir(p, { withFileTypes: true }, (er, children) => {
        if (er) {
          if (er.code === "ENOENT")
            return cb();
          else if (er.code !== "ENOTDIR" && er.code !== "ENOTSUP")
            return cb(er);
        }
        if (er || !children.length)
          return chown(p, uid, gid, cb);
        let len = children.length;
        let errState = null;
        const then = (er2) => {
          if (errState)
            return;
          if (er2)
            return cb(errState = er2);
          if (--len === 0)
            return chown(p, uid, gid, cb);
        };
        children.forEach((child) => chownrKid(p, child, uid, gid, then));
      });
    };
    var chownrKidSync = (p, child, uid, gid) => {
      if (typeof child === "string") {
        try {
          const stats = fs.lstatSync(path2.resolve(p, child));
          stats.name = child;
          child = stats;
        } catch (er) {
          if (er.code === "ENOENT")
            return;
          else
            throw er;
        }
      }
      if (child.isDirectory())
        chownrSync(path2.resolve(p, child.name), uid, gid);
      handleEISDirSync(path2.resolve(p, child.name), uid, gid);
    };
    var chownrSync = (p, uid, gid) => {
      let children;
      try {
        children = readdirSync(p, { withFileTypes: true });
      } catch (er) {
        if (er.code === "ENOENT")
          return;
        else if (er.code === "ENOTDIR" || er.code === "ENOTSUP")
          return handleEISDirSync(p, uid, gid);
        else
          throw er;
      }
      if (children && children.length)
        children.forEach((child) => chownrKidSync(p, child, uid, gid));
      return handleEISDirSync(p, uid, gid);
    };
    module.exports = chownr;
    chownr.sync = chownrSync;
  }
});

// node_modules/bl/BufferList.js
var require_BufferList = __commonJS({
  "node_modules/bl/BufferList.js"(exports, module) {
    "use strict";
    var { Buffer: Buffer2 } = __require("buffer");
    var symbol = /* @__PURE__ */ Symbol.for("BufferList");
    function BufferList(buf) {
      if (!(this instanceof BufferList)) {
        return new BufferList(buf);
      }
      BufferList._init.call(this, buf);
    }
    BufferList._init = function _init(buf) {
      Object.defineProperty(this, symbol, { value: true });
      this._bufs = [];
      this.length = 0;
      if (buf) {
        this.append(buf);
      }
    };
    BufferList.prototype._new = function _new(buf) {
      return new BufferList(buf);
    };
    BufferList.prototype._offset = function _offset(offset) {
      if (offset === 0) {
        return [0, 0];
      }
      let tot = 0;
      for (let i = 0; i < this._bufs.length; i++) {
        const _t = tot + this._bufs[i].length;
        if (offset < _t || i === this._bufs.length - 1) {
          return [i, offset - tot];
        }
        tot = _t;
      }
    };
    BufferList.prototype._reverseOffset = function(blOffset) {
      const bufferId = blOffset[0];
      let offset = blOffset[1];
      for (let i = 0; i < bufferId; i++) {
        offset += this._bufs[i].length;
      }
      return offset;
    };
    BufferList.prototype.get = function get(index) {
      if (index > this.length || index < 0) {
        return void 0;
      }
      const offset = this._offset(index);
      return this._bufs[offset[0]][offset[1]];
    };
    BufferList.prototype.slice = function slice(start, end) {
      if (typeof start === "number" && start < 0) {
        start += this.length;
      }
      if (typeof end === "number" && end < 0) {
        end += this.length;
      }
      return this.copy(null, 0, start, end);
    };
    BufferList.prototype.copy = function copy(dst, dstStart, srcStart, srcEnd) {
      if (typeof srcStart !== "number" || srcStart < 0) {
        srcStart = 0;
      }
      if (typeof srcEnd !== "number" || srcEnd > this.length) {
        srcEnd = this.length;
      }
      if (srcStart >= this.length) {
        return dst || Buffer2.alloc(0);
      }
      if (srcEnd <= 0) {
        return dst || Buffer2.alloc(0);
      }
      const copy2 = !!dst;
      const off = this._offset(srcStart);
      const len = srcEnd - srcStart;
      let bytes = len;
      let bufoff = copy2 && dstStart || 0;
      let start = off[1];
      if (srcStart === 0 && srcEnd === this.length) {
        if (!copy2) {
          return this._bufs.length === 1 ? this._bufs[0] : Buffer2.concat(this._bufs, this.length);
        }
        for (let i = 0; i < this._bufs.length; i++) {
          this._bufs[i].copy(dst, bufoff);
          bufoff += this._bufs[i].length;
        }
        return dst;
      }
      if (bytes <= this._bufs[off[0]].length - start) {
        return copy2 ? this._bufs[off[0]].copy(dst, dstStart, start, start + bytes) : this._bufs[off[0]].slice(start, start + bytes);
      }
      if (!copy2) {
        dst = Buffer2.allocUnsafe(len);
      }
      for (let i = off[0]; i < this._bufs.length; i++) {
        const l = this._bufs[i].length - start;
        if (bytes > l) {
          this._bufs[i].copy(dst, bufoff, start);
          bufoff += l;
        } else {
          this._bufs[i].copy(dst, bufoff, start, start + bytes);
          bufoff += l;
          break;
        }
        bytes -= l;
        if (start) {
          start = 0;
        }
      }
      if (dst.length > bufoff) return dst.slice(0, bufoff);
      return dst;
    };
    BufferList.prototype.shallowSlice = function shallowSlice(start, end) {
      start = start || 0;
      end = typeof end !== "number" ? this.length : end;
      if (start < 0) {
        start += this.length;
      }
      if (end < 0) {
        end += this.length;
      }
      if (start === end) {
        return this._new();
      }
      const startOffset = this._offset(start);
      const endOffset = this._offset(end);
      const buffers = this._bufs.slice(startOffset[0], endOffset[0] + 1);
      if (endOffset[1] === 0) {
        buffers.pop();
      } else {
        buffers[buffers.length - 1] = buffers[buffers.length - 1].slice(0, endOffset[1]);
      }
      if (startOffset[1] !== 0) {
        buffers[0] = buffers[0].slice(startOffset[1]);
      }
      return this._new(buffers);
    };
    BufferList.prototype.toString = function toString(encoding, start, end) {
      return this.slice(start, end).toString(encoding);
    };
    BufferList.prototype.consume = function consume(bytes) {
      bytes = Math.trunc(bytes);
      if (Number.isNaN(bytes) || bytes <= 0) return this;
      while (this._bufs.length) {
        if (bytes >= this._bufs[0].length) {
          bytes -= this._bufs[0].length;
          this.length -= this._bufs[0].length;
          this._bufs.shift();
        } else {
          this._bufs[0] = this._bufs[0].slice(bytes);
          this.length -= bytes;
          break;
        }
      }
      return this;
    };
    BufferList.prototype.duplicate = function duplicate() {
      const copy = this._new();
      for (let i = 0; i < this._bufs.length; i++) {
        copy.append(this._bufs[i]);
      }
      return copy;
    };
    BufferList.prototype.append = function append(buf) {
      if (buf == null) {
        return this;
      }
      if (buf.buffer) {
        this._appendBuffer(Buffer2.from(buf.buffer, buf.byteOffset, buf.byteLength));
      } else if (Array.isArray(buf)) {
        for (let i = 0; i < buf.length; i++) {
          this.append(buf[i]);
        }
      } else if (this._isBufferList(buf)) {
        for (let i = 0; i < buf._bufs.length; i++) {
          this.append(buf._bufs[i]);
        }
      } else {
        if (typeof buf === "number") {
          buf = buf.toString();
        }
        this._appendBuffer(Buffer2.from(buf));
      }
      return this;
    };
    BufferList.prototype._appendBuffer = function appendBuffer(buf) {
      this._bufs.push(buf);
      this.length += buf.length;
    };
    BufferList.prototype.indexOf = function(search, offset, encoding) {
      if (encoding === void 0 && typeof offset === "string") {
        encoding = offset;
        offset = void 0;
      }
      if (typeof search === "function" || Array.isArray(search)) {
        throw new TypeError('The "value" argument must be one of type string, Buffer, BufferList, or Uint8Array.');
      } else if (typeof search === "number") {
        search = Buffer2.from([search]);
      } else if (typeof search === "string") {
        search = Buffer2.from(search, encoding);
      } else if (this._isBufferList(search)) {
        search = search.slice();
      } else if (Array.isArray(search.buffer)) {
        search = Buffer2.from(search.buffer, search.byteOffset, search.byteLength);
      } else if (!Buffer2.isBuffer(search)) {
        search = Buffer2.from(search);
      }
      offset = Number(offset || 0);
      if (isNaN(offset)) {
        offset = 0;
      }
      if (offset < 0) {
        offset = this.length + offset;
      }
      if (offset < 0) {
        offset = 0;
      }
      if (search.length === 0) {
        return offset > this.length ? this.length : offset;
      }
      const blOffset = this._offset(offset);
      let blIndex = blOffset[0];
      let buffOffset = blOffset[1];
      for (; blIndex < this._bufs.length; blIndex++) {
        const buff = this._bufs[blIndex];
        while (buffOffset < buff.length) {
          const availableWindow = buff.length - buffOffset;
          if (availableWindow >= search.length) {
            const nativeSearchResult = buff.indexOf(search, buffOffset);
            if (nativeSearchResult !== -1) {
              return this._reverseOffset([blIndex, nativeSearchResult]);
            }
            buffOffset = buff.length - search.length + 1;
          } else {
            const revOffset = this._reverseOffset([blIndex, buffOffset]);
            if (this._match(revOffset, search)) {
              return revOffset;
            }
            buffOffset++;
          }
        }
        buffOffset = 0;
      }
      return -1;
    };
    BufferList.prototype._match = function(offset, search) {
      if (this.length - offset < search.length) {
        return false;
      }
      for (let searchOffset = 0; searchOffset < search.length; searchOffset++) {
        if (this.get(offset + searchOffset) !== search[searchOffset]) {
          return false;
        }
      }
      return true;
    };
    (function() {
      const methods = {
        readDoubleBE: 8,
        readDoubleLE: 8,
        readFloatBE: 4,
        readFloatLE: 4,
        readInt32BE: 4,
        readInt32LE: 4,
        readUInt32BE: 4,
        readUInt32LE: 4,
        readInt16BE: 2,
        readInt16LE: 2,
        readUInt16BE: 2,
        readUInt16LE: 2,
        readInt8: 1,
        readUInt8: 1,
        readIntBE: null,
        readIntLE: null,
        readUIntBE: null,
        readUIntLE: null
      };
      for (const m in methods) {
        (function(m2) {
          if (methods[m2] === null) {
            BufferList.prototype[m2] = function(offset, byteLength) {
              return this.slice(offset, offset + byteLength)[m2](0, byteLength);
            };
          } else {
            BufferList.prototype[m2] = function(offset = 0) {
              return this.slice(offset, offset + methods[m2])[m2](0);
            };
          }
        })(m);
      }
    })();
    BufferList.prototype._isBufferList = function _isBufferList(b) {
      return b instanceof BufferList || BufferList.isBufferList(b);
    };
    BufferList.isBufferList = function isBufferList(b) {
      return b != null && b[symbol];
    };
    module.exports = BufferList;
  }
});

// node_modules/bl/bl.js
var require_bl = __commonJS({
  "node_modules/bl/bl.js"(exports, module) {
    "use strict";
    var DuplexStream = require_readable().Duplex;
    var inherits = require_inherits();
    var BufferList = require_BufferList();
    function BufferListStream(callback) {
      if (!(this instanceof BufferListStream)) {
        return new BufferListStream(callback);
      }
      if (typeof callback === "function") {
        this._callback = callback;
        const piper = function piper2(err) {
          if (this._callback) {
            this._callback(err);
            this._callback = null;
          }
        }.bind(this);
        this.on("pipe", function onPipe(src) {
          src.on("error", piper);
        });
        this.on("unpipe", function onUnpipe(src) {
          src.removeListener("error", piper);
        });
        callback = null;
      }
      BufferList._init.call(this, callback);
      DuplexStream.call(this);
    }
    inherits(BufferListStream, DuplexStream);
    Object.assign(BufferListStream.prototype, BufferList.prototype);
    BufferListStream.prototype._new = function _new(callback) {
      return new BufferListStream(callback);
    };
    BufferListStream.prototype._write = function _write(buf, encoding, callback) {
      this._appendBuffer(buf);
      if (typeof callback === "function") {
        callback();
      }
    };
    BufferListStream.prototype._read = function _read(size) {
      if (!this.length) {
        return this.push(null);
      }
      size = Math.min(size, this.length);
      this.push(this.slice(0, size));
      this.consume(size);
    };
    BufferListStream.prototype.end = function end(chunk) {
      DuplexStream.prototype.end.call(this, chunk);
      if (this._callback) {
        this._callback(null, this.slice());
        this._callback = null;
      }
    };
    BufferListStream.prototype._destroy = function _destroy(err, cb) {
      this._bufs.length = 0;
      this.length = 0;
      cb(err);
    };
    BufferListStream.prototype._isBufferList = function _isBufferList(b) {
      return b instanceof BufferListStream || b instanceof BufferList || BufferListStream.isBufferList(b);
    };
    BufferListStream.isBufferList = BufferList.isBufferList;
    module.exports = BufferListStream;
    module.exports.BufferListStream = BufferListStream;
    module.exports.BufferList = BufferList;
  }
});

// node_modules/tar-fs/node_modules/tar-stream/headers.js
var require_headers = __commonJS({
  "node_modules/tar-fs/node_modules/tar-stream/headers.js"(exports) {
    var alloc = Buffer.alloc;
    var ZEROS = "0000000000000000000";
    var SEVENS = "7777777777777777777";
    var ZERO_OFFSET = "0".charCodeAt(0);
    var USTAR_MAGIC = Buffer.from("ustar\0", "binary");
    var USTAR_VER = Buffer.from("00", "binary");
    var GNU_MAGIC = Buffer.from("ustar ", "binary");
    var GNU_VER = Buffer.from(" \0", "binary");
    var MASK = parseInt("7777", 8);
    var MAGIC_OFFSET = 257;
    var VERSION_OFFSET = 263;
    var clamp = function(index, len, defaultValue) {
      if (typeof index !== "number") return defaultValue;
      index = ~~index;
      if (index >= len) return len;
      if (index >= 0) return index;
      index += len;
      if (index >= 0) return index;
      return 0;
    };
    var toType = function(flag) {
      switch (flag) {
        case 0:
          return "file";
        case 1:
          return "link";
        case 2:
          return "symlink";
        case 3:
          return "character-device";
        case 4:
          return "block-device";
        case 5:
          return "directory";
        case 6:
          return "fifo";
        case 7:
          return "contiguous-file";
        case 72:
          return "pax-header";
        case 55:
          return "pax-global-header";
        case 27:
          return "gnu-long-link-path";
        case 28:
        case 30:
          return "gnu-long-path";
      }
      return null;
    };
    var toTypeflag = function(flag) {
      switch (flag) {
        case "file":
          return 0;
        case "link":
          return 1;
        case "symlink":
          return 2;
        case "character-device":
          return 3;
        case "block-device":
          return 4;
        case "directory":
          return 5;
        case "fifo":
          return 6;
        case "contiguous-file":
          return 7;
        case "pax-header":
          return 72;
      }
      return 0;
    };
    var indexOf = function(block, num, offset, end) {
      for (; offset < end; offset++) {
        if (block[offset] === num) return offset;
      }
      return end;
    };
    var cksum = function(block) {
      var sum = 8 * 32;
      for (var i = 0; i < 148; i++) sum += block[i];
      for (var j = 156; j < 512; j++) sum += block[j];
      return sum;
    };
    var encodeOct = function(val, n) {
      val = val.toString(8);
      if (val.length > n) return SEVENS.slice(0, n) + " ";
      else return ZEROS.slice(0, n - val.length) + val + " ";
    };
    function parse256(buf) {
      var positive;
      if (buf[0] === 128) positive = true;
      else if (buf[0] === 255) positive = false;
      else return null;
      var tuple = [];
      for (var i = buf.length - 1; i > 0; i--) {
        var byte = buf[i];
        if (positive) tuple.push(byte);
        else tuple.push(255 - byte);
      }
      var sum = 0;
      var l = tuple.length;
      for (i = 0; i < l; i++) {
        sum += tuple[i] * Math.pow(256, i);
      }
      return positive ? sum : -1 * sum;
    }
    var decodeOct = function(val, offset, length) {
      val = val.slice(offset, offset + length);
      offset = 0;
      if (val[offset] & 128) {
        return parse256(val);
      } else {
        while (offset < val.length && val[offset] === 32) offset++;
        var end = clamp(indexOf(val, 32, offset, val.length), val.length, val.length);
        while (offset < end && val[offset] === 0) offset++;
        if (end === offset) return 0;
        return parseInt(val.slice(offset, end).toString(), 8);
      }
    };
    var decodeStr = function(val, offset, length, encoding) {
      return val.slice(offset, indexOf(val, 0, offset, offset + length)).toString(encoding);
    };
    var addLength = function(str) {
      var len = Buffer.byteLength(str);
      var digits = Math.floor(Math.log(len) / Math.log(10)) + 1;
      if (len + digits >= Math.pow(10, digits)) digits++;
      return len + digits + str;
    };
    exports.decodeLongPath = function(buf, encoding) {
      return decodeStr(buf, 0, buf.length, encoding);
    };
    exports.encodePax = function(opts) {
      var result = "";
      if (opts.name) result += addLength(" path=" + opts.name + "\n");
      if (opts.linkname) result += addLength(" linkpath=" + opts.linkname + "\n");
      var pax = opts.pax;
      if (pax) {
        for (var key in pax) {
          result += addLength(" " + key + "=" + pax[key] + "\n");
        }
      }
      return Buffer.from(result);
    };
    exports.decodePax = function(buf) {
      var result = {};
      while (buf.length) {
        var i = 0;
        while (i < buf.length && buf[i] !== 32) i++;
        var len = parseInt(buf.slice(0, i).toString(), 10);
        if (!len) return result;
        var b = buf.slice(i + 1, len - 1).toString();
        var keyIndex = b.indexOf("=");
        if (keyIndex === -1) return result;
        result[b.slice(0, keyIndex)] = b.slice(keyIndex + 1);
        buf = buf.slice(len);
      }
      return result;
    };
    exports.encode = function(opts) {
      var buf = alloc(512);
      var name = opts.name;
      var prefix = "";
      if (opts.typeflag === 5 && name[name.length - 1] !== "/") name += "/";
      if (Buffer.byteLength(name) !== name.length) return null;
      while (Buffer.byteLength(name) > 100) {
        var i = name.indexOf("/");
        if (i === -1) return null;
        prefix += prefix ? "/" + name.slice(0, i) : name.slice(0, i);
        name = name.slice(i + 1);
      }
      if (Buffer.byteLength(name) > 100 || Buffer.byteLength(prefix) > 155) return null;
      if (opts.linkname && Buffer.byteLength(opts.linkname) > 100) return null;
      buf.write(name);
      buf.write(encodeOct(opts.mode & MASK, 6), 100);
      buf.write(encodeOct(opts.uid, 6), 108);
      buf.write(encodeOct(opts.gid, 6), 116);
      buf.write(encodeOct(opts.size, 11), 124);
      buf.write(encodeOct(opts.mtime.getTime() / 1e3 | 0, 11), 136);
      buf[156] = ZERO_OFFSET + toTypeflag(opts.type);
      if (opts.linkname) buf.write(opts.linkname, 157);
      USTAR_MAGIC.copy(buf, MAGIC_OFFSET);
      USTAR_VER.copy(buf, VERSION_OFFSET);
      if (opts.uname) buf.write(opts.uname, 265);
      if (opts.gname) buf.write(opts.gname, 297);
      buf.write(encodeOct(opts.devmajor || 0, 6), 329);
      buf.write(encodeOct(opts.devminor || 0, 6), 337);
      if (prefix) buf.write(prefix, 345);
      buf.write(encodeOct(cksum(buf), 6), 148);
      return buf;
    };
    exports.decode = function(buf, filenameEncoding, allowUnknownFormat) {
      var typeflag = buf[156] === 0 ? 0 : buf[156] - ZERO_OFFSET;
      var name = decodeStr(buf, 0, 100, filenameEncoding);
      var mode = decodeOct(buf, 100, 8);
      var uid = decodeOct(buf, 108, 8);
      var gid = decodeOct(buf, 116, 8);
      var size = decodeOct(buf, 124, 12);
      var mtime = decodeOct(buf, 136, 12);
      var type = toType(typeflag);
      var linkname = buf[157] === 0 ? null : decodeStr(buf, 157, 100, filenameEncoding);
      var uname = decodeStr(buf, 265, 32);
      var gname = decodeStr(buf, 297, 32);
      var devmajor = decodeOct(buf, 329, 8);
      var devminor = decodeOct(buf, 337, 8);
      var c = cksum(buf);
      if (c === 8 * 32) return null;
      if (c !== decodeOct(buf, 148, 8)) throw new Error("Invalid tar header. Maybe the tar is corrupted or it needs to be gunzipped?");
      if (USTAR_MAGIC.compare(buf, MAGIC_OFFSET, MAGIC_OFFSET + 6) === 0) {
        if (buf[345]) name = decodeStr(buf, 345, 155, filenameEncoding) + "/" + name;
      } else if (GNU_MAGIC.compare(buf, MAGIC_OFFSET, MAGIC_OFFSET + 6) === 0 && GNU_VER.compare(buf, VERSION_OFFSET, VERSION_OFFSET + 2) === 0) {
      } else {
        if (!allowUnknownFormat) {
          throw new Error("Invalid tar header: unknown format.");
        }
      }
      if (typeflag === 0 && name && name[name.length - 1] === "/") typeflag = 5;
      return {
        name,
        mode,
        uid,
        gid,
        size,
        mtime: new Date(1e3 * mtime),
        type,
        linkname,
        uname,
        gname,
        devmajor,
        devminor
      };
    };
  }
});

// node_modules/tar-fs/node_modules/tar-stream/extract.js
var require_extract = __commonJS({
  "node_modules/tar-fs/node_modules/tar-stream/extract.js"(exports, module) {
    var util = __require("util");
    var bl = require_bl();
    var headers = require_headers();
    var Writable = require_readable().Writable;
    var PassThrough = require_readable().PassThrough;
    var noop = function() {
    };
    var overflow = function(size) {
      size &= 511;
      return size && 512 - size;
    };
    var emptyStream = function(self2, offset) {
      var s = new Source(self2, offset);
      s.end();
      return s;
    };
    var mixinPax = function(header, pax) {
      if (pax.path) header.name = pax.path;
      if (pax.linkpath) header.linkname = pax.linkpath;
      if (pax.size) header.size = parseInt(pax.size, 10);
      header.pax = pax;
      return header;
    };
    var Source = function(self2, offset) {
      this._parent = self2;
      this.offset = offset;
      PassThrough.call(this, { autoDestroy: false });
    };
    util.inherits(Source, PassThrough);
    Source.prototype.destroy = function(err) {
      this._parent.destroy(err);
    };
    var Extract = function(opts) {
      if (!(this instanceof Extract)) return new Extract(opts);
      Writable.call(this, opts);
      opts = opts || {};
      this._offset = 0;
      this._buffer = bl();
      this._missing = 0;
      this._partial = false;
      this._onparse = noop;
      this._header = null;
      this._stream = null;
      this._overflow = null;
      this._cb = null;
      this._locked = false;
      this._destroyed = false;
      this._pax = null;
      this._paxGlobal = null;
      this._gnuLongPath = null;
      this._gnuLongLinkPath = null;
      var self2 = this;
      var b = self2._buffer;
      var oncontinue = function() {
        self2._continue();
      };
      var onunlock = function(err) {
        self2._locked = false;
        if (err) return self2.destroy(err);
        if (!self2._stream) oncontinue();
      };
      var onstreamend = function() {
        self2._stream = null;
        var drain = overflow(self2._header.size);
        if (drain) self2._parse(drain, ondrain);
        else self2._parse(512, onheader);
        if (!self2._locked) oncontinue();
      };
      var ondrain = function() {
        self2._buffer.consume(overflow(self2._header.size));
        self2._parse(512, onheader);
        oncontinue();
      };
      var onpaxglobalheader = function() {
        var size = self2._header.size;
        self2._paxGlobal = headers.decodePax(b.slice(0, size));
        b.consume(size);
        onstreamend();
      };
      var onpaxheader = function() {
        var size = self2._header.size;
        self2._pax = headers.decodePax(b.slice(0, size));
        if (self2._paxGlobal) self2._pax = Object.assign({}, self2._paxGlobal, self2._pax);
        b.consume(size);
        onstreamend();
      };
      var ongnulongpath = function() {
        var size = self2._header.size;
        this._gnuLongPath = headers.decodeLongPath(b.slice(0, size), opts.filenameEncoding);
        b.consume(size);
        onstreamend();
      };
      var ongnulonglinkpath = function() {
        var size = self2._header.size;
        this._gnuLongLinkPath = headers.decodeLongPath(b.slice(0, size), opts.filenameEncoding);
        b.consume(size);
        onstreamend();
      };
      var onheader = function() {
        var offset = self2._offset;
        var header;
        try {
          header = self2._header = headers.decode(b.slice(0, 512), opts.filenameEncoding, opts.allowUnknownFormat);
        } catch (err) {
          self2.emit("error", err);
        }
        b.consume(512);
        if (!header) {
          self2._parse(512, onheader);
          oncontinue();
          return;
        }
        if (header.type === "gnu-long-path") {
          self2._parse(header.size, ongnulongpath);
          oncontinue();
          return;
        }
        if (header.type === "gnu-long-link-path") {
          self2._parse(header.size, ongnulonglinkpath);
          oncontinue();
          return;
        }
        if (header.type === "pax-global-header") {
          self2._parse(header.size, onpaxglobalheader);
          oncontinue();
          return;
        }
        if (header.type === "pax-header") {
          self2._parse(header.size, onpaxheader);
          oncontinue();
          return;
        }
        if (self2._gnuLongPath) {
          header.name = self2._gnuLongPath;
          self2._gnuLongPath = null;
        }
        if (self2._gnuLongLinkPath) {
          header.linkname = self2._gnuLongLinkPath;
          self2._gnuLongLinkPath = null;
        }
        if (self2._pax) {
          self2._header = header = mixinPax(header, self2._pax);
          self2._pax = null;
        }
        self2._locked = true;
        if (!header.size || header.type === "directory") {
          self2._parse(512, onheader);
          self2.emit("entry", header, emptyStream(self2, offset), onunlock);
          return;
        }
        self2._stream = new Source(self2, offset);
        self2.emit("entry", header, self2._stream, onunlock);
        self2._parse(header.size, onstreamend);
        oncontinue();
      };
      this._onheader = onheader;
      this._parse(512, onheader);
    };
    util.inherits(Extract, Writable);
    Extract.prototype.destroy = function(err) {
      if (this._destroyed) return;
      this._destroyed = true;
      if (err) this.emit("error", err);
      this.emit("close");
      if (this._stream) this._stream.emit("close");
    };
    Extract.prototype._parse = function(size, onparse) {
      if (this._destroyed) return;
      this._offset += size;
      this._missing = size;
      if (onparse === this._onheader) this._partial = false;
      this._onparse = onparse;
    };
    Extract.prototype._continue = function() {
      if (this._destroyed) return;
      var cb = this._cb;
      this._cb = noop;
      if (this._overflow) this._write(this._overflow, void 0, cb);
      else cb();
    };
    Extract.prototype._write = function(data, enc, cb) {
      if (this._destroyed) return;
      var s = this._stream;
      var b = this._buffer;
      var missing = this._missing;
      if (data.length) this._partial = true;
      if (data.length < missing) {
        this._missing -= data.length;
        this._overflow = null;
        if (s) return s.write(data, cb);
        b.append(data);
        return cb();
      }
      this._cb = cb;
      this._missing = 0;
      var overflow2 = null;
      if (data.length > missing) {
        overflow2 = data.slice(missing);
        data = data.slice(0, missing);
      }
      if (s) s.end(data);
      else b.append(data);
      this._overflow = overflow2;
      this._onparse();
    };
    Extract.prototype._final = function(cb) {
      if (this._partial) return this.destroy(new Error("Unexpected end of data"));
      cb();
    };
    module.exports = Extract;
  }
});

// node_modules/fs-constants/index.js
var require_fs_constants = __commonJS({
  "node_modules/fs-constants/index.js"(exports, module) {
    module.exports = __require("fs").constants || __require("constants");
  }
});

// node_modules/wrappy/wrappy.js
var require_wrappy = __commonJS({
  "node_modules/wrappy/wrappy.js"(exports, module) {
    module.exports = wrappy;
    function wrappy(fn, cb) {
      if (fn && cb) return wrappy(fn)(cb);
      if (typeof fn !== "function")
        throw new TypeError("need wrapper function");
      Object.keys(fn).forEach(function(k) {
        wrapper[k] = fn[k];
      });
      return wrapper;
      function wrapper() {
        var args = new Array(arguments.length);
        for (var i = 0; i < args.length; i++) {
          args[i] = arguments[i];
        }
        var ret = fn.apply(this, args);
        var cb2 = args[args.length - 1];
        if (typeof ret === "function" && ret !== cb2) {
          Object.keys(cb2).forEach(function(k) {
            ret[k] = cb2[k];
          });
        }
        return ret;
      }
    }
  }
});

// node_modules/once/once.js
var require_once = __commonJS({
  "node_modules/once/once.js"(exports, module) {
    var wrappy = require_wrappy();
    module.exports = wrappy(once);
    module.exports.strict = wrappy(onceStrict);
    once.proto = once(function() {
      Object.defineProperty(Function.prototype, "once", {
        value: function() {
          return once(this);
        },
        configurable: true
      });
      Object.defineProperty(Function.prototype, "onceStrict", {
        value: function() {
          return onceStrict(this);
        },
        configurable: true
      });
    });
    function once(fn) {
      var f = function() {
        if (f.called) return f.value;
        f.called = true;
        return f.value = fn.apply(this, arguments);
      };
      f.called = false;
      return f;
    }
    function onceStrict(fn) {
      var f = function() {
        if (f.called)
          throw new Error(f.onceError);
        f.called = true;
        return f.value = fn.apply(this, arguments);
      };
      var name = fn.name || "Function wrapped with `once`";
      f.onceError = name + " shouldn't be called more than once";
      f.called = false;
      return f;
    }
  }
});

// node_modules/end-of-stream/index.js
var require_end_of_stream2 = __commonJS({
  "node_modules/end-of-stream/index.js"(exports, module) {
    var once = require_once();
    var noop = function() {
    };
    var qnt = global.Bare ? queueMicrotask : process.nextTick.bind(process);
    var isRequest = function(stream) {
      return stream.setHeader && typeof stream.abort === "function";
    };
    var isChildProcess = function(stream) {
      return stream.stdio && Array.isArray(stream.stdio) && stream.stdio.length === 3;
    };
    var eos = function(stream, opts, callback) {
      if (typeof opts === "function") return eos(stream, null, opts);
      if (!opts) opts = {};
      callback = once(callback || noop);
      var ws = stream._writableState;
      var rs = stream._readableState;
      var readable = opts.readable || opts.readable !== false && stream.readable;
      var writable = opts.writable || opts.writable !== false && stream.writable;
      var cancelled2 = false;
      var onlegacyfinish = function() {
        if (!stream.writable) onfinish();
      };
      var onfinish = function() {
        writable = false;
        if (!readable) callback.call(stream);
      };
      var onend = function() {
        readable = false;
        if (!writable) callback.call(stream);
      };
      var onexit = function(exitCode2) {
        callback.call(stream, exitCode2 ? new Error("exited with error code: " + exitCode2) : null);
      };
      var onerror = function(err) {
        callback.call(stream, err);
      };
      var onclose = function() {
        qnt(onclosenexttick);
      };
      var onclosenexttick = function() {
        if (cancelled2) return;
        if (readable && !(rs && (rs.ended && !rs.destroyed))) return callback.call(stream, new Error("premature close"));
        if (writable && !(ws && (ws.ended && !ws.destroyed))) return callback.call(stream, new Error("premature close"));
      };
      var onrequest = function() {
        stream.req.on("finish", onfinish);
      };
      if (isRequest(stream)) {
        stream.on("complete", onfinish);
        stream.on("abort", onclose);
        if (stream.req) onrequest();
        else stream.on("request", onrequest);
      } else if (writable && !ws) {
        stream.on("end", onlegacyfinish);
        stream.on("close", onlegacyfinish);
      }
      if (isChildProcess(stream)) stream.on("exit", onexit);
      stream.on("end", onend);
      stream.on("finish", onfinish);
      if (opts.error !== false) stream.on("error", onerror);
      stream.on("close", onclose);
      return function() {
        cancelled2 = true;
        stream.removeListener("complete", onfinish);
        stream.removeListener("abort", onclose);
        stream.removeListener("request", onrequest);
        if (stream.req) stream.req.removeListener("finish", onfinish);
        stream.removeListener("end", onlegacyfinish);
        stream.removeListener("close", onlegacyfinish);
        stream.removeListener("finish", onfinish);
        stream.removeListener("exit", onexit);
        stream.removeListener("end", onend);
        stream.removeListener("error", onerror);
        stream.removeListener("close", onclose);
      };
    };
    module.exports = eos;
  }
});

// node_modules/tar-fs/node_modules/tar-stream/pack.js
var require_pack = __commonJS({
  "node_modules/tar-fs/node_modules/tar-stream/pack.js"(exports, module) {
    var constants = require_fs_constants();
    var eos = require_end_of_stream2();
    var inherits = require_inherits();
    var alloc = Buffer.alloc;
    var Readable = require_readable().Readable;
    var Writable = require_readable().Writable;
    var StringDecoder2 = __require("string_decoder").StringDecoder;
    var headers = require_headers();
    var DMODE = parseInt("755", 8);
    var FMODE = parseInt("644", 8);
    var END_OF_TAR = alloc(1024);
    var noop = function() {
    };
    var overflow = function(self2, size) {
      size &= 511;
      if (size) self2.push(END_OF_TAR.slice(0, 512 - size));
    };
    function modeToType(mode) {
      switch (mode & constants.S_IFMT) {
        case constants.S_IFBLK:
          return "block-device";
        case constants.S_IFCHR:
          return "character-device";
        case constants.S_IFDIR:
          return "directory";
        case constants.S_IFIFO:
          return "fifo";
        case constants.S_IFLNK:
          return "symlink";
      }
      return "file";
    }
    var Sink = function(to) {
      Writable.call(this);
      this.written = 0;
      this._to = to;
      this._destroyed = false;
    };
    inherits(Sink, Writable);
    Sink.prototype._write = function(data, enc, cb) {
      this.written += data.length;
      if (this._to.push(data)) return cb();
      this._to._drain = cb;
    };
    Sink.prototype.destroy = function() {
      if (this._destroyed) return;
      this._destroyed = true;
      this.emit("close");
    };
    var LinkSink = function() {
      Writable.call(this);
      this.linkname = "";
      this._decoder = new StringDecoder2("utf-8");
      this._destroyed = false;
    };
    inherits(LinkSink, Writable);
    LinkSink.prototype._write = function(data, enc, cb) {
      this.linkname += this._decoder.write(data);
      cb();
    };
    LinkSink.prototype.destroy = function() {
      if (this._destroyed) return;
      this._destroyed = true;
      this.emit("close");
    };
    var Void = function() {
      Writable.call(this);
      this._destroyed = false;
    };
    inherits(Void, Writable);
    Void.prototype._write = function(data, enc, cb) {
      cb(new Error("No body allowed for this entry"));
    };
    Void.prototype.destroy = function() {
      if (this._destroyed) return;
      this._destroyed = true;
      this.emit("close");
    };
    var Pack = function(opts) {
      if (!(this instanceof Pack)) return new Pack(opts);
      Readable.call(this, opts);
      this._drain = noop;
      this._finalized = false;
      this._finalizing = false;
      this._destroyed = false;
      this._stream = null;
    };
    inherits(Pack, Readable);
    Pack.prototype.entry = function(header, buffer, callback) {
      if (this._stream) throw new Error("already piping an entry");
      if (this._finalized || this._destroyed) return;
      if (typeof buffer === "function") {
        callback = buffer;
        buffer = null;
      }
      if (!callback) callback = noop;
      var self2 = this;
      if (!header.size || header.type === "symlink") header.size = 0;
      if (!header.type) header.type = modeToType(header.mode);
      if (!header.mode) header.mode = header.type === "directory" ? DMODE : FMODE;
      if (!header.uid) header.uid = 0;
      if (!header.gid) header.gid = 0;
      if (!header.mtime) header.mtime = /* @__PURE__ */ new Date();
      if (typeof buffer === "string") buffer = Buffer.from(buffer);
      if (Buffer.isBuffer(buffer)) {
        header.size = buffer.length;
        this._encode(header);
        var ok = this.push(buffer);
        overflow(self2, header.size);
        if (ok) process.nextTick(callback);
        else this._drain = callback;
        return new Void();
      }
      if (header.type === "symlink" && !header.linkname) {
        var linkSink = new LinkSink();
        eos(linkSink, function(err) {
          if (err) {
            self2.destroy();
            return callback(err);
          }
          header.linkname = linkSink.linkname;
          self2._encode(header);
          callback();
        });
        return linkSink;
      }
      this._encode(header);
      if (header.type !== "file" && header.type !== "contiguous-file") {
        process.nextTick(callback);
        return new Void();
      }
      var sink = new Sink(this);
      this._stream = sink;
      eos(sink, function(err) {
        self2._stream = null;
        if (err) {
          self2.destroy();
          return callback(err);
        }
        if (sink.written !== header.size) {
          self2.destroy();
          return callback(new Error("size mismatch"));
        }
        overflow(self2, header.size);
        if (self2._finalizing) self2.finalize();
        callback();
      });
      return sink;
    };
    Pack.prototype.finalize = function() {
      if (this._stream) {
        this._finalizing = true;
        return;
      }
      if (this._finalized) return;
      this._finalized = true;
      this.push(END_OF_TAR);
      this.push(null);
    };
    Pack.prototype.destroy = function(err) {
      if (this._destroyed) return;
      this._destroyed = true;
      if (err) this.emit("error", err);
      this.emit("close");
      if (this._stream && this._stream.destroy) this._stream.destroy();
    };
    Pack.prototype._encode = function(header) {
      if (!header.pax) {
        var buf = headers.encode(header);
        if (buf) {
          this.push(buf);
          return;
        }
      }
      this._encodePax(header);
    };
    Pack.prototype._encodePax = function(header) {
      var paxHeader = headers.encodePax({
        name: header.name,
        linkname: header.linkname,
        pax: header.pax
      });
      var newHeader = {
        name: "PaxHeader",
        mode: header.mode,
        uid: header.uid,
        gid: header.gid,
        size: paxHeader.length,
        mtime: header.mtime,
        type: "pax-header",
        linkname: header.linkname && "PaxHeader",
        uname: header.uname,
        gname: header.gname,
        devmajor: header.devmajor,
        devminor: header.devminor
      };
      this.push(headers.encode(newHeader));
      this.push(paxHeader);
      overflow(this, paxHeader.length);
      newHeader.size = header.size;
      newHeader.type = header.type;
      this.push(headers.encode(newHeader));
    };
    Pack.prototype._read = function(n) {
      var drain = this._drain;
      this._drain = noop;
      drain();
    };
    module.exports = Pack;
  }
});

// node_modules/tar-fs/node_modules/tar-stream/index.js
var require_tar_stream = __commonJS({
  "node_modules/tar-fs/node_modules/tar-stream/index.js"(exports) {
    exports.extract = require_extract();
    exports.pack = require_pack();
  }
});

// node_modules/pump/index.js
var require_pump = __commonJS({
  "node_modules/pump/index.js"(exports, module) {
    var once = require_once();
    var eos = require_end_of_stream2();
    var fs;
    try {
      fs = __require("fs");
    } catch (e) {
    }
    var noop = function() {
    };
    var ancient = typeof process === "undefined" ? false : /^v?\.0/.test(process.version);
    var isFn = function(fn) {
      return typeof fn === "function";
    };
    var isFS = function(stream) {
      if (!ancient) return false;
      if (!fs) return false;
      return (stream instanceof (fs.ReadStream || noop) || stream instanceof (fs.WriteStream || noop)) && isFn(stream.close);
    };
    var isRequest = function(stream) {
      return stream.setHeader && isFn(stream.abort);
    };
    var destroyer = function(stream, reading, writing, callback) {
      callback = once(callback);
      var closed = false;
      stream.on("close", function() {
        closed = true;
      });
      eos(stream, { readable: reading, writable: writing }, function(err) {
        if (err) return callback(err);
        closed = true;
        callback();
      });
      var destroyed = false;
      return function(err) {
        if (closed) return;
        if (destroyed) return;
        destroyed = true;
        if (isFS(stream)) return stream.close(noop);
        if (isRequest(stream)) return stream.abort();
        if (isFn(stream.destroy)) return stream.destroy();
        callback(err || new Error("stream was destroyed"));
      };
    };
    var call = function(fn) {
      fn();
    };
    var pipe = function(from, to) {
      return from.pipe(to);
    };
    var pump2 = function() {
      var streams = Array.prototype.slice.call(arguments);
      var callback = isFn(streams[streams.length - 1] || noop) && streams.pop() || noop;
      if (Array.isArray(streams[0])) streams = streams[0];
      if (streams.length < 2) throw new Error("pump requires two streams per minimum");
      var error;
      var destroys = streams.map(function(stream, i) {
        var reading = i < streams.length - 1;
        var writing = i > 0;
        return destroyer(stream, reading, writing, function(err) {
          if (!error) error = err;
          if (err) destroys.forEach(call);
          if (reading) return;
          destroys.forEach(call);
          callback(error);
        });
      });
      return streams.reduce(pipe);
    };
    module.exports = pump2;
  }
});

// node_modules/mkdirp-classic/index.js
var require_mkdirp_classic = __commonJS({
  "node_modules/mkdirp-classic/index.js"(exports, module) {
    var path2 = __require("path");
    var fs = __require("fs");
    var _0777 = parseInt("0777", 8);
    module.exports = mkdirP.mkdirp = mkdirP.mkdirP = mkdirP;
    function mkdirP(p, opts, f, made) {
      if (typeof opts === "function") {
        f = opts;
        opts = {};
      } else if (!opts || typeof opts !== "object") {
        opts = { mode: opts };
      }
      var mode = opts.mode;
      var xfs = opts.fs || fs;
      if (mode === void 0) {
        mode = _0777 & ~process.umask();
      }
      if (!made) made = null;
      var cb = f || function() {
      };
      p = path2.resolve(p);
      xfs.mkdir(p, mode, function(er) {
        if (!er) {
          made = made || p;
          return cb(null, made);
        }
        switch (er.code) {
          case "ENOENT":
            mkdirP(path2.dirname(p), opts, function(er2, made2) {
              if (er2) cb(er2, made2);
              else mkdirP(p, opts, cb, made2);
            });
            break;
          // In the case of any other error, just see if there's a dir
          // there already.  If so, then hooray!  If not, then something
          // is borked.
          default:
            xfs.stat(p, function(er2, stat) {
              if (er2 || !stat.isDirectory()) cb(er, made);
              else cb(null, made);
            });
            break;
        }
      });
    }
    mkdirP.sync = function sync(p, opts, made) {
      if (!opts || typeof opts !== "object") {
        opts = { mode: opts };
      }
      var mode = opts.mode;
      var xfs = opts.fs || fs;
      if (mode === void 0) {
        mode = _0777 & ~process.umask();
      }
      if (!made) made = null;
      p = path2.resolve(p);
      try {
        xfs.mkdirSync(p, mode);
        made = made || p;
      } catch (err0) {
        switch (err0.code) {
          case "ENOENT":
            made = sync(path2.dirname(p), opts, made);
            sync(p, opts, made);
            break;
          // In the case of any other error, just see if there's a dir
          // there already.  If so, then hooray!  If not, then something
          // is borked.
          default:
            var stat;
            try {
              stat = xfs.statSync(p);
            } catch (err1) {
              throw err0;
            }
            if (!stat.isDirectory()) throw err0;
            break;
        }
      }
      return made;
    };
  }
});

// node_modules/tar-fs/index.js
var require_tar_fs = __commonJS({
  "node_modules/tar-fs/index.js"(exports) {
    var chownr = require_chownr();
    var tar = require_tar_stream();
    var pump2 = require_pump();
    var mkdirp = require_mkdirp_classic();
    var fs = __require("fs");
    var path2 = __require("path");
    var os2 = __require("os");
    var win32 = os2.platform() === "win32";
    var noop = function() {
    };
    var echo = function(name) {
      return name;
    };
    var normalize = !win32 ? echo : function(name) {
      return name.replace(/\\/g, "/").replace(/[:?<>|]/g, "_");
    };
    var statAll = function(fs2, stat, cwd, ignore, entries, sort) {
      var queue = entries || ["."];
      for (var i = 0; i < queue.length; i++) {
        if (!inCwd(path2.resolve(cwd, queue[i]), cwd)) throw new Error(queue[i] + " is not a valid path");
      }
      return function loop(callback) {
        if (!queue.length) return callback();
        var next = queue.shift();
        var nextAbs = path2.join(cwd, next);
        stat.call(fs2, nextAbs, function(err, stat2) {
          if (err) return callback(err);
          if (!stat2.isDirectory()) return callback(null, next, stat2);
          fs2.readdir(nextAbs, function(err2, files) {
            if (err2) return callback(err2);
            if (sort) files.sort();
            for (var i2 = 0; i2 < files.length; i2++) {
              if (!ignore(path2.join(cwd, next, files[i2]))) queue.push(path2.join(next, files[i2]));
            }
            callback(null, next, stat2);
          });
        });
      };
    };
    var strip = function(map, level) {
      return function(header) {
        header.name = header.name.split("/").slice(level).join("/");
        var linkname = header.linkname;
        if (linkname && (header.type === "link" || path2.isAbsolute(linkname))) {
          header.linkname = linkname.split("/").slice(level).join("/");
        }
        return map(header);
      };
    };
    exports.pack = function(cwd, opts) {
      if (!cwd) cwd = ".";
      if (!opts) opts = {};
      var xfs = opts.fs || fs;
      var ignore = opts.ignore || opts.filter || noop;
      var map = opts.map || noop;
      var mapStream = opts.mapStream || echo;
      var statNext = statAll(xfs, opts.dereference ? xfs.stat : xfs.lstat, cwd, ignore, opts.entries, opts.sort);
      var strict = opts.strict !== false;
      var umask = typeof opts.umask === "number" ? ~opts.umask : ~processUmask();
      var dmode = typeof opts.dmode === "number" ? opts.dmode : 0;
      var fmode = typeof opts.fmode === "number" ? opts.fmode : 0;
      var pack = opts.pack || tar.pack();
      var finish = opts.finish || noop;
      if (opts.strip) map = strip(map, opts.strip);
      if (opts.readable) {
        dmode |= parseInt(555, 8);
        fmode |= parseInt(444, 8);
      }
      if (opts.writable) {
        dmode |= parseInt(333, 8);
        fmode |= parseInt(222, 8);
      }
      var onsymlink = function(filename, header) {
        xfs.readlink(path2.join(cwd, filename), function(err, linkname) {
          if (err) return pack.destroy(err);
          header.linkname = normalize(linkname);
          pack.entry(header, onnextentry);
        });
      };
      var onstat = function(err, filename, stat) {
        if (err) return pack.destroy(err);
        if (!filename) {
          if (opts.finalize !== false) pack.finalize();
          return finish(pack);
        }
        if (stat.isSocket()) return onnextentry();
        var header = {
          name: normalize(filename),
          mode: (stat.mode | (stat.isDirectory() ? dmode : fmode)) & umask,
          mtime: stat.mtime,
          size: stat.size,
          type: "file",
          uid: stat.uid,
          gid: stat.gid
        };
        if (stat.isDirectory()) {
          header.size = 0;
          header.type = "directory";
          header = map(header) || header;
          return pack.entry(header, onnextentry);
        }
        if (stat.isSymbolicLink()) {
          header.size = 0;
          header.type = "symlink";
          header = map(header) || header;
          return onsymlink(filename, header);
        }
        header = map(header) || header;
        if (!stat.isFile()) {
          if (strict) return pack.destroy(new Error("unsupported type for " + filename));
          return onnextentry();
        }
        var entry = pack.entry(header, onnextentry);
        if (!entry) return;
        var rs = mapStream(xfs.createReadStream(path2.join(cwd, filename), { start: 0, end: header.size > 0 ? header.size - 1 : header.size }), header);
        rs.on("error", function(err2) {
          entry.destroy(err2);
        });
        pump2(rs, entry);
      };
      var onnextentry = function(err) {
        if (err) return pack.destroy(err);
        statNext(onstat);
      };
      onnextentry();
      return pack;
    };
    var head = function(list) {
      return list.length ? list[list.length - 1] : null;
    };
    var processGetuid = function() {
      return process.getuid ? process.getuid() : -1;
    };
    var processUmask = function() {
      return process.umask ? process.umask() : 0;
    };
    exports.extract = function(cwd, opts) {
      if (!cwd) cwd = ".";
      if (!opts) opts = {};
      var xfs = opts.fs || fs;
      var ignore = opts.ignore || opts.filter || noop;
      var map = opts.map || noop;
      var mapStream = opts.mapStream || echo;
      var own = opts.chown !== false && !win32 && processGetuid() === 0;
      var extract = opts.extract || tar.extract();
      var stack = [];
      var now = /* @__PURE__ */ new Date();
      var umask = typeof opts.umask === "number" ? ~opts.umask : ~processUmask();
      var dmode = typeof opts.dmode === "number" ? opts.dmode : 0;
      var fmode = typeof opts.fmode === "number" ? opts.fmode : 0;
      var strict = opts.strict !== false;
      if (opts.strip) map = strip(map, opts.strip);
      if (opts.readable) {
        dmode |= parseInt(555, 8);
        fmode |= parseInt(444, 8);
      }
      if (opts.writable) {
        dmode |= parseInt(333, 8);
        fmode |= parseInt(222, 8);
      }
      var utimesParent = function(name, cb) {
        var top;
        while ((top = head(stack)) && name.slice(0, top[0].length) !== top[0]) stack.pop();
        if (!top) return cb();
        xfs.utimes(top[0], now, top[1], cb);
      };
      var utimes = function(name, header, cb) {
        if (opts.utimes === false) return cb();
        if (header.type === "directory") return xfs.utimes(name, now, header.mtime, cb);
        if (header.type === "symlink") return utimesParent(name, cb);
        xfs.utimes(name, now, header.mtime, function(err) {
          if (err) return cb(err);
          utimesParent(name, cb);
        });
      };
      var chperm = function(name, header, cb) {
        var link = header.type === "symlink";
        var chmod = link ? xfs.lchmod : xfs.chmod;
        var chown = link ? xfs.lchown : xfs.chown;
        if (!chmod) return cb();
        var mode = (header.mode | (header.type === "directory" ? dmode : fmode)) & umask & parseInt(777, 8);
        if (chown && own) chown.call(xfs, name, header.uid, header.gid, onchown);
        else onchown(null);
        function onchown(err) {
          if (err) return cb(err);
          if (!chmod) return cb();
          chmod.call(xfs, name, mode, cb);
        }
      };
      extract.on("entry", function(header, stream, next) {
        header = map(header) || header;
        header.name = normalize(header.name);
        var name = path2.join(cwd, path2.join("/", header.name));
        if (ignore(name, header)) {
          stream.resume();
          return next();
        }
        var stat = function(err) {
          if (err) return next(err);
          if (path2.join(name, ".") === path2.join(cwd, ".")) return next();
          utimes(name, header, function(err2) {
            if (err2) return next(err2);
            if (win32) return next();
            chperm(name, header, next);
          });
        };
        var onsymlink = function() {
          if (win32) return next();
          xfs.unlink(name, function() {
            var dst = path2.resolve(path2.dirname(name), header.linkname);
            if (!inCwd(dst, cwd)) return next(new Error(name + " is not a valid symlink"));
            validateNotSymlink(xfs, dst, path2.resolve(cwd), function(err, valid) {
              if (err) return next(err);
              if (!valid) return next(new Error(name + " is not a valid symlink"));
              xfs.symlink(header.linkname, name, stat);
            });
          });
        };
        var onlink = function() {
          if (win32) return next();
          xfs.unlink(name, function() {
            var srcpath = path2.join(cwd, path2.join("/", header.linkname));
            xfs.realpath(srcpath, function(err, dst) {
              if (err || !inCwd(dst, cwd)) return next(new Error(name + " is not a valid hardlink"));
              xfs.link(dst, name, function(err2) {
                if (err2 && err2.code === "EPERM" && opts.hardlinkAsFilesFallback) {
                  stream = xfs.createReadStream(srcpath);
                  return onfile();
                }
                stat(err2);
              });
            });
          });
        };
        var onfile = function() {
          xfs.lstat(name, function(err, st) {
            if (!err && st.isSymbolicLink()) return xfs.unlink(name, onwrite);
            onwrite();
          });
          function onwrite(err) {
            if (err) return next(err);
            var ws = xfs.createWriteStream(name);
            var rs = mapStream(stream, header);
            ws.on("error", function(err2) {
              rs.destroy(err2);
            });
            pump2(rs, ws, function(err2) {
              if (err2) return next(err2);
              ws.on("close", stat);
            });
          }
        };
        if (header.type === "directory") {
          stack.push([name, header.mtime]);
          return mkdirfix(name, {
            fs: xfs,
            own,
            uid: header.uid,
            gid: header.gid
          }, stat);
        }
        var dir = path2.dirname(name);
        validate(xfs, dir, path2.join(cwd, "."), function(err, valid) {
          if (err) return next(err);
          if (!valid) return next(new Error(dir + " is not a valid path"));
          mkdirfix(dir, {
            fs: xfs,
            own,
            uid: header.uid,
            gid: header.gid
          }, function(err2) {
            if (err2) return next(err2);
            switch (header.type) {
              case "file":
                return onfile();
              case "link":
                return onlink();
              case "symlink":
                return onsymlink();
            }
            if (strict) return next(new Error("unsupported type for " + name + " (" + header.type + ")"));
            stream.resume();
            next();
          });
        });
      });
      if (opts.finish) extract.on("finish", opts.finish);
      return extract;
    };
    function validate(fs2, name, root, cb) {
      if (name === root) return cb(null, true);
      fs2.lstat(name, function(err, st) {
        if (err && err.code !== "ENOENT") return cb(err);
        if (err || st.isDirectory()) return validate(fs2, path2.join(name, ".."), root, cb);
        cb(null, false);
      });
    }
    function validateNotSymlink(fs2, name, root, cb) {
      if (name === root) return cb(null, true);
      if (!name.startsWith(root + path2.sep)) return cb(null, false);
      fs2.lstat(name, function(err, st) {
        if (err && err.code !== "ENOENT" && err.code !== "EPERM") return cb(err);
        if (err || !st.isSymbolicLink()) return validateNotSymlink(fs2, path2.join(name, ".."), root, cb);
        cb(null, false);
      });
    }
    function mkdirfix(name, opts, cb) {
      mkdirp(name, { fs: opts.fs }, function(err, made) {
        if (!err && made && opts.own) {
          chownr(made, opts.uid, opts.gid, cb);
        } else {
          cb(err);
        }
      });
    }
    function inCwd(dst, cwd) {
      cwd = path2.resolve(cwd);
      return cwd === dst || dst.startsWith(cwd + path2.sep);
    }
  }
});

// node_modules/dockerode/lib/util.js
var require_util = __commonJS({
  "node_modules/dockerode/lib/util.js"(exports, module) {
    var DockerIgnore = require_ignore();
    var fs = __require("fs");
    var path2 = __require("path");
    var tar = require_tar_fs();
    var zlib = __require("zlib");
    var arr = [];
    var each = arr.forEach;
    var slice = arr.slice;
    module.exports.extend = function(obj) {
      each.call(slice.call(arguments, 1), function(source) {
        if (source) {
          for (var prop in source) {
            obj[prop] = source[prop];
          }
        }
      });
      return obj;
    };
    module.exports.processArgs = function(opts, callback, defaultOpts) {
      if (!callback && typeof opts === "function") {
        callback = opts;
        opts = null;
      }
      return {
        callback,
        opts: module.exports.extend({}, defaultOpts, opts)
      };
    };
    module.exports.parseRepositoryTag = function(input) {
      var separatorPos;
      var digestPos = input.indexOf("@");
      var colonPos = input.lastIndexOf(":");
      if (digestPos >= 0) {
        separatorPos = digestPos;
      } else if (colonPos >= 0) {
        separatorPos = colonPos;
      } else {
        return {
          repository: input
        };
      }
      var tag = input.slice(separatorPos + 1);
      if (tag.indexOf("/") === -1) {
        return {
          repository: input.slice(0, separatorPos),
          tag
        };
      }
      return {
        repository: input
      };
    };
    module.exports.prepareBuildContext = function(file, next) {
      if (file && file.context) {
        fs.readFile(path2.join(file.context, ".dockerignore"), (err, data) => {
          let ignoreFn;
          let filterFn;
          if (!err) {
            const dockerIgnore = DockerIgnore({ ignorecase: false }).add(data.toString());
            filterFn = dockerIgnore.createFilter();
            ignoreFn = (path3) => {
              return !filterFn(path3);
            };
          }
          const entries = file.src.slice() || [];
          const pack = tar.pack(file.context, {
            entries: filterFn ? entries.filter(filterFn) : entries,
            ignore: ignoreFn
            // Only works on directories
          });
          next(pack.pipe(zlib.createGzip()));
        });
      } else {
        next(file);
      }
    };
  }
});

// node_modules/dockerode/lib/exec.js
var require_exec = __commonJS({
  "node_modules/dockerode/lib/exec.js"(exports, module) {
    var util = require_util();
    var Exec = function(modem, id) {
      this.modem = modem;
      this.id = id;
    };
    Exec.prototype[__require("util").inspect.custom] = function() {
      return this;
    };
    Exec.prototype.start = function(opts, callback) {
      var self2 = this;
      var args = util.processArgs(opts, callback);
      var optsf = {
        path: "/exec/" + this.id + "/start",
        method: "POST",
        abortSignal: args.opts.abortSignal,
        isStream: true,
        allowEmpty: true,
        hijack: args.opts.hijack,
        openStdin: args.opts.stdin,
        statusCodes: {
          200: true,
          204: true,
          404: "no such exec",
          409: "container stopped/paused",
          500: "container not running"
        },
        options: args.opts
      };
      if (args.callback === void 0) {
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err) {
              return reject(err);
            }
            resolve(data);
          });
        });
      } else {
        this.modem.dial(optsf, function(err, data) {
          if (err) return args.callback(err, data);
          args.callback(err, data);
        });
      }
    };
    Exec.prototype.resize = function(opts, callback) {
      var self2 = this;
      var args = util.processArgs(opts, callback);
      var optsf = {
        path: "/exec/" + this.id + "/resize?",
        method: "POST",
        abortSignal: args.opts.abortSignal,
        statusCodes: {
          200: true,
          404: "no such exec",
          500: "container not running"
        },
        options: args.opts
      };
      if (args.callback === void 0) {
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err) {
              return reject(err);
            }
            resolve(data);
          });
        });
      } else {
        this.modem.dial(optsf, function(err, data) {
          if (err) return args.callback(err, data);
          args.callback(err, data);
        });
      }
    };
    Exec.prototype.inspect = function(opts, callback) {
      var self2 = this;
      var args = util.processArgs(opts, callback);
      var optsf = {
        path: "/exec/" + this.id + "/json",
        method: "GET",
        abortSignal: args.opts.abortSignal,
        statusCodes: {
          200: true,
          404: "no such exec",
          500: "server error"
        }
      };
      if (args.callback === void 0) {
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err) {
              return reject(err);
            }
            resolve(data);
          });
        });
      } else {
        this.modem.dial(optsf, function(err, data) {
          if (err) return args.callback(err, data);
          args.callback(err, data);
        });
      }
    };
    module.exports = Exec;
  }
});

// node_modules/dockerode/lib/container.js
var require_container = __commonJS({
  "node_modules/dockerode/lib/container.js"(exports, module) {
    var extend = require_util().extend;
    var Exec = require_exec();
    var util = require_util();
    var Container = function(modem, id) {
      this.modem = modem;
      this.id = id;
      this.defaultOptions = {
        top: {},
        start: {},
        commit: {},
        stop: {},
        pause: {},
        unpause: {},
        restart: {},
        resize: {},
        attach: {},
        remove: {},
        copy: {},
        kill: {},
        exec: {},
        rename: {},
        log: {},
        stats: {},
        getArchive: {},
        infoArchive: {},
        putArchive: {},
        update: {},
        wait: {}
      };
    };
    Container.prototype[__require("util").inspect.custom] = function() {
      return this;
    };
    Container.prototype.inspect = function(opts, callback) {
      var self2 = this;
      var args = util.processArgs(opts, callback);
      var optsf = {
        path: "/containers/" + this.id + "/json?",
        method: "GET",
        options: args.opts,
        abortSignal: args.opts.abortSignal,
        statusCodes: {
          200: true,
          404: "no such container",
          500: "server error"
        }
      };
      if (args.callback === void 0) {
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err) {
              return reject(err);
            }
            resolve(data);
          });
        });
      } else {
        this.modem.dial(optsf, function(err, data) {
          args.callback(err, data);
        });
      }
    };
    Container.prototype.rename = function(opts, callback) {
      var self2 = this;
      var args = util.processArgs(opts, callback, this.defaultOptions.rename);
      var optsf = {
        path: "/containers/" + this.id + "/rename?",
        method: "POST",
        abortSignal: args.opts.abortSignal,
        statusCodes: {
          200: true,
          204: true,
          404: "no such container",
          500: "server error"
        },
        options: args.opts
      };
      if (args.callback === void 0) {
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err) {
              return reject(err);
            }
            resolve(data);
          });
        });
      } else {
        this.modem.dial(optsf, function(err, data) {
          args.callback(err, data);
        });
      }
    };
    Container.prototype.update = function(opts, callback) {
      var self2 = this;
      var args = util.processArgs(opts, callback, this.defaultOptions.update);
      var optsf = {
        path: "/containers/" + this.id + "/update",
        method: "POST",
        abortSignal: args.opts.abortSignal,
        statusCodes: {
          200: true,
          204: true,
          400: "bad parameter",
          404: "no such container",
          500: "server error"
        },
        options: args.opts
      };
      if (args.callback === void 0) {
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err) {
              return reject(err);
            }
            resolve(data);
          });
        });
      } else {
        this.modem.dial(optsf, function(err, data) {
          args.callback(err, data);
        });
      }
    };
    Container.prototype.top = function(opts, callback) {
      var self2 = this;
      var args = util.processArgs(opts, callback, this.defaultOptions.top);
      var optsf = {
        path: "/containers/" + this.id + "/top?",
        method: "GET",
        abortSignal: args.opts.abortSignal,
        statusCodes: {
          200: true,
          404: "no such container",
          500: "server error"
        },
        options: args.opts
      };
      if (args.callback === void 0) {
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err) {
              return reject(err);
            }
            resolve(data);
          });
        });
      } else {
        this.modem.dial(optsf, function(err, data) {
          args.callback(err, data);
        });
      }
    };
    Container.prototype.changes = function(opts, callback) {
      var self2 = this;
      var args = util.processArgs(opts, callback);
      var optsf = {
        path: "/containers/" + this.id + "/changes",
        method: "GET",
        abortSignal: args.opts.abortSignal,
        statusCodes: {
          200: true,
          404: "no such container",
          500: "server error"
        }
      };
      if (args.callback === void 0) {
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err) {
              return reject(err);
            }
            resolve(data);
          });
        });
      } else {
        this.modem.dial(optsf, function(err, data) {
          args.callback(err, data);
        });
      }
    };
    Container.prototype.listCheckpoint = function(opts, callback) {
      var self2 = this;
      var args = util.processArgs(opts, callback);
      var optsf = {
        path: "/containers/" + this.id + "/checkpoints?",
        method: "GET",
        abortSignal: args.opts.abortSignal,
        statusCodes: {
          200: true,
          404: "no such container",
          500: "server error"
        },
        options: args.opts
      };
      if (args.callback === void 0) {
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err) {
              return reject(err);
            }
            resolve(data);
          });
        });
      } else {
        this.modem.dial(optsf, function(err, data) {
          args.callback(err, data);
        });
      }
    };
    Container.prototype.deleteCheckpoint = function(checkpoint, opts, callback) {
      var self2 = this;
      var args = util.processArgs(opts, callback);
      var optsf = {
        path: "/containers/" + this.id + "/checkpoints/" + checkpoint + "?",
        method: "DELETE",
        abortSignal: args.opts.abortSignal,
        statusCodes: {
          200: true,
          // unofficial, but proxies may return it
          204: true,
          404: "no such container",
          500: "server error"
        },
        options: args.opts
      };
      if (args.callback === void 0) {
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err) {
              return reject(err);
            }
            resolve(data);
          });
        });
      } else {
        this.modem.dial(optsf, function(err, data) {
          args.callback(err, data);
        });
      }
    };
    Container.prototype.createCheckpoint = function(opts, callback) {
      var self2 = this;
      var args = util.processArgs(opts, callback);
      var optsf = {
        path: "/containers/" + this.id + "/checkpoints",
        method: "POST",
        abortSignal: args.opts.abortSignal,
        allowEmpty: true,
        statusCodes: {
          200: true,
          //unofficial, but proxies may return it
          201: true,
          204: true,
          404: "no such container",
          500: "server error"
        },
        options: args.opts
      };
      if (args.callback === void 0) {
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err) {
              return reject(err);
            }
            resolve(data);
          });
        });
      } else {
        this.modem.dial(optsf, function(err, data) {
          args.callback(err, data);
        });
      }
    };
    Container.prototype.export = function(opts, callback) {
      var self2 = this;
      var args = util.processArgs(opts, callback);
      var optsf = {
        path: "/containers/" + this.id + "/export",
        method: "GET",
        abortSignal: args.opts.abortSignal,
        isStream: true,
        statusCodes: {
          200: true,
          404: "no such container",
          500: "server error"
        }
      };
      if (args.callback === void 0) {
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err) {
              return reject(err);
            }
            resolve(data);
          });
        });
      } else {
        this.modem.dial(optsf, function(err, data) {
          args.callback(err, data);
        });
      }
    };
    Container.prototype.start = function(opts, callback) {
      var self2 = this;
      var args = util.processArgs(opts, callback, this.defaultOptions.start);
      var optsf = {
        path: "/containers/" + this.id + "/start?",
        method: "POST",
        abortSignal: args.opts.abortSignal,
        statusCodes: {
          200: true,
          // unofficial, but proxies may return it
          204: true,
          304: "container already started",
          404: "no such container",
          500: "server error"
        },
        options: args.opts
      };
      if (args.callback === void 0) {
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err) {
              return reject(err);
            }
            resolve(data);
          });
        });
      } else {
        this.modem.dial(optsf, function(err, data) {
          args.callback(err, data);
        });
      }
    };
    Container.prototype.pause = function(opts, callback) {
      var self2 = this;
      var args = util.processArgs(opts, callback, this.defaultOptions.pause);
      var optsf = {
        path: "/containers/" + this.id + "/pause",
        method: "POST",
        abortSignal: args.opts.abortSignal,
        statusCodes: {
          200: true,
          // unofficial, but proxies may return it
          204: true,
          500: "server error"
        },
        options: args.opts
      };
      if (args.callback === void 0) {
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err) {
              return reject(err);
            }
            resolve(data);
          });
        });
      } else {
        this.modem.dial(optsf, function(err, data) {
          args.callback(err, data);
        });
      }
    };
    Container.prototype.unpause = function(opts, callback) {
      var self2 = this;
      var args = util.processArgs(opts, callback, this.defaultOptions.unpause);
      var optsf = {
        path: "/containers/" + this.id + "/unpause",
        method: "POST",
        abortSignal: args.opts.abortSignal,
        statusCodes: {
          200: true,
          // unofficial, but proxies may return it
          204: true,
          404: "no such container",
          500: "server error"
        },
        options: args.opts
      };
      if (args.callback === void 0) {
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err) {
              return reject(err);
            }
            resolve(data);
          });
        });
      } else {
        this.modem.dial(optsf, function(err, data) {
          args.callback(err, data);
        });
      }
    };
    Container.prototype.exec = function(opts, callback) {
      var self2 = this;
      var args = util.processArgs(opts, callback, this.defaultOptions.exec);
      var optsf = {
        path: "/containers/" + this.id + "/exec",
        method: "POST",
        abortSignal: args.opts.abortSignal,
        statusCodes: {
          200: true,
          // unofficial, but proxies may return it
          201: true,
          404: "no such container",
          409: "container stopped/paused",
          500: "server error"
        },
        options: args.opts
      };
      if (args.callback === void 0) {
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err) {
              return reject(err);
            }
            resolve(new Exec(self2.modem, data.Id));
          });
        });
      } else {
        this.modem.dial(optsf, function(err, data) {
          if (err) return args.callback(err, data);
          args.callback(err, new Exec(self2.modem, data.Id));
        });
      }
    };
    Container.prototype.commit = function(opts, callback) {
      var self2 = this;
      var args = util.processArgs(opts, callback, this.defaultOptions.commit);
      args.opts.container = this.id;
      var optsf = {
        path: "/commit?",
        method: "POST",
        abortSignal: args.opts.abortSignal,
        statusCodes: {
          200: true,
          // unofficial, but proxies may return it
          201: true,
          404: "no such container",
          500: "server error"
        },
        options: args.opts
      };
      if (args.callback === void 0) {
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err) {
              return reject(err);
            }
            resolve(data);
          });
        });
      } else {
        this.modem.dial(optsf, function(err, data) {
          args.callback(err, data);
        });
      }
    };
    Container.prototype.stop = function(opts, callback) {
      var self2 = this;
      var args = util.processArgs(opts, callback, this.defaultOptions.stop);
      var optsf = {
        path: "/containers/" + this.id + "/stop?",
        method: "POST",
        abortSignal: args.opts.abortSignal,
        statusCodes: {
          200: true,
          // unofficial, but proxies may return it
          204: true,
          304: "container already stopped",
          404: "no such container",
          500: "server error"
        },
        options: args.opts
      };
      if (args.callback === void 0) {
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err) {
              return reject(err);
            }
            resolve(data);
          });
        });
      } else {
        this.modem.dial(optsf, function(err, data) {
          args.callback(err, data);
        });
      }
    };
    Container.prototype.restart = function(opts, callback) {
      var self2 = this;
      var args = util.processArgs(opts, callback, this.defaultOptions.restart);
      var optsf = {
        path: "/containers/" + this.id + "/restart?",
        method: "POST",
        abortSignal: args.opts.abortSignal,
        statusCodes: {
          200: true,
          // unofficial, but proxies may return it
          204: true,
          404: "no such container",
          500: "server error"
        },
        options: args.opts
      };
      if (args.callback === void 0) {
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err) {
              return reject(err);
            }
            resolve(data);
          });
        });
      } else {
        this.modem.dial(optsf, function(err, data) {
          args.callback(err, data);
        });
      }
    };
    Container.prototype.kill = function(opts, callback) {
      var self2 = this;
      var args = util.processArgs(opts, callback, this.defaultOptions.kill);
      var optsf = {
        path: "/containers/" + this.id + "/kill?",
        method: "POST",
        abortSignal: args.opts.abortSignal,
        statusCodes: {
          200: true,
          // unofficial, but proxies may return it
          204: true,
          404: "no such container",
          500: "server error"
        },
        options: args.opts
      };
      if (args.callback === void 0) {
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err) {
              return reject(err);
            }
            resolve(data);
          });
        });
      } else {
        this.modem.dial(optsf, function(err, data) {
          args.callback(err, data);
        });
      }
    };
    Container.prototype.resize = function(opts, callback) {
      var self2 = this;
      var args = util.processArgs(opts, callback, this.defaultOptions.resize);
      var optsf = {
        path: "/containers/" + this.id + "/resize?",
        method: "POST",
        abortSignal: args.opts.abortSignal,
        statusCodes: {
          200: true,
          400: "bad parameter",
          404: "no such container",
          500: "server error"
        },
        options: args.opts
      };
      if (args.callback === void 0) {
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err) {
              return reject(err);
            }
            resolve(data);
          });
        });
      } else {
        this.modem.dial(optsf, function(err, data) {
          args.callback(err, data);
        });
      }
    };
    Container.prototype.attach = function(opts, callback) {
      var self2 = this;
      var args = util.processArgs(opts, callback, this.defaultOptions.attach);
      var optsf = {
        path: "/containers/" + this.id + "/attach?",
        method: "POST",
        abortSignal: args.opts.abortSignal,
        isStream: true,
        hijack: args.opts.hijack,
        openStdin: args.opts.stdin,
        statusCodes: {
          200: true,
          404: "no such container",
          500: "server error"
        },
        options: args.opts
      };
      if (args.callback === void 0) {
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, stream) {
            if (err) {
              return reject(err);
            }
            resolve(stream);
          });
        });
      } else {
        this.modem.dial(optsf, function(err, stream) {
          args.callback(err, stream);
        });
      }
    };
    Container.prototype.wait = function(opts, callback) {
      var self2 = this;
      var args = util.processArgs(opts, callback, this.defaultOptions.wait);
      var optsf = {
        path: "/containers/" + this.id + "/wait?",
        method: "POST",
        abortSignal: args.opts.abortSignal,
        statusCodes: {
          200: true,
          400: "bad parameter",
          404: "no such container",
          500: "server error"
        },
        options: args.opts
      };
      if (args.callback === void 0) {
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err) {
              return reject(err);
            }
            resolve(data);
          });
        });
      } else {
        this.modem.dial(optsf, function(err, data) {
          args.callback(err, data);
        });
      }
    };
    Container.prototype.remove = function(opts, callback) {
      var self2 = this;
      var args = util.processArgs(opts, callback, this.defaultOptions.remove);
      var optsf = {
        path: "/containers/" + this.id + "?",
        method: "DELETE",
        abortSignal: args.opts.abortSignal,
        statusCodes: {
          200: true,
          // unofficial, but proxies may return it
          204: true,
          400: "bad parameter",
          404: "no such container",
          500: "server error"
        },
        options: args.opts
      };
      if (args.callback === void 0) {
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err) {
              return reject(err);
            }
            resolve(data);
          });
        });
      } else {
        this.modem.dial(optsf, function(err, data) {
          args.callback(err, data);
        });
      }
    };
    Container.prototype.copy = function(opts, callback) {
      var self2 = this;
      console.log("container.copy is deprecated since Docker v1.8.x");
      var args = util.processArgs(opts, callback, this.defaultOptions.copy);
      var optsf = {
        path: "/containers/" + this.id + "/copy",
        method: "POST",
        abortSignal: args.opts.abortSignal,
        isStream: true,
        statusCodes: {
          200: true,
          404: "no such container",
          500: "server error"
        },
        options: args.opts
      };
      if (args.callback === void 0) {
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err) {
              return reject(err);
            }
            resolve(data);
          });
        });
      } else {
        this.modem.dial(optsf, function(err, data) {
          args.callback(err, data);
        });
      }
    };
    Container.prototype.getArchive = function(opts, callback) {
      var self2 = this;
      var args = util.processArgs(opts, callback, this.defaultOptions.getArchive);
      var optsf = {
        path: "/containers/" + this.id + "/archive?",
        method: "GET",
        abortSignal: args.opts.abortSignal,
        isStream: true,
        statusCodes: {
          200: true,
          400: "client error, bad parameters",
          404: "no such container",
          500: "server error"
        },
        options: args.opts
      };
      if (args.callback === void 0) {
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err) {
              return reject(err);
            }
            resolve(data);
          });
        });
      } else {
        this.modem.dial(optsf, function(err, data) {
          args.callback(err, data);
        });
      }
    };
    Container.prototype.infoArchive = function(opts, callback) {
      var self2 = this;
      var args = util.processArgs(opts, callback, this.defaultOptions.infoArchive);
      var optsf = {
        path: "/containers/" + this.id + "/archive?",
        method: "HEAD",
        abortSignal: args.opts.abortSignal,
        isStream: true,
        statusCodes: {
          200: true,
          400: "client error, bad parameters",
          404: "no such container",
          500: "server error"
        },
        options: args.opts
      };
      if (args.callback === void 0) {
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err) {
              return reject(err);
            }
            resolve(data);
          });
        });
      } else {
        this.modem.dial(optsf, function(err, data) {
          args.callback(err, data);
        });
      }
    };
    Container.prototype.putArchive = function(file, opts, callback) {
      var self2 = this;
      var args = util.processArgs(opts, callback, this.defaultOptions.putArchive);
      var optsf = {
        path: "/containers/" + this.id + "/archive?",
        method: "PUT",
        file,
        abortSignal: args.opts.abortSignal,
        statusCodes: {
          200: true,
          400: "client error, bad parameters",
          403: "client error, permission denied",
          404: "no such container",
          500: "server error"
        },
        options: args.opts
      };
      if (args.callback === void 0) {
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err) {
              return reject(err);
            }
            resolve(data);
          });
        });
      } else {
        this.modem.dial(optsf, function(err, data) {
          args.callback(err, data);
        });
      }
    };
    Container.prototype.logs = function(opts, callback) {
      var self2 = this;
      var args = util.processArgs(opts, callback, this.defaultOptions.log);
      var optsf = {
        path: "/containers/" + this.id + "/logs?",
        method: "GET",
        abortSignal: args.opts.abortSignal,
        isStream: args.opts.follow || false,
        statusCodes: {
          200: true,
          404: "no such container",
          500: "server error"
        },
        options: args.opts
      };
      if (args.callback === void 0) {
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err) {
              return reject(err);
            }
            resolve(data);
          });
        });
      } else {
        this.modem.dial(optsf, function(err, data) {
          args.callback(err, data);
        });
      }
    };
    Container.prototype.stats = function(opts, callback) {
      var self2 = this;
      var args = util.processArgs(opts, callback, this.defaultOptions.stats);
      var isStream = true;
      if (args.opts.stream === false) {
        isStream = false;
      }
      var optsf = {
        path: "/containers/" + this.id + "/stats?",
        method: "GET",
        abortSignal: args.opts.abortSignal,
        isStream,
        statusCodes: {
          200: true,
          404: "no such container",
          500: "server error"
        },
        options: args.opts
      };
      if (args.callback === void 0) {
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err) {
              return reject(err);
            }
            resolve(data);
          });
        });
      } else {
        this.modem.dial(optsf, function(err, data) {
          args.callback(err, data);
        });
      }
    };
    module.exports = Container;
  }
});

// node_modules/dockerode/lib/image.js
var require_image = __commonJS({
  "node_modules/dockerode/lib/image.js"(exports, module) {
    var util = require_util();
    var Image = function(modem, name) {
      this.modem = modem;
      this.name = name;
    };
    Image.prototype[__require("util").inspect.custom] = function() {
      return this;
    };
    Image.prototype.inspect = function(opts, callback) {
      var args = util.processArgs(opts, callback);
      var self2 = this;
      var opts = {
        path: "/images/" + this.name + "/json",
        method: "GET",
        options: args.opts,
        statusCodes: {
          200: true,
          404: "no such image",
          500: "server error"
        }
      };
      if (args.callback === void 0) {
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(opts, function(err, data) {
            if (err) {
              return reject(err);
            }
            resolve(data);
          });
        });
      } else {
        this.modem.dial(opts, function(err, data) {
          if (err) return args.callback(err, data);
          args.callback(err, data);
        });
      }
    };
    Image.prototype.distribution = function(opts, callback) {
      var args = util.processArgs(opts, callback);
      var self2 = this;
      var fopts = {
        path: "/distribution/" + this.name + "/json",
        method: "GET",
        statusCodes: {
          200: true,
          401: "no such image",
          500: "server error"
        },
        authconfig: args.opts ? args.opts.authconfig : void 0
      };
      if (args.callback === void 0) {
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(fopts, function(err, data) {
            if (err) {
              return reject(err);
            }
            resolve(data);
          });
        });
      } else {
        this.modem.dial(fopts, function(err, data) {
          if (err) return args.callback(err, data);
          args.callback(err, data);
        });
      }
    };
    Image.prototype.history = function(callback) {
      var self2 = this;
      var opts = {
        path: "/images/" + this.name + "/history",
        method: "GET",
        statusCodes: {
          200: true,
          404: "no such image",
          500: "server error"
        }
      };
      if (callback === void 0) {
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(opts, function(err, data) {
            if (err) {
              return reject(err);
            }
            resolve(data);
          });
        });
      } else {
        this.modem.dial(opts, function(err, data) {
          if (err) return callback(err, data);
          callback(err, data);
        });
      }
    };
    Image.prototype.get = function(callback) {
      var self2 = this;
      var opts = {
        path: "/images/" + this.name + "/get",
        method: "GET",
        isStream: true,
        statusCodes: {
          200: true,
          500: "server error"
        }
      };
      if (callback === void 0) {
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(opts, function(err, data) {
            if (err) {
              return reject(err);
            }
            resolve(data);
          });
        });
      } else {
        this.modem.dial(opts, function(err, data) {
          if (err) return callback(err, data);
          callback(err, data);
        });
      }
    };
    Image.prototype.push = function(opts, callback, auth) {
      var self2 = this;
      var args = util.processArgs(opts, callback);
      var isStream = true;
      if (args.opts.stream === false) {
        isStream = false;
      }
      var optsf = {
        path: "/images/" + this.name + "/push?",
        method: "POST",
        options: args.opts,
        authconfig: args.opts.authconfig || auth,
        abortSignal: args.opts.abortSignal,
        isStream,
        statusCodes: {
          200: true,
          404: "no such image",
          500: "server error"
        }
      };
      delete optsf.options.authconfig;
      if (callback === void 0) {
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err) {
              return reject(err);
            }
            resolve(data);
          });
        });
      } else {
        this.modem.dial(optsf, function(err, data) {
          callback(err, data);
        });
      }
    };
    Image.prototype.tag = function(opts, callback) {
      var self2 = this;
      var optsf = {
        path: "/images/" + this.name + "/tag?",
        method: "POST",
        options: opts,
        abortSignal: opts && opts.abortSignal,
        statusCodes: {
          200: true,
          // unofficial, but proxies may return it
          201: true,
          400: "bad parameter",
          404: "no such image",
          409: "conflict",
          500: "server error"
        }
      };
      if (callback === void 0) {
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err) {
              return reject(err);
            }
            resolve(data);
          });
        });
      } else {
        this.modem.dial(optsf, function(err, data) {
          callback(err, data);
        });
      }
    };
    Image.prototype.remove = function(opts, callback) {
      var self2 = this;
      var args = util.processArgs(opts, callback);
      var optsf = {
        path: "/images/" + this.name + "?",
        method: "DELETE",
        abortSignal: args.opts.abortSignal,
        statusCodes: {
          200: true,
          404: "no such image",
          409: "conflict",
          500: "server error"
        },
        options: args.opts
      };
      if (args.callback === void 0) {
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err) {
              return reject(err);
            }
            resolve(data);
          });
        });
      } else {
        this.modem.dial(optsf, function(err, data) {
          args.callback(err, data);
        });
      }
    };
    module.exports = Image;
  }
});

// node_modules/dockerode/lib/volume.js
var require_volume = __commonJS({
  "node_modules/dockerode/lib/volume.js"(exports, module) {
    var util = require_util();
    var Volume = function(modem, name) {
      this.modem = modem;
      this.name = name;
    };
    Volume.prototype[__require("util").inspect.custom] = function() {
      return this;
    };
    Volume.prototype.inspect = function(opts, callback) {
      var self2 = this;
      var args = util.processArgs(opts, callback);
      var optsf = {
        path: "/volumes/" + this.name,
        method: "GET",
        abortSignal: args.opts.abortSignal,
        statusCodes: {
          200: true,
          404: "no such volume",
          500: "server error"
        }
      };
      if (args.callback === void 0) {
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err) {
              return reject(err);
            }
            resolve(data);
          });
        });
      } else {
        this.modem.dial(optsf, function(err, data) {
          args.callback(err, data);
        });
      }
    };
    Volume.prototype.remove = function(opts, callback) {
      var self2 = this;
      var args = util.processArgs(opts, callback);
      var optsf = {
        path: "/volumes/" + this.name,
        method: "DELETE",
        abortSignal: args.opts.abortSignal,
        statusCodes: {
          204: true,
          404: "no such volume",
          409: "conflict",
          500: "server error"
        },
        options: args.opts
      };
      if (args.callback === void 0) {
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err) {
              return reject(err);
            }
            resolve(data);
          });
        });
      } else {
        this.modem.dial(optsf, function(err, data) {
          args.callback(err, data);
        });
      }
    };
    module.exports = Volume;
  }
});

// node_modules/dockerode/lib/network.js
var require_network = __commonJS({
  "node_modules/dockerode/lib/network.js"(exports, module) {
    var util = require_util();
    var Network = function(modem, id) {
      this.modem = modem;
      this.id = id;
    };
    Network.prototype[__require("util").inspect.custom] = function() {
      return this;
    };
    Network.prototype.inspect = function(opts, callback) {
      var self2 = this;
      var args = util.processArgs(opts, callback);
      var opts = {
        path: "/networks/" + this.id + "?",
        method: "GET",
        statusCodes: {
          200: true,
          404: "no such network",
          500: "server error"
        },
        options: args.opts
      };
      if (args.callback === void 0) {
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(opts, function(err, data) {
            if (err) {
              return reject(err);
            }
            resolve(data);
          });
        });
      } else {
        this.modem.dial(opts, function(err, data) {
          args.callback(err, data);
        });
      }
    };
    Network.prototype.remove = function(opts, callback) {
      var self2 = this;
      var args = util.processArgs(opts, callback);
      var optsf = {
        path: "/networks/" + this.id,
        method: "DELETE",
        abortSignal: args.opts.abortSignal,
        statusCodes: {
          200: true,
          204: true,
          404: "no such network",
          409: "conflict",
          500: "server error"
        },
        options: args.opts
      };
      if (args.callback === void 0) {
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err) {
              return reject(err);
            }
            resolve(data);
          });
        });
      } else {
        this.modem.dial(optsf, function(err, data) {
          args.callback(err, data);
        });
      }
    };
    Network.prototype.connect = function(opts, callback) {
      var self2 = this;
      var args = util.processArgs(opts, callback);
      var optsf = {
        path: "/networks/" + this.id + "/connect",
        method: "POST",
        abortSignal: args.opts.abortSignal,
        statusCodes: {
          200: true,
          201: true,
          404: "network or container is not found",
          500: "server error"
        },
        options: args.opts
      };
      if (args.callback === void 0) {
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err) {
              return reject(err);
            }
            resolve(data);
          });
        });
      } else {
        this.modem.dial(optsf, function(err, data) {
          args.callback(err, data);
        });
      }
    };
    Network.prototype.disconnect = function(opts, callback) {
      var self2 = this;
      var args = util.processArgs(opts, callback);
      var optsf = {
        path: "/networks/" + this.id + "/disconnect",
        method: "POST",
        abortSignal: args.opts.abortSignal,
        statusCodes: {
          200: true,
          201: true,
          404: "network or container is not found",
          500: "server error"
        },
        options: args.opts
      };
      if (args.callback === void 0) {
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err) {
              return reject(err);
            }
            resolve(data);
          });
        });
      } else {
        this.modem.dial(optsf, function(err, data) {
          args.callback(err, data);
        });
      }
    };
    module.exports = Network;
  }
});

// node_modules/dockerode/lib/service.js
var require_service = __commonJS({
  "node_modules/dockerode/lib/service.js"(exports, module) {
    var util = require_util();
    var Service = function(modem, id) {
      this.modem = modem;
      this.id = id;
    };
    Service.prototype[__require("util").inspect.custom] = function() {
      return this;
    };
    Service.prototype.inspect = function(opts, callback) {
      var self2 = this;
      var args = util.processArgs(opts, callback);
      var optsf = {
        path: "/services/" + this.id,
        method: "GET",
        abortSignal: args.opts.abortSignal,
        statusCodes: {
          200: true,
          404: "no such service",
          500: "server error"
        }
      };
      if (args.callback === void 0) {
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err) {
              return reject(err);
            }
            resolve(data);
          });
        });
      } else {
        this.modem.dial(optsf, function(err, data) {
          args.callback(err, data);
        });
      }
    };
    Service.prototype.remove = function(opts, callback) {
      var self2 = this;
      var args = util.processArgs(opts, callback);
      var optsf = {
        path: "/services/" + this.id,
        method: "DELETE",
        abortSignal: args.opts.abortSignal,
        statusCodes: {
          200: true,
          204: true,
          404: "no such service",
          500: "server error"
        }
      };
      if (args.callback === void 0) {
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err) {
              return reject(err);
            }
            resolve(data);
          });
        });
      } else {
        this.modem.dial(optsf, function(err, data) {
          args.callback(err, data);
        });
      }
    };
    Service.prototype.update = function(auth, opts, callback) {
      var self2 = this;
      if (!callback) {
        var t = typeof opts;
        if (t === "function") {
          callback = opts;
          opts = auth;
          auth = opts.authconfig || void 0;
        } else if (t === "undefined") {
          opts = auth;
          auth = opts.authconfig || void 0;
        }
      }
      var optsf = {
        path: "/services/" + this.id + "/update?",
        method: "POST",
        abortSignal: opts && opts.abortSignal,
        statusCodes: {
          200: true,
          404: "no such service",
          500: "server error"
        },
        authconfig: auth,
        options: opts
      };
      if (callback === void 0) {
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err) {
              return reject(err);
            }
            resolve(data);
          });
        });
      } else {
        this.modem.dial(optsf, function(err, data) {
          callback(err, data);
        });
      }
    };
    Service.prototype.logs = function(opts, callback) {
      var self2 = this;
      var args = util.processArgs(opts, callback, {});
      var optsf = {
        path: "/services/" + this.id + "/logs?",
        method: "GET",
        abortSignal: args.opts.abortSignal,
        isStream: args.opts.follow || false,
        statusCodes: {
          200: true,
          404: "no such service",
          500: "server error",
          503: "node is not part of a swarm"
        },
        options: args.opts
      };
      if (args.callback === void 0) {
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err) {
              return reject(err);
            }
            resolve(data);
          });
        });
      } else {
        this.modem.dial(optsf, function(err, data) {
          args.callback(err, data);
        });
      }
    };
    module.exports = Service;
  }
});

// node_modules/dockerode/lib/plugin.js
var require_plugin = __commonJS({
  "node_modules/dockerode/lib/plugin.js"(exports, module) {
    var util = require_util();
    var Plugin = function(modem, name, remote) {
      this.modem = modem;
      this.name = name;
      this.remote = remote || name;
    };
    Plugin.prototype[__require("util").inspect.custom] = function() {
      return this;
    };
    Plugin.prototype.inspect = function(opts, callback) {
      var self2 = this;
      var args = util.processArgs(opts, callback);
      var optsf = {
        path: "/plugins/" + this.name + "/json",
        method: "GET",
        abortSignal: args.opts.abortSignal,
        statusCodes: {
          200: true,
          404: "plugin is not installed",
          500: "server error"
        }
      };
      if (args.callback === void 0) {
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err) {
              return reject(err);
            }
            resolve(data);
          });
        });
      } else {
        this.modem.dial(optsf, function(err, data) {
          args.callback(err, data);
        });
      }
    };
    Plugin.prototype.remove = function(opts, callback) {
      var self2 = this;
      var args = util.processArgs(opts, callback);
      var optsf = {
        path: "/plugins/" + this.name + "?",
        method: "DELETE",
        abortSignal: args.opts.abortSignal,
        statusCodes: {
          200: true,
          404: "plugin is not installed",
          500: "server error"
        },
        options: args.opts
      };
      if (args.callback === void 0) {
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err) {
              return reject(err);
            }
            resolve(data);
          });
        });
      } else {
        this.modem.dial(optsf, function(err, data) {
          if (err) return args.callback(err, data);
          args.callback(err, data);
        });
      }
    };
    Plugin.prototype.privileges = function(opts, callback) {
      var self2 = this;
      var args = util.processArgs(opts, callback);
      var optsf = {
        path: "/plugins/privileges?",
        method: "GET",
        options: {
          "remote": this.remote
        },
        abortSignal: args.opts.abortSignal,
        statusCodes: {
          200: true,
          500: "server error"
        }
      };
      if (args.callback === void 0) {
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err) {
              return reject(err);
            }
            resolve(data);
          });
        });
      } else {
        this.modem.dial(optsf, function(err, data) {
          args.callback(err, data);
        });
      }
    };
    Plugin.prototype.pull = function(opts, callback) {
      var self2 = this;
      var args = util.processArgs(opts, callback);
      if (args.opts._query && !args.opts._query.name) {
        args.opts._query.name = this.name;
      }
      if (args.opts._query && !args.opts._query.remote) {
        args.opts._query.remote = this.remote;
      }
      var optsf = {
        path: "/plugins/pull?",
        method: "POST",
        abortSignal: args.opts.abortSignal,
        isStream: true,
        options: args.opts,
        statusCodes: {
          200: true,
          // unofficial, but proxies may return it
          204: true,
          500: "server error"
        }
      };
      if (args.callback === void 0) {
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err) {
              return reject(err);
            }
            resolve(data);
          });
        });
      } else {
        this.modem.dial(optsf, function(err, data) {
          args.callback(err, data);
        });
      }
    };
    Plugin.prototype.enable = function(opts, callback) {
      var self2 = this;
      var args = util.processArgs(opts, callback);
      var optsf = {
        path: "/plugins/" + this.name + "/enable?",
        method: "POST",
        abortSignal: args.opts.abortSignal,
        statusCodes: {
          200: true,
          500: "server error"
        },
        options: args.opts
      };
      if (args.callback === void 0) {
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err) {
              return reject(err);
            }
            resolve(data);
          });
        });
      } else {
        this.modem.dial(optsf, function(err, data) {
          args.callback(err, data);
        });
      }
    };
    Plugin.prototype.disable = function(opts, callback) {
      var self2 = this;
      var args = util.processArgs(opts, callback);
      var optsf = {
        path: "/plugins/" + this.name + "/disable",
        method: "POST",
        abortSignal: args.opts.abortSignal,
        statusCodes: {
          200: true,
          500: "server error"
        },
        options: args.opts
      };
      if (args.callback === void 0) {
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err) {
              return reject(err);
            }
            resolve(data);
          });
        });
      } else {
        this.modem.dial(optsf, function(err, data) {
          args.callback(err, data);
        });
      }
    };
    Plugin.prototype.push = function(opts, callback) {
      var self2 = this;
      var args = util.processArgs(opts, callback);
      var optsf = {
        path: "/plugins/" + this.name + "/push",
        method: "POST",
        abortSignal: args.opts.abortSignal,
        statusCodes: {
          200: true,
          404: "plugin not installed",
          500: "server error"
        },
        options: args.opts
      };
      if (args.callback === void 0) {
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err) {
              return reject(err);
            }
            resolve(data);
          });
        });
      } else {
        this.modem.dial(optsf, function(err, data) {
          args.callback(err, data);
        });
      }
    };
    Plugin.prototype.configure = function(opts, callback) {
      var self2 = this;
      var args = util.processArgs(opts, callback);
      var optsf = {
        path: "/plugins/" + this.name + "/set",
        method: "POST",
        abortSignal: args.opts.abortSignal,
        statusCodes: {
          200: true,
          204: true,
          404: "plugin not installed",
          500: "server error"
        },
        options: args.opts
      };
      if (args.callback === void 0) {
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err) {
              return reject(err);
            }
            resolve(data);
          });
        });
      } else {
        this.modem.dial(optsf, function(err, data) {
          args.callback(err, data);
        });
      }
    };
    Plugin.prototype.upgrade = function(auth, opts, callback) {
      var self2 = this;
      if (!callback && typeof opts === "function") {
        callback = opts;
        opts = auth;
        auth = opts.authconfig || void 0;
      }
      var optsf = {
        path: "/plugins/" + this.name + "/upgrade?",
        method: "POST",
        abortSignal: opts && opts.abortSignal,
        statusCodes: {
          200: true,
          204: true,
          404: "plugin not installed",
          500: "server error"
        },
        authconfig: auth,
        options: opts
      };
      if (callback === void 0) {
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err) {
              return reject(err);
            }
            resolve(data);
          });
        });
      } else {
        this.modem.dial(optsf, function(err, data) {
          callback(err, data);
        });
      }
    };
    module.exports = Plugin;
  }
});

// node_modules/dockerode/lib/secret.js
var require_secret = __commonJS({
  "node_modules/dockerode/lib/secret.js"(exports, module) {
    var util = require_util();
    var Secret = function(modem, id) {
      this.modem = modem;
      this.id = id;
    };
    Secret.prototype[__require("util").inspect.custom] = function() {
      return this;
    };
    Secret.prototype.inspect = function(opts, callback) {
      var self2 = this;
      var args = util.processArgs(opts, callback);
      var optsf = {
        path: "/secrets/" + this.id,
        method: "GET",
        abortSignal: args.opts.abortSignal,
        statusCodes: {
          200: true,
          404: "secret not found",
          406: "node is not part of a swarm",
          500: "server error"
        }
      };
      if (args.callback === void 0) {
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err) {
              return reject(err);
            }
            resolve(data);
          });
        });
      } else {
        this.modem.dial(optsf, function(err, data) {
          args.callback(err, data);
        });
      }
    };
    Secret.prototype.update = function(opts, callback) {
      var self2 = this;
      if (!callback && typeof opts === "function") {
        callback = opts;
      }
      var optsf = {
        path: "/secrets/" + this.id + "/update?",
        method: "POST",
        abortSignal: opts && opts.abortSignal,
        statusCodes: {
          200: true,
          404: "secret not found",
          500: "server error"
        },
        options: opts
      };
      if (callback === void 0) {
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err) {
              return reject(err);
            }
            resolve(data);
          });
        });
      } else {
        this.modem.dial(optsf, function(err, data) {
          callback(err, data);
        });
      }
    };
    Secret.prototype.remove = function(opts, callback) {
      var self2 = this;
      var args = util.processArgs(opts, callback);
      var optsf = {
        path: "/secrets/" + this.id,
        method: "DELETE",
        abortSignal: args.opts.abortSignal,
        statusCodes: {
          200: true,
          204: true,
          404: "secret not found",
          500: "server error"
        },
        options: args.opts
      };
      if (args.callback === void 0) {
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err) {
              return reject(err);
            }
            resolve(data);
          });
        });
      } else {
        this.modem.dial(optsf, function(err, data) {
          args.callback(err, data);
        });
      }
    };
    module.exports = Secret;
  }
});

// node_modules/dockerode/lib/config.js
var require_config = __commonJS({
  "node_modules/dockerode/lib/config.js"(exports, module) {
    var util = require_util();
    var Config = function(modem, id) {
      this.modem = modem;
      this.id = id;
    };
    Config.prototype[__require("util").inspect.custom] = function() {
      return this;
    };
    Config.prototype.inspect = function(opts, callback) {
      var self2 = this;
      var args = util.processArgs(opts, callback);
      var optsf = {
        path: "/configs/" + this.id,
        method: "GET",
        abortSignal: args.opts.abortSignal,
        statusCodes: {
          200: true,
          404: "config not found",
          500: "server error",
          503: "node is not part of a swarm"
        }
      };
      if (args.callback === void 0) {
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err) {
              return reject(err);
            }
            resolve(data);
          });
        });
      } else {
        this.modem.dial(optsf, function(err, data) {
          args.callback(err, data);
        });
      }
    };
    Config.prototype.update = function(opts, callback) {
      var self2 = this;
      var args = util.processArgs(opts, callback);
      var optsf = {
        path: "/configs/" + this.id + "/update?",
        method: "POST",
        abortSignal: args.opts.abortSignal,
        statusCodes: {
          200: true,
          404: "config not found",
          500: "server error",
          503: "node is not part of a swarm"
        },
        options: args.opts
      };
      if (args.callback === void 0) {
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err) {
              return reject(err);
            }
            resolve(data);
          });
        });
      } else {
        this.modem.dial(optsf, function(err, data) {
          args.callback(err, data);
        });
      }
    };
    Config.prototype.remove = function(opts, callback) {
      var self2 = this;
      var args = util.processArgs(opts, callback);
      var optsf = {
        path: "/configs/" + this.id,
        method: "DELETE",
        abortSignal: args.opts.abortSignal,
        statusCodes: {
          200: true,
          204: true,
          404: "config not found",
          500: "server error",
          503: "node is not part of a swarm"
        },
        options: args.opts
      };
      if (args.callback === void 0) {
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err) {
              return reject(err);
            }
            resolve(data);
          });
        });
      } else {
        this.modem.dial(optsf, function(err, data) {
          args.callback(err, data);
        });
      }
    };
    module.exports = Config;
  }
});

// node_modules/dockerode/lib/task.js
var require_task = __commonJS({
  "node_modules/dockerode/lib/task.js"(exports, module) {
    var util = require_util();
    var Task = function(modem, id) {
      this.modem = modem;
      this.id = id;
      this.defaultOptions = {
        log: {}
      };
    };
    Task.prototype[__require("util").inspect.custom] = function() {
      return this;
    };
    Task.prototype.inspect = function(opts, callback) {
      var self2 = this;
      var args = util.processArgs(opts, callback);
      var optsf = {
        path: "/tasks/" + this.id,
        method: "GET",
        abortSignal: args.opts.abortSignal,
        statusCodes: {
          200: true,
          404: "unknown task",
          500: "server error"
        }
      };
      if (args.callback === void 0) {
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err) {
              return reject(err);
            }
            resolve(data);
          });
        });
      } else {
        this.modem.dial(optsf, function(err, data) {
          args.callback(err, data);
        });
      }
    };
    Task.prototype.logs = function(opts, callback) {
      var self2 = this;
      var args = util.processArgs(opts, callback, this.defaultOptions.log);
      var optsf = {
        path: "/tasks/" + this.id + "/logs?",
        method: "GET",
        abortSignal: args.opts.abortSignal,
        isStream: args.opts.follow || false,
        statusCodes: {
          101: true,
          200: true,
          404: "no such container",
          500: "server error",
          503: "node is not part of a swarm"
        },
        options: args.opts
      };
      if (args.callback === void 0) {
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err) {
              return reject(err);
            }
            resolve(data);
          });
        });
      } else {
        this.modem.dial(optsf, function(err, data) {
          args.callback(err, data);
        });
      }
    };
    module.exports = Task;
  }
});

// node_modules/dockerode/lib/node.js
var require_node2 = __commonJS({
  "node_modules/dockerode/lib/node.js"(exports, module) {
    var util = require_util();
    var Node = function(modem, id) {
      this.modem = modem;
      this.id = id;
    };
    Node.prototype[__require("util").inspect.custom] = function() {
      return this;
    };
    Node.prototype.inspect = function(opts, callback) {
      var self2 = this;
      var args = util.processArgs(opts, callback);
      var optsf = {
        path: "/nodes/" + this.id,
        method: "GET",
        abortSignal: args.opts.abortSignal,
        statusCodes: {
          200: true,
          404: "no such node",
          500: "server error"
        }
      };
      if (args.callback === void 0) {
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err) {
              return reject(err);
            }
            resolve(data);
          });
        });
      } else {
        this.modem.dial(optsf, function(err, data) {
          args.callback(err, data);
        });
      }
    };
    Node.prototype.update = function(opts, callback) {
      var self2 = this;
      if (!callback && typeof opts === "function") {
        callback = opts;
      }
      var optsf = {
        path: "/nodes/" + this.id + "/update?",
        method: "POST",
        abortSignal: opts && opts.abortSignal,
        statusCodes: {
          200: true,
          404: "no such node",
          406: "node is not part of a swarm",
          500: "server error"
        },
        options: opts
      };
      if (callback === void 0) {
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err) {
              return reject(err);
            }
            resolve(data);
          });
        });
      } else {
        this.modem.dial(optsf, function(err, data) {
          callback(err, data);
        });
      }
    };
    Node.prototype.remove = function(opts, callback) {
      var self2 = this;
      var args = util.processArgs(opts, callback);
      var optsf = {
        path: "/nodes/" + this.id + "?",
        method: "DELETE",
        abortSignal: args.opts.abortSignal,
        statusCodes: {
          200: true,
          404: "no such node",
          500: "server error"
        },
        options: args.opts
      };
      if (args.callback === void 0) {
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err) {
              return reject(err);
            }
            resolve(data);
          });
        });
      } else {
        this.modem.dial(optsf, function(err, data) {
          args.callback(err, data);
        });
      }
    };
    module.exports = Node;
  }
});

// node_modules/dockerode/lib/session.js
var require_session = __commonJS({
  "node_modules/dockerode/lib/session.js"(exports, module) {
    var grpc = __require("node:process");
    var protoLoader = __require("node:process");
    var path2 = __require("path");
    var crypto = __require("crypto");
    function withSession(docker, auth, handler) {
      const sessionId = crypto.randomUUID();
      const opts = {
        method: "POST",
        path: "/session",
        hijack: true,
        headers: {
          Upgrade: "h2c",
          "X-Docker-Expose-Session-Uuid": sessionId,
          "X-Docker-Expose-Session-Name": "testcontainers"
        },
        statusCodes: {
          200: true,
          500: "server error"
        }
      };
      docker.modem.dial(opts, function(err, socket) {
        if (err) {
          return handler(err, null, () => void 0);
        }
        const server = new grpc.Server();
        const creds = grpc.ServerCredentials.createInsecure();
        const injector = server.createConnectionInjector(creds);
        injector.injectConnection(socket);
        const pkg = protoLoader.loadSync(
          path2.resolve(__repackDirnameValue, "proto", "auth.proto")
        );
        const service = grpc.loadPackageDefinition(pkg);
        server.addService(service.moby.filesync.v1.Auth.service, {
          Credentials({ request }, callback) {
            if (auth) {
              callback(null, {
                Username: auth.username,
                Secret: auth.password
              });
            } else {
              callback(null, {});
            }
          }
        });
        function done() {
          server.forceShutdown();
          socket.end();
        }
        handler(null, sessionId, done);
      });
    }
    module.exports = withSession;
  }
});

// node_modules/dockerode/lib/buildkit.js
var require_buildkit = __commonJS({
  "node_modules/dockerode/lib/buildkit.js"(exports, module) {
    var protobuf = __require("node:process");
    var path2 = __require("path");
    var BUILDKIT_TRACE_ID = "moby.buildkit.trace";
    var BUILDKIT_IMAGE_ID = "moby.image.id";
    var PROTO_TYPE = "moby.buildkit.v1.StatusResponse";
    var ENCODING_UTF8 = "utf8";
    var ENCODING_BASE64 = "base64";
    var StatusResponse;
    function loadProto() {
      if (StatusResponse) return StatusResponse;
      var root = protobuf.loadSync(
        path2.resolve(__repackDirnameValue, "proto", "buildkit_status.proto")
      );
      StatusResponse = root.lookupType(PROTO_TYPE);
      return StatusResponse;
    }
    function decodeBuildKitStatus(base64Data) {
      var StatusResponse2 = loadProto();
      if (!base64Data || base64Data.length === 0) {
        return {
          vertexes: [],
          statuses: [],
          logs: [],
          warnings: []
        };
      }
      var buffer = Buffer.from(base64Data, ENCODING_BASE64);
      var message = StatusResponse2.decode(buffer);
      return StatusResponse2.toObject(message, {
        longs: String,
        enums: String,
        bytes: String,
        defaults: true
      });
    }
    function formatBuildKitStatus(status) {
      var lines = [];
      if (status.vertexes && status.vertexes.length > 0) {
        status.vertexes.forEach(function(vertex) {
          if (vertex.name && vertex.started && !vertex.completed) {
            lines.push("[" + vertex.digest.substring(0, 12) + "] " + vertex.name);
          }
          if (vertex.error) {
            lines.push("ERROR: " + vertex.error);
          }
          if (vertex.completed && vertex.cached) {
            lines.push("CACHED: " + vertex.name);
          }
        });
      }
      if (status.logs && status.logs.length > 0) {
        status.logs.forEach(function(log) {
          var msg = Buffer.from(log.msg).toString(ENCODING_UTF8);
          if (msg.trim()) {
            lines.push(msg.trimEnd());
          }
        });
      }
      if (status.statuses && status.statuses.length > 0) {
        status.statuses.forEach(function(s) {
          if (s.name && s.total > 0) {
            var percent = Math.floor(s.current / s.total * 100);
            lines.push(s.name + ": " + percent + "% (" + s.current + "/" + s.total + ")");
          }
        });
      }
      if (status.warnings && status.warnings.length > 0) {
        status.warnings.forEach(function(warning) {
          var msg = Buffer.from(warning.short).toString(ENCODING_UTF8);
          lines.push("WARNING: " + msg);
        });
      }
      return lines;
    }
    function parseBuildKitLine(line) {
      try {
        var json = JSON.parse(line);
        if (json.id === BUILDKIT_TRACE_ID && json.aux !== void 0) {
          var status = decodeBuildKitStatus(json.aux);
          var logs = formatBuildKitStatus(status);
          return {
            isBuildKit: true,
            logs,
            raw: status
          };
        }
        if (json.id === BUILDKIT_IMAGE_ID && json.aux && json.aux.ID) {
          return {
            isBuildKit: true,
            logs: ["Built image: " + json.aux.ID],
            raw: json.aux
          };
        }
        return {
          isBuildKit: false,
          logs: [],
          raw: json
        };
      } catch (e) {
        return {
          isBuildKit: false,
          logs: [],
          raw: null,
          error: e.message
        };
      }
    }
    function followProgress2(stream, onFinished, onProgress) {
      var buffer = "";
      var output = [];
      var finished = false;
      stream.on("data", onStreamEvent);
      stream.on("error", onStreamError);
      stream.on("end", onStreamEnd);
      stream.on("close", onStreamEnd);
      function onStreamEvent(data) {
        buffer += data.toString();
        var lines = buffer.split("\n");
        buffer = lines.pop();
        lines.forEach(function(line) {
          if (!line.trim()) return;
          processLine(line);
        });
      }
      function processLine(line) {
        try {
          var result = parseBuildKitLine(line);
          if (result.isBuildKit) {
            result.logs.forEach(function(log) {
              var event = { stream: log + "\n" };
              output.push(event);
              if (onProgress) onProgress(event);
            });
          } else if (result.raw) {
            output.push(result.raw);
            if (onProgress) onProgress(result.raw);
          }
        } catch (e) {
          try {
            var json = JSON.parse(line);
            output.push(json);
            if (onProgress) onProgress(json);
          } catch (e2) {
          }
        }
      }
      function onStreamError(err) {
        finished = true;
        stream.removeListener("data", onStreamEvent);
        stream.removeListener("error", onStreamError);
        stream.removeListener("end", onStreamEnd);
        stream.removeListener("close", onStreamEnd);
        if (onFinished) onFinished(err, output);
      }
      function onStreamEnd() {
        if (finished) return;
        finished = true;
        if (buffer.trim()) {
          processLine(buffer);
        }
        stream.removeListener("data", onStreamEvent);
        stream.removeListener("error", onStreamError);
        stream.removeListener("end", onStreamEnd);
        stream.removeListener("close", onStreamEnd);
        if (onFinished) onFinished(null, output);
      }
    }
    module.exports = {
      followProgress: followProgress2
    };
  }
});

// node_modules/dockerode/lib/docker.js
var require_docker = __commonJS({
  "node_modules/dockerode/lib/docker.js"(exports, module) {
    var EventEmitter = __require("events").EventEmitter;
    var Modem = require_modem();
    var Container = require_container();
    var Image = require_image();
    var Volume = require_volume();
    var Network = require_network();
    var Service = require_service();
    var Plugin = require_plugin();
    var Secret = require_secret();
    var Config = require_config();
    var Task = require_task();
    var Node = require_node2();
    var Exec = require_exec();
    var util = require_util();
    var withSession = require_session();
    var extend = util.extend;
    var Docker2 = function(opts) {
      if (!(this instanceof Docker2)) return new Docker2(opts);
      var plibrary = global.Promise;
      if (opts && opts.Promise) {
        plibrary = opts.Promise;
        if (Object.keys(opts).length === 1) {
          opts = void 0;
        }
      }
      if (opts && opts.modem) {
        this.modem = opts.modem;
      } else {
        this.modem = new Modem(opts);
      }
      this.modem.Promise = plibrary;
    };
    Docker2.prototype.createContainer = function(opts, callback) {
      var self2 = this;
      var optsf = {
        path: "/containers/create?",
        method: "POST",
        options: opts,
        authconfig: opts.authconfig,
        abortSignal: opts.abortSignal,
        statusCodes: {
          200: true,
          // unofficial, but proxies may return it
          201: true,
          400: "bad parameter",
          404: "no such container",
          406: "impossible to attach",
          500: "server error"
        }
      };
      delete opts.authconfig;
      if (callback === void 0) {
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err) {
              return reject(err);
            }
            resolve(self2.getContainer(data.Id));
          });
        });
      } else {
        this.modem.dial(optsf, function(err, data) {
          if (err) return callback(err, data);
          callback(err, self2.getContainer(data.Id));
        });
      }
    };
    Docker2.prototype.createImage = function(auth, opts, callback) {
      var self2 = this;
      if (!callback && typeof opts === "function") {
        callback = opts;
        opts = auth;
        auth = opts.authconfig || void 0;
      } else if (!callback && !opts) {
        opts = auth;
        auth = opts.authconfig;
      }
      var optsf = {
        path: "/images/create?",
        method: "POST",
        options: opts,
        authconfig: auth,
        abortSignal: opts.abortSignal,
        isStream: true,
        statusCodes: {
          200: true,
          500: "server error"
        }
      };
      if (callback === void 0) {
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err) {
              return reject(err);
            }
            resolve(data);
          });
        });
      } else {
        this.modem.dial(optsf, function(err, data) {
          callback(err, data);
        });
      }
    };
    Docker2.prototype.loadImage = function(file, opts, callback) {
      var self2 = this;
      if (!callback && typeof opts === "function") {
        callback = opts;
        opts = null;
      }
      var optsf = {
        path: "/images/load?",
        method: "POST",
        options: opts,
        file,
        abortSignal: opts && opts.abortSignal,
        isStream: true,
        statusCodes: {
          200: true,
          500: "server error"
        }
      };
      if (callback === void 0) {
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err) {
              return reject(err);
            }
            resolve(data);
          });
        });
      } else {
        this.modem.dial(optsf, function(err, data) {
          callback(err, data);
        });
      }
    };
    Docker2.prototype.importImage = function(file, opts, callback) {
      var self2 = this;
      if (!callback && typeof opts === "function") {
        callback = opts;
        opts = void 0;
      }
      if (!opts)
        opts = {};
      opts.fromSrc = "-";
      var optsf = {
        path: "/images/create?",
        method: "POST",
        options: opts,
        file,
        abortSignal: opts.abortSignal,
        isStream: true,
        statusCodes: {
          200: true,
          500: "server error"
        }
      };
      if (callback === void 0) {
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err) {
              return reject(err);
            }
            resolve(data);
          });
        });
      } else {
        this.modem.dial(optsf, function(err, data) {
          callback(err, data);
        });
      }
    };
    Docker2.prototype.checkAuth = function(opts, callback) {
      var self2 = this;
      var optsf = {
        path: "/auth",
        method: "POST",
        options: opts,
        abortSignal: opts.abortSignal,
        statusCodes: {
          200: true,
          204: true,
          500: "server error"
        }
      };
      if (callback === void 0) {
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err) {
              return reject(err);
            }
            resolve(data);
          });
        });
      } else {
        this.modem.dial(optsf, function(err, data) {
          callback(err, data);
        });
      }
    };
    Docker2.prototype.buildImage = function(file, opts, callback) {
      var self2 = this;
      if (!callback && typeof opts === "function") {
        callback = opts;
        opts = null;
      }
      var optsf = {
        path: "/build?",
        method: "POST",
        file: void 0,
        options: opts,
        abortSignal: opts && opts.abortSignal,
        isStream: true,
        statusCodes: {
          200: true,
          500: "server error"
        }
      };
      if (opts) {
        if (opts.registryconfig) {
          optsf.registryconfig = optsf.options.registryconfig;
          delete optsf.options.registryconfig;
        }
        if (opts.authconfig) {
          optsf.authconfig = optsf.options.authconfig;
          delete optsf.options.authconfig;
        }
        if (opts.cachefrom && Array.isArray(opts.cachefrom)) {
          optsf.options.cachefrom = JSON.stringify(opts.cachefrom);
        }
      }
      function dial(callback2) {
        util.prepareBuildContext(file, (ctx) => {
          optsf.file = ctx;
          self2.modem.dial(optsf, callback2);
        });
      }
      function dialWithSession(callback2) {
        if (opts?.version === "2") {
          withSession(self2, optsf.authconfig, (err, sessionId, done) => {
            if (err) {
              return callback2(err);
            }
            optsf.options.session = sessionId;
            dial((err2, data) => {
              callback2(err2, data);
              if (data) {
                data.on("end", done);
              }
            });
          });
        } else {
          dial(callback2);
        }
      }
      if (callback === void 0) {
        return new self2.modem.Promise(function(resolve, reject) {
          dialWithSession(function(err, data) {
            if (err) {
              return reject(err);
            }
            resolve(data);
          });
        });
      } else {
        dialWithSession(callback);
      }
    };
    Docker2.prototype.followProgress = function(stream, onFinished, onProgress) {
      var buildkit = require_buildkit();
      return buildkit.followProgress(stream, onFinished, onProgress);
    };
    Docker2.prototype.getContainer = function(id) {
      return new Container(this.modem, id);
    };
    Docker2.prototype.getImage = function(name) {
      return new Image(this.modem, name);
    };
    Docker2.prototype.getVolume = function(name) {
      return new Volume(this.modem, name);
    };
    Docker2.prototype.getPlugin = function(name, remote) {
      return new Plugin(this.modem, name, remote);
    };
    Docker2.prototype.getService = function(id) {
      return new Service(this.modem, id);
    };
    Docker2.prototype.getTask = function(id) {
      return new Task(this.modem, id);
    };
    Docker2.prototype.getNode = function(id) {
      return new Node(this.modem, id);
    };
    Docker2.prototype.getNetwork = function(id) {
      return new Network(this.modem, id);
    };
    Docker2.prototype.getSecret = function(id) {
      return new Secret(this.modem, id);
    };
    Docker2.prototype.getConfig = function(id) {
      return new Config(this.modem, id);
    };
    Docker2.prototype.getExec = function(id) {
      return new Exec(this.modem, id);
    };
    Docker2.prototype.listContainers = function(opts, callback) {
      var self2 = this;
      var args = util.processArgs(opts, callback);
      var optsf = {
        path: "/containers/json?",
        method: "GET",
        options: args.opts,
        abortSignal: args.opts.abortSignal,
        statusCodes: {
          200: true,
          400: "bad parameter",
          500: "server error"
        }
      };
      if (args.callback === void 0) {
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err) {
              return reject(err);
            }
            resolve(data);
          });
        });
      } else {
        this.modem.dial(optsf, function(err, data) {
          args.callback(err, data);
        });
      }
    };
    Docker2.prototype.listImages = function(opts, callback) {
      var self2 = this;
      var args = util.processArgs(opts, callback);
      var optsf = {
        path: "/images/json?",
        method: "GET",
        options: args.opts,
        abortSignal: args.opts.abortSignal,
        statusCodes: {
          200: true,
          400: "bad parameter",
          500: "server error"
        }
      };
      if (args.callback === void 0) {
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err) {
              return reject(err);
            }
            resolve(data);
          });
        });
      } else {
        this.modem.dial(optsf, function(err, data) {
          args.callback(err, data);
        });
      }
    };
    Docker2.prototype.getImages = function(opts, callback) {
      var self2 = this;
      var args = util.processArgs(opts, callback);
      var optsf = {
        path: "/images/get?",
        method: "GET",
        options: args.opts,
        abortSignal: args.opts.abortSignal,
        isStream: true,
        statusCodes: {
          200: true,
          400: "bad parameter",
          500: "server error"
        }
      };
      if (args.callback === void 0) {
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err) {
              return reject(err);
            }
            resolve(data);
          });
        });
      } else {
        this.modem.dial(optsf, function(err, data) {
          args.callback(err, data);
        });
      }
    };
    Docker2.prototype.listServices = function(opts, callback) {
      var self2 = this;
      var args = util.processArgs(opts, callback);
      var optsf = {
        path: "/services?",
        method: "GET",
        options: args.opts,
        abortSignal: args.opts.abortSignal,
        statusCodes: {
          200: true,
          500: "server error"
        }
      };
      if (args.callback === void 0) {
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err) {
              return reject(err);
            }
            resolve(data);
          });
        });
      } else {
        this.modem.dial(optsf, function(err, data) {
          args.callback(err, data);
        });
      }
    };
    Docker2.prototype.listNodes = function(opts, callback) {
      var self2 = this;
      var args = util.processArgs(opts, callback);
      var optsf = {
        path: "/nodes?",
        method: "GET",
        options: args.opts,
        abortSignal: args.opts.abortSignal,
        statusCodes: {
          200: true,
          400: "bad parameter",
          404: "no such node",
          500: "server error",
          503: "node is not part of a swarm"
        }
      };
      if (args.callback === void 0) {
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err) {
              return reject(err);
            }
            resolve(data);
          });
        });
      } else {
        this.modem.dial(optsf, function(err, data) {
          args.callback(err, data);
        });
      }
    };
    Docker2.prototype.listTasks = function(opts, callback) {
      var self2 = this;
      var args = util.processArgs(opts, callback);
      var optsf = {
        path: "/tasks?",
        method: "GET",
        options: args.opts,
        abortSignal: args.opts.abortSignal,
        statusCodes: {
          200: true,
          500: "server error"
        }
      };
      if (args.callback === void 0) {
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err) {
              return reject(err);
            }
            resolve(data);
          });
        });
      } else {
        this.modem.dial(optsf, function(err, data) {
          args.callback(err, data);
        });
      }
    };
    Docker2.prototype.createSecret = function(opts, callback) {
      var args = util.processArgs(opts, callback);
      var self2 = this;
      var optsf = {
        path: "/secrets/create?",
        method: "POST",
        options: args.opts,
        abortSignal: args.opts.abortSignal,
        statusCodes: {
          200: true,
          // unofficial, but proxies may return it
          201: true,
          406: "server error or node is not part of a swarm",
          409: "name conflicts with an existing object",
          500: "server error"
        }
      };
      if (args.callback === void 0) {
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err) {
              return reject(err);
            }
            resolve(self2.getSecret(data.ID));
          });
        });
      } else {
        this.modem.dial(optsf, function(err, data) {
          if (err) return args.callback(err, data);
          args.callback(err, self2.getSecret(data.ID));
        });
      }
    };
    Docker2.prototype.createConfig = function(opts, callback) {
      var args = util.processArgs(opts, callback);
      var self2 = this;
      var optsf = {
        path: "/configs/create?",
        method: "POST",
        options: args.opts,
        abortSignal: args.opts.abortSignal,
        statusCodes: {
          200: true,
          // unofficial, but proxies may return it
          201: true,
          406: "server error or node is not part of a swarm",
          409: "name conflicts with an existing object",
          500: "server error"
        }
      };
      if (args.callback === void 0) {
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err) {
              return reject(err);
            }
            resolve(self2.getConfig(data.ID));
          });
        });
      } else {
        this.modem.dial(optsf, function(err, data) {
          if (err) return args.callback(err, data);
          args.callback(err, self2.getConfig(data.ID));
        });
      }
    };
    Docker2.prototype.listSecrets = function(opts, callback) {
      var self2 = this;
      var args = util.processArgs(opts, callback);
      var optsf = {
        path: "/secrets?",
        method: "GET",
        options: args.opts,
        abortSignal: args.opts.abortSignal,
        statusCodes: {
          200: true,
          500: "server error"
        }
      };
      if (args.callback === void 0) {
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err) {
              return reject(err);
            }
            resolve(data);
          });
        });
      } else {
        this.modem.dial(optsf, function(err, data) {
          args.callback(err, data);
        });
      }
    };
    Docker2.prototype.listConfigs = function(opts, callback) {
      var self2 = this;
      var args = util.processArgs(opts, callback);
      var optsf = {
        path: "/configs?",
        method: "GET",
        options: args.opts,
        abortSignal: args.opts.abortSignal,
        statusCodes: {
          200: true,
          500: "server error"
        }
      };
      if (args.callback === void 0) {
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err) {
              return reject(err);
            }
            resolve(data);
          });
        });
      } else {
        this.modem.dial(optsf, function(err, data) {
          args.callback(err, data);
        });
      }
    };
    Docker2.prototype.createPlugin = function(opts, callback) {
      var self2 = this;
      var args = util.processArgs(opts, callback);
      var optsf = {
        path: "/plugins/create?",
        method: "POST",
        options: args.opts,
        abortSignal: args.opts.abortSignal,
        statusCodes: {
          200: true,
          // unofficial, but proxies may return it
          204: true,
          500: "server error"
        }
      };
      if (args.callback === void 0) {
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err) {
              return reject(err);
            }
            resolve(self2.getPlugin(args.opts.name));
          });
        });
      } else {
        this.modem.dial(optsf, function(err, data) {
          if (err) return args.callback(err, data);
          args.callback(err, self2.getPlugin(args.opts.name));
        });
      }
    };
    Docker2.prototype.listPlugins = function(opts, callback) {
      var self2 = this;
      var args = util.processArgs(opts, callback);
      var optsf = {
        path: "/plugins?",
        method: "GET",
        options: args.opts,
        abortSignal: args.opts.abortSignal,
        statusCodes: {
          200: true,
          500: "server error"
        }
      };
      if (args.callback === void 0) {
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err) {
              return reject(err);
            }
            resolve(data);
          });
        });
      } else {
        this.modem.dial(optsf, function(err, data) {
          args.callback(err, data);
        });
      }
    };
    Docker2.prototype.pruneImages = function(opts, callback) {
      var self2 = this;
      var args = util.processArgs(opts, callback);
      var optsf = {
        path: "/images/prune?",
        method: "POST",
        options: args.opts,
        abortSignal: args.opts.abortSignal,
        statusCodes: {
          200: true,
          500: "server error"
        }
      };
      if (args.callback === void 0) {
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err) {
              return reject(err);
            }
            resolve(data);
          });
        });
      } else {
        this.modem.dial(optsf, function(err, data) {
          args.callback(err, data);
        });
      }
    };
    Docker2.prototype.pruneBuilder = function(opts, callback) {
      var self2 = this;
      var args = util.processArgs(opts, callback);
      var optsf = {
        path: "/build/prune",
        method: "POST",
        abortSignal: args.opts.abortSignal,
        statusCodes: {
          200: true,
          500: "server error"
        }
      };
      if (args.callback === void 0) {
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err) {
              return reject(err);
            }
            resolve(data);
          });
        });
      } else {
        this.modem.dial(optsf, function(err, data) {
          args.callback(err, data);
        });
      }
    };
    Docker2.prototype.pruneContainers = function(opts, callback) {
      var self2 = this;
      var args = util.processArgs(opts, callback);
      var optsf = {
        path: "/containers/prune?",
        method: "POST",
        options: args.opts,
        abortSignal: args.opts.abortSignal,
        statusCodes: {
          200: true,
          500: "server error"
        }
      };
      if (args.callback === void 0) {
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err) {
              return reject(err);
            }
            resolve(data);
          });
        });
      } else {
        this.modem.dial(optsf, function(err, data) {
          args.callback(err, data);
        });
      }
    };
    Docker2.prototype.pruneVolumes = function(opts, callback) {
      var self2 = this;
      var args = util.processArgs(opts, callback);
      var optsf = {
        path: "/volumes/prune?",
        method: "POST",
        options: args.opts,
        abortSignal: args.opts.abortSignal,
        statusCodes: {
          200: true,
          500: "server error"
        }
      };
      if (args.callback === void 0) {
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err) {
              return reject(err);
            }
            resolve(data);
          });
        });
      } else {
        this.modem.dial(optsf, function(err, data) {
          args.callback(err, data);
        });
      }
    };
    Docker2.prototype.pruneNetworks = function(opts, callback) {
      var self2 = this;
      var args = util.processArgs(opts, callback);
      var optsf = {
        path: "/networks/prune?",
        method: "POST",
        options: args.opts,
        abortSignal: args.opts.abortSignal,
        statusCodes: {
          200: true,
          500: "server error"
        }
      };
      if (args.callback === void 0) {
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err) {
              return reject(err);
            }
            resolve(data);
          });
        });
      } else {
        this.modem.dial(optsf, function(err, data) {
          args.callback(err, data);
        });
      }
    };
    Docker2.prototype.createVolume = function(opts, callback) {
      var self2 = this;
      var args = util.processArgs(opts, callback);
      var optsf = {
        path: "/volumes/create?",
        method: "POST",
        allowEmpty: true,
        options: args.opts,
        abortSignal: args.opts.abortSignal,
        statusCodes: {
          200: true,
          // unofficial, but proxies may return it
          201: true,
          500: "server error"
        }
      };
      if (args.callback === void 0) {
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err) {
              return reject(err);
            }
            resolve(self2.getVolume(data.Name));
          });
        });
      } else {
        this.modem.dial(optsf, function(err, data) {
          if (err) return args.callback(err, data);
          args.callback(err, self2.getVolume(data.Name));
        });
      }
    };
    Docker2.prototype.createService = function(auth, opts, callback) {
      if (!callback && typeof opts === "function") {
        callback = opts;
        opts = auth;
        auth = opts.authconfig || void 0;
      } else if (!opts && !callback) {
        opts = auth;
      }
      var self2 = this;
      var optsf = {
        path: "/services/create",
        method: "POST",
        options: opts,
        authconfig: auth,
        abortSignal: opts && opts.abortSignal,
        statusCodes: {
          200: true,
          201: true,
          500: "server error"
        }
      };
      if (callback === void 0) {
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err) {
              return reject(err);
            }
            resolve(self2.getService(data.ID || data.Id));
          });
        });
      } else {
        this.modem.dial(optsf, function(err, data) {
          if (err) return callback(err, data);
          callback(err, self2.getService(data.ID || data.Id));
        });
      }
    };
    Docker2.prototype.listVolumes = function(opts, callback) {
      var self2 = this;
      var args = util.processArgs(opts, callback);
      var optsf = {
        path: "/volumes?",
        method: "GET",
        options: args.opts,
        abortSignal: args.opts.abortSignal,
        statusCodes: {
          200: true,
          400: "bad parameter",
          500: "server error"
        }
      };
      if (args.callback === void 0) {
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err) {
              return reject(err);
            }
            resolve(data);
          });
        });
      } else {
        this.modem.dial(optsf, function(err, data) {
          args.callback(err, data);
        });
      }
    };
    Docker2.prototype.createNetwork = function(opts, callback) {
      var self2 = this;
      var args = util.processArgs(opts, callback);
      var optsf = {
        path: "/networks/create?",
        method: "POST",
        options: args.opts,
        abortSignal: args.opts.abortSignal,
        statusCodes: {
          200: true,
          // unofficial, but proxies may return it
          201: true,
          404: "driver not found",
          500: "server error"
        }
      };
      if (args.callback === void 0) {
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err) {
              return reject(err);
            }
            resolve(self2.getNetwork(data.Id));
          });
        });
      } else {
        this.modem.dial(optsf, function(err, data) {
          if (err) return args.callback(err, data);
          args.callback(err, self2.getNetwork(data.Id));
        });
      }
    };
    Docker2.prototype.listNetworks = function(opts, callback) {
      var self2 = this;
      var args = util.processArgs(opts, callback);
      var optsf = {
        path: "/networks?",
        method: "GET",
        options: args.opts,
        abortSignal: args.opts.abortSignal,
        statusCodes: {
          200: true,
          400: "bad parameter",
          500: "server error"
        }
      };
      if (args.callback === void 0) {
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err) {
              return reject(err);
            }
            resolve(data);
          });
        });
      } else {
        this.modem.dial(optsf, function(err, data) {
          args.callback(err, data);
        });
      }
    };
    Docker2.prototype.searchImages = function(opts, callback) {
      var self2 = this;
      var optsf = {
        path: "/images/search?",
        method: "GET",
        options: opts,
        authconfig: opts.authconfig,
        abortSignal: opts.abortSignal,
        statusCodes: {
          200: true,
          500: "server error"
        }
      };
      if (callback === void 0) {
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err) {
              return reject(err);
            }
            resolve(data);
          });
        });
      } else {
        this.modem.dial(optsf, function(err, data) {
          callback(err, data);
        });
      }
    };
    Docker2.prototype.info = function(opts, callback) {
      var self2 = this;
      var args = util.processArgs(opts, callback);
      var opts = {
        path: "/info",
        method: "GET",
        abortSignal: args.opts.abortSignal,
        statusCodes: {
          200: true,
          500: "server error"
        }
      };
      if (args.callback === void 0) {
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(opts, function(err, data) {
            if (err) {
              return reject(err);
            }
            resolve(data);
          });
        });
      } else {
        this.modem.dial(opts, function(err, data) {
          args.callback(err, data);
        });
      }
    };
    Docker2.prototype.version = function(opts, callback) {
      var self2 = this;
      var args = util.processArgs(opts, callback);
      var opts = {
        path: "/version",
        method: "GET",
        abortSignal: args.opts.abortSignal,
        statusCodes: {
          200: true,
          500: "server error"
        }
      };
      if (args.callback === void 0) {
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(opts, function(err, data) {
            if (err) {
              return reject(err);
            }
            resolve(data);
          });
        });
      } else {
        this.modem.dial(opts, function(err, data) {
          args.callback(err, data);
        });
      }
    };
    Docker2.prototype.ping = function(opts, callback) {
      var self2 = this;
      var args = util.processArgs(opts, callback);
      var optsf = {
        path: "/_ping",
        method: "GET",
        abortSignal: args.opts.abortSignal,
        statusCodes: {
          200: true,
          500: "server error"
        }
      };
      if (args.callback === void 0) {
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err) {
              return reject(err);
            }
            resolve(data);
          });
        });
      } else {
        this.modem.dial(optsf, function(err, data) {
          args.callback(err, data);
        });
      }
    };
    Docker2.prototype.df = function(opts, callback) {
      var self2 = this;
      var args = util.processArgs(opts, callback);
      var optsf = {
        path: "/system/df",
        method: "GET",
        abortSignal: args.opts.abortSignal,
        statusCodes: {
          200: true,
          500: "server error"
        }
      };
      if (args.callback === void 0) {
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err) {
              return reject(err);
            }
            resolve(data);
          });
        });
      } else {
        this.modem.dial(optsf, function(err, data) {
          args.callback(err, data);
        });
      }
    };
    Docker2.prototype.getEvents = function(opts, callback) {
      var self2 = this;
      var args = util.processArgs(opts, callback);
      var optsf = {
        path: "/events?",
        method: "GET",
        options: args.opts,
        abortSignal: args.opts.abortSignal,
        isStream: true,
        statusCodes: {
          200: true,
          500: "server error"
        }
      };
      if (args.callback === void 0) {
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err) {
              return reject(err);
            }
            resolve(data);
          });
        });
      } else {
        this.modem.dial(optsf, function(err, data) {
          args.callback(err, data);
        });
      }
    };
    Docker2.prototype.pull = function(repoTag, opts, callback, auth) {
      var args = util.processArgs(opts, callback);
      var imageSrc = util.parseRepositoryTag(repoTag);
      args.opts.fromImage = imageSrc.repository;
      args.opts.tag = imageSrc.tag || "latest";
      var argsf = [args.opts, args.callback];
      if (auth) {
        argsf = [auth, args.opts, args.callback];
      }
      return this.createImage.apply(this, argsf);
    };
    Docker2.prototype.pullAll = function(repoTag, opts, callback, auth) {
      var args = util.processArgs(opts, callback);
      var imageSrc = util.parseRepositoryTag(repoTag);
      args.opts.fromImage = imageSrc.repository;
      var argsf = [args.opts, args.callback];
      if (auth) {
        argsf = [auth, args.opts, args.callback];
      }
      return this.createImage.apply(this, argsf);
    };
    Docker2.prototype.run = function(image, cmd, streamo, createOptions, startOptions, callback) {
      if (typeof arguments[arguments.length - 1] === "function") {
        return this.runCallback(image, cmd, streamo, createOptions, startOptions, callback);
      } else {
        return this.runPromise(image, cmd, streamo, createOptions, startOptions);
      }
    };
    Docker2.prototype.runCallback = function(image, cmd, streamo, createOptions, startOptions, callback) {
      if (!callback && typeof createOptions === "function") {
        callback = createOptions;
        createOptions = {};
        startOptions = {};
      } else if (!callback && typeof startOptions === "function") {
        callback = startOptions;
        startOptions = {};
      }
      var hub = new EventEmitter();
      function handler(err, container) {
        if (err) return callback(err, null, container);
        hub.emit("container", container);
        container.attach({
          stream: true,
          stdout: true,
          stderr: true
        }, function handler2(err2, stream) {
          if (err2) return callback(err2, null, container);
          hub.emit("stream", stream);
          if (streamo) {
            if (streamo instanceof Array) {
              stream.on("end", function() {
                try {
                  streamo[0].end();
                } catch (e) {
                }
                try {
                  streamo[1].end();
                } catch (e) {
                }
              });
              container.modem.demuxStream(stream, streamo[0], streamo[1]);
            } else {
              stream.setEncoding("utf8");
              stream.pipe(streamo, {
                end: true
              });
            }
          }
          container.start(startOptions, function(err3, data) {
            if (err3) return callback(err3, data, container);
            hub.emit("start", container);
            container.wait(function(err4, data2) {
              hub.emit("data", data2);
              callback(err4, data2, container);
            });
          });
        });
      }
      var optsc = {
        "Hostname": "",
        "User": "",
        "AttachStdin": false,
        "AttachStdout": true,
        "AttachStderr": true,
        "Tty": true,
        "OpenStdin": false,
        "StdinOnce": false,
        "Env": null,
        "Cmd": cmd,
        "Image": image,
        "Volumes": {},
        "VolumesFrom": []
      };
      extend(optsc, createOptions);
      this.createContainer(optsc, handler);
      return hub;
    };
    Docker2.prototype.runPromise = function(image, cmd, streamo, createOptions, startOptions) {
      var self2 = this;
      createOptions = createOptions || {};
      startOptions = startOptions || {};
      var optsc = {
        "Hostname": "",
        "User": "",
        "AttachStdin": false,
        "AttachStdout": true,
        "AttachStderr": true,
        "Tty": true,
        "OpenStdin": false,
        "StdinOnce": false,
        "Env": null,
        "Cmd": cmd,
        "Image": image,
        "Volumes": {},
        "VolumesFrom": []
      };
      extend(optsc, createOptions);
      var containero;
      return new this.modem.Promise(function(resolve, reject) {
        self2.createContainer(optsc).then(function(container) {
          containero = container;
          return container.attach({
            stream: true,
            stdout: true,
            stderr: true
          });
        }).then(function(stream) {
          if (streamo) {
            if (streamo instanceof Array) {
              stream.on("end", function() {
                try {
                  streamo[0].end();
                } catch (e) {
                }
                try {
                  streamo[1].end();
                } catch (e) {
                }
              });
              containero.modem.demuxStream(stream, streamo[0], streamo[1]);
            } else {
              stream.setEncoding("utf8");
              stream.pipe(streamo, {
                end: true
              });
            }
          }
          return containero.start(startOptions);
        }).then(function(data) {
          return containero.wait();
        }).then(function(data) {
          resolve([data, containero]);
        }).catch(function(err) {
          reject(err);
        });
      });
    };
    Docker2.prototype.swarmInit = function(opts, callback) {
      var self2 = this;
      var args = util.processArgs(opts, callback);
      var optsf = {
        path: "/swarm/init",
        method: "POST",
        abortSignal: args.opts.abortSignal,
        statusCodes: {
          200: true,
          400: "bad parameter",
          406: "node is already part of a Swarm"
        },
        options: args.opts
      };
      if (args.callback === void 0) {
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err) {
              return reject(err);
            }
            resolve(data);
          });
        });
      } else {
        this.modem.dial(optsf, function(err, data) {
          args.callback(err, data);
        });
      }
    };
    Docker2.prototype.swarmJoin = function(opts, callback) {
      var self2 = this;
      var args = util.processArgs(opts, callback);
      var optsf = {
        path: "/swarm/join",
        method: "POST",
        abortSignal: args.opts.abortSignal,
        statusCodes: {
          200: true,
          400: "bad parameter",
          406: "node is already part of a Swarm"
        },
        options: args.opts
      };
      if (args.callback === void 0) {
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err) {
              return reject(err);
            }
            resolve(data);
          });
        });
      } else {
        this.modem.dial(optsf, function(err, data) {
          args.callback(err, data);
        });
      }
    };
    Docker2.prototype.swarmLeave = function(opts, callback) {
      var self2 = this;
      var args = util.processArgs(opts, callback);
      var optsf = {
        path: "/swarm/leave?",
        method: "POST",
        abortSignal: args.opts.abortSignal,
        statusCodes: {
          200: true,
          406: "node is not part of a Swarm"
        },
        options: args.opts
      };
      if (args.callback === void 0) {
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err) {
              return reject(err);
            }
            resolve(data);
          });
        });
      } else {
        this.modem.dial(optsf, function(err, data) {
          args.callback(err, data);
        });
      }
    };
    Docker2.prototype.swarmUpdate = function(opts, callback) {
      var self2 = this;
      var args = util.processArgs(opts, callback);
      var optsf = {
        path: "/swarm/update?",
        method: "POST",
        abortSignal: args.opts.abortSignal,
        statusCodes: {
          200: true,
          400: "bad parameter",
          406: "node is already part of a Swarm"
        },
        options: args.opts
      };
      if (args.callback === void 0) {
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err) {
              return reject(err);
            }
            resolve(data);
          });
        });
      } else {
        this.modem.dial(optsf, function(err, data) {
          args.callback(err, data);
        });
      }
    };
    Docker2.prototype.swarmInspect = function(opts, callback) {
      var self2 = this;
      var args = util.processArgs(opts, callback);
      var optsf = {
        path: "/swarm",
        method: "GET",
        abortSignal: args.opts.abortSignal,
        statusCodes: {
          200: true,
          406: "This node is not a swarm manager",
          500: "server error"
        }
      };
      if (args.callback === void 0) {
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err) {
              return reject(err);
            }
            resolve(data);
          });
        });
      } else {
        this.modem.dial(optsf, function(err, data) {
          args.callback(err, data);
        });
      }
    };
    Docker2.Container = Container;
    Docker2.Image = Image;
    Docker2.Volume = Volume;
    Docker2.Network = Network;
    Docker2.Service = Service;
    Docker2.Plugin = Plugin;
    Docker2.Secret = Secret;
    Docker2.Task = Task;
    Docker2.Node = Node;
    Docker2.Exec = Exec;
    module.exports = Docker2;
  }
});

// src/docker/connect.ts
var import_dockerode = __toESM(require_docker(), 1);
import { readFileSync } from "node:fs";
import os from "node:os";

// src/docker/docker-host.ts
import { createHash } from "node:crypto";
import https from "node:https";
import path from "node:path";
var DEFAULT_SOCKET = "/var/run/docker.sock";
function configDir(env, files) {
  return env.DOCKER_CONFIG || path.join(files.home, ".docker");
}
function tlsMaterial(dir, verify, files) {
  const read = (name) => files.read(path.join(dir, name));
  return { verify, ca: read("ca.pem"), cert: read("cert.pem"), key: read("key.pem") };
}
function envTls(env, files) {
  const verify = Boolean(env.DOCKER_TLS_VERIFY);
  if (!verify && !env.DOCKER_TLS) return void 0;
  return tlsMaterial(env.DOCKER_CERT_PATH || configDir(env, files), verify, files);
}
function unixEndpoint(socketPath) {
  return {
    address: `unix://${socketPath}`,
    options: { socketPath, host: void 0, port: void 0, protocol: void 0 }
  };
}
function tcpEndpoint(url, tls) {
  const port = url.port || (tls ? "2376" : "2375");
  const host = url.hostname.replace(/^\[(.*)\]$/, "$1");
  const base = { socketPath: void 0, host, port };
  if (!tls) return { address: `tcp://${url.hostname}:${port}`, options: { ...base, protocol: "http" } };
  const options = { ...base, protocol: "https", ca: tls.ca, cert: tls.cert, key: tls.key };
  if (!tls.verify) {
    options.agent = new https.Agent({ ca: tls.ca, cert: tls.cert, key: tls.key, rejectUnauthorized: false });
  }
  return { address: `tcp://${url.hostname}:${port}`, options };
}
function sshEndpoint(url, env) {
  const port = url.port || "22";
  const username = decodeURIComponent(url.username) || void 0;
  return {
    address: `ssh://${url.username ? `${url.username}@` : ""}${url.hostname}:${port}`,
    options: {
      socketPath: void 0,
      protocol: "ssh",
      host: url.hostname,
      port,
      username,
      sshOptions: env.SSH_AUTH_SOCK ? { agent: env.SSH_AUTH_SOCK } : {}
    }
  };
}
function endpointFromHost(host, env, tls) {
  const withScheme = host.includes("://") ? host : `tcp://${host}`;
  const scheme = withScheme.slice(0, withScheme.indexOf("://")).toLowerCase();
  if (scheme === "unix") return unixEndpoint(withScheme.slice("unix://".length) || DEFAULT_SOCKET);
  let url;
  try {
    url = new URL(withScheme);
  } catch {
    throw new DriverError(`Invalid DOCKER_HOST "${host}": expected unix:///path, tcp://host:port or ssh://[user@]host`);
  }
  if (scheme === "tcp" || scheme === "http") return tcpEndpoint(url, tls);
  if (scheme === "https") return tcpEndpoint(url, tls ?? { verify: true });
  if (scheme === "ssh") return sshEndpoint(url, env);
  throw new DriverError(`Unsupported DOCKER_HOST "${host}": repack connects over unix://, tcp:// or ssh://`);
}
function currentContext(env, files) {
  if (env.DOCKER_CONTEXT) return env.DOCKER_CONTEXT;
  const config = files.read(path.join(configDir(env, files), "config.json"));
  if (!config) return void 0;
  try {
    const parsed = JSON.parse(config.toString("utf8"));
    const name = parsed.currentContext;
    return typeof name === "string" && name !== "" ? name : void 0;
  } catch {
    return void 0;
  }
}
function contextEndpoint(name, env, files) {
  const id = createHash("sha256").update(name).digest("hex");
  const dir = path.join(configDir(env, files), "contexts");
  const metaFile = files.read(path.join(dir, "meta", id, "meta.json"));
  if (!metaFile) throw new DriverError(`Docker context "${name}" not found (looked in ${path.join(dir, "meta")})`);
  let meta;
  try {
    meta = JSON.parse(metaFile.toString("utf8"));
  } catch {
    throw new DriverError(`Docker context "${name}" has an unreadable meta.json`);
  }
  const docker = meta.Endpoints?.docker;
  if (!docker?.Host) throw new DriverError(`Docker context "${name}" has no docker endpoint`);
  const tlsDir = path.join(dir, "tls", id, "docker");
  const tls = tlsMaterial(tlsDir, !docker.SkipTLSVerify, files);
  const hasTls = tls.ca !== void 0 || tls.cert !== void 0 || docker.SkipTLSVerify === true;
  return endpointFromHost(docker.Host, env, hasTls ? tls : void 0);
}
function resolveEndpoint(env, files) {
  if (env.DOCKER_HOST) return endpointFromHost(env.DOCKER_HOST, env, envTls(env, files));
  const context = currentContext(env, files);
  if (context && context !== "default") return contextEndpoint(context, env, files);
  return unixEndpoint(DEFAULT_SOCKET);
}

// src/docker/dockerode-driver.ts
import { pipeline } from "node:stream";

// src/docker/commit-options.ts
function bodyConfig(config) {
  const body = { ...config };
  if (body.Entrypoint === null) body.Entrypoint = [];
  if (body.Cmd === null) body.Cmd = [];
  return body;
}
function commitRequest(containerId, spec) {
  const query = { container: containerId };
  if (spec.changes && spec.changes.length > 0) query.changes = spec.changes;
  if (spec.author !== void 0) query.author = spec.author;
  if (spec.message !== void 0) query.comment = spec.message;
  if (spec.pause !== void 0) query.pause = spec.pause;
  return { _query: query, _body: spec.config ? bodyConfig(spec.config) : {} };
}
function configAsChanges(config) {
  if (!config) return [];
  const changes = [];
  if (config.Entrypoint !== void 0) changes.push(`ENTRYPOINT ${JSON.stringify(config.Entrypoint ?? [])}`);
  if (config.Cmd !== void 0) changes.push(`CMD ${JSON.stringify(config.Cmd ?? [])}`);
  if (config.User !== void 0) changes.push(`USER ${config.User}`);
  if (config.WorkingDir !== void 0 && config.WorkingDir !== "") changes.push(`WORKDIR ${config.WorkingDir}`);
  for (const [k, v] of Object.entries(config.Labels ?? {})) changes.push(`LABEL ${JSON.stringify(k)}=${JSON.stringify(v)}`);
  return changes;
}
function podmanCommitRequest(containerId, spec) {
  const request = commitRequest(containerId, { ...spec, config: void 0 });
  const changes = [...configAsChanges(spec.config), ...spec.changes ?? []];
  if (changes.length > 0) request._query.changes = changes;
  request._body = { Labels: null };
  return request;
}

// src/docker/create-options.ts
var isDeviceMode = (s) => /^[rwm]{1,3}$/.test(s);
function parseDevice(spec) {
  const parts = spec.split(":");
  if (parts.length > 3 || parts[0] === "") throw new DriverError(`invalid device "${spec}": expected host[:container][:rwm]`);
  const [host, second, third] = parts;
  let container = host;
  let perms = "rwm";
  if (third !== void 0) {
    container = second;
    perms = third;
  } else if (second !== void 0) {
    if (isDeviceMode(second)) perms = second;
    else container = second;
  }
  if (!isDeviceMode(perms)) throw new DriverError(`invalid device "${spec}": permissions must be made of r, w, m`);
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
    Labels: { ...spec.labels, [REPACK_LABEL]: "true" },
    HostConfig: {
      Binds: spec.binds,
      Privileged: spec.privileged ?? false,
      CapAdd: spec.capAdd,
      CapDrop: spec.capDrop,
      Tmpfs: spec.tmpfs,
      Devices: spec.devices?.map(parseDevice),
      Runtime: spec.runtime,
      NetworkMode: spec.networkMode,
      AutoRemove: spec.autoRemove
    }
  };
  return { query: { ...spec.platform ? { platform: spec.platform } : {}, ...spec.name ? { name: spec.name } : {} }, body };
}

// src/docker/errors.ts
function asModemError(e) {
  if (typeof e === "object" && e !== null && typeof e.message === "string") {
    return e;
  }
  return { message: String(e) };
}
function engineMessage(e) {
  const err = asModemError(e);
  const json = err.json;
  if (typeof json === "object" && json !== null && !Buffer.isBuffer(json)) {
    const message = json.message;
    if (typeof message === "string" && message !== "") return message;
  }
  if (typeof json === "string" && json.trim() !== "") return json.trim();
  if (Buffer.isBuffer(json) && json.length > 0) return json.toString("utf8").trim();
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
  return err.name === "AbortError" || err.code === "ABORT_ERR";
}
var CONNECT_CODES = /* @__PURE__ */ new Set(["ENOENT", "ECONNREFUSED", "ENOTFOUND", "EHOSTUNREACH", "ETIMEDOUT"]);
var LOST_CODES = /* @__PURE__ */ new Set(["ECONNRESET", "EPIPE"]);
function toDriverError(e, action, address) {
  if (e instanceof DriverError) return e;
  const err = asModemError(e);
  if (isAbort(e)) return new DriverError(`${action}: cancelled`, void 0, "cancelled");
  if (err.statusCode === void 0 && err.code === "EACCES") {
    return new DriverError(
      `permission denied while trying to connect to the Docker daemon socket at ${address}. Hint: add your user to the "docker" group (then log in again) or run as root.`,
      void 0,
      "permission-denied"
    );
  }
  if (err.statusCode === void 0 && err.code !== void 0 && CONNECT_CODES.has(err.code)) {
    return new DriverError(
      `Cannot connect to the Docker daemon at ${address}. Is the docker daemon running? Hint: start it (e.g. "sudo systemctl start docker"), or point DOCKER_HOST at a running engine (${err.code}).`,
      void 0,
      "daemon-unreachable"
    );
  }
  const lost = err.statusCode === void 0 && err.code !== void 0 && LOST_CODES.has(err.code);
  return new DriverError(`${action}: ${engineMessage(e)}`, err.statusCode, lost ? "connection-lost" : "engine");
}

// src/docker/exec.ts
import { setTimeout as sleep } from "node:timers/promises";

// src/docker/demux.ts
var HEADER = 8;
var Demuxer = class {
  constructor(stdout, stderr) {
    this.stdout = stdout;
    this.stderr = stderr;
  }
  stdout;
  stderr;
  pending = Buffer.alloc(0);
  /** Stream type and bytes left of the frame being read, or undefined between frames. */
  frame;
  raw = false;
  push(chunk) {
    if (this.raw) return this.stderr(chunk);
    this.pending = this.pending.length === 0 ? chunk : Buffer.concat([this.pending, chunk]);
    for (; ; ) {
      if (this.frame) {
        if (this.pending.length === 0) return;
        const n = Math.min(this.frame.left, this.pending.length);
        const body = this.pending.subarray(0, n);
        this.pending = this.pending.subarray(n);
        this.frame.left -= n;
        (this.frame.type === 2 ? this.stderr : this.stdout)(body);
        if (this.frame.left === 0) this.frame = void 0;
        continue;
      }
      if (this.pending.length < HEADER) {
        if (this.pending.length > 0 && !this.looksLikeHeader(this.pending)) this.toRaw();
        return;
      }
      if (!this.looksLikeHeader(this.pending)) return this.toRaw();
      const type = this.pending[0];
      const left = this.pending.readUInt32BE(4);
      this.pending = this.pending.subarray(HEADER);
      if (left > 0) this.frame = { type, left };
    }
  }
  /** Flushes bytes that never formed a frame (a short un-multiplexed message). */
  end() {
    if (this.pending.length > 0 && !this.frame) this.toRaw();
  }
  looksLikeHeader(bytes) {
    const limit = Math.min(bytes.length, 4);
    if (bytes[0] > 2) return false;
    for (let i = 1; i < limit; i++) if (bytes[i] !== 0) return false;
    return true;
  }
  toRaw() {
    this.raw = true;
    const rest = this.pending;
    this.pending = Buffer.alloc(0);
    if (rest.length > 0) this.stderr(rest);
  }
};

// src/docker/exec.ts
var RUNTIME_FAILURE = Buffer.from("OCI runtime exec failed");
function cancelled() {
  return new DriverError("exec cancelled", void 0, "cancelled");
}
function pump(socket, spec, out, err) {
  return new Promise((resolve, reject) => {
    let failed = false;
    const fail = (e) => {
      if (failed) return;
      failed = true;
      socket.destroy();
      reject(e);
    };
    const toStderr = (chunk) => {
      err.push(chunk);
      spec.onStderr?.(chunk);
    };
    const toStdout = (chunk) => {
      if (out.size === 0 && chunk.subarray(0, RUNTIME_FAILURE.length).equals(RUNTIME_FAILURE)) return toStderr(chunk);
      out.push(chunk);
      spec.onStdout?.(chunk);
    };
    const demuxer = new Demuxer(toStdout, toStderr);
    const onAbort = () => fail(cancelled());
    spec.signal?.addEventListener("abort", onAbort, { once: true });
    if (spec.signal?.aborted) onAbort();
    const done = () => {
      spec.signal?.removeEventListener("abort", onAbort);
      if (failed) return;
      try {
        demuxer.end();
      } catch (e) {
        return fail(e);
      }
      failed = true;
      resolve();
    };
    socket.on("data", (chunk) => {
      try {
        demuxer.push(chunk);
      } catch (e) {
        fail(e);
      }
    });
    socket.once("end", done);
    socket.once("close", done);
    socket.once("error", fail);
  });
}
async function exitCode(exec, signal) {
  for (let delay = 2; ; delay = Math.min(delay * 2, 100)) {
    const info = await exec.inspect();
    if (!info.Running) {
      if (typeof info.ExitCode !== "number") throw new DriverError("exec finished without an exit code", void 0, "connection-lost");
      return info.ExitCode;
    }
    if (signal?.aborted) throw cancelled();
    await sleep(delay);
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
    Tty: false
  });
}
async function runExec(container, spec) {
  if (spec.signal?.aborted) throw cancelled();
  const exec = await createExec(container, spec, false);
  const socket = await exec.start({ hijack: true, stdin: false });
  const out = new Capture();
  const err = new Capture();
  await pump(socket, spec, out, err);
  return { exitCode: await exitCode(exec, spec.signal), stdout: out.text(), stderr: err.text() };
}
async function startSession(container, spec, mapError) {
  const exec = await createExec(container, spec, true);
  const socket = await exec.start({ hijack: true, stdin: true });
  socket.on("error", () => {
  });
  const exited = pump(socket, spec, new Capture(0), new Capture(0)).then(() => exitCode(exec, void 0));
  return {
    write: (data) => {
      if (!socket.destroyed && socket.writable) socket.write(data);
    },
    exited: exited.catch((e) => Promise.reject(mapError(e))),
    close: () => socket.destroy(),
    endInput: () => {
      if (!socket.destroyed && socket.writable) socket.end();
    }
  };
}

// src/docker/image-info.ts
function strings(value) {
  if (value === null || value === void 0) return null;
  if (typeof value === "string") return [value];
  return Array.isArray(value) ? value.filter((v) => typeof v === "string") : null;
}
function record(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? value : null;
}
function toImageConfig(config) {
  const c = config ?? {};
  const out = {
    Env: strings(c.Env) ?? [],
    Cmd: strings(c.Cmd),
    Entrypoint: strings(c.Entrypoint),
    WorkingDir: c.WorkingDir ?? "",
    User: c.User ?? "",
    Labels: record(c.Labels),
    ExposedPorts: record(c.ExposedPorts),
    Volumes: record(c.Volumes),
    OnBuild: strings(c.OnBuild)
  };
  const stopSignal = c.StopSignal;
  if (typeof stopSignal === "string" && stopSignal !== "") out.StopSignal = stopSignal;
  return out;
}
function toImageInfo(info) {
  const config = toImageConfig(info.Config);
  return {
    id: info.Id ?? "",
    repoTags: strings(info.RepoTags) ?? [],
    repoDigests: strings(info.RepoDigests) ?? [],
    config,
    labels: { ...config.Labels },
    ...typeof info.Created === "string" ? { created: info.Created } : {},
    ...Array.isArray(info.RootFS?.Layers) ? { layers: strings(info.RootFS.Layers) ?? [] } : {},
    ...typeof info.Size === "number" ? { size: info.Size } : {},
    ...typeof info.Os === "string" && info.Os !== "" ? { os: info.Os } : {},
    ...typeof info.Architecture === "string" && info.Architecture !== "" ? { architecture: info.Architecture } : {},
    ...typeof info.Variant === "string" && info.Variant !== "" ? { variant: info.Variant } : {}
  };
}

// src/docker/progress.ts
import { StringDecoder } from "node:string_decoder";
function errorOf(event) {
  const message = event.errorDetail?.message || event.error;
  return message ? message : void 0;
}
function toProgressEvent(event) {
  const out = { status: event.status ?? "" };
  if (event.id !== void 0) out.id = event.id;
  if (event.progress !== void 0) out.progress = event.progress;
  return out;
}
function parseLine(line) {
  let parsed;
  try {
    parsed = JSON.parse(line);
  } catch {
    throw new DriverError(`unexpected output from the Docker engine: ${line.slice(0, 200)}`);
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
    throw new DriverError(`unexpected output from the Docker engine: ${line.slice(0, 200)}`);
  }
  return parsed;
}
async function followProgress(stream, action, onEvent) {
  const events = [];
  const decoder = new StringDecoder("utf8");
  let pending = "";
  const take = (text, final) => {
    pending += text;
    const lines = pending.split("\n");
    pending = final ? "" : lines.pop() ?? "";
    for (const raw of lines) {
      const line = raw.trim();
      if (line === "") continue;
      const event = parseLine(line);
      events.push(event);
      onEvent?.(event);
      const error = errorOf(event);
      if (error !== void 0) throw new DriverError(`${action}: ${error}`);
    }
  };
  try {
    for await (const chunk of stream) take(typeof chunk === "string" ? chunk : decoder.write(chunk), false);
    take(decoder.end(), true);
  } finally {
    destroy(stream);
  }
  return events;
}
function destroy(stream) {
  const destroyable = stream;
  destroyable.destroy?.();
}

// src/docker/push-digest.ts
var DIGEST_LINE = /^\S+: digest: (sha256:[0-9a-f]{64}) size: (\d+)/;
function auxDigest(aux) {
  if (typeof aux !== "object" || aux === null) return void 0;
  const { Digest: d, Size } = aux;
  const digest = asDigest(d);
  if (!digest) return void 0;
  return typeof Size === "number" ? { digest, size: Size } : { digest };
}
function pushedDigest(events) {
  let fromStatus;
  for (let i = events.length - 1; i >= 0; i--) {
    const fromAux = auxDigest(events[i].aux);
    if (fromAux) return fromAux;
    const match = fromStatus ? null : DIGEST_LINE.exec(events[i].status ?? "");
    if (match) fromStatus = { digest: match[1], size: Number(match[2]) };
  }
  return fromStatus;
}

// src/docker/registry-errors.ts
var AUTH = /unauthorized|authentication required|no basic auth credentials|requested access to the resource is denied|pull access denied|incorrect username or password/i;
var HTTP_RETRY_REFUSED = /Client sent an HTTP request to an HTTPS server/i;
var PLAIN_HTTP = /server gave HTTP response to HTTPS client/i;
var UNTRUSTED = /x509:|certificate signed by unknown authority|certificate is not trusted|tls: failed to verify/i;
function loginHint(r) {
  if (Object.keys(r.auth).length > 0) return `Check the user name and password or token (${r.origin}).`;
  const server = r.registry === "docker.io" ? "" : ` ${r.registry}`;
  return `Used ${r.origin}. Log in first (docker login${server}, or docker/login-action in a workflow), or set login = true with login_username and login_password in the template.`;
}
function explain(detail, r) {
  const registry = r.registry;
  if (PLAIN_HTTP.test(detail)) {
    return `the registry ${registry} speaks plain HTTP, and the Docker engine only uses HTTP for registries it is told are insecure (${detail}). Serve the registry over HTTPS, or allow it on the engine: add "insecure-registries": ["${registry}"] to /etc/docker/daemon.json and restart dockerd (Docker Desktop: Settings \u2192 Docker Engine). Registries on 127.0.0.0/8 are always allowed.`;
  }
  if (UNTRUSTED.test(detail)) {
    return `the Docker engine does not trust the TLS certificate of the registry ${registry} (${detail}). Put the certificate of the CA that signed it in /etc/docker/certs.d/${registry}/ca.crt on the engine's host (read on every request, no restart needed), or add the CA to the host's trust store and restart dockerd.`;
  }
  if (HTTP_RETRY_REFUSED.test(detail)) {
    return `authentication required or denied for ${registry}: the registry refused the request over HTTPS, and the engine's retry over plain HTTP was rejected (${detail}). ${loginHint(r)}`;
  }
  if (AUTH.test(detail)) return `authentication required or denied for ${registry}: ${detail}. ${loginHint(r)}`;
  return void 0;
}
function mask(text, r) {
  let out = text;
  for (const secret of [r.auth.password, r.auth.identitytoken]) {
    if (secret && secret.length >= 3) out = out.split(secret).join("***");
  }
  return out;
}
function registryError(err, action, r) {
  const prefix = `${action}: `;
  const detail = mask(err.message.startsWith(prefix) ? err.message.slice(prefix.length) : err.message, r).trim();
  if (err.code === "cancelled") return err;
  const explained = explain(detail, r);
  return new DriverError(`${prefix}${explained ?? detail}`, err.statusCode, err.code);
}

// src/memory.ts
import { Transform } from "node:stream";
import v8 from "node:v8";
import vm from "node:vm";
var collect;
function collector() {
  if (collect !== void 0) return collect;
  try {
    v8.setFlagsFromString("--expose-gc");
    const gc = vm.runInNewContext("gc");
    collect = typeof gc === "function" ? gc : null;
  } catch {
    collect = null;
  }
  return collect;
}
var STREAMED_BYTES_PER_COLLECTION = 4 * 1024 * 1024;
function collectingAsItStreams() {
  let sinceCollection = 0;
  return new Transform({
    transform(chunk, _encoding, done) {
      sinceCollection += chunk.length;
      if (sinceCollection >= STREAMED_BYTES_PER_COLLECTION) {
        sinceCollection = 0;
        collector()?.({ type: "minor" });
      }
      done(null, chunk);
    }
  });
}

// src/docker/dockerode-driver.ts
var short = (id) => id.replace(/^sha256:/, "").slice(0, 12);
var relay = (onProgress) => (event) => onProgress?.(toProgressEvent(event));
function guardedBody(source) {
  const body = collectingAsItStreams();
  source.on("error", (e) => body.destroy(e));
  source.pipe(body);
  return {
    body,
    discard() {
      source.unpipe(body);
      source.destroy?.();
      body.destroy();
    }
  };
}
function downloaded(response) {
  const body = collectingAsItStreams();
  pipeline(response, body, () => void 0);
  return body;
}
function readId(response, action) {
  const id = response?.Id;
  if (typeof id !== "string" || id === "") throw new DriverError(`${action}: the engine returned no image ID`);
  return /^[0-9a-f]{64}$/.test(id) ? `sha256:${id}` : id;
}
var DockerodeDriver = class {
  /**
   * @param address the daemon address as the CLI prints it, used in connection errors.
   * @param credentials finds the registry credentials for pulls and pushes not given explicit ones.
   */
  constructor(docker, address, credentials = explicitOnly) {
    this.docker = docker;
    this.address = address;
    this.credentials = credentials;
  }
  docker;
  address;
  credentials;
  async call(action, work, signal) {
    try {
      return await work();
    } catch (e) {
      if (signal?.aborted) throw new DriverError(`${action}: cancelled`, void 0, "cancelled");
      throw toDriverError(e, action, this.address);
    }
  }
  /** Runs a registry request with the credentials for `ref`; its failures say which credentials were tried. */
  withRegistryAuth(action, ref, explicit, work, signal) {
    return this.call(
      action,
      async () => {
        const resolved = await this.credentials.forImage(ref, explicit);
        try {
          return await work(resolved.auth);
        } catch (e) {
          if (signal?.aborted) throw e;
          throw registryError(toDriverError(e, action, this.address), action, resolved);
        }
      },
      signal
    );
  }
  podman;
  /** Podman's Docker-compatible API differs in a few calls (docs/builders/docker.md, "Engines"). */
  isPodman() {
    this.podman ??= this.docker.version().then(
      (v) => (v.Components ?? []).some((c) => /podman/i.test(c.Name)),
      () => false
    );
    return this.podman;
  }
  version() {
    return this.call("docker version", async () => {
      const v = await this.docker.version();
      return { version: v.Version, apiVersion: v.ApiVersion };
    });
  }
  pull(ref, opts = {}) {
    const action = `pull ${ref}`;
    const parsed = parseReference(ref);
    if ("error" in parsed) return Promise.reject(new DriverError(`${action}: ${parsed.error}`));
    const { repository, tag } = pullParameters(parsed.ref);
    return this.withRegistryAuth(
      action,
      ref,
      opts.auth,
      async (auth) => {
        const served = opts.platform ? void 0 : await this.servedAlready(repository, tag, ref, auth, opts.signal);
        if (served) {
          opts.onProgress?.({ status: `Digest: ${served.digest}` });
          opts.onProgress?.({ status: `Status: Image is up to date for ${ref}` });
          return;
        }
        const query = { fromImage: repository, tag, abortSignal: opts.signal, ...opts.platform ? { platform: opts.platform } : {} };
        const stream = await this.docker.createImage(auth, query);
        await followProgress(stream, action, relay(opts.onProgress));
      },
      opts.signal
    );
  }
  async inspectImage(ref) {
    try {
      return toImageInfo(await this.docker.getImage(ref).inspect());
    } catch (e) {
      if (isNotFound(e)) return void 0;
      throw toDriverError(e, `inspect image ${ref}`, this.address);
    }
  }
  createContainer(spec) {
    return this.call(`create container from ${spec.image}`, async () => {
      const { query, body } = createRequest(spec);
      const request = { _query: query, _body: body };
      return (await this.docker.createContainer(request)).id;
    });
  }
  startContainer(id) {
    return this.call(`start container ${short(id)}`, async () => {
      try {
        await this.docker.getContainer(id).start();
      } catch (e) {
        if (statusCode(e) !== 304) throw e;
      }
    });
  }
  exec(containerId, spec) {
    const action = `exec ${JSON.stringify(spec.cmd[0] ?? "")} in container ${short(containerId)}`;
    return this.call(action, () => runExec(this.docker.getContainer(containerId), spec), spec.signal);
  }
  execSession(containerId, spec) {
    const action = `exec ${JSON.stringify(spec.cmd[0] ?? "")} in container ${short(containerId)}`;
    const map = (e) => toDriverError(e, action, this.address);
    return this.call(action, () => startSession(this.docker.getContainer(containerId), spec, map));
  }
  putArchive(containerId, dir, tar) {
    const action = `upload to ${dir} in container ${short(containerId)}`;
    return this.call(action, async () => {
      const upload = guardedBody(tar);
      try {
        await this.docker.getContainer(containerId).putArchive(upload.body, { path: dir });
      } catch (e) {
        upload.discard();
        if (isNotFound(e) && /could not find the file/i.test(engineMessage(e))) {
          throw new DriverError(`${action}: ${engineMessage(e)} (the target directory must exist)`, 404);
        }
        throw e;
      }
    });
  }
  getArchive(containerId, path2) {
    return this.call(
      `download ${path2} from container ${short(containerId)}`,
      async () => downloaded(await this.docker.getContainer(containerId).getArchive({ path: path2 }))
    );
  }
  commit(containerId, spec) {
    const action = `commit container ${short(containerId)}`;
    return this.call(action, async () => {
      const container = this.docker.getContainer(containerId);
      if (await this.isPodman()) return readId(await container.commit(podmanCommitRequest(containerId, spec)), action);
      const request = commitRequest(containerId, spec);
      if (spec.config && spec.config.Env === void 0 && (spec.changes ?? []).some((c) => /^\s*ENV\s/i.test(c))) {
        request._body.Env = (await container.inspect()).Config.Env ?? [];
      }
      const response = await container.commit(request);
      return readId(response, action);
    });
  }
  removeContainer(id) {
    return this.call(`remove container ${short(id)}`, async () => {
      try {
        await this.docker.getContainer(id).remove({ force: true, v: true });
      } catch (e) {
        if (isNotFound(e)) return;
        if (statusCode(e) === 409 && /already in progress/.test(engineMessage(e))) return;
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
    return this.withRegistryAuth(
      action,
      repository,
      opts.auth,
      async (auth) => {
        const served = await this.servedAlready(repository, tag, `${repository}:${tag}`, auth, opts.signal);
        if (served) return served;
        const stream = await this.docker.getImage(repository).push({ tag, authconfig: auth, abortSignal: opts.signal });
        const events = await followProgress(stream, action, relay(opts.onProgress));
        const pushed = pushedDigest(events);
        if (!pushed) throw new DriverError(`${action}: the engine did not report the pushed manifest's digest`);
        return pushed;
      },
      opts.signal
    );
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
    if (!/^(unix|npipe):\/\//.test(this.address)) return void 0;
    const [image, served] = await Promise.all([this.inspectImage(localRef).catch(() => void 0), servedManifest(repository, tag, { auth, signal })]);
    if (!image || !served || !IMAGE_MANIFEST_TYPES.includes(served.mediaType)) return void 0;
    const wanted = familiarName(repository);
    const recorded = image.repoDigests.some((d) => {
      const at = d.lastIndexOf("@");
      return d.slice(at + 1) === served.digest && familiarName(d.slice(0, at)) === wanted;
    });
    return recorded ? { digest: served.digest, size: served.size, unchanged: true } : void 0;
  }
  async pushedImageId(repository, digest, opts = {}) {
    try {
      return await this.withRegistryAuth(
        `read the manifest ${repository}@${digest}`,
        repository,
        opts.auth,
        async (auth) => {
          const m = await getManifest(repository, digest, { auth, signal: opts.signal });
          if (!IMAGE_MANIFEST_TYPES.includes(m.mediaType)) return void 0;
          const config = JSON.parse(m.body.toString("utf8")).config?.digest;
          return typeof config === "string" ? config : void 0;
        },
        opts.signal
      );
    } catch {
      return void 0;
    }
  }
  removeImage(ref, opts = {}) {
    return this.call(`remove image ${ref}`, async () => {
      try {
        await this.docker.getImage(ref).remove({ force: opts.force ?? false });
      } catch (e) {
        if (isNotFound(e)) return;
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
  listContainerLabels(label) {
    return this.call(`list containers labelled ${label}`, async () => {
      const containers = await this.docker.listContainers({ all: true, filters: { label: [label] } });
      return containers.map((c) => ({ id: c.Id, labels: c.Labels ?? {} }));
    });
  }
  listImages(label) {
    return this.call(`list images labelled ${label}`, async () => {
      const summaries = await this.docker.listImages({ all: true, filters: { label: [label] } });
      const infos = await Promise.all(summaries.map((s) => this.inspectImage(s.Id)));
      return infos.filter((i) => i !== void 0);
    });
  }
  exportContainer(id) {
    return this.call(`export container ${short(id)}`, async () => downloaded(await this.docker.getContainer(id).export()));
  }
  saveImages(refs) {
    return this.call(`save ${refs.join(", ")}`, async () => downloaded(await this.docker.getImages({ names: refs })));
  }
  loadImage(tar) {
    const action = "load images";
    return this.call(action, async () => {
      const upload = guardedBody(tar);
      try {
        await followProgress(await this.docker.loadImage(upload.body, { quiet: true }), action);
      } catch (e) {
        upload.discard();
        throw e;
      }
    });
  }
  buildImage(context, opts) {
    const action = `build ${opts.dockerfile}`;
    return this.call(
      action,
      async () => {
        const upload = guardedBody(context);
        const query = {
          dockerfile: opts.dockerfile,
          buildargs: opts.buildArgs ?? {},
          labels: opts.labels ?? {},
          pull: opts.pull === true,
          rm: true,
          forcerm: true,
          ...opts.platform ? { platform: opts.platform } : {},
          ...opts.signal ? { abortSignal: opts.signal } : {}
        };
        try {
          const events = await followProgress(await this.docker.buildImage(upload.body, query), action, (e) => {
            for (const line of (e.stream ?? "").split("\n")) if (line.trim() !== "") opts.onOutput?.(line.trimEnd());
          });
          const id = events.map((e) => e.aux?.ID).reverse().find((x) => typeof x === "string" && x.startsWith("sha256:"));
          if (!id) throw new DriverError(`${action}: the engine did not report the new image's ID`);
          return id;
        } catch (e) {
          upload.discard();
          throw e;
        }
      },
      opts.signal
    );
  }
  importImage(tar, opts) {
    const ref = `${opts.repository}:${opts.tag ?? "latest"}`;
    const action = `import ${ref}`;
    return this.call(action, async () => {
      const upload = guardedBody(tar);
      const query = {
        repo: opts.repository,
        tag: opts.tag ?? "latest",
        changes: [...opts.changes ?? [], `LABEL ${REPACK_LABEL}=true`],
        ...opts.platform ? { platform: opts.platform } : {}
      };
      try {
        const events = await followProgress(await this.docker.importImage(upload.body, query), action);
        const id = events.map((e) => e.status ?? "").reverse().find((s) => /^sha256:[0-9a-f]{64}$/.test(s));
        if (!id) throw new DriverError(`${action}: the engine did not report the new image's ID`);
        return id;
      } catch (e) {
        upload.discard();
        throw e;
      }
    });
  }
};

// src/docker/connect.ts
var hostFiles = {
  home: os.homedir(),
  read(file) {
    try {
      return readFileSync(file);
    } catch (e) {
      if (e.code === "ENOENT") return void 0;
      throw new DriverError(`cannot read ${file}: ${messageOf(e)}`);
    }
  }
};
function connectDocker(env = process.env) {
  const endpoint = resolveEndpoint(env, hostFiles);
  try {
    return new DockerodeDriver(new import_dockerode.default(endpoint.options), endpoint.address, dockerCredentials(env));
  } catch (e) {
    throw new DriverError(`cannot set up the Docker client for ${endpoint.address}: ${messageOf(e)}`);
  }
}

export {
  connectDocker
};
