/* one */
a = /* inline */ 1
