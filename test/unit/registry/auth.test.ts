import { describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { dockerConfigCredentials, parseChallenge } from '../../../src/registry/auth.js';
import type { Exec } from '../../../src/util/exec.js';

describe('parseChallenge', () => {
  it('reads a Bearer challenge with quoted params', () => {
    expect(parseChallenge('Bearer realm="https://auth.example/token",service="registry.example",scope="repository:a/b:pull"')).toEqual({
      scheme: 'bearer',
      params: { realm: 'https://auth.example/token', service: 'registry.example', scope: 'repository:a/b:pull' }
    });
    expect(parseChallenge('Basic realm="Registry Realm"')).toEqual({ scheme: 'basic', params: { realm: 'Registry Realm' } });
  });
});

describe('dockerConfigCredentials', () => {
  const noHelper: Exec = async () => ({ exitCode: 1, stdout: '', stderr: '' });

  it('reads what docker login stored, by host and by Docker Hub alias', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dockercfg-'));
    fs.writeFileSync(
      path.join(dir, 'config.json'),
      JSON.stringify({
        auths: {
          'ghcr.io': { auth: Buffer.from('octo:ghp_x:y').toString('base64') },
          'https://index.docker.io/v1/': { auth: Buffer.from('hubuser:hubpass').toString('base64') }
        }
      })
    );
    const creds = dockerConfigCredentials(noHelper, dir);
    expect(await creds('ghcr.io')).toEqual({ username: 'octo', password: 'ghp_x:y' });
    expect(await creds('registry-1.docker.io')).toEqual({ username: 'hubuser', password: 'hubpass' });
    expect(await creds('quay.io')).toBeUndefined();
  });

  it('asks a credential helper', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dockercfg-'));
    fs.writeFileSync(path.join(dir, 'config.json'), JSON.stringify({ credHelpers: { 'gcr.io': 'gcloud' } }));
    const calls: string[] = [];
    const helper: Exec = async (command, args, options) => {
      calls.push(`${command} ${args.join(' ')} <${options?.input}`);
      return { exitCode: 0, stdout: JSON.stringify({ Username: 'oauth2accesstoken', Secret: 'ya29' }), stderr: '' };
    };
    expect(await dockerConfigCredentials(helper, dir)('gcr.io')).toEqual({ username: 'oauth2accesstoken', password: 'ya29' });
    expect(calls).toEqual(['docker-credential-gcloud get <gcr.io']);
  });
});
