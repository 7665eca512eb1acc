import { App, Button, Col, DatePicker, Form, Input, InputNumber, Row, Space } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { CalendarYear } from '@shared/calendar/work-calendar';
import { validateHolidayYear, type HolidayYearInput } from '@shared/calendar/validate-holiday-year';
import { FormModal } from '../../../app/components/FormModal';
import { translateDynamic } from '../../../app/i18n';
import { fromDay, toDay } from '../../../common/dates';
import { saveHolidayYear } from '../access-repository';

interface Values {
  year: number;
  source?: string;
  periods?: { name?: string; from?: Dayjs; to?: Dayjs }[];
  workdays?: (Dayjs | undefined)[];
}

const toInput = (v: Values): HolidayYearInput => ({
  year: v.year,
  source: v.source,
  periods: (v.periods ?? []).map((p) => ({ name: p?.name, from: toDay(p?.from), to: toDay(p?.to) })),
  workdays: (v.workdays ?? []).map((d) => toDay(d)),
});

/** One year of holidays and make-up working days, as the State Council's notice gives them. */
export function HolidayYearForm({
  year,
  years,
  onClose,
}: {
  /** The year to edit; absent to enter a new one. */
  year?: CalendarYear;
  years: readonly CalendarYear[];
  onClose(): void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const initial: Values = year
    ? {
        year: year.year,
        source: year.source,
        periods: year.periods.map((p) => ({ name: p.name, from: fromDay(p.from), to: fromDay(p.to) })),
        workdays: year.workdays.map((d) => fromDay(d)),
      }
    : { year: (years[years.length - 1]?.year ?? new Date().getFullYear()) + 1, periods: [{}], workdays: [] };

  // Rows of a list are checked by the shared validator, each field showing its own issue.
  const issueAt = (field: string) => ({
    validator: async () => {
      const checked = validateHolidayYear(toInput(form.getFieldsValue(true) as Values));
      const issue = checked.ok ? undefined : checked.issues.find((i) => i.field === field);
      if (issue) throw new Error(translateDynamic(`errors.${issue.code}`, issue.values));
    },
  });

  return (
    <FormModal<Values>
      form={form}
      width={720}
      initialValues={initial}
      title={year ? t('access.calendar.formTitle', { year: year.year }) : t('access.calendar.formTitleNew')}
      onClose={onClose}
      onSubmit={async (v) => {
        const saved = await saveHolidayYear(toInput({ ...v, year: year?.year ?? v.year }), !year);
        void message.success(t('access.calendar.saved', { year: saved.year }));
      }}
    >
      <Row gutter={12}>
        <Col span={6}>
          <Form.Item
            name="year"
            label={t('access.calendar.year')}
            rules={[
              issueAt('year'),
              {
                validator: async (_, value: number) => {
                  if (!year && years.some((y) => y.year === value))
                    throw new Error(t('access.calendar.yearTaken', { year: value }));
                },
              },
            ]}
          >
            <InputNumber min={2000} max={2100} precision={0} disabled={!!year} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={18}>
          <Form.Item name="source" label={t('access.calendar.source')}>
            <Input maxLength={80} />
          </Form.Item>
        </Col>
      </Row>
      <Form.List name="periods">
        {(fields, { add, remove }) => (
          <>
            <div className="ant-form-item-label">
              <label>{t('access.calendar.periods')}</label>
            </div>
            {fields.map(({ key, name }) => (
              <Space key={key} align="start" className="holiday-row">
                <Form.Item name={[name, 'name']} rules={[issueAt(`periods.${name}.name`)]}>
                  <Input
                    placeholder={t('access.calendar.periodName')}
                    maxLength={20}
                    aria-label={t('access.calendar.periodName')}
                  />
                </Form.Item>
                <Form.Item name={[name, 'from']} rules={[issueAt(`periods.${name}.from`)]}>
                  <DatePicker
                    placeholder={t('access.calendar.from')}
                    aria-label={t('access.calendar.from')}
                  />
                </Form.Item>
                <Form.Item name={[name, 'to']} rules={[issueAt(`periods.${name}.to`)]}>
                  <DatePicker placeholder={t('access.calendar.to')} aria-label={t('access.calendar.to')} />
                </Form.Item>
                <Button
                  type="text"
                  icon={<MinusCircleOutlined />}
                  aria-label={t('common.delete')}
                  onClick={() => remove(name)}
                />
              </Space>
            ))}
            <Button
              type="dashed"
              icon={<PlusOutlined />}
              onClick={() => add({})}
              style={{ marginBottom: 16 }}
            >
              {t('access.calendar.addPeriod')}
            </Button>
          </>
        )}
      </Form.List>
      <Form.List name="workdays">
        {(fields, { add, remove }) => (
          <>
            <div className="ant-form-item-label">
              <label>{t('access.calendar.workdays')}</label>
            </div>
            <Space wrap align="start">
              {fields.map(({ key, name }) => (
                <Space key={key} align="start">
                  <Form.Item name={name} rules={[issueAt(`workdays.${name}`)]}>
                    <DatePicker aria-label={t('access.calendar.workdays')} />
                  </Form.Item>
                  <Button
                    type="text"
                    icon={<MinusCircleOutlined />}
                    aria-label={t('common.delete')}
                    onClick={() => remove(name)}
                  />
                </Space>
              ))}
            </Space>
            <div>
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add()}>
                {t('access.calendar.addWorkday')}
              </Button>
            </div>
          </>
        )}
      </Form.List>
    </FormModal>
  );
}
