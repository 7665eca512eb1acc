import { useMemo } from 'react';
import { Alert, Button, Checkbox, InputNumber, Select, Space, Table, Typography } from 'antd';
import { FileExcelOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { ENTITY_SPECS } from '@shared/excel/entities';
import type { EntityName, RowValues } from '@shared/excel/entity';
import { useWizard, useWizardActions } from './wizard-context';
import { mappedColumns } from './wizard-store';

/** 对应列: which field each file column holds, the header row, and values for every row. */
export function ColumnsStep({ entity, fixed }: { entity: EntityName; fixed?: RowValues }) {
  const { t, i18n } = useTranslation();
  const english = i18n.language === 'en';
  const header = (f: { header: string; headerEn: string }) => (english ? f.headerEn : f.header);
  const spec = ENTITY_SPECS[entity];
  const { fileName, prepared, mapping, offered, forAllRows, remember, sheets, busy } = useWizard((s) => ({
    fileName: s.fileName,
    prepared: s.prepared,
    mapping: s.mapping,
    offered: s.offered,
    forAllRows: s.forAllRows,
    remember: s.remember,
    sheets: s.sheets,
    busy: s.busy,
  }));
  const actions = useWizardActions();
  const fieldOptions = useMemo(
    () => [
      { value: '', label: t('excel.columns.ignore') },
      ...spec.fields.map((f) => ({
        value: f.key,
        label: f.required ? `${english ? f.headerEn : f.header} *` : english ? f.headerEn : f.header,
      })),
    ],
    [spec, t, english],
  );
  if (!prepared) return null;

  const taken = new Map<string, number>();
  mapping.forEach((k) => k && taken.set(k, (taken.get(k) ?? 0) + 1));
  const given = { ...forAllRows, ...fixed };
  const missing = spec.fields.filter((f) => f.required && !taken.has(f.key) && !(f.key in given));
  // A required choice with no column can take one value for every row.
  const settable = spec.fields.filter(
    (f) => f.kind === 'option' && f.required && !taken.has(f.key) && !(fixed && f.key in fixed),
  );

  return (
    <Space direction="vertical" size={12} style={{ width: '100%' }}>
      <Space wrap>
        <Typography.Text strong>
          <FileExcelOutlined /> {fileName} · {prepared.sheet}
        </Typography.Text>
        <Typography.Text>{t('excel.columns.headerRow')}</Typography.Text>
        <InputNumber
          size="small"
          min={1}
          value={prepared.headerRow + 1}
          aria-label={t('excel.columns.headerRow')}
          onChange={(v) => typeof v === 'number' && void actions.prepare(prepared.sheet, v - 1)}
        />
        <Typography.Text>
          {t('excel.columns.headerRowSuffix')}
          {prepared.headerHeight === 2 && t('excel.columns.twoRows')}
        </Typography.Text>
        <Typography.Text type="secondary">
          {t('excel.columns.dataRows', { count: prepared.dataRows })}
        </Typography.Text>
      </Space>
      {offered && (
        <Alert
          type="info"
          showIcon
          message={t('excel.columns.offered')}
          action={
            <Space>
              <Button size="small" onClick={actions.acceptOffered}>
                {t('excel.columns.useOffered')}
              </Button>
              <Button size="small" type="text" onClick={actions.dismissOffered}>
                {t('excel.columns.ignoreOffered')}
              </Button>
            </Space>
          }
        />
      )}
      {settable.map((f) => (
        <Space key={f.key} data-testid={`for-all-rows-${f.key}`}>
          <Typography.Text>{t('excel.columns.forAllRows', { field: header(f) })}</Typography.Text>
          <Select
            size="small"
            allowClear
            style={{ width: 160 }}
            aria-label={t('excel.columns.forAllRows', { field: header(f) })}
            value={forAllRows[f.key] as string | undefined}
            onChange={(value?: string) => actions.setForAllRows(f.key, value)}
            options={(f.options ?? []).map((o) => ({
              value: o.value,
              label: english ? o.labelEn : o.label,
            }))}
          />
        </Space>
      ))}
      {missing.length > 0 && (
        <Alert
          type="warning"
          showIcon
          message={t('excel.columns.missing', {
            fields: missing.map(header).join(t('common.separator')),
          })}
        />
      )}
      <Table
        size="small"
        rowKey="column"
        pagination={false}
        scroll={{ y: 360 }}
        dataSource={prepared.labels.map((label, column) => ({
          column,
          label,
          samples: prepared.samples[column] ?? [],
        }))}
        columns={[
          { key: 'label', title: t('excel.columns.fileColumn'), dataIndex: 'label', width: 220 },
          {
            key: 'samples',
            title: t('excel.columns.samples'),
            render: (_, r) => <Typography.Text type="secondary">{r.samples.join('，')}</Typography.Text>,
          },
          {
            key: 'field',
            title: t('excel.columns.field'),
            width: 260,
            render: (_, r) => {
              const key = mapping[r.column] ?? '';
              // Two text columns of one field are joined (楼号 + 单元); any other repeat is a mistake.
              const joined = spec.fields.find((f) => f.key === key)?.kind === 'text';
              const clash = key !== '' && !joined && (taken.get(key) ?? 0) > 1;
              return (
                <Select
                  size="small"
                  style={{ width: '100%' }}
                  status={clash ? 'warning' : undefined}
                  aria-label={`${t('excel.columns.field')} ${r.label}`}
                  value={key}
                  options={fieldOptions}
                  showSearch
                  optionFilterProp="label"
                  onChange={(value: string) => actions.mapColumn(r.column, value || null)}
                />
              );
            },
          },
        ]}
      />
      <Checkbox checked={remember} onChange={(e) => actions.setRemember(e.target.checked)}>
        {t('excel.columns.remember')}
      </Checkbox>
      <Space>
        <Button
          onClick={() =>
            sheets.filter((s) => s.rows > 0).length > 1 ? actions.goTo('sheet') : actions.reset()
          }
        >
          {t('excel.columns.back')}
        </Button>
        <Button
          type="primary"
          loading={busy}
          onClick={actions.check}
          disabled={mappedColumns(mapping).length === 0}
        >
          {t('excel.columns.check')}
        </Button>
      </Space>
    </Space>
  );
}
