import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Saves a form dialog and waits for it to close. When it stays open, the failure says why:
 * the messages on its fields and any toast the save raised (a bare "still visible" told CI
 * readers nothing).
 */
export async function saveDialog(page: Page, dialog: Locator, button = '保存'): Promise<void> {
  // A click during the opening zoom can land on a button that is still moving.
  await expect(dialog).not.toHaveClass(/ant-zoom-appear/);
  await dialog.getByRole('button', { name: button }).click();
  try {
    await expect(dialog).toBeHidden();
  } catch (error) {
    const fields = await dialog.locator('.ant-form-item-explain-error').allInnerTexts();
    const toasts = await page.locator('.ant-message-notice').allInnerTexts();
    throw new Error(
      `the dialog stayed open after ${button}; field messages: ${JSON.stringify(fields)}; toasts: ${JSON.stringify(toasts)}`,
      { cause: error },
    );
  }
}
