# The action with `platforms`: busybox for linux/amd64 and linux/arm64 (dev-env's busybox-multi index), pushed as one
# image index.
variable "tag" {
  type = string
}

source "docker" "mp" {
  image  = "127.0.0.1:5000/busybox-multi:latest"
  commit = true
}

build {
  sources = ["source.docker.mp"]

  provisioner "shell" {
    inline = ["uname -m > /built-on"]
  }

  post-processors {
    post-processor "docker-tag" {
      repository = "127.0.0.1:5000/action-test-multiplatform"
      tags       = [var.tag]
    }
    post-processor "docker-push" {}
  }
}
