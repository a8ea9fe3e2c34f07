# The shell provisioner: inline, script, scripts, environment_vars (quoting), execute_command, inline_shebang.
source "docker" "parity_shell" {
  image  = "127.0.0.1:5000/busybox:latest"
  commit = true
}

build {
  sources = ["source.docker.parity_shell"]

  provisioner "shell" {
    environment_vars = ["A=1", "SPACED=a b  c", "QUOTED=it's \"q\" $HOME `x`", "EMPTY="]
    inline           = ["env | grep -E '^(A|SPACED|QUOTED|EMPTY|PACKER_BUILD_NAME|PACKER_BUILDER_TYPE)=' | sort > /shell-env"]
  }

  provisioner "shell" {
    environment_vars = ["FROM_SCRIPT=yes"]
    script           = "scripts/script.sh"
  }

  provisioner "shell" {
    scripts = ["scripts/script.sh", "scripts/second.sh"]
  }

  provisioner "shell" {
    environment_vars = ["EC=on"]
    execute_command  = "chmod +x {{.Path}}; {{.Vars}} /bin/sh {{.Path}} first-arg"
    inline           = ["echo \"$EC $1\" > /execute-command"]
  }

  provisioner "shell" {
    inline_shebang = "/bin/sh -eu"
    inline         = ["echo shebang > /inline-shebang"]
  }
}
