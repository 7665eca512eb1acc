/** The scope tree's front door: what other features and the app may use. */
export { ScopePanel } from './ScopePanel';
export { ScopeBreadcrumb } from './ScopeBreadcrumb';
export { saveOrgUnit, suggestChildCode, type OrgUnitInput } from './org-repository';
