/**
 * The command that commits `paths` with `message`, to paste into a shell:
 * `git add meetings/…/agenda.md && git commit -m "…"`. Words are quoted only
 * when they need it, with double quotes, which sh, PowerShell and cmd all read.
 */
export function commitCommand(paths: readonly string[], message: string): string {
  return `git add ${paths.map(quote).join(' ')} && git commit -m ${quote(message)}`;
}

function quote(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `"${word.replace(/["$`\\]/g, '\\$&')}"`;
}
