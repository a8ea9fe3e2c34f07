variable "image_0" {
  type        = string
  default     = "ubuntu:22.04"
  description = "Base image number 0"
  validation {
    condition     = length(var.image_0) > 3 && can(regex("^[a-z]", var.image_0))
    error_message = "The image must start with a letter."
  }
}

locals {
  tags_0 = { for k, v in { team = "infra", n = "0" } : k => upper(v) }
  name_0 = "${var.image_0}-${formatdate("YYYYMMDD", timestamp())}"
}

source "docker" "img_0" {
  image   = var.image_0
  commit  = true
  changes = ["ENV N=0", "LABEL team=infra"]
}

build {
  name    = "build-0"
  sources = ["source.docker.img_0"]

  provisioner "shell" {
    environment_vars = ["N=0", "NAME=${local.name_0}"]
    inline = [<<-EOS
      set -e
      %{ for t in ["a", "b"] ~}
      echo "${t}-$${HOME}"
      %{ endfor ~}
    EOS
    ]
  }

  post-processor "docker-tag" {
    repository = "repack/img-0"
    tags       = [for t in ["latest", "v0"] : t if t != ""]
  }
}

variable "image_1" {
  type        = string
  default     = "ubuntu:22.04"
  description = "Base image number 1"
  validation {
    condition     = length(var.image_1) > 3 && can(regex("^[a-z]", var.image_1))
    error_message = "The image must start with a letter."
  }
}

locals {
  tags_1 = { for k, v in { team = "infra", n = "1" } : k => upper(v) }
  name_1 = "${var.image_1}-${formatdate("YYYYMMDD", timestamp())}"
}

source "docker" "img_1" {
  image   = var.image_1
  commit  = true
  changes = ["ENV N=1", "LABEL team=infra"]
}

build {
  name    = "build-1"
  sources = ["source.docker.img_1"]

  provisioner "shell" {
    environment_vars = ["N=1", "NAME=${local.name_1}"]
    inline = [<<-EOS
      set -e
      %{ for t in ["a", "b"] ~}
      echo "${t}-$${HOME}"
      %{ endfor ~}
    EOS
    ]
  }

  post-processor "docker-tag" {
    repository = "repack/img-1"
    tags       = [for t in ["latest", "v1"] : t if t != ""]
  }
}

variable "image_2" {
  type        = string
  default     = "ubuntu:22.04"
  description = "Base image number 2"
  validation {
    condition     = length(var.image_2) > 3 && can(regex("^[a-z]", var.image_2))
    error_message = "The image must start with a letter."
  }
}

locals {
  tags_2 = { for k, v in { team = "infra", n = "2" } : k => upper(v) }
  name_2 = "${var.image_2}-${formatdate("YYYYMMDD", timestamp())}"
}

source "docker" "img_2" {
  image   = var.image_2
  commit  = true
  changes = ["ENV N=2", "LABEL team=infra"]
}

build {
  name    = "build-2"
  sources = ["source.docker.img_2"]

  provisioner "shell" {
    environment_vars = ["N=2", "NAME=${local.name_2}"]
    inline = [<<-EOS
      set -e
      %{ for t in ["a", "b"] ~}
      echo "${t}-$${HOME}"
      %{ endfor ~}
    EOS
    ]
  }

  post-processor "docker-tag" {
    repository = "repack/img-2"
    tags       = [for t in ["latest", "v2"] : t if t != ""]
  }
}

variable "image_3" {
  type        = string
  default     = "ubuntu:22.04"
  description = "Base image number 3"
  validation {
    condition     = length(var.image_3) > 3 && can(regex("^[a-z]", var.image_3))
    error_message = "The image must start with a letter."
  }
}

locals {
  tags_3 = { for k, v in { team = "infra", n = "3" } : k => upper(v) }
  name_3 = "${var.image_3}-${formatdate("YYYYMMDD", timestamp())}"
}

source "docker" "img_3" {
  image   = var.image_3
  commit  = true
  changes = ["ENV N=3", "LABEL team=infra"]
}

build {
  name    = "build-3"
  sources = ["source.docker.img_3"]

  provisioner "shell" {
    environment_vars = ["N=3", "NAME=${local.name_3}"]
    inline = [<<-EOS
      set -e
      %{ for t in ["a", "b"] ~}
      echo "${t}-$${HOME}"
      %{ endfor ~}
    EOS
    ]
  }

  post-processor "docker-tag" {
    repository = "repack/img-3"
    tags       = [for t in ["latest", "v3"] : t if t != ""]
  }
}

variable "image_4" {
  type        = string
  default     = "ubuntu:22.04"
  description = "Base image number 4"
  validation {
    condition     = length(var.image_4) > 3 && can(regex("^[a-z]", var.image_4))
    error_message = "The image must start with a letter."
  }
}

locals {
  tags_4 = { for k, v in { team = "infra", n = "4" } : k => upper(v) }
  name_4 = "${var.image_4}-${formatdate("YYYYMMDD", timestamp())}"
}

source "docker" "img_4" {
  image   = var.image_4
  commit  = true
  changes = ["ENV N=4", "LABEL team=infra"]
}

build {
  name    = "build-4"
  sources = ["source.docker.img_4"]

  provisioner "shell" {
    environment_vars = ["N=4", "NAME=${local.name_4}"]
    inline = [<<-EOS
      set -e
      %{ for t in ["a", "b"] ~}
      echo "${t}-$${HOME}"
      %{ endfor ~}
    EOS
    ]
  }

  post-processor "docker-tag" {
    repository = "repack/img-4"
    tags       = [for t in ["latest", "v4"] : t if t != ""]
  }
}

variable "image_5" {
  type        = string
  default     = "ubuntu:22.04"
  description = "Base image number 5"
  validation {
    condition     = length(var.image_5) > 3 && can(regex("^[a-z]", var.image_5))
    error_message = "The image must start with a letter."
  }
}

locals {
  tags_5 = { for k, v in { team = "infra", n = "5" } : k => upper(v) }
  name_5 = "${var.image_5}-${formatdate("YYYYMMDD", timestamp())}"
}

source "docker" "img_5" {
  image   = var.image_5
  commit  = true
  changes = ["ENV N=5", "LABEL team=infra"]
}

build {
  name    = "build-5"
  sources = ["source.docker.img_5"]

  provisioner "shell" {
    environment_vars = ["N=5", "NAME=${local.name_5}"]
    inline = [<<-EOS
      set -e
      %{ for t in ["a", "b"] ~}
      echo "${t}-$${HOME}"
      %{ endfor ~}
    EOS
    ]
  }

  post-processor "docker-tag" {
    repository = "repack/img-5"
    tags       = [for t in ["latest", "v5"] : t if t != ""]
  }
}

variable "image_6" {
  type        = string
  default     = "ubuntu:22.04"
  description = "Base image number 6"
  validation {
    condition     = length(var.image_6) > 3 && can(regex("^[a-z]", var.image_6))
    error_message = "The image must start with a letter."
  }
}

locals {
  tags_6 = { for k, v in { team = "infra", n = "6" } : k => upper(v) }
  name_6 = "${var.image_6}-${formatdate("YYYYMMDD", timestamp())}"
}

source "docker" "img_6" {
  image   = var.image_6
  commit  = true
  changes = ["ENV N=6", "LABEL team=infra"]
}

build {
  name    = "build-6"
  sources = ["source.docker.img_6"]

  provisioner "shell" {
    environment_vars = ["N=6", "NAME=${local.name_6}"]
    inline = [<<-EOS
      set -e
      %{ for t in ["a", "b"] ~}
      echo "${t}-$${HOME}"
      %{ endfor ~}
    EOS
    ]
  }

  post-processor "docker-tag" {
    repository = "repack/img-6"
    tags       = [for t in ["latest", "v6"] : t if t != ""]
  }
}

variable "image_7" {
  type        = string
  default     = "ubuntu:22.04"
  description = "Base image number 7"
  validation {
    condition     = length(var.image_7) > 3 && can(regex("^[a-z]", var.image_7))
    error_message = "The image must start with a letter."
  }
}

locals {
  tags_7 = { for k, v in { team = "infra", n = "7" } : k => upper(v) }
  name_7 = "${var.image_7}-${formatdate("YYYYMMDD", timestamp())}"
}

source "docker" "img_7" {
  image   = var.image_7
  commit  = true
  changes = ["ENV N=7", "LABEL team=infra"]
}

build {
  name    = "build-7"
  sources = ["source.docker.img_7"]

  provisioner "shell" {
    environment_vars = ["N=7", "NAME=${local.name_7}"]
    inline = [<<-EOS
      set -e
      %{ for t in ["a", "b"] ~}
      echo "${t}-$${HOME}"
      %{ endfor ~}
    EOS
    ]
  }

  post-processor "docker-tag" {
    repository = "repack/img-7"
    tags       = [for t in ["latest", "v7"] : t if t != ""]
  }
}

variable "image_8" {
  type        = string
  default     = "ubuntu:22.04"
  description = "Base image number 8"
  validation {
    condition     = length(var.image_8) > 3 && can(regex("^[a-z]", var.image_8))
    error_message = "The image must start with a letter."
  }
}

locals {
  tags_8 = { for k, v in { team = "infra", n = "8" } : k => upper(v) }
  name_8 = "${var.image_8}-${formatdate("YYYYMMDD", timestamp())}"
}

source "docker" "img_8" {
  image   = var.image_8
  commit  = true
  changes = ["ENV N=8", "LABEL team=infra"]
}

build {
  name    = "build-8"
  sources = ["source.docker.img_8"]

  provisioner "shell" {
    environment_vars = ["N=8", "NAME=${local.name_8}"]
    inline = [<<-EOS
      set -e
      %{ for t in ["a", "b"] ~}
      echo "${t}-$${HOME}"
      %{ endfor ~}
    EOS
    ]
  }

  post-processor "docker-tag" {
    repository = "repack/img-8"
    tags       = [for t in ["latest", "v8"] : t if t != ""]
  }
}

variable "image_9" {
  type        = string
  default     = "ubuntu:22.04"
  description = "Base image number 9"
  validation {
    condition     = length(var.image_9) > 3 && can(regex("^[a-z]", var.image_9))
    error_message = "The image must start with a letter."
  }
}

locals {
  tags_9 = { for k, v in { team = "infra", n = "9" } : k => upper(v) }
  name_9 = "${var.image_9}-${formatdate("YYYYMMDD", timestamp())}"
}

source "docker" "img_9" {
  image   = var.image_9
  commit  = true
  changes = ["ENV N=9", "LABEL team=infra"]
}

build {
  name    = "build-9"
  sources = ["source.docker.img_9"]

  provisioner "shell" {
    environment_vars = ["N=9", "NAME=${local.name_9}"]
    inline = [<<-EOS
      set -e
      %{ for t in ["a", "b"] ~}
      echo "${t}-$${HOME}"
      %{ endfor ~}
    EOS
    ]
  }

  post-processor "docker-tag" {
    repository = "repack/img-9"
    tags       = [for t in ["latest", "v9"] : t if t != ""]
  }
}

variable "image_10" {
  type        = string
  default     = "ubuntu:22.04"
  description = "Base image number 10"
  validation {
    condition     = length(var.image_10) > 3 && can(regex("^[a-z]", var.image_10))
    error_message = "The image must start with a letter."
  }
}

locals {
  tags_10 = { for k, v in { team = "infra", n = "10" } : k => upper(v) }
  name_10 = "${var.image_10}-${formatdate("YYYYMMDD", timestamp())}"
}

source "docker" "img_10" {
  image   = var.image_10
  commit  = true
  changes = ["ENV N=10", "LABEL team=infra"]
}

build {
  name    = "build-10"
  sources = ["source.docker.img_10"]

  provisioner "shell" {
    environment_vars = ["N=10", "NAME=${local.name_10}"]
    inline = [<<-EOS
      set -e
      %{ for t in ["a", "b"] ~}
      echo "${t}-$${HOME}"
      %{ endfor ~}
    EOS
    ]
  }

  post-processor "docker-tag" {
    repository = "repack/img-10"
    tags       = [for t in ["latest", "v10"] : t if t != ""]
  }
}

variable "image_11" {
  type        = string
  default     = "ubuntu:22.04"
  description = "Base image number 11"
  validation {
    condition     = length(var.image_11) > 3 && can(regex("^[a-z]", var.image_11))
    error_message = "The image must start with a letter."
  }
}

locals {
  tags_11 = { for k, v in { team = "infra", n = "11" } : k => upper(v) }
  name_11 = "${var.image_11}-${formatdate("YYYYMMDD", timestamp())}"
}

source "docker" "img_11" {
  image   = var.image_11
  commit  = true
  changes = ["ENV N=11", "LABEL team=infra"]
}

build {
  name    = "build-11"
  sources = ["source.docker.img_11"]

  provisioner "shell" {
    environment_vars = ["N=11", "NAME=${local.name_11}"]
    inline = [<<-EOS
      set -e
      %{ for t in ["a", "b"] ~}
      echo "${t}-$${HOME}"
      %{ endfor ~}
    EOS
    ]
  }

  post-processor "docker-tag" {
    repository = "repack/img-11"
    tags       = [for t in ["latest", "v11"] : t if t != ""]
  }
}

variable "image_12" {
  type        = string
  default     = "ubuntu:22.04"
  description = "Base image number 12"
  validation {
    condition     = length(var.image_12) > 3 && can(regex("^[a-z]", var.image_12))
    error_message = "The image must start with a letter."
  }
}

locals {
  tags_12 = { for k, v in { team = "infra", n = "12" } : k => upper(v) }
  name_12 = "${var.image_12}-${formatdate("YYYYMMDD", timestamp())}"
}

source "docker" "img_12" {
  image   = var.image_12
  commit  = true
  changes = ["ENV N=12", "LABEL team=infra"]
}

build {
  name    = "build-12"
  sources = ["source.docker.img_12"]

  provisioner "shell" {
    environment_vars = ["N=12", "NAME=${local.name_12}"]
    inline = [<<-EOS
      set -e
      %{ for t in ["a", "b"] ~}
      echo "${t}-$${HOME}"
      %{ endfor ~}
    EOS
    ]
  }

  post-processor "docker-tag" {
    repository = "repack/img-12"
    tags       = [for t in ["latest", "v12"] : t if t != ""]
  }
}

variable "image_13" {
  type        = string
  default     = "ubuntu:22.04"
  description = "Base image number 13"
  validation {
    condition     = length(var.image_13) > 3 && can(regex("^[a-z]", var.image_13))
    error_message = "The image must start with a letter."
  }
}

locals {
  tags_13 = { for k, v in { team = "infra", n = "13" } : k => upper(v) }
  name_13 = "${var.image_13}-${formatdate("YYYYMMDD", timestamp())}"
}

source "docker" "img_13" {
  image   = var.image_13
  commit  = true
  changes = ["ENV N=13", "LABEL team=infra"]
}

build {
  name    = "build-13"
  sources = ["source.docker.img_13"]

  provisioner "shell" {
    environment_vars = ["N=13", "NAME=${local.name_13}"]
    inline = [<<-EOS
      set -e
      %{ for t in ["a", "b"] ~}
      echo "${t}-$${HOME}"
      %{ endfor ~}
    EOS
    ]
  }

  post-processor "docker-tag" {
    repository = "repack/img-13"
    tags       = [for t in ["latest", "v13"] : t if t != ""]
  }
}

variable "image_14" {
  type        = string
  default     = "ubuntu:22.04"
  description = "Base image number 14"
  validation {
    condition     = length(var.image_14) > 3 && can(regex("^[a-z]", var.image_14))
    error_message = "The image must start with a letter."
  }
}

locals {
  tags_14 = { for k, v in { team = "infra", n = "14" } : k => upper(v) }
  name_14 = "${var.image_14}-${formatdate("YYYYMMDD", timestamp())}"
}

source "docker" "img_14" {
  image   = var.image_14
  commit  = true
  changes = ["ENV N=14", "LABEL team=infra"]
}

build {
  name    = "build-14"
  sources = ["source.docker.img_14"]

  provisioner "shell" {
    environment_vars = ["N=14", "NAME=${local.name_14}"]
    inline = [<<-EOS
      set -e
      %{ for t in ["a", "b"] ~}
      echo "${t}-$${HOME}"
      %{ endfor ~}
    EOS
    ]
  }

  post-processor "docker-tag" {
    repository = "repack/img-14"
    tags       = [for t in ["latest", "v14"] : t if t != ""]
  }
}

