#!/usr/bin/env node
import { createRequire as __repackCreateRequire } from 'node:module';
import { fileURLToPath as __repackFileURLToPath } from 'node:url';
import { dirname as __repackDirname } from 'node:path';
const require = __repackCreateRequire(import.meta.url);
const __repackFilename = __repackFileURLToPath(import.meta.url);
const __repackDirnameValue = __repackDirname(__repackFilename);
import {
  CACHE_KEY_LABEL,
  DOCKER_PLUGIN_SOURCE,
  DOCKER_PLUGIN_VERSION,
  DataSourceRuns,
  OCI_INDEX,
  PACKER_COMPAT_VERSION,
  REPACK_VERSION,
  V,
  blockContext,
  buildMetadata,
  builtInPlugin,
  checkRequirements,
  compareStrings,
  consoleNumber,
  consolePlaceholders,
  decodeTemplate,
  diagnosticsToJSON,
  elapsed,
  evaluate,
  formatDiagnostic,
  formatPlatform,
  graphemes,
  hasErrors,
  indexDocument,
  isAscii,
  isKnown,
  loadTemplate,
  loadYaml,
  mayCallYaml,
  normalisePlatform,
  packerObject,
  parseCacheSpecs,
  parseDuration,
  parseExpressionText,
  parseFile,
  parsePlatforms,
  prepareTemplate,
  reapDeadRuns,
  runTemplate,
  scanTokens,
  sha256,
  standardFunctions
} from "../chunks/PIVREYXL.js";
import {
  Masker,
  goQuote,
  machineEscape
} from "../chunks/DIR7UEXK.js";
import {
  IMAGE_MANIFEST_TYPES,
  dockerCredentials,
  getJsonBlob,
  getManifest,
  isDigest,
  parseReference,
  putManifest,
  sameRepository,
  tagOrLatest
} from "../chunks/3AA3TRVZ.js";
import {
  messageOf
} from "../chunks/K4JIUYBM.js";
import "../chunks/A6UJYBLJ.js";

// src/cli/index.ts
import { isatty } from "node:tty";

// src/cli/help.ts
var COMMANDS = {
  build: {
    synopsis: "[options] TEMPLATE",
    about: [
      "Runs every build of the template: each source in a container started from its base image, provisioners in the order written, a commit, then the post-processor chains. Builds run in parallel (-parallel-builds). The artifacts of the builds are listed at the end; -json and -json-file write them, with image IDs, tags and pushed digests, as JSON."
    ],
    examples: ["repack build .", 'repack build -var version=1.2.3 -only "docker.app" images/', "repack build -on-error=abort -json-file=out.json app.pkr.hcl"]
  },
  validate: {
    synopsis: "[options] TEMPLATE",
    about: [
      "Checks that the template is valid: its syntax, then its variables, locals, data sources, sources and builds, as a build would read them. Nothing is sent to Docker."
    ],
    examples: ["repack validate .", "repack validate -syntax-only app.pkr.hcl", "repack validate -json -var-file=prod.pkrvars.hcl ."]
  },
  fmt: {
    synopsis: "[options] [TEMPLATE]",
    about: [
      "Rewrites HCL2 template and variable files (.pkr.hcl, .pkrvars.hcl) in the canonical format. With no TEMPLATE, the current directory; - reads standard input."
    ],
    examples: ["repack fmt .", "repack fmt -check -recursive .", "repack fmt -diff app.pkr.hcl"]
  },
  inspect: {
    synopsis: "[options] TEMPLATE",
    about: [
      "Shows the template's variables (sensitive ones masked), locals, sources and builds with their provisioners and post-processors, as Packer prints them."
    ],
    examples: ["repack inspect .", "repack inspect -var version=1.2.3 app.pkr.hcl"]
  },
  console: {
    synopsis: "[options] [TEMPLATE]",
    about: [
      "Evaluates expressions with the template's variables and locals, a line at a time: from standard input, or at a prompt on a terminal (exit or Ctrl-D to leave). Without TEMPLATE, only functions are available."
    ],
    examples: ["echo 'upper(var.name)' | repack console .", "repack console -var name=web app.pkr.hcl"]
  },
  init: {
    synopsis: "[options] TEMPLATE",
    about: [
      "Checks the template's required_plugins: the docker, ansible and git plugins are built in, so nothing is downloaded; any other plugin is reported."
    ],
    examples: ["repack init ."]
  },
  cache: {
    synopsis: "<ls|prune> [options]",
    about: ["ls lists the cached build steps in the local Docker daemon; prune removes them (tagged and busy images stay)."],
    examples: ["repack cache ls", "repack cache prune -keep-duration=24h"]
  },
  version: {
    synopsis: "",
    about: ["Prints repack's version, then the Packer version whose templates and behaviour it follows."],
    examples: ["repack version"]
  }
};
var HelpRequested = class extends Error {
  constructor(flags) {
    super("help requested");
    this.flags = flags;
    this.name = "HelpRequested";
  }
  flags;
};
function options(flags) {
  return Object.entries(flags).map(([name, f]) => {
    const left = `  -${name}${f.kind === "bool" ? "" : f.kind === "list" ? "=VALUE" : "=VALUE"}`;
    return left.length < 30 ? `${left.padEnd(30)}${f.description}` : `${left}
${" ".repeat(30)}${f.description}`;
  }).join("\n");
}
function paragraph(text) {
  const lines = [];
  let line = "";
  for (const word of text.split(/\s+/)) {
    if (line !== "" && line.length + 1 + word.length > 76) {
      lines.push(line);
      line = word;
    } else line = line === "" ? word : `${line} ${word}`;
  }
  if (line !== "") lines.push(line);
  return lines.map((l) => `  ${l}`).join("\n");
}
function commandHelp(command, flags) {
  const h = COMMANDS[command];
  const parts = [`Usage: repack ${command}${h?.synopsis ? ` ${h.synopsis}` : ""}`];
  if (h) parts.push(...h.about.map(paragraph));
  if (Object.keys(flags).length > 0) parts.push(`Options:

${options(flags)}`);
  if (h && h.examples.length > 0) parts.push(`Examples:

${h.examples.map((e) => `  ${e}`).join("\n")}`);
  return `${parts.join("\n\n")}
`;
}

// src/cli/args.ts
var UsageError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "UsageError";
  }
};
function parseArgs(argv, flags) {
  const values = {};
  const positional = [];
  for (const [name, spec] of Object.entries(flags)) if (spec.kind === "list") values[name] = [];
  let i = 0;
  for (; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--") {
      i++;
      break;
    }
    if (!arg.startsWith("-") || arg === "-") break;
    const body = arg.replace(/^--?/, "");
    const eq = body.indexOf("=");
    const name = eq >= 0 ? body.slice(0, eq) : body;
    const spec = flags[name];
    if (!spec && (name === "h" || name === "help") && eq < 0) throw new HelpRequested(flags);
    if (!spec) throw new UsageError(`flag provided but not defined: -${name}`);
    let value = eq >= 0 ? body.slice(eq + 1) : void 0;
    if (spec.kind === "bool") {
      if (value !== void 0 && !/^(true|false|1|0|t|f|TRUE|FALSE|True|False)$/.test(value)) {
        throw new UsageError(`invalid boolean value "${value}" for -${name}`);
      }
      values[name] = value === void 0 || /^(true|1|t)$/i.test(value);
      continue;
    }
    if (value === void 0) {
      if (i + 1 >= argv.length) throw new UsageError(`flag needs an argument: -${name}`);
      value = argv[++i];
    }
    if (spec.kind === "list") values[name].push(value);
    else values[name] = value;
  }
  positional.push(...argv.slice(i));
  return { values, positional };
}
function commaList(values) {
  return values.flatMap((v) => v.split(",")).map((v) => v.trim()).filter((v) => v !== "");
}
function splitVar(raw) {
  const eq = raw.indexOf("=");
  if (eq <= 0) throw new UsageError(`invalid value "${raw}" for flag -var: must be name=value`);
  return [raw.slice(0, eq).trim(), raw.slice(eq + 1)];
}
function usage(command, synopsis, flags) {
  const lines = Object.entries(flags).map(([name, f]) => `  -${name}${f.kind === "bool" ? "" : "=\u2026"}`.padEnd(28) + f.description);
  return `Usage: repack ${command} ${synopsis}

Options:

${lines.join("\n")}
`;
}

