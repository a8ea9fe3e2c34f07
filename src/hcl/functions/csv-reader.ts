// CSV records exactly as Go's encoding/csv Reader reads them (the reader cty's csvdecode uses): empty lines skipped,
// CRLF read as LF, quotes only at the start of a field, `""` inside quotes, and its errors with their line numbers.

export class CSVError extends Error {
  constructor(
    readonly line: number,
    readonly reason: string,
  ) {
    super(reason);
  }
}

const BARE_QUOTE = 'bare " in non-quoted-field';
const QUOTE = 'extraneous or missing " in quoted-field';
export const FIELD_COUNT = 'wrong number of fields';

export class CSVReader {
  private pos = 0;
  private numLine = 0;
  fieldsPerRecord = 0;

  constructor(private readonly text: string) {}

  /** The next line with its newline (CRLF as LF; a final CR dropped), or undefined at the end. */
  private readLine(): string | undefined {
    if (this.pos >= this.text.length) return undefined;
    const nl = this.text.indexOf('\n', this.pos);
    let line = nl < 0 ? this.text.slice(this.pos) : this.text.slice(this.pos, nl + 1);
    this.pos += line.length;
    if (nl < 0 && line.endsWith('\r')) line = line.slice(0, -1);
    this.numLine++;
    if (line.endsWith('\r\n')) line = `${line.slice(0, -2)}\n`;
    return line;
  }

  /** The next record, or undefined at the end of the text. */
  read(): string[] | undefined {
    let line: string | undefined;
    for (;;) {
      line = this.readLine();
      if (line === undefined) return undefined;
      if (line !== '\n') break;
    }
    const recLine = this.numLine;
    const fields: string[] = [];
    let rest = line;
    const noNL = (s: string): string => (s.endsWith('\n') ? s.slice(0, -1) : s);
    for (;;) {
      if (rest === '' || rest[0] !== '"') {
        const i = rest.indexOf(',');
        const field = i >= 0 ? rest.slice(0, i) : noNL(rest);
        if (field.includes('"')) throw new CSVError(this.numLine, BARE_QUOTE);
        fields.push(field);
        if (i < 0) break;
        rest = rest.slice(i + 1);
        continue;
      }
      rest = rest.slice(1);
      let field = '';
      let line2 = this.numLine;
      for (;;) {
        const i = rest.indexOf('"');
        if (i >= 0) {
          field += rest.slice(0, i);
          rest = rest.slice(i + 1);
          if (rest[0] === '"') {
            field += '"';
            rest = rest.slice(1);
          } else if (rest[0] === ',') {
            rest = rest.slice(1);
            fields.push(field);
            break;
          } else if (rest === '' || rest === '\n') {
            fields.push(field);
            return this.checked(fields, recLine);
          } else throw new CSVError(this.numLine, QUOTE);
        } else if (rest !== '') {
          field += rest;
          const next = this.readLine();
          rest = next ?? '';
          if (rest !== '') line2++;
        } else {
          throw new CSVError(line2, QUOTE);
        }
      }
    }
    return this.checked(fields, recLine);
  }

  private checked(fields: string[], recLine: number): string[] {
    if (this.fieldsPerRecord > 0 && fields.length !== this.fieldsPerRecord) throw new CSVError(recLine, FIELD_COUNT);
    if (this.fieldsPerRecord === 0) this.fieldsPerRecord = fields.length;
    return fields;
  }
}
