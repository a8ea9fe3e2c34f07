source "docker" "y" {
  image   = "busybox"
  commit  = true
  discard = true
  changes = ["RUN apt-get update"]
}

build {
  sources = ["source.docker.y"]
}
