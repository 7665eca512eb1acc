import { Button, Card, Col, Row, Spin, Statistic, Tooltip, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { sizeClass } from '@shared/places/community-size';
import { PLACE_FIGURES, type PlaceFigure } from '@shared/places/figures';
import { useFigureText } from '../../app/figure-text';
import { db } from '../../db';
import { readCatalog } from '../../db/catalog';
import { countPending } from '../../db/outbox';
import { communityOrWider } from '../places';
import { useUiStore } from '../../app/ui-store';
import { useScopeUnits } from '../../common/scope/use-org';
import { useCommunitySizes, useCoverage } from '../places';
import { AgendaCard } from './AgendaCard';

/** The scope at a glance: how much is registered, what coverage lacks, which communities to resize. */
export function OverviewPage() {
  const { t } = useTranslation();
  const figureText = useFigureText();
  const navigate = useNavigate();
  const scope = useUiStore((s) => s.scope);
  const units = useScopeUnits(scope);
  const coverage = useCoverage(scope);
  const sizes = useCommunitySizes(scope);
  const counts = useLiveQuery(async () => {
    const [units, points, pending] = await Promise.all([
      readCatalog(db, 'orgUnits', scope),
      readCatalog(db, 'servicePoints', communityOrWider(scope)),
      countPending(db),
    ]);
    const grids = units.entries().filter((u) => u.facts.level === 'grid').length;
    return { grids, points: points.entries().length, pending };
  }, [scope]);

  if (!coverage || !counts) return <Spin />;
  const { total } = coverage;
  const sizeAlerts = (sizes ?? []).filter(
    (s) => s.households !== undefined && sizeClass(s.households) !== 'normal',
  ).length;
  const scopeName = units && units.length > 0 ? units.map((u) => u.name).join(' / ') : t('scope.city');

  /** A registry figure: its shared name, value and definition (on hover), as every screen shows it. */
  const figure = (key: PlaceFigure, testId: string) => {
    const { name, definition } = figureText(PLACE_FIGURES[key]);
    return (
      <Col xs={12} md={8} xl={6}>
        <Card size="small" data-testid={testId}>
          <Tooltip title={definition}>
            <Statistic title={name} value={PLACE_FIGURES[key].of(total)} />
          </Tooltip>
        </Card>
      </Col>
    );
  };

  const stat = (title: string, value: number, testId: string, help?: string) => (
    <Col xs={12} md={8} xl={6}>
      <Card size="small" data-testid={testId}>
        <Statistic title={title} value={value} />
        {help && <Typography.Text type="secondary">{help}</Typography.Text>}
      </Card>
    </Col>
  );

  return (
    <div className="page">
      <Typography.Title level={3}>{t('overview.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">
        {t('overview.scopeLine', { scope: scopeName })}
      </Typography.Paragraph>
      <div style={{ marginBottom: 16 }}>
        <AgendaCard scope={scope} />
      </div>
      <Row gutter={[12, 12]}>
        {stat(t('overview.communities'), sizes?.length ?? 0, 'overview-communities')}
        {stat(t('overview.grids'), counts.grids, 'overview-grids')}
        {figure('registeredPlaces', 'overview-places')}
        {figure('households', 'overview-households')}
        {figure('workers', 'overview-workers')}
        {stat(t('overview.servicePoints'), counts.points, 'overview-points')}
        {figure('placesWithGaps', 'overview-gaps')}
        {stat(t('overview.sizeAlerts'), sizeAlerts, 'overview-sizes', t('overview.sizeAlertsHelp'))}
        {stat(t('overview.pending'), counts.pending, 'overview-pending')}
      </Row>
      <Button
        type="primary"
        style={{ marginTop: 16, alignSelf: 'flex-start' }}
        onClick={() => navigate('/places')}
      >
        {t('overview.openPlaces')}
      </Button>
    </div>
  );
}
