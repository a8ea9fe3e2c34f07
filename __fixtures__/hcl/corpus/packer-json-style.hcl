source "docker" "x" {
  "image": "ubuntu"
}
