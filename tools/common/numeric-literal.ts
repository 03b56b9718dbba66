/**
 * Fixed-point values as the exact numeric literals PostgreSQL stores, for the data generators (the
 * demo's statements, the benchmark's COPY streams): an integer count of 1/10^scale units, signs
 * included: (-150, 2) → "-1.50", (1250, 3) → "1.250". Integers in, so no float rounding on the way.
 */
export function scaled(value: number, scale: number): string {
  const sign = value < 0 ? '-' : '';
  const magnitude = Math.abs(value);
  const unit = 10 ** scale;
  return `${sign}${Math.trunc(magnitude / unit)}.${String(magnitude % unit).padStart(scale, '0')}`;
}
