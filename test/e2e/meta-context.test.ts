/**
 * metadata-action's `context: git` and the commit date from the REST API, through the
 * bundled action and the real toolchain:
 *  - `meta-context: git`: a workspace that is a checkout detached on tag v1.2.3 (as
 *    actions/checkout leaves a tag), with an event saying a push to main: the semver rule
 *    gives 1.2.3 from git, and `revision`/`created` are the checkout's commit and its date.
 *  - a pull_request payload carries no commit time: `{{commit_date}}` and `created` come
 *    from `GET /repos/{owner}/{repo}/commits/{sha}` of the REST stand-in; with that endpoint
 *    down, from the run's time, with a warning.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { workspace } from '../helpers/workspace.js';
import { startGitHub, type GitHubServer } from '../servers/github.js';
import { explain, runAction } from './runner.js';
import { BUILDER, REGISTRY, RUNTIME_IMAGE, requireToolchain } from './toolchain.js';

const PR_SHA = '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b';
const TOKEN = 'ghs_meta_context_e2e';
const label = (labels: string, name: string) =>
  labels
    .split('\n')
    .find(l => l.startsWith(`org.opencontainers.image.${name}=`))
    ?.split('=')[1];

function eventFile(payload: unknown): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'hoist-event-')), 'event.json');
  fs.writeFileSync(file, JSON.stringify(payload));
  return file;
}

describe('meta-context and the commit date', () => {
  let github: GitHubServer;
  beforeAll(async () => {
    await requireToolchain();
    github = await startGitHub(TOKEN, 'acme/backend');
  });
  afterAll(async () => {
    await github?.close();
  });

  it('meta-context: git takes the ref, sha and date from the checkout (a tag), not the event (main)', async () => {
    const dir = workspace({ Dockerfile: `FROM ${RUNTIME_IMAGE}\nCOPY hello /hello\n`, hello: 'hello\n' }, { name: 'meta-git' });
    const git = (...args: string[]) =>
      execFileSync('git', args, { cwd: dir, encoding: 'utf8', env: { ...process.env, GIT_COMMITTER_DATE: '2021-06-07T08:09:10Z', GIT_AUTHOR_DATE: '2021-06-07T08:09:10Z' } }).trim();
    git('init', '-q', '-b', 'main');
    git('-c', 'user.name=ci', '-c', 'user.email=ci@example.com', 'commit', '-q', '--allow-empty', '-m', 'release');
    git('tag', 'v1.2.3');
    git('checkout', '-q', '--detach', 'v1.2.3');
    const sha = git('rev-parse', 'HEAD');
    const run = await runAction(
      { context: '.', builder: BUILDER, push: 'false', 'meta-images': `${REGISTRY}/e2e/meta-git`, 'meta-tags': 'type=semver,pattern={{version}}', 'meta-context': 'git' },
      { workspace: dir, env: { GITHUB_EVENT_NAME: 'push', GITHUB_REF: 'refs/heads/main' } }
    );
    expect({ code: run.main.exitCode, log: run.main.exitCode === 0 ? '' : explain(run) }).toEqual({ code: 0, log: '' });
    expect(run.outputs.version).toBe('1.2.3');
    expect(run.outputs.tags.split('\n')).toEqual([`${REGISTRY}/e2e/meta-git:1.2.3`, `${REGISTRY}/e2e/meta-git:latest`]);
    expect(label(run.outputs.labels, 'revision')).toBe(sha);
    expect(label(run.outputs.labels, 'created')).toBe('2021-06-07T08:09:10.000Z');
    expect(run.main.stdout).toContain(`meta-context: git: refs/tags/v1.2.3 at ${sha}`);
  });

  it('a bad meta-context stops the step before anything is built', async () => {
    const run = await runAction(
      { context: '.', builder: BUILDER, push: 'false', 'meta-images': `${REGISTRY}/e2e/meta-git`, 'meta-context': 'checkout' },
      { workspace: workspace({ Dockerfile: 'FROM scratch\n' }, { name: 'meta-bad' }) }
    );
    expect(run.main.exitCode).not.toBe(0);
    expect(run.main.stdout).toMatch(/^::error::.*input 'meta-context': 'checkout' is not workflow or git/m);
    expect(run.main.stdout).not.toContain('docker buildx build');
  });

  const pullRequest = (down: boolean) => {
    github.commits.set(PR_SHA, '2023-11-05T08:09:10Z');
    if (down) github.down.add('commits');
    else github.down.delete('commits');
    return runAction(
      {
        context: '.',
        builder: BUILDER,
        push: 'false',
        'meta-images': `${REGISTRY}/e2e/meta-date`,
        'meta-tags': "type=ref,event=pr\ntype=raw,value={{commit_date 'YYYYMMDD'}}",
        'github-token': TOKEN,
        'pr-comment': 'false'
      },
      {
        workspace: workspace({ Dockerfile: `FROM ${RUNTIME_IMAGE}\nCOPY hello /hello\n`, hello: 'pr\n' }, { name: 'meta-date' }),
        env: {
          GITHUB_EVENT_NAME: 'pull_request',
          GITHUB_REF: 'refs/pull/7/merge',
          GITHUB_SHA: PR_SHA,
          GITHUB_BASE_REF: 'main',
          GITHUB_HEAD_REF: 'feature',
          GITHUB_API_URL: github.url,
          // A pull_request payload: no commits[], no head_commit.
          GITHUB_EVENT_PATH: eventFile({
            action: 'synchronize',
            number: 7,
            pull_request: { number: 7, head: { ref: 'feature', sha: 'b'.repeat(40) }, base: { ref: 'main' } },
            repository: { name: 'backend', full_name: 'acme/backend', default_branch: 'main' }
          })
        }
      }
    );
  };

  it('a pull request: {{commit_date}} and created from the API, the same on every run', async () => {
    const run = await pullRequest(false);
    expect({ code: run.main.exitCode, log: run.main.exitCode === 0 ? '' : explain(run) }).toEqual({ code: 0, log: '' });
    expect(run.outputs.tags.split('\n')).toEqual([`${REGISTRY}/e2e/meta-date:pr-7`, `${REGISTRY}/e2e/meta-date:20231105`]);
    expect(label(run.outputs.labels, 'created')).toBe('2023-11-05T08:09:10.000Z');
    expect(github.requests).toContain(`GET /repos/acme/backend/commits/${PR_SHA}`);
    expect(run.main.stdout).not.toMatch(/^::warning::meta-tags: the commit date/m);
  });

  it('the API down: the run time, with a warning', async () => {
    const run = await pullRequest(true);
    expect({ code: run.main.exitCode, log: run.main.exitCode === 0 ? '' : explain(run) }).toEqual({ code: 0, log: '' });
    const today = new Date().toISOString().slice(0, 10);
    expect(run.outputs.tags.split('\n')[1]).toBe(`${REGISTRY}/e2e/meta-date:${today.replace(/-/g, '')}`);
    expect(label(run.outputs.labels, 'created')?.slice(0, 10)).toBe(today);
    expect(run.main.stdout).toMatch(
      new RegExp(`^::warning::meta-tags: the commit date of ${PR_SHA} is not in the event and the GitHub API could not give it \\(.*\\): created and \\{\\{commit_date\\}\\} use the run's time`, 'm')
    );
  });
});
