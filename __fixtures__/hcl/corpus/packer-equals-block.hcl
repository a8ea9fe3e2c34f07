build = {
  sources = []
}
