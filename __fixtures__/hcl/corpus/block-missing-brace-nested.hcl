build {
  provisioner "shell" {
    inline = []
}
