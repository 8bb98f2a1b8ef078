import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { SCHEMA_TYPES } from '../src/schema/index.js';
import { makeTempDir, runInProcess, snapshot } from './helpers/repo.js';

/**
 * Editors find the schemas of etat's files in the repository itself: `etat
 * init` writes them to `.etat/schemas/`, and every file etat makes starts with
 * `# yaml-language-server: $schema=<path relative to the file>`, so that no
 * editor needs the network (or an intranet's way out) to validate it. Proved
 * here with yaml-language-server itself, spoken to over stdio as an editor does.
 */

const read = (dir: string, path: string) => readFile(join(dir, path), 'utf8');
const CONFIG = `language: en
agencies:
  bufdir: { name: Bufdir }
  hdir: { name: Helsedirektoratet, short: Hdir }
fora:
  styret:
    name: Styret
    members: [bufdir, hdir]
`;
const MODELINE = /^# yaml-language-server: \$schema=(\S+)$/m;

/** A repository as a new user has it: `etat init`, agencies and a forum in etat.yml, one agenda. */
async function newRepository(): Promise<{ cwd: string; agenda: string }> {
  const cwd = await makeTempDir();
  expect(await runInProcess(['init', '.', '--lang', 'en'], { cwd })).toExitWith(0);
  const written = await read(cwd, 'etat.yml');
  // Keep the first line etat wrote: it is what points the editor at the schema.
  await writeFile(join(cwd, 'etat.yml'), `${written.split('\n')[0]}\n${CONFIG}`);
  const agenda = 'meetings/styret/2026-12-03/agenda.md';
  expect(await runInProcess(['agenda', 'new', '--forum', 'styret', '--date', '2026-12-03', '--purpose', 'Decide the budget', '--today', '2026-11-24'], { cwd })).toExitWith(0);
  return { cwd, agenda };
}

