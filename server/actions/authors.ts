'use server';

import { z } from 'zod';

import { ADMIN_COPY } from '@/copy/admin';
import {
  authorPath,
  createAuthor,
  deleteAuthor,
  mergeAuthors,
  updateAuthor,
  type AuthorInput,
} from '@/db/queries/authors';
import { UserError } from '@/domain/errors';
import { isAuthorLink, type AuthorLinkKey } from '@/domain/people/links';
import { isReservedSlug, MAX_SLUG_LENGTH } from '@/domain/slug';
import { action, idFrom, parseInput, slugUpdateAudit, type ActionResult } from '@/server/action';

// Authors (the people behind the bylines), for editors and admins (checked by server/action.ts).

const AUTHORS_PAGE = '/admin/skribenter';
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PICK_TARGET = 'Vælg den skribent, der skal overtage artiklerne.';

const link = (key: AuthorLinkKey, service: string) =>
  z
    .string()
    .trim()
    .max(300, 'Adressen må højst være 300 tegn.')
    .refine(
      (value) => value === '' || isAuthorLink(key, value),
      `Skriv hele https-adressen til profilen på ${service}, eller lad feltet stå tomt.`,
    )
    .transform((value) => value || null);

/** A checkbox: "on" when ticked, absent otherwise. */
const checkbox = z
  .string()
  .optional()
  .transform((value) => value === 'on');

const id = (message: string) =>
  z
    .string()
    .regex(/^\d{0,9}$/, message)
    .transform((value) => (value ? Number(value) : null));

const AuthorSchema = z.object({
  name: z.string().trim().min(1, 'Skriv skribentens navn.').max(120, 'Navnet må højst være 120 tegn.'),
  slug: z
    .string()
    .trim()
    .min(1, 'Skriv en adresse.')
    .max(MAX_SLUG_LENGTH, `Adressen må højst være ${MAX_SLUG_LENGTH} tegn.`)
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Adressen må kun indeholde små bogstaver a–z, tal og bindestreger.')
    .refine((value) => !isReservedSlug(value), 'Adressen er reserveret af sitet.'),
  title: z.string().trim().max(80, 'Titlen må højst være 80 tegn.'),
  bio: z.string().trim().max(600, 'Den korte biografi må højst være 600 tegn.'),
  email: z
    .string()
    .trim()
    .max(254, 'E-mailadressen er for lang.')
    .refine((value) => value === '' || EMAIL.test(value), 'Skriv en gyldig e-mailadresse, eller lad feltet stå tomt.')
    .transform((value) => value.toLowerCase() || null),
  showEmail: checkbox,
  linkedinUrl: link('linkedinUrl', 'LinkedIn'),
  xUrl: link('xUrl', 'X'),
  mastodonUrl: link('mastodonUrl', 'Mastodon'),
  active: checkbox,
  photoId: id('Vælg et billede fra listen.'),
  userId: id('Vælg en bruger fra listen.'),
});

function parseAuthor(input: unknown): AuthorInput {
  const author = parseInput(AuthorSchema, input, ADMIN_COPY.fixFields);
  if (author.showEmail && !author.email) {
    throw new UserError(ADMIN_COPY.fixFields, { fieldErrors: { email: 'Skriv e-mailadressen, hvis den skal vises.' } });
  }
  return author;
}

export async function createAuthorAction(input: unknown): Promise<ActionResult> {
  return action('authors:manage', () => {
    const author = parseAuthor(input);
    const { id, tags } = createAuthor(author);
    return {
      tags,
      audit: { action: 'author.create', entityType: 'author', entityId: id, details: { name: author.name } },
      paths: [AUTHORS_PAGE],
      message: `${author.name} er oprettet som skribent.`,
      redirectTo: AUTHORS_PAGE,
    };
  });
}

export async function updateAuthorAction(authorId: unknown, input: unknown): Promise<ActionResult> {
  return action('authors:manage', () => {
    const author = parseAuthor(input);
    const { tags, oldSlug } = updateAuthor(idFrom(authorId), author);
    return {
      tags,
      audit: slugUpdateAudit('author.update', 'author', idFrom(authorId), {
        name: author.name,
        oldSlug,
        slug: author.slug,
      }),
      paths: [AUTHORS_PAGE],
      message:
        oldSlug === author.slug
          ? 'Skribenten er gemt.'
          : `Skribenten er gemt. Den gamle adresse ${authorPath(oldSlug)} sender nu læserne videre.`,
    };
  });
}

export async function deleteAuthorAction(authorId: unknown): Promise<ActionResult> {
  return action('authors:manage', () => {
    const { name, tags } = deleteAuthor(idFrom(authorId));
    return {
      tags,
      audit: { action: 'author.delete', entityType: 'author', entityId: idFrom(authorId), details: { name } },
      paths: [AUTHORS_PAGE],
      message: `${name} er slettet.`,
      redirectTo: AUTHORS_PAGE,
    };
  });
}

export async function mergeAuthorAction(sourceId: unknown, input: unknown): Promise<ActionResult> {
  return action('authors:manage', () => {
    const { targetId } = parseInput(z.object({ targetId: id(PICK_TARGET) }), input);
    if (targetId === null) throw new UserError(PICK_TARGET, { fieldErrors: { targetId: PICK_TARGET } });
    const merged = mergeAuthors(idFrom(sourceId), targetId);
    return {
      tags: merged.tags,
      audit: {
        action: 'author.merge',
        entityType: 'author',
        entityId: targetId,
        details: { from: merged.source, into: merged.target, articles: merged.moved },
      },
      paths: [AUTHORS_PAGE],
      message: `${merged.source} er flettet ind i ${merged.target}.`,
      redirectTo: `${AUTHORS_PAGE}/${targetId}`,
    };
  });
}
