/**
 * A scripted Exec that plays docker and buildx without running them: each call is
 * recorded, offered to the test's scripts in order, and else answered as a healthy
 * remote builder would (`buildx inspect`, `version`, `du`), with a planned build writing
 * the metadata, image id and OCI layout files buildx would write.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Exec, ExecOptions, ExecResult } from '../../src/util/exec.js';

export interface Call {
  command: string;
  args: string[];
  input?: string;
}

/** Answers one call, or undefined to leave it to the next script (and finally to buildx's defaults). */
export type Script = (call: Call, options: ExecOptions, calls: Call[]) => Promise<ExecResult | undefined> | ExecResult | undefined;

export const ok = (stderr = '', stdout = ''): ExecResult => ({ exitCode: 0, stdout, stderr });
export const argAfter = (args: string[], flag: string): string | undefined => (args.includes(flag) ? args[args.indexOf(flag) + 1] : undefined);
export const isBuild = (c: Call): boolean => c.args[0] === 'buildx' && c.args[1] === 'build';
/** The builds of the image and of stages: not hoist's own cache-mount helper builds (Dockerfile on stdin). */
export const isPlannedBuild = (c: Call): boolean => isBuild(c) && argAfter(c.args, '--file') !== '-';

export const INSPECT = ['Name:   hoist', 'Driver: remote', '', 'Nodes:', 'Name:             hoist0', 'Platforms:        linux/amd64, linux/arm64', 'BuildKit version: v0.32.2', ''].join('\n');
export const PROGRESS = ['#5 [1/2] COPY go.mod ./', '#5 CACHED', '#6 [2/2] RUN go build', '#6 DONE 1.2s', ''].join('\n');

export const sha = (b: Buffer): string => `sha256:${createHash('sha256').update(b).digest('hex')}`;

/** What BuildKit's `type=oci,dest=…,tar=false` exporter writes: a linux/amd64 image whose one gzip layer unpacks to `bytes`. */
export function writeLayout(dir: string, bytes: number): void {
  const put = (body: Buffer) => {
    const digest = sha(body);
    fs.mkdirSync(path.join(dir, 'blobs', 'sha256'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'blobs', 'sha256', digest.slice('sha256:'.length)), body);
    return { digest, size: body.length };
  };
  const config = put(Buffer.from(JSON.stringify({ os: 'linux', architecture: 'amd64', history: [{ created_by: 'COPY app /app # buildkit' }] })));
  const layer = put(gzipSync(Buffer.alloc(bytes, 7)));
  const manifest = put(
    Buffer.from(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: 'application/vnd.oci.image.manifest.v1+json',
        config: { mediaType: 'application/vnd.oci.image.config.v1+json', ...config },
        layers: [{ mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip', ...layer }]
      })
    )
  );
  fs.writeFileSync(path.join(dir, 'index.json'), JSON.stringify({ schemaVersion: 2, manifests: [{ mediaType: 'application/vnd.oci.image.manifest.v1+json', ...manifest }] }));
}

/** What buildx does for a planned build that succeeds: the metadata and image id files (and an OCI layout when asked), then its progress. */
function buildSucceeds(call: Call, digest: string): ExecResult {
  const layout = call.args.find((a, i) => call.args[i - 1] === '--output' && a.startsWith('type=oci,dest='));
  if (layout) writeLayout(/dest=([^,]+)/.exec(layout)![1], 6_000);
  const metadata = argAfter(call.args, '--metadata-file');
  if (metadata) fs.writeFileSync(metadata, JSON.stringify({ 'containerimage.digest': digest, 'image.name': argAfter(call.args, '--tag') ?? '' }));
  const iid = argAfter(call.args, '--iidfile');
  if (iid) fs.writeFileSync(iid, 'sha256:1d\n');
  return ok(PROGRESS);
}

/** The exec and every call it was given, in order; a planned build that no script answers succeeds with `digest`. */
export function scriptedExec(scripts: Script[], digest: string): { exec: Exec; calls: Call[] } {
  const calls: Call[] = [];
  const exec: Exec = async (command, args, options = {}) => {
    const call = { command, args, input: options.input };
    calls.push(call);
    for (const script of scripts) {
      const result = await script(call, options, calls);
      if (result) return result;
    }
    if (command !== 'docker') throw new Error(`unexpected program ${command}`);
    if (args[1] === 'inspect') return ok('', INSPECT);
    if (args[1] === 'version') return ok('', 'github.com/docker/buildx v0.36.1 1234567');
    if (args[1] === 'du') return ok();
    if (isBuild(call)) return isPlannedBuild(call) ? buildSucceeds(call, digest) : ok();
    throw new Error(`unexpected call docker ${args.join(' ')}`);
  };
  return { exec, calls };
}
