import type { HistoryProblem } from '../../git/history.js';
import { defineRule, type MessageReport } from '../define.js';
import { code } from '../../i18n/lang.js';
import { excerpt } from '../../i18n/excerpt.js';
import { m, type RuleWords } from '../../i18n/rule-words.js';

const shallowHint = {
  en: 'Fetch the whole history: `fetch-depth: 0` with actions/checkout in GitHub Actions, `GIT_DEPTH: 0` in GitLab CI, or `git fetch --unshallow`.',
  nb: 'Hent hele historikken: `fetch-depth: 0` med actions/checkout i GitHub Actions, `GIT_DEPTH: 0` i GitLab CI, eller `git fetch --unshallow`.',
  nn: 'Hent heile historikken: `fetch-depth: 0` med actions/checkout i GitHub Actions, `GIT_DEPTH: 0` i GitLab CI, eller `git fetch --unshallow`.',
};

/** Each problem git reported is a message of its own kind, with the problem's data. */
type Messages = { [Problem in HistoryProblem as Problem['kind']]: Omit<Problem, 'kind'> };

const words: RuleWords<Messages> = {
  en: {
    description: 'Says when git history could not be read, so the rules that need it did not run',
    messages: {
      'no-git': m(() => 'git is not installed, so papers in time, notice in time and unchanged approved minutes were not checked.', () => 'Install git.'),
      'not-a-repository': m(() => 'This is not a git repository, so papers in time, notice in time and unchanged approved minutes were not checked.', () => 'Run `git init` and commit, or run etat in a clone of the repository.'),
      'no-commits': m(() => 'The repository has no commits yet, so nothing can be proven available in time.', () => 'Commit the files: availability counts from the commit that reached the default branch.'),
      shallow: m(() => 'This is a shallow clone: its history is cut off, so papers in time, notice in time and unchanged approved minutes were not checked.', () => shallowHint.en),
      'no-default-branch': m((d) => `There is no branch ${code(d.branch)} (nor \`origin/${excerpt(d.branch)}\`): the default branch is what proves when papers were available.`, (d) => `Set \`git.default_branch\` in etat.yml to your main branch, or fetch it: \`git fetch origin ${excerpt(d.branch)}\`.`),
      'base-missing': m((d) => `The base revision ${code(d.base)} is not in this clone, so approved minutes could not be compared with it.`, () => 'Fetch it (`fetch-depth: 0` in GitHub Actions), or name another with `--base`.'),
    },
  },
  nb: {
    description: 'Sier fra når git-historikken ikke kunne leses, så reglene som trenger den, ikke ble kjørt',
    messages: {
      'no-git': m(() => 'git er ikke installert, så saksfremlegg i tide, innkalling i tide og uendrede godkjente referater ble ikke sjekket.', () => 'Installer git.'),
      'not-a-repository': m(() => 'Dette er ikke et git-repositorium, så saksfremlegg i tide, innkalling i tide og uendrede godkjente referater ble ikke sjekket.', () => 'Kjør `git init` og commit, eller kjør etat i en klone av repositoriet.'),
      'no-commits': m(() => 'Repositoriet har ingen commits ennå, så ingenting kan bevises å ha vært tilgjengelig i tide.', () => 'Commit filene: tilgjengelighet regnes fra committen som nådde standardgrenen.'),
      shallow: m(() => 'Dette er en grunn klone (shallow clone): historikken er kuttet, så saksfremlegg i tide, innkalling i tide og uendrede godkjente referater ble ikke sjekket.', () => shallowHint.nb),
      'no-default-branch': m((d) => `Det finnes ingen gren ${code(d.branch)} (heller ikke \`origin/${excerpt(d.branch)}\`): det er standardgrenen som beviser når saksfremlegg var tilgjengelige.`, (d) => `Sett \`git.default_branch\` i etat.yml til hovedgrenen deres, eller hent den: \`git fetch origin ${excerpt(d.branch)}\`.`),
      'base-missing': m((d) => `Basisrevisjonen ${code(d.base)} finnes ikke i denne klonen, så godkjente referater kunne ikke sammenlignes med den.`, () => 'Hent den (`fetch-depth: 0` i GitHub Actions), eller oppgi en annen med `--base`.'),
    },
  },
  nn: {
    description: 'Seier frå når git-historikken ikkje kunne lesast, så reglane som treng han, ikkje vart køyrde',
    messages: {
      'no-git': m(() => 'git er ikkje installert, så saksframlegg i tide, innkalling i tide og uendra godkjende referat vart ikkje sjekka.', () => 'Installer git.'),
      'not-a-repository': m(() => 'Dette er ikkje eit git-repositorium, så saksframlegg i tide, innkalling i tide og uendra godkjende referat vart ikkje sjekka.', () => 'Køyr `git init` og commit, eller køyr etat i ein klone av repositoriet.'),
      'no-commits': m(() => 'Repositoriet har ingen commits enno, så ingenting kan provast å ha vore tilgjengeleg i tide.', () => 'Commit filene: tilgjenge vert rekna frå committen som nådde standardgreina.'),
      shallow: m(() => 'Dette er ein grunn klone (shallow clone): historikken er kutta, så saksframlegg i tide, innkalling i tide og uendra godkjende referat vart ikkje sjekka.', () => shallowHint.nn),
      'no-default-branch': m((d) => `Det finst inga greina ${code(d.branch)} (heller ikkje \`origin/${excerpt(d.branch)}\`): det er standardgreina som provar når saksframlegg var tilgjengelege.`, (d) => `Set \`git.default_branch\` i etat.yml til hovudgreina dykkar, eller hent ho: \`git fetch origin ${excerpt(d.branch)}\`.`),
      'base-missing': m((d) => `Basisrevisjonen ${code(d.base)} finst ikkje i denne klonen, så godkjende referat kunne ikkje samanliknast med han.`, () => 'Hent han (`fetch-depth: 0` i GitHub Actions), eller oppgje ein annan med `--base`.'),
    },
  },
};

export default defineRule({
  id: 'git/history-unavailable',
  defaultSeverity: 'warn',
  words,
  docs: {
    rationale:
      'Three rules prove from git what a date in front matter cannot: when a paper was really available (`agenda/paper-late`), when the invitation really went out (`agenda/late-notice`), and that approved minutes were not changed (`minutes/approved-changed`). Where the history cannot be read — outside a git repository, in a shallow clone (CI checks out one commit by default), without the default branch, or without the base revision — those rules cannot run. Skipping them silently would let a late paper pass as on time, so etat says once, in a finding of this rule, what it could not check and how to fix it; the other rules run as before.',
    fix: 'Give etat the whole history. In GitHub Actions: `actions/checkout` with `fetch-depth: 0`. In GitLab CI: `GIT_DEPTH: 0`. Locally: `git fetch --unshallow`. If your main branch is not called `main`, set `git.default_branch` in `etat.yml`. Turn the notice into an error (`git/history-unavailable: error`) to make CI fail when history is missing.',
  },
  check(ctx, report) {
    if (!ctx.historyWanted || !ctx.history) return;
    const file = ctx.config.file;
    const place = file.placeOf(0, 0);
    for (const problem of ctx.history.problems) report({ file, place, ...asMessage(problem) });
  },
});

/** A problem as its message: TypeScript cannot pair a union's kind with its data by itself, `Messages` says they agree. */
function asMessage(problem: HistoryProblem): MessageReport<Messages> {
  const { kind, ...data } = problem;
  return { messageId: kind, data } as MessageReport<Messages>;
}
