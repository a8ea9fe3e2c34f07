a = [for i, x in var.l : x if i > 0]
