import { isAbsolute, relative } from 'node:path';
import { code, type Lang } from '../../i18n/lang.js';
import type { GenerateResult } from '../../site/generate.js';
import { defineCommand } from '../define.js';
import type { CommandContext } from '../io.js';
import { sharedOptions } from '../options.js';

/** The words `etat site build` and `etat site serve` share. */
export const siteWords = {
  en: {
    siteBuild: 'build the website: meetings, decisions, cases, actions, agencies and governance health, as static pages that work from any folder',
    siteServe: 'preview the website on this machine, rebuilt and reloaded when a file changes',
    sitePort: 'the port to listen on (0: any free port)',
    siteHost: 'the address to listen on (default 127.0.0.1: this machine only)',
    siteOut: 'the folder to write the site to (default `_site` in the repository); only a folder etat built is replaced',
    sitePublic: 'the public build: leave out every item and paper marked `restricted`, showing its public title and legal basis',
    siteBasePath: 'the path the site is served from, e.g. /styring/ on GitHub Pages (links are relative either way)',
    built: (d: { out: string; files: number; size: string }) => `The site is built in ${code(d.out)}: ${d.files} files, ${d.size}. Open ${code(`${d.out}/index.html`)} in a browser.`,
    builtPublic: 'This is the public build: restricted items and papers are left out.',
    builtInternal: 'This is the internal build: it shows restricted items and papers, and says so on every page. Publish only `etat site build --public`.',
    exposure: (d: { path: string; line: number; column: number; masked: string }) =>
      `${d.path}:${d.line}:${d.column}  error  This looks like a national identity number (${code(d.masked)}), and the public build would publish it.  privacy/national-id`,
    refused: (d: { count: number }) => `The public site was not built: ${d.count === 1 ? 'one identity number' : `${d.count} identity numbers`} would be published. Remove each (from git history too), or move the text to a restricted paper.`,
  },
  nb: {
    siteBuild: 'bygg nettstedet: møter, vedtak, saker, oppfølgingspunkter, etater og styringshelse som statiske sider som virker fra hvilken som helst mappe',
    siteServe: 'forhåndsvis nettstedet på denne maskinen, bygget og lastet på nytt når en fil endres',
    sitePort: 'porten det lyttes på (0: en hvilken som helst ledig port)',
    siteHost: 'adressen det lyttes på (standard 127.0.0.1: bare denne maskinen)',
    siteOut: 'mappen nettstedet skrives til (standard `_site` i repositoriet); bare en mappe etat har bygget, erstattes',
    sitePublic: 'den offentlige versjonen: utelat alle saker og saksfremlegg merket `restricted`, og vis offentlig tittel og hjemmel',
    siteBasePath: 'stien nettstedet publiseres under, f.eks. /styring/ på GitHub Pages (lenkene er relative uansett)',
    built: (d: { out: string; files: number; size: string }) => `Nettstedet er bygget i ${code(d.out)}: ${d.files} filer, ${d.size}. Åpne ${code(`${d.out}/index.html`)} i en nettleser.`,
    builtPublic: 'Dette er den offentlige versjonen: saker og saksfremlegg som er unntatt offentlighet, er utelatt.',
    builtInternal: 'Dette er den interne versjonen: den viser saker og saksfremlegg som er unntatt offentlighet, og sier det på hver side. Publiser bare `etat site build --public`.',
    exposure: (d: { path: string; line: number; column: number; masked: string }) =>
      `${d.path}:${d.line}:${d.column}  feil  Dette ser ut som et fødselsnummer (${code(d.masked)}), og den offentlige versjonen ville publisert det.  privacy/national-id`,
    refused: (d: { count: number }) => `Det offentlige nettstedet ble ikke bygget: ${d.count === 1 ? 'ett fødselsnummer' : `${d.count} fødselsnumre`} ville blitt publisert. Fjern hvert av dem (også fra git-historikken), eller flytt teksten til et saksfremlegg som er unntatt offentlighet.`,
  },
  nn: {
    siteBuild: 'byggje nettstaden: møte, vedtak, saker, oppfølgingspunkt, etatar og styringshelse som statiske sider som verkar frå kva mappe som helst',
    siteServe: 'førehandsvis nettstaden på denne maskina, bygd og lasta på nytt når ei fil vert endra',
    sitePort: 'porten det vert lytta på (0: ein kva som helst ledig port)',
    siteHost: 'adressa det vert lytta på (standard 127.0.0.1: berre denne maskina)',
    siteOut: 'mappa nettstaden vert skriven til (standard `_site` i repositoriet); berre ei mappe etat har bygd, vert erstatta',
    sitePublic: 'den offentlege versjonen: utelat alle saker og saksframlegg merkte `restricted`, og vis offentleg tittel og heimel',
    siteBasePath: 'stien nettstaden vert publisert under, t.d. /styring/ på GitHub Pages (lenkjene er relative uansett)',
    built: (d: { out: string; files: number; size: string }) => `Nettstaden er bygd i ${code(d.out)}: ${d.files} filer, ${d.size}. Opne ${code(`${d.out}/index.html`)} i ein nettlesar.`,
    builtPublic: 'Dette er den offentlege versjonen: saker og saksframlegg som er unnatekne offentlegheit, er utelatne.',
    builtInternal: 'Dette er den interne versjonen: han viser saker og saksframlegg som er unnatekne offentlegheit, og seier det på kvar side. Publiser berre `etat site build --public`.',
    exposure: (d: { path: string; line: number; column: number; masked: string }) =>
      `${d.path}:${d.line}:${d.column}  feil  Dette ser ut som eit fødselsnummer (${code(d.masked)}), og den offentlege versjonen ville publisert det.  privacy/national-id`,
    refused: (d: { count: number }) => `Den offentlege nettstaden vart ikkje bygd: ${d.count === 1 ? 'eitt fødselsnummer' : `${d.count} fødselsnummer`} ville vorte publisert. Fjern kvart av dei (òg frå git-historikken), eller flytt teksten til eit saksframlegg som er unnateke offentlegheit.`,
  },
};

