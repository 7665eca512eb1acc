import { Button, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { canWriteTable } from '@shared/auth/roles';
import { useSession } from '../../app/session';
import { useRosterUi } from './roster-ui-store';

/** What can be done with the selected coordinators: assign, change status, transfer. */
export function SelectionBar() {
  const { t } = useTranslation();
  const { selected, clearSelection, openBulk } = useRosterUi();
  const role = useSession((s) => s.user.role);
  if (selected.size === 0) return null;
  const ids = [...selected];
  const canWrite = canWriteTable(role, 'coordinators');
  return (
    <Space className="selection-bar" wrap data-testid="selection-bar">
      <Typography.Text strong>
        {t('coordinators.selection.selected', { count: selected.size })}
      </Typography.Text>
      <Button
        size="small"
        type="primary"
        disabled={!canWriteTable(role, 'assignments')}
        onClick={() => openBulk({ action: 'assign', ids })}
      >
        {t('coordinators.selection.assign')}
      </Button>
      <Button size="small" disabled={!canWrite} onClick={() => openBulk({ action: 'status', ids })}>
        {t('coordinators.selection.status')}
      </Button>
      <Button size="small" disabled={!canWrite} onClick={() => openBulk({ action: 'transfer', ids })}>
        {t('coordinators.selection.transfer')}
      </Button>
      <Button size="small" type="link" onClick={clearSelection}>
        {t('coordinators.selection.clear')}
      </Button>
    </Space>
  );
}
