/** How unknown fields in a write are treated (`?fieldValidation=`). */
export type FieldValidation = 'Ignore' | 'Warn' | 'Strict';

/** Options common to every write. */
export interface WriteOptions {
  dryRun: boolean;
  fieldManager: string;
  fieldValidation: FieldValidation;
  /** Collected `Warning` header messages. */
  warnings: string[];
}

/** Options of a delete (`DeleteOptions` body or query). */
export interface DeleteOptions {
  dryRun: boolean;
  propagationPolicy?: 'Orphan' | 'Background' | 'Foreground';
  preconditions?: { uid?: string; resourceVersion?: string };
}
