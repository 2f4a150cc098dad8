/**
 * MinHash signatures with WebAssembly SIMD: four hash functions per vector instruction, sixteen per
 * pass over the shingles. Each lane computes exactly the scalar hash of minhash.ts (the seed XORed
 * in, then murmur3's finaliser) and keeps the unsigned minimum, so signatures are identical.
 *
 * The module is assembled here from its instructions (no build step, no binary file); the text form:
 *
 *   (func (export "signature") (param $shingles $count $salts $permutations $out i32)
 *     for (i = 0; i < permutations * 4; i += 64)          ;; sixteen hash functions a pass
 *       x0..x3 = v128.load(salts + i + 0/16/32/48); m0..m3 = all ones
 *       for (j = 0; j < count * 4; j += 4)
 *         s = i32x4.splat(i32.load(shingles + j))
 *         for each k: h = s ^ xk; h ^= h >>> 16; h *= 0x85ebca6b; h ^= h >>> 13; h *= 0xc2b2ae35;
 *                     h ^= h >>> 16; mk = i32x4.min_u(mk, h)
 *       v128.store(out + i + 0/16/32/48, m0..m3))
 */

/** The part of the WebAssembly API used here: the project's TypeScript libraries do not declare it. */
interface WasmMemory {
  readonly buffer: ArrayBuffer;
  grow(pages: number): number;
}
declare const WebAssembly: {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object) => { readonly exports: Record<string, unknown> };
} | undefined;

/** Hash functions computed per pass over the shingles: four vectors of four lanes. */
export const SIMD_GROUP = 16;

const PAGE = 65536;

// Opcodes (WebAssembly core and SIMD proposals).
const LOCAL_GET = 0x20;
const LOCAL_SET = 0x21;
const LOCAL_TEE = 0x22;
const I32_CONST = 0x41;
const I32_LOAD = 0x28;
const I32_ADD = 0x6a;
const I32_SHL = 0x74;
const I32_GE_U = 0x4f;
const BLOCK = 0x02;
const LOOP = 0x03;
const BR = 0x0c;
const BR_IF = 0x0d;
const END = 0x0b;
const EMPTY = 0x40;
const I32 = 0x7f;
const V128 = 0x7b;
const SIMD = 0xfd;
const V128_LOAD = [SIMD, 0x00];
const V128_STORE = [SIMD, 0x0b];
const V128_CONST = [SIMD, 0x0c];
const I32X4_SPLAT = [SIMD, 0x11];
const V128_XOR = [SIMD, 0x51];
const I32X4_SHR_U = [SIMD, 0xad, 0x01];
const I32X4_MUL = [SIMD, 0xb5, 0x01];
const I32X4_MIN_U = [SIMD, 0xb7, 0x01];

/** Unsigned LEB128. */
function uleb(n: number): number[] {
  const out: number[] = [];
  do {
    let byte = n & 0x7f;
    n >>>= 7;
    if (n !== 0) byte |= 0x80;
    out.push(byte);
  } while (n !== 0);
  return out;
}

/** Signed LEB128 of a 32-bit integer. */
function sleb(n: number): number[] {
  const out: number[] = [];
  for (;;) {
    const byte = n & 0x7f;
    n >>= 7;
    if ((n === 0 && (byte & 0x40) === 0) || (n === -1 && (byte & 0x40) !== 0)) {
      out.push(byte);
      return out;
    }
    out.push(byte | 0x80);
  }
}

/** A v128 constant of four equal 32-bit lanes (little-endian). */
function splatConst(x: number): number[] {
  const lane = [x & 0xff, (x >>> 8) & 0xff, (x >>> 16) & 0xff, (x >>> 24) & 0xff];
  return [...V128_CONST, ...lane, ...lane, ...lane, ...lane];
}

const section = (id: number, body: number[]) => [id, ...uleb(body.length), ...body];
const vector = (items: number[][]) => [...uleb(items.length), ...items.flat()];
const name = (s: string) => [...uleb(s.length), ...[...s].map((c) => c.charCodeAt(0))];

