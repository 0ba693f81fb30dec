/**
 * The diagnose phase: buildx's check warnings (the metadata file of a real build) as
 * annotations on the workspace's Dockerfile, and a failed build (a real build's progress)
 * as an error annotation and a job summary, each with the secrets masked; both switched
 * off as build-push-action's environment switches say.
 */
import { describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { BuildFailedError } from '../../../src/buildx/build.js';
import { parseMetadata } from '../../../src/buildx/buildx.js';
import { parseFailure } from '../../../src/buildx/diagnostics.js';
import { annotateWarnings, reportFailure } from '../../../src/phases/diagnose.js';
import { scratchDirs, testPorts } from '../../helpers/ports.js';
import { FakeRunner } from '../../helpers/runner.js';

const FIXTURES = path.join(path.dirname(new URL(import.meta.url).pathname), '../../fixtures/buildx');
const scratch = scratchDirs('phase-diagnose');
const warnings = parseMetadata(fs.readFileSync(path.join(FIXTURES, 'warnings-metadata.json'), 'utf8')).warnings;
const failedProgress = fs.readFileSync(path.join(FIXTURES, 'failed-two-platforms.txt'), 'utf8');

function portsWith(env: NodeJS.ProcessEnv = {}) {
  const runner = new FakeRunner({});
  return { runner, ports: testPorts({ dir: scratch(), runner, env }) };
}

describe('annotateWarnings: each build check warning on its Dockerfile line', () => {
  it('names the rule, its words and link, and the Dockerfile as the workspace knows it (file:)', () => {
    const { runner, ports } = portsWith();
    annotateWarnings(ports, 'services/api/Dockerfile', warnings);
    expect(runner.events).toEqual([
      {
        kind: 'warning',
        text: "'as' and 'FROM' keywords' casing do not match (line 1)\nThe 'as' keyword should match the case of the 'from' keyword\nMore info: https://docs.docker.com/go/dockerfile/rule/from-as-casing/",
        annotation: { title: 'FromAsCasing', file: 'services/api/Dockerfile', startLine: 1, endLine: 1 }
      },
      {
        kind: 'warning',
        text: "Command 'from' should match the case of the command majority (uppercase) (line 3)\nAll commands within the Dockerfile should use the same casing (either upper or lower)\nMore info: https://docs.docker.com/go/dockerfile/rule/consistent-instruction-casing/",
        annotation: { title: 'ConsistentInstructionCasing', file: 'services/api/Dockerfile', startLine: 3, endLine: 3 }
      }
    ]);
  });

  it('without file:, the Dockerfile in the context', () => {
    const { runner, ports } = portsWith();
    annotateWarnings(ports, 'app/Dockerfile', warnings);
    expect(runner.events.map(e => (e.kind === 'warning' ? e.annotation?.file : undefined))).toEqual(['app/Dockerfile', 'app/Dockerfile']);
  });

  it('none with DOCKER_BUILD_CHECKS_ANNOTATIONS=false', () => {
    const { runner, ports } = portsWith({ DOCKER_BUILD_CHECKS_ANNOTATIONS: 'false' });
    annotateWarnings(ports, 'Dockerfile', warnings);
    expect(runner.events).toEqual([]);
  });
});

describe('reportFailure: a failed build where users look', () => {
  const failed = (progress: string) => new BuildFailedError(`buildx failed with exit code 1: ${progress.trim().split('\n').pop()}`, parseFailure(progress), progress);

  it('an error annotation on the failing line and a job summary of the step, its platform, line, last lines and cache', () => {
    const { runner, ports } = portsWith();
    reportFailure(ports, 'Dockerfile', failed(failedProgress), []);
    expect(runner.events[0]).toEqual({
      kind: 'error',
      text: 'process "/bin/sh -c echo before failing; echo line two; exit 3" did not complete successfully: exit code: 3\nlast lines:\nbefore failing\nline two',
      annotation: { title: 'build failed: [linux/amd64 3/3] RUN echo before failing; echo line two; exit 3', file: 'Dockerfile', startLine: 3 }
    });
    expect(runner.texts('summary')).toEqual([
      [
        '### hoist · build failed',
        '',
        '| | |',
        '|---|---|',
        '| step | `[linux/amd64 3/3] RUN echo before failing; echo line two; exit 3` |',
        '| platform | linux/amd64 |',
        '| line | `Dockerfile:3` |',
        '| error | process "/bin/sh -c echo before failing; echo line two; exit 3" did not complete successfully: exit code: 3 |',
        '| cache until then | 0/4 steps cached (0 %) |',
        '',
        'Last lines of the step:',
        '',
        '```',
        'before failing',
        'line two',
        '```',
        '',
        'Nothing was pushed.',
        ''
      ].join('\n')
    ]);
    expect(runner.events).toHaveLength(2);
  });

  it('masks the secrets the step printed in the annotation and the summary, the longer first', () => {
    const { runner, ports } = portsWith();
    const progress = ['#6 [2/2] RUN ./deploy', '#6 0.101 using s3cr3t-value', '#6 0.102 and s3cr3t', '#6 ERROR: process "/bin/sh -c ./deploy" did not complete successfully: exit code: 2', ''].join(
      '\n'
    );
    reportFailure(ports, 'Dockerfile', failed(progress), ['s3cr3t', 's3cr3t-value']);
    expect(runner.texts('error')).toEqual(['process "/bin/sh -c ./deploy" did not complete successfully: exit code: 2\nlast lines:\nusing ***\nand ***']);
    expect(runner.texts('summary')[0]).toContain('```\nusing ***\nand ***\n```');
    expect(JSON.stringify(runner.events)).not.toContain('s3cr3t');
  });

  it('masks a secret written in the failing instruction itself: the step name in the title and the summary', () => {
    const { runner, ports } = portsWith();
    const progress = ['#6 [2/2] RUN curl -H "token: s3cr3t" https://x', '#6 ERROR: process "/bin/sh -c curl -H \\"token: s3cr3t\\" https://x" did not complete successfully: exit code: 22', ''].join(
      '\n'
    );
    reportFailure(ports, 'Dockerfile', failed(progress), ['s3cr3t']);
    const error = runner.events.find(e => e.kind === 'error');
    expect(error && 'annotation' in error ? error.annotation?.title : undefined).toMatch(/^build failed: .*\*\*\*/);
    expect(runner.texts('summary')[0]).toContain('token: ***');
    expect(JSON.stringify(runner.events)).not.toContain('s3cr3t');
  });

  it('no job summary with DOCKER_BUILD_SUMMARY=false; the annotation stays', () => {
    const { runner, ports } = portsWith({ DOCKER_BUILD_SUMMARY: 'false' });
    reportFailure(ports, 'Dockerfile', failed(failedProgress), []);
    expect(runner.events.map(e => e.kind)).toEqual(['error']);
  });

  it('a failure buildx did not place: no annotation, the summary gives the masked message', () => {
    const { runner, ports } = portsWith();
    reportFailure(ports, 'Dockerfile', new BuildFailedError('buildx failed with exit code 1: ERROR: could not push with token hunter2', undefined, ''), ['hunter2']);
    expect(runner.events.map(e => e.kind)).toEqual(['summary']);
    expect(runner.texts('summary')[0]).toContain('| error | buildx failed with exit code 1: ERROR: could not push with token *** |');
  });
});
