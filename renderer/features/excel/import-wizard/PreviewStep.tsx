import { Alert, Button, Col, Row, Segmented, Space, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ENTITY_SPECS } from '@shared/excel/entities';
import type { EntityName, FieldSpec } from '@shared/excel/entity';
import { issueMessage } from '../excel-jobs';
import { PreviewTable } from '../PreviewTable';
import type { PreviewFilter } from '../protocol';
import type { ExcelWorkerClient } from '../worker-client';
import { useWizard, useWizardActions } from './wizard-context';
import { mappedColumns } from './wizard-store';

/** Narrowest a preview column may be: whole IDs (a refused one is shown unmasked) and dates fit. */
function minWidthOf(field: FieldSpec | undefined): number {
  if (field?.personal === 'residentId') return 168;
  if (field?.personal === 'phone') return 116;
  if (field?.kind === 'date') return 100;
  return 90;
}

/** 预览: the dry run's counts and rows, before anything is written. */
export function PreviewStep({ entity, client }: { entity: EntityName; client: ExcelWorkerClient }) {
  const { t, i18n } = useTranslation();
  const english = i18n.language === 'en';
  const spec = ENTITY_SPECS[entity];
  const { plan, prepared, mapping, filter, planVersion, busy } = useWizard((s) => ({
    plan: s.plan,
    prepared: s.prepared,
    mapping: s.mapping,
    filter: s.filter,
    planVersion: s.planVersion,
    busy: s.busy,
  }));
  const actions = useWizardActions();
  if (!plan || !prepared) return null;
  const shownColumns = mappedColumns(mapping);
  const writable = plan.counts.new + plan.counts.updated;

  return (
    <Space direction="vertical" size={12} style={{ width: '100%' }}>
      <Alert type="info" showIcon message={t('excel.preview.dryRun')} />
      <Row gutter={16} data-testid="excel-summary">
        {(['new', 'updated', 'unchanged', 'rejected', 'skipped'] as const).map((k) => (
          <Col key={k} span={4}>
            <Statistic
              title={t(`excel.preview.${k}`)}
              value={plan.counts[k]}
              valueStyle={k === 'rejected' && plan.counts[k] > 0 ? { color: '#cf1322' } : undefined}
              data-testid={`excel-count-${k}`}
            />
          </Col>
        ))}
      </Row>
      {plan.sheetWarnings.map((w, i) => (
        <Alert key={i} type="warning" showIcon message={issueMessage(w)} />
      ))}
      <Space wrap>
        <Segmented<PreviewFilter>
          value={filter}
          onChange={actions.setFilter}
          options={(['all', 'problems', 'new', 'updated'] as const).map((f) => ({
            value: f,
            label: t(`excel.preview.filter.${f}`),
          }))}
        />
        <Typography.Text type="secondary">
          {t('excel.preview.rowsTotal', { count: plan.rows })}
        </Typography.Text>
      </Space>
      <PreviewTable
        client={client}
        labels={shownColumns.map((c) => prepared.labels[c] ?? '')}
        columns={shownColumns}
        minWidths={shownColumns.map((c) => minWidthOf(spec.fields.find((f) => f.key === mapping[c])))}
        fieldLabels={Object.fromEntries(spec.fields.map((f) => [f.key, english ? f.headerEn : f.header]))}
        filter={filter}
        version={planVersion}
      />
      <Space>
        <Button onClick={() => actions.goTo('columns')}>{t('excel.preview.back')}</Button>
        {plan.counts.rejected > 0 && (
          <Button onClick={actions.downloadErrors} loading={busy}>
            {t('excel.preview.errorReport')}
          </Button>
        )}
        <Button type="primary" onClick={actions.commit} loading={busy} disabled={writable === 0}>
          {writable === 0 ? t('excel.preview.nothing') : t('excel.preview.commit', { count: writable })}
        </Button>
      </Space>
    </Space>
  );
}