// src/cli/cleanup-command.ts
var HELP = `Usage: repack cleanup

  Removes the containers, temporary files and host processes that repack runs on this machine left when they were
  killed. What a running repack or another machine owns is never touched.
`;
async function cleanupCommand(argv, io) {
  if (argv.includes("-h") || argv.includes("-help") || argv.includes("--help")) {
    io.err(HELP);
    return 0;
  }
  if (argv.length > 0) throw new UsageError(`repack cleanup takes no arguments (got ${argv.join(" ")})

${HELP}`);
  const driver = io.driver ?? (await import("../chunks/4F3VUNYF.js")).connectDocker(io.env);
  const r = await reapDeadRuns(driver);
  for (const id of r.containers) io.out(`Removed container ${id.slice(0, 12)}
`);
  for (const g of r.groups) io.out(`Ended process group ${g}
`);
  for (const d of r.dirs) io.out(`Removed ${d}
`);
  if (r.containers.length + r.dirs.length === 0) io.out("Nothing left by killed runs.\n");
  for (const p of r.problems) io.err(`repack cleanup: ${p}
`);
  return r.problems.length > 0 ? 1 : 0;
}

// src/cache/manage.ts
function entry(i) {
  const key = i.labels[CACHE_KEY_LABEL] ?? "";
  const created = i.created ? new Date(i.created) : void 0;
  return {
    key,
    imageId: i.id,
    build: i.labels["io.repack.build"] ?? "",
    created: created && !Number.isNaN(created.getTime()) ? created : void 0,
    tags: i.repoTags.filter((t) => !t.endsWith(key) && t !== "<none>:<none>")
  };
}
async function listCache(driver) {
  const images = await driver.listImages(CACHE_KEY_LABEL);
  return images.map(entry).filter((e) => e.key !== "").sort((a, b) => (b.created?.getTime() ?? 0) - (a.created?.getTime() ?? 0));
}
async function pruneCache(driver, keepMs, now = Date.now()) {
  const out = { removed: [], kept: [] };
  for (const e of await listCache(driver)) {
    if (keepMs !== void 0 && (!e.created || now - e.created.getTime() < keepMs)) continue;
    if (e.tags.length > 0) {
      out.kept.push({ entry: e, reason: `tagged ${e.tags.join(", ")}` });
      continue;
    }
    try {
      const info = await driver.inspectImage(e.imageId);
      for (const t of info?.repoTags ?? []) if (t !== "<none>:<none>") await driver.removeImage(t);
      await driver.removeImage(e.imageId);
      out.removed.push(e);
    } catch (err) {
      out.kept.push({ entry: e, reason: err instanceof Error ? err.message : String(err) });
    }
  }
  return out;
}

// src/cli/cache-command.ts
var PRUNE_FLAGS = {
  "keep-duration": { kind: "string", description: 'Keep cache images made within this long, e.g. "24h" (default: remove all).' }
};
var HELP2 = `Usage: repack cache <ls|prune> [options]

    ls       list the cache images in the local Docker daemon
    prune    remove cache images (tagged and busy images stay)
`;
var short = (id) => id.replace(/^sha256:/, "").slice(0, 12);
async function driverOf(io) {
  return io.driver ?? (await import("../chunks/4F3VUNYF.js")).connectDocker(io.env);
}
async function cacheCommand(argv, io) {
  const [sub, ...rest] = argv;
  if (sub === "-h" || sub === "-help" || sub === "--help") throw new HelpRequested(PRUNE_FLAGS);
  if (sub === "ls" || sub === "list") {
    parseArgs(rest, {});
    const entries = await listCache(await driverOf(io));
    io.out(`${"KEY".padEnd(14)}${"IMAGE".padEnd(14)}${"CREATED".padEnd(26)}BUILD
`);
    for (const e of entries)
      io.out(`${e.key.slice(0, 12).padEnd(14)}${short(e.imageId).padEnd(14)}${(e.created?.toISOString() ?? "-").padEnd(26)}${e.build}
`);
    io.err(`${entries.length} cache image${entries.length === 1 ? "" : "s"}
`);
    return 0;
  }
  if (sub === "prune") {
    const p = parseArgs(rest, PRUNE_FLAGS);
    if (p.positional.length > 0) throw new UsageError(`cache prune takes no arguments

${usage("cache prune", "[options]", PRUNE_FLAGS)}`);
    const raw = p.values["keep-duration"];
    const keepMs = raw === void 0 ? void 0 : parseDuration(raw);
    if (raw !== void 0 && keepMs === void 0) throw new UsageError(`invalid value "${raw}" for flag -keep-duration: write it like "30m", "24h" or "168h"`);
    const r = await pruneCache(await driverOf(io), keepMs);
    for (const e of r.removed) io.out(`Deleted: ${short(e.imageId)} (key ${e.key.slice(0, 12)})
`);
    for (const k of r.kept) io.err(`Kept ${short(k.entry.imageId)}: ${k.reason}
`);
    io.out(`Removed ${r.removed.length} cache image${r.removed.length === 1 ? "" : "s"}.
`);
    return 0;
  }
  io.err(HELP2);
  return sub === void 0 || sub === "-h" || sub === "--help" || sub === "help" ? 0 : 1;
}

// src/cli/console-command.ts
import { createInterface } from "node:readline";

// src/hcl/format/print-value.ts
var indent = (text) => text.split("\n").map((l) => `  ${l}`).join("\n");
function format(v, nested) {
  if (v.sensitive) return "<sensitive>";
  switch (v.kind) {
    case "null":
    case "unknown":
      return "null";
    case "string":
      return nested ? goQuote(v.value) : v.value;
    case "number":
      return consoleNumber(v);
    case "bool":
      return String(v.value);
    case "list":
    case "set":
    case "tuple":
      return v.items.length === 0 ? "[]" : `[
${v.items.map((x) => `${indent(format(x, true))},
`).join("")}]`;
    case "map":
    case "object": {
      const keys = Object.keys(v.attrs).filter((k) => v.attrs[k].kind !== "null").sort(compareStrings);
      if (keys.length === 0) return "{}";
      return `{
${keys.map((k) => `${indent(`${goQuote(k)} = ${format(v.attrs[k], true)}`)}
`).join("")}}`;
    }
  }
}
function printableValue(v) {
  if (v.sensitive) return "<sensitive>";
  if (!isKnown(v)) return "<unknown>";
  return format(v, false);
}

// src/cli/command-io.ts
import { readFileSync } from "node:fs";
function readStdin(io) {
  if (io.readStdin) return io.readStdin();
  try {
    return readFileSync(0, "utf8");
  } catch (e) {
    if (e.code === "EAGAIN" || e.code === "EOF") return "";
    throw e;
  }
}

