import { button, input, primary } from '../form-classes';

/** A refused save: who saved first, the user's unsaved text to copy, and the two ways on. */
export function ConflictNotice({
  message,
  body,
  pending,
  canOverwrite,
  onOverwrite,
}: {
  message: string;
  body: string;
  pending: boolean;
  canOverwrite: boolean;
  onOverwrite: () => void;
}) {
  return (
    <section aria-labelledby="konflikt" className="border-2 border-brand bg-red-50 p-4">
      <h2 id="konflikt" className="font-extrabold text-brand-dark">
        {message}
      </h2>
      <p className="mt-1 text-sm">
        Din version er ikke gemt. Teksten nedenfor er din; kopiér den, hvis du vil beholde den, og vælg så:
      </p>
      <label htmlFor="konflikt-tekst" className="mt-2 block text-sm font-semibold">
        Din ikke-gemte brødtekst
      </label>
      <textarea id="konflikt-tekst" readOnly value={body} className={`${input} mt-1 h-24 font-mono text-xs`} />
      <div className="mt-3 flex flex-wrap gap-2">
        <button type="button" className={button} onClick={() => window.location.reload()}>
          Hent den nyeste version (dine ændringer kasseres)
        </button>
        <button type="button" className={primary} disabled={pending || !canOverwrite} onClick={onOverwrite}>
          Overskriv med min version
        </button>
      </div>
    </section>
  );
}
