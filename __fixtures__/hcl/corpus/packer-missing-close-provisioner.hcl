build {
  provisioner "shell" {
    inline = ["x"]

  provisioner "shell" {
    inline = ["y"]
  }
}
