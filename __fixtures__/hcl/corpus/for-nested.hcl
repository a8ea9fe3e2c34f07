a = [for x in var.l : [for y in x : y * 2]]
