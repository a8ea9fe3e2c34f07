import { createRequire as __repackCreateRequire } from 'node:module';
import { fileURLToPath as __repackFileURLToPath } from 'node:url';
import { dirname as __repackDirname } from 'node:path';
const require = __repackCreateRequire(import.meta.url);
const __repackFilename = __repackFileURLToPath(import.meta.url);
const __repackDirnameValue = __repackDirname(__repackFilename);
import {
  MAIN_STATE,
  RUN_LABEL,
  RUN_STATE,
  addSecret,
  adoptForeignOutput,
  debug,
  endGroup,
  error,
  getInputIfSet,
  info,
  newIdentity,
  resumeCommands,
  saveState,
  secrets,
  setFailed,
  setOutput,
  startGroup,
  warning
} from "./chunks/C63VTWHI.js";
import {
  addTagsAndLabels,
  blockContext,
  buildMetadata,
  formatDiagnostic,
  fromJS,
  hasErrors,
  parseCacheSpecs,
  parsePlatforms,
  prepareTemplate,
  runTemplate
} from "./chunks/PIVREYXL.js";
import {
  currentOwner
} from "./chunks/DIR7UEXK.js";
import "./chunks/3AA3TRVZ.js";
import {
  messageOf
} from "./chunks/K4JIUYBM.js";
import "./chunks/A6UJYBLJ.js";

// src/action/main.ts
import { statSync, writeFileSync } from "node:fs";
import path2 from "node:path";

// src/action/annotations.ts
import path from "node:path";
var ANNOTATIONS_PER_STEP = 10;
var ERROR_DIAGNOSTIC_ANNOTATIONS = ANNOTATIONS_PER_STEP - 1;
function workspacePath(file, cwd, workspace) {
  const abs = path.resolve(cwd, file);
  if (!workspace) return path.relative(cwd, abs) || file;
  const rel = path.relative(workspace, abs);
  return rel.startsWith("..") || path.isAbsolute(rel) ? abs : rel.split(path.sep).join("/");
}
function properties(d, cwd, workspace) {
  const props = { title: d.summary };
  if (!d.range) return props;
  return {
    ...props,
    file: workspacePath(d.range.file, cwd, workspace),
    startLine: d.range.start.line,
    startColumn: d.range.start.column,
    endLine: d.range.end.line,
    endColumn: d.range.end.column
  };
}
function reportDiagnostics(diagnostics, sources, cwd, workspace = process.env.GITHUB_WORKSPACE) {
  const r = { errors: 0, warnings: 0, annotatedErrors: 0 };
  for (const d of diagnostics) info(formatDiagnostic(d, sources, { color: false }));
  for (const d of diagnostics) {
    const message = d.detail ?? d.summary;
    if (d.severity === "error") {
      if (r.errors++ < ERROR_DIAGNOSTIC_ANNOTATIONS) error(message, properties(d, cwd, workspace));
    } else if (r.warnings++ < ANNOTATIONS_PER_STEP) {
      warning(message, properties(d, cwd, workspace));
    }
  }
  r.annotatedErrors = Math.min(r.errors, ERROR_DIAGNOSTIC_ANNOTATIONS);
  if (r.errors > r.annotatedErrors) {
    info(`${r.errors - r.annotatedErrors} more errors are in the log above but not annotated (GitHub shows ${ANNOTATIONS_PER_STEP} per step).`);
  }
  return r;
}
function annotateBuildFailures(results, cwd, workspace = process.env.GITHUB_WORKSPACE) {
  let annotated = 0;
  for (const r of results) {
    for (const f of r.failures ?? []) {
      if (!f.block || f.code === "cancelled" || annotated >= ERROR_DIAGNOSTIC_ANNOTATIONS) continue;
      const at = f.platform ? ` (${f.platform})` : "";
      error(f.message, {
        title: `Build '${r.name}' errored in ${blockContext(f.block)}${at}`,
        file: workspacePath(f.block.range.file, cwd, workspace),
        startLine: f.block.range.start.line
      });
      annotated++;
    }
  }
  return annotated;
}

