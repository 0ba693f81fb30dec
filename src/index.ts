import { state } from './state.js';
import { run } from './main.js';
import { post } from './post.js';

// The runner calls this file twice: as the main step, then (from action.yml's `post:`) as cleanup.
await (state.isPost() ? post() : run());