variable "image_15" {
  type        = string
  default     = "ubuntu:22.04"
  description = "Base image number 15"
  validation {
    condition     = length(var.image_15) > 3 && can(regex("^[a-z]", var.image_15))
    error_message = "The image must start with a letter."
  }
}

locals {
  tags_15 = { for k, v in { team = "infra", n = "15" } : k => upper(v) }
  name_15 = "${var.image_15}-${formatdate("YYYYMMDD", timestamp())}"
}

source "docker" "img_15" {
  image   = var.image_15
  commit  = true
  changes = ["ENV N=15", "LABEL team=infra"]
}

build {
  name    = "build-15"
  sources = ["source.docker.img_15"]

  provisioner "shell" {
    environment_vars = ["N=15", "NAME=${local.name_15}"]
    inline = [<<-EOS
      set -e
      %{ for t in ["a", "b"] ~}
      echo "${t}-$${HOME}"
      %{ endfor ~}
    EOS
    ]
  }

  post-processor "docker-tag" {
    repository = "repack/img-15"
    tags       = [for t in ["latest", "v15"] : t if t != ""]
  }
}

variable "image_16" {
  type        = string
  default     = "ubuntu:22.04"
  description = "Base image number 16"
  validation {
    condition     = length(var.image_16) > 3 && can(regex("^[a-z]", var.image_16))
    error_message = "The image must start with a letter."
  }
}

locals {
  tags_16 = { for k, v in { team = "infra", n = "16" } : k => upper(v) }
  name_16 = "${var.image_16}-${formatdate("YYYYMMDD", timestamp())}"
}

source "docker" "img_16" {
  image   = var.image_16
  commit  = true
  changes = ["ENV N=16", "LABEL team=infra"]
}

build {
  name    = "build-16"
  sources = ["source.docker.img_16"]

  provisioner "shell" {
    environment_vars = ["N=16", "NAME=${local.name_16}"]
    inline = [<<-EOS
      set -e
      %{ for t in ["a", "b"] ~}
      echo "${t}-$${HOME}"
      %{ endfor ~}
    EOS
    ]
  }

  post-processor "docker-tag" {
    repository = "repack/img-16"
    tags       = [for t in ["latest", "v16"] : t if t != ""]
  }
}

variable "image_17" {
  type        = string
  default     = "ubuntu:22.04"
  description = "Base image number 17"
  validation {
    condition     = length(var.image_17) > 3 && can(regex("^[a-z]", var.image_17))
    error_message = "The image must start with a letter."
  }
}

locals {
  tags_17 = { for k, v in { team = "infra", n = "17" } : k => upper(v) }
  name_17 = "${var.image_17}-${formatdate("YYYYMMDD", timestamp())}"
}

source "docker" "img_17" {
  image   = var.image_17
  commit  = true
  changes = ["ENV N=17", "LABEL team=infra"]
}

build {
  name    = "build-17"
  sources = ["source.docker.img_17"]

  provisioner "shell" {
    environment_vars = ["N=17", "NAME=${local.name_17}"]
    inline = [<<-EOS
      set -e
      %{ for t in ["a", "b"] ~}
      echo "${t}-$${HOME}"
      %{ endfor ~}
    EOS
    ]
  }

  post-processor "docker-tag" {
    repository = "repack/img-17"
    tags       = [for t in ["latest", "v17"] : t if t != ""]
  }
}

variable "image_18" {
  type        = string
  default     = "ubuntu:22.04"
  description = "Base image number 18"
  validation {
    condition     = length(var.image_18) > 3 && can(regex("^[a-z]", var.image_18))
    error_message = "The image must start with a letter."
  }
}

locals {
  tags_18 = { for k, v in { team = "infra", n = "18" } : k => upper(v) }
  name_18 = "${var.image_18}-${formatdate("YYYYMMDD", timestamp())}"
}

source "docker" "img_18" {
  image   = var.image_18
  commit  = true
  changes = ["ENV N=18", "LABEL team=infra"]
}

build {
  name    = "build-18"
  sources = ["source.docker.img_18"]

  provisioner "shell" {
    environment_vars = ["N=18", "NAME=${local.name_18}"]
    inline = [<<-EOS
      set -e
      %{ for t in ["a", "b"] ~}
      echo "${t}-$${HOME}"
      %{ endfor ~}
    EOS
    ]
  }

  post-processor "docker-tag" {
    repository = "repack/img-18"
    tags       = [for t in ["latest", "v18"] : t if t != ""]
  }
}

variable "image_19" {
  type        = string
  default     = "ubuntu:22.04"
  description = "Base image number 19"
  validation {
    condition     = length(var.image_19) > 3 && can(regex("^[a-z]", var.image_19))
    error_message = "The image must start with a letter."
  }
}

locals {
  tags_19 = { for k, v in { team = "infra", n = "19" } : k => upper(v) }
  name_19 = "${var.image_19}-${formatdate("YYYYMMDD", timestamp())}"
}

source "docker" "img_19" {
  image   = var.image_19
  commit  = true
  changes = ["ENV N=19", "LABEL team=infra"]
}

build {
  name    = "build-19"
  sources = ["source.docker.img_19"]

  provisioner "shell" {
    environment_vars = ["N=19", "NAME=${local.name_19}"]
    inline = [<<-EOS
      set -e
      %{ for t in ["a", "b"] ~}
      echo "${t}-$${HOME}"
      %{ endfor ~}
    EOS
    ]
  }

  post-processor "docker-tag" {
    repository = "repack/img-19"
    tags       = [for t in ["latest", "v19"] : t if t != ""]
  }
}

variable "image_20" {
  type        = string
  default     = "ubuntu:22.04"
  description = "Base image number 20"
  validation {
    condition     = length(var.image_20) > 3 && can(regex("^[a-z]", var.image_20))
    error_message = "The image must start with a letter."
  }
}

locals {
  tags_20 = { for k, v in { team = "infra", n = "20" } : k => upper(v) }
  name_20 = "${var.image_20}-${formatdate("YYYYMMDD", timestamp())}"
}

source "docker" "img_20" {
  image   = var.image_20
  commit  = true
  changes = ["ENV N=20", "LABEL team=infra"]
}

build {
  name    = "build-20"
  sources = ["source.docker.img_20"]

  provisioner "shell" {
    environment_vars = ["N=20", "NAME=${local.name_20}"]
    inline = [<<-EOS
      set -e
      %{ for t in ["a", "b"] ~}
      echo "${t}-$${HOME}"
      %{ endfor ~}
    EOS
    ]
  }

  post-processor "docker-tag" {
    repository = "repack/img-20"
    tags       = [for t in ["latest", "v20"] : t if t != ""]
  }
}

variable "image_21" {
  type        = string
  default     = "ubuntu:22.04"
  description = "Base image number 21"
  validation {
    condition     = length(var.image_21) > 3 && can(regex("^[a-z]", var.image_21))
    error_message = "The image must start with a letter."
  }
}

locals {
  tags_21 = { for k, v in { team = "infra", n = "21" } : k => upper(v) }
  name_21 = "${var.image_21}-${formatdate("YYYYMMDD", timestamp())}"
}

source "docker" "img_21" {
  image   = var.image_21
  commit  = true
  changes = ["ENV N=21", "LABEL team=infra"]
}

build {
  name    = "build-21"
  sources = ["source.docker.img_21"]

  provisioner "shell" {
    environment_vars = ["N=21", "NAME=${local.name_21}"]
    inline = [<<-EOS
      set -e
      %{ for t in ["a", "b"] ~}
      echo "${t}-$${HOME}"
      %{ endfor ~}
    EOS
    ]
  }

  post-processor "docker-tag" {
    repository = "repack/img-21"
    tags       = [for t in ["latest", "v21"] : t if t != ""]
  }
}

variable "image_22" {
  type        = string
  default     = "ubuntu:22.04"
  description = "Base image number 22"
  validation {
    condition     = length(var.image_22) > 3 && can(regex("^[a-z]", var.image_22))
    error_message = "The image must start with a letter."
  }
}

locals {
  tags_22 = { for k, v in { team = "infra", n = "22" } : k => upper(v) }
  name_22 = "${var.image_22}-${formatdate("YYYYMMDD", timestamp())}"
}

source "docker" "img_22" {
  image   = var.image_22
  commit  = true
  changes = ["ENV N=22", "LABEL team=infra"]
}

build {
  name    = "build-22"
  sources = ["source.docker.img_22"]

  provisioner "shell" {
    environment_vars = ["N=22", "NAME=${local.name_22}"]
    inline = [<<-EOS
      set -e
      %{ for t in ["a", "b"] ~}
      echo "${t}-$${HOME}"
      %{ endfor ~}
    EOS
    ]
  }

  post-processor "docker-tag" {
    repository = "repack/img-22"
    tags       = [for t in ["latest", "v22"] : t if t != ""]
  }
}

variable "image_23" {
  type        = string
  default     = "ubuntu:22.04"
  description = "Base image number 23"
  validation {
    condition     = length(var.image_23) > 3 && can(regex("^[a-z]", var.image_23))
    error_message = "The image must start with a letter."
  }
}

locals {
  tags_23 = { for k, v in { team = "infra", n = "23" } : k => upper(v) }
  name_23 = "${var.image_23}-${formatdate("YYYYMMDD", timestamp())}"
}

source "docker" "img_23" {
  image   = var.image_23
  commit  = true
  changes = ["ENV N=23", "LABEL team=infra"]
}

build {
  name    = "build-23"
  sources = ["source.docker.img_23"]

  provisioner "shell" {
    environment_vars = ["N=23", "NAME=${local.name_23}"]
    inline = [<<-EOS
      set -e
      %{ for t in ["a", "b"] ~}
      echo "${t}-$${HOME}"
      %{ endfor ~}
    EOS
    ]
  }

  post-processor "docker-tag" {
    repository = "repack/img-23"
    tags       = [for t in ["latest", "v23"] : t if t != ""]
  }
}

variable "image_24" {
  type        = string
  default     = "ubuntu:22.04"
  description = "Base image number 24"
  validation {
    condition     = length(var.image_24) > 3 && can(regex("^[a-z]", var.image_24))
    error_message = "The image must start with a letter."
  }
}

locals {
  tags_24 = { for k, v in { team = "infra", n = "24" } : k => upper(v) }
  name_24 = "${var.image_24}-${formatdate("YYYYMMDD", timestamp())}"
}

source "docker" "img_24" {
  image   = var.image_24
  commit  = true
  changes = ["ENV N=24", "LABEL team=infra"]
}

build {
  name    = "build-24"
  sources = ["source.docker.img_24"]

  provisioner "shell" {
    environment_vars = ["N=24", "NAME=${local.name_24}"]
    inline = [<<-EOS
      set -e
      %{ for t in ["a", "b"] ~}
      echo "${t}-$${HOME}"
      %{ endfor ~}
    EOS
    ]
  }

  post-processor "docker-tag" {
    repository = "repack/img-24"
    tags       = [for t in ["latest", "v24"] : t if t != ""]
  }
}

variable "image_25" {
  type        = string
  default     = "ubuntu:22.04"
  description = "Base image number 25"
  validation {
    condition     = length(var.image_25) > 3 && can(regex("^[a-z]", var.image_25))
    error_message = "The image must start with a letter."
  }
}

locals {
  tags_25 = { for k, v in { team = "infra", n = "25" } : k => upper(v) }
  name_25 = "${var.image_25}-${formatdate("YYYYMMDD", timestamp())}"
}

source "docker" "img_25" {
  image   = var.image_25
  commit  = true
  changes = ["ENV N=25", "LABEL team=infra"]
}

build {
  name    = "build-25"
  sources = ["source.docker.img_25"]

  provisioner "shell" {
    environment_vars = ["N=25", "NAME=${local.name_25}"]
    inline = [<<-EOS
      set -e
      %{ for t in ["a", "b"] ~}
      echo "${t}-$${HOME}"
      %{ endfor ~}
    EOS
    ]
  }

  post-processor "docker-tag" {
    repository = "repack/img-25"
    tags       = [for t in ["latest", "v25"] : t if t != ""]
  }
}

variable "image_26" {
  type        = string
  default     = "ubuntu:22.04"
  description = "Base image number 26"
  validation {
    condition     = length(var.image_26) > 3 && can(regex("^[a-z]", var.image_26))
    error_message = "The image must start with a letter."
  }
}

locals {
  tags_26 = { for k, v in { team = "infra", n = "26" } : k => upper(v) }
  name_26 = "${var.image_26}-${formatdate("YYYYMMDD", timestamp())}"
}

source "docker" "img_26" {
  image   = var.image_26
  commit  = true
  changes = ["ENV N=26", "LABEL team=infra"]
}

build {
  name    = "build-26"
  sources = ["source.docker.img_26"]

  provisioner "shell" {
    environment_vars = ["N=26", "NAME=${local.name_26}"]
    inline = [<<-EOS
      set -e
      %{ for t in ["a", "b"] ~}
      echo "${t}-$${HOME}"
      %{ endfor ~}
    EOS
    ]
  }

  post-processor "docker-tag" {
    repository = "repack/img-26"
    tags       = [for t in ["latest", "v26"] : t if t != ""]
  }
}

variable "image_27" {
  type        = string
  default     = "ubuntu:22.04"
  description = "Base image number 27"
  validation {
    condition     = length(var.image_27) > 3 && can(regex("^[a-z]", var.image_27))
    error_message = "The image must start with a letter."
  }
}

locals {
  tags_27 = { for k, v in { team = "infra", n = "27" } : k => upper(v) }
  name_27 = "${var.image_27}-${formatdate("YYYYMMDD", timestamp())}"
}

source "docker" "img_27" {
  image   = var.image_27
  commit  = true
  changes = ["ENV N=27", "LABEL team=infra"]
}

build {
  name    = "build-27"
  sources = ["source.docker.img_27"]

  provisioner "shell" {
    environment_vars = ["N=27", "NAME=${local.name_27}"]
    inline = [<<-EOS
      set -e
      %{ for t in ["a", "b"] ~}
      echo "${t}-$${HOME}"
      %{ endfor ~}
    EOS
    ]
  }

  post-processor "docker-tag" {
    repository = "repack/img-27"
    tags       = [for t in ["latest", "v27"] : t if t != ""]
  }
}

variable "image_28" {
  type        = string
  default     = "ubuntu:22.04"
  description = "Base image number 28"
  validation {
    condition     = length(var.image_28) > 3 && can(regex("^[a-z]", var.image_28))
    error_message = "The image must start with a letter."
  }
}

locals {
  tags_28 = { for k, v in { team = "infra", n = "28" } : k => upper(v) }
  name_28 = "${var.image_28}-${formatdate("YYYYMMDD", timestamp())}"
}

source "docker" "img_28" {
  image   = var.image_28
  commit  = true
  changes = ["ENV N=28", "LABEL team=infra"]
}

build {
  name    = "build-28"
  sources = ["source.docker.img_28"]

  provisioner "shell" {
    environment_vars = ["N=28", "NAME=${local.name_28}"]
    inline = [<<-EOS
      set -e
      %{ for t in ["a", "b"] ~}
      echo "${t}-$${HOME}"
      %{ endfor ~}
    EOS
    ]
  }

  post-processor "docker-tag" {
    repository = "repack/img-28"
    tags       = [for t in ["latest", "v28"] : t if t != ""]
  }
}

variable "image_29" {
  type        = string
  default     = "ubuntu:22.04"
  description = "Base image number 29"
  validation {
    condition     = length(var.image_29) > 3 && can(regex("^[a-z]", var.image_29))
    error_message = "The image must start with a letter."
  }
}

locals {
  tags_29 = { for k, v in { team = "infra", n = "29" } : k => upper(v) }
  name_29 = "${var.image_29}-${formatdate("YYYYMMDD", timestamp())}"
}

source "docker" "img_29" {
  image   = var.image_29
  commit  = true
  changes = ["ENV N=29", "LABEL team=infra"]
}

build {
  name    = "build-29"
  sources = ["source.docker.img_29"]

  provisioner "shell" {
    environment_vars = ["N=29", "NAME=${local.name_29}"]
    inline = [<<-EOS
      set -e
      %{ for t in ["a", "b"] ~}
      echo "${t}-$${HOME}"
      %{ endfor ~}
    EOS
    ]
  }

  post-processor "docker-tag" {
    repository = "repack/img-29"
    tags       = [for t in ["latest", "v29"] : t if t != ""]
  }
}

