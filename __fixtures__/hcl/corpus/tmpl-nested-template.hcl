a = "${"inner ${var.x}"}"
