/**
 * Writing notes: naming a new note, finding the user's note on a service,
 * adding a resource type heading to it, and filling in the new-note template.
 * Plain TypeScript; `src/new-note.ts` is the editor adapter.
 */
export { MAX_NAME_ATTEMPTS, candidateFileNames, fileNameProblem, noteFileStem } from './note-file';
export { DEFAULT_NOTE_TEMPLATE, TEMPLATE_PLACEHOLDERS, expandNoteTemplate, localDate, type ExpandedNote, type NoteTemplateValues } from './note-template';
export {
  ABOUT_SCORE,
  headingFor,
  headingInsertion,
  headingsAreAbout,
  noteHeadings,
  pickServiceNoteFile,
  type HeadingInsertion,
  type NoteHeading,
  type ScoredNote,
} from './existing-note';
export { resolveNoteSubject, resourceTypesIn, resourceTypesOf, type NoteSubject, type SubjectCatalog } from './note-subject';
