// Ids of entities no dictionary holds: `<type>:~<name>`, made from the name as found, so the same name is one entity
// across a corpus (`person:~钱卓远`) and `guanxi dict suggest` can offer it as a dictionary entry.

/** The marker between a derived id's type and its name. */
const MARKER = ':~';

/** The id of an entity found by a rule or the recognizer under a name no dictionary holds. */
export function derivedEntityId(type: string, name: string): string {
  return `${type}${MARKER}${name}`;
}

/** The name a derived id was made from, or null for a dictionary id. */
export function derivedName(id: string): string | null {
  const at = id.indexOf(MARKER);
  return at < 0 ? null : id.slice(at + MARKER.length);
}
