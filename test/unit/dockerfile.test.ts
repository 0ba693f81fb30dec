import { describe, expect, it } from '@jest/globals';
import fs from 'node:fs';
import path from 'node:path';
import { cacheMounts, parseDockerfile, stageBase, type CacheMount, type Instruction } from '../../src/dockerfile/parse.js';
import { parseStages } from '../../src/dockerfile/stages.js';
import { wholeContextCopies } from '../../src/dockerfile/advisor.js';

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
      globalArgs: [
        { name: 'GO_VERSION', value: '1.23' },
        { name: 'ALPINE_VERSION' },
        { name: 'REGISTRY', value: 'docker.io/library', raw: '"docker.io/library"' }
      ]
    });
    expect(df.stages.map(({ instructions, ...s }) => ({ ...s, keywords: instructions.map(i => i.keyword) }))).toEqual([
      { index: 0, name: 'build', base: '${REGISTRY}/golang:${GO_VERSION}-alpine', platform: '$BUILDPLATFORM', line: 7, keywords: ['WORKDIR', 'RUN', 'ARG', 'RUN'] },
      { index: 1, name: 'test', base: 'build', line: 19, keywords: ['RUN'] },
      { index: 2, name: 'final', base: 'alpine:${ALPINE_VERSION:-3.20}', line: 22, keywords: ['RUN', 'COPY', 'USER', 'ENTRYPOINT'] }
    ]);
    expect(df.stages[0].instructions[3]).toEqual(
      ins('RUN', 14, 'CGO_ENABLED=0 GOOS=$TARGETOS GOARCH=$TARGETARCH go build -o /bin/server ./cmd/server', {
        flags: [
          '--mount=type=cache,target=/go/pkg/mod',
          '--mount=type=cache,id=gobuild,target=/root/.cache/go-build,sharing=locked',
          '--mount=type=bind,target=.'
        ],
        endLine: 17
      })
    );
  });

  it('node.Dockerfile: comment and blank lines inside a continuation are skipped, lowercase keywords', () => {
    const df = parseDockerfile(fixture('node.Dockerfile'));
    expect(df.stages[0].instructions[2]).toEqual(
      ins('RUN', 6, 'npm ci --omit=dev         --no-audit', { flags: ['--mount=type=cache,target=/root/.npm,uid=1000,gid=1000,mode=0755'], endLine: 10 })
    );
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
      { index: 0, name: 'chef', base: 'rust:${RUST_VERSION}-slim', platform: '$BUILDPLATFORM', line: 4, lines: [[5, 5], [6, 6]] },
      { index: 1, name: 'planner', base: 'chef', line: 8, lines: [[9, 9], [10, 10]] },
      { index: 2, name: 'builder', base: 'chef', line: 12, lines: [[13, 13], [14, 14], [15, 15], [16, 18]] },
      { index: 3, name: 'final', base: 'builder', line: 20, lines: [[21, 21]] }
    ]);
  });
});

