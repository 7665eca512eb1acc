import { Checkbox, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Whistle } from '@shared/model/whistle';
import { db } from '../../db';
import { useSession } from '../../app/session';
import { FormModal } from '../../app/components/FormModal';
import { closeWhistle } from './whistles-repository';

interface Values {
  outcome: string;
  resolvedTicketIds: string[];
}

/** Closing an event: its outcome, and which of its tickets it resolved (they move on to 反馈). */
export function CloseForm({ whistle, onClose }: { whistle: Whistle; onClose(): void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const user = useSession((s) => s.user);
  const tickets = useLiveQuery(() => db.tickets.bulkGet(whistle.ticketIds), [whistle.ticketIds]);
  return (
    <FormModal<Values>
      title={t('whistles.dialog.closeTitle', { title: whistle.title })}
      form={form}
      initialValues={{ outcome: '', resolvedTicketIds: whistle.ticketIds }}
      onClose={onClose}
      onSubmit={(v) =>
        closeWhistle(
          db,
          whistle.id,
          {
            outcome: v.outcome,
            resolvedTicketIds: v.resolvedTicketIds ?? [],
            // The ticket's step reads in the language of whoever closed the event.
            ticketNote: t('whistles.dialog.resolvedNote', {
              title: whistle.title,
              outcome: v.outcome.trim(),
            }),
          },
          user,
        )
      }
    >
      <Form.Item
        name="outcome"
        label={t('whistles.dialog.outcome')}
        rules={[{ required: true, whitespace: true, message: t('errors.whistles.outcomeRequired') }]}
      >
        <Input.TextArea rows={3} maxLength={1000} />
      </Form.Item>
      {whistle.ticketIds.length > 0 && (
        <Form.Item name="resolvedTicketIds" label={t('whistles.dialog.resolved')}>
          <Checkbox.Group
            options={(tickets ?? [])
              .filter((ticket) => ticket !== undefined)
              .map((ticket) => ({ value: ticket.id, label: `${ticket.number} ${ticket.category ?? ''}` }))}
          />
        </Form.Item>
      )}
    </FormModal>
  );
}
