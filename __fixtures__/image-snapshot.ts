// What a container of an image sees — every regular file's checksum (outside /proc, /sys, /dev and the engine's
// mounts) — and the image's config: two builds made the same image when their snapshots are equal.
import type { Driver } from '../src/docker/driver.js';

export async function snapshot(driver: Driver, image: string, labels: Record<string, string>): Promise<{ files: string; config: unknown }> {
  const id = await driver.createContainer({ image, entrypoint: ['/bin/sh'], tty: true, openStdin: true, labels });
  try {
    await driver.startContainer(id);
    const r = await driver.exec(id, {
      cmd: [
        '/bin/sh',
        '-c',
        "find / -xdev \\( -path /proc -o -path /sys -o -path /dev \\) -prune -o -type f -print | grep -v '^/etc/host\\|^/etc/resolv' | sort | xargs sha256sum",
      ],
    });
    const info = await driver.inspectImage(image);
    return { files: r.stdout, config: info?.config };
  } finally {
    await driver.removeContainer(id);
  }
}
