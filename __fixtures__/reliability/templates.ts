// Template text for the reliability scenarios: one busybox source, a list of provisioners, optional tag/push.
export interface TemplateOptions {
  image: string;
  provisioners?: string;
  /** "repo:tag" → docker-tag (+ docker-push when `push`). */
  tag?: string;
  push?: boolean;
  extra?: string;
  variables?: string;
}

export function shellProvisioner(lines: string[], attrs = ''): string {
  return `  provisioner "shell" {\n    inline = ${JSON.stringify(lines)}\n    ${attrs}\n  }\n`;
}

export function template(o: TemplateOptions): string {
  let post = '';
  if (o.tag) {
    const colon = o.tag.lastIndexOf(':');
    post = `  post-processors {
    post-processor "docker-tag" {
      repository = "${o.tag.slice(0, colon)}"
      tags       = ["${o.tag.slice(colon + 1)}"]
    }
${o.push ? '    post-processor "docker-push" {}\n' : ''}  }
`;
  }
  return `${o.variables ?? ''}
source "docker" "b" {
  image  = "${o.image}"
  commit = true
  ${o.extra ?? ''}
}
build {
  name    = "rel"
  sources = ["source.docker.b"]
${o.provisioners ?? ''}${post}}
`;
}
