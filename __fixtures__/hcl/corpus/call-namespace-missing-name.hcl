a = foo::(1)
