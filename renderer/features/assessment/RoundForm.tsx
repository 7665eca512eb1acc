import { Button, Form, Input, InputNumber, Select, Space, Typography } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { AssessmentPeriod, AssessmentRound, IndicatorKind } from '@shared/model/assessment';
import { ASSESSMENT_PERIODS, INDICATOR_KINDS } from '@shared/model/assessment';
import { defaultIndicators } from '@shared/assessment/round';
import { db } from '../../db';
import { useSession } from '../../app/session';
import { FormModal } from '../../app/components/FormModal';
import { saveRound } from './assessment-repository';

interface Values {
  name: string;
  year: number;
  period: AssessmentPeriod;
  indicators: { id?: string; kind: IndicatorKind; weight: number; name?: string; target?: number }[];
}

/** A new round, or a draft's indicators and weights: data the street edits, not code. */
export function RoundForm({
  scope,
  round,
  onClose,
  onSaved,
}: {
  scope: string;
  round?: AssessmentRound;
  onClose(): void;
  onSaved?(round: AssessmentRound): void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const user = useSession((s) => s.user);
  const year = new Date().getFullYear();
  const initial: Values = round ?? {
    name: t('assessment.form.defaultName', { year, period: t('assessment.period.firstHalf') }),
    year,
    period: 'firstHalf',
    indicators: defaultIndicators('firstHalf', t('assessment.form.defaultManual')),
  };
  const indicators = Form.useWatch('indicators', form) ?? initial.indicators;
  const sum = indicators.reduce((s, i) => s + (Number(i?.weight) || 0), 0);
  return (
    <FormModal<Values>
      title={round ? t('assessment.form.editTitle') : t('assessment.form.title')}
      form={form}
      width={760}
      initialValues={initial}
      onClose={onClose}
      onSubmit={async (v) => {
        const saved = await saveRound(db, v, scope, user, round?.id);
        onSaved?.(saved);
      }}
    >
      <Form.Item
        name="name"
        label={t('assessment.form.name')}
        rules={[{ required: true, whitespace: true, message: t('errors.assessment.nameRequired') }]}
      >
        <Input maxLength={60} />
      </Form.Item>
      <Space>
        <Form.Item
          name="year"
          label={t('assessment.form.year')}
          rules={[
            { required: true, type: 'integer', min: 2000, max: 2100, message: t('errors.assessment.year') },
          ]}
        >
          <InputNumber precision={0} />
        </Form.Item>
        <Form.Item
          name="period"
          label={t('assessment.form.period')}
          rules={[{ required: true, message: t('errors.assessment.period') }]}
        >
          <Select
            style={{ width: 140 }}
            options={ASSESSMENT_PERIODS.map((p) => ({ value: p, label: t(`assessment.period.${p}`) }))}
          />
        </Form.Item>
      </Space>
      <Typography.Text strong>{t('assessment.form.indicators')}</Typography.Text>
      <Form.List name="indicators">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field) => {
              const kind = indicators[field.name]?.kind;
              return (
                <Space
                  key={field.key}
                  align="baseline"
                  style={{ display: 'flex' }}
                  data-testid="indicator-row"
                >
                  {/* Kept so entered scores still find their item after an edit. */}
                  <Form.Item name={[field.name, 'id']} hidden>
                    <Input />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'kind']}
                    rules={[{ required: true, message: t('errors.assessment.kind') }]}
                  >
                    <Select
                      style={{ width: 240 }}
                      aria-label={t('assessment.form.kind')}
                      options={INDICATOR_KINDS.map((k) => ({ value: k, label: t(`assessment.kind.${k}`) }))}
                    />
                  </Form.Item>
                  {kind === 'manual' && (
                    <Form.Item
                      name={[field.name, 'name']}
                      rules={[
                        { required: true, whitespace: true, message: t('errors.assessment.manualName') },
                      ]}
                    >
                      <Input
                        placeholder={t('assessment.form.itemName')}
                        aria-label={t('assessment.form.itemName')}
                        style={{ width: 160 }}
                      />
                    </Form.Item>
                  )}
                  {kind === 'consultationsHeld' && (
                    <Form.Item
                      name={[field.name, 'target']}
                      rules={[
                        { required: true, type: 'integer', min: 1, message: t('errors.assessment.target') },
                      ]}
                    >
                      <InputNumber
                        addonBefore={t('assessment.form.target')}
                        precision={0}
                        style={{ width: 170 }}
                      />
                    </Form.Item>
                  )}
                  <Form.Item
                    name={[field.name, 'weight']}
                    rules={[
                      {
                        required: true,
                        type: 'number',
                        min: 0.01,
                        max: 100,
                        message: t('errors.assessment.weight'),
                      },
                    ]}
                  >
                    <InputNumber
                      addonBefore={t('assessment.form.weight')}
                      aria-label={t('assessment.form.weight')}
                      style={{ width: 150 }}
                    />
                  </Form.Item>
                  <MinusCircleOutlined
                    aria-label={t('assessment.form.remove')}
                    onClick={() => remove(field.name)}
                  />
                </Space>
              );
            })}
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ kind: 'manual', weight: 5 })}>
              {t('assessment.form.add')}
            </Button>
            <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
              {t('assessment.form.weightSum', { sum: Math.round(sum * 100) / 100 })}
            </Typography.Paragraph>
          </>
        )}
      </Form.List>
    </FormModal>
  );
}
