build {}
