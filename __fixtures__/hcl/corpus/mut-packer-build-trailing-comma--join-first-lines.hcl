build {   sources = [
    "source.docker.a",
    "source.docker.b",
  ]
}
