import { z } from 'zod';

/** An institution a country or place can own (政府, 外交部, 海关): its forms; the first names composed organizations. */
export const Institution = z
  .object({
    key: z.string().regex(/^[a-z][a-z0-9-]*$/, 'must be a lowercase key such as foreign-ministry'),
    forms: z.array(z.string().min(1)).min(1),
    /** Forms used only after a one-character country abbreviation (美军, 以军). */
    abbreviated: z.array(z.string().min(1)).default([]),
    /**
     * Who can own it: a country or a place (`any`), a place only (`places`: after a country the word is general,
     * 美国大学 is America's universities, while 南昌大学 is one), or a state only (`states`: a country or a place with
     * an ISO code of its own, 台湾; a city has no army, 大连陆军学院 is an academy).
     */
    owners: z.enum(['any', 'places', 'states']).default('any'),
    /** Words right before the owner that make the institution another body's (共青团云南省委: the Youth League's). */
    notAfter: z.array(z.string().min(1)).default([]),
    /** Characters that, right after a form, make it part of another word (大学 of 大学生, 大学城). */
    notBefore: z.array(z.string().min(1)).default([]),
    /**
     * How the composed organization is named: the owner's canonical name and the first form (`canonical`: 英国政府
     * for 英政府), or the name as written (`written`: 云南大学, 德班理工大学, whose form is part of the name).
     */
    named: z.enum(['canonical', 'written']).default('canonical'),
    /**
     * The organization a dictionary lists as this institution of a country whose name is not the composed one, by the
     * country's ISO code (以军 and 以色列军方 → `organization:idf`, 以色列国防军; 中国海军 → `organization:pla-navy`).
     */
    entities: z
      .record(z.string().regex(/^[A-Z]{2}$/, 'must be an ISO alpha-2 code such as IL'), z.string())
      .default({}),
  })
  .strict();

/** The institutions file (data/institutions.yaml). */
export const InstitutionsFile = z.object({ institutions: z.array(Institution).min(1) }).strict();

export type InstitutionT = z.infer<typeof Institution>;
