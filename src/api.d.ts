/**
 * The public API of the AWS Notes extension, returned by `activate()`.
 *
 * ```ts
 * const ext = vscode.extensions.getExtension<AwsNotesApi>('aws-notes.aws-notes');
 * const api = await ext!.activate();
 * await api.ready;
 * const hits = api.lookup('AWS::DynamoDB::Table');
 * ```
 */
export interface AwsNotesApi {
  /** Resolves when the first full index (bundled and user notes) is built and the study review state is read. */
  readonly ready: Promise<void>;
  /** Ranked sections for a free-text query (fuzzy; tolerates typos and abbreviations). */
  search(query: string, limit?: number): AwsNoteSection[];
  /** Ranked sections about a service, resource type, alias or concept, e.g. `AWS::S3::Bucket`, `ALB`, `Multi-AZ`. */
  lookup(term: string): AwsNoteSection[];
  /**
   * Counts of indexed files, top-level sections, passages (the sub-topics inside long sections), and services
   * that have at least one section.
   */
  stats(): { files: number; sections: number; passages: number; services: number };
  /**
   * Study cards (from Q&A sections, exam scenarios and cards written in your notes), optionally
   * of one service (catalog id or alias, e.g. `s3`, `ddb`) or one category (e.g. `Storage`).
   * Call it after `ready`: the cards follow the index as it is, and `due` comes from the review state.
   */
  cards(filter?: { service?: string; category?: string }): AwsStudyCard[];
}

/** One study card, as the API returns it. */
export interface AwsStudyCard {
  /** A hash of the card's content: an edited card gets a new id, a moved one keeps it. */
  readonly id: string;
  /** The question side, as Markdown. */
  readonly question: string;
  /** The answer side, as Markdown. */
  readonly answer: string;
  /** The section the card comes from, usable with the `awsNotes.openSection` command. */
  readonly sectionId: string;
  /** Catalog ids of the services the card's section is about. */
  readonly services: readonly string[];
  /** When the card is next due (ISO 8601), or null for a card never reviewed. */
  readonly due: string | null;
}

/** One note section, as the API returns it. */
export interface AwsNoteSection {
  /** Stable id, usable with the `awsNotes.openSection` command. */
  readonly id: string;
  readonly title: string;
  /** File label, then the enclosing headings. */
  readonly breadcrumb: readonly string[];
  /** Absolute path of the notes file. */
  readonly file: string;
  /** First line of the section, 0-based. */
  readonly line: number;
  /** Catalog ids of the services the section is about, most relevant first (e.g. `s3`, `dynamodb`). */
  readonly services: readonly string[];
  /** Catalog ids of the concepts the section is about (e.g. `multi-az`). */
  readonly concepts: readonly string[];
  /** A short plain-text excerpt. */
  readonly snippet: string;
  /** `bundled` for the notes that ship with the extension, `user` for the user's own folders. */
  readonly origin: 'bundled' | 'user';
  /**
   * Set on a passage, a sub-topic inside a long section (`S3 › Versioning`): the id of that section. Search and
   * lookup return passages and sections together; a passage's breadcrumb ends with its section's title.
   */
  readonly parentId?: string;
  /** Last line of the section or passage, 0-based, inclusive. */
  readonly endLine: number;
}
