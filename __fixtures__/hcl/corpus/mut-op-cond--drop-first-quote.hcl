a = var.x ? y" : "n"
