import type { Locator, Page } from '@playwright/test';
import { expect, openDemo, test } from './demo-profile';
import { saveDialog } from './dialogs';
import { fixClock, referenceDay } from './reference-clock';

/**
 * The three lists and the access review end to end, in Chromium against the built app with
 * real IndexedDB, on the demo street (南磨房地区): a request that fails two checks is refused
 * and handed to coordinators, a burden complaint counts against its department; an edition is
 * published, the next one started, an item changed, and the change shows in the diff.
 */

// The steps take well under a minute when idle, several times that on a busy 2-core machine.
test.setTimeout(180_000);

// Filing deadlines count working days from today: the page lives on a fixed day.
test.beforeEach(({ page }) => fixClock(page));

/** The count in a two-column count table's row for `key`, 0 when the row is absent. */
async function countFor(table: Locator, key: string): Promise<number> {
  const row = table.getByRole('row').filter({ hasText: key });
  if ((await row.count()) === 0) return 0;
  return Number((await row.first().getByRole('cell').last().innerText()).trim());
}

/** Picks an option of an Ant Design select by typing its label. */
async function choose(page: Page, field: Locator, label: string) {
  await field.click();
  await field.fill(label);
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option')
    .filter({ hasText: label })
    .first()
    .click();
}

test('a request failing two checks is refused, handed to coordinators, and a complaint counts against the department', async ({
  page,
}) => {
  await openDemo(page);
  const department = '朝阳区消防救援支队';
  const matter = '高层住宅消防隐患入户排查';

  await page.goto('/#/access/complaints');
  const byDepartment = page.getByTestId('complaints-by-department');
  const byCommunity = page.getByTestId('complaints-by-community');
  await expect(byCommunity).toContainText('南新园社区');
  const communityBefore = await countFor(byCommunity, '南新园社区');
  expect(await countFor(byDepartment, department)).toBe(0);

  // File a request that makes the community responsible and starts in two weeks.
  await page.getByRole('tab', { name: '准入申请' }).click();
  await page.getByRole('button', { name: '新建申请' }).click();
  const form = page.getByRole('dialog', { name: '新建准入申请' });
  await form.getByLabel('申请单位').fill(department);
  await form.getByLabel('事项名称').fill(matter);
  await form.getByRole('checkbox', { name: '协助入户' }).check();
  await form.getByRole('checkbox', { name: '申请将社区作为责任主体' }).check();
  await form.getByRole('button', { name: '全部社区' }).click();
  await form.getByPlaceholder('开始日期').fill(referenceDay(14));
  await form.getByPlaceholder('结束日期').fill(referenceDay(60));
  await form.getByPlaceholder('结束日期').press('Enter');
  await form.getByLabel('经费保障').fill('区消防专项经费');
  await form.getByLabel('人员保障').fill('消防站派员入户');
  await form.getByLabel('联系人及电话').fill('张参谋 010-65001119');
  await form.getByRole('button', { name: '保存' }).click();
  await expect(form).toBeHidden();

  // The card opens on it: both failures, each with its reason.
  const card = page.getByTestId('request-card');
  await expect(card).toContainText(matter);
  const responsible = card.getByTestId('check-responsibleParty');
  await expect(responsible).toHaveAttribute('data-status', 'fail');
  await expect(responsible).toContainText('社区协助政府的工作不得将社区作为责任主体');
  const lead = card.getByTestId('check-leadTime');
  await expect(lead).toHaveAttribute('data-status', 'fail');
  await expect(lead).toContainText(/只提前 \d+ 个工作日申请，应至少提前 30 个工作日/);
  await expect(card.getByTestId('check-workingConditions')).toHaveAttribute('data-status', 'pass');

  // Submitting without the legal basis opens the form with the error at that field.
  const drawer = page.locator('.ant-drawer');
  await drawer.getByRole('button', { name: '提交审核' }).click();
  const edit = page.getByRole('dialog', { name: `编辑申请 ${matter}` });
  const basis = edit.locator('.ant-form-item').filter({ has: page.getByLabel('法律或政策依据') });
  await expect(basis).toContainText('提交审核前须填写');
  await expect(basis.locator('.ant-form-item-required')).toBeVisible();
  await expect(page.getByRole('dialog', { name: '提交审核' })).toHaveCount(0);
  await edit.getByLabel('法律或政策依据').fill('《北京市消防条例》');
  await edit.getByRole('button', { name: '保存' }).click();
  await expect(edit).toBeHidden();

  // Submit it, then refuse it: a refusal without a reason is not accepted.
  await drawer.getByRole('button', { name: '提交审核' }).click();
  await page.getByRole('dialog', { name: '提交审核' }).getByRole('button', { name: '保存' }).click();
  await expect(card.locator('.ant-typography').first()).toContainText('已提交');
  await drawer.getByRole('button', { name: '不予准入' }).click();
  const refuse = page.getByRole('dialog', { name: '不予准入' });
  await refuse.getByRole('button', { name: '保存' }).click();
  await expect(refuse).toContainText('请填写理由');
  await refuse.getByLabel('理由').fill('消防隐患排查属执法检查，社区不得作为责任主体');
  await refuse.getByRole('button', { name: '保存' }).click();
  await expect(refuse).toBeHidden();
  await expect(card.locator('.ant-typography').first()).toContainText('不予准入');
  await expect(card).toContainText('消防隐患排查属执法检查，社区不得作为责任主体');

  // Hand the work to the coordinators moved down to the street; the request keeps the link.
  await drawer.getByRole('button', { name: '转交承接' }).click();
  const hand = page.getByRole('dialog', { name: '转交承接' });
  await expect(hand.getByRole('radio', { name: '交由下沉的协管员负责' })).toBeChecked();
  await hand.getByLabel('承接方').fill('消防安全员');
  await hand.getByRole('button', { name: '保存' }).click();
  await expect(card.getByTestId('redirected')).toContainText('交由下沉的协管员负责：消防安全员');
  await page.keyboard.press('Escape');

  // A residents' committee complains through 12345 that it was given the work anyway.
  await page.getByRole('tab', { name: '减负投诉' }).click();
  await page.getByRole('button', { name: '登记投诉' }).click();
  const complaint = page.getByRole('dialog', { name: '登记减负投诉' });
  await choose(page, complaint.getByLabel('投诉的居委会'), '南新园社区');
  // A name typed but not registered is not a department: nothing to pick, and it says where to register.
  await complaint.getByLabel('派发工作的部门').fill('街道城管科');
  await expect(page.locator('.ant-select-dropdown:visible').last()).toContainText('没有这个部门');
  await page.keyboard.press('Escape');
  await complaint.getByLabel('12345 工单号').fill('2026112500119');
  // Choosing the request names its sender as the department.
  await choose(page, complaint.getByLabel('相关准入申请'), matter);
  await expect(
    complaint.locator('.ant-form-item').filter({ has: page.getByLabel('派发工作的部门') }),
  ).toContainText(department);
  await complaint.getByLabel('投诉内容').fill('居委会被要求逐户排查消防隐患并签字确认');
  await complaint.getByRole('button', { name: '保存' }).click();
  await expect(complaint).toBeHidden();
  await expect.poll(() => countFor(byDepartment, department)).toBe(1);
  expect(await countFor(byCommunity, '南新园社区')).toBe(communityBefore + 1);

  // The overview counts the department's refusal and the complaint against it.
  await page.getByRole('tab', { name: '概览' }).click();
  const row = page.getByTestId('overview-by-department').getByRole('row').filter({ hasText: department });
  await expect(row.getByRole('cell')).toHaveText([department, '0', '1', '0', '1']);
});

