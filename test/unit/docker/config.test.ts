import { describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { writeDockerConfig } from '../../../src/docker/config.js';

describe("writeDockerConfig: hoist's own docker config", () => {
  it("keeps the user's config, adds the logins as auths, drops what would hide them, links the CLI plugins", () => {
    const user = fs.mkdtempSync(path.join(os.tmpdir(), 'user-docker-'));
    fs.mkdirSync(path.join(user, 'cli-plugins'));
    fs.writeFileSync(
      path.join(user, 'config.json'),
      JSON.stringify({ auths: { 'quay.io': { auth: 'eA==' } }, credsStore: 'desktop', credHelpers: { 'ghcr.io': 'gh', 'gcr.io': 'gcloud' }, proxies: { default: {} } })
    );
    const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'hoist-')), 'docker-config');
    writeDockerConfig(dir, user, [
      { registry: 'ghcr.io', username: 'octocat', password: 'p1' },
      { registry: 'docker.io', username: 'hub', password: 'p2' }
    ]);
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'config.json'), 'utf8'))).toEqual({
      auths: {
        'quay.io': { auth: 'eA==' },
        'ghcr.io': { auth: Buffer.from('octocat:p1').toString('base64') },
        'https://index.docker.io/v1/': { auth: Buffer.from('hub:p2').toString('base64') }
      },
      credHelpers: { 'gcr.io': 'gcloud' },
      proxies: { default: {} }
    });
    expect(fs.statSync(path.join(dir, 'config.json')).mode & 0o777).toBe(0o600);
    expect(fs.readlinkSync(path.join(dir, 'cli-plugins'))).toBe(path.join(user, 'cli-plugins'));
  });

  it('starts empty when the user has no config', () => {
    const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'hoist-')), 'docker-config');
    writeDockerConfig(dir, path.join(os.tmpdir(), 'no-such-docker-dir'), [{ registry: '127.0.0.1:5001', username: 'ci', password: 'p' }]);
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'config.json'), 'utf8'))).toEqual({ auths: { '127.0.0.1:5001': { auth: Buffer.from('ci:p').toString('base64') } } });
  });
});