describe('cacheMounts on the fixture corpus', () => {
  it.each<[string, Record<string, string> | undefined, CacheMount[]]>([
    ['example.Dockerfile', undefined, [cache(0, 15, '/root/.cache/go-build')]],
    [
      'go.Dockerfile',
      undefined,
      [
        cache(0, 9, '/go/pkg/mod'),
        cache(0, 14, '/go/pkg/mod'),
        cache(0, 14, '/root/.cache/go-build', { id: 'gobuild', sharing: 'locked' }),
        cache(1, 20, '/go/pkg/mod', { readonly: true }),
        cache(2, 23, '/var/cache/apk', { sharing: 'private' })
      ]
    ],
    ['node.Dockerfile', undefined, [cache(0, 6, '/root/.npm', { uid: 1000, gid: 1000, mode: '0755' })]],
    ['windows.Dockerfile', undefined, []],
    [
      'heredoc.Dockerfile',
      undefined,
      [cache(0, 3, '/var/cache/apt', { sharing: 'locked' }), cache(0, 3, '/var/lib/apt', { sharing: 'locked' })]
    ],
    [
      'rust.Dockerfile',
      undefined,
      [
        cache(2, 16, '/usr/local/cargo/registry', { id: 'cargo-registry' }),
        cache(2, 16, '/app/target', { id: 'rust-target', sharing: 'locked' }),
        // `final` is built on `builder`, whose ARG it inherits (BuildKit carries the state over)
        cache(3, 21, '/app/target', { id: 'rust-target-final' })
      ]
    ],
    [
      'rust.Dockerfile',
      { CACHE_ID: 'ci-7' },
      [
        cache(2, 16, '/usr/local/cargo/registry', { id: 'cargo-registry' }),
        cache(2, 16, '/app/target', { id: 'ci-7', sharing: 'locked' }),
        cache(3, 21, '/app/target', { id: 'ci-7-final' })
      ]
    ]
  ])('%s with build args %j', (name, buildArgs, expected) => {
    expect(cacheMounts(parseDockerfile(fixture(name)), buildArgs)).toEqual(expected);
  });
});

describe('stageBase on the fixture corpus', () => {
  it.each<[string, Record<string, string> | undefined, unknown[]]>([
    [
      'example.Dockerfile',
      undefined,
      [
        { image: 'golang:1.26-alpine', platform: '$BUILDPLATFORM', stageIndex: 0 },
        { image: 'alpine:3.22', stageIndex: 1 }
      ]
    ],
    [
      'example.Dockerfile',
      { GO_IMAGE: 'localhost:5000/golang:1.26', BUILDPLATFORM: 'linux/amd64' },
      [
        { image: 'localhost:5000/golang:1.26', platform: 'linux/amd64', stageIndex: 0 },
        { image: 'alpine:3.22', stageIndex: 1 }
      ]
    ],
    [
      'go.Dockerfile',
      undefined,
      [
        { image: 'docker.io/library/golang:1.23-alpine', platform: '$BUILDPLATFORM', stageIndex: 0 },
        { image: 'docker.io/library/golang:1.23-alpine', platform: '$BUILDPLATFORM', stageIndex: 0 },
        { image: 'alpine:3.20', stageIndex: 2 }
      ]
    ],
    ['go.Dockerfile', { ALPINE_VERSION: '3.21', GO_VERSION: '1.24' }, [expect.objectContaining({ image: 'docker.io/library/golang:1.24-alpine' }), expect.anything(), { image: 'alpine:3.21', stageIndex: 2 }]],
    [
      'node.Dockerfile',
      undefined,
      [
        { image: 'node:20-bookworm-slim', stageIndex: 0 },
        { image: 'node:20-bookworm-slim', stageIndex: 0 },
        { image: 'node:20-bookworm-slim', stageIndex: 2 }
      ]
    ],
    [
      'windows.Dockerfile',
      undefined,
      [
        { image: 'mcr.microsoft.com/windows/servercore:ltsc2022', stageIndex: 0 },
        { image: 'mcr.microsoft.com/windows/nanoserver:ltsc2022', stageIndex: 1 }
      ]
    ],
    [
      'rust.Dockerfile',
      undefined,
      [0, 1, 2, 3].map(() => ({ image: 'rust:1.82-slim', platform: '$BUILDPLATFORM', stageIndex: 0 }))
    ]
  ])('%s with build args %j', (name, buildArgs, expected) => {
    const df = parseDockerfile(fixture(name));
    expect(df.stages.map(s => stageBase(df, s.index, buildArgs))).toEqual(expected);
  });
});

