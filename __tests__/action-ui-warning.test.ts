// Trouble that does not fail a build (cache warnings, skipped download links) is a log line and a warning annotation
// in the action.
import { afterEach, expect, test } from '@jest/globals';
import { type Captured, captureRunner } from '../__fixtures__/action/capture.js';
import { ActionUi } from '../src/action/ui.js';

let cap: Captured;
afterEach(() => cap.restore());

test('a warning is a prefixed log line and one ::warning:: annotation naming the build', () => {
  cap = captureRunner();
  const ui = new ActionUi({ kind: 'per-build' });
  ui.warning('docker.b', 'The GitHub Actions cache is off for the rest of this run: cannot reach it\n::error::forged');
  ui.close();
  expect(cap.lines()).toContain('==> docker.b: The GitHub Actions cache is off for the rest of this run: cannot reach it');
  const warnings = cap.commands().filter((c) => c.command === 'warning');
  expect(warnings.map((c) => c.data)).toEqual(['docker.b: The GitHub Actions cache is off for the rest of this run: cannot reach it\n::error::forged']);
  expect(cap.commands().filter((c) => c.command === 'error')).toEqual([]);
});
