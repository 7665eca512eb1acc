import type { Issue } from '@shared/validation/issue';

export interface FieldProblem {
  /** Form field path, dotted for nested fields: `head.phone`. */
  field: string;
  /** i18n key of the message. */
  key: string;
  values?: Record<string, string | number>;
}

/**
 * Problems with what the user entered, found when saving (a duplicate code, say). Forms
 * show each on its field and keep everything typed.
 */
export class InputError extends Error {
  constructor(readonly problems: FieldProblem[]) {
    super(problems.map((p) => `${p.field}: ${p.key}`).join('; '));
    this.name = 'InputError';
  }

  static of(field: string, key: string, values?: Record<string, string | number>): InputError {
    return new InputError([{ field, key, values }]);
  }

  /** From shared validators, whose codes are message keys under `errors.`. */
  static fromIssues(issues: readonly Issue[]): InputError {
    return new InputError(issues.map((i) => ({ field: i.field, key: `errors.${i.code}`, values: i.values })));
  }
}

/** An action refused for a reason the user can act on; the UI shows `key` in their language. */
export class RefusedError extends Error {
  constructor(
    readonly key: string,
    readonly values: Record<string, string | number> = {},
  ) {
    super(key);
    this.name = 'RefusedError';
  }
}
