/** FNV-1a's offset basis: the hash of the empty string. */
export const FNV_OFFSET = 0x811c9dc5;

/** FNV-1a's 32-bit prime. */
export const FNV_PRIME = 0x01000193;

/** FNV-1a over a string's UTF-16 units, as a signed 32-bit integer: the slot hash of the project's typed-array tables. */
export function fnv1a(s: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return h | 0;
}
