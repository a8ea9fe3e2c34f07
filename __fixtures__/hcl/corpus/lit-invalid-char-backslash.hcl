a = \n
