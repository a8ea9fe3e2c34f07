a = {for x in var.l : x.k => x.v... if x.ok}