/** The errors of choosing where to write, in each language. */
export const siteErrors = {
  en: {
    'inside-records': (d: { out: string }) => `The site is never written to ${code(d.out)}: it is the repository itself, or inside ${code('meetings/')}, ${code('cases/')}, ${code('templates/')} or ${code('.git/')}. Choose another ${code('--out')}, e.g. ${code('_site')}.`,
    'not-a-site': (d: { out: string }) => `${code(d.out)} holds files etat did not build, so it was left as it is. Choose another ${code('--out')}, or empty the folder first.`,
  },
  nb: {
    'inside-records': (d: { out: string }) => `Nettstedet skrives aldri til ${code(d.out)}: det er selve repositoriet, eller ligger i ${code('meetings/')}, ${code('cases/')}, ${code('templates/')} eller ${code('.git/')}. Velg en annen ${code('--out')}, f.eks. ${code('_site')}.`,
    'not-a-site': (d: { out: string }) => `${code(d.out)} inneholder filer etat ikke har bygget, så mappen ble latt være. Velg en annen ${code('--out')}, eller tøm mappen først.`,
  },
  nn: {
    'inside-records': (d: { out: string }) => `Nettstaden vert aldri skriven til ${code(d.out)}: det er sjølve repositoriet, eller ligg i ${code('meetings/')}, ${code('cases/')}, ${code('templates/')} eller ${code('.git/')}. Vel ein annan ${code('--out')}, t.d. ${code('_site')}.`,
    'not-a-site': (d: { out: string }) => `${code(d.out)} inneheld filer etat ikkje har bygd, så mappa vart late vere. Vel ein annan ${code('--out')}, eller tøm mappa først.`,
  },
};

/** A folder as the user would type it: relative to where they are when it is below, else absolute. */
export function shownPath(from: string, path: string): string {
  const rel = relative(from, path);
  return rel === '' ? '.' : rel.startsWith('..') || isAbsolute(rel) ? path : rel;
}

/** A size for the terminal: `4.5 MB`. */
export const megabytes = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

/** What a build says: where the site is and which build it is; or each identity number that stopped it. Exit 1 when refused. */
export function printSiteResult(context: CommandContext, result: GenerateResult, lang: Lang): number {
  const w = siteWords[lang];
  if (result.kind === 'refused') {
    for (const exposure of result.exposures) context.stderr.write(`${w.exposure(exposure)}\n`);
    context.stderr.write(`\n${w.refused({ count: result.exposures.length })}\n`);
    return 1;
  }
  if (result.kind === 'built') {
    const out = shownPath(context.startDir, result.out);
    context.stdout.write(`${w.built({ out, files: result.files, size: megabytes(result.bytes) })}\n${result.isPublic ? w.builtPublic : w.builtInternal}\n`);
  }
  return 0;
}

/** `etat site build`: the static website of the repository. Exit 0 built, 1 refused (an identity number), 2 a folder it may not write. */
export default defineCommand({
  name: 'site build',
  words: siteWords,
  errors: siteErrors,
  description: 'siteBuild',
  examples: ['etat site build', 'etat site build --public --out public', 'etat site build --public --base-path /styring/'],
  options: {
    out: { flags: '-o, --out <folder>', help: 'siteOut' },
    public: { flags: '--public', help: 'sitePublic' },
    basePath: { flags: '--base-path <path>', help: 'siteBasePath' },
    today: sharedOptions.checkToday,
  },
  async run(context, { options }): Promise<Exclude<GenerateResult, { kind: 'out' }>> {
    const { generateSite } = await import('../../site/generate.js');
    const { UsageError } = await import('../../errors.js');
    const result = await generateSite({ cwd: context.cwd, out: options.out, isPublic: options.public === true, basePath: options.basePath, today: options.today, lang: context.lang, fallbackLang: context.fallbackLang, now: context.now });
    if (result.kind === 'out') throw new UsageError(result.problem.kind, { out: shownPath(context.startDir, result.problem.out), lang: result.lang });
    return result;
  },
  print(context: CommandContext, result: Exclude<GenerateResult, { kind: 'out' }>) {
    return printSiteResult(context, result, result.lang);
  },
});