// src/cli/console-command.ts
var FLAGS = {
  var: { kind: "list", description: "Variable for the template, name=value (repeatable)." },
  "var-file": { kind: "list", description: "HCL file with variable values (repeatable)." }
};
var INPUT = "<console-input>";
async function contextFor(argv, io) {
  const { values, positional } = parseArgs(argv, FLAGS);
  if (positional.length > 1) throw new UsageError(`console takes at most one template path

${usage("console", "[options] [TEMPLATE]", FLAGS)}`);
  const common = { path: V.object({ cwd: V.string(io.cwd), root: V.string(io.cwd) }), packer: packerObject(PACKER_COMPAT_VERSION), ...consolePlaceholders() };
  if (positional.length === 0) return { variables: { ...common, var: V.object({}), local: V.object({}) }, functions: standardFunctions({ baseDir: io.cwd }) };
  const p = await prepareTemplate({
    template: positional[0],
    cwd: io.cwd,
    env: io.env,
    vars: values.var.map(splitVar),
    varFiles: values["var-file"],
    // As Packer's console: problems in sources, builds, data sources and locals do not stop it (command/console.go).
    console: true
  });
  for (const d of p.diagnostics) io.err(formatDiagnostic(d, p.sources));
  if (hasErrors(p.diagnostics) || !p.values || !p.template) return void 0;
  return {
    variables: {
      path: V.object({ cwd: V.string(io.cwd), root: V.string(p.template.pathRoot) }),
      packer: common.packer,
      source: common.source,
      build: common.build,
      var: V.object(p.values.var),
      local: V.object(p.values.local),
      data: p.values.data
    },
    functions: standardFunctions({ baseDir: p.template.root })
  };
}
async function evalLine(line, ctx, io) {
  if (mayCallYaml(line)) await loadYaml();
  const parsed = parseExpressionText(line, INPUT);
  const diags = [...parsed.diagnostics];
  if (!hasErrors(diags)) {
    const r = evaluate(parsed.expr, ctx);
    diags.push(...r.diagnostics);
    if (!hasErrors(diags)) io.out(`${printableValue(r.value)}
`);
  }
  const sources = /* @__PURE__ */ new Map([[INPUT, line]]);
  for (const d of diags) io.err(formatDiagnostic(d, sources));
  return !hasErrors(diags);
}
async function consoleCommand(argv, io) {
  const ctx = await contextFor(argv, io);
  if (!ctx) return 1;
  if (io.stdinIsTTY ?? process.stdin.isTTY) {
    const rl = createInterface({ input: process.stdin, output: process.stdout, prompt: "> " });
    rl.prompt();
    for await (const line of rl) {
      if (line.trim() === "exit") break;
      if (line.trim() !== "") await evalLine(line, ctx, io);
      rl.prompt();
    }
    rl.close();
    return 0;
  }
  let ok = true;
  for (const line of readStdin(io).split(/\r?\n/)) {
    if (line.trim() === "") continue;
    if (line.trim() === "exit") break;
    ok = await evalLine(line, ctx, io) && ok;
  }
  return ok ? 0 : 1;
}

// src/cli/fmt-command.ts
import { readdirSync, readFileSync as readFileSync2, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";

// src/hcl/format/canonical-layout.ts
var NIL = { type: "EOF", text: "", spaces: 0 };
function columns(ts) {
  let n = 0;
  for (const t of ts ?? []) {
    n += t.spaces;
    n += isAscii(t.text) ? t.text.length : graphemes(t.text).length;
  }
  return n;
}
function bracketChange(t) {
  switch (t.type) {
    case "OBrace":
    case "OBrack":
    case "OParen":
    case "TemplateControl":
    case "TemplateInterp":
      return 1;
    case "CBrace":
    case "CBrack":
    case "CParen":
    case "TemplateSeqEnd":
      return -1;
    default:
      return 0;
  }
}
function isNewline(t) {
  return t.type === "Newline" || t.type === "Comment" && t.text.endsWith("\n");
}
function toLines(tokens) {
  const lines = [];
  let current = [];
  for (const t of tokens) {
    current.push(t);
    if (isNewline(t)) {
      lines.push({ lead: current });
      current = [];
    }
  }
  lines.push({ lead: current });
  for (const line of lines) {
    if (line.lead.length > 1 && line.lead[line.lead.length - 1].type === "Comment") {
      line.comment = line.lead.slice(-1);
      line.lead = line.lead.slice(0, -1);
    }
    const eq = line.lead.findIndex((t, i) => i > 0 && t.type === "Equal");
    if (eq > 0 && line.lead.slice(eq).reduce((n, t) => n + bracketChange(t), 0) === 0) {
      line.assign = line.lead.slice(eq);
      line.lead = line.lead.slice(0, eq);
    }
  }
  return lines;
}
function formatIndent(lines) {
  const indents = [];
  for (const line of lines) {
    if (line.lead.length === 0) continue;
    if (line.lead[0].type === "Newline") {
      line.lead[0].spaces = 0;
      continue;
    }
    let net = 0;
    for (const t of line.lead) {
      net += bracketChange(t);
      if (t.type === "OHeredoc") break;
    }
    for (const t of line.assign ?? []) net += bracketChange(t);
    if (net > 0) {
      line.lead[0].spaces = 2 * indents.length;
      indents.push(net);
      continue;
    }
    let closed = -net;
    while (closed > 0 && indents.length > 0) {
      const top = indents[indents.length - 1];
      if (closed > top) {
        closed -= top;
        indents.pop();
      } else if (closed < top) {
        indents[indents.length - 1] -= closed;
        closed = 0;
      } else {
        indents.pop();
        closed = 0;
      }
    }
    line.lead[0].spaces = 2 * indents.length;
  }
}
var MINUS_TIGHT_AFTER = /* @__PURE__ */ new Set([
  "EOF",
  "OParen",
  "OBrace",
  "OBrack",
  "Equal",
  "Colon",
  "Comma",
  "Question",
  "Plus",
  "Star",
  "Slash",
  "Percent",
  "Minus",
  "EqualOp",
  "NotEqual",
  "GreaterThan",
  "GreaterThanEq",
  "LessThan",
  "LessThanEq",
  "And",
  "Or",
  "Bang"
]);
function spaceAfter(subject, before, after) {
  const s = subject.type;
  const a = after.type;
  if (a === "Newline" || after === NIL) return false;
  if (s === "Ident" && a === "OParen") return false;
  if (s === "Ident" && a === "DoubleColon" || s === "DoubleColon" && a === "Ident") return false;
  if (s === "Dot" || a === "Dot") return false;
  if (a === "Comma" || a === "Ellipsis") return false;
  if (s === "Comma") return true;
  if (s === "QuotedLit" || s === "StringLit" || s === "OQuote" || s === "OHeredoc" || a === "QuotedLit" || a === "StringLit" || a === "CQuote" || a === "CHeredoc")
    return false;
  if (s === "Ident" && subject.text === "in" && before.type === "Ident") return true;
  if (a === "OBrack" && (s === "Ident" || s === "NumberLit" || bracketChange(subject) < 0)) return false;
  if (s === "Bang") return false;
  if (s === "Minus") return !MINUS_TIGHT_AFTER.has(before.type);
  if (s === "OBrace" || a === "CBrace") return !(s === "OBrace" && a === "CBrace");
  if ((s === "TemplateInterp" || s === "TemplateControl") && a === "OBrace") return true;
  if (s === "CBrace" && a === "TemplateSeqEnd") return true;
  if (s === "TemplateSeqEnd" && (a === "TemplateInterp" || a === "TemplateControl")) return false;
  if (bracketChange(subject) > 0) return false;
  if (bracketChange(after) < 0) return false;
  return true;
}
function spaceRun(ts, first) {
  ts.forEach((t, i) => {
    if (first && i === 0) t.spaces = 1;
    if (i === ts.length - 1) return;
    ts[i + 1].spaces = spaceAfter(t, i > 0 ? ts[i - 1] : NIL, ts[i + 1]) ? 1 : 0;
  });
}
function formatCells(lines) {
  const align = (pick, width) => {
    let start = -1;
    let max = 0;
    const close = (end) => {
      for (const l of lines.slice(start, end)) pick(l)[0].spaces = max - width(l) + 1;
      start = -1;
      max = 0;
    };
    lines.forEach((l, i) => {
      if (!pick(l)) {
        if (start !== -1) close(i);
        return;
      }
      if (start === -1) start = i;
      max = Math.max(max, width(l));
    });
    if (start !== -1) close(lines.length);
  };
  align(
    (l) => l.assign,
    (l) => columns(l.lead)
  );
  align(
    (l) => l.comment,
    (l) => columns(l.lead) + columns(l.assign)
  );
}
function formatHcl(src) {
  const bom = src.charCodeAt(0) === 65279 ? "\uFEFF" : "";
  const raw = scanTokens(src, "");
  const tokens = [];
  let last = bom ? 3 : 0;
  for (const t of raw) {
    if (t.type === "EOF") break;
    tokens.push({ type: t.type, text: t.text, spaces: t.range.start.offset - last });
    last = t.range.end.offset;
  }
  const lines = toLines(tokens);
  formatIndent(lines);
  for (const l of lines) {
    spaceRun(l.lead, false);
    if (l.assign) spaceRun(l.assign, true);
  }
  formatCells(lines);
  let out = bom;
  for (const l of lines) for (const t of [...l.lead, ...l.assign ?? [], ...l.comment ?? []]) out += " ".repeat(Math.max(0, t.spaces)) + t.text;
  return out;
}

// src/cli/diff.ts
var CONTEXT = 3;
function unifiedDiff(name, before, after) {
  const a = before.split("\n");
  const b = after.split("\n");
  const n = Math.max(a.length, b.length);
  const changed = [];
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) changed.push(i);
  if (changed.length === 0) return "";
  const out = [`--- old/${name}`, `+++ new/${name}`];
  let k = 0;
  while (k < changed.length) {
    const start = Math.max(0, changed[k] - CONTEXT);
    let end = changed[k];
    while (k + 1 < changed.length && changed[k + 1] - end <= 2 * CONTEXT) end = changed[++k];
    k++;
    const stop = Math.min(n - 1, end + CONTEXT);
    const body = [];
    for (let i = start; i <= stop; i++) {
      if (a[i] === b[i]) {
        body.push(` ${a[i]}`);
        continue;
      }
      if (a[i] !== void 0) body.push(`-${a[i]}`);
      if (b[i] !== void 0) body.push(`+${b[i]}`);
    }
    const count = stop - start + 1;
    out.push(`@@ -${start + 1},${count} +${start + 1},${count} @@`, ...body);
  }
  return `${out.join("\n")}
`;
}

