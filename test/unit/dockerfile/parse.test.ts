import { describe, expect, it } from '@jest/globals';
import fs from 'node:fs';
import path from 'node:path';
import { parseDockerfile, type Instruction } from '../../../src/dockerfile/parse.js';
import { cacheMounts, type CacheMount } from '../../../src/dockerfile/mounts.js';
import { parseStages } from '../../../src/dockerfile/stages.js';

const fixture = (name: string): string => fs.readFileSync(path.join('test/fixtures/dockerfiles', name), 'utf8');

/** An instruction with no flags or heredocs unless given. */
function ins(keyword: string, line: number, args: string, more: Partial<Instruction> = {}): Instruction {
  return { keyword, flags: [], args, heredocs: [], line, endLine: line, ...more };
}

function cache(stageIndex: number, line: number, target: string, more: Partial<CacheMount> = {}): CacheMount {
  return { id: target, target, sharing: 'shared', readonly: false, stageIndex, line, ...more };
}

describe('parseDockerfile on the fixture corpus', () => {
  it('example.Dockerfile (the repo example): global ARGs in FROM, a platform, a cache mount', () => {
    expect(parseDockerfile(fixture('example.Dockerfile'))).toEqual({
      escape: '\\',
      globalArgs: [
        { name: 'GO_IMAGE', value: 'golang:1.26-alpine' },
        { name: 'RUNTIME_IMAGE', value: 'alpine:3.22' }
      ],
      stages: [
        {
          index: 0,
          name: 'builder',
          base: '${GO_IMAGE}',
          platform: '$BUILDPLATFORM',
          line: 8,
          instructions: [
            ins('WORKDIR', 9, '/src'),
            ins('COPY', 10, 'go.mod ./'),
            ins('RUN', 11, 'go mod download'),
            ins('COPY', 12, '*.go ./'),
            ins('ARG', 13, 'TARGETOS'),
            ins('ARG', 14, 'TARGETARCH'),
            ins('RUN', 15, 'CGO_ENABLED=0 GOOS=$TARGETOS GOARCH=$TARGETARCH go build -trimpath -ldflags="-s -w" -o /out/backend .', {
              flags: ['--mount=type=cache,target=/root/.cache/go-build'],
              endLine: 16
            })
          ]
        },
        {
          index: 1,
          name: 'runtime',
          base: '${RUNTIME_IMAGE}',
          line: 18,
          instructions: [
            ins('WORKDIR', 19, '/app'),
            ins('COPY', 20, '/out/backend /app/backend', { flags: ['--from=builder'] }),
            ins('ENV', 21, 'DATA_FILE=/data/data.json'),
            ins('EXPOSE', 22, '8080'),
            ins('ENTRYPOINT', 23, '["/app/backend"]')
          ]
        }
      ]
    });
  });

  it('go.Dockerfile: directives, several ARGs on a line, quoted default, repeated --mount, a stage chain', () => {
    const df = parseDockerfile(fixture('go.Dockerfile'));
    expect({ ...df, stages: undefined }).toEqual({
      escape: '\\',
      syntax: 'docker/dockerfile:1.7',
      globalArgs: [{ name: 'GO_VERSION', value: '1.23' }, { name: 'ALPINE_VERSION' }, { name: 'REGISTRY', value: 'docker.io/library', raw: '"docker.io/library"' }]
    });
    expect(df.stages.map(({ instructions, ...s }) => ({ ...s, keywords: instructions.map(i => i.keyword) }))).toEqual([
      { index: 0, name: 'build', base: '${REGISTRY}/golang:${GO_VERSION}-alpine', platform: '$BUILDPLATFORM', line: 7, keywords: ['WORKDIR', 'RUN', 'ARG', 'RUN'] },
      { index: 1, name: 'test', base: 'build', line: 19, keywords: ['RUN'] },
      { index: 2, name: 'final', base: 'alpine:${ALPINE_VERSION:-3.20}', line: 22, keywords: ['RUN', 'COPY', 'USER', 'ENTRYPOINT'] }
    ]);
    expect(df.stages[0].instructions[3]).toEqual(
      ins('RUN', 14, 'CGO_ENABLED=0 GOOS=$TARGETOS GOARCH=$TARGETARCH go build -o /bin/server ./cmd/server', {
        flags: ['--mount=type=cache,target=/go/pkg/mod', '--mount=type=cache,id=gobuild,target=/root/.cache/go-build,sharing=locked', '--mount=type=bind,target=.'],
        endLine: 17
      })
    );
  });

  it('node.Dockerfile: comment and blank lines inside a continuation are skipped, lowercase keywords', () => {
    const df = parseDockerfile(fixture('node.Dockerfile'));
    expect(df.stages[0].instructions[2]).toEqual(ins('RUN', 6, 'npm ci --omit=dev         --no-audit', { flags: ['--mount=type=cache,target=/root/.npm,uid=1000,gid=1000,mode=0755'], endLine: 10 }));
    expect(df.stages[1].instructions[0]).toEqual(ins('COPY', 14, '. .', { flags: ['--chown=node:node'], endLine: 15 }));
    expect(df.stages.map(s => [s.index, s.name, s.base, s.line])).toEqual([
      [0, 'deps', 'node:${NODE_VERSION}-bookworm-slim', 3],
      [1, 'build', 'deps', 13],
      [2, undefined, 'node:${NODE_VERSION}-bookworm-slim', 18]
    ]);
  });

  it('windows.Dockerfile: # escape=` continues lines with a backtick, backslashes are literal, CRLF lines', () => {
    expect(parseDockerfile(fixture('windows.Dockerfile'))).toEqual({
      escape: '`',
      globalArgs: [],
      stages: [
        {
          index: 0,
          name: 'base',
          base: 'mcr.microsoft.com/windows/servercore:ltsc2022',
          line: 3,
          instructions: [
            ins('SHELL', 4, '["powershell", "-Command", "$ErrorActionPreference = \'Stop\';"]'),
            ins('RUN', 5, 'Invoke-WebRequest -Uri https://example.com/tool.zip         -OutFile C:\\tool.zip ;     Expand-Archive C:\\tool.zip -DestinationPath C:\\tool', { endLine: 7 }),
            ins('WORKDIR', 8, 'C:\\app'),
            ins('COPY', 9, '. C:\\app\\'),
            ins('ENV', 10, 'PATH="C:\\tool;C:\\Windows\\system32"')
          ]
        },
        {
          index: 1,
          name: 'runtime',
          base: 'mcr.microsoft.com/windows/nanoserver:ltsc2022',
          line: 11,
          instructions: [ins('COPY', 13, 'C:\\app C:\\app', { flags: ['--from=base'] })]
        }
      ]
    });
  });

  it('heredoc.Dockerfile: bodies (with FROM, COPY and \\ lines) are not instructions; <<- strips tabs; several on a line', () => {
    expect(parseDockerfile(fixture('heredoc.Dockerfile'))).toEqual({
      escape: '\\',
      syntax: 'docker/dockerfile:1',
      globalArgs: [],
      stages: [
        {
          index: 0,
          name: 'base',
          base: 'debian:bookworm',
          line: 2,
          instructions: [
            ins('RUN', 3, '<<EOF', {
              flags: ['--mount=type=cache,target=/var/cache/apt,sharing=locked', '--mount=type=cache,target=/var/lib/apt,sharing=locked'],
              heredocs: [{ name: 'EOF', body: 'set -e\napt-get update\napt-get install -y --no-install-recommends python3\n', chomp: false }],
              endLine: 8
            }),
            ins('COPY', 9, '<<-"CONF" /etc/app.conf', {
              heredocs: [{ name: 'CONF', body: 'FROM this-is-not-a-stage AS nope\nlisten = 8080\n', chomp: true }],
              endLine: 12
            }),
            ins('RUN', 13, "python3 <<'PY' > /tmp/out; cat <<SH | sh", {
              heredocs: [
                { name: 'PY', body: 'import sys\nprint("a \\\nb")\n', chomp: false },
                { name: 'SH', body: 'echo done \\\nCOPY . .\n', chomp: false }
              ],
              endLine: 20
            }),
            ins('COPY', 21, '<<one.txt <<two.txt /data/', {
              heredocs: [
                { name: 'one.txt', body: '1\n', chomp: false },
                { name: 'two.txt', body: '2\n', chomp: false }
              ],
              endLine: 25
            })
          ]
        },
        { index: 1, base: 'base', line: 27, instructions: [ins('RUN', 28, '["sh", "-c", "echo <<NOT_A_HEREDOC"]')] }
      ]
    });
  });

  it('rust.Dockerfile: FROM <stage> chains, ARG in a stage', () => {
    const df = parseDockerfile(fixture('rust.Dockerfile'));
    expect(df.globalArgs).toEqual([
      { name: 'RUST_VERSION', value: '1.82' },
      { name: 'APP', value: 'server' }
    ]);
    expect(df.stages.map(({ instructions, ...s }) => ({ ...s, lines: instructions.map(i => [i.line, i.endLine]) }))).toEqual([
      {
        index: 0,
        name: 'chef',
        base: 'rust:${RUST_VERSION}-slim',
        platform: '$BUILDPLATFORM',
        line: 4,
        lines: [
          [5, 5],
          [6, 6]
        ]
      },
      {
        index: 1,
        name: 'planner',
        base: 'chef',
        line: 8,
        lines: [
          [9, 9],
          [10, 10]
        ]
      },
      {
        index: 2,
        name: 'builder',
        base: 'chef',
        line: 12,
        lines: [
          [13, 13],
          [14, 14],
          [15, 15],
          [16, 18]
        ]
      },
      { index: 3, name: 'final', base: 'builder', line: 20, lines: [[21, 21]] }
    ]);
  });
});

