variable "replicas" {
  type = number
}

source "docker" "x" {
  image   = "127.0.0.1:5000/busybox:latest"
  discard = true
}

build {
  sources = ["source.docker.x"]
}
