/**
 * The thread that writes the files: each message a batch of files (each its path,
 * its text or bytes, or a file to copy), answered with their sizes, or with
 * the first error. It makes folders once and writes synchronously: on its own
 * thread, one call a file costs less than three round trips to the thread
 * pool (open, write, close) for each of thousands of files, and the thread
 * that renders never waits for them. Plain JavaScript, evaluated as the
 * worker's code: it is a few lines, and as a string it is the same in the
 * bundle, in dist/ and under the tests.
 */
export const WRITER_THREAD = `
const { parentPort, workerData } = require('node:worker_threads');
const { closeSync, copyFileSync, fstatSync, lstatSync, mkdirSync, openSync, readSync, rmSync, statSync, unlinkSync, writeFileSync } = require('node:fs');
const { dirname, join, relative, sep } = require('node:path');
const { root, overLastBuild } = workerData;
const made = new Set();
let failed = false;
// Writing over the last build, a file may stand where a folder goes now, or a folder where a file goes:
// what the last build made gives way (under the site's own folder, which holds no link); what this build
// made never does.
const wrote = new Set();
function giveWay(path) {
  if (made.has(path) || wrote.has(path)) throw Object.assign(new Error('This build makes both a file and a folder at ' + path), { code: 'EEXIST' });
}
function folder(path) {
  if (made.has(path)) return;
  try {
    mkdirSync(path, { recursive: true });
  } catch (error) {
    if (error.code !== 'EEXIST' && error.code !== 'ENOTDIR') throw error;
    let at = root;
    for (const part of relative(root, path).split(sep)) {
      at = join(at, part);
      const found = lstatSync(at, { throwIfNoEntry: false });
      if (found && !found.isDirectory()) {
        giveWay(at);
        unlinkSync(at);
      }
    }
    mkdirSync(path, { recursive: true });
  }
  made.add(path);
}
// Over the last build, a file whose bytes are already there is left as it is: reading and comparing
// costs a third of writing it again, and its time stays that of the build that made it, so a copy or an
// upload of the site moves only what changed.
let held = Buffer.alloc(0);
function alreadyThere(to, bytes) {
  let fd;
  try {
    fd = openSync(to, 'r');
  } catch {
    return false;
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile() || stat.size !== bytes.byteLength) return false;
    if (held.byteLength < bytes.byteLength) held = Buffer.allocUnsafe(Math.max(bytes.byteLength, 2 * held.byteLength));
    let read = 0;
    while (read < bytes.byteLength) {
      const got = readSync(fd, held, read, bytes.byteLength - read, read);
      if (got === 0) return false;
      read += got;
    }
    return held.subarray(0, read).equals(bytes);
  } finally {
    closeSync(fd);
  }
}
function write(to, content) {
  const bytes = typeof content === 'string' ? Buffer.from(content) : content;
  if (overLastBuild && alreadyThere(to, bytes)) {
    wrote.add(to);
    return bytes.byteLength;
  }
  try {
    writeFileSync(to, bytes);
  } catch (error) {
    if (error.code !== 'EISDIR') throw error;
    giveWay(to);
    rmSync(to, { recursive: true });
    writeFileSync(to, bytes);
  }
  wrote.add(to);
  return bytes.byteLength;
}
parentPort.on('message', (files) => {
  if (failed) return;
  const sizes = [];
  try {
    for (const { to, content, copy } of files) {
      folder(dirname(to));
      if (copy !== undefined) {
        copyFileSync(copy, to);
        wrote.add(to);
        sizes.push(statSync(to).size);
      } else {
        sizes.push(write(to, content));
      }
    }
    parentPort.postMessage({ sizes });
  } catch (error) {
    failed = true;
    parentPort.postMessage({ sizes, error: { message: error.message, code: error.code } });
  }
});
`;

