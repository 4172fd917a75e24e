import { z } from 'zod';

/** An institution a country or place can own (政府, 外交部, 海关): its forms; the first names composed organizations. */
export const Institution = z
  .object({
    key: z.string().regex(/^[a-z][a-z0-9-]*$/, 'must be a lowercase key such as foreign-ministry'),
    forms: z.array(z.string().min(1)).min(1),
    /** Forms used only after a one-character country abbreviation (美军, 以军). */
    abbreviated: z.array(z.string().min(1)).default([]),
  })
  .strict();

/** The institutions file (data/institutions.yaml). */
export const InstitutionsFile = z.object({ institutions: z.array(Institution).min(1) }).strict();

export type InstitutionT = z.infer<typeof Institution>;
