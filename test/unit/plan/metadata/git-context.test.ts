import { describe, expect, it } from '@jest/globals';
import { gitContext, type Git } from '../../../../src/plan/metadata/git-context.js';

const SHA = '0123456789abcdef0123456789abcdef01234567';

/** A checkout as git answers: each command line → its stdout (unknown commands fail). */
function checkout(answers: Record<string, string>): Git {
  return async args => {
    const line = args.join(' ');
    if (line in answers) return answers[line];
    throw new Error(`unexpected git ${line}`);
  };
}

const base = { 'show --format=%H HEAD --quiet --': SHA, [`show -s --format=%cI ${SHA}`]: '2024-03-01T10:20:30+01:00' };

describe("gitContext: the ref and sha of the checkout's HEAD (actions-toolkit Git.context)", () => {
  it.each<[string, Record<string, string>, string]>([
    ['a branch checked out', { 'branch --show-current': 'main', 'symbolic-ref HEAD': 'refs/heads/main' }, 'refs/heads/main'],
    [
      'a detached tag (actions/checkout of a tag)',
      { 'branch --show-current': '', 'show -s --pretty=%D': 'HEAD, tag: v1.2.3', 'for-each-ref --format=%(refname) --points-at HEAD refs/tags/': 'refs/tags/v1.2.3\nrefs/tags/v1.2.3-rc.1' },
      'refs/tags/v1.2.3'
    ],
    [
      'a detached tag among several, the longer name matched exactly',
      {
        'branch --show-current': '',
        'show -s --pretty=%D': 'grafted, HEAD, tag: v1.2.3-rc.1, tag: v1.2.3',
        'for-each-ref --format=%(refname) --points-at HEAD refs/tags/': 'refs/tags/v1.2.3\nrefs/tags/v1.2.3-rc.1'
      },
      'refs/tags/v1.2.3-rc.1'
    ],
    ['a pull request merge ref', { 'branch --show-current': '', 'show -s --pretty=%D': 'HEAD, pull/7/merge' }, 'refs/pull/7/merge'],
    ['a remote branch and its local one', { 'branch --show-current': '', 'show -s --pretty=%D': 'HEAD, origin/main, main' }, 'refs/heads/main'],
    ['a remote branch by its sha', { 'branch --show-current': '', 'show -s --pretty=%D': 'HEAD, origin/feature/x' }, 'refs/heads/feature/x'],
    [
      'no decoration: the newest remote branch containing HEAD',
      {
        'branch --show-current': '',
        'show -s --pretty=%D': 'HEAD',
        'for-each-ref --format=%(refname) --contains HEAD --sort=-committerdate refs/heads/': '',
        'for-each-ref --format=%(refname) --contains HEAD --sort=-committerdate refs/remotes/': 'refs/remotes/origin/dev\nrefs/remotes/origin/main'
      },
      'refs/heads/dev'
    ],
    [
      'no decoration, no branch: a tag containing it',
      {
        'branch --show-current': '',
        'show -s --pretty=%D': 'grafted, HEAD',
        'for-each-ref --format=%(refname) --contains HEAD --sort=-committerdate refs/heads/': '',
        'for-each-ref --format=%(refname) --contains HEAD --sort=-committerdate refs/remotes/': '',
        'tag --contains HEAD': 'v2.0.0\nv2.1.0'
      },
      'refs/tags/v2.0.0'
    ]
  ])('%s → %s', async (_name, answers, ref) => {
    expect(await gitContext(checkout({ ...base, ...answers }))).toEqual({ ref, sha: SHA, commitTime: '2024-03-01T09:20:30.000Z' });
  });

  it('a decoration it cannot read fails, quoting it', async () => {
    await expect(gitContext(checkout({ ...base, 'branch --show-current': '', 'show -s --pretty=%D': 'HEAD, weird' }))).rejects.toThrow('unsupported detached HEAD ref in "HEAD, weird"');
  });
});
