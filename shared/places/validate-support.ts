import type { CommunityWorker, ServicePoint, ServicePointKind, WorkerRole } from '../model/place';
import { SERVICE_POINT_KINDS, WORKER_ROLES } from '../model/place';
import { orgPathOfCode } from '../org/codes';
import { checkMobile, checkPhone } from '../validation/phone';
import { cleanText } from '../validation/text';
import type { Checked, Issue } from '../validation/issue';

/** Service points and community workers: the people and stations a 楼门院 card points to. */

export interface ServicePointInput {
  kind: ServicePointKind;
  communityCode: string;
  name: string;
  address: string;
  contactName?: string;
  phone?: string;
  hours?: string;
}

export function validateServicePoint(input: ServicePointInput): Checked<Omit<ServicePoint, 'id'>> {
  const issues: Issue[] = [];
  const communityCode = cleanText(input.communityCode ?? '');
  const name = cleanText(input.name ?? '');
  const address = cleanText(input.address ?? '');
  if (!SERVICE_POINT_KINDS.includes(input.kind))
    issues.push({ field: 'kind', code: 'servicePoint.kindRequired' });
  if (!/^\d{12}$/.test(communityCode))
    issues.push({ field: 'communityCode', code: 'place.communityRequired' });
  if (name === '') issues.push({ field: 'name', code: 'place.nameRequired' });
  if (address === '') issues.push({ field: 'address', code: 'place.addressRequired' });
  let phone: string | undefined;
  if (input.phone && cleanText(input.phone) !== '') {
    const checked = checkPhone(input.phone);
    if ('issue' in checked) issues.push({ field: 'phone', code: checked.issue });
    else phone = checked.phone;
  }
  if (issues.length > 0) return { ok: false, issues };
  const value: Omit<ServicePoint, 'id'> = {
    orgPath: orgPathOfCode(communityCode),
    kind: input.kind,
    name,
    address,
  };
  const contactName = cleanText(input.contactName ?? '');
  if (contactName) value.contactName = contactName;
  if (phone) value.phone = phone;
  const hours = cleanText(input.hours ?? '');
  if (hours) value.hours = hours;
  return { ok: true, value };
}

export interface WorkerInput {
  communityCode: string;
  name: string;
  role: WorkerRole;
  phone?: string;
  gridCode?: string;
}

export function validateWorker(input: WorkerInput): Checked<Omit<CommunityWorker, 'id'>> {
  const issues: Issue[] = [];
  const communityCode = cleanText(input.communityCode ?? '');
  const name = cleanText(input.name ?? '');
  const gridCode = cleanText(input.gridCode ?? '') || undefined;
  if (!/^\d{12}$/.test(communityCode))
    issues.push({ field: 'communityCode', code: 'place.communityRequired' });
  if (name === '') issues.push({ field: 'name', code: 'worker.nameRequired' });
  if (!WORKER_ROLES.includes(input.role)) issues.push({ field: 'role', code: 'worker.roleRequired' });
  if (gridCode !== undefined && !(gridCode.length === 15 && gridCode.startsWith(communityCode))) {
    issues.push({ field: 'gridCode', code: 'place.gridOutside' });
  }
  let phone: string | undefined;
  if (input.phone && cleanText(input.phone) !== '') {
    const checked = checkMobile(input.phone);
    if ('issue' in checked) issues.push({ field: 'phone', code: checked.issue });
    else phone = checked.phone;
  }
  if (issues.length > 0) return { ok: false, issues };
  const value: Omit<CommunityWorker, 'id'> = {
    // A worker assigned to a grid belongs to it, as a place in a grid does.
    orgPath: orgPathOfCode(gridCode ?? communityCode),
    name,
    role: input.role,
  };
  if (phone) value.phone = phone;
  if (gridCode) value.gridCode = gridCode;
  return { ok: true, value };
}
