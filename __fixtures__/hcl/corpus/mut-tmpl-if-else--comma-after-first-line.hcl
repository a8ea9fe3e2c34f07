a = "%{ if var.x }yes%{ else }no%{ endif }",
