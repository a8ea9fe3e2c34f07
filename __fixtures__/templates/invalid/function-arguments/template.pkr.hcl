# Function arguments are blamed where Packer (HCL) points: inside a string's quotes, on a heredoc's first line, at
# a tuple's bracket, where a condition starts; a null object key at the item's value; a failed try at its name.
locals {
  quoted      = abs("x")
  empty       = parseint("", 10)
  interpolated = upper("a", "b-${"c"}")
  heredoc = abs(<<-EOT
    text
    EOT
  )
  directive   = abs("%{if true}x%{endif}")
  tuple       = abs([1])
  conditional = abs("a" == "b" ? "x" : "y")
  key         = { (null) = "x" }
  tried       = try(abs("y"))
}

source "docker" "x" {
  image  = "127.0.0.1:5000/busybox:latest"
  commit = true
}

build {
  sources = ["source.docker.x"]
}