variable "image_30" {
  type        = string
  default     = "ubuntu:22.04"
  description = "Base image number 30"
  validation {
    condition     = length(var.image_30) > 3 && can(regex("^[a-z]", var.image_30))
    error_message = "The image must start with a letter."
  }
}

locals {
  tags_30 = { for k, v in { team = "infra", n = "30" } : k => upper(v) }
  name_30 = "${var.image_30}-${formatdate("YYYYMMDD", timestamp())}"
}

source "docker" "img_30" {
  image   = var.image_30
  commit  = true
  changes = ["ENV N=30", "LABEL team=infra"]
}

build {
  name    = "build-30"
  sources = ["source.docker.img_30"]

  provisioner "shell" {
    environment_vars = ["N=30", "NAME=${local.name_30}"]
    inline = [<<-EOS
      set -e
      %{ for t in ["a", "b"] ~}
      echo "${t}-$${HOME}"
      %{ endfor ~}
    EOS
    ]
  }

  post-processor "docker-tag" {
    repository = "repack/img-30"
    tags       = [for t in ["latest", "v30"] : t if t != ""]
  }
}

variable "image_31" {
  type        = string
  default     = "ubuntu:22.04"
  description = "Base image number 31"
  validation {
    condition     = length(var.image_31) > 3 && can(regex("^[a-z]", var.image_31))
    error_message = "The image must start with a letter."
  }
}

locals {
  tags_31 = { for k, v in { team = "infra", n = "31" } : k => upper(v) }
  name_31 = "${var.image_31}-${formatdate("YYYYMMDD", timestamp())}"
}

source "docker" "img_31" {
  image   = var.image_31
  commit  = true
  changes = ["ENV N=31", "LABEL team=infra"]
}

build {
  name    = "build-31"
  sources = ["source.docker.img_31"]

  provisioner "shell" {
    environment_vars = ["N=31", "NAME=${local.name_31}"]
    inline = [<<-EOS
      set -e
      %{ for t in ["a", "b"] ~}
      echo "${t}-$${HOME}"
      %{ endfor ~}
    EOS
    ]
  }

  post-processor "docker-tag" {
    repository = "repack/img-31"
    tags       = [for t in ["latest", "v31"] : t if t != ""]
  }
}

variable "image_32" {
  type        = string
  default     = "ubuntu:22.04"
  description = "Base image number 32"
  validation {
    condition     = length(var.image_32) > 3 && can(regex("^[a-z]", var.image_32))
    error_message = "The image must start with a letter."
  }
}

locals {
  tags_32 = { for k, v in { team = "infra", n = "32" } : k => upper(v) }
  name_32 = "${var.image_32}-${formatdate("YYYYMMDD", timestamp())}"
}

source "docker" "img_32" {
  image   = var.image_32
  commit  = true
  changes = ["ENV N=32", "LABEL team=infra"]
}

build {
  name    = "build-32"
  sources = ["source.docker.img_32"]

  provisioner "shell" {
    environment_vars = ["N=32", "NAME=${local.name_32}"]
    inline = [<<-EOS
      set -e
      %{ for t in ["a", "b"] ~}
      echo "${t}-$${HOME}"
      %{ endfor ~}
    EOS
    ]
  }

  post-processor "docker-tag" {
    repository = "repack/img-32"
    tags       = [for t in ["latest", "v32"] : t if t != ""]
  }
}

variable "image_33" {
  type        = string
  default     = "ubuntu:22.04"
  description = "Base image number 33"
  validation {
    condition     = length(var.image_33) > 3 && can(regex("^[a-z]", var.image_33))
    error_message = "The image must start with a letter."
  }
}

locals {
  tags_33 = { for k, v in { team = "infra", n = "33" } : k => upper(v) }
  name_33 = "${var.image_33}-${formatdate("YYYYMMDD", timestamp())}"
}

source "docker" "img_33" {
  image   = var.image_33
  commit  = true
  changes = ["ENV N=33", "LABEL team=infra"]
}

build {
  name    = "build-33"
  sources = ["source.docker.img_33"]

  provisioner "shell" {
    environment_vars = ["N=33", "NAME=${local.name_33}"]
    inline = [<<-EOS
      set -e
      %{ for t in ["a", "b"] ~}
      echo "${t}-$${HOME}"
      %{ endfor ~}
    EOS
    ]
  }

  post-processor "docker-tag" {
    repository = "repack/img-33"
    tags       = [for t in ["latest", "v33"] : t if t != ""]
  }
}

variable "image_34" {
  type        = string
  default     = "ubuntu:22.04"
  description = "Base image number 34"
  validation {
    condition     = length(var.image_34) > 3 && can(regex("^[a-z]", var.image_34))
    error_message = "The image must start with a letter."
  }
}

locals {
  tags_34 = { for k, v in { team = "infra", n = "34" } : k => upper(v) }
  name_34 = "${var.image_34}-${formatdate("YYYYMMDD", timestamp())}"
}

source "docker" "img_34" {
  image   = var.image_34
  commit  = true
  changes = ["ENV N=34", "LABEL team=infra"]
}

build {
  name    = "build-34"
  sources = ["source.docker.img_34"]

  provisioner "shell" {
    environment_vars = ["N=34", "NAME=${local.name_34}"]
    inline = [<<-EOS
      set -e
      %{ for t in ["a", "b"] ~}
      echo "${t}-$${HOME}"
      %{ endfor ~}
    EOS
    ]
  }

  post-processor "docker-tag" {
    repository = "repack/img-34"
    tags       = [for t in ["latest", "v34"] : t if t != ""]
  }
}

variable "image_35" {
  type        = string
  default     = "ubuntu:22.04"
  description = "Base image number 35"
  validation {
    condition     = length(var.image_35) > 3 && can(regex("^[a-z]", var.image_35))
    error_message = "The image must start with a letter."
  }
}

locals {
  tags_35 = { for k, v in { team = "infra", n = "35" } : k => upper(v) }
  name_35 = "${var.image_35}-${formatdate("YYYYMMDD", timestamp())}"
}

source "docker" "img_35" {
  image   = var.image_35
  commit  = true
  changes = ["ENV N=35", "LABEL team=infra"]
}

build {
  name    = "build-35"
  sources = ["source.docker.img_35"]

  provisioner "shell" {
    environment_vars = ["N=35", "NAME=${local.name_35}"]
    inline = [<<-EOS
      set -e
      %{ for t in ["a", "b"] ~}
      echo "${t}-$${HOME}"
      %{ endfor ~}
    EOS
    ]
  }

  post-processor "docker-tag" {
    repository = "repack/img-35"
    tags       = [for t in ["latest", "v35"] : t if t != ""]
  }
}

variable "image_36" {
  type        = string
  default     = "ubuntu:22.04"
  description = "Base image number 36"
  validation {
    condition     = length(var.image_36) > 3 && can(regex("^[a-z]", var.image_36))
    error_message = "The image must start with a letter."
  }
}

locals {
  tags_36 = { for k, v in { team = "infra", n = "36" } : k => upper(v) }
  name_36 = "${var.image_36}-${formatdate("YYYYMMDD", timestamp())}"
}

source "docker" "img_36" {
  image   = var.image_36
  commit  = true
  changes = ["ENV N=36", "LABEL team=infra"]
}

build {
  name    = "build-36"
  sources = ["source.docker.img_36"]

  provisioner "shell" {
    environment_vars = ["N=36", "NAME=${local.name_36}"]
    inline = [<<-EOS
      set -e
      %{ for t in ["a", "b"] ~}
      echo "${t}-$${HOME}"
      %{ endfor ~}
    EOS
    ]
  }

  post-processor "docker-tag" {
    repository = "repack/img-36"
    tags       = [for t in ["latest", "v36"] : t if t != ""]
  }
}

variable "image_37" {
  type        = string
  default     = "ubuntu:22.04"
  description = "Base image number 37"
  validation {
    condition     = length(var.image_37) > 3 && can(regex("^[a-z]", var.image_37))
    error_message = "The image must start with a letter."
  }
}

locals {
  tags_37 = { for k, v in { team = "infra", n = "37" } : k => upper(v) }
  name_37 = "${var.image_37}-${formatdate("YYYYMMDD", timestamp())}"
}

source "docker" "img_37" {
  image   = var.image_37
  commit  = true
  changes = ["ENV N=37", "LABEL team=infra"]
}

build {
  name    = "build-37"
  sources = ["source.docker.img_37"]

  provisioner "shell" {
    environment_vars = ["N=37", "NAME=${local.name_37}"]
    inline = [<<-EOS
      set -e
      %{ for t in ["a", "b"] ~}
      echo "${t}-$${HOME}"
      %{ endfor ~}
    EOS
    ]
  }

  post-processor "docker-tag" {
    repository = "repack/img-37"
    tags       = [for t in ["latest", "v37"] : t if t != ""]
  }
}

variable "image_38" {
  type        = string
  default     = "ubuntu:22.04"
  description = "Base image number 38"
  validation {
    condition     = length(var.image_38) > 3 && can(regex("^[a-z]", var.image_38))
    error_message = "The image must start with a letter."
  }
}

locals {
  tags_38 = { for k, v in { team = "infra", n = "38" } : k => upper(v) }
  name_38 = "${var.image_38}-${formatdate("YYYYMMDD", timestamp())}"
}

source "docker" "img_38" {
  image   = var.image_38
  commit  = true
  changes = ["ENV N=38", "LABEL team=infra"]
}

build {
  name    = "build-38"
  sources = ["source.docker.img_38"]

  provisioner "shell" {
    environment_vars = ["N=38", "NAME=${local.name_38}"]
    inline = [<<-EOS
      set -e
      %{ for t in ["a", "b"] ~}
      echo "${t}-$${HOME}"
      %{ endfor ~}
    EOS
    ]
  }

  post-processor "docker-tag" {
    repository = "repack/img-38"
    tags       = [for t in ["latest", "v38"] : t if t != ""]
  }
}

variable "image_39" {
  type        = string
  default     = "ubuntu:22.04"
  description = "Base image number 39"
  validation {
    condition     = length(var.image_39) > 3 && can(regex("^[a-z]", var.image_39))
    error_message = "The image must start with a letter."
  }
}

locals {
  tags_39 = { for k, v in { team = "infra", n = "39" } : k => upper(v) }
  name_39 = "${var.image_39}-${formatdate("YYYYMMDD", timestamp())}"
}

source "docker" "img_39" {
  image   = var.image_39
  commit  = true
  changes = ["ENV N=39", "LABEL team=infra"]
}

build {
  name    = "build-39"
  sources = ["source.docker.img_39"]

  provisioner "shell" {
    environment_vars = ["N=39", "NAME=${local.name_39}"]
    inline = [<<-EOS
      set -e
      %{ for t in ["a", "b"] ~}
      echo "${t}-$${HOME}"
      %{ endfor ~}
    EOS
    ]
  }

  post-processor "docker-tag" {
    repository = "repack/img-39"
    tags       = [for t in ["latest", "v39"] : t if t != ""]
  }
}

variable "image_40" {
  type        = string
  default     = "ubuntu:22.04"
  description = "Base image number 40"
  validation {
    condition     = length(var.image_40) > 3 && can(regex("^[a-z]", var.image_40))
    error_message = "The image must start with a letter."
  }
}

locals {
  tags_40 = { for k, v in { team = "infra", n = "40" } : k => upper(v) }
  name_40 = "${var.image_40}-${formatdate("YYYYMMDD", timestamp())}"
}

source "docker" "img_40" {
  image   = var.image_40
  commit  = true
  changes = ["ENV N=40", "LABEL team=infra"]
}

build {
  name    = "build-40"
  sources = ["source.docker.img_40"]

  provisioner "shell" {
    environment_vars = ["N=40", "NAME=${local.name_40}"]
    inline = [<<-EOS
      set -e
      %{ for t in ["a", "b"] ~}
      echo "${t}-$${HOME}"
      %{ endfor ~}
    EOS
    ]
  }

  post-processor "docker-tag" {
    repository = "repack/img-40"
    tags       = [for t in ["latest", "v40"] : t if t != ""]
  }
}

variable "image_41" {
  type        = string
  default     = "ubuntu:22.04"
  description = "Base image number 41"
  validation {
    condition     = length(var.image_41) > 3 && can(regex("^[a-z]", var.image_41))
    error_message = "The image must start with a letter."
  }
}

locals {
  tags_41 = { for k, v in { team = "infra", n = "41" } : k => upper(v) }
  name_41 = "${var.image_41}-${formatdate("YYYYMMDD", timestamp())}"
}

source "docker" "img_41" {
  image   = var.image_41
  commit  = true
  changes = ["ENV N=41", "LABEL team=infra"]
}

build {
  name    = "build-41"
  sources = ["source.docker.img_41"]

  provisioner "shell" {
    environment_vars = ["N=41", "NAME=${local.name_41}"]
    inline = [<<-EOS
      set -e
      %{ for t in ["a", "b"] ~}
      echo "${t}-$${HOME}"
      %{ endfor ~}
    EOS
    ]
  }

  post-processor "docker-tag" {
    repository = "repack/img-41"
    tags       = [for t in ["latest", "v41"] : t if t != ""]
  }
}

variable "image_42" {
  type        = string
  default     = "ubuntu:22.04"
  description = "Base image number 42"
  validation {
    condition     = length(var.image_42) > 3 && can(regex("^[a-z]", var.image_42))
    error_message = "The image must start with a letter."
  }
}

locals {
  tags_42 = { for k, v in { team = "infra", n = "42" } : k => upper(v) }
  name_42 = "${var.image_42}-${formatdate("YYYYMMDD", timestamp())}"
}

source "docker" "img_42" {
  image   = var.image_42
  commit  = true
  changes = ["ENV N=42", "LABEL team=infra"]
}

build {
  name    = "build-42"
  sources = ["source.docker.img_42"]

  provisioner "shell" {
    environment_vars = ["N=42", "NAME=${local.name_42}"]
    inline = [<<-EOS
      set -e
      %{ for t in ["a", "b"] ~}
      echo "${t}-$${HOME}"
      %{ endfor ~}
    EOS
    ]
  }

  post-processor "docker-tag" {
    repository = "repack/img-42"
    tags       = [for t in ["latest", "v42"] : t if t != ""]
  }
}

variable "image_43" {
  type        = string
  default     = "ubuntu:22.04"
  description = "Base image number 43"
  validation {
    condition     = length(var.image_43) > 3 && can(regex("^[a-z]", var.image_43))
    error_message = "The image must start with a letter."
  }
}

locals {
  tags_43 = { for k, v in { team = "infra", n = "43" } : k => upper(v) }
  name_43 = "${var.image_43}-${formatdate("YYYYMMDD", timestamp())}"
}

source "docker" "img_43" {
  image   = var.image_43
  commit  = true
  changes = ["ENV N=43", "LABEL team=infra"]
}

build {
  name    = "build-43"
  sources = ["source.docker.img_43"]

  provisioner "shell" {
    environment_vars = ["N=43", "NAME=${local.name_43}"]
    inline = [<<-EOS
      set -e
      %{ for t in ["a", "b"] ~}
      echo "${t}-$${HOME}"
      %{ endfor ~}
    EOS
    ]
  }

  post-processor "docker-tag" {
    repository = "repack/img-43"
    tags       = [for t in ["latest", "v43"] : t if t != ""]
  }
}

variable "image_44" {
  type        = string
  default     = "ubuntu:22.04"
  description = "Base image number 44"
  validation {
    condition     = length(var.image_44) > 3 && can(regex("^[a-z]", var.image_44))
    error_message = "The image must start with a letter."
  }
}

locals {
  tags_44 = { for k, v in { team = "infra", n = "44" } : k => upper(v) }
  name_44 = "${var.image_44}-${formatdate("YYYYMMDD", timestamp())}"
}

source "docker" "img_44" {
  image   = var.image_44
  commit  = true
  changes = ["ENV N=44", "LABEL team=infra"]
}

build {
  name    = "build-44"
  sources = ["source.docker.img_44"]

  provisioner "shell" {
    environment_vars = ["N=44", "NAME=${local.name_44}"]
    inline = [<<-EOS
      set -e
      %{ for t in ["a", "b"] ~}
      echo "${t}-$${HOME}"
      %{ endfor ~}
    EOS
    ]
  }

  post-processor "docker-tag" {
    repository = "repack/img-44"
    tags       = [for t in ["latest", "v44"] : t if t != ""]
  }
}

