/**
 * Text from a repository, made inert for GitHub and GitLab: as Markdown it
 * still reads as written, but it notifies nobody (`@org/team`), links no
 * issue or pull request (`#1`, `GH-1`) and turns no bare address into a link.
 * A zero-width space after `@`, `#` or the scheme breaks the autolink without
 * showing. Reports call this on repository text after escaping Markdown.
 */
export function inertReferences(text: string): string {
  // `#` first: the entities the others add are `&#8203;`, which it must not take for a reference.
  return text
    .replace(/#(?=\d)/g, '#&#8203;')
    .replace(/@(?=[\w-])/g, '@&#8203;')
    .replace(/\b(GH)-(?=\d)/gi, '$1&#8203;-')
    .replace(/\b([a-z][a-z0-9+.-]*):\/\//gi, '$1:&#8203;//')
    .replace(/\bwww\./gi, 'www&#8203;.');
}
