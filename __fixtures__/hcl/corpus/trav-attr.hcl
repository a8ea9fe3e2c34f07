a = var.x.y.z
