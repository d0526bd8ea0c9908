/**
 * How people write a CloudFormation enum value in their notes, where the
 * value's own words say something else: `PAY_PER_REQUEST` is what the notes
 * call "On-demand Mode", `STANDARD_IA` is "S3 Standard-IA".
 *
 * A short, hand-written exception list (not generated data): every entry was
 * checked against real note text, and its `why` says which. An entry is
 * scoped to the property key it is a value of, so `PROVISIONED`, `spot` or
 * `dedicated` mean nothing more elsewhere. The words only join the value's
 * query (see `settingQuery` in property-hover.ts): they bring no passage from
 * outside the service and follow the same scoring rules as the value itself.
 */

/** One row of the table. */
export interface ValueWordsEntry {
  /** The property key the value belongs to, as CloudFormation writes it. */
  key: string;
  /** The values, as CloudFormation writes them. */
  values: readonly string[];
  /** The phrases people write for them. */
  words: readonly string[];
  /** Why, and where notes use these words. */
  why: string;
}

/** The table itself, exported so a test can check every phrase is written in real notes. */
export const VALUE_WORDS: readonly ValueWordsEntry[] = [
  {
    key: 'BillingMode', values: ['PAY_PER_REQUEST'], words: ['on-demand mode', 'on-demand capacity'],
    why: 'DynamoDB notes write "On-demand Mode" / "On-demand capacity" ("Pay for what you use"); never "pay per request". Not "on-demand" alone: "On-demand Backup" is another feature.',
  },
  {
    key: 'StorageClass', values: ['STANDARD_IA'], words: ['standard-ia', 'standard-infrequent access'],
    why: 'the S3 storage class is written "S3 Standard-IA" / "Standard-Infrequent Access"; STANDARD_IA splits into "standard" and "ia".',
  },
  {
    key: 'StorageClass', values: ['INTELLIGENT_TIERING'], words: ['intelligent-tiering'],
    why: 'notes write "S3 Intelligent-Tiering": the value\'s own words, but as the written name a title hit names the class, so its passage comes before the "Storage Classes" chapter.',
  },
  {
    key: 'StorageClass', values: ['DEEP_ARCHIVE'], words: ['glacier deep archive'],
    why: 'the class is "S3 Glacier Deep Archive"; "deep archive" alone would also do, the longer phrase is what titles say.',
  },
  {
    key: 'StorageClass', values: ['GLACIER_IR'], words: ['glacier instant retrieval'],
    why: '"IR" is CloudFormation shorthand for "S3 Glacier Instant Retrieval".',
  },
  {
    key: 'SSEAlgorithm', values: ['aws:kms', 'aws:kms:dsse'], words: ['sse-kms'],
    why: 'notes name S3 server-side encryption with KMS keys "SSE-KMS"; the value itself is also the header value they quote.',
  },
  {
    key: 'SSEAlgorithm', values: ['AES256'], words: ['sse-s3'],
    why: 'AES256 is S3-managed keys, which notes call "SSE-S3".',
  },
  {
    key: 'MarketType', values: ['spot'], words: ['spot instance'],
    why: 'a launch template\'s `MarketType: spot` asks for "EC2 Spot Instances", as notes title them (the catalog concept it names may lie outside Auto Scaling).',
  },
  {
    key: 'StreamViewType', values: ['NEW_AND_OLD_IMAGES', 'NEW_IMAGE', 'OLD_IMAGE', 'KEYS_ONLY'], words: ['DynamoDB Streams'],
    why: 'notes describe the stream ("DynamoDB Streams"), never the view type names.',
  },
];

function fold(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]/g, '');
}

const BY_KEY_AND_VALUE = new Map<string, readonly string[]>();
const KNOWN_VALUES = new Set<string>();
for (const entry of VALUE_WORDS) {
  for (const value of entry.values) {
    BY_KEY_AND_VALUE.set(`${fold(entry.key)}=${value.toLowerCase()}`, entry.words);
    KNOWN_VALUES.add(value.toLowerCase());
  }
}

/** The phrases people write for `value` of the property `key` (`BillingMode`, `PAY_PER_REQUEST` → "on-demand"…); none when the table has no entry. */
export function valueWords(key: string, value: string | undefined): readonly string[] {
  if (value === undefined) return [];
  return BY_KEY_AND_VALUE.get(`${fold(key)}=${value.trim().toLowerCase()}`) ?? [];
}

/** True for a value the table knows under some key: such a value names something even when it looks like an ARN part (`aws:kms`). */
export function isKnownValue(value: string): boolean {
  return KNOWN_VALUES.has(value.trim().toLowerCase());
}
