import type { CatFile } from './cat-file.js';
import { statusOfBytes } from './raw.js';

/** A version of a file in the history: the blob it had, from a commit on. */
export interface Version<C> {
  commit: C;
  blob: string;
}

/**
 * How many versions of one agenda are asked for ahead of the one being
 * looked at: enough that git is never kept waiting for the next request,
 * few enough that little is read past the first `status: sent`.
 */
const LOOKAHEAD = 16;

/**
 * The first version of each agenda whose front matter says `status: sent`.
 * Each agenda's versions are read in commit order, and none after the first
 * sent one is asked for (bar the few already on their way); of each version
 * only its status is kept, never its text. A blob is read once, however many
 * versions (or agendas) have it: a file reverted to an earlier text is not
 * read again.
 */
export async function firstSent<C>(cat: CatFile, agendas: readonly string[], versionsOf: (path: string) => readonly Version<C>[]): Promise<Map<string, C>> {
  const statuses = new Map<string, Promise<unknown>>();
  const status = (path: string, blob: string) => {
    let known = statuses.get(blob);
    if (!known) {
      known = cat.read(blob).then((bytes) => statusOfBytes(path, bytes));
      // A read asked ahead and then not waited for must not be an unhandled rejection; the one waited for still fails.
      known.catch(() => undefined);
      statuses.set(blob, known);
    }
    return known;
  };
  const sent = new Map<string, C>();
  await Promise.all(
    agendas.map(async (path) => {
      const versions = versionsOf(path);
      const asked: Promise<unknown>[] = [];
      for (let at = 0; at < versions.length; at++) {
        while (asked.length < versions.length && asked.length < at + LOOKAHEAD) asked.push(status(path, versions[asked.length]!.blob));
        if ((await asked[at]) === 'sent') {
          sent.set(path, versions[at]!.commit);
          return;
        }
      }
    }),
  );
  return sent;
}
