variable "o" {   type = object({
    a = string
    b = optional(number, 3)
  })
}
