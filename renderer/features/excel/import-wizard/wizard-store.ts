import { createStore } from 'zustand/vanilla';
import type { EntityName, RowValues } from '@shared/excel/entity';
import type { SheetChoice } from '@shared/excel/sheets';
import { isCancelled } from '@shared/cancel';
import { newId } from '@shared/ids';
import { db } from '../../../db';
import { WELCOME_DONE_KEY } from '../../../db/local-data';
import { desktop } from '../../../platform';
import { i18next } from '../../../app/i18n';
import { useSession } from '../../../app/session';
import { useUiStore } from '../../../app/ui-store';
import { localToday } from '../../../common/dates';
import type { ImportBatch } from '../batches';
import { EXCEL_FILTERS, excelJob, failureMessage, ownBuffer } from '../excel-jobs';
import { recallMapping, rememberMapping } from '../mappings';
import type { PlanView, PreparedView, PreviewFilter } from '../protocol';
import { undoImport } from '../undo';
import type { ExcelWorkerClient } from '../worker-client';

export type WizardStep = 'file' | 'sheet' | 'columns' | 'preview' | 'done';
export const WIZARD_STEPS: readonly WizardStep[] = ['file', 'sheet', 'columns', 'preview', 'done'];

/** What the wizard is doing; the workbook itself and the plan stay in the worker's session. */
export interface WizardState {
  step: WizardStep;
  fileName: string;
  error: string | null;
  sheets: SheetChoice[];
  sheet: string | undefined;
  prepared: PreparedView | null;
  /** Field key per file column; null leaves the column out. */
  mapping: (string | null)[];
  /**
   * A mapping saved for sheets like this one: offered, applied only when the user says so
   * (a wrong one saved once came back silently every time).
   */
  offered: (string | null)[] | undefined;
  /** Values for every row, for a required field the file has no column for (类型 of a places list). */
  forAllRows: RowValues;
  remember: boolean;
  plan: PlanView | null;
  /** Changes with every plan, so the preview fetches its pages again. */
  planVersion: number;
  filter: PreviewFilter;
  batch: ImportBatch | null;
  busy: boolean;
  /** Something was written: on close, the welcome page has done its job. */
  imported: boolean;
}

export interface WizardActions {
  /** Back to the first step, the worker's session kept until another file is opened. */
  reset(): void;
  pickFile(): Promise<void>;
  chooseSheet(name: string): void;
  /** Reads the sheet's header (found, or at `headerRow`) and shows its columns. */
  prepare(sheet: string, headerRow?: number): Promise<void>;
  acceptOffered(): void;
  dismissOffered(): void;
  mapColumn(column: number, field: string | null): void;
  setForAllRows(field: string, value: string | undefined): void;
  setRemember(remember: boolean): void;
  /** The dry run: every row checked against the database, nothing written. */
  check(): Promise<void>;
  goTo(step: WizardStep): void;
  setFilter(filter: PreviewFilter): void;
  downloadErrors(): Promise<void>;
  commit(): Promise<void>;
  undo(): Promise<void>;
  /** Ends the wizard's worker and state as the dialog closes. */
  leave(): void;
}

export type WizardStore = ReturnType<typeof createWizardStore>;

/** The file columns that go into the import, in file order. */
export const mappedColumns = (mapping: readonly (string | null)[]): number[] =>
  mapping.flatMap((k, c) => (k ? [c] : []));

export interface WizardSetup {
  entity: EntityName;
  /** Values the calling screen fixes for every row (the list edition being edited). */
  fixed?: RowValues;
  dbName: string;
  client: Pick<ExcelWorkerClient, 'call' | 'terminate'>;
  /** Told when the user cancelled a step (the window's message, which needs React's context). */
  onCancelled(): void;
}

const cleared = {
  step: 'file',
  error: null,
  sheets: [],
  sheet: undefined,
  prepared: null,
  mapping: [],
  offered: undefined,
  forAllRows: {},
  plan: null,
  batch: null,
  filter: 'all',
} satisfies Partial<WizardState>;

/**
 * One store per open wizard, not a module-wide one: the worker session it drives is the
 * wizard's own and ends with it, so nothing of one import can leak into the next.
 */
