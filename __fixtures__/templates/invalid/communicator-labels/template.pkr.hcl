# The top-level communicator block still needs its two labels.
communicator "ssh" {
  ssh_username = "builder"
}

source "docker" "app" {
  image  = "127.0.0.1:5000/busybox:latest"
  commit = true
}

build {
  sources = ["source.docker.app"]
}