// src/cli/fmt-command.ts
var FLAGS2 = {
  check: { kind: "bool", description: "Check if the input is formatted. Exit status is 3 if a file would change, 0 if none would." },
  diff: { kind: "bool", description: "Display diffs of formatting changes." },
  write: { kind: "bool", description: "Write the result to the source file instead of stdout (default true; false with -check)." },
  recursive: { kind: "bool", description: "Also process files in subdirectories." }
};
function isHclFile(name) {
  return name.endsWith(".pkr.hcl") || name.endsWith(".pkrvars.hcl");
}
function collect(abs, shown, recursive, out) {
  for (const name of readdirSync(abs).sort()) {
    const path2 = join(abs, name);
    if (statSync(path2).isDirectory()) {
      if (recursive) collect(path2, join(shown, name), recursive, out);
    } else if (isHclFile(name)) out.push([path2, join(shown, name)]);
  }
}
function fmtCommand(argv, io) {
  const { values, positional } = parseArgs(argv, FLAGS2);
  if (positional.length > 1) throw new UsageError(`fmt takes at most one path

${usage("fmt", "[options] [TEMPLATE]", FLAGS2)}`);
  const target = positional[0] ?? ".";
  const check = values.check === true;
  const write = !check && values.write !== false;
  const showDiff = values.diff === true;
  let files = [];
  if (target !== "-") {
    const abs = resolve(io.cwd, target);
    let isDir;
    try {
      isDir = statSync(abs).isDirectory();
    } catch {
      io.err(`Error: No file or directory at ${target}.
`);
      return 1;
    }
    if (isDir) collect(abs, target, values.recursive === true, files);
    else files = [[abs, target]];
  }
  let changed = 0;
  let failed = false;
  const formatText = (text, shown) => {
    const parsed = parseFile(text, shown);
    if (parsed.diagnostics.some((d) => d.severity === "error")) {
      const sources = /* @__PURE__ */ new Map([[shown, text]]);
      for (const d of parsed.diagnostics) io.err(formatDiagnostic(d, sources));
      failed = true;
      return void 0;
    }
    return formatHcl(text);
  };
  if (target === "-") {
    const text = readStdin(io);
    const formatted = formatText(text, "<stdin>");
    if (formatted === void 0) return 1;
    if (formatted !== text) changed++;
    if (showDiff && formatted !== text) io.out(unifiedDiff("<stdin>", text, formatted));
    else if (!check) io.out(formatted);
    return check && changed > 0 ? 3 : 0;
  }
  for (const [abs, shown] of files) {
    const text = readFileSync2(abs, "utf8");
    const formatted = formatText(text, shown);
    if (formatted === void 0 || formatted === text) continue;
    changed++;
    io.out(`${shown}
`);
    if (showDiff) io.out(unifiedDiff(shown, text, formatted));
    if (write) writeFileSync(abs, formatted);
  }
  if (failed) return 1;
  return check && changed > 0 ? 3 : 0;
}

// src/cli/init-command.ts
var FLAGS3 = {
  upgrade: { kind: "bool", description: "Accepted for compatibility: the built-in plugin is always the newest repack has." }
};
function initCommand(argv, io) {
  const { positional } = parseArgs(argv, FLAGS3);
  if (positional.length !== 1) throw new UsageError(`init takes exactly one template path

${usage("init", "[options] TEMPLATE", FLAGS3)}`);
  const loaded = loadTemplate(positional[0], io.cwd);
  const diags = [...loaded.diagnostics];
  if (!hasErrors(diags)) {
    const { template, diagnostics } = decodeTemplate(loaded.templates, loaded.root);
    diags.push(...diagnostics.filter((d) => d.severity === "error"));
    if (!hasErrors(diags)) {
      const reqs = checkRequirements(template);
      diags.push(...reqs);
      if (!hasErrors(reqs)) {
        if (template.requiredPlugins.length === 0)
          io.out("No plugins requirement found, make sure you reference a Packer config containing a packer.required_plugins block.\n");
        for (const p of template.requiredPlugins) {
          const plugin = builtInPlugin(p);
          io.out(
            `${p.source || DOCKER_PLUGIN_SOURCE} ${p.version || "(any version)"}: built in, ${plugin?.what ?? "docker plugin"} v${plugin?.version ?? DOCKER_PLUGIN_VERSION}
`
          );
        }
      }
    }
  }
  for (const d of diags) io.err(formatDiagnostic(d, loaded.sources));
  return hasErrors(diags) ? 1 : 0;
}

