# privileged = true: every capability, mounts allowed. (Where the engine itself may not grant them — an
# unprivileged sandbox — both tools fail the same way when starting the container.)
source "docker" "parity_privileged" {
  image      = "127.0.0.1:5000/busybox:latest"
  commit     = true
  privileged = true
}

build {
  sources = ["source.docker.parity_privileged"]

  provisioner "shell" {
    inline = ["grep CapEff /proc/self/status > /capeff", "mkdir /m", "mount -t tmpfs none /m", "touch /m/x", "umount /m", "echo mounted > /priv"]
  }
}
