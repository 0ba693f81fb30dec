import { describe, expect, it, jest } from '@jest/globals';
import type { InputError } from '../../../src/inputs/errors.js';
import * as path from 'node:path';
import { isEcr, loginSecrets, registryLogins, scopedConfigDir } from '../../../src/plan/login.js';
import { rawInputs } from '../../helpers/inputs.js';

const PASS = 's3cr3t-pass';

describe('registryLogins', () => {
  it.each<[string, Record<string, string>, Array<{ registry: string; username: string }>]>([
    ["login-action's inputs", { registry: 'ghcr.io', username: 'octocat', password: PASS }, [{ registry: 'ghcr.io', username: 'octocat' }]],
    ['Docker Hub when only a username is given', { username: 'octocat', password: PASS }, [{ registry: 'docker.io', username: 'octocat' }]],
    ['a URL-shaped address becomes the host', { registry: 'https://registry.example.com/v2/', username: 'ci', password: PASS }, [{ registry: 'registry.example.com', username: 'ci' }]],
    [
      'registry-auths: several registries',
      { 'registry-auths': `- registry: ghcr.io\n  username: octocat\n  password: ${PASS}\n- registry: 123.dkr.ecr.eu-west-1.amazonaws.com\n  username: AWS\n  password: ${PASS}-2` },
      [
        { registry: 'ghcr.io', username: 'octocat' },
        { registry: '123.dkr.ecr.eu-west-1.amazonaws.com', username: 'AWS' }
      ]
    ],
    [
      'both forms together',
      { registry: 'ghcr.io', username: 'a', password: PASS, 'registry-auths': `- registry: quay.io\n  username: b\n  password: ${PASS}` },
      [
        { registry: 'ghcr.io', username: 'a' },
        { registry: 'quay.io', username: 'b' }
      ]
    ],
    ['nothing asked', {}, []]
  ])('%s', async (_name, raw, expected) => {
    const { logins, problems } = await registryLogins(rawInputs(raw));
    expect(problems).toEqual([]);
    expect(logins.map(({ registry, username }) => ({ registry, username }))).toEqual(expected);
  });

  // Each row: raw inputs → the input named and the problem; never the password.
  it.each<[Record<string, string>, string, RegExp]>([
    [{ registry: 'ghcr.io', password: PASS }, 'username', /is empty, but a password is given for ghcr\.io/],
    [{ registry: 'ghcr.io', username: 'octocat' }, 'password', /is empty for user 'octocat' at ghcr\.io.*fork/],
    [{ registry: 'ghcr.io' }, 'registry', /'ghcr\.io' is given without username and password/],
    [{ 'registry-auths': `registry: ghcr.io\npassword: ${PASS}` }, 'registry-auths', /is not a YAML list/],
    [{ 'registry-auths': `- [${PASS}` }, 'registry-auths', /is not YAML/],
    [{ 'registry-auths': `- registry: ghcr.io\n  password: ${PASS}` }, 'registry-auths', /entry 1 \(ghcr\.io\) has no username/],
    [{ 'registry-auths': `- registry: a.io\n  username: x\n  password: ${PASS}\n- registry: a.io\n  username: y\n  password: ${PASS}` }, 'registry-auths', /a\.io is logged in to twice/]
  ])('%j', async (raw, input, problem) => {
    const { problems } = await registryLogins(rawInputs(raw));
    expect(problems.map(p => p.input)).toEqual([input]);
    expect(problems[0].message).toMatch(problem);
    expect(problems[0].message).not.toContain(PASS);
  });
});

describe('loginSecrets: masked before anything is logged', () => {
  it('every password, also of entries with problems, and the whole text when it is not YAML', async () => {
    expect(await loginSecrets(rawInputs({ password: PASS, 'registry-auths': `- registry: a.io\n  password: ${PASS}-2\n- registry: b.io\n  username: u\n  password: 12345` }))).toEqual([
      PASS,
      `${PASS}-2`,
      '12345'
    ]);
    expect(await loginSecrets(rawInputs({ 'registry-auths': `- [${PASS}` }))).toEqual([`- [${PASS}`, `[${PASS}`, PASS]);
  });
});

