import { expect, test, type Page } from '@playwright/test';
import * as XLSX from '@e965/xlsx';
import { checkCharacter } from '../../shared/coordinators/resident-id';
import { SAMPLE_CATEGORIES } from '../../shared/excel/sample-roster';
import { fixClock } from './reference-clock';

/**
 * Excel import end to end, in Chromium against the built app with real IndexedDB: a roster
 * as a district sends it (title row, numbers where text belongs, dates three ways) imported
 * for coordinators from the roster's toolbar; the refused rows downloaded as an error report,
 * fixed and imported again; then that second batch undone. Each step checks IndexedDB.
 */

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function residentId(region: string, birth: string, seq: number): string {
  const first17 = region + birth + String(seq).padStart(3, '0');
  return first17 + checkCharacter(first17);
}

/** Writes the reference data the roster names (categories and departments) straight into IndexedDB. */
async function seedCategories(page: Page) {
  const departments = [...new Set(SAMPLE_CATEGORIES.map((c) => c.department))].map((name, i) => ({
    id: `dept-${i}`,
    orgPath: '',
    code: `D${String(i + 1).padStart(2, '0')}`,
    name,
  }));
  const categories = SAMPLE_CATEGORIES.map((c, i) => ({
    id: `cat-${i}`,
    orgPath: '',
    code: c.code,
    name: c.name,
    departmentId: departments.find((d) => d.name === c.department)!.id,
  }));
  await page.evaluate(
    async ({ departments, categories }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('street-desk');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction(['departments', 'coordinatorCategories'], 'readwrite');
        for (const d of departments) tx.objectStore('departments').put(d);
        for (const c of categories) tx.objectStore('coordinatorCategories').put(c);
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    { departments, categories },
  );
}

/** Rows and outbox entries of a table, read from IndexedDB as the app left them. */
async function stored(page: Page, table: string) {
  return page.evaluate(async (table) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('street-desk');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const all = <T>(store: string) =>
      new Promise<T[]>((resolve, reject) => {
        const req = db.transaction(store).objectStore(store).getAll();
        req.onsuccess = () => resolve(req.result as T[]);
        req.onerror = () => reject(req.error);
      });
    const rows = await all<Record<string, unknown>>(table);
    type Entry = { table: string; op: string };
    // A large write's entries are stored packed in one record (renderer/db/outbox.ts).
    const outbox = (await all<Entry & { entries?: Entry[] }>('outbox'))
      .flatMap((r) => r.entries ?? [r])
      .filter((e) => e.table === table);
    db.close();
    return { rows, outbox: outbox.map((e) => e.op) };
  }, table);
}

const GOOD = [
  // name (a zero-width space pasted from chat), ID, phone, category, street, hired on
  [
    '王秀\u200B英',
    residentId('110105', '19800307', 202),
    '139 1234 5678',
    '交通协管员',
    '朝阳区建外街道',
    '2020年1月1日',
  ],
  [
    '李建国',
    residentId('110105', '19750612', 101),
    '+86 138-0013-8000',
    '城管协管员',
    '110105002',
    '2019.7.1',
  ],
  [
    '张丽',
    residentId('110101', '19900101', 44).replace('X', 'x'),
    '１３６１１１１２２２２',
    '助老员',
    '东华门街道',
    43831,
  ],
  ['赵强', residentId('130102', '19851111', 315), '13500001111', '治安巡防员', '南磨房地区', '2018/3/5'],
  ['刘芳', residentId('110108', '19920202', 68), '13700002222', '垃圾分类协管员', '110108001', '2021-09-01'],
  ['陈伟', residentId('110105', '19880808', 77), '13800003333', '停车管理员', '建外街道', '2022-10-10'],
];

function rosterWorkbook(): Buffer {
  const header = ['序号', '姓名', '身份证号码', '联系电话', '协管员类别', '所属街道', '入职时间'];
  const bad = [
    // ID typed as a number: Excel kept 15 significant digits.
    [
      '孙磊',
      Number(residentId('110105', '19900307', 211)),
      '13900004444',
      '交通协管员',
      '建外街道',
      '2020-01-01',
    ],
    // Check character mistyped.
    [
      '周敏',
      residentId('110105', '19910408', 122).slice(0, 17) + '0',
      '13900005555',
      '交通协管员',
      '建外街道',
      '2020-01-01',
    ],
    // A category the district does not have.
    ['吴刚', residentId('110105', '19800101', 133), '13900006666', '协警', '建外街道', '2020-01-01'],
    // The same person twice, differently.
    ['王秀英（重复）', GOOD[0]![1], '13900007777', '交通协管员', '建外街道', '2020-01-01'],
    // A masked phone, copied from an export.
    ['郑洁', residentId('110105', '19930909', 144), '139****5678', '交通协管员', '建外街道', '2020-01-01'],
  ];
  const rows = [...GOOD, ...bad].map((r, i) => [i + 1, ...r]);
  const sheet = XLSX.utils.aoa_to_sheet([['2024年朝阳区协管员花名册'], header, ...rows, []]);
  sheet['!merges'] = [{ s: { r: 0, c: 0 }, e: { r: 0, c: header.length - 1 } }];
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheet, '花名册');
  return XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
}

