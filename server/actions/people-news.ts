'use server';

import { z } from 'zod';

import {
  createPeopleNews,
  deletePeopleNews,
  getPeopleNewsForAdmin,
  updatePeopleNews,
} from '@/db/queries/people-news-admin';
import { isLocalDate } from '@/domain/date-inputs';
import { ADMIN_COPY } from '@/copy/admin';
import { action, idFrom, parseInput, type ActionResult } from '@/server/action';

// Navnenyt ("people news"), for editors and admins (checked in every action by server/action.ts).

const PeopleNewsSchema = z.object({
  name: z.string().trim().min(1, 'Skriv personens navn.').max(120, 'Navnet må højst være 120 tegn.'),
  company: z
    .string()
    .trim()
    .min(1, 'Vælg en virksomhed, eller skriv navnet på en ny.')
    .max(120, 'Virksomhedens navn må højst være 120 tegn.'),
  role: z.string().trim().min(1, 'Skriv personens stilling.').max(120, 'Stillingen må højst være 120 tegn.'),
  startDate: z
    .string()
    .trim()
    .refine((value) => value === '' || isLocalDate(value), 'Vælg en gyldig startdato, eller lad feltet stå tomt.')
    .transform((value) => value || null),
  label: z.string().trim().min(1, 'Vælg en kategori, eller skriv en ny.').max(60, 'Kategorien må højst være 60 tegn.'),
  body: z.string().trim().min(1, 'Skriv teksten.').max(3000, 'Teksten må højst være 3.000 tegn.'),
  photoId: z
    .string()
    .regex(/^\d{0,9}$/, 'Vælg et billede fra listen.')
    .transform((value) => (value ? Number(value) : null)),
  authorId: z
    .string()
    .regex(/^\d{0,9}$/, 'Vælg en skribent fra listen.')
    .optional()
    .transform((value) => (value ? Number(value) : null)),
});

export async function createPeopleNewsAction(input: unknown): Promise<ActionResult> {
  return action('widgets:manage', () => {
    const entry = parseInput(PeopleNewsSchema, input, ADMIN_COPY.fixFields);
    const { id, slug, tags } = createPeopleNews(entry);
    return {
      tags,
      audit: {
        action: 'people-news.create',
        entityType: 'people-news',
        entityId: id,
        details: { name: entry.name, slug },
      },
      message: 'Navnenyheden er oprettet.',
      redirectTo: '/admin/navnenyt',
    };
  });
}

export async function updatePeopleNewsAction(id: unknown, input: unknown): Promise<ActionResult> {
  return action('widgets:manage', () => {
    const entry = parseInput(PeopleNewsSchema, input, ADMIN_COPY.fixFields);
    const { tags } = updatePeopleNews(idFrom(id), entry);
    return {
      tags,
      audit: {
        action: 'people-news.update',
        entityType: 'people-news',
        entityId: idFrom(id),
        details: { name: entry.name },
      },
      message: 'Navnenyheden er gemt.',
    };
  });
}

export async function deletePeopleNewsAction(id: unknown): Promise<ActionResult> {
  return action('widgets:manage', () => {
    const name = getPeopleNewsForAdmin(idFrom(id))?.name ?? '';
    const { tags } = deletePeopleNews(idFrom(id));
    return {
      tags,
      audit: { action: 'people-news.delete', entityType: 'people-news', entityId: idFrom(id), details: { name } },
      message: 'Navnenyheden er slettet.',
      redirectTo: '/admin/navnenyt',
    };
  });
}
