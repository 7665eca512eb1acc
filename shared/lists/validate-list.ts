import {
  ASSISTANCE_MODES,
  type AssistanceMode,
  type ListEdition,
  type ListItem,
  type ListKind,
} from '../model/lists';
import { isDate } from '../calendar/dates';
import { cleanProse, cleanText } from '../validation/text';
import type { Checked, Issue } from '../validation/issue';
import { ITEM_KINDS } from './kinds';

/** What the item form or an import row gives, before checking. */
export interface ListItemInput {
  code: string;
  section: string;
  title: string;
  leadUnit?: string;
  legalBasis?: string;
  kind: string;
  assistanceModes?: string[];
  notes?: string;
  order?: number;
}

/** Item codes as lists print them: JD-001, 3.1.2, ZF-C-0393. */
const CODE = /^[A-Za-z0-9][A-Za-z0-9.\-_]{0,23}$/;
export const MAX_TITLE = 200;

const isMode = (m: string): m is AssistanceMode => (ASSISTANCE_MODES as readonly string[]).includes(m);

/**
 * Checks an item of an edition of list `listKind`. Only 依法协助 items carry assistance modes,
 * and they must name at least one of the seven (DOMAIN.md): that is what the access review
 * compares a request's modes against.
 */
export function validateListItem(
  listKind: ListKind,
  editionId: string,
  input: ListItemInput,
): Checked<Omit<ListItem, 'id'>> {
  const issues: Issue[] = [];
  const text = cleanProse;
  const code = cleanText(input.code ?? '')
    .replace(/\s+/g, '')
    .toUpperCase();
  const section = text(input.section);
  const title = text(input.title);
  if (code === '') issues.push({ field: 'code', code: 'lists.item.codeRequired' });
  else if (!CODE.test(code)) issues.push({ field: 'code', code: 'lists.item.codeFormat' });
  if (section === '') issues.push({ field: 'section', code: 'lists.item.sectionRequired' });
  if (title === '') issues.push({ field: 'title', code: 'lists.item.titleRequired' });
  else if (title.length > MAX_TITLE)
    issues.push({ field: 'title', code: 'lists.item.titleLength', values: { max: MAX_TITLE } });
  const kind = ITEM_KINDS[listKind].find((k) => k === input.kind);
  if (!kind) issues.push({ field: 'kind', code: 'lists.item.kind' });
  const modes = [...new Set(input.assistanceModes ?? [])];
  if (kind === 'assist') {
    if (modes.length === 0) issues.push({ field: 'assistanceModes', code: 'lists.item.modesRequired' });
    else if (!modes.every(isMode)) issues.push({ field: 'assistanceModes', code: 'lists.item.modeUnknown' });
  }
  if (issues.length > 0 || !kind) return { ok: false, issues };

  const value: Omit<ListItem, 'id'> = { orgPath: '', editionId, code, section, title, kind };
  const leadUnit = text(input.leadUnit);
  if (leadUnit) value.leadUnit = leadUnit;
  const legalBasis = text(input.legalBasis);
  if (legalBasis) value.legalBasis = legalBasis;
  // Keep the seven's order, whatever order they were ticked in: diffs compare them as written.
  if (kind === 'assist') value.assistanceModes = ASSISTANCE_MODES.filter((m) => modes.includes(m));
  const notes = text(input.notes);
  if (notes) value.notes = notes;
  if (input.order !== undefined && Number.isInteger(input.order)) value.order = input.order;
  return { ok: true, value };
}

export interface ListEditionInput {
  name: string;
  effectiveFrom?: string;
  effectiveTo?: string;
}

/** Checks the editable fields of an edition (its name and dates). */
export function validateEditionFields(
  input: ListEditionInput,
): Checked<Pick<ListEdition, 'name' | 'effectiveFrom' | 'effectiveTo'>> {
  const issues: Issue[] = [];
  const name = cleanProse(input.name);
  const from = cleanText(input.effectiveFrom ?? '') || undefined;
  const to = cleanText(input.effectiveTo ?? '') || undefined;
  if (name === '') issues.push({ field: 'name', code: 'lists.edition.nameRequired' });
  if (from && !isDate(from)) issues.push({ field: 'effectiveFrom', code: 'date.format' });
  if (to && !isDate(to)) issues.push({ field: 'effectiveTo', code: 'date.format' });
  if (from && to && isDate(from) && isDate(to) && to < from)
    issues.push({ field: 'effectiveTo', code: 'lists.edition.dateOrder' });
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, value: { name, effectiveFrom: from, effectiveTo: to } };
}
