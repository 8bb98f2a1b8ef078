import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, relative, resolve, sep } from 'node:path';
import { generateSite, type GenerateOptions, type GenerateResult } from './generate.js';
import { nextBuildKeepsRendered } from './markdown.js';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.xml': 'application/atom+xml; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.woff2': 'font/woff2',
  '.pdf': 'application/pdf',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

export interface ServeOptions extends Omit<GenerateOptions, 'serving'> {
  port: number;
  host: string;
  /** Where the URL and each rebuild are told. */
  log: (line: string) => void;
  /** What a build that did not finish says (the command prints it as `etat site build` would). */
  report: (result: GenerateResult) => void;
  /** Stops the server; without it, SIGINT or SIGTERM does. */
  signal?: AbortSignal;
}

/**
 * `etat site serve`: build, serve the output on localhost, and rebuild on
 * every change to the repository (chokidar, a burst of changes is one
 * rebuild); each open page reloads through a server-sent event. It serves
 * only files inside the output folder. Resolves with the exit code once stopped.
 */
export async function serveSite(options: ServeOptions): Promise<number> {
  nextBuildKeepsRendered();
  const first = await generateSite({ ...options, serving: true });
  if (first.kind !== 'built') {
    options.report(first);
    return first.kind === 'refused' ? 1 : 2;
  }
  const out = first.out;
  let previous = first.written;
  const clients = new Set<ServerResponse>();
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (url.pathname === '/_etat/reload') {
      response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
      response.write(': etat\n\n');
      clients.add(response);
      request.on('close', () => clients.delete(response));
      return;
    }
    void sendFile(out, decodeURIComponent(url.pathname), response);
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(options.port, options.host, done);
  });

  const { watch } = await import('chokidar');
  const outside = relative(first.root, out);
  const watcher = watch(first.root, {
    ignoreInitial: true,
    // The output, git's own folder and installed packages are not the repository's records.
    ignored: (path) => {
      const rel = relative(first.root, path);
      return rel.startsWith('.git') || rel.split(sep).includes('node_modules') || (!outside.startsWith('..') && (rel === outside || rel.startsWith(outside + sep))) || path.startsWith(`${out}.etat-`);
    },
  });
  // The address is said only once the watcher has seen the files: a change made as soon as it shows is not missed.
  await new Promise<void>((ready) => watcher.once('ready', () => ready()));
  const { port } = server.address() as AddressInfo;
  options.log(`http://${options.host.includes(':') ? `[${options.host}]` : options.host}:${port}/`);
  let timer: NodeJS.Timeout | undefined;
  let building: Promise<void> = Promise.resolve();
  const rebuild = () => {
    building = building.then(async () => {
      const started = Date.now();
      nextBuildKeepsRendered();
      const result = await generateSite({ ...options, serving: true, previous }).catch((error: unknown) => ({ kind: 'error' as const, error }));
      if (result.kind === 'built') {
        previous = result.written;
        options.log(`↻ ${Date.now() - started} ms`);
        for (const client of clients) client.write(`event: reload\ndata: ${Date.now()}\n\n`);
      } else if (result.kind === 'error') options.log(String(result.error));
      else options.report(result);
    });
  };
  watcher.on('all', () => {
    clearTimeout(timer);
    timer = setTimeout(rebuild, 80);
  });

  await new Promise<void>((done) => {
    const stop = () => done();
    if (options.signal) options.signal.addEventListener('abort', stop, { once: true });
    else {
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    }
  });
  clearTimeout(timer);
  await watcher.close();
  for (const client of clients) client.end();
  await new Promise<void>((done) => server.close(() => done()));
  await building;
  return 0;
}

/** A file of the output, or 404: a path that leads out of the output folder is never read. */
async function sendFile(out: string, pathname: string, response: ServerResponse): Promise<void> {
  let path = resolve(out, `.${pathname}`);
  if (path !== out && !path.startsWith(out + sep)) return notFound(response);
  const stats = await stat(path).catch(() => undefined);
  if (stats?.isDirectory()) path = join(path, 'index.html');
  const file = await stat(path).catch(() => undefined);
  if (!file?.isFile()) return notFound(response);
  response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
  createReadStream(path).pipe(response);
}

function notFound(response: ServerResponse): void {
  response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
  response.end('404\n');
}
