#!/bin/sh
# w1.pkr.hcl as bare docker CLI calls (the shared w1 raw-docker.sh with the payload path as $1 and FOO as $2).
set -e
docker pull -q 127.0.0.1:5000/debian:bookworm >/dev/null
c=$(docker run -d -i --entrypoint /bin/sh 127.0.0.1:5000/debian:bookworm)
docker exec -e "FOO=$2" "$c" sh -c 'mkdir -p /srv; echo "FOO is $FOO" > /srv/example.txt; for i in 1 2 3 4 5; do echo line $i >> /srv/lines.txt; done'
docker cp "$1" "$c":/srv/payload.bin
docker exec "$c" sh -c 'sha256sum /srv/payload.bin > /srv/payload.sha256; echo 0 > /srv/last.txt'
id=$(docker commit --change "ENV GREETING=\"$2\"" --change 'WORKDIR /srv' --change 'CMD ["sh"]' "$c")
docker rm -f "$c" >/dev/null
docker tag "$id" 127.0.0.1:5000/bench-cache-w1-raw:a
docker tag "$id" 127.0.0.1:5000/bench-cache-w1-raw:b
docker push -q 127.0.0.1:5000/bench-cache-w1-raw:a >/dev/null
docker push -q 127.0.0.1:5000/bench-cache-w1-raw:b >/dev/null
