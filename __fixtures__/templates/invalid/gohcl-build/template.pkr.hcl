source "docker" "x" {
  image  = "127.0.0.1:5000/busybox:latest"
  commit = true
}

build {
  name        = ["x"]
  description = null
  sources     = ["source.docker.x", { name = "x" }]
}

build {
  sources = "source.docker.x"
}

build {
  sources = [null]
}

build {
  source "docker.x" {
    name = null
  }
}
