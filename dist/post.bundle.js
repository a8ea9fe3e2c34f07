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
  debug,
  getState,
  identityOf,
  info,
  resumeCommands,
  warning
} from "./chunks/C63VTWHI.js";
import {
  OWNER_LABEL,
  ownerState
} from "./chunks/DIR7UEXK.js";
import {
  connectDocker
} from "./chunks/FLO43JKR.js";
import "./chunks/3AA3TRVZ.js";
import "./chunks/6NZ65FC5.js";
import "./chunks/3OHBVAC4.js";
import {
  messageOf
} from "./chunks/K4JIUYBM.js";
import "./chunks/A6UJYBLJ.js";

// src/action/cleanup.ts
import { spawn } from "node:child_process";
var WATCH_ENV = "REPACK_POST_WATCH";
function firstLineOf(e) {
  return messageOf(e).split(/\r\n|\r|\n/)[0];
}
var sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
async function ended(owner, ms, pollMs) {
  const deadline = Date.now() + ms;
  while (ownerState(owner) === "alive") {
    if (Date.now() >= deadline) return false;
    await sleep(pollMs);
  }
  return true;
}
async function runContainers(driver, filter) {
  if (!driver.listContainerLabels) return driver.listContainers(filter);
  const found = await driver.listContainerLabels(filter);
  return found.filter((c) => ownerState(c.labels[OWNER_LABEL] ?? "") !== "alive").map((c) => c.id);
}
async function removeContainers(label, connect) {
  const driver = connect();
  for (const id of await runContainers(driver, `${RUN_LABEL}=${label}`)) {
    try {
      await driver.removeContainer(id);
      info(`Removed container ${id.slice(0, 12)} left by the build`);
    } catch (e) {
      warning(`repack: could not remove container ${id.slice(0, 12)}: ${firstLineOf(e)}`);
    }
  }
}
function startWatcher() {
  const script = process.argv[1];
  if (!script) return;
  spawn(process.execPath, [script], { detached: true, stdio: "ignore", env: { ...process.env, [WATCH_ENV]: "1" } }).unref();
}
var DEFAULTS = { waitMs: 1e4, pollMs: 250, watch: startWatcher };
async function removeLeftovers(connect = connectDocker, options = {}) {
  const o = { ...DEFAULTS, ...options };
  const id = identityOf(getState(RUN_STATE));
  if (!id) {
    debug("repack: nothing left to clean up");
    return;
  }
  const main = getState(MAIN_STATE);
  if (ownerState(main) === "alive") {
    info("repack: the main step is still running; waiting for it to end before cleaning up");
    if (!await ended(main, o.waitMs, o.pollMs)) {
      info("repack: the main step is still running: its containers are left to it, and removed after it ends if it leaves any");
      o.watch();
      return;
    }
  }
  try {
    await removeContainers(id.label, connect);
  } catch (e) {
    warning(`repack: could not look for containers left by the build: ${firstLineOf(e)}`);
  }
}
async function watch() {
  const main = getState(MAIN_STATE);
  if (await ended(main, 6 * 36e5, 2e3)) await removeLeftovers(connectDocker, { waitMs: 0 });
}
async function cleanup() {
  const warn = (e) => warning(`repack: cleanup failed: ${firstLineOf(e)}`);
  process.on("uncaughtException", warn);
  process.on("unhandledRejection", warn);
  try {
    if (process.env[WATCH_ENV] === "1") await watch();
    else await removeLeftovers();
  } catch (e) {
    warn(e);
  } finally {
    resumeCommands();
  }
}

// src/post.ts
void cleanup();
