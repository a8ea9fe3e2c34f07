build {
}
}
