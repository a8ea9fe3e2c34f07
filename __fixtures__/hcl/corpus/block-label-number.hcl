source 1 {
}
