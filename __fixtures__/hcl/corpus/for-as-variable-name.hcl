a = [for, in]
