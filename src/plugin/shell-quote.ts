// Quoting for values put on a POSIX shell command line: single quotes, with each ' written as '"'"' (as Packer does),
// so quotes, $(), backticks and newlines in a value arrive verbatim and never execute.

export function shellQuote(value: string): string {
  return `'${value.replace(/'/g, `'"'"'`)}'`;
}