// src/cli/print-variables.ts
function printValues(prefix, values) {
  return Object.keys(values).sort().map((k) => `${prefix}.${k}: ${goQuote(printableValue(values[k]))}
`).join("");
}
function printVariables(variables, locals) {
  return `> input-variables:

${printValues("var", variables)}
> local-variables:

${printValues("local", locals)}`;
}

// src/cli/inspect-command.ts
var FLAGS4 = {
  var: { kind: "list", description: "Variable for the template, name=value (repeatable)." },
  "var-file": { kind: "list", description: "HCL file with variable values (repeatable)." },
  "machine-readable": { kind: "bool", description: "Accepted for compatibility; the output is the same." }
};
function blockName(type, block, ctx) {
  const attr = block.body.items.find((i) => i.kind === "attribute" && i.name === "name");
  if (attr?.kind !== "attribute") return type;
  const v = evaluate(attr.expr, ctx).value;
  return v.kind === "string" && v.value !== "" ? `${type}.${v.value}` : type;
}
function printBuild(b, i, ctx) {
  const lines = [`
  > ${b.name || `<unnamed build ${i}>`}:
`];
  if (b.description) lines.push(`
  > Description: ${b.description}
`);
  lines.push("\n    sources:\n");
  if (b.sources.length === 0) lines.push("\n      <no source>\n");
  for (const s of b.sources) lines.push(`
      ${s.type}.${s.nameOverride ?? s.name}
`);
  lines.push("\n    provisioners:\n\n");
  if (b.provisioners.length === 0) lines.push("      <no provisioner>\n");
  for (const p of b.provisioners) lines.push(`      ${blockName(p.type, p.block, ctx)}
`);
  lines.push("\n    post-processors:\n");
  if (b.postProcessorChains.length === 0) lines.push("\n      <no post-processor>\n");
  b.postProcessorChains.forEach((chain, n) => {
    lines.push(`
      ${n}:
`);
    for (const pp of chain) lines.push(`        ${blockName(pp.type, pp.block, ctx)}
`);
  });
  return lines.join("");
}
async function inspectCommand(argv, io) {
  const { values, positional } = parseArgs(argv, FLAGS4);
  if (positional.length !== 1) throw new UsageError(`inspect takes exactly one template path

${usage("inspect", "[options] TEMPLATE", FLAGS4)}`);
  const options2 = {
    template: positional[0],
    cwd: io.cwd,
    env: io.env,
    vars: values.var.map(splitVar),
    varFiles: values["var-file"],
    dataRuns: new DataSourceRuns()
  };
  let prepared = await prepareTemplate(options2);
  if (hasErrors(prepared.diagnostics)) prepared = await prepareTemplate({ ...options2, console: true });
  for (const d of prepared.diagnostics) io.err(formatDiagnostic(d, prepared.sources, { color: false }));
  if (hasErrors(prepared.diagnostics) || !prepared.template || !prepared.values) return 1;
  const out = ["Packer Inspect: HCL2 mode\n\n", `${printVariables(prepared.values.var, prepared.values.local)}
`, "> builds:\n"];
  const ctx = { variables: { var: V.object(prepared.values.var), local: V.object(prepared.values.local) }, functions: {} };
  prepared.template.builds.forEach((b, i) => out.push(printBuild(b, i, ctx)));
  io.out(`${out.join("")}
`);
  return 0;
}

// src/cli/complete.ts
import { existsSync, readdirSync as readdirSync2, readFileSync as readFileSync3, statSync as statSync2, writeFileSync as writeFileSync3 } from "node:fs";
import { homedir } from "node:os";
import path from "node:path";

// src/cli/build-command.ts
import { writeFileSync as writeFileSync2 } from "node:fs";

// src/cli/ask.ts
import { createInterface as createInterface2 } from "node:readline";
var ANSWERS = { c: "cleanup", a: "abort", r: "retry" };
async function question(input, write, text) {
  const rl = createInterface2({ input, terminal: false });
  write(text);
  try {
    for await (const line of rl) return line.trim().toLowerCase();
    return "c";
  } finally {
    rl.close();
  }
}
function terminalAsk(write, input = process.stdin) {
  let queue = Promise.resolve();
  return (build, step, error) => {
    const ask = async () => {
      write(`==> ${build}: Step "${step}" failed: ${error}
`);
      for (; ; ) {
        const answer = await question(
          input,
          write,
          `==> ${build}: [c] Clean up and exit, [a] abort without cleanup, or [r] retry step (build may fail even if retry succeeds)? `
        );
        const choice = ANSWERS[answer[0] ?? ""];
        if (choice) return choice;
      }
    };
    const next = queue.then(ask, ask);
    queue = next.catch(() => void 0);
    return next;
  };
}

// src/cli/ui.ts
var BUILD_COLORS = [32, 36, 35, 33, 34];
var RED = 31;
function rfc3339(d) {
  return `${d.toISOString().slice(0, 19)}Z`;
}
function blockLocation(block, platform) {
  const on = `  on ${block.range.file} line ${block.range.start.line}, in ${blockContext(block)}`;
  return platform ? `${on} (${platform}):` : `${on}:`;
}
var TerminalUi = class {
  constructor(o) {
    this.o = o;
  }
  o;
  colors = /* @__PURE__ */ new Map();
  get now() {
    return this.o.now?.() ?? /* @__PURE__ */ new Date();
  }
  paint(code2, bold, text) {
    return this.o.color ? `\x1B[${bold ? "1" : "0"};${code2}m${text}\x1B[0m` : text;
  }
  colorOf(build) {
    let c = this.colors.get(build);
    if (c === void 0) {
      c = BUILD_COLORS[this.colors.size % BUILD_COLORS.length];
      this.colors.set(build, c);
    }
    return c;
  }
  /** Packer puts the timestamp inside the colour, before the text; lines of no build get none. */
  line(text, color, stamped = true) {
    const body = this.o.timestamps && stamped ? `${rfc3339(this.now)}: ${text}` : text;
    this.o.write(`${color ? this.paint(color.code, color.bold, body) : body}
`);
  }
  /** One machine-readable line: `timestamp,target,type,data...`. */
  machine(target, type, ...data) {
    const ts = Math.floor(this.now.getTime() / 1e3);
    this.o.write(`${[ts, target, type, ...data.map(machineEscape)].join(",")}
`);
  }
  say(build, message) {
    if (this.o.machineReadable) return this.machine("", "ui", "say", `==> ${build}: ${message}`);
    this.line(`==> ${build}: ${message}`, { code: this.colorOf(build), bold: true });
  }
  message(build, message) {
    if (this.o.machineReadable) return this.machine("", "ui", "message", `    ${build}: ${message}`);
    this.line(`    ${build}: ${message}`, { code: this.colorOf(build), bold: false });
  }
  error(build, message) {
    if (this.o.machineReadable) return this.machine("", "ui", "error", `==> ${build}: ${message}`);
    this.line(`==> ${build}: ${message}`, { code: RED, bold: true });
  }
  /**
   * "Build 'x' finished after …" / "errored after …": Packer prints it without the `==> build:` prefix. Under a
   * failure in a template block, where that block is, as HCL words a diagnostic's context.
   */
  buildEnded(build, text, failed, failures = []) {
    const where = failures.flatMap((f) => f.block ? [blockLocation(f.block, f.platform)] : []);
    if (this.o.machineReadable) {
      this.machine("", "ui", failed ? "error" : "say", text);
      for (const w of where) this.machine("", "ui", "error", w);
      return;
    }
    this.line(text, { code: failed ? RED : this.colorOf(build), bold: true });
    for (const w of where) this.line(w, { code: RED, bold: false });
  }
  /** Lines that belong to no build ("==> Wait completed …"); Packer prints them uncoloured. */
  plain(text, kind = "say") {
    if (this.o.machineReadable) return this.machine("", "ui", kind, text);
    this.line(text, void 0, false);
  }
};
function reportBuilds(ui, results, o) {
  ui.plain(`
==> Wait completed after ${o.elapsed}`);
  if (o.interrupted) return ui.plain("Cleanly cancelled builds after being interrupted.");
  const failed = results.filter((r) => r.error !== void 0);
  if (failed.length > 0) {
    if (o.machineReadable) ui.machine("", "error-count", String(failed.length));
    ui.plain("\n==> Some builds didn't complete successfully and had errors:", "error");
    for (const r of failed) {
      if (o.machineReadable) ui.machine(r.name, "error", r.error ?? "");
      ui.plain(`--> ${r.name}: ${r.error ?? ""}`, "error");
    }
  }
  const withArtifacts = results.filter((r) => r.error === void 0 && r.artifacts.length > 0);
  if (withArtifacts.length === 0) return ui.plain("\n==> Builds finished but no artifacts were created.");
  ui.plain("\n==> Builds finished. The artifacts of successful builds are:");
  for (const r of withArtifacts) {
    if (o.machineReadable) ui.machine(r.name, "artifact-count", String(r.artifacts.length));
    r.artifacts.forEach((a, i) => {
      if (o.machineReadable) {
        const n = String(i);
        ui.machine(r.name, "artifact", n, "builder-id", a.builderId);
        ui.machine(r.name, "artifact", n, "id", a.id);
        ui.machine(r.name, "artifact", n, "string", a.description);
        ui.machine(r.name, "artifact", n, "files-count", String(a.files.length));
        a.files.forEach((f, j) => ui.machine(r.name, "artifact", n, "file", String(j), f));
        ui.machine(r.name, "artifact", n, "end");
      }
      ui.plain(`--> ${r.name}: ${a.description}`);
    });
  }
}

