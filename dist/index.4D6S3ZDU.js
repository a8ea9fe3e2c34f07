import { createRequire as __repackCreateRequire } from 'node:module';
import { fileURLToPath as __repackFileURLToPath } from 'node:url';
import { dirname as __repackDirname } from 'node:path';
const require = __repackCreateRequire(import.meta.url);
const __filename = __repackFileURLToPath(import.meta.url);
const __dirname = __repackDirname(__filename);
import {
  require_lib
} from "./index.I24ZV7VT.js";
import "./index.57BF3OL5.js";
export default require_lib();
