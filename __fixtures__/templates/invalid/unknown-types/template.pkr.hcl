source "amazon-ebs" "x" {
  ami_name = "x"
}

source "docker" "y" {
  image   = "busybox"
  discard = true
}

build {
  sources = ["source.docker.y", "source.docker.z"]

  provisioner "shel" {
    inline = ["true"]
  }

  post-processor "docker-tagg" {
    repository = "x"
  }
}
