# The multi-platform benchmark's template: a busybox build with a CPU-bound step (slow under emulation), tagged and
# pushed. REPO is set by bench/multiplatform/run.sh.
variable "repo" {
  type = string
}

source "docker" "app" {
  image  = "127.0.0.1:5000/busybox-multi:latest"
  commit = true
}

build {
  sources = ["source.docker.app"]
  provisioner "shell" {
    inline = ["i=0; while [ $i -lt 150000 ]; do i=$((i+1)); done; uname -m > /built-on"]
  }
  post-processors {
    post-processor "docker-tag" {
      repository = var.repo
      tags       = ["bench"]
    }
    post-processor "docker-push" {}
  }
}
