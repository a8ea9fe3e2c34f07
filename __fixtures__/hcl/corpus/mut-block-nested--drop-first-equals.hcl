build {
  sources  ["source.docker.ubuntu"]
  provisioner "shell" {
    inline = ["echo hi"]
  }
  post-processor "docker-tag" {
    repository = "x"
  }
}
