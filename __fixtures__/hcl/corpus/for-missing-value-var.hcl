a = [for k, in var.l : x]
