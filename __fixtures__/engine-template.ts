// The template most engine-level tests build: one committing docker source, one named build.

/** A template whose build "b" runs `body` (provisioner blocks) on docker source "a" from `base`, committed; `after` follows the build block. */
export function committingBuild(base: string, body: string, after = ''): string {
  return `source "docker" "a" {
  image  = "${base}"
  commit = true
}
build {
  name    = "b"
  sources = ["source.docker.a"]
${body}
}
${after}`;
}
