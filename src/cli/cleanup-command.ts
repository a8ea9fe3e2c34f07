// `repack cleanup`: removes what runs on this host that were killed outright (SIGKILL, a crash) left behind — their
// build containers, temporary shell-local scripts and host process groups. A build does the same before it starts.
import type { Driver } from '../docker/driver.js';
import { reapDeadRuns } from '../cleanup/reap.js';
import { UsageError } from './args.js';

const HELP = `Usage: repack cleanup

  Removes the containers, temporary files and host processes that repack runs on this machine left when they were
  killed. What a running repack or another machine owns is never touched.
`;

export interface CleanupIo {
  out: (s: string) => void;
  err: (s: string) => void;
  env: Record<string, string | undefined>;
  /** For tests; defaults to the daemon the docker CLI would use. */
  driver?: Driver;
}

export async function cleanupCommand(argv: string[], io: CleanupIo): Promise<number> {
  if (argv.includes('-h') || argv.includes('-help') || argv.includes('--help')) {
    io.err(HELP);
    return 0;
  }
  if (argv.length > 0) throw new UsageError(`repack cleanup takes no arguments (got ${argv.join(' ')})\n\n${HELP}`);
  const driver = io.driver ?? (await import('../docker/connect.js')).connectDocker(io.env);
  const r = await reapDeadRuns(driver);
  for (const id of r.containers) io.out(`Removed container ${id.slice(0, 12)}\n`);
  for (const g of r.groups) io.out(`Ended process group ${g}\n`);
  for (const d of r.dirs) io.out(`Removed ${d}\n`);
  if (r.containers.length + r.dirs.length === 0) io.out('Nothing left by killed runs.\n');
  for (const p of r.problems) io.err(`repack cleanup: ${p}\n`);
  return r.problems.length > 0 ? 1 : 0;
}
