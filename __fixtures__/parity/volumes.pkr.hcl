# A host directory mounted with `volumes`: read and written by a provisioner; the mount point stays in the image.
variable "host_dir" {
  type = string
}

source "docker" "parity_volumes" {
  image   = "127.0.0.1:5000/busybox:latest"
  commit  = true
  volumes = { (var.host_dir) = "/mnt/host" }
}

build {
  sources = ["source.docker.parity_volumes"]

  provisioner "shell" {
    inline = ["cp /mnt/host/in.txt /from-volume.txt", "echo written-in-container > /mnt/host/out.txt"]
  }
}
