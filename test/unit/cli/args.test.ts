import { describe, expect, it } from '@jest/globals';
import { parseSizesArgs, USAGE } from '../../../src/cli/args.js';

// './out' and '/tmp/layout' hold an index.json; nothing else does.
const layouts = new Set(['./out', '/tmp/layout']);
const parse = (...argv: string[]) => parseSizesArgs(argv, dir => layouts.has(dir));

describe('hoist-sizes arguments', () => {
  it.each([
    [['ghcr.io/acme/app:1.2'], { image: { kind: 'registry', reference: 'ghcr.io/acme/app:1.2' }, json: false, maxSize: '', maxSizeIncrease: '', target: '' }],
    [
      ['ghcr.io/acme/app@sha256:' + 'a'.repeat(64), '--compare', 'ghcr.io/acme/app:main', '--json'],
      {
        image: { kind: 'registry', reference: 'ghcr.io/acme/app@sha256:' + 'a'.repeat(64) },
        compare: { kind: 'registry', reference: 'ghcr.io/acme/app:main' },
        json: true,
        maxSize: '',
        maxSizeIncrease: '',
        target: ''
      }
    ],
    [
      ['--max-size', '20MB', '--max-size-increase=10%', 'oci:build/out', '--compare', 'app'],
      { image: { kind: 'layout', dir: 'build/out' }, compare: { kind: 'registry', reference: 'app' }, json: false, maxSize: '20MB', maxSizeIncrease: '10%', target: '' }
    ],
    // A directory holding index.json is a layout without the oci: prefix.
    [['./out', '--compare', '/tmp/layout'], { image: { kind: 'layout', dir: './out' }, compare: { kind: 'layout', dir: '/tmp/layout' }, json: false, maxSize: '', maxSizeIncrease: '', target: '' }],
    [
      ['app:2', '-f', 'services/api/Dockerfile', '--target', 'runtime'],
      { image: { kind: 'registry', reference: 'app:2' }, json: false, maxSize: '', maxSizeIncrease: '', file: 'services/api/Dockerfile', target: 'runtime' }
    ],
    [['127.0.0.1:5000/acme/app', '--max-size-increase', '2MB'], { image: { kind: 'registry', reference: '127.0.0.1:5000/acme/app' }, json: false, maxSize: '', maxSizeIncrease: '2MB', target: '' }],
    // The trend: --size-trend N as the step's size-trend input; --trend is its default, 30; 'none' and 0 leave it out.
    [['app', '--size-trend', '12'], { image: { kind: 'registry', reference: 'app' }, json: false, maxSize: '', maxSizeIncrease: '', target: '', trend: 12 }],
    [['app', '--trend', '--json'], { image: { kind: 'registry', reference: 'app' }, json: true, maxSize: '', maxSizeIncrease: '', target: '', trend: 30 }],
    [['app', '--size-trend=200'], { image: { kind: 'registry', reference: 'app' }, json: false, maxSize: '', maxSizeIncrease: '', target: '', trend: 200 }],
    [['app', '--size-trend', 'none'], { image: { kind: 'registry', reference: 'app' }, json: false, maxSize: '', maxSizeIncrease: '', target: '' }],
    [['app', '--size-trend', '0'], { image: { kind: 'registry', reference: 'app' }, json: false, maxSize: '', maxSizeIncrease: '', target: '' }],
    // An OCI layout has no history: the trend is --compare's repository's.
    [
      ['./out', '--compare', 'ghcr.io/acme/app:main', '--trend'],
      { image: { kind: 'layout', dir: './out' }, compare: { kind: 'registry', reference: 'ghcr.io/acme/app:main' }, json: false, maxSize: '', maxSizeIncrease: '', target: '', trend: 30 }
    ],
    // The analysis: files as the step's size-analysis input; none (the default) leaves it out.
    [['app', '--size-analysis', 'files'], { image: { kind: 'registry', reference: 'app' }, json: false, maxSize: '', maxSizeIncrease: '', target: '', analysis: 'files' }],
    [['oci:out', '--size-analysis=none'], { image: { kind: 'layout', dir: 'out' }, json: false, maxSize: '', maxSizeIncrease: '', target: '' }]
  ])('%j', (argv, args) => {
    expect(parse(...argv)).toEqual({ args });
  });

  it.each([[['--help']], [['-h', 'app']], [['app', '--help', '--max-size', 'nonsense']]])('%j asks for help', argv => {
    expect(parse(...argv)).toEqual({ help: true });
  });

  it.each([
    [[], "argument '<image>': it is missing. Give the image to report on, e.g. hoist-sizes ghcr.io/acme/app:1.2 (or oci:./out)."],
    [['a', 'b'], "argument '<image>': one image only, got 2 ('a', 'b'). Give the baseline with --compare b."],
    [
      ['app', '--size', '1MB'],
      "argument '--size': unknown option. Use --compare, --json, --max-size, --max-size-increase, --file, --target, --size-trend, --trend or --size-analysis (--help lists them)."
    ],
    [['app', '-x'], "argument '-x': unknown option. Use --compare, --json, --max-size, --max-size-increase, --file, --target, --size-trend, --trend or --size-analysis (--help lists them)."],
    [['app', '--compare'], "argument '--compare': the value is missing. Write it after the option, e.g. --compare ghcr.io/acme/app:main."],
    [['app', '--compare', '--json'], "argument '--compare': the value is missing. Write it after the option, e.g. --compare ghcr.io/acme/app:main."],
    [['app', '--max-size'], "argument '--max-size': the value is missing. Write it after the option, e.g. --max-size 20MB."],
    [['app', '--json=yes'], "argument '--json': it takes no value. Drop the '=…' part."],
    [['app', '--max-size', '20XB'], "argument '--max-size': '20XB' is not a size. Use a number and a unit, e.g. 20MB (10^6 bytes) or 19.5MiB."],
    [['app', '--max-size-increase', 'lots'], "argument '--max-size-increase': 'lots' is neither a percentage nor a size. E.g. 10% or 2MB."],
    [
      ['app', '--max-size', 'big', '--max-size-increase', 'lots'],
      "argument '--max-size': 'big' is not a size. Use a number and a unit, e.g. 20MB (10^6 bytes) or 19.5MiB.\nargument '--max-size-increase': 'lots' is neither a percentage nor a size. E.g. 10% or 2MB."
    ],
    [
      ['ghcr.io/Acme/App:1'],
      "argument '<image>': 'ghcr.io/Acme/App:1': the repository 'Acme/App' has uppercase letters; repository names must be lowercase (e.g. 'acme/app'). Give an image reference such as ghcr.io/acme/app:1.2, or an OCI layout as oci:<dir>."
    ],
    [
      ['app', '--compare', 'https://ghcr.io/acme/app'],
      "argument '--compare': 'https://ghcr.io/acme/app': it is a URL; write the registry host without a scheme (e.g. ghcr.io/acme/app:1.0). Give an image reference such as ghcr.io/acme/app:1.2, or an OCI layout as oci:<dir>."
    ],
    // A path that is not a layout directory.
    [
      ['./missing'],
      "argument '<image>': './missing' holds no OCI image layout (no index.json). Give the directory a build wrote with --output type=oci,dest=<dir>,tar=false, or a registry reference."
    ],
    [['app', '--compare', 'not a ref'], "argument '--compare': 'not a ref': it contains whitespace. Give an image reference such as ghcr.io/acme/app:1.2, or an OCI layout as oci:<dir>."],
    [['oci:'], "argument '<image>': 'oci:' names no directory. Write the layout's directory after it, e.g. oci:./out."],
    [['app', '--size-trend'], "argument '--size-trend': the value is missing. Write it after the option, e.g. --size-trend 30."],
    [['app', '--size-analysis'], "argument '--size-analysis': the value is missing. Write it after the option, e.g. --size-analysis files."],
    [['app', '--trend=5'], "argument '--trend': it takes no value. Drop the '=…' part."],
    [['app', '--size-trend', 'ten'], "argument '--size-trend': 'ten' is not a number of builds from 0 to 200. E.g. --size-trend 30 (the step's default, or --trend); 'none' or 0 turns the trend off."],
    [['app', '--size-trend', '201'], "argument '--size-trend': '201' is not a number of builds from 0 to 200. E.g. --size-trend 30 (the step's default, or --trend); 'none' or 0 turns the trend off."],
    [['app', '--size-trend', '-3'], "argument '--size-trend': the value is missing. Write it after the option, e.g. --size-trend 30."],
    [['app', '--trend', '--size-trend', '5'], "argument '--trend': it is --size-trend 30, and --size-trend 5 is given too. Give one of them."],
    [
      ['./out', '--size-trend', '5'],
      "argument '--size-trend': './out' is an OCI layout, which holds no size history. Give --compare with a registry image whose repository holds it (e.g. --compare ghcr.io/acme/app:main), or leave the trend out."
    ],
    [
      ['oci:out', '--compare', '/tmp/layout', '--trend'],
      "argument '--trend': 'out' is an OCI layout, which holds no size history. Give --compare with a registry image whose repository holds it (e.g. --compare ghcr.io/acme/app:main), or leave the trend out."
    ],
    [
      ['app', '--size-analysis', 'layers'],
      "argument '--size-analysis': 'layers' is not a size analysis. Use files (download the layers and list where the bytes are) or none (the default: no layer is downloaded)."
    ],
    [
      ['app', '--size-trend', 'x', '--size-analysis', 'all'],
      "argument '--size-trend': 'x' is not a number of builds from 0 to 200. E.g. --size-trend 30 (the step's default, or --trend); 'none' or 0 turns the trend off.\nargument '--size-analysis': 'all' is not a size analysis. Use files (download the layers and list where the bytes are) or none (the default: no layer is downloaded)."
    ]
  ])('%j is refused, naming the argument, the bad part and the fix', (argv, error) => {
    expect(parse(...argv)).toEqual({ error });
  });

  it('documents every option and the exit codes in its usage', () => {
    for (const word of [
      '--compare',
      '--json',
      '--max-size',
      '--max-size-increase',
      '--help',
      '--size-trend <N>',
      '--trend',
      '--size-analysis files',
      'hoist-size-history',
      'oci:<dir>',
      'index.json',
      '0 ok',
      '1 a gate failed',
      '2 bad arguments',
      '3 an image could not be read',
      'DOCKER_CONFIG'
    ])
      expect(USAGE).toContain(word);
  });
});
