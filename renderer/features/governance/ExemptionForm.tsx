import { DatePicker, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Dayjs } from 'dayjs';
import { db } from '../../db';
import { useSession } from '../../app/session';
import { FormModal } from '../../app/components/FormModal';
import { fromDay, todayInBeijing, toDay } from '../../common/dates';
import { saveExemption } from './governance-repository';

interface Values {
  reason: string;
  since?: Dayjs;
}

/** The street says a small community runs without committees: then nothing flags it. */
export function ExemptionForm({ communityCode, onClose }: { communityCode: string; onClose(): void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const user = useSession((s) => s.user);
  return (
    <FormModal<Values>
      title={t('governance.committees.exemption')}
      form={form}
      initialValues={{ since: fromDay(todayInBeijing()) }}
      onClose={onClose}
      onSubmit={async (v) => {
        await saveExemption(
          db,
          communityCode,
          { reason: v.reason, since: toDay(v.since) ?? '' },
          user,
          todayInBeijing(),
        );
      }}
    >
      <Form.Item
        name="reason"
        label={t('governance.committees.exemptionReason')}
        rules={[{ required: true, whitespace: true, message: t('errors.governance.reasonRequired') }]}
      >
        <Input.TextArea rows={3} maxLength={500} />
      </Form.Item>
      <Form.Item
        name="since"
        label={t('governance.committees.since')}
        rules={[{ required: true, message: t('errors.governance.dateRequired') }]}
      >
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
    </FormModal>
  );
}
