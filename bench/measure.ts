// Runs one benchmark command under GNU time: wall clock (ms, from node's clock) and peak RSS (KB, "%M": the largest
// of the process and its waited-for children, i.e. the repack/packer process itself, or the biggest docker CLI call).
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** An output line and when it arrived, in ms since the command was spawned. */
export interface TimedLine {
  at: number;
  text: string;
}

export interface Sample {
  ms: number;
  rssKb: number;
  log: string;
  /** Every output line (stdout and stderr) stamped on arrival: the phases of a run (bench/profile.ts). */
  lines: TimedLine[];
}

/** Splits a stream into lines, each stamped with the time its end arrived. */
function lineClock(started: bigint, into: TimedLine[]): (b: Buffer) => void {
  let partial = '';
  return (b) => {
    const at = Number(process.hrtime.bigint() - started) / 1e6;
    const parts = (partial + b.toString('utf8')).split('\n');
    partial = parts.pop() ?? '';
    for (const text of parts) into.push({ at, text });
  };
}

/** Runs `argv`; past `timeoutMs` (default 5 min) it is interrupted (SIGINT, so packer and repack clean up) and fails. */
export async function measure(
  argv: string[],
  o: { cwd: string; env?: Record<string, string>; logDir: string; name: string; timeoutMs?: number },
): Promise<Sample> {
  const timeFile = join(o.logDir, `${o.name}.time`);
  const logFile = join(o.logDir, `${o.name}.log`);
  const started = process.hrtime.bigint();
  const child = spawn('/usr/bin/time', ['-f', '%M', '-o', timeFile, ...argv], {
    cwd: o.cwd,
    env: { ...process.env, ...o.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const chunks: Buffer[] = [];
  const lines: TimedLine[] = [];
  const [out, err] = [lineClock(started, lines), lineClock(started, lines)];
  child.stdout.on('data', (b: Buffer) => (chunks.push(b), out(b)));
  child.stderr.on('data', (b: Buffer) => (chunks.push(b), err(b)));
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    child.kill('SIGINT');
    setTimeout(() => child.kill('SIGKILL'), 30_000).unref();
  }, o.timeoutMs ?? 300_000);
  const code = await new Promise<number | null>((r) => child.on('close', r));
  clearTimeout(timer);
  const elapsed = Number(process.hrtime.bigint() - started) / 1e6;
  const log = Buffer.concat(chunks).toString('utf8');
  writeFileSync(logFile, log);
  if (timedOut) throw new Error(`${o.name} timed out after ${Math.round((o.timeoutMs ?? 300_000) / 1000)} s; log: ${logFile}`);
  if (code !== 0) throw new Error(`${o.name} failed (exit ${code}); log: ${logFile}\n${log.split('\n').slice(-15).join('\n')}`);
  const rss = Number(readFileSync(timeFile, 'utf8').trim().split('\n').pop());
  return { ms: Math.round(elapsed), rssKb: rss, log, lines };
}
