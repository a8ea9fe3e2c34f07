a = foo::bar
