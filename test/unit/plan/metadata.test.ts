import * as fs from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { checkMetaRules, computeMetadata, metaContext, MetaRuleError, type MetaContext, type MetaInputs, higherStableRelease } from '../../../src/plan/metadata.js';

// Expected values follow docker/metadata-action's behaviour (its src/meta.ts and __tests__/meta.test.ts),
// except `created`, which is the commit's time when the payload has it.

const NOW = new Date('2024-05-01T03:00:00Z');
const MAIN_SHA = '3c9f5a7b1e2d4c6f8a0b9e7d5c3a1f2e4b6d8c0a';
const TAG_SHA = 'e4d909c290d0fb1ca068ffaddf22cbd0f1b2c3d4';
const PR_MERGE_SHA = '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b';
const PR_HEAD_SHA = '5994471abb01112afcc18159f6cc74b4f511b998';
const TARGET_HEAD_SHA = 'b1946ac92492d2347c6235b4d2611184a1b2c3d4';
const IMAGE = 'ghcr.io/acme/rocket';

type Run = 'push' | 'tag' | 'pull_request' | 'pull_request_target' | 'release' | 'workflow_dispatch' | 'schedule';

/** Each run: its event payload fixture and the GITHUB_* variables the runner sets for it. */
const RUNS: Record<Run, { fixture: string; env: Record<string, string> }> = {
  push: { fixture: 'push', env: { GITHUB_EVENT_NAME: 'push', GITHUB_REF: 'refs/heads/main', GITHUB_SHA: MAIN_SHA } },
  tag: { fixture: 'push-tag', env: { GITHUB_EVENT_NAME: 'push', GITHUB_REF: 'refs/tags/v1.2.3', GITHUB_SHA: TAG_SHA } },
  pull_request: {
    fixture: 'pull_request',
    env: { GITHUB_EVENT_NAME: 'pull_request', GITHUB_REF: 'refs/pull/7/merge', GITHUB_SHA: PR_MERGE_SHA, GITHUB_BASE_REF: 'main', GITHUB_HEAD_REF: 'feature/Foo' }
  },
  // pull_request_target runs in the base branch: GITHUB_REF and GITHUB_SHA name main.
  pull_request_target: {
    fixture: 'pull_request_target',
    env: { GITHUB_EVENT_NAME: 'pull_request_target', GITHUB_REF: 'refs/heads/main', GITHUB_SHA: MAIN_SHA, GITHUB_BASE_REF: 'main', GITHUB_HEAD_REF: 'patch-1' }
  },
  release: { fixture: 'release', env: { GITHUB_EVENT_NAME: 'release', GITHUB_REF: 'refs/tags/v1.2.3', GITHUB_SHA: TAG_SHA } },
  workflow_dispatch: { fixture: 'workflow_dispatch', env: { GITHUB_EVENT_NAME: 'workflow_dispatch', GITHUB_REF: 'refs/heads/main', GITHUB_SHA: MAIN_SHA } },
  schedule: { fixture: 'schedule', env: { GITHUB_EVENT_NAME: 'schedule', GITHUB_REF: 'refs/heads/main', GITHUB_SHA: MAIN_SHA } }
};

const payloadOf = (fixture: string): Record<string, unknown> => JSON.parse(fs.readFileSync(new URL(`../../fixtures/events/${fixture}.json`, import.meta.url), 'utf8')) as Record<string, unknown>;

/** The context of a run; `ref` moves a push to another branch or tag (the payload's ref follows). */
function contextOf(run: Run, ref?: string, env: Record<string, string> = {}): MetaContext {
  const payload = payloadOf(RUNS[run].fixture);
  const runEnv: Record<string, string> = { GITHUB_REPOSITORY: 'acme/rocket', GITHUB_SERVER_URL: 'https://github.com', ...RUNS[run].env, ...env };
  if (ref) runEnv.GITHUB_REF = ref;
  return metaContext(runEnv, 'ref' in payload && ref ? { ...payload, ref } : payload, NOW);
}

const CREATED: Record<Run, string> = {
  // push: the time of the commit GITHUB_SHA names, from payload.commits
  push: '2024-04-30T12:22:05.000Z',
  // tag push: head_commit
  tag: '2024-04-29T09:15:00.000Z',
  pull_request: '2024-05-01T03:00:00.000Z',
  pull_request_target: '2024-05-01T03:00:00.000Z',
  release: '2024-05-01T03:00:00.000Z',
  workflow_dispatch: '2024-05-01T03:00:00.000Z',
  schedule: '2024-05-01T03:00:00.000Z'
};
const REVISION: Record<Run, string> = {
  push: MAIN_SHA,
  tag: TAG_SHA,
  pull_request: PR_MERGE_SHA,
  pull_request_target: MAIN_SHA,
  release: TAG_SHA,
  workflow_dispatch: MAIN_SHA,
  schedule: MAIN_SHA
};

/** The generated labels, as metadata-action sorts them; a schedule's payload has no repository description or license. */
function ociLabels(run: Run, version: string, revision = REVISION[run]): string[] {
  return [
    `org.opencontainers.image.created=${CREATED[run]}`,
    `org.opencontainers.image.description=${run === 'schedule' ? '' : 'Launches containers into orbit'}`,
    `org.opencontainers.image.licenses=${run === 'schedule' ? '' : 'MIT'}`,
    `org.opencontainers.image.revision=${revision}`,
    'org.opencontainers.image.source=https://github.com/acme/rocket',
    'org.opencontainers.image.title=rocket',
    'org.opencontainers.image.url=https://github.com/acme/rocket',
    `org.opencontainers.image.version=${version}`
  ];
}

const tagged = (...names: string[]): string[] => names.map(name => `${IMAGE}:${name}`);

const RELEASE_RULES = ['type=semver,pattern={{version}}', 'type=semver,pattern={{major}}.{{minor}}', 'type=semver,pattern={{major}}', 'type=ref,event=branch', 'type=ref,event=pr', 'type=sha'];
const LONG_BRANCH = `feature/${'x'.repeat(140)}`;

