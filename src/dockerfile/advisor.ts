/**
 * Instructions that copy the whole context (`COPY . .`, `ADD . /src`): with a `.git`
 * directory in the context, that layer changes on every checkout and everything after
 * it rebuilds, whatever the cache.
 */
export function wholeContextCopies(text: string): number[] {
  const lines: number[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    const m = /^\s*(COPY|ADD)\s+(.*)$/i.exec(line);
    if (!m) return;
    const words = m[2].trim().split(/\s+/).filter(w => !w.startsWith('--'));
    if (words.length >= 2 && words.slice(0, -1).some(w => w === '.' || w === './')) lines.push(i + 1);
  });
  return lines;
}

/** Does .dockerignore keep `.git` out? (A line `.git`, `.git/`, `/.git`, `**\/.git` or `*`.) */
export function ignoresGit(dockerignore: string | undefined): boolean {
  if (!dockerignore) return false;
  let ignored = false;
  for (const raw of dockerignore.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const negated = line.startsWith('!');
    const pattern = (negated ? line.slice(1) : line).replace(/^\/+/, '').replace(/\/+$/, '');
    if (['.git', '**/.git', '*', '.*', '**'].includes(pattern)) ignored = !negated; // later lines win, as in docker
  }
  return ignored;
}
