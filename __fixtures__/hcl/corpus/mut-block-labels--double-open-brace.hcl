source "docker" "ubuntu" {{
  image = "ubuntu:22.04"
  commit = true
}
