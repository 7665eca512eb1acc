import { EXCEL_MESSAGES_EN, EXCEL_MESSAGES_ZH } from '../excel/messages';
import { ACCESS_MESSAGES_EN, ACCESS_MESSAGES_ZH } from './access';
import { ASSESSMENT_MESSAGES_EN, ASSESSMENT_MESSAGES_ZH } from './assessment';
import { COORDINATOR_MESSAGES_EN, COORDINATOR_MESSAGES_ZH } from './coordinator';
import { DIVISION_MESSAGES_EN, DIVISION_MESSAGES_ZH } from './division';
import { DISPATCH_MESSAGES_EN, DISPATCH_MESSAGES_ZH } from './dispatch';
import { DUAL_REPORT_MESSAGES_EN, DUAL_REPORT_MESSAGES_ZH } from './dual-report';
import { GOVERNANCE_MESSAGES_EN, GOVERNANCE_MESSAGES_ZH } from './governance';
import { LISTS_MESSAGES_EN, LISTS_MESSAGES_ZH } from './lists';
import { REGISTRY_MESSAGES_EN, REGISTRY_MESSAGES_ZH } from './registry';
import { SYNC_MESSAGES_EN, SYNC_MESSAGES_ZH } from './sync';
import { TICKETS_MESSAGES_EN, TICKETS_MESSAGES_ZH } from './tickets';
import { WHISTLES_MESSAGES_EN, WHISTLES_MESSAGES_ZH } from './whistles';
import type { Issue } from '../validation/issue';

/**
 * The one source of the messages of every issue and error code, Chinese first. The app mounts
 * these trees as `errors.*`; Excel error workbooks, the command-line import and the server's
 * reports describe codes from the same trees, so a code reads the same everywhere.
 */
export const ERROR_MESSAGES_ZH = {
  ...REGISTRY_MESSAGES_ZH,
  lists: LISTS_MESSAGES_ZH,
  access: ACCESS_MESSAGES_ZH,
  coordinator: COORDINATOR_MESSAGES_ZH,
  dispatch: DISPATCH_MESSAGES_ZH,
  sync: SYNC_MESSAGES_ZH,
  tickets: TICKETS_MESSAGES_ZH,
  whistles: WHISTLES_MESSAGES_ZH,
  dualReport: DUAL_REPORT_MESSAGES_ZH,
  governance: GOVERNANCE_MESSAGES_ZH,
  division: DIVISION_MESSAGES_ZH,
  assessment: ASSESSMENT_MESSAGES_ZH,
  excel: EXCEL_MESSAGES_ZH,
};

export const ERROR_MESSAGES_EN: typeof ERROR_MESSAGES_ZH = {
  ...REGISTRY_MESSAGES_EN,
  lists: LISTS_MESSAGES_EN,
  access: ACCESS_MESSAGES_EN,
  coordinator: COORDINATOR_MESSAGES_EN,
  dispatch: DISPATCH_MESSAGES_EN,
  sync: SYNC_MESSAGES_EN,
  tickets: TICKETS_MESSAGES_EN,
  whistles: WHISTLES_MESSAGES_EN,
  dualReport: DUAL_REPORT_MESSAGES_EN,
  governance: GOVERNANCE_MESSAGES_EN,
  division: DIVISION_MESSAGES_EN,
  assessment: ASSESSMENT_MESSAGES_EN,
  excel: EXCEL_MESSAGES_EN as typeof EXCEL_MESSAGES_ZH,
};

export type MessageLanguage = 'zh' | 'en';

function lookup(tree: unknown, path: readonly string[]): string | undefined {
  let node = tree;
  for (const part of path) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, part)) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' ? node : undefined;
}

/** Fills `{{name}}` placeholders as i18next does. */
export function interpolate(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : whole,
  );
}

/** The message of a code in a language, or undefined when no message is written for it. */
export function messageOf(code: string, language: MessageLanguage = 'zh'): string | undefined {
  return lookup(language === 'zh' ? ERROR_MESSAGES_ZH : ERROR_MESSAGES_EN, code.split('.'));
}

/** The message of a code with its values filled in; the code itself when none is written. */
export function describeCode(
  code: string,
  values: Record<string, string | number> | undefined,
  language: MessageLanguage = 'zh',
): string {
  return interpolate(messageOf(code, language) ?? code, values);
}

export function describeIssue(issue: Issue, language: MessageLanguage = 'zh'): string {
  return describeCode(issue.code, issue.values, language);
}