export function createWizardStore({ entity, fixed, dbName, client, onCancelled }: WizardSetup) {
  return createStore<WizardState & WizardActions>()((set, get) => {
    /** Runs a step, showing its failure in the wizard; a cancelled step changes nothing. */
    const attempt = async (work: () => Promise<void>) => {
      set({ busy: true, error: null });
      try {
        await work();
      } catch (e) {
        if (!isCancelled(e)) set({ error: failureMessage(e) });
        else onCancelled();
      } finally {
        set({ busy: false });
      }
    };

    const showSheet = async (sheet: string, headerRow?: number) => {
      const view = await client.call('prepare', { sheet, headerRow });
      set({ sheet, prepared: view });
      // A header row the user chose is not the layout a mapping was saved for.
      const recalled = headerRow === undefined ? await recallMapping(view.signature, view.labels) : undefined;
      set({ mapping: view.mapping, offered: recalled, step: 'columns' });
    };

    // Imports reach as far as the user's own scope allows, within the scope in view.
    const importScope = () => {
      const scope = useUiStore.getState().scope;
      const user = useSession.getState().user;
      return scope.startsWith(user.scope) ? scope : user.scope;
    };

    return {
      ...cleared,
      fileName: '',
      remember: true,
      planVersion: 0,
      busy: false,
      imported: false,

      reset: () => set(cleared),

      pickFile: () =>
        attempt(async () => {
          const file = await desktop.openFile({ filters: EXCEL_FILTERS });
          if (!file) return;
          set({ ...cleared, fileName: file.name });
          const buffer = ownBuffer(file.data);
          const opened = await excelJob(i18next.t('excel.jobs.reading', { name: file.name }), (options) =>
            client.call('open', { bytes: buffer, fileName: file.name, entity }, options, [buffer]),
          );
          set({ sheets: opened.sheets });
          const usable = opened.sheets.filter((s) => s.rows > 0);
          if (usable.length === 1 && opened.suggested) await showSheet(opened.suggested);
          else set({ sheet: opened.suggested, step: 'sheet' });
        }),

      chooseSheet: (sheet) => set({ sheet }),

      prepare: (sheet, headerRow) => attempt(() => showSheet(sheet, headerRow)),

      acceptOffered: () => set((s) => (s.offered ? { mapping: s.offered, offered: undefined } : {})),
      dismissOffered: () => set({ offered: undefined }),
      mapColumn: (column, field) =>
        set((s) => ({ mapping: s.mapping.map((k, c) => (c === column ? field : k)) })),
      setForAllRows: (field, value) =>
        set(({ forAllRows: { [field]: _old, ...rest } }) => ({
          forAllRows: value ? { ...rest, [field]: value } : rest,
        })),
      setRemember: (remember) => set({ remember }),

      check: () =>
        attempt(async () => {
          const { prepared, remember, mapping, forAllRows } = get();
          if (!prepared) return;
          if (remember) await rememberMapping(prepared.signature, entity, prepared.labels, mapping);
          const view = await excelJob(i18next.t('excel.jobs.checking'), (options) =>
            client.call(
              'plan',
              {
                mapping,
                options: {
                  dbName,
                  scope: importScope(),
                  today: localToday(),
                  user: useSession.getState().user.displayName,
                  fixed: { ...forAllRows, ...fixed },
                },
              },
              options,
            ),
          );
          set((s) => ({
            plan: view,
            planVersion: s.planVersion + 1,
            filter: view.counts.rejected > 0 ? 'problems' : 'all',
            step: 'preview',
          }));
        }),

      goTo: (step) => set({ step }),
      setFilter: (filter) => set({ filter }),

      downloadErrors: () =>
        attempt(async () => {
          const language = i18next.language === 'en' ? 'en' : 'zh';
          const bytes = await excelJob(i18next.t('excel.jobs.errorReport'), (options) =>
            client.call('errorReport', { language }, options),
          );
          await desktop.saveFile({
            suggestedName: i18next.t('excel.preview.errorReportName', {
              file: get().fileName.replace(/\.[^.]+$/, ''),
            }),
            data: bytes,
          });
        }),

      commit: () =>
        attempt(async () => {
          const user = useSession.getState().user;
          const done = await excelJob(i18next.t('excel.jobs.writing'), (options) =>
            client.call(
              'commit',
              {
                dbName,
                batch: {
                  id: newId(),
                  fileName: get().fileName,
                  startedAt: new Date().toISOString(),
                  by: user.displayName,
                  scope: importScope(),
                },
              },
              options,
            ),
          );
          set({ imported: true, batch: done, step: 'done' });
        }),

      undo: () =>
        attempt(async () => {
          const { batch } = get();
          if (!batch) return;
          set({ batch: await undoImport(batch.id, dbName) });
        }),

      leave: () => {
        client.terminate();
        set(cleared);
        // Importing is one of the ways to start: the welcome page has done its job. Said on
        // close, not on commit: the welcome page may hold this wizard, and must not take it
        // away before the user has read the result (or undone it).
        if (get().imported) void db.meta.put({ key: WELCOME_DONE_KEY, value: true });
      },
    };
  });
}