// src/action/variables-input.ts
var NAME = /^[A-Za-z_][A-Za-z0-9_-]*$/;
var HEREDOC = /^([^=]*?)<<(.*)$/;
var SHOWN_CHARS = 40;
function shown(text) {
  return JSON.stringify(text.length > SHOWN_CHARS ? `${text.slice(0, SHOWN_CHARS)}\u2026` : text);
}
function kind(value) {
  if (value === null) return "null";
  return Array.isArray(value) ? "an array" : `a ${typeof value}`;
}
function jsonProblem(e, text) {
  const position = /position (\d+)/.exec(messageOf(e));
  if (!position) return /end of (JSON )?input/i.test(messageOf(e)) ? "it ends too early" : "check its syntax";
  const before = text.slice(0, Number(position[1]));
  const line = before.split("\n").length;
  const column = before.length - before.lastIndexOf("\n");
  return `the error is at line ${line}, column ${column}`;
}
function fromJson(text) {
  let parsed;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    throw new Error(`Input "variables" starts with "{" but is not valid JSON: ${jsonProblem(e, text)}`);
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
    throw new Error(`Input "variables" must be a JSON object of name: value, not ${kind(parsed)}`);
  }
  return Object.entries(parsed).map(([name, value]) => {
    if (!NAME.test(name)) throw new Error(`Input "variables": ${shown(name)} is not a valid variable name`);
    if (value === null) {
      throw new Error(`Input "variables": "${name}" is null; leave it out to use the variable's default`);
    }
    return [name, fromJS(value)];
  });
}
function checkedName(name, lineNo) {
  if (!NAME.test(name)) {
    throw new Error(
      `Input "variables", line ${lineNo}: the text before "=" (or "<<") is not a valid variable name (letters, digits, "_" and "-", not starting with a digit)`
    );
  }
  return name;
}
function fromLines(text) {
  const lines2 = text.split(/\r?\n/);
  const out = [];
  for (let i = 0; i < lines2.length; i++) {
    const line = lines2[i].trim();
    if (line === "") continue;
    const heredoc = HEREDOC.exec(line);
    const eq = line.indexOf("=");
    if (heredoc && (eq < 0 || eq > line.indexOf("<<"))) {
      const name = checkedName(heredoc[1].trim(), i + 1);
      const delimiter = heredoc[2].trim();
      if (delimiter === "") {
        throw new Error(`Input "variables", line ${i + 1}: "${name}<<" needs a delimiter, as in ${name}<<EOF`);
      }
      const end = lines2.findIndex((l, j) => j > i && l.trim() === delimiter);
      if (end < 0) {
        throw new Error(`Input "variables", line ${i + 1}: the value of "${name}" (${name}<<${delimiter}) has no closing line "${delimiter}"`);
      }
      out.push([name, lines2.slice(i + 1, end).join("\n")]);
      i = end;
      continue;
    }
    if (eq < 0) {
      throw new Error(`Input "variables", line ${i + 1} is not name=value (or name<<EOF for a multi-line value)`);
    }
    out.push([checkedName(line.slice(0, eq).trim(), i + 1), line.slice(eq + 1)]);
  }
  return out;
}
function parseVariables(raw) {
  const text = raw.trim();
  if (text === "") return [];
  return text.startsWith("{") ? fromJson(text) : fromLines(raw);
}

