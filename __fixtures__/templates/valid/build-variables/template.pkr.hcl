variable "build_name" {
  type    = string
  default = "images"
}

variable "builder_type" {
  type    = string
  default = "docker"
}

variable "sources_enabled" {
  type    = list(string)
  default = ["source.docker.amd64", "source.docker.arm64.extra-part"]
}

locals {
  with_debug = false
}

source "docker" "amd64" {
  image    = "127.0.0.1:5000/busybox:latest"
  platform = "linux/amd64"
  commit   = true
}

source "docker" "arm64" {
  image  = "127.0.0.1:5000/busybox:latest"
  commit = true
}

build {
  name        = var.build_name
  description = "Built by ${var.builder_type}"
  sources     = var.sources_enabled
}

build {
  name    = "single-${var.builder_type}"
  sources = ["source.${var.builder_type}.amd64"]
}

build {
  name    = "compacted"
  sources = compact(["source.docker.arm64", local.with_debug ? "source.docker.debug" : ""])
}

build {
  name = "renamed"
  source "source.docker.amd64.ignored" {
    name    = "renamed-amd64"
    changes = ["ENV RENAMED=1"]
  }
}
