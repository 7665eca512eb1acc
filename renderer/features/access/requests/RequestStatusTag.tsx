import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AccessStatus } from '@shared/model/lists';

const COLOR: Record<AccessStatus, string> = {
  draft: 'default',
  submitted: 'processing',
  admitted: 'success',
  refused: 'error',
  returned: 'warning',
  revoked: 'default',
};

export function RequestStatusTag({ status }: { status: AccessStatus }) {
  const { t } = useTranslation();
  return <Tag color={COLOR[status]}>{t(`access.status.${status}`)}</Tag>;
}
