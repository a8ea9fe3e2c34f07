a  "hello ${var.name}!"