interface Row {
  name: string;
  run: Run;
  ref?: string;
  env?: Record<string, string>;
  inputs?: Partial<MetaInputs>;
  version: string;
  tags: string[];
  /** Defaults to the generated labels with `version`. */
  labels?: string[];
  revision?: string;
  warnings?: string[];
}

// prettier-ignore
const ROWS: Row[] = [
  // metadata-action's default rules (schedule, ref branch, ref tag, ref pr) on every event
  { name: 'defaults: push to the default branch', run: 'push', version: 'main', tags: tagged('main') },
  { name: 'defaults: push to feature/Foo (case kept: metadata-action does not lowercase tags)', run: 'push', ref: 'refs/heads/feature/Foo', version: 'feature-Foo', tags: tagged('feature-Foo') },
  { name: 'defaults: tag v1.2.3 (ref,event=tag gives latest)', run: 'tag', version: 'v1.2.3', tags: tagged('v1.2.3', 'latest') },
  // metadata-action would add latest here; hoist never gives it to a semver pre-release.
  { name: 'defaults: tag v1.3.0-rc.1 (no latest for a pre-release)', run: 'tag', ref: 'refs/tags/v1.3.0-rc.1', version: 'v1.3.0-rc.1', tags: tagged('v1.3.0-rc.1') },
  { name: 'defaults: tag 1.2', run: 'tag', ref: 'refs/tags/1.2', version: '1.2', tags: tagged('1.2', 'latest') },
  { name: 'defaults: tag release-2024', run: 'tag', ref: 'refs/tags/release-2024', version: 'release-2024', tags: tagged('release-2024', 'latest') },
  { name: 'defaults: pull_request', run: 'pull_request', version: 'pr-7', tags: tagged('pr-7') },
  { name: 'defaults: pull_request_target (the pull request, not its base branch)', run: 'pull_request_target', version: 'pr-8', tags: tagged('pr-8') },
  { name: 'defaults: release', run: 'release', version: 'v1.2.3', tags: tagged('v1.2.3', 'latest') },
  { name: 'defaults: workflow_dispatch on main', run: 'workflow_dispatch', version: 'main', tags: tagged('main') },
  { name: 'defaults: schedule (nightly first, then the branch)', run: 'schedule', version: 'nightly', tags: tagged('nightly', 'main') },
  { name: 'defaults: comment lines in meta-tags are skipped', run: 'push', inputs: { tags: ['# branches only', 'type=ref,event=branch'] }, version: 'main', tags: tagged('main') },

  // a typical release rule set on every event
  { name: 'release rules: push to main', run: 'push', inputs: { tags: RELEASE_RULES }, version: 'main', tags: tagged('main', 'sha-3c9f5a7') },
  { name: 'release rules: tag v1.2.3', run: 'tag', inputs: { tags: RELEASE_RULES }, version: '1.2.3', tags: tagged('1.2.3', '1.2', '1', 'sha-e4d909c', 'latest') },
  { name: 'release rules: tag v1.3.0-rc.1 (no latest, no 1.3 or 1)', run: 'tag', ref: 'refs/tags/v1.3.0-rc.1', inputs: { tags: RELEASE_RULES }, version: '1.3.0-rc.1', tags: tagged('1.3.0-rc.1', 'sha-e4d909c') },
  { name: 'release rules: tag v0.1.2 gives major 0', run: 'tag', ref: 'refs/tags/v0.1.2', inputs: { tags: RELEASE_RULES }, version: '0.1.2', tags: tagged('0.1.2', '0.1', '0', 'sha-e4d909c', 'latest') },
  { name: 'release rules: tag 1.2 is not semver', run: 'tag', ref: 'refs/tags/1.2', inputs: { tags: RELEASE_RULES }, version: 'sha-e4d909c', tags: tagged('sha-e4d909c'), warnings: ['1.2 is not a valid semver. More info: https://semver.org/'] },
  { name: 'release rules: tag release-2024 is not semver', run: 'tag', ref: 'refs/tags/release-2024', inputs: { tags: RELEASE_RULES }, version: 'sha-e4d909c', tags: tagged('sha-e4d909c'), warnings: ['release-2024 is not a valid semver. More info: https://semver.org/'] },
  { name: 'release rules: pull_request (sha of the merge commit)', run: 'pull_request', inputs: { tags: RELEASE_RULES }, version: 'pr-7', tags: tagged('pr-7', 'sha-9f86d08') },
  { name: 'release rules: pull_request with DOCKER_METADATA_PR_HEAD_SHA', run: 'pull_request', env: { DOCKER_METADATA_PR_HEAD_SHA: 'true' }, inputs: { tags: RELEASE_RULES }, version: 'pr-7', tags: tagged('pr-7', 'sha-5994471'), revision: PR_HEAD_SHA },
  { name: 'release rules: pull_request_target (sha of the base branch)', run: 'pull_request_target', inputs: { tags: RELEASE_RULES }, version: 'pr-8', tags: tagged('pr-8', 'sha-3c9f5a7') },
  { name: 'release rules: release', run: 'release', inputs: { tags: RELEASE_RULES }, version: '1.2.3', tags: tagged('1.2.3', '1.2', '1', 'sha-e4d909c', 'latest') },
  { name: 'release rules: workflow_dispatch', run: 'workflow_dispatch', inputs: { tags: RELEASE_RULES }, version: 'main', tags: tagged('main', 'sha-3c9f5a7') },
  { name: 'release rules: schedule (no schedule rule)', run: 'schedule', inputs: { tags: RELEASE_RULES }, version: 'main', tags: tagged('main', 'sha-3c9f5a7') },

  // latest
  { name: 'latest=false drops it from a tag', run: 'tag', inputs: { tags: ['type=ref,event=tag'], flavor: ['latest=false'] }, version: 'v1.2.3', tags: tagged('v1.2.3') },
  { name: 'latest=true adds it to a branch', run: 'push', inputs: { tags: ['type=ref,event=branch'], flavor: ['latest=true'] }, version: 'main', tags: tagged('main', 'latest') },
  { name: 'latest=true adds it to a pre-release too', run: 'tag', ref: 'refs/tags/v1.3.0-rc.1', inputs: { tags: ['type=semver,pattern={{version}}'], flavor: ['latest=true'] }, version: '1.3.0-rc.1', tags: tagged('1.3.0-rc.1', 'latest') },
  { name: 'latest=auto follows the highest-priority rule only', run: 'tag', inputs: { tags: ['type=semver,pattern={{version}}', 'type=raw,value=stable,priority=1000'] }, version: 'stable', tags: tagged('stable', '1.2.3') },
  { name: 'semver value= on a branch push gives latest', run: 'push', inputs: { tags: ['type=semver,pattern={{major}}.{{minor}},value=v2.5.1', 'type=ref,event=branch'] }, version: '2.5', tags: tagged('2.5', 'main', 'latest') },

  // prefix and suffix
  { name: 'flavor prefix/suffix (sha keeps its own sha- prefix)', run: 'tag', inputs: { tags: ['type=semver,pattern={{version}}', 'type=sha'], flavor: ['prefix=app-', 'suffix=-alpine'] }, version: 'app-1.2.3-alpine', tags: tagged('app-1.2.3-alpine', 'sha-e4d909c-alpine', 'latest') },
  { name: 'flavor prefix/suffix with onlatest', run: 'tag', inputs: { tags: ['type=semver,pattern={{version}}', 'type=sha'], flavor: ['prefix=app-,onlatest=true', 'suffix=-alpine,onlatest=true'] }, version: 'app-1.2.3-alpine', tags: tagged('app-1.2.3-alpine', 'sha-e4d909c-alpine', 'app-latest-alpine') },
  { name: "a rule's prefix= and suffix= win over the flavor's", run: 'pull_request', inputs: { tags: ['type=ref,event=pr', 'type=ref,event=pr,prefix=,suffix=-review'], flavor: ['prefix=glo-'] }, version: 'pr-7', tags: tagged('pr-7', '7-review') },
  { name: 'sha with an expression suffix and no prefix', run: 'push', inputs: { tags: ['type=sha,prefix=,suffix=-{{branch}}'] }, version: '3c9f5a7-main', tags: tagged('3c9f5a7-main') },

  // enable
  { name: 'enable={{is_default_branch}} on the default branch', run: 'push', inputs: { tags: ['type=ref,event=branch', 'type=raw,value=latest,enable={{is_default_branch}}'] }, version: 'main', tags: tagged('main', 'latest') },
  { name: 'enable={{is_default_branch}} on another branch', run: 'push', ref: 'refs/heads/feature/Foo', inputs: { tags: ['type=ref,event=branch', 'type=raw,value=latest,enable={{is_default_branch}}'] }, version: 'feature-Foo', tags: tagged('feature-Foo') },
  { name: 'enable={{is_default_branch}} on a tag is false', run: 'tag', inputs: { tags: ['type=ref,event=tag', 'type=raw,value=default,enable={{is_default_branch}}'] }, version: 'v1.2.3', tags: tagged('v1.2.3', 'latest') },
  { name: 'enable={{is_not_default_branch}} on a pull request', run: 'pull_request', inputs: { tags: ['type=ref,event=pr', 'type=raw,value=on-default,enable={{is_default_branch}}', 'type=raw,value=not-default,enable={{is_not_default_branch}}'] }, version: 'pr-7', tags: tagged('pr-7', 'not-default') },
  { name: 'enable={{is_default_branch}} is true on a schedule', run: 'schedule', inputs: { tags: ['type=raw,value=nightly-main,enable={{is_default_branch}}'] }, version: 'nightly-main', tags: tagged('nightly-main') },
  { name: 'enable=false', run: 'push', inputs: { tags: ['type=ref,event=branch', 'type=sha,enable=false'] }, version: 'main', tags: tagged('main') },

  // priority
  { name: 'priority=2000 makes sha the version', run: 'push', inputs: { tags: ['type=ref,event=branch', 'type=sha,priority=2000'] }, version: 'sha-3c9f5a7', tags: tagged('sha-3c9f5a7', 'main') },
  { name: 'equal priorities keep their order', run: 'tag', inputs: { tags: ['type=raw,value=b,priority=5', 'type=raw,value=a,priority=5', 'type=ref,event=tag,priority=1'] }, version: 'b', tags: tagged('b', 'a', 'v1.2.3') },

  // edge
  { name: 'edge on the default branch', run: 'push', inputs: { tags: ['type=edge'] }, version: 'edge', tags: tagged('edge') },
  { name: 'edge off the default branch gives nothing', run: 'push', ref: 'refs/heads/feature/Foo', inputs: { tags: ['type=edge'] }, version: '', tags: [] },
  { name: 'edge,branch= names its branch', run: 'push', ref: 'refs/heads/feature/Foo', inputs: { tags: ['type=edge,branch=feature/Foo'] }, version: 'edge', tags: tagged('edge') },
  { name: 'edge on a schedule (the default branch)', run: 'schedule', inputs: { tags: ['type=edge'] }, version: 'edge', tags: tagged('edge') },

  // raw and global expressions
  { name: 'raw with {{branch}} and {{sha}}', run: 'push', inputs: { tags: ['type=raw,value=build-{{branch}}-{{sha}}'] }, version: 'build-main-3c9f5a7', tags: tagged('build-main-3c9f5a7') },
  { name: 'raw with {{base_ref}}; {{branch}} is empty on a pull request', run: 'pull_request', inputs: { tags: ['type=raw,value=into-{{base_ref}}', 'type=raw,value=branch-{{branch}}'] }, version: 'into-main', tags: tagged('into-main', 'branch-') },
  { name: "raw with {{tag}} and a tag push's {{base_ref}}", run: 'tag', inputs: { tags: ['type=raw,value={{tag}}-{{base_ref}}'] }, version: 'v1.2.3-main', tags: tagged('v1.2.3-main') },
  { name: 'raw with {{date}} and {{commit_date}}', run: 'push', inputs: { tags: ["type=raw,value={{date 'YYYYMMDD'}}", "type=raw,value=c{{commit_date 'YYYYMMDD-HHmmss'}}"] }, version: '20240501', tags: tagged('20240501', 'c20240430-122205') },
  { name: 'raw with a long moment format', run: 'push', inputs: { tags: ["type=raw,\"value={{date 'dddd, MMMM Do YYYY, h:mm:ss a'}}\""] }, version: 'Wednesday-May-1st-2024-3-00-00-am', tags: tagged('Wednesday-May-1st-2024-3-00-00-am') },
  { name: 'raw with an ISO week in a time zone', run: 'push', inputs: { tags: ["type=raw,value={{date 'GGGG-[W]WW' tz='America/New_York'}}"] }, version: '2024-W18', tags: tagged('2024-W18') },
  { name: 'raw with moment escapes: [text] and \\M', run: 'push', inputs: { tags: ["type=raw,value={{date '[v]YYYY.\\M\\M'}}"] }, version: 'v2024.MM', tags: tagged('v2024.MM') },
  { name: 'raw with an unquoted format: moment ISO default', run: 'pull_request', inputs: { tags: ['type=raw,value={{commit_date YYYY}}'] }, version: '2024-05-01T03-00-00Z', tags: tagged('2024-05-01T03-00-00Z') },
  { name: 'raw: bare entries are values', run: 'push', inputs: { tags: ['stable', 'type=raw,candidate'] }, version: 'stable', tags: tagged('stable', 'candidate') },
  { name: 'schedule patterns with {{date}}, in UTC and Asia/Tokyo', run: 'schedule', inputs: { tags: ["type=schedule,pattern={{date 'YYYYMMDD'}}", "type=schedule,pattern=nightly-{{date 'YYYYMMDD-HHmm' tz='Asia/Tokyo'}}"] }, version: '20240501', tags: tagged('20240501', 'nightly-20240501-1200') },

  // match
  { name: 'match with group 1', run: 'tag', inputs: { tags: ['type=match,pattern=v(\\d+\\.\\d+),group=1'] }, version: '1.2', tags: tagged('1.2', 'latest') },
  // metadata-action would add latest; hoist never for a semver pre-release, whatever the rule.
  { name: 'match on a pre-release: no latest', run: 'tag', ref: 'refs/tags/v1.3.0-rc.1', inputs: { tags: ['type=match,pattern=v(\\d+),group=1'] }, version: '1', tags: tagged('1') },
  { name: 'match on a non-semver tag', run: 'tag', ref: 'refs/tags/release-2024', inputs: { tags: ['type=match,"pattern=^release-(\\d{4})$",group=1'] }, version: '2024', tags: tagged('2024', 'latest') },
  { name: 'match that does not match warns', run: 'tag', inputs: { tags: ['type=match,pattern=^release-(\\d+)$,group=1', 'type=ref,event=tag'] }, version: 'v1.2.3', tags: tagged('v1.2.3', 'latest'), warnings: ['^release-(\\d+)$ does not match v1.2.3.'] },

  { name: 'match with /expression/flags', run: 'tag', ref: 'refs/tags/p1/v1.0.0', inputs: { tags: ['type=match,"pattern=/^v(\\d.\\d.\\d)$/ig",group=1', 'type=match,pattern=\\d.\\d.\\d', 'type=match,pattern=\\d.\\d', 'type=sha'] }, version: '1.0.0', tags: tagged('1.0.0', '1.0', 'sha-e4d909c', 'latest'), warnings: ['/^v(\\d.\\d.\\d)$/ig does not match p1/v1.0.0.'] },

  { name: 'match with the u flag', run: 'tag', ref: 'refs/tags/release-2024', inputs: { tags: ['type=match,"pattern=/^release-(\\p{Nd}+)$/u",group=1'] }, version: '2024', tags: tagged('2024', 'latest') },

  // semver and pep440 details
  { name: 'semver {{raw}} keeps a pre-release as tagged; {{major}} gives its version', run: 'tag', ref: 'refs/tags/v1.3.0-rc.1', inputs: { tags: ['type=semver,pattern={{raw}}', 'type=semver,pattern={{major}}'] }, version: 'v1.3.0-rc.1', tags: tagged('v1.3.0-rc.1', '1.3.0-rc.1') },
  { name: 'semver match= takes group 1 of a prefixed tag', run: 'tag', ref: 'refs/tags/app/v3.1.0', inputs: { tags: ['type=semver,pattern={{version}},match=v(\\d+\\.\\d+\\.\\d+)$'] }, version: '3.1.0', tags: tagged('3.1.0', 'latest') },
  { name: 'pep440 on tag 1.2', run: 'tag', ref: 'refs/tags/1.2', inputs: { tags: ['type=pep440,pattern={{version}}', 'type=pep440,pattern={{major}}.{{minor}}.{{patch}}'] }, version: '1.2', tags: tagged('1.2', '1.2.0', 'latest') },
  { name: 'pep440 1.1beta2 is normalised to 1.1b2', run: 'tag', ref: 'refs/tags/1.1beta2', inputs: { tags: ['type=pep440,pattern={{major}}.{{minor}}', 'type=pep440,pattern={{major}}'] }, version: '1.1b2', tags: tagged('1.1b2') },
  { name: 'pep440 1.0dev4 is normalised to 1.0.dev4', run: 'tag', ref: 'refs/tags/1.0dev4', inputs: { tags: ['type=pep440,pattern={{major}}.{{minor}}'] }, version: '1.0.dev4', tags: tagged('1.0.dev4') },
  { name: 'pep440 post-release 1.2post1', run: 'tag', ref: 'refs/tags/1.2post1', inputs: { tags: ['type=pep440,pattern={{version}}', 'type=pep440,pattern={{major}}.{{minor}}'] }, version: '1.2.post1', tags: tagged('1.2.post1') },
  { name: 'pep440 {{raw}} keeps v1.2.3rc2 as tagged', run: 'tag', ref: 'refs/tags/v1.2.3rc2', inputs: { tags: ['type=pep440,pattern={{raw}}', 'type=pep440,pattern={{major}}.{{minor}}'] }, version: 'v1.2.3rc2', tags: tagged('v1.2.3rc2', '1.2.3rc2') },
  { name: 'pep440 pre-release: the normalised version only', run: 'tag', ref: 'refs/tags/v1.3.0-rc.1', inputs: { tags: ['type=pep440,pattern={{major}}.{{minor}}'] }, version: '1.3.0rc1', tags: tagged('1.3.0rc1') },

  // sha
  { name: 'sha format=long', run: 'push', inputs: { tags: ['type=sha,format=long'] }, version: `sha-${MAIN_SHA}`, tags: tagged(`sha-${MAIN_SHA}`) },
  { name: 'DOCKER_METADATA_SHORT_SHA_LENGTH=12 for type=sha and {{sha}}', run: 'push', env: { DOCKER_METADATA_SHORT_SHA_LENGTH: '12' }, inputs: { tags: ['type=sha', 'type=raw,value=v-{{sha}}'] }, version: 'v-3c9f5a7b1e2d', tags: tagged('v-3c9f5a7b1e2d', 'sha-3c9f5a7b1e2d') },

  // odd branch names: each run of invalid characters becomes one '-'; nothing is cut
  { name: 'branch renovate/npm-@types-node-20.x', run: 'push', ref: 'refs/heads/renovate/npm-@types-node-20.x', version: 'renovate-npm--types-node-20.x', tags: tagged('renovate-npm--types-node-20.x') },
  { name: 'branch with non-ASCII characters', run: 'push', ref: 'refs/heads/fix/émoji-✨', version: 'fix-moji--', tags: tagged('fix-moji--') },
  { name: 'branch longer than 128 characters is not cut', run: 'push', ref: `refs/heads/${LONG_BRANCH}`, version: `feature-${'x'.repeat(140)}`, tags: tagged(`feature-${'x'.repeat(140)}`), warnings: [`tag 'feature-${'x'.repeat(140)}' is not a valid Docker tag (148 characters, at most 128): docker will refuse it.`] },

  // images
  { name: 'several images, one disabled, names lowercased', run: 'push', inputs: { images: ['ghcr.io/Acme/Rocket', 'name=docker.io/acme/rocket,enable=false', 'name=quay.io/acme/rocket'] }, version: 'main', tags: ['ghcr.io/acme/rocket:main', 'quay.io/acme/rocket:main'] },
  { name: 'images on one line, comma-separated', run: 'tag', inputs: { images: ['ghcr.io/acme/rocket,docker.io/acme/rocket'] }, version: 'v1.2.3', tags: ['ghcr.io/acme/rocket:v1.2.3', 'ghcr.io/acme/rocket:latest', 'docker.io/acme/rocket:v1.2.3', 'docker.io/acme/rocket:latest'] },
  { name: 'no image enabled: bare tags', run: 'push', inputs: { images: ['name=ghcr.io/acme/rocket,enable=false'] }, version: 'main', tags: ['main'] },
  { name: 'registry with a port', run: 'push', inputs: { images: ['localhost:5000/acme/rocket'] }, version: 'main', tags: ['localhost:5000/acme/rocket:main'] },

  // labels
  {
    name: "user labels win on their key and take expressions; all sorted by key",
    run: 'push',
    inputs: { labels: ['org.opencontainers.image.title=Rocket Launcher', 'maintainer=acme', 'org.opencontainers.image.vendor=Acme {{branch}}'] },
    version: 'main',
    tags: tagged('main'),
    labels: [
      'maintainer=acme',
      'org.opencontainers.image.created=2024-04-30T12:22:05.000Z',
      'org.opencontainers.image.description=Launches containers into orbit',
      'org.opencontainers.image.licenses=MIT',
      `org.opencontainers.image.revision=${MAIN_SHA}`,
      'org.opencontainers.image.source=https://github.com/acme/rocket',
      'org.opencontainers.image.title=Rocket Launcher',
      'org.opencontainers.image.url=https://github.com/acme/rocket',
      'org.opencontainers.image.vendor=Acme main',
      'org.opencontainers.image.version=main'
    ]
  },
  {
    name: 'a label with {{commit_date}} replaces created',
    run: 'pull_request',
    inputs: { labels: ["org.opencontainers.image.created={{commit_date 'YYYY-MM-DD'}}"] },
    version: 'pr-7',
    tags: tagged('pr-7'),
    labels: ['org.opencontainers.image.created=2024-05-01', ...ociLabels('pull_request', 'pr-7').slice(1)]
  }
];

