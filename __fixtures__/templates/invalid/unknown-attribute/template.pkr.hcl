source "docker" "x" {
  imag   = "127.0.0.1:5000/busybox:latest"
  commit = true
}

build {
  sources = ["source.docker.x"]
}
