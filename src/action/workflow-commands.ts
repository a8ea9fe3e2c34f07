// The runner's side of the workflow-command protocol: inputs from INPUT_* variables, state from STATE_* variables,
// log commands (`::error file=…,line=…::`, `::group::`, `::add-mask::`) on stdout, and outputs and state appended
// to the GITHUB_OUTPUT / GITHUB_STATE files with a random heredoc delimiter. It is what the action needs of
// @actions/core, written against the documented protocol so the main step does not load core's HTTP client (for
// OIDC, which repack never asks for) before its first Docker request.
// Text and commands reach stdout through log-stream.ts, which keeps text from being executed as a command.
import { randomUUID } from 'node:crypto';
import { appendFileSync, existsSync } from 'node:fs';
import { EOL } from 'node:os';
import { resumeCommands, secrets, writeLine, writeText } from './log-stream.js';

export { adoptForeignOutput, resumeCommands, secrets } from './log-stream.js';

export interface AnnotationProperties {
  title?: string;
  file?: string;
  startLine?: number;
  endLine?: number;
  startColumn?: number;
  endColumn?: number;
}

// Data escapes % and line breaks; property values also the `,` and `:` that separate them.
function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

const PROPERTY_NAMES: Record<keyof AnnotationProperties, string> = {
  title: 'title',
  file: 'file',
  startLine: 'line',
  endLine: 'endLine',
  startColumn: 'col',
  endColumn: 'endColumn',
};

function issue(command: string, message: string, properties: AnnotationProperties = {}, mask = true): void {
  const filter = (text: string): string => (mask ? secrets.apply(text) : text);
  const props = (Object.keys(PROPERTY_NAMES) as (keyof AnnotationProperties)[])
    .filter((k) => properties[k] !== undefined && properties[k] !== '')
    .map((k) => `${PROPERTY_NAMES[k]}=${escapeProperty(filter(String(properties[k])))}`);
  resumeCommands();
  writeLine(`::${command}${props.length > 0 ? ` ${props.join(',')}` : ''}::${escapeData(filter(message))}`);
}

/** name<<delimiter / value / delimiter, appended to the file a runner reads after the step. */
function appendToFile(variable: 'GITHUB_OUTPUT' | 'GITHUB_STATE', name: string, value: string): boolean {
  const file = process.env[variable];
  if (!file) return false;
  if (!existsSync(file)) throw new Error(`Missing file at path: ${file} (${variable})`);
  const delimiter = `ghadelimiter_${randomUUID()}`;
  if (name.includes(delimiter) || value.includes(delimiter)) throw new Error(`Unexpected input: ${name} contains the delimiter ${delimiter}`);
  appendFileSync(file, `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`, 'utf8');
  return true;
}

/** An input's raw value ('' when not given); a runner names it INPUT_ + the name upper-cased, spaces as `_`. */
export function getInput(name: string): string {
  return process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '';
}

/** The input as the runner set it, or undefined when the environment has no such variable. */
export function getInputIfSet(name: string): string | undefined {
  return process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`];
}

export function getState(name: string): string {
  return process.env[`STATE_${name}`] ?? '';
}

export function setOutput(name: string, value: string): void {
  if (appendToFile('GITHUB_OUTPUT', name, value)) return;
  writeLine('');
  issue(`set-output name=${escapeProperty(name)}`, value);
}

export function saveState(name: string, value: string): void {
  if (appendToFile('GITHUB_STATE', name, value)) return;
  issue(`save-state name=${escapeProperty(name)}`, value);
}

/** Text for the log, never a command. */
export function info(message: string): void {
  writeText(message);
}

export function debug(message: string): void {
  issue('debug', message);
}

export function error(message: string, properties?: AnnotationProperties): void {
  issue('error', message, properties);
}

export function warning(message: string, properties?: AnnotationProperties): void {
  issue('warning', message, properties);
}

/** Masks the value in every line printed after this one. */
export function setSecret(value: string): void {
  issue('add-mask', value, {}, false);
}

/**
 * A sensitive value: printed as `<sensitive>` from now on, and each of its forms (encodings, each line of a
 * multi-line value) registered with the runner's mask too, for what reaches the log by other ways (node's own errors).
 */
export function addSecret(value: string): void {
  for (const form of secrets.add(value)) if (form.trim() !== '') setSecret(form);
}

export function startGroup(name: string): void {
  issue('group', name);
}

export function endGroup(): void {
  issue('endgroup', '');
}

/** An error annotation, and the step's exit code 1. */
export function setFailed(message: string): void {
  process.exitCode = 1;
  error(message);
}
