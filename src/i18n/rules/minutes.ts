import { code, joinList, type Lang } from '../lang.js';
import { excerpt } from '../excerpt.js';
import { message as m, type RuleCatalogue } from './types.js';

/** Messages of the `minutes/*`, `privacy/*` and `access/*` rules. */

const item = (d: Record<string, unknown>) => code(d.id);
/** "a decision on item `2`" / "decisions on items `2` and `3`", from the ids in `d.decided`. */
const decisions = (lang: Lang, d: Record<string, unknown>) => {
  const ids = (Array.isArray(d.decided) ? d.decided : []).map(code);
  const words = { en: ['a decision on item', 'decisions on items'], nb: ['vedtak i sak', 'vedtak i sakene'], nn: ['vedtak i sak', 'vedtak i sakene'] }[lang];
  return `${ids.length === 1 ? words[0] : words[1]} ${joinList(lang, ids)}`;
};
const kindEn: Record<string, string> = { inform: 'for information', discuss: 'for discussion' };
const kindNb: Record<string, string> = { inform: 'til orientering', discuss: 'til drøfting' };
const kindNn: Record<string, string> = { inform: 'til orientering', discuss: 'til drøfting' };

export const en = {
  'minutes/no-agenda': {
    description: 'Minutes have an agenda beside them',
    messages: {
      default: m((d) => `These minutes have no agenda beside them: meeting ${code(d.meeting)} was never announced, and the minutes cannot be checked against it.`, () => 'Add `agenda.md` to this folder, or move the minutes to the folder of the meeting they record.'),
    },
  },
  'minutes/item-not-on-agenda': {
    description: 'Minutes items refer to agenda items, or are marked as added',
    messages: {
      default: m((d) => `Item ${item(d)} is not on the agenda and is not marked \`added: true\`.`, () => 'Use the id of the agenda item this records; if the item was raised in the meeting, add `added: true`, a `title` and a `kind`.'),
    },
  },
  'minutes/added-item': {
    description: 'Items raised in the meeting are shown',
    messages: {
      default: m((d) => `Item ${item(d)} was raised in the meeting, not announced on the agenda; agencies could not prepare for it.`, () => 'Where it can wait, put it on the next agenda instead.'),
    },
  },
  'minutes/decision-without-preparation': {
    description: 'Decisions are taken only on items announced for decision',
    messages: {
      added: m((d) => `A decision was taken on item ${item(d)}, which was raised in the meeting: a decision without case preparation.`, () => 'Record the item as `discussed` and put the decision on the next agenda as a `decide` item with a paper and a proposal.'),
      kind: m((d) => `A decision was taken on item ${item(d)}, which the agenda announced only ${kindEn[excerpt(d.kind)] ?? excerpt(d.kind)}: the agencies did not prepare for a decision.`, () => 'Record the item as `discussed` and put the decision on the next agenda as a `decide` item with a paper and a proposal.'),
    },
  },
  'minutes/agenda-item-missing': {
    description: 'Every agenda item has a record in the minutes',
    messages: {
      default: m((d) => `Agenda item ${item(d)} (${excerpt(d.title)}) has no record in the minutes: the case disappears between meetings.`, (d) => `Add an entry with \`id: "${excerpt(d.id)}"\` and its \`outcome\` (\`deferred\` or \`withdrawn\` if the forum did not get to it).`),
    },
  },
  'minutes/decide-without-outcome': {
    description: 'An item for decision ends decided, deferred, referred or withdrawn',
    messages: {
      none: m((d) => `Item ${item(d)} was announced for decision, but the minutes record no outcome.`, () => 'Record `outcome: decided` with the `decision`, or `deferred`, `referred` (with `referred_to`) or `withdrawn`.'),
      outcome: m((d) => `Item ${item(d)} was announced for decision, but the minutes record it as ${code(d.outcome)}: the case is left without a decision or a way on.`, () => 'Record `outcome: decided` with the `decision`, or `deferred`, `referred` (with `referred_to`) or `withdrawn`.'),
    },
  },
  'minutes/decision-missing-text': {
    description: 'A decided item has the decision written out',
    messages: {
      default: m((d) => `Item ${item(d)} is recorded as decided, but the decision is not written down: it cannot be followed up, quoted or published.`, () => 'Write the decision as adopted in `decision:`.'),
    },
  },
  'minutes/dissent-not-recorded': {
    description: 'Every decision records consensus or dissent',
    messages: {
      default: m((d) => `The decision on item ${item(d)} records neither consensus nor dissent; silence in the minutes is not agreement.`, () => 'Add `consensus: true`, or `dissent: [{ by: <agency>, note: … }]` for each agency that disagreed.'),
      noDissent: m((d) => `The decision on item ${item(d)} had no consensus, but nobody's dissent is recorded.`, () => 'Add `dissent: [{ by: <agency>, note: … }]` for each agency that disagreed.'),
    },
  },
  'minutes/quorum': {
    description: 'Enough member agencies are present for the forum to decide',
    messages: {
      default: m(
        (d) => `Only ${excerpt(d.present)} member agencies are present; ${excerpt(d.forum)} needs ${String(d.quorum)} to decide, yet the minutes record ${decisions('en', d)}.`,
        () => 'Check `present` against the attendance; below the quorum the forum may inform and discuss, but must defer its decisions to a meeting that has it.',
      ),
    },
  },
  'minutes/approval-pending': {
    description: 'Minutes are approved once the forum has met again',
    messages: {
      default: m((d) => `These minutes are still a draft, though the forum has met again (${code(d.later)}): until approved they cannot be locked or published.`, (d) => `Approve them at the next meeting (an item with \`approves: ${excerpt(d.meeting)}\`), then run \`etat minutes approve\`.`),
    },
  },
  'minutes/approval-invalid': {
    description: 'Approved minutes name a later, held meeting of the forum that approved them',
    messages: {
      otherForum: m((d) => `${code(d.at)} cannot have approved these minutes: it is a meeting of another forum, and only the forum that met approves its minutes.`, () => 'Name the meeting of this forum that approved them.'),
      notLater: m((d) => `${code(d.at)} cannot have approved these minutes: it is not a later meeting, and minutes are approved by the forum's next meeting, not by the meeting they record or an earlier one.`, () => 'Name the later meeting that approved them; until one has, the minutes stay a draft.'),
      unknown: m((d) => `${code(d.at)} cannot have approved these minutes: there is no such meeting in the repository.`, () => 'Name a meeting that has a folder under `meetings/`, or add the agenda of the meeting that approved them.'),
      cancelled: m((d) => `${code(d.at)} cannot have approved these minutes: that meeting was cancelled.`, () => 'Name the meeting that did approve them; until one has, the minutes stay a draft.'),
      notHeld: m((d) => `${code(d.at)} cannot have approved these minutes: that meeting has not been held yet.`, () => 'The minutes stay a draft until that meeting has approved them; `etat minutes approve` records the approval then.'),
      notOnAgenda: m((d) => `${code(d.at)} cannot have approved these minutes: its agenda has no item that approves them, so the approval was never put to the forum.`, (d) => `Add an item with \`approves: ${excerpt(d.meeting)}\` to that agenda (approval of the minutes).`),
    },
  },
  'minutes/present-and-absent': {
    description: 'An agency is either present or absent',
    messages: {
      default: m((d) => `${code(d.agency)} is listed both as present and as absent: neither the quorum nor the attendance can be told.`, () => 'Keep the agency in the one list that is true.'),
    },
  },
  'minutes/outcome-missing': {
    description: "Every item's outcome is recorded",
    messages: {
      inform: m((d) => `Item ${item(d)} was for information, but the minutes record no outcome: a reader cannot tell whether it was reached.`, () => 'Record `outcome: noted`, or `deferred` or `withdrawn` if the item was not reached.'),
      discuss: m((d) => `Item ${item(d)} was for discussion, but the minutes record no outcome: a reader cannot tell whether it was reached.`, () => 'Record `outcome: discussed` and what was said, or `deferred` or `withdrawn` if the item was not reached.'),
    },
  },
  'minutes/recused-counted': {
    description: 'A recused agency takes no part in the item',
    messages: {
      dissent: m((d) => `${code(d.agency)} is recused on item ${item(d)} but named in its dissent; a disqualified member takes no part in the decision.`, () => 'Remove the agency from `dissent`.'),
      quorum: m((d) => `Item ${item(d)} was decided with ${excerpt(d.taking)} member agencies taking part, below the quorum of ${String(d.quorum)}, counting the recused agency.`, () => 'Without the recused agency the forum could not decide: record the item as `deferred`.'),
    },
  },
  'privacy/national-id': {
    description: 'No national identity numbers in published files',
    messages: {
      default: m((d) => `This looks like a national identity number (${code(d.masked)}) in a file that is published.`, () => 'Remove it; a number already committed must also be removed from git history.'),
    },
  },
  'access/restricted-without-basis': {
    description: 'Restricted items name the legal basis and have a public title',
    messages: {
      basis: m((d) => `${code(d.value)} names no legal basis for exempting this from public access.`, () => 'Name the section, e.g. `"offl. § 14"` or `"offl. § 13 jf. fvl. § 13"`.'),
      publicTitle: m((d) => `Item ${item(d)} is restricted but has no \`public_title\` to show in its place.`, () => 'Add `public_title:` without the exempt words.'),
    },
  },
} satisfies RuleCatalogue;

