source "do\"cker" "x" {
}
