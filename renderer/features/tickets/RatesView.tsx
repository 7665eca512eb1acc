import { useMemo, useState } from 'react';
import { Alert, Card, Col, List, Row, Select, Space, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { beijingMonth } from '@shared/access/dates';
import { DEFAULT_RATE_WEIGHTS, rank, ratesBy, recurring, type TicketRates } from '@shared/tickets/rates';
import { db } from '../../db';
import { useUiStore } from '../../app/ui-store';
import { useCommunitiesInScope } from '../../common/scope/use-org';
import { ticketsInScope } from './tickets-repository';
import { communityCodeOf } from '@shared/org/paths';

const percent = (share: number | null) => (share === null ? '—' : `${(share * 100).toFixed(1)}%`);
const OUTSIDE = '';

/** The three rates per community for a month, the ranking, and what keeps coming back. */
export function RatesView() {
  const { t } = useTranslation();
  const scope = useUiStore((s) => s.scope);
  const tickets = useLiveQuery(() => ticketsInScope(db, scope), [scope]);
  const communities = useCommunitiesInScope(scope);
  const months = useMemo(
    () => [...new Set((tickets ?? []).map((x) => beijingMonth(x.receivedAt)))].sort().reverse(),
    [tickets],
  );
  const [chosen, setChosen] = useState<string>();
  const month = chosen ?? months[0];
  const inMonth = useMemo(
    () => (tickets ?? []).filter((x) => month && beijingMonth(x.receivedAt) === month),
    [tickets, month],
  );
  const ranking = useMemo(
    () => rank(ratesBy(inMonth, (x) => communityCodeOf(x.orgPath) ?? OUTSIDE)),
    [inMonth],
  );
  const problems = useMemo(() => recurring(inMonth, (x) => x.category).slice(0, 10), [inMonth]);
  const hot = useMemo(() => recurring(inMonth, (x) => x.placeId, 3).slice(0, 10), [inMonth]);
  const hotPlaces = useLiveQuery(() => db.places.bulkGet(hot.map((h) => h.key)), [hot]);
  const nameOf = (code: string) =>
    code === OUTSIDE ? t('tickets.rates.outside') : (communities?.find((c) => c.code === code)?.name ?? code);
  const w = DEFAULT_RATE_WEIGHTS;

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Alert
        type="info"
        showIcon
        message={t('tickets.rates.intro', { weights: `${w.response}/${w.resolution}/${w.satisfaction}` })}
      />
      <Space>
        <Typography.Text>{t('tickets.rates.month')}</Typography.Text>
        <Select
          style={{ width: 120 }}
          value={month}
          onChange={setChosen}
          options={months.map((m) => ({ value: m, label: m }))}
        />
      </Space>
      <Table<{ key: string; rank: number; rates: TicketRates }>
        size="small"
        pagination={false}
        rowKey="key"
        dataSource={ranking}
        columns={[
          { key: 'rank', title: t('tickets.rates.rank'), width: 70, render: (_, r) => r.rank },
          { key: 'community', title: t('tickets.rates.community'), render: (_, r) => nameOf(r.key) },
          {
            key: 'tickets',
            title: t('tickets.rates.tickets'),
            align: 'right',
            render: (_, r) => r.rates.tickets,
          },
          {
            key: 'response',
            title: t('tickets.rates.response'),
            align: 'right',
            render: (_, r) => percent(r.rates.responseRate),
          },
          {
            key: 'resolution',
            title: t('tickets.rates.resolution'),
            align: 'right',
            render: (_, r) => percent(r.rates.resolutionRate),
          },
          {
            key: 'satisfaction',
            title: t('tickets.rates.satisfaction'),
            align: 'right',
            render: (_, r) => percent(r.rates.satisfactionRate),
          },
          {
            key: 'score',
            title: t('tickets.rates.score'),
            align: 'right',
            render: (_, r) => (r.rates.score === null ? '—' : r.rates.score.toFixed(1)),
          },
        ]}
      />
      <Row gutter={16}>
        <Col span={12}>
          <Card size="small" title={t('tickets.rates.recurring')}>
            <List
              size="small"
              dataSource={problems}
              renderItem={(p) => (
                <List.Item extra={t('tickets.rates.times', { count: p.count })}>{p.key}</List.Item>
              )}
            />
          </Card>
        </Col>
        <Col span={12}>
          <Card size="small" title={t('tickets.rates.hotPlaces')}>
            <List
              size="small"
              dataSource={hot}
              renderItem={(h, i) => (
                <List.Item extra={t('tickets.rates.times', { count: h.count })}>
                  {hotPlaces?.[i]?.name ?? h.key}
                </List.Item>
              )}
            />
          </Card>
        </Col>
      </Row>
    </Space>
  );
}
