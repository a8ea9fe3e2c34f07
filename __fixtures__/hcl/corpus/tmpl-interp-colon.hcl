a = "${var.x:-default}"
