import { code, type Lang } from './lang.js';

/**
 * What `etat hook install`, `etat hook uninstall` and `etat check --staged`
 * say, and the lines the pre-commit hook itself prints (written into the
 * hook in the language of whoever installed it). Help texts are in `i18n/cli.ts`.
 */
const en = {
  install: {
    installed: (d: { file: string }) =>
      `Installed the pre-commit hook ${code(d.file)}: ${code('git commit')} now runs ${code('etat check --staged')} first, and stops while what is staged for commit has errors. To commit anyway, once: ${code('git commit --no-verify')}. To remove the hook: ${code('etat hook uninstall')}.`,
    chained: (d: { before: string }) => `The hook that was there is now ${code(d.before)}, and still runs first; when it fails, the commit stops, as before.`,
    updated: (d: { file: string }) => `Updated the etat pre-commit hook ${code(d.file)}.`,
    already: (d: { file: string }) => `The etat pre-commit hook is already installed in ${code(d.file)}; nothing was changed.`,
    hooksPath: (d: { dir: string }) => `${code('core.hooksPath')} tells git to look for hooks in ${code(d.dir)}, so the hook was written there.`,
    runs: (d: { command: string }) => `The hook runs ${code(d.command)}; when that is gone, it runs ${code('etat')} from PATH.`,
  },
  uninstall: {
    removed: (d: { file: string }) => `Removed the etat pre-commit hook ${code(d.file)}.`,
    restored: (d: { file: string; before: string }) => `${code(d.before)} is ${code(d.file)} again: the hook that was there before etat runs as before.`,
    notInstalled: (d: { file: string }) => `There is no etat pre-commit hook in ${code(d.file)}; nothing was changed.`,
  },
  problem: {
    notOurs: (d: { file: string }) =>
      `${code(d.file)} is not the hook etat installed (it has no ${code('# etat pre-commit hook')} line), so it was left as it is. Nothing was changed.`,
    beforeTaken: (d: { file: string; before: string }) =>
      `${code(d.file)} is a hook etat did not write, and ${code(d.before)}, where etat would move it to run it first, exists already. Nothing was changed: merge the two or remove one of them, then run ${code('etat hook install')} again.`,
    sharedHooksPath: (d: { value: string; scope: string }) =>
      `${code('core.hooksPath')} is set to ${code(d.value)} in git's ${code(d.scope)} configuration, so a hook there runs for every repository, not only this one. Nothing was changed: add ${code('etat check --staged')} to the pre-commit hook in that folder yourself, or give this repository its own hooks with ${code('git config --local core.hooksPath .git/hooks')}.`,
    husky: (d: { dir: string }) =>
      `${code('core.hooksPath')} is ${code(d.dir)}: husky manages the hooks of this repository, and would overwrite a hook etat wrote there. Nothing was changed: add the line ${code('npx etat check --staged')} to ${code('.husky/pre-commit')} instead.`,
    notGitRepository: (d: { dir: string }) =>
      `${d.dir} is not in a git work tree, so there is no pre-commit hook to install. Run ${code('git init')} there first, or pass ${code('--cwd <dir>')}.`,
    gitMissing: `git is not installed, or not on PATH: a pre-commit hook needs git.`,
  },
  /** Lines of the hook script: plain text, printed by sh. */
  script: {
    about: 'Before each commit, checks the meetings staged for commit with `etat check --staged`.',
    blocked:
      'etat: the commit was stopped, because `etat check --staged` found errors in what is staged for commit (or could not check it). Fix them and stage the fixes with `git add`; to commit anyway: `git commit --no-verify`.',
    notFound: (d: { bin: string }) =>
      `etat pre-commit hook: etat was not found, neither at ${d.bin} nor as \`etat\` on PATH. Install etat and run \`etat hook install\` again, or commit with \`git commit --no-verify\`.`,
  },
  staged: {
    notGitRepository: (d: { dir: string }) =>
      `${d.dir} is not in a git work tree, and ${code('etat check --staged')} checks what is staged for commit in git. ${code('etat check')} checks the files as they are.`,
    gitMissing: `git is not installed, or not on PATH: ${code('etat check --staged')} reads what is staged for commit from git.`,
  },
};

export type HookTexts = typeof en;

