import { Breadcrumb } from 'antd';
import { useTranslation } from 'react-i18next';
import { useUiStore } from '../../app/ui-store';
import { useScopeUnits } from '../../common/scope/use-org';

/** The current scope, from the city down; each step can be clicked to widen the scope. */
export function ScopeBreadcrumb() {
  const { t } = useTranslation();
  const { scope, setScope } = useUiStore();
  const units = useScopeUnits(scope) ?? [];
  return (
    <Breadcrumb
      data-testid="scope-breadcrumb"
      items={[
        { key: 'city', title: <a onClick={() => setScope('')}>{t('scope.city')}</a> },
        ...units.map((u, i) => ({
          key: u.code,
          title: i === units.length - 1 ? u.name : <a onClick={() => setScope(u.orgPath)}>{u.name}</a>,
        })),
      ]}
    />
  );
}
