# Terraform's nullable is not in Packer's variable block schema.
variable "registry" {
  type     = string
  default  = "127.0.0.1:5000"
  nullable = false
}

source "docker" "app" {
  image  = "${var.registry}/busybox:latest"
  commit = true
}

build {
  sources = ["source.docker.app"]
}
