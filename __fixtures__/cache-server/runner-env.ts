// The variables through which a runner points @actions/cache at its service, kept and put back around a test file.

export const CACHE_ENV_KEYS = ['ACTIONS_CACHE_SERVICE_V2', 'ACTIONS_RESULTS_URL', 'ACTIONS_CACHE_URL', 'ACTIONS_RUNTIME_TOKEN', 'GITHUB_SERVER_URL', 'GITHUB_WORKSPACE'];

/** Keeps the cache variables as they are now; the function returned sets them back (unset where they were unset). */
export function keepCacheEnv(): () => void {
  const saved = Object.fromEntries(CACHE_ENV_KEYS.map((k) => [k, process.env[k]]));
  return () => {
    for (const k of CACHE_ENV_KEYS) {
      if (saved[k] === undefined) delete process.env[k];
      else process.env[k] = saved[k];
    }
  };
}