describe('schemas for editors, in the repository', () => {
  it('etat init writes them; generated files point at them by a path relative to themselves, never a URL', async () => {
    const { cwd, agenda } = await newRepository();
    for (const type of SCHEMA_TYPES) {
      const printed = await runInProcess(['schema', type], { cwd });
      expect(await read(cwd, `.etat/schemas/${type}.schema.json`)).toBe(printed.stdout);
      // Nothing in a schema sends an editor to the network: no $ref but to the schema itself.
      const refs = [...printed.stdout.matchAll(/"\$ref":\s*"([^"]*)"/g)].map((m) => m[1]!);
      expect(refs.filter((ref) => !ref.startsWith('#'))).toEqual([]);
    }
    expect(await runInProcess(['minutes', 'new', 'styret/2026-12-03'], { cwd })).toExitWith(0);
    const files = { 'etat.yml': 'etat', [agenda]: 'agenda', 'meetings/styret/2026-12-03/minutes.md': 'minutes' };
    for (const [file, type] of Object.entries(files)) {
      const target = MODELINE.exec(await read(cwd, file))?.[1];
      expect(target, file).toBeDefined();
      expect(target).not.toMatch(/^[a-z]+:/i);
      // As yaml-language-server resolves it: against the folder of the file (resolveSchemaRef in its yamlSchemaService).
      expect(resolve(cwd, dirname(file), target!)).toBe(resolve(cwd, `.etat/schemas/${type}.schema.json`));
    }
  });

  it('agenda new adds a missing schema and keeps one that differs; etat schema --write replaces it; etat check writes none', async () => {
    const { cwd } = await newRepository();
    const schema = join(cwd, '.etat/schemas/agenda.schema.json');
    const current = await readFile(schema, 'utf8');
    await writeFile(schema, '{}\n');
    const next = ['agenda', 'new', '--forum', 'styret', '--date', '2026-12-10', '--purpose', 'Decide the budget', '--today', '2026-11-24'];
    const kept = await runInProcess(next, { cwd });
    expect(kept).toExitWith(0);
    expect(kept.stdout).toContain('`.etat/schemas/agenda.schema.json` differs from the schema of this version of etat');
    expect(await readFile(schema, 'utf8')).toBe('{}\n');

    const before = await snapshot(cwd);
    await runInProcess(['check', '--today', '2026-11-24'], { cwd });
    expect(await snapshot(cwd)).toEqual(before);

    const rewritten = await runInProcess(['schema', '--write'], { cwd: join(cwd, 'meetings') });
    expect(rewritten).toExitWith(0);
    expect(rewritten.stdout).toContain('Updated ../.etat/schemas/agenda.schema.json');
    expect(rewritten.stdout).toContain('../.etat/schemas/etat.schema.json is up to date');
    expect(await readFile(schema, 'utf8')).toBe(current);

    await rm(schema);
    const added = await runInProcess([...next.slice(0, 5), '2026-12-17', ...next.slice(6)], { cwd });
    expect(added).toExitWith(0);
    expect(added.stdout).toContain('Wrote .etat/schemas/agenda.schema.json');
    expect(await readFile(schema, 'utf8')).toBe(current);
  });

  it('never writes a schema through a link that leads out of the repository', async () => {
    const { cwd } = await newRepository();
    const outside = await makeTempDir();
    await rm(join(cwd, '.etat'), { recursive: true });
    await symlink(outside, join(cwd, '.etat'));
    const refused = await runInProcess(['schema', '--write', '--lang', 'en'], { cwd });
    expect(refused).toExitWith(2);
    expect(refused.stderr).toContain('`.etat/schemas/etat.schema.json` is outside the repository');
    const next = await runInProcess(['agenda', 'new', '--forum', 'styret', '--date', '2026-12-10', '--purpose', 'Decide the budget', '--today', '2026-11-24'], { cwd });
    expect(next).toExitWith(2);
    expect(await snapshot(outside)).toEqual({});
    // Stopped before anything was written: the agenda is not there either.
    await expect(readFile(join(cwd, 'meetings/styret/2026-12-10/agenda.md'))).rejects.toThrow();
  });

  it('etat init keeps schemas that differ, and replaces them with --force', async () => {
    const { cwd } = await newRepository();
    const schema = join(cwd, '.etat/schemas/etat.schema.json');
    const current = await readFile(schema, 'utf8');
    await writeFile(schema, '{}\n');
    // etat.yml is there, so init without --force stops; the schema is not touched either.
    expect(await runInProcess(['init', '.', '--lang', 'en'], { cwd })).toExitWith(2);
    expect(await readFile(schema, 'utf8')).toBe('{}\n');
    expect(await runInProcess(['init', '.', '--lang', 'en', '--force'], { cwd })).toExitWith(0);
    expect(await readFile(schema, 'utf8')).toBe(current);
  });
});

/** A diagnostic as LSP sends it. */
interface Diagnostic {
  range: { start: { line: number; character: number } };
  message: string;
  source?: string;
  data?: { schemaUri?: string[] };
}

/**
 * A language client by hand: JSON-RPC messages framed by `Content-Length` on
 * the server's stdin and stdout. It answers the server's requests (its
 * settings: validation on, the JSON Schema Store off, and a proxy that
 * leads nowhere, so that any schema fetched from the network fails and says so)
 * and keeps the diagnostics it publishes.
 */
class LanguageServer {
  private readonly process: ChildProcessWithoutNullStreams;
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly replies = new Map<number, (message: { result?: unknown; error?: unknown }) => void>();
  private readonly diagnostics = new Map<string, Diagnostic[]>();
  private readonly versions = new Map<string, number>();
  private readonly waiting = new Set<() => void>();
  private configured!: () => void;
  /** Settled once the server has asked for its settings and been given them. */
  readonly settingsGiven = new Promise<void>((done) => (this.configured = done));
  stderr = '';

