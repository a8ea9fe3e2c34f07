packer {
  required_plugins {
    docker = {
      version = ">= 2.0.0"
      source  = "github.com/hashicorp/docker"
    }
    amazon = {
      version = ">= 1.0.0"
      source  = "github.com/hashicorp/amazon"
    }
  }
}

source "docker" "y" {
  image   = "busybox"
  discard = true
}

build {
  sources = ["source.docker.y"]
}
