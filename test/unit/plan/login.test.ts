import { describe, expect, it } from '@jest/globals';
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
    expect(await loginSecrets(rawInputs({ 'registry-auths': `- [${PASS}` }))).toEqual([`- [${PASS}`]);
  });
});
