import { useTranslation } from 'react-i18next';
import { ASSISTANCE_MODES, type AssistanceMode } from '@shared/model/lists';
import type { CheckResult } from '@shared/access/checks';
import { translateDynamic } from '../../../app/i18n';
import { useUnitNames } from '../use-access';

const isMode = (v: string): v is AssistanceMode => (ASSISTANCE_MODES as readonly string[]).includes(v);

/**
 * How check results read: the reason in the user's language, and what it lists — modes by
 * name, communities by name, free text as written.
 */
export function useCheckText(results: readonly CheckResult[]) {
  const { t } = useTranslation();
  const names = useUnitNames(results.flatMap((r) => r.list ?? []).filter((v) => /^\d{12}$/.test(v)));
  const label = (v: string) => (isMode(v) ? t(`lists.mode.${v}`) : (names.get(v) ?? v));
  const reason = (r: CheckResult) => translateDynamic(`errors.${r.reason}`, r.values);
  /** The whole sentence, for print: reasons that introduce a list end with it. */
  const sentence = (r: CheckResult) =>
    r.list
      ? `${reason(r)}${r.list.map(label).join(t('common.separator'))}${t('access.notice.sentenceEnd')}`
      : reason(r);
  return { label, reason, sentence };
}
