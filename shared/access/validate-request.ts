import type { AccessRequest } from '../model/lists';
import { ASSISTANCE_MODES } from '../model/lists';
import { isDate } from '../calendar/dates';
import { orgPathOfCode } from '../org/codes';
import { cleanProse, cleanText } from '../validation/text';
import type { Checked, Issue } from '../validation/issue';

/** What the request form gives, before checking. */
export interface AccessRequestInput {
  /** The street that reviews the request (9 digits). */
  streetCode: string;
  code?: string;
  requestingUnit: string;
  matter: string;
  basis?: string;
  listItemId?: string;
  assistanceModes?: string[];
  otherTasks?: string[];
  communityResponsible?: boolean;
  targetCommunities?: string[];
  periodFrom?: string;
  periodTo?: string;
  frequency?: string;
  funding?: string;
  staffing?: string;
  formsAndSystems?: string[];
  contact?: string;
  filedOn?: string;
}

/** The fields of a request the form writes; status and history belong to the workflow. */
export type AccessRequestFields = Omit<AccessRequest, 'id' | 'status' | 'history' | 'redirectedTo'>;

const texts = (values: readonly (string | undefined)[] | undefined) => [
  ...new Set((values ?? []).map(cleanProse).filter((v) => v !== '')),
];

/**
 * Checks what a request must hold to be saved. A draft may be incomplete; `missingForSubmit`
 * says what must be added before review. The work starts on the first day of its period.
 */
export function validateAccessRequest(input: AccessRequestInput): Checked<AccessRequestFields> {
  const issues: Issue[] = [];
  const text = cleanProse;
  const field = (v: string | undefined) => cleanText(v ?? '');
  const streetCode = field(input.streetCode);
  const requestingUnit = text(input.requestingUnit);
  const matter = text(input.matter);
  if (!/^\d{9}$/.test(streetCode)) issues.push({ field: 'streetCode', code: 'access.street' });
  if (requestingUnit === '') issues.push({ field: 'requestingUnit', code: 'access.request.unitRequired' });
  if (matter === '') issues.push({ field: 'matter', code: 'access.request.matterRequired' });
  const targets = [...new Set(input.targetCommunities ?? [])].sort();
  if (targets.some((c) => !/^\d{12}$/.test(c) || !c.startsWith(streetCode)))
    issues.push({ field: 'targetCommunities', code: 'access.communitiesOutside' });
  const modes = [...new Set(input.assistanceModes ?? [])];
  if (modes.some((m) => !(ASSISTANCE_MODES as readonly string[]).includes(m)))
    issues.push({ field: 'assistanceModes', code: 'lists.item.modeUnknown' });
  const dates = {
    filedOn: field(input.filedOn),
    periodFrom: field(input.periodFrom),
    periodTo: field(input.periodTo),
  };
  for (const [field, value] of Object.entries(dates))
    if (value !== '' && !isDate(value)) issues.push({ field, code: 'date.format' });
  if (isDate(dates.periodFrom) && isDate(dates.periodTo) && dates.periodTo < dates.periodFrom)
    issues.push({ field: 'periodTo', code: 'access.request.periodOrder' });
  if (issues.length > 0) return { ok: false, issues };

  const value: AccessRequestFields = {
    orgPath: orgPathOfCode(streetCode),
    requestingUnit,
    matter,
    assistanceModes: ASSISTANCE_MODES.filter((m) => modes.includes(m)),
    communityResponsible: input.communityResponsible === true,
    targetCommunities: targets,
    formsAndSystems: texts(input.formsAndSystems),
  };
  const optional = {
    code: text(input.code),
    basis: text(input.basis),
    listItemId: field(input.listItemId),
    frequency: text(input.frequency),
    funding: text(input.funding),
    staffing: text(input.staffing),
    contact: text(input.contact),
    filedOn: dates.filedOn,
    periodFrom: dates.periodFrom,
    periodTo: dates.periodTo,
  };
  for (const [key, v] of Object.entries(optional)) if (v !== '') Object.assign(value, { [key]: v });
  if (value.periodFrom) value.startsOn = value.periodFrom;
  const otherTasks = texts(input.otherTasks);
  if (otherTasks.length > 0) value.otherTasks = otherTasks;
  return { ok: true, value };
}

/**
 * Fields a request must have before it goes to review: what the reviewer needs to decide. The
 * request form marks exactly these, so the form and the submit rule cannot disagree.
 */
export const NEEDED_FOR_REVIEW = [
  'basis',
  'targetCommunities',
  'assistanceModes',
  'periodFrom',
  'filedOn',
  'contact',
] as const satisfies readonly (keyof AccessRequest)[];

export type NeededForReview = (typeof NEEDED_FOR_REVIEW)[number];

const PRESENT: Record<NeededForReview, (request: AccessRequest) => boolean> = {
  basis: (r) => !!r.basis,
  targetCommunities: (r) => r.targetCommunities.length > 0,
  assistanceModes: (r) => r.assistanceModes.length > 0 || (r.otherTasks ?? []).length > 0,
  periodFrom: (r) => !!r.periodFrom,
  filedOn: (r) => !!r.filedOn,
  contact: (r) => !!r.contact,
};

export function missingForSubmit(request: AccessRequest): Issue[] {
  return NEEDED_FOR_REVIEW.filter((field) => !PRESENT[field](request)).map((field) => ({
    field,
    code: 'access.request.neededForReview',
  }));
}
