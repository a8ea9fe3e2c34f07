import module from 'node:module';
import os from 'node:os';
import path from 'node:path';

try {
  module.enableCompileCache?.(path.join(process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'repack', 'node-compile-cache'));
} catch {
  // No home directory: no cache.
}
await import('./post.bundle.js');
