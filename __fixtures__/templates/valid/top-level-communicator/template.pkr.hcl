# Packer's file schema has a top-level communicator block that nothing reads: it is accepted and has no effect.
communicator "ssh" "shared" {
  ssh_username = "builder"
  ssh_timeout  = "5m"
}

source "docker" "app" {
  image  = "127.0.0.1:5000/busybox:latest"
  commit = true
}

build {
  sources = ["source.docker.app"]
}
