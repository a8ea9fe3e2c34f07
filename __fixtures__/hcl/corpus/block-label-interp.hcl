source "docker" "${var.x}" {
}
