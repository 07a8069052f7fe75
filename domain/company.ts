/** "Netcompany A/S" → "Netcompany": a company's name without its legal form, as readers and tags use it. */
export function companyShortName(name: string): string {
  return name.replace(/\s+(A\/S|ApS|I\/S|P\/S|K\/S|IVS|AB|AS)$/u, '').trim();
}
