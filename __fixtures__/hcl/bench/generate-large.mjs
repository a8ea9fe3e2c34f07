// Writes large-5000.pkr.hcl: a realistic Packer template of about 5,000 lines (variables, locals, sources, builds
// with provisioners, heredocs, templates and for expressions), for the parser benchmark in docs/adr/0001.
import { writeFileSync } from 'node:fs';

const parts = [];
for (let i = 0; parts.join('\n').split('\n').length < 5000; i++) {
  parts.push(`variable "image_${i}" {
  type        = string
  default     = "ubuntu:22.04"
  description = "Base image number ${i}"
  validation {
    condition     = length(var.image_${i}) > 3 && can(regex("^[a-z]", var.image_${i}))
    error_message = "The image must start with a letter."
  }
}

locals {
  tags_${i} = { for k, v in { team = "infra", n = "${i}" } : k => upper(v) }
  name_${i} = "\${var.image_${i}}-\${formatdate("YYYYMMDD", timestamp())}"
}

source "docker" "img_${i}" {
  image   = var.image_${i}
  commit  = true
  changes = ["ENV N=${i}", "LABEL team=infra"]
}

build {
  name    = "build-${i}"
  sources = ["source.docker.img_${i}"]

  provisioner "shell" {
    environment_vars = ["N=${i}", "NAME=\${local.name_${i}}"]
    inline = [<<-EOS
      set -e
      %{ for t in ["a", "b"] ~}
      echo "\${t}-$\${HOME}"
      %{ endfor ~}
    EOS
    ]
  }

  post-processor "docker-tag" {
    repository = "repack/img-${i}"
    tags       = [for t in ["latest", "v${i}"] : t if t != ""]
  }
}
`);
}
writeFileSync(new URL('./large-5000.pkr.hcl', import.meta.url), parts.join('\n'));
