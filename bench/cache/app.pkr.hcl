# The README's example as an application image: packages first (apt-get update + install, the slow step), then the
# application's own small files last, the step that changes from one build to the next.
variable "run" {
  type    = string
  default = "0"
}
variable "last" {
  type    = string
  default = "0"
}

source "docker" "debian" {
  image  = "127.0.0.1:5000/debian:bookworm"
  commit = true
}

build {
  name    = "app"
  sources = ["source.docker.debian"]
  provisioner "shell" {
    environment_vars = ["DEBIAN_FRONTEND=noninteractive", "RUN=${var.run}"]
    inline           = ["apt-get update", "apt-get install -y redis-server", "echo $RUN > /etc/packages-run"]
  }
  provisioner "shell" {
    inline = ["mkdir -p /srv/app", "echo \"version ${var.last}\" > /srv/app/VERSION"]
  }
  post-processors {
    post-processor "docker-tag" {
      repository = "127.0.0.1:5000/bench-cache-app"
      tags       = ["latest"]
    }
    post-processor "docker-push" {}
  }
}
