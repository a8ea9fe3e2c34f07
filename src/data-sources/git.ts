// The data sources of packer-plugin-git (github.com/ethanmdavidson/git), on the repository the template is built
// from: `git-commit`, `git-repository` and `git-tree`, with the plugin's arguments and outputs. The plugin reads
// .git with go-git; repack runs the `git` command (present wherever a checkout is), with safe.directory open as go-git
// does not check ownership. `path` is relative to the working directory and may be any directory inside the work tree.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { T, V, type Value } from '../hcl/value/value.js';
import { dataSource, type DataSourceEnv, type DataSourceResult } from '../config/data-source.js';

class GitError extends Error {}

function git(dir: string, args: string[]): string {
  const r = spawnSync('git', ['-c', 'safe.directory=*', '-C', dir, ...args], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (r.error) {
    const code = (r.error as NodeJS.ErrnoException).code;
    throw new GitError(code === 'ENOENT' ? 'the git command is not installed, and the git data sources need it' : r.error.message);
  }
  if (r.status !== 0) throw new GitError(r.stderr.trim().split('\n').at(-1) ?? `git ${args[0]} failed`);
  return r.stdout;
}

const strings = (xs: string[]): Value => V.list(xs.map(V.string), T.string);
const lines = (s: string): string[] => s.split('\n').filter((l) => l !== '');

function where(d: { attrs: Record<string, unknown> }, env: DataSourceEnv): string {
  return resolve(env.cwd, typeof d.attrs.path === 'string' && d.attrs.path !== '' ? d.attrs.path : '.');
}

function commitIsh(d: { attrs: Record<string, unknown> }): string {
  return typeof d.attrs.commit_ish === 'string' && d.attrs.commit_ish !== '' ? d.attrs.commit_ish : 'HEAD';
}

function resolveCommit(dir: string, rev: string): string {
  return git(dir, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`]).trim();
}

interface CommitObject {
  tree: string;
  parents: string[];
  author: string;
  committer: string;
  committerSeconds: number;
  signature: string;
  message: string;
}

/** A signature line "Name <email> 1700000000 +0100": go-git prints it "Name <email>". */
function signature(line: string): { text: string; seconds: number } {
  const m = /^(.*) <(.*)> (\d+) [+-]\d{4}$/.exec(line);
  return m ? { text: `${m[1]} <${m[2]}>`, seconds: Number(m[3]) } : { text: line, seconds: 0 };
}

function readCommit(dir: string, hash: string): CommitObject {
  const raw = git(dir, ['cat-file', 'commit', hash]);
  const split = raw.indexOf('\n\n');
  const headers = split < 0 ? raw : raw.slice(0, split);
  const c: CommitObject = {
    tree: '',
    parents: [],
    author: '',
    committer: '',
    committerSeconds: 0,
    signature: '',
    message: split < 0 ? '' : raw.slice(split + 2),
  };
  let field = '';
  for (const line of headers.split('\n')) {
    if (line.startsWith(' ')) {
      if (field === 'gpgsig') c.signature += `${line.slice(1)}\n`;
      continue;
    }
    const space = line.indexOf(' ');
    field = line.slice(0, space);
    const value = line.slice(space + 1);
    if (field === 'tree') c.tree = value;
    else if (field === 'parent') c.parents.push(value);
    else if (field === 'author') c.author = signature(value).text;
    else if (field === 'committer') ({ text: c.committer, seconds: c.committerSeconds } = signature(value));
    else if (field === 'gpgsig') c.signature = `${value}\n`;
  }
  return c;
}

function run(f: () => Value): DataSourceResult {
  try {
    return { value: f() };
  } catch (e: unknown) {
    if (e instanceof GitError) return { error: e.message };
    throw e;
  }
}

const PATH = { type: T.string, description: 'A directory inside the git work tree (default ".", the working directory).' };
const COMMIT_ISH = { type: T.string, description: 'The commit to read, e.g. a tag or a branch (default "HEAD").' };

export const gitCommitDataSource = dataSource({
  schema: { attributes: { path: PATH, commit_ish: COMMIT_ISH } },
  execute: (d, env) =>
    run(() => {
      const dir = where(d, env);
      const hash = resolveCommit(dir, commitIsh(d));
      const c = readCommit(dir, hash);
      const branches = lines(git(dir, ['for-each-ref', `--points-at=${hash}`, '--format=%(refname:lstrip=2)', 'refs/heads/']));
      return V.object({
        hash: V.string(hash),
        branches: strings(branches),
        author: V.string(c.author),
        committer: V.string(c.committer),
        timestamp: V.string(new Date(c.committerSeconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z')),
        pgp_signature: V.string(c.signature),
        message: V.string(c.message),
        tree_hash: V.string(c.tree),
        parent_hashes: strings(c.parents),
      });
    }),
});

export const gitRepositoryDataSource = dataSource({
  schema: { attributes: { path: PATH } },
  execute: (d, env) =>
    run(() => {
      const dir = where(d, env);
      // Detached (as in a CI checkout of a pull request), go-git names HEAD "HEAD".
      const r = spawnSync('git', ['-c', 'safe.directory=*', '-C', dir, 'symbolic-ref', '--quiet', '--short', 'HEAD'], { encoding: 'utf8' });
      const status = git(dir, ['status', '--porcelain']);
      return V.object({
        head: V.string(r.status === 0 ? r.stdout.trim() : 'HEAD'),
        branches: strings(lines(git(dir, ['for-each-ref', '--format=%(refname:lstrip=2)', 'refs/heads/']))),
        tags: strings(lines(git(dir, ['for-each-ref', '--format=%(refname:lstrip=2)', 'refs/tags/']))),
        is_clean: V.bool(status.trim() === ''),
      });
    }),
});

export const gitTreeDataSource = dataSource({
  schema: { attributes: { path: PATH, commit_ish: COMMIT_ISH } },
  execute: (d, env) =>
    run(() => {
      const dir = where(d, env);
      const hash = resolveCommit(dir, commitIsh(d));
      const files = git(dir, ['ls-tree', '-r', '-z', '--full-tree', hash])
        .split('\0')
        .filter((e) => e !== '')
        .flatMap((e) => {
          const tab = e.indexOf('\t');
          return e.slice(0, tab).split(' ')[1] === 'blob' ? [e.slice(tab + 1)] : [];
        });
      return V.object({ hash: V.string(hash), files: strings(files) });
    }),
});
