a = <<-EOF
    a

    b
  EOF
