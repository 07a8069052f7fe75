import { expect, type Page } from '@playwright/test';

import { queryTestDb } from '../fixtures';

// The media library's picker inside a form (components/admin/media-picker.tsx): the fieldset named by its legend
// ("Topbillede", "Foto", "Logo"), with a live search of the library and an upload in place.

export type UploadFile = { name: string; mimeType: string; buffer: Buffer };

export class MediaPicker {
  constructor(
    readonly page: Page,
    readonly legend: string,
  ) {}

  get group() {
    return this.page.getByRole('group', { name: this.legend });
  }

  /** Opens the chooser (search and upload). */
  async open() {
    await this.group.getByText('Vælg eller upload et billede').click();
  }

  /** Searches the library; Enter must not submit the form around the picker. */
  async search(text: string) {
    await this.group.getByLabel('Søg i mediebiblioteket').fill(text);
    await this.group.getByLabel('Søg i mediebiblioteket').press('Enter');
  }

  /** Chooses a search result by the name its button shows (the alt text, else the file name). */
  async choose(name: string) {
    await this.group.getByRole('button', { name: `Vælg: ${name}` }).click();
  }

  async upload(file: UploadFile) {
    await this.group.getByLabel('Upload et nyt billede').setInputFiles(file);
  }

  /**
   * Picks a library image that has alt text and a credit, by searching for it, and returns its alt text. Images
   * other specs upload may have none, and the public page then names the picture differently.
   */
  async chooseImageWithAlt(): Promise<string> {
    const [{ alt }] = queryTestDb<{ alt: string }>(
      "SELECT alt FROM media WHERE alt != '' AND credit != '' ORDER BY id LIMIT 1",
    ) as [{ alt: string }];
    await this.open();
    // Enter does not submit the form around the picker: the search is live.
    await this.search(alt);
    await this.choose(alt);
    await expect(this.group.getByText(alt, { exact: true })).toBeVisible();
    return alt;
  }
}