  constructor() {
    const bin = join(dirname(createRequire(import.meta.url).resolve('yaml-language-server/package.json')), 'bin/yaml-language-server');
    const offline = 'http://127.0.0.1:9';
    this.process = spawn(process.execPath, [bin, '--stdio'], {
      env: { PATH: process.env.PATH ?? '', HTTP_PROXY: offline, HTTPS_PROXY: offline, http_proxy: offline, https_proxy: offline },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    this.process.stdout.on('data', (chunk: Buffer) => this.receive(chunk));
    this.process.stderr.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
    this.process.stdin.on('error', () => undefined); // written to after it was killed
  }

  private send(message: object): void {
    const body = JSON.stringify({ jsonrpc: '2.0', ...message });
    this.process.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
  }

  private receive(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const end = this.buffer.indexOf('\r\n\r\n');
      if (end < 0) return;
      const length = Number(/Content-Length: *(\d+)/i.exec(this.buffer.subarray(0, end).toString('ascii'))?.[1]);
      if (this.buffer.length < end + 4 + length) return;
      const message = JSON.parse(this.buffer.subarray(end + 4, end + 4 + length).toString('utf8')) as { id?: number; method?: string; params?: unknown; result?: unknown; error?: unknown };
      this.buffer = this.buffer.subarray(end + 4 + length);
      this.handle(message);
    }
  }

  private handle(message: { id?: number; method?: string; params?: unknown; result?: unknown; error?: unknown }): void {
    if (message.method !== undefined && message.id !== undefined) {
      // A request of the server's: its settings (`workspace/configuration`), or one that needs only an answer.
      if (message.method === 'workspace/configuration') {
        const { items } = message.params as { items: { section?: string }[] };
        const settings: Record<string, unknown> = { yaml: { validate: true, schemaStore: { enable: false } }, http: { proxy: 'http://127.0.0.1:9', proxyStrictSSL: false } };
        this.send({ id: message.id, result: items.map((item) => settings[item.section ?? ''] ?? null) });
        if (items.some((item) => item.section === 'yaml')) this.configured();
      } else {
        this.send({ id: message.id, result: null });
      }
    } else if (message.id !== undefined) {
      this.replies.get(message.id)?.(message);
    } else if (message.method === 'textDocument/publishDiagnostics') {
      const { uri, diagnostics } = message.params as { uri: string; diagnostics: Diagnostic[] };
      this.diagnostics.set(uri, diagnostics);
      for (const wake of this.waiting) wake();
    }
  }

  request(method: string, params: unknown): Promise<unknown> {
    const id = this.nextId++;
    return new Promise((done, fail) => {
      this.replies.set(id, (reply) => (reply.error ? fail(new Error(JSON.stringify(reply.error))) : done(reply.result)));
      this.send({ id, method, params });
    });
  }

  notify(method: string, params: unknown): void {
    this.send({ method, params });
  }

  /** Initialize as an editor does, and give the server its settings. */
  async start(): Promise<void> {
    await within(this.request('initialize', { processId: process.pid, rootUri: null, locale: 'en', capabilities: { workspace: { configuration: true } } }), 'initialize', this);
    this.notify('initialized', {});
    this.notify('workspace/didChangeConfiguration', { settings: { yaml: { validate: true, schemaStore: { enable: false } } } });
    await within(this.settingsGiven, 'the server asking for its settings', this);
  }

  /** Open a file as an editor does, and wait for the diagnostics of it. */
  async open(file: string, languageId: string): Promise<Diagnostic[]> {
    const uri = pathToFileURL(file).href;
    const text = await readFile(file, 'utf8');
    this.versions.set(uri, 1);
    return this.diagnosed(uri, () => this.notify('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } }), file);
  }

  /** Type into an open file (the whole new text, as a change of it), and wait for the diagnostics. */
  async edit(file: string, text: string): Promise<Diagnostic[]> {
    const uri = pathToFileURL(file).href;
    const version = (this.versions.get(uri) ?? 0) + 1;
    this.versions.set(uri, version);
    return this.diagnosed(uri, () => this.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] }), file);
  }

  private diagnosed(uri: string, act: () => void, file: string): Promise<Diagnostic[]> {
    this.diagnostics.delete(uri);
    const published = new Promise<Diagnostic[]>((done) => {
      const check = () => {
        const found = this.diagnostics.get(uri);
        if (found) {
          this.waiting.delete(check);
          done(found);
        }
      };
      this.waiting.add(check);
    });
    act();
    return within(published, `diagnostics of ${file}`, this);
  }

