# exec_user and fix_upload_owner: uploads belong to the user the container runs as (its Config.User, as Packer reads
# it), not to exec_user. (A shell provisioner as a non-root exec_user fails in Packer 1.6.6 — its script upload is
# not readable — so only file uploads are compared here; docs/builders/docker.md.)
source "docker" "parity_exec_user" {
  image       = "127.0.0.1:5000/busybox:latest"
  commit      = true
  run_command = ["-d", "-i", "-t", "-u", "65534:65534", "--entrypoint=/bin/sh", "--", "{{.Image}}"]
  exec_user   = "65534:65534"
}

build {
  sources = ["source.docker.parity_exec_user"]

  provisioner "file" {
    source      = "files/hello.txt"
    destination = "/tmp/hello.txt"
  }

  provisioner "file" {
    source      = "files/tree"
    destination = "/tmp/tree"
  }
}

# The container runs as root, provisioners as 65534: uploads stay root's (the container's user).
source "docker" "parity_exec_user_root_container" {
  image     = "127.0.0.1:5000/busybox:latest"
  commit    = true
  exec_user = "65534"
}

source "docker" "parity_exec_user_no_fix" {
  image            = "127.0.0.1:5000/busybox:latest"
  commit           = true
  exec_user        = "65534"
  fix_upload_owner = false
}

build {
  sources = ["source.docker.parity_exec_user_root_container", "source.docker.parity_exec_user_no_fix"]

  provisioner "file" {
    source      = "files/hello.txt"
    destination = "/tmp/hello.txt"
  }

  provisioner "file" {
    source      = "files/tree/"
    destination = "/tmp/tree"
  }
}
