import { createRequire as __repackCreateRequire } from 'node:module';
import { fileURLToPath as __repackFileURLToPath } from 'node:url';
import { dirname as __repackDirname } from 'node:path';
const require = __repackCreateRequire(import.meta.url);
const __repackFilename = __repackFileURLToPath(import.meta.url);
const __repackDirnameValue = __repackDirname(__repackFilename);

// src/error-message.ts
function messageOf(e) {
  return e instanceof Error ? e.message : String(e);
}
function toError(e) {
  return e instanceof Error ? e : new Error(String(e));
}

export {
  messageOf,
  toError
};
