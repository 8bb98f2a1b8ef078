import type { Read } from '../fs/read.js';
import type { FileSource, Listing } from './file-source.js';
import { formatBytes, MAX_PAPER_BYTES, MAX_RECORD_BYTES } from './limits.js';
import { parseMarkdownFile, SourceFile, type FileProblem } from './source.js';

const EMPTY = Buffer.alloc(0);
const readKey = (path: string, max: number) => `${max}\0${path}`;

/** Parsed files by `<content id>\0<path>`, shared between loads of two sources. */
export type ParseCache = Map<string, SourceFile>;

/**
 * A load in progress: what a source holds, read and parsed at most once
 * each, in as few batches as the caller asks for. A caller that selects
 * meetings from their agendas (`--changed`, `--staged`) reads those first,
 * then builds the repository from the same files, without reading or
 * parsing them again.
 */
export class RepositoryLoad {
  private readonly reads = new Map<string, Promise<Read>>();
  private readonly parsed = new Map<string, SourceFile>();
  private listing: Promise<Listing> | undefined;

  constructor(
    readonly source: FileSource,
    private readonly cache: ParseCache = new Map(),
  ) {}

  list(): Promise<Listing> {
    return (this.listing ??= this.source.list());
  }

  /**
   * Read files (those not read yet, in one batch), each up to its limit. A
   * file is read once per limit: a record that an agenda also lists as a paper
   * is read as both, as each has its own limit.
   */
  async read(wanted: ReadonlyMap<string, number>): Promise<Map<string, Read>> {
    const fresh = new Map([...wanted].filter(([path, max]) => !this.reads.has(readKey(path, max))));
    if (fresh.size > 0) {
      const batch = this.source.read(fresh);
      for (const [path, max] of fresh) this.reads.set(readKey(path, max), batch.then((reads) => reads.get(path) ?? { kind: 'missing' }));
    }
    const out = new Map<string, Read>();
    for (const [path, max] of wanted) out.set(path, await this.reads.get(readKey(path, max))!);
    return out;
  }

  /** Read agenda, minutes or case files, as records (`MAX_RECORD_BYTES`). */
  readRecords(paths: readonly string[]): Promise<Map<string, Read>> {
    return this.read(new Map(paths.map((path) => [path, MAX_RECORD_BYTES])));
  }

  /**
   * A record parsed (once): undefined when it is missing or leads out of the
   * repository; a file holding the problem when it could not be read.
   */
  async record(path: string): Promise<SourceFile | undefined> {
    const known = this.parsed.get(path);
    if (known) return known;
    const read = (await this.readRecords([path])).get(path)!;
    if (read.kind === 'missing' || read.kind === 'outside') return undefined;
    const id = this.source.contentId?.(path);
    const key = id === undefined ? undefined : `${id}\0${path}`;
    let file = key === undefined ? undefined : this.cache.get(key);
    if (!file) {
      file = read.kind === 'file' ? parseMarkdownFile(path, read.bytes) : unreadFile(path, read, 'record');
      if (key !== undefined) this.cache.set(key, file);
    }
    this.parsed.set(path, file);
    // The text lives on in the parsed file: the bytes are let go, as a load of thousands of files would hold them twice.
    this.reads.set(readKey(path, MAX_RECORD_BYTES), Promise.resolve({ kind: 'file', bytes: EMPTY }));
    return file;
  }

  /** The text of records, for a scan that needs no parse: from the parsed file when there is one. Undefined for what could not be read. */
  async texts(paths: readonly string[]): Promise<Map<string, string | undefined>> {
    const reads = await this.readRecords(paths.filter((path) => !this.parsed.has(path)));
    return new Map(
      paths.map((path) => {
        const file = this.parsed.get(path);
        if (file) return [path, file.text];
        const read = reads.get(path);
        return [path, read?.kind === 'file' ? read.bytes.toString('utf8') : undefined];
      }),
    );
  }

  /** Whether a record leads out of the repository (it is then an `outside` finding, not a file). */
  async isOutside(path: string): Promise<boolean> {
    return (await this.readRecords([path])).get(path)!.kind === 'outside';
  }
}

/** A file that was not read — too large, or not a regular file — with the problem to report at it. */
export function unreadFile(path: string, read: Exclude<Read, { kind: 'file' }>, kind: 'record' | 'paper'): SourceFile {
  const max = kind === 'record' ? MAX_RECORD_BYTES : MAX_PAPER_BYTES;
  const problem: FileProblem =
    read.kind === 'tooLarge'
      ? { ruleId: 'file/too-large', messageId: kind === 'record' ? 'file' : 'paper', data: { size: formatBytes(read.size), max: formatBytes(max) }, start: 0, end: 0 }
      : { ruleId: 'file/encoding', messageId: 'notFile', data: {}, start: 0, end: 0 };
  return new SourceFile(path, '', { yamlStart: 0, bodyStart: 0, problem });
}