variable "image_45" {
  type        = string
  default     = "ubuntu:22.04"
  description = "Base image number 45"
  validation {
    condition     = length(var.image_45) > 3 && can(regex("^[a-z]", var.image_45))
    error_message = "The image must start with a letter."
  }
}

locals {
  tags_45 = { for k, v in { team = "infra", n = "45" } : k => upper(v) }
  name_45 = "${var.image_45}-${formatdate("YYYYMMDD", timestamp())}"
}

source "docker" "img_45" {
  image   = var.image_45
  commit  = true
  changes = ["ENV N=45", "LABEL team=infra"]
}

build {
  name    = "build-45"
  sources = ["source.docker.img_45"]

  provisioner "shell" {
    environment_vars = ["N=45", "NAME=${local.name_45}"]
    inline = [<<-EOS
      set -e
      %{ for t in ["a", "b"] ~}
      echo "${t}-$${HOME}"
      %{ endfor ~}
    EOS
    ]
  }

  post-processor "docker-tag" {
    repository = "repack/img-45"
    tags       = [for t in ["latest", "v45"] : t if t != ""]
  }
}

variable "image_46" {
  type        = string
  default     = "ubuntu:22.04"
  description = "Base image number 46"
  validation {
    condition     = length(var.image_46) > 3 && can(regex("^[a-z]", var.image_46))
    error_message = "The image must start with a letter."
  }
}

locals {
  tags_46 = { for k, v in { team = "infra", n = "46" } : k => upper(v) }
  name_46 = "${var.image_46}-${formatdate("YYYYMMDD", timestamp())}"
}

source "docker" "img_46" {
  image   = var.image_46
  commit  = true
  changes = ["ENV N=46", "LABEL team=infra"]
}

build {
  name    = "build-46"
  sources = ["source.docker.img_46"]

  provisioner "shell" {
    environment_vars = ["N=46", "NAME=${local.name_46}"]
    inline = [<<-EOS
      set -e
      %{ for t in ["a", "b"] ~}
      echo "${t}-$${HOME}"
      %{ endfor ~}
    EOS
    ]
  }

  post-processor "docker-tag" {
    repository = "repack/img-46"
    tags       = [for t in ["latest", "v46"] : t if t != ""]
  }
}

variable "image_47" {
  type        = string
  default     = "ubuntu:22.04"
  description = "Base image number 47"
  validation {
    condition     = length(var.image_47) > 3 && can(regex("^[a-z]", var.image_47))
    error_message = "The image must start with a letter."
  }
}

locals {
  tags_47 = { for k, v in { team = "infra", n = "47" } : k => upper(v) }
  name_47 = "${var.image_47}-${formatdate("YYYYMMDD", timestamp())}"
}

source "docker" "img_47" {
  image   = var.image_47
  commit  = true
  changes = ["ENV N=47", "LABEL team=infra"]
}

build {
  name    = "build-47"
  sources = ["source.docker.img_47"]

  provisioner "shell" {
    environment_vars = ["N=47", "NAME=${local.name_47}"]
    inline = [<<-EOS
      set -e
      %{ for t in ["a", "b"] ~}
      echo "${t}-$${HOME}"
      %{ endfor ~}
    EOS
    ]
  }

  post-processor "docker-tag" {
    repository = "repack/img-47"
    tags       = [for t in ["latest", "v47"] : t if t != ""]
  }
}

variable "image_48" {
  type        = string
  default     = "ubuntu:22.04"
  description = "Base image number 48"
  validation {
    condition     = length(var.image_48) > 3 && can(regex("^[a-z]", var.image_48))
    error_message = "The image must start with a letter."
  }
}

locals {
  tags_48 = { for k, v in { team = "infra", n = "48" } : k => upper(v) }
  name_48 = "${var.image_48}-${formatdate("YYYYMMDD", timestamp())}"
}

source "docker" "img_48" {
  image   = var.image_48
  commit  = true
  changes = ["ENV N=48", "LABEL team=infra"]
}

build {
  name    = "build-48"
  sources = ["source.docker.img_48"]

  provisioner "shell" {
    environment_vars = ["N=48", "NAME=${local.name_48}"]
    inline = [<<-EOS
      set -e
      %{ for t in ["a", "b"] ~}
      echo "${t}-$${HOME}"
      %{ endfor ~}
    EOS
    ]
  }

  post-processor "docker-tag" {
    repository = "repack/img-48"
    tags       = [for t in ["latest", "v48"] : t if t != ""]
  }
}

variable "image_49" {
  type        = string
  default     = "ubuntu:22.04"
  description = "Base image number 49"
  validation {
    condition     = length(var.image_49) > 3 && can(regex("^[a-z]", var.image_49))
    error_message = "The image must start with a letter."
  }
}

locals {
  tags_49 = { for k, v in { team = "infra", n = "49" } : k => upper(v) }
  name_49 = "${var.image_49}-${formatdate("YYYYMMDD", timestamp())}"
}

source "docker" "img_49" {
  image   = var.image_49
  commit  = true
  changes = ["ENV N=49", "LABEL team=infra"]
}

build {
  name    = "build-49"
  sources = ["source.docker.img_49"]

  provisioner "shell" {
    environment_vars = ["N=49", "NAME=${local.name_49}"]
    inline = [<<-EOS
      set -e
      %{ for t in ["a", "b"] ~}
      echo "${t}-$${HOME}"
      %{ endfor ~}
    EOS
    ]
  }

  post-processor "docker-tag" {
    repository = "repack/img-49"
    tags       = [for t in ["latest", "v49"] : t if t != ""]
  }
}

variable "image_50" {
  type        = string
  default     = "ubuntu:22.04"
  description = "Base image number 50"
  validation {
    condition     = length(var.image_50) > 3 && can(regex("^[a-z]", var.image_50))
    error_message = "The image must start with a letter."
  }
}

locals {
  tags_50 = { for k, v in { team = "infra", n = "50" } : k => upper(v) }
  name_50 = "${var.image_50}-${formatdate("YYYYMMDD", timestamp())}"
}

source "docker" "img_50" {
  image   = var.image_50
  commit  = true
  changes = ["ENV N=50", "LABEL team=infra"]
}

build {
  name    = "build-50"
  sources = ["source.docker.img_50"]

  provisioner "shell" {
    environment_vars = ["N=50", "NAME=${local.name_50}"]
    inline = [<<-EOS
      set -e
      %{ for t in ["a", "b"] ~}
      echo "${t}-$${HOME}"
      %{ endfor ~}
    EOS
    ]
  }

  post-processor "docker-tag" {
    repository = "repack/img-50"
    tags       = [for t in ["latest", "v50"] : t if t != ""]
  }
}

variable "image_51" {
  type        = string
  default     = "ubuntu:22.04"
  description = "Base image number 51"
  validation {
    condition     = length(var.image_51) > 3 && can(regex("^[a-z]", var.image_51))
    error_message = "The image must start with a letter."
  }
}

locals {
  tags_51 = { for k, v in { team = "infra", n = "51" } : k => upper(v) }
  name_51 = "${var.image_51}-${formatdate("YYYYMMDD", timestamp())}"
}

source "docker" "img_51" {
  image   = var.image_51
  commit  = true
  changes = ["ENV N=51", "LABEL team=infra"]
}

build {
  name    = "build-51"
  sources = ["source.docker.img_51"]

  provisioner "shell" {
    environment_vars = ["N=51", "NAME=${local.name_51}"]
    inline = [<<-EOS
      set -e
      %{ for t in ["a", "b"] ~}
      echo "${t}-$${HOME}"
      %{ endfor ~}
    EOS
    ]
  }

  post-processor "docker-tag" {
    repository = "repack/img-51"
    tags       = [for t in ["latest", "v51"] : t if t != ""]
  }
}

variable "image_52" {
  type        = string
  default     = "ubuntu:22.04"
  description = "Base image number 52"
  validation {
    condition     = length(var.image_52) > 3 && can(regex("^[a-z]", var.image_52))
    error_message = "The image must start with a letter."
  }
}

locals {
  tags_52 = { for k, v in { team = "infra", n = "52" } : k => upper(v) }
  name_52 = "${var.image_52}-${formatdate("YYYYMMDD", timestamp())}"
}

source "docker" "img_52" {
  image   = var.image_52
  commit  = true
  changes = ["ENV N=52", "LABEL team=infra"]
}

build {
  name    = "build-52"
  sources = ["source.docker.img_52"]

  provisioner "shell" {
    environment_vars = ["N=52", "NAME=${local.name_52}"]
    inline = [<<-EOS
      set -e
      %{ for t in ["a", "b"] ~}
      echo "${t}-$${HOME}"
      %{ endfor ~}
    EOS
    ]
  }

  post-processor "docker-tag" {
    repository = "repack/img-52"
    tags       = [for t in ["latest", "v52"] : t if t != ""]
  }
}

variable "image_53" {
  type        = string
  default     = "ubuntu:22.04"
  description = "Base image number 53"
  validation {
    condition     = length(var.image_53) > 3 && can(regex("^[a-z]", var.image_53))
    error_message = "The image must start with a letter."
  }
}

locals {
  tags_53 = { for k, v in { team = "infra", n = "53" } : k => upper(v) }
  name_53 = "${var.image_53}-${formatdate("YYYYMMDD", timestamp())}"
}

source "docker" "img_53" {
  image   = var.image_53
  commit  = true
  changes = ["ENV N=53", "LABEL team=infra"]
}

build {
  name    = "build-53"
  sources = ["source.docker.img_53"]

  provisioner "shell" {
    environment_vars = ["N=53", "NAME=${local.name_53}"]
    inline = [<<-EOS
      set -e
      %{ for t in ["a", "b"] ~}
      echo "${t}-$${HOME}"
      %{ endfor ~}
    EOS
    ]
  }

  post-processor "docker-tag" {
    repository = "repack/img-53"
    tags       = [for t in ["latest", "v53"] : t if t != ""]
  }
}

variable "image_54" {
  type        = string
  default     = "ubuntu:22.04"
  description = "Base image number 54"
  validation {
    condition     = length(var.image_54) > 3 && can(regex("^[a-z]", var.image_54))
    error_message = "The image must start with a letter."
  }
}

locals {
  tags_54 = { for k, v in { team = "infra", n = "54" } : k => upper(v) }
  name_54 = "${var.image_54}-${formatdate("YYYYMMDD", timestamp())}"
}

source "docker" "img_54" {
  image   = var.image_54
  commit  = true
  changes = ["ENV N=54", "LABEL team=infra"]
}

build {
  name    = "build-54"
  sources = ["source.docker.img_54"]

  provisioner "shell" {
    environment_vars = ["N=54", "NAME=${local.name_54}"]
    inline = [<<-EOS
      set -e
      %{ for t in ["a", "b"] ~}
      echo "${t}-$${HOME}"
      %{ endfor ~}
    EOS
    ]
  }

  post-processor "docker-tag" {
    repository = "repack/img-54"
    tags       = [for t in ["latest", "v54"] : t if t != ""]
  }
}

variable "image_55" {
  type        = string
  default     = "ubuntu:22.04"
  description = "Base image number 55"
  validation {
    condition     = length(var.image_55) > 3 && can(regex("^[a-z]", var.image_55))
    error_message = "The image must start with a letter."
  }
}

locals {
  tags_55 = { for k, v in { team = "infra", n = "55" } : k => upper(v) }
  name_55 = "${var.image_55}-${formatdate("YYYYMMDD", timestamp())}"
}

source "docker" "img_55" {
  image   = var.image_55
  commit  = true
  changes = ["ENV N=55", "LABEL team=infra"]
}

build {
  name    = "build-55"
  sources = ["source.docker.img_55"]

  provisioner "shell" {
    environment_vars = ["N=55", "NAME=${local.name_55}"]
    inline = [<<-EOS
      set -e
      %{ for t in ["a", "b"] ~}
      echo "${t}-$${HOME}"
      %{ endfor ~}
    EOS
    ]
  }

  post-processor "docker-tag" {
    repository = "repack/img-55"
    tags       = [for t in ["latest", "v55"] : t if t != ""]
  }
}

variable "image_56" {
  type        = string
  default     = "ubuntu:22.04"
  description = "Base image number 56"
  validation {
    condition     = length(var.image_56) > 3 && can(regex("^[a-z]", var.image_56))
    error_message = "The image must start with a letter."
  }
}

locals {
  tags_56 = { for k, v in { team = "infra", n = "56" } : k => upper(v) }
  name_56 = "${var.image_56}-${formatdate("YYYYMMDD", timestamp())}"
}

source "docker" "img_56" {
  image   = var.image_56
  commit  = true
  changes = ["ENV N=56", "LABEL team=infra"]
}

build {
  name    = "build-56"
  sources = ["source.docker.img_56"]

  provisioner "shell" {
    environment_vars = ["N=56", "NAME=${local.name_56}"]
    inline = [<<-EOS
      set -e
      %{ for t in ["a", "b"] ~}
      echo "${t}-$${HOME}"
      %{ endfor ~}
    EOS
    ]
  }

  post-processor "docker-tag" {
    repository = "repack/img-56"
    tags       = [for t in ["latest", "v56"] : t if t != ""]
  }
}

variable "image_57" {
  type        = string
  default     = "ubuntu:22.04"
  description = "Base image number 57"
  validation {
    condition     = length(var.image_57) > 3 && can(regex("^[a-z]", var.image_57))
    error_message = "The image must start with a letter."
  }
}

locals {
  tags_57 = { for k, v in { team = "infra", n = "57" } : k => upper(v) }
  name_57 = "${var.image_57}-${formatdate("YYYYMMDD", timestamp())}"
}

source "docker" "img_57" {
  image   = var.image_57
  commit  = true
  changes = ["ENV N=57", "LABEL team=infra"]
}

build {
  name    = "build-57"
  sources = ["source.docker.img_57"]

  provisioner "shell" {
    environment_vars = ["N=57", "NAME=${local.name_57}"]
    inline = [<<-EOS
      set -e
      %{ for t in ["a", "b"] ~}
      echo "${t}-$${HOME}"
      %{ endfor ~}
    EOS
    ]
  }

  post-processor "docker-tag" {
    repository = "repack/img-57"
    tags       = [for t in ["latest", "v57"] : t if t != ""]
  }
}

variable "image_58" {
  type        = string
  default     = "ubuntu:22.04"
  description = "Base image number 58"
  validation {
    condition     = length(var.image_58) > 3 && can(regex("^[a-z]", var.image_58))
    error_message = "The image must start with a letter."
  }
}

locals {
  tags_58 = { for k, v in { team = "infra", n = "58" } : k => upper(v) }
  name_58 = "${var.image_58}-${formatdate("YYYYMMDD", timestamp())}"
}

source "docker" "img_58" {
  image   = var.image_58
  commit  = true
  changes = ["ENV N=58", "LABEL team=infra"]
}

build {
  name    = "build-58"
  sources = ["source.docker.img_58"]

  provisioner "shell" {
    environment_vars = ["N=58", "NAME=${local.name_58}"]
    inline = [<<-EOS
      set -e
      %{ for t in ["a", "b"] ~}
      echo "${t}-$${HOME}"
      %{ endfor ~}
    EOS
    ]
  }

  post-processor "docker-tag" {
    repository = "repack/img-58"
    tags       = [for t in ["latest", "v58"] : t if t != ""]
  }
}

variable "image_59" {
  type        = string
  default     = "ubuntu:22.04"
  description = "Base image number 59"
  validation {
    condition     = length(var.image_59) > 3 && can(regex("^[a-z]", var.image_59))
    error_message = "The image must start with a letter."
  }
}

locals {
  tags_59 = { for k, v in { team = "infra", n = "59" } : k => upper(v) }
  name_59 = "${var.image_59}-${formatdate("YYYYMMDD", timestamp())}"
}

source "docker" "img_59" {
  image   = var.image_59
  commit  = true
  changes = ["ENV N=59", "LABEL team=infra"]
}

build {
  name    = "build-59"
  sources = ["source.docker.img_59"]

  provisioner "shell" {
    environment_vars = ["N=59", "NAME=${local.name_59}"]
    inline = [<<-EOS
      set -e
      %{ for t in ["a", "b"] ~}
      echo "${t}-$${HOME}"
      %{ endfor ~}
    EOS
    ]
  }

  post-processor "docker-tag" {
    repository = "repack/img-59"
    tags       = [for t in ["latest", "v59"] : t if t != ""]
  }
}

