/** `docker buildx imagetools create`: an index made of images already in the registry, pushed under its tags. */
import * as fs from 'node:fs';
import { execChecked, type Exec } from '../util/exec.js';

/** Runs the planned argv (plan/distribute.ts) and returns the digest of the index it pushed. */
export async function createIndex(exec: Exec, argv: string[], metadataFile: string): Promise<string> {
  await execChecked(exec, 'docker', argv);
  const metadata = JSON.parse(fs.readFileSync(metadataFile, 'utf8')) as { 'containerimage.descriptor'?: { digest?: string } };
  const digest = metadata['containerimage.descriptor']?.digest;
  if (!digest) throw new Error(`docker buildx imagetools create wrote no digest to ${metadataFile}`);
  return digest;
}
