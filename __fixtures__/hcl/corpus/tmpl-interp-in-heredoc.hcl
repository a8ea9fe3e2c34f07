a = <<EOT
hello ${var.name}
EOT