variable "image_60" {
  type        = string
  default     = "ubuntu:22.04"
  description = "Base image number 60"
  validation {
    condition     = length(var.image_60) > 3 && can(regex("^[a-z]", var.image_60))
    error_message = "The image must start with a letter."
  }
}

locals {
  tags_60 = { for k, v in { team = "infra", n = "60" } : k => upper(v) }
  name_60 = "${var.image_60}-${formatdate("YYYYMMDD", timestamp())}"
}

source "docker" "img_60" {
  image   = var.image_60
  commit  = true
  changes = ["ENV N=60", "LABEL team=infra"]
}

build {
  name    = "build-60"
  sources = ["source.docker.img_60"]

  provisioner "shell" {
    environment_vars = ["N=60", "NAME=${local.name_60}"]
    inline = [<<-EOS
      set -e
      %{ for t in ["a", "b"] ~}
      echo "${t}-$${HOME}"
      %{ endfor ~}
    EOS
    ]
  }

  post-processor "docker-tag" {
    repository = "repack/img-60"
    tags       = [for t in ["latest", "v60"] : t if t != ""]
  }
}

variable "image_61" {
  type        = string
  default     = "ubuntu:22.04"
  description = "Base image number 61"
  validation {
    condition     = length(var.image_61) > 3 && can(regex("^[a-z]", var.image_61))
    error_message = "The image must start with a letter."
  }
}

locals {
  tags_61 = { for k, v in { team = "infra", n = "61" } : k => upper(v) }
  name_61 = "${var.image_61}-${formatdate("YYYYMMDD", timestamp())}"
}

source "docker" "img_61" {
  image   = var.image_61
  commit  = true
  changes = ["ENV N=61", "LABEL team=infra"]
}

build {
  name    = "build-61"
  sources = ["source.docker.img_61"]

  provisioner "shell" {
    environment_vars = ["N=61", "NAME=${local.name_61}"]
    inline = [<<-EOS
      set -e
      %{ for t in ["a", "b"] ~}
      echo "${t}-$${HOME}"
      %{ endfor ~}
    EOS
    ]
  }

  post-processor "docker-tag" {
    repository = "repack/img-61"
    tags       = [for t in ["latest", "v61"] : t if t != ""]
  }
}

variable "image_62" {
  type        = string
  default     = "ubuntu:22.04"
  description = "Base image number 62"
  validation {
    condition     = length(var.image_62) > 3 && can(regex("^[a-z]", var.image_62))
    error_message = "The image must start with a letter."
  }
}

locals {
  tags_62 = { for k, v in { team = "infra", n = "62" } : k => upper(v) }
  name_62 = "${var.image_62}-${formatdate("YYYYMMDD", timestamp())}"
}

source "docker" "img_62" {
  image   = var.image_62
  commit  = true
  changes = ["ENV N=62", "LABEL team=infra"]
}

build {
  name    = "build-62"
  sources = ["source.docker.img_62"]

  provisioner "shell" {
    environment_vars = ["N=62", "NAME=${local.name_62}"]
    inline = [<<-EOS
      set -e
      %{ for t in ["a", "b"] ~}
      echo "${t}-$${HOME}"
      %{ endfor ~}
    EOS
    ]
  }

  post-processor "docker-tag" {
    repository = "repack/img-62"
    tags       = [for t in ["latest", "v62"] : t if t != ""]
  }
}

variable "image_63" {
  type        = string
  default     = "ubuntu:22.04"
  description = "Base image number 63"
  validation {
    condition     = length(var.image_63) > 3 && can(regex("^[a-z]", var.image_63))
    error_message = "The image must start with a letter."
  }
}

locals {
  tags_63 = { for k, v in { team = "infra", n = "63" } : k => upper(v) }
  name_63 = "${var.image_63}-${formatdate("YYYYMMDD", timestamp())}"
}

source "docker" "img_63" {
  image   = var.image_63
  commit  = true
  changes = ["ENV N=63", "LABEL team=infra"]
}

build {
  name    = "build-63"
  sources = ["source.docker.img_63"]

  provisioner "shell" {
    environment_vars = ["N=63", "NAME=${local.name_63}"]
    inline = [<<-EOS
      set -e
      %{ for t in ["a", "b"] ~}
      echo "${t}-$${HOME}"
      %{ endfor ~}
    EOS
    ]
  }

  post-processor "docker-tag" {
    repository = "repack/img-63"
    tags       = [for t in ["latest", "v63"] : t if t != ""]
  }
}

variable "image_64" {
  type        = string
  default     = "ubuntu:22.04"
  description = "Base image number 64"
  validation {
    condition     = length(var.image_64) > 3 && can(regex("^[a-z]", var.image_64))
    error_message = "The image must start with a letter."
  }
}

locals {
  tags_64 = { for k, v in { team = "infra", n = "64" } : k => upper(v) }
  name_64 = "${var.image_64}-${formatdate("YYYYMMDD", timestamp())}"
}

source "docker" "img_64" {
  image   = var.image_64
  commit  = true
  changes = ["ENV N=64", "LABEL team=infra"]
}

build {
  name    = "build-64"
  sources = ["source.docker.img_64"]

  provisioner "shell" {
    environment_vars = ["N=64", "NAME=${local.name_64}"]
    inline = [<<-EOS
      set -e
      %{ for t in ["a", "b"] ~}
      echo "${t}-$${HOME}"
      %{ endfor ~}
    EOS
    ]
  }

  post-processor "docker-tag" {
    repository = "repack/img-64"
    tags       = [for t in ["latest", "v64"] : t if t != ""]
  }
}

variable "image_65" {
  type        = string
  default     = "ubuntu:22.04"
  description = "Base image number 65"
  validation {
    condition     = length(var.image_65) > 3 && can(regex("^[a-z]", var.image_65))
    error_message = "The image must start with a letter."
  }
}

locals {
  tags_65 = { for k, v in { team = "infra", n = "65" } : k => upper(v) }
  name_65 = "${var.image_65}-${formatdate("YYYYMMDD", timestamp())}"
}

source "docker" "img_65" {
  image   = var.image_65
  commit  = true
  changes = ["ENV N=65", "LABEL team=infra"]
}

build {
  name    = "build-65"
  sources = ["source.docker.img_65"]

  provisioner "shell" {
    environment_vars = ["N=65", "NAME=${local.name_65}"]
    inline = [<<-EOS
      set -e
      %{ for t in ["a", "b"] ~}
      echo "${t}-$${HOME}"
      %{ endfor ~}
    EOS
    ]
  }

  post-processor "docker-tag" {
    repository = "repack/img-65"
    tags       = [for t in ["latest", "v65"] : t if t != ""]
  }
}

variable "image_66" {
  type        = string
  default     = "ubuntu:22.04"
  description = "Base image number 66"
  validation {
    condition     = length(var.image_66) > 3 && can(regex("^[a-z]", var.image_66))
    error_message = "The image must start with a letter."
  }
}

locals {
  tags_66 = { for k, v in { team = "infra", n = "66" } : k => upper(v) }
  name_66 = "${var.image_66}-${formatdate("YYYYMMDD", timestamp())}"
}

source "docker" "img_66" {
  image   = var.image_66
  commit  = true
  changes = ["ENV N=66", "LABEL team=infra"]
}

build {
  name    = "build-66"
  sources = ["source.docker.img_66"]

  provisioner "shell" {
    environment_vars = ["N=66", "NAME=${local.name_66}"]
    inline = [<<-EOS
      set -e
      %{ for t in ["a", "b"] ~}
      echo "${t}-$${HOME}"
      %{ endfor ~}
    EOS
    ]
  }

  post-processor "docker-tag" {
    repository = "repack/img-66"
    tags       = [for t in ["latest", "v66"] : t if t != ""]
  }
}

variable "image_67" {
  type        = string
  default     = "ubuntu:22.04"
  description = "Base image number 67"
  validation {
    condition     = length(var.image_67) > 3 && can(regex("^[a-z]", var.image_67))
    error_message = "The image must start with a letter."
  }
}

locals {
  tags_67 = { for k, v in { team = "infra", n = "67" } : k => upper(v) }
  name_67 = "${var.image_67}-${formatdate("YYYYMMDD", timestamp())}"
}

source "docker" "img_67" {
  image   = var.image_67
  commit  = true
  changes = ["ENV N=67", "LABEL team=infra"]
}

build {
  name    = "build-67"
  sources = ["source.docker.img_67"]

  provisioner "shell" {
    environment_vars = ["N=67", "NAME=${local.name_67}"]
    inline = [<<-EOS
      set -e
      %{ for t in ["a", "b"] ~}
      echo "${t}-$${HOME}"
      %{ endfor ~}
    EOS
    ]
  }

  post-processor "docker-tag" {
    repository = "repack/img-67"
    tags       = [for t in ["latest", "v67"] : t if t != ""]
  }
}

variable "image_68" {
  type        = string
  default     = "ubuntu:22.04"
  description = "Base image number 68"
  validation {
    condition     = length(var.image_68) > 3 && can(regex("^[a-z]", var.image_68))
    error_message = "The image must start with a letter."
  }
}

locals {
  tags_68 = { for k, v in { team = "infra", n = "68" } : k => upper(v) }
  name_68 = "${var.image_68}-${formatdate("YYYYMMDD", timestamp())}"
}

source "docker" "img_68" {
  image   = var.image_68
  commit  = true
  changes = ["ENV N=68", "LABEL team=infra"]
}

build {
  name    = "build-68"
  sources = ["source.docker.img_68"]

  provisioner "shell" {
    environment_vars = ["N=68", "NAME=${local.name_68}"]
    inline = [<<-EOS
      set -e
      %{ for t in ["a", "b"] ~}
      echo "${t}-$${HOME}"
      %{ endfor ~}
    EOS
    ]
  }

  post-processor "docker-tag" {
    repository = "repack/img-68"
    tags       = [for t in ["latest", "v68"] : t if t != ""]
  }
}

variable "image_69" {
  type        = string
  default     = "ubuntu:22.04"
  description = "Base image number 69"
  validation {
    condition     = length(var.image_69) > 3 && can(regex("^[a-z]", var.image_69))
    error_message = "The image must start with a letter."
  }
}

locals {
  tags_69 = { for k, v in { team = "infra", n = "69" } : k => upper(v) }
  name_69 = "${var.image_69}-${formatdate("YYYYMMDD", timestamp())}"
}

source "docker" "img_69" {
  image   = var.image_69
  commit  = true
  changes = ["ENV N=69", "LABEL team=infra"]
}

build {
  name    = "build-69"
  sources = ["source.docker.img_69"]

  provisioner "shell" {
    environment_vars = ["N=69", "NAME=${local.name_69}"]
    inline = [<<-EOS
      set -e
      %{ for t in ["a", "b"] ~}
      echo "${t}-$${HOME}"
      %{ endfor ~}
    EOS
    ]
  }

  post-processor "docker-tag" {
    repository = "repack/img-69"
    tags       = [for t in ["latest", "v69"] : t if t != ""]
  }
}

variable "image_70" {
  type        = string
  default     = "ubuntu:22.04"
  description = "Base image number 70"
  validation {
    condition     = length(var.image_70) > 3 && can(regex("^[a-z]", var.image_70))
    error_message = "The image must start with a letter."
  }
}

locals {
  tags_70 = { for k, v in { team = "infra", n = "70" } : k => upper(v) }
  name_70 = "${var.image_70}-${formatdate("YYYYMMDD", timestamp())}"
}

source "docker" "img_70" {
  image   = var.image_70
  commit  = true
  changes = ["ENV N=70", "LABEL team=infra"]
}

build {
  name    = "build-70"
  sources = ["source.docker.img_70"]

  provisioner "shell" {
    environment_vars = ["N=70", "NAME=${local.name_70}"]
    inline = [<<-EOS
      set -e
      %{ for t in ["a", "b"] ~}
      echo "${t}-$${HOME}"
      %{ endfor ~}
    EOS
    ]
  }

  post-processor "docker-tag" {
    repository = "repack/img-70"
    tags       = [for t in ["latest", "v70"] : t if t != ""]
  }
}

variable "image_71" {
  type        = string
  default     = "ubuntu:22.04"
  description = "Base image number 71"
  validation {
    condition     = length(var.image_71) > 3 && can(regex("^[a-z]", var.image_71))
    error_message = "The image must start with a letter."
  }
}

locals {
  tags_71 = { for k, v in { team = "infra", n = "71" } : k => upper(v) }
  name_71 = "${var.image_71}-${formatdate("YYYYMMDD", timestamp())}"
}

source "docker" "img_71" {
  image   = var.image_71
  commit  = true
  changes = ["ENV N=71", "LABEL team=infra"]
}

build {
  name    = "build-71"
  sources = ["source.docker.img_71"]

  provisioner "shell" {
    environment_vars = ["N=71", "NAME=${local.name_71}"]
    inline = [<<-EOS
      set -e
      %{ for t in ["a", "b"] ~}
      echo "${t}-$${HOME}"
      %{ endfor ~}
    EOS
    ]
  }

  post-processor "docker-tag" {
    repository = "repack/img-71"
    tags       = [for t in ["latest", "v71"] : t if t != ""]
  }
}

variable "image_72" {
  type        = string
  default     = "ubuntu:22.04"
  description = "Base image number 72"
  validation {
    condition     = length(var.image_72) > 3 && can(regex("^[a-z]", var.image_72))
    error_message = "The image must start with a letter."
  }
}

locals {
  tags_72 = { for k, v in { team = "infra", n = "72" } : k => upper(v) }
  name_72 = "${var.image_72}-${formatdate("YYYYMMDD", timestamp())}"
}

source "docker" "img_72" {
  image   = var.image_72
  commit  = true
  changes = ["ENV N=72", "LABEL team=infra"]
}

build {
  name    = "build-72"
  sources = ["source.docker.img_72"]

  provisioner "shell" {
    environment_vars = ["N=72", "NAME=${local.name_72}"]
    inline = [<<-EOS
      set -e
      %{ for t in ["a", "b"] ~}
      echo "${t}-$${HOME}"
      %{ endfor ~}
    EOS
    ]
  }

  post-processor "docker-tag" {
    repository = "repack/img-72"
    tags       = [for t in ["latest", "v72"] : t if t != ""]
  }
}

variable "image_73" {
  type        = string
  default     = "ubuntu:22.04"
  description = "Base image number 73"
  validation {
    condition     = length(var.image_73) > 3 && can(regex("^[a-z]", var.image_73))
    error_message = "The image must start with a letter."
  }
}

locals {
  tags_73 = { for k, v in { team = "infra", n = "73" } : k => upper(v) }
  name_73 = "${var.image_73}-${formatdate("YYYYMMDD", timestamp())}"
}

source "docker" "img_73" {
  image   = var.image_73
  commit  = true
  changes = ["ENV N=73", "LABEL team=infra"]
}

build {
  name    = "build-73"
  sources = ["source.docker.img_73"]

  provisioner "shell" {
    environment_vars = ["N=73", "NAME=${local.name_73}"]
    inline = [<<-EOS
      set -e
      %{ for t in ["a", "b"] ~}
      echo "${t}-$${HOME}"
      %{ endfor ~}
    EOS
    ]
  }

  post-processor "docker-tag" {
    repository = "repack/img-73"
    tags       = [for t in ["latest", "v73"] : t if t != ""]
  }
}

variable "image_74" {
  type        = string
  default     = "ubuntu:22.04"
  description = "Base image number 74"
  validation {
    condition     = length(var.image_74) > 3 && can(regex("^[a-z]", var.image_74))
    error_message = "The image must start with a letter."
  }
}

locals {
  tags_74 = { for k, v in { team = "infra", n = "74" } : k => upper(v) }
  name_74 = "${var.image_74}-${formatdate("YYYYMMDD", timestamp())}"
}

source "docker" "img_74" {
  image   = var.image_74
  commit  = true
  changes = ["ENV N=74", "LABEL team=infra"]
}

build {
  name    = "build-74"
  sources = ["source.docker.img_74"]

  provisioner "shell" {
    environment_vars = ["N=74", "NAME=${local.name_74}"]
    inline = [<<-EOS
      set -e
      %{ for t in ["a", "b"] ~}
      echo "${t}-$${HOME}"
      %{ endfor ~}
    EOS
    ]
  }

  post-processor "docker-tag" {
    repository = "repack/img-74"
    tags       = [for t in ["latest", "v74"] : t if t != ""]
  }
}

