a = join(",", var.l)
