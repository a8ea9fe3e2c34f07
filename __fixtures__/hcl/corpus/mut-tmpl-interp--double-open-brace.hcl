a = "hello ${{var.name}!"