// src/action/inputs.ts
var InputError = class extends Error {
  constructor(problems) {
    super(problems.length === 1 ? problems[0] : `${problems.length} inputs are invalid`);
    this.problems = problems;
    this.name = "InputError";
  }
  problems;
};
var ON_ERROR = ["cleanup", "abort", "run-cleanup-provisioner"];
var TRUE = ["true", "True", "TRUE"];
var FALSE = ["false", "False", "FALSE"];
var readFromEnv = (name) => getInputIfSet(name);
function lines(raw) {
  return raw.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== "");
}
function globs(raw) {
  return raw.split(/[,\r\n]/).map((g) => g.trim()).filter((g) => g !== "");
}
function boolean(name, raw, fallback) {
  if (raw === void 0) return fallback;
  const v = raw.trim();
  if (v === "")
    throw new Error(
      `Input does not meet YAML 1.2 "Core Schema" specification: ${name}
Support boolean input list: \`true | True | TRUE | false | False | FALSE\`
(the input "${name}" is set but empty, e.g. from an unset variable: remove it to use the default)`
    );
  if (TRUE.includes(v)) return true;
  if (FALSE.includes(v)) return false;
  throw new Error(`Input "${name}": ${JSON.stringify(v)} is not a boolean (use true or false)`);
}
function parallelBuilds(raw) {
  const v = raw.trim();
  if (v === "") return 0;
  if (!/^\d+$/.test(v) || !Number.isSafeInteger(Number(v))) {
    throw new Error(`Input "parallel-builds": ${JSON.stringify(v)} is not a whole number \u2265 0 (0 runs every build at once)`);
  }
  return Number(v);
}
function platforms(raw) {
  const { platforms: list, errors } = parsePlatforms(raw);
  if (errors.length > 0) throw new Error(`Input "platforms": ${errors.join("; ")}`);
  return list;
}
function onError(raw) {
  const v = raw.trim();
  if (v === "") return "cleanup";
  const found = ON_ERROR.find((o) => o === v);
  if (!found) throw new Error(`Input "on-error": ${JSON.stringify(v)} is not one of ${ON_ERROR.join(", ")}`);
  return found;
}
function tagList(raw) {
  return globs(raw);
}
function labelPairs(raw) {
  const labels = {};
  raw.split(/\r?\n/).forEach((line, i) => {
    const l = line.trim();
    if (l === "") return;
    const eq = l.indexOf("=");
    if (eq <= 0) throw new Error(`Input "labels": line ${i + 1} is not key=value`);
    labels[l.slice(0, eq).trim()] = l.slice(eq + 1);
  });
  return labels;
}
function readInputs(read = readFromEnv) {
  const get = (name) => read(name) ?? "";
  const problems = [];
  const attempt = (parse, fallback) => {
    try {
      return parse();
    } catch (e) {
      problems.push(messageOf(e));
      return fallback;
    }
  };
  const inputs = {
    template: get("template").trim() || ".",
    variables: attempt(() => parseVariables(get("variables")), []),
    "var-files": lines(get("var-files")),
    only: globs(get("only")),
    except: globs(get("except")),
    "parallel-builds": attempt(() => parallelBuilds(get("parallel-builds")), 0),
    platforms: attempt(() => platforms(get("platforms")), []),
    "push-by-digest": attempt(() => boolean("push-by-digest", read("push-by-digest"), false), false),
    "on-error": attempt(() => onError(get("on-error")), "cleanup"),
    push: attempt(() => boolean("push", read("push"), true), true),
    "no-cache": attempt(() => boolean("no-cache", read("no-cache"), false), false),
    "cache-from": attempt(() => parseCacheSpecs(get("cache-from"), "cache-from"), []),
    "cache-to": attempt(() => parseCacheSpecs(get("cache-to"), "cache-to"), []),
    "working-directory": get("working-directory").trim(),
    tags: tagList(get("tags")),
    labels: attempt(() => labelPairs(get("labels")), {}),
    validate: attempt(() => boolean("validate", read("validate"), false), false),
    "metadata-file": get("metadata-file").trim()
  };
  if (inputs["push-by-digest"] && inputs.platforms.length === 0 && !problems.some((p) => p.startsWith('Input "platforms"')))
    problems.push('Input "push-by-digest" pushes the images of a multi-platform build: set "platforms" too');
  if (problems.length > 0) throw new InputError(problems);
  return inputs;
}
function templateInputs(inputs, cwd) {
  return { template: inputs.template, cwd, vars: inputs.variables, varFiles: inputs["var-files"], only: inputs.only, except: inputs.except };
}

