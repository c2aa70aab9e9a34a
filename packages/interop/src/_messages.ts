/** A message in Japanese (canonical) and English. */
export interface Bilingual {
  ja: string;
  en: string;
}
