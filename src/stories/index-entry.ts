/**
 * What the story index keeps per article, as bytes: its strongest terms with weights and its MinHash signature.
 * 48 terms × 8 bytes + 64 × 4 bytes = 640 bytes (the budget is 2 KB an article).
 */
import { SIGNATURE_SIZE } from './minhash.ts';
import type { TermVector } from './terms.ts';

export interface IndexEntry {
  vector: TermVector;
  signature: Uint32Array;
}

export function encodeIndexEntry(e: IndexEntry): Uint8Array {
  const n = e.vector.terms.length;
  const buf = new ArrayBuffer(4 + n * 8 + SIGNATURE_SIZE * 4);
  const view = new DataView(buf);
  view.setUint32(0, n, true);
  for (let i = 0; i < n; i++) {
    view.setUint32(4 + i * 4, e.vector.terms[i]!, true);
    view.setFloat32(4 + n * 4 + i * 4, e.vector.weights[i]!, true);
  }
  for (let i = 0; i < SIGNATURE_SIZE; i++) view.setUint32(4 + n * 8 + i * 4, e.signature[i]!, true);
  return new Uint8Array(buf);
}

export function decodeIndexEntry(bytes: Uint8Array): IndexEntry {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const n = view.getUint32(0, true);
  const terms = new Uint32Array(n);
  const weights = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    terms[i] = view.getUint32(4 + i * 4, true);
    weights[i] = view.getFloat32(4 + n * 4 + i * 4, true);
  }
  const signature = new Uint32Array(SIGNATURE_SIZE);
  for (let i = 0; i < SIGNATURE_SIZE; i++) signature[i] = view.getUint32(4 + n * 8 + i * 4, true);
  return { vector: { terms, weights }, signature };
}