// src/action/validate.ts
async function validateTemplate(inputs, cwd) {
  const prepared = await prepareTemplate({ ...templateInputs(inputs, cwd), onSensitive: addSecret });
  const diagnostics = [...prepared.diagnostics];
  if (!hasErrors(diagnostics)) diagnostics.push(...addTagsAndLabels(prepared.builds, { tags: inputs.tags, labels: inputs.labels }));
  const { errors } = reportDiagnostics(diagnostics, prepared.sources, cwd);
  if (errors > 0) {
    setFailed(`The template is not valid: ${errors} error${errors === 1 ? "" : "s"}`);
    return;
  }
  info(
    `The configuration is valid (${prepared.builds.length} build${prepared.builds.length === 1 ? "" : "s"}: ${prepared.builds.map((b) => b.name).join(", ")}).`
  );
}

// src/action/carried-inputs.ts
var EQUIVALENTS = {
  context: 'use "working-directory" (the template and the paths in it resolve from there)',
  file: 'use "template" (a .pkr.hcl file or a directory of them)',
  "build-args": `use "variables" (name=value lines for the template's variables)`,
  "build-contexts": 'upload files into the build with a "file" provisioner',
  platforms: `set "platform" on the template's docker source, one source per platform`,
  load: "leave it out: the image is always in the local Docker engine after the build",
  target: 'use "only" to choose which builds run',
  pull: `set "pull" on the template's docker source`,
  secrets: "declare the variable sensitive and pass it as env: PKR_VAR_<name>: ${{ secrets.X }}",
  "secret-envs": "declare the variable sensitive and pass it as env: PKR_VAR_<name>",
  "secret-files": "declare the variable sensitive and read the file into it with the file() function",
  outputs: 'use "push", or a docker-save post-processor for a tar file',
  provenance: 'pass the "digest" output to actions/attest-build-provenance',
  sbom: 'attest an SBOM with actions/attest-sbom using the "digest" output',
  builder: "leave it out: repack builds with the Docker engine of DOCKER_HOST",
  "github-token": "log in with docker/login-action before repack",
  annotations: 'use "labels"',
  network: `set "run_command" on the template's docker source`,
  "add-hosts": `set "run_command" on the template's docker source`,
  "shm-size": `set "run_command" on the template's docker source`,
  ulimit: `set "run_command" on the template's docker source`,
  ssh: "no equivalent: the build container has no SSH agent forwarding"
};
function carriedOverInputs(env, declared) {
  return Object.entries(EQUIVALENTS).filter(([name]) => !declared.includes(name) && env[`INPUT_${name.toUpperCase()}`] !== void 0).map(([name, hint]) => `Input "${name}" is docker/build-push-action's, not repack's, and is ignored: ${hint}.`);
}

// src/action/outputs.ts
function unique(values) {
  return [...new Set(values)];
}
function computeOutputs(results, masker) {
  const ok = results.filter((r) => r.error === void 0);
  const pushed = ok.flatMap((r) => r.digests);
  const mask = (text) => masker?.apply(text) ?? text;
  const metadata = buildMetadata([...results]);
  return {
    metadata: JSON.stringify(masker ? masker.applyDeep(metadata) : metadata),
    "image-id": mask(ok.find((r) => r.imageId !== void 0)?.imageId ?? ""),
    tags: unique(ok.flatMap((r) => r.tags).map(mask)).join("\n"),
    digest: mask(pushed[0]?.digest ?? ""),
    digests: unique(pushed.map((d) => mask(`${d.repository}@${d.digest}`))).join("\n")
  };
}
function setOutputs(results) {
  const outputs = computeOutputs(results, secrets);
  for (const [name, value] of Object.entries(outputs)) setOutput(name, value);
  return outputs;
}

