a = "%{ if true }x%{ endif now }"
