/** Share as a whole percentage; 0 when there is nothing to divide by. */
export function percent(part: number, whole: number): number {
  return whole > 0 ? Math.round((part / whole) * 100) : 0;
}

// Building an Intl.NumberFormat costs far more than formatting with one, and a list page formats
// a figure per row: keep one per locale and precision.
const numberFormats = new Map<string, Intl.NumberFormat>();

/** `n` in the locale's digits, with at most `maxDigits` decimals ("1,234.5"). */
export function formatNumber(n: number, locale: string, maxDigits = 0): string {
  const key = `${locale}|${maxDigits}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, { maximumFractionDigits: maxDigits });
    numberFormats.set(key, format);
  }
  return format.format(n);
}
