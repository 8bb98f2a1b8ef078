import type { CatFile } from './cat-file.js';
import { readStatus } from './raw.js';

/** A version of a file in the history: the blob it had from a commit on, and the blob its change replaced (none for a file added). */
export interface Version<C> {
  commit: C;
  blob: string;
  before: string | undefined;
}

/**
 * What is known of a blob: its status is `sent`; or it is not, and a change
 * from it that touches no status line leaves a version that is not sent
 * either (`plain`); or it is not, and nothing follows from it (`parsed`).
 */
type Known = 'sent' | 'plain' | 'parsed';

/**
 * How many versions of one agenda are asked for ahead of the one being
 * looked at: enough that git is never kept waiting for the next request,
 * few enough that little is read past the first `status: sent`.
 */
const LOOKAHEAD = 16;

/**
 * The first version of each agenda whose front matter says `status: sent`,
 * reading no more versions than that needs. Each agenda's versions are gone
 * through in commit order, and none after the first sent one is asked for
 * (bar the few already on their way). Of each version only what its status
 * is is kept, never its text. A blob is read once, however many versions
 * (or agendas) have it. And a version is not read at all when its change
 * touched no line the plain `status:` reading looks at (`touchesStatus`,
 * from `git log -G` with STATUS_LINES_GREP) and the blob it replaced had a
 * plain status line that was not sent: the lines that decide the front
 * matter and its status are then the same lines, in the same order, so the
 * status is the same — or, were a line put before the opening `---`, there
 * is no front matter and no status. Either way not sent, and the same holds
 * of the version after it.
 */
export async function firstSent<C>(
  cat: CatFile,
  agendas: readonly string[],
  versionsOf: (path: string) => readonly Version<C>[],
  touchesStatus: (path: string, version: Version<C>) => boolean,
): Promise<Map<string, C>> {
  const known = new Map<string, Promise<Known>>();
  const read = (path: string, blob: string) => {
    let found = known.get(blob);
    if (!found) {
      found = cat.read(blob).then((bytes) => {
        const { status, plain } = readStatus(path, bytes);
        return status === 'sent' ? 'sent' : plain ? 'plain' : 'parsed';
      });
      // A read asked ahead and then not waited for must not be an unhandled rejection; the one waited for still fails.
      found.catch(() => undefined);
      known.set(blob, found);
    }
    return found;
  };
  const sent = new Map<string, C>();
  await Promise.all(
    agendas.map(async (path) => {
      const versions = versionsOf(path);
      // Versions read whatever came before them: a file added, and a change that touched a status line.
      const mustRead = (version: Version<C>) => version.before === undefined || touchesStatus(path, version);
      let asked = 0;
      for (let at = 0; at < versions.length; at++) {
        for (; asked < versions.length && asked < at + LOOKAHEAD; asked++) if (mustRead(versions[asked]!)) void read(path, versions[asked]!.blob);
        const version = versions[at]!;
        let status = known.get(version.blob);
        if (!status) {
          const before = known.get(version.before ?? '');
          if (!mustRead(version) && before && (await before) === 'plain') {
            known.set(version.blob, Promise.resolve('plain'));
            continue;
          }
          status = read(path, version.blob);
        }
        if ((await status) === 'sent') {
          sent.set(path, version.commit);
          return;
        }
      }
    }),
  );
  return sent;
}
