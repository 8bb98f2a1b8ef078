import type { Lang } from './lang.js';

/** What the CI reports say besides the findings: GitHub's overflow notice and job summary. */
const en = {
  moreThanAnnotations: (d: { hidden: number; summary: boolean }) =>
    `${d.hidden} more ${d.hidden === 1 ? 'finding is' : 'findings are'} not shown as annotations, because GitHub shows only 10 errors and 10 warnings per step. ` +
    (d.summary ? 'All of them are in the job summary and in the log of this step.' : 'All of them are in the log of this step.'),
  summaryTitle: 'etat check',
  summaryClean: (d: { files: number }) => `No problems found in ${d.files} ${d.files === 1 ? 'file' : 'files'}.`,
  summaryCounts: (d: { errors: number; warnings: number; files: number }) =>
    `${d.errors} ${d.errors === 1 ? 'error' : 'errors'} and ${d.warnings} ${d.warnings === 1 ? 'warning' : 'warnings'} in ${d.files} ${d.files === 1 ? 'file' : 'files'}.`,
  rulesHeader: ['Rule', 'Errors', 'Warnings', 'What it checks'],
  findingsHeader: ['File', 'Line', 'Severity', 'Rule', 'Finding'],
  severity: { error: 'error', warn: 'warning', notice: 'notice' } as Record<'error' | 'warn' | 'notice', string>,
  findingsTitle: 'Findings',
  truncated: (d: { hidden: number }) =>
    `${d.hidden} more ${d.hidden === 1 ? 'finding is' : 'findings are'} not listed here, to keep the summary under GitHub's limit of 1 MiB: see the log of the step or the SARIF report.`,
};

export type ReportTexts = typeof en;

const nb: ReportTexts = {
  moreThanAnnotations: (d) =>
    `${d.hidden} funn til vises ikke som merknader, fordi GitHub bare viser 10 feil og 10 advarsler per steg. ` +
    (d.summary ? 'Alle står i jobbsammendraget og i loggen for dette steget.' : 'Alle står i loggen for dette steget.'),
  summaryTitle: 'etat check',
  summaryClean: (d) => `Ingen problemer funnet i ${d.files} ${d.files === 1 ? 'fil' : 'filer'}.`,
  summaryCounts: (d) => `${d.errors} feil og ${d.warnings} ${d.warnings === 1 ? 'advarsel' : 'advarsler'} i ${d.files} ${d.files === 1 ? 'fil' : 'filer'}.`,
  rulesHeader: ['Regel', 'Feil', 'Advarsler', 'Hva den sjekker'],
  findingsHeader: ['Fil', 'Linje', 'Alvorlighet', 'Regel', 'Funn'],
  severity: { error: 'feil', warn: 'advarsel', notice: 'merknad' },
  findingsTitle: 'Funn',
  truncated: (d) =>
    `${d.hidden} funn til er ikke tatt med her, for å holde sammendraget under GitHubs grense på 1 MiB: se loggen for steget eller SARIF-rapporten.`,
};

const nn: ReportTexts = {
  moreThanAnnotations: (d) =>
    `${d.hidden} funn til vert ikkje viste som merknader, fordi GitHub berre viser 10 feil og 10 åtvaringar per steg. ` +
    (d.summary ? 'Alle står i jobbsamandraget og i loggen for dette steget.' : 'Alle står i loggen for dette steget.'),
  summaryTitle: 'etat check',
  summaryClean: (d) => `Ingen problem funne i ${d.files} ${d.files === 1 ? 'fil' : 'filer'}.`,
  summaryCounts: (d) => `${d.errors} feil og ${d.warnings} ${d.warnings === 1 ? 'åtvaring' : 'åtvaringar'} i ${d.files} ${d.files === 1 ? 'fil' : 'filer'}.`,
  rulesHeader: ['Regel', 'Feil', 'Åtvaringar', 'Kva ho sjekkar'],
  findingsHeader: ['Fil', 'Linje', 'Alvor', 'Regel', 'Funn'],
  severity: { error: 'feil', warn: 'åtvaring', notice: 'merknad' },
  findingsTitle: 'Funn',
  truncated: (d) =>
    `${d.hidden} funn til er ikkje tekne med her, for å halde samandraget under grensa til GitHub på 1 MiB: sjå loggen for steget eller SARIF-rapporten.`,
};

export const reportTexts: Record<Lang, ReportTexts> = { en, nb, nn };
