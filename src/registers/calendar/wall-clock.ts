import type { ICalTemporalPlainDateStub, ICalTemporalPlainDateTimeStub, ICalTemporalZonedDateTimeStub } from 'ical-generator';

/**
 * Times as a meeting states them — a date and "10:00" on the clock where it
 * is held — in the shape of Temporal's PlainDate and PlainDateTime, which
 * ical-generator takes as they are (`DTSTART;TZID=Europe/Oslo:20261203T100000`).
 * A JavaScript `Date` would not do: ical-generator writes a `Date` in a time
 * zone by the clock of the machine it runs on, so the same repository would
 * give other times on a laptop in Oslo and a CI runner in UTC. Node 20 has no
 * Temporal; these few fields are all ical-generator reads of one.
 */

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export function plainDate(date: string): ICalTemporalPlainDateStub & { toPlainDateTime(): ICalTemporalPlainDateTimeStub } {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const text = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
  return { year, month, day, toJSON: () => text, toString: () => text, toPlainDateTime: () => plainDateTime(date, '00:00') };
}

export function plainDateTime(date: string, time: string): ICalTemporalPlainDateTimeStub {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  const text = `${date}T${time}:00`;
  const plain: ICalTemporalPlainDateTimeStub = {
    year,
    month,
    day,
    hour,
    minute,
    second: 0,
    toJSON: () => text,
    toString: () => text,
    toPlainDate: () => plainDate(date),
    toZonedDateTime: (zone) => zoned(plain, zone),
  };
  return plain;
}

/** The same wall-clock time in `zone`: what ical-generator writes with the zone's TZID. */
function zoned(plain: ICalTemporalPlainDateTimeStub, zone: string): ICalTemporalZonedDateTimeStub {
  const date = `${pad(plain.year, 4)}-${pad(plain.month)}-${pad(plain.day)}`;
  const time = `${pad(plain.hour)}:${pad(plain.minute)}`;
  const text = `${plain.toString()}[${zone}]`;
  const self: ICalTemporalZonedDateTimeStub = {
    year: plain.year,
    month: plain.month,
    day: plain.day,
    hour: plain.hour,
    minute: plain.minute,
    second: plain.second,
    timeZoneId: zone,
    toJSON: () => text,
    toString: () => text,
    toPlainDateTime: () => plain,
    withTimeZone: (other) => {
      // ical-generator asks only for the zone it already has; anything else would need the conversion Temporal does.
      if (other !== zone) throw new Error(`wall-clock time in ${zone} asked for in ${other}`);
      return self;
    },
    toInstant: () => {
      const epochMilliseconds = instantOf(date, time, zone);
      const iso = new Date(epochMilliseconds).toISOString();
      return { epochMilliseconds, toJSON: () => iso, toString: () => iso, toZonedDateTimeISO: () => self };
    },
  };
  return self;
}

const offsets = new Map<string, Intl.DateTimeFormat>();

/** How far `zone`'s clock is ahead of UTC at a moment, in milliseconds. */
function offsetAt(ms: number, zone: string): number {
  let format = offsets.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
    offsets.set(zone, format);
  }
  const part = Object.fromEntries(format.formatToParts(new Date(ms)).map((p) => [p.type, Number(p.value)]));
  const asUtc = Date.UTC(part.year!, part.month! - 1, part.day!, part.hour!, part.minute!, part.second!);
  return asUtc - Math.floor(ms / 1000) * 1000;
}

/**
 * The moment a wall-clock time in `zone` is, in milliseconds since 1970: for
 * a zone with no VTIMEZONE to send along, whose times are then written in UTC.
 * A time the clock skips (a summer-time gap) is taken as the moment after it.
 */
export function instantOf(date: string, time: string, zone: string): number {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  const guess = wall - offsetAt(wall, zone);
  return wall - offsetAt(guess, zone);
}