// src/cli/interrupts.ts
var Interrupts = class {
  constructor(o) {
    this.o = o;
  }
  o;
  count = 0;
  containers = /* @__PURE__ */ new Set();
  handler = (sig) => void this.onSignal(sig);
  /** RunOptions.onResource: the containers a forced exit must remove. */
  track = (resource, added) => {
    if (resource.kind !== "container") return;
    if (added) this.containers.add(resource.id);
    else this.containers.delete(resource.id);
  };
  install() {
    process.on("SIGINT", this.handler);
    process.on("SIGTERM", this.handler);
  }
  uninstall() {
    process.off("SIGINT", this.handler);
    process.off("SIGTERM", this.handler);
  }
  get interrupted() {
    return this.count > 0;
  }
  async onSignal(sig) {
    this.count++;
    if (this.count === 1) {
      this.o.say(`Cancelling build after receiving ${sig}`, "error");
      this.o.controller.abort();
      return;
    }
    if (this.count > 2) return this.o.exit(130);
    const ids = [...this.containers];
    this.o.say(`Interrupted again: exiting${ids.length > 0 ? ` after removing ${ids.length} container(s)` : ""}.`, "error");
    if (ids.length > 0) {
      const removed = this.o.driver().then((d) => Promise.allSettled(ids.map((id) => d.removeContainer(id)))).catch(() => void 0);
      await Promise.race([removed, new Promise((r) => setTimeout(r, this.o.graceMs ?? 5e3).unref())]);
    }
    this.o.exit(130);
  }
};

// src/cli/cache-flags.ts
function specs(values, direction) {
  return values.flatMap((value) => {
    try {
      const parsed = parseCacheSpecs(value, direction);
      if (parsed.some((s) => s.type === "gha")) throw new Error("type=gha works only in the repack GitHub Action");
      return parsed;
    } catch (e) {
      const problem = messageOf(e).replace(/^Input "[^"]+", line \d+ \(.*?\): /, "");
      throw new UsageError(`invalid value "${value}" for flag -${direction}: ${problem}`);
    }
  });
}
function cacheOptions(v) {
  return {
    noCache: v["no-cache"] === true,
    from: specs(v["cache-from"] ?? [], "cache-from"),
    to: specs(v["cache-to"] ?? [], "cache-to")
  };
}

// src/cli/template-flags.ts
var VAR_FLAGS = {
  var: { kind: "list", description: "Variable for the template, name=value (repeatable)." },
  "var-file": { kind: "list", description: "HCL file with variable values (repeatable)." },
  only: { kind: "list", description: "Build only builds matching these names (globs, comma separated)." },
  except: { kind: "list", description: "Build all builds except those matching these names." }
};
function printDiagnostics(io, diags, sources, color) {
  for (const d of diags) io.err(`${formatDiagnostic(d, sources, { color })}
`);
}
function templateArg(p, command, flags) {
  if (p.positional.length !== 1) throw new UsageError(`${command} takes exactly one template path

${usage(command, "[options] TEMPLATE", flags)}`);
  return p.positional[0];
}
function templateInputs(template, v, io, masker) {
  return {
    template,
    cwd: io.cwd,
    env: io.env,
    vars: v.var.map(splitVar),
    varFiles: v["var-file"],
    only: commaList(v.only),
    except: commaList(v.except),
    onSensitive: masker.add
  };
}

