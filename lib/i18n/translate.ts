/** A translator over the whole catalogue, as `getTranslations()` gives it on the server: what lib code that writes text takes. */
export type Translate = (key: string, values?: Record<string, string | number>) => string;
