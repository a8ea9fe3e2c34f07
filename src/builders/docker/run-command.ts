// Packer's `run_command`: docker-run arguments with Go-template placeholders ({{.Image}}), interpreted into a
// container spec for the Engine API instead of being passed to a `docker run` process.
import type { ContainerSpec } from '../../docker/driver.js';

export const DEFAULT_RUN_COMMAND = ['-d', '-i', '-t', '--entrypoint=/bin/sh', '--', '{{.Image}}'];

/** Flags that take a value, by every name they may be written with. */
const VALUE_FLAGS: Record<string, string> = {
  '--entrypoint': 'entrypoint',
  '-e': 'env',
  '--env': 'env',
  '-v': 'volume',
  '--volume': 'volume',
  '-u': 'user',
  '--user': 'user',
  '-w': 'workdir',
  '--workdir': 'workdir',
  '--cap-add': 'cap-add',
  '--cap-drop': 'cap-drop',
  '--tmpfs': 'tmpfs',
  '--device': 'device',
  '--runtime': 'runtime',
  '--platform': 'platform',
  '--network': 'network',
  '--net': 'network',
  '-l': 'label',
  '--label': 'label',
  '--name': 'name',
};

/** Flags without a value; single-letter ones may be combined ("-dit"). */
const BOOL_FLAGS: Record<string, string> = {
  '-d': 'detach',
  '--detach': 'detach',
  '-i': 'interactive',
  '--interactive': 'interactive',
  '-t': 'tty',
  '--tty': 'tty',
  '--privileged': 'privileged',
  '--rm': 'rm',
  '--init': 'init',
};

export interface ParsedRunCommand {
  spec: ContainerSpec;
  /** Set when a flag is not understood; the message names it. */
  error?: string;
}

/** Expands `{{.Image}}` (and `{{ .Image }}`) in each argument. */
export function expandPlaceholders(args: string[], image: string): { args: string[]; error?: string } {
  const out: string[] = [];
  for (const a of args) {
    const bad = /\{\{\s*\.?(\w*)\s*\}\}/.exec(a.replace(/\{\{\s*\.Image\s*\}\}/g, ''));
    if (bad) return { args, error: `run_command: the placeholder ${bad[0]} is not known; only {{.Image}} is` };
    out.push(a.replace(/\{\{\s*\.Image\s*\}\}/g, image));
  }
  return { args: out };
}

export function parseRunCommand(args: string[], image: string): ParsedRunCommand {
  const expanded = expandPlaceholders(args, image);
  const spec: ContainerSpec = { image, env: [], binds: [], capAdd: [], capDrop: [], tmpfs: {}, devices: [], labels: {} };
  if (expanded.error) return { spec, error: expanded.error };
  const a = expanded.args;
  let i = 0;
  const take = (name: string, value: string): void => {
    switch (VALUE_FLAGS[name]) {
      case 'entrypoint':
        spec.entrypoint = value === '' ? [] : [value];
        break;
      case 'env':
        spec.env?.push(value);
        break;
      case 'volume':
        spec.binds?.push(value);
        break;
      case 'user':
        spec.user = value;
        break;
      case 'workdir':
        spec.workingDir = value;
        break;
      case 'cap-add':
        spec.capAdd?.push(value);
        break;
      case 'cap-drop':
        spec.capDrop?.push(value);
        break;
      case 'tmpfs': {
        const [path, opts = ''] = value.split(/:(.*)/s);
        if (spec.tmpfs) spec.tmpfs[path] = opts;
        break;
      }
      case 'device':
        spec.devices?.push(value);
        break;
      case 'runtime':
        spec.runtime = value;
        break;
      case 'platform':
        spec.platform = value;
        break;
      case 'network':
        spec.networkMode = value;
        break;
      case 'name':
        spec.name = value;
        break;
      case 'label': {
        const [k, v = ''] = value.split(/=(.*)/s);
        if (spec.labels) spec.labels[k] = v;
        break;
      }
    }
  };
  for (; i < a.length; i++) {
    const arg = a[i];
    if (arg === '--') {
      i++;
      break;
    }
    if (!arg.startsWith('-')) break;
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    if (VALUE_FLAGS[name]) {
      if (eq > 0) take(name, arg.slice(eq + 1));
      else if (i + 1 < a.length) take(name, a[++i]);
      else return { spec, error: `run_command: ${name} needs a value` };
      continue;
    }
    if (BOOL_FLAGS[name]) {
      applyBool(spec, BOOL_FLAGS[name]);
      continue;
    }
    if (/^-[a-z]{2,}$/.test(arg) && [...arg.slice(1)].every((c) => BOOL_FLAGS[`-${c}`])) {
      [...arg.slice(1)].forEach((c) => applyBool(spec, BOOL_FLAGS[`-${c}`]));
      continue;
    }
    return {
      spec,
      error: `run_command: the docker run flag "${arg}" is not supported. Supported: ${[...Object.keys(BOOL_FLAGS), ...Object.keys(VALUE_FLAGS)].join(' ')}`,
    };
  }
  if (i >= a.length) return { spec, error: 'run_command: no image argument; it must contain "{{.Image}}"' };
  spec.image = a[i];
  spec.cmd = a.slice(i + 1);
  return { spec };
}

function applyBool(spec: ContainerSpec, flag: string): void {
  if (flag === 'tty') spec.tty = true;
  else if (flag === 'interactive') spec.openStdin = true;
  else if (flag === 'privileged') spec.privileged = true;
  // -d, --rm and --init need nothing: the container is always detached and always removed by repack.
}
