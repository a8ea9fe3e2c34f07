// -machine-readable, -timestamp-ui and the end-of-run report, line for line as packer 1.6.6 prints them (captured from
// `packer build` runs of __fixtures__/parity templates; only IDs and times differ).
import { durationInWords } from '../src/pipeline/run-builds.js';
import { machineEscape } from '../src/pipeline/secret-mask.js';
import { reportBuilds, rfc3339, TerminalUi, type BuildEnd } from '../src/cli/ui.js';

const NOW = new Date('2026-11-25T10:16:36.789Z');

function ui(o: { machineReadable?: boolean; timestamps?: boolean; color?: boolean } = {}) {
  let out = '';
  const t = new TerminalUi({
    color: o.color ?? false,
    timestamps: o.timestamps ?? false,
    machineReadable: o.machineReadable ?? false,
    write: (s) => (out += s),
    now: () => NOW,
  });
  return { t, out: () => out };
}

const IMAGE = 'sha256:b5a34bfa4dbd3b556c33e678d15fe33d472c98104754951963fc001ce65c6d16';
const OK: BuildEnd = {
  name: 'docker.a',
  artifacts: [{ builderId: 'packer.post-processor.docker-import', id: IMAGE, description: `Imported Docker image: ${IMAGE}`, files: [] }],
};
const FAILED: BuildEnd = { name: 'docker.b', error: 'Script exited with non-zero exit status: 3.Allowed exit codes are: [0]', artifacts: [] };

describe('machine-readable lines', () => {
  test('ui lines have an empty target and keep the build prefix in the text; commas and newlines are escaped', () => {
    const { t, out } = ui({ machineReadable: true });
    t.say('docker.a', 'Pulling Docker image: 127.0.0.1:5000/busybox:latest');
    t.message('docker.a', 'hi, there');
    t.error('docker.a', 'first\nsecond');
    t.buildEnded('docker.a', "Build 'docker.a' finished after 912 milliseconds 305 microseconds.", false);
    t.buildEnded('docker.b', "Build 'docker.b' errored after 551 milliseconds 833 microseconds: boom", true);
    expect(out().split('\n')).toEqual([
      '1795601796,,ui,say,==> docker.a: Pulling Docker image: 127.0.0.1:5000/busybox:latest',
      '1795601796,,ui,message,    docker.a: hi%!(PACKER_COMMA) there',
      '1795601796,,ui,error,==> docker.a: first\\nsecond',
      "1795601796,,ui,say,Build 'docker.a' finished after 912 milliseconds 305 microseconds.",
      "1795601796,,ui,error,Build 'docker.b' errored after 551 milliseconds 833 microseconds: boom",
      '',
    ]);
  });

  test('the report of a successful build: artifact-count, the artifact fields, files-count, end, then the ui line', () => {
    const { t, out } = ui({ machineReadable: true });
    reportBuilds(t, [OK], { elapsed: '912 milliseconds 468 microseconds', machineReadable: true, interrupted: false });
    expect(out().split('\n')).toEqual([
      '1795601796,,ui,say,\\n==> Wait completed after 912 milliseconds 468 microseconds',
      '1795601796,,ui,say,\\n==> Builds finished. The artifacts of successful builds are:',
      '1795601796,docker.a,artifact-count,1',
      '1795601796,docker.a,artifact,0,builder-id,packer.post-processor.docker-import',
      `1795601796,docker.a,artifact,0,id,${IMAGE}`,
      `1795601796,docker.a,artifact,0,string,Imported Docker image: ${IMAGE}`,
      '1795601796,docker.a,artifact,0,files-count,0',
      '1795601796,docker.a,artifact,0,end',
      `1795601796,,ui,say,--> docker.a: Imported Docker image: ${IMAGE}`,
      '',
    ]);
  });

  test('files of an artifact are listed by index', () => {
    const { t, out } = ui({ machineReadable: true });
    const exported = {
      name: 'docker.e',
      artifacts: [{ builderId: 'packer.docker', id: 'Container', description: 'Exported Docker file: a,b.tar', files: ['a,b.tar'] }],
    };
    reportBuilds(t, [exported], { elapsed: '1 second', machineReadable: true, interrupted: false });
    expect(out()).toContain('1795601796,docker.e,artifact,0,files-count,1\n1795601796,docker.e,artifact,0,file,0,a%!(PACKER_COMMA)b.tar\n');
  });

  test('the report of a failed build: error-count, the error per build, then no artifacts', () => {
    const { t, out } = ui({ machineReadable: true });
    reportBuilds(t, [FAILED], { elapsed: '552 milliseconds 76 microseconds', machineReadable: true, interrupted: false });
    expect(out().split('\n')).toEqual([
      '1795601796,,ui,say,\\n==> Wait completed after 552 milliseconds 76 microseconds',
      '1795601796,,error-count,1',
      "1795601796,,ui,error,\\n==> Some builds didn't complete successfully and had errors:",
      '1795601796,docker.b,error,Script exited with non-zero exit status: 3.Allowed exit codes are: [0]',
      '1795601796,,ui,error,--> docker.b: Script exited with non-zero exit status: 3.Allowed exit codes are: [0]',
      '1795601796,,ui,say,\\n==> Builds finished but no artifacts were created.',
      '',
    ]);
  });

  test('an interrupted run ends as Packer’s does', () => {
    const { t, out } = ui({ machineReadable: true });
    reportBuilds(t, [FAILED], { elapsed: '622 milliseconds 372 microseconds', machineReadable: true, interrupted: true });
    expect(out().split('\n')).toEqual([
      '1795601796,,ui,say,\\n==> Wait completed after 622 milliseconds 372 microseconds',
      '1795601796,,ui,say,Cleanly cancelled builds after being interrupted.',
      '',
    ]);
  });

  test('escaping', () => {
    expect(machineEscape('a,b\r\nc')).toBe('a%!(PACKER_COMMA)b\\r\\nc');
  });
});

