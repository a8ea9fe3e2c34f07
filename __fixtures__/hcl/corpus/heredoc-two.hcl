a = <<A
one
A
b = <<B
two
B
