import { DatePicker, Form, Input, InputNumber, Select, Switch, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { WHISTLE_REASONS, type WhistleReason } from '@shared/model/whistle';
import type { Ticket } from '@shared/model/ticket';
import { ORG_DEPTH } from '@shared/model/org';
import { depthOf } from '@shared/org/paths';
import { DEFAULT_REPORT_MINUTES, MAX_REPORT_MINUTES, MIN_REPORT_MINUTES } from '@shared/whistles/rules';
import { db } from '../../db';
import { useSession } from '../../app/session';
import { FormModal } from '../../app/components/FormModal';
import { InputError } from '../../app/input-error';
import { fromBeijingWallClock, toBeijingWallClock } from '../../common/dates';
import { useResponders } from './use-whistles';
import { blowWhistle } from './whistles-repository';

interface Values {
  title: string;
  reason: WhistleReason;
  description?: string;
  address?: string;
  enforcementItemId?: string;
  responderIds: string[];
  reportWithinMin: number;
  blownAt: Dayjs;
  byCommunity: boolean;
}

/** The enforcement list's items in force, for a 综合执法 whistle to name what it enforces. */
function useEnforcementItems() {
  return useLiveQuery(async () => {
    const editions = await db.listEditions.toArray();
    const inForce = editions.filter(
      (e) => e.kind === 'enforcement' && e.status === 'published' && !e.deleted,
    );
    if (inForce.length === 0) return [];
    const items = await db.listItems
      .where('editionId')
      .anyOf(inForce.map((e) => e.id))
      .toArray();
    return items.filter((i) => !i.deleted).sort((a, b) => a.code.localeCompare(b.code));
  }, []);
}

/**
 * Blowing a whistle: the situation, where, the units summoned and the minutes they have. From a
 * ticket, the event starts with its content, address and place, and links it.
 */
export function BlowForm({
  scope,
  ticket,
  onClose,
  onBlown,
}: {
  scope: string;
  ticket?: Ticket;
  onClose(): void;
  onBlown(id: string): void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const user = useSession((s) => s.user);
  const responders = useResponders(scope);
  const items = useEnforcementItems();
  const reason = Form.useWatch('reason', form);
  // An event belongs to a street or a community: the ticket's, else the scope when it is that deep.
  const orgPath = ticket?.orgPath ?? scope;
  const deepEnough = depthOf(orgPath) >= ORG_DEPTH.street;

  return (
    <FormModal<Values>
      title={ticket ? t('whistles.blow.fromTicket', { number: ticket.number }) : t('whistles.blow.title')}
      form={form}
      width={640}
      initialValues={{
        title: ticket?.category ?? ticket?.content.slice(0, 40) ?? '',
        reason: 'residents',
        description: ticket?.content,
        address: ticket?.address,
        responderIds: [],
        reportWithinMin: DEFAULT_REPORT_MINUTES.residents,
        blownAt: toBeijingWallClock(new Date().toISOString()),
        byCommunity: user.role === 'field',
      }}
      onClose={onClose}
      onSubmit={async (v) => {
        if (!deepEnough) throw InputError.of('title', 'errors.whistles.scopeStreet');
        const whistle = await blowWhistle(
          db,
          {
            title: v.title,
            reason: v.reason,
            description: v.description,
            address: v.address,
            placeId: ticket?.placeId,
            enforcementItemId: v.enforcementItemId,
            ticketIds: ticket ? [ticket.id] : [],
            byCommunity: v.byCommunity,
            blownAt: fromBeijingWallClock(v.blownAt),
            reportWithinMin: v.reportWithinMin,
            responderIds: v.responderIds,
            orgPath,
          },
          user,
        );
        onBlown(whistle.id);
      }}
    >
      {!deepEnough && (
        <Typography.Paragraph type="warning">{t('errors.whistles.scopeStreet')}</Typography.Paragraph>
      )}
      <Form.Item
        name="title"
        label={t('whistles.blow.name')}
        rules={[{ required: true, whitespace: true, message: t('errors.whistles.titleRequired') }]}
      >
        <Input maxLength={80} />
      </Form.Item>
      <Form.Item name="reason" label={t('whistles.blow.reason')}>
        <Select
          options={WHISTLE_REASONS.map((r) => ({ value: r, label: t(`whistles.reason.${r}`) }))}
          onChange={(r: WhistleReason) => {
            // The minutes follow the situation until the user sets them.
            if (!form.isFieldTouched('reportWithinMin'))
              form.setFieldValue('reportWithinMin', DEFAULT_REPORT_MINUTES[r]);
          }}
        />
      </Form.Item>
      {reason === 'enforcement' && (
        <Form.Item name="enforcementItemId" label={t('whistles.blow.enforcementItem')}>
          <Select
            showSearch
            allowClear
            optionFilterProp="label"
            options={(items ?? []).map((i) => ({ value: i.id, label: `${i.code} ${i.title}` }))}
          />
        </Form.Item>
      )}
      <Form.Item name="address" label={t('whistles.blow.address')}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="description" label={t('whistles.blow.description')}>
        <Input.TextArea rows={2} maxLength={1000} />
      </Form.Item>
      <Form.Item
        name="responderIds"
        label={t('whistles.blow.responders')}
        rules={[{ required: true, type: 'array', min: 1, message: t('errors.whistles.noResponders') }]}
      >
        <Select
          mode="multiple"
          optionFilterProp="label"
          options={(responders ?? []).map((r) => ({
            value: r.id,
            label: r.contact ? `${r.name}（${r.contact}）` : r.name,
          }))}
        />
      </Form.Item>
      <Form.Item
        name="reportWithinMin"
        label={t('whistles.blow.minutes')}
        rules={[
          {
            required: true,
            message: t('errors.whistles.minutesRange', { min: MIN_REPORT_MINUTES, max: MAX_REPORT_MINUTES }),
          },
        ]}
      >
        <InputNumber min={MIN_REPORT_MINUTES} max={MAX_REPORT_MINUTES} precision={0} />
      </Form.Item>
      <Form.Item name="blownAt" label={t('whistles.blow.blownAt')} rules={[{ required: true }]}>
        <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" />
      </Form.Item>
      <Form.Item name="byCommunity" label={t('whistles.blow.byCommunity')} valuePropName="checked">
        <Switch />
      </Form.Item>
    </FormModal>
  );
}
