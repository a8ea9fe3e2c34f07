// Dockerfile-style `changes` as `docker commit --change` / `docker import --change` accept them. Parsed here so a
// template can be validated before any engine is contacted, and so the fake driver commits like the engine does.
import path from 'node:path';
import type { ImageConfig } from './driver.js';

/** The instructions the engine accepts in changes (others are rejected with "<x> is not a valid change command"). */
export const CHANGE_INSTRUCTIONS = ['CMD', 'ENTRYPOINT', 'ENV', 'EXPOSE', 'HEALTHCHECK', 'LABEL', 'ONBUILD', 'USER', 'VOLUME', 'WORKDIR'] as const;
export type ChangeInstruction = (typeof CHANGE_INSTRUCTIONS)[number];

export interface Change {
  instruction: ChangeInstruction;
  /** Everything after the instruction word, trimmed. */
  rest: string;
}

/** Parses one change line, or returns the engine's wording of why it is invalid. */
export function parseChange(line: string): Change | { error: string } {
  const match = /^\s*(\S+)\s*(.*?)\s*$/s.exec(line);
  if (!match) return { error: 'empty change' };
  const word = match[1].toUpperCase();
  const instruction = CHANGE_INSTRUCTIONS.find((i) => i === word);
  if (!instruction) return { error: `${match[1].toLowerCase()} is not a valid change command` };
  if (match[2] === '') return { error: `${instruction} requires at least one argument` };
  if (instruction === 'EXPOSE') {
    const bad = match[2].split(/\s+/).find((p) => !/^\d+(-\d+)?(\/(tcp|udp|sctp))?$/.test(p));
    if (bad) return { error: `Invalid containerPort: ${bad.replace(/\/.*$/, '')}` };
  }
  return { instruction, rest: match[2] };
}

/** Splits on unquoted whitespace, removing quotes and backslash escapes, as Dockerfile words are read. */
export function splitWords(text: string): string[] {
  const words: string[] = [];
  let word = '';
  let inWord = false;
  let quote: '"' | "'" | undefined;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quote) {
      if (ch === quote) quote = undefined;
      else if (ch === '\\' && quote === '"' && i + 1 < text.length) word += text[++i];
      else word += ch;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
      inWord = true;
    } else if (ch === '\\' && i + 1 < text.length) {
      word += text[++i];
      inWord = true;
    } else if (/\s/.test(ch)) {
      if (inWord) words.push(word);
      word = '';
      inWord = false;
    } else {
      word += ch;
      inWord = true;
    }
  }
  if (inWord) words.push(word);
  return words;
}

function jsonArray(rest: string): string[] | undefined {
  if (!rest.startsWith('[')) return undefined;
  try {
    const parsed: unknown = JSON.parse(rest);
    return Array.isArray(parsed) && parsed.every((p) => typeof p === 'string') ? parsed : undefined;
  } catch {
    return undefined;
  }
}

function pairs(rest: string): [string, string][] {
  const words = splitWords(rest);
  if (words.length > 0 && !words[0].includes('=')) {
    // Legacy form: `ENV KEY value with spaces`
    const [key, ...value] = rest.split(/\s+/);
    return [[key, splitWords(value.join(' ')).join(' ')]];
  }
  return words.map((w) => {
    const eq = w.indexOf('=');
    return [w.slice(0, eq), w.slice(eq + 1)];
  });
}

function setEnv(env: string[], key: string, value: string): string[] {
  return [...env.filter((e) => e.split('=', 1)[0] !== key), `${key}=${value}`];
}

/** Applies one parsed change to a copy of `config`; `cmdSet` says whether an earlier change set CMD. */
export function applyChange(config: ImageConfig, change: Change, cmdSet = false): ImageConfig {
  const out: ImageConfig = { ...config };
  const { rest } = change;
  switch (change.instruction) {
    case 'CMD':
      out.Cmd = jsonArray(rest) ?? ['/bin/sh', '-c', rest];
      break;
    case 'ENTRYPOINT':
      out.Entrypoint = jsonArray(rest) ?? ['/bin/sh', '-c', rest];
      // As in a Dockerfile, an ENTRYPOINT resets a CMD not set by an earlier change.
      if (!cmdSet) out.Cmd = null;
      break;
    case 'ENV':
      out.Env = pairs(rest).reduce((env, [k, v]) => setEnv(env, k, v), config.Env ?? []);
      break;
    case 'LABEL':
      out.Labels = { ...config.Labels, ...Object.fromEntries(pairs(rest)) };
      break;
    case 'EXPOSE':
      out.ExposedPorts = { ...config.ExposedPorts };
      for (const port of rest.split(/\s+/)) out.ExposedPorts[port.includes('/') ? port : `${port}/tcp`] = {};
      break;
    case 'VOLUME':
      out.Volumes = { ...config.Volumes };
      for (const volume of jsonArray(rest) ?? splitWords(rest)) out.Volumes[volume] = {};
      break;
    case 'USER':
      out.User = rest;
      break;
    case 'WORKDIR':
      out.WorkingDir = path.posix.resolve(config.WorkingDir || '/', rest);
      break;
    case 'ONBUILD':
      out.OnBuild = [...(config.OnBuild ?? []), rest];
      break;
    case 'HEALTHCHECK':
      break;
  }
  return out;
}

/** Applies change lines in order, or returns the first one's error as the engine words it. */
export function applyChanges(config: ImageConfig, lines: string[]): { config: ImageConfig } | { error: string } {
  let out = config;
  let cmdSet = false;
  for (const line of lines) {
    const change = parseChange(line);
    if ('error' in change) return change;
    out = applyChange(out, change, cmdSet);
    if (change.instruction === 'CMD') cmdSet = true;
  }
  return { config: out };
}
