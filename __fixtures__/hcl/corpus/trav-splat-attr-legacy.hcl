a = var.l.*.ids.0