test('publish an edition, start the next one, change an item and see it in the diff', async ({ page }) => {
  await openDemo(page);
  await page.goto('/#/lists/communityTasks');
  await expect(page.getByTestId('item-count')).toHaveText('共 34 条');
  // Pinyin initials find an item by words inside its title (垃圾分类).
  await page.getByPlaceholder(/拼音首字母/).fill('ljfl');
  await expect(page.getByTestId('item-count')).toHaveText('共 1 条');
  await page.getByPlaceholder(/拼音首字母/).fill('');

  // A new edition starts as a copy of the one in force.
  await page.getByRole('button', { name: '新建版本' }).click();
  let dialog = page.getByRole('dialog', { name: /新建社区任务清单版本/ });
  const firstName = await dialog.getByLabel('版本名称').inputValue();
  await saveDialog(page, dialog);
  await expect(page.getByTestId('edition-info')).toContainText('草稿');
  await expect(page.getByTestId('item-count')).toHaveText('共 34 条');

  // Publish it: it is in force, frozen, and the 2020 edition is retired.
  await page.getByRole('button', { name: '发布' }).click();
  dialog = page.getByRole('dialog', { name: `发布 ${firstName}` });
  await expect(dialog).toContainText('当前施行的 2020版 将同时停用');
  await saveDialog(page, dialog);
  await expect(page.getByTestId('edition-info')).toContainText('施行中');
  await expect(page.getByRole('button', { name: '新增事项' })).toHaveCount(0);
  const search = page.getByPlaceholder(/拼音首字母/);
  await search.fill('SQ-020');
  await page.getByText('SQ-020', { exact: true }).click();
  await expect(page.getByRole('dialog', { name: '事项详情' })).toBeVisible();
  await page.keyboard.press('Escape');

  // Start the next edition from it and change an item's title.
  await page.getByRole('button', { name: '新建版本' }).click();
  dialog = page.getByRole('dialog', { name: /新建社区任务清单版本/ });
  await dialog.getByLabel('版本名称').fill('2028版');
  await saveDialog(page, dialog);
  // The new edition is chosen through the address: wait until the list shows it.
  await expect(page.locator('.edition-select')).toContainText('2028版');
  await page.getByText('SQ-020', { exact: true }).click();
  const item = page.getByRole('dialog', { name: '编辑 SQ-020' });
  const oldTitle = await item.getByLabel('事项名称').inputValue();
  await item.getByLabel('事项名称').fill('协助做好社会救助、社会福利和临时救助相关工作');
  await item.getByRole('button', { name: '保存' }).click();
  await expect(item).toBeHidden();

  // The diff of the two: one item changed, its title before and after.
  await page.getByRole('button', { name: '版本对比' }).click();
  const [from, to] = [page.locator('.edition-select').nth(0), page.locator('.edition-select').nth(1)];
  await expect(from).toContainText(firstName);
  await expect(to).toContainText('2028版');
  await expect(page.getByTestId('diff-changed').locator('.ant-statistic-content-value')).toHaveText('1');
  await expect(page.getByTestId('diff-added').locator('.ant-statistic-content-value')).toHaveText('0');
  const changed = page.getByTestId('diff-changed-list');
  await expect(changed).toContainText('SQ-020');
  await expect(changed.locator('.diff-before')).toHaveText(oldTitle);
  await expect(changed.locator('.diff-after')).toHaveText('协助做好社会救助、社会福利和临时救助相关工作');
});
