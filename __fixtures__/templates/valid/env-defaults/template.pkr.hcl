# A CI validate job without secrets: the registry, user and token come from unset environment variables.
variable "registry" {
  type    = string
  default = env("REPACK_FIXTURE_REGISTRY")
}

variable "registry_user" {
  type    = string
  default = env("REPACK_FIXTURE_USER")
}

variable "registry_token" {
  type      = string
  default   = env("REPACK_FIXTURE_TOKEN")
  sensitive = true
}

variables {
  home_known = env("REPACK_FIXTURE_HOME") != ""
}

source "docker" "app" {
  image  = "127.0.0.1:5000/busybox:latest"
  commit = true
}

build {
  sources = ["source.docker.app"]

  post-processors {
    post-processor "docker-tag" {
      repository = "${var.registry}/app"
      tags       = ["1"]
    }
    post-processor "docker-push" {
      login          = true
      login_server   = var.registry
      login_username = var.registry_user
      login_password = var.registry_token
    }
  }
}
