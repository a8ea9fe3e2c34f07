a = tab\t nl\n cr\r quote\" back\\"
