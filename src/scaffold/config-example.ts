import { Document, isMap, isScalar, visit } from 'yaml';

/**
 * A piece of etat.yml showing the shape of agencies and a forum, as YAML the
 * `yaml` library writes (so any name reads back the same): for the commented
 * example of a new etat.yml, and for the messages that say how to add a forum
 * or an agency before there is one. An agency and a forum's members and
 * deadlines go on one line each, as in the README.
 */
export function configExample(parts: {
  agencies?: Record<string, { name: string; short?: string }>;
  forum?: { id: string; name: string; members: string[]; standingItems?: readonly string[] };
}): string {
  const data: Record<string, unknown> = {};
  if (parts.agencies) data.agencies = parts.agencies;
  if (parts.forum) {
    const { id, name, members, standingItems } = parts.forum;
    const forum: Record<string, unknown> = { name, members, quorum: Math.max(1, Math.ceil(members.length / 2)), deadlines: { agenda_days: 7, papers_days: 7, minutes_days: 14 } };
    if (standingItems) forum.standing_items = standingItems;
    data.fora = { [id]: forum };
  }
  const doc = new Document(data);
  const oneLine = new Set(['deadlines', ...Object.keys(parts.agencies ?? {})]);
  visit(doc, {
    Seq: (_key, node) => void (node.flow = true),
    Pair: (_key, pair) => void (isMap(pair.value) && isScalar(pair.key) && oneLine.has(String(pair.key.value)) ? (pair.value.flow = true) : undefined),
  });
  return doc.toString({ lineWidth: 0 }).trimEnd();
}

/** Three agencies of the example, for examples. */
export const EXAMPLE_AGENCIES: Record<string, { name: string; short: string }> = {
  bufdir: { name: 'Barne-, ungdoms- og familiedirektoratet', short: 'Bufdir' },
  hdir: { name: 'Helsedirektoratet', short: 'Hdir' },
  udir: { name: 'Utdanningsdirektoratet', short: 'Udir' },
};

/** Whether a text can be an id of etat.yml as it is (an agency or forum id). */
export function isConfigId(value: string): boolean {
  return /^[a-z0-9][a-z0-9-]*$/.test(value);
}
