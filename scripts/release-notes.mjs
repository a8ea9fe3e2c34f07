#!/usr/bin/env node
// Prints the CHANGELOG.md section of one version (Keep a Changelog: `## [1.2.3] - 2026-12-07`), without its heading,
// for the release workflow's notes. Exits 1, saying why, when the section is missing or empty.
// Usage: node scripts/release-notes.mjs 1.2.3 [CHANGELOG.md]
import { readFileSync } from 'node:fs';

export function releaseNotes(changelog, version) {
  const lines = changelog.split('\n');
  const start = lines.findIndex((l) => new RegExp(`^## \\[${version.replace(/\./g, '\\.')}\\](?: - \\d{4}-\\d{2}-\\d{2})?\\s*$`).test(l));
  if (start < 0) throw new Error(`CHANGELOG.md has no section "## [${version}] - YYYY-MM-DD"`);
  const end = lines.findIndex((l, i) => i > start && (/^## /.test(l) || /^\[[^\]]+\]: /.test(l)));
  const body = lines
    .slice(start + 1, end < 0 ? undefined : end)
    .join('\n')
    .trim();
  if (body === '') throw new Error(`CHANGELOG.md's section for ${version} is empty`);
  return `${body}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [version, file = 'CHANGELOG.md'] = process.argv.slice(2);
  try {
    if (!version) throw new Error('usage: release-notes.mjs VERSION [CHANGELOG.md]');
    process.stdout.write(releaseNotes(readFileSync(file, 'utf8'), version.replace(/^v/, '')));
  } catch (e) {
    process.stderr.write(`release-notes: ${e.message}\n`);
    process.exit(1);
  }
}
