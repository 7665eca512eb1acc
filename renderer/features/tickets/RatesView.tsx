import { useMemo, useState } from 'react';
import { Alert, Button, Card, Col, List, Row, Segmented, Select, Space, Table, Typography } from 'antd';
import { SettingOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { beijingMonth } from '@shared/access/dates';
import { TICKET_SATISFACTIONS, type Ticket } from '@shared/model/ticket';
import { rank, ratesBy, type TicketRates } from '@shared/tickets/rates';
import { hotSites, recurringBy, siteOf, type RecurringGroup } from '@shared/tickets/recurring';
import { db } from '../../db';
import { useUiStore } from '../../app/ui-store';
import { useSession } from '../../app/session';
import { useCommunitiesInScope, useScopeUnit } from '../../common/scope/use-org';
import { maySetTicketRules, ticketsInScope } from './tickets-repository';
import { useRateRules } from './use-rate-rules';
import { RateRulesForm } from './RateRulesForm';
import { communityCodeOf, gridCodeOf } from '@shared/org/paths';

/** What the rates are counted by (issue 12: per community, grid and department). */
type Grouping = 'community' | 'grid' | 'leadUnit';
const GROUPINGS: readonly Grouping[] = ['community', 'grid', 'leadUnit'];

const percent = (share: number | null) => (share === null ? '—' : `${(share * 100).toFixed(1)}%`);
const OUTSIDE = '';

/** How 每月一题 is counted: by 问题分类 with its places, or by building/courtyard with its problems. */
type ProblemsBy = 'category' | 'place';
const PROBLEMS_BY: readonly ProblemsBy[] = ['category', 'place'];

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
  const [grouping, setGrouping] = useState<Grouping>('community');
  const rules = useRateRules(scope);
  const unit = useScopeUnit(scope);
  const user = useSession((s) => s.user);
  const [editing, setEditing] = useState(false);
  const mayEdit = unit !== undefined && maySetTicketRules(user, unit);
  const leadUnits = useLeadUnits(grouping === 'leadUnit' ? inMonth : undefined);
  const gridNames = useGridNames(grouping === 'grid' ? inMonth : undefined);
  const ranking = useMemo(() => {
    if (!rules) return [];
    const keyOf = (x: Ticket): string | undefined => {
      if (grouping === 'grid') return gridCodeOf(x.orgPath) ?? OUTSIDE;
      if (grouping === 'leadUnit')
        return leadUnits ? (leadUnits.get(x.listItemId ?? '') ?? OUTSIDE) : undefined;
      return communityCodeOf(x.orgPath) ?? OUTSIDE;
    };
    return rank(ratesBy(inMonth, keyOf, rules.weights, rules.points));
  }, [inMonth, grouping, leadUnits, rules]);
  const [problemsBy, setProblemsBy] = useState<ProblemsBy>('category');
  const sites = useSites(inMonth);
  const siteOfTicket = useMemo(
    () => (x: Ticket) => (sites && x.placeId ? sites.siteOf.get(x.placeId) : undefined),
    [sites],
  );
  const problems = useMemo(() => {
    if (!sites) return [];
    const groups =
      problemsBy === 'category'
        ? recurringBy(inMonth, (x) => x.category, siteOfTicket)
        : recurringBy(inMonth, siteOfTicket, (x) => x.category);
    return groups.slice(0, 10);
  }, [inMonth, sites, siteOfTicket, problemsBy]);
  const siteName = (id: string) => sites?.names.get(id) ?? id;
  const timesText = (name: string, count: number) => `${name} ${t('tickets.rates.times', { count })}`;
  const hot = useMemo(() => (sites ? hotSites(inMonth, siteOfTicket) : []), [inMonth, sites, siteOfTicket]);
  const nameOf = (key: string) => {
    if (grouping === 'leadUnit') return key === OUTSIDE ? t('tickets.rates.unclassified') : key;
    if (grouping === 'grid')
      return key === OUTSIDE ? t('tickets.rates.noGrid') : (gridNames?.get(key) ?? key);
    return key === OUTSIDE
      ? t('tickets.rates.outside')
      : (communities?.find((c) => c.code === key)?.name ?? key);
  };
  const w = rules?.weights;

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Alert
        type="info"
        showIcon
        message={t('tickets.rates.intro', {
          weights: w ? `${w.response}/${w.resolution}/${w.satisfaction}` : '',
          points: rules
            ? TICKET_SATISFACTIONS.map((a) => `${t(`tickets.satisfaction.${a}`)} ${rules.points[a]}`).join(
                t('common.separator'),
              )
            : '',
        })}
        action={
          mayEdit && rules ? (
            <Button size="small" icon={<SettingOutlined />} onClick={() => setEditing(true)}>
              {t('tickets.rates.rules.edit')}
            </Button>
          ) : undefined
        }
      />
      <Space wrap>
        <Typography.Text>{t('tickets.rates.month')}</Typography.Text>
        <Select
          style={{ width: 120 }}
          value={month}
          onChange={setChosen}
          options={months.map((m) => ({ value: m, label: m }))}
        />
        <Typography.Text>{t('tickets.rates.by')}</Typography.Text>
        <Segmented<Grouping>
          value={grouping}
          onChange={setGrouping}
          options={GROUPINGS.map((g) => ({ value: g, label: t(`tickets.rates.group.${g}`) }))}
        />
      </Space>
      {editing && unit && rules && (
        <RateRulesForm unit={unit} rules={rules} onClose={() => setEditing(false)} />
      )}
      <Table<{ key: string; rank: number; rates: TicketRates }>
        size="small"
        pagination={false}
        rowKey="key"
        dataSource={ranking}
        columns={[
          { key: 'rank', title: t('tickets.rates.rank'), width: 70, render: (_, r) => r.rank },
          {
            key: 'unit',
            title: t(`tickets.rates.${grouping}`),
            render: (_, r) => nameOf(r.key),
          },
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
          <Card
            size="small"
            title={t('tickets.rates.recurring')}
            extra={
              <Segmented<ProblemsBy>
                size="small"
                value={problemsBy}
                onChange={setProblemsBy}
                options={PROBLEMS_BY.map((b) => ({ value: b, label: t(`tickets.rates.problemsBy.${b}`) }))}
              />
            }
          >
            <List<RecurringGroup>
              size="small"
              dataSource={problems}
              locale={{ emptyText: t('tickets.rates.noRecurring') }}
              renderItem={(p) => (
                <List.Item extra={t('tickets.rates.times', { count: p.count })}>
                  <List.Item.Meta
                    title={problemsBy === 'category' ? p.key : siteName(p.key)}
                    description={p.within
                      .map((w) => timesText(problemsBy === 'category' ? siteName(w.key) : w.key, w.count))
                      .join(t('common.separator'))}
                  />
                </List.Item>
              )}
            />
          </Card>
        </Col>
        <Col span={12}>
          <Card size="small" title={t('tickets.rates.hotPlaces')}>
            <List
              size="small"
              dataSource={hot}
              renderItem={(h) => (
                <List.Item extra={t('tickets.rates.times', { count: h.count })}>
                  {/* Meta takes the row's width, so the count sits at the right as in 每月一题. */}
                  <List.Item.Meta title={siteName(h.key)} />
                </List.Item>
              )}
            />
          </Card>
        </Col>
      </Row>
    </Space>
  );
}

/** The lead office (牵头科室) of each duty-list item the month's tickets were classified under. */
function useLeadUnits(tickets: readonly Ticket[] | undefined): Map<string, string> | undefined {
  return useLiveQuery(async () => {
    if (!tickets) return undefined;
    const ids = [...new Set(tickets.map((x) => x.listItemId).filter((id): id is string => id !== undefined))];
    const items = await db.listItems.bulkGet(ids);
    return new Map(items.flatMap((item) => (item?.leadUnit ? [[item.id, item.leadUnit] as const] : [])));
  }, [tickets]);
}

/** Names of the grids the month's tickets lie in. */
function useGridNames(tickets: readonly Ticket[] | undefined): Map<string, string> | undefined {
  return useLiveQuery(async () => {
    if (!tickets) return undefined;
    const codes = [...new Set(tickets.map((x) => gridCodeOf(x.orgPath)).filter((c): c is string => !!c))];
    const units = await db.orgUnits.where('code').anyOf(codes).toArray();
    return new Map(units.map((u) => [u.code, u.name]));
  }, [tickets]);
}

/**
 * The buildings and courtyards of the month's located tickets: each ticket's place, a gate taken
 * as its building (siteOf), with the names to show.
 */
function useSites(
  tickets: readonly Ticket[],
): { siteOf: Map<string, string>; names: Map<string, string> } | undefined {
  return useLiveQuery(async () => {
    const ids = [...new Set(tickets.map((x) => x.placeId).filter((id): id is string => id !== undefined))];
    const places = (await db.places.bulkGet(ids)).filter((p) => p !== undefined);
    const siteOfPlace = new Map(places.map((p) => [p.id, siteOf(p)]));
    const names = new Map(places.map((p) => [p.id, p.name]));
    const buildings = [...new Set(siteOfPlace.values())].filter((id) => !names.has(id));
    for (const b of await db.places.bulkGet(buildings)) if (b) names.set(b.id, b.name);
    return { siteOf: siteOfPlace, names };
  }, [tickets]);
}
