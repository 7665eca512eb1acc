/**
 * Personal data is shown masked by default (DOMAIN.md): 110105********1234 for a resident
 * ID, 138****5678 for a mobile. Masking keeps enough to recognise a number, not to use it.
 */
export function maskPhone(phone: string): string {
  if (phone.length < 7) return '*'.repeat(phone.length);
  return phone.slice(0, 3) + '*'.repeat(phone.length - 7) + phone.slice(-4);
}

export function maskResidentId(id: string): string {
  if (id.length < 10) return '*'.repeat(id.length);
  return id.slice(0, 6) + '*'.repeat(id.length - 10) + id.slice(-4);
}

/** A person's name shown masked: the family name stays (张**), enough to tell callers apart. */
export function maskName(name: string): string {
  const chars = [...name];
  return chars.length <= 1 ? name : chars[0] + '*'.repeat(Math.min(chars.length - 1, 2));
}
