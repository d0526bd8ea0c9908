/**
 * The parsed facts of a Terraform or CDK document, answered by offset: the
 * subjects are collected once per parse, sorted, and found by binary search,
 * so a hover costs O(log n) however large the file.
 */
import type { DeclaredResource, DialectId, TemplateDocument, TemplateSubject } from './template-model';

/** A {@link TemplateDocument} over a fixed list of subjects and declarations. */
export class SubjectIndexDocument implements TemplateDocument {
  /** Terraform and CDK documents are code: nothing but their subjects is a mention. */
  readonly proseOutsideSubjects = false;
  private readonly subjects: TemplateSubject[];

  constructor(
    readonly dialect: DialectId,
    subjects: TemplateSubject[],
    private readonly declared: DeclaredResource[],
  ) {
    // Spans never overlap within one dialect's output; sorting makes `at` a binary search.
    this.subjects = subjects.filter((s) => s.span.end > s.span.start).sort((a, b) => a.span.start - b.span.start);
  }

  at(offset: number): TemplateSubject | undefined {
    if (!Number.isFinite(offset)) return undefined;
    let low = 0;
    let high = this.subjects.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const subject = this.subjects[middle];
      if (offset < subject.span.start) high = middle - 1;
      else if (offset >= subject.span.end) low = middle + 1;
      else return subject;
    }
    return undefined;
  }

  declarations(): readonly DeclaredResource[] {
    return this.declared;
  }

  /** How many subjects the parse found (for tests and the bench). */
  get subjectCount(): number {
    return this.subjects.length;
  }
}
