import { DatePicker, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { TicketAction, TicketResolution, TicketSatisfaction } from '@shared/model/ticket';
import { db } from '../../db';
import { useSession } from '../../app/session';
import { FormModal } from '../../app/components/FormModal';
import { takeStep } from './tickets-repository';
import type { TicketRow } from './use-tickets';

interface Values {
  note?: string;
  due?: Dayjs;
  resolution?: TicketResolution;
  satisfaction?: TicketSatisfaction;
}

const NEEDS_REASON: readonly TicketAction[] = ['return', 'exclude', 'extend', 'markComplex'];

/** One step on a ticket: its note or reason, and what the step needs (new time limit, call-back verdict). */
export function StepDialog({
  row,
  action,
  onClose,
}: {
  row: TicketRow;
  action: TicketAction;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const user = useSession((s) => s.user);
  const actionName = t(`tickets.action.${action}`);
  return (
    <FormModal<Values>
      title={t('tickets.step.title', { action: actionName, number: row.number })}
      form={form}
      onClose={onClose}
      onSubmit={async (v) => {
        await takeStep(
          db,
          row,
          {
            action,
            at: new Date().toISOString(),
            note: v.note?.trim() || undefined,
            dueAt: v.due?.toISOString(),
            resolution: v.resolution,
            satisfaction: v.satisfaction,
          },
          user.displayName,
        );
      }}
    >
      {action === 'extend' && (
        <Form.Item
          name="due"
          label={t('tickets.step.due')}
          rules={[{ required: true, message: t('errors.tickets.workflow.dueRequired') }]}
        >
          <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" />
        </Form.Item>
      )}
      {action === 'visit' && (
        <>
          <Form.Item
            name="resolution"
            label={t('tickets.step.resolution')}
            rules={[{ required: true, message: t('errors.tickets.workflow.verdictRequired') }]}
          >
            <Select
              options={(['resolved', 'unresolved'] as const).map((v) => ({
                value: v,
                label: t(`tickets.resolution.${v}`),
              }))}
            />
          </Form.Item>
          <Form.Item
            name="satisfaction"
            label={t('tickets.step.satisfaction')}
            rules={[{ required: true, message: t('errors.tickets.workflow.verdictRequired') }]}
          >
            <Select
              options={(['satisfied', 'basicallySatisfied', 'dissatisfied'] as const).map((v) => ({
                value: v,
                label: t(`tickets.satisfaction.${v}`),
              }))}
            />
          </Form.Item>
        </>
      )}
      <Form.Item
        name="note"
        label={NEEDS_REASON.includes(action) ? t('tickets.step.reason') : t('tickets.step.note')}
        rules={
          NEEDS_REASON.includes(action)
            ? [{ required: true, whitespace: true, message: t('errors.tickets.workflow.reasonRequired') }]
            : []
        }
      >
        <Input.TextArea rows={3} maxLength={1000} />
      </Form.Item>
    </FormModal>
  );
}
