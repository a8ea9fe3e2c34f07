// Glob matching for -only/-except and provisioner only/except: `*` any run of characters, `?` one character.
export function globMatch(pattern: string, name: string): boolean {
  const re = new RegExp(
    `^${pattern
      .replace(/[.+^${}()|[\]\\]/g, '\\$&')
      .replace(/\*/g, '.*')
      .replace(/\?/g, '.')}$`,
  );
  return re.test(name);
}

/** Packer's -only/-except rule: with `only`, a name must match one of them; with `except`, it must match none. */
export function selected(name: string, only: readonly string[], except: readonly string[]): boolean {
  if (only.length > 0 && !only.some((p) => globMatch(p, name))) return false;
  return !except.some((p) => globMatch(p, name));
}
