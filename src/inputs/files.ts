import * as fs from 'node:fs';

/** The file system as the checks see it (paths relative to the workspace); tests pass a fake. */
export interface FileProbe {
  isFile(p: string): boolean;
  isDirectory(p: string): boolean;
  readText(p: string): string | undefined;
}

/** What is at `p`, or undefined when nothing can be: missing, or a path through a file (ENOTDIR). */
function statOf(p: string): fs.Stats | undefined {
  try {
    return fs.statSync(p, { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
}

export const realFiles: FileProbe = {
  isFile: p => statOf(p)?.isFile() ?? false,
  isDirectory: p => statOf(p)?.isDirectory() ?? false,
  readText: p => {
    try {
      return fs.readFileSync(p, 'utf8');
    } catch {
      return undefined;
    }
  }
};

/** The part of it the syntax rules look at. */
export type PathProbe = Pick<FileProbe, 'isFile' | 'isDirectory'>;
