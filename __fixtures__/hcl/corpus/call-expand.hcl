a = max(var.l...)