// src/action/report.ts
function oneLine(text) {
  return text.replace(/\r/g, "\\r").replace(/\n/g, "\\n");
}
function closingLines(name, text) {
  return text.split(/\r\n|\r|\n/).map((line) => `--> ${oneLine(name)}: ${line}`);
}
function printClosing(results) {
  const failed = results.filter((r) => r.error !== void 0);
  if (failed.length > 0) {
    info("==> Some builds didn't complete successfully and had errors:");
    for (const r of failed) for (const line of closingLines(r.name, r.error ?? "")) info(line);
  }
  const artifacts = results.filter((r) => r.error === void 0).flatMap((r) => r.artifacts.flatMap((a) => closingLines(r.name, a.description)));
  if (artifacts.length === 0) {
    info("==> Builds finished but no artifacts were created.");
    return;
  }
  info("==> Builds finished. The artifacts of successful builds are:");
  for (const line of artifacts) info(line);
}
function where(d) {
  return d.range ? `${d.range.file}:${d.range.start.line}:${d.range.start.column}: ` : "";
}
function firstLine(text) {
  return text.split("\n")[0].trim();
}
function failureReason(diagnostics, results, cancelled) {
  const errors = diagnostics.filter((d) => d.severity === "error");
  if (errors.length === 1) {
    const d = errors[0];
    return firstLine(`${where(d)}${d.summary}${d.detail ? `: ${d.detail}` : ""}`);
  }
  if (errors.length > 1) return `The template has ${errors.length} errors; the first: ${firstLine(where(errors[0]) + errors[0].summary)}`;
  if (cancelled) return "The build was cancelled.";
  const failed = results.filter((r) => r.error !== void 0);
  if (failed.length === 1 && results.length === 1) return firstLine(`Build '${failed[0].name}' errored: ${failed[0].error ?? ""}`);
  if (failed.length > 0) return `${failed.length} of ${results.length} builds failed: ${failed.map((r) => r.name).join(", ")}`;
  return void 0;
}

