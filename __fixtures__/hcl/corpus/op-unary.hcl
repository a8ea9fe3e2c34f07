a = -var.x
b = !var.y
c = - - 1