// src/cli/build-command.ts
var BUILD_FLAGS = {
  ...VAR_FLAGS,
  "on-error": { kind: "string", description: "On a failed build: cleanup (default), abort, ask (on a terminal), run-cleanup-provisioner." },
  "parallel-builds": { kind: "string", description: "Number of builds to run at once; 0 means no limit (default)." },
  platform: {
    kind: "list",
    description: "Build each docker source for these platforms (linux/amd64,linux/arm64) and push one image index per tag (docs/multi-platform.md)."
  },
  "push-by-digest": {
    kind: "bool",
    description: "With -platform: push each platform's image and no index (merge the digests with repack index create)."
  },
  force: { kind: "bool", description: "Force a build to continue if artifacts exist (accepted; docker tags are always moved)." },
  color: { kind: "bool", description: "Colour the output (default true on a terminal)." },
  "machine-readable": { kind: "bool", description: "Packer's machine-readable output." },
  "timestamp-ui": { kind: "bool", description: "Prefix every line with a timestamp." },
  json: { kind: "bool", description: "Write the build metadata as JSON to stdout (the UI goes to stderr)." },
  "cache-from": { kind: "list", description: "Also read cached steps from here, buildx syntax: type=registry,ref=REPO[:TAG] (repeatable)." },
  "cache-to": {
    kind: "list",
    description: "Also write cached steps here: type=registry,ref=REPO[:TAG][,mode=min|max] (repeatable); type=local,mode=min keeps no image per step, only the result."
  },
  "no-cache": { kind: "bool", description: "Run every step; still write the results to the cache." },
  "json-file": { kind: "string", description: "Write the build metadata as JSON to this file." }
};
function parseCount(raw) {
  if (raw === void 0) return 0;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) throw new UsageError(`invalid value "${raw}" for flag -parallel-builds: a whole number, 0 for no limit`);
  return n;
}
function parsePlatformFlag(values) {
  const { platforms, errors } = parsePlatforms(values.join(","));
  if (errors.length > 0) throw new UsageError(`invalid value for flag -platform: ${errors.join("; ")}`);
  return platforms;
}
function parseOnError(raw) {
  const v = raw ?? "cleanup";
  if (v !== "cleanup" && v !== "abort" && v !== "run-cleanup-provisioner" && v !== "ask") {
    throw new UsageError(`invalid value "${v}" for flag -on-error: cleanup, abort, ask or run-cleanup-provisioner`);
  }
  return v;
}
async function buildCommand(argv, unmasked) {
  const masker = new Masker();
  const io = { ...unmasked, out: masker.wrap(unmasked.out), err: masker.wrap(unmasked.err) };
  const p = parseArgs(argv, BUILD_FLAGS);
  const template = templateArg(p, "build", BUILD_FLAGS);
  const v = p.values;
  const json = v.json === true;
  const color = v.color === void 0 ? io.isTTY && !json : v.color === true;
  const write = json ? io.err : io.out;
  const onError = parseOnError(v["on-error"]);
  if (onError === "ask" && !io.stdinIsTTY) throw new UsageError("-on-error=ask needs a terminal to ask on; use cleanup, abort or run-cleanup-provisioner");
  const ui = new TerminalUi({ color, timestamps: v["timestamp-ui"] === true, machineReadable: v["machine-readable"] === true, write });
  const controller = new AbortController();
  const interrupts = new Interrupts({
    say: (text, kind) => ui.plain(text, kind),
    controller,
    driver: async () => (await import("../chunks/4F3VUNYF.js")).connectDocker(io.env),
    exit: (code2) => process.exit(code2)
  });
  const platforms = parsePlatformFlag(v.platform);
  const pushByDigest = v["push-by-digest"] === true;
  if (pushByDigest && platforms.length === 0) throw new UsageError("-push-by-digest pushes the images of a multi-platform build: set -platform too");
  const started = performance.now();
  try {
    const outcome = await runTemplate({
      ...templateInputs(template, v, io, masker),
      parallelBuilds: parseCount(v["parallel-builds"]),
      platforms,
      pushByDigest,
      onError,
      ask: onError === "ask" ? terminalAsk(write) : void 0,
      cache: cacheOptions(v),
      ui,
      signal: controller.signal,
      onResource: interrupts.track,
      // Evaluating the template is synchronous: a handler could not run before it ends, so until then SIGINT and
      // SIGTERM keep their default action and stop the process at once (nothing has been created yet).
      onPrepared: () => interrupts.install()
    });
    printDiagnostics(io, outcome.diagnostics, outcome.sources, color);
    if (hasErrors(outcome.diagnostics)) return 1;
    const results = outcome.results;
    const failed = results.filter((r) => r.error);
    reportBuilds(ui, results, { elapsed: elapsed(started), machineReadable: v["machine-readable"] === true, interrupted: interrupts.interrupted });
    const metadata = JSON.stringify(masker.applyDeep(buildMetadata(results)), null, 2);
    if (json) unmasked.out(`${metadata}
`);
    if (typeof v["json-file"] === "string") writeFileSync2(v["json-file"], `${metadata}
`);
    return failed.length > 0 || controller.signal.aborted ? 1 : 0;
  } finally {
    interrupts.uninstall();
  }
}

// src/cli/validate-command.ts
var VALIDATE_FLAGS = {
  ...VAR_FLAGS,
  "syntax-only": { kind: "bool", description: "Only check the syntax; do not evaluate variables or builds." },
  json: { kind: "bool", description: "Write the diagnostics as JSON to stdout (Packer/Terraform shape)." },
  color: { kind: "bool", description: "Colour the output (default true on a terminal)." }
};
async function validateCommand(argv, unmasked) {
  const masker = new Masker();
  const io = { ...unmasked, out: masker.wrap(unmasked.out), err: masker.wrap(unmasked.err) };
  const p = parseArgs(argv, VALIDATE_FLAGS);
  const template = templateArg(p, "validate", VALIDATE_FLAGS);
  const v = p.values;
  const color = v.color === void 0 ? io.isTTY : v.color === true;
  const prepared = await prepareTemplate({ ...templateInputs(template, v, io, masker), syntaxOnly: v["syntax-only"] === true });
  if (v.json === true)
    unmasked.out(
      `${JSON.stringify(masker.applyDeep({ valid: !hasErrors(prepared.diagnostics), error_count: prepared.diagnostics.filter((d) => d.severity === "error").length, warning_count: prepared.diagnostics.filter((d) => d.severity === "warning").length, diagnostics: diagnosticsToJSON(prepared.diagnostics, prepared.sources) }), null, 2)}
`
    );
  else printDiagnostics(io, prepared.diagnostics, prepared.sources, color);
  if (hasErrors(prepared.diagnostics)) return 1;
  if (v.json === true) return 0;
  io.out(v["syntax-only"] === true ? "Syntax-only check passed. Everything looks okay.\n" : "The configuration is valid.\n");
  return 0;
}

