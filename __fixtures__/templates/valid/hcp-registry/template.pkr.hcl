packer {
  required_version = ">= 1.14.0, < 2.0.0"
}

variable "version" {
  type    = string
  default = "1.2.3"
}

data "null" "short" {
  input = substr(sha256(var.version), 0, 8)
}

hcp_packer_registry {
  bucket_name = "app-images"
  description = "Images of the app, at ${data.null.short.output}"
  bucket_labels = {
    "team" = "platform"
  }
  build_labels = {
    "version"     = var.version
    "packer"      = packer.version
    "build-time"  = timestamp()
    "from-source" = basename(path.cwd)
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
    tags       = [data.null.short.output]
  }
}
