import { Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { DashboardTabs } from '../DashboardTabs';
import { useReadinessReport } from './use-reports';
import { ReportActions } from './ReportActions';
import { ReportView } from './ReportView';
import './reports.css';

/** 执法检查准备: what the inspection asks, for the scope, each line opening its evidence. */
export function ReadinessPage() {
  const { t } = useTranslation();
  const report = useReadinessReport();
  return (
    <div className="page report-page" data-testid="readiness-report">
      <DashboardTabs />
      <Typography.Paragraph type="secondary" className="report-head">
        {t('dashboard.readiness.intro')}
      </Typography.Paragraph>
      <div className="report-head">
        <ReportActions report={report} />
      </div>
      {report ? <ReportView report={report} charts={false} /> : <Spin />}
    </div>
  );
}
