# commit with every instruction `changes` accepts, plus author and message.
source "docker" "parity_changes" {
  image   = "127.0.0.1:5000/busybox:latest"
  commit  = true
  author  = "Parity <parity@example.com>"
  message = "parity commit"
  changes = [
    "CMD [\"/bin/echo\", \"hello\"]",
    "ENTRYPOINT [\"/bin/sh\", \"-c\"]",
    "ENV A=1 B=\"two words\"",
    "ENV C 3",
    "EXPOSE 8080 9090/udp",
    "LABEL org.example.name=parity org.example.spaced=\"a b\"",
    "ONBUILD RUN echo onbuild",
    "USER 1000:1000",
    "VOLUME [\"/data\", \"/cache\"]",
    "WORKDIR /srv/app",
  ]
}

# Shell forms of CMD and ENTRYPOINT.
source "docker" "parity_changes_shell_form" {
  image   = "127.0.0.1:5000/busybox:latest"
  commit  = true
  changes = ["CMD echo shell form", "ENTRYPOINT exec /bin/sh", "VOLUME /single"]
}

build {
  sources = ["source.docker.parity_changes", "source.docker.parity_changes_shell_form"]

  provisioner "shell" {
    inline = ["mkdir -p /srv/app", "echo made > /srv/app/made.txt"]
  }
}
