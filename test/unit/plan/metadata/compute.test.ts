import { describe, expect, it } from '@jest/globals';
import { computeMetadata, higherStableRelease, MetaRuleError, type MetaInputs } from '../../../../src/plan/metadata/index.js';
import {
  affixed,
  edgeTag,
  invalidTagWarning,
  isDefaultBranch,
  matchTag,
  mergeByKey,
  pep440Tag,
  rawTag,
  refTag,
  sanitizeTag,
  scheduleTag,
  semverTag,
  shaTag,
  shortSha
} from '../../../../src/plan/metadata/compute.js';
import { readInputs } from '../../../../src/plan/metadata/rules.js';
import { dateHelper, type Scope, type ScopeValue } from '../../../../src/plan/metadata/template.js';
import type { Flavor, TagRule } from '../../../../src/plan/metadata/types.js';
import { IMAGE, MAIN_SHA, PR_HEAD_SHA, RELEASE_RULES, TAG_SHA, contextOf, ociLabels, tagged, type Run } from './runs.js';

// Expected values follow docker/metadata-action's behaviour (its src/meta.ts and __tests__/meta.test.ts),
// except `created`, which is the commit's time when the payload has it.

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
  { name: 'a PEP 440 pre-release tag gets no latest', run: 'tag', ref: 'refs/tags/1.1beta2', inputs: { tags: ['type=ref,event=tag'] }, version: '1.1beta2', tags: tagged('1.1beta2') },
  { name: 'a PEP 440 dev release tag gets no latest', run: 'tag', ref: 'refs/tags/2.0.dev1', inputs: { tags: ['type=ref,event=tag'] }, version: '2.0.dev1', tags: tagged('2.0.dev1') },
  { name: 'a PEP 440 post release is a fix of a stable one: latest', run: 'tag', ref: 'refs/tags/1.0.post1', inputs: { tags: ['type=ref,event=tag'] }, version: '1.0.post1', tags: tagged('1.0.post1', 'latest') },
  { name: 'type=match on a PEP 440 pre-release gets no latest', run: 'tag', ref: 'refs/tags/v1.1b2', inputs: { tags: ['type=match,pattern=v(.*),group=1'] }, version: '1.1b2', tags: tagged('1.1b2') },
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
    // The rules' warnings in metadata-action's words, named for their input.
    expect(meta.warnings).toEqual((row.warnings ?? []).map(w => `meta-tags: ${w}`));
  });

  it('a match group the pattern lacks, and a label without =: warned and skipped, as metadata-action does; the rest is tagged', () => {
    const meta = computeMetadata(
      { images: [IMAGE], tags: ['type=match,pattern=v(\\d+),group=2', 'type=ref,event=tag'], flavor: [], labels: ['maintainer', 'a=b'], annotations: [] },
      contextOf('tag', 'refs/tags/v1.2.3')
    );
    expect(meta.tags).toEqual([`${IMAGE}:v1.2.3`, `${IMAGE}:latest`]);
    expect(meta.labels).toContain('a=b');
    expect(meta.labels.some(l => l.startsWith('maintainer'))).toBe(false);
    expect(meta.warnings).toEqual([
      "meta-labels: 'maintainer' is not key=value; skipped (write one key=value per line, e.g. org.opencontainers.image.vendor=Acme)",
      'meta-tags: Group 2 does not exist for v(\\d+) pattern.'
    ]);
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

/** One meta-tags entry, read and checked as computeMetadata reads it. */
function ruleOf(entry: string): TagRule {
  const { rules, problems } = readInputs({ images: [], tags: [entry], flavor: [], labels: [], annotations: [] });
  expect(problems).toEqual([]);
  return rules[0];
}

describe('one function per rule type', () => {
  const globalScope: Scope = new Map<string, ScopeValue>([
    ['branch', 'main'],
    ['sha', '3c9f5a7'],
    ['date', dateHelper(new Date('2024-05-01T03:00:00Z'))]
  ]);
  const scheduleScope: Scope = new Map<string, ScopeValue>([['date', dateHelper(new Date('2024-05-01T03:00:00Z'))]]);

  it('scheduleTag: the pattern on a schedule only, never latest', () => {
    expect(scheduleTag(ruleOf("type=schedule,pattern=nightly-{{date 'YYYYMMDD'}}"), 'schedule', scheduleScope)).toEqual({ value: 'nightly-20240501', latestAuto: false });
    expect(scheduleTag(ruleOf('type=schedule'), 'push', scheduleScope)).toBeUndefined();
  });

  it('semverTag: the pattern from the version; a pre-release gives {{version}} and no latest', () => {
    const warnings: string[] = [];
    expect(semverTag(ruleOf('type=semver,pattern={{major}}.{{minor}}'), 'v2.5.1', warnings)).toEqual({ value: '2.5', latestAuto: true });
    expect(semverTag(ruleOf('type=semver,pattern={{major}}'), 'v2.6.0-beta.1', warnings)).toEqual({ value: '2.6.0-beta.1', latestAuto: false });
    expect(semverTag(ruleOf('type=semver,pattern={{raw}}'), 'v2.6.0-beta.1', warnings)).toEqual({ value: 'v2.6.0-beta.1', latestAuto: false });
    expect(semverTag(ruleOf('type=semver,pattern={{version}},match=app/(v.*)'), 'app/v1.0.0', warnings)).toEqual({ value: '1.0.0', latestAuto: true });
    expect(warnings).toEqual([]);
  });

  it('semverTag: warns on a version that is not semver, and on a match= that does not match', () => {
    const warnings: string[] = [];
    expect(semverTag(ruleOf('type=semver,pattern={{version}}'), 'feature/x', warnings)).toBeUndefined();
    expect(semverTag(ruleOf('type=semver,pattern={{version}},match=^x(\\d)$'), 'v1.0.0', warnings)).toEqual({ value: '1.0.0', latestAuto: true });
    expect(warnings).toEqual(['feature-x is not a valid semver. More info: https://semver.org/', '^x(\\d)$ does not match v1.0.0.']);
  });

  it('pep440Tag: the pattern from the version; an unstable one gives its normal form (or {{raw}}) and no latest', () => {
    const warnings: string[] = [];
    expect(pep440Tag(ruleOf('type=pep440,pattern={{major}}.{{minor}}.{{patch}}'), '1.2', warnings)).toEqual({ value: '1.2.0', latestAuto: true });
    expect(pep440Tag(ruleOf('type=pep440,pattern={{major}}'), '1.0dev4', warnings)).toEqual({ value: '1.0.dev4', latestAuto: false });
    expect(pep440Tag(ruleOf('type=pep440,pattern={{raw}}'), 'v1.0dev4', warnings)).toEqual({ value: 'v1.0dev4', latestAuto: false });
    expect(pep440Tag(ruleOf('type=pep440,pattern={{version}}'), 'release-x', warnings)).toBeUndefined();
    expect(warnings).toEqual(['release-x does not conform to PEP 440. More info: https://www.python.org/dev/peps/pep-0440']);
  });

  it('matchTag: the group; a warning when the pattern does not match or the group did not take part', () => {
    const warnings: string[] = [];
    expect(matchTag(ruleOf('type=match,pattern=v(\\d+),group=1'), 'v12.0.0', warnings)).toEqual({ value: '12', latestAuto: true });
    expect(matchTag(ruleOf('type=match,pattern=v(\\d+),group=1'), 'v12.0.0-rc.1', warnings)).toEqual({ value: '12', latestAuto: false });
    expect(matchTag(ruleOf('type=match,pattern=(a)?b,group=1'), 'b', warnings)).toBeUndefined();
    expect(matchTag(ruleOf('type=match,pattern=^z'), 'v1', warnings)).toBeUndefined();
    expect(warnings).toEqual(['Group 1 does not exist for (a)?b pattern.', '^z does not match v1.']);
  });

  it('edgeTag: edge on its branch, the default one when none is named', () => {
    expect(edgeTag(ruleOf('type=edge'), 'main', 'main')).toEqual({ value: 'edge', latestAuto: false });
    expect(edgeTag(ruleOf('type=edge'), 'dev', 'main')).toBeUndefined();
    expect(edgeTag(ruleOf('type=edge,branch=dev'), 'dev', 'main')).toEqual({ value: 'edge', latestAuto: false });
    expect(edgeTag(ruleOf('type=edge'), '', undefined)).toBeUndefined();
  });

  it('refTag: the branch, the tag (latest unless a pre-release) or the pull request number', () => {
    const onBranch = { branch: 'feature/x', gitTag: '' };
    const onTag = { branch: '', gitTag: 'v1.0.0' };
    expect(refTag(ruleOf('type=ref,event=branch'), 'refs/heads/feature/x', onBranch)).toEqual({ value: 'feature/x', latestAuto: false });
    expect(refTag(ruleOf('type=ref,event=branch'), 'refs/tags/v1.0.0', onTag)).toBeUndefined();
    expect(refTag(ruleOf('type=ref,event=tag'), 'refs/tags/v1.0.0', onTag)).toEqual({ value: 'v1.0.0', latestAuto: true });
    expect(refTag(ruleOf('type=ref,event=tag'), 'refs/tags/v1.0.0-rc.1', { branch: '', gitTag: 'v1.0.0-rc.1' })).toEqual({ value: 'v1.0.0-rc.1', latestAuto: false });
    expect(refTag(ruleOf('type=ref,event=tag'), 'refs/heads/feature/x', onBranch)).toBeUndefined();
    expect(refTag(ruleOf('type=ref,event=pr'), 'refs/pull/42/merge', { branch: '', gitTag: '' })).toEqual({ value: '42', latestAuto: false });
    expect(refTag(ruleOf('type=ref,event=pr'), 'refs/heads/main', { branch: 'main', gitTag: '' })).toBeUndefined();
  });

  it('rawTag: the value, rendered', () => {
    expect(rawTag(ruleOf('type=raw,value=build-{{branch}}-{{sha}}'), globalScope)).toEqual({ value: 'build-main-3c9f5a7', latestAuto: false });
  });

  it('shaTag: short or long; none without a commit', () => {
    expect(shaTag(ruleOf('type=sha'), MAIN_SHA, 7)).toEqual({ value: '3c9f5a7', latestAuto: false });
    expect(shaTag(ruleOf('type=sha,format=long'), MAIN_SHA, 7)).toEqual({ value: MAIN_SHA, latestAuto: false });
    expect(shaTag(ruleOf('type=sha'), '', 7)).toBeUndefined();
  });

  it("affixed: a rule's own prefix= and suffix= win over the flavor's, and render expressions", () => {
    const flavor: Flavor = { latest: 'auto', prefix: 'app-', prefixOnLatest: false, suffix: '-{{branch}}', suffixOnLatest: false };
    expect(affixed(ruleOf('type=raw,value=x'), 'x', flavor, globalScope)).toBe('app-x-main');
    expect(affixed(ruleOf('type=sha'), '3c9f5a7', flavor, globalScope)).toBe('sha-3c9f5a7-main');
    expect(affixed(ruleOf('type=raw,value=x,prefix=,suffix='), 'x', flavor, globalScope)).toBe('x');
  });
});

describe('the helpers of computeMetadata', () => {
  it.each<[string, string | undefined, string, boolean]>([
    ['refs/heads/main', 'main', 'push', true],
    ['refs/heads/dev', 'main', 'push', false],
    ['refs/heads/dev', undefined, 'schedule', true],
    ['refs/heads/dev', undefined, 'issues', true],
    ['', 'main', 'schedule', false],
    ['refs/tags/v1', 'main', 'push', false]
  ])('isDefaultBranch(%s, default %s, %s) is %s', (ref, defaultBranch, eventName, expected) => {
    expect(isDefaultBranch({ ref, defaultBranch, eventName })).toBe(expected);
  });

  it('sanitizeTag turns each run of characters a tag cannot hold into one -', () => {
    expect(sanitizeTag('feature/Foo@bar  baz')).toBe('feature-Foo-bar-baz');
    expect(sanitizeTag('v1.2_3-x')).toBe('v1.2_3-x');
  });

  it('shortSha cuts to the length, unless the sha is shorter', () => {
    expect(shortSha(MAIN_SHA, 7)).toBe('3c9f5a7');
    expect(shortSha('abc', 7)).toBe('abc');
  });

  it('invalidTagWarning: none for a valid tag, else why docker refuses it', () => {
    expect(invalidTagWarning('v1.2.3')).toBeUndefined();
    expect(invalidTagWarning('-x')).toBe("tag '-x' is not a valid Docker tag (it must not start with . or -): docker will refuse it.");
    expect(invalidTagWarning('a'.repeat(129))).toBe(`tag '${'a'.repeat(129)}' is not a valid Docker tag (129 characters, at most 128): docker will refuse it.`);
  });

  it('mergeByKey: the later entry wins on a key, entries without a key are dropped, sorted by key', () => {
    expect(mergeByKey(['b=1', 'a=2', 'b=3=4', 'junk', '=x'])).toEqual(['a=2', 'b=3=4']);
  });
});
