#!/bin/sh
# shell3.pkr.hcl as bare docker CLI calls: the floor for any tool driving the engine by CLI.
set -e
docker pull -q 127.0.0.1:5000/debian:bookworm >/dev/null
c=$(docker run -d -i --entrypoint /bin/sh 127.0.0.1:5000/debian:bookworm)
docker exec -e "FOO=hello world" -e "RUN=$1" "$c" sh -c 'mkdir -p /srv; echo "FOO is $FOO $RUN" > /srv/example.txt; for i in 1 2 3 4 5; do echo line $i >> /srv/lines.txt; done'
docker exec "$c" sh -c 'head -c 20000000 /dev/urandom > /srv/payload.bin'
docker exec "$c" sh -c "sha256sum /srv/payload.bin > /srv/payload.sha256; echo 0 > /srv/last.txt"
id=$(docker commit --change 'ENV GREETING="hello world"' --change 'WORKDIR /srv' --change 'CMD ["sh"]' "$c")
docker rm -f "$c" >/dev/null
docker tag "$id" 127.0.0.1:5000/bench-cache-raw:a
docker tag "$id" 127.0.0.1:5000/bench-cache-raw:b
docker push -q 127.0.0.1:5000/bench-cache-raw:a >/dev/null
docker push -q 127.0.0.1:5000/bench-cache-raw:b >/dev/null
