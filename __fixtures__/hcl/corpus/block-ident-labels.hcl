source docker ubuntu {
  image = "x"
}
