source "docker" "x" {
  image  = "127.0.0.1:5000/busybox:latest"
  commit = true true
}
