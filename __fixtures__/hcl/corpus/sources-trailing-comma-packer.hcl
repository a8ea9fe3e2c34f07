build {
  name = "x"
  sources = ["source.docker.ubuntu"],
}
