import { code, type Lang } from './lang.js';

/**
 * What `etat ci setup` (and `etat init --ci`) say. The pipelines themselves are
 * in English, in `templates/ci/`; help texts are in `i18n/cli.ts`.
 */
const en = {
  wrote: {
    check: (d: { path: string }) => `Wrote ${d.path}: checks the meetings a pull request changes, with annotations, a job summary and code scanning.`,
    comment: (d: { path: string }) => `Wrote ${d.path}: comments the decisions a pull request changes, without running its code.`,
    gitlab: (d: { path: string }) => `Wrote ${d.path}: checks the meetings a merge request changes, in its Code Quality widget and test report.`,
    pages: (d: { path: string }) => `Wrote ${d.path}: builds the public website on every pull request, and publishes it to GitHub Pages from the default branch.`,
  },
  githubNext: (d: { docs: string }) =>
    [
      'Commit them, and every pull request is checked. Code scanning (the SARIF upload) needs GitHub Code Security in a private',
      `repository; the annotations and the job summary work without it. More: ${d.docs}`,
    ].join('\n'),
  gitlabNext: (d: { docs: string }) => `Commit it, and every merge request is checked. More: ${d.docs}`,
  githubPagesNext: (d: { docs?: string }) =>
    `Before the first push, choose ${code('GitHub Actions')} as the source of GitHub Pages (Settings, Pages). Every push to the default branch then publishes the public site (${code('etat site build --public')}); pull requests only build it.${d.docs ? ` More: ${d.docs}` : ''}`,
  gitlabPagesNext: () =>
    `The job ${code('pages')} publishes the public site (${code('etat site build --public')}) to GitLab Pages from the default branch; merge requests only build it (job ${code('etat-site')}).`,
  gitlabMoved: (d: { own: string; path: string }) => `${code(d.own)} exists already and was left as it is, so the job went into ${code(d.path)}.`,
  gitlabInclude: (d: { own: string }) => `Add it to ${code(d.own)} (to its ${code('include')} list, if it has one):`,
  exists: (d: { path: string }) => `${code(d.path)} exists already and was left as it is.`,
  subfolder: (d: { sub: string; command: string }) =>
    `${code('etat.yml')} is in ${code(d.sub + '/')}, a folder of the git repository, and GitHub and GitLab read pipelines only from its top. Nothing was written: run ${code(d.command)}, put the files at the top of the repository, and add ${code(`--cwd ${d.sub}`)} to each etat command in them.`,
  refused: (d: { command: string }) =>
    `Nothing was written: etat never overwrites a pipeline. Add what you need by hand; ${code(d.command)} shows what etat would write.`,
  gitlabIncludeHint: (d: { own: string }) => `If ${code(d.own)} does not include it yet, add:`,
  belongsIn: (d: { path: string }) => `# Belongs in ${d.path}`,
  belongsInGitlab: (d: { own: string; path: string }) => `# Belongs in ${d.own}, or in ${d.path} with \`include: [{ local: ${d.path} }]\` in ${d.own}`,
};

export type CiTexts = typeof en;

const nb: CiTexts = {
  wrote: {
    check: (d) => `Skrev ${d.path}: sjekker møtene en pull request endrer, med merknader, et jobbsammendrag og kodeskanning.`,
    comment: (d) => `Skrev ${d.path}: kommenterer vedtakene en pull request endrer, uten å kjøre koden dens.`,
    gitlab: (d) => `Skrev ${d.path}: sjekker møtene en merge request endrer, i Code Quality-feltet og testrapporten.`,
    pages: (d) => `Skrev ${d.path}: bygger det offentlige nettstedet på hver pull request, og publiserer det på GitHub Pages fra standardgrenen.`,
  },
  githubNext: (d) =>
    [
      'Commit dem, så blir hver pull request sjekket. Kodeskanning (opplastingen av SARIF) krever GitHub Code Security i et privat',
      `repositorium; merknadene og jobbsammendraget virker uten. Mer: ${d.docs}`,
    ].join('\n'),
  gitlabNext: (d) => `Commit den, så blir hver merge request sjekket. Mer: ${d.docs}`,
  githubPagesNext: (d) =>
    `Før første push: velg ${code('GitHub Actions')} som kilde for GitHub Pages (Settings, Pages). Da publiserer hver push til standardgrenen det offentlige nettstedet (${code('etat site build --public')}); pull requester bare bygger det.${d.docs ? ` Mer: ${d.docs}` : ''}`,
  gitlabPagesNext: () =>
    `Jobben ${code('pages')} publiserer det offentlige nettstedet (${code('etat site build --public')}) på GitLab Pages fra standardgrenen; merge requester bare bygger det (jobben ${code('etat-site')}).`,
  gitlabMoved: (d) => `${code(d.own)} finnes allerede og ble latt være, så jobben ble lagt i ${code(d.path)}.`,
  gitlabInclude: (d) => `Legg den til i ${code(d.own)} (i ${code('include')}-listen, om den har en):`,
  exists: (d) => `${code(d.path)} finnes allerede og ble latt være.`,
  subfolder: (d) =>
    `${code('etat.yml')} ligger i ${code(d.sub + '/')}, en mappe i git-repositoriet, og GitHub og GitLab leser løp bare fra toppen av det. Ingenting ble skrevet: kjør ${code(d.command)}, legg filene øverst i repositoriet, og legg til ${code(`--cwd ${d.sub}`)} i hver etat-kommando i dem.`,
  refused: (d) => `Ingenting ble skrevet: etat overskriver aldri et løp. Legg til det du trenger for hånd; ${code(d.command)} viser hva etat ville ha skrevet.`,
  gitlabIncludeHint: (d) => `Hvis ${code(d.own)} ikke tar den med ennå, legg til:`,
  belongsIn: (d) => `# Hører hjemme i ${d.path}`,
  belongsInGitlab: (d) => `# Hører hjemme i ${d.own}, eller i ${d.path} med \`include: [{ local: ${d.path} }]\` i ${d.own}`,
};

