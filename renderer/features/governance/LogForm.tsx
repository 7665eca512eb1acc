import { Col, DatePicker, Form, Input, InputNumber, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Dayjs } from 'dayjs';
import type { Committee, CommitteeLog } from '@shared/model/governance';
import { db } from '../../db';
import { useSession } from '../../app/session';
import { FormModal } from '../../app/components/FormModal';
import { fromDay, todayInBeijing, toDay } from '../../common/dates';
import { saveLog } from './governance-repository';

interface Values {
  date?: Dayjs;
  kind: CommitteeLog['kind'];
  summary: string;
  participants?: number;
}

/** A committee's work log entry: an activity it held or a matter it handled. */
export function LogForm({ committee, onClose }: { committee: Committee; onClose(): void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const user = useSession((s) => s.user);
  return (
    <FormModal<Values>
      title={t('governance.logForm.add', { kind: t(`governance.committeeKind.${committee.kind}`) })}
      form={form}
      initialValues={{ date: fromDay(todayInBeijing()), kind: 'activity' }}
      onClose={onClose}
      onSubmit={async (v) => {
        await saveLog(
          db,
          committee.id,
          { ...v, date: toDay(v.date) ?? '', participants: v.participants ?? undefined },
          user,
          todayInBeijing(),
        );
      }}
    >
      <Row gutter={12}>
        <Col span={12}>
          <Form.Item
            name="date"
            label={t('governance.logForm.date')}
            rules={[{ required: true, message: t('errors.governance.dateRequired') }]}
          >
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="kind" label={t('governance.logForm.kind')}>
            <Select
              options={[
                { value: 'activity', label: t('governance.logForm.activity') },
                { value: 'matter', label: t('governance.logForm.matter') },
              ]}
            />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item
        name="summary"
        label={t('governance.logForm.summary')}
        rules={[{ required: true, whitespace: true, message: t('errors.governance.summaryRequired') }]}
      >
        <Input.TextArea rows={3} maxLength={1000} />
      </Form.Item>
      <Form.Item name="participants" label={t('governance.logForm.participants')}>
        <InputNumber min={0} precision={0} style={{ width: 160 }} />
      </Form.Item>
    </FormModal>
  );
}
