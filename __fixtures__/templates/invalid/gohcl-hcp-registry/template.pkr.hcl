hcp_packer_registry {
  bucket_name   = null
  labels        = ["a"]
  bucket_labels = { a = [1] }
  channels      = ["dev", null]
}

source "docker" "x" {
  image  = "127.0.0.1:5000/busybox:latest"
  commit = true
}

build {
  sources = ["source.docker.x"]
}
