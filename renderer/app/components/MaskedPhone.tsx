import { maskPhone } from '@shared/validation/mask';

/**
 * A phone number as shown by default: masked (138****5678). Showing it whole is a
 * deliberate act in the place card, never the default in a list.
 */
export function MaskedPhone({ phone, revealed = false }: { phone: string | undefined; revealed?: boolean }) {
  if (!phone) return null;
  return <span className="phone">{revealed ? formatPhone(phone) : maskPhone(phone)}</span>;
}

/** Groups digits the way people read them aloud: 138 1234 5678, 010 6512 3456. */
export function formatPhone(phone: string): string {
  if (/^1\d{10}$/.test(phone)) return `${phone.slice(0, 3)} ${phone.slice(3, 7)} ${phone.slice(7)}`;
  if (/^010\d{8}$/.test(phone)) return `010-${phone.slice(3, 7)} ${phone.slice(7)}`;
  return phone;
}
