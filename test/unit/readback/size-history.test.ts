import { describe, expect, it } from '@jest/globals';
import { HISTORY_MEDIA_TYPE, HISTORY_SCHEMA, type SizePoint } from '../../../src/plan/size-history.js';
import { checkPoint, pauseBeforeCheck, readHistory, writePoint, type WriteOptions } from '../../../src/readback/size-history.js';
import type { RegistryClient } from '../../../src/registry/client.js';
import { parseReference } from '../../../src/registry/reference.js';
import { MemoryRegistry } from '../../helpers/registry.js';

const REPO = 'acme/app';
const ref = parseReference(`registry.test/${REPO}:main`);
const noWait = { sleep: () => Promise.resolve(), random: () => 0 };

function point(n: number): SizePoint {
  return {
    commit: `c${String(n).padStart(6, '0')}`,
    time: new Date(Date.UTC(2026, 0, 1, 0, n)).toISOString(),
    digest: `sha256:${String(n).padStart(64, '0')}`,
    platforms: { 'linux/amd64': { compressed: n * 1000, unpacked: null, layers: 1 } }
  };
}

const commits = (points: SizePoint[]): string[] => points.map(p => p.commit);

/** What the action does across its two steps: read, write (main), the pause, then the check (post). */
async function recordPoint(client: RegistryClient, at: typeof ref, p: SizePoint, options: WriteOptions & { sleep: (ms: number) => Promise<void> }): Promise<SizePoint[]> {
  const written = await writePoint(client, at, p, await readHistory(client, at), options);
  await options.sleep(pauseBeforeCheck(written, options.random));
  return (await checkPoint(client, at, p, written, options)).points;
}