type Catalogue = typeof en;

export const nb: Catalogue = {
  'minutes/no-agenda': {
    description: 'Referater har en saksliste ved siden av seg',
    messages: {
      default: m((d) => `Dette referatet har ingen saksliste ved siden av seg: møtet ${code(d.meeting)} ble aldri kalt inn, og referatet kan ikke sjekkes mot den.`, () => 'Legg `agenda.md` i denne mappen, eller flytt referatet til mappen for møtet det gjelder.'),
    },
  },
  'minutes/item-not-on-agenda': {
    description: 'Saker i referatet viser til saker på sakslisten, eller er merket som tilføyd',
    messages: {
      default: m((d) => `Sak ${item(d)} står ikke på sakslisten og er ikke merket \`added: true\`.`, () => 'Bruk id-en til saken på sakslisten; ble saken tatt opp i møtet, legg til `added: true`, `title` og `kind`.'),
    },
  },
  'minutes/added-item': {
    description: 'Saker som ble tatt opp i møtet, vises',
    messages: {
      default: m((d) => `Sak ${item(d)} ble tatt opp i møtet, ikke meldt på sakslisten; etatene kunne ikke forberede seg.`, () => 'Kan den vente, sett den heller på neste saksliste.'),
    },
  },
  'minutes/decision-without-preparation': {
    description: 'Vedtak fattes bare i saker som er meldt til beslutning',
    messages: {
      added: m((d) => `Det ble fattet vedtak i sak ${item(d)}, som ble tatt opp i møtet: et vedtak uten saksforberedelse.`, () => 'Før saken som `discussed` og sett vedtaket på neste saksliste som en `decide`-sak med saksfremlegg og forslag til vedtak.'),
      kind: m((d) => `Det ble fattet vedtak i sak ${item(d)}, som sakslisten bare meldte ${kindNb[excerpt(d.kind)] ?? excerpt(d.kind)}: etatene forberedte seg ikke på et vedtak.`, () => 'Før saken som `discussed` og sett vedtaket på neste saksliste som en `decide`-sak med saksfremlegg og forslag til vedtak.'),
    },
  },
  'minutes/agenda-item-missing': {
    description: 'Hver sak på sakslisten er ført i referatet',
    messages: {
      default: m((d) => `Sak ${item(d)} (${excerpt(d.title)}) på sakslisten er ikke ført i referatet: saken forsvinner mellom møtene.`, (d) => `Legg til en oppføring med \`id: "${excerpt(d.id)}"\` og \`outcome\` (\`deferred\` eller \`withdrawn\` hvis forumet ikke rakk den).`),
    },
  },
  'minutes/decide-without-outcome': {
    description: 'En beslutningssak ender med vedtak, utsettelse, oversendelse eller tilbaketrekking',
    messages: {
      none: m((d) => `Sak ${item(d)} var meldt til beslutning, men referatet fører ikke noe utfall.`, () => 'Før `outcome: decided` med `decision`, eller `deferred`, `referred` (med `referred_to`) eller `withdrawn`.'),
      outcome: m((d) => `Sak ${item(d)} var meldt til beslutning, men referatet fører den som ${code(d.outcome)}: saken står igjen uten vedtak eller vei videre.`, () => 'Før `outcome: decided` med `decision`, eller `deferred`, `referred` (med `referred_to`) eller `withdrawn`.'),
    },
  },
  'minutes/decision-missing-text': {
    description: 'En vedtatt sak har vedtaket skrevet ut',
    messages: {
      default: m((d) => `Sak ${item(d)} er ført som vedtatt, men vedtaket er ikke skrevet ned: det kan ikke følges opp, siteres eller publiseres.`, () => 'Skriv vedtaket slik det ble fattet, i `decision:`.'),
    },
  },
  'minutes/dissent-not-recorded': {
    description: 'Hvert vedtak fører enighet eller dissens',
    messages: {
      default: m((d) => `Vedtaket i sak ${item(d)} fører verken enighet eller dissens; taushet i referatet er ikke enighet.`, () => 'Legg til `consensus: true`, eller `dissent: [{ by: <etat>, note: … }]` for hver etat som var uenig.'),
      noDissent: m((d) => `Vedtaket i sak ${item(d)} var ikke enstemmig, men ingen dissens er ført.`, () => 'Legg til `dissent: [{ by: <etat>, note: … }]` for hver etat som var uenig.'),
    },
  },
  'minutes/quorum': {
    description: 'Nok medlemsetater er til stede til at forumet kan fatte vedtak',
    messages: {
      default: m(
        (d) => `Bare ${excerpt(d.present)} medlemsetater er til stede; ${excerpt(d.forum)} trenger ${String(d.quorum)} for å være beslutningsdyktig, men referatet fører ${decisions('nb', d)}.`,
        () => 'Sjekk `present` mot oppmøtet; under grensen kan forumet orientere og drøfte, men vedtakene må utsettes til et møte som er beslutningsdyktig.',
      ),
    },
  },
  'minutes/approval-pending': {
    description: 'Referater godkjennes når forumet har møttes igjen',
    messages: {
      default: m((d) => `Referatet er fortsatt et utkast, selv om forumet har møttes igjen (${code(d.later)}): før det er godkjent, kan det ikke låses eller publiseres.`, (d) => `Godkjenn det i neste møte (en sak med \`approves: ${excerpt(d.meeting)}\`), og kjør så \`etat minutes approve\`.`),
    },
  },
  'minutes/approval-invalid': {
    description: 'Godkjente referater viser til et senere, avholdt møte i forumet som godkjente dem',
    messages: {
      otherForum: m((d) => `${code(d.at)} kan ikke ha godkjent dette referatet: det er et møte i et annet forum, og bare forumet som møttes, godkjenner referatet sitt.`, () => 'Vis til møtet i dette forumet som godkjente det.'),
      notLater: m((d) => `${code(d.at)} kan ikke ha godkjent dette referatet: det er ikke et senere møte, og et referat godkjennes av forumets neste møte, ikke av møtet det er referat fra eller et tidligere møte.`, () => 'Vis til det senere møtet som godkjente det; til et møte har gjort det, er referatet et utkast.'),
      unknown: m((d) => `${code(d.at)} kan ikke ha godkjent dette referatet: det finnes ikke noe slikt møte i repositoriet.`, () => 'Vis til et møte som har en mappe under `meetings/`, eller legg til sakslisten for møtet som godkjente det.'),
      cancelled: m((d) => `${code(d.at)} kan ikke ha godkjent dette referatet: det møtet ble avlyst.`, () => 'Vis til møtet som faktisk godkjente det; til et møte har gjort det, er referatet et utkast.'),
      notHeld: m((d) => `${code(d.at)} kan ikke ha godkjent dette referatet: det møtet er ikke holdt ennå.`, () => 'Referatet er et utkast til møtet har godkjent det; `etat minutes approve` fører godkjenningen da.'),
      notOnAgenda: m((d) => `${code(d.at)} kan ikke ha godkjent dette referatet: sakslisten har ingen sak som godkjenner det, så godkjenningen ble aldri lagt fram for forumet.`, (d) => `Legg til en sak med \`approves: ${excerpt(d.meeting)}\` i den sakslisten (godkjenning av referat).`),
    },
  },
  'minutes/present-and-absent': {
    description: 'En etat er enten til stede eller fraværende',
    messages: {
      default: m((d) => `${code(d.agency)} står både som til stede og som fraværende: verken beslutningsdyktigheten eller oppmøtet kan avgjøres.`, () => 'Behold etaten i den ene lista som stemmer.'),
    },
  },
  'minutes/outcome-missing': {
    description: 'Utfallet av hver sak er ført',
    messages: {
      inform: m((d) => `Sak ${item(d)} var til orientering, men referatet fører ikke noe utfall: en leser kan ikke se om saken ble behandlet.`, () => 'Før `outcome: noted`, eller `deferred` eller `withdrawn` om saken ikke ble behandlet.'),
      discuss: m((d) => `Sak ${item(d)} var til drøfting, men referatet fører ikke noe utfall: en leser kan ikke se om saken ble behandlet.`, () => 'Før `outcome: discussed` og hva som ble sagt, eller `deferred` eller `withdrawn` om saken ikke ble behandlet.'),
    },
  },
  'minutes/recused-counted': {
    description: 'En inhabil etat deltar ikke i saken',
    messages: {
      dissent: m((d) => `${code(d.agency)} er inhabil i sak ${item(d)}, men står i dissensen; et inhabilt medlem deltar ikke i vedtaket.`, () => 'Fjern etaten fra `dissent`.'),
      quorum: m((d) => `Sak ${item(d)} ble vedtatt med ${excerpt(d.taking)} deltakende medlemsetater, under grensen på ${String(d.quorum)}, når den inhabile etaten telles med.`, () => 'Uten den inhabile etaten var forumet ikke beslutningsdyktig: før saken som `deferred`.'),
    },
  },
  'privacy/national-id': {
    description: 'Ingen fødselsnumre i filer som publiseres',
    messages: {
      default: m((d) => `Dette ser ut som et fødselsnummer (${code(d.masked)}) i en fil som publiseres.`, () => 'Fjern det; et nummer som allerede er committet, må også fjernes fra git-historikken.'),
    },
  },
  'access/restricted-without-basis': {
    description: 'Saker unntatt offentlighet oppgir hjemmel og har offentlig tittel',
    messages: {
      basis: m((d) => `${code(d.value)} oppgir ingen hjemmel for å unnta dette fra offentlighet.`, () => 'Oppgi paragrafen, for eksempel `"offl. § 14"` eller `"offl. § 13 jf. fvl. § 13"`.'),
      publicTitle: m((d) => `Sak ${item(d)} er unntatt offentlighet, men har ingen \`public_title\` å vise i stedet.`, () => 'Legg til `public_title:` uten de unntatte ordene.'),
    },
  },
};

