import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { startArtifactServer } from '../servers/artifacts.js';
import { withEnv } from './env.js';

/**
 * The zip @actions/artifact makes of one file: what a run's artifact holds (made with the
 * real client, against a stand-in of the artifact service of its own). The client is
 * imported only here: @actions/github, which it loads, reads GITHUB_API_URL once, when first loaded.
 */
export async function zipOf(fileName: string, text: string): Promise<Buffer> {
  const scratch = await startArtifactServer();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zip-'));
  fs.writeFileSync(path.join(dir, fileName), text);
  try {
    const { DefaultArtifactClient } = await import('@actions/artifact');
    await withEnv({ ...scratch.env('zip', 1), GITHUB_SERVER_URL: 'https://github.com' }, () => new DefaultArtifactClient().uploadArtifact('zip', [path.join(dir, fileName)], dir));
    return scratch.artifacts()[0].content!;
  } finally {
    await scratch.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
