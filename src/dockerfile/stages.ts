import { parseDockerfile, type Stage as ParsedStage } from './parse.js';

/**
 * Just enough Dockerfile reading to check `target` before a build: the stages and
 * their names, as BuildKit's parser finds them (so `# escape=`, continuations,
 * comments and heredoc bodies are handled, and a `FROM` inside a heredoc is not a stage).
 */
export type Stage = Omit<ParsedStage, 'instructions'>;

export function parseStages(text: string): Stage[] {
  return parseDockerfile(text).stages.map(({ index, name, base, platform, line }) => {
    const stage: Stage = { index, base, line };
    if (name !== undefined) stage.name = name;
    if (platform !== undefined) stage.platform = platform;
    return stage;
  });
}
