# run_command variants: env, workdir, user, labels, a combined short flag, no "--", no entrypoint override.
source "docker" "parity_rc_flags" {
  image       = "127.0.0.1:5000/busybox:latest"
  commit      = true
  run_command = ["-d", "-i", "-t", "-e", "RC_A=1", "--env=RC_B=two words", "-w", "/tmp", "--label", "rc.label=yes", "-u", "0:0", "--entrypoint=/bin/sh", "--", "{{.Image}}"]
}

source "docker" "parity_rc_combined" {
  image       = "127.0.0.1:5000/busybox:latest"
  commit      = true
  run_command = ["-dit", "--entrypoint", "/bin/sh", "{{.Image}}"]
}

source "docker" "parity_rc_cmd" {
  image       = "127.0.0.1:5000/busybox:latest"
  commit      = true
  run_command = ["-d", "-i", "-t", "--", "{{.Image}}", "/bin/sh"]
}

build {
  sources = ["source.docker.parity_rc_flags", "source.docker.parity_rc_combined", "source.docker.parity_rc_cmd"]

  provisioner "shell" {
    inline = ["env | grep '^RC_' | sort > /rc-env", "pwd > /rc-pwd", "id -u > /rc-uid"]
  }
}
