// Inputs of docker/build-push-action that workflows carry over when they switch to repack. The runner warns about
// any undeclared input in general terms; this names what repack does instead, so the value is not silently lost.
const EQUIVALENTS: Record<string, string> = {
  context: 'use "working-directory" (the template and the paths in it resolve from there)',
  file: 'use "template" (a .pkr.hcl file or a directory of them)',
  'build-args': 'use "variables" (name=value lines for the template\'s variables)',
  'build-contexts': 'upload files into the build with a "file" provisioner',
  platforms: 'set "platform" on the template\'s docker source, one source per platform',
  load: 'leave it out: the image is always in the local Docker engine after the build',
  target: 'use "only" to choose which builds run',
  pull: 'set "pull" on the template\'s docker source',
  secrets: 'declare the variable sensitive and pass it as env: PKR_VAR_<name>: ${{ secrets.X }}',
  'secret-envs': 'declare the variable sensitive and pass it as env: PKR_VAR_<name>',
  'secret-files': 'declare the variable sensitive and read the file into it with the file() function',
  outputs: 'use "push", or a docker-save post-processor for a tar file',
  provenance: 'pass the "digest" output to actions/attest-build-provenance',
  sbom: 'attest an SBOM with actions/attest-sbom using the "digest" output',
  builder: 'leave it out: repack builds with the Docker engine of DOCKER_HOST',
  'github-token': 'log in with docker/login-action before repack',
  annotations: 'use "labels"',
  network: 'set "run_command" on the template\'s docker source',
  'add-hosts': 'set "run_command" on the template\'s docker source',
  'shm-size': 'set "run_command" on the template\'s docker source',
  ulimit: 'set "run_command" on the template\'s docker source',
  ssh: 'no equivalent: the build container has no SSH agent forwarding',
};

/** One warning per carried-over input the environment sets that repack does not declare. */
export function carriedOverInputs(env: NodeJS.ProcessEnv, declared: readonly string[]): string[] {
  return Object.entries(EQUIVALENTS)
    .filter(([name]) => !declared.includes(name) && env[`INPUT_${name.toUpperCase()}`] !== undefined)
    .map(([name, hint]) => `Input "${name}" is docker/build-push-action's, not repack's, and is ignored: ${hint}.`);
}
