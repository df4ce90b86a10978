/**
 * A key for "the same speaker" across articles: the surname, spelling variants folded (Zelenskyy, Zelensky,
 * Zelenskiy → one key; accents dropped; doubled letters single).
 */
export function speakerKey(name: string | null): string | null {
  if (!name) return null;
  const words = name.replace(/['’]s$/, '').split(/\s+/).filter(Boolean);
  const last = words[words.length - 1];
  if (!last) return null;
  const folded = last.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9-]/g, '');
  const key = folded.replace(/(.)\1+/g, '$1').replace(/[iy]+$/, '');
  return key.length > 0 ? key : null;
}
