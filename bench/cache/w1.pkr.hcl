# w1 (the shared reference workload): shell, a 20 MB upload by the file provisioner, shell; 2 tags + push. The last
# step also writes var.last (as shell3's does), so a build can change only the last step.
variable "repository" {
  type    = string
  default = "127.0.0.1:5000/bench-cache-w1"
}

variable "greeting" {
  type    = string
  default = "hello world"
}

variable "last" {
  type    = string
  default = "0"
}

variable "payload" {
  type    = string
  default = "/tmp/payload.bin"
}

source "docker" "debian" {
  image   = "127.0.0.1:5000/debian:bookworm"
  commit  = true
  changes = ["ENV GREETING=\"${var.greeting}\"", "WORKDIR /srv", "CMD [\"sh\"]"]
}

build {
  name    = "w1"
  sources = ["source.docker.debian"]

  provisioner "shell" {
    environment_vars = ["FOO=${var.greeting}"]
    inline = [
      "mkdir -p /srv",
      "echo \"FOO is $FOO\" > /srv/example.txt",
      "for i in 1 2 3 4 5; do echo line $i >> /srv/lines.txt; done",
    ]
  }

  provisioner "file" {
    source      = var.payload
    destination = "/srv/payload.bin"
  }

  provisioner "shell" {
    inline = ["sha256sum /srv/payload.bin > /srv/payload.sha256", "echo ${var.last} > /srv/last.txt"]
  }

  post-processors {
    post-processor "docker-tag" {
      repository = var.repository
      tags       = ["a", "b"]
      force      = true
    }
    post-processor "docker-push" {}
  }
}
