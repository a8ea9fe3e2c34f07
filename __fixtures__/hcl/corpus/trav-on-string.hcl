a = "abc".x
