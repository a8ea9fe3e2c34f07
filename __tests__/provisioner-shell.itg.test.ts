// The shell provisioner's Packer options on the real engine: variables sourced from a file (use_env_var_file) in a
// format of the template's own (env_var_format), scripts with CRLF line ends made Unix unless binary = true, and
// pause_after.
import { afterAll, expect, test } from '@jest/globals';
import { inImage, Workspace } from '../__fixtures__/plugins/itg.js';

const ws = new Workspace();
afterAll(() => ws.cleanup());

test('use_env_var_file + env_var_format, binary, pause_after', async () => {
  const dir = ws.dir({
    'scripts/binary.sh': 'X=binary\r\nprintf "%s" "$X" > /binary.txt\n',
    'scripts/crlf.sh': 'echo "crlf:$GREETING" > /crlf.txt\r\nprintf "a\\r\\nb" > /bytes.txt\r\n',
    't.pkr.hcl': ws.template(`
  provisioner "shell" {
    inline           = ["echo \\"$GREETING|$QUOTED|$PACKER_BUILD_NAME\\" > /vars.txt"]
    environment_vars = ["GREETING=hello world", "QUOTED=it's \\"q\\""]
    use_env_var_file = true
    env_var_format   = "export %s='%s'\\n"
    pause_after      = "1s"
  }
  provisioner "shell" {
    script           = "scripts/crlf.sh"
    environment_vars = ["GREETING=unix"]
  }
  provisioner "shell" {
    script = "scripts/binary.sh"
    binary = true
  }
`),
  });
  const r = await ws.build(dir);
  expect(r.err).not.toContain('Error');
  expect(r.code).toBe(0);
  expect(r.err).toContain(': Pausing 1s after this provisioner...');
  const image = r.builds[0]['image-id'] ?? '';
  const look = async (cmd: string) => (await inImage(image, cmd)).stdout.replace(/\r\n/g, '\n');
  expect(await look('cat /vars.txt')).toBe(`hello world|it's "q"|b\n`);
  // The variables file was removed after the scripts ran (it is not left in the image's /tmp).
  expect(await look('ls /tmp')).not.toMatch(/varfile_/);
  expect(await look('cat /crlf.txt')).toBe('crlf:unix\n');
  expect(await look('od -An -c /bytes.txt | tr -s " "')).toBe(' a \\r \\n b\n');
  // binary = true: the \r stays, so X's value ends in it.
  expect((await inImage(image, 'od -An -c /binary.txt | tr -s " "')).stdout.trim()).toBe('b i n a r y \\r');
  expect(await ws.leftContainers()).toEqual([]);
});