variable "image_75" {
  type        = string
  default     = "ubuntu:22.04"
  description = "Base image number 75"
  validation {
    condition     = length(var.image_75) > 3 && can(regex("^[a-z]", var.image_75))
    error_message = "The image must start with a letter."
  }
}

locals {
  tags_75 = { for k, v in { team = "infra", n = "75" } : k => upper(v) }
  name_75 = "${var.image_75}-${formatdate("YYYYMMDD", timestamp())}"
}

source "docker" "img_75" {
  image   = var.image_75
  commit  = true
  changes = ["ENV N=75", "LABEL team=infra"]
}

build {
  name    = "build-75"
  sources = ["source.docker.img_75"]

  provisioner "shell" {
    environment_vars = ["N=75", "NAME=${local.name_75}"]
    inline = [<<-EOS
      set -e
      %{ for t in ["a", "b"] ~}
      echo "${t}-$${HOME}"
      %{ endfor ~}
    EOS
    ]
  }

  post-processor "docker-tag" {
    repository = "repack/img-75"
    tags       = [for t in ["latest", "v75"] : t if t != ""]
  }
}

variable "image_76" {
  type        = string
  default     = "ubuntu:22.04"
  description = "Base image number 76"
  validation {
    condition     = length(var.image_76) > 3 && can(regex("^[a-z]", var.image_76))
    error_message = "The image must start with a letter."
  }
}

locals {
  tags_76 = { for k, v in { team = "infra", n = "76" } : k => upper(v) }
  name_76 = "${var.image_76}-${formatdate("YYYYMMDD", timestamp())}"
}

source "docker" "img_76" {
  image   = var.image_76
  commit  = true
  changes = ["ENV N=76", "LABEL team=infra"]
}

build {
  name    = "build-76"
  sources = ["source.docker.img_76"]

  provisioner "shell" {
    environment_vars = ["N=76", "NAME=${local.name_76}"]
    inline = [<<-EOS
      set -e
      %{ for t in ["a", "b"] ~}
      echo "${t}-$${HOME}"
      %{ endfor ~}
    EOS
    ]
  }

  post-processor "docker-tag" {
    repository = "repack/img-76"
    tags       = [for t in ["latest", "v76"] : t if t != ""]
  }
}

variable "image_77" {
  type        = string
  default     = "ubuntu:22.04"
  description = "Base image number 77"
  validation {
    condition     = length(var.image_77) > 3 && can(regex("^[a-z]", var.image_77))
    error_message = "The image must start with a letter."
  }
}

locals {
  tags_77 = { for k, v in { team = "infra", n = "77" } : k => upper(v) }
  name_77 = "${var.image_77}-${formatdate("YYYYMMDD", timestamp())}"
}

source "docker" "img_77" {
  image   = var.image_77
  commit  = true
  changes = ["ENV N=77", "LABEL team=infra"]
}

build {
  name    = "build-77"
  sources = ["source.docker.img_77"]

  provisioner "shell" {
    environment_vars = ["N=77", "NAME=${local.name_77}"]
    inline = [<<-EOS
      set -e
      %{ for t in ["a", "b"] ~}
      echo "${t}-$${HOME}"
      %{ endfor ~}
    EOS
    ]
  }

  post-processor "docker-tag" {
    repository = "repack/img-77"
    tags       = [for t in ["latest", "v77"] : t if t != ""]
  }
}

variable "image_78" {
  type        = string
  default     = "ubuntu:22.04"
  description = "Base image number 78"
  validation {
    condition     = length(var.image_78) > 3 && can(regex("^[a-z]", var.image_78))
    error_message = "The image must start with a letter."
  }
}

locals {
  tags_78 = { for k, v in { team = "infra", n = "78" } : k => upper(v) }
  name_78 = "${var.image_78}-${formatdate("YYYYMMDD", timestamp())}"
}

source "docker" "img_78" {
  image   = var.image_78
  commit  = true
  changes = ["ENV N=78", "LABEL team=infra"]
}

build {
  name    = "build-78"
  sources = ["source.docker.img_78"]

  provisioner "shell" {
    environment_vars = ["N=78", "NAME=${local.name_78}"]
    inline = [<<-EOS
      set -e
      %{ for t in ["a", "b"] ~}
      echo "${t}-$${HOME}"
      %{ endfor ~}
    EOS
    ]
  }

  post-processor "docker-tag" {
    repository = "repack/img-78"
    tags       = [for t in ["latest", "v78"] : t if t != ""]
  }
}

variable "image_79" {
  type        = string
  default     = "ubuntu:22.04"
  description = "Base image number 79"
  validation {
    condition     = length(var.image_79) > 3 && can(regex("^[a-z]", var.image_79))
    error_message = "The image must start with a letter."
  }
}

locals {
  tags_79 = { for k, v in { team = "infra", n = "79" } : k => upper(v) }
  name_79 = "${var.image_79}-${formatdate("YYYYMMDD", timestamp())}"
}

source "docker" "img_79" {
  image   = var.image_79
  commit  = true
  changes = ["ENV N=79", "LABEL team=infra"]
}

build {
  name    = "build-79"
  sources = ["source.docker.img_79"]

  provisioner "shell" {
    environment_vars = ["N=79", "NAME=${local.name_79}"]
    inline = [<<-EOS
      set -e
      %{ for t in ["a", "b"] ~}
      echo "${t}-$${HOME}"
      %{ endfor ~}
    EOS
    ]
  }

  post-processor "docker-tag" {
    repository = "repack/img-79"
    tags       = [for t in ["latest", "v79"] : t if t != ""]
  }
}

variable "image_80" {
  type        = string
  default     = "ubuntu:22.04"
  description = "Base image number 80"
  validation {
    condition     = length(var.image_80) > 3 && can(regex("^[a-z]", var.image_80))
    error_message = "The image must start with a letter."
  }
}

locals {
  tags_80 = { for k, v in { team = "infra", n = "80" } : k => upper(v) }
  name_80 = "${var.image_80}-${formatdate("YYYYMMDD", timestamp())}"
}

source "docker" "img_80" {
  image   = var.image_80
  commit  = true
  changes = ["ENV N=80", "LABEL team=infra"]
}

build {
  name    = "build-80"
  sources = ["source.docker.img_80"]

  provisioner "shell" {
    environment_vars = ["N=80", "NAME=${local.name_80}"]
    inline = [<<-EOS
      set -e
      %{ for t in ["a", "b"] ~}
      echo "${t}-$${HOME}"
      %{ endfor ~}
    EOS
    ]
  }

  post-processor "docker-tag" {
    repository = "repack/img-80"
    tags       = [for t in ["latest", "v80"] : t if t != ""]
  }
}

variable "image_81" {
  type        = string
  default     = "ubuntu:22.04"
  description = "Base image number 81"
  validation {
    condition     = length(var.image_81) > 3 && can(regex("^[a-z]", var.image_81))
    error_message = "The image must start with a letter."
  }
}

locals {
  tags_81 = { for k, v in { team = "infra", n = "81" } : k => upper(v) }
  name_81 = "${var.image_81}-${formatdate("YYYYMMDD", timestamp())}"
}

source "docker" "img_81" {
  image   = var.image_81
  commit  = true
  changes = ["ENV N=81", "LABEL team=infra"]
}

build {
  name    = "build-81"
  sources = ["source.docker.img_81"]

  provisioner "shell" {
    environment_vars = ["N=81", "NAME=${local.name_81}"]
    inline = [<<-EOS
      set -e
      %{ for t in ["a", "b"] ~}
      echo "${t}-$${HOME}"
      %{ endfor ~}
    EOS
    ]
  }

  post-processor "docker-tag" {
    repository = "repack/img-81"
    tags       = [for t in ["latest", "v81"] : t if t != ""]
  }
}

variable "image_82" {
  type        = string
  default     = "ubuntu:22.04"
  description = "Base image number 82"
  validation {
    condition     = length(var.image_82) > 3 && can(regex("^[a-z]", var.image_82))
    error_message = "The image must start with a letter."
  }
}

locals {
  tags_82 = { for k, v in { team = "infra", n = "82" } : k => upper(v) }
  name_82 = "${var.image_82}-${formatdate("YYYYMMDD", timestamp())}"
}

source "docker" "img_82" {
  image   = var.image_82
  commit  = true
  changes = ["ENV N=82", "LABEL team=infra"]
}

build {
  name    = "build-82"
  sources = ["source.docker.img_82"]

  provisioner "shell" {
    environment_vars = ["N=82", "NAME=${local.name_82}"]
    inline = [<<-EOS
      set -e
      %{ for t in ["a", "b"] ~}
      echo "${t}-$${HOME}"
      %{ endfor ~}
    EOS
    ]
  }

  post-processor "docker-tag" {
    repository = "repack/img-82"
    tags       = [for t in ["latest", "v82"] : t if t != ""]
  }
}

variable "image_83" {
  type        = string
  default     = "ubuntu:22.04"
  description = "Base image number 83"
  validation {
    condition     = length(var.image_83) > 3 && can(regex("^[a-z]", var.image_83))
    error_message = "The image must start with a letter."
  }
}

locals {
  tags_83 = { for k, v in { team = "infra", n = "83" } : k => upper(v) }
  name_83 = "${var.image_83}-${formatdate("YYYYMMDD", timestamp())}"
}

source "docker" "img_83" {
  image   = var.image_83
  commit  = true
  changes = ["ENV N=83", "LABEL team=infra"]
}

build {
  name    = "build-83"
  sources = ["source.docker.img_83"]

  provisioner "shell" {
    environment_vars = ["N=83", "NAME=${local.name_83}"]
    inline = [<<-EOS
      set -e
      %{ for t in ["a", "b"] ~}
      echo "${t}-$${HOME}"
      %{ endfor ~}
    EOS
    ]
  }

  post-processor "docker-tag" {
    repository = "repack/img-83"
    tags       = [for t in ["latest", "v83"] : t if t != ""]
  }
}

variable "image_84" {
  type        = string
  default     = "ubuntu:22.04"
  description = "Base image number 84"
  validation {
    condition     = length(var.image_84) > 3 && can(regex("^[a-z]", var.image_84))
    error_message = "The image must start with a letter."
  }
}

locals {
  tags_84 = { for k, v in { team = "infra", n = "84" } : k => upper(v) }
  name_84 = "${var.image_84}-${formatdate("YYYYMMDD", timestamp())}"
}

source "docker" "img_84" {
  image   = var.image_84
  commit  = true
  changes = ["ENV N=84", "LABEL team=infra"]
}

build {
  name    = "build-84"
  sources = ["source.docker.img_84"]

  provisioner "shell" {
    environment_vars = ["N=84", "NAME=${local.name_84}"]
    inline = [<<-EOS
      set -e
      %{ for t in ["a", "b"] ~}
      echo "${t}-$${HOME}"
      %{ endfor ~}
    EOS
    ]
  }

  post-processor "docker-tag" {
    repository = "repack/img-84"
    tags       = [for t in ["latest", "v84"] : t if t != ""]
  }
}

variable "image_85" {
  type        = string
  default     = "ubuntu:22.04"
  description = "Base image number 85"
  validation {
    condition     = length(var.image_85) > 3 && can(regex("^[a-z]", var.image_85))
    error_message = "The image must start with a letter."
  }
}

locals {
  tags_85 = { for k, v in { team = "infra", n = "85" } : k => upper(v) }
  name_85 = "${var.image_85}-${formatdate("YYYYMMDD", timestamp())}"
}

source "docker" "img_85" {
  image   = var.image_85
  commit  = true
  changes = ["ENV N=85", "LABEL team=infra"]
}

build {
  name    = "build-85"
  sources = ["source.docker.img_85"]

  provisioner "shell" {
    environment_vars = ["N=85", "NAME=${local.name_85}"]
    inline = [<<-EOS
      set -e
      %{ for t in ["a", "b"] ~}
      echo "${t}-$${HOME}"
      %{ endfor ~}
    EOS
    ]
  }

  post-processor "docker-tag" {
    repository = "repack/img-85"
    tags       = [for t in ["latest", "v85"] : t if t != ""]
  }
}

variable "image_86" {
  type        = string
  default     = "ubuntu:22.04"
  description = "Base image number 86"
  validation {
    condition     = length(var.image_86) > 3 && can(regex("^[a-z]", var.image_86))
    error_message = "The image must start with a letter."
  }
}

locals {
  tags_86 = { for k, v in { team = "infra", n = "86" } : k => upper(v) }
  name_86 = "${var.image_86}-${formatdate("YYYYMMDD", timestamp())}"
}

source "docker" "img_86" {
  image   = var.image_86
  commit  = true
  changes = ["ENV N=86", "LABEL team=infra"]
}

build {
  name    = "build-86"
  sources = ["source.docker.img_86"]

  provisioner "shell" {
    environment_vars = ["N=86", "NAME=${local.name_86}"]
    inline = [<<-EOS
      set -e
      %{ for t in ["a", "b"] ~}
      echo "${t}-$${HOME}"
      %{ endfor ~}
    EOS
    ]
  }

  post-processor "docker-tag" {
    repository = "repack/img-86"
    tags       = [for t in ["latest", "v86"] : t if t != ""]
  }
}

variable "image_87" {
  type        = string
  default     = "ubuntu:22.04"
  description = "Base image number 87"
  validation {
    condition     = length(var.image_87) > 3 && can(regex("^[a-z]", var.image_87))
    error_message = "The image must start with a letter."
  }
}

locals {
  tags_87 = { for k, v in { team = "infra", n = "87" } : k => upper(v) }
  name_87 = "${var.image_87}-${formatdate("YYYYMMDD", timestamp())}"
}

source "docker" "img_87" {
  image   = var.image_87
  commit  = true
  changes = ["ENV N=87", "LABEL team=infra"]
}

build {
  name    = "build-87"
  sources = ["source.docker.img_87"]

  provisioner "shell" {
    environment_vars = ["N=87", "NAME=${local.name_87}"]
    inline = [<<-EOS
      set -e
      %{ for t in ["a", "b"] ~}
      echo "${t}-$${HOME}"
      %{ endfor ~}
    EOS
    ]
  }

  post-processor "docker-tag" {
    repository = "repack/img-87"
    tags       = [for t in ["latest", "v87"] : t if t != ""]
  }
}

variable "image_88" {
  type        = string
  default     = "ubuntu:22.04"
  description = "Base image number 88"
  validation {
    condition     = length(var.image_88) > 3 && can(regex("^[a-z]", var.image_88))
    error_message = "The image must start with a letter."
  }
}

locals {
  tags_88 = { for k, v in { team = "infra", n = "88" } : k => upper(v) }
  name_88 = "${var.image_88}-${formatdate("YYYYMMDD", timestamp())}"
}

source "docker" "img_88" {
  image   = var.image_88
  commit  = true
  changes = ["ENV N=88", "LABEL team=infra"]
}

build {
  name    = "build-88"
  sources = ["source.docker.img_88"]

  provisioner "shell" {
    environment_vars = ["N=88", "NAME=${local.name_88}"]
    inline = [<<-EOS
      set -e
      %{ for t in ["a", "b"] ~}
      echo "${t}-$${HOME}"
      %{ endfor ~}
    EOS
    ]
  }

  post-processor "docker-tag" {
    repository = "repack/img-88"
    tags       = [for t in ["latest", "v88"] : t if t != ""]
  }
}

variable "image_89" {
  type        = string
  default     = "ubuntu:22.04"
  description = "Base image number 89"
  validation {
    condition     = length(var.image_89) > 3 && can(regex("^[a-z]", var.image_89))
    error_message = "The image must start with a letter."
  }
}

locals {
  tags_89 = { for k, v in { team = "infra", n = "89" } : k => upper(v) }
  name_89 = "${var.image_89}-${formatdate("YYYYMMDD", timestamp())}"
}

source "docker" "img_89" {
  image   = var.image_89
  commit  = true
  changes = ["ENV N=89", "LABEL team=infra"]
}

build {
  name    = "build-89"
  sources = ["source.docker.img_89"]

  provisioner "shell" {
    environment_vars = ["N=89", "NAME=${local.name_89}"]
    inline = [<<-EOS
      set -e
      %{ for t in ["a", "b"] ~}
      echo "${t}-$${HOME}"
      %{ endfor ~}
    EOS
    ]
  }

  post-processor "docker-tag" {
    repository = "repack/img-89"
    tags       = [for t in ["latest", "v89"] : t if t != ""]
  }
}

