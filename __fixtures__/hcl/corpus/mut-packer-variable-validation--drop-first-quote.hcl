variable x" {
  type = string
  validation {
    condition     = length(var.x) > 4 && substr(var.x, 0, 4) == "ami-"
    error_message = "The x value must start with \"ami-\"."
  }
}
