import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { languageSchema, type Language } from '../../shared/api/common';

// "Who am I on this computer" and the UI language belong to the desk, not to the school's shared
// data: when several desks share one database later, each keeps its own choice.
const deskFileSchema = z.object({
  personId: z.number().int().positive().nullable().default(null),
  language: languageSchema.default('nl'),
});
type DeskFile = z.infer<typeof deskFileSchema>;

export class DeskState {
  private state: DeskFile;

  constructor(private readonly file: string | null) {
    this.state = DeskState.read(file);
  }

  private static read(file: string | null): DeskFile {
    if (!file) return deskFileSchema.parse({});
    try {
      return deskFileSchema.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
    } catch {
      // Missing or unreadable: start fresh; the user simply chooses again.
      return deskFileSchema.parse({});
    }
  }

  get personId(): number | null {
    return this.state.personId;
  }

  get language(): Language {
    return this.state.language;
  }

  update(patch: Partial<DeskFile>): void {
    this.state = { ...this.state, ...patch };
    if (!this.file) return;
    const tmp = `${this.file}.${process.pid}.tmp`;
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    fs.writeFileSync(tmp, JSON.stringify(this.state, null, 2));
    fs.renameSync(tmp, this.file);
  }
}
