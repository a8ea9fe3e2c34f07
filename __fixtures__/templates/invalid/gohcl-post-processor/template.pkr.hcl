source "docker" "x" {
  image  = "127.0.0.1:5000/busybox:latest"
  commit = true
}

build {
  sources = ["source.docker.x"]

  post-processor "docker-tag" {
    repository          = "x/y"
    name                = {}
    only                = { a = "docker.x" }
    keep_input_artifact = "no"
  }

  post-processor "docker-tag" {
    repository          = "x/z"
    except              = "docker.y"
    keep_input_artifact = 0
  }

  post-processor "docker-tag" {
    repository = "x/w"
    only       = ["docker.other"]
    name       = []
  }
}
