'use server';

import { z } from 'zod';

import { ADMIN_COPY } from '@/copy/admin';
import { deleteTag, findMergeTarget, mergeTags, updateTag, type TagInput } from '@/db/queries/tag-admin';
import { UserError } from '@/domain/errors';
import { MAX_SLUG_LENGTH } from '@/domain/slug';
import { action, idFrom, parseInput, slugUpdateAudit, type ActionResult } from '@/server/action';

// Tags, for editors and admins (checked by server/action.ts). Tags are made by typing them on articles; here they
// are renamed, described, featured in the "Fokus" row and merged.

const TAGS_PAGE = '/admin/emner';

const TagSchema = z.object({
  name: z.string().trim().min(1, 'Skriv emnets navn.').max(60, 'Navnet må højst være 60 tegn.'),
  slug: z
    .string()
    .trim()
    .min(1, 'Skriv en adresse.')
    .max(MAX_SLUG_LENGTH, `Adressen må højst være ${MAX_SLUG_LENGTH} tegn.`)
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Adressen må kun indeholde små bogstaver a–z, tal og bindestreger.'),
  description: z.string().trim().max(300, 'Beskrivelsen må højst være 300 tegn.'),
  featured: z
    .string()
    .optional()
    .transform((value) => value === 'on'),
});

export async function updateTagAction(tagId: unknown, input: unknown): Promise<ActionResult> {
  return action('tags:manage', () => {
    const tag: TagInput = parseInput(TagSchema, input, ADMIN_COPY.fixFields);
    const { oldSlug, tags } = updateTag(idFrom(tagId), tag);
    return {
      tags,
      audit: slugUpdateAudit('tag.update', 'tag', idFrom(tagId), { name: tag.name, oldSlug, slug: tag.slug }),
      paths: [TAGS_PAGE],
      message:
        oldSlug === tag.slug
          ? 'Emnet er gemt.'
          : `Emnet er gemt. /tag/${oldSlug} sender nu læserne videre til /tag/${tag.slug}.`,
    };
  });
}

const PICK_TARGET = 'Skriv navnet på det emne, der skal overtage artiklerne.';

export async function mergeTagAction(sourceId: unknown, input: unknown): Promise<ActionResult> {
  return action('tags:manage', () => {
    const { target: name } = parseInput(
      z.object({ target: z.string().trim().min(1, PICK_TARGET).max(60, 'Navnet må højst være 60 tegn.') }),
      input,
    );
    const target = findMergeTarget(name);
    if (!target)
      throw new UserError(`Der er intet emne, der hedder »${name}«.`, { fieldErrors: { target: PICK_TARGET } });
    const merged = mergeTags(idFrom(sourceId), target.id);
    return {
      tags: merged.tags,
      audit: {
        action: 'tag.merge',
        entityType: 'tag',
        entityId: target.id,
        details: { from: merged.source, into: merged.target, articles: merged.moved },
      },
      paths: [TAGS_PAGE],
      message: `${merged.source} er flettet ind i ${merged.target}.`,
      redirectTo: `${TAGS_PAGE}/${target.id}`,
    };
  });
}

export async function deleteTagAction(tagId: unknown): Promise<ActionResult> {
  return action('tags:manage', () => {
    const { name, tags } = deleteTag(idFrom(tagId));
    return {
      tags,
      audit: { action: 'tag.delete', entityType: 'tag', entityId: idFrom(tagId), details: { name } },
      paths: [TAGS_PAGE],
      message: `Emnet ${name} er slettet.`,
      redirectTo: TAGS_PAGE,
    };
  });
}