describe('computeMetadata', () => {
  it.each(ROWS.map(row => [row.name, row] as const))('%s', (_name, row) => {
    const meta = computeMetadata({ images: [IMAGE], tags: [], flavor: [], labels: [], annotations: [], ...row.inputs }, contextOf(row.run, row.ref, row.env));
    expect(meta.tags).toEqual(row.tags);
    expect(meta.version).toBe(row.version);
    expect(meta.labels).toEqual(row.labels ?? ociLabels(row.run, row.version, row.revision));
    expect(meta.warnings).toEqual(row.warnings ?? []);
  });

  it('gives the annotations on the manifest level, the json output, and the tag names', () => {
    const meta = computeMetadata(
      { images: [IMAGE, 'docker.io/acme/rocket'], tags: [], flavor: [], labels: ['maintainer=acme'], annotations: ['org.opencontainers.image.title=Rocket'] },
      contextOf('tag')
    );
    const annotations = [
      'manifest:org.opencontainers.image.created=2024-04-29T09:15:00.000Z',
      'manifest:org.opencontainers.image.description=Launches containers into orbit',
      'manifest:org.opencontainers.image.licenses=MIT',
      `manifest:org.opencontainers.image.revision=${TAG_SHA}`,
      'manifest:org.opencontainers.image.source=https://github.com/acme/rocket',
      'manifest:org.opencontainers.image.title=Rocket',
      'manifest:org.opencontainers.image.url=https://github.com/acme/rocket',
      'manifest:org.opencontainers.image.version=v1.2.3'
    ];
    expect(meta.annotations).toEqual(annotations);
    expect(meta.tagNames).toEqual(['v1.2.3', 'latest']);
    expect(meta.json).toEqual({
      tags: ['ghcr.io/acme/rocket:v1.2.3', 'ghcr.io/acme/rocket:latest', 'docker.io/acme/rocket:v1.2.3', 'docker.io/acme/rocket:latest'],
      'tag-names': ['v1.2.3', 'latest'],
      labels: {
        maintainer: 'acme',
        'org.opencontainers.image.created': '2024-04-29T09:15:00.000Z',
        'org.opencontainers.image.description': 'Launches containers into orbit',
        'org.opencontainers.image.licenses': 'MIT',
        'org.opencontainers.image.revision': TAG_SHA,
        'org.opencontainers.image.source': 'https://github.com/acme/rocket',
        'org.opencontainers.image.title': 'rocket',
        'org.opencontainers.image.url': 'https://github.com/acme/rocket',
        'org.opencontainers.image.version': 'v1.2.3'
      },
      annotations
    });
  });

  it('puts the annotations on each level DOCKER_METADATA_ANNOTATIONS_LEVELS names', () => {
    const meta = computeMetadata({ images: [IMAGE], tags: [], flavor: [], labels: [], annotations: [] }, contextOf('push', undefined, { DOCKER_METADATA_ANNOTATIONS_LEVELS: 'manifest,index' }));
    const entries = ociLabels('push', 'main');
    expect(meta.annotations).toEqual([...entries.map(e => `manifest:${e}`), ...entries.map(e => `index:${e}`)]);
  });

  it('refuses a rule checkMetaRules refuses, with a MetaRuleError', () => {
    const compute = (): unknown => computeMetadata({ images: [IMAGE], tags: ['type=sha,format=medium'], flavor: [], labels: [], annotations: [] }, contextOf('push'));
    expect(compute).toThrow(MetaRuleError);
    expect(compute).toThrow("input 'meta-tags': 'type=sha,format=medium': format=medium is not short or long. Use format=short (7 characters) or format=long.");
  });
});