// Issue 28, item 4: a registry-auths that is not the expected list must not leak a
// password through the YAML parser's warnings, and every value in it is masked.
describe('registry-auths: no password quoted, every scalar kept as written', () => {
  /** Everything the YAML parser could print while `run` runs: process warnings, the console, stderr. */
  async function captured(run: () => Promise<unknown>): Promise<string[]> {
    const out: string[] = [];
    const record = (...args: unknown[]) => {
      out.push(args.map(a => (a instanceof Error ? `${a.message}\n${a.stack ?? ''}` : String(a))).join(' '));
    };
    const spies = [
      jest.spyOn(process, 'emitWarning').mockImplementation(record),
      jest.spyOn(console, 'warn').mockImplementation(record),
      jest.spyOn(console, 'log').mockImplementation(record),
      jest.spyOn(console, 'error').mockImplementation(record),
      jest.spyOn(process.stderr, 'write').mockImplementation((chunk: unknown) => (record(chunk), true))
    ];
    try {
      await run();
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
    return out;
  }

  const TAGGED = `registry: ghcr.io\nusername: octocat\npassword: !token ${PASS}`;

  it('a mapping with a custom tag on the password: nothing printed, the password masked, the problem names the input and the fix', async () => {
    let secrets: string[] = [];
    let problems: InputError[] = [];
    const out = await captured(async () => {
      secrets = await loginSecrets(rawInputs({ 'registry-auths': TAGGED }));
      ({ problems } = await registryLogins(rawInputs({ 'registry-auths': TAGGED })));
    });
    expect(out.filter(o => o.includes(PASS))).toEqual([]);
    expect(secrets).toContain(PASS);
    expect(problems.map(p => p.message)).toEqual([expect.stringMatching(/^input 'registry-auths': is not a YAML list\. Start each login with/)]);
    expect(problems[0].message).not.toContain(PASS);
  });

  it('whatever the shape, every scalar value is masked', async () => {
    for (const text of [
      `${PASS}`,
      `- ${PASS}`,
      `- registry: a.io\n  username: u\n  password:\n    token: ${PASS}`,
      `- registry: a.io\n  username: u\n  passwd: ${PASS}`,
      `ghcr.io:\n  password: [${PASS}]`
    ]) {
      expect(await loginSecrets(rawInputs({ 'registry-auths': text }))).toContain(PASS);
    }
  });

  it('text that is not YAML: no parser message quotes it, each line and its value part are masked', async () => {
    const text = `- registry: a.io\n  username: u\n  password: "${PASS}\n- [x`;
    const out = await captured(async () => {
      expect(await loginSecrets(rawInputs({ 'registry-auths': text }))).toEqual(expect.arrayContaining([text, `"${PASS}`, PASS]));
      const { problems } = await registryLogins(rawInputs({ 'registry-auths': text }));
      expect(problems.map(p => p.input)).toEqual(['registry-auths']);
      expect(problems[0].message).not.toContain(PASS);
    });
    expect(out.filter(o => o.includes(PASS))).toEqual([]);
  });

  it('a numeric password keeps its exact string', async () => {
    const password = '0012345678901234567890';
    const text = `- registry: ghcr.io\n  username: octocat\n  password: ${password}`;
    expect((await registryLogins(rawInputs({ 'registry-auths': text }))).logins).toEqual([{ registry: 'ghcr.io', username: 'octocat', password }]);
    expect(await loginSecrets(rawInputs({ 'registry-auths': text }))).toEqual([password]);
  });

  it('a good list still works, and only its passwords are masked', async () => {
    const text = `- registry: ghcr.io\n  username: octocat\n  password: ${PASS}\n- registry: quay.io\n  username: robot\n  password: "${PASS}-2"`;
    expect(await registryLogins(rawInputs({ 'registry-auths': text }))).toEqual({
      logins: [
        { registry: 'ghcr.io', username: 'octocat', password: PASS },
        { registry: 'quay.io', username: 'robot', password: `${PASS}-2` }
      ],
      problems: []
    });
    expect(await loginSecrets(rawInputs({ 'registry-auths': text }))).toEqual([PASS, `${PASS}-2`]);
  });
});

// login-action v4.1.0's scope: each login keeps its scope (per registry-auths entry too).
describe('registryLogins: scope', () => {
  it.each<[string, Record<string, string>, Array<{ registry: string; scope?: string }>]>([
    ['scope of the registry login', { registry: 'ghcr.io', username: 'a', password: PASS, scope: 'acme/app@push' }, [{ registry: 'ghcr.io', scope: 'acme/app@push' }]],
    ['a whole registry with @actions', { username: 'a', password: PASS, scope: '@push' }, [{ registry: 'docker.io', scope: '@push' }]],
    [
      'per registry-auths entry, the same registry under two scopes',
      { 'registry-auths': `- registry: ghcr.io\n  username: a\n  password: ${PASS}\n  scope: acme/app\n- registry: ghcr.io\n  username: b\n  password: ${PASS}\n  scope: acme/other@pull,push` },
      [
        { registry: 'ghcr.io', scope: 'acme/app' },
        { registry: 'ghcr.io', scope: 'acme/other@pull,push' }
      ]
    ]
  ])('%s', async (_name, raw, expected) => {
    const { logins, problems } = await registryLogins(rawInputs(raw));
    expect(problems).toEqual([]);
    expect(logins.map(({ registry, scope }) => ({ registry, ...(scope ? { scope } : {}) }))).toEqual(expected);
  });

  it.each<[Record<string, string>, string, RegExp]>([
    [{ registry: 'ghcr.io', username: 'a', password: PASS, scope: '../../etc' }, 'scope', /scope '\.\.\/\.\.\/etc' is not a repository path/],
    [{ registry: 'ghcr.io', username: 'a', password: PASS, scope: 'acme/app@' }, 'scope', /not a repository path with optional @actions/],
    [{ scope: 'acme/app' }, 'scope', /'acme\/app' is given without a login/],
    [{ 'registry-auths': `- registry: ghcr.io\n  username: a\n  password: ${PASS}\n  scope: /abs` }, 'registry-auths', /entry 1: scope '\/abs'/]
  ])('%j', async (raw, input, problem) => {
    const { problems } = await registryLogins(rawInputs(raw));
    expect(problems.map(p => p.input)).toEqual([input]);
    expect(problems[0].message).toMatch(problem);
  });
});

describe('scopedConfigDir: where a scoped login goes (login-action scopeToConfigDir, read by buildx v0.31.0+)', () => {
  const buildx = '/home/runner/.docker/buildx';
  it.each<[string, string, string]>([
    ['ghcr.io', 'acme/app', 'config/ghcr.io/acme/app'],
    ['ghcr.io', 'acme/app@push', 'config/ghcr.io/acme/app@push'],
    ['ghcr.io', '@push', 'config/ghcr.io@push'],
    ['docker.io', 'myorg/myimage@push', 'config/registry-1.docker.io/myorg/myimage@push'],
    ['index.docker.io', 'myorg/myimage', 'config/registry-1.docker.io/myorg/myimage'],
    ['127.0.0.1:5001', 'e2e/app@pull,push', 'config/127.0.0.1:5001/e2e/app@pull,push']
  ])('%s + %s → %s', (registry, scope, dir) => {
    expect(scopedConfigDir(buildx, registry, scope)).toBe(path.join(buildx, dir));
  });
});

// login-action's ecr: hoist refuses an ECR login before anything runs, pointing to amazon-ecr-login.
describe('registryLogins: ecr', () => {
  const ECR = '123456789012.dkr.ecr.eu-west-1.amazonaws.com';
  it.each<[Record<string, string>, string, RegExp]>([
    [
      { registry: ECR, username: 'AKIA', password: PASS },
      'registry',
      /'123456789012\.dkr\.ecr\.eu-west-1\.amazonaws\.com' is an Amazon ECR login \(ecr: auto\).*aws-actions\/amazon-ecr-login before hoist/
    ],
    [{ registry: ECR }, 'registry', /Amazon ECR login.*no registry, username or password/],
    [{ registry: 'public.ecr.aws', username: 'a', password: PASS }, 'registry', /'public\.ecr\.aws' is an Amazon ECR login/],
    [{ registry: 'registry.example.com', username: 'a', password: PASS, ecr: 'true' }, 'ecr', /'registry\.example\.com' is an Amazon ECR login \(ecr: true\)/],
    [{ ecr: 'TRUE' }, 'ecr', /the login is an Amazon ECR login \(ecr: true\)/],
    [{ ecr: 'yes' }, 'ecr', /ecr 'yes' is not auto, true or false/],
    [{ 'registry-auths': `- registry: ${ECR}\n  username: a\n  password: ${PASS}` }, 'registry-auths', /entry 1: '123456789012[^']*' is an Amazon ECR login \(ecr: auto\).*amazon-ecr-login/],
    [{ 'registry-auths': `- registry: ghcr.io\n  username: a\n  password: ${PASS}\n  ecr: maybe` }, 'registry-auths', /entry 1: ecr 'maybe' is not auto, true or false/]
  ])('%j', async (raw, input, problem) => {
    const { problems, logins } = await registryLogins(rawInputs(raw));
    expect(problems.map(p => p.input)).toEqual([input]);
    expect(problems[0].message).toMatch(problem);
    expect(problems[0].message).not.toContain(PASS);
    expect(logins).toEqual([]);
  });

  it('ecr: false logs in to an ECR address with the username and password as given; auto leaves other registries alone', async () => {
    for (const raw of [
      { registry: ECR, username: 'AWS', password: PASS, ecr: 'false' } as Record<string, string>,
      { registry: 'ghcr.io', username: 'AWS', password: PASS },
      { 'registry-auths': `- registry: ${ECR}\n  username: AWS\n  password: ${PASS}\n  ecr: false` }
    ]) {
      const { problems, logins } = await registryLogins(rawInputs(raw));
      expect(problems).toEqual([]);
      expect(logins).toHaveLength(1);
    }
  });

  it.each<[string, boolean]>([
    ['123456789012.dkr.ecr.eu-west-1.amazonaws.com', true],
    ['123456789012.dkr-ecr.eu-west-1.on.aws', true],
    ['123456789012.dkr.ecr.cn-north-1.amazonaws.com.cn', true],
    ['123456789012.dkr.ecr.eu-west-1.amazonaws.com/app', true],
    ['public.ecr.aws', true],
    ['123.dkr.ecr.eu-west-1.amazonaws.com', false],
    ['ghcr.io', false],
    ['amazonaws.com', false]
  ])("isEcr(%s) is %s, as login-action's isECR", (registry, expected) => {
    expect(isEcr(registry)).toBe(expected);
  });
});
