a = { (var.k) = 1 }
