/**
 * The named string formats of Kubernetes' CEL `format` library (k8s.io/apiserver
 * pkg/cel/library/format.go) and their validators, which return the exact messages of
 * k8s.io/apimachinery validation (for the name formats) and kube-openapi strfmt (for the CRD
 * formats). An empty list means valid.
 */
import { requestURIError } from './url.js';

const DNS1123_LABEL = '[a-z0-9]([-a-z0-9]*[a-z0-9])?';
const DNS1123_SUBDOMAIN = `${DNS1123_LABEL}(\\.${DNS1123_LABEL})*`;
const DNS1035_LABEL = '[a-z]([-a-z0-9]*[a-z0-9])?';
const QUALIFIED_NAME = '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]';
const LABEL_VALUE = `(${QUALIFIED_NAME})?`;

const anchored = (pattern: string): RegExp => new RegExp(`^(?:${pattern})$`);
const dns1123LabelRe = anchored(DNS1123_LABEL);
const dns1123SubdomainRe = anchored(DNS1123_SUBDOMAIN);
const dns1035LabelRe = anchored(DNS1035_LABEL);
const qualifiedNameRe = anchored(QUALIFIED_NAME);
const labelValueRe = anchored(LABEL_VALUE);

/** Go measures lengths in bytes. */
const byteLength = (s: string): number => Buffer.byteLength(s, 'utf8');

const maxLenError = (n: number): string => `must be no more than ${n} characters`;

/** apimachinery `RegexError`: the message, the examples (oddly double-spaced), the regex. */
function regexError(message: string, pattern: string, ...examples: string[]): string {
  if (examples.length === 0) return `${message} (regex used for validation is '${pattern}')`;
  const listed = examples.map((e) => `'${e}', `).join(' or ');
  return `${message} (e.g. ${listed}regex used for validation is '${pattern}')`;
}

const DNS1123_LABEL_MSG =
  "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character";
const DNS1123_SUBDOMAIN_MSG =
  "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character";
const DNS1035_LABEL_MSG =
  "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character";
const QUALIFIED_NAME_MSG =
  "must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character";
const LABEL_VALUE_MSG =
  "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character";

export function dns1123Label(value: string): string[] {
  const errors: string[] = [];
  if (byteLength(value) > 63) errors.push(maxLenError(63));
  if (!dns1123LabelRe.test(value)) {
    // A valid subdomain that is not a label can only be one with dots.
    if (dns1123SubdomainRe.test(value)) errors.push('must not contain dots');
    else errors.push(regexError(DNS1123_LABEL_MSG, DNS1123_LABEL, 'my-name', '123-abc'));
  }
  return errors;
}

export function dns1123Subdomain(value: string): string[] {
  const errors: string[] = [];
  if (byteLength(value) > 253) errors.push(maxLenError(253));
  if (!dns1123SubdomainRe.test(value)) errors.push(regexError(DNS1123_SUBDOMAIN_MSG, DNS1123_SUBDOMAIN, 'example.com'));
  return errors;
}

export function dns1035Label(value: string): string[] {
  const errors: string[] = [];
  if (byteLength(value) > 63) errors.push(maxLenError(63));
  if (!dns1035LabelRe.test(value)) errors.push(regexError(DNS1035_LABEL_MSG, DNS1035_LABEL, 'my-name', 'abc-123'));
  return errors;
}

export function qualifiedName(value: string): string[] {
  const errors: string[] = [];
  const parts = value.split('/');
  const nameRegexError = regexError(QUALIFIED_NAME_MSG, QUALIFIED_NAME, 'MyName', 'my.name', '123-abc');
  if (parts.length > 2) {
    return [`a qualified name ${nameRegexError} with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')`];
  }
  const name = parts[parts.length - 1]!;
  if (parts.length === 2) {
    const prefix = parts[0]!;
    if (prefix === '') errors.push('prefix part must be non-empty');
    else errors.push(...dns1123Subdomain(prefix).map((e) => `prefix part ${e}`));
  }
  if (name === '') errors.push('name part must be non-empty');
  else if (byteLength(name) > 63) errors.push(`name part ${maxLenError(63)}`);
  if (!qualifiedNameRe.test(name)) errors.push(`name part ${nameRegexError}`);
  return errors;
}

export function labelValue(value: string): string[] {
  const errors: string[] = [];
  if (byteLength(value) > 63) errors.push(maxLenError(63));
  if (!labelValueRe.test(value)) errors.push(regexError(LABEL_VALUE_MSG, LABEL_VALUE, 'MyValue', 'my_value', '12345'));
  return errors;
}

/**
 * apimachinery's `maskTrailingDash`, used by the `*Prefix` formats (for generateName): a
 * trailing '-' is allowed by replacing the last two characters with "a", exactly as upstream.
 */
function maskTrailingDash(name: string): string {
  return name.length > 1 && name.endsWith('-') ? `${name.slice(0, -2)}a` : name;
}

const UUID_RE = /^[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}$/i;
const BASE64_RE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=|[A-Za-z0-9+/]{4})$/;
const TIME_OF_DAY_RE = /^([0-9]{2}):([0-9]{2}):([0-9]{2})(.[0-9]+)?(z|([+-][0-9]{2}:[0-9]{2}))$/;

/** Go `time.Parse("2006-01-02", s)`: exact widths, real months, real days (leap years too). */
export function isFullDate(value: string): boolean {
  const m = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = new Date(Date.UTC(2000, month, 0)).getUTCDate();
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 && !leap ? 28 : daysInMonth);
}

/** kube-openapi strfmt `IsDateTime`: a full date, a 't', then a time of day with a zone. */
export function isDateTime(value: string): boolean {
  if (value.length < 4) return false;
  const parts = value.toLowerCase().split('t');
  if (parts.length < 2 || !isFullDate(parts[0]!)) return false;
  const m = TIME_OF_DAY_RE.exec(parts[1]!);
  return m !== null && m[1]! <= '23' && m[2]! <= '59' && m[3]! <= '59';
}

const single = (error: string | undefined): string[] => (error === undefined ? [] : [error]);

/** The formats by the name `format.named()` accepts, in the order Kubernetes documents them. */
export const NAMED_FORMATS: Readonly<Record<string, (value: string) => string[]>> = Object.freeze({
  dns1123Label,
  dns1123Subdomain,
  dns1035Label,
  qualifiedName,
  dns1123LabelPrefix: (v: string) => dns1123Label(maskTrailingDash(v)),
  dns1123SubdomainPrefix: (v: string) => dns1123Subdomain(maskTrailingDash(v)),
  dns1035LabelPrefix: (v: string) => dns1035Label(maskTrailingDash(v)),
  labelValue,
  uri: (v: string) => single(requestURIError(v)),
  uuid: (v: string) => (UUID_RE.test(v) ? [] : ['does not match the UUID format']),
  byte: (v: string) => (BASE64_RE.test(v) ? [] : ['invalid base64']),
  date: (v: string) => (isFullDate(v) ? [] : ['invalid date']),
  datetime: (v: string) => (isDateTime(v) ? [] : ['invalid datetime']),
});
