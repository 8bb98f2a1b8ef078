// Loaded with `--import` into an etat process a test starts: at exit, writes
// the process's peak resident memory (kilobytes) to the file ETAT_PEAK_MEMORY
// names, so that a test can prove what a hostile file costs.
import { writeFileSync } from 'node:fs';

const file = process.env.ETAT_PEAK_MEMORY;
if (file) process.on('exit', () => writeFileSync(file, String(process.resourceUsage().maxRSS)));
