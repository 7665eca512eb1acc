import { readFile } from 'node:fs/promises';
import type { Locator } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { expect, openDemo, test } from './demo-profile';
import { saveDialog } from './dialogs';
import { countPrints, printCalls } from './print';
import { fixClock, referenceDay } from './reference-clock';

/**
 * 社区治理 end to end, in Chromium against the built app with real IndexedDB, on the demo street:
 * a ticket raises a consultation topic (未诉先办), a meeting decides it with its vote (a vote
 * with more ballots than people present refused), the decision is carried out and residents
 * evaluate it; the meeting prints as a 会议纪要; the topic shows on the list at 民事民评 with
 * its ticket. Then the same screens in English. The committees and the demonstration points
 * have their own spec (committees-demo-points.spec.ts).
 */
test.setTimeout(300_000);
test.beforeEach(async ({ page }) => {
  await fixClock(page);
  await countPrints(page);
});

/** Types a day into an Ant Design date picker and confirms it. */
async function setDay(dialog: Locator, label: string, value: string) {
  const input = dialog.getByLabel(label, { exact: true });
  await input.click();
  await input.fill(value);
  await input.press('Enter');
  await expect(input).toHaveValue(value);
}

async function fillNumber(dialog: Locator, label: string, value: number) {
  const input = dialog.getByLabel(label, { exact: true });
  await input.fill(String(value));
}

