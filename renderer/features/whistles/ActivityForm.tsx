import { Col, DatePicker, Form, Input, InputNumber, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Dayjs } from 'dayjs';
import type { ReportingMember, ServiceActivity } from '@shared/model/dual-report';
import { MAX_ACTIVITY_HOURS } from '@shared/whistles/dual-report-checks';
import { db } from '../../db';
import { useSession } from '../../app/session';
import { FormModal } from '../../app/components/FormModal';
import { fromDay, todayInBeijing, toDay } from '../../common/dates';
import { saveActivity } from './dual-report-repository';
import { useCommunityPlaces, useWhistlesNear } from './use-dual-report';

interface Values {
  date?: Dayjs;
  hours: number;
  content: string;
  placeId?: string;
  whistleId?: string;
}

/** One service of a member: the day, its hours, what was done, and the place or 吹哨 event it served. */
export function ActivityForm({
  member,
  row,
  onClose,
}: {
  member: ReportingMember;
  row?: ServiceActivity;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const user = useSession((s) => s.user);
  const places = useCommunityPlaces(member.orgPath);
  const whistles = useWhistlesNear(member.orgPath);
  const initial: Partial<Values> = row
    ? { ...row, date: fromDay(row.date) }
    : { date: fromDay(todayInBeijing()) };
  return (
    <FormModal<Values>
      title={row ? t('whistles.dual.activities.edit') : t('whistles.dual.activities.add')}
      form={form}
      initialValues={initial}
      onClose={onClose}
      onSubmit={async (v) => {
        await saveActivity(
          db,
          member.id,
          { ...v, date: toDay(v.date) ?? '', content: v.content ?? '' },
          user,
          todayInBeijing(),
          row?.id,
        );
      }}
    >
      <Row gutter={12}>
        <Col span={12}>
          <Form.Item
            name="date"
            label={t('whistles.dual.activities.date')}
            rules={[{ required: true, message: t('errors.dualReport.dateRequired') }]}
          >
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item
            name="hours"
            label={t('whistles.dual.activities.hours')}
            rules={[
              {
                required: true,
                type: 'number',
                min: 0.1,
                max: MAX_ACTIVITY_HOURS,
                message: t('errors.dualReport.hoursRange', { max: MAX_ACTIVITY_HOURS }),
              },
            ]}
          >
            <InputNumber min={0} max={MAX_ACTIVITY_HOURS} step={0.5} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item
        name="content"
        label={t('whistles.dual.activities.content')}
        rules={[{ required: true, whitespace: true, message: t('errors.dualReport.contentRequired') }]}
      >
        <Input.TextArea rows={2} maxLength={200} />
      </Form.Item>
      <Form.Item name="placeId" label={t('whistles.dual.activities.place')}>
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          loading={places === undefined}
          options={(places ?? []).map((p) => ({ value: p.id, label: p.name }))}
        />
      </Form.Item>
      <Form.Item name="whistleId" label={t('whistles.dual.activities.whistle')}>
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          options={whistles.map((w) => ({ value: w.id, label: `${w.blownAt.slice(0, 10)} ${w.title}` }))}
        />
      </Form.Item>
    </FormModal>
  );
}
