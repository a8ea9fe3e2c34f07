// Test cleanup against a real engine: every image carrying a label, newest first (a cache chain's later images
// before the ones they are made from), each of its tags removed before the image itself.
import type { Driver } from '../src/docker/driver.js';

export async function removeImagesLabelled(driver: Driver, label: string): Promise<void> {
  const images = await driver.listImages(label);
  images.sort((a, b) => (b.created ?? '').localeCompare(a.created ?? ''));
  for (const i of images) {
    for (const t of i.repoTags) if (t !== '<none>:<none>') await driver.removeImage(t, { force: true });
    await driver.removeImage(i.id, { force: true });
  }
}
