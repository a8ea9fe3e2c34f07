a = <<EOF
ünïcödé 🎉
EOF
