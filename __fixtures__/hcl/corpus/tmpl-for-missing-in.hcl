a = "%{ for x y }z%{ endfor }"
