a = format(   "%s-%s",
  "a",
  "b"
)
