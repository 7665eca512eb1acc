import { useState } from 'react';
import { Alert, App, Button, Popconfirm, Space, Spin, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { CalendarYear } from '@shared/calendar/work-calendar';
import { weekday } from '@shared/calendar/work-calendar';
import { useCanWrite, useWorkCalendar } from '../use-access';
import { todayInBeijing } from '../../../common/dates';
import { deleteHolidayYear } from '../access-repository';
import { HolidayYearForm } from './HolidayYearForm';

const md = (date: string) => date.slice(5);

/** The working-day calendar by year: shipped arrangements, the users' changes, and what is missing. */
export function CalendarView() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const data = useWorkCalendar();
  const canWrite = useCanWrite('holidayYears', '');
  const [editing, setEditing] = useState<{ year?: CalendarYear } | null>(null);
  if (!data) return <Spin />;
  const { years, calendar } = data;
  const thisYear = Number(todayInBeijing().slice(0, 4));
  const missing = calendar.missingYears(`${thisYear}-01-01`, `${thisYear + 1}-12-31`);
  const dayName = (date: string) =>
    new Intl.DateTimeFormat(i18n.language, { weekday: 'short', timeZone: 'UTC' }).format(
      new Date(Date.UTC(2024, 0, 7 + weekday(date))),
    );

  const columns: ColumnsType<CalendarYear> = [
    { key: 'year', title: t('access.calendar.year'), dataIndex: 'year', width: 80 },
    {
      key: 'source',
      title: t('access.calendar.source'),
      width: 200,
      render: (_, y) =>
        y.storedId ? (
          <Tag color="orange">{y.shipped ? t('access.calendar.edited') : t('access.calendar.added')}</Tag>
        ) : (
          <Tag color="blue">{t('access.calendar.shipped')}</Tag>
        ),
    },
    {
      key: 'periods',
      title: t('access.calendar.periods'),
      render: (_, y) =>
        y.periods.map((p) => (
          <Tag key={p.from}>
            {p.name} {md(p.from)}
            {p.to !== p.from && `~${md(p.to)}`}
          </Tag>
        )),
    },
    {
      key: 'workdays',
      title: t('access.calendar.workdays'),
      width: 260,
      render: (_, y) =>
        y.workdays.map((d) => (
          <Tag key={d} color="gold">
            {md(d)} {dayName(d)}
          </Tag>
        )),
    },
    {
      key: 'workingDays',
      title: t('access.calendar.workingDays'),
      width: 110,
      align: 'right',
      render: (_, y) =>
        t('access.calendar.days', {
          count: calendar.workingDaysBetween(`${y.year - 1}-12-31`, `${y.year}-12-31`),
        }),
    },
    {
      key: 'actions',
      title: '',
      width: 190,
      render: (_, y) =>
        canWrite && (
          <Space>
            <Button size="small" icon={<EditOutlined />} onClick={() => setEditing({ year: y })}>
              {t('access.calendar.edit')}
            </Button>
            {y.storedId && (
              <Popconfirm
                title={
                  y.shipped
                    ? t('access.calendar.resetConfirm', { year: y.year })
                    : t('access.calendar.removeConfirm', { year: y.year })
                }
                okText={t('common.confirm')}
                cancelText={t('common.cancel')}
                onConfirm={async () => {
                  await deleteHolidayYear(y.year);
                  void message.success(t('common.deleted'));
                }}
              >
                <Button size="small" danger>
                  {y.shipped ? t('access.calendar.reset') : t('access.calendar.remove')}
                </Button>
              </Popconfirm>
            )}
          </Space>
        ),
    },
  ];

  return (
    <div className="area-view">
      <Typography.Paragraph type="secondary">{t('access.calendar.intro')}</Typography.Paragraph>
      {missing.map((year) => (
        <Alert
          key={year}
          type="warning"
          showIcon
          title={t('access.calendar.missing', { year })}
          data-testid="calendar-missing"
        />
      ))}
      {!canWrite && <Alert type="info" showIcon title={t('access.calendar.readOnly')} />}
      {canWrite && (
        <Space>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({})}>
            {t('access.calendar.add')}
          </Button>
        </Space>
      )}
      <Table<CalendarYear>
        size="small"
        rowKey="year"
        columns={columns}
        dataSource={years}
        pagination={false}
      />
      {editing && <HolidayYearForm year={editing.year} years={years} onClose={() => setEditing(null)} />}
    </div>
  );
}
