/*
  many
  lines
*/
a = 1