export const nn: Catalogue = {
  'minutes/no-agenda': {
    description: 'Referat har ei sakliste ved sida av seg',
    messages: {
      default: m((d) => `Dette referatet har inga sakliste ved sida av seg: møtet ${code(d.meeting)} vart aldri kalla inn, og referatet kan ikkje sjekkast mot henne.`, () => 'Legg `agenda.md` i denne mappa, eller flytt referatet til mappa for møtet det gjeld.'),
    },
  },
  'minutes/item-not-on-agenda': {
    description: 'Saker i referatet viser til saker på saklista, eller er merkte som tilføydde',
    messages: {
      default: m((d) => `Sak ${item(d)} står ikkje på saklista og er ikkje merkt \`added: true\`.`, () => 'Bruk id-en til saka på saklista; vart saka teken opp i møtet, legg til `added: true`, `title` og `kind`.'),
    },
  },
  'minutes/added-item': {
    description: 'Saker som vart tekne opp i møtet, vert viste',
    messages: {
      default: m((d) => `Sak ${item(d)} vart teken opp i møtet, ikkje meld på saklista; etatane kunne ikkje førebu seg.`, () => 'Kan ho vente, set ho heller på neste sakliste.'),
    },
  },
  'minutes/decision-without-preparation': {
    description: 'Vedtak vert gjorde berre i saker som er melde til vedtak',
    messages: {
      added: m((d) => `Det vart gjort vedtak i sak ${item(d)}, som vart teken opp i møtet: eit vedtak utan saksførebuing.`, () => 'Før saka som `discussed` og set vedtaket på neste sakliste som ei `decide`-sak med saksframlegg og framlegg til vedtak.'),
      kind: m((d) => `Det vart gjort vedtak i sak ${item(d)}, som saklista berre melde ${kindNn[excerpt(d.kind)] ?? excerpt(d.kind)}: etatane førebudde seg ikkje på eit vedtak.`, () => 'Før saka som `discussed` og set vedtaket på neste sakliste som ei `decide`-sak med saksframlegg og framlegg til vedtak.'),
    },
  },
  'minutes/agenda-item-missing': {
    description: 'Kvar sak på saklista er førd i referatet',
    messages: {
      default: m((d) => `Sak ${item(d)} (${excerpt(d.title)}) på saklista er ikkje førd i referatet: saka forsvinn mellom møta.`, (d) => `Legg til ei oppføring med \`id: "${excerpt(d.id)}"\` og \`outcome\` (\`deferred\` eller \`withdrawn\` om forumet ikkje rakk henne).`),
    },
  },
  'minutes/decide-without-outcome': {
    description: 'Ei vedtakssak endar med vedtak, utsetjing, oversending eller tilbaketrekking',
    messages: {
      none: m((d) => `Sak ${item(d)} var meld til vedtak, men referatet fører ikkje noko utfall.`, () => 'Før `outcome: decided` med `decision`, eller `deferred`, `referred` (med `referred_to`) eller `withdrawn`.'),
      outcome: m((d) => `Sak ${item(d)} var meld til vedtak, men referatet fører henne som ${code(d.outcome)}: saka står att utan vedtak eller veg vidare.`, () => 'Før `outcome: decided` med `decision`, eller `deferred`, `referred` (med `referred_to`) eller `withdrawn`.'),
    },
  },
  'minutes/decision-missing-text': {
    description: 'Ei vedteken sak har vedtaket skrive ut',
    messages: {
      default: m((d) => `Sak ${item(d)} er førd som vedteken, men vedtaket er ikkje skrive ned: det kan ikkje følgjast opp, siterast eller publiserast.`, () => 'Skriv vedtaket slik det vart gjort, i `decision:`.'),
    },
  },
  'minutes/dissent-not-recorded': {
    description: 'Kvart vedtak fører semje eller dissens',
    messages: {
      default: m((d) => `Vedtaket i sak ${item(d)} fører verken semje eller dissens; togn i referatet er ikkje semje.`, () => 'Legg til `consensus: true`, eller `dissent: [{ by: <etat>, note: … }]` for kvar etat som var usamd.'),
      noDissent: m((d) => `Vedtaket i sak ${item(d)} var ikkje samrøystes, men ingen dissens er førd.`, () => 'Legg til `dissent: [{ by: <etat>, note: … }]` for kvar etat som var usamd.'),
    },
  },
  'minutes/quorum': {
    description: 'Nok medlemsetatar er til stades til at forumet er vedtaksført',
    messages: {
      default: m(
        (d) => `Berre ${excerpt(d.present)} medlemsetatar er til stades; ${excerpt(d.forum)} treng ${String(d.quorum)} for å vere vedtaksført, men referatet fører ${decisions('nn', d)}.`,
        () => 'Sjekk `present` mot oppmøtet; under grensa kan forumet orientere og drøfte, men vedtaka må utsetjast til eit møte som er vedtaksført.',
      ),
    },
  },
  'minutes/approval-pending': {
    description: 'Referat vert godkjende når forumet har møtst att',
    messages: {
      default: m((d) => `Referatet er framleis eit utkast, sjølv om forumet har møtst att (${code(d.later)}): før det er godkjent, kan det ikkje låsast eller publiserast.`, (d) => `Godkjenn det i neste møte (ei sak med \`approves: ${excerpt(d.meeting)}\`), og køyr så \`etat minutes approve\`.`),
    },
  },
  'minutes/approval-invalid': {
    description: 'Godkjende referat viser til eit seinare, halde møte i forumet som godkjende dei',
    messages: {
      otherForum: m((d) => `${code(d.at)} kan ikkje ha godkjent dette referatet: det er eit møte i eit anna forum, og berre forumet som møttest, godkjenner referatet sitt.`, () => 'Vis til møtet i dette forumet som godkjende det.'),
      notLater: m((d) => `${code(d.at)} kan ikkje ha godkjent dette referatet: det er ikkje eit seinare møte, og eit referat vert godkjent av neste møte i forumet, ikkje av møtet det er referat frå eller eit tidlegare møte.`, () => 'Vis til det seinare møtet som godkjende det; til eit møte har gjort det, er referatet eit utkast.'),
      unknown: m((d) => `${code(d.at)} kan ikkje ha godkjent dette referatet: det finst ikkje noko slikt møte i repositoriet.`, () => 'Vis til eit møte som har ei mappe under `meetings/`, eller legg til sakslista for møtet som godkjende det.'),
      cancelled: m((d) => `${code(d.at)} kan ikkje ha godkjent dette referatet: det møtet vart avlyst.`, () => 'Vis til møtet som faktisk godkjende det; til eit møte har gjort det, er referatet eit utkast.'),
      notHeld: m((d) => `${code(d.at)} kan ikkje ha godkjent dette referatet: det møtet er ikkje halde enno.`, () => 'Referatet er eit utkast til møtet har godkjent det; `etat minutes approve` fører godkjenninga då.'),
      notOnAgenda: m((d) => `${code(d.at)} kan ikkje ha godkjent dette referatet: sakslista har inga sak som godkjenner det, så godkjenninga vart aldri lagd fram for forumet.`, (d) => `Legg til ei sak med \`approves: ${excerpt(d.meeting)}\` i den sakslista (godkjenning av referat).`),
    },
  },
  'minutes/present-and-absent': {
    description: 'Ein etat er anten til stades eller fråverande',
    messages: {
      default: m((d) => `${code(d.agency)} står både som til stades og som fråverande: korkje vedtaksføret eller oppmøtet kan avgjerast.`, () => 'Behald etaten i den eine lista som stemmer.'),
    },
  },
  'minutes/outcome-missing': {
    description: 'Utfallet av kvar sak er ført',
    messages: {
      inform: m((d) => `Sak ${item(d)} var til orientering, men referatet fører ikkje noko utfall: ein lesar kan ikkje sjå om saka vart handsama.`, () => 'Før `outcome: noted`, eller `deferred` eller `withdrawn` om saka ikkje vart handsama.'),
      discuss: m((d) => `Sak ${item(d)} var til drøfting, men referatet fører ikkje noko utfall: ein lesar kan ikkje sjå om saka vart handsama.`, () => 'Før `outcome: discussed` og kva som vart sagt, eller `deferred` eller `withdrawn` om saka ikkje vart handsama.'),
    },
  },
  'minutes/recused-counted': {
    description: 'Ein inhabil etat tek ikkje del i saka',
    messages: {
      dissent: m((d) => `${code(d.agency)} er inhabil i sak ${item(d)}, men står i dissensen; eit inhabilt medlem tek ikkje del i vedtaket.`, () => 'Fjern etaten frå `dissent`.'),
      quorum: m((d) => `Sak ${item(d)} vart vedteken med ${excerpt(d.taking)} medlemsetatar som tok del, under grensa på ${String(d.quorum)}, når den inhabile etaten vert talt med.`, () => 'Utan den inhabile etaten var ikkje forumet vedtaksført: før saka som `deferred`.'),
    },
  },
  'privacy/national-id': {
    description: 'Ingen fødselsnummer i filer som vert publiserte',
    messages: {
      default: m((d) => `Dette ser ut som eit fødselsnummer (${code(d.masked)}) i ei fil som vert publisert.`, () => 'Fjern det; eit nummer som alt er committa, må òg fjernast frå git-historikken.'),
    },
  },
  'access/restricted-without-basis': {
    description: 'Saker unnatekne offentlegheit oppgjev heimel og har offentleg tittel',
    messages: {
      basis: m((d) => `${code(d.value)} oppgjev ingen heimel for å unnta dette frå offentlegheit.`, () => 'Oppgje paragrafen, til dømes `"offl. § 14"` eller `"offl. § 13 jf. fvl. § 13"`.'),
      publicTitle: m((d) => `Sak ${item(d)} er unnateken offentlegheit, men har ingen \`public_title\` å vise i staden.`, () => 'Legg til `public_title:` utan dei unnatekne orda.'),
    },
  },
};
