a = "hello ${var.name}!"