test('a consultation from a ticket: raised, decided by vote, carried out, evaluated, minutes printed; in English too', async ({
  page,
}) => {
  await openDemo(page);

  // 未诉先办: a ticket raises a topic from its card.
  await page.getByRole('menuitem', { name: '接诉即办' }).click();
  await expect(page.locator('.list-toolbar').getByText(/共 \d+ 张工单/)).toBeVisible({ timeout: 30_000 });
  await page.locator('[role=row]').nth(1).click();
  const ticketCard = page.locator('.ant-drawer');
  const number = (await ticketCard.locator('.ant-drawer-title').innerText()).replace('工单 ', '');
  await ticketCard.getByRole('button', { name: '发起协商' }).click();
  await expect(page).toHaveURL(/#\/governance\?fromTicket=/);

  let dialog = page.getByRole('dialog', { name: `由工单 ${number} 发起协商` });
  await expect(dialog.getByLabel('提出方')).toBeAttached();
  await expect(dialog).toContainText('未诉先办（工单）');
  await expect(dialog).toContainText(number);
  await dialog.getByLabel('议题名称').fill('E2E 楼道堆物清理协商');
  // A ticket not yet located to a community leaves the community to choose.
  const community = dialog.getByLabel('社区', { exact: true });
  if ((await dialog.locator('.ant-select-selection-item').filter({ hasText: '社区' }).count()) === 0) {
    await community.click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').first().click();
  }
  await saveDialog(page, dialog);

  const card = page.locator('.ant-drawer').filter({ hasText: 'E2E 楼道堆物清理协商' });
  await expect(card).toBeVisible();
  await expect(card.getByTestId('topic-tickets')).toContainText(number);
  await expect(card.locator('.ant-steps-item-process')).toContainText('民事民提');
  // Not decided: no carrying out yet.
  await expect(card.getByRole('button', { name: '落实（民事民办）' })).toHaveCount(0);

  // 民事民议 and 民事民决: a meeting with its vote; more ballots than people present is refused.
  await card.getByRole('button', { name: '记录会议' }).click();
  dialog = page.getByRole('dialog', { name: '记录议事会议' });
  await dialog.getByLabel('会议地点').fill('社区议事厅');
  await fillNumber(dialog, '居民', 20);
  await fillNumber(dialog, '居民代表', 5);
  await fillNumber(dialog, '物业公司', 1);
  await dialog.getByLabel('讨论的方案').fill('限期自行清理\n统一清运');
  await dialog.getByLabel('形成决议').click();
  await dialog.getByLabel('决议内容').fill('限期一周自行清理，逾期由物业统一清运');
  await fillNumber(dialog, '赞成', 20);
  await fillNumber(dialog, '反对', 6);
  await fillNumber(dialog, '弃权', 1);
  await dialog.getByLabel('落实责任人（单位）').fill('物业公司');
  await setDay(dialog, '落实期限', referenceDay(7));
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toContainText('票数合计超过参会人数（26 人）');
  await fillNumber(dialog, '反对', 4);
  await saveDialog(page, dialog);
  await expect(card.locator('.ant-steps-item-process')).toContainText('民事民决');
  const meetingRow = card.getByTestId('topic-meetings').locator('.ant-table-row');
  await expect(meetingRow).toHaveCount(1);
  await expect(meetingRow).toContainText('赞成 20，反对 4，弃权 1');

  // The meeting prints as a 会议纪要.
  await meetingRow.getByRole('button', { name: '打印纪要' }).click();
  const minutes = page.getByTestId('meeting-minutes');
  await expect(minutes).toContainText('议事协商会议纪要');
  await expect(minutes).toContainText('E2E 楼道堆物清理协商');
  await expect(minutes).toContainText('居民 20、居民代表 5、物业公司 1');
  await expect(minutes).toContainText('限期一周自行清理');
  await expect.poll(() => printCalls(page)).toBe(1);
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await expect(minutes).toHaveCount(0);

  // The same minutes, saved as Word to file and stamp.
  const docx = page.waitForEvent('download');
  await meetingRow.getByRole('button', { name: '导出 Word' }).click();
  const word = await docx;
  expect(word.suggestedFilename()).toMatch(/^会议纪要-E2E 楼道堆物清理协商-.*\.docx$/);
  const body = strFromU8(
    unzipSync(new Uint8Array(await readFile((await word.path())!)))['word/document.xml']!,
  );
  expect(body).toContain('议事协商会议纪要');
  expect(body).toContain('居民 20、居民代表 5、物业公司 1');
  expect(body).toContain('限期一周自行清理');

  // 民事民办, then 民事民评 (1–5).
  await card.getByRole('button', { name: '落实（民事民办）' }).click();
  dialog = page.getByRole('dialog', { name: /^落实：/ });
  await dialog.getByLabel('落实情况').fill('楼道杂物已全部清运');
  await saveDialog(page, dialog);
  await expect(card.locator('.ant-steps-item-process')).toContainText('民事民办');
  await expect(card.getByRole('button', { name: '记录会议' })).toHaveCount(0);

  await card.getByRole('button', { name: '居民评价（民事民评）' }).click();
  dialog = page.getByRole('dialog', { name: /^居民评价：/ });
  await dialog.locator('.ant-rate-star').nth(3).click();
  await dialog.getByLabel('居民意见').fill('楼道通畅了');
  await saveDialog(page, dialog);
  await expect(card.getByTestId('topic-evaluation')).toContainText('4 分');
  await expect(card.getByRole('button', { name: '居民评价（民事民评）' })).toHaveCount(0);
  await card.getByRole('button', { name: '关闭' }).click();

  // On the list, filtered to 民事民评.
  await page.getByLabel('按环节筛选').click();
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option')
    .filter({ hasText: '民事民评' })
    .click();
  const row = page
    .getByTestId('topics')
    .locator('.ant-table-row')
    .filter({ hasText: 'E2E 楼道堆物清理协商' });
  await expect(row).toContainText('民事民评');
  await expect(row).toContainText('未诉先办（工单）');

  // In English.
  await page.getByText('EN', { exact: true }).click();
  await expect(page.getByRole('tab', { name: 'Consultation' })).toBeVisible();
  const enRow = page
    .getByTestId('topics')
    .locator('.ant-table-row')
    .filter({ hasText: 'E2E 楼道堆物清理协商' });
  await expect(enRow).toContainText('Evaluated');
  await expect(enRow).toContainText('A ticket');
  await enRow.click();
  const enCard = page.locator('.ant-drawer').filter({ hasText: 'E2E 楼道堆物清理协商' });
  await expect(enCard).toContainText('20 for, 4 against, 1 abstaining');
  await expect(enCard.getByTestId('topic-evaluation')).toContainText('4 / 5');
  await enCard.getByRole('button', { name: 'Close', exact: true }).click();
  await page.getByRole('tab', { name: 'Demonstration points' }).click();
  await expect(page.getByTestId('progress-consultation')).toContainText('Target for 2020: 100');
  await expect(page.getByTestId('progress-placeGovernance')).toContainText('Target for 2020: 300');
});