describe('the older readers, now on the parser, over the corpus', () => {
  it.each([
    ['example.Dockerfile', [{ index: 0, name: 'builder', base: '${GO_IMAGE}', platform: '$BUILDPLATFORM', line: 8 }, { index: 1, name: 'runtime', base: '${RUNTIME_IMAGE}', line: 18 }]],
    ['heredoc.Dockerfile', [{ index: 0, name: 'base', base: 'debian:bookworm', line: 2 }, { index: 1, base: 'base', line: 27 }]],
    ['windows.Dockerfile', [{ index: 0, name: 'base', base: 'mcr.microsoft.com/windows/servercore:ltsc2022', line: 3 }, { index: 1, name: 'runtime', base: 'mcr.microsoft.com/windows/nanoserver:ltsc2022', line: 11 }]]
  ])('parseStages(%s)', (name, expected) => {
    expect(parseStages(fixture(name))).toEqual(expected);
  });

  it.each([
    ['example.Dockerfile', []],
    ['go.Dockerfile', []], // the bind mount of . is not a COPY
    ['node.Dockerfile', [14]], // COPY --chown=node:node \ continued onto the next line
    ['windows.Dockerfile', [9]],
    ['heredoc.Dockerfile', []], // `COPY . .` only inside a heredoc body
    ['rust.Dockerfile', [9]]
  ])('wholeContextCopies(%s)', (name, lines) => {
    expect(wholeContextCopies(fixture(name))).toEqual(lines);
  });

  it('wholeContextCopies: JSON form and ./. count, --from copies and other sources do not', () => {
    const text = ['FROM a AS b', 'COPY [".", "/app"]', 'COPY --from=b . .', 'ADD ./. /x', 'COPY ./src .', 'COPY <<EOF .', 'x', 'EOF', 'COPY --link / /ctx'].join('\n');
    expect(wholeContextCopies(text)).toEqual([2, 4, 9]);
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
    expect(parseDockerfile(text).stages[0].instructions).toEqual([
      ins('RUN', 2, word, { heredocs: [{ name, body: 'hello\n', chomp }], endLine: 4 }),
      ins('RUN', 5, 'next')
    ]);
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

describe('cacheMounts', () => {
  const run = (mounts: string, prelude = '') => cacheMounts(parseDockerfile(`FROM a\n${prelude}RUN ${mounts} true\n`));

  it('RUN --mount=type=bind (and the default type, and other types) is not a cache mount', () => {
    expect(run('--mount=type=bind,target=/b --mount=target=/c --mount=type=tmpfs,target=/t --mount=type=secret,id=s --mount=type=ssh')).toEqual([]);
  });

  it('expands id=${CACHE_ID} from a stage ARG, overridden by build args', () => {
    const df = parseDockerfile('ARG CACHE_ID=global\nFROM a\nARG CACHE_ID=stage\nRUN --mount=type=cache,id=${CACHE_ID},target=/c true\n');
    expect(cacheMounts(df)).toEqual([cache(0, 4, '/c', { id: 'stage' })]);
    expect(cacheMounts(df, { CACHE_ID: 'cli' })).toEqual([cache(0, 4, '/c', { id: 'cli' })]);
  });

  it.each<[string, string, Record<string, string>, Partial<CacheMount>]>([
    ['a global ARG re-declared in the stage', 'ARG V=g\nFROM a\nARG V\n', {}, { id: 'g' }],
    ['a global ARG not re-declared is not visible', 'ARG V=g\nFROM a\n', {}, { id: '$V', unresolved: ['V'] }],
    ['a build arg for a re-declared global', 'ARG V=g\nFROM a\nARG V\n', { V: 'b' }, { id: 'b' }],
    ['a build arg for an undeclared name is not visible', 'FROM a\n', { V: 'b' }, { id: '$V', unresolved: ['V'] }],
    ['a declared ARG without value is empty, as in BuildKit', 'FROM a\nARG V\n', {}, { id: '', unresolved: ['V'] }],
    ['ENV counts too', 'FROM a\nENV V=e\n', {}, { id: 'e' }],
    ['a later ARG default reads an earlier one', 'FROM a\nARG W=w\nARG V=${W}-v\n', {}, { id: 'w-v' }],
    ['an automatic platform ARG stays as written unless given', 'FROM a\nARG TARGETARCH\nARG V=go-$TARGETARCH\n', {}, { id: 'go-$TARGETARCH', unresolved: ['V'] }],
    ['an automatic platform ARG given as a build arg', 'FROM a\nARG TARGETARCH\nARG V=go-$TARGETARCH\n', { TARGETARCH: 'arm64' }, { id: 'go-arm64' }]
  ])('variables: %s', (_, prelude, buildArgs, expected) => {
    const df = parseDockerfile(`${prelude}RUN --mount=type=cache,id=$V,target=/c true\n`);
    const line = prelude.split('\n').length;
    const id = expected.id === '' ? '/c' : expected.id; // an empty id falls back to the target, as in BuildKit
    expect(cacheMounts(df, buildArgs)).toEqual([cache(0, line, '/c', { ...expected, id })]);
  });

  it.each<[string, Partial<CacheMount> | undefined]>([
    ['type=cache,target=/c', {}],
    ['type=CACHE,dst=/c', {}],
    ['type=cache,destination=/c,id=x', { id: 'x' }],
    ['type=cache,target=/c/../d/', { target: '/c/../d/', id: '/d' }],
    ['type=cache,target=/c,sharing=LOCKED', { sharing: 'locked' }],
    ['type=cache,target=/c,sharing=private', { sharing: 'private' }],
    ['type=cache,target=/c,ro', { readonly: true }],
    ['type=cache,target=/c,readonly', { readonly: true }],
    ['type=cache,target=/c,readonly=true', { readonly: true }],
    ['type=cache,target=/c,ro,rw', { readonly: false }],
    ['type=cache,target=/c,rw=false', { readonly: true }],
    ['type=cache,target=/c,uid=1000,gid=0,mode=0700', { uid: 1000, gid: 0, mode: '0700' }],
    ['type=cache,target=/c,from=base,source=/cache', { from: 'base', source: '/cache' }],
    ['type=cache,"target=/c,d"', undefined], // the flag's quotes are gone before the CSV is read (as in BuildKit)
    ['\'type=cache,"target=/c,d"\'', { target: '/c,d', id: '/c,d' }],
    ['type=cache,target=/c,sharing=nope', undefined],
    ['type=cache,target=/c,uid=x', undefined],
    ['type=cache,target=/c,mode=0800', undefined],
    ['type=cache,target=/c,ro=maybe', undefined],
    ['type=cache,target=/c,size=10m', undefined],
    ['type=cache,target=/c,required', undefined],
    ['type=cache,target=/c,bogus=1', undefined],
    ['type=cache,target=/c,from=$X', undefined],
    ['type=nope,target=/c', undefined],
    ['type=cache,target="/c"', {}] // quotes in a flag are removed by the parser
  ])('--mount=%s', (csv, expected) => {
    expect(run(`--mount=${csv}`)).toEqual(expected === undefined ? [] : [cache(0, 2, '/c', expected)]);
  });

  it('two cache mounts on one RUN, continued over lines, in flag order', () => {
    expect(run('--mount=type=cache,target=/one \\\n  --mount=type=bind,target=/b \\\n  --mount=type=cache,target=/two,id=t')).toEqual([
      cache(0, 2, '/one'),
      cache(0, 2, '/two', { id: 't' })
    ]);
  });

  it('mounts in ONBUILD and in heredoc bodies do not count', () => {
    expect(run('--mount=type=cache,target=/c <<EOF\nRUN --mount=type=cache,target=/nope true\nEOF\nONBUILD RUN --mount=type=cache,target=/nope2')).toEqual([cache(0, 2, '/c')]);
  });
});

describe('stageBase', () => {
  const text = [
    'ARG A=1 B C="x y" D=\'$A\' E=${A:-z}',
    'ARG IMG=img:${A}-$C',
    'FROM $IMG AS one',
    'FROM ${B} AS two',
    'FROM ${B:-dflt}',
    'FROM --platform=${TARGETPLATFORM} x:${E}',
    'FROM --platform=$NOPE y',
    'FROM scratch',
    'FROM One',
    'FROM one AS four',
    'FROM img:$D',
    'FROM img:${TARGETARCH}',
    'FROM four',
    'FROM ${B:+two}'
  ].join('\n');
  const df = parseDockerfile(text);

  it.each<[Record<string, string> | undefined, unknown[]]>([
    [
      undefined,
      [
        { image: 'img:1-x y', stageIndex: 0 },
        undefined, // $B has no value
        { image: 'dflt', stageIndex: 2 },
        { image: 'x:1', platform: '${TARGETPLATFORM}', stageIndex: 3 },
        undefined, // $NOPE has no value
        undefined, // scratch
        { image: 'One', stageIndex: 6 }, // stage names match exactly, after lower-casing the AS name only
        { image: 'img:1-x y', stageIndex: 0 },
        { image: 'img:$A', stageIndex: 8 }, // single quotes kept $A literal
        undefined, // TARGETARCH is only known at build time
        { image: 'img:1-x y', stageIndex: 0 }, // four -> one
        undefined // ${B:+two} is empty
      ]
    ],
    [
      { A: '9', B: 'b', TARGETPLATFORM: 'linux/arm64', TARGETARCH: 'arm64' },
      [
        { image: 'img:9-x y', stageIndex: 0 },
        { image: 'b', stageIndex: 1 },
        { image: 'b', stageIndex: 2 },
        { image: 'x:9', platform: 'linux/arm64', stageIndex: 3 },
        undefined,
        undefined,
        { image: 'One', stageIndex: 6 },
        { image: 'img:9-x y', stageIndex: 0 },
        { image: 'img:$A', stageIndex: 8 },
        { image: 'img:arm64', stageIndex: 9 },
        { image: 'img:9-x y', stageIndex: 0 },
        { image: 'b', stageIndex: 1 } // ${B:+two} names stage two
      ]
    ]
  ])('with build args %j', (buildArgs, expected) => {
    expect(df.stages.map(s => stageBase(df, s.index, buildArgs))).toEqual(expected);
  });

  it('a stage named by a variable is followed too; an unknown index is undefined', () => {
    const chain = parseDockerfile('ARG BASE=builder\nFROM --platform=$BUILDPLATFORM golang:1 AS builder\nFROM ${BASE} AS final\n');
    expect(stageBase(chain, 1)).toEqual({ image: 'golang:1', platform: '$BUILDPLATFORM', stageIndex: 0 });
    expect(stageBase(chain, 1, { BASE: 'alpine' })).toEqual({ image: 'alpine', stageIndex: 1 });
    expect(stageBase(chain, 5)).toBeUndefined();
  });

  it.each([
    ['${V}', 'v'],
    ['${V:-d}', 'v'],
    ['${U:-d}', 'd'],
    ['${U-d}', 'd'],
    ['${EMPTY:-d}', 'd'],
    ['${EMPTY-d}', ''],
    ['${V:+x}', 'x'],
    ['${U:+x}-y', '-y'],
    ['${V#v}a', 'a'],
    ['${P##*/}', 'c'],
    ['${P#*/}', 'b/c'],
    ['${P%/*}', 'a/b'],
    ['${P%%/*}', 'a'],
    ['${P/b/B}', 'a/B/c'],
    ['${P//\\//-}', 'a-b-c'],
    ['"$V"\'$V\'\\$V', 'v$V$V'],
    ['$V$', 'v$'],
    ['${V:?}', 'v']
  ])('expands %s to %j', (word, expected) => {
    const vars = parseDockerfile(`ARG V=v EMPTY= P=a/b/c U\nFROM img:${word}/x\n`);
    expect(stageBase(vars, 0)?.image).toBe(`img:${expected}/x`);
  });

  it.each(['${U:?required}', '${}', '${V', '${V:#x}', '$U'])('%s leaves the base unknown', word => {
    expect(stageBase(parseDockerfile(`ARG V=v U\nFROM img:${word}\n`), 0)).toBeUndefined();
  });
});
