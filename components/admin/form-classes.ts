// The newsroom forms' shared look: one definition of a label, a text input, a plain button and the primary button.

export const label = 'text-sm font-semibold';
export const input = 'w-full border border-neutral-500 bg-white px-3 py-2';
export const button =
  'border border-neutral-500 bg-white px-3 py-2 text-sm font-semibold hover:bg-neutral-100 disabled:opacity-50';
export const primary = 'bg-brand px-4 py-2 text-sm font-semibold text-white hover:bg-brand-dark disabled:opacity-50';
