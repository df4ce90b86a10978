/**
 * The shipped weight table's encoding: the table is sparse (most bucket × tag cells are zero), so only non-zero
 * cells are stored, as gaps between their indices (LEB128) and companded 16-bit values
 * (code = round(32767·log1p(|v|/soft)/log1p(max/soft))), all in one base64 string. Decoding works in Node and in a
 * browser (atob), with no file or network access.
 */

export interface EncodedModel {
  bits: number;
  tags: number;
  soft: number;
  max: number;
  count: number;
  weights: string;
}

const LEVELS = 32767;

export function encodeWeights(w: Float32Array, bits: number, tags: number, soft: number): EncodedModel {
  let max = 0;
  for (let j = 0; j < w.length; j++) max = Math.max(max, Math.abs(w[j]!));
  const k = LEVELS / Math.log1p(max / soft);
  const gaps: number[] = [];
  const codes: number[] = [];
  let last = -1;
  for (let j = 0; j < w.length; j++) {
    const code = Math.sign(w[j]!) * Math.round(k * Math.log1p(Math.abs(w[j]!) / soft));
    if (code === 0) continue;
    let gap = j - last;
    last = j;
    while (gap >= 0x80) { gaps.push((gap & 0x7f) | 0x80); gap >>>= 7; }
    gaps.push(gap);
    codes.push(code);
  }
  const bytes = new Uint8Array(gaps.length + 2 * codes.length);
  bytes.set(gaps);
  const view = new DataView(bytes.buffer);
  codes.forEach((c, i) => view.setInt16(gaps.length + 2 * i, c, true));
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return { bits, tags, soft, max, count: codes.length, weights: btoa(bin) };
}

/**
 * Decodes to 16-bit integers on one linear scale (max weight → 32767): only the order of summed scores matters,
 * and half the memory of floats keeps the table in cache.
 */
export function decodeWeights(m: EncodedModel): Int16Array {
  const bin = atob(m.weights);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  const out = new Int16Array((1 << m.bits) * m.tags);
  const toInt = 32767 / m.max;
  const k = Math.log1p(m.max / m.soft) / LEVELS;
  const values = bytes.length - 2 * m.count;
  const view = new DataView(bytes.buffer);
  let p = 0, j = -1;
  for (let n = 0; n < m.count; n++) {
    let gap = 0, shift = 0, b: number;
    do { b = bytes[p++]!; gap |= (b & 0x7f) << shift; shift += 7; } while (b & 0x80);
    j += gap;
    const code = view.getInt16(values + 2 * n, true);
    out[j] = Math.round(Math.sign(code) * m.soft * Math.expm1(Math.abs(code) * k) * toInt);
  }
  return out;
}
