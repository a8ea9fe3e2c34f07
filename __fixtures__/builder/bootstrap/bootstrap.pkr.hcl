# The base image built from a Dockerfile (the docker source's build block), then provisioned and committed.
source "docker" "bootstrap" {
  commit = true
  build {
    path      = "context/Dockerfile"
    build_dir = "context"
    arguments = { GREETING = "hello from the build block" }
    pull      = false
  }
}

build {
  name    = "repack-bootstrap-itg"
  sources = ["source.docker.bootstrap"]

  provisioner "shell" {
    inline = ["cat /greeting /data.txt > /provisioned"]
  }
}