/** The module's bytes. */
function moduleBytes(): Uint8Array {
  // Locals: params 0–4, then i, j, end (i32), s, x0–x3, m0–m3, h, c1, c2 (v128).
  const [SHINGLES, COUNT, SALTS, PERMS, OUT, I, J, LIMIT, S] = [0, 1, 2, 3, 4, 5, 6, 7, 8];
  const X = [9, 10, 11, 12];
  const M = [13, 14, 15, 16];
  const [H, C1, C2] = [17, 18, 19];
  const get = (l: number) => [LOCAL_GET, l];
  const set = (l: number) => [LOCAL_SET, l];
  const tee = (l: number) => [LOCAL_TEE, l];
  const memarg = (offset: number) => [0x00, ...uleb(offset)];
  const lane = (k: number) => [
    ...get(S), ...get(X[k]!), ...V128_XOR, ...tee(H),
    ...get(H), I32_CONST, 16, ...I32X4_SHR_U, ...V128_XOR,
    ...get(C1), ...I32X4_MUL, ...tee(H),
    ...get(H), I32_CONST, 13, ...I32X4_SHR_U, ...V128_XOR,
    ...get(C2), ...I32X4_MUL, ...tee(H),
    ...get(H), I32_CONST, 16, ...I32X4_SHR_U, ...V128_XOR,
    ...get(M[k]!), ...I32X4_MIN_U, ...set(M[k]!),
  ];
  const code = [
    ...splatConst(0x85ebca6b), ...set(C1),
    ...splatConst(0xc2b2ae35), ...set(C2),
    ...get(COUNT), I32_CONST, 2, I32_SHL, ...set(LIMIT),
    ...get(PERMS), I32_CONST, 2, I32_SHL, ...set(PERMS),
    I32_CONST, 0, ...set(I),
    BLOCK, EMPTY, LOOP, EMPTY,
    ...get(I), ...get(PERMS), I32_GE_U, BR_IF, 1,
    ...[0, 1, 2, 3].flatMap((k) => [...get(SALTS), ...get(I), I32_ADD, ...V128_LOAD, ...memarg(16 * k), ...set(X[k]!)]),
    ...[0, 1, 2, 3].flatMap((k) => [...splatConst(0xffffffff), ...set(M[k]!)]),
    I32_CONST, 0, ...set(J),
    BLOCK, EMPTY, LOOP, EMPTY,
    ...get(J), ...get(LIMIT), I32_GE_U, BR_IF, 1,
    ...get(SHINGLES), ...get(J), I32_ADD, I32_LOAD, 0x02, 0x00, ...I32X4_SPLAT, ...set(S),
    ...[0, 1, 2, 3].flatMap(lane),
    ...get(J), I32_CONST, 4, I32_ADD, ...set(J),
    BR, 0, END, END,
    ...[0, 1, 2, 3].flatMap((k) => [...get(OUT), ...get(I), I32_ADD, ...get(M[k]!), ...V128_STORE, ...memarg(16 * k)]),
    ...get(I), I32_CONST, ...sleb(64), I32_ADD, ...set(I),
    BR, 0, END, END,
    END,
  ];
  const body = [...vector([[3, I32], [12, V128]]), ...code];
  return Uint8Array.from([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    ...section(1, vector([[0x60, ...vector([[I32], [I32], [I32], [I32], [I32]]), 0x00]])),
    ...section(3, vector([[0x00]])),
    ...section(5, vector([[0x00, 0x01]])),
    ...section(7, vector([[...name('signature'), 0x00, 0x00], [...name('memory'), 0x02, 0x00]])),
    ...section(10, vector([[...uleb(body.length), ...body]])),
  ]);
}

/**
 * The SIMD signature function for `salts` (one seed per hash function, a multiple of SIMD_GROUP of
 * them), or null where WebAssembly SIMD is not available.
 */
export function createSimdMinHasher(salts: Uint32Array): ((shingles: Uint32Array) => Uint32Array) | null {
  if (salts.length % SIMD_GROUP !== 0 || typeof WebAssembly !== 'object') return null;
  let exports: Record<string, unknown>;
  try {
    // Throws where the engine lacks SIMD (the module does not validate): the scalar path is used.
    exports = new WebAssembly.Instance(new WebAssembly.Module(moduleBytes())).exports;
  } catch {
    return null;
  }
  const memory = exports.memory as WasmMemory;
  const run = exports.signature as (shingles: number, count: number, salts: number, permutations: number, out: number) => void;
  const permutations = salts.length;
  // Layout: the seeds, the signature, then the shingles (16-byte aligned).
  const out = permutations * 4;
  const shinglesAt = 2 * permutations * 4;
  const grow = (bytes: number) => {
    const need = Math.ceil(bytes / PAGE) - memory.buffer.byteLength / PAGE;
    if (need > 0) memory.grow(need);
  };
  grow(shinglesAt);
  new Uint32Array(memory.buffer, 0, permutations).set(salts);
  return function signature(shingles: Uint32Array): Uint32Array {
    grow(shinglesAt + shingles.length * 4);
    new Uint32Array(memory.buffer, shinglesAt, shingles.length).set(shingles);
    run(shinglesAt, shingles.length, 0, permutations, out);
    return new Uint32Array(memory.buffer.slice(out, out + permutations * 4));
  };
}
