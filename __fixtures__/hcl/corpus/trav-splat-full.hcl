a = var.l[*].id
