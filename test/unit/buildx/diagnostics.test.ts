import { describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseFailure, parseWarnings } from '../../../src/buildx/diagnostics.js';
import { failureAnnotation, failureMarkdown, warningAnnotations, workspacePath } from '../../../src/report/diagnostics.js';

const fixture = (name: string) => fs.readFileSync(path.join(path.dirname(new URL(import.meta.url).pathname), '../../fixtures/buildx', name), 'utf8');

describe("the build checks' warnings, from buildx's metadata file (BUILDX_METADATA_WARNINGS)", () => {
  // Written by buildx v0.36.1 / BuildKit v0.32.2 for `FROM … as builder` (line 1) and `from builder` (line 3).
  const warnings = parseWarnings((JSON.parse(fixture('warnings-metadata.json')) as Record<string, unknown>)['buildx.build.warnings']);

  it('reads the rule, its words, its link and its line', () => {
    expect(warnings).toEqual([
      {
        rule: 'FromAsCasing',
        description: "'as' and 'FROM' keywords' casing do not match (line 1)",
        detail: ["The 'as' keyword should match the case of the 'from' keyword"],
        url: 'https://docs.docker.com/go/dockerfile/rule/from-as-casing/',
        file: 'Dockerfile',
        startLine: 1,
        endLine: 1
      },
      {
        rule: 'ConsistentInstructionCasing',
        description: "Command 'from' should match the case of the command majority (uppercase) (line 3)",
        detail: ['All commands within the Dockerfile should use the same casing (either upper or lower)'],
        url: 'https://docs.docker.com/go/dockerfile/rule/consistent-instruction-casing/',
        file: 'Dockerfile',
        startLine: 3,
        endLine: 3
      }
    ]);
  });

  it('annotates the Dockerfile the workspace knows (the frontend knows it by its base name)', () => {
    expect(warningAnnotations(warnings, 'services/api/Dockerfile')[0]).toEqual({
      title: 'FromAsCasing',
      message:
        "'as' and 'FROM' keywords' casing do not match (line 1)\nThe 'as' keyword should match the case of the 'from' keyword\nMore info: https://docs.docker.com/go/dockerfile/rule/from-as-casing/",
      file: 'services/api/Dockerfile',
      startLine: 1,
      endLine: 1
    });
  });

  it('ignores what is not a list of warnings', () => {
    expect(parseWarnings(undefined)).toEqual([]);
    expect(parseWarnings([{ level: 1 }])).toEqual([]);
  });
});

describe("a failed build, from buildx's plain progress", () => {
  // `RUN …; exit 3` on line 3, for linux/amd64 + linux/arm64 (amd64 failed first, arm64 was cancelled).
  const failure = parseFailure(fixture('failed-two-platforms.txt'))!;

  it('names the step, its platform, its line, its last lines and BuildKit’s words', () => {
    expect(failure).toEqual({
      step: '[linux/amd64 3/3] RUN echo before failing; echo line two; exit 3',
      platform: 'linux/amd64',
      message: 'process "/bin/sh -c echo before failing; echo line two; exit 3" did not complete successfully: exit code: 3',
      file: 'Dockerfile',
      line: 3,
      lastLines: ['before failing', 'line two']
    });
  });

  it('reads the stage of a named stage', () => {
    const progress = [
      '#12 [linux/arm64 build 2/4] RUN go build ./...',
      '#12 0.5 main.go:3: undefined: x',
      '#12 ERROR: process "/bin/sh -c go build ./..." did not complete successfully: exit code: 1',
      'app/Dockerfile:7',
      '--------------------'
    ].join('\n');
    expect(parseFailure(progress)).toMatchObject({ stage: 'build', platform: 'linux/arm64', file: 'app/Dockerfile', line: 7, lastLines: ['main.go:3: undefined: x'] });
  });

  it('is undefined when no step failed (e.g. the cache export or the push did)', () => {
    expect(parseFailure('#9 exporting to image\n#9 ERROR: failed to push: 401\nERROR: failed to build')).toBeUndefined();
  });

  it('becomes an error annotation on the instruction and a summary of the step', () => {
    expect(failureAnnotation(failure, 'sub/Dockerfile')).toEqual({
      title: 'build failed: [linux/amd64 3/3] RUN echo before failing; echo line two; exit 3',
      message: 'process "/bin/sh -c echo before failing; echo line two; exit 3" did not complete successfully: exit code: 3\nlast lines:\nbefore failing\nline two',
      file: 'sub/Dockerfile',
      startLine: 3
    });
    const md = failureMarkdown(failure, { message: 'buildx failed', dockerfile: 'sub/Dockerfile', cache: { cached: 1, total: 3 } });
    expect(md).toContain('### hoist · build failed');
    expect(md).toContain('| platform | linux/amd64 |');
    expect(md).toContain('| line | `sub/Dockerfile:3` |');
    expect(md).toContain('| cache until then | 1/3 steps cached (33 %) |');
    expect(md).toContain('```\nbefore failing\nline two\n```');
  });

  it('maps only the frontend name of the Dockerfile itself', () => {
    expect(workspacePath('Dockerfile', 'app/Dockerfile')).toBe('app/Dockerfile');
    expect(workspacePath('other.Dockerfile', 'app/Dockerfile')).toBe('other.Dockerfile');
    expect(workspacePath(undefined, './Dockerfile')).toBe('./Dockerfile');
  });
});
