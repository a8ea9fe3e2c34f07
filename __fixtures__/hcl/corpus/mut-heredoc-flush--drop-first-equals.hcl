a  <<-EOF
    hello
      world
    EOF
