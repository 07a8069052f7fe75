'use client';

import { createJobAction, deleteJobAction, expireJobAction, updateJobAction } from '@/server/actions/jobs';
import type { AdminJob } from '@/db/queries/job-admin';
import {
  ActionButton,
  CompanyField,
  DateField,
  Field,
  INPUT_CLASS,
  SubmitButton,
  TextField,
  useWidgetAction,
  ActionResultMessage,
} from './widget-form';

/** Creates a job, or edits one with "expire now" and delete beside the form. */
export function JobForm({ job, companies }: { job?: AdminJob; companies: string[] }) {
  const { result, pending, run, formProps, fieldError } = useWidgetAction();
  const save = job ? (values: Record<string, string>) => updateJobAction(job.id, values) : createJobAction;
  return (
    <div className="mt-4 grid max-w-2xl gap-4">
      <form {...formProps(save)} className="grid gap-4" noValidate>
        <CompanyField
          id="job-company"
          companies={companies}
          defaultValue={job?.company}
          error={fieldError('company')}
        />
        <TextField
          id="job-title"
          name="title"
          label="Titel"
          defaultValue={job?.title}
          required
          maxLength={200}
          error={fieldError('title')}
        />
        <TextField
          id="job-region"
          name="region"
          label="Region"
          defaultValue={job?.region}
          required
          maxLength={80}
          hint="F.eks. Københavnsområdet eller Aarhus."
          error={fieldError('region')}
        />
        <TextField
          id="job-url"
          name="url"
          type="url"
          label="Ansøgningsadresse"
          defaultValue={job?.url}
          required
          hint="Virksomhedens eget jobopslag, hvor man søger."
          error={fieldError('url')}
        />
        <DateField
          id="job-deadline"
          name="deadline"
          label="Ansøgningsfrist"
          defaultValue={job?.deadline}
          required
          hint="Jobbet vises til og med denne dag."
          error={fieldError('deadline')}
        />
        <Field id="job-description" label="Beskrivelse" error={fieldError('description')}>
          {(props) => (
            <textarea
              {...props}
              name="description"
              rows={8}
              maxLength={5000}
              defaultValue={job?.description}
              className={INPUT_CLASS}
            />
          )}
        </Field>
        <SubmitButton
          pending={pending}
          label={job ? 'Gem job' : 'Opret job'}
          pendingLabel={job ? 'Gemmer …' : 'Opretter …'}
        />
      </form>
      {job ? (
        <div className="flex flex-wrap gap-2 border-t border-rule pt-4">
          {job.active ? (
            <ActionButton
              label="Afslut nu"
              pending={pending}
              confirm={`Afslut »${job.title}« nu? Jobbet forsvinder fra sitet.`}
              onClick={() => run(() => expireJobAction(job.id))}
            />
          ) : null}
          <ActionButton
            label="Slet job"
            pending={pending}
            confirm={`Slet »${job.title}« for altid?`}
            onClick={() => run(() => deleteJobAction(job.id))}
          />
        </div>
      ) : null}
      <ActionResultMessage result={result} />
    </div>
  );
}
