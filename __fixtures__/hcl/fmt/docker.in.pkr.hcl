packer {
required_plugins {
docker = {
version = ">= 1.0.0"
source = "github.com/hashicorp/docker"
}
}
}

variable "image" {
    type = string
    default="ubuntu:24.04" # the base
    description    = "Base image" // shown by inspect
}

locals {
  tags = [for t in var.tags: upper(t) if t!=""]
  n = -1
  ok = !var.flag&&length(var.tags)>0
  m = {a=1, b=[1,2,3]}
  empty = {}
  s = "${ var.image }-x"
  idx = var.list[ 0 ].name
  call = format( "%s" , var.image )
}

source "docker" "ubuntu" {
  image = var.image
  commit = true
  changes = [
      "ENV A=1",
    "CMD [\"x\"]"
  ]
  run_command = ["-d", "-i", "-t", "--", "{{.Image}}"]
}


build {
  sources = ["source.docker.ubuntu"]
  provisioner "shell" {
    inline = [
    "echo hi",
    ]
    environment_vars = ["A=1"]
  }
  provisioner "shell" {
  inline = [<<-EOT
      echo one
        echo two
    EOT
  ]
  }
  post-processor "docker-tag" {repository = "x"}
}
