a = <<EOF 
x
EOF
