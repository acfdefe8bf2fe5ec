import { method } from './define';
import { importInput, importPreviewInput, importReportSchema, importResultSchema } from './imports';

// Staff lists live elsewhere (the school's administration); this brings them in as people with
// roles. Columns: name, email, roles (semicolon-separated), manager_email. Nobody is ever created
// implicitly: an unknown manager is reported, not added.
export const PEOPLE_CSV_COLUMNS = ['name', 'email', 'roles', 'manager_email'] as const;

export const peopleImportMethods = {
  'peopleImport.preview': method(importPreviewInput, importReportSchema),
  'peopleImport.run': method(importInput, importResultSchema),
};