variable "image_90" {
  type        = string
  default     = "ubuntu:22.04"
  description = "Base image number 90"
  validation {
    condition     = length(var.image_90) > 3 && can(regex("^[a-z]", var.image_90))
    error_message = "The image must start with a letter."
  }
}

locals {
  tags_90 = { for k, v in { team = "infra", n = "90" } : k => upper(v) }
  name_90 = "${var.image_90}-${formatdate("YYYYMMDD", timestamp())}"
}

source "docker" "img_90" {
  image   = var.image_90
  commit  = true
  changes = ["ENV N=90", "LABEL team=infra"]
}

build {
  name    = "build-90"
  sources = ["source.docker.img_90"]

  provisioner "shell" {
    environment_vars = ["N=90", "NAME=${local.name_90}"]
    inline = [<<-EOS
      set -e
      %{ for t in ["a", "b"] ~}
      echo "${t}-$${HOME}"
      %{ endfor ~}
    EOS
    ]
  }

  post-processor "docker-tag" {
    repository = "repack/img-90"
    tags       = [for t in ["latest", "v90"] : t if t != ""]
  }
}

variable "image_91" {
  type        = string
  default     = "ubuntu:22.04"
  description = "Base image number 91"
  validation {
    condition     = length(var.image_91) > 3 && can(regex("^[a-z]", var.image_91))
    error_message = "The image must start with a letter."
  }
}

locals {
  tags_91 = { for k, v in { team = "infra", n = "91" } : k => upper(v) }
  name_91 = "${var.image_91}-${formatdate("YYYYMMDD", timestamp())}"
}

source "docker" "img_91" {
  image   = var.image_91
  commit  = true
  changes = ["ENV N=91", "LABEL team=infra"]
}

build {
  name    = "build-91"
  sources = ["source.docker.img_91"]

  provisioner "shell" {
    environment_vars = ["N=91", "NAME=${local.name_91}"]
    inline = [<<-EOS
      set -e
      %{ for t in ["a", "b"] ~}
      echo "${t}-$${HOME}"
      %{ endfor ~}
    EOS
    ]
  }

  post-processor "docker-tag" {
    repository = "repack/img-91"
    tags       = [for t in ["latest", "v91"] : t if t != ""]
  }
}

variable "image_92" {
  type        = string
  default     = "ubuntu:22.04"
  description = "Base image number 92"
  validation {
    condition     = length(var.image_92) > 3 && can(regex("^[a-z]", var.image_92))
    error_message = "The image must start with a letter."
  }
}

locals {
  tags_92 = { for k, v in { team = "infra", n = "92" } : k => upper(v) }
  name_92 = "${var.image_92}-${formatdate("YYYYMMDD", timestamp())}"
}

source "docker" "img_92" {
  image   = var.image_92
  commit  = true
  changes = ["ENV N=92", "LABEL team=infra"]
}

build {
  name    = "build-92"
  sources = ["source.docker.img_92"]

  provisioner "shell" {
    environment_vars = ["N=92", "NAME=${local.name_92}"]
    inline = [<<-EOS
      set -e
      %{ for t in ["a", "b"] ~}
      echo "${t}-$${HOME}"
      %{ endfor ~}
    EOS
    ]
  }

  post-processor "docker-tag" {
    repository = "repack/img-92"
    tags       = [for t in ["latest", "v92"] : t if t != ""]
  }
}

variable "image_93" {
  type        = string
  default     = "ubuntu:22.04"
  description = "Base image number 93"
  validation {
    condition     = length(var.image_93) > 3 && can(regex("^[a-z]", var.image_93))
    error_message = "The image must start with a letter."
  }
}

locals {
  tags_93 = { for k, v in { team = "infra", n = "93" } : k => upper(v) }
  name_93 = "${var.image_93}-${formatdate("YYYYMMDD", timestamp())}"
}

source "docker" "img_93" {
  image   = var.image_93
  commit  = true
  changes = ["ENV N=93", "LABEL team=infra"]
}

build {
  name    = "build-93"
  sources = ["source.docker.img_93"]

  provisioner "shell" {
    environment_vars = ["N=93", "NAME=${local.name_93}"]
    inline = [<<-EOS
      set -e
      %{ for t in ["a", "b"] ~}
      echo "${t}-$${HOME}"
      %{ endfor ~}
    EOS
    ]
  }

  post-processor "docker-tag" {
    repository = "repack/img-93"
    tags       = [for t in ["latest", "v93"] : t if t != ""]
  }
}

variable "image_94" {
  type        = string
  default     = "ubuntu:22.04"
  description = "Base image number 94"
  validation {
    condition     = length(var.image_94) > 3 && can(regex("^[a-z]", var.image_94))
    error_message = "The image must start with a letter."
  }
}

locals {
  tags_94 = { for k, v in { team = "infra", n = "94" } : k => upper(v) }
  name_94 = "${var.image_94}-${formatdate("YYYYMMDD", timestamp())}"
}

source "docker" "img_94" {
  image   = var.image_94
  commit  = true
  changes = ["ENV N=94", "LABEL team=infra"]
}

build {
  name    = "build-94"
  sources = ["source.docker.img_94"]

  provisioner "shell" {
    environment_vars = ["N=94", "NAME=${local.name_94}"]
    inline = [<<-EOS
      set -e
      %{ for t in ["a", "b"] ~}
      echo "${t}-$${HOME}"
      %{ endfor ~}
    EOS
    ]
  }

  post-processor "docker-tag" {
    repository = "repack/img-94"
    tags       = [for t in ["latest", "v94"] : t if t != ""]
  }
}

variable "image_95" {
  type        = string
  default     = "ubuntu:22.04"
  description = "Base image number 95"
  validation {
    condition     = length(var.image_95) > 3 && can(regex("^[a-z]", var.image_95))
    error_message = "The image must start with a letter."
  }
}

locals {
  tags_95 = { for k, v in { team = "infra", n = "95" } : k => upper(v) }
  name_95 = "${var.image_95}-${formatdate("YYYYMMDD", timestamp())}"
}

source "docker" "img_95" {
  image   = var.image_95
  commit  = true
  changes = ["ENV N=95", "LABEL team=infra"]
}

build {
  name    = "build-95"
  sources = ["source.docker.img_95"]

  provisioner "shell" {
    environment_vars = ["N=95", "NAME=${local.name_95}"]
    inline = [<<-EOS
      set -e
      %{ for t in ["a", "b"] ~}
      echo "${t}-$${HOME}"
      %{ endfor ~}
    EOS
    ]
  }

  post-processor "docker-tag" {
    repository = "repack/img-95"
    tags       = [for t in ["latest", "v95"] : t if t != ""]
  }
}

variable "image_96" {
  type        = string
  default     = "ubuntu:22.04"
  description = "Base image number 96"
  validation {
    condition     = length(var.image_96) > 3 && can(regex("^[a-z]", var.image_96))
    error_message = "The image must start with a letter."
  }
}

locals {
  tags_96 = { for k, v in { team = "infra", n = "96" } : k => upper(v) }
  name_96 = "${var.image_96}-${formatdate("YYYYMMDD", timestamp())}"
}

source "docker" "img_96" {
  image   = var.image_96
  commit  = true
  changes = ["ENV N=96", "LABEL team=infra"]
}

build {
  name    = "build-96"
  sources = ["source.docker.img_96"]

  provisioner "shell" {
    environment_vars = ["N=96", "NAME=${local.name_96}"]
    inline = [<<-EOS
      set -e
      %{ for t in ["a", "b"] ~}
      echo "${t}-$${HOME}"
      %{ endfor ~}
    EOS
    ]
  }

  post-processor "docker-tag" {
    repository = "repack/img-96"
    tags       = [for t in ["latest", "v96"] : t if t != ""]
  }
}

variable "image_97" {
  type        = string
  default     = "ubuntu:22.04"
  description = "Base image number 97"
  validation {
    condition     = length(var.image_97) > 3 && can(regex("^[a-z]", var.image_97))
    error_message = "The image must start with a letter."
  }
}

locals {
  tags_97 = { for k, v in { team = "infra", n = "97" } : k => upper(v) }
  name_97 = "${var.image_97}-${formatdate("YYYYMMDD", timestamp())}"
}

source "docker" "img_97" {
  image   = var.image_97
  commit  = true
  changes = ["ENV N=97", "LABEL team=infra"]
}

build {
  name    = "build-97"
  sources = ["source.docker.img_97"]

  provisioner "shell" {
    environment_vars = ["N=97", "NAME=${local.name_97}"]
    inline = [<<-EOS
      set -e
      %{ for t in ["a", "b"] ~}
      echo "${t}-$${HOME}"
      %{ endfor ~}
    EOS
    ]
  }

  post-processor "docker-tag" {
    repository = "repack/img-97"
    tags       = [for t in ["latest", "v97"] : t if t != ""]
  }
}

variable "image_98" {
  type        = string
  default     = "ubuntu:22.04"
  description = "Base image number 98"
  validation {
    condition     = length(var.image_98) > 3 && can(regex("^[a-z]", var.image_98))
    error_message = "The image must start with a letter."
  }
}

locals {
  tags_98 = { for k, v in { team = "infra", n = "98" } : k => upper(v) }
  name_98 = "${var.image_98}-${formatdate("YYYYMMDD", timestamp())}"
}

source "docker" "img_98" {
  image   = var.image_98
  commit  = true
  changes = ["ENV N=98", "LABEL team=infra"]
}

build {
  name    = "build-98"
  sources = ["source.docker.img_98"]

  provisioner "shell" {
    environment_vars = ["N=98", "NAME=${local.name_98}"]
    inline = [<<-EOS
      set -e
      %{ for t in ["a", "b"] ~}
      echo "${t}-$${HOME}"
      %{ endfor ~}
    EOS
    ]
  }

  post-processor "docker-tag" {
    repository = "repack/img-98"
    tags       = [for t in ["latest", "v98"] : t if t != ""]
  }
}

variable "image_99" {
  type        = string
  default     = "ubuntu:22.04"
  description = "Base image number 99"
  validation {
    condition     = length(var.image_99) > 3 && can(regex("^[a-z]", var.image_99))
    error_message = "The image must start with a letter."
  }
}

locals {
  tags_99 = { for k, v in { team = "infra", n = "99" } : k => upper(v) }
  name_99 = "${var.image_99}-${formatdate("YYYYMMDD", timestamp())}"
}

source "docker" "img_99" {
  image   = var.image_99
  commit  = true
  changes = ["ENV N=99", "LABEL team=infra"]
}

build {
  name    = "build-99"
  sources = ["source.docker.img_99"]

  provisioner "shell" {
    environment_vars = ["N=99", "NAME=${local.name_99}"]
    inline = [<<-EOS
      set -e
      %{ for t in ["a", "b"] ~}
      echo "${t}-$${HOME}"
      %{ endfor ~}
    EOS
    ]
  }

  post-processor "docker-tag" {
    repository = "repack/img-99"
    tags       = [for t in ["latest", "v99"] : t if t != ""]
  }
}

variable "image_100" {
  type        = string
  default     = "ubuntu:22.04"
  description = "Base image number 100"
  validation {
    condition     = length(var.image_100) > 3 && can(regex("^[a-z]", var.image_100))
    error_message = "The image must start with a letter."
  }
}

locals {
  tags_100 = { for k, v in { team = "infra", n = "100" } : k => upper(v) }
  name_100 = "${var.image_100}-${formatdate("YYYYMMDD", timestamp())}"
}

source "docker" "img_100" {
  image   = var.image_100
  commit  = true
  changes = ["ENV N=100", "LABEL team=infra"]
}

build {
  name    = "build-100"
  sources = ["source.docker.img_100"]

  provisioner "shell" {
    environment_vars = ["N=100", "NAME=${local.name_100}"]
    inline = [<<-EOS
      set -e
      %{ for t in ["a", "b"] ~}
      echo "${t}-$${HOME}"
      %{ endfor ~}
    EOS
    ]
  }

  post-processor "docker-tag" {
    repository = "repack/img-100"
    tags       = [for t in ["latest", "v100"] : t if t != ""]
  }
}

variable "image_101" {
  type        = string
  default     = "ubuntu:22.04"
  description = "Base image number 101"
  validation {
    condition     = length(var.image_101) > 3 && can(regex("^[a-z]", var.image_101))
    error_message = "The image must start with a letter."
  }
}

locals {
  tags_101 = { for k, v in { team = "infra", n = "101" } : k => upper(v) }
  name_101 = "${var.image_101}-${formatdate("YYYYMMDD", timestamp())}"
}

source "docker" "img_101" {
  image   = var.image_101
  commit  = true
  changes = ["ENV N=101", "LABEL team=infra"]
}

build {
  name    = "build-101"
  sources = ["source.docker.img_101"]

  provisioner "shell" {
    environment_vars = ["N=101", "NAME=${local.name_101}"]
    inline = [<<-EOS
      set -e
      %{ for t in ["a", "b"] ~}
      echo "${t}-$${HOME}"
      %{ endfor ~}
    EOS
    ]
  }

  post-processor "docker-tag" {
    repository = "repack/img-101"
    tags       = [for t in ["latest", "v101"] : t if t != ""]
  }
}

variable "image_102" {
  type        = string
  default     = "ubuntu:22.04"
  description = "Base image number 102"
  validation {
    condition     = length(var.image_102) > 3 && can(regex("^[a-z]", var.image_102))
    error_message = "The image must start with a letter."
  }
}

locals {
  tags_102 = { for k, v in { team = "infra", n = "102" } : k => upper(v) }
  name_102 = "${var.image_102}-${formatdate("YYYYMMDD", timestamp())}"
}

source "docker" "img_102" {
  image   = var.image_102
  commit  = true
  changes = ["ENV N=102", "LABEL team=infra"]
}

build {
  name    = "build-102"
  sources = ["source.docker.img_102"]

  provisioner "shell" {
    environment_vars = ["N=102", "NAME=${local.name_102}"]
    inline = [<<-EOS
      set -e
      %{ for t in ["a", "b"] ~}
      echo "${t}-$${HOME}"
      %{ endfor ~}
    EOS
    ]
  }

  post-processor "docker-tag" {
    repository = "repack/img-102"
    tags       = [for t in ["latest", "v102"] : t if t != ""]
  }
}

variable "image_103" {
  type        = string
  default     = "ubuntu:22.04"
  description = "Base image number 103"
  validation {
    condition     = length(var.image_103) > 3 && can(regex("^[a-z]", var.image_103))
    error_message = "The image must start with a letter."
  }
}

locals {
  tags_103 = { for k, v in { team = "infra", n = "103" } : k => upper(v) }
  name_103 = "${var.image_103}-${formatdate("YYYYMMDD", timestamp())}"
}

source "docker" "img_103" {
  image   = var.image_103
  commit  = true
  changes = ["ENV N=103", "LABEL team=infra"]
}

build {
  name    = "build-103"
  sources = ["source.docker.img_103"]

  provisioner "shell" {
    environment_vars = ["N=103", "NAME=${local.name_103}"]
    inline = [<<-EOS
      set -e
      %{ for t in ["a", "b"] ~}
      echo "${t}-$${HOME}"
      %{ endfor ~}
    EOS
    ]
  }

  post-processor "docker-tag" {
    repository = "repack/img-103"
    tags       = [for t in ["latest", "v103"] : t if t != ""]
  }
}

variable "image_104" {
  type        = string
  default     = "ubuntu:22.04"
  description = "Base image number 104"
  validation {
    condition     = length(var.image_104) > 3 && can(regex("^[a-z]", var.image_104))
    error_message = "The image must start with a letter."
  }
}

locals {
  tags_104 = { for k, v in { team = "infra", n = "104" } : k => upper(v) }
  name_104 = "${var.image_104}-${formatdate("YYYYMMDD", timestamp())}"
}

source "docker" "img_104" {
  image   = var.image_104
  commit  = true
  changes = ["ENV N=104", "LABEL team=infra"]
}

build {
  name    = "build-104"
  sources = ["source.docker.img_104"]

  provisioner "shell" {
    environment_vars = ["N=104", "NAME=${local.name_104}"]
    inline = [<<-EOS
      set -e
      %{ for t in ["a", "b"] ~}
      echo "${t}-$${HOME}"
      %{ endfor ~}
    EOS
    ]
  }

  post-processor "docker-tag" {
    repository = "repack/img-104"
    tags       = [for t in ["latest", "v104"] : t if t != ""]
  }
}