describe('the size history artifact', () => {
  it('is an empty history where there is no tag yet', async () => {
    expect(await readHistory(new MemoryRegistry().client(), ref)).toEqual({ history: { schema: HISTORY_SCHEMA, points: [] } });
  });

  it('is written as an OCI manifest with the artifactType, the empty config and one JSON layer, under hoist-size-history', async () => {
    const registry = new MemoryRegistry();
    await recordPoint(registry.client(), ref, point(1), noWait);
    const manifest = JSON.parse(registry.stored(REPO, 'manifests', 'hoist-size-history')!.toString('utf8')) as {
      mediaType: string;
      artifactType: string;
      config: { mediaType: string; size: number };
      layers: Array<{ mediaType: string; digest: string }>;
    };
    expect(manifest).toMatchObject({
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      artifactType: HISTORY_MEDIA_TYPE,
      config: { mediaType: 'application/vnd.oci.empty.v1+json', size: 2 }
    });
    expect(manifest.layers).toHaveLength(1);
    const blob = JSON.parse(registry.stored(REPO, 'blobs', manifest.layers[0].digest)!.toString('utf8')) as { points: SizePoint[] };
    expect(commits(blob.points)).toEqual([point(1).commit]);
    // Uploads are a POST, then a PUT with the digest; the manifest a PUT to the tag.
    expect(registry.requests.filter(r => r.startsWith('POST') || r.startsWith('PUT')).map(r => r.replace(/u\d+\?_state=x&digest=sha256%3A\w+/, '<upload>'))).toEqual([
      'POST /v2/acme/app/blobs/uploads/',
      'POST /v2/acme/app/blobs/uploads/',
      'PUT /v2/acme/app/blobs/uploads/<upload>',
      'PUT /v2/acme/app/blobs/uploads/<upload>',
      'PUT /v2/acme/app/manifests/hoist-size-history'
    ]);
  });

  it('appends to what is there, oldest first', async () => {
    const registry = new MemoryRegistry();
    for (const n of [1, 3, 2]) await recordPoint(registry.client(), ref, point(n), noWait);
    expect(commits((await readHistory(registry.client(), ref)).history.points)).toEqual(commits([point(1), point(2), point(3)]));
  });

  it('merges in what another writer wrote between the read and the write (the tag moved: HEAD sees it)', async () => {
    const registry = new MemoryRegistry();
    await recordPoint(registry.client(), ref, point(1), noWait);
    let other = false;
    registry.beforeWrite = async request => {
      if (other || !request.includes('blobs/uploads/')) return undefined;
      other = true;
      await recordPoint(registry.client(), ref, point(2), noWait);
      return undefined;
    };
    await recordPoint(registry.client(), ref, point(3), noWait);
    expect(commits((await readHistory(registry.client(), ref)).history.points)).toEqual(commits([point(1), point(2), point(3)]));
  });

  it('writes again when another writer replaced the history after its check (its point missing on the read after)', async () => {
    const registry = new MemoryRegistry();
    await recordPoint(registry.client(), ref, point(1), noWait);
    const before = registry.stored(REPO, 'manifests', 'hoist-size-history')!;
    // Another writer that read before this one wrote, and writes last: its history lacks point 3.
    const rival = new MemoryRegistry();
    await recordPoint(rival.client(), ref, point(1), noWait);
    await recordPoint(rival.client(), ref, point(2), noWait);
    let replaced = false;
    const sleeps: number[] = [];
    const sleep = async (ms: number): Promise<void> => {
      sleeps.push(ms);
      if (replaced) return;
      replaced = true;
      const theirs = rival.stored(REPO, 'manifests', 'hoist-size-history')!;
      const layer = (JSON.parse(theirs.toString('utf8')) as { layers: Array<{ digest: string }> }).layers[0].digest;
      // Their blob and manifest, as their PUTs would leave them.
      const client = registry.client();
      await client.putBlob(ref, rival.stored(REPO, 'blobs', layer)!);
      await client.putManifest(ref, 'hoist-size-history', 'application/vnd.oci.image.manifest.v1+json', theirs);
    };
    expect(before).toBeDefined();
    const written = await recordPoint(registry.client(), ref, point(3), { sleep, random: () => 0 });
    expect(commits(written)).toEqual(commits([point(1), point(2), point(3)]));
    expect(commits((await readHistory(registry.client(), ref)).history.points)).toEqual(commits([point(1), point(2), point(3)]));
    // Each write waits before its check; the retry waits apart too.
    expect(sleeps.length).toBe(3);
  });

  it('gives up after its attempts when the history keeps losing its point', async () => {
    const registry = new MemoryRegistry();
    // A registry that takes every write and keeps serving the old history.
    await recordPoint(registry.client(), ref, point(1), noWait);
    const old = registry.stored(REPO, 'manifests', 'hoist-size-history')!;
    const client = registry.client();
    const sleep = async (): Promise<void> => {
      await client.putManifest(ref, 'hoist-size-history', 'application/vnd.oci.image.manifest.v1+json', old);
    };
    await expect(recordPoint(registry.client(), ref, point(2), { sleep, random: () => 0, attempts: 3 })).rejects.toThrow("the history kept losing this build's point under 3 writes");
  });

  it('fails, for the caller to warn, when the write is refused', async () => {
    const registry = new MemoryRegistry();
    registry.beforeWrite = () => ({ status: 403, headers: {}, body: Buffer.from('{"errors":[{"code":"DENIED"}]}') });
    await expect(recordPoint(registry.client(), ref, point(1), noWait)).rejects.toThrow('registry.test refused access to acme/app (HTTP 403): log in first');
  });

  it('refuses a history blob whose bytes do not match its digest', async () => {
    const registry = new MemoryRegistry();
    await recordPoint(registry.client(), ref, point(1), noWait);
    const manifest = JSON.parse(registry.stored(REPO, 'manifests', 'hoist-size-history')!.toString('utf8')) as { layers: Array<{ digest: string }> };
    registry.stored(REPO, 'blobs', manifest.layers[0].digest)!.write('X', 0);
    await expect(readHistory(registry.client(), ref)).rejects.toThrow(/history blob has digest sha256:\w+, not sha256:/);
  });
});
