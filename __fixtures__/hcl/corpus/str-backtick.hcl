a = `hello`
