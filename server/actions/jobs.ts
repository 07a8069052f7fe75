'use server';

import { z } from 'zod';

import { createJob, deleteJob, expireJob, getJobForAdmin, updateJob } from '@/db/queries/job-admin';
import { copenhagenDay } from '@/domain/dates';
import { isLocalDate } from '@/domain/date-inputs';
import { ADMIN_COPY } from '@/copy/admin';
import { action, idFrom, parseInput, type ActionResult } from '@/server/action';

// Jobs in the sidebar and on the job board, for editors and admins (checked in every action by server/action.ts).

const httpUrl = z
  .string()
  .trim()
  .max(500, 'Adressen må højst være 500 tegn.')
  .refine((value) => {
    try {
      return ['http:', 'https:'].includes(new URL(value).protocol);
    } catch {
      return false;
    }
  }, 'Skriv en fuld adresse, der begynder med https:// eller http://.');

const JobSchema = z.object({
  company: z
    .string()
    .trim()
    .min(1, 'Vælg en virksomhed, eller skriv navnet på en ny.')
    .max(120, 'Virksomhedens navn må højst være 120 tegn.'),
  title: z.string().trim().min(1, 'Jobbet skal have en titel.').max(200, 'Titlen må højst være 200 tegn.'),
  region: z.string().trim().min(1, 'Skriv, hvor jobbet er.').max(80, 'Regionen må højst være 80 tegn.'),
  description: z.string().trim().max(5000, 'Beskrivelsen må højst være 5.000 tegn.'),
  url: httpUrl,
  deadline: z.string().refine(isLocalDate, 'Vælg en ansøgningsfrist (en dato).'),
});

// A new job cannot start out expired; an old one may keep its past deadline while a typo is fixed.
const NewJobSchema = JobSchema.refine((job) => job.deadline >= copenhagenDay(), {
  path: ['deadline'],
  message: 'Fristen er allerede overskredet.',
});

const jobTitle = (id: number) => getJobForAdmin(id)?.title ?? '';

export async function createJobAction(input: unknown): Promise<ActionResult> {
  return action('widgets:manage', () => {
    const job = parseInput(NewJobSchema, input, ADMIN_COPY.fixFields);
    const { id, tags } = createJob(job);
    return {
      tags,
      audit: {
        action: 'job.create',
        entityType: 'job',
        entityId: id,
        details: { title: job.title, company: job.company },
      },
      message: 'Jobbet er oprettet.',
      redirectTo: '/admin/job',
    };
  });
}

export async function updateJobAction(id: unknown, input: unknown): Promise<ActionResult> {
  return action('widgets:manage', () => {
    const job = parseInput(JobSchema, input, ADMIN_COPY.fixFields);
    const { tags } = updateJob(idFrom(id), job);
    return {
      tags,
      audit: {
        action: 'job.update',
        entityType: 'job',
        entityId: idFrom(id),
        details: { title: job.title, company: job.company },
      },
      message: 'Jobbet er gemt.',
    };
  });
}

export async function expireJobAction(id: unknown): Promise<ActionResult> {
  return action('widgets:manage', () => {
    const { tags } = expireJob(idFrom(id));
    return {
      tags,
      audit: {
        action: 'job.expire',
        entityType: 'job',
        entityId: idFrom(id),
        details: { title: jobTitle(idFrom(id)) },
      },
      message: 'Jobbet er afsluttet og vises ikke længere på sitet.',
    };
  });
}

export async function deleteJobAction(id: unknown): Promise<ActionResult> {
  return action('widgets:manage', () => {
    const title = jobTitle(idFrom(id));
    const { tags } = deleteJob(idFrom(id));
    return {
      tags,
      audit: { action: 'job.delete', entityType: 'job', entityId: idFrom(id), details: { title } },
      message: 'Jobbet er slettet.',
      redirectTo: '/admin/job',
    };
  });
}
