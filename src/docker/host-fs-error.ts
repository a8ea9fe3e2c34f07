// Node's file system errors name the system call, not the file ("ENOSPC: no space left on device, write"): a user
// needs the path. This rewrites an errno error into one that says what failed where.
import { messageOf } from '../error-message.js';

/** `no space left on device (ENOSPC) while writing /out/big`; other errors unchanged. */
export function withPath(e: unknown, doing: string, path: string): Error {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  const text = messageOf(e);
  if (typeof code !== 'string' || !/^E[A-Z]+$/.test(code) || text.includes(path)) return e instanceof Error ? e : new Error(text);
  // "CODE: description, syscall 'path'" → the description.
  const description = text.replace(new RegExp(`^${code}: `), '').replace(/, \w+(?: '.*')?$/, '');
  return Object.assign(new Error(`${description} (${code}) while ${doing} ${path}`), { code });
}
