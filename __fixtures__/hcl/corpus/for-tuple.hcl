a = [for x in var.l : upper(x)]
