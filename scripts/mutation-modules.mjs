// The modules under mutation testing (docs/reliability.md, "Mutation score"): what users trust most. Each is run on
// its own (`npm run mutation -- <name>`), with its own incremental file, so a run covers one module within minutes.
export const MODULES = {
  masking: ['src/cli/mask.ts', 'src/action/outputs.ts', 'src/action/summary.ts', 'src/action/report.ts', 'src/pipeline/metadata.ts'],
  'cache-keys': ['src/cache/key.ts', 'src/provisioners/host-digest.ts', 'src/provisioners/digest-memo.ts'],
  'cache-backends': ['src/cache/local.ts', 'src/cache/registry.ts', 'src/cache/gha.ts', 'src/cache/chain.ts'],
  variables: ['src/config/variables.ts'],
  'plan-chains': ['src/pipeline/plan.ts', 'src/pipeline/chains.ts', 'src/pipeline/glob.ts'],
  'runner-protocol': ['src/action/runner.ts'],
  'push-digest': ['src/docker/push-digest.ts', 'src/post-processors/docker-push.ts'],
  positions: ['src/hcl/position.ts', 'src/hcl/diagnostics.ts'],
  'functions-datetime': ['src/hcl/functions/datetime.ts', 'src/hcl/functions/time-parse.ts'],
  'functions-ipnet': ['src/hcl/functions/ipnet.ts'],
  'functions-numeric': ['src/hcl/functions/numeric.ts', 'src/hcl/functions/conversion.ts'],
  'functions-string': ['src/hcl/functions/string.ts', 'src/hcl/functions/format-verbs.ts', 'src/hcl/functions/regex.ts'],
  'functions-collection': ['src/hcl/functions/collection.ts'],
  'functions-encoding': ['src/hcl/functions/encoding.ts', 'src/hcl/functions/json.ts', 'src/hcl/functions/hash.ts', 'src/hcl/functions/bcrypt.ts'],
  'functions-filesystem': ['src/hcl/functions/filesystem.ts', 'src/hcl/functions/glob.ts', 'src/hcl/functions/helpers.ts'],
};

export const REPORT_DIR = 'reports/mutation';
