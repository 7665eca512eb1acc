import { Button, Card, List, Tag, Typography } from 'antd';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Urgency } from '@shared/home/agenda';
import { useSession } from '../../app/session';
import { useAgenda } from './use-agenda';

const URGENCY_COLOR: Record<Urgency, string> = { overdue: 'red', due: 'orange', notice: 'blue' };

/** 今日待办: what is due or wrong in the scope for this role, most urgent first, each a link to fix it. */
export function AgendaCard({ scope }: { scope: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const role = useSession((s) => s.user.role);
  const items = useAgenda(scope, role);
  return (
    <Card size="small" title={t('overview.agenda.title')} data-testid="agenda" loading={items === undefined}>
      <List
        size="small"
        dataSource={items ?? []}
        locale={{ emptyText: t('overview.agenda.empty') }}
        renderItem={(item) => (
          <List.Item
            data-testid={`agenda-${item.kind}`}
            actions={[
              <Button key="open" type="link" size="small" onClick={() => navigate(item.link)}>
                {t('overview.agenda.open')}
              </Button>,
            ]}
          >
            <div className="agenda-item">
              <Tag color={URGENCY_COLOR[item.urgency]}>{t(`overview.agenda.urgency.${item.urgency}`)}</Tag>
              <Typography.Text>
                {t(`overview.agenda.${item.kind}`, { count: item.count, ...item.values })}
              </Typography.Text>
            </div>
          </List.Item>
        )}
      />
    </Card>
  );
}
