packer {
  required_version = ">= 1.17.0"
}

variable "from_function" {
  default = upper("x")
}

variable "from_variable" {
  default = var.from_function
}

source "amazon-ebs" "vm" {
  ami_name = "x"
}

source "docker" "x" {
  image  = "127.0.0.1:5000/busybox:latest"
  commit = true
}

build {
  sources = ["source.amazon-ebs.vm"]
}

build {
  sources = ["not-a-reference"]
}

build {
  source "docker.x" {
    name = var.from_variable
  }
}
