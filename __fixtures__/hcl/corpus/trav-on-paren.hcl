a = (var.x).y
