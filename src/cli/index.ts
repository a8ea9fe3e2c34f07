#!/usr/bin/env node
import { isatty } from 'node:tty';
import { main } from './main.js';

const code = await main(process.argv.slice(2), {
  out: (s) => process.stdout.write(s),
  err: (s) => process.stderr.write(s),
  isTTY: process.stdout.isTTY === true,
  // Not process.stdin.isTTY: touching process.stdin opens a stream on fd 0 (~8 ms of every start).
  stdinIsTTY: isatty(0),
  env: process.env,
  cwd: process.cwd(),
});
process.exitCode = code;
