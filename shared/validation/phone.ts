import { compactText } from './text';

export type PhoneIssue = 'phone.required' | 'phone.mobile' | 'phone.format';

/**
 * Normalises a phone number as people type it: spaces, dashes, dots, brackets and a
 * +86 / 0086 prefix removed. A landline keeps its area code: 010-6512 3456 → 01065123456.
 */
export function normalizePhone(value: string): string {
  let digits = compactText(value).replace(/[-–—.()（）]/g, '');
  if (digits.startsWith('+86')) digits = digits.slice(3);
  else if (digits.startsWith('0086')) digits = digits.slice(4);
  return digits;
}

/** Chinese mobile numbers: 11 digits starting 13–19. */
export function isMobile(normalized: string): boolean {
  return /^1[3-9]\d{9}$/.test(normalized);
}

/** Landline with area code (010 + 8 digits in Beijing; 0xx(x) + 7–8 elsewhere) or 8 local digits. */
export function isLandline(normalized: string): boolean {
  return /^0\d{2,3}\d{7,8}$/.test(normalized) || /^[2-9]\d{7}$/.test(normalized);
}

/** Checks a mobile number (楼门长, 社区工作者). Returns the normalised number or the problem. */
export function checkMobile(value: string): { phone: string } | { issue: PhoneIssue } {
  const phone = normalizePhone(value);
  if (phone === '') return { issue: 'phone.required' };
  return isMobile(phone) ? { phone } : { issue: 'phone.mobile' };
}

/** Checks a mobile or landline (service points often give a landline). */
export function checkPhone(value: string): { phone: string } | { issue: PhoneIssue } {
  const phone = normalizePhone(value);
  if (phone === '') return { issue: 'phone.required' };
  return isMobile(phone) || isLandline(phone) ? { phone } : { issue: 'phone.format' };
}
