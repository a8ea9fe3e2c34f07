// Shell completion as Packer's (complete -C): candidates for the word under the cursor, and the install/uninstall of
// the line in the shell's rc files, idempotent.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { completions, installCompletion } from '../src/cli/complete.js';
import { main } from '../src/cli/main.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'repack-complete-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

test('commands, flags of the command, cache subcommands, and templates or directories', () => {
  mkdirSync(join(dir, 'images'));
  writeFileSync(join(dir, 'app.pkr.hcl'), '');
  writeFileSync(join(dir, 'prod.pkrvars.hcl'), '');
  writeFileSync(join(dir, 'notes.txt'), '');
  writeFileSync(join(dir, 'images', 'base.pkr.json'), '');
  expect(completions('repack ', dir)).toEqual(['build', 'cache', 'cleanup', 'console', 'fmt', 'index', 'init', 'inspect', 'validate', 'version']);
  expect(completions('repack b', dir)).toEqual(['build']);
  expect(completions('repack build -o', dir)).toEqual(['-on-error=', '-only=']);
  expect(completions('repack fmt -c', dir)).toEqual(['-check']);
  expect(completions('repack cache p', dir)).toEqual(['prune']);
  expect(completions('repack validate ', dir)).toEqual(['app.pkr.hcl', 'images/', 'prod.pkrvars.hcl']);
  expect(completions('repack build -var x=1 images/', dir)).toEqual(['images/base.pkr.json']);
});

test('the shell protocol: COMP_LINE and COMP_POINT in the environment, one candidate a line', async () => {
  let out = '';
  const code = await main([], { out: (s) => (out += s), err: () => {}, isTTY: false, env: { COMP_LINE: 'repack va', COMP_POINT: '9' }, cwd: dir });
  expect(code).toBe(0);
  expect(out).toBe('validate\n');
});

test('install adds one line to ~/.bashrc and an existing ~/.zshrc; again changes nothing; uninstall removes it', () => {
  writeFileSync(join(dir, '.bashrc'), 'export A=1\n');
  writeFileSync(join(dir, '.zshrc'), '');
  expect(installCompletion("/opt/it's/repack", false, dir)).toEqual([join(dir, '.bashrc'), join(dir, '.zshrc')]);
  expect(readFileSync(join(dir, '.bashrc'), 'utf8')).toBe("export A=1\ncomplete -o nospace -C '/opt/it'\\''s/repack' repack # repack shell completion\n");
  expect(readFileSync(join(dir, '.zshrc'), 'utf8')).toContain('autoload -U +X bashcompinit && bashcompinit; complete -o nospace -C');
  expect(installCompletion("/opt/it's/repack", false, dir)).toEqual([]);
  expect(installCompletion("/opt/it's/repack", true, dir)).toEqual([join(dir, '.bashrc'), join(dir, '.zshrc')]);
  expect(readFileSync(join(dir, '.bashrc'), 'utf8')).toBe('export A=1\n');
});
