a = var.l.*.id
