a = <<EOF
hello
  EOF
