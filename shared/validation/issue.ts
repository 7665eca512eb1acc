/**
 * A problem with input, for any form, import row or request: the field it concerns and a
 * stable code. The UI shows the message `errors.<code>` in the user's language, filled with
 * `values`; logs keep the code and never the value.
 */
export interface Issue {
  field: string;
  code: string;
  values?: Record<string, string | number>;
}

export type Checked<T> = { ok: true; value: T } | { ok: false; issues: Issue[] };
