data "amazon-ami" "x" {
  filters  {
    name = "ubuntu/*"
  }
  most_recent = true
}
