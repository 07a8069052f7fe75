import type { JobDetail } from '@/db/queries/jobs';
import { isoWithOffset } from '@/domain/dates';
import { absoluteUrl } from '@/domain/site';
import { JsonLd } from './json-ld';

/**
 * schema.org JobPosting with the properties Google requires (title, description, datePosted, validThrough,
 * hiringOrganization, jobLocation). employmentType is left out because the newsroom does not record it, and
 * directApply is false: readers apply on the employer's own site.
 */
export function jobPostingData(job: JobDetail) {
  return {
    '@context': 'https://schema.org',
    '@type': 'JobPosting',
    title: job.title,
    description: job.description,
    datePosted: isoWithOffset(job.publishedAt),
    validThrough: isoWithOffset(job.expiresAt),
    url: absoluteUrl(job.path),
    directApply: false,
    hiringOrganization: {
      '@type': 'Organization',
      name: job.company,
      ...(job.companyWebsite ? { sameAs: job.companyWebsite } : {}),
    },
    jobLocation: {
      '@type': 'Place',
      address: { '@type': 'PostalAddress', addressRegion: job.region, addressCountry: 'DK' },
    },
  };
}

export function JobPostingJsonLd({ job }: { job: JobDetail }) {
  return <JsonLd data={jobPostingData(job)} />;
}
