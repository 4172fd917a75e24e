// Association measures over a 2x2 contingency table of windows, and the chi-square tail for Dunning's G².
//
//                 b in window   b not in window
//   a in window       n11            n12          n1. = n11 + n12
//   a not in window   n21            n22
//                     n.1                          N
//
// Every measure is computed from the four integers n11, n1., n.1 and N, so two aggregates that hold the same counts
// give bit-identical measures, whatever order the articles were added or merged in.

/** Upper regularised incomplete gamma Q(1/2, x): the only shape the chi-square tail with one degree of freedom needs. */
function gammaQHalf(x: number): number {
  if (!(x > 0)) return 1;
  if (x === Infinity) return 0;
  const a = 0.5;
  // ln Γ(1/2) = ln √π, exactly; no approximation of Γ is needed.
  const prefix = Math.exp(-x + a * Math.log(x) - 0.5 * Math.log(Math.PI));
  if (x < a + 1) {
    // Series for P(a, x); Q = 1 - P loses no useful precision here because Q > 0.08 when x < 1.5.
    let ap = a;
    let term = 1 / a;
    let sum = term;
    for (let n = 0; n < 500; n++) {
      ap += 1;
      term *= x / ap;
      sum += term;
      if (Math.abs(term) < Math.abs(sum) * 1e-17) break;
    }
    return 1 - sum * prefix;
  }
  // Continued fraction for Q(a, x) (modified Lentz), accurate in relative terms far into the tail.
  const tiny = 1e-300;
  let b = x + 1 - a;
  let c = 1 / tiny;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < 500; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < tiny) d = tiny;
    c = b + an / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const del = d * c;
    h *= del;
    if (Math.abs(del - 1) < 1e-16) break;
  }
  return prefix * h;
}

/** The complementary error function erfc(z) = 1 − erf(z), to about 1e-14 relative precision. */
export function erfc(z: number): number {
  if (Number.isNaN(z)) return Number.NaN;
  // erfc(z) = Q(1/2, z²) for z ≥ 0, and erfc(−z) = 2 − erfc(z).
  return z >= 0 ? gammaQHalf(z * z) : 2 - gammaQHalf(z * z);
}

/** The p-value of a chi-square statistic with one degree of freedom: P(X ≥ x) = erfc(√(x/2)). */
export function chiSquare1Tail(x: number): number {
  return x <= 0 ? 1 : erfc(Math.sqrt(x / 2));
}

/** The association measures of one pair in one window kind. */
export interface Association {
  /** n1. · n.1 / N: windows with both expected if a and b were independent. */
  expected: number;
  /** log2(n11 / expected). */
  pmi: number;
  /** PMI / −log2(n11 / N), in [−1, 1]; 1 when the pair fills every window. */
  npmi: number;
  /** n11 / (n1. + n.1 − n11). */
  jaccard: number;
  /** 2 n11 / (n1. + n.1). */
  dice: number;
  /** Dunning's log-likelihood ratio G² = 2 Σ O ln(O/E) over the four cells (always ≥ 0; PMI's sign gives the direction). */
  g2: number;
  /** P(χ²₁ ≥ G²). */
  p: number;
}

/**
 * The measures of a pair seen together in n11 windows, where a is in n1 windows, b in n2 windows, out of n windows.
 * The counts must be consistent (0 < n11 ≤ min(n1, n2), n1 + n2 − n11 ≤ n).
 */
export function associate(n11: number, n1: number, n2: number, n: number): Association {
  if (!(n11 > 0 && n11 <= n1 && n11 <= n2 && n1 + n2 - n11 <= n))
    throw new RangeError(`inconsistent contingency counts n11=${n11} n1.=${n1} n.1=${n2} N=${n}`);
  const expected = (n1 * n2) / n;
  const pmi = Math.log2(n11 / expected);
  const joint = n11 / n;
  const npmi = joint >= 1 ? 1 : pmi / -Math.log2(joint);
  const n12 = n1 - n11;
  const n21 = n2 - n11;
  const n22 = n - n1 - n2 + n11;
  // O ln(O/E), with 0 ln 0 = 0; expected cells written out so that no row or column total of zero divides.
  const cell = (o: number, rowTotal: number, colTotal: number): number =>
    o > 0 ? o * Math.log((o * n) / (rowTotal * colTotal)) : 0;
  const g2 = Math.max(
    0,
    2 * (cell(n11, n1, n2) + cell(n12, n1, n - n2) + cell(n21, n - n1, n2) + cell(n22, n - n1, n - n2)),
  );
  return {
    expected,
    pmi,
    npmi,
    jaccard: n11 / (n1 + n2 - n11),
    dice: (2 * n11) / (n1 + n2),
    g2,
    p: chiSquare1Tail(g2),
  };
}
