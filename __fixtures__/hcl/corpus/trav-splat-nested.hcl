a = var.l.*.x.*
