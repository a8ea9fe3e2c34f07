// Parsers for what an action writes, as the runner reads it: workflow commands on stdout (`::name k=v,…::data`)
// and file commands (GITHUB_OUTPUT, GITHUB_STATE, GITHUB_ENV: `name=value` or `name<<DELIMITER` … `DELIMITER`).

export interface WorkflowCommand {
  command: string;
  properties: Record<string, string>;
  data: string;
  /** 0-based index of the stdout line that carried it. */
  line: number;
}

function unescapeData(s: string): string {
  return s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}

function unescapeProperty(s: string): string {
  return s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');
}

/** The runner trims leading whitespace, then a command is `::name[ props]::data`. */
export function parseCommandLine(raw: string, line = 0): WorkflowCommand | undefined {
  const text = raw.replace(/\r$/, '').trimStart();
  if (!text.startsWith('::')) return undefined;
  const end = text.indexOf('::', 2);
  if (end < 0) return undefined;
  const head = text.slice(2, end);
  const space = head.indexOf(' ');
  const command = space < 0 ? head : head.slice(0, space);
  const properties: Record<string, string> = {};
  if (space >= 0) {
    for (const pair of head.slice(space + 1).split(',')) {
      const eq = pair.indexOf('=');
      if (eq > 0) properties[pair.slice(0, eq)] = unescapeProperty(pair.slice(eq + 1));
    }
  }
  return { command, properties, data: unescapeData(text.slice(end + 2)), line };
}

export function parseCommands(stdout: string): WorkflowCommand[] {
  const out: WorkflowCommand[] = [];
  stdout.split('\n').forEach((l, i) => {
    const c = parseCommandLine(l, i);
    if (c) out.push(c);
  });
  return out;
}

/** Parses a file-command file into name → value (last write wins, as the runner does). */
export function parseFileCommands(text: string): Map<string, string> {
  const values = new Map<string, string>();
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line === '') continue;
    const heredoc = line.indexOf('<<');
    const eq = line.indexOf('=');
    if (heredoc > 0 && (eq < 0 || heredoc < eq)) {
      const name = line.slice(0, heredoc);
      const delimiter = line.slice(heredoc + 2);
      const end = lines.indexOf(delimiter, i + 1);
      if (end < 0) throw new Error(`file command "${name}": no closing delimiter ${delimiter}`);
      values.set(name, lines.slice(i + 1, end).join('\n'));
      i = end;
    } else if (eq > 0) {
      values.set(line.slice(0, eq), line.slice(eq + 1));
    } else {
      throw new Error(`file command line ${i + 1} is neither name=value nor name<<DELIMITER: ${line}`);
    }
  }
  return values;
}
