a = var.x[0]["k"][var.i],
