import { createRequire as __repackCreateRequire } from 'node:module';
import { fileURLToPath as __repackFileURLToPath } from 'node:url';
import { dirname as __repackDirname } from 'node:path';
const require = __repackCreateRequire(import.meta.url);
const __repackFilename = __repackFileURLToPath(import.meta.url);
const __repackDirnameValue = __repackDirname(__repackFilename);
import {
  Masker
} from "./DIR7UEXK.js";

// src/action/log-stream.ts
import { randomBytes } from "node:crypto";
import { EOL } from "node:os";
var secrets = new Masker();
var stopToken;
var writingOwn = false;
function writeLine(line) {
  writingOwn = true;
  try {
    process.stdout.write(line + EOL);
  } finally {
    writingOwn = false;
  }
}
var CORE_COMMAND = /^::[A-Za-z][\w-]*(?: [^\r\n]*?)?::/;
function adoptForeignOutput() {
  const stdout = process.stdout;
  const original = stdout.write;
  let partial = "";
  const foreign = (text) => {
    const lines = (partial + text).split(/\r?\n/);
    partial = lines.pop() ?? "";
    for (const line of lines) {
      if (CORE_COMMAND.test(line)) {
        resumeCommands();
        writeLine(line);
      } else writeText(line);
    }
  };
  const write = function(chunk, ...rest) {
    if (writingOwn) return original.call(this, chunk, ...rest);
    foreign(typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8"));
    const callback = rest.find((r) => typeof r === "function");
    callback?.();
    return true;
  };
  stdout.write = write;
  return () => {
    if (partial !== "") foreign("\n");
    stdout.write = original;
  };
}
function resumeCommands() {
  if (stopToken === void 0) return;
  writeLine(`::${stopToken}::`);
  stopToken = void 0;
}
function stopCommands() {
  if (stopToken !== void 0) return;
  stopToken = `repack-${randomBytes(16).toString("hex")}`;
  writeLine(`::stop-commands::${stopToken}`);
}
function writeText(message) {
  stopCommands();
  writeLine(secrets.apply(message));
}

// src/action/workflow-commands.ts
import { randomUUID } from "node:crypto";
import { appendFileSync, existsSync } from "node:fs";
import { EOL as EOL2 } from "node:os";
function escapeData(text) {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(text) {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
var PROPERTY_NAMES = {
  title: "title",
  file: "file",
  startLine: "line",
  endLine: "endLine",
  startColumn: "col",
  endColumn: "endColumn"
};
function issue(command, message, properties = {}, mask = true) {
  const filter = (text) => mask ? secrets.apply(text) : text;
  const props = Object.keys(PROPERTY_NAMES).filter((k) => properties[k] !== void 0 && properties[k] !== "").map((k) => `${PROPERTY_NAMES[k]}=${escapeProperty(filter(String(properties[k])))}`);
  resumeCommands();
  writeLine(`::${command}${props.length > 0 ? ` ${props.join(",")}` : ""}::${escapeData(filter(message))}`);
}
function appendToFile(variable, name, value) {
  const file = process.env[variable];
  if (!file) return false;
  if (!existsSync(file)) throw new Error(`Missing file at path: ${file} (${variable})`);
  const delimiter = `ghadelimiter_${randomUUID()}`;
  if (name.includes(delimiter) || value.includes(delimiter)) throw new Error(`Unexpected input: ${name} contains the delimiter ${delimiter}`);
  appendFileSync(file, `${name}<<${delimiter}${EOL2}${value}${EOL2}${delimiter}${EOL2}`, "utf8");
  return true;
}
function getInputIfSet(name) {
  return process.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`];
}
function getState(name) {
  return process.env[`STATE_${name}`] ?? "";
}
function setOutput(name, value) {
  if (appendToFile("GITHUB_OUTPUT", name, value)) return;
  writeLine("");
  issue(`set-output name=${escapeProperty(name)}`, value);
}
function saveState(name, value) {
  if (appendToFile("GITHUB_STATE", name, value)) return;
  issue(`save-state name=${escapeProperty(name)}`, value);
}
function info(message) {
  writeText(message);
}
function debug(message) {
  issue("debug", message);
}
function error(message, properties) {
  issue("error", message, properties);
}
function warning(message, properties) {
  issue("warning", message, properties);
}
function setSecret(value) {
  issue("add-mask", value, {}, false);
}
function addSecret(value) {
  for (const form of secrets.add(value)) if (form.trim() !== "") setSecret(form);
}
function startGroup(name) {
  issue("group", name);
}
function endGroup() {
  issue("endgroup", "");
}
function setFailed(message) {
  process.exitCode = 1;
  error(message);
}

// src/action/run-identity.ts
import { createHash, randomBytes as randomBytes2 } from "node:crypto";
var RUN_STATE = "run";
var MAIN_STATE = "main";
var RUN_LABEL = "io.repack.run";
var NONCE = /^[0-9a-f]{64}$/;
function identityOf(nonce) {
  if (!NONCE.test(nonce)) return void 0;
  return { nonce, label: createHash("sha256").update(nonce).digest("hex").slice(0, 32) };
}
function newIdentity() {
  return identityOf(randomBytes2(32).toString("hex"));
}

export {
  secrets,
  adoptForeignOutput,
  resumeCommands,
  getInputIfSet,
  getState,
  setOutput,
  saveState,
  info,
  debug,
  error,
  warning,
  addSecret,
  startGroup,
  endGroup,
  setFailed,
  RUN_STATE,
  MAIN_STATE,
  RUN_LABEL,
  identityOf,
  newIdentity
};
