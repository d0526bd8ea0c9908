/**
 * Shared shapes of the core: what the parser produces, what the catalog knows,
 * and what the index hands to the editor adapters and the public API.
 *
 * Nothing here may import `vscode`: the core runs, and is tested, in plain Node.
 */

/** What a section is, as a person would describe it; drives icons and ranking. */
export type SectionKind = 'qa' | 'scenario' | 'note';

/**
 * A topic as the parser cuts it out of one notes file, before the catalog has
 * said which services it is about.
 */
export interface ParsedSection {
  /** A specific, human title. Never empty, never a bare generic heading such as "Conclusion". */
  title: string;
  /** Enclosing headings, outermost first. Excludes the file label and the title itself. */
  parents: string[];
  /** First line of the section in the source file, 0-based, inclusive. */
  startLine: number;
  /** Last line of the section in the source file, 0-based, inclusive. */
  endLine: number;
  /** The section rendered as Markdown (tab-separated tables become Markdown tables). */
  body: string;
  /** Sub-headings inside the section (bold lines, generic headings). They weigh more than body text. */
  headings: string[];
  kind: SectionKind;
  /**
   * The sub-topics the note marks inside a long section (bold lead lines, label lines, sub-headings, list items
   * that open with a bold term), in order; absent when there are none. Each passage's `parents` end with this
   * section's title; the passages cover `passages[0].startLine..endLine` contiguously, and the lines before the
   * first one are the section's introduction. A passage has no passages of its own.
   */
  passages?: ParsedSection[];
}

/** Where a notes file comes from: shipped with the extension, or the user's own folders. */
export type NoteOrigin = 'bundled' | 'user';

/** A category of AWS services, as shown at the top level of the topic tree. */
export type CategoryName = string;

/** A service or concept the catalog knows, with every name a person may use for it. */
export interface CatalogEntry {
  /** Stable key, e.g. `s3`, `dynamodb`, `elb`, `security-groups`, `placement-groups`. */
  id: string;
  /** Display name, e.g. "Amazon S3", "Placement groups". */
  name: string;
  /** Short name for compact UI, e.g. "S3". */
  shortName: string;
  kind: 'service' | 'concept';
  category: CategoryName;
  /** Names matched case-insensitively as whole words, e.g. "simple storage service", "route 53". */
  aliases: string[];
  /** Names matched case-sensitively as whole words, e.g. "ALB", "SQS", "EBS". */
  abbreviations: string[];
  /** CloudFormation namespaces that map to this entry, e.g. `AWS::S3`. */
  namespaces: string[];
  /** A broader entry this one belongs to (security groups → VPC), used as a fallback. */
  parent?: string;
}

/** A CloudFormation resource type with its official one-line description. */
export interface ResourceTypeInfo {
  /** e.g. `AWS::S3::Bucket`. */
  type: string;
  /** Official one-line description from the AWS resource specification. */
  description: string;
  /** The resource type's AWS documentation page. */
  docsUrl: string;
}

/** What a resource type string resolves to. */
export interface ResourceTypeResolution {
  /** The catalog entry whose notes answer for this type (after refinements). */
  entryId: string;
  /** Present when the exact type is known to the catalog. */
  resource?: ResourceTypeInfo;
  /** True when the type itself is unknown but its namespace is (misspelt or new type). */
  fallbackFromNamespace: boolean;
}

/** One place in a text where a catalog entry is named. */
export interface Mention {
  entryId: string;
  /** Offset of the first character, in UTF-16 code units. */
  start: number;
  /** Offset just past the last character. */
  end: number;
}

/** A section in the index: what hover, tree, search and the public API return. */
export interface NoteSection {
  /** Stable across re-indexing of unchanged content: derived from the file and the title path. */
  id: string;
  title: string;
  /** File label, then the enclosing headings. */
  breadcrumb: string[];
  /** Absolute path of the notes file. */
  file: string;
  /** First line, 0-based. */
  line: number;
  /** Last line, 0-based, inclusive. */
  endLine: number;
  /** Catalog ids of the services the section is about, most relevant first. */
  services: string[];
  /** Catalog ids of the concepts the section is about, most relevant first. */
  concepts: string[];
  /** A short plain-text excerpt. */
  snippet: string;
  /** Full Markdown body. */
  body: string;
  headings: string[];
  kind: SectionKind;
  origin: NoteOrigin;
  /**
   * Set on a passage (a sub-topic inside a long section): the id of the section it belongs to. Top-level
   * sections have none. A passage's breadcrumb ends with its parent's title (`S3 › Versioning`), and its body
   * holds only its own lines; the parent keeps its full body.
   */
  parentId?: string;
  /** Set on a section that has passages: their ids, in source order. */
  passageIds?: string[];
}
