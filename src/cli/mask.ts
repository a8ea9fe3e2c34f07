// Packer's secret filter for the CLI: every sensitive value (variables marked sensitive, sensitive attributes such as
// login_password) is replaced by "<sensitive>" in everything the CLI writes — UI, diagnostics, metadata JSON.
export class Masker {
  private values: string[] = [];

  add = (value: string): void => {
    if (value === '' || this.values.includes(value)) return;
    // Longest first, so a secret that contains another is masked whole.
    this.values = [...this.values, value].sort((a, b) => b.length - a.length);
  };

  apply(text: string): string {
    let out = text;
    for (const v of this.values) out = out.split(v).join('<sensitive>');
    return out;
  }

  /** The same writer, masked. */
  wrap(write: (s: string) => void): (s: string) => void {
    return (s) => write(this.apply(s));
  }
}
