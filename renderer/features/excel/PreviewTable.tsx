import { useEffect, useRef, useState } from 'react';
import { Empty, Tag, Tooltip, Typography } from 'antd';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useTranslation } from 'react-i18next';
import type { RowIssue, RowStatus } from '@shared/excel/import-rows';
import type { ExcelWorkerClient } from './worker-client';
import './excel.css';
import type { PreviewFilter, PreviewRow } from './protocol';
import { issueMessage } from './excel-jobs';

const PAGE = 100;
// Two lines: a refused row's reasons are what the user came to read.
const ROW_HEIGHT = 48;

const STATUS_COLOR: Record<RowStatus, string> = {
  new: 'green',
  updated: 'blue',
  unchanged: 'default',
  rejected: 'red',
  skipped: 'default',
};

interface Props {
  client: ExcelWorkerClient;
  /** Labels of the mapped columns, in file order. */
  labels: readonly string[];
  /** Each field's name, for an issue of a field no shown column holds (a missing 类型). */
  fieldLabels?: Readonly<Record<string, string>>;
  /** Sheet column of each shown column, to place cell issues. */
  columns: readonly number[];
  /** Narrowest each shown column may be, in px (an 18-digit ID needs more than a name). */
  minWidths?: readonly number[];
  filter: PreviewFilter;
  /** Changes whenever the plan does, so pages are fetched again. */
  version: number;
}

/**
 * The planned rows, as many as there are (240,000 included): only the pages in view are
 * fetched from the worker. A refused cell is red, its reason on hover and in the last column.
 */
export function PreviewTable({
  client,
  labels,
  fieldLabels = {},
  columns,
  minWidths,
  filter,
  version,
}: Props) {
  const { t } = useTranslation();
  const scrollRef = useRef<HTMLDivElement>(null);
  const [total, setTotal] = useState<number | undefined>(undefined);
  const [pages, setPages] = useState<Map<number, PreviewRow[]>>(new Map());
  const loading = useRef(new Set<number>());

  useEffect(() => {
    let live = true;
    loading.current = new Set([0]);
    void client.call('rows', { filter, offset: 0, limit: PAGE }).then((r) => {
      if (!live) return;
      setTotal(r.total);
      setPages(new Map([[0, r.rows]]));
    });
    return () => {
      live = false;
    };
  }, [client, filter, version]);

  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: total ?? 0,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 20,
  });
  const items = virtualizer.getVirtualItems();
  const firstPage = Math.floor((items[0]?.index ?? 0) / PAGE);
  const lastPage = Math.floor((items[items.length - 1]?.index ?? 0) / PAGE);

  useEffect(() => {
    for (let p = firstPage; p <= lastPage; p++) {
      if (pages.has(p) || loading.current.has(p)) continue;
      loading.current.add(p);
      void client.call('rows', { filter, offset: p * PAGE, limit: PAGE }).then((r) =>
        setPages((old) => {
          const next = new Map(old);
          next.set(p, r.rows);
          // Bounded: pages far out of view are fetched again when they come back.
          for (const key of next.keys()) if (Math.abs(key - p) > 20) next.delete(key);
          return next;
        }),
      );
    }
  }, [firstPage, lastPage, pages, client, filter]);

  const template = `64px 88px ${labels.map((_, i) => `minmax(${minWidths?.[i] ?? 90}px, 1fr)`).join(' ')} minmax(240px, 2.5fr)`;
  if (total === 0) return <Empty description={t('excel.preview.noRows')} />;

  const statusLabel = (s: RowStatus) => t(`excel.preview.${s}`);
  const cellIssues = (issues: readonly RowIssue[], column: number) =>
    issues.filter((i) => i.column === column);

  return (
    <div
      className="excel-preview"
      role="table"
      aria-label={t('excel.steps.preview')}
      aria-rowcount={(total ?? 0) + 1}
    >
      <div
        className="excel-preview-row excel-preview-head"
        role="row"
        style={{ gridTemplateColumns: template }}
      >
        <div role="columnheader">{t('excel.preview.row')}</div>
        <div role="columnheader">{t('excel.preview.status')}</div>
        {labels.map((l, i) => (
          <div role="columnheader" key={i} title={l}>
            {l}
          </div>
        ))}
        <div role="columnheader">{t('excel.preview.problems')}</div>
      </div>
      <div ref={scrollRef} className="excel-preview-body">
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {items.map((item) => {
            const row = pages.get(Math.floor(item.index / PAGE))?.[item.index % PAGE];
            return (
              <div
                key={item.key}
                role="row"
                className={`excel-preview-row${row?.status === 'rejected' ? ' rejected' : ''}`}
                style={{
                  gridTemplateColumns: template,
                  height: ROW_HEIGHT,
                  transform: `translateY(${item.start}px)`,
                }}
                data-row={row?.row}
              >
                {row ? (
                  <>
                    <div role="cell" className="mono">
                      {row.row}
                    </div>
                    <div role="cell">
                      <Tag color={STATUS_COLOR[row.status]}>{statusLabel(row.status)}</Tag>
                    </div>
                    {row.cells.map((text, i) => {
                      const problems = cellIssues(row.issues, columns[i]!);
                      return problems.length > 0 ? (
                        <Tooltip key={i} title={problems.map(issueMessage).join('；')}>
                          <div role="cell" className="cell-error" aria-invalid="true">
                            {text || '—'}
                          </div>
                        </Tooltip>
                      ) : (
                        <div role="cell" key={i} title={text}>
                          {text}
                        </div>
                      );
                    })}
                    <div
                      role="cell"
                      className="problems"
                      title={[...row.issues, ...row.warnings].map(issueMessage).join('；')}
                    >
                      {row.issues.length > 0 ? (
                        <Typography.Text type="danger">
                          {row.issues.map((i) => describe(i, labels, columns, fieldLabels)).join('；')}
                        </Typography.Text>
                      ) : (
                        <Typography.Text type="secondary">
                          {row.warnings.map((i) => describe(i, labels, columns, fieldLabels)).join('；')}
                        </Typography.Text>
                      )}
                    </div>
                  </>
                ) : (
                  <div role="cell" />
                )}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}

/**
 * An issue with the column it is in, or the field it is about: 「公民身份号码：校验位不正确」,
 * 「类型：必须填写」 — never a bare 必须填写 (the error workbook says it the same way).
 */
function describe(
  issue: RowIssue,
  labels: readonly string[],
  columns: readonly number[],
  fieldLabels: Readonly<Record<string, string>>,
): string {
  const i = issue.column === undefined ? -1 : columns.indexOf(issue.column);
  const message = issueMessage(issue);
  const label = i >= 0 ? labels[i] : issue.field ? fieldLabels[issue.field] : undefined;
  return label ? `${label}：${message}` : message;
}
