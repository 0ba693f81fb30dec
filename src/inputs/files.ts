import * as fs from 'node:fs';

/** The file system as the checks see it (paths relative to the workspace); tests pass a fake. */
export interface FileProbe {
  isFile(p: string): boolean;
  isDirectory(p: string): boolean;
  readText(p: string): string | undefined;
}

export const realFiles: FileProbe = {
  isFile: p => fs.statSync(p, { throwIfNoEntry: false })?.isFile() ?? false,
  isDirectory: p => fs.statSync(p, { throwIfNoEntry: false })?.isDirectory() ?? false,
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
