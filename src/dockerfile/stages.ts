/**
 * Just enough Dockerfile reading to check `target` before a build: the stages and
 * their names. Honours `# escape=`, line continuations, comments and heredoc
 * bodies (which are skipped, so a `FROM` inside a heredoc is not a stage).
 */
export interface Stage {
  index: number;
  /** Lowercased `AS` name (stage names are case-insensitive); undefined when unnamed. */
  name?: string;
  base: string;
  platform?: string;
  line: number;
}

export function parseStages(text: string): Stage[] {
  const lines = text.split(/\r?\n/);
  let escape = '\\';
  // Parser directives come first, before any instruction or blank line.
  for (const line of lines) {
    const directive = /^#\s*([a-zA-Z]+)\s*=\s*(\S+)\s*$/.exec(line);
    if (!directive) break;
    if (directive[1].toLowerCase() === 'escape' && (directive[2] === '`' || directive[2] === '\\')) escape = directive[2];
  }

  const stages: Stage[] = [];
  let instruction = '';
  let startLine = 0;
  let heredocEnds: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i];
    if (heredocEnds.length > 0) {
      const word = raw.replace(/^\t+/, '');
      if (word === heredocEnds[0]) heredocEnds.shift();
      continue;
    }
    if (instruction === '' && (/^\s*#/.test(raw) || raw.trim() === '')) continue;
    if (instruction !== '' && /^\s*#/.test(raw)) continue; // comments inside continuations are dropped
    if (instruction === '') startLine = i + 1;
    const trimmed = raw.replace(/\s+$/, '');
    if (trimmed.endsWith(escape)) {
      instruction += trimmed.slice(0, -1) + ' ';
      continue;
    }
    instruction += trimmed;
    heredocEnds = heredocMarkers(instruction);
    const stage = parseFrom(instruction, stages.length, startLine);
    if (stage) stages.push(stage);
    instruction = '';
  }
  return stages;
}

function heredocMarkers(instruction: string): string[] {
  if (!/^\s*(RUN|COPY|ADD)\s/i.test(instruction)) return [];
  const markers: string[] = [];
  for (const m of instruction.matchAll(/<<-?(["']?)([A-Za-z_][A-Za-z0-9_]*)\1/g)) markers.push(m[2]);
  return markers;
}

function parseFrom(instruction: string, index: number, line: number): Stage | undefined {
  const words = instruction.trim().split(/\s+/);
  if (words[0]?.toUpperCase() !== 'FROM') return undefined;
  let platform: string | undefined;
  const rest: string[] = [];
  for (const word of words.slice(1)) {
    if (word.startsWith('--platform=')) platform = word.slice('--platform='.length);
    else if (!word.startsWith('--')) rest.push(word);
  }
  const stage: Stage = { index, base: rest[0] ?? '', line };
  if (platform) stage.platform = platform;
  if (rest.length >= 3 && rest[1].toUpperCase() === 'AS') stage.name = rest[2].toLowerCase();
  return stage;
}
