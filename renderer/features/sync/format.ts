import dayjs from 'dayjs';
import { maskPhone, maskResidentId } from '@shared/validation/mask';
import { i18next, translateDynamic } from '../../app/i18n';

/** Personal data in values shown by sync screens stays masked (DOMAIN.md), however deep it sits. */
const MASKS: Record<string, (value: string) => string> = {
  phone: maskPhone,
  mobile: maskPhone,
  residentId: maskResidentId,
};

function masked(value: unknown, field?: string): unknown {
  if (typeof value === 'string' && field && MASKS[field]) return MASKS[field](value);
  if (Array.isArray(value)) return value.map((v) => masked(v));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, masked(v, k)]));
  }
  return value;
}

/** A field's value as text, personal data masked. */
export function formatValue(field: string | null, value: unknown): string {
  if (value === null || value === undefined || value === '') return i18next.t('sync.history.empty_value');
  const shown = masked(value, field ?? undefined);
  if (typeof shown === 'string') return shown;
  if (typeof shown === 'number' || typeof shown === 'boolean') return String(shown);
  const text = JSON.stringify(shown);
  return text.length > 120 ? `${text.slice(0, 117)}…` : text;
}

export function fieldLabel(field: string): string {
  const key = `sync.fields.${field}`;
  return i18next.exists(key) ? translateDynamic(key) : field;
}

export function tableLabel(table: string): string {
  const key = `sync.tables.${table}`;
  return i18next.exists(key) ? translateDynamic(key) : table;
}

export function formatTime(iso: string | undefined): string {
  if (!iso) return '';
  const t = dayjs(iso);
  return t.isSame(dayjs(), 'day') ? t.format('HH:mm') : t.format('YYYY-MM-DD HH:mm');
}
