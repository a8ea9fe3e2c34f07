import { createRequire as __repackCreateRequire } from 'node:module';
import { fileURLToPath as __repackFileURLToPath } from 'node:url';
import { dirname as __repackDirname } from 'node:path';
const require = __repackCreateRequire(import.meta.url);
const __repackFilename = __repackFileURLToPath(import.meta.url);
const __repackDirnameValue = __repackDirname(__repackFilename);

// src/cleanup/owner.ts
import { createHash } from "node:crypto";
import { readFileSync, readlinkSync } from "node:fs";
import { hostname } from "node:os";
var OWNER_LABEL = "io.repack.owner";
var FORMAT = /^([0-9a-f]{12})-([1-9][0-9]{0,9})-([0-9]{1,20})$/;
function read(f) {
  try {
    return f();
  } catch {
    return "";
  }
}
function hostId(name = hostname()) {
  const boot = read(() => readFileSync("/proc/sys/kernel/random/boot_id", "utf8").trim());
  const pidNamespace = read(() => readlinkSync("/proc/self/ns/pid"));
  return createHash("sha256").update(`${name}\0${boot}\0${pidNamespace}`).digest("hex").slice(0, 12);
}
function statFields(pid) {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, "latin1");
    return text.slice(text.lastIndexOf(")") + 2).split(" ");
  } catch {
    return void 0;
  }
}
function processStart(pid) {
  return statFields(pid)?.[19];
}
function processGroup(pid) {
  const g = statFields(pid)?.[2];
  return g === void 0 ? void 0 : Number(g);
}
var self;
function currentOwner() {
  self ??= `${hostId()}-${process.pid}-${processStart(process.pid) ?? "0"}`;
  return self;
}
function parseOwner(text) {
  const m = FORMAT.exec(text);
  return m ? { host: m[1], pid: Number(m[2]), start: m[3] } : void 0;
}
function ownerState(text) {
  const o = parseOwner(text);
  if (!o || o.host !== hostId() || processStart(process.pid) === void 0) return "unknown";
  const start = processStart(o.pid);
  return start === o.start ? "alive" : "dead";
}

// src/hcl/format/go-quote.ts
var printable = /^[\p{L}\p{M}\p{N}\p{P}\p{S} ]$/u;
function escape(ch, quote) {
  switch (ch) {
    case "\x07":
      return "\\a";
    case "\b":
      return "\\b";
    case "\f":
      return "\\f";
    case "\n":
      return "\\n";
    case "\r":
      return "\\r";
    case "	":
      return "\\t";
    case "\v":
      return "\\v";
    case "\\":
      return "\\\\";
    case quote:
      return `\\${quote}`;
  }
  if (printable.test(ch)) return ch;
  const c = ch.codePointAt(0) ?? 0;
  if (c < 128) return `\\x${c.toString(16).padStart(2, "0")}`;
  if (c < 65536) return `\\u${c.toString(16).padStart(4, "0")}`;
  return `\\U${c.toString(16).padStart(8, "0")}`;
}
function goQuote(s) {
  let out = '"';
  for (const ch of s) out += escape(ch, '"');
  return `${out}"`;
}
function goQuoteRune(ch) {
  return `'${escape(ch, "'")}'`;
}

// src/pipeline/secret-mask.ts
var MASKED = "<sensitive>";
function machineEscape(s) {
  return s.replace(/,/g, "%!(PACKER_COMMA)").replace(/\r/g, "\\r").replace(/\n/g, "\\n");
}
function escapeRegExp(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function secretForms(value) {
  const forms = /* @__PURE__ */ new Set([value, JSON.stringify(value).slice(1, -1), goQuote(value).slice(1, -1), machineEscape(value)]);
  try {
    forms.add(encodeURIComponent(value));
  } catch {
  }
  if (/[\r\n]/.test(value)) {
    for (const line of value.split(/\r\n|\r|\n/)) {
      const trimmed = line.trim();
      if (trimmed === "") continue;
      forms.add(trimmed);
      forms.add(JSON.stringify(trimmed).slice(1, -1));
      forms.add(machineEscape(trimmed));
    }
  }
  forms.delete("");
  return [...forms];
}
var Masker = class {
  values = /* @__PURE__ */ new Set();
  forms = /* @__PURE__ */ new Set();
  pattern;
  /** Registers a sensitive value; returns the forms that are new (for a runner's add-mask), [] when known. */
  add = (value) => {
    if (value === "" || this.values.has(value)) return [];
    this.values.add(value);
    const fresh = secretForms(value).filter((f) => !this.forms.has(f));
    for (const f of fresh) this.forms.add(f);
    const sorted = [...this.forms].sort((a, b) => b.length - a.length);
    this.pattern = new RegExp(sorted.map(escapeRegExp).join("|"), "g");
    return fresh;
  };
  apply(text) {
    return this.pattern ? text.replace(this.pattern, MASKED) : text;
  }
  /** Every string in a JSON-able document masked — keys too — before it is serialised, so escaping cannot hide one. */
  applyDeep(value) {
    return this.deep(value);
  }
  deep(value) {
    if (typeof value === "string") return this.apply(value);
    if (Array.isArray(value)) return value.map((v) => this.deep(v));
    if (typeof value === "object" && value !== null) {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [this.apply(k), this.deep(v)]));
    }
    return value;
  }
  /** The same writer, masked. */
  wrap(write) {
    return (s) => write(this.apply(s));
  }
};

export {
  goQuote,
  goQuoteRune,
  machineEscape,
  Masker,
  OWNER_LABEL,
  processStart,
  processGroup,
  currentOwner,
  ownerState
};
