café = 1
naïve = "ü"
