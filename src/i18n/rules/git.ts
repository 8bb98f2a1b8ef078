import { code } from '../lang.js';
import { excerpt } from '../excerpt.js';
import { message as m, type RuleCatalogue } from './types.js';

/** Messages of the rules that read git history. */

const shallowHint = {
  en: 'Fetch the whole history: `fetch-depth: 0` with actions/checkout in GitHub Actions, `GIT_DEPTH: 0` in GitLab CI, or `git fetch --unshallow`.',
  nb: 'Hent hele historikken: `fetch-depth: 0` med actions/checkout i GitHub Actions, `GIT_DEPTH: 0` i GitLab CI, eller `git fetch --unshallow`.',
  nn: 'Hent heile historikken: `fetch-depth: 0` med actions/checkout i GitHub Actions, `GIT_DEPTH: 0` i GitLab CI, eller `git fetch --unshallow`.',
};

export const en = {
  'git/history-unavailable': {
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
  'agenda/paper-late': {
    description: 'Papers for decision reach the default branch by the papers deadline',
    messages: {
      late: m((d) => `The paper ${code(d.target)} of item ${code(d.id)} reached ${code(d.branch)} on ${excerpt(d.available)}, after the deadline ${String(d.deadline)} (${String(d.days)} days before the meeting): the participants did not have it in time.`, () => 'If it could not be sooner, say why in the item: `late: { reason: … }`; otherwise move the item to a later meeting.'),
      lateBranch: m((d) => `The paper ${code(d.target)} of item ${code(d.id)} was committed on ${excerpt(d.available)}, on this branch only, after the deadline ${String(d.deadline)} (${String(d.days)} days before the meeting).`, () => 'If it could not be sooner, say why in the item: `late: { reason: … }`; otherwise move the item to a later meeting.'),
      uncommitted: m((d) => `The paper ${code(d.target)} of item ${code(d.id)} is not committed, and the deadline ${String(d.deadline)} has passed: nothing proves the participants had it.`, () => 'Commit and merge it; if it is late, say why in `late: { reason: … }`.'),
      branchOnly: m(
        (d) => `The paper ${code(d.target)} of item ${code(d.id)} counts as available from ${excerpt(d.available)}, the date of its commit on this branch. Whoever makes a commit sets its date, so it proves the paper was in time only once ${code(d.branch)} takes it.`,
        (d) => `Merge it into ${code(d.branch)} by the deadline ${String(d.deadline)}: the date ${code(d.branch)} takes it is the one that counts.`,
      ),
    },
  },
  'agenda/late-notice': {
    description: 'The invitation is sent by the notice deadline',
    messages: {
      late: m((d) => `The agenda reached \`status: sent\` on ${excerpt(d.sent)}, after the notice deadline ${String(d.deadline)} (${String(d.days)} days before the meeting).`, () => 'Send invitations by the deadline `etat status` shows; if a meeting must be called at short notice, say why in the invitation.'),
      uncommitted: m((d) => `The agenda says \`status: sent\`, but no commit does, and the notice deadline ${String(d.deadline)} has passed.`, () => 'Commit the sent agenda.'),
      notSent: m((d) => `The notice deadline ${String(d.deadline)} has passed, and the invitation is not sent.`, (d) => `Send it: \`etat agenda send ${excerpt(d.meeting)}\`.`),
    },
  },
  'minutes/approved-changed': {
    description: 'Approved minutes are never changed',
    messages: {
      changed: m((d) => `These minutes were approved at the base revision ${code(d.base)} and have changed since: approved minutes are immutable.`, (d) => `Undo the change (\`git checkout ${excerpt(d.base)} -- ${excerpt(d.path)}\`) and record a correction in later minutes, as an item with \`corrects:\`.`),
      deleted: m((d) => `These minutes were approved at the base revision ${code(d.base)} and have been deleted: approved minutes are immutable.`, (d) => `Restore them: \`git checkout ${excerpt(d.base)} -- ${excerpt(d.path)}\`.`),
    },
  },
} satisfies RuleCatalogue;

type Catalogue = typeof en;

export const nb: Catalogue = {
  'git/history-unavailable': {
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
  'agenda/paper-late': {
    description: 'Saksfremlegg til beslutning når standardgrenen innen fristen',
    messages: {
      late: m((d) => `Saksfremlegget ${code(d.target)} til sak ${code(d.id)} kom inn i ${code(d.branch)} ${excerpt(d.available)}, etter fristen ${String(d.deadline)} (${String(d.days)} dager før møtet): deltakerne hadde det ikke i tide.`, () => 'Kunne det ikke komme før, skriv hvorfor i saken: `late: { reason: … }`; ellers flytt saken til et senere møte.'),
      lateBranch: m((d) => `Saksfremlegget ${code(d.target)} til sak ${code(d.id)} ble committet ${excerpt(d.available)}, bare på denne grenen, etter fristen ${String(d.deadline)} (${String(d.days)} dager før møtet).`, () => 'Kunne det ikke komme før, skriv hvorfor i saken: `late: { reason: … }`; ellers flytt saken til et senere møte.'),
      uncommitted: m((d) => `Saksfremlegget ${code(d.target)} til sak ${code(d.id)} er ikke committet, og fristen ${String(d.deadline)} er passert: ingenting beviser at deltakerne hadde det.`, () => 'Commit og flett det inn; er det sent, skriv hvorfor i `late: { reason: … }`.'),
      branchOnly: m(
        (d) => `Saksfremlegget ${code(d.target)} til sak ${code(d.id)} regnes som tilgjengelig fra ${excerpt(d.available)}, datoen for committen på denne grenen. Den som lager en commit, bestemmer datoen, så den beviser at saksfremlegget kom i tide først når ${code(d.branch)} tar det inn.`,
        (d) => `Flett det inn i ${code(d.branch)} innen fristen ${String(d.deadline)}: datoen ${code(d.branch)} tar det inn, er den som teller.`,
      ),
    },
  },
  'agenda/late-notice': {
    description: 'Innkallingen sendes innen fristen',
    messages: {
      late: m((d) => `Sakslisten fikk \`status: sent\` ${excerpt(d.sent)}, etter innkallingsfristen ${String(d.deadline)} (${String(d.days)} dager før møtet).`, () => 'Send innkallinger innen fristen `etat status` viser; må et møte kalles inn på kort varsel, skriv hvorfor i innkallingen.'),
      uncommitted: m((d) => `Sakslisten sier \`status: sent\`, men ingen commit gjør det, og innkallingsfristen ${String(d.deadline)} er passert.`, () => 'Commit den sendte sakslisten.'),
      notSent: m((d) => `Innkallingsfristen ${String(d.deadline)} er passert, og innkallingen er ikke sendt.`, (d) => `Send den: \`etat agenda send ${excerpt(d.meeting)}\`.`),
    },
  },
  'minutes/approved-changed': {
    description: 'Godkjente referater endres aldri',
    messages: {
      changed: m((d) => `Referatet var godkjent i basisrevisjonen ${code(d.base)} og er endret siden: et godkjent referat kan ikke endres.`, (d) => `Angre endringen (\`git checkout ${excerpt(d.base)} -- ${excerpt(d.path)}\`) og før rettelsen i et senere referat, som en sak med \`corrects:\`.`),
      deleted: m((d) => `Referatet var godkjent i basisrevisjonen ${code(d.base)} og er slettet: et godkjent referat kan ikke endres.`, (d) => `Gjenopprett det: \`git checkout ${excerpt(d.base)} -- ${excerpt(d.path)}\`.`),
    },
  },
};

export const nn: Catalogue = {
  'git/history-unavailable': {
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
  'agenda/paper-late': {
    description: 'Saksframlegg til vedtak når standardgreina innan fristen',
    messages: {
      late: m((d) => `Saksframlegget ${code(d.target)} til sak ${code(d.id)} kom inn i ${code(d.branch)} ${excerpt(d.available)}, etter fristen ${String(d.deadline)} (${String(d.days)} dagar før møtet): deltakarane hadde det ikkje i tide.`, () => 'Kunne det ikkje kome før, skriv kvifor i saka: `late: { reason: … }`; elles flytt saka til eit seinare møte.'),
      lateBranch: m((d) => `Saksframlegget ${code(d.target)} til sak ${code(d.id)} vart committa ${excerpt(d.available)}, berre på denne greina, etter fristen ${String(d.deadline)} (${String(d.days)} dagar før møtet).`, () => 'Kunne det ikkje kome før, skriv kvifor i saka: `late: { reason: … }`; elles flytt saka til eit seinare møte.'),
      uncommitted: m((d) => `Saksframlegget ${code(d.target)} til sak ${code(d.id)} er ikkje committa, og fristen ${String(d.deadline)} er passert: ingenting provar at deltakarane hadde det.`, () => 'Commit og flett det inn; er det seint, skriv kvifor i `late: { reason: … }`.'),
      branchOnly: m(
        (d) => `Saksframlegget ${code(d.target)} til sak ${code(d.id)} vert rekna som tilgjengeleg frå ${excerpt(d.available)}, datoen for committen på denne greina. Den som lagar ein commit, bestemmer datoen, så han provar at saksframlegget kom i tide først når ${code(d.branch)} tek det inn.`,
        (d) => `Flett det inn i ${code(d.branch)} innan fristen ${String(d.deadline)}: datoen ${code(d.branch)} tek det inn, er den som tel.`,
      ),
    },
  },
  'agenda/late-notice': {
    description: 'Innkallinga vert send innan fristen',
    messages: {
      late: m((d) => `Saklista fekk \`status: sent\` ${excerpt(d.sent)}, etter innkallingsfristen ${String(d.deadline)} (${String(d.days)} dagar før møtet).`, () => 'Send innkallingar innan fristen `etat status` viser; må eit møte kallast inn på kort varsel, skriv kvifor i innkallinga.'),
      uncommitted: m((d) => `Saklista seier \`status: sent\`, men ingen commit gjer det, og innkallingsfristen ${String(d.deadline)} er passert.`, () => 'Commit den sende saklista.'),
      notSent: m((d) => `Innkallingsfristen ${String(d.deadline)} er passert, og innkallinga er ikkje send.`, (d) => `Send ho: \`etat agenda send ${excerpt(d.meeting)}\`.`),
    },
  },
  'minutes/approved-changed': {
    description: 'Godkjende referat vert aldri endra',
    messages: {
      changed: m((d) => `Referatet var godkjent i basisrevisjonen ${code(d.base)} og er endra sidan: eit godkjent referat kan ikkje endrast.`, (d) => `Angre endringa (\`git checkout ${excerpt(d.base)} -- ${excerpt(d.path)}\`) og før rettinga i eit seinare referat, som ei sak med \`corrects:\`.`),
      deleted: m((d) => `Referatet var godkjent i basisrevisjonen ${code(d.base)} og er sletta: eit godkjent referat kan ikkje endrast.`, (d) => `Gjenopprett det: \`git checkout ${excerpt(d.base)} -- ${excerpt(d.path)}\`.`),
    },
  },
};