// src/action/summary.ts
import { appendFile } from "node:fs/promises";
var SUMMARY_LIMIT_BYTES = 1024 * 1024;
var FOOTER_RESERVE_BYTES = 256;
var LISTED_DIAGNOSTICS = 20;
var ACTIVE = /[!"#$%&'()*+.:;<=>?@[\\\]^_`{|}~]/g;
function markdownText(text) {
  return text.replace(ACTIVE, (c) => `&#${c.charCodeAt(0)};`).replace(/\r\n|\r|\n/g, "<br>");
}
function shortDuration(ms) {
  const tenths = Math.round(ms / 100);
  if (tenths < 600) return `${(tenths / 10).toFixed(1)}s`;
  const seconds = Math.round(ms / 1e3);
  return `${Math.floor(seconds / 60)}m ${String(seconds % 60).padStart(2, "0")}s`;
}
function platforms2(r, code) {
  const list = r.platforms ?? [];
  if (r.error === void 0 && r.digests.length > 0 && r.digests.every((d) => d.platform === void 0))
    return `<br>index of ${list.map((p) => code(p.platform)).join(", ")}`;
  return list.map((p) => {
    const image = p.digests[0]?.digest ?? p.imageId;
    return `<br>${code(p.platform)} ${p.error === void 0 ? `\u2705${image ? ` ${code(image)}` : ""}` : "\u274C"}`;
  }).join("");
}
function row(r, mask) {
  const cell = (text) => markdownText(mask(text));
  const code = (text) => `<code>${cell(text)}</code>`;
  const status = r.error === void 0 ? "\u2705" : `\u274C ${cell(r.error)}`;
  const digest = r.digests[0]?.digest;
  return [
    "",
    `${code(r.name)} ${status}${r.platforms ? platforms2(r, code) : ""}`,
    r.tags.map(code).join("<br>"),
    digest ? code(digest) : "",
    shortDuration(r.durationMs),
    `${r.cache.hits}/${r.cache.steps}`,
    ""
  ].join(" | ").trim();
}
function location(d) {
  return d.range ? `${d.range.file}:${d.range.start.line}:${d.range.start.column}: ` : "";
}
function renderSummary(results, diagnostics = [], limit = SUMMARY_LIMIT_BYTES, mask = (text) => text) {
  const parts = ["## repack build\n"];
  const errors = diagnostics.filter((d) => d.severity === "error");
  if (errors.length > 0) {
    parts.push(`The template has ${errors.length} error${errors.length === 1 ? "" : "s"}; nothing was built.
`);
    for (const d of errors.slice(0, LISTED_DIAGNOSTICS)) parts.push(`- ${markdownText(mask(location(d) + d.summary))}`);
    if (errors.length > LISTED_DIAGNOSTICS) parts.push(`- \u2026 and ${errors.length - LISTED_DIAGNOSTICS} more (see the log)`);
    return `${parts.join("\n")}
`;
  }
  parts.push("| Build | Tags | Digest | Duration | Cached steps |", "| --- | --- | --- | --- | ---: |");
  let size = Buffer.byteLength(parts.join("\n"));
  let shown2 = 0;
  for (const r of results) {
    const line = row(r, mask);
    const bytes = Buffer.byteLength(line) + 1;
    if (size + bytes > limit - FOOTER_RESERVE_BYTES) break;
    parts.push(line);
    size += bytes;
    shown2++;
  }
  if (shown2 < results.length) parts.push(`
\u2026 and ${results.length - shown2} more builds, left out to keep the summary under 1 MiB.`);
  return `${parts.join("\n")}
`;
}
async function writeSummary(results, diagnostics) {
  const file = process.env.GITHUB_STEP_SUMMARY;
  if (!file) return;
  await appendFile(
    file,
    renderSummary(results, diagnostics, SUMMARY_LIMIT_BYTES, (text) => secrets.apply(text)),
    "utf8"
  );
}

// src/action/ui.ts
var RED = "\x1B[31m";
var RESET = "\x1B[0m";
var ActionUi = class {
  constructor(grouping2) {
    this.grouping = grouping2;
  }
  grouping;
  open;
  say(build2, message) {
    this.print(build2, message, (line) => `==> ${oneLine(build2)}: ${line}`);
  }
  message(build2, message) {
    this.print(build2, message, (line) => `    ${oneLine(build2)}: ${line}`);
  }
  error(build2, message) {
    this.print(build2, message, (line) => `${RED}==> ${oneLine(build2)}: ${line}${RESET}`);
  }
  /** Printed as a build line, and annotated once as a warning (the annotation carries the build's name). */
  warning(build2, message) {
    this.print(build2, message, (line) => `==> ${build2}: ${line}`);
    warning(`${build2}: ${message}`);
  }
  /** Ends the open group, if any; call before printing anything that belongs outside the builds. */
  close() {
    if (this.open !== void 0) endGroup();
    this.open = void 0;
  }
  print(build2, message, format) {
    this.enterGroup(build2);
    for (const line of message.replace(/\r?\n$/, "").split(/\r\n|\r|\n/)) info(format(line));
  }
  enterGroup(build2) {
    const name = this.grouping.kind === "per-build" ? oneLine(build2) : this.grouping.title;
    if (this.open === name) return;
    this.close();
    startGroup(name);
    this.open = name;
  }
};

// src/action/main.ts
function firstLine2(e) {
  const text = messageOf(e);
  return text.split("\n")[0].trim() || (e instanceof Error ? e.name : "unknown error");
}
function enterWorkingDirectory(dir) {
  if (dir === "") return process.cwd();
  const abs = path2.resolve(dir);
  let isDir = false;
  try {
    isDir = statSync(abs).isDirectory();
  } catch {
    isDir = false;
  }
  if (!isDir) throw new InputError([`Input "working-directory": ${JSON.stringify(dir)} is not a directory (resolved to ${abs})`]);
  process.chdir(abs);
  return abs;
}
function cancelOnSignals(controller) {
  const onSignal = (signal) => {
    if (controller.signal.aborted) return;
    info(`==> Cancelling the build after receiving ${signal}`);
    controller.abort();
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  return () => {
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
  };
}
function grouping(inputs) {
  return inputs["parallel-builds"] === 1 ? { kind: "per-build" } : { kind: "whole-run", title: `repack build ${inputs.template}` };
}
async function ghaClient(inputs) {
  const specs = [...inputs["cache-from"], ...inputs["cache-to"]];
  if (!specs.some((s) => s.type === "gha")) return void 0;
  return (await import("./chunks/PUEPCY5R.js")).actionsCacheClient(specs);
}
async function build(inputs) {
  const metadataFile = inputs["metadata-file"] === "" ? "" : path2.resolve(inputs["metadata-file"]);
  const cwd = enterWorkingDirectory(inputs["working-directory"]);
  const controller = new AbortController();
  let stopListening = () => void 0;
  const run2 = newIdentity();
  saveState(RUN_STATE, run2.nonce);
  saveState(MAIN_STATE, currentOwner());
  const ui = new ActionUi(grouping(inputs));
  try {
    const outcome = await runTemplate({
      ...templateInputs(inputs, cwd),
      parallelBuilds: inputs["parallel-builds"],
      platforms: inputs.platforms,
      pushByDigest: inputs["push-by-digest"],
      onError: inputs["on-error"],
      push: inputs.push,
      // Local layer caching is on, as on the CLI; cache-from/cache-to add shared caches.
      cache: { noCache: inputs["no-cache"], from: inputs["cache-from"], to: inputs["cache-to"], gha: await ghaClient(inputs) },
      ui,
      signal: controller.signal,
      // Registered as soon as known, before anything else is printed: the runner masks only later lines.
      onSensitive: addSecret,
      containerLabels: { [RUN_LABEL]: run2.label },
      onPrepared: () => {
        stopListening = cancelOnSignals(controller);
      },
      extra: { tags: inputs.tags, labels: inputs.labels }
    });
    ui.close();
    const { errors } = reportDiagnostics(outcome.diagnostics, outcome.sources, cwd);
    const outputs = setOutputs(outcome.results);
    if (metadataFile !== "") writeFileSync(metadataFile, `${outputs.metadata}
`);
    if (errors === 0) {
      annotateBuildFailures(outcome.results, cwd);
      printClosing(outcome.results);
    }
    try {
      await writeSummary(outcome.results, outcome.diagnostics);
    } catch (e) {
      warning(`Could not write the job summary: ${firstLine2(e)}`);
    }
    const reason = failureReason(outcome.diagnostics, outcome.results, controller.signal.aborted);
    if (reason !== void 0) setFailed(reason);
  } finally {
    ui.close();
    stopListening();
  }
}
async function runAction() {
  try {
    const inputs = readInputs();
    for (const w of carriedOverInputs(process.env, Object.keys(inputs))) warning(w);
    if (inputs.validate) await validateTemplate(inputs, enterWorkingDirectory(inputs["working-directory"]));
    else await build(inputs);
  } catch (e) {
    if (e instanceof InputError) {
      if (e.problems.length > 1) for (const p of e.problems) error(p);
      setFailed(e.message);
      return;
    }
    if (e instanceof Error && e.stack) debug(e.stack);
    setFailed(`repack failed: ${firstLine2(e)}`);
  } finally {
    resumeCommands();
  }
}
async function run() {
  const fail = (e) => {
    if (e instanceof Error && e.stack) debug(e.stack);
    setFailed(`repack failed: ${firstLine2(e)}`);
    process.exit(1);
  };
  process.on("uncaughtException", fail);
  process.on("unhandledRejection", fail);
  const restore = adoptForeignOutput();
  try {
    await runAction();
  } finally {
    restore();
    resumeCommands();
  }
}

// src/index.ts
void run();
