a = <<EOF
$${literal} %%{literal}
EOF
