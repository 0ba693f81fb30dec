import { describe, expect, it } from '@jest/globals';
import { commitDate } from '../../../src/github/commits.js';
import { startGitHub } from '../../servers/github.js';

const SHA = 'aaaabbbbccccddddeeeeffff0000111122223333';

describe('commitDate: GET /repos/{owner}/{repo}/commits/{sha} → commit.committer.date', () => {
  it('the committer date; the reason when the API cannot answer', async () => {
    const github = await startGitHub('ghs_c', 'acme/rocket');
    try {
      github.commits.set(SHA, '2022-02-02T02:02:02Z');
      const lookup = { token: 'ghs_c', apiUrl: github.url, repository: 'acme/rocket', sha: SHA };
      expect(await commitDate(lookup)).toBe('2022-02-02T02:02:02.000Z');
      await expect(commitDate({ ...lookup, sha: 'f'.repeat(40) })).rejects.toThrow(/No commit found for SHA/);
      await expect(commitDate({ ...lookup, token: '' })).rejects.toThrow('no github-token');
      await expect(commitDate({ ...lookup, repository: '' })).rejects.toThrow(/no repository/);
      github.down.add('commits');
      await expect(commitDate(lookup)).rejects.toThrow(/Server Error/);
      expect(github.requests.filter(r => r.startsWith('GET /repos/acme/rocket/commits/'))).toHaveLength(3);
    } finally {
      await github.close();
    }
  });
});
