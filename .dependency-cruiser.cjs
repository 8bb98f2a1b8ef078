/**
 * The layers of `src/`, checked by `npm run deps` (part of `npm test`) and
 * shown by `npm run deps:graph`. From the bottom up: plumbing (`git/`, `fs/`),
 * the model and configuration (`model/`, `config/`), the rules, then what
 * uses them (`check.ts`, `pipeline/`, `status/`, `decisions/`, `scaffold/`,
 * `report/`) and at the top the command line (`cli/`), which only `index.ts`
 * may import. See docs/architecture.md.
 */

/** Everything above the model: what `model/` and `config/` must not import. */
const ABOVE_MODEL = ['^src/git/', '^src/rules/', '^src/check\\.ts$', '^src/pipeline/', '^src/cli/', '^src/report/', '^src/status/', '^src/decisions/', '^src/scaffold/', '^src/registers/', '^src/site/'];

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Modules in src/ import one another in one direction only.',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'git-is-plumbing',
      severity: 'error',
      comment: 'src/git/ reads and writes git; it knows nothing of rules, checks, commands or reports.',
      from: { path: '^src/git/' },
      to: { path: ['^src/rules/', '^src/check\\.ts$', '^src/pipeline/', '^src/cli/', '^src/report/', '^src/status/', '^src/decisions/', '^src/scaffold/', '^src/registers/', '^src/site/'] },
    },
    {
      name: 'model-below-everything',
      severity: 'error',
      comment: 'src/model/ and src/config/ import nothing above them: git, rules, the check, commands, reports.',
      from: { path: ['^src/model/', '^src/config/'] },
      to: { path: ABOVE_MODEL },
    },
    {
      name: 'rules-below-commands',
      severity: 'error',
      comment: 'Rules see the model; they know nothing of commands, reports, the pipeline or other features.',
      from: { path: '^src/rules/' },
      to: { path: ['^src/cli/', '^src/report/', '^src/pipeline/', '^src/check\\.ts$', '^src/status/', '^src/decisions/', '^src/scaffold/', '^src/registers/', '^src/site/'] },
    },
    {
      name: 'report-below-cli',
      severity: 'error',
      comment: 'Reporters turn data into text; the command line calls them, not the other way round.',
      from: { path: '^src/report/' },
      to: { path: '^src/cli/' },
    },
    {
      name: 'registers-below-site',
      severity: 'error',
      comment: 'The website renders the registers; the registers know nothing of the website.',
      from: { path: '^src/registers/' },
      to: { path: '^src/site/' },
    },
    {
      name: 'cli-on-top',
      severity: 'error',
      comment: 'Only the command line itself and the package entry (src/index.ts) import src/cli/.',
      from: { path: '^src/', pathNot: ['^src/cli/', '^src/index\\.ts$'] },
      to: { path: '^src/cli/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    includeOnly: '^src/',
    // Type-only imports count: a layer that needs another's types depends on it.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
    reporterOptions: {
      text: { highlightFocused: true },
    },
  },
};
