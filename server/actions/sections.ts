'use server';

import { z } from 'zod';

import { ADMIN_COPY } from '@/copy/admin';
import { createSection, deleteSection, moveSection, updateSection, type SectionInput } from '@/db/queries/sections';
import { isReservedSlug, MAX_SLUG_LENGTH } from '@/domain/slug';
import { action, idFrom, parseInput, slugUpdateAudit, type ActionResult } from '@/server/action';

// Sections (the site's menu), for editors and admins (checked by server/action.ts).

const SECTIONS_PAGE = '/admin/sektioner';

const SectionSchema = z.object({
  name: z.string().trim().min(1, 'Skriv sektionens navn.').max(40, 'Navnet må højst være 40 tegn.'),
  slug: z
    .string()
    .trim()
    .min(1, 'Skriv en adresse.')
    .max(MAX_SLUG_LENGTH, `Adressen må højst være ${MAX_SLUG_LENGTH} tegn.`)
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Adressen må kun indeholde små bogstaver a–z, tal og bindestreger.')
    .refine((value) => !isReservedSlug(value), 'Adressen er reserveret af sitet.'),
  description: z.string().trim().max(300, 'Beskrivelsen må højst være 300 tegn.'),
  hidden: z
    .string()
    .optional()
    .transform((value) => value === 'on'),
});

const parseSection = (input: unknown): SectionInput => parseInput(SectionSchema, input, ADMIN_COPY.fixFields);

export async function createSectionAction(input: unknown): Promise<ActionResult> {
  return action('sections:manage', () => {
    const section = parseSection(input);
    const { id, tags } = createSection(section);
    return {
      tags,
      audit: { action: 'section.create', entityType: 'section', entityId: id, details: { name: section.name } },
      paths: [SECTIONS_PAGE],
      message: `Sektionen ${section.name} er oprettet.`,
      redirectTo: SECTIONS_PAGE,
    };
  });
}

export async function updateSectionAction(sectionId: unknown, input: unknown): Promise<ActionResult> {
  return action('sections:manage', () => {
    const section = parseSection(input);
    const { oldSlug, tags } = updateSection(idFrom(sectionId), section);
    return {
      tags,
      audit: slugUpdateAudit('section.update', 'section', idFrom(sectionId), {
        name: section.name,
        oldSlug,
        slug: section.slug,
      }),
      paths: [SECTIONS_PAGE],
      message:
        oldSlug === section.slug
          ? 'Sektionen er gemt.'
          : `Sektionen er gemt. /${oldSlug} og artiklerne under den sender nu læserne videre til /${section.slug}.`,
    };
  });
}

export async function moveSectionAction(sectionId: unknown, by: unknown): Promise<ActionResult> {
  return action('sections:manage', () => {
    const { name, tags } = moveSection(idFrom(sectionId), by === -1 ? -1 : 1);
    return {
      tags,
      audit: { action: 'section.move', entityType: 'section', entityId: idFrom(sectionId), details: { by } },
      paths: [SECTIONS_PAGE],
      message: by === -1 ? `${name} er rykket op.` : `${name} er rykket ned.`,
    };
  });
}

export async function deleteSectionAction(sectionId: unknown): Promise<ActionResult> {
  return action('sections:manage', () => {
    const { name, tags } = deleteSection(idFrom(sectionId));
    return {
      tags,
      audit: { action: 'section.delete', entityType: 'section', entityId: idFrom(sectionId), details: { name } },
      paths: [SECTIONS_PAGE],
      message: `Sektionen ${name} er slettet.`,
      redirectTo: SECTIONS_PAGE,
    };
  });
}