async function chooseFile(page: Page, name: string, buffer: Buffer) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('dialog').getByRole('button', { name: '选择文件' }).click();
  await (await chooser).setFiles({ name, mimeType: XLSX_TYPE, buffer });
}

async function count(page: Page, key: string) {
  const text = await page
    .getByTestId(`excel-count-${key}`)
    .locator('.ant-statistic-content-value')
    .innerText();
  return Number(text.replace(/[^\d]/g, ''));
}

// Hiring dates may not lie in the future: the page lives on a fixed day.
test.beforeEach(({ page }) => fixClock(page));

test('a roster with errors: import, download the error report, fix it, import again, undo', async ({
  page,
}) => {
  // Three worker round trips of reading, checking and writing; generous for a busy machine.
  test.setTimeout(180_000);
  // The roster's toolbar is where a roster arrives: 导入 sits beside 新增.
  await page.goto('/#/coordinators');
  const toolbar = page.locator('.list-toolbar');
  await expect(toolbar.getByRole('button', { name: '导入' })).toBeVisible({ timeout: 30_000 });
  await seedCategories(page);

  // First import: six good rows, five refused.
  await toolbar.getByRole('button', { name: '导入' }).click();
  const dialog = page.getByRole('dialog', { name: '从 Excel 导入协管员' });
  await chooseFile(page, '朝阳区协管员花名册.xlsx', rosterWorkbook());
  // The header under the title row was found and its columns matched by synonym.
  // Reading runs in the worker; on a busy machine it takes a while.
  await expect(dialog.getByLabel('表头在第')).toHaveValue('2', { timeout: 30_000 });
  await expect(dialog.getByRole('combobox', { name: '导入为 身份证号码' })).toBeVisible();
  await expect(dialog.locator('.ant-table-row').filter({ hasText: '身份证号码' })).toContainText(
    '公民身份号码',
  );
  await dialog.getByRole('button', { name: '检查数据' }).click();
  await expect(dialog.getByTestId('excel-summary')).toBeVisible({ timeout: 30_000 });
  expect(await count(page, 'new')).toBe(6);
  expect(await count(page, 'rejected')).toBe(5);
  // Refused cells are marked, with the reason.
  const numberRow = dialog.locator('[role=row][data-row="9"]');
  await expect(numberRow.locator('.cell-error')).toHaveCount(1);
  await expect(numberRow).toContainText('以数字形式保存');
  await expect(dialog.locator('[role=row][data-row="12"]')).toContainText('与第 3 行重复');
  // Nothing is written by the dry run.
  expect((await stored(page, 'coordinators')).rows).toHaveLength(0);

  // The error report: the refused rows with their reasons, under the file's own header.
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: '下载错误报告' }).click();
  const report = await download;
  const reportBook = XLSX.read(await readAll(await report.createReadStream()), { type: 'buffer' });
  const reportRows = XLSX.utils.sheet_to_json<Record<string, unknown>>(
    reportBook.Sheets[reportBook.SheetNames[0]!]!,
    {
      raw: false,
    },
  );
  expect(reportRows).toHaveLength(5);
  expect(reportRows.map((r) => r['原行号'])).toEqual(['9', '10', '11', '12', '13']);
  expect(String(reportRows[0]!['错误原因'])).toContain('以数字形式保存');
  expect(String(reportRows[1]!['错误原因'])).toContain('校验位');
  expect(String(reportRows[2]!['错误原因'])).toContain('找不到“协警”');
  expect(String(reportRows[4]!['错误原因'])).toContain('脱敏');

  // Commit the good rows: one batch, every write captured in the outbox.
  await dialog.getByRole('button', { name: '导入 6 条' }).click();
  await expect(dialog.getByText('导入完成')).toBeVisible({ timeout: 30_000 });
  let after = await stored(page, 'coordinators');
  expect(after.rows).toHaveLength(6);
  expect(after.outbox.filter((op) => op === 'create')).toHaveLength(6);
  const wang = after.rows.find((r) => r.residentId === GOOD[0]![1])!;
  expect(wang).toMatchObject({
    name: '王秀英',
    mobile: '13912345678',
    homeStreet: '110105001',
    hiredOn: '2020-01-01',
    gender: 'female',
  });
  const zhang = after.rows.find((r) => r.name === '张丽')!;
  expect(zhang).toMatchObject({ mobile: '13611112222', hiredOn: '2020-01-01', homeStreet: '110101001' });
  expect(zhang.residentId).toMatch(/X$|\d$/);
  expect(after.rows.find((r) => r.name === '李建国')).toMatchObject({
    homeStreet: '110105002',
    mobile: '13800138000',
    hiredOn: '2019-07-01',
  });

  // Fix the error report as the sender would, and send it again.
  const fixed = reportRows.map((r, i) => {
    const copy = { ...r };
    const ids = [
      residentId('110105', '19900307', 211),
      residentId('110105', '19910408', 122),
      residentId('110105', '19800101', 133),
      residentId('110105', '19810101', 155),
      residentId('110105', '19930909', 144),
    ];
    copy['身份证号码'] = ids[i];
    copy['协管员类别'] = '交通协管员';
    copy['联系电话'] = `1390000${String(1000 + i)}`;
    if (i === 3) copy['姓名'] = '王晓英';
    return copy;
  });
  const fixedSheet = XLSX.utils.json_to_sheet(fixed);
  const fixedBook = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(fixedBook, fixedSheet, '未导入的行');
  await dialog.getByRole('button', { name: '继续导入其他文件' }).click();
  await chooseFile(
    page,
    '错误报告-已改正.xlsx',
    XLSX.write(fixedBook, { type: 'buffer', bookType: 'xlsx' }) as Buffer,
  );
  await dialog.getByRole('button', { name: '检查数据' }).click();
  await expect(dialog.getByTestId('excel-summary')).toBeVisible({ timeout: 30_000 });
  expect(await count(page, 'new')).toBe(5);
  expect(await count(page, 'rejected')).toBe(0);
  await dialog.getByRole('button', { name: '导入 5 条' }).click();
  await expect(dialog.getByText('导入完成')).toBeVisible({ timeout: 30_000 });
  after = await stored(page, 'coordinators');
  expect(after.rows).toHaveLength(11);

  // A dispatcher assigns one of the new coordinators meanwhile (written as the board writes it).
  const firstBatch = ['刘芳', '张丽', '李建国', '王秀英', '赵强', '陈伟'];
  const imported = after.rows.find((r) => !firstBatch.includes(r.name as string))!;
  await page.evaluate(async (coordinatorId) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('street-desk');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction('assignments', 'readwrite');
      tx.objectStore('assignments').add({
        id: 'assigned-after-import',
        orgPath: '110105/110105001/110105001001',
        coordinatorId,
        shift: 'morning',
        from: '2026-11-23',
        to: '2026-11-29',
        source: 'patrol',
      });
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, imported.id as string);

  // Undo the second batch: its five rows go with the assignment made since, as the
  // confirmation says; the deletes are captured too.
  await dialog.getByRole('button', { name: '撤销本次导入' }).click();
  const confirm = page.locator('.ant-modal-confirm');
  await expect(confirm).toContainText('将同时删除 1 条派遣安排。');
  await confirm.getByRole('button', { name: '撤销' }).click();
  await expect(dialog.getByText('已撤销本次导入')).toBeVisible({ timeout: 30_000 });
  after = await stored(page, 'coordinators');
  expect(after.rows).toHaveLength(6);
  expect(after.rows.map((r) => r.name).sort()).toEqual([...firstBatch].sort());
  expect(after.outbox.filter((op) => op === 'delete')).toHaveLength(5);
  expect((await stored(page, 'assignments')).rows).toHaveLength(0);

  // The history (under the toolbar's Excel menu) lists both imports, the second undone.
  await dialog.getByRole('button', { name: '完成' }).click();
  await toolbar.getByRole('button', { name: '更多 Excel 操作' }).click();
  await page.getByRole('menuitem', { name: '导入记录' }).click();
  const history = page.locator('.ant-drawer').locator('.ant-table');
  await expect(history.getByRole('row').filter({ hasText: '错误报告-已改正.xlsx' })).toContainText('已撤销');
  await expect(history.getByRole('row').filter({ hasText: '朝阳区协管员花名册.xlsx' })).toContainText(
    '已导入',
  );
  await page.keyboard.press('Escape');
  await expect(page.locator('.ant-drawer-content')).toBeHidden();

  // 导出 the roster as shown (the six that stand), IDs and phones masked by default.
  await expect(page.getByTestId('roster-count')).toContainText('6');
  await toolbar.getByRole('button', { name: '导出' }).click();
  const exportDialog = page.getByRole('dialog', { name: '导出协管员' });
  await expect(exportDialog).toContainText('6 条');
  const exported = page.waitForEvent('download');
  await exportDialog.getByRole('button', { name: '导出' }).click();
  const exportBook = XLSX.read(await readAll(await (await exported).createReadStream()), { type: 'buffer' });
  const exportRows = XLSX.utils.sheet_to_json<Record<string, unknown>>(
    exportBook.Sheets[exportBook.SheetNames[0]!]!,
    { raw: false },
  );
  expect(exportRows).toHaveLength(6);
  const idColumn = Object.keys(exportRows[0]!).find((k) => k.startsWith('公民身份号码'))!;
  expect(idColumn).toContain('已隐藏');
  const ids = exportRows.map((r) => String(r[idColumn]));
  expect(ids.every((id) => id.includes('*'))).toBe(true);
  expect(ids).not.toContain(GOOD[0]![1]);
});