const nb: HookTexts = {
  install: {
    installed: (d) =>
      `Installerte pre-commit-kroken ${code(d.file)}: ${code('git commit')} kjører nå ${code('etat check --staged')} først, og stopper så lenge det som er lagt klart til commit, har feil. For å committe likevel, én gang: ${code('git commit --no-verify')}. For å fjerne kroken: ${code('etat hook uninstall')}.`,
    chained: (d) => `Kroken som lå der, heter nå ${code(d.before)} og kjører fortsatt først; feiler den, stopper commiten, som før.`,
    updated: (d) => `Oppdaterte etats pre-commit-krok ${code(d.file)}.`,
    already: (d) => `Etats pre-commit-krok er allerede installert i ${code(d.file)}; ingenting ble endret.`,
    hooksPath: (d) => `${code('core.hooksPath')} sier at git skal finne krokene i ${code(d.dir)}, så kroken ble skrevet der.`,
    runs: (d) => `Kroken kjører ${code(d.command)}; finnes ikke den lenger, kjører den ${code('etat')} fra PATH.`,
  },
  uninstall: {
    removed: (d) => `Fjernet etats pre-commit-krok ${code(d.file)}.`,
    restored: (d) => `${code(d.before)} heter ${code(d.file)} igjen: kroken som lå der før etat, kjører som før.`,
    notInstalled: (d) => `Det er ingen pre-commit-krok fra etat i ${code(d.file)}; ingenting ble endret.`,
  },
  problem: {
    notOurs: (d) =>
      `${code(d.file)} er ikke kroken etat installerte (den mangler linjen ${code('# etat pre-commit hook')}), så den ble latt være. Ingenting ble endret.`,
    beforeTaken: (d) =>
      `${code(d.file)} er en krok etat ikke har skrevet, og ${code(d.before)}, dit etat ville flyttet den for å kjøre den først, finnes allerede. Ingenting ble endret: slå sammen de to eller fjern den ene, og kjør ${code('etat hook install')} igjen.`,
    sharedHooksPath: (d) =>
      `${code('core.hooksPath')} er satt til ${code(d.value)} i gits ${code(d.scope)}-oppsett, så en krok der kjører for alle repositorier, ikke bare for dette. Ingenting ble endret: legg ${code('etat check --staged')} inn i pre-commit-kroken i den mappen selv, eller gi dette repositoriet egne kroker med ${code('git config --local core.hooksPath .git/hooks')}.`,
    husky: (d) =>
      `${code('core.hooksPath')} er ${code(d.dir)}: krokene i dette repositoriet styres av husky, som ville skrevet over en krok etat la der. Ingenting ble endret: legg heller linjen ${code('npx etat check --staged')} inn i ${code('.husky/pre-commit')}.`,
    notGitRepository: (d) =>
      `${d.dir} ligger ikke i en git-arbeidskopi, så det er ingen pre-commit-krok å installere. Kjør ${code('git init')} der først, eller bruk ${code('--cwd <mappe>')}.`,
    gitMissing: `git er ikke installert, eller ligger ikke i PATH: en pre-commit-krok trenger git.`,
  },
  script: {
    about: 'Sjekker møtene som er lagt klar til commit, med `etat check --staged` før hver commit.',
    blocked:
      'etat: commiten ble stoppet fordi `etat check --staged` fant feil i det som er lagt klart til commit (eller ikke kunne sjekke det). Rett feilene og legg rettelsene klar med `git add`; for å committe likevel: `git commit --no-verify`.',
    notFound: (d) =>
      `etats pre-commit-krok: fant ikke etat, verken i ${d.bin} eller som \`etat\` i PATH. Installer etat og kjør \`etat hook install\` igjen, eller commit med \`git commit --no-verify\`.`,
  },
  staged: {
    notGitRepository: (d) =>
      `${d.dir} ligger ikke i en git-arbeidskopi, og ${code('etat check --staged')} sjekker det som er lagt klart til commit i git. ${code('etat check')} sjekker filene slik de er.`,
    gitMissing: `git er ikke installert, eller ligger ikke i PATH: ${code('etat check --staged')} leser fra git hva som er lagt klart til commit.`,
  },
};

