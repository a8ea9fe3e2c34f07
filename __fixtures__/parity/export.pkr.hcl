# export_path: the container's filesystem as a tar.
source "docker" "parity_export" {
  image       = "127.0.0.1:5000/busybox:latest"
  export_path = "image.tar"
}

build {
  sources = ["source.docker.parity_export"]

  provisioner "shell" {
    inline = ["mkdir -p /exported", "echo exported > /exported/file.txt", "chmod 600 /exported/file.txt"]
  }
}
