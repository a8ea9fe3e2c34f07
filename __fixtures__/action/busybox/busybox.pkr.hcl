# A small, fast build for the action harness: busybox from the local registry, one shell provisioner, tag and push.
variable "tag" {
  type = string
}

variable "password" {
  type      = string
  default   = ""
  sensitive = true
}

variable "sleep" {
  type    = number
  default = 0
}

source "docker" "x" {
  image  = "127.0.0.1:5000/busybox:latest"
  commit = true
}

build {
  sources = ["source.docker.x"]

  provisioner "shell" {
    inline = [
      "echo provisioning-started",
      "echo the password is ${var.password}",
      "sleep ${var.sleep}",
      "echo ${var.tag} > /built-tag",
    ]
  }

  post-processors {
    post-processor "docker-tag" {
      repository = "127.0.0.1:5000/action-test"
      tags       = [var.tag]
    }
    post-processor "docker-push" {}
  }
}
