import type { Util } from '@aws-appsync/utils';

type StringUtils = Util['str'];
type NormalizationType = Parameters<StringUtils['normalize']>[1];

const FORMS: Record<NormalizationType, 'NFC' | 'NFD' | 'NFKC' | 'NFKD'> = { nfc: 'NFC', nfd: 'NFD', nfkc: 'NFKC', nfkd: 'NFKD' };

export const str = {
  normalize(value: string, normalizationType: NormalizationType): string {
    const form = FORMS[String(normalizationType).toLowerCase() as NormalizationType];
    if (!form) throw new Error(`Invalid normalization type: ${normalizationType}. Expected one of nfc, nfd, nfkc, nfkd.`);
    return String(value).normalize(form);
  },
} satisfies StringUtils;
