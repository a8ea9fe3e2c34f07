foo-bar = 1
foo_baz-2 = 2
