import { useEffect, useMemo, useState } from 'react';
import {
  Alert,
  App,
  Button,
  Checkbox,
  Col,
  InputNumber,
  Modal,
  Radio,
  Result,
  Row,
  Segmented,
  Select,
  Space,
  Statistic,
  Steps,
  Table,
  Tag,
  Typography,
} from 'antd';
import { FileExcelOutlined, UploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { ENTITY_SPECS } from '@shared/excel/entities';
import type { EntityName, FieldSpec, RowValues } from '@shared/excel/entity';
import type { SheetChoice } from '@shared/excel/sheets';
import { newId } from '@shared/ids';
import { db } from '../../db';
import { DEFAULT_DB_NAME } from '../../db/database';
import { WELCOME_DONE_KEY } from '../../db/local-data';
import { desktop } from '../../platform';
import { useSession } from '../../app/session';
import { useUiStore } from '../../app/ui-store';
import { isCancelled } from '@shared/cancel';
import { ExcelWorkerClient } from './worker-client';
import type { PlanView, PreparedView, PreviewFilter } from './protocol';
import type { ImportBatch } from './batches';
import { EXCEL_FILTERS, excelJob, failureMessage, issueMessage, ownBuffer } from './excel-jobs';
import { localToday } from '../../common/dates';
import { recallMapping, rememberMapping } from './mappings';
import { PreviewTable } from './PreviewTable';
import { TemplateButton } from './TemplateButton';
import { undoImport } from './undo';
import { UndoBatchButton } from './UndoBatchButton';

/** Narrowest a preview column may be: whole IDs (a refused one is shown unmasked) and dates fit. */
function minWidthOf(field: FieldSpec | undefined): number {
  if (field?.personal === 'residentId') return 168;
  if (field?.personal === 'phone') return 116;
  if (field?.kind === 'date') return 100;
  return 90;
}

type Step = 'file' | 'sheet' | 'columns' | 'preview' | 'done';
const STEPS: readonly Step[] = ['file', 'sheet', 'columns', 'preview', 'done'];

interface Props {
  entity: EntityName;
  open: boolean;
  onClose(): void;
  /** Values the calling screen fixes for every row (the list edition being edited). */
  fixed?: RowValues;
  /** Database name (tests and benchmarks use their own). */
  dbName?: string;
}

/**
 * The import wizard: file → sheet → columns → preview (the dry run) → commit as one batch,
 * which can be undone. Everything heavy runs in the Excel worker; the window shows its
 * results a page at a time.
 */
export function ImportWizard({ entity, open, onClose, fixed, dbName = DEFAULT_DB_NAME }: Props) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const english = i18n.language === 'en';
  const header = (f: { header: string; headerEn: string }) => (english ? f.headerEn : f.header);
  const user = useSession((s) => s.user);
  const scope = useUiStore((s) => s.scope);
  const spec = ENTITY_SPECS[entity];
  // The worker starts on the first call and ends with the wizard (its session goes with it).
  const [client] = useState(() => new ExcelWorkerClient());
  const [step, setStep] = useState<Step>('file');
  const [fileName, setFileName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [sheets, setSheets] = useState<SheetChoice[]>([]);
  const [sheet, setSheet] = useState<string | undefined>();
  const [prepared, setPrepared] = useState<PreparedView | null>(null);
  const [mapping, setMapping] = useState<(string | null)[]>([]);
  // A mapping saved for sheets like this one: offered, applied only when the user says so
  // (a wrong one saved once came back silently every time).
  const [offered, setOffered] = useState<(string | null)[] | undefined>(undefined);
  // Values for every row, for a required field the file has no column for (类型 of a places list).
  const [forAllRows, setForAllRows] = useState<RowValues>({});
  const [remember, setRemember] = useState(true);
  const [plan, setPlan] = useState<PlanView | null>(null);
  const [planVersion, setPlanVersion] = useState(0);
  const [filter, setFilter] = useState<PreviewFilter>('all');
  const [batch, setBatch] = useState<ImportBatch | null>(null);
  const [busy, setBusy] = useState(false);
  const [imported, setImported] = useState(false);
  // Imports reach as far as the user's own scope allows, within the scope in view.
  const importScope = scope.startsWith(user.scope) ? scope : user.scope;

  useEffect(() => () => client.terminate(), [client]);

  const reset = () => {
    setStep('file');
    setError(null);
    setSheets([]);
    setSheet(undefined);
    setPrepared(null);
    setMapping([]);
    setOffered(undefined);
    setForAllRows({});
    setPlan(null);
    setBatch(null);
    setFilter('all');
  };

  const close = () => {
    client.terminate();
    reset();
    // Importing is one of the ways to start: the welcome page has done its job. Said on
    // close, not on commit: the welcome page may hold this wizard, and must not take it away
    // before the user has read the result (or undone it).
    if (imported) void db.meta.put({ key: WELCOME_DONE_KEY, value: true });
    onClose();
  };

  /** Runs a step, showing its failure in the wizard; a cancelled step changes nothing. */
  const attempt = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (e) {
      if (!isCancelled(e)) setError(failureMessage(e));
      else void message.info(t('common.cancelled'));
    } finally {
      setBusy(false);
    }
  };

  const prepare = (name: string, headerRow?: number) =>
    attempt(async () => {
      const view = await client.call('prepare', { sheet: name, headerRow });
      setSheet(name);
      setPrepared(view);
      const recalled = headerRow === undefined ? await recallMapping(view.signature, view.labels) : undefined;
      setMapping(view.mapping);
      setOffered(recalled);
      setStep('columns');
    });

  const pickFile = () =>
    attempt(async () => {
      const file = await desktop.openFile({ filters: EXCEL_FILTERS });
      if (!file) return;
      reset();
      setFileName(file.name);
      const buffer = ownBuffer(file.data);
      const opened = await excelJob(t('excel.jobs.reading', { name: file.name }), (options) =>
        client.call('open', { bytes: buffer, fileName: file.name, entity }, options, [buffer]),
      );
      setSheets(opened.sheets);
      const usable = opened.sheets.filter((s) => s.rows > 0);
      if (usable.length === 1 && opened.suggested) {
        const view = await client.call('prepare', { sheet: opened.suggested });
        setSheet(opened.suggested);
        setPrepared(view);
        const recalled = await recallMapping(view.signature, view.labels);
        setMapping(view.mapping);
        setOffered(recalled);
        setStep('columns');
      } else {
        setSheet(opened.suggested);
        setStep('sheet');
      }
    });

  const check = () =>
    attempt(async () => {
      if (!prepared) return;
      if (remember) await rememberMapping(prepared.signature, entity, prepared.labels, mapping);
      const view = await excelJob(t('excel.jobs.checking'), (options) =>
        client.call(
          'plan',
          {
            mapping,
            options: {
              dbName,
              scope: importScope,
              today: localToday(),
              user: user.displayName,
              fixed: { ...forAllRows, ...fixed },
            },
          },
          options,
        ),
      );
      setPlan(view);
      setPlanVersion((v) => v + 1);
      setFilter(view.counts.rejected > 0 ? 'problems' : 'all');
      setStep('preview');
    });

  const downloadErrors = () =>
    attempt(async () => {
      const bytes = await excelJob(t('excel.jobs.errorReport'), (options) =>
        client.call('errorReport', { language: english ? 'en' : 'zh' }, options),
      );
      await desktop.saveFile({
        suggestedName: t('excel.preview.errorReportName', { file: fileName.replace(/\.[^.]+$/, '') }),
        data: bytes,
      });
    });

  const commit = () =>
    attempt(async () => {
      const done = await excelJob(t('excel.jobs.writing'), (options) =>
        client.call(
          'commit',
          {
            dbName,
            batch: {
              id: newId(),
              fileName,
              startedAt: new Date().toISOString(),
              by: user.displayName,
              scope: importScope,
            },
          },
          options,
        ),
      );
      setImported(true);
      setBatch(done);
      setStep('done');
    });

  const undo = () =>
    attempt(async () => {
      if (!batch) return;
      setBatch(await undoImport(batch.id, dbName));
    });

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
  const taken = new Map<string, number>();
  mapping.forEach((k) => k && taken.set(k, (taken.get(k) ?? 0) + 1));
  const given = { ...forAllRows, ...fixed };
  const missing = spec.fields.filter((f) => f.required && !taken.has(f.key) && !(f.key in given));
  // A required choice with no column can take one value for every row.
  const settable = spec.fields.filter(
    (f) => f.kind === 'option' && f.required && !taken.has(f.key) && !(fixed && f.key in fixed),
  );
  const shownColumns = mapping.flatMap((k, c) => (k ? [c] : []));
  const writable = plan ? plan.counts.new + plan.counts.updated : 0;

  const stepIndex = STEPS.indexOf(step);
  const title = t('excel.importTitle', { entity: t(`excel.entities.${entity}`) });

  return (
    <Modal
      open={open}
      title={title}
      onCancel={close}
      footer={null}
      width={1180}
      maskClosable={false}
      destroyOnHidden
      className="excel-wizard"
    >
      <Steps
        size="small"
        current={stepIndex}
        items={STEPS.map((s) => ({ key: s, title: t(`excel.steps.${s}`) }))}
        style={{ marginBottom: 16 }}
      />
      {error && (
        <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} data-testid="excel-error" />
      )}

      {step === 'file' && (
        <Space direction="vertical" size={12} style={{ width: '100%', padding: '24px 0' }}>
          <Button type="primary" size="large" icon={<UploadOutlined />} onClick={pickFile} loading={busy}>
            {t('excel.file.pick')}
          </Button>
          <Typography.Text type="secondary">{t('excel.file.hint')}</Typography.Text>
          <Space>
            <Typography.Text type="secondary">{t('excel.file.templateHint')}</Typography.Text>
            <TemplateButton entity={entity} dbName={dbName} />
          </Space>
        </Space>
      )}

      {step === 'sheet' && (
        <Space direction="vertical" size={12} style={{ width: '100%' }}>
          <Typography.Text>{t('excel.sheet.choose')}</Typography.Text>
          <Radio.Group value={sheet} onChange={(e) => setSheet(e.target.value as string)}>
            <Space direction="vertical">
              {sheets.map((s) => (
                <Radio key={s.name} value={s.name} disabled={s.rows === 0}>
                  <FileExcelOutlined /> {s.name}{' '}
                  <Typography.Text type="secondary">
                    {s.rows === 0 ? t('excel.sheet.empty') : t('excel.sheet.rows', { count: s.rows })}
                    {s.matched > 0 && ` · ${t('excel.sheet.matched', { count: s.matched })}`}
                  </Typography.Text>{' '}
                  {s.hidden && <Tag>{t('excel.sheet.hidden')}</Tag>}
                </Radio>
              ))}
            </Space>
          </Radio.Group>
          <Space>
            <Button onClick={reset}>{t('excel.columns.back')}</Button>
            <Button
              type="primary"
              disabled={!sheet}
              loading={busy}
              onClick={() => sheet && void prepare(sheet)}
            >
              {t('excel.sheet.next')}
            </Button>
          </Space>
        </Space>
      )}

      {step === 'columns' && prepared && (
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
              onChange={(v) => typeof v === 'number' && void prepare(prepared.sheet, v - 1)}
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
                  <Button
                    size="small"
                    onClick={() => {
                      setMapping(offered);
                      setOffered(undefined);
                    }}
                  >
                    {t('excel.columns.useOffered')}
                  </Button>
                  <Button size="small" type="text" onClick={() => setOffered(undefined)}>
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
                onChange={(value?: string) =>
                  setForAllRows(({ [f.key]: _old, ...rest }) => (value ? { ...rest, [f.key]: value } : rest))
                }
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
                      onChange={(value: string) =>
                        setMapping((m) => m.map((k, c) => (c === r.column ? value || null : k)))
                      }
                    />
                  );
                },
              },
            ]}
          />
          <Checkbox checked={remember} onChange={(e) => setRemember(e.target.checked)}>
            {t('excel.columns.remember')}
          </Checkbox>
          <Space>
            <Button
              onClick={() => (sheets.filter((s) => s.rows > 0).length > 1 ? setStep('sheet') : reset())}
            >
              {t('excel.columns.back')}
            </Button>
            <Button type="primary" loading={busy} onClick={check} disabled={shownColumns.length === 0}>
              {t('excel.columns.check')}
            </Button>
          </Space>
        </Space>
      )}

      {step === 'preview' && plan && prepared && (
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
              onChange={setFilter}
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
            <Button onClick={() => setStep('columns')}>{t('excel.preview.back')}</Button>
            {plan.counts.rejected > 0 && (
              <Button onClick={downloadErrors} loading={busy}>
                {t('excel.preview.errorReport')}
              </Button>
            )}
            <Button type="primary" onClick={commit} loading={busy} disabled={writable === 0}>
              {writable === 0 ? t('excel.preview.nothing') : t('excel.preview.commit', { count: writable })}
            </Button>
          </Space>
        </Space>
      )}

      {step === 'done' && batch && (
        <Result
          status={batch.status === 'undone' ? 'info' : 'success'}
          title={batch.status === 'undone' ? t('excel.done.undone') : t('excel.done.title')}
          subTitle={t('excel.done.body', batch.counts)}
          extra={[
            batch.status === 'committed' && (
              <UndoBatchButton key="undo" batch={batch} loading={busy} onUndo={undo}>
                {t('excel.done.undo')}
              </UndoBatchButton>
            ),
            <Button key="again" onClick={reset}>
              {t('excel.done.again')}
            </Button>,
            <Button key="close" type="primary" onClick={close}>
              {t('excel.done.close')}
            </Button>,
          ]}
        />
      )}
    </Modal>
  );
}
