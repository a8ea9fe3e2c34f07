a = [for in var.l : x]
