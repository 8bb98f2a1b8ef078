import { createHash } from 'node:crypto';
import type { Finding } from '../findings.js';
import type { YamlPath } from '../model/source.js';

/**
 * What a finding is about, in words that do not move when lines do: the rule,
 * the file, the message and the YAML path of the node, with each list index
 * that belongs to an entry with an `id` (an agenda item, a decision) replaced
 * by that id. Inserting a line, or an item, above a finding leaves it as it is.
 */
export function findingIdentity(input: { ruleId: string; file: string; data: unknown; path?: YamlPath; target?: string; messageId?: string }): string {
  return [input.ruleId, input.file, input.messageId ?? 'default', input.target ?? 'value', stablePath(input.data, input.path ?? [])].join('\u0000');
}

function stablePath(data: unknown, path: YamlPath): string {
  let node = data;
  let text = '';
  for (const segment of path) {
    if (Array.isArray(node) && /^\d+$/.test(String(segment))) {
      const entry: unknown = node[Number(segment)];
      const id = entry !== null && typeof entry === 'object' ? (entry as Record<string, unknown>).id : undefined;
      text += typeof id === 'string' || typeof id === 'number' ? `[id=${id}]` : `[${segment}]`;
      node = entry;
    } else {
      text += `.${segment}`;
      node = node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[String(segment)] : undefined;
    }
  }
  return text;
}

/**
 * Give each finding a fingerprint: a hash of its identity and how many findings
 * with the same identity come before it in the file. CI systems use it to tell
 * a new finding from one they have seen (GitLab's code quality widget, GitHub
 * code scanning's `partialFingerprints`). `findings` must be sorted by position.
 */
export function assignFingerprints(findings: Finding[], identities: ReadonlyMap<Finding, string>): void {
  const seen = new Map<string, number>();
  for (const finding of findings) {
    const identity = identities.get(finding) ?? [finding.ruleId, finding.file].join('\u0000');
    const occurrence = seen.get(identity) ?? 0;
    seen.set(identity, occurrence + 1);
    finding.fingerprint = createHash('sha256').update(`${identity}\u0000${occurrence}`).digest('hex').slice(0, 32);
  }
}
