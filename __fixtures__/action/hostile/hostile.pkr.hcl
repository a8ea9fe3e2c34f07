# A build whose base image comes from a variable: the hostile-registry and step-header tests point it at a registry
# that answers with crafted errors.
variable "image" {
  type = string
}

variable "password" {
  type      = string
  default   = ""
  sensitive = true
}

source "docker" "x" {
  image  = var.image
  commit = true
}

build {
  sources = ["source.docker.x"]

  provisioner "shell" {
    inline = ["echo the password is ${var.password}"]
  }
}
