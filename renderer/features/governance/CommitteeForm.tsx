import { Button, Checkbox, Col, DatePicker, Form, Input, Row, Select, Typography } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { Dayjs } from 'dayjs';
import {
  COMMITTEE_MAX_MEMBERS,
  COMMITTEE_MEMBER_KINDS,
  COMMITTEE_MIN_MEMBERS,
  type Committee,
  type CommitteeKind,
  type CommitteeMember,
} from '@shared/model/governance';
import { db } from '../../db';
import { useSession } from '../../app/session';
import { FormModal } from '../../app/components/FormModal';
import { fromDay, todayInBeijing, toDay } from '../../common/dates';
import { saveCommittee } from './governance-repository';

interface Values {
  formedOn?: Dayjs;
  members: CommitteeMember[];
}

/**
 * A committee's members: 3–9, one of them the chair, who sits on the residents' committee. The
 * rules are the shared ones; their messages show under the member list.
 */
export function CommitteeForm({
  communityCode,
  kind,
  row,
  onClose,
}: {
  communityCode: string;
  kind: CommitteeKind;
  row?: Committee;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const user = useSession((s) => s.user);
  const kindName = t(`governance.committeeKind.${kind}`);
  const initial: Partial<Values> = row
    ? { formedOn: fromDay(row.formedOn), members: row.members }
    : {
        members: Array.from({ length: COMMITTEE_MIN_MEMBERS }, (_, i) => ({
          name: '',
          kind: i === 0 ? 'worker' : 'resident',
          chair: i === 0,
        })),
      };
  return (
    <FormModal<Values>
      title={
        row
          ? t('governance.committeeForm.edit', { kind: kindName })
          : t('governance.committeeForm.add', { kind: kindName })
      }
      form={form}
      width={640}
      initialValues={initial}
      onClose={onClose}
      onSubmit={async (v) => {
        await saveCommittee(
          db,
          { kind, communityCode, members: v.members ?? [], formedOn: toDay(v.formedOn) },
          user,
          todayInBeijing(),
          row?.id,
        );
      }}
    >
      <Form.Item name="formedOn" label={t('governance.committeeForm.formedOn')}>
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
      <Typography.Text>
        {t('governance.committeeForm.members', { min: COMMITTEE_MIN_MEMBERS, max: COMMITTEE_MAX_MEMBERS })}
      </Typography.Text>
      <Form.List name="members">
        {(fields, { add, remove }, { errors }) => (
          <>
            {fields.map((field, index) => (
              <Row gutter={8} key={field.key} align="middle">
                <Col span={9}>
                  <Form.Item
                    name={[field.name, 'name']}
                    aria-label={t('governance.committeeForm.name')}
                    rules={[
                      {
                        required: true,
                        whitespace: true,
                        message: t('errors.governance.memberNameRequired'),
                      },
                    ]}
                    style={{ marginBottom: 8 }}
                  >
                    <Input
                      placeholder={t('governance.committeeForm.name')}
                      aria-label={`${t('governance.committeeForm.name')} ${index + 1}`}
                      maxLength={40}
                    />
                  </Form.Item>
                </Col>
                <Col span={9}>
                  <Form.Item name={[field.name, 'kind']} style={{ marginBottom: 8 }}>
                    <Select
                      aria-label={`${t('governance.committeeForm.kind')} ${index + 1}`}
                      options={COMMITTEE_MEMBER_KINDS.map((k) => ({
                        value: k,
                        label: t(`governance.memberKind.${k}`),
                      }))}
                    />
                  </Form.Item>
                </Col>
                <Col span={4}>
                  <Form.Item name={[field.name, 'chair']} valuePropName="checked" style={{ marginBottom: 8 }}>
                    <Checkbox
                      aria-label={`${t('governance.committeeForm.chair')} ${index + 1}`}
                      onChange={(e) => {
                        // One chair: choosing one unchooses the others.
                        if (!e.target.checked) return;
                        const members = form.getFieldValue('members') as CommitteeMember[];
                        form.setFieldValue(
                          'members',
                          members.map((m, i) => ({ ...m, chair: i === field.name })),
                        );
                      }}
                    >
                      {t('governance.committeeForm.chair')}
                    </Checkbox>
                  </Form.Item>
                </Col>
                <Col span={2}>
                  <Button
                    type="text"
                    icon={<MinusCircleOutlined />}
                    aria-label={`${t('governance.committeeForm.remove')} ${index + 1}`}
                    onClick={() => remove(field.name)}
                  />
                </Col>
              </Row>
            ))}
            {/* The count and the chair are rules of the list: their messages show here. */}
            <Form.ErrorList errors={errors} />
            <Button
              type="dashed"
              icon={<PlusOutlined />}
              onClick={() => add({ name: '', kind: 'resident' })}
              style={{ marginTop: 8 }}
            >
              {t('governance.committeeForm.addMember')}
            </Button>
          </>
        )}
      </Form.List>
    </FormModal>
  );
}
