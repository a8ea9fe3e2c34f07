a = <<-EOT
  %{ if true ~}
    kept
  %{ endif ~}
  end
  EOT
