// The modules under mutation testing (docs/reliability.md, "Mutation score"): what users trust most. Each is run on
// its own (`npm run mutation -- <name>`), with its own incremental file, so a run covers one module within minutes.
// `tests` names the unit test files that own the module (all related unit tests when absent): a mutant of code that
// nearly every test passes through (positions) is judged by the tests written for it, not by the whole suite.
export const MODULES = {
  masking: {
    files: [
      'src/pipeline/secret-mask.ts',
      'src/action/log-stream.ts',
      'src/action/outputs.ts',
      'src/action/summary.ts',
      'src/action/report.ts',
      'src/pipeline/metadata.ts',
    ],
    tests: ['masking', 'action-runner', 'action-outputs', 'action-injection', 'action-report', 'action-log', 'pipeline-metadata'],
  },
  'cache-keys': {
    files: ['src/cache/key.ts', 'src/builders/docker/cache-keys.ts', 'src/plugin/host-digest.ts', 'src/plugin/digest-memo.ts'],
    tests: ['cache-key', 'host-digest', 'digest-memo', 'cache-chain'],
  },
  'cache-backends': {
    files: ['src/cache/local.ts', 'src/cache/registry.ts', 'src/cache/gha.ts', 'src/cache/chain.ts'],
    tests: ['cache-local', 'cache-registry', 'cache-chain', 'cache-private-keys', 'cache-gha-env', 'cache-gha-client'],
  },
  variables: { files: ['src/config/variables.ts'], tests: ['config-variables', 'config-variables-values'] },
  plan: {
    files: ['src/pipeline/plan.ts'],
    tests: ['pipeline-selection', 'pipeline-units', 'provisioner-override', 'post-processor-chains'],
  },
  chains: { files: ['src/pipeline/chains.ts', 'src/pipeline/glob.ts'], tests: ['post-processor-chains', 'pipeline-selection', 'pipeline-units'] },
  'runner-protocol': { files: ['src/action/workflow-commands.ts'], tests: ['action-runner', 'action-main', 'action-post'] },
  'push-digest': {
    files: ['src/docker/push-digest.ts', 'src/post-processors/docker-push.ts'],
    tests: ['push-digest', 'post-processor-docker-push', 'push-verify', 'docker-streams', 'pipeline-run', 'credentials-login'],
  },
  positions: {
    files: ['src/hcl/position.ts', 'src/hcl/diagnostics.ts', 'src/hcl/syntax/start-range.ts'],
    tests: ['hcl-positions', 'hcl-parser', 'config-invalid', 'hcl-start-range'],
  },
  'functions-datetime': {
    files: ['src/hcl/functions/datetime.ts', 'src/hcl/functions/time-parse.ts'],
    tests: ['hcl-functions', 'hcl-oracle', 'hcl-datetime', 'hcl-legacy-time'],
  },
  'functions-ipnet': { files: ['src/hcl/functions/ipnet.ts'], tests: ['hcl-functions', 'hcl-oracle', 'hcl-ipnet'] },
  'functions-numeric': {
    files: ['src/hcl/functions/numeric.ts', 'src/hcl/functions/conversion.ts'],
    tests: ['hcl-functions', 'hcl-oracle', 'hcl-numeric', 'hcl-numbers', 'hcl-arguments'],
  },
  'functions-string': {
    files: ['src/hcl/functions/string.ts', 'src/hcl/functions/format-verbs.ts', 'src/hcl/functions/regex.ts'],
    tests: ['hcl-functions', 'hcl-oracle', 'hcl-format-verbs', 'hcl-string-edges', 'hcl-strings', 'hcl-regex'],
  },
  'functions-collection': {
    files: ['src/hcl/functions/collection.ts'],
    tests: ['hcl-functions', 'hcl-oracle', 'hcl-collection-edges', 'hcl-collections', 'hcl-arguments'],
  },
  'functions-encoding': {
    files: ['src/hcl/functions/encoding.ts', 'src/hcl/functions/json.ts', 'src/hcl/functions/hash.ts', 'src/hcl/functions/bcrypt.ts'],
    tests: ['hcl-functions', 'hcl-oracle', 'hcl-encoding-edges', 'hcl-text-encoding', 'hcl-arguments'],
  },
  'functions-filesystem': {
    files: ['src/hcl/functions/filesystem.ts', 'src/hcl/functions/glob.ts', 'src/hcl/functions/helpers.ts'],
    tests: ['hcl-functions', 'hcl-oracle', 'hcl-fileset'],
  },
};

export const REPORT_DIR = 'reports/mutation';
