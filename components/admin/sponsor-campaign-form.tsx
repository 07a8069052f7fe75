'use client';

import Link from 'next/link';
import { useState } from 'react';

import { createCampaignAction, deleteCampaignAction, updateCampaignAction } from '@/server/actions/sponsor-campaigns';
import type { AdminCampaign, SponsoredArticleOption } from '@/db/queries/sponsor-campaigns';
import type { MediaSummary } from '@/db/queries/media';
import { DateTimeFields } from './date-controls';
import {
  ActionButton,
  Field,
  INPUT_CLASS,
  MediaField,
  SubmitButton,
  useWidgetAction,
  ActionResultMessage,
} from './widget-form';

/**
 * Creates or edits a sponsor campaign. The sponsor's name belongs to the article (it labels the article page too),
 * so it is shown here and changed in the article editor.
 */
export function SponsorCampaignForm({
  campaign,
  articles,
  logo,
  defaults,
}: {
  campaign?: AdminCampaign;
  articles: SponsoredArticleOption[];
  /** The campaign's logo as it is now. */
  logo: MediaSummary | null;
  /** The window in Copenhagen time, as the datetime inputs take it. */
  defaults: { startsAt: string; endsAt: string };
}) {
  const { result, pending, run, formProps, fieldError } = useWidgetAction();
  const [articleId, setArticleId] = useState(campaign ? String(campaign.articleId) : '');
  const article = articles.find((option) => String(option.id) === articleId);
  const save = campaign
    ? (values: Record<string, string>) => updateCampaignAction(campaign.id, values)
    : createCampaignAction;
  return (
    <div className="mt-4 grid max-w-2xl gap-4">
      <form {...formProps(save)} className="grid gap-4" noValidate>
        <Field id="kampagne-artikel" label="Annonceindlæg" error={fieldError('articleId')}>
          {(props) => (
            <select
              {...props}
              name="articleId"
              value={articleId}
              onChange={(event) => setArticleId(event.target.value)}
              required
              className={INPUT_CLASS}
            >
              <option value="">Vælg et udgivet annonceindlæg</option>
              {campaign && !articles.some((option) => option.id === campaign.articleId) ? (
                <option value={campaign.articleId}>{`${campaign.articleTitle} (ikke udgivet)`}</option>
              ) : null}
              {articles.map((option) => (
                <option key={option.id} value={option.id}>
                  {`${option.sponsor}: ${option.title}`}
                </option>
              ))}
            </select>
          )}
        </Field>
        {articleId ? (
          <p className="text-sm">
            Vises som <strong>»Annonceindlæg fra {article?.sponsor || campaign?.sponsor}«</strong>.{' '}
            <Link href={`/admin/artikler/${articleId}`} className="underline">
              Ret annoncørens navn i artiklen
            </Link>
          </p>
        ) : null}
        <MediaField
          name="logoId"
          names={{ legend: 'Logo', noun: 'logoet', textsRequired: false }}
          initial={logo}
          error={fieldError('logoId')}
        />
        <DateTimeFields
          id="kampagne-start"
          name="startsAt"
          legend="Starter"
          defaultValue={defaults.startsAt}
          required
          hint="Dansk tid."
          error={fieldError('startsAt')}
        />
        <DateTimeFields
          id="kampagne-slut"
          name="endsAt"
          legend="Slutter"
          defaultValue={defaults.endsAt}
          required
          hint="Dansk tid."
          error={fieldError('endsAt')}
        />
        <SubmitButton
          pending={pending}
          label={campaign ? 'Gem kampagne' : 'Opret kampagne'}
          pendingLabel={campaign ? 'Gemmer …' : 'Opretter …'}
        />
      </form>
      {campaign ? (
        <div className="flex flex-wrap gap-2 border-t border-rule pt-4">
          <ActionButton
            label="Slet kampagne"
            pending={pending}
            confirm="Slet kampagnen? Annoncen forsvinder fra sitet."
            onClick={() => run(() => deleteCampaignAction(campaign.id))}
          />
        </div>
      ) : null}
      <ActionResultMessage result={result} />
    </div>
  );
}
