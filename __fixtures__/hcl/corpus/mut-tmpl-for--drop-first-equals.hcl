a  "%{ for x in var.list }${x}, %{ endfor }"
