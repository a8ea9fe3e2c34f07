a = <<EOF
EOF
