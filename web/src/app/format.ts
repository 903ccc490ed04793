/** Money is integer minor units of a currency (schema/shared/money.graphql). */
export function money(value: { amount: number; currency: string } | null | undefined): string {
  if (!value) return '';
  const digits = new Intl.NumberFormat('en', { style: 'currency', currency: value.currency }).resolvedOptions().maximumFractionDigits ?? 2;
  return new Intl.NumberFormat('en', { style: 'currency', currency: value.currency }).format(value.amount / 10 ** digits);
}

export const time = (iso: string | null | undefined) => (iso ? new Date(iso).toLocaleTimeString() : '');
