// The message of anything thrown, as a user should see it: an Error's message (never its stack), else its text.
export function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** Anything thrown as an Error, for APIs that take one (stream.destroy). */
export function toError(e: unknown): Error {
  return e instanceof Error ? e : new Error(String(e));
}
