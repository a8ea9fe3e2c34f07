# one
a = 1 # two
