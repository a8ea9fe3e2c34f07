// A bundle of the current sources, for tests that run the fronts as processes (dist/ itself is committed only at release).
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** A new temp directory `work` holding `dist`, laid out as scripts/bundle.mjs lays dist/ out (launchers, entry bundles, chunks). */
export function tempBundle(prefix: string): { work: string; dist: string } {
  const work = mkdtempSync(path.join(tmpdir(), prefix));
  const dist = path.join(work, 'dist');
  const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts/bundle.mjs'), '--out', dist], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`node scripts/bundle.mjs failed:\n${r.stderr}`);
  return { work, dist };
}
