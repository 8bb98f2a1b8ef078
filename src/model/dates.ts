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

/** Today's date where the meetings are held, whatever the machine's time zone. */
export function todayInNorway(now: Date = new Date()): string {
  return osloDate(now.getTime() / 1000);
}

const LOCALES = { nb: 'nb-NO', nn: 'nn-NO', en: 'en-GB' } as const;

/** "torsdag 3. desember 2026" / "Thursday 3 December 2026". */
export function longDate(date: string, lang: keyof typeof LOCALES): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(LOCALES[lang], { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y, m - 1, d)),
  );
}

const OSLO = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Oslo' });

/** The date in Norway of a moment given in seconds since 1970 (a commit's committer time). */
export function osloDate(seconds: number): string {
  return OSLO.format(new Date(seconds * 1000));
}
