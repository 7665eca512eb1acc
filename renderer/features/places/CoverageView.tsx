import { Card, Col, Row, Spin, Statistic, Table, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import {
  COVERAGE_GAPS,
  HOUSEHOLDS_PER_WORKER,
  type CoverageGap,
  type CoverageRow,
  type WorkerNorm,
} from '@shared/places/coverage';
import { useUiStore } from '../../app/ui-store';
import { useFigureText } from '../../app/figure-text';
import { PLACE_FIGURES } from '@shared/places/figures';
import { useElementHeight } from '../../app/components/use-element-height';
import { headerWidth } from '../../app/components/VirtualTable';
import { usePlacesUi } from './places-ui-store';
import { useCoverage } from './use-places';

const NORM_COLOR: Record<WorkerNorm, string> = {
  below: 'blue',
  within: 'green',
  above: 'orange',
  noWorkers: 'red',
};

export function NormTag({ row }: { row: Pick<CoverageRow, 'norm' | 'householdsPerWorker'> }) {
  const { t } = useTranslation();
  const label = row.norm === 'noWorkers' ? t('places.coverage.noWorkers') : t(`places.coverage.${row.norm}`);
  return (
    <Tooltip title={t('places.coverage.norm')}>
      <Tag color={NORM_COLOR[row.norm]}>
        {row.householdsPerWorker ?? '—'} · {label}
      </Tag>
    </Tooltip>
  );
}

/** Coverage of the registry per community and grid, with each gap a link to the places that have it. */
export function CoverageView() {
  const { t } = useTranslation();
  const figureText = useFigureText();
  const navigate = useNavigate();
  const scope = useUiStore((s) => s.scope);
  const setGapFilter = usePlacesUi((s) => s.setGapFilter);
  const coverage = useCoverage(scope);
  const [box, height] = useElementHeight<HTMLDivElement>();

  const showGap = (gap: CoverageGap, unitCode?: string) => {
    setGapFilter({ gap, unitCode });
    void navigate('/places');
  };
  const gapCell = (gap: CoverageGap) => (value: number, row: CoverageRow) =>
    value === 0 ? (
      <Typography.Text type="secondary">0</Typography.Text>
    ) : (
      <a onClick={() => showGap(gap, row.code)} title={t('places.coverage.showPlaces')}>
        {value}
      </a>
    );

  const columns: ColumnsType<CoverageRow> = [
    { key: 'name', title: t('places.coverage.unit'), dataIndex: 'name', width: 200, fixed: 'left' },
    {
      key: 'places',
      title: (
        <Tooltip title={figureText(PLACE_FIGURES.coverageUnits).definition}>
          {figureText(PLACE_FIGURES.coverageUnits).name}
        </Tooltip>
      ),
      dataIndex: 'places',
      align: 'right',
      width: Math.max(90, headerWidth(figureText(PLACE_FIGURES.coverageUnits).name)),
    },
    {
      key: 'households',
      title: (
        <Tooltip title={figureText(PLACE_FIGURES.households).definition}>
          {figureText(PLACE_FIGURES.households).name}
        </Tooltip>
      ),
      dataIndex: 'households',
      align: 'right',
      width: Math.max(90, headerWidth(figureText(PLACE_FIGURES.households).name)),
    },
    ...COVERAGE_GAPS.map((gap) => ({
      key: gap,
      title: t(`places.coverage.${gap}`),
      dataIndex: gap,
      align: 'right' as const,
      width: 120,
      render: gapCell(gap),
    })),
    {
      key: 'workers',
      title: t('places.coverage.workers'),
      dataIndex: 'workers',
      align: 'right',
      width: 110,
      render: (value: number, row) =>
        row.understaffed ? (
          <Tooltip title={t('places.coverage.understaffed')}>
            <Typography.Text type="danger">{value}</Typography.Text>
          </Tooltip>
        ) : (
          value
        ),
    },
    {
      key: 'perWorker',
      title: t('places.coverage.perWorker'),
      width: 150,
      render: (_, row) => <NormTag row={row} />,
    },
  ];

  if (!coverage) return <Spin />;
  const { total, rows } = coverage;
  const data = rows.map((r) => ({ ...r, children: r.grids?.map((g) => ({ ...g, grids: undefined })) }));
  return (
    <div className="coverage-view">
      <Row gutter={12} className="stat-row">
        <Col flex="1">
          <Card size="small">
            <Tooltip title={figureText(PLACE_FIGURES.coverageUnits).definition}>
              <Statistic
                title={figureText(PLACE_FIGURES.coverageUnits).name}
                value={PLACE_FIGURES.coverageUnits.of(total)}
              />
            </Tooltip>
          </Card>
        </Col>
        {COVERAGE_GAPS.map((gap) => (
          <Col flex="1" key={gap}>
            <Card size="small" hoverable onClick={() => showGap(gap)} data-testid={`coverage-${gap}`}>
              <Statistic
                title={t(`places.coverage.${gap}`)}
                value={total[gap]}
                valueStyle={total[gap] > 0 ? { color: '#d46b08' } : undefined}
              />
            </Card>
          </Col>
        ))}
        <Col flex="1">
          <Card size="small">
            <Statistic
              title={t('places.coverage.perWorker')}
              value={total.householdsPerWorker ?? '—'}
              suffix={
                <Typography.Text type="secondary">{`${HOUSEHOLDS_PER_WORKER.min}–${HOUSEHOLDS_PER_WORKER.max}`}</Typography.Text>
              }
            />
          </Card>
        </Col>
      </Row>
      <div className="fill" ref={box}>
        {height > 0 && (
          <Table<CoverageRow>
            size="small"
            rowKey="code"
            columns={columns}
            dataSource={data}
            pagination={false}
            virtual
            scroll={{ x: 1100, y: height - 84 }}
            expandable={{ childrenColumnName: 'children' }}
            summary={() => (
              <Table.Summary fixed>
                <Table.Summary.Row>
                  <Table.Summary.Cell index={0}>{t('places.coverage.total')}</Table.Summary.Cell>
                  <Table.Summary.Cell index={1} align="right">
                    {total.places}
                  </Table.Summary.Cell>
                  <Table.Summary.Cell index={2} align="right">
                    {total.households}
                  </Table.Summary.Cell>
                  {COVERAGE_GAPS.map((gap, i) => (
                    <Table.Summary.Cell key={gap} index={3 + i} align="right">
                      {total[gap]}
                    </Table.Summary.Cell>
                  ))}
                  <Table.Summary.Cell index={7} align="right">
                    {total.workers}
                  </Table.Summary.Cell>
                  <Table.Summary.Cell index={8}>
                    <NormTag row={total} />
                  </Table.Summary.Cell>
                </Table.Summary.Row>
              </Table.Summary>
            )}
          />
        )}
      </div>
    </div>
  );
}
