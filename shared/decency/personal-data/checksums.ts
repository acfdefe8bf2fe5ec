/** BSN "elfproef": 9 digits, weights 9..2 and -1, sum divisible by 11 (and not all zeros). */
export function isValidBsn(digits: string): boolean {
  if (digits.length === 8) digits = '0' + digits;
  if (!/^\d{9}$/.test(digits) || /^0+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(digits[i]) * (9 - i);
  sum -= Number(digits[8]);
  return sum % 11 === 0;
}

const IBAN_LENGTH: Record<string, number> = {
  NL: 18, BE: 16, DE: 22, FR: 27, GB: 22, ES: 24, IT: 27, LU: 20, AT: 20, CH: 21, IE: 22, PT: 25, PL: 28,
};

/** IBAN mod-97 check (ISO 13616), with the length each country prescribes where known. */
export function isValidIban(raw: string): boolean {
  const iban = raw.replace(/\s+/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(iban)) return false;
  const len = IBAN_LENGTH[iban.slice(0, 2)];
  if (len !== undefined && iban.length !== len) return false;
  const moved = iban.slice(4) + iban.slice(0, 4);
  let rem = 0;
  for (let i = 0; i < moved.length; i++) {
    const c = moved.charCodeAt(i);
    const v = c >= 65 ? c - 55 : c - 48;
    rem = v >= 10 ? (rem * 100 + v) % 97 : (rem * 10 + v) % 97;
  }
  return rem === 1;
}

/**
 * A Dutch phone number in any of its written forms, as the 10-digit national number ("0612345678"),
 * or null. Accepts 06 mobiles and geographic/088 numbers, with +31, 0031 and "(0)".
 */
export function normalizeDutchPhone(raw: string): string | null {
  let d = raw.replace(/[^\d+]/g, '');
  if (d.startsWith('+31')) d = d.slice(3);
  else if (d.startsWith('0031')) d = d.slice(4);
  else if (d.startsWith('+')) return null;
  else if (d.startsWith('0')) d = d.slice(1);
  else return null;
  if (d.startsWith('0')) d = d.slice(1); // "+31 (0)6 …"
  if (d.length !== 9) return null;
  const first = d[0];
  if (first === '0' || d.startsWith('800') || d.startsWith('900') || d.startsWith('906') || d.startsWith('909')) return null;
  return '0' + d;
}
