// Quoting for values put on a POSIX shell command line: single quotes, with each ' written as '"'"' (as Packer does),
// so quotes, $(), backticks and newlines in a value arrive verbatim and never execute.

export function shellQuote(value: string): string {
  return `'${value.replace(/'/g, `'"'"'`)}'`;
}

/** "K=V" pairs as `K='V'` assignments, sorted by name like Packer's shell provisioner. */
export function flattenEnv(vars: Map<string, string>): string {
  return [...vars.keys()]
    .sort()
    .map((k) => `${k}=${shellQuote(vars.get(k) ?? '')}`)
    .join(' ');
}
