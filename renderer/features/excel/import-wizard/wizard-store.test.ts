import 'fake-indexeddb/auto';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SheetChoice } from '@shared/excel/sheets';
import { initI18n } from '../../../app/i18n';
import { clearLocalData } from '../../../db/local-data';
import { db } from '../../../db';
import { rememberMapping } from '../mappings';
import type { Args, Method, PlanView, PreparedView } from '../protocol';
import { createWizardStore, type WizardSetup } from './wizard-store';

/** The wizard's steps against a stand-in worker: which step follows which, and what a cancel leaves. */

vi.mock('../../../platform', () => ({
  desktop: {
    openFile: () => Promise.resolve({ name: 'roster.xlsx', data: new Uint8Array([1, 2, 3]) }),
    saveFile: () => Promise.resolve({ saved: true }),
  },
}));

const sheet = (name: string, rows: number): SheetChoice => ({
  name,
  rows,
  columns: 3,
  matched: 3,
  hidden: false,
});

const PREPARED: PreparedView = {
  sheet: '花名册',
  headerRow: 0,
  headerHeight: 1,
  labels: ['姓名', '身份证号', '备注'],
  samples: [[], [], []],
  mapping: ['name', 'residentId', null],
  signature: 'coordinators:姓名|身份证号|备注',
  dataRows: 10,
};

const PLAN: PlanView = {
  counts: { new: 8, updated: 0, unchanged: 0, rejected: 2, skipped: 0 },
  rows: 10,
  sheetWarnings: [],
  missingRequired: [],
  warned: 0,
};

function wizard(sheets: SheetChoice[], answers: Partial<Record<Method, () => Promise<unknown>>> = {}) {
  const calls: { method: Method; args: unknown }[] = [];
  const client = {
    call: (method: Method, args: Args<Method>) => {
      calls.push({ method, args });
      const answer = answers[method];
      if (answer) return answer();
      if (method === 'open') return Promise.resolve({ format: 'xlsx', sheets, suggested: sheets[0]?.name });
      if (method === 'prepare') return Promise.resolve({ ...PREPARED, ...(args as object) });
      if (method === 'plan') return Promise.resolve(PLAN);
      return Promise.reject(new Error(`unexpected call ${method}`));
    },
    terminate: vi.fn(),
  } as unknown as WizardSetup['client'];
  const onCancelled = vi.fn();
  const store = createWizardStore({ entity: 'coordinators', dbName: db.name, client, onCancelled });
  return { store, calls, onCancelled };
}

beforeAll(() => initI18n('en'));

beforeEach(async () => {
  await clearLocalData(db);
});

describe('the import wizard', () => {
  it('goes straight to the columns of the one sheet with rows', async () => {
    const { store, calls } = wizard([sheet('花名册', 10), sheet('说明', 0)]);
    await store.getState().pickFile();
    const s = store.getState();
    expect(s).toMatchObject({ step: 'columns', fileName: 'roster.xlsx', sheet: '花名册', error: null });
    expect(s.mapping).toEqual(PREPARED.mapping);
    expect(calls.map((c) => c.method)).toEqual(['open', 'prepare']);
  });

  it('asks which sheet when several hold rows, then reads the chosen one', async () => {
    const { store } = wizard([sheet('一月', 10), sheet('二月', 12)]);
    await store.getState().pickFile();
    expect(store.getState()).toMatchObject({ step: 'sheet', sheet: '一月' });
    store.getState().chooseSheet('二月');
    await store.getState().prepare('二月');
    expect(store.getState()).toMatchObject({ step: 'columns', sheet: '二月' });
  });

  it('offers a saved mapping for the same layout, but not for a header row the user chose', async () => {
    const saved = ['name', null, 'remark'];
    await rememberMapping(PREPARED.signature, 'coordinators', PREPARED.labels, saved);
    const { store } = wizard([sheet('花名册', 10)]);
    await store.getState().pickFile();
    expect(store.getState()).toMatchObject({ mapping: PREPARED.mapping, offered: saved });
    store.getState().acceptOffered();
    expect(store.getState()).toMatchObject({ mapping: saved, offered: undefined });
    await store.getState().prepare('花名册', 1);
    expect(store.getState().offered).toBeUndefined();
  });

  it('previews the problems first when rows are refused', async () => {
    const { store } = wizard([sheet('花名册', 10)]);
    await store.getState().pickFile();
    await store.getState().check();
    expect(store.getState()).toMatchObject({
      step: 'preview',
      filter: 'problems',
      planVersion: 1,
      busy: false,
    });
  });

  it('leaves the step as it was when the user cancels, with no error shown', async () => {
    const { store, onCancelled } = wizard([sheet('花名册', 10)], {
      plan: () => Promise.reject(new DOMException('cancelled', 'AbortError')),
    });
    await store.getState().pickFile();
    await store.getState().check();
    expect(store.getState()).toMatchObject({ step: 'columns', error: null, busy: false });
    expect(onCancelled).toHaveBeenCalledOnce();
  });

  it('shows a failure in the wizard', async () => {
    const { store, onCancelled } = wizard([sheet('花名册', 10)], {
      open: () => Promise.reject(new Error('disk gone')),
    });
    await store.getState().pickFile();
    expect(store.getState().step).toBe('file');
    expect(store.getState().error).toContain('disk gone');
    expect(onCancelled).not.toHaveBeenCalled();
  });
});
