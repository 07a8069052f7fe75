import { startTransition, type FormEvent } from 'react';

/**
 * A submit handler that hands the form's data to a `useActionState` action without React's automatic reset of the
 * form afterwards, so a refused save keeps everything that was typed. Keep `action={…}` on the form as well: it is
 * the path without JavaScript.
 */
export function keepFieldsOnSubmit(dispatch: (form: FormData) => void) {
  return (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    startTransition(() => dispatch(form));
  };
}
