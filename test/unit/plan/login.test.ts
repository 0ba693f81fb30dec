import { describe, expect, it, jest } from '@jest/globals';
import type { InputError } from '../../../src/inputs/errors.js';
import { loginSecrets, registryLogins } from '../../../src/plan/login.js';
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
