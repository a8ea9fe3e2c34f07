a = upper(<<EOF
x
EOF
)
