build = {
}