describe('metaContext', () => {
  const repo = { name: 'rocket', description: 'Launches containers into orbit', htmlUrl: 'https://github.com/acme/rocket', license: 'MIT' };
  const common = { repository: 'acme/rocket', serverUrl: 'https://github.com', now: NOW, shortShaLength: undefined, annotationLevels: ['manifest'], repo };
  // prettier-ignore
  const rows: [string, MetaContext][] = [
    ['push', { ...common, eventName: 'push', ref: 'refs/heads/main', sha: MAIN_SHA, defaultBranch: 'main', baseRef: undefined, headRef: undefined, prNumber: undefined, prHeadSha: undefined, commitTime: '2024-04-30T12:22:05.000Z' }],
    ['tag', { ...common, eventName: 'push', ref: 'refs/tags/v1.2.3', sha: TAG_SHA, defaultBranch: 'main', baseRef: 'main', headRef: undefined, prNumber: undefined, prHeadSha: undefined, commitTime: '2024-04-29T09:15:00.000Z' }],
    ['pull_request', { ...common, eventName: 'pull_request', ref: 'refs/pull/7/merge', sha: PR_MERGE_SHA, defaultBranch: 'main', baseRef: 'main', headRef: 'feature/Foo', prNumber: 7, prHeadSha: PR_HEAD_SHA, commitTime: undefined }],
    ['pull_request_target', { ...common, eventName: 'pull_request_target', ref: 'refs/pull/8/merge', sha: MAIN_SHA, defaultBranch: 'main', baseRef: 'main', headRef: 'patch-1', prNumber: 8, prHeadSha: TARGET_HEAD_SHA, commitTime: undefined }],
    ['release', { ...common, eventName: 'release', ref: 'refs/tags/v1.2.3', sha: TAG_SHA, defaultBranch: 'main', baseRef: undefined, headRef: undefined, prNumber: undefined, prHeadSha: undefined, commitTime: undefined }],
    ['workflow_dispatch', { ...common, eventName: 'workflow_dispatch', ref: 'refs/heads/main', sha: MAIN_SHA, defaultBranch: 'main', baseRef: undefined, headRef: undefined, prNumber: undefined, prHeadSha: undefined, commitTime: undefined }],
    ['schedule', { ...common, eventName: 'schedule', ref: 'refs/heads/main', sha: MAIN_SHA, defaultBranch: 'main', baseRef: undefined, headRef: undefined, prNumber: undefined, prHeadSha: undefined, commitTime: undefined, repo: { name: 'rocket', description: undefined, htmlUrl: 'https://github.com/acme/rocket', license: undefined } }]
  ];
  it.each(rows)('reads a %s run', (run, expected) => {
    expect(contextOf(run as Run)).toEqual(expected);
  });

  it('refuses a DOCKER_METADATA_SHORT_SHA_LENGTH that is not a length', () => {
    expect(() => contextOf('push', undefined, { DOCKER_METADATA_SHORT_SHA_LENGTH: 'twelve' })).toThrow('DOCKER_METADATA_SHORT_SHA_LENGTH is not a valid length: twelve');
  });
});

