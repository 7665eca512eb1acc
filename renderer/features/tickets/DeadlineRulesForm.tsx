import { App, Col, Form, InputNumber, Row, Select, Typography } from 'antd';
import type { Rule } from 'antd/es/form';
import { useTranslation } from 'react-i18next';
import type { OrgUnit } from '@shared/model/org';
import {
  DEADLINE_RULE_IDS,
  DEADLINE_UNITS,
  type DeadlineRuleId,
  type TicketDeadlineRules,
} from '@shared/model/ticket';
import { checkDeadlineRules } from '@shared/tickets/deadline-rules';
import { db } from '../../db';
import { useSession } from '../../app/session';
import { FormModal } from '../../app/components/FormModal';
import { translateDynamic } from '../../app/i18n';
import { saveDeadlineRules } from './tickets-repository';

/**
 * The street's own feedback deadlines: per kind of ticket, how long and what counts (hours,
 * natural days, working days). The fields are checked by the same checkDeadlineRules the save
 * runs, so the form never accepts what the repository would refuse.
 */
export function DeadlineRulesForm({
  unit,
  rules,
  onClose,
}: {
  unit: OrgUnit;
  rules: TicketDeadlineRules;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<TicketDeadlineRules>();
  const user = useSession((s) => s.user);

  // One rule's field against the shared check; whether days are whole depends on the unit beside it.
  const checked =
    (rule: DeadlineRuleId, field: 'amount' | 'unit'): Rule =>
    ({ getFieldValue }) => ({
      validator(_, value: unknown) {
        const other = field === 'amount' ? 'unit' : 'amount';
        const given = { [field]: value, [other]: getFieldValue([rule, other]) as unknown };
        const problem = checkDeadlineRules({ [rule]: given }).find(
          (p) => p.rule === rule && p.field === field,
        );
        return problem
          ? Promise.reject(new Error(translateDynamic(`errors.${problem.code}`)))
          : Promise.resolve();
      },
    });

  return (
    <FormModal<TicketDeadlineRules>
      title={t('tickets.deadlineRules.title', { unit: unit.name })}
      form={form}
      initialValues={rules}
      width={640}
      onClose={onClose}
      onSubmit={async (values) => {
        await saveDeadlineRules(db, unit, values, user);
        void message.success(t('tickets.deadlineRules.saved'));
      }}
    >
      <Typography.Paragraph type="secondary">{t('tickets.deadlineRules.help')}</Typography.Paragraph>
      <Row gutter={12}>
        <Col span={9}>
          <Typography.Text type="secondary">{t('tickets.deadlineRules.rule')}</Typography.Text>
        </Col>
        <Col span={7}>
          <Typography.Text type="secondary">{t('tickets.deadlineRules.amount')}</Typography.Text>
        </Col>
        <Col span={8}>
          <Typography.Text type="secondary">{t('tickets.deadlineRules.unit')}</Typography.Text>
        </Col>
      </Row>
      {DEADLINE_RULE_IDS.map((rule) => {
        const name = t(`tickets.deadlineRule.name.${rule}`);
        return (
          <Row gutter={12} key={rule} align="top">
            <Col span={9}>
              <Typography.Text strong>{name}</Typography.Text>
              <br />
              <Typography.Text type="secondary">{t(`tickets.deadlineRules.hint.${rule}`)}</Typography.Text>
            </Col>
            <Col span={7}>
              <Form.Item
                name={[rule, 'amount']}
                dependencies={[[rule, 'unit']]}
                rules={[checked(rule, 'amount')]}
              >
                <InputNumber
                  min={0}
                  style={{ width: '100%' }}
                  aria-label={`${name} ${t('tickets.deadlineRules.amount')}`}
                />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item name={[rule, 'unit']} rules={[checked(rule, 'unit')]}>
                <Select
                  aria-label={`${name} ${t('tickets.deadlineRules.unit')}`}
                  options={DEADLINE_UNITS.map((u) => ({
                    value: u,
                    label: t(`tickets.deadlineRule.unit.${u}`),
                  }))}
                />
              </Form.Item>
            </Col>
          </Row>
        );
      })}
    </FormModal>
  );
}
