// Platforms as build-push-action's `platforms` and the engine write them: os/architecture[/variant].
import { extname } from 'node:path';
import type { ImageInfo } from '../docker/driver.js';

export interface Platform {
  os: string;
  architecture: string;
  variant?: string;
}

const PART = /^[a-z0-9_]+$/;

/** `linux/arm64/v8` names what the engine calls linux/arm64 (its default variant), as containerd normalises it. */
export function normalisePlatform(p: Platform): Platform {
  if (p.architecture === 'aarch64') p = { ...p, architecture: 'arm64' };
  if (p.architecture === 'x86_64' || p.architecture === 'x86-64') p = { ...p, architecture: 'amd64' };
  if (p.architecture === 'arm64' && p.variant === 'v8') return { os: p.os, architecture: p.architecture };
  return p;
}

export function parsePlatform(text: string): Platform | string {
  const parts = text.trim().toLowerCase().split('/');
  if (parts.length < 2 || parts.length > 3 || !parts.every((x) => PART.test(x)))
    return `"${text}" is not a platform: write it os/architecture[/variant], e.g. linux/amd64 or linux/arm/v7`;
  return normalisePlatform({ os: parts[0], architecture: parts[1], ...(parts[2] ? { variant: parts[2] } : {}) });
}

export function formatPlatform(p: Platform): string {
  return [p.os, p.architecture, ...(p.variant ? [p.variant] : [])].join('/');
}

/** A comma-separated list (the CLI flag, the action input; newlines too), without repeats; errors name each bad entry. */
export function parsePlatforms(text: string): { platforms: string[]; errors: string[] } {
  const platforms: string[] = [];
  const errors: string[] = [];
  for (const entry of text.split(/[,\n]/).map((x) => x.trim())) {
    if (entry === '') continue;
    const p = parsePlatform(entry);
    if (typeof p === 'string') errors.push(p);
    else if (!platforms.includes(formatPlatform(p))) platforms.push(formatPlatform(p));
  }
  return { platforms, errors };
}

/** `linux/arm/v7` → `linux-arm-v7`: the form a platform takes in tags and file names. */
export function platformSlug(platform: string): string {
  return platform.replace(/\//g, '-');
}

/** The platform an image's config names, normalised; undefined when the engine does not say. */
export function imagePlatform(image: ImageInfo): Platform | undefined {
  if (!image.os || !image.architecture) return undefined;
  return normalisePlatform({ os: image.os, architecture: image.architecture, ...(image.variant ? { variant: image.variant } : {}) });
}

/** Whether an image is of the platform asked for; a variant counts only when the platform asked names one. */
export function imageMatches(image: ImageInfo, platform: string): boolean {
  const want = parsePlatform(platform);
  const have = imagePlatform(image);
  if (typeof want === 'string' || !have) return true;
  return have.os === want.os && have.architecture === want.architecture && (!want.variant || have.variant === want.variant);
}

/** `out/app.tar.gz` → `out/app-linux-arm64.tar.gz`: each leg writes its own file. */
export function platformPath(path: string, platform: string): string {
  const slash = path.lastIndexOf('/');
  const base = path.slice(slash + 1);
  const dot = base.indexOf('.', 1);
  const ext = dot > 0 ? base.slice(dot) : extname(base);
  const stem = base.slice(0, base.length - ext.length);
  return `${path.slice(0, slash + 1)}${stem}-${platformSlug(platform)}${ext}`;
}
