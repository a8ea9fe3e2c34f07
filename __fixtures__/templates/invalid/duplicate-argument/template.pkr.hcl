source "docker" "x" {
  image  = "127.0.0.1:5000/busybox:latest"
  commit = true
}

build {
  source "source.docker.x" {
    image   = "127.0.0.1:5000/debian:bookworm"
    changes = ["ENV FROM_BUILD=1"]
  }
}
