import type { Page } from '@playwright/test';

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

  /** Presses "Opret kladde" on a new article. */
  async clickCreate() {
    await this.page.getByRole('button', { name: 'Opret kladde' }).click();
  }

  /** Waits for the editor of the article just created and returns its id. */
  async createdId(): Promise<number> {
    await this.page.waitForURL(/\/admin\/artikler\/\d+$/);
    return Number(this.page.url().split('/').pop());
  }

  /** Presses "Opret kladde" and returns the new article's id. */
  async create(): Promise<number> {
    await this.clickCreate();
    return this.createdId();
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

  async save() {
    await this.page.getByRole('button', { name: 'Gem', exact: true }).click();
  }

  async publishNow() {
    await this.page.getByRole('button', { name: 'Udgiv nu' }).click();
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
