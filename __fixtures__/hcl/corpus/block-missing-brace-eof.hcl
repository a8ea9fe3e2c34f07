build {
  a = 1
