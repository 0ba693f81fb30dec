/**
 * Test-suite TypeScript (the local service stand-ins) as plain ESM for the benchmarks,
 * which node runs without a compiler: each file under `dirs` is transpiled into the same
 * layout under `work`, with node_modules reachable, and `load` imports one of them.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { ROOT } from '../test/harness/run-action.mjs';

export function transpiled(work, dirs) {
  for (const dir of dirs) {
    for (const file of fs.readdirSync(path.join(ROOT, dir), { recursive: true }).map(f => path.join(dir, String(f)))) {
      if (!file.endsWith('.ts')) continue;
      const { outputText } = ts.transpileModule(fs.readFileSync(path.join(ROOT, file), 'utf8'), {
        compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
        fileName: path.basename(file)
      });
      const out = path.join(work, file.replace(/\.ts$/, '.js'));
      fs.mkdirSync(path.dirname(out), { recursive: true });
      fs.writeFileSync(out, outputText);
    }
  }
  if (!fs.existsSync(path.join(work, 'package.json'))) fs.writeFileSync(path.join(work, 'package.json'), '{"type":"module"}');
  if (!fs.existsSync(path.join(work, 'node_modules'))) fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(work, 'node_modules'));
  return { load: file => import(pathToFileURL(path.join(work, file)).href) };
}
