import { useMemo } from 'react';
import { Table, Typography } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { LocalizedReport, LocalizedSection, TextValue } from '@shared/reports/render';
import { EChart } from '../EChart';
import { namesAxis } from '../format';

/** Bars past this many make names unreadable; the table under the chart lists every row. */
const CHART_MAX = 30;
const COLORS = ['#5470c6', '#91cc75', '#fac858', '#ee6666', '#73c0de', '#fc8452'];

/** A table value as a chart value: a share written 98.5% is drawn as 98.5 on a percent axis. */
function chartValue(value: TextValue | undefined): number | null {
  if (typeof value === 'number') return value;
  const n = Number.parseFloat(value ?? '');
  return Number.isFinite(n) ? n : null;
}

function SectionChart({ section }: { section: LocalizedSection }) {
  const option = useMemo(() => {
    const { chart, table } = section;
    if (!chart || !table) return undefined;
    const rows = table.rows.slice(0, CHART_MAX);
    const lines = chart.lines ?? [];
    const series = [
      ...chart.bars.map((c) => ({
        type: 'bar',
        name: table.header[c],
        yAxisIndex: 0,
        data: rows.map((r) => chartValue(r.cells[c])),
      })),
      ...lines.map((c) => ({
        type: chart.sharesAsBars ? 'bar' : 'line',
        name: table.header[c],
        yAxisIndex: chart.bars.length > 0 ? 1 : 0,
        data: rows.map((r) => chartValue(r.cells[c])),
      })),
    ].map((s, i) => ({ ...s, color: COLORS[i % COLORS.length] }));
    const percentAxis = { type: 'value', name: '%', min: 0, max: 100 };
    return {
      animation: false,
      tooltip: { trigger: 'axis' },
      legend: { bottom: 0 },
      grid: { left: 48, right: 48, top: 30, bottom: rows.length > 8 ? 110 : 56 },
      xAxis: namesAxis(rows.map((r) => String(r.cells[chart.x] ?? ''))),
      yAxis:
        chart.bars.length === 0
          ? [percentAxis]
          : [{ type: 'value', minInterval: 1 }, ...(lines.length > 0 ? [percentAxis] : [])],
      series,
    };
  }, [section]);
  if (!option || !section.table || section.table.rows.length === 0) return null;
  return <EChart option={option} height={260} />;
}

/** A link to the screen that shows a line's evidence, plain text where there is none. */
function Evidence({ text, link }: { text: TextValue; link: string | undefined }) {
  return link ? <Link to={link}>{text}</Link> : <>{text}</>;
}

/**
 * A report on screen and on paper: title, then per section its figures, its chart and its table.
 * What the .docx and the .xlsx hold is drawn from the same localized report.
 */
export function ReportView({ report, charts }: { report: LocalizedReport; charts: boolean }) {
  const { t } = useTranslation();
  return (
    <article className="report" data-testid="report">
      <h1 className="report-title">{report.title}</h1>
      <p className="report-subtitle">{report.subtitle}</p>
      {report.sections.map((s) => (
        <section key={s.id} className="report-section" data-testid={`report-${s.id}`}>
          <h2>{s.title}</h2>
          {s.note && <Typography.Paragraph type="secondary">{s.note}</Typography.Paragraph>}
          {s.figures.length > 0 && (
            <dl className="report-figures">
              {s.figures.map((f) => (
                <div key={f.label} className="report-figure" data-testid="report-figure">
                  <dt>
                    <Evidence text={f.label} link={f.link} />
                  </dt>
                  <dd>{f.value}</dd>
                </div>
              ))}
            </dl>
          )}
          {charts && <SectionChart section={s} />}
          {s.table && (
            <Table
              size="small"
              pagination={false}
              className="report-table"
              rowKey={(_, i) => String(i)}
              dataSource={s.table.rows}
              locale={{ emptyText: t('dashboard.empty') }}
              columns={s.table.header.map((title, c) => ({
                key: String(c),
                title,
                align: s.table!.numeric[c] ? ('right' as const) : undefined,
                render: (_: unknown, row: { cells: TextValue[]; link?: string }) =>
                  c === 0 ? <Evidence text={row.cells[0] ?? ''} link={row.link} /> : row.cells[c],
              }))}
            />
          )}
        </section>
      ))}
    </article>
  );
}
