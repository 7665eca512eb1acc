import { Col, DatePicker, Form, Input, InputNumber, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Dayjs } from 'dayjs';
import {
  DEMO_POINT_KINDS,
  DEMO_POINT_TARGETS,
  type DemoPoint,
  type DemoPointKind,
  type DemoPointStatus,
} from '@shared/model/governance';
import { NEXT_STATUSES } from '@shared/governance/demo-points';
import { communityCodeOf } from '@shared/org/paths';
import { db } from '../../db';
import { useSession } from '../../app/session';
import { FormModal } from '../../app/components/FormModal';
import { CommunitySelect } from '../../common/scope/CommunitySelect';
import { fromDay, todayInBeijing, toDay } from '../../common/dates';
import { applyDemoPoint, changeDemoPointStatus } from './governance-repository';
import { useCommunityPlaces } from './use-governance';

interface ApplyValues {
  kind: DemoPointKind;
  communityCode?: string;
  placeId?: string;
  year: number;
  criteria: string;
  appliedOn?: Dayjs;
}

/** Applies for a designation: a community's consultation point, or one of its buildings/courtyards. */
export function DemoPointForm({ scope, onClose }: { scope: string; onClose(): void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<ApplyValues>();
  const user = useSession((s) => s.user);
  const kind = Form.useWatch('kind', form) ?? 'consultation';
  const communityCode = Form.useWatch('communityCode', form);
  const places = useCommunityPlaces(communityCode);
  return (
    <FormModal<ApplyValues>
      title={t('governance.demoForm.title')}
      form={form}
      initialValues={{
        kind: 'consultation',
        communityCode: communityCodeOf(scope),
        year: DEMO_POINT_TARGETS.consultation.year,
        appliedOn: fromDay(todayInBeijing()),
      }}
      onClose={onClose}
      onSubmit={async (v) => {
        await applyDemoPoint(db, { ...v, appliedOn: toDay(v.appliedOn) ?? '' }, user, todayInBeijing());
      }}
    >
      <Row gutter={12}>
        <Col span={12}>
          <Form.Item name="kind" label={t('governance.demoForm.kind')}>
            <Select
              options={DEMO_POINT_KINDS.map((k) => ({ value: k, label: t(`governance.demoKind.${k}`) }))}
            />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item
            name="communityCode"
            label={t('governance.demoForm.community')}
            rules={[{ required: true, message: t('errors.governance.communityRequired') }]}
          >
            <CommunitySelect scope={scope} />
          </Form.Item>
        </Col>
      </Row>
      {kind === 'placeGovernance' && (
        <Form.Item
          name="placeId"
          label={t('governance.demoForm.place')}
          rules={[{ required: true, message: t('errors.governance.placeRequired') }]}
        >
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            options={(places ?? []).map((p) => ({ value: p.id, label: p.name }))}
          />
        </Form.Item>
      )}
      <Row gutter={12}>
        <Col span={12}>
          <Form.Item
            name="year"
            label={t('governance.demoForm.year')}
            rules={[
              {
                required: true,
                type: 'integer',
                min: 2000,
                max: 2100,
                message: t('errors.governance.yearRange'),
              },
            ]}
          >
            <InputNumber precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item
            name="appliedOn"
            label={t('governance.demoForm.appliedOn')}
            rules={[{ required: true, message: t('errors.governance.dateRequired') }]}
          >
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item
        name="criteria"
        label={t('governance.demoForm.criteria')}
        rules={[{ required: true, whitespace: true, message: t('errors.governance.criteriaRequired') }]}
      >
        <Input.TextArea rows={3} maxLength={1000} />
      </Form.Item>
    </FormModal>
  );
}

interface StatusValues {
  to: DemoPointStatus;
  on?: Dayjs;
  note?: string;
}

/** Moves a point on (创建中, 验收通过) or revokes it, with a note; the history keeps the old status. */
export function StatusForm({ point, onClose }: { point: DemoPoint; onClose(): void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<StatusValues>();
  const user = useSession((s) => s.user);
  const next = NEXT_STATUSES[point.status];
  return (
    <FormModal<StatusValues>
      title={t('governance.demoForm.statusTitle')}
      form={form}
      initialValues={{ to: next[0], on: fromDay(todayInBeijing()) }}
      onClose={onClose}
      onSubmit={async (v) => {
        await changeDemoPointStatus(db, point.id, { ...v, on: toDay(v.on) ?? '' }, user, todayInBeijing());
      }}
    >
      <Form.Item name="to" label={t('governance.demoForm.to')}>
        <Select options={next.map((s) => ({ value: s, label: t(`governance.demoStatus.${s}`) }))} />
      </Form.Item>
      <Form.Item
        name="on"
        label={t('governance.demoForm.on')}
        rules={[{ required: true, message: t('errors.governance.dateRequired') }]}
      >
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="note" label={t('governance.demoForm.note')}>
        <Input.TextArea rows={2} maxLength={500} />
      </Form.Item>
    </FormModal>
  );
}
