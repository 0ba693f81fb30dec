/**
 * The hand-off phase of a platform job (distribute: platform): the digest it pushed by
 * digest only, handed on to the merge job as an artifact of the run.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { uploadFile } from '../github/artifacts.js';
import { HANDOFF_FILE, HANDOFF_SCHEMA, handOffName, imageRepositories, type PlatformHandOff } from '../plan/distribute.js';
import type { Job } from '../plan/run.js';
import type { Ports } from '../ports.js';

/** Hands the pushed digest on to the merge job as an artifact of the run; returns the artifact's name. */
export async function handOff(ports: Ports, job: Job, digest: string): Promise<string> {
  const { inputs, facts } = job;
  const images = imageRepositories(inputs.tags);
  const handOff: PlatformHandOff = { schema: HANDOFF_SCHEMA, images, platforms: inputs.platforms, digest, job: facts.github.job, runAttempt: facts.github.runAttempt };
  const name = handOffName(images, inputs.platforms);
  const dir = fs.mkdtempSync(path.join(facts.tmpDir, 'handoff-'));
  fs.writeFileSync(path.join(dir, HANDOFF_FILE), JSON.stringify(handOff, null, 2));
  await uploadFile(name, path.join(dir, HANDOFF_FILE));
  ports.runner.info(`handed on ${inputs.platforms.join(', ')} ${digest} to the merge step (artifact ${name})`);
  return name;
}
