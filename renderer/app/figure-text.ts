import { useTranslation } from 'react-i18next';

/** A figure's words in the user's language: shared definitions carry both (shared/places/figures.ts). */
export interface FigureWords {
  zh: { name: string; definition: string };
  en: { name: string; definition: string };
}

export function useFigureText(): (figure: FigureWords) => { name: string; definition: string } {
  const { i18n } = useTranslation();
  const english = i18n.language === 'en';
  return (figure) => (english ? figure.en : figure.zh);
}
