import type { Locator } from '@playwright/test';
import { expect, openDemo, test } from './demo-profile';
import { saveDialog } from './dialogs';
import { fixClock, referenceDay } from './reference-clock';

/**
 * The six committees and the demonstration points end to end, in Chromium against the built app
 * with real IndexedDB, on the demo street. A committee gains a member (its count moves on the
 * community's card and in the street's table), after a chair who is not a residents' committee
 * member is refused in the user's words; its work log gains an activity. A consultation
 * demonstration point is applied for, built, accepted and revoked (revoking without a reason
 * refused), and the progress against the city's 2020 targets follows each step.
 */
test.setTimeout(300_000);
test.beforeEach(async ({ page }) => {
  await fixClock(page);
});

/** The numbers of a progress card: accepted and underway, as the line under the bar gives them. */
async function progressOf(card: Locator): Promise<{ accepted: number; underway: number }> {
  const text = await card.innerText();
  const match = /验收通过 (\d+) 个，申报和创建中 (\d+) 个/.exec(text);
  if (!match) throw new Error(`no progress line in: ${text}`);
  return { accepted: Number(match[1]), underway: Number(match[2]) };
}

test('a committee gains a member and logs an activity; a demonstration point moves on and the progress follows', async ({
  page,
}) => {
  await openDemo(page);
  await page.getByRole('menuitem', { name: '社区治理' }).click();
  await page.getByRole('tab', { name: '委员会' }).click();

  // A community with committees (the demo's small ones run without: they show no member count).
  const standings = page.getByTestId('committee-standings');
  const row = standings
    .locator('.ant-table-row')
    .filter({ hasText: /\d+ 人/ })
    .first();
  await expect(row).toBeVisible({ timeout: 30_000 });
  await row.click();
  const drawer = page.locator('.ant-drawer').filter({ hasText: '的委员会' });
  await expect(drawer).toBeVisible();

  // Its first committee that exists; the demo's have 3–7 members, so one more is within 9.
  const card = drawer
    .locator('[data-testid^="committee-"]')
    .filter({ has: page.getByRole('button', { name: '编辑成员' }) })
    .first();
  const kindName = (await card.locator('.ant-card-head-title').innerText()).trim();
  const before = await card.locator('.ant-tag').count();
  expect(before).toBeGreaterThanOrEqual(3);
  expect(before).toBeLessThanOrEqual(8);
  // The street's table: the community's cell under this committee's heading.
  const headings = await standings.locator('thead th').allInnerTexts();
  const column = headings.findIndex((h) => h.trim() === kindName);
  expect(column).toBeGreaterThan(0);
  const cell = row.locator('td').nth(column);
  await expect(cell).toHaveText(`${before} 人`);

  // A new member made the chair: a resident cannot chair, and the form says so in plain words.
  await card.getByRole('button', { name: '编辑成员' }).click();
  let dialog = page.getByRole('dialog', { name: `编辑${kindName}` });
  await dialog.getByRole('button', { name: '添加成员' }).click();
  const added = before + 1;
  await dialog.getByLabel(`姓名 ${added}`, { exact: true }).fill('E2E新成员');
  await dialog.getByLabel(`主任 ${added}`, { exact: true }).check();
  await expect(dialog.getByLabel('主任 1', { exact: true })).not.toBeChecked();
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toContainText('主任“E2E新成员”须由居委会成员（社区工作者）担任');
  await expect(card.locator('.ant-tag')).toHaveCount(before);

  // The chair back to the first member (a residents' committee member): saved.
  await dialog.getByLabel('主任 1', { exact: true }).check();
  await saveDialog(page, dialog);
  await expect(card.locator('.ant-tag')).toHaveCount(added);
  await expect(card.locator('.ant-tag').filter({ hasText: 'E2E新成员' })).toContainText('居民');
  await expect(card.locator('.ant-tag').filter({ hasText: 'E2E新成员' })).not.toContainText('主任');
  await expect(cell).toHaveText(`${added} 人`);

  // The committee's work log: an activity held today.
  await card.getByRole('button', { name: '记工作记录' }).click();
  dialog = page.getByRole('dialog', { name: `工作记录：${kindName}` });
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toContainText('请填写内容');
  await dialog.getByLabel('内容').fill('E2E 组织居民清理楼道杂物');
  await dialog.getByLabel('参与人数').fill('12');
  await saveDialog(page, dialog);
  const entry = card.locator('.ant-list-item').filter({ hasText: 'E2E 组织居民清理楼道杂物' });
  await expect(entry).toHaveText(new RegExp(`^${referenceDay(0)} \\[活动\\] E2E 组织居民清理楼道杂物（12）`));
  await drawer.getByRole('button', { name: /^(关闭|Close)$/ }).click();

  // A consultation demonstration point, for the 2020 campaign the targets count.
  await page.getByRole('tab', { name: '示范点' }).click();
  const progress = page.getByTestId('progress-consultation');
  await expect(progress).toContainText('2020 年目标 100 个');
  // The cards count once the points are read (before, they show none).
  await expect(page.getByTestId('demo-points').locator('.ant-table-row').first()).toBeVisible();
  const start = await progressOf(progress);
  const bar = progress.getByRole('progressbar');
  await page.getByRole('button', { name: '申报示范点' }).click();
  dialog = page.getByRole('dialog', { name: '申报示范点' });
  await dialog.getByLabel('社区', { exact: true }).click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option').first().click();
  await dialog.getByLabel('创建标准').fill('E2E 协商议事规则健全，每季度至少协商一次');
  await saveDialog(page, dialog);
  await expect
    .poll(() => progressOf(progress))
    .toEqual({ accepted: start.accepted, underway: start.underway + 1 });

  const point = page
    .getByTestId('demo-points')
    .locator('.ant-table-row')
    .filter({ hasText: 'E2E 协商议事规则健全' });
  await expect(point).toContainText('申报');
  const changeTo = async (status: string, note?: string) => {
    await point.getByRole('button', { name: '变更状态' }).click();
    const form = page.getByRole('dialog', { name: '变更状态' });
    // The next status offered first is the one expected.
    await expect(form).toContainText(`改为${status}`);
    if (note !== undefined) await form.getByLabel('说明').fill(note);
    return form;
  };

  // 申报 → 创建中: still underway.
  await saveDialog(page, await changeTo('创建中'));
  await expect(point).toContainText('创建中');
  await expect
    .poll(() => progressOf(progress))
    .toEqual({ accepted: start.accepted, underway: start.underway + 1 });

  // 创建中 → 验收通过: it counts toward the target, and the bar moves.
  await expect(bar).toHaveText(`${start.accepted}%`);
  await saveDialog(page, await changeTo('验收通过'));
  await expect(point).toContainText('验收通过');
  await expect
    .poll(() => progressOf(progress))
    .toEqual({ accepted: start.accepted + 1, underway: start.underway });
  await expect(bar).toHaveText(`${start.accepted + 1}%`);

  // 撤销 needs a reason; given one, the point leaves the count and can change no more.
  dialog = await changeTo('撤销');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toContainText('请填写理由');
  await dialog.getByLabel('说明').fill('E2E 复查不达标');
  await saveDialog(page, dialog);
  await expect(point).toContainText('撤销');
  await expect.poll(() => progressOf(progress)).toEqual(start);
  await expect(point.getByRole('button', { name: '变更状态' })).toHaveCount(0);
  // Its history keeps every step, the reason with the last.
  await point.click();
  const history = page.locator('.ant-table-expanded-row').filter({ hasText: 'E2E 复查不达标' });
  await expect(history.locator('.ant-timeline-item')).toHaveCount(4);
  await expect(history).toContainText(`${referenceDay(0)} 撤销：E2E 复查不达标`);
});
