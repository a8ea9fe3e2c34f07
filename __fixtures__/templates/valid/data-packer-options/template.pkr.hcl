# The packer_* options are in the spec of Packer's own data sources too: accepted, and said to be ignored.
data "null" "tag" {
  input        = "edge"
  packer_debug = false
}

source "docker" "app" {
  image  = "127.0.0.1:5000/busybox:latest"
  commit = true
}

build {
  sources = ["source.docker.app"]

  post-processor "docker-tag" {
    repository = "127.0.0.1:5000/app"
    tags       = [data.null.tag.output]
  }
}
