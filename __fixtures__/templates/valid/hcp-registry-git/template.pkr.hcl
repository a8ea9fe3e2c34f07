packer {
  required_version = ">= 1.14.0, < 2.0.0"
}

data "git-commit" "head" {}

data "git-repository" "cwd" {}

locals {
  short_sha = substr(data.git-commit.head.hash, 0, 8)
}

hcp_packer_registry {
  bucket_name = "app-images"
  description = "Images of the app, at ${local.short_sha}"
  bucket_labels = {
    "team" = "platform"
  }
  build_labels = {
    "git-sha"   = data.git-commit.head.hash
    "git-clean" = tostring(data.git-repository.cwd.is_clean)
  }
}

source "docker" "app" {
  image  = "127.0.0.1:5000/busybox:latest"
  commit = true
}

build {
  sources = ["source.docker.app"]

  post-processor "docker-tag" {
    repository = "127.0.0.1:5000/fixture-app"
    tags       = [local.short_sha]
  }
}
