/**
 * hoist's layers, lowest first. A module may import from its own folder and from any
 * lower layer; never from a folder beside it in the same layer, nor from a higher one.
 * `npm run lint:deps` checks this on every CI run.
 *
 *   util                           small shared helpers: exec wrapper, sizes, booleans, hashing, platforms, words
 *   runner, registry, dockerfile   the runner protocol, the OCI registry client, the Dockerfile parser
 *   inputs                         action inputs -> typed Inputs, and their validation
 *   plan                           pure: inputs + facts -> the build plan and the cache plan
 *   buildx, docker                 the one place that runs buildx; the Docker engine (QEMU handlers)
 *   cache, readback                the caches kept outside buildx; an image read back (registry or OCI layout)
 *   report                         sizes, gates, the job summary
 *   github                         GitHub's REST API and the run's artifacts
 *   phases                         one module per phase of a run; no phase imports another
 *   (src/*.ts)                     the entry: index, main (decides the run, runs its phases), post, ports
 *   cli                            the hoist-sizes command: its own entry, beside the action's; nothing imports it
 */
const LAYERS = [['util'], ['runner', 'registry', 'dockerfile'], ['inputs'], ['plan'], ['buildx', 'docker'], ['cache', 'readback'], ['report'], ['github'], ['phases']];

const folder = name => `^src/${name}/`;
const rules = LAYERS.flatMap((layer, rank) =>
  layer.map(name => {
    const allowed = LAYERS.slice(0, rank).flat().concat(name);
    const forbidden = LAYERS.flat().filter(other => !allowed.includes(other));
    return {
      name: `layer-${name}`,
      comment: `src/${name}/ may import only from itself and the layers below it (${LAYERS.slice(0, rank).flat().join(', ') || 'none'}).`,
      severity: 'error',
      from: { path: folder(name) },
      // The phases take the ports (src/ports.ts, the entry's wiring) as their one parameter.
      to: { path: [`^src/[^/]+\\.ts$`, ...forbidden.map(folder)], ...(name === 'phases' ? { pathNot: '^src/ports\\.ts$' } : {}) }
    };
  })
);

module.exports = {
  forbidden: [
    ...rules,
    {
      name: 'no-phase-imports-a-phase',
      comment: 'Each phase takes the ports and the run and returns its result; main.ts strings them together. A phase that needs another is one phase, or the shared part belongs below.',
      severity: 'error',
      from: { path: '^src/phases/([^/]+)\\.ts$' },
      to: { path: '^src/phases/', pathNot: '^src/phases/$1\\.ts$' }
    },
    {
      name: 'nothing-imports-the-cli',
      comment: 'src/cli/ is the hoist-sizes command, an entry of its own (package.json bin): the action never loads it.',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/cli/' },
      to: { path: '^src/cli/' }
    },
    {
      name: 'cli-runs-no-phase',
      comment: 'hoist-sizes reads and reports with the layers below the phases and talks to the terminal itself: no phase, no runner protocol, no ports.',
      severity: 'error',
      from: { path: '^src/cli/' },
      to: { path: ['^src/phases/', '^src/runner/protocol\\.ts$', '^src/runner/state\\.ts$', '^src/[^/]+\\.ts$'] }
    },
    {
      name: 'no-circular',
      comment: 'A cycle makes the layers meaningless and the load order fragile.',
      severity: 'error',
      from: {},
      to: { circular: true }
    },
    {
      name: 'no-orphans',
      comment: 'A module nothing imports is dead code (index.ts and cli/hoist-sizes.ts are the entry points).',
      severity: 'error',
      from: { orphan: true, pathNot: ['^src/index\\.ts$', '^src/cli/hoist-sizes\\.ts$', '\\.d\\.ts$'] },
      to: {}
    },
    {
      name: 'not-to-unresolvable',
      comment: 'An import that does not resolve fails at run time.',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true }
    },
    {
      name: 'not-to-dev-dep',
      comment: 'The bundle may use only runtime dependencies.',
      severity: 'error',
      from: { path: '^src/' },
      to: { dependencyTypes: ['npm-dev'], dependencyTypesNot: ['type-only'] }
    }
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'], extensions: ['.ts', '.js'] },
    reporterOptions: { text: { highlightFocused: true } }
  }
};
