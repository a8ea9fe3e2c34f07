café ${x}
