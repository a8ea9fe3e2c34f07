a = upper ("x")
