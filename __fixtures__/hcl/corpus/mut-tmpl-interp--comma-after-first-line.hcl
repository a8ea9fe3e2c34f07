a = "hello ${var.name}!",
