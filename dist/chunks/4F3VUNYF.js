import { createRequire as __repackCreateRequire } from 'node:module';
import { fileURLToPath as __repackFileURLToPath } from 'node:url';
import { dirname as __repackDirname } from 'node:path';
const require = __repackCreateRequire(import.meta.url);
const __repackFilename = __repackFileURLToPath(import.meta.url);
const __repackDirnameValue = __repackDirname(__repackFilename);
import {
  connectDocker
} from "./FLO43JKR.js";
import "./3AA3TRVZ.js";
import "./6NZ65FC5.js";
import "./3OHBVAC4.js";
import "./K4JIUYBM.js";
import "./A6UJYBLJ.js";
export {
  connectDocker
};
