import { Col, Form, InputNumber, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OrgUnit } from '@shared/model/org';
import { TICKET_SATISFACTIONS, type TicketRateRules } from '@shared/model/ticket';
import { db } from '../../db';
import { useSession } from '../../app/session';
import { FormModal } from '../../app/components/FormModal';
import { saveRateRules } from './tickets-repository';

const WEIGHTS = ['response', 'resolution', 'satisfaction'] as const;

/** The street's own weights of the three rates and points of each 满意度 answer. */
export function RateRulesForm({
  unit,
  rules,
  onClose,
}: {
  unit: OrgUnit;
  rules: TicketRateRules;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<TicketRateRules>();
  const user = useSession((s) => s.user);
  return (
    <FormModal<TicketRateRules>
      title={t('tickets.rates.rules.title', { unit: unit.name })}
      form={form}
      initialValues={rules}
      onClose={onClose}
      onSubmit={(values) => saveRateRules(db, unit, values, user)}
    >
      <Typography.Paragraph type="secondary">{t('tickets.rates.rules.help')}</Typography.Paragraph>
      <Typography.Text strong>{t('tickets.rates.rules.weights')}</Typography.Text>
      <Row gutter={12}>
        {WEIGHTS.map((key) => (
          <Col span={8} key={key}>
            <Form.Item
              name={['weights', key]}
              label={t(`tickets.rates.${key}`)}
              rules={[{ required: true, message: t('errors.tickets.rateRules.weightNotWhole') }]}
            >
              <InputNumber min={0} max={100} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        ))}
      </Row>
      <Typography.Text strong>{t('tickets.rates.rules.points')}</Typography.Text>
      <Row gutter={12}>
        {TICKET_SATISFACTIONS.map((key) => (
          <Col span={8} key={key}>
            <Form.Item
              name={['points', key]}
              label={t(`tickets.satisfaction.${key}`)}
              rules={[{ required: true, message: t('errors.tickets.rateRules.pointOutOfRange') }]}
            >
              <InputNumber min={0} max={1} step={0.1} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        ))}
      </Row>
    </FormModal>
  );
}
