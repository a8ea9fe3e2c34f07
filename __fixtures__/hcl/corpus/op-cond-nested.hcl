a = var.a ? var.b ? 1 : 2 : 3
