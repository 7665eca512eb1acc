import type { AccessRequest, BurdenComplaint, InfoSystem } from '../model/lists';
import { isInScope } from '../org/codes';
import { communityCodeOf } from '../org/paths';

/**
 * What each scope shows. Requests and registry rows belong to a street; looking at one of its
 * communities shows those that concern it (its target communities, the communities that fill
 * a system). Complaints belong to a community; a grid shows its community's.
 */
export function requestInScope(request: AccessRequest, scope: string): boolean {
  if (isInScope(request.orgPath, scope)) return true;
  const community = communityCodeOf(scope);
  return !!community && isInScope(scope, request.orgPath) && request.targetCommunities.includes(community);
}

export function systemInScope(system: InfoSystem, scope: string): boolean {
  if (isInScope(system.orgPath, scope)) return true;
  const community = communityCodeOf(scope);
  return !!community && isInScope(scope, system.orgPath) && system.communityCodes.includes(community);
}

export function complaintInScope(complaint: BurdenComplaint, scope: string): boolean {
  return isInScope(complaint.orgPath, scope) || isInScope(scope, complaint.orgPath);
}