test('a file that is not a workbook is refused with a clear message, and nothing is written', async ({
  page,
}) => {
  // The first-launch card: 从 Excel 导入, choosing 楼门院.
  await page.goto('/');
  const start = page.getByTestId('welcome-import');
  await start.getByRole('combobox').click();
  await page.locator('.ant-select-item-option[title="楼门院"]').click();
  await start.getByRole('button', { name: '导入' }).click();
  await expect(page.getByRole('dialog', { name: '从 Excel 导入楼门院' })).toBeVisible();
  await chooseFile(page, '楼门院.xlsx', Buffer.from('编码,名称\n1101050210010001,南新园1号楼\n'));
  await expect(page.getByTestId('excel-error')).toContainText('不是 Excel 工作簿', { timeout: 30_000 });
  expect((await stored(page, 'places')).rows).toHaveLength(0);
});

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks);
}

test('a legacy places sheet: 社区代码 read as the community, one 类型 for every row, 楼号 and 单元 joined, a saved mapping offered and not reused', async ({
  page,
}) => {
  test.setTimeout(240_000);
  await page.goto('/');
  await page.getByRole('button', { name: '载入' }).click();
  await expect(page.getByText(/已载入示范数据/)).toBeVisible({ timeout: 180_000 });
  await page.goto('/#/places');
  const toolbar = page.locator('.list-toolbar');
  const sheet = XLSX.utils.aoa_to_sheet([
    ['社区代码', '楼号', '单元', '地址', '户数'],
    ['110105021001', '9号楼', '1单元', '测试小区9号楼1单元', 24],
    ['110105021001', '9号楼', '2单元', '测试小区9号楼2单元', 30],
  ]);
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheet, '楼门院');
  const legacy = XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer;

  await toolbar.getByRole('button', { name: '导入' }).click();
  const dialog = page.getByRole('dialog');
  await chooseFile(page, '老台账.xlsx', legacy);
  const field = (label: string) => dialog.getByRole('combobox', { name: `导入为 ${label}` });
  await expect(field('社区代码')).toBeVisible({ timeout: 30_000 });
  await expect(dialog.locator('.ant-table-row').filter({ hasText: '社区代码' })).toContainText('所属社区');
  // 单元 goes to 名称 after 楼号: the two are joined.
  await field('单元').click();
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option')
    .filter({ hasText: /^名称/ })
    .click();
  // No 类型 column: one type for every row.
  await dialog.getByRole('combobox', { name: /所有行的类型/ }).click();
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option')
    .filter({ hasText: /^楼$/ })
    .click();
  await dialog.getByRole('button', { name: '检查数据' }).click();
  await expect(dialog.getByTestId('excel-summary')).toBeVisible({ timeout: 30_000 });
  expect(await count(page, 'new')).toBe(2);
  expect(await count(page, 'rejected')).toBe(0);
  await dialog.getByRole('button', { name: '导入 2 条' }).click();
  await expect(dialog.getByText('导入完成')).toBeVisible({ timeout: 30_000 });
  const names = (await stored(page, 'places')).rows
    .filter((r) => String(r.address).startsWith('测试小区'))
    .map((r) => [r.name, r.type]);
  expect(names.sort()).toEqual([
    ['9号楼1单元', 'building'],
    ['9号楼2单元', 'building'],
  ]);

  // The same kind of sheet again: the saved columns are offered, not applied until asked.
  await dialog.getByRole('button', { name: '继续导入其他文件' }).click();
  await chooseFile(page, '老台账.xlsx', legacy);
  await expect(dialog.getByText('上次导入同样格式的表格时保存过列的对应关系')).toBeVisible({
    timeout: 30_000,
  });
  const unitRow = dialog.locator('.ant-table-row').filter({ hasText: '1单元，2单元' });
  await expect(unitRow).toContainText('不导入');
  await dialog.getByRole('button', { name: '使用保存的对应' }).click();
  await expect(unitRow).toContainText('名称');
});
