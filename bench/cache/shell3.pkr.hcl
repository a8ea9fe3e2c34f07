# w1's work with shell steps only (no file provisioner): env + small files, a 20 MB payload, a hash of it.
variable "run" {
  type    = string
  default = "0"
}
variable "last" {
  type    = string
  default = "0"
}
variable "repository" {
  type    = string
  default = "127.0.0.1:5000/bench-cache"
}

source "docker" "debian" {
  image   = "127.0.0.1:5000/debian:bookworm"
  commit  = true
  changes = ["ENV GREETING=\"hello world\"", "WORKDIR /srv", "CMD [\"sh\"]"]
}

build {
  name    = "shell3"
  sources = ["source.docker.debian"]
  provisioner "shell" {
    environment_vars = ["FOO=hello world", "RUN=${var.run}"]
    inline           = ["mkdir -p /srv", "echo \"FOO is $FOO $RUN\" > /srv/example.txt", "for i in 1 2 3 4 5; do echo line $i >> /srv/lines.txt; done"]
  }
  provisioner "shell" {
    inline = ["head -c 20000000 /dev/urandom > /srv/payload.bin"]
  }
  provisioner "shell" {
    inline = ["sha256sum /srv/payload.bin > /srv/payload.sha256", "echo ${var.last} > /srv/last.txt"]
  }
  post-processors {
    post-processor "docker-tag" {
      repository = var.repository
      tags       = ["a", "b"]
    }
    post-processor "docker-push" {}
  }
}
