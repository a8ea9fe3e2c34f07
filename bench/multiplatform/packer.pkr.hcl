# The packer peer of app.pkr.hcl for bench/multiplatform/run.sh: the same step, as a Packer 1.6.6 user builds two
# platforms — its docker builder has no `platform` attribute, so one source per platform, each from the base index's
# manifest of that platform (IMAGES, looked up by run.sh) and run with --platform; each pushed under its own tag.
# The index is then made by `docker manifest create`/`push` (run.sh).
variable "repo" {
  type = string
}
variable "images" {
  type = map(string)
}

source "docker" "amd64" {
  image       = var.images["amd64"]
  commit      = true
  run_command = ["-d", "-i", "-t", "--platform", "linux/amd64", "--entrypoint=/bin/sh", "--", "{{.Image}}"]
}

source "docker" "arm64" {
  image       = var.images["arm64"]
  commit      = true
  run_command = ["-d", "-i", "-t", "--platform", "linux/arm64", "--entrypoint=/bin/sh", "--", "{{.Image}}"]
}

build {
  sources = ["source.docker.amd64", "source.docker.arm64"]
  provisioner "shell" {
    inline = ["i=0; while [ $i -lt 150000 ]; do i=$((i+1)); done; uname -m > /built-on"]
  }
  post-processors {
    post-processor "docker-tag" {
      repository = var.repo
      tags       = ["bench-${source.name}"]
    }
    post-processor "docker-push" {}
  }
}
