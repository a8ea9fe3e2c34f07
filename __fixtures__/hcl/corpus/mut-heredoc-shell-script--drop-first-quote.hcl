provisioner shell" {
  inline = [<<-EOS
    set -e
    if [ -f /etc/os-release ]; then
      . /etc/os-release
    fi
    echo "$${ID}"
  EOS
  ]
}
