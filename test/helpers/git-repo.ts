import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * A real git repository in a temporary directory, for tests of code that shells out to git.
 * The developer's own git configuration (signing, hooks, default branch) is kept out.
 */
export class GitRepo {
  private constructor(readonly dir: string) {}

  static init(dir: string): GitRepo {
    mkdirSync(dir, { recursive: true });
    const repo = new GitRepo(dir);
    repo.git('init', '--quiet', '--initial-branch=main');
    return repo;
  }

  /** Clones `origin` as actions/checkout does: depth 1, so older commits are not in the clone. */
  static shallowClone(origin: GitRepo, dir: string): GitRepo {
    // A `file://` URL: git ignores --depth for plain local paths.
    gitIn(path.dirname(dir), ['clone', '--quiet', '--depth=1', pathToFileURL(origin.dir).href, dir]);
    return new GitRepo(dir);
  }

  /** Writes files (relative paths, `/` separators), creating folders as needed. */
  write(files: Record<string, string>): this {
    for (const [file, text] of Object.entries(files)) {
      const full = path.join(this.dir, ...file.split('/'));
      mkdirSync(path.dirname(full), { recursive: true });
      writeFileSync(full, text);
    }
    return this;
  }

  /** Commits everything in the work tree and returns the new commit's id. */
  commit(message: string): string {
    this.git('add', '--all');
    this.git('commit', '--quiet', '--message', message);
    return this.head();
  }

  /** The unified diff of `file` from `base` to `head` as GitHub lists it for a PR file: hunks only. */
  patch(base: string, head: string, file: string): string {
    const diff = this.git('diff', base, head, '--', file);
    return diff.slice(diff.indexOf('@@')).trimEnd();
  }

  head(): string {
    return this.git('rev-parse', 'HEAD').trim();
  }

  git(...args: string[]): string {
    return gitIn(this.dir, args);
  }
}

const ISOLATED_ENV = {
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: path.join(path.sep, 'nonexistent-resilint-gitconfig'),
  GIT_AUTHOR_NAME: 'resilint test',
  GIT_AUTHOR_EMAIL: 'test@resilint.invalid',
  GIT_COMMITTER_NAME: 'resilint test',
  GIT_COMMITTER_EMAIL: 'test@resilint.invalid',
};

function gitIn(cwd: string, args: string[]): string {
  return execFileSync('git', ['-c', 'commit.gpgsign=false', '-c', 'core.autocrlf=false', ...args], {
    cwd,
    env: { ...process.env, ...ISOLATED_ENV },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}
