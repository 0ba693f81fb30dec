#!/usr/bin/env node
/**
 * The `hoist-sizes` command (package.json `bin`, bundled to dist/cli/index.js): the step's
 * size report for an image on a laptop. Usage and exit codes: docs/sizes-cli.md.
 */
import { readRunEnv } from '../runner/env.js';
import { processIo, runSizes } from './sizes.js';

process.exitCode = await runSizes(process.argv.slice(2), processIo(readRunEnv(), process.stdout, process.stderr));
