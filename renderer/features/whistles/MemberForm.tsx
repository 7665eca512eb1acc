import { Col, Form, Input, Row, Select, DatePicker } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Dayjs } from 'dayjs';
import { REPORTING_MEMBER_KINDS, UNIT_TYPES, type ReportingMember } from '@shared/model/dual-report';
import type { MemberInput } from '@shared/whistles/dual-report-checks';
import { communityCodeOf } from '@shared/org/paths';
import { db } from '../../db';
import { useSession } from '../../app/session';
import { FormModal } from '../../app/components/FormModal';
import { CommunitySelect } from '../../common/scope/CommunitySelect';
import { phoneRule } from '../../common/form-rules';
import { fromDay, todayInBeijing, toDay } from '../../common/dates';
import { saveMember } from './dual-report-repository';

type Values = Omit<MemberInput, 'reportedOn'> & { communityCode?: string; reportedOn?: Dayjs };

/** Registers a 驻区单位 or an 在职党员 with the community it reports to; the fields follow the kind. */
export function MemberForm({
  row,
  scope,
  onClose,
}: {
  row?: ReportingMember;
  scope: string;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const user = useSession((s) => s.user);
  const kind = Form.useWatch('kind', form) ?? row?.kind ?? 'partyMember';
  const initial: Partial<Values> = row
    ? { ...row, communityCode: communityCodeOf(row.orgPath), reportedOn: fromDay(row.reportedOn) }
    : { kind: 'partyMember', communityCode: communityCodeOf(scope), reportedOn: fromDay(todayInBeijing()) };
  return (
    <FormModal<Values>
      title={row ? t('whistles.dual.edit') : t('whistles.dual.add')}
      form={form}
      initialValues={initial}
      onClose={onClose}
      onSubmit={async (v) => {
        await saveMember(
          db,
          { ...v, reportedOn: toDay(v.reportedOn) ?? '' },
          user,
          todayInBeijing(),
          row?.id,
        );
      }}
    >
      <Row gutter={12}>
        <Col span={10}>
          <Form.Item name="kind" label={t('whistles.dual.form.kind')}>
            <Select
              options={REPORTING_MEMBER_KINDS.map((k) => ({
                value: k,
                label: t(`whistles.dual.memberKind.${k}`),
              }))}
            />
          </Form.Item>
        </Col>
        <Col span={14}>
          <Form.Item
            name="communityCode"
            label={t('whistles.dual.form.community')}
            rules={[{ required: true, message: t('errors.dualReport.communityRequired') }]}
          >
            <CommunitySelect scope={row ? row.orgPath : scope} disabled={!!row} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item
        name="name"
        label={t('whistles.dual.form.name')}
        rules={[{ required: true, whitespace: true, message: t('errors.dualReport.nameRequired') }]}
      >
        <Input maxLength={60} />
      </Form.Item>
      {kind === 'organisation' ? (
        <Row gutter={12}>
          <Col span={10}>
            <Form.Item name="unitType" label={t('whistles.dual.form.unitType')}>
              <Select
                allowClear
                options={UNIT_TYPES.map((u) => ({ value: u, label: t(`whistles.dual.unitType.${u}`) }))}
              />
            </Form.Item>
          </Col>
          <Col span={14}>
            <Form.Item name="contact" label={t('whistles.dual.form.contact')}>
              <Input maxLength={100} />
            </Form.Item>
          </Col>
        </Row>
      ) : (
        <Row gutter={12}>
          <Col span={14}>
            <Form.Item name="employer" label={t('whistles.dual.form.employer')}>
              <Input maxLength={60} />
            </Form.Item>
          </Col>
          <Col span={10}>
            <Form.Item name="phone" label={t('whistles.dual.form.phone')} rules={[phoneRule(t)]}>
              <Input maxLength={20} autoComplete="off" />
            </Form.Item>
          </Col>
        </Row>
      )}
      <Form.Item
        name="reportedOn"
        label={t('whistles.dual.form.reportedOn')}
        rules={[{ required: true, message: t('errors.dualReport.dateRequired') }]}
      >
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
    </FormModal>
  );
}
