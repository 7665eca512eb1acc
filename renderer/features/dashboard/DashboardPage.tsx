import { useMemo } from 'react';
import { Button, Col, Row, Space, Spin, Typography } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { levelBelow } from '@shared/dashboard/children';
import { lastMonths } from '@shared/dashboard/months';
import { latestMonthWithTickets } from '@shared/dashboard/tickets';
import { useUiStore } from '../../app/ui-store';
import { useScopeUnits } from '../../common/scope/use-org';
import { todayInBeijing } from '../../common/dates';
import { useCommunitySizes, useCoverage } from '../places';
import { useRateRules } from '../tickets';
import {
  useAccessByDepartment,
  useChildUnits,
  useDeployment,
  useDrill,
  useTicketFigures,
} from './use-dashboard';
import { TicketsChart } from './charts/TicketsChart';
import { RankingChart } from './charts/RankingChart';
import { CoverageChart } from './charts/CoverageChart';
import { CoordinatorsChart } from './charts/CoordinatorsChart';
import { AccessChart } from './charts/AccessChart';
import { SizesChart } from './charts/SizesChart';
import { DashboardTabs } from './DashboardTabs';
import './dashboard.css';

/**
 * 数据看板 of the scope: a district's streets or a street's communities side by side, each chart
 * with its table; clicking a unit goes one level down.
 */
export function DashboardPage() {
  const { t } = useTranslation();
  const scope = useUiStore((s) => s.scope);
  const path = useScopeUnits(scope);
  const months = useMemo(() => lastMonths(todayInBeijing()), []);
  const units = useChildUnits(scope);
  const coverage = useCoverage(scope);
  const sizes = useCommunitySizes(scope);
  const deployment = useDeployment(scope);
  const departments = useAccessByDepartment(scope);
  const drill = useDrill();

  const rules = useRateRules(scope);
  const figures = useTicketFigures(scope, months, rules);
  const monthly = useMemo(() => figures?.monthly(), [figures]);
  const latest = monthly && latestMonthWithTickets(monthly);
  const ranking = useMemo(() => (figures && latest ? figures.ranking(latest) : []), [figures, latest]);

  const scopeName = path && path.length > 0 ? path.map((u) => u.name).join(' / ') : t('scope.city');
  const unitTitle = t(`dashboard.unit.${levelBelow(scope)}`);
  const loading = !monthly || !units || !coverage || !sizes || !deployment || !departments;

  return (
    <div className="page dashboard" data-testid="dashboard">
      <DashboardTabs />
      <Space className="dashboard-head" align="start">
        <div>
          <Typography.Title level={3}>{t('dashboard.title')}</Typography.Title>
          <Typography.Paragraph type="secondary">
            {t('dashboard.scopeLine', { scope: scopeName })}
          </Typography.Paragraph>
        </div>
        <Button icon={<PrinterOutlined />} onClick={() => window.print()} className="dashboard-print">
          {t('dashboard.print')}
        </Button>
      </Space>
      {loading ? (
        <Spin />
      ) : (
        <Row gutter={[16, 16]}>
          <Col xs={24} xxl={12}>
            <TicketsChart monthly={monthly} />
          </Col>
          <Col xs={24} xxl={12}>
            <RankingChart
              ranking={ranking}
              month={latest}
              units={units}
              unitTitle={unitTitle}
              onDrill={drill}
            />
          </Col>
          <Col xs={24} xxl={12}>
            <CoverageChart
              rows={coverage.rows}
              scope={scope}
              units={units}
              unitTitle={unitTitle}
              onDrill={drill}
            />
          </Col>
          <Col xs={24} xxl={12}>
            <SizesChart sizes={sizes} onDrill={drill} />
          </Col>
          <Col xs={24} xxl={12}>
            <CoordinatorsChart rows={deployment} />
          </Col>
          <Col xs={24} xxl={12}>
            <AccessChart rows={departments} />
          </Col>
        </Row>
      )}
    </div>
  );
}
