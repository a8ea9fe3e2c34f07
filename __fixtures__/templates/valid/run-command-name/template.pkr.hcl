# A named build container (docker run --name) and a string "true" for a bool, as real templates write them.
variable "release" {
  type    = string
  default = "2.1.0"
}

source "docker" "x86" {
  image       = "127.0.0.1:5000/busybox:latest"
  commit      = "true"
  platform    = "linux/amd64"
  run_command = ["-d", "-i", "-t", "--name", "docs-builder", "{{.Image}}", "/bin/sh"]
  changes     = ["ENV DOC_VERSION ${var.release}"]
}

build {
  sources = ["source.docker.x86"]

  provisioner "shell" {
    inline = ["mkdir -p /srv/docs"]
  }

  post-processor "docker-tag" {
    repository = "127.0.0.1:5000/docs"
    tags       = [source.name, var.release]
  }
}