  stop(): void {
    if (this.process.exitCode === null) this.process.kill('SIGKILL');
  }
}

/** A promise, or a failure after 15 s that says what was awaited and what the server wrote to stderr. */
function within<T>(promise: Promise<T>, what: string, server: LanguageServer): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, fail) => {
    timer = setTimeout(() => fail(new Error(`yaml-language-server: no ${what} within 15 s\n${server.stderr}`)), 15_000);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

describe('yaml-language-server, over stdio, validates what etat generates', () => {
  const servers: LanguageServer[] = [];
  afterEach(() => {
    for (const server of servers.splice(0)) server.stop();
  });
  const startServer = async () => {
    const server = new LanguageServer();
    servers.push(server);
    await server.start();
    return server;
  };
  /** No diagnostic says a schema could not be loaded: with the network out of reach, none was fetched from it. */
  const noSchemaLoadProblems = (diagnostics: Diagnostic[]) => expect(diagnostics.filter((d) => /load|resolve|schema '/i.test(d.message))).toEqual([]);

  it('an unknown key in the front matter of a new agenda, and a bad value in etat.yml, with the schemas of the repository', async () => {
    const { cwd, agenda } = await newRepository();
    const file = join(cwd, agenda);
    const server = await startServer();

    // The Markdown file as it is, opened as an editor opens it. yaml-language-server
    // reads a Markdown file's front matter as the file's first YAML document (the
    // modeline is its first comment) and the text after it as a second one, which
    // no schema is for: the clean agenda gets no diagnostic at all. Not every editor
    // hands Markdown files to yaml-language-server (VS Code's YAML extension takes
    // YAML files only); there `etat check` reports the same key.
    const clean = await server.open(file, 'markdown');
    expect(clean).toEqual([]);

    const text = await readFile(file, 'utf8');
    const misspelt = text.replace(/^purpose: /m, 'locaton: Room 1\npurpose: ');
    expect(misspelt).not.toBe(text);
    const line = misspelt.split('\n').indexOf('locaton: Room 1');
    const diagnostics = await server.edit(file, misspelt);
    noSchemaLoadProblems(diagnostics);
    expect(diagnostics).toEqual([expect.objectContaining({ message: 'Property locaton is not allowed.', range: expect.objectContaining({ start: { line, character: 0 } }) })]);
    expect(diagnostics[0]!.data?.schemaUri).toEqual([pathToFileURL(join(cwd, '.etat/schemas/agenda.schema.json')).href]);

    const config = join(cwd, 'etat.yml');
    await writeFile(config, (await readFile(config, 'utf8')).replace('language: en', 'language: se'));
    const configDiagnostics = await server.open(config, 'yaml');
    noSchemaLoadProblems(configDiagnostics);
    expect(configDiagnostics).toEqual([expect.objectContaining({ message: expect.stringContaining('"nb", "nn", "en"'), range: expect.objectContaining({ start: { line: 1, character: 10 } }) })]);
    expect(configDiagnostics[0]!.data?.schemaUri).toEqual([pathToFileURL(join(cwd, '.etat/schemas/etat.schema.json')).href]);
  });

  it('the front matter alone, as a YAML document (what an editor that extracts it hands over)', async () => {
    const { cwd, agenda } = await newRepository();
    const text = await readFile(join(cwd, agenda), 'utf8');
    const frontMatter = text.slice('---\n'.length, text.indexOf('\n---\n', 4) + 1).replace(/^status: /m, 'x-ok: 1\nstatuss: draft\nstatus: ');
    // Beside the agenda, so that the relative path resolves as it does from the agenda.
    const file = join(cwd, dirname(agenda), 'front-matter.yml');
    await writeFile(file, frontMatter);
    const server = await startServer();
    const diagnostics = await server.open(file, 'yaml');
    noSchemaLoadProblems(diagnostics);
    // `x-` keys are a repository's own; any other unknown key is reported.
    expect(diagnostics.map((d) => d.message)).toEqual(['Property statuss is not allowed.']);
  });
});
