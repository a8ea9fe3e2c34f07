// Why jsondecode refuses a text, in the words of Go's encoding/json Decoder as cty reads JSON (token by token, then
// "extraneous data" for anything after the value): "invalid character '}' looking for beginning of value", "EOF",
// "unexpected EOF". Only consulted once the text is known to be invalid.

class Stop extends Error {}

/** Go's quoteChar. */
function quoteChar(c: string): string {
  if (c === "'") return "'\\''";
  if (c === '"') return "'\"'";
  const q = JSON.stringify(c).slice(1, -1);
  return `'${q}'`;
}

const isSpace = (c: string | undefined): boolean => c === ' ' || c === '\t' || c === '\r' || c === '\n';

class Scanner {
  private i = 0;

  constructor(private readonly s: string) {}

  private fail(message: string): never {
    throw new Stop(message);
  }

  private invalid(c: string, context: string): never {
    this.fail(`invalid character ${quoteChar(c)} ${context}`);
  }

  /** The next non-space character without taking it; undefined at the end. */
  private peek(): string | undefined {
    while (isSpace(this.s[this.i])) this.i++;
    return this.s[this.i];
  }

  /** A whole scalar as Decoder.Decode reads one: its end is where the scanner's value ends. */
  private scalar(): void {
    const s = this.s;
    const eof = (): never => this.fail('unexpected EOF');
    const c = s[this.i];
    if (c === '"') {
      this.i++;
      for (;;) {
        const d = s[this.i++];
        if (d === undefined) eof();
        if (d === '"') return;
        if (d === '\\') {
          const e = s[this.i++];
          if (e === undefined) eof();
          if (e === 'u') {
            for (let k = 0; k < 4; k++) {
              const h = s[this.i++];
              if (h === undefined) eof();
              if (!/[0-9a-fA-F]/.test(h)) this.invalid(h, 'in \\u hexadecimal character escape');
            }
          } else if (!'bfnrt\\/"'.includes(e)) this.invalid(e, 'in string escape code');
        } else if (d < ' ') this.invalid(d, 'in string literal');
      }
    }
    for (const word of ['true', 'false', 'null']) {
      if (c !== word[0]) continue;
      for (let k = 1; k < word.length; k++) {
        const d = s[this.i + k];
        if (d === undefined) eof();
        if (d !== word[k]) this.invalid(d, `in literal ${word} (expecting ${quoteChar(word[k])})`);
      }
      this.i += word.length;
      return;
    }
    if (c === '-' || (c >= '0' && c <= '9')) {
      let j = this.i;
      if (s[j] === '-') {
        j++;
        if (s[j] === undefined) eof();
        if (!/[0-9]/.test(s[j])) this.invalid(s[j], 'in numeric literal');
      }
      if (s[j] === '0') j++;
      else while (/[0-9]/.test(s[j] ?? '')) j++;
      if (s[j] === '.') {
        j++;
        if (s[j] === undefined) eof();
        if (!/[0-9]/.test(s[j])) this.invalid(s[j], 'after decimal point in numeric literal');
        while (/[0-9]/.test(s[j] ?? '')) j++;
      }
      if (s[j] === 'e' || s[j] === 'E') {
        j++;
        if (s[j] === '+' || s[j] === '-') j++;
        if (s[j] === undefined) eof();
        if (!/[0-9]/.test(s[j])) this.invalid(s[j], 'in exponent of numeric literal');
        while (/[0-9]/.test(s[j] ?? '')) j++;
      }
      this.i = j;
      return;
    }
    this.invalid(c, 'looking for beginning of value');
  }

  /** One value, token by token as cty's JSON reader takes it. */
  private value(): void {
    const c = this.peek();
    if (c === undefined) this.fail('EOF');
    if (c === '{') {
      this.i++;
      let first = true;
      for (;;) {
        let k = this.peek();
        if (k === undefined) this.fail('EOF');
        if (k === '}' && first) {
          this.i++;
          return;
        }
        if (!first) {
          if (k === '}') {
            this.i++;
            return;
          }
          if (k !== ',') this.invalid(k, 'after object key:value pair');
          this.i++;
          k = this.peek();
          if (k === undefined) this.fail('EOF');
        }
        // Right after `{` Go's Decoder gives no context (tokenObjectStart has none in tokenError).
        if (k !== '"' && first) this.fail(`invalid character ${quoteChar(k)}`);
        if (k !== '"') this.invalid(k, 'looking for beginning of object key string');
        this.scalar();
        const colon = this.peek();
        if (colon === undefined) this.fail('EOF');
        if (colon !== ':') this.invalid(colon, 'after object key');
        this.i++;
        this.value();
        first = false;
      }
    }
    if (c === '[') {
      this.i++;
      let first = true;
      for (;;) {
        let k = this.peek();
        if (k === undefined) this.fail('EOF');
        if (k === ']') {
          this.i++;
          return;
        }
        if (!first) {
          if (k !== ',') this.invalid(k, 'after array element');
          this.i++;
          k = this.peek();
          if (k === undefined) this.fail('EOF');
          if (k === ']') this.invalid(k, 'looking for beginning of value');
        }
        this.value();
        first = false;
      }
    }
    if (c === '}' || c === ']' || c === ':' || c === ',') this.invalid(c, 'looking for beginning of value');
    this.scalar();
  }

  /** Go's message for the text, or where its one value ends when Go accepts it (a stray `]` or `}` may follow). */
  check(): { message: string } | { end: number } {
    try {
      this.value();
      const end = this.i;
      const rest = this.peek();
      if (rest !== undefined && rest !== ']' && rest !== '}') return { message: 'extraneous data after JSON object' };
      return { end };
    } catch (e: unknown) {
      if (e instanceof Stop) return { message: e.message };
      throw e;
    }
  }
}

export function goJSONCheck(text: string): { message: string } | { end: number } {
  return new Scanner(text).check();
}
