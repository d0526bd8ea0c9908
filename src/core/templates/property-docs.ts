/**
 * The official one-line description and the AWS docs page of a
 * CloudFormation property, at any depth, from the data that
 * `scripts/generate-property-docs.mjs` generates out of
 * `@aws-cdk/aws-service-spec`.
 *
 * Path segments match case- and separator-insensitively (`multi_az`,
 * `multiAz` and `MultiAZ` are one name), so the Terraform and CDK dialects
 * can look up their attribute names without knowing CloudFormation's
 * spelling; the answer gives the CloudFormation spelling back.
 */

/** One property's entry: a sentence index, or [sentence index, nested type name]. */
export type GeneratedProperty = number | [number, string];

/** The shape of `generated/property-docs.json` (see `scripts/property-docs-transform.mjs`). */
export interface GeneratedPropertyDocs {
  source: string;
  strings: string[];
  types: Record<string, [Record<string, GeneratedProperty>, Record<string, Record<string, GeneratedProperty>>]>;
}

/** What the docs say about one property. */
export interface PropertyDoc {
  /** The resource type the property belongs to. */
  resourceType: string;
  /** The path in CloudFormation's spelling: `['LifecycleConfiguration', 'Rules', 'Transitions', 'StorageClass']`. */
  path: string[];
  /** The official first sentence; empty when the spec has none. */
  description: string;
  /** The property's section of the AWS CloudFormation (or SAM) reference. */
  docsUrl: string;
}

/** `MultiAZ`, `multi_az`, `multiAz`, `multi-az` → `multiaz`. */
export function foldPropertyName(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, '');
}

interface FoldedProperties {
  byName: Map<string, { name: string; entry: GeneratedProperty }>;
}

/** Property descriptions by resource type; folded lookups are built per type on first use. */
export class PropertyDocs {
  private readonly folded = new Map<string, FoldedProperties>();

  constructor(private readonly data: GeneratedPropertyDocs) {}

  /** The spec package and version the data came from. */
  get source(): string {
    return this.data.source;
  }

  /**
   * The property at `path` of `resourceType`, or undefined when the type is
   * not in the data or the path leaves it. List indices are not part of a path.
   */
  lookup(resourceType: string, path: readonly string[]): PropertyDoc | undefined {
    const type = this.data.types[resourceType];
    if (!type || path.length === 0) return undefined;
    const [topLevel, nested] = type;
    let properties = this.foldedProperties(resourceType, topLevel);
    const spelled: string[] = [];
    let typeName: string | undefined;
    let found: { name: string; entry: GeneratedProperty } | undefined;
    for (let i = 0; i < path.length; i++) {
      found = properties.byName.get(foldPropertyName(path[i]));
      if (!found) return undefined;
      spelled.push(found.name);
      if (i === path.length - 1) break;
      typeName = Array.isArray(found.entry) ? found.entry[1] : undefined;
      const next = typeName ? nested[typeName] : undefined;
      if (!typeName || !next) return undefined;
      properties = this.foldedProperties(`${resourceType} ${typeName}`, next);
    }
    if (!found) return undefined;
    const index = Array.isArray(found.entry) ? found.entry[0] : found.entry;
    const owner = path.length === 1 ? undefined : typeName;
    return {
      resourceType,
      path: spelled,
      description: this.data.strings[index] ?? '',
      docsUrl: propertyDocsUrl(resourceType, owner, found.name),
    };
  }

  private foldedProperties(key: string, properties: Record<string, GeneratedProperty>): FoldedProperties {
    let folded = this.folded.get(key);
    if (!folded) {
      folded = { byName: new Map() };
      for (const [name, entry] of Object.entries(properties)) folded.byName.set(foldPropertyName(name), { name, entry });
      this.folded.set(key, folded);
    }
    return folded;
  }
}

/**
 * The reference page of a property, following the anchors AWS gives every
 * property: `aws-resource-s3-bucket.html#cfn-s3-bucket-bucketname` at the top
 * level, `aws-properties-s3-bucket-transition.html#cfn-s3-bucket-transition-storageclass`
 * inside a nested type. SAM's own resources have their own guide.
 */
export function propertyDocsUrl(resourceType: string, nestedType: string | undefined, property: string): string {
  const [, service = '', resource = ''] = resourceType.toLowerCase().split('::');
  const name = property.toLowerCase();
  if (service === 'serverless') {
    return `https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-resource-${resource}.html#sam-${resource}-${name}`;
  }
  const base = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide';
  if (!nestedType) return `${base}/aws-resource-${service}-${resource}.html#cfn-${service}-${resource}-${name}`;
  const nested = nestedType.toLowerCase();
  return `${base}/aws-properties-${service}-${resource}-${nested}.html#cfn-${service}-${resource}-${nested}-${name}`;
}

let bundled: PropertyDocs | undefined;

/**
 * The property docs that ship with the extension, read on first use (the
 * first property hover), never at activation. In the bundle the file sits
 * beside `extension.js` (see `scripts/build.mjs`).
 */
export function bundledPropertyDocs(): PropertyDocs {
  if (!bundled) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    bundled = new PropertyDocs(require('./generated/property-docs.json') as GeneratedPropertyDocs);
  }
  return bundled;
}