const nn: HookTexts = {
  install: {
    installed: (d) =>
      `Installerte pre-commit-kroken ${code(d.file)}: ${code('git commit')} køyrer no ${code('etat check --staged')} først, og stoppar så lenge det som er lagt klart til commit, har feil. For å committe likevel, éin gong: ${code('git commit --no-verify')}. For å fjerne kroken: ${code('etat hook uninstall')}.`,
    chained: (d) => `Kroken som låg der, heiter no ${code(d.before)} og køyrer framleis først; feilar han, stoppar commiten, som før.`,
    updated: (d) => `Oppdaterte pre-commit-kroken ${code(d.file)} frå etat.`,
    already: (d) => `Pre-commit-kroken frå etat er alt installert i ${code(d.file)}; ingenting vart endra.`,
    hooksPath: (d) => `${code('core.hooksPath')} seier at git skal finne krokane i ${code(d.dir)}, så kroken vart skriven der.`,
    runs: (d) => `Kroken køyrer ${code(d.command)}; finst ikkje den lenger, køyrer han ${code('etat')} frå PATH.`,
  },
  uninstall: {
    removed: (d) => `Fjerna pre-commit-kroken ${code(d.file)} frå etat.`,
    restored: (d) => `${code(d.before)} heiter ${code(d.file)} att: kroken som låg der før etat, køyrer som før.`,
    notInstalled: (d) => `Det er ingen pre-commit-krok frå etat i ${code(d.file)}; ingenting vart endra.`,
  },
  problem: {
    notOurs: (d) =>
      `${code(d.file)} er ikkje kroken etat installerte (han manglar linja ${code('# etat pre-commit hook')}), så han vart late vere. Ingenting vart endra.`,
    beforeTaken: (d) =>
      `${code(d.file)} er ein krok etat ikkje har skrive, og ${code(d.before)}, som etat ville flytte han til for å køyre han først, finst alt. Ingenting vart endra: slå saman dei to eller fjern den eine, og køyr ${code('etat hook install')} på nytt.`,
    sharedHooksPath: (d) =>
      `${code('core.hooksPath')} er sett til ${code(d.value)} i ${code(d.scope)}-oppsettet til git, så ein krok der køyrer for alle repositoria, ikkje berre for dette. Ingenting vart endra: legg ${code('etat check --staged')} inn i pre-commit-kroken i den mappa sjølv, eller gje dette repositoriet eigne krokar med ${code('git config --local core.hooksPath .git/hooks')}.`,
    husky: (d) =>
      `${code('core.hooksPath')} er ${code(d.dir)}: krokane i dette repositoriet vert styrte av husky, som ville ha skrive over ein krok etat la der. Ingenting vart endra: legg heller linja ${code('npx etat check --staged')} inn i ${code('.husky/pre-commit')}.`,
    notGitRepository: (d) =>
      `${d.dir} ligg ikkje i ein git-arbeidskopi, så det er ingen pre-commit-krok å installere. Køyr ${code('git init')} der først, eller bruk ${code('--cwd <mappe>')}.`,
    gitMissing: `git er ikkje installert, eller ligg ikkje i PATH: ein pre-commit-krok treng git.`,
  },
  script: {
    about: 'Sjekkar møta som er lagde klare til commit, med `etat check --staged` før kvar commit.',
    blocked:
      'etat: commiten vart stoppa fordi `etat check --staged` fann feil i det som er lagt klart til commit (eller ikkje kunne sjekke det). Rett feila og legg rettingane klare med `git add`; for å committe likevel: `git commit --no-verify`.',
    notFound: (d) =>
      `pre-commit-kroken frå etat: fann ikkje etat, verken i ${d.bin} eller som \`etat\` i PATH. Installer etat og køyr \`etat hook install\` på nytt, eller commit med \`git commit --no-verify\`.`,
  },
  staged: {
    notGitRepository: (d) =>
      `${d.dir} ligg ikkje i ein git-arbeidskopi, og ${code('etat check --staged')} sjekkar det som er lagt klart til commit i git. ${code('etat check')} sjekkar filene slik dei er.`,
    gitMissing: `git er ikkje installert, eller ligg ikkje i PATH: ${code('etat check --staged')} les frå git kva som er lagt klart til commit.`,
  },
};

export const hookTexts: Record<Lang, HookTexts> = { en, nb, nn };
