# repack as a container image, built by repack itself (docs/install.md): Debian slim with node 24 and the bundled CLI,
# running as the unprivileged user "repack". Build it from the repository's root, after `npm run bundle`:
#   repack build -var version=1.2.3 -var repository=ghcr.io/owner/repack images/repack.pkr.hcl
packer {
  required_version = ">= 1.7.0"
  required_plugins {
    docker = {
      version = ">= 1.0.0"
      source  = "github.com/hashicorp/docker"
    }
  }
}

variable "base_image" {
  type        = string
  default     = "node:24-bookworm-slim"
  description = "An image with node 24 in its PATH."
}

variable "version" {
  type        = string
  default     = "dev"
  description = "repack's version: the image is tagged with it, and X.Y and X when it is X.Y.Z."
}

variable "repository" {
  type        = string
  default     = "repack"
  description = "Where the image is tagged (and pushed, with a registry in the name)."
}

variable "source" {
  type        = string
  default     = ""
  description = "The repository's address, for the org.opencontainers.image.source label."
}

locals {
  parts = split(".", var.version)
  tags  = distinct([var.version, join(".", slice(local.parts, 0, min(2, length(local.parts)))), local.parts[0]])
}

source "docker" "repack" {
  image  = var.base_image
  commit = true
  changes = [
    "USER repack",
    "WORKDIR /src",
    "ENTRYPOINT [\"repack\"]",
    "CMD [\"-help\"]",
    "LABEL org.opencontainers.image.title=repack",
    "LABEL org.opencontainers.image.description=\"Build Docker images from Packer HCL2 templates\"",
    "LABEL org.opencontainers.image.version=${var.version}",
    "LABEL org.opencontainers.image.licenses=MIT",
    "LABEL org.opencontainers.image.source=${var.source}",
  ]
}

build {
  sources = ["source.docker.repack"]

  provisioner "shell" {
    inline = [
      "set -e",
      "mkdir -p /opt/repack /src",
      "useradd --uid 10001 --user-group --create-home --shell /usr/sbin/nologin repack",
      "chown repack:repack /src",
    ]
  }

  # The CLI is dist/cli/ and the chunks it shares with the action (dist/chunks/); the action's own files and the
  # chunks only it loads (listed in dist/chunks/.npmignore) are removed.
  provisioner "file" {
    source      = "dist/"
    destination = "/opt/repack"
  }

  provisioner "shell" {
    inline = [
      "set -e",
      "cd /opt/repack && rm -f index.js post.js index.bundle.js post.bundle.js && grep '[.]js$' chunks/.npmignore | sed 's|^|chunks/|' | xargs -r rm -f",
      "chown -R root:root /opt/repack",
      "chmod -R a+rX,go-w /opt/repack",
      "chmod 0755 /opt/repack/cli/index.js",
      "ln -sf /opt/repack/cli/index.js /usr/local/bin/repack",
      "repack version",
    ]
  }

  post-processors {
    post-processor "docker-tag" {
      repository = lower(var.repository)
      tags       = local.tags
    }
    post-processor "docker-push" {}
  }
}
