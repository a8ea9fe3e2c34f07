a = <<EOF
x
EOF
b = 1
