import type { Rule } from 'antd/es/form';
import type { TFunction } from 'i18next';
import { checkMobile, checkPhone } from '@shared/validation/phone';

/**
 * An antd rule for an optional phone field, checked by the shared rule the Excel import and the
 * server use too, so a number a form accepts is one an import accepts.
 */
export function phoneRule(t: TFunction, kind: 'mobile' | 'any' = 'mobile'): Rule {
  return {
    validator: async (_, value: string | undefined) => {
      if (!value) return;
      const checked = kind === 'mobile' ? checkMobile(value) : checkPhone(value);
      if ('issue' in checked) throw new Error(t(`errors.${checked.issue}`));
    },
  };
}