// src/cli/complete.ts
function flagsOf(command) {
  const table = {
    build: BUILD_FLAGS,
    validate: VALIDATE_FLAGS,
    fmt: FLAGS2,
    inspect: FLAGS4,
    console: FLAGS,
    init: FLAGS3,
    cache: PRUNE_FLAGS
  };
  return table[command] ?? {};
}
function paths(prefix, cwd) {
  const dir = prefix.includes("/") ? prefix.slice(0, prefix.lastIndexOf("/") + 1) : "";
  let names;
  try {
    names = readdirSync2(path.resolve(cwd, dir || "."));
  } catch {
    return [];
  }
  return names.filter((n) => !n.startsWith(".") || prefix.slice(dir.length).startsWith(".")).flatMap((n) => {
    const full = dir + n;
    if (!full.startsWith(prefix)) return [];
    let isDir = false;
    try {
      isDir = statSync2(path.resolve(cwd, full)).isDirectory();
    } catch {
      return [];
    }
    if (isDir) return [`${full}/`];
    return /\.pkr\.(hcl|json)$|\.pkrvars\.(hcl|json)$/.test(n) ? [full] : [];
  }).sort();
}
function completions(line, cwd) {
  const words = line.split(/\s+/);
  const current = words.at(-1) ?? "";
  const before = words.slice(1, -1);
  if (before.length === 0) return [...Object.keys(COMMANDS), "cleanup", "index"].sort().filter((c) => c.startsWith(current));
  const command = before[0];
  if (current.startsWith("-")) {
    const typed = current.replace(/^--?/, "");
    return Object.entries(flagsOf(command)).filter(([name]) => name.startsWith(typed)).map(([name, f]) => `-${name}${f.kind === "bool" ? "" : "="}`).sort();
  }
  if (command === "cache" && before.length === 1) return ["ls", "prune"].filter((c) => c.startsWith(current));
  return paths(current, cwd);
}
var MARK = "# repack shell completion";
function rcFiles(home) {
  return [".bashrc", ".zshrc"].map((f) => path.join(home, f)).filter((f) => f.endsWith(".bashrc") || existsSync(f));
}
function installCompletion(binary, uninstall, home = homedir()) {
  const changed = [];
  for (const rc of rcFiles(home)) {
    const text = existsSync(rc) ? readFileSync3(rc, "utf8") : "";
    const kept = text.split("\n").filter((l) => !l.endsWith(MARK)).join("\n");
    const zsh = rc.endsWith(".zshrc") ? "autoload -U +X bashcompinit && bashcompinit; " : "";
    const next = uninstall ? kept : `${kept.replace(/\n*$/, "\n")}${zsh}complete -o nospace -C '${binary.replace(/'/g, `'\\''`)}' repack ${MARK}
`;
    if (next !== text) {
      writeFileSync3(rc, next);
      changed.push(rc);
    }
  }
  return changed;
}

// src/cli/index-command.ts
var CREATE_FLAGS = {
  tag: { kind: "list", description: "Push the index as REPO:TAG (repeatable; every tag in one repository)." }
};
var SYNOPSIS = "--tag REPO:TAG [--tag REPO:TAG...] DIGEST...";
var HELP3 = `Usage: repack index create ${SYNOPSIS}

    create   push an image index of platform images already in the repository;
             DIGEST is sha256:\u2026 or REPO@sha256:\u2026, one per platform, in the index's order
`;
function tagArg(arg) {
  const parsed = parseReference(arg);
  if ("error" in parsed) throw new UsageError(`--tag ${arg}: ${parsed.error}`);
  if (parsed.ref.digest !== void 0) throw new UsageError(`--tag ${arg} names a digest: write REPO:TAG`);
  return parsed.ref;
}
function digestArg(arg, repository) {
  if (isDigest(arg) && arg.startsWith("sha256:")) return arg;
  const parsed = parseReference(arg);
  const digest = "ref" in parsed ? parsed.ref.digest : void 0;
  if ("error" in parsed || digest === void 0 || !digest.startsWith("sha256:"))
    throw new UsageError(`"${arg}" is not a manifest digest: write sha256:<64 hex digits> or REPO@sha256:\u2026`);
  if (!sameRepository(parsed.ref, repository))
    throw new UsageError(`${arg} is in another repository than the index (${repository.name}): an index lists manifests of its own repository`);
  return digest;
}
function str(v) {
  return typeof v === "string" && v !== "" ? v : void 0;
}
async function describe(repository, digest, q) {
  const m = await getManifest(repository, digest, q);
  if (!IMAGE_MANIFEST_TYPES.includes(m.mediaType))
    throw new Error(`${repository}@${digest} is a ${m.mediaType || "manifest of unknown type"}, not one image's manifest`);
  if (sha256(m.body) !== digest) throw new Error(`${repository}@${digest}: the registry served a manifest of another digest`);
  const config = JSON.parse(m.body.toString("utf8")).config?.digest;
  if (typeof config !== "string") throw new Error(`${repository}@${digest} names no config`);
  const c = await getJsonBlob(repository, config, q);
  const os = str(c.os);
  const architecture = str(c.architecture);
  if (!os || !architecture) throw new Error(`${repository}@${digest}: its config names no platform`);
  const variant = str(c.variant);
  return { mediaType: m.mediaType, digest, size: m.body.length, platform: normalisePlatform({ os, architecture, ...variant ? { variant } : {} }) };
}
async function create(argv, io) {
  const p = parseArgs(argv, CREATE_FLAGS);
  const tags = p.values.tag.map(tagArg);
  if (tags.length === 0 || p.positional.length === 0) throw new UsageError(usage("index create", SYNOPSIS, CREATE_FLAGS));
  const repository = tags[0].name;
  if (tags.some((t) => !sameRepository(t, tags[0]))) throw new UsageError("every --tag must name the same repository");
  const digests = p.positional.map((a) => digestArg(a, tags[0]));
  const { auth } = await dockerCredentials(io.env).forImage(repository);
  const q = { auth };
  const manifests = [];
  for (const d of digests) manifests.push(await describe(repository, d, q));
  const seen = manifests.map((m) => formatPlatform(m.platform));
  const twice = seen.find((x, i) => seen.indexOf(x) !== i);
  if (twice) throw new UsageError(`two of the digests are ${twice} images: an index lists one image per platform`);
  const body = indexDocument(manifests);
  const digest = sha256(body);
  for (const tag of tags.map(tagOrLatest)) {
    await putManifest(repository, tag, body, OCI_INDEX, q);
    io.err(`Pushed ${repository}:${tag} (${seen.join(", ")})
`);
  }
  io.out(`${repository}@${digest}
`);
  return 0;
}
async function indexCommand(argv, io) {
  const [sub, ...rest] = argv;
  if (sub === "create") return create(rest, io);
  io.err(HELP3);
  return sub === void 0 || sub === "-h" || sub === "--help" || sub === "help" ? 0 : 1;
}

// src/cli/main.ts
var HELP4 = `Usage: repack [--version] [--help] <command> [<args>]

Available commands are:
    build       build image(s) from template
    cache       list (ls) or remove (prune) cached build steps
    cleanup     remove what runs that were killed left behind
    console     evaluate expressions with a template's variables
    fmt         rewrite templates in the canonical format
    index       push an image index of per-platform images (index create)
    init        check required_plugins against the built-in docker plugin
    inspect     show a template's variables, locals and builds
    validate    check that a template is valid
    version     prints the repack version
`;
function version(io) {
  io.out(`repack v${REPACK_VERSION} (docker plugin built in)
Packer v${PACKER_COMPAT_VERSION}
`);
  return 0;
}
async function main(argv, io) {
  const [command, ...rest] = argv;
  if (io.env.COMP_LINE !== void 0) {
    const point = Number(io.env.COMP_POINT ?? io.env.COMP_LINE.length);
    for (const c of completions(io.env.COMP_LINE.slice(0, point), io.cwd)) io.out(`${c}
`);
    return 0;
  }
  try {
    switch (command) {
      case "-autocomplete-install":
      case "-autocomplete-uninstall": {
        const uninstall = command === "-autocomplete-uninstall";
        const changed = installCompletion(process.argv[1] ?? "repack", uninstall);
        io.err(`${changed.length > 0 ? `${uninstall ? "Removed completion from" : "Installed completion in"} ${changed.join(", ")}` : "Nothing to change"}
`);
        return 0;
      }
      case "build":
        return await buildCommand(rest, io);
      case "validate":
        return await validateCommand(rest, io);
      case "fmt":
        return fmtCommand(rest, io);
      case "inspect":
        return await inspectCommand(rest, io);
      case "console":
        return await consoleCommand(rest, io);
      case "init":
        return initCommand(rest, io);
      case "cache":
        return await cacheCommand(rest, io);
      case "index":
        return await indexCommand(rest, io);
      case "cleanup":
        return await cleanupCommand(rest, io);
      case "version":
        parseArgs(rest, {});
        return version(io);
      case "--version":
      case "-version":
      case "-v":
        return version(io);
      case void 0:
      case "-h":
      case "--help":
      case "-help":
      case "help":
        io.err(HELP4);
        return command === void 0 ? 127 : 0;
      default:
        io.err(`repack: unknown command "${command}"

${HELP4}`);
        return 127;
    }
  } catch (e) {
    if (e instanceof HelpRequested) {
      io.err(commandHelp(command ?? "", e.flags));
      return 0;
    }
    if (e instanceof UsageError) {
      io.err(`${e.message}
`);
      return 1;
    }
    io.err(`Error: ${messageOf(e)}
`);
    return 1;
  }
}

// src/cli/index.ts
var code = await main(process.argv.slice(2), {
  out: (s) => process.stdout.write(s),
  err: (s) => process.stderr.write(s),
  isTTY: process.stdout.isTTY === true,
  // Not process.stdin.isTTY: touching process.stdin opens a stream on fd 0 (~8 ms of every start).
  stdinIsTTY: isatty(0),
  env: process.env,
  cwd: process.cwd()
});
process.exitCode = code;
