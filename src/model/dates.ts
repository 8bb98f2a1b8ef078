/** Calendar dates as `YYYY-MM-DD` strings, computed in UTC so that no time zone shifts a day. */

export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === value;
}

/**
 * A date written another common way — `14.01.2027`, `14/1/2027`,
 * `2027.01.14` — as `YYYY-MM-DD`, so that a message can say where it belongs;
 * undefined when it is not a date at all.
 */
export function isoDateOf(text: string): string | undefined {
  const value = text.trim();
  if (isCalendarDate(value)) return value;
  const dayFirst = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/.exec(value);
  const yearFirst = /^(\d{4})[./-](\d{1,2})[./-](\d{1,2})$/.exec(value);
  const [year, month, day] = dayFirst ? [dayFirst[3], dayFirst[2], dayFirst[1]] : yearFirst ? [yearFirst[1], yearFirst[2], yearFirst[3]] : [];
  if (year === undefined || month === undefined || day === undefined) return undefined;
  const iso = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  return isCalendarDate(iso) ? iso : undefined;
}

/** `date` plus `days` (negative: before). */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  const ms = (date: string) => {
    const [y, m, d] = date.split('-').map(Number) as [number, number, number];
    return Date.UTC(y, m - 1, d);
  };
  return Math.round((ms(to) - ms(from)) / 86_400_000);
}

/** The time zone deadlines are counted in when `etat.yml` names none: where the collaboration meets. */
export const DEFAULT_TIMEZONE = 'Europe/Oslo';

/** Today's date in `zone` (the repository's `timezone`), whatever the machine's time zone. */
export function todayIn(zone: string, now: Date = new Date()): string {
  return dateIn(now.getTime() / 1000, zone);
}

const LOCALES = { nb: 'nb-NO', nn: 'nn-NO', en: 'en-GB' } as const;

// One formatter per language and style: a site writes a date on every row of every table.
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** A calendar date in words, in UTC both ways (it is a date, not a moment, so no time zone may move it); `weekday: false` leaves the weekday out. */
export function longDate(date: string, lang: keyof typeof LOCALES, { weekday = true }: { weekday?: boolean } = {}): string {
  const key = `${lang}${weekday}`;
  const known = longDates.get(key + date);
  if (known !== undefined) return known;
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALES[lang], { weekday: weekday ? 'long' : undefined, day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    dateFormats.set(key, format);
  }
  const written = format.format(new Date(Date.UTC(y, m - 1, d)));
  longDates.set(key + date, written);
  return written;
}
/** Dates in words, by language, weekday or not, and date: a website writes the same few thousand dates tens of thousands of times. */
const longDates = new Map<string, string>();

// One formatter per zone: constructing an Intl.DateTimeFormat is slow, and a check dates every commit it reads.
const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * The calendar date in `zone` of a moment given in seconds since 1970 (a
 * commit's committer time): the day a deadline is counted on.
 */
export function dateIn(seconds: number, zone: string): string {
  let format = formats.get(zone);
  if (!format) {
    // sv-SE writes dates as YYYY-MM-DD.
    format = new Intl.DateTimeFormat('sv-SE', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formats.set(zone, format);
  }
  return format.format(new Date(seconds * 1000));
}

/**
 * Whether `zone` is a time zone name this Node knows (`Europe/Oslo`, `UTC`,
 * `Etc/GMT-1`). Names only: an offset such as `+01:00`, which newer versions of
 * Node accept, is no name, and would not follow summer time.
 */
export function isTimeZone(zone: string): boolean {
  if (!/^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/.test(zone)) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** The time zone names this Node knows, for "did you mean" (Node leaves `UTC` out of its list). */
export function timeZoneNames(): string[] {
  return ['UTC', ...Intl.supportedValuesOf('timeZone')];
}
