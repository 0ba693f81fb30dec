// The build's own words as annotations and a job summary (report/diagnostics.ts), from the buildx fixtures and hand-made edge cases.
import { describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseFailure, parseWarnings, type BuildFailure } from '../../../src/buildx/diagnostics.js';
import { failureAnnotation, failureMarkdown, warningAnnotations, workspacePath } from '../../../src/report/diagnostics.js';

const fixture = (name: string) => fs.readFileSync(path.join(path.dirname(new URL(import.meta.url).pathname), '../../fixtures/buildx', name), 'utf8');
const failed = parseFailure(fixture('failed-two-platforms.txt'))!;
const warnings = parseWarnings((JSON.parse(fixture('warnings-metadata.json')) as Record<string, unknown>)['buildx.build.warnings']);

const failure = (more: Partial<BuildFailure> = {}): BuildFailure => ({ step: '[build 2/3] RUN make', message: 'exit code: 2', lastLines: [], ...more });

describe('workspacePath', () => {
  it.each<[string | undefined, string | undefined, string | undefined]>([
    ['Dockerfile', './app/Dockerfile', 'app/Dockerfile'],
    ['Dockerfile', 'Dockerfile', 'Dockerfile'],
    ['Dockerfile', undefined, 'Dockerfile'],
    ['base.Dockerfile', 'app/Dockerfile', 'base.Dockerfile'],
    [undefined, 'app/Dockerfile', 'app/Dockerfile'],
    [undefined, undefined, undefined]
  ])('frontend %j with file %j → %j', (frontend, dockerfile, file) => {
    expect(workspacePath(frontend, dockerfile)).toBe(file);
  });
});

describe('warningAnnotations', () => {
  it('annotates each check warning of the fixture on its line of the Dockerfile', () => {
    expect(warningAnnotations(warnings, undefined)).toEqual([
      {
        title: 'FromAsCasing',
        message:
          "'as' and 'FROM' keywords' casing do not match (line 1)\nThe 'as' keyword should match the case of the 'from' keyword\nMore info: https://docs.docker.com/go/dockerfile/rule/from-as-casing/",
        file: 'Dockerfile',
        startLine: 1,
        endLine: 1
      },
      {
        title: 'ConsistentInstructionCasing',
        message:
          "Command 'from' should match the case of the command majority (uppercase) (line 3)\nAll commands within the Dockerfile should use the same casing (either upper or lower)\nMore info: https://docs.docker.com/go/dockerfile/rule/consistent-instruction-casing/",
        file: 'Dockerfile',
        startLine: 3,
        endLine: 3
      }
    ]);
  });

  it("puts them in the Dockerfile's order, whatever order the build listed them in (file, then line; no line last)", () => {
    const w = (rule: string, file?: string, startLine?: number) => ({ rule, description: rule, detail: [], ...(file ? { file } : {}), ...(startLine !== undefined ? { startLine } : {}) });
    const listed = [w('nofile'), w('b3', 'b.Dockerfile', 3), w('d9', 'Dockerfile', 9), w('noline', 'Dockerfile'), w('d1', 'Dockerfile', 1), w('b2', 'b.Dockerfile', 2)];
    expect(warningAnnotations(listed, undefined).map(a => a.title)).toEqual(['nofile', 'b2', 'b3', 'd1', 'd9', 'noline']);
    expect(warningAnnotations([...warnings].reverse(), undefined)).toEqual(warningAnnotations(warnings, undefined));
  });

  it('leaves out what a warning does not say', () => {
    expect(warningAnnotations([{ rule: 'JSONArgsRecommended', description: 'use JSON', detail: [] }], undefined)).toEqual([{ title: 'JSONArgsRecommended', message: 'use JSON' }]);
    expect(warningAnnotations([{ rule: 'R', description: 'd', detail: ['a', 'b'], startLine: 4 }], 'app/Dockerfile')).toEqual([
      { title: 'R', message: 'd\na\nb', file: 'app/Dockerfile', startLine: 4 }
    ]);
  });
});

describe('failureAnnotation', () => {
  it("puts the fixture's failure on its instruction, with its last lines", () => {
    expect(failureAnnotation(failed, undefined)).toEqual({
      title: 'build failed: [linux/amd64 3/3] RUN echo before failing; echo line two; exit 3',
      message: 'process "/bin/sh -c echo before failing; echo line two; exit 3" did not complete successfully: exit code: 3\nlast lines:\nbefore failing\nline two',
      file: 'Dockerfile',
      startLine: 3
    });
  });

  it('keeps the last five lines, and no file without a line', () => {
    const lines = ['1', '2', '3', '4', '5', '6', '7'];
    expect(failureAnnotation(failure({ lastLines: lines, file: 'Dockerfile' }), 'app/Dockerfile')).toEqual({
      title: 'build failed: [build 2/3] RUN make',
      message: 'exit code: 2\nlast lines:\n3\n4\n5\n6\n7'
    });
  });

  it('is the message alone without last lines', () => {
    expect(failureAnnotation(failure({ file: 'Dockerfile', line: 9 }), 'app/Dockerfile')).toEqual({
      title: 'build failed: [build 2/3] RUN make',
      message: 'exit code: 2',
      file: 'app/Dockerfile',
      startLine: 9
    });
  });
});

describe('failureMarkdown', () => {
  it("summarises the fixture's failure in full", () => {
    expect(failureMarkdown(failed, { message: 'buildx failed', cache: { cached: 2, total: 8 } })).toBe(
      [
        '### hoist · build failed',
        '',
        '| | |',
        '|---|---|',
        '| step | `[linux/amd64 3/3] RUN echo before failing; echo line two; exit 3` |',
        '| platform | linux/amd64 |',
        '| line | `Dockerfile:3` |',
        '| error | process "/bin/sh -c echo before failing; echo line two; exit 3" did not complete successfully: exit code: 3 |',
        '| cache until then | 2/8 steps cached (25 %) |',
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
    );
  });

  it("gives buildx's message when no step failed, and no cache row without steps", () => {
    expect(failureMarkdown(undefined, { message: 'failed to push: 401 | denied\nretry', cache: { cached: 0, total: 0 } })).toBe(
      ['### hoist · build failed', '', '| | |', '|---|---|', '| error | failed to push: 401 \\| denied retry |', '', 'Nothing was pushed.', ''].join('\n')
    );
  });

  it('names the stage, escapes the table cells, and keeps the last 20 lines without closing the code block early', () => {
    const lastLines = Array.from({ length: 22 }, (_, i) => `line ${i + 1}`);
    lastLines[21] = 'echo ```';
    const md = failureMarkdown(failure({ stage: 'build', step: '[build 2/3] RUN a | b', message: 'exit | 2', lastLines }), { message: 'x', cache: { cached: 1, total: 3 } });
    expect(md).toContain('| step | `[build 2/3] RUN a \\| b` |\n| stage | build |\n| error | exit \\| 2 |\n| cache until then | 1/3 steps cached (33 %) |');
    expect(md).not.toContain('| line |');
    expect(md).toContain('```\nline 3\nline 4\n');
    expect(md).not.toContain('line 2\n');
    expect(md).toContain("line 21\necho '''\n```\n\nNothing was pushed.\n");
  });
});
