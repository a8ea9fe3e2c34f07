a = "${var.x}"
