source "docker" "x" {
  image  = "127.0.0.1:5000/busybox:latest"
  commit = true
}

build {
  sources = ["source.docker.x"]

  dynamic "provisioner" {
    for_each = ["one", "two", "three"]
    content {
      inline = ["echo ${provisioner.value}"]
    }
  }
}
