import { expect, type Page } from '@playwright/test';

import { typeDateTime } from './date-controls';
import { MediaPicker } from './media-picker';

// The newsroom's article editor (/admin/artikler/ny and /admin/artikler/<id>), found by its labels and buttons.

export type ArticleFields = { title?: string; lead?: string; body?: string; section?: string };

export class ArticleEditor {
  /** The top image's picker. */
  readonly topImage: MediaPicker;

  constructor(readonly page: Page) {
    this.topImage = new MediaPicker(page, 'Topbillede');
  }

  async openNew() {
    await this.page.goto('/admin/artikler/ny');
  }

  async open(id: number) {
    await this.page.goto(`/admin/artikler/${id}`);
  }

  /** Fills the fields given, in the order of the form. */
  async fill({ title, lead, body, section }: ArticleFields) {
    if (title !== undefined) await this.page.getByLabel('Overskrift').fill(title);
    if (lead !== undefined) await this.page.getByLabel('Manchet').fill(lead);
    if (body !== undefined) await this.page.getByLabel('Brødtekst (Markdown)').fill(body);
    if (section !== undefined) await this.page.getByLabel('Sektion').selectOption({ label: section });
  }

  /** Adds the first author in the list. */
  async addFirstAuthor() {
    await this.page.getByLabel('Tilføj skribent').selectOption({ index: 1 });
  }

  /** Presses "Opret kladde" on a new article (which may have been created at the first pause already). */
  async clickCreate() {
    await this.page.getByRole('button', { name: 'Opret kladde' }).click();
  }

  /** Waits for the editor of the article just created and returns its id. */
  /**
   * The id of the article just created here, once the article's own editor has taken over from the new article's
   * (right after the first save; what is typed meanwhile is carried over, a note or a picker's state is not).
   */
  async createdId(): Promise<number> {
    await this.page.waitForURL(/\/admin\/artikler\/\d+$/);
    const id = Number(this.page.url().split('/').pop());
    await this.page.locator(`[data-article-id="${id}"]`).waitFor();
    return id;
  }

  /** The save bar's status line ("Gemt kl. 14.03", "Ikke gemt", …). */
  get saveStatus() {
    return this.page.getByRole('status').filter({ hasText: /Gemt kl\.|Ikke gemt|Gemmer|Opdateret kl\./ });
  }

  /**
   * Saves a new article as a draft and returns its id, once everything typed is saved. A new article is created at
   * the first pause after its title, so this saves with Ctrl+S (as "Opret kladde" and "Gem" do) and waits.
   */
  async create(): Promise<number> {
    await this.page.keyboard.press('Control+s');
    const id = await this.createdId();
    await expect(this.saveStatus).toHaveText(/^Gemt kl\. \d\d\.\d\d$/, { timeout: 15_000 });
    return id;
  }

  /** Creates a draft with the first author and returns its id. */
  async createDraft({
    title,
    section = 'Sikkerhed',
    lead = 'En kort manchet om sagen.',
    body = 'Første afsnit af teksten.',
  }: {
    title: string;
    section?: string;
    lead?: string;
    body?: string;
  }): Promise<number> {
    await this.openNew();
    await this.fill({ title, lead, body, section });
    await this.addFirstAuthor();
    return this.create();
  }

  /** Presses the save button: "Gem", or "Opdater" on a published article. */
  async save() {
    await this.page.getByRole('button', { name: /^(Gem|Opdater)$/ }).click();
  }

  /** The confirmation dialog "Udgiv nu" and "Planlæg udgivelse" open. */
  get publishDialog() {
    return this.page.getByRole('dialog', { name: /^(Udgiv artiklen\?|Planlæg udgivelsen\?)$/ });
  }

  /** Opens the publish confirmation (with what the publish check finds) without confirming. */
  async openPublishCheck() {
    await this.page.getByRole('button', { name: 'Udgiv nu' }).click();
    await expect(this.publishDialog).toBeVisible();
  }

  /** Publishes through the confirmation dialog. */
  async publishNow() {
    await this.openPublishCheck();
    await this.publishDialog.getByRole('button', { name: 'Bekræft udgivelse' }).click();
    await expect(this.publishDialog).toBeHidden();
  }

  /** Schedules for `local` (a datetime-local value in Copenhagen time) through the confirmation dialog. */
  /** Schedules for `local`, Copenhagen wall-clock time as "YYYY-MM-DDTHH:MM", typed as a Danish date and time. */
  async scheduleAt(local: string) {
    await typeDateTime(this.page, 'Udgivelsestidspunkt', local);
    await this.page.getByRole('button', { name: 'Planlæg udgivelse' }).click();
    await this.publishDialog.getByRole('button', { name: 'Bekræft planlægning' }).click();
    await expect(this.publishDialog).toBeHidden();
  }

  async sendToDesk() {
    await this.page.getByRole('button', { name: 'Send til redigering' }).click();
  }

  async fillCorrection(text: string) {
    await this.page.getByLabel('Rettelse (vises med dato på artiklen)').fill(text);
  }

  async submitCorrection() {
    await this.page.getByRole('button', { name: 'Tilføj rettelse' }).click();
  }

  /** The merge panel a save that ran into a colleague's changes to the same fields opens. */
  mergePanel() {
    return this.page.getByRole('region', { name: /gemte en nyere version/ });
  }

  /** In the merge panel: "Behold min" or "Brug deres" for one field, named as the form names it. */
  async chooseInMerge(field: string, choice: 'Behold min' | 'Brug deres') {
    await this.mergePanel().getByRole('group', { name: field }).getByRole('radio', { name: choice }).check();
  }

  async saveMergeChoices() {
    await this.mergePanel().getByRole('button', { name: 'Gem med mine valg' }).click();
  }

  /** Adds a dated correction to a published article. */
  async addCorrection(text: string) {
    await this.fillCorrection(text);
    await this.submitCorrection();
  }
}
