import { App, Col, DatePicker, Form, Input, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { BurdenComplaint } from '@shared/model/lists';
import type { BurdenComplaintInput } from '@shared/access/complaints';
import { useUiStore } from '../../../app/ui-store';
import { FormModal } from '../../../app/components/FormModal';
import { useCommunitiesInScope } from '../../../common/scope/use-org';
import { fromDay, toDay } from '../../../common/dates';
import { saveComplaint } from '../access-repository';
import { useDepartmentNames, useRequests } from '../use-access';
import { communityCodeOf, upTo } from '@shared/org/paths';
import { ORG_DEPTH } from '@shared/model/org';

type Values = Omit<BurdenComplaintInput, 'receivedOn'> & { receivedOn?: Dayjs };
export type ComplaintPreset = Partial<
  Pick<BurdenComplaintInput, 'communityCode' | 'ticketNumber' | 'summary' | 'receivedOn'>
>;

/** A residents' committee's 12345 complaint of work it was given without admission. */
export function ComplaintForm({
  complaint,
  preset,
  onClose,
}: {
  complaint?: BurdenComplaint;
  /** A new complaint's fields known already: those of the 12345 ticket it came in as. */
  preset?: ComplaintPreset;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const scope = useUiStore((s) => s.scope);
  const communityCode = Form.useWatch('communityCode', form);
  const departments = useDepartmentNames();
  // Complaints come from the communities of the street in view (or of the complaint's own).
  const communities = useCommunitiesInScope(complaint ? complaint.orgPath : upTo(scope, ORG_DEPTH.street));
  // Requests sent to the chosen community: the complaint may be about one of them.
  const requests = useRequests(
    communityCode ? `${communityCode.slice(0, 6)}/${communityCode.slice(0, 9)}/${communityCode}` : scope,
  );
  const initial: Partial<Values> = complaint
    ? { ...complaint, receivedOn: fromDay(complaint.receivedOn) }
    : {
        communityCode: preset?.communityCode ?? communityCodeOf(scope),
        ticketNumber: preset?.ticketNumber,
        summary: preset?.summary,
        receivedOn: preset?.receivedOn ? fromDay(preset.receivedOn) : dayjs(),
      };
  return (
    <FormModal<Values>
      form={form}
      width={720}
      initialValues={initial}
      title={complaint ? t('access.complaints.titleEdit') : t('access.complaints.titleNew')}
      onClose={onClose}
      onSubmit={async (v) => {
        await saveComplaint(
          {
            ...v,
            communityCode: v.communityCode ?? '',
            department: v.department ?? '',
            summary: v.summary ?? '',
            receivedOn: toDay(v.receivedOn) ?? '',
          },
          complaint?.id,
        );
        void message.success(t('access.complaints.saved'));
      }}
    >
      <Row gutter={12}>
        <Col span={12}>
          <Form.Item
            name="communityCode"
            label={t('access.complaints.community')}
            rules={[{ required: true, message: t('errors.access.complaint.communityRequired') }]}
          >
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              disabled={!!complaint}
              options={(communities ?? []).map((c) => ({ value: c.code, label: c.name }))}
            />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item
            name="department"
            label={t('access.complaints.department')}
            rules={[
              { required: true, whitespace: true, message: t('errors.access.complaint.departmentRequired') },
            ]}
          >
            {/* Picked, never typed: a typed name created a department that split the counts. */}
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              options={[...new Set([...departments, ...(complaint ? [complaint.department] : [])])].map(
                (d) => ({
                  value: d,
                  label: d,
                }),
              )}
              notFoundContent={t('access.complaints.departmentNotFound')}
            />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={12}>
        <Col span={12}>
          <Form.Item name="ticketNumber" label={t('access.complaints.ticketNumber')}>
            <Input maxLength={30} inputMode="numeric" className="mono" />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item
            name="receivedOn"
            label={t('access.complaints.receivedOn')}
            rules={[{ required: true, message: t('errors.date.format') }]}
          >
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="accessRequestId" label={t('access.complaints.request')}>
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={t('access.complaints.requestNone')}
          onChange={(id?: string) => {
            // The request's sender is the department the complaint counts against.
            const unit = requests?.find((r) => r.id === id)?.requestingUnit;
            if (unit) form.setFieldValue('department', unit);
          }}
          options={(requests ?? []).map((r) => ({
            value: r.id,
            label: t('common.withNote', {
              text: r.matter,
              note: [r.requestingUnit, t(`access.status.${r.status}`)].join(t('common.separator')),
            }),
          }))}
        />
      </Form.Item>
      <Form.Item name="task" label={t('access.complaints.task')}>
        <Input maxLength={80} />
      </Form.Item>
      <Form.Item
        name="summary"
        label={t('access.complaints.summary')}
        rules={[{ required: true, whitespace: true, message: t('errors.access.complaint.summaryRequired') }]}
      >
        <Input.TextArea rows={3} maxLength={500} />
      </Form.Item>
    </FormModal>
  );
}
