# The file provisioner: a file and a directory, with and without trailing slashes, into new and existing paths.
source "docker" "parity_file" {
  image  = "127.0.0.1:5000/busybox:latest"
  commit = true
}

build {
  sources = ["source.docker.parity_file"]

  provisioner "shell" {
    inline = ["mkdir -p /up/existing /up/existing-slash /up/into"]
  }

  provisioner "file" {
    source      = "files/hello.txt"
    destination = "/up/hello-renamed.txt"
  }

  provisioner "file" {
    source      = "files/hello.txt"
    destination = "/up/into/"
  }

  provisioner "file" {
    source      = "files/run.sh"
    destination = "/up/run.sh"
  }

  provisioner "file" {
    source      = "files/tree"
    destination = "/up/tree-new"
  }

  provisioner "file" {
    source      = "files/tree"
    destination = "/up/existing"
  }

  provisioner "file" {
    source      = "files/tree/"
    destination = "/up/contents-new"
  }

  provisioner "file" {
    source      = "files/tree/"
    destination = "/up/existing-slash/"
  }
}