variable "image_105" {
  type        = string
  default     = "ubuntu:22.04"
  description = "Base image number 105"
  validation {
    condition     = length(var.image_105) > 3 && can(regex("^[a-z]", var.image_105))
    error_message = "The image must start with a letter."
  }
}

locals {
  tags_105 = { for k, v in { team = "infra", n = "105" } : k => upper(v) }
  name_105 = "${var.image_105}-${formatdate("YYYYMMDD", timestamp())}"
}

source "docker" "img_105" {
  image   = var.image_105
  commit  = true
  changes = ["ENV N=105", "LABEL team=infra"]
}

build {
  name    = "build-105"
  sources = ["source.docker.img_105"]

  provisioner "shell" {
    environment_vars = ["N=105", "NAME=${local.name_105}"]
    inline = [<<-EOS
      set -e
      %{ for t in ["a", "b"] ~}
      echo "${t}-$${HOME}"
      %{ endfor ~}
    EOS
    ]
  }

  post-processor "docker-tag" {
    repository = "repack/img-105"
    tags       = [for t in ["latest", "v105"] : t if t != ""]
  }
}

variable "image_106" {
  type        = string
  default     = "ubuntu:22.04"
  description = "Base image number 106"
  validation {
    condition     = length(var.image_106) > 3 && can(regex("^[a-z]", var.image_106))
    error_message = "The image must start with a letter."
  }
}

locals {
  tags_106 = { for k, v in { team = "infra", n = "106" } : k => upper(v) }
  name_106 = "${var.image_106}-${formatdate("YYYYMMDD", timestamp())}"
}

source "docker" "img_106" {
  image   = var.image_106
  commit  = true
  changes = ["ENV N=106", "LABEL team=infra"]
}

build {
  name    = "build-106"
  sources = ["source.docker.img_106"]

  provisioner "shell" {
    environment_vars = ["N=106", "NAME=${local.name_106}"]
    inline = [<<-EOS
      set -e
      %{ for t in ["a", "b"] ~}
      echo "${t}-$${HOME}"
      %{ endfor ~}
    EOS
    ]
  }

  post-processor "docker-tag" {
    repository = "repack/img-106"
    tags       = [for t in ["latest", "v106"] : t if t != ""]
  }
}

variable "image_107" {
  type        = string
  default     = "ubuntu:22.04"
  description = "Base image number 107"
  validation {
    condition     = length(var.image_107) > 3 && can(regex("^[a-z]", var.image_107))
    error_message = "The image must start with a letter."
  }
}

locals {
  tags_107 = { for k, v in { team = "infra", n = "107" } : k => upper(v) }
  name_107 = "${var.image_107}-${formatdate("YYYYMMDD", timestamp())}"
}

source "docker" "img_107" {
  image   = var.image_107
  commit  = true
  changes = ["ENV N=107", "LABEL team=infra"]
}

build {
  name    = "build-107"
  sources = ["source.docker.img_107"]

  provisioner "shell" {
    environment_vars = ["N=107", "NAME=${local.name_107}"]
    inline = [<<-EOS
      set -e
      %{ for t in ["a", "b"] ~}
      echo "${t}-$${HOME}"
      %{ endfor ~}
    EOS
    ]
  }

  post-processor "docker-tag" {
    repository = "repack/img-107"
    tags       = [for t in ["latest", "v107"] : t if t != ""]
  }
}

variable "image_108" {
  type        = string
  default     = "ubuntu:22.04"
  description = "Base image number 108"
  validation {
    condition     = length(var.image_108) > 3 && can(regex("^[a-z]", var.image_108))
    error_message = "The image must start with a letter."
  }
}

locals {
  tags_108 = { for k, v in { team = "infra", n = "108" } : k => upper(v) }
  name_108 = "${var.image_108}-${formatdate("YYYYMMDD", timestamp())}"
}

source "docker" "img_108" {
  image   = var.image_108
  commit  = true
  changes = ["ENV N=108", "LABEL team=infra"]
}

build {
  name    = "build-108"
  sources = ["source.docker.img_108"]

  provisioner "shell" {
    environment_vars = ["N=108", "NAME=${local.name_108}"]
    inline = [<<-EOS
      set -e
      %{ for t in ["a", "b"] ~}
      echo "${t}-$${HOME}"
      %{ endfor ~}
    EOS
    ]
  }

  post-processor "docker-tag" {
    repository = "repack/img-108"
    tags       = [for t in ["latest", "v108"] : t if t != ""]
  }
}

variable "image_109" {
  type        = string
  default     = "ubuntu:22.04"
  description = "Base image number 109"
  validation {
    condition     = length(var.image_109) > 3 && can(regex("^[a-z]", var.image_109))
    error_message = "The image must start with a letter."
  }
}

locals {
  tags_109 = { for k, v in { team = "infra", n = "109" } : k => upper(v) }
  name_109 = "${var.image_109}-${formatdate("YYYYMMDD", timestamp())}"
}

source "docker" "img_109" {
  image   = var.image_109
  commit  = true
  changes = ["ENV N=109", "LABEL team=infra"]
}

build {
  name    = "build-109"
  sources = ["source.docker.img_109"]

  provisioner "shell" {
    environment_vars = ["N=109", "NAME=${local.name_109}"]
    inline = [<<-EOS
      set -e
      %{ for t in ["a", "b"] ~}
      echo "${t}-$${HOME}"
      %{ endfor ~}
    EOS
    ]
  }

  post-processor "docker-tag" {
    repository = "repack/img-109"
    tags       = [for t in ["latest", "v109"] : t if t != ""]
  }
}

variable "image_110" {
  type        = string
  default     = "ubuntu:22.04"
  description = "Base image number 110"
  validation {
    condition     = length(var.image_110) > 3 && can(regex("^[a-z]", var.image_110))
    error_message = "The image must start with a letter."
  }
}

locals {
  tags_110 = { for k, v in { team = "infra", n = "110" } : k => upper(v) }
  name_110 = "${var.image_110}-${formatdate("YYYYMMDD", timestamp())}"
}

source "docker" "img_110" {
  image   = var.image_110
  commit  = true
  changes = ["ENV N=110", "LABEL team=infra"]
}

build {
  name    = "build-110"
  sources = ["source.docker.img_110"]

  provisioner "shell" {
    environment_vars = ["N=110", "NAME=${local.name_110}"]
    inline = [<<-EOS
      set -e
      %{ for t in ["a", "b"] ~}
      echo "${t}-$${HOME}"
      %{ endfor ~}
    EOS
    ]
  }

  post-processor "docker-tag" {
    repository = "repack/img-110"
    tags       = [for t in ["latest", "v110"] : t if t != ""]
  }
}

variable "image_111" {
  type        = string
  default     = "ubuntu:22.04"
  description = "Base image number 111"
  validation {
    condition     = length(var.image_111) > 3 && can(regex("^[a-z]", var.image_111))
    error_message = "The image must start with a letter."
  }
}

locals {
  tags_111 = { for k, v in { team = "infra", n = "111" } : k => upper(v) }
  name_111 = "${var.image_111}-${formatdate("YYYYMMDD", timestamp())}"
}

source "docker" "img_111" {
  image   = var.image_111
  commit  = true
  changes = ["ENV N=111", "LABEL team=infra"]
}

build {
  name    = "build-111"
  sources = ["source.docker.img_111"]

  provisioner "shell" {
    environment_vars = ["N=111", "NAME=${local.name_111}"]
    inline = [<<-EOS
      set -e
      %{ for t in ["a", "b"] ~}
      echo "${t}-$${HOME}"
      %{ endfor ~}
    EOS
    ]
  }

  post-processor "docker-tag" {
    repository = "repack/img-111"
    tags       = [for t in ["latest", "v111"] : t if t != ""]
  }
}

variable "image_112" {
  type        = string
  default     = "ubuntu:22.04"
  description = "Base image number 112"
  validation {
    condition     = length(var.image_112) > 3 && can(regex("^[a-z]", var.image_112))
    error_message = "The image must start with a letter."
  }
}

locals {
  tags_112 = { for k, v in { team = "infra", n = "112" } : k => upper(v) }
  name_112 = "${var.image_112}-${formatdate("YYYYMMDD", timestamp())}"
}

source "docker" "img_112" {
  image   = var.image_112
  commit  = true
  changes = ["ENV N=112", "LABEL team=infra"]
}

build {
  name    = "build-112"
  sources = ["source.docker.img_112"]

  provisioner "shell" {
    environment_vars = ["N=112", "NAME=${local.name_112}"]
    inline = [<<-EOS
      set -e
      %{ for t in ["a", "b"] ~}
      echo "${t}-$${HOME}"
      %{ endfor ~}
    EOS
    ]
  }

  post-processor "docker-tag" {
    repository = "repack/img-112"
    tags       = [for t in ["latest", "v112"] : t if t != ""]
  }
}

variable "image_113" {
  type        = string
  default     = "ubuntu:22.04"
  description = "Base image number 113"
  validation {
    condition     = length(var.image_113) > 3 && can(regex("^[a-z]", var.image_113))
    error_message = "The image must start with a letter."
  }
}

locals {
  tags_113 = { for k, v in { team = "infra", n = "113" } : k => upper(v) }
  name_113 = "${var.image_113}-${formatdate("YYYYMMDD", timestamp())}"
}

source "docker" "img_113" {
  image   = var.image_113
  commit  = true
  changes = ["ENV N=113", "LABEL team=infra"]
}

build {
  name    = "build-113"
  sources = ["source.docker.img_113"]

  provisioner "shell" {
    environment_vars = ["N=113", "NAME=${local.name_113}"]
    inline = [<<-EOS
      set -e
      %{ for t in ["a", "b"] ~}
      echo "${t}-$${HOME}"
      %{ endfor ~}
    EOS
    ]
  }

  post-processor "docker-tag" {
    repository = "repack/img-113"
    tags       = [for t in ["latest", "v113"] : t if t != ""]
  }
}

variable "image_114" {
  type        = string
  default     = "ubuntu:22.04"
  description = "Base image number 114"
  validation {
    condition     = length(var.image_114) > 3 && can(regex("^[a-z]", var.image_114))
    error_message = "The image must start with a letter."
  }
}

locals {
  tags_114 = { for k, v in { team = "infra", n = "114" } : k => upper(v) }
  name_114 = "${var.image_114}-${formatdate("YYYYMMDD", timestamp())}"
}

source "docker" "img_114" {
  image   = var.image_114
  commit  = true
  changes = ["ENV N=114", "LABEL team=infra"]
}

build {
  name    = "build-114"
  sources = ["source.docker.img_114"]

  provisioner "shell" {
    environment_vars = ["N=114", "NAME=${local.name_114}"]
    inline = [<<-EOS
      set -e
      %{ for t in ["a", "b"] ~}
      echo "${t}-$${HOME}"
      %{ endfor ~}
    EOS
    ]
  }

  post-processor "docker-tag" {
    repository = "repack/img-114"
    tags       = [for t in ["latest", "v114"] : t if t != ""]
  }
}

variable "image_115" {
  type        = string
  default     = "ubuntu:22.04"
  description = "Base image number 115"
  validation {
    condition     = length(var.image_115) > 3 && can(regex("^[a-z]", var.image_115))
    error_message = "The image must start with a letter."
  }
}

locals {
  tags_115 = { for k, v in { team = "infra", n = "115" } : k => upper(v) }
  name_115 = "${var.image_115}-${formatdate("YYYYMMDD", timestamp())}"
}

source "docker" "img_115" {
  image   = var.image_115
  commit  = true
  changes = ["ENV N=115", "LABEL team=infra"]
}

build {
  name    = "build-115"
  sources = ["source.docker.img_115"]

  provisioner "shell" {
    environment_vars = ["N=115", "NAME=${local.name_115}"]
    inline = [<<-EOS
      set -e
      %{ for t in ["a", "b"] ~}
      echo "${t}-$${HOME}"
      %{ endfor ~}
    EOS
    ]
  }

  post-processor "docker-tag" {
    repository = "repack/img-115"
    tags       = [for t in ["latest", "v115"] : t if t != ""]
  }
}

variable "image_116" {
  type        = string
  default     = "ubuntu:22.04"
  description = "Base image number 116"
  validation {
    condition     = length(var.image_116) > 3 && can(regex("^[a-z]", var.image_116))
    error_message = "The image must start with a letter."
  }
}

locals {
  tags_116 = { for k, v in { team = "infra", n = "116" } : k => upper(v) }
  name_116 = "${var.image_116}-${formatdate("YYYYMMDD", timestamp())}"
}

source "docker" "img_116" {
  image   = var.image_116
  commit  = true
  changes = ["ENV N=116", "LABEL team=infra"]
}

build {
  name    = "build-116"
  sources = ["source.docker.img_116"]

  provisioner "shell" {
    environment_vars = ["N=116", "NAME=${local.name_116}"]
    inline = [<<-EOS
      set -e
      %{ for t in ["a", "b"] ~}
      echo "${t}-$${HOME}"
      %{ endfor ~}
    EOS
    ]
  }

  post-processor "docker-tag" {
    repository = "repack/img-116"
    tags       = [for t in ["latest", "v116"] : t if t != ""]
  }
}

variable "image_117" {
  type        = string
  default     = "ubuntu:22.04"
  description = "Base image number 117"
  validation {
    condition     = length(var.image_117) > 3 && can(regex("^[a-z]", var.image_117))
    error_message = "The image must start with a letter."
  }
}

locals {
  tags_117 = { for k, v in { team = "infra", n = "117" } : k => upper(v) }
  name_117 = "${var.image_117}-${formatdate("YYYYMMDD", timestamp())}"
}

source "docker" "img_117" {
  image   = var.image_117
  commit  = true
  changes = ["ENV N=117", "LABEL team=infra"]
}

build {
  name    = "build-117"
  sources = ["source.docker.img_117"]

  provisioner "shell" {
    environment_vars = ["N=117", "NAME=${local.name_117}"]
    inline = [<<-EOS
      set -e
      %{ for t in ["a", "b"] ~}
      echo "${t}-$${HOME}"
      %{ endfor ~}
    EOS
    ]
  }

  post-processor "docker-tag" {
    repository = "repack/img-117"
    tags       = [for t in ["latest", "v117"] : t if t != ""]
  }
}

variable "image_118" {
  type        = string
  default     = "ubuntu:22.04"
  description = "Base image number 118"
  validation {
    condition     = length(var.image_118) > 3 && can(regex("^[a-z]", var.image_118))
    error_message = "The image must start with a letter."
  }
}

locals {
  tags_118 = { for k, v in { team = "infra", n = "118" } : k => upper(v) }
  name_118 = "${var.image_118}-${formatdate("YYYYMMDD", timestamp())}"
}

source "docker" "img_118" {
  image   = var.image_118
  commit  = true
  changes = ["ENV N=118", "LABEL team=infra"]
}

build {
  name    = "build-118"
  sources = ["source.docker.img_118"]

  provisioner "shell" {
    environment_vars = ["N=118", "NAME=${local.name_118}"]
    inline = [<<-EOS
      set -e
      %{ for t in ["a", "b"] ~}
      echo "${t}-$${HOME}"
      %{ endfor ~}
    EOS
    ]
  }

  post-processor "docker-tag" {
    repository = "repack/img-118"
    tags       = [for t in ["latest", "v118"] : t if t != ""]
  }
}

variable "image_119" {
  type        = string
  default     = "ubuntu:22.04"
  description = "Base image number 119"
  validation {
    condition     = length(var.image_119) > 3 && can(regex("^[a-z]", var.image_119))
    error_message = "The image must start with a letter."
  }
}

locals {
  tags_119 = { for k, v in { team = "infra", n = "119" } : k => upper(v) }
  name_119 = "${var.image_119}-${formatdate("YYYYMMDD", timestamp())}"
}

source "docker" "img_119" {
  image   = var.image_119
  commit  = true
  changes = ["ENV N=119", "LABEL team=infra"]
}

build {
  name    = "build-119"
  sources = ["source.docker.img_119"]

  provisioner "shell" {
    environment_vars = ["N=119", "NAME=${local.name_119}"]
    inline = [<<-EOS
      set -e
      %{ for t in ["a", "b"] ~}
      echo "${t}-$${HOME}"
      %{ endfor ~}
    EOS
    ]
  }

  post-processor "docker-tag" {
    repository = "repack/img-119"
    tags       = [for t in ["latest", "v119"] : t if t != ""]
  }
}
