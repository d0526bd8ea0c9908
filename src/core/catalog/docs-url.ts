/**
 * The documentation page of a CloudFormation resource type when AWS follows
 * its own naming pattern, which it does for nearly every type. The generated
 * catalog stores a URL only when it differs from this, so the two must agree:
 * `scripts/catalog-transform.mjs` has the same function, and the catalog
 * unit test checks they give the same answers.
 */
export function standardDocsUrl(type: string): string {
  const [, service = '', resource = ''] = type.split('::');
  return `https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-${service.toLowerCase()}-${resource.toLowerCase()}.html`;
}

/**
 * The service name the AWS spec gives a namespace when it follows the usual
 * pattern (`AWS::S3` → `aws-s3`); the generated file stores only exceptions.
 * Mirrors the function of the same name in `scripts/catalog-transform.mjs`.
 */
export function standardServiceName(namespace: string): string {
  return namespace.split('::').join('-').toLowerCase();
}

/** Stands for a resource's own type inside a generated description (see `scripts/catalog-transform.mjs`). */
export const TYPE_PLACEHOLDER = '{type}';
