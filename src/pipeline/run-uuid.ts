// PACKER_RUN_UUID: one per process, as Packer sets it. Templates see it as build.PackerRunUUID; the manifest
// post-processor records it.
import { randomUUID } from 'node:crypto';

export const RUN_UUID = process.env.PACKER_RUN_UUID || randomUUID();
