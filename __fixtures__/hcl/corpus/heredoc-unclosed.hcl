a = <<EOF
hello
