import { processPorts } from './ports.js';
import { run } from './main.js';
import { post } from './post.js';
import { processRunner } from './runner/protocol.js';
import { state } from './runner/state.js';
import { exec } from './util/exec.js';

// The runner calls this file twice: as the main step, then (action.yml's `post:`) for cleanup.
const runner = processRunner();
await (state.isPost(runner) ? post({ runner, exec }) : run(processPorts(runner)));
