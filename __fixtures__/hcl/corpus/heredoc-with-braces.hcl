a = <<EOF
{ "json": [1, 2, { "x": "}" }] }
EOF
