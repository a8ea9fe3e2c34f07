variable "count" {
  type    = number
  default = "many"
}

variable "image" {
  type = string
}

variable "image" {
  type = string
}

source "docker" "y" {
  image  = var.nope
  commit = true
}

build {
  sources = ["source.docker.y"]
}
