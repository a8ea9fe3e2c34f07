a = var.x.0.y