describe('parser rules', () => {
  it('a FROM inside a heredoc body is not a stage', () => {
    const df = parseDockerfile('FROM a AS one\nRUN <<EOF\nFROM b AS two\nEOF\nFROM c AS three\n');
    expect(df.stages.map(s => s.name)).toEqual(['one', 'three']);
    expect(df.stages[0].instructions).toEqual([ins('RUN', 2, '<<EOF', { heredocs: [{ name: 'EOF', body: 'FROM b AS two\n', chomp: false }], endLine: 4 })]);
  });

  it.each([
    ['<<EOF', 'EOF', false],
    ['<<-EOF', 'EOF', true],
    ['<<"EOF"', 'EOF', false],
    ["<<'EOF'", 'EOF', false],
    ['<<-"EOF"', 'EOF', true],
    ["<<eo'f'", 'eof', false],
    ["<<eo\\'f", "eo'f", false],
    ["<<'one two'", 'one two', false],
    ['<<$EOF', '$EOF', false],
    ['<<  EOF  > foo', 'EOF', false],
    ['3<<EOF', 'EOF', false]
  ])('heredoc word %s is named %j (chomp %s)', (word, name, chomp) => {
    const text = `FROM a\nRUN ${word}\n${chomp ? '\t' : ''}hello\n${chomp ? '\t\t' : ''}${name}\nRUN next\n`;
    expect(parseDockerfile(text).stages[0].instructions).toEqual([ins('RUN', 2, word, { heredocs: [{ name, body: 'hello\n', chomp }], endLine: 4 }), ins('RUN', 5, 'next')]);
  });

  it.each([
    ['RUN "<<NOHEREDOC"', 'quoted'],
    ['RUN cat<<X', 'glued to a word'],
    ['USER <<X', 'not RUN/COPY/ADD'],
    ['RUN ["cat", "<<X"]', 'JSON form']
  ])('%s has no heredoc (%s)', line => {
    expect(parseDockerfile(`FROM a\n${line}\nX\n`).stages[0].instructions.map(i => [i.keyword, i.heredocs])).toEqual([
      [line.split(' ')[0], []],
      ['X', []]
    ]);
  });

  it('ONBUILD RUN may carry a heredoc', () => {
    expect(parseDockerfile('FROM a\nONBUILD RUN <<OB\nbody\nOB\n').stages[0].instructions).toEqual([
      ins('ONBUILD', 2, 'RUN <<OB', { heredocs: [{ name: 'OB', body: 'body\n', chomp: false }], endLine: 4 })
    ]);
  });

  it('an unterminated heredoc runs to the end of the file and is reported', () => {
    const df = parseDockerfile('FROM a\nRUN <<EOF\necho\n');
    expect(df.stages[0].instructions).toEqual([ins('RUN', 2, '<<EOF', { heredocs: [{ name: 'EOF', body: 'echo\n', chomp: false }], endLine: 3 })]);
    expect(df.problems).toEqual([{ line: 2, message: 'unterminated heredoc EOF' }]);
  });

  it.each<[string, string, Partial<ReturnType<typeof parseDockerfile>>]>([
    ['leading blanks, spaces around =, any case', '  # Escape = `  \n# SYNTAX = foo/bar:1 extra\n#check=error=true\nFROM a `\n AS b\n', { escape: '`', syntax: 'foo/bar:1' }],
    ['after a blank line it is a comment', '\n# escape=`\nFROM a \\\n AS b\n', { escape: '\\' }],
    ['after another comment it is a comment', '# hello\n# escape=`\nFROM a \\\n AS b\n', { escape: '\\' }],
    ['after an unknown directive it is a comment', '# foo=bar\n# escape=`\nFROM a \\\n AS b\n', { escape: '\\' }],
    ['a repeated directive is a problem', '# escape=`\n# escape=\\\nFROM a `\n AS b\n', { escape: '`', problems: [{ line: 2, message: 'only one escape parser directive can be used' }] }],
    ['an invalid escape is a problem', '# escape=x\nFROM a \\\n AS b\n', { escape: '\\', problems: [{ line: 1, message: "invalid escape token 'x' does not match ` or \\" }] }],
    ['a BOM is skipped', '\uFEFF# escape=`\nFROM a `\n AS b\n', { escape: '`' }]
  ])('parser directives: %s', (_, text, expected) => {
    const df = parseDockerfile(text);
    expect(df).toEqual({ escape: '\\', globalArgs: [], stages: [{ index: 0, name: 'b', base: 'a', line: expect.any(Number), instructions: [] }], ...expected });
  });

  it.each([
    ['FROM a \\\n AS b\n', 'plain'],
    ['FROM a\\\n  \\\n AS b\n', 'a line of blanks and an escape'],
    ['FROM a \\\n# note\n\n   # indented note\n AS b\n', 'comment and blank lines skipped'],
    ['FROM a \\   \n AS b\n', 'blanks after the escape']
  ])('continuations: %j (%s)', text => {
    expect(parseStages(text)).toEqual([{ index: 0, name: 'b', base: 'a', line: 1 }]);
  });

  it('an escaped escape at the end of a line does not continue it', () => {
    expect(parseDockerfile('FROM a\nRUN echo \\\\\nRUN next\n').stages[0].instructions).toEqual([ins('RUN', 2, 'echo \\\\'), ins('RUN', 3, 'next')]);
  });

  it('continuations join without a separator, as BuildKit does', () => {
    expect(parseDockerfile('FROM a\nRUN echo a\\\nb\n').stages[0].instructions).toEqual([ins('RUN', 2, 'echo ab', { endLine: 3 })]);
  });

  it('flags: quotes removed, bool flags, -- ends them, only leading --words', () => {
    const df = parseDockerfile('FROM a\nCOPY --chown="a b" --link -- --weird /x\nRUN --network=none --mount="type=cache,target=/x" echo --not-a-flag\nrun --MOUNT=type=cache,target=/y true\n');
    expect(df.stages[0].instructions.map(i => [i.keyword, i.flags, i.args])).toEqual([
      ['COPY', ['--chown=a b', '--link'], '--weird /x'],
      ['RUN', ['--network=none', '--mount=type=cache,target=/x'], 'echo --not-a-flag'],
      ['RUN', ['--MOUNT=type=cache,target=/y'], 'true']
    ]);
    // Flag names are case-sensitive in BuildKit: --MOUNT is not a mount.
    expect(cacheMounts(df)).toEqual([cache(0, 3, '/x')]);
  });

  it('global ARGs: several on a line, with and without defaults, quoted and escaped values', () => {
    expect(parseDockerfile('ARG A=1 B C="x y" D=\'$A\' E=${A:-z}\nARG F=a\\ b G=\nFROM x\nARG NOT_GLOBAL=1\n').globalArgs).toEqual([
      { name: 'A', value: '1' },
      { name: 'B' },
      { name: 'C', value: 'x y', raw: '"x y"' },
      { name: 'D', value: '$A', raw: "'$A'" },
      { name: 'E', value: '${A:-z}' },
      { name: 'F', value: 'a b', raw: 'a\\ b' },
      { name: 'G', value: '' }
    ]);
  });

  it('stages: FROM flags and AS in any case, names lower-cased, instructions up to the next FROM', () => {
    const df = parseDockerfile('from --platform=linux/arm64 alpine as Alpha\nrun true\nFROM alpha AS beta\nFrom scratch\n');
    expect(df.stages).toEqual([
      { index: 0, name: 'alpha', base: 'alpine', platform: 'linux/arm64', line: 1, instructions: [ins('RUN', 2, 'true')] },
      { index: 1, name: 'beta', base: 'alpha', line: 3, instructions: [] },
      { index: 2, base: 'scratch', line: 4, instructions: [] }
    ]);
  });

  it('reports what BuildKit would refuse and carries on', () => {
    expect(parseDockerfile('RUN x\nFROM a AS b c\nFROM d AS 1st\n').problems).toEqual([
      { line: 1, message: 'RUN before the first FROM: no build stage in current context' },
      { line: 2, message: 'FROM requires either one or three arguments' },
      { line: 3, message: 'invalid name for build stage: "1st"' }
    ]);
    expect(parseDockerfile('# only a comment\n')).toEqual({ escape: '\\', globalArgs: [], stages: [], problems: [{ line: 1, message: 'file with no instructions' }] });
  });
});
