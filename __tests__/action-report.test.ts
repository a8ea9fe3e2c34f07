// How a run ends in the action's log: Packer's closing lines (failed builds with every line of their error, then the
// artifacts of the builds that succeeded), and the one line that says why the step failed — the first error of the
// template, the cancellation, or which builds failed.
import { afterEach, describe, expect, it } from '@jest/globals';
import { captureRunner, type Captured } from '../__fixtures__/action/capture.js';
import { result } from '../__fixtures__/action/results.js';
import { failureReason, oneLine, printClosing } from '../src/action/report.js';
import { error, warning } from '../src/hcl/diagnostics.js';
import type { BuildResult } from '../src/plugin/result.js';

const at = { file: 't.pkr.hcl', start: { line: 3, column: 7, offset: 20 }, end: { line: 3, column: 9, offset: 22 } };
const artifact = (description: string) => ({ builderId: 'packer.docker', id: 'x', description, files: [] });

let cap: Captured | undefined;
afterEach(() => {
  cap?.restore();
  cap = undefined;
});

function closing(results: BuildResult[]): string[] {
  cap = captureRunner();
  printClosing(results);
  return cap.lines();
}

describe('printClosing', () => {
  it('lists each failed build with every line of its error, then the artifacts of the others', () => {
    const results = [
      result('b.docker.ok', { artifacts: [artifact('Imported Docker image: sha256:1'), artifact('Tagged\nx/y:1')] }),
      result('b.docker.bad', { error: 'push failed\nunauthorized', artifacts: [artifact('never shown')] }),
    ];
    expect(closing(results)).toEqual([
      "==> Some builds didn't complete successfully and had errors:",
      '--> b.docker.bad: push failed',
      '--> b.docker.bad: unauthorized',
      '==> Builds finished. The artifacts of successful builds are:',
      '--> b.docker.ok: Imported Docker image: sha256:1',
      '--> b.docker.ok: Tagged',
      '--> b.docker.ok: x/y:1',
    ]);
  });

  it('says so when no build made an artifact, and prints no error block when none failed', () => {
    expect(closing([result('b.docker.a')])).toEqual(['==> Builds finished but no artifacts were created.']);
    cap?.restore();
    expect(closing([result('b.docker.a', { error: 'boom' })])).toEqual([
      "==> Some builds didn't complete successfully and had errors:",
      '--> b.docker.a: boom',
      '==> Builds finished but no artifacts were created.',
    ]);
  });

  it('keeps a build name on one line', () => {
    expect(oneLine('a\r\nb\nc')).toBe('a\\r\\nb\\nc');
    expect(closing([result('x\ny', { error: 'e' })])[1]).toBe('--> x\\ny: e');
  });
});

describe('failureReason', () => {
  it('one error: where, summary and the first line of its detail', () => {
    expect(failureReason([warning('W'), error('Bad value', 'line one\nline two', at)], [], false)).toBe('t.pkr.hcl:3:7: Bad value: line one');
    expect(failureReason([error('Bad value')], [], false)).toBe('Bad value');
    expect(failureReason([error('Bad value', 'first  \r\nsecond')], [], false)).toBe('Bad value: first');
  });

  it('several errors: how many, and the first without its detail', () => {
    expect(failureReason([error('First', 'detail', at), warning('W'), error('Second')], [], true)).toBe(
      'The template has 2 errors; the first: t.pkr.hcl:3:7: First',
    );
  });

  it('a cancelled run, when the template had no error', () => {
    expect(failureReason([warning('W')], [result('b.docker.a', { error: 'killed' })], true)).toBe('The build was cancelled.');
  });

  it('failed builds: the error of the only build, or how many failed of how many, by name', () => {
    expect(failureReason([], [result('b.docker.a', { error: 'exit 1\nmore' })], false)).toBe("Build 'b.docker.a' errored: exit 1");
    expect(failureReason([], [result('b.docker.a', { error: 'e' }), result('b.docker.b')], false)).toBe('1 of 2 builds failed: b.docker.a');
    expect(failureReason([], [result('a', { error: 'e' }), result('b', { error: 'f' }), result('c')], false)).toBe('2 of 3 builds failed: a, b');
  });

  it('nothing failed: no reason', () => {
    expect(failureReason([warning('W')], [result('b.docker.a')], false)).toBeUndefined();
  });
});
