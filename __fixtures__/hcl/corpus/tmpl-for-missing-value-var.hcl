a = "%{ for k, in y }z%{ endfor }"
