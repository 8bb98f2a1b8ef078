import type { Config } from '../config/types.js';
import type { Lang } from '../i18n/lang.js';
import { scaffoldTexts } from '../i18n/scaffold.js';
import { longDate } from '../model/dates.js';
import type { AgendaItem, Meeting } from '../model/types.js';
import { agencyName } from './meeting.js';

const ORDER = ['inform', 'discuss', 'decide'] as const;

/**
 * The invitation (møteinnkalling) to paste into an e-mail: purpose, time and
 * place, then the items grouped by what the forum is asked to do, each with its
 * papers and proposed decision. Markdown, or plain text for mail clients that
 * show Markdown as it is.
 */
export function invitation(meeting: Meeting, config: Config, lang: Lang, format: 'markdown' | 'text'): string {
  const texts = scaffoldTexts[lang];
  const agenda = meeting.agenda!;
  const data = agenda.file.data as Record<string, unknown>;
  const forum = config.fora.get(meeting.forum)?.name ?? meeting.forum;
  const md = format === 'markdown';
  const heading = (level: 1 | 2 | 3, text: string) =>
    md ? `${'#'.repeat(level)} ${text}` : level === 3 ? text : `${text}\n${(level === 1 ? '=' : '-').repeat(text.length)}`;
  const field = (label: string, value: string) => (md ? `- **${label}:** ${value}` : `${label}: ${value}`);
  const link = (path: string) => (md ? `[${path}](${path})` : path);

  const lines: string[] = [heading(1, texts.invitation({ forum, date: meeting.date ? longDate(meeting.date, lang) : meeting.folder })), ''];
  const time = [data.start, data.end].filter((v) => typeof v === 'string').join('–');
  if (time) lines.push(field(texts.time, time));
  if (typeof data.location === 'string') lines.push(field(texts.place, data.location));
  if (agenda.chair) lines.push(field(texts.chair, agencyName(config, agenda.chair)!));
  if (typeof agenda.purpose === 'string' && agenda.purpose.trim()) lines.push(field(texts.purpose, agenda.purpose.trim()));
  for (const kind of ORDER) {
    const items = agenda.items.filter((item) => item.kind === kind);
    if (items.length === 0) continue;
    lines.push('', heading(2, texts.kindPlural[kind]));
    for (const item of items) lines.push('', ...describe(item));
  }
  return lines.join('\n') + '\n';

  function describe(item: AgendaItem): string[] {
    const out = [heading(3, texts.item({ id: item.id ?? '?', title: item.title ?? '' }))];
    if (item.owner) out.push(field(texts.responsible, agencyName(config, item.owner)!));
    if (typeof item.restricted === 'string' && item.restricted) out.push(md ? `- *${texts.restricted({ basis: item.restricted })}*` : texts.restricted({ basis: item.restricted }));
    // What an approval approves is its paper: the minutes it names, or this very invitation.
    if (item.approves) out.push(field(texts.papers, item.approves.kind === 'agenda' ? texts.approvesAgenda : texts.approves({ meeting: item.approves.meeting })));
    const papers = item.papers.map((p) => link(p.target));
    if (papers.length > 0) out.push(field(texts.papers, papers.join(', ')));
    if (item.proposal) out.push(field(texts.proposal, item.proposal));
    return out;
  }
}
