variable "described" {
  type        = string
  default     = "x"
  description = ["x"]
  sensitive   = "yes"
}

variable "nulls" {
  type        = string
  default     = "x"
  description = null
  sensitive   = null
}

variable "checked" {
  type    = string
  default = "abc"
  validation {
    condition     = length(var.checked) > 1
    error_message = "The value ${var.checked} is too short."
  }
  validation {
    condition     = length(var.checked) > 2
    error_message = "too short."
  }
  validation {
    condition     = length(var.checked) > 0
    error_message = ""
  }
}

variable "called" {
  type        = string
  default     = "x"
  description = upper("x")
}

local "secret" {
  expression = "s"
  sensitive  = 1
}

source "docker" "x" {
  image  = "127.0.0.1:5000/busybox:latest"
  commit = true
}

build {
  sources = ["source.docker.x"]
}
