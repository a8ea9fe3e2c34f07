source "docker" "x" {
  image  = "127.0.0.1:5000/busybox:latest"
  commit = true
}

build {
  sources = ["source.docker.x"]

  provisioner "shell" {
    inline       = ["true"]
    name         = null
    pause_before = ["1s"]
    max_retries  = 1.5
    timeout      = null
    only         = "docker.x"
    except       = [["docker.y"]]
  }

  provisioner "shell" {
    inline      = ["true"]
    max_retries = "x"
  }

  provisioner "shell" {
    inline            = ["true"]
    continue_on_error = "maybe"
  }

  provisioner "shell" {
    inline            = ["true"]
    continue_on_error = null
  }
}