const nn: CiTexts = {
  wrote: {
    check: (d) => `Skreiv ${d.path}: sjekkar møta ein pull request endrar, med merknader, eit jobbsamandrag og kodeskanning.`,
    comment: (d) => `Skreiv ${d.path}: kommenterer vedtaka ein pull request endrar, utan å køyre koden hans.`,
    gitlab: (d) => `Skreiv ${d.path}: sjekkar møta ein merge request endrar, i Code Quality-feltet og testrapporten.`,
    pages: (d) => `Skreiv ${d.path}: byggjer den offentlege nettstaden på kvar pull request, og publiserer han på GitHub Pages frå standardgreina.`,
  },
  githubNext: (d) =>
    [
      'Commit dei, så vert kvar pull request sjekka. Kodeskanning (opplastinga av SARIF) krev GitHub Code Security i eit privat',
      `repositorium; merknadene og jobbsamandraget verkar utan. Meir: ${d.docs}`,
    ].join('\n'),
  gitlabNext: (d) => `Commit henne, så vert kvar merge request sjekka. Meir: ${d.docs}`,
  githubPagesNext: (d) =>
    `Før første push: vel ${code('GitHub Actions')} som kjelde for GitHub Pages (Settings, Pages). Då publiserer kvar push til standardgreina den offentlege nettstaden (${code('etat site build --public')}); pull requestar berre byggjer han.${d.docs ? ` Meir: ${d.docs}` : ''}`,
  gitlabPagesNext: () =>
    `Jobben ${code('pages')} publiserer den offentlege nettstaden (${code('etat site build --public')}) på GitLab Pages frå standardgreina; merge requestar berre byggjer han (jobben ${code('etat-site')}).`,
  gitlabMoved: (d) => `${code(d.own)} finst alt og vart late vere, så jobben vart lagd i ${code(d.path)}.`,
  gitlabInclude: (d) => `Legg henne til i ${code(d.own)} (i ${code('include')}-lista, om ho har ei):`,
  exists: (d) => `${code(d.path)} finst alt og vart late vere.`,
  subfolder: (d) =>
    `${code('etat.yml')} ligg i ${code(d.sub + '/')}, ei mappe i git-repositoriet, og GitHub og GitLab les løp berre frå toppen av det. Ingenting vart skrive: køyr ${code(d.command)}, legg filene øvst i repositoriet, og legg til ${code(`--cwd ${d.sub}`)} i kvar etat-kommando i dei.`,
  refused: (d) => `Ingenting vart skrive: etat skriv aldri over eit løp. Legg til det du treng for hand; ${code(d.command)} viser kva etat ville ha skrive.`,
  gitlabIncludeHint: (d) => `Viss ${code(d.own)} ikkje tek henne med enno, legg til:`,
  belongsIn: (d) => `# Høyrer heime i ${d.path}`,
  belongsInGitlab: (d) => `# Høyrer heime i ${d.own}, eller i ${d.path} med \`include: [{ local: ${d.path} }]\` i ${d.own}`,
};

export const ciTexts: Record<Lang, CiTexts> = { en, nb, nn };
