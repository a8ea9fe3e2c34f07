a = hello ${var.name}!"
