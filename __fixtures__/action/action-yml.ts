// Reads action.yml and says what shape the tests rely on.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

export function loadYaml(file: string): unknown {
  return parse(readFileSync(file, 'utf8'));
}

export interface ActionInput {
  description?: string;
  required?: boolean;
  default?: string;
}

export interface ActionYml {
  name: string;
  description: string;
  inputs: Record<string, ActionInput>;
  outputs: Record<string, { description?: string }>;
  runs: { using: string; main: string; post?: string };
}

export function loadActionYml(file: string): ActionYml {
  return loadYaml(file) as ActionYml;
}

/** What the runner puts in INPUT_* when the workflow gives no `with:` value. */
export function actionInputDefaults(file: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, input] of Object.entries(loadActionYml(file).inputs)) out[name] = input.default ?? '';
  return out;
}
