// Multi-platform integration tests: the template they build, and what the plain-HTTP registry serves afterwards.
export const OCI_INDEX = 'application/vnd.oci.image.index.v1+json';
export const DOCKER_MANIFEST = 'application/vnd.docker.distribution.manifest.v2+json';

export interface MultiPlatformTemplate {
  source: string;
  image: string;
  repository: string;
  /** The docker-tag post-processor's list items, as HCL. */
  tags: string;
  /** HCL put before the source (variables). */
  head?: string;
  /** The docker-push post-processor's attributes, as HCL. */
  push?: string;
}

/** A template whose shell records the machine in /built-on, then tags the image and pushes it. */
export function multiPlatformTemplate(t: MultiPlatformTemplate): string {
  return `${t.head ?? ''}source "docker" "${t.source}" {
  image  = "${t.image}"
  commit = true
}
build {
  sources = ["source.docker.${t.source}"]
  provisioner "shell" {
    inline = ["uname -m > /built-on"]
  }
  post-processors {
    post-processor "docker-tag" {
      repository = "${t.repository}"
      tags       = [${t.tags}]
    }
    post-processor "docker-push" {${t.push ? `\n${t.push}\n    ` : ''}}
  }
}
`;
}

/** `host:port/name` as the registry's URL base for `name`. */
function v2(repository: string): string {
  const slash = repository.indexOf('/');
  return `http://${repository.slice(0, slash)}/v2/${repository.slice(slash + 1)}`;
}

/** The repository's tags on its plain-HTTP registry, sorted; none when the registry does not know it. */
export async function registryTags(repository: string): Promise<string[]> {
  const res = await fetch(`${v2(repository)}/tags/list`);
  if (res.status === 404) return [];
  return ((await res.json()) as { tags: string[] | null }).tags?.sort() ?? [];
}

/** What the plain-HTTP registry serves for `ref` (a tag or digest) of the repository, asked for with `accept`. */
export async function registryManifest(
  repository: string,
  ref: string,
  accept: string,
): Promise<{ status: number; digest: string | null; mediaType: string | null; body: string }> {
  const res = await fetch(`${v2(repository)}/manifests/${ref}`, { headers: { Accept: accept } });
  const body = await res.text();
  return { status: res.status, digest: res.headers.get('docker-content-digest'), mediaType: res.headers.get('content-type'), body };
}
