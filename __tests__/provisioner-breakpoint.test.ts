// breakpoint: disabled, without a terminal, and waiting for Enter on one (a scripted terminal).
import { describe, expect, it } from '@jest/globals';
import { BreakpointProvisioner, type Terminal } from '../src/provisioners/breakpoint.js';
import { BuildCancelled } from '../src/plugin/step.js';
import { container, plan, template, TempDirs } from '../__fixtures__/plugins/harness.js';

function terminal(interactive: boolean): Terminal & { waits: number } {
  return {
    waits: 0,
    isInteractive: () => interactive,
    async waitForEnter(signal) {
      this.waits++;
      if (signal.aborted) throw new BuildCancelled();
    },
  };
}

describe('breakpoint', () => {
  it.each([
    [true, undefined, false, ['==> Breakpoint provisioner disabled; continuing...'], 0],
    [true, 'n1', true, ['==> Breakpoint provisioner with note "n1" disabled; continuing...'], 0],
    [false, 'n2', false, ['==> Pausing at breakpoint provisioner with note "n2".', '==> Not waiting: stdin is not a terminal; continuing...'], 0],
    [false, undefined, true, ['==> Pausing at breakpoint provisioner.', '==> Press enter to continue.'], 1],
  ])('disable=%s note=%s tty=%s', async (disable, note, tty, lines, waits) => {
    const t = terminal(tty);
    const c = await container();
    await new BreakpointProvisioner(disable, note, t).run(c.ctx);
    expect(c.lines).toEqual(lines);
    expect(t.waits).toBe(waits);
  });

  it('stops waiting when the build is cancelled', async () => {
    const c = await container();
    const ac = new AbortController();
    ac.abort();
    await expect(new BreakpointProvisioner(false, undefined, terminal(true)).run({ ...c.ctx, signal: ac.signal })).rejects.toThrow(BuildCancelled);
  });

  it('decodes disable and note, and describes them', () => {
    const temps = new TempDirs();
    try {
      const dir = temps.make({ 't.pkr.hcl': template('  provisioner "breakpoint" {\n disable = true\n note = "look"\n  }') });
      const { builds } = plan(dir);
      expect(builds[0].provisioners[0].provisioner.describe()).toEqual({ type: 'breakpoint', disable: true, note: 'look' });
    } finally {
      temps.cleanup();
    }
  });
});
