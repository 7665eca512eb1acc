import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCommunitiesInScope } from './use-org';

/** Picks a community or village among those in a scope (a form control: value/onChange from Form.Item). */
export function CommunitySelect({
  id,
  scope,
  value,
  onChange,
  disabled,
}: {
  /** From Form.Item: ties the field's label to the control, so it is named by it. */
  id?: string;
  scope: string;
  value?: string;
  onChange?(code: string): void;
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  const communities = useCommunitiesInScope(scope);
  return (
    <Select
      id={id}
      showSearch={{ optionFilterProp: 'label' }}
      placeholder={t('places.form.communityPlaceholder')}
      disabled={disabled}
      value={value}
      onChange={onChange}
      options={(communities ?? []).map((c) => ({ value: c.code, label: c.name }))}
    />
  );
}
