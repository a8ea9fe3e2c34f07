a = "{ not } a { block }"
