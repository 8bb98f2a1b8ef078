/**
 * A text XML 1.0 can hold: the control characters it forbids outright (which
 * no escaping can write) left out. The JUnit report and the site's Atom feed
 * both put repository text into XML.
 */
export function xmlText(value: string): string {
  // eslint-disable-next-line no-control-regex
  return value.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '');
}
