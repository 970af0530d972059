/** Text shown to people in both of Signoff's languages (the org package stays free of other packages). */
export interface Localized {
  zh: string;
  en: string;
}
