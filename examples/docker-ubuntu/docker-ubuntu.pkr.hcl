packer {
  required_plugins {
    docker = {
      version = ">= 1.0.0"
      source  = "github.com/hashicorp/docker"
    }
  }
}

variable "base_image" {
  type        = string
  default     = "127.0.0.1:5000/debian:bookworm"
  description = "The image to start from: the local registry's Debian bookworm by default."
}

variable "repository" {
  type        = string
  default     = "127.0.0.1:5000/docker-example"
  description = "Where the image is tagged and pushed."
}

variable "tag" {
  type    = string
  default = "0.6"
}

source "docker" "ubuntu" {
  image  = var.base_image
  commit = true
}

build {
  name    = "docker-example"
  sources = ["source.docker.ubuntu"]

  provisioner "shell" {
    environment_vars = [
      "FOO=hello world",
      "DEBIAN_FRONTEND=noninteractive",
    ]
    inline = [
      "echo Adding file to Docker Container",
      "apt-get update",
      "apt-get install -y redis-server",
      "echo \"FOO is $FOO\" > example.txt",
    ]
  }

  post-processors {
    post-processor "docker-tag" {
      repository = var.repository
      tags       = [var.tag]
    }
    post-processor "docker-push" {}
  }
}