interface BadRow {
  name: string;
  inputs: Partial<MetaInputs>;
  problems: { input: string; problem: string | RegExp; fix: string }[];
}

// prettier-ignore
const BAD_ROWS: BadRow[] = [
  { name: 'unknown type', inputs: { tags: ['type=foo'] }, problems: [{ input: 'meta-tags', problem: "'type=foo': unknown type 'foo'", fix: 'type=semver' }] },
  { name: 'semver without a pattern', inputs: { tags: ['type=semver'] }, problems: [{ input: 'meta-tags', problem: "'type=semver': a pattern is missing", fix: 'pattern={{version}}' }] },
  { name: 'semver with an empty pattern', inputs: { tags: ['type=semver,pattern='] }, problems: [{ input: 'meta-tags', problem: "'type=semver,pattern=': the pattern is empty", fix: 'pattern={{version}}' }] },
  { name: 'semver pattern with an unknown expression', inputs: { tags: ['type=semver,pattern={{majr}}'] }, problems: [{ input: 'meta-tags', problem: "'type=semver,pattern={{majr}}': pattern uses {{majr}}, which metadata-action renders as nothing there", fix: '{{major}}' }] },
  { name: 'semver match= without a capture group', inputs: { tags: ['type=semver,pattern={{version}},match=v\\d'] }, problems: [{ input: 'meta-tags', problem: "'type=semver,pattern={{version}},match=v\\d': match has no capture group: the version is taken from group 1", fix: 'parentheses' }] },
  { name: 'match pattern that is no regular expression', inputs: { tags: ['type=match,pattern=v(\\d+'] }, problems: [{ input: 'meta-tags', problem: /^'type=match,pattern=v\(\\d\+': pattern is not a regular expression \(Invalid regular expression: .*\)$/, fix: 'Fix the expression' }] },
  { name: 'match group that is not a number', inputs: { tags: ['type=match,pattern=v(\\d+),group=x'] }, problems: [{ input: 'meta-tags', problem: "'type=match,pattern=v(\\d+),group=x': group=x is not a group number", fix: 'capture group' }] },
  { name: 'match group beyond the pattern', inputs: { tags: ['type=match,pattern=v(\\d+),group=2'] }, problems: [{ input: 'meta-tags', problem: "'type=match,pattern=v(\\d+),group=2': group=2 but the pattern has 1 capture group", fix: 'lower group=' }] },
  { name: 'ref without an event', inputs: { tags: ['type=ref'] }, problems: [{ input: 'meta-tags', problem: "'type=ref': an event is missing", fix: 'event=branch' }] },
  { name: 'ref with an unknown event', inputs: { tags: ['type=ref,event=branches'] }, problems: [{ input: 'meta-tags', problem: "'type=ref,event=branches': event=branches is not branch, tag or pr", fix: 'event=pr' }] },
  { name: 'ref with a stray value', inputs: { tags: ['type=ref,event=branch,main'] }, problems: [{ input: 'meta-tags', problem: "'type=ref,event=branch,main': a ref rule takes no value ('main' has no '=')", fix: 'key=value' }] },
  { name: 'raw without a value', inputs: { tags: ['type=raw'] }, problems: [{ input: 'meta-tags', problem: "'type=raw': a value is missing", fix: 'value=stable' }] },
  { name: 'sha with an unknown format', inputs: { tags: ['type=sha,format=medium'] }, problems: [{ input: 'meta-tags', problem: "'type=sha,format=medium': format=medium is not short or long", fix: 'format=long' }] },
  { name: 'misspelt attribute', inputs: { tags: ['type=sha,lenght=12'] }, problems: [{ input: 'meta-tags', problem: "'type=sha,lenght=12': type=sha has no 'lenght' attribute", fix: 'format=' }] },
  { name: 'enable that is not a boolean', inputs: { tags: ['type=raw,value=x,enable=yes'] }, problems: [{ input: 'meta-tags', problem: "'type=raw,value=x,enable=yes': enable=yes is not true, false, {{is_default_branch}} or {{is_not_default_branch}}", fix: 'github.ref' }] },
  { name: 'enable with an expression that is no boolean', inputs: { tags: ['type=raw,value=x,enable={{branch}}'] }, problems: [{ input: 'meta-tags', problem: "'type=raw,value=x,enable={{branch}}': enable={{branch}} is not true, false, {{is_default_branch}} or {{is_not_default_branch}}", fix: 'github.ref' }] },
  { name: 'priority that is not a number', inputs: { tags: ['type=raw,value=x,priority=high'] }, problems: [{ input: 'meta-tags', problem: "'type=raw,value=x,priority=high': priority=high is not a whole number", fix: 'higher comes first' }] },
  { name: 'date with an unknown time zone', inputs: { tags: ["type=schedule,pattern={{date 'YYYY' tz='Mars/Olympus'}}"] }, problems: [{ input: 'meta-tags', problem: "'type=schedule,pattern={{date 'YYYY' tz='Mars/Olympus'}}': {{date}} has an unknown time zone 'Mars/Olympus'", fix: 'IANA' }] },
  { name: 'date with an unknown attribute', inputs: { tags: ["type=schedule,pattern={{date 'YYYY' zone='UTC'}}"] }, problems: [{ input: 'meta-tags', problem: "'type=schedule,pattern={{date 'YYYY' zone='UTC'}}': {{date}} has no 'zone' attribute", fix: 'tz=' }] },
  { name: 'schedule pattern with {{sha}}', inputs: { tags: ['type=schedule,pattern=nightly-{{sha}}'] }, problems: [{ input: 'meta-tags', problem: "'type=schedule,pattern=nightly-{{sha}}': pattern uses {{sha}}, which metadata-action renders as nothing there", fix: 'The expressions of a schedule pattern are {{date}}, {{commit_date}}.' }] },
  { name: 'unclosed expression', inputs: { tags: ['type=raw,value={{branch'] }, problems: [{ input: 'meta-tags', problem: "'type=raw,value={{branch': value '{{branch' has no closing }}", fix: '{{name}}' }] },
  { name: 'block helper', inputs: { tags: ['type=raw,value={{#if x}}a{{/if}}'] }, problems: [{ input: 'meta-tags', problem: "'type=raw,value={{#if x}}a{{/if}}': value {{#if x}} is a block, partial or whitespace control, which hoist does not read", fix: '{{name}}' }] },
  { name: 'misspelt expression in a prefix', inputs: { tags: ['type=raw,value=x,prefix={{branh}}-'] }, problems: [{ input: 'meta-tags', problem: "'type=raw,value=x,prefix={{branh}}-': prefix uses {{branh}}, which metadata-action renders as nothing there", fix: '{{branch}}' }] },
  { name: 'a comma splits an unquoted value', inputs: { tags: ["type=raw,value={{date 'MMMM D, YYYY'}}"] }, problems: [{ input: 'meta-tags', problem: "'type=raw,value={{date 'MMMM D, YYYY'}}': value is given twice ('{{date 'MMMM D' and 'YYYY'}}')", fix: 'double quotes' }] },
  { name: 'an attribute given twice', inputs: { tags: ['type=sha,prefix=a-,prefix=b-'] }, problems: [{ input: 'meta-tags', problem: "'type=sha,prefix=a-,prefix=b-': prefix is given twice ('a-' and 'b-')", fix: 'A comma splits' }] },
  { name: 'stray quote', inputs: { tags: ['type=raw,value=a"b'] }, problems: [{ input: 'meta-tags', problem: /^'type=raw,value=a"b': not a CSV record \(Invalid Opening Quote: .*\)$/, fix: 'double quotes' }] },
  { name: 'flavor latest=maybe', inputs: { flavor: ['latest=maybe'] }, problems: [{ input: 'meta-flavor', problem: "'latest=maybe': latest=maybe is not auto, true or false", fix: 'latest=auto' }] },
  { name: 'flavor onlatest alone', inputs: { flavor: ['onlatest=true'] }, problems: [{ input: 'meta-flavor', problem: "'onlatest=true': onlatest= follows no prefix= or suffix=", fix: 'prefix=app-,onlatest=true' }] },
  { name: 'flavor onlatest=yes', inputs: { flavor: ['suffix=-x,onlatest=yes'] }, problems: [{ input: 'meta-flavor', problem: "'suffix=-x,onlatest=yes': onlatest=yes is not true or false", fix: 'onlatest=true' }] },
  { name: 'flavor without =', inputs: { flavor: ['prefix'] }, problems: [{ input: 'meta-flavor', problem: "'prefix': 'prefix' is not key=value", fix: 'latest=auto|true|false' }] },
  { name: 'unknown flavor', inputs: { flavor: ['tag=foo'] }, problems: [{ input: 'meta-flavor', problem: "'tag=foo': unknown flavor 'tag'", fix: 'suffix=' }] },
  { name: 'image enable=maybe', inputs: { images: ['name=ghcr.io/acme/rocket,enable=maybe'] }, problems: [{ input: 'meta-images', problem: "'name=ghcr.io/acme/rocket,enable=maybe': enable=maybe is not true or false", fix: 'enable=false' }] },
  { name: 'image with an empty name', inputs: { images: ['name=,enable=true'] }, problems: [{ input: 'meta-images', problem: "'name=,enable=true': the image name is empty", fix: 'ghcr.io/acme/app' }] },
  { name: 'image with an unknown attribute', inputs: { images: ['ghcr.io/acme/rocket,tag=1'] }, problems: [{ input: 'meta-images', problem: "'ghcr.io/acme/rocket,tag=1': unknown image attribute 'tag'", fix: 'name= and enable=' }] },
  { name: 'image with a tag', inputs: { images: ['ghcr.io/acme/rocket:latest'] }, problems: [{ input: 'meta-images', problem: "'ghcr.io/acme/rocket:latest': the image name has a tag or digest", fix: 'Give the repository only (ghcr.io/acme/rocket)' }] },
  { name: 'label without =', inputs: { labels: ['maintainer'] }, problems: [{ input: 'meta-labels', problem: "'maintainer' is not key=value", fix: 'key=value' }] },
  { name: 'annotation with an unknown expression', inputs: { annotations: ['org.opencontainers.image.vendor={{vendor}}'] }, problems: [{ input: 'meta-annotations', problem: "'org.opencontainers.image.vendor={{vendor}}': annotation uses {{vendor}}, which metadata-action renders as nothing there", fix: '{{is_default_branch}}' }] },
  {
    name: 'every problem at once, in input order',
    inputs: { tags: ['type=foo', 'type=ref'], flavor: ['latest=maybe'] },
    problems: [
      { input: 'meta-tags', problem: "'type=foo': unknown type 'foo'", fix: 'type=' },
      { input: 'meta-tags', problem: "'type=ref': an event is missing", fix: 'event=' },
      { input: 'meta-flavor', problem: "'latest=maybe': latest=maybe is not auto, true or false", fix: 'latest=' }
    ]
  },
  { name: 'a valid release set has none', inputs: { tags: [...RELEASE_RULES, "type=schedule,pattern={{date 'YYYYMMDD' tz='Europe/Paris'}}", 'type=raw,value=latest,enable={{is_default_branch}}'], flavor: ['latest=auto', 'prefix=app-,onlatest=true'], images: ['localhost:5000/acme/rocket'] }, problems: [] }
];

