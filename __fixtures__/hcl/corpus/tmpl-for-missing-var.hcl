a = "%{ for in y }z%{ endfor }"
