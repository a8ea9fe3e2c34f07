a = <<EOF
EOF is not here: EOF x
EOF