describe('human output', () => {
  test('the report without colour', () => {
    const { t, out } = ui();
    reportBuilds(t, [OK, FAILED], { elapsed: '1 second 2 milliseconds', machineReadable: false, interrupted: false });
    expect(out()).toBe(
      [
        '',
        '==> Wait completed after 1 second 2 milliseconds',
        '',
        "==> Some builds didn't complete successfully and had errors:",
        '--> docker.b: Script exited with non-zero exit status: 3.Allowed exit codes are: [0]',
        '',
        '==> Builds finished. The artifacts of successful builds are:',
        `--> docker.a: Imported Docker image: ${IMAGE}`,
        '',
      ].join('\n'),
    );
  });

  test('colours as Packer: bold build colour for phases, normal for messages, red for errors; the end line unprefixed', () => {
    const { t, out } = ui({ color: true });
    t.say('docker.a', 'Committing the container');
    t.message('docker.a', 'Image ID: x');
    t.buildEnded('docker.a', "Build 'docker.a' finished after 1 second.", false);
    t.buildEnded('docker.a', "Build 'docker.a' errored after 1 second: x", true);
    expect(out().split('\n')).toEqual([
      '\x1b[1;32m==> docker.a: Committing the container\x1b[0m',
      '\x1b[0;32m    docker.a: Image ID: x\x1b[0m',
      "\x1b[1;32mBuild 'docker.a' finished after 1 second.\x1b[0m",
      "\x1b[1;31mBuild 'docker.a' errored after 1 second: x\x1b[0m",
      '',
    ]);
  });

  test('-timestamp-ui: RFC 3339 to the second, inside the colour, on build lines only', () => {
    const { t, out } = ui({ timestamps: true, color: true });
    t.say('docker.a', 'Pulling Docker image: x');
    t.plain('\n==> Wait completed after 1 second');
    expect(out()).toBe('\x1b[1;32m2026-11-25T10:16:36Z: ==> docker.a: Pulling Docker image: x\x1b[0m\n\n==> Wait completed after 1 second\n');
    expect(rfc3339(NOW)).toBe('2026-11-25T10:16:36Z');
  });
});

describe('durations, as durafmt prints them (first two units)', () => {
  test.each([
    [912_305, '912 milliseconds 305 microseconds'],
    [1_357_000, '1 second 357 milliseconds'],
    [1_000_001, '1 second 1 microsecond'],
    [62_500_000, '1 minute 2 seconds'],
    [3_600_000_000 + 1000, '1 hour 1 millisecond'],
    [0, '0 microseconds'],
  ])('%d µs → %s', (us, text) => {
    expect(durationInWords(us)).toBe(text);
  });
});
