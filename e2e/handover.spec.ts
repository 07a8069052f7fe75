import { expect, type Page } from '@playwright/test';

import { deleteTestArticles } from './fixtures';
import { ArticleEditor } from './pages/article-editor';
import { SHARED_NAMES, test } from './sessions';

// Handing an article over: the writer sends it to the desk with a note, the desk sees it waiting and is told, the
// editor sends it back with a reason, and the writer is told and reads the reason in the editor.

const created: number[] = [];
test.afterAll(async ({ playwright }) => deleteTestArticles(playwright, test.info().project.use.baseURL, created));

const menu = (page: Page) => page.getByRole('navigation', { name: 'Redaktionens menu' });

test('a note sent with a handover reaches the other side, in its notifications and in the editor', async ({
  writerPage: writer,
  editorPage: editor,
}) => {
  const title = `Overdragelse ${Date.now()}`;
  const draft = new ArticleEditor(writer);
  const id = await draft.createDraft({ title });
  created.push(id);

  // The desk starts with no unread notifications, so the count that appears is this handover's.
  await editor.goto('/admin/notifikationer');
  const markRead = editor.getByRole('button', { name: 'Markér alle som læst' });
  if (await markRead.isVisible()) {
    await markRead.click();
    await expect(editor.getByRole('status')).toContainText('markeret som læst');
  }
  await expect(menu(editor).getByRole('link', { name: 'Notifikationer', exact: true })).toBeVisible();

  await writer.getByLabel('Note til redaktionen (valgfri)').fill('Tjek tallene i tredje afsnit, tak.');
  await writer.getByRole('button', { name: 'Send til redigering' }).click();
  await expect(writer.getByLabel('Note til redaktionen (valgfri)')).toHaveCount(0);

  // The editor sees the article waiting and is told.
  await editor.goto('/admin');
  await expect(menu(editor).getByRole('link', { name: /^Til redigering \(\d+\)$/ })).toBeVisible();
  await menu(editor)
    .getByRole('link', { name: /^Til redigering/ })
    .click();
  await expect(editor.getByRole('link', { name: title })).toBeVisible();
  await menu(editor)
    .getByRole('link', { name: /^Notifikationer \(\d+\)$/ })
    .click();
  const item = editor.getByRole('listitem').filter({ hasText: title });
  await expect(item).toContainText(`${SHARED_NAMES.writer} sendte til redigering: ${title}`);
  await expect(item).toContainText('Tjek tallene i tredje afsnit, tak.');
  await expect(item).toContainText(/\d{1,2}\. \p{L}+ \d{4} kl\. \d{2}\.\d{2}/u);

  // The editor opens it from the notification: the note is above the editor.
  await item.getByRole('link', { name: title }).click();
  const notice = editor.getByRole('complementary', { name: 'Seneste overdragelse' });
  await expect(notice).toContainText(`${SHARED_NAMES.writer} sendte artiklen til redigering`);
  await expect(notice).toContainText('Tjek tallene i tredje afsnit, tak.');

  // Sent back with a reason.
  await editor.getByLabel('Besked til skribenten (valgfri)').fill('Mangler en kilde til tallet for 2025.');
  await editor.getByRole('button', { name: 'Tilbage til kladde' }).click();
  await expect(notice).toContainText(`${SHARED_NAMES.editor} sendte artiklen tilbage til kladde`);
  await expect(notice).toContainText('Mangler en kilde til tallet for 2025.');

  // The writer is told, and reads the reason in the editor and in the history.
  await writer.goto('/admin/notifikationer');
  const back = writer.getByRole('listitem').filter({ hasText: title });
  await expect(back).toContainText(`${SHARED_NAMES.editor} sendte tilbage til kladde: ${title}`);
  await expect(back).toContainText('Mangler en kilde til tallet for 2025.');
  await expect(menu(writer).getByRole('link', { name: /^Notifikationer \(\d+\)$/ })).toBeVisible();
  await writer.getByRole('button', { name: 'Markér alle som læst' }).click();
  await expect(menu(writer).getByRole('link', { name: 'Notifikationer', exact: true })).toBeVisible();
  await writer.goto(`/admin/artikler/${id}/historik`);
  await expect(writer.getByRole('row').filter({ hasText: 'Tilbage til kladde' })).toContainText(
    'Mangler en kilde til tallet for 2025.',
  );
  // Writers do not publish, so they see no desk queue.
  await expect(menu(writer).getByRole('link', { name: /^Til redigering/ })).toHaveCount(0);
});

test('a handover note over the limit is refused in Danish, and the article stays where it was', async ({
  writerPage: writer,
}) => {
  const draft = new ArticleEditor(writer);
  const id = await draft.createDraft({ title: `Lang note ${Date.now()}` });
  created.push(id);
  // Past the field's own limit, as a tampered page could send it (React would put maxlength back on its next render,
  // so the value is set the way typing does, in one step).
  await writer.getByLabel('Note til redaktionen (valgfri)').evaluate((field: HTMLTextAreaElement) => {
    const setValue = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!;
    setValue.call(field, 'x'.repeat(1001));
    field.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await expect(writer.getByLabel('Note til redaktionen (valgfri)')).toHaveValue('x'.repeat(1001));
  await writer.getByRole('button', { name: 'Send til redigering' }).click();
  await expect(writer.getByText('Noten må højst være 1.000 tegn.')).toBeVisible();
  await expect(writer.getByRole('button', { name: 'Send til redigering' })).toBeVisible();
});
