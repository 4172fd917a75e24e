// Emission sums with WebAssembly SIMD: per feature, one 32-byte weight row is loaded as two 128-bit vectors and
// added into four int32x4 accumulators, instead of thirteen scalar loads and adds. The kernel is src/nlp/ner/emissions.wat
// (319 bytes compiled, in src/nlp/ner/emissions-wasm.ts, made by `npm run build:wasm`); its sums are the same integers
// as the JavaScript loop (emissions16 in model.ts), which stays as the fallback where WebAssembly SIMD is missing.
import { EMISSIONS_WASM_BASE64 } from './emissions-wasm.js';

const PAGE = 65536;

/** The parts of the WebAssembly JavaScript API used here (the project's TypeScript libs carry no DOM types). */
interface WasmMemory {
  readonly buffer: ArrayBuffer;
  grow(pages: number): number;
}
interface WasmApi {
  validate(bytes: Uint8Array): boolean;
  Memory: new (descriptor: { initial: number }) => WasmMemory;
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { exports: Record<string, unknown> };
}
const wasm = (globalThis as unknown as { WebAssembly?: WasmApi }).WebAssembly;

/** Emission sums over a weight table copied once into WebAssembly memory. */
export class SimdEmitter {
  private readonly memory: WasmMemory;
  private readonly fn: (n: number, w: number, f: number, e: number, per: number) => void;
  private readonly weightBytes: number;
  private featsAt = 0;
  private emitAt = 0;
  private capacity = 0;
  private feats = new Int32Array(0);
  private emit = new Int32Array(0);

  private constructor(w16: Int16Array, instance: { exports: Record<string, unknown> }, memory: WasmMemory) {
    this.memory = memory;
    this.fn = instance.exports.emit as (n: number, w: number, f: number, e: number, per: number) => void;
    this.weightBytes = w16.byteLength;
    new Int16Array(memory.buffer, 0, w16.length).set(w16);
  }

  /** The weights as held in WebAssembly memory (a fresh view: memory growth detaches older ones). */
  weights(): Int16Array {
    return new Int16Array(this.memory.buffer, 0, this.weightBytes / 2);
  }

  /** A SIMD emitter for weights laid out 16 int16 per bucket, or null where WebAssembly SIMD is not available. */
  static create(w16: Int16Array): SimdEmitter | null {
    try {
      const bytes = Buffer.from(EMISSIONS_WASM_BASE64, 'base64');
      if (wasm === undefined || !wasm.validate(bytes)) return null;
      const memory = new wasm.Memory({ initial: Math.ceil(w16.byteLength / PAGE) + 1 });
      const instance = new wasm.Instance(new wasm.Module(bytes), { env: { mem: memory } });
      return new SimdEmitter(w16, instance, memory);
    } catch {
      return null;
    }
  }

  /** Makes room for n characters with `perChar` features each (grows memory; views are renewed after growth). */
  private ensure(n: number, perChar: number): void {
    const need = n * perChar;
    if (need <= this.capacity && this.feats.buffer === this.memory.buffer && this.feats.length >= need) return;
    const cap = Math.max(need, this.capacity * 2, 4096 * perChar);
    this.featsAt = Math.ceil(this.weightBytes / 64) * 64;
    // Emissions need 13 int32 per character; room for as many characters as features allow.
    this.emitAt = this.featsAt + cap * 4;
    const end = this.emitAt + cap * 13 * 4 + 64;
    if (end > this.memory.buffer.byteLength) this.memory.grow(Math.ceil((end - this.memory.buffer.byteLength) / PAGE));
    this.capacity = cap;
    this.feats = new Int32Array(this.memory.buffer, this.featsAt, cap);
    this.emit = new Int32Array(this.memory.buffer, this.emitAt, cap * 13);
  }

  /** emit[i × 13 + t] = Σ over the `perChar` features of character i of weight row (feature, t), for i < n. */
  run(n: number, feats: Int32Array, emit: Int32Array, perChar: number): void {
    this.ensure(n, perChar);
    this.feats.set(feats.subarray(0, n * perChar));
    this.fn(n, 0, this.featsAt, this.emitAt, perChar);
    emit.set(this.emit.subarray(0, n * 13));
  }
}
