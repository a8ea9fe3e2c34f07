a = "${var.x var.y}"
