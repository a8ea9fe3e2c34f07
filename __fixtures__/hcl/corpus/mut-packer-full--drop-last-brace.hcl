packer {
  required_plugins {
    docker = {
      version = ">= 1.0.8"
      source  = "github.com/hashicorp/docker"
    }
  }
}

variable "image" {
  type    = string
  default = "ubuntu:22.04"
}

variable "tags" {
  type = list(string)
  default = ["a", "b"]
}

locals {
  timestamp = regex_replace(timestamp(), "[- TZ:]", "")
  name      = "${var.image}-${local.timestamp}"
}

source "docker" "ubuntu" {
  image  = var.image
  commit = true
  changes = [
    "ENV FOO=bar",
    "ENTRYPOINT [\"/bin/sh\"]",
  ]
}

build {
  name    = "learn-packer"
  sources = ["source.docker.ubuntu"]

  provisioner "shell" {
    environment_vars = ["FOO=hello world"]
    inline = [
      "echo Adding file to Docker Container",
      "echo \"FOO is $FOO\" > example.txt",
    ]
  }

  provisioner "file" {
    source      = "a.txt"
    destination = "/tmp/a.txt"
  }

  provisioner "shell" {
    inline = ["echo done"]
  }

  post-processors {
    post-processor "docker-tag" {
      repository = "repack/test"
      tags       = var.tags
      only       = ["docker.ubuntu"]
    }
  }

