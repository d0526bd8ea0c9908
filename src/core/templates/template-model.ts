/**
 * The one question hover, "In this file" and search-for-selection ask of an
 * infrastructure document, whatever its dialect (CloudFormation/SAM YAML or
 * JSON, Terraform, the AWS CDK): what AWS thing stands at this offset, and
 * what does the document declare?
 *
 * Each dialect lives in its own file beside this one and implements
 * {@link TemplateDialect}. Dialects report facts as written in the document
 * and, where they know it, the CloudFormation equivalent (type, property
 * path); the catalog, not the dialect, decides which service that is.
 *
 * Plain TypeScript: no `vscode` import. Offsets are UTF-16 code units into the
 * whole document text.
 */

/** Which family of infrastructure code a document is. */
export type DialectId = 'cloudformation' | 'terraform' | 'cdk';

/** A half-open range `[start, end)` of the document text. */
export interface TextSpan {
  start: number;
  end: number;
}

/**
 * A resource as the document names it, with what the dialect knows of its
 * CloudFormation equivalent. For CloudFormation both names are the same type.
 */
export interface ResourceRef {
  /** The type as written: `AWS::S3::Bucket`, `aws_s3_bucket`, `s3.Bucket`, `terraform-aws-modules/vpc/aws`. */
  written: string;
  /** The CloudFormation resource type it corresponds to, when one does (`AWS::S3::Bucket`). */
  cfnType?: string;
  /** The CloudFormation namespace of its service when no exact type is known (`AWS::S3`). */
  cfnNamespace?: string;
  /** A link to the dialect's own reference page (Terraform registry, CDK API reference), when there is one. */
  docsUrl?: string;
}

/** What stands at an offset. */
export type TemplateSubject =
  | ResourceTypeSubject
  | PropertyKeySubject
  | PropertyValueSubject
  | LogicalIdSubject;

/** The resource type itself: `Type: AWS::S3::Bucket`, `resource "aws_s3_bucket"`, `new s3.Bucket(`. */
export interface ResourceTypeSubject {
  kind: 'resourceType';
  span: TextSpan;
  resource: ResourceRef;
}

/** A property (attribute, prop, nested block) key inside a resource. */
export interface PropertyKeySubject {
  kind: 'propertyKey';
  span: TextSpan;
  resource: ResourceRef;
  /** The key path as written, outermost first, list indices left out: `['LifecycleConfiguration', 'Rules', 'Transitions', 'StorageClass']`. */
  path: string[];
  /** The same path in CloudFormation property names where the dialect can tell; undefined where it cannot. */
  cfnPath?: string[];
  /** The scalar value set on this key, when it is one (`PAY_PER_REQUEST`, `true`, `gp3`). */
  value?: string;
}

/** A scalar value of a property: `PAY_PER_REQUEST`, `gp3`, `serverless`. */
export interface PropertyValueSubject {
  kind: 'propertyValue';
  span: TextSpan;
  resource: ResourceRef;
  path: string[];
  cfnPath?: string[];
  value: string;
}

/** The logical id (CloudFormation) or name label (Terraform `"main"`) of a resource. Never a mention of a service. */
export interface LogicalIdSubject {
  kind: 'logicalId';
  span: TextSpan;
  logicalId: string;
  resource?: ResourceRef;
}

/** One property a resource sets, as listed by {@link TemplateDocument.declarations}. */
export interface DeclaredProperty {
  path: string[];
  cfnPath?: string[];
  /** The scalar value, when it is one. */
  value?: string;
  span: TextSpan;
}

/** One resource a document declares. */
export interface DeclaredResource {
  /** Logical id / label / construct id, when the document gives one. */
  logicalId?: string;
  resource: ResourceRef;
  /** Where the type is written. */
  typeSpan: TextSpan;
  properties: DeclaredProperty[];
}

/** A parsed document of one dialect. Immutable; callers cache it per document version. */
export interface TemplateDocument {
  readonly dialect: DialectId;
  /**
   * False when the document is code (Terraform, the CDK): there only the
   * model's subjects count, and the line-based mention reader must not look at
   * the rest (identifiers, strings and comments are not mentions: `lambda x:`).
   * Undefined or true: text outside the subjects may be prose (a template's
   * `Description:`), read as before.
   */
  readonly proseOutsideSubjects?: boolean;
  /** What stands at `offset`, or undefined for anything that is not an AWS resource, property, value or logical id. */
  at(offset: number): TemplateSubject | undefined;
  /** Every resource the document declares, in document order. */
  declarations(): readonly DeclaredResource[];
  /**
   * Optional, additive: the logical ids (labels, construct ids) the document
   * declares, in document order, without reading every resource's body, so
   * "In this file" can tell a reference to a resource (`!Ref Bastion`) from a
   * mention of a service in a large template cheaply. Callers fall back to
   * `declarations()` when a dialect does not provide it.
   */
  logicalIds?(): readonly string[];
}

/** What a dialect sees of a document before deciding whether it is one of its own. */
export interface TemplateInput {
  /** The editor's language id (`yaml`, `terraform`, `typescript`, `plaintext`…). */
  languageId: string;
  /** The file name or path; dialects may recognise `.tf` or `.tf.json` by it whatever the language id. */
  fileName: string;
  text: string;
}

/** One dialect: a cheap recogniser and a parser. */
export interface TemplateDialect {
  readonly id: DialectId;
  /**
   * Cheap test that the document is of this dialect: a language id, a file
   * name, or a bounded look at the text (`AWSTemplateFormatVersion`,
   * `Resources:`, an `aws-cdk-lib` import). Must cost next to nothing on a
   * document that is not.
   */
  accepts(input: TemplateInput): boolean;
  /**
   * Parses the document. Tolerates half-typed and malformed text: returns
   * what it can, or undefined when nothing usable is there (the caller then
   * falls back to the line-based reader). Never throws.
   */
  parse(input: TemplateInput): TemplateDocument | undefined;
}
