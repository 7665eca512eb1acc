import { App, Select, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Ticket } from '@shared/model/ticket';
import { db } from '../../db';
import { useSession } from '../../app/session';
import { classify } from './tickets-repository';

/** The street duty list in force: what a ticket is classified against (it feeds the 派单目录). */
function useDutyItems() {
  return useLiveQuery(async () => {
    const editions = (await db.listEditions.toArray()).filter(
      (e) => e.kind === 'streetDuties' && e.status === 'published' && !e.deleted,
    );
    if (editions.length === 0) return [];
    const items = await db.listItems
      .where('editionId')
      .anyOf(editions.map((e) => e.id))
      .toArray();
    return items.filter((i) => !i.deleted).sort((a, b) => a.code.localeCompare(b.code));
  }, []);
}

/**
 * 职责归属: the duty-list item a ticket falls under. Our duty: handle it; a department's: 退单 or
 * 申请改派 with the reason (the card's buttons); needs departments on site: 吹哨.
 */
export function Classify({ ticket }: { ticket: Ticket }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const user = useSession((s) => s.user);
  const items = useDutyItems();
  const open = ticket.state !== 'closed' && ticket.state !== 'returned';
  return (
    <Space direction="vertical" size={4} style={{ width: '100%' }}>
      <Typography.Text strong>{t('tickets.classify.title')}</Typography.Text>
      <Select
        showSearch
        allowClear={false}
        disabled={!open}
        style={{ width: '100%' }}
        aria-label={t('tickets.classify.title')}
        placeholder={t('tickets.classify.placeholder')}
        optionFilterProp="label"
        value={ticket.listItemId}
        options={(items ?? []).map((i) => ({ value: i.id, label: `${i.code} ${i.title}` }))}
        onChange={async (id: string) => {
          const item = items?.find((i) => i.id === id);
          if (!item) return;
          await classify(db, ticket, item, user.displayName);
          void message.success(t('tickets.classify.done', { item: `${item.code} ${item.title}` }));
        }}
      />
      <Typography.Text type="secondary">{t('tickets.classify.help')}</Typography.Text>
    </Space>
  );
}
