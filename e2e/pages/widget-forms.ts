import type { Page } from '@playwright/test';

import { typeDate, typeDateTime } from './date-controls';
import { MediaPicker } from './media-picker';

// The newsroom's sidebar widget forms (/admin/job, /admin/navnenyt, /admin/annoncer), found by their labels and
// buttons. Each `fill` fills only the fields given, in the order of the form. Dates are given as ISO ("2099-12-31",
// "2026-11-28T14:05") and typed the Danish way into the newsroom's date and time fields.

export class JobForm {
  constructor(readonly page: Page) {}

  async openNew() {
    await this.page.goto('/admin/job/ny');
  }

  async open(id: number) {
    await this.page.goto(`/admin/job/${id}`);
  }

  async fill(fields: {
    company?: string;
    title?: string;
    region?: string;
    url?: string;
    deadline?: string;
    description?: string;
  }) {
    if (fields.company !== undefined) await this.page.getByLabel('Virksomhed').fill(fields.company);
    if (fields.title !== undefined) await this.page.getByLabel('Titel').fill(fields.title);
    if (fields.region !== undefined) await this.page.getByLabel('Region').fill(fields.region);
    if (fields.url !== undefined) await this.page.getByLabel('Ansøgningsadresse').fill(fields.url);
    if (fields.deadline !== undefined) await typeDate(this.page, 'Ansøgningsfrist', fields.deadline);
    if (fields.description !== undefined) await this.page.getByLabel('Beskrivelse').fill(fields.description);
  }

  async create() {
    await this.page.getByRole('button', { name: 'Opret job' }).click();
  }

  async save() {
    await this.page.getByRole('button', { name: 'Gem job' }).click();
  }

  async expire() {
    await this.page.getByRole('button', { name: 'Afslut nu' }).click();
  }

  async remove() {
    await this.page.getByRole('button', { name: 'Slet job' }).click();
  }
}

export class PeopleNewsForm {
  /** The picture of the person. */
  readonly photo: MediaPicker;

  constructor(readonly page: Page) {
    this.photo = new MediaPicker(page, 'Foto');
  }

  async openNew() {
    await this.page.goto('/admin/navnenyt/ny');
  }

  async open(id: number) {
    await this.page.goto(`/admin/navnenyt/${id}`);
  }

  async fill(fields: {
    name?: string;
    company?: string;
    role?: string;
    startDate?: string;
    label?: string;
    body?: string;
  }) {
    if (fields.name !== undefined) await this.page.getByLabel('Navn').fill(fields.name);
    if (fields.company !== undefined) await this.page.getByLabel('Virksomhed').fill(fields.company);
    if (fields.role !== undefined) await this.page.getByLabel('Stilling').fill(fields.role);
    if (fields.startDate !== undefined) await typeDate(this.page, 'Startdato', fields.startDate);
    if (fields.label !== undefined) await this.page.getByLabel('Kategori').fill(fields.label);
    if (fields.body !== undefined) await this.page.getByLabel('Tekst', { exact: true }).fill(fields.body);
  }

  async create() {
    await this.page.getByRole('button', { name: 'Opret navnenyhed' }).click();
  }

  async save() {
    await this.page.getByRole('button', { name: 'Gem navnenyhed' }).click();
  }

  async remove() {
    await this.page.getByRole('button', { name: 'Slet navnenyhed' }).click();
  }
}

export class CampaignForm {
  /** The sponsor's logo. */
  readonly logo: MediaPicker;

  constructor(readonly page: Page) {
    this.logo = new MediaPicker(page, 'Logo');
  }

  async openNew() {
    await this.page.goto('/admin/annoncer/ny');
  }

  async open(id: number) {
    await this.page.goto(`/admin/annoncer/${id}`);
  }

  /** `article` is the sponsored article's option: its label, or its index in the list. */
  async fill(fields: { article?: string | number; startsAt?: string; endsAt?: string }) {
    if (fields.article !== undefined) {
      await this.page
        .getByLabel('Annonceindlæg')
        .selectOption(typeof fields.article === 'number' ? { index: fields.article } : { label: fields.article });
    }
    if (fields.startsAt !== undefined) await typeDateTime(this.page, 'Starter', fields.startsAt);
    if (fields.endsAt !== undefined) await typeDateTime(this.page, 'Slutter', fields.endsAt);
  }

  async create() {
    await this.page.getByRole('button', { name: 'Opret kampagne' }).click();
  }

  async save() {
    await this.page.getByRole('button', { name: 'Gem kampagne' }).click();
  }

  async remove() {
    await this.page.getByRole('button', { name: 'Slet kampagne' }).click();
  }
}
