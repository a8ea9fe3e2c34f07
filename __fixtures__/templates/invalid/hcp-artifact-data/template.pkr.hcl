# A child image built on a parent published to HCP Packer: the data source needs HCP and is reported once, at its
# type; where its output is used, nothing more is said.
data "hcp-packer-artifact" "parent" {
  bucket_name  = "hardened-base"
  channel_name = "production"
  platform     = "docker"
  region       = "docker"
}

source "docker" "child" {
  image  = data.hcp-packer-artifact.parent.external_identifier
  commit = true
}

build {
  sources = ["source.docker.child"]
}
