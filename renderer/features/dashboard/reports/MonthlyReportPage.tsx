import { useState } from 'react';
import { DatePicker, Space, Spin, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { todayInBeijing } from '../../../common/dates';
import { DashboardTabs } from '../DashboardTabs';
import { useMonthlyReport } from './use-reports';
import { ReportActions } from './ReportActions';
import { ReportView } from './ReportView';
import './reports.css';

/** 工作月报: the dashboard of the scope for a month, to print or export. */
export function MonthlyReportPage() {
  const { t } = useTranslation();
  const [month, setMonth] = useState(() => todayInBeijing().slice(0, 7));
  const report = useMonthlyReport(month);
  return (
    <div className="page report-page" data-testid="monthly-report">
      <DashboardTabs />
      <Space className="report-head" wrap>
        <Typography.Text>{t('dashboard.report.month')}</Typography.Text>
        <DatePicker
          picker="month"
          allowClear={false}
          value={dayjs(`${month}-01`)}
          onChange={(d) => d && setMonth(d.format('YYYY-MM'))}
          data-testid="report-month"
        />
        <ReportActions report={report} />
      </Space>
      {report ? <ReportView report={report} charts /> : <Spin />}
    </div>
  );
}
