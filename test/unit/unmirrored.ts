/**
 * The src/ files without a unit test at the matching path (src/a/b.ts →
 * test/unit/a/b.test.ts), each with the reason. test/unit/mirror.test.ts holds the tree to
 * this list both ways: a new file needs a test or an entry here, and an entry goes once
 * its file is gone or has a test of its own.
 */
export const UNMIRRORED: Record<string, string> = {
  'src/index.ts':
    'the entry: reads the runner from the process and calls run(processPorts(runner)) or post(); every e2e test runs it as dist/index.js (test/harness/run-action.mjs), main then post; run(), processPorts and post are tested in test/unit/main.test.ts, ports.test.ts and post.test.ts',
  'src/cli/hoist-sizes.ts':
    "the hoist-sizes command's entry: hands the process's argv, environment and terminal to runSizes (test/unit/cli/sizes.test.ts); test/e2e/sizes-cli.test.ts runs it bundled, as dist/cli/index.js",
  'src/plan/facts.ts': 'types only (BuilderNode, BuilderFacts, Facts)',
  'src/plan/metadata/index.ts': "re-exports only: the metadata engine's entry, through which test/unit/plan/metadata/compute.test.ts, rules.test.ts and template.test.ts import what they test",
  'src/plan/metadata/types.ts':
    "the engine's shared types, RULE_TYPES and MetaRuleError: tested through checkMetaRules in test/unit/plan/metadata/rules.test.ts (an unknown type names every RULE_TYPES entry; every problem is a MetaRuleError) and computeMetadata in compute.test.ts"
};
