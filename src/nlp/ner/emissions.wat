;; Emission sums of the NER model (see src/nlp/ner/simd.ts): for each of $n characters, the sum over its $per feature
;; buckets (int32 at $f) of the bucket's weight row (16 int16 per bucket at $w, 13 used), written as 13 int32 per
;; character at $e. Compile with `npm run build:wasm`.
(module
  (import "env" "mem" (memory 1))
  (func (export "emit") (param $n i32) (param $w i32) (param $f i32) (param $e i32) (param $per i32)
    (local $i i32) (local $k i32) (local $b i32) (local $fp i32) (local $fend i32) (local $ep i32)
    (local $a0 v128) (local $a1 v128) (local $a2 v128) (local $a3 v128) (local $v0 v128) (local $v1 v128)
    (local.set $fp (local.get $f))
    (local.set $ep (local.get $e))
    (block $done
      (loop $chars
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $a0 (v128.const i32x4 0 0 0 0))
        (local.set $a1 (v128.const i32x4 0 0 0 0))
        (local.set $a2 (v128.const i32x4 0 0 0 0))
        (local.set $a3 (v128.const i32x4 0 0 0 0))
        (local.set $fend (i32.add (local.get $fp) (i32.shl (local.get $per) (i32.const 2))))
        (block $fdone
          (loop $feats
            (br_if $fdone (i32.ge_u (local.get $fp) (local.get $fend)))
            (local.set $b (i32.add (local.get $w) (i32.shl (i32.load (local.get $fp)) (i32.const 5))))
            (local.set $v0 (v128.load (local.get $b)))
            (local.set $v1 (v128.load offset=16 (local.get $b)))
            (local.set $a0 (i32x4.add (local.get $a0) (i32x4.extend_low_i16x8_s (local.get $v0))))
            (local.set $a1 (i32x4.add (local.get $a1) (i32x4.extend_high_i16x8_s (local.get $v0))))
            (local.set $a2 (i32x4.add (local.get $a2) (i32x4.extend_low_i16x8_s (local.get $v1))))
            (local.set $a3 (i32x4.add (local.get $a3) (i32x4.extend_high_i16x8_s (local.get $v1))))
            (local.set $fp (i32.add (local.get $fp) (i32.const 4)))
            (br $feats)))
        (v128.store (local.get $ep) (local.get $a0))
        (v128.store offset=16 (local.get $ep) (local.get $a1))
        (v128.store offset=32 (local.get $ep) (local.get $a2))
        (i32.store offset=48 (local.get $ep) (i32x4.extract_lane 0 (local.get $a3)))
        (local.set $ep (i32.add (local.get $ep) (i32.const 52)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $chars)))))
