// The benchmark workloads, each in up to four forms doing the same work: a template run by repack and by packer
// 1.6.6, a raw docker CLI script, and a Dockerfile built with the classic builder (then tagged and pushed like the
// others). Files are written into a fresh directory per workload.
import { randomBytes } from 'node:crypto';
import { closeSync, copyFileSync, existsSync, openSync, readFileSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';

export type Tool = 'repack' | 'packer' | 'raw' | 'dockerfile';
/** `min`: repack cold with `-cache-to type=local,mode=min` (no cache image per step, only the result). */
export type Mode = 'cold' | 'warm' | 'min';

export interface Workload {
  name: string;
  title: string;
  /** Writes the workload's files into `dir`. */
  prepare(dir: string): void;
  /** Tools that have a form of this workload (and why one is missing). */
  tools: Tool[];
  missing?: Partial<Record<Tool, string>>;
  /** Extra repack/packer flags. */
  templateFile: string;
  packerFile?: string;
  /** A run slower than this is interrupted and tried once more (default 5 min). */
  timeoutMs?: number;
}

const REGISTRY = '127.0.0.1:5000';
const BASE = `${REGISTRY}/debian:bookworm`;
const SHARED_W1 = join(import.meta.dirname, '../../shared/bench/w1');
const EXAMPLE = join(import.meta.dirname, '../examples/docker-ubuntu/docker-ubuntu.pkr.hcl');

/** Builds the Dockerfile in `dir` (classic builder), tags and pushes it; `$@` passes --no-cache / --build-arg. */
export function dockerBuildScript(repo: string, tags: string[]): string {
  const [first, ...rest] = tags;
  return [
    '#!/bin/sh',
    'set -e',
    `DOCKER_BUILDKIT=0 docker build -q "$@" -t ${repo}:${first} . >/dev/null`,
    ...rest.map((t) => `docker tag ${repo}:${first} ${repo}:${t}`),
    ...tags.map((t) => `docker push -q ${repo}:${t} >/dev/null`),
    '',
  ].join('\n');
}

/** Packer 1.6.6 knows no `packer { required_plugins }` block (1.7) and wants no leading comment line. */
export function forPacker(template: string): string {
  return template.replace(/^packer \{[\s\S]*?\n\}\n/m, '').replace(/^(#[^\n]*\n)+/, '');
}

/** A file of `bytes` random bytes (incompressible, as real payloads in a push), made once. */
export function ensurePayload(path: string, bytes: number): void {
  if (existsSync(path) && statSync(path).size === bytes) return;
  const fd = openSync(path, 'w');
  try {
    for (let off = 0; off < bytes; off += 1 << 20) writeSync(fd, randomBytes(Math.min(1 << 20, bytes - off)));
  } finally {
    closeSync(fd);
  }
}

function write(dir: string, files: Record<string, string>): void {
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text, { mode: name.endsWith('.sh') ? 0o755 : 0o644 });
}

const w1: Workload = {
  name: 'w1',
  title: 'w1 (shared reference: env + 20 MB upload + hash, commit with changes, 2 tags, push)',
  tools: ['repack', 'packer', 'raw', 'dockerfile'],
  templateFile: 'template.pkr.hcl',
  prepare(dir) {
    ensurePayload('/tmp/payload.bin', 20_000_000);
    for (const f of ['template.pkr.hcl', 'raw-docker.sh', 'Dockerfile']) copyFileSync(join(SHARED_W1, f), join(dir, f));
    copyFileSync('/tmp/payload.bin', join(dir, 'payload.bin'));
    write(dir, { 'docker-build.sh': dockerBuildScript(`${REGISTRY}/bench-w1-db`, ['a', 'b']) });
  },
};

const example: Workload = {
  name: 'example',
  title: 'README example (apt-get update && apt-get install redis-server, 1 tag, push)',
  tools: ['repack', 'packer', 'raw', 'dockerfile'],
  templateFile: 'template.pkr.hcl',
  packerFile: 'packer.pkr.hcl',
  // apt-get against the Debian mirror: ~10 s when the network is well, a stalled connection otherwise.
  timeoutMs: 90_000,
  prepare(dir) {
    const text = readFileSync(EXAMPLE, 'utf8');
    write(dir, {
      'template.pkr.hcl': text,
      'packer.pkr.hcl': forPacker(text),
      'raw-docker.sh': `#!/bin/sh
set -e
docker pull -q ${BASE} >/dev/null
c=$(docker run -d -i --entrypoint /bin/sh ${BASE})
docker exec -e "FOO=hello world" -e DEBIAN_FRONTEND=noninteractive "$c" sh -ec 'echo Adding file to Docker Container; apt-get update; apt-get install -y redis-server; echo "FOO is $FOO" > example.txt' >/dev/null
id=$(docker commit --change 'CMD ["bash"]' --change 'ENTRYPOINT []' "$c")
docker rm -f "$c" >/dev/null
docker tag "$id" ${REGISTRY}/bench-example-raw:0.6
docker push -q ${REGISTRY}/bench-example-raw:0.6 >/dev/null
`,
      Dockerfile: `FROM ${BASE}\nENV FOO="hello world" DEBIAN_FRONTEND=noninteractive\nRUN echo Adding file to Docker Container && apt-get update && apt-get install -y redis-server && echo "FOO is $FOO" > example.txt\n`,
      'docker-build.sh': dockerBuildScript(`${REGISTRY}/bench-example-db`, ['0.6']),
    });
  },
};

const STEPS = Array.from({ length: 20 }, (_, i) => i + 1);
const shell20: Workload = {
  name: 'shell20',
  title: '20 small shell provisioners, commit, 1 tag, push',
  tools: ['repack', 'packer', 'raw', 'dockerfile'],
  templateFile: 'template.pkr.hcl',
  prepare(dir) {
    const provisioners = STEPS.map((i) => `  provisioner "shell" {\n    inline = ["echo step ${i} >> /steps.txt"]\n  }\n`).join('');
    write(dir, {
      'template.pkr.hcl': `source "docker" "debian" {\n  image  = "${BASE}"\n  commit = true\n}\n\nbuild {\n  name    = "shell20"\n  sources = ["source.docker.debian"]\n${provisioners}  post-processors {\n    post-processor "docker-tag" {\n      repository = "${REGISTRY}/bench-shell20"\n      tags       = ["a"]\n    }\n    post-processor "docker-push" {}\n  }\n}\n`,
      'raw-docker.sh': `#!/bin/sh\nset -e\ndocker pull -q ${BASE} >/dev/null\nc=$(docker run -d -i --entrypoint /bin/sh ${BASE})\n${STEPS.map((i) => `docker exec "$c" sh -c 'echo step ${i} >> /steps.txt'`).join('\n')}\nid=$(docker commit "$c")\ndocker rm -f "$c" >/dev/null\ndocker tag "$id" ${REGISTRY}/bench-shell20-raw:a\ndocker push -q ${REGISTRY}/bench-shell20-raw:a >/dev/null\n`,
      Dockerfile: `FROM ${BASE}\n${STEPS.map((i) => `RUN echo step ${i} >> /steps.txt`).join('\n')}\n`,
      'docker-build.sh': dockerBuildScript(`${REGISTRY}/bench-shell20-db`, ['a']),
    });
  },
};

const BIG = '/tmp/bench-200m.bin';
const file200: Workload = {
  name: 'file200',
  title: '200 MB file upload then download (file provisioner both ways; container discarded)',
  tools: ['repack', 'packer', 'raw'],
  missing: { dockerfile: 'a Dockerfile cannot download a file from the image' },
  templateFile: 'template.pkr.hcl',
  prepare(dir) {
    ensurePayload(BIG, 200_000_000);
    write(dir, {
      'template.pkr.hcl': `source "docker" "debian" {\n  image   = "${BASE}"\n  discard = true\n}\n\nbuild {\n  name    = "file200"\n  sources = ["source.docker.debian"]\n  provisioner "file" {\n    source      = "${BIG}"\n    destination = "/tmp/big.bin"\n  }\n  provisioner "file" {\n    direction   = "download"\n    source      = "/tmp/big.bin"\n    destination = "out/big.bin"\n  }\n}\n`,
      'raw-docker.sh': `#!/bin/sh\nset -e\nmkdir -p out\ndocker pull -q ${BASE} >/dev/null\nc=$(docker run -d -i --entrypoint /bin/sh ${BASE})\ndocker cp ${BIG} "$c":/tmp/big.bin\ndocker cp "$c":/tmp/big.bin out/big.bin\ndocker rm -f "$c" >/dev/null\n`,
    });
  },
};

const NAMES = ['a', 'b', 'c', 'd'];
const parallel4: Workload = {
  name: 'parallel4',
  title: 'four builds in parallel (each: shell step writing 5 MB, commit, 1 tag, push)',
  tools: ['repack', 'packer', 'raw', 'dockerfile'],
  templateFile: 'template.pkr.hcl',
  prepare(dir) {
    const sources = NAMES.map((n) => `source "docker" "${n}" {\n  image  = "${BASE}"\n  commit = true\n}\n`).join('\n');
    write(dir, {
      'template.pkr.hcl': `${sources}\nbuild {\n  name    = "par"\n  sources = [${NAMES.map((n) => `"source.docker.${n}"`).join(', ')}]\n  provisioner "shell" {\n    inline = ["echo \${source.name} > /name", "head -c 5000000 /dev/urandom > /blob"]\n  }\n  post-processors {\n    post-processor "docker-tag" {\n      repository = "${REGISTRY}/bench-par-\${source.name}"\n      tags       = ["a"]\n    }\n    post-processor "docker-push" {}\n  }\n}\n`,
      'raw-docker.sh': `#!/bin/sh\nset -e\none() {\n  docker pull -q ${BASE} >/dev/null\n  c=$(docker run -d -i --entrypoint /bin/sh ${BASE})\n  docker exec "$c" sh -c "echo $1 > /name; head -c 5000000 /dev/urandom > /blob"\n  id=$(docker commit "$c")\n  docker rm -f "$c" >/dev/null\n  docker tag "$id" ${REGISTRY}/bench-par-raw-$1:a\n  docker push -q ${REGISTRY}/bench-par-raw-$1:a >/dev/null\n}\n${NAMES.map((n) => `one ${n} & p${n}=$!`).join('\n')}\n${NAMES.map((n) => `wait $p${n}`).join('\n')}\n`,
      Dockerfile: `FROM ${BASE}\nARG NAME\nRUN echo $NAME > /name && head -c 5000000 /dev/urandom > /blob\n`,
      'docker-build.sh': `#!/bin/sh\nset -e\none() {\n  n=$1\n  shift\n  DOCKER_BUILDKIT=0 docker build -q "$@" --build-arg NAME=$n -t ${REGISTRY}/bench-par-db-$n:a . >/dev/null\n  docker push -q ${REGISTRY}/bench-par-db-$n:a >/dev/null\n}\nflag=\${1:-}\n${NAMES.map((n) => `one ${n} $flag & p${n}=$!`).join('\n')}\n${NAMES.map((n) => `wait $p${n}`).join('\n')}\n`,
    });
  },
};

export const WORKLOADS: Workload[] = [w1, shell20, file200, parallel4, example];