describe('checkMetaRules', () => {
  it.each(BAD_ROWS.map(row => [row.name, row] as const))('%s', (_name, row) => {
    const problems = checkMetaRules({ images: [IMAGE], tags: [], flavor: [], labels: [], annotations: [], ...row.inputs });
    expect(problems.every(p => p instanceof MetaRuleError)).toBe(true);
    expect(problems.map(p => ({ input: p.input, problem: p.problem, fix: p.fix }))).toEqual(
      row.problems.map(p => ({ input: p.input, problem: typeof p.problem === 'string' ? p.problem : expect.stringMatching(p.problem), fix: expect.stringContaining(p.fix) }))
    );
  });
});

describe('higherStableRelease: latest only for the highest stable release', () => {
  it.each<[string, string[], string | undefined]>([
    ['1.2.3', [], undefined],
    ['1.2.3', ['1.2.2', '1.2', '1', 'latest', 'main'], undefined],
    ['1.2.4', ['2.0.0', '1.2.3', 'latest'], '2.0.0'],
    ['v1.2.4', ['v2.0.0', 'v2.1.0', 'v1.9.9'], 'v2.1.0'],
    ['1.2.4', ['2.0.0-rc.1', '1.3.0-beta'], undefined],
    ['2.0.0', ['2.0.0', '1.9.0'], undefined],
    ['1.3.0-rc.1', ['1.2.3'], undefined],
    ['main', ['1.2.3'], undefined]
  ])('%s against %j', (version, tags, expected) => {
    expect(higherStableRelease(version, tags)).toBe(expected);
  });
});
