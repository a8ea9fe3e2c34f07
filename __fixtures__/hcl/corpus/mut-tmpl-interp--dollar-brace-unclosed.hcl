a = "hello ${var.name!"
