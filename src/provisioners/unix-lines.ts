// What Packer's shell provisioner uploads unless `binary = true` (its UnixReader): every line ends in "\n" — a "\r"
// before a line end is dropped, and a last line without one gets it.
export function unixLines(text: string): string {
  if (text === '') return '';
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines.map((l) => `${l.endsWith('\r') ? l.slice(0, -1) : l}\n`).join('');
}
