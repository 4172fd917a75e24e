import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import type YAMLType from 'yaml';
import { ConfigError } from '../core/errors.js';
import { InstitutionsFile } from '../schema/institutions.js';
import type { InstitutionT } from '../schema/institutions.js';

/** The bundled institution words (data/institutions.yaml). */
export const INSTITUTIONS_PATH = fileURLToPath(new URL('../../data/institutions.yaml', import.meta.url));

/** An institution word as found in a text. */
export interface InstitutionMatch {
  institution: InstitutionT;
  form: string;
  /** A form used only after a one-character country abbreviation. */
  abbreviated: boolean;
}

/** The institution words, looked up by position: the longest form starting there that its `notBefore` allows. */
export interface Institutions {
  at(text: string, pos: number): InstitutionMatch | null;
}

/** Reads and validates the institutions file; a bad file is a configuration error naming it. */
export function readInstitutions(path: string = INSTITUTIONS_PATH): Institutions {
  let data: unknown;
  try {
    // yaml is loaded here, not at start-up: most processes read every dictionary from the start-up cache.
    data = (createRequire(import.meta.url)('yaml') as typeof YAMLType).parse(readFileSync(path, 'utf8'), {
      schema: 'core',
    });
  } catch (err) {
    throw new ConfigError(
      `${path}: not valid YAML: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`,
    );
  }
  const parsed = InstitutionsFile.safeParse(data);
  if (!parsed.success)
    throw new ConfigError(
      `${path}: field ${parsed.error.issues[0]?.path.join('.') ?? ''}: ${parsed.error.issues[0]?.message ?? 'invalid'}`,
    );
  // Forms by first character, longest first, so a lookup tries only the few that can match.
  const byFirst = new Map<string, InstitutionMatch[]>();
  for (const institution of parsed.data.institutions) {
    const forms = [
      ...institution.forms.map((form) => ({ institution, form, abbreviated: false })),
      ...institution.abbreviated.map((form) => ({ institution, form, abbreviated: true })),
    ];
    for (const m of forms) byFirst.set(m.form[0] as string, [...(byFirst.get(m.form[0] as string) ?? []), m]);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.form.length - a.form.length);
  return {
    at(text, pos) {
      // A form that runs on into another word (政府军 of 政府军事) gives way to the next longest (政府).
      for (const m of byFirst.get(text[pos] ?? '') ?? [])
        if (
          text.startsWith(m.form, pos) &&
          !m.institution.notBefore.some((w) => text.startsWith(w, pos + m.form.length))
        )
          return m;
      return null;
    },
  };
}
