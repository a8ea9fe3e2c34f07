a = { "with space" = 1, "dots.ok" = 2 }
