#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 223:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ep: () => (/* binding */ isQuantity),
/* harmony export */   Q1: () => (/* binding */ Quantity),
/* harmony export */   bU: () => (/* binding */ QuantityParseError)
/* harmony export */ });
/* unused harmony export QUANTITY_FORMAT_PATTERN */
/**
 * Kubernetes `resource.Quantity` for CEL: parsing that follows apimachinery's
 * `ParseQuantity` step by step, and exact arithmetic.
 *
 * After parsing, Kubernetes rounds every quantity up (away from zero) to nano precision, so a
 * quantity is exactly an integer number of nano-units. We store that integer as a BigInt, which
 * makes `quantity("1") == quantity("1000m")` and `quantity("1Gi") == quantity("1024Mi")` exact.
 */
/** The message texts are the ones apimachinery returns, because CEL users match on them. */
const QUANTITY_FORMAT_PATTERN = '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$';
const ERR_FORMAT = `quantities must match the regular expression '${QUANTITY_FORMAT_PATTERN}'`;
const ERR_SUFFIX = "unable to parse quantity's suffix";
const NANOS_PER_UNIT = 1000000000n;
const MAX_INT64 = (1n << 63n) - 1n;
const MIN_INT64 = -(1n << 63n);
/** Binary-SI quantities are capped at this magnitude by apimachinery (it is max int64). */
const MAX_BINARY_NANOS = MAX_INT64 * NANOS_PER_UNIT;
/**
 * Go accepts any int64 exponent; we refuse exponents whose power of ten would be an enormous
 * BigInt. Real manifests never come close.
 */
const MAX_DECIMAL_EXPONENT = 4096;
class QuantityParseError extends Error {
    name = 'QuantityParseError';
}
const DECIMAL_SI = {
    n: -9, u: -6, m: -3, '': 0, k: 3, M: 6, G: 9, T: 12, P: 15, E: 18,
};
const BINARY_SI = { Ki: 10, Mi: 20, Gi: 30, Ti: 40, Pi: 50, Ei: 60 };
function interpretSuffix(suffix) {
    if (suffix in DECIMAL_SI)
        return { base: 10, exponent: DECIMAL_SI[suffix] };
    if (suffix in BINARY_SI)
        return { base: 2, exponent: BINARY_SI[suffix] };
    // "e3", "E-2", "e+5": a decimal exponent. A lone "E" is exa and was handled above.
    if (/^[eE][+-]?[0-9]+$/.test(suffix)) {
        const exponent = Number(suffix.slice(1));
        if (Math.abs(exponent) > MAX_DECIMAL_EXPONENT) {
            throw new QuantityParseError(`quantity exponent ${suffix.slice(1)} is out of the supported range`);
        }
        return { base: 10, exponent };
    }
    return undefined;
}
const isDigit = (c) => c !== undefined && c >= '0' && c <= '9';
const SUFFIX_CHARS = 'eEinumkKMGTP';
/** Splits a quantity string the way apimachinery's `parseQuantityString` does. */
function splitQuantity(text) {
    let pos = 0;
    let positive = true;
    if (text[0] === '-') {
        positive = false;
        pos++;
    }
    else if (text[0] === '+')
        pos++;
    const wholeStart = pos;
    while (isDigit(text[pos]))
        pos++;
    const whole = text.slice(wholeStart, pos);
    let fraction = '';
    if (text[pos] === '.') {
        const fractionStart = ++pos;
        while (isDigit(text[pos]))
            pos++;
        fraction = text.slice(fractionStart, pos);
    }
    const suffixStart = pos;
    while (pos < text.length && SUFFIX_CHARS.includes(text[pos]))
        pos++;
    if (text[pos] === '-' || text[pos] === '+')
        pos++;
    while (isDigit(text[pos]))
        pos++;
    if (pos < text.length)
        throw new QuantityParseError(ERR_FORMAT);
    return { positive, whole, fraction, suffix: text.slice(suffixStart) };
}
/** Integer division rounding the magnitude up, for non-negative operands. */
function ceilDiv(numerator, denominator) {
    return (numerator + denominator - 1n) / denominator;
}
function parseNanos(text) {
    if (text.length === 0)
        throw new QuantityParseError(ERR_FORMAT);
    const parts = splitQuantity(text);
    const meaning = interpretSuffix(parts.suffix);
    if (!meaning)
        throw new QuantityParseError(ERR_SUFFIX);
    // value = digits / 10^fractionLength, scaled by the suffix; Kubernetes strips all-empty digit
    // runs to zero (so "Ki" or "." parse as 0).
    const digits = BigInt((parts.whole + parts.fraction) || '0');
    let numerator = digits * NANOS_PER_UNIT;
    let denominator = 10n ** BigInt(parts.fraction.length);
    if (meaning.base === 2)
        numerator <<= BigInt(meaning.exponent);
    else if (meaning.exponent >= 0)
        numerator *= 10n ** BigInt(meaning.exponent);
    else
        denominator *= 10n ** BigInt(-meaning.exponent);
    // Round non-zero values up to one nano so that asking for a tiny amount never yields zero.
    let nanos = ceilDiv(numerator, denominator);
    if (meaning.base === 2 && nanos > MAX_BINARY_NANOS)
        nanos = MAX_BINARY_NANOS;
    return parts.positive ? nanos : -nanos;
}
/** An immutable Kubernetes quantity; `nanos` is the exact value times 10^9. */
class Quantity {
    nanos;
    text;
    constructor(nanos, 
    /** The text it was parsed from, kept so that `fromCel` can give users back what they wrote. */
    text) {
        this.nanos = nanos;
        this.text = text;
    }
    static parse(text) {
        return new Quantity(parseNanos(text), text);
    }
    static fromInteger(value) {
        return new Quantity(value * NANOS_PER_UNIT);
    }
    compareTo(other) {
        return this.nanos < other.nanos ? -1 : this.nanos > other.nanos ? 1 : 0;
    }
    equals(other) {
        return this.nanos === other.nanos;
    }
    add(other) {
        return new Quantity(this.nanos + other.nanos);
    }
    sub(other) {
        return new Quantity(this.nanos - other.nanos);
    }
    sign() {
        return this.nanos < 0n ? -1 : this.nanos > 0n ? 1 : 0;
    }
    /** True when the value is a whole number that fits int64, as `Quantity.AsInt64` requires. */
    isInteger() {
        if (this.nanos % NANOS_PER_UNIT !== 0n)
            return false;
        const whole = this.nanos / NANOS_PER_UNIT;
        return whole >= MIN_INT64 && whole <= MAX_INT64;
    }
    /** The integer value, or undefined when `isInteger()` is false. */
    asInteger() {
        return this.isInteger() ? this.nanos / NANOS_PER_UNIT : undefined;
    }
    asApproximateFloat() {
        const whole = this.nanos / NANOS_PER_UNIT;
        const rest = this.nanos % NANOS_PER_UNIT;
        return Number(whole) + Number(rest) / 1e9;
    }
    /** The parsed text when known, otherwise a plain decimal rendering of the exact value. */
    toString() {
        if (this.text !== undefined)
            return this.text;
        const negative = this.nanos < 0n;
        const magnitude = negative ? -this.nanos : this.nanos;
        const whole = magnitude / NANOS_PER_UNIT;
        const fraction = (magnitude % NANOS_PER_UNIT).toString().padStart(9, '0').replace(/0+$/, '');
        return `${negative ? '-' : ''}${whole}${fraction ? `.${fraction}` : ''}`;
    }
}
function isQuantity(text) {
    try {
        parseNanos(text);
        return true;
    }
    catch {
        return false;
    }
}


/***/ }),

/***/ 377:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Wg: () => (/* binding */ FLAGS),
/* harmony export */   kY: () => (/* binding */ flagRows),
/* harmony export */   lT: () => (/* binding */ SIMULATE_FLAGS)
/* harmony export */ });
/* harmony import */ var _report_index_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(29);

/** Flags as data, so `--help` and the docs come from one list (and match the Action's inputs). */
const FLAGS = {
    format: { type: 'string', short: 'f', arg: 'FORMAT', help: `output format: ${_report_index_js__WEBPACK_IMPORTED_MODULE_0__/* .FORMATS */ .hR.join(', ')} (default text)` },
    output: { type: 'string', short: 'o', arg: 'FILE', help: 'write the report to FILE instead of stdout (its directory must exist)' },
    'fail-level': { type: 'string', arg: 'LEVEL', help: 'exit 1 when findings at or above LEVEL exist: error, warning, notice, never (default error)' },
    include: { type: 'string', multiple: true, arg: 'GLOB', help: 'files to lint inside directories (repeatable; default **/*.{yaml,yml,json})' },
    exclude: { type: 'string', multiple: true, arg: 'GLOB', help: 'files to leave out (repeatable)' },
    config: { type: 'string', short: 'c', arg: 'FILE', help: 'config file (default .resilint.yaml or .resilint.yml in the working directory)' },
    policies: { type: 'string', multiple: true, arg: 'DIR', help: 'extra policy folder with your own rules (repeatable)' },
    namespace: { type: 'string', short: 'n', arg: 'NS', help: 'namespace for objects that name none (default "default")' },
    'max-file-size': { type: 'string', arg: 'SIZE', help: 'skip and report files larger than SIZE (default 20MB)' },
    'instance-types': { type: 'string', arg: 'FILE', help: 'EC2 catalog: JSON printed by `aws ec2 describe-instance-types`' },
    'only-files': { type: 'string', multiple: true, arg: 'FILE', help: 'report findings only in these files; everything is still loaded (repeatable)' },
    color: { type: 'boolean', help: 'force colour (default: on a TTY unless NO_COLOR is set)' },
    'no-color': { type: 'boolean', help: 'disable colour' },
    help: { type: 'boolean', short: 'h', help: 'show this help' },
    version: { type: 'boolean', short: 'v', help: 'print the version' },
};
/**
 * The flags only `simulate` takes. Kept here rather than in simulate-command.ts so that the main
 * `--help` can list them without loading the simulator.
 */
const SIMULATE_FLAGS = {
    base: { type: 'string', arg: 'PATH', help: 'also simulate these manifests (e.g. the main branch\'s copy) and compare: better, worse, unchanged' },
    cluster: { type: 'string', arg: 'FILE', help: 'the cluster: a Cluster spec or `kubectl get nodes -o yaml` (default: nodes or NodePools in the manifests, else 3 nodes in each of 3 zones)' },
    scenario: {
        type: 'string',
        multiple: true,
        arg: 'NAME[:k=v,...]',
        help: 'run only this scenario, repeatable: rolling-upgrade[:timeout,nodeStartup,onTimeout,nodes], zone-outage[:zone,duration], spot-interruption[:share,instanceType,notice], load[:tail], trace (default: all that apply)',
    },
    trace: { type: 'string', arg: 'FILE', help: 'an EventTrace file of node events for the trace scenario' },
    load: { type: 'string', arg: 'FILE', help: 'a CSV or LoadTrace YAML of load over time for the load scenario' },
};
/**
 * `  -f, --format FORMAT        help`, aligned, one row per flag; `helpFor` replaces a flag's help
 * where a command reads it differently (simulate's formats).
 */
function flagRows(flags, names = Object.keys(flags), helpFor = {}) {
    return names.map((name) => {
        const f = { ...flags[name], help: helpFor[name] ?? flags[name].help };
        const short = f.short ? `-${f.short}, ` : '    ';
        const arg = f.arg ? ` ${f.arg}` : '';
        const left = `  ${short}--${name}${arg}`;
        // A long flag spec pushes its help to the next line rather than breaking the column.
        return left.length < 34 ? left.padEnd(34) + f.help : `${left}\n${' '.repeat(34)}${f.help}`;
    });
}


/***/ }),

/***/ 486:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(55);

// `resilint … | head` closes the pipe early: the reader has what it wanted, so stop quietly
// instead of dying with an EPIPE stack trace.
process.stdout.on('error', (error) => {
    if (error.code === 'EPIPE')
        process.exit(process.exitCode ?? 0);
    throw error;
});
const code = await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .main */ .iW)(process.argv.slice(2), {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    isTTY: Boolean(process.stdout.isTTY),
    stderrIsTTY: Boolean(process.stderr.isTTY),
    env: process.env,
    cwd: process.cwd(),
});
process.exitCode = code;

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 55:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  HE: () => (/* binding */ loadAllRules),
  iW: () => (/* binding */ main),
  Qe: () => (/* binding */ parseFailLevel),
  bQ: () => (/* binding */ parseFlags),
  vJ: () => (/* binding */ readStdin),
  by: () => (/* binding */ useColor)
});

// UNUSED EXPORTS: exitCode

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(24);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
// EXTERNAL MODULE: ./src/errors.ts
var src_errors = __nccwpck_require__(916);
// EXTERNAL MODULE: ./src/load/parse-yaml.ts + 2 modules
var parse_yaml = __nccwpck_require__(393);
// EXTERNAL MODULE: ./src/load/source-text.ts
var source_text = __nccwpck_require__(991);
// EXTERNAL MODULE: ./src/model/workloads.ts
var workloads = __nccwpck_require__(119);
;// CONCATENATED MODULE: ./src/config/load-config.ts






const TOP_KEYS = ['rules', 'params', 'include', 'exclude', 'policies', 'failLevel', 'namespace', 'instanceTypes', 'maxFileSize'];
const SEVERITIES = ['error', 'warning', 'notice'];
function findConfigFile(cwd) {
    for (const name of ['.resilint.yaml', '.resilint.yml']) {
        const p = external_node_path_default().join(cwd, name);
        if ((0,external_node_fs_.existsSync)(p))
            return p;
    }
    return undefined;
}
function emptyConfig() {
    return { rules: {}, locate: () => '' };
}
/** Reads and validates a config file; any problem is a UsageError naming file:line. */
function loadConfig(file, cwd) {
    const rel = external_node_path_default().relative(cwd, file).split((external_node_path_default()).sep).join('/') || file;
    if (!(0,external_node_fs_.existsSync)(file))
        throw new src_errors/* UsageError */.e(`config file not found: ${rel}`);
    const text = (0,external_node_fs_.readFileSync)(file, 'utf8');
    const source = new source_text/* SourceText */.D(rel, text);
    const { documents, problems } = (0,parse_yaml/* parseYamlDocuments */.v)(source);
    if (problems.length) {
        const at = source.position(problems[0].offset);
        throw new src_errors/* UsageError */.e(`${rel}:${at.line}:${at.column}: ${problems[0].reason}`);
    }
    const doc = documents[0];
    const raw = doc?.value ?? {};
    const where = (p) => {
        if (!doc)
            return `${rel}:1:1`;
        const at = doc.positions.locate(raw, p);
        return `${rel}:${at.line}:${at.column}`;
    };
    const fail = (p, msg) => {
        throw new src_errors/* UsageError */.e(`${where(p)}: ${msg}`);
    };
    if (!(0,workloads/* isRecord */.u4)(raw))
        fail([], 'config must be a mapping');
    const cfg = raw;
    for (const key of Object.keys(cfg))
        if (!TOP_KEYS.includes(key))
            fail([key], `unknown setting "${key}" (allowed: ${TOP_KEYS.join(', ')})`);
    const strings = (key) => {
        if (cfg[key] === undefined)
            return undefined;
        if (!Array.isArray(cfg[key]) || cfg[key].some((x) => typeof x !== 'string'))
            fail([key], `${key} must be a list of strings`);
        return cfg[key];
    };
    const rules = {};
    if (cfg.rules !== undefined) {
        if (!(0,workloads/* isRecord */.u4)(cfg.rules))
            fail(['rules'], 'rules must be a mapping of rule id to settings');
        for (const [id, value] of Object.entries(cfg.rules)) {
            const p = ['rules', id];
            if (value === 'off' || value === false)
                rules[id] = { enabled: false };
            else if (value === 'on' || value === true)
                rules[id] = { enabled: true };
            else if (typeof value === 'string' && SEVERITIES.includes(value))
                rules[id] = { severity: value };
            else if ((0,workloads/* isRecord */.u4)(value)) {
                for (const k of Object.keys(value))
                    if (!['enabled', 'severity', 'params'].includes(k))
                        fail([...p, k], `unknown rule setting "${k}" (allowed: enabled, severity, params)`);
                if (value.enabled !== undefined && typeof value.enabled !== 'boolean')
                    fail([...p, 'enabled'], 'enabled must be true or false');
                if (value.severity !== undefined && !SEVERITIES.includes(value.severity))
                    fail([...p, 'severity'], 'severity must be error, warning or notice');
                if (value.params !== undefined && value.params !== null && !(0,workloads/* isRecord */.u4)(value.params))
                    fail([...p, 'params'], 'params must be a mapping');
                rules[id] = value;
            }
            else
                fail(p, 'a rule setting is off, on, a severity, or a mapping with enabled/severity/params');
        }
    }
    // `params:` with every entry commented out is null: nothing shared, not a mistake.
    if (cfg.params !== undefined && cfg.params !== null && !(0,workloads/* isRecord */.u4)(cfg.params))
        fail(['params'], 'params must be a mapping of param name to value');
    const failLevel = cfg.failLevel;
    if (failLevel !== undefined && ![...SEVERITIES, 'never'].includes(failLevel))
        fail(['failLevel'], 'failLevel must be error, warning, notice or never');
    for (const key of ['namespace', 'instanceTypes']) {
        if (cfg[key] !== undefined && typeof cfg[key] !== 'string')
            fail([key], `${key} must be a string`);
    }
    const base = external_node_path_default().dirname(file);
    const policies = strings('policies')?.map((p) => external_node_path_default().resolve(base, p));
    return {
        file: rel,
        rules,
        params: cfg.params ?? undefined,
        include: strings('include'),
        exclude: strings('exclude'),
        policies,
        failLevel,
        namespace: cfg.namespace,
        instanceTypes: cfg.instanceTypes ? external_node_path_default().resolve(base, cfg.instanceTypes) : undefined,
        maxFileSize: cfg.maxFileSize,
        locate: (p) => where(p),
    };
}
/** Parses sizes such as `20MB`, `512KB` or a number of bytes. */
function parseSize(value) {
    if (typeof value === 'number')
        return value;
    const m = /^\s*(\d+(?:\.\d+)?)\s*(b|kb|k|mb|m|gb|g)?\s*$/i.exec(value);
    if (!m)
        throw new src_errors/* UsageError */.e(`invalid size "${value}" (use e.g. 20MB, 512KB or bytes)`);
    const unit = (m[2] ?? 'b').toLowerCase();
    const factor = unit.startsWith('g') ? 1024 ** 3 : unit.startsWith('m') ? 1024 ** 2 : unit.startsWith('k') ? 1024 : 1;
    return Math.round(Number(m[1]) * factor);
}

// EXTERNAL MODULE: ./src/cel/quantity.ts
var quantity = __nccwpck_require__(223);
;// CONCATENATED MODULE: ./src/cel/values.ts
/**
 * Conversion between parsed YAML/JSON and CEL runtime values.
 *
 * `toCel` turns integral numbers into BigInt (CEL `int`) and keeps shared references shared:
 * YAML aliases make one object appear under many keys, and converting each appearance
 * separately would both waste time and let an "alias bomb" (a few lines of YAML that expand to
 * billions of nodes) exhaust memory. We therefore convert each distinct object once and, before
 * converting, measure the *expanded* size — what the value would be if every alias were copied —
 * using memoised subtree sizes, refusing values above a limit.
 *
 * A nested map entry whose value is null (`resources: null`, `requests: ~`) is left out, as the
 * apiserver leaves it out: such fields are `omitempty` pointers, maps and slices, so in the object
 * CEL sees the field is absent, `has(object.spec.resources)` is false and
 * `object.spec.?resources` is empty rather than a null that fails the next field access. Top-level
 * fields keep their null (a Role's `rules: null` stays null, as its Go field has no `omitempty`),
 * except `metadata`, `spec` and `status`, which are structs and never null.
 */

const DEFAULT_MAX_NODES = 1_000_000;
/** Thrown when a value would expand beyond `maxNodes` (or is cyclic, which YAML can express). */
class ValueTooLargeError extends Error {
    maxNodes;
    reason;
    name = 'ValueTooLargeError';
    constructor(maxNodes, reason = 'too-many-nodes') {
        super(reason === 'cycle'
            ? 'value refers to itself (a cyclic YAML alias) and cannot be evaluated'
            : `value expands to more than ${maxNodes} nodes (possibly through YAML aliases) and was not evaluated`);
        this.maxNodes = maxNodes;
        this.reason = reason;
    }
}
/** Top-level fields of every object that are Go structs: null there means absent. */
const STRUCT_FIELDS = new Set(['metadata', 'spec', 'status']);
/** Small integers are by far the most common; reusing their BigInts avoids an allocation each. */
const SMALL_INTS = Array.from({ length: 1025 }, (_, i) => BigInt(i));
function toInt(value) {
    return value >= 0 && value <= 1024 ? SMALL_INTS[value] : BigInt(value);
}
/**
 * One pass that converts each distinct object once and, from memoised subtree sizes, counts
 * nodes as if every shared reference were copied. The walk is linear in the *stored* size even
 * when the expanded size is astronomically large, so the check itself cannot be bombed.
 */
class Converter {
    maxNodes;
    seen = new Map();
    /** Expanded size of the value most recently returned by `convert` (saves allocating a pair per node). */
    lastSize = 0;
    constructor(maxNodes) {
        this.maxNodes = maxNodes;
    }
    /** `root`: the object itself, whose top-level nulls are kept (see the file comment). */
    convert(value, root = false) {
        if (typeof value !== 'object' || value === null || value instanceof Date || value instanceof Uint8Array) {
            this.lastSize = 1;
            return typeof value === 'number' && Number.isInteger(value) ? toInt(value) : value;
        }
        const done = this.seen.get(value);
        if (done) {
            if (done.size < 0)
                throw new ValueTooLargeError(this.maxNodes, 'cycle');
            this.lastSize = done.size;
            return done.value;
        }
        const entry = { value: undefined, size: -1 };
        this.seen.set(value, entry);
        let size = 1;
        if (Array.isArray(value)) {
            const list = new Array(value.length);
            entry.value = list;
            for (let i = 0; i < value.length; i++) {
                list[i] = this.convert(value[i]);
                size += this.lastSize;
                if (size > this.maxNodes)
                    throw new ValueTooLargeError(this.maxNodes);
            }
        }
        else {
            const map = {};
            entry.value = map;
            const keys = Object.keys(value);
            for (let i = 0; i < keys.length; i++) {
                const k = keys[i];
                const raw = value[k];
                if (raw === undefined || (raw === null && (!root || STRUCT_FIELDS.has(k))))
                    continue;
                const converted = this.convert(raw);
                // A YAML key named __proto__ must become a field, not the map's prototype.
                if (k === '__proto__')
                    Object.defineProperty(map, k, { value: converted, enumerable: true, writable: true, configurable: true });
                else
                    map[k] = converted;
                size += this.lastSize;
                if (size > this.maxNodes)
                    throw new ValueTooLargeError(this.maxNodes);
            }
        }
        entry.size = size;
        this.lastSize = size;
        return entry.value;
    }
}
/**
 * Converts plain data (YAML/JSON) into CEL values. Throws `ValueTooLargeError` when the
 * expanded value has more than `maxNodes` nodes or is cyclic.
 */
function toCel(value, options = {}) {
    return new Converter(options.maxNodes ?? DEFAULT_MAX_NODES).convert(value, true);
}
/**
 * Converts a CEL result back to plain data for reports: safe BigInts become numbers (larger
 * ones become decimal strings so no digit is lost), quantities become their text, Maps become
 * objects. Other objects (durations, timestamps, optionals) are rendered with `String()`.
 */
function fromCel(value) {
    if (typeof value === 'bigint') {
        return value >= BigInt(Number.MIN_SAFE_INTEGER) && value <= BigInt(Number.MAX_SAFE_INTEGER)
            ? Number(value)
            : value.toString();
    }
    if (value === null || typeof value !== 'object')
        return value;
    if (value instanceof quantity/* Quantity */.Q1)
        return value.toString();
    if (Array.isArray(value))
        return value.map(fromCel);
    if (value instanceof Map) {
        const out = {};
        for (const [k, v] of value)
            out[String(k)] = fromCel(v);
        return out;
    }
    if (value instanceof Date)
        return value.toISOString();
    if (Object.getPrototypeOf(value) === Object.prototype || Object.getPrototypeOf(value) === null) {
        const out = {};
        for (const [k, v] of Object.entries(value))
            out[k] = fromCel(v);
        return out;
    }
    if (value.constructor?.name === 'UnsignedInt')
        return fromCel(value.valueOf());
    return String(value);
}

// EXTERNAL MODULE: ./src/load/load-manifests.ts + 3 modules
var load_manifests = __nccwpck_require__(524);
// EXTERNAL MODULE: ./src/model/fingerprint.ts
var fingerprint = __nccwpck_require__(109);
// EXTERNAL MODULE: ./src/model/field-path.ts
var field_path = __nccwpck_require__(885);
;// CONCATENATED MODULE: ./src/admission/offline-expressions.ts

/**
 * What an offline linter cannot evaluate, and where an expression's failing field probably is.
 * The apiserver evaluates `authorizer` against live RBAC; offline there is nothing to ask, so any
 * expression that needs it is reported as not evaluable rather than silently passing.
 */
function usesAuthorizer(expression) {
    return /\bauthorizer\b/.test(expression);
}
/** `variables.<name>` references in an expression. */
function variablesUsed(expression) {
    return [...expression.matchAll(/\bvariables\.([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]);
}
/**
 * Kyverno's CEL libraries that need a cluster, a registry or the network (or that resilint does not
 * implement). A policy using one is skipped with this reason instead of failing to compile.
 */
const KYVERNO_EXTENSIONS = [
    [/\bresource\.(Get|List|Post)\s*\(/, 'resource.* (reads live cluster objects)'],
    [/\bhttp\.(Get|Post|Client)\s*\(/, 'http.* (calls external services)'],
    [/\bglobalContext\.Get\s*\(/, 'globalContext.Get (reads Kyverno global context entries)'],
    [/\bimage\.GetMetadata\s*\(|\bimagedata\.Get\s*\(/, 'image.GetMetadata (fetches image metadata from a registry)'],
    [/(^|[^.\w])image\s*\(/, 'image() (Kyverno image reference library)'],
    [/\bparseImageReference\s*\(/, 'parseImageReference (Kyverno image library)'],
    [/\bx509\./, 'x509.* (Kyverno certificate library)'],
    [/\bjson\.(Unmarshal|unmarshal)\s*\(|\byaml\.(Parse|parse)\s*\(/, 'json/yaml parsing (Kyverno library)'],
    [/\bgenerator\.|\bmutation\./, 'generate/mutate libraries'],
    [/\brandom\s*\(/, 'random() (Kyverno library)'],
    [/\bbase64\./, 'base64.* (Kyverno library)'],
    [/\btime\.now\s*\(/, 'time.now() (Kyverno library)'],
];
/** The first Kyverno extension an expression uses, as a reason for skipping the policy. */
function kyvernoExtensionIn(expression) {
    return KYVERNO_EXTENSIONS.find(([re]) => re.test(expression))?.[1];
}
const OBJECT_PATH = /\bobject((?:\s*\.\s*\??[A-Za-z_][A-Za-z0-9_]*|\[\s*'[^']*'\s*\]|\[\s*"[^"]*"\s*\]|\[\s*\d+\s*\])+)(\s*\()?/;
/**
 * The first `object.a.b[0]` path an expression names (a trailing method call such as `.all(` or
 * `.startsWith(` is not part of it), as a field path for the finding. Undefined when none.
 */
function objectPathIn(expression) {
    if (!expression)
        return undefined;
    const m = OBJECT_PATH.exec(expression);
    if (!m)
        return undefined;
    const segments = [];
    for (const part of m[1].matchAll(/\.\s*\??([A-Za-z_][A-Za-z0-9_]*)|\[\s*'([^']*)'\s*\]|\[\s*"([^"]*)"\s*\]|\[\s*(\d+)\s*\]/g)) {
        if (part[1] !== undefined)
            segments.push(part[1]);
        else if (part[2] !== undefined)
            segments.push(part[2]);
        else if (part[3] !== undefined)
            segments.push(part[3]);
        else
            segments.push(Number(part[4]));
    }
    if (m[2])
        segments.pop();
    return segments.length > 0 ? segments : undefined;
}
function pathText(path) {
    return path && path.length > 0 ? (0,field_path/* formatFieldPath */.v)(path) : undefined;
}

;// CONCATENATED MODULE: ./src/admission/admission-rule.ts


/**
 * Builds the resilint rule. Expressions that need `authorizer` (directly or through a variable)
 * are replaced by a notice saying they cannot be evaluated offline; a matchCondition that needs it
 * makes every validation such a notice, since whether the policy applies is unknown.
 */
function buildAdmissionRule(input) {
    const draft = withNamespaceObject(input);
    const unavailable = new Set();
    const needsCluster = (e) => usesAuthorizer(e) || variablesUsed(e).some((v) => unavailable.has(v));
    const variables = draft.variables.filter((v) => {
        if (!needsCluster(v.expression))
            return true;
        unavailable.add(v.name);
        return false;
    });
    const conditions = draft.matchConditions.filter((m) => !needsCluster(m.expression));
    const applicabilityUnknown = conditions.length < draft.matchConditions.length;
    const sourcePaths = new Map();
    const named = (list, key) => list.map((x, index) => {
        sourcePaths.set(`${key}.${index}`, x.path);
        return { name: x.name, expression: x.expression, index };
    });
    const validations = draft.validations.map((v, index) => {
        sourcePaths.set(`validations.${index}`, v.path);
        const id = `validation${index}`;
        if (applicabilityUnknown || needsCluster(v.expression)) {
            const why = applicabilityUnknown ? 'a matchCondition uses `authorizer`' : 'it uses `authorizer`';
            return {
                id,
                index,
                expression: 'false',
                severity: 'notice',
                message: `not evaluable offline: ${why}, which needs a live cluster (expression: ${v.expression.trim()})`,
                fieldPath: pathText(draft.templatePath),
            };
        }
        const spec = { id, index, expression: v.expression };
        if (v.message)
            spec.message = v.message;
        if (v.messageExpression && !needsCluster(v.messageExpression))
            spec.messageExpression = v.messageExpression;
        spec.fieldPath = fieldPathOf(v, draft.templatePath);
        if (spec.fieldPath === undefined)
            delete spec.fieldPath;
        return spec;
    });
    const rule = {
        id: draft.id,
        category: 'admission',
        severity: draft.severity,
        description: draft.description ?? `${draft.title}.`,
        remediation: `Change the object so that every validation of ${draft.title} holds.`,
        links: [],
        params: {},
        match: { kinds: ['*'] },
        matchConditions: named(conditions, 'matchConditions'),
        variables: named(variables, 'variables'),
        validations,
        source: remapSource(draft.source, sourcePaths),
        dir: '',
        builtin: false,
    };
    return { rule, filter: draft.filter, params: draft.params, ignoreErrors: draft.ignoreErrors };
}
/**
 * Where a finding points: the validation's own `fieldPath`, else the object path its
 * messageExpression or expression names, else (for autogen rules) the pod template.
 */
function fieldPathOf(v, templatePath) {
    if (v.fieldPath) {
        try {
            const path = (0,field_path/* parseFieldPath */.Z)(v.fieldPath);
            return pathText(templatePath && path[0] === 'spec' ? [...templatePath, ...path] : path);
        }
        catch {
            // An unparsable fieldPath falls back to a guess rather than losing the finding.
        }
    }
    return pathText(objectPathIn(v.messageExpression) ?? objectPathIn(v.expression) ?? templatePath);
}
/**
 * A view of the policy object whose `locate` understands the rule's own paths
 * (`validations[i].expression`), so compile errors point at the line in the policy file.
 */
function remapSource(policy, sourcePaths) {
    return {
        ...policy,
        get range() {
            return policy.range;
        },
        locate(path) {
            const base = sourcePaths.get(`${String(path[0])}.${String(path[1])}`);
            return policy.locate(base ? [...base, ...path.slice(2)] : path);
        },
    };
}
/**
 * The apiserver always has the Namespace of a namespaced object; offline there may be no
 * Namespace manifest. Expressions then see the namespace as the apiserver creates it: its name
 * and the `kubernetes.io/metadata.name` label. Null for cluster-scoped objects, as in the apiserver.
 */
const NAMESPACE_VARIABLE = 'resilintNamespaceObject';
const NAMESPACE_FALLBACK = "namespaceObject != null ? namespaceObject : (request.namespace == '' ? dyn(null) : dyn({'apiVersion': 'v1', 'kind': 'Namespace', " +
    "'metadata': {'name': request.namespace, 'labels': {'kubernetes.io/metadata.name': request.namespace}}}))";
function withNamespaceObject(draft) {
    const uses = (e) => e !== undefined && /\bnamespaceObject\b/.test(e);
    const all = [...draft.matchConditions, ...draft.variables, ...draft.validations];
    if (!all.some((x) => uses(x.expression) || ('messageExpression' in x && uses(x.messageExpression))))
        return draft;
    const swap = (e) => e.replace(/\bnamespaceObject\b/g, `variables.${NAMESPACE_VARIABLE}`);
    const fallback = { name: NAMESPACE_VARIABLE, expression: NAMESPACE_FALLBACK, path: ['spec'] };
    // matchConditions run before variables, so they get the fallback inline.
    return {
        ...draft,
        matchConditions: draft.matchConditions.map((m) => ({ ...m, expression: m.expression.replace(/\bnamespaceObject\b/g, `(${NAMESPACE_FALLBACK})`) })),
        variables: [fallback, ...draft.variables.map((v) => ({ ...v, expression: swap(v.expression) }))],
        validations: draft.validations.map((v) => ({ ...v, expression: swap(v.expression), messageExpression: v.messageExpression && swap(v.messageExpression) })),
    };
}

;// CONCATENATED MODULE: ./src/admission/autogen.ts
/**
 * Kyverno's automatic rules for pod controllers: a rule written for Pods also runs on the pod
 * templates of the controllers, with `object.spec` and `object.metadata` read from the template
 * (Kyverno rewrites the expressions the same way; its policies' tests expect template labels). CronJobs nest the template one level deeper and get their own rule.
 */
const DEFAULT_POD_CONTROLLERS = ['DaemonSet', 'Deployment', 'Job', 'StatefulSet', 'ReplicaSet', 'ReplicationController', 'CronJob'];
const TEMPLATE_PATH = ['spec', 'template'];
const CRONJOB_TEMPLATE_PATH = ['spec', 'jobTemplate', 'spec', 'template'];
/** Controllers named by `pod-policies.kyverno.io/autogen-controllers` or `autogen.podControllers`. */
function parseControllers(value) {
    if (Array.isArray(value))
        return value.filter((x) => typeof x === 'string').map(canonicalKind);
    if (typeof value !== 'string')
        return undefined;
    if (value.trim().toLowerCase() === 'none')
        return [];
    return value.split(',').map((s) => canonicalKind(s.trim())).filter(Boolean);
}
/** `deployments`, `apps/v1/Deployment`, `Deployment` → `Deployment`. */
function canonicalKind(entry) {
    const last = entry.split('/').pop();
    const lower = last.toLowerCase().replace(/s$/, '');
    return DEFAULT_POD_CONTROLLERS.find((k) => k.toLowerCase() === lower) ?? last;
}
function rewrite(expression, template) {
    const prefix = template.join('.');
    return expression.replace(/\b(object|oldObject)(\s*\.\s*)(\??)(spec|metadata)\b/g, (_m, root, dot, opt, field) => `${root}${dot}${opt}${prefix}.${field}`);
}
/**
 * The autogen drafts for a Pod draft: one for template-owning controllers and one for CronJobs,
 * each applying the Pod rule's own filter to the controller as if it were its Pod.
 */
function autogenDrafts(pod, controllers, idFor) {
    const out = [];
    const templated = new Set(controllers.filter((k) => k !== 'CronJob'));
    const variants = [
        ['template', templated, TEMPLATE_PATH],
        ['cronjob', new Set(controllers.includes('CronJob') ? ['CronJob'] : []), CRONJOB_TEMPLATE_PATH],
    ];
    for (const [variant, kinds, template] of variants) {
        if (kinds.size === 0)
            continue;
        const re = (x) => ({
            ...x,
            expression: rewrite(x.expression, template),
            ...('messageExpression' in x && x.messageExpression ? { messageExpression: rewrite(x.messageExpression, template) } : {}),
        });
        out.push({
            ...pod,
            id: idFor(variant),
            title: `${pod.title} (autogen for ${[...kinds].join(', ')})`,
            filter: (o) => kinds.has(o.kind) && pod.filter(asPod(o)),
            matchConditions: pod.matchConditions.map(re),
            variables: pod.variables.map(re),
            validations: pod.validations.map(re),
            templatePath: template,
        });
    }
    return out;
}
/** The controller seen through a Pod rule's match block: kind Pod in the core group, same labels and namespace. */
function asPod(o) {
    return { ...o, apiVersion: 'v1', kind: 'Pod', get range() { return o.range; }, locate: o.locate };
}

;// CONCATENATED MODULE: ./src/admission/resource-kinds.ts
/**
 * Admission rules name REST resources (`deployments`), manifests name kinds (`Deployment`). The
 * built-in table covers the core API groups; for anything else (CRDs) the resource is the kind's
 * lower-case plural, which is how `kubectl` and the apiserver derive it for nearly every CRD.
 */
const BUILTIN_RESOURCES = {
    pods: 'Pod', services: 'Service', configmaps: 'ConfigMap', secrets: 'Secret', namespaces: 'Namespace',
    nodes: 'Node', serviceaccounts: 'ServiceAccount', persistentvolumeclaims: 'PersistentVolumeClaim',
    persistentvolumes: 'PersistentVolume', replicationcontrollers: 'ReplicationController', endpoints: 'Endpoints',
    limitranges: 'LimitRange', resourcequotas: 'ResourceQuota', events: 'Event', podtemplates: 'PodTemplate',
    deployments: 'Deployment', statefulsets: 'StatefulSet', daemonsets: 'DaemonSet', replicasets: 'ReplicaSet',
    controllerrevisions: 'ControllerRevision', jobs: 'Job', cronjobs: 'CronJob',
    horizontalpodautoscalers: 'HorizontalPodAutoscaler', poddisruptionbudgets: 'PodDisruptionBudget',
    ingresses: 'Ingress', ingressclasses: 'IngressClass', networkpolicies: 'NetworkPolicy',
    roles: 'Role', rolebindings: 'RoleBinding', clusterroles: 'ClusterRole', clusterrolebindings: 'ClusterRoleBinding',
    storageclasses: 'StorageClass', priorityclasses: 'PriorityClass', runtimeclasses: 'RuntimeClass',
    customresourcedefinitions: 'CustomResourceDefinition', leases: 'Lease', endpointslices: 'EndpointSlice',
    validatingwebhookconfigurations: 'ValidatingWebhookConfiguration',
    mutatingwebhookconfigurations: 'MutatingWebhookConfiguration',
    validatingadmissionpolicies: 'ValidatingAdmissionPolicy',
    validatingadmissionpolicybindings: 'ValidatingAdmissionPolicyBinding',
    verticalpodautoscalers: 'VerticalPodAutoscaler', gateways: 'Gateway', httproutes: 'HTTPRoute',
};
/** The lower-case plural the apiserver uses for a kind (`NetworkPolicy` → `networkpolicies`). */
function resourceOfKind(kind) {
    const known = Object.entries(BUILTIN_RESOURCES).find(([, k]) => k === kind);
    if (known)
        return known[0];
    const lower = kind.toLowerCase();
    if (/[^aeiou]y$/.test(lower))
        return `${lower.slice(0, -1)}ies`;
    if (/(s|x|z|ch|sh)$/.test(lower))
        return `${lower}es`;
    return `${lower}s`;
}
/** Whether a resource name from a rule (`deployments`, `*`, `pods/status`) selects objects of `kind`. */
function resourceSelectsKind(resource, kind) {
    if (resource === '*')
        return true;
    // Subresources (`pods/status`, `*/scale`) are never the object a manifest creates.
    if (resource.includes('/'))
        return false;
    return BUILTIN_RESOURCES[resource] === kind || resourceOfKind(kind) === resource;
}
/** API group of an apiVersion (`apps/v1` → `apps`, `v1` → ``). */
function groupOf(apiVersion) {
    const slash = apiVersion.indexOf('/');
    return slash === -1 ? '' : apiVersion.slice(0, slash);
}
function versionOf(apiVersion) {
    const slash = apiVersion.indexOf('/');
    return slash === -1 ? apiVersion : apiVersion.slice(slash + 1);
}

;// CONCATENATED MODULE: ./src/admission/match-resources.ts


/**
 * Labels of each namespace as the apiserver would see them: the Namespace manifest's labels when
 * one is loaded, plus `kubernetes.io/metadata.name`, which the apiserver sets on every namespace.
 */
class NamespaceLabels {
    byName = new Map();
    constructor(manifests) {
        for (const o of manifests) {
            if (o.kind === 'Namespace' && o.apiVersion === 'v1')
                this.byName.set(o.name, { ...(o.raw.metadata?.labels ?? {}) });
        }
    }
    of(namespace) {
        return { ...(this.byName.get(namespace) ?? {}), 'kubernetes.io/metadata.name': namespace };
    }
}
/** The namespace a selector on namespaces is checked against: a Namespace is its own. */
function namespaceNameOf(o) {
    return o.kind === 'Namespace' && o.apiVersion === 'v1' ? o.name : o.namespace;
}
/** ValidatingAdmissionPolicy `resourceRules` / `excludeResourceRules` entry (the offline request is a CREATE). */
function resourceRuleSelects(rule, o) {
    const has = (key, value) => !Array.isArray(rule[key]) || rule[key].includes('*') || rule[key].includes(value);
    if (!has('apiGroups', groupOf(o.apiVersion)) || !has('apiVersions', versionOf(o.apiVersion)) || !has('operations', 'CREATE'))
        return false;
    if (!Array.isArray(rule.resources) || !rule.resources.some((r) => typeof r === 'string' && resourceSelectsKind(r, o.kind)))
        return false;
    if (Array.isArray(rule.resourceNames) && rule.resourceNames.length > 0 && !rule.resourceNames.includes(o.name))
        return false;
    const scope = rule.scope ?? '*';
    if (scope === 'Cluster' && o.namespace !== undefined)
        return false;
    if (scope === 'Namespaced' && o.namespace === undefined)
        return false;
    return true;
}
/**
 * `matchConstraints` of a policy or `matchResources` of a binding. For cluster-scoped objects other
 * than Namespaces the namespaceSelector does not apply, as in the apiserver.
 */
function vapMatchFilter(match, namespaces) {
    const m = (0,workloads/* isRecord */.u4)(match) ? match : {};
    const rules = Array.isArray(m.resourceRules) ? m.resourceRules.filter(workloads/* isRecord */.u4) : [];
    const excludes = Array.isArray(m.excludeResourceRules) ? m.excludeResourceRules.filter(workloads/* isRecord */.u4) : [];
    return (o) => {
        if (Array.isArray(m.resourceRules) && !rules.some((r) => resourceRuleSelects(r, o)))
            return false;
        if (excludes.some((r) => resourceRuleSelects(r, o)))
            return false;
        if (m.objectSelector !== undefined && !(0,workloads/* selectorMatches */.de)(m.objectSelector, o.raw.metadata?.labels ?? {}))
            return false;
        const ns = namespaceNameOf(o);
        if (m.namespaceSelector !== undefined && ns !== undefined && !(0,workloads/* selectorMatches */.de)(m.namespaceSelector, namespaces.of(ns)))
            return false;
        return true;
    };
}
/** Whether a resource rule list admits a CREATE at all (otherwise the policy never runs offline). */
function vapMatchesCreate(match) {
    const m = (0,workloads/* isRecord */.u4)(match) ? match : {};
    if (!Array.isArray(m.resourceRules))
        return true;
    return m.resourceRules.some((r) => (0,workloads/* isRecord */.u4)(r) && (!Array.isArray(r.operations) || r.operations.includes('*') || r.operations.includes('CREATE')));
}
/** Kyverno wildcards: `*` any run of characters, `?` one character. */
function wildcardMatches(pattern, value) {
    const re = new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`);
    return re.test(value);
}
/** A Kyverno kind entry: `Pod`, `v1/Pod`, `apps/v1/Deployment`, `*`, `apps/v1/*`, `Pod/status`. */
function kyvernoKindSelects(entry, o) {
    const parts = entry.split('/');
    if (parts.length === 2 && /^[A-Z*]/.test(parts[0]) && parts[0] !== '*')
        return false; // Kind/subresource
    const kind = parts[parts.length - 1];
    if (!wildcardMatches(kind, o.kind))
        return false;
    if (parts.length === 2)
        return wildcardMatches(parts[0], versionOf(o.apiVersion));
    if (parts.length === 3)
        return wildcardMatches(parts[0], groupOf(o.apiVersion)) && wildcardMatches(parts[1], versionOf(o.apiVersion));
    return true;
}
/** One Kyverno `ResourceDescription` (`match.any[].resources`). User/role filters are not known offline. */
function kyvernoResourcesSelect(res, o, namespaces) {
    const strings = (key) => (Array.isArray(res[key]) ? res[key].filter((x) => typeof x === 'string') : undefined);
    const kinds = strings('kinds');
    if (kinds && kinds.length > 0 && !kinds.some((k) => kyvernoKindSelects(k, o)))
        return false;
    const names = [...(strings('names') ?? []), ...(typeof res.name === 'string' ? [res.name] : [])];
    if (names.length > 0 && !names.some((n) => wildcardMatches(n, o.name)))
        return false;
    const nsList = strings('namespaces');
    const ns = namespaceNameOf(o);
    if (nsList && nsList.length > 0 && (ns === undefined || !nsList.some((n) => wildcardMatches(n, ns))))
        return false;
    const ops = strings('operations');
    if (ops && ops.length > 0 && !ops.includes('CREATE'))
        return false;
    if (res.selector !== undefined && !(0,workloads/* selectorMatches */.de)(res.selector, o.raw.metadata?.labels ?? {}))
        return false;
    if (res.namespaceSelector !== undefined && ns !== undefined && !(0,workloads/* selectorMatches */.de)(res.namespaceSelector, namespaces.of(ns)))
        return false;
    if ((0,workloads/* isRecord */.u4)(res.annotations)) {
        const annotations = o.raw.metadata?.annotations ?? {};
        for (const [k, v] of Object.entries(res.annotations)) {
            if (annotations[k] === undefined || !wildcardMatches(String(v), annotations[k]))
                return false;
        }
    }
    return true;
}
function kyvernoFilterSelects(filter, o, namespaces) {
    return (0,workloads/* isRecord */.u4)(filter.resources) ? kyvernoResourcesSelect(filter.resources, o, namespaces) : true;
}
/** Kyverno `match` / `exclude`: `any` (one filter suffices), `all` (every filter), or legacy `resources`. */
function kyvernoBlockSelects(block, o, namespaces) {
    if (!(0,workloads/* isRecord */.u4)(block))
        return false;
    const any = Array.isArray(block.any) ? block.any.filter(workloads/* isRecord */.u4) : [];
    const all = Array.isArray(block.all) ? block.all.filter(workloads/* isRecord */.u4) : [];
    if (any.length > 0)
        return any.some((f) => kyvernoFilterSelects(f, o, namespaces));
    if (all.length > 0)
        return all.every((f) => kyvernoFilterSelects(f, o, namespaces));
    if ((0,workloads/* isRecord */.u4)(block.resources) && Object.keys(block.resources).length > 0)
        return kyvernoResourcesSelect(block.resources, o, namespaces);
    return false;
}
/** Every kind a Kyverno match block names (for autogen, which applies only to Pod-only rules). */
function kyvernoMatchedKinds(block) {
    if (!(0,workloads/* isRecord */.u4)(block))
        return [];
    const filters = [...(Array.isArray(block.any) ? block.any : []), ...(Array.isArray(block.all) ? block.all : []), { resources: block.resources }];
    return filters.flatMap((f) => ((0,workloads/* isRecord */.u4)(f) && (0,workloads/* isRecord */.u4)(f.resources) && Array.isArray(f.resources.kinds) ? f.resources.kinds : []));
}

// EXTERNAL MODULE: ./src/model/kinds.ts
var kinds = __nccwpck_require__(522);
;// CONCATENATED MODULE: ./src/admission/vap.ts




const VAP_API_GROUP = 'admissionregistration.k8s.io';
/** Deny → error, Warn → warning, Audit → notice; with several actions the strongest wins. */
function severityOfActions(actions) {
    const list = Array.isArray(actions) ? actions : [];
    if (list.includes('Deny'))
        return 'error';
    if (list.includes('Warn'))
        return 'warning';
    if (list.includes('Audit'))
        return 'notice';
    return 'error';
}
/** `matchConditions` / `variables` of a policy spec, with their paths. */
function namedExpressions(spec, key) {
    const list = Array.isArray(spec[key]) ? spec[key] : [];
    return list
        .map((x, i) => ({ x, i }))
        .filter(({ x }) => (0,workloads/* isRecord */.u4)(x) && typeof x.expression === 'string')
        .map(({ x, i }) => ({ name: String(x.name ?? `condition${i}`), expression: x.expression, path: ['spec', key, i, 'expression'] }));
}
function validationsOf(list, base) {
    if (!Array.isArray(list))
        return [];
    return list.flatMap((v, i) => (0,workloads/* isRecord */.u4)(v) && typeof v.expression === 'string'
        ? [{ expression: v.expression, message: str(v.message), messageExpression: str(v.messageExpression), fieldPath: str(v.fieldPath), path: [...base, i, 'expression'] }]
        : []);
}
function str(v) {
    return typeof v === 'string' && v.trim() ? v : undefined;
}
/** Param objects of a paramKind (`apiVersion`+`kind`, or the alpha `group`/`version`/`kind`). */
function paramCandidates(paramKind, pool) {
    const apiVersion = typeof paramKind.apiVersion === 'string' ? paramKind.apiVersion : paramKind.group ? `${paramKind.group}/${paramKind.version}` : paramKind.version;
    const seen = new Set();
    return pool.filter((o) => {
        // A param file may be both a manifest and in the policy folder; it is still one param.
        const key = `${o.file}#${o.docIndex}#${o.listIndex ?? ''}`;
        if (seen.has(key) || o.kind !== paramKind.kind || (apiVersion !== undefined && o.apiVersion !== apiVersion))
            return false;
        seen.add(key);
        return true;
    });
}
/**
 * Whether a binding's params are looked up per object: a `paramRef` without `namespace` over a
 * namespaced `paramKind` means "in the namespace of the object being admitted" (API reference,
 * ParamRef.namespace), and a cluster-scoped object then has no params to find.
 */
function perNamespaceParams(paramKind, paramRef) {
    return !(typeof paramRef.namespace === 'string' && paramRef.namespace) && typeof paramKind.kind === 'string' && !(0,kinds/* isClusterScoped */.Z)(paramKind.kind);
}
function paramNamespace(o) {
    return o.raw.metadata?.namespace ?? o.namespace ?? 'default';
}
/**
 * Params selected by a `paramRef`: by name, or by label selector; a namespace given in the
 * paramRef must match. Returns every match (the apiserver evaluates the policy once per param).
 */
function resolveParams(paramKind, paramRef, pool) {
    return paramCandidates(paramKind, pool).filter((o) => {
        if (typeof paramRef.namespace === 'string' && paramRef.namespace && paramNamespace(o) !== paramRef.namespace)
            return false;
        if (typeof paramRef.name === 'string' && paramRef.name)
            return o.name === paramRef.name;
        if (paramRef.selector !== undefined)
            return (0,workloads/* selectorMatches */.de)(paramRef.selector, o.raw.metadata?.labels ?? {});
        return false;
    });
}
/**
 * Turns ValidatingAdmissionPolicies and their bindings into drafts: one per (policy, binding,
 * param object). A policy without a binding applies as if bound to everything, with a note.
 */
function vapDrafts(objects, manifests, namespaces) {
    const out = { drafts: [], notes: [], skipped: [] };
    const isVap = (o, kind) => o.kind === kind && groupOf(o.apiVersion) === VAP_API_GROUP;
    const pool = [...manifests, ...objects];
    const policies = objects.filter((o) => isVap(o, 'ValidatingAdmissionPolicy'));
    const bindings = [...objects, ...manifests].filter((o) => isVap(o, 'ValidatingAdmissionPolicyBinding'));
    for (const policy of policies) {
        const spec = (0,workloads/* isRecord */.u4)(policy.raw.spec) ? policy.raw.spec : {};
        if (!policy.name) {
            out.skipped.push({ policy: '(unnamed)', file: policy.file, reason: 'the policy has no metadata.name' });
            continue;
        }
        const validations = validationsOf(spec.validations, ['spec', 'validations']);
        if (validations.length === 0) {
            out.skipped.push({ policy: policy.name, file: policy.file, reason: 'no validations (auditAnnotations alone have no offline effect)' });
            continue;
        }
        if (!vapMatchesCreate(spec.matchConstraints)) {
            out.skipped.push({ policy: policy.name, file: policy.file, reason: 'matches no CREATE operation, and offline every object is a CREATE' });
            continue;
        }
        const policyFilter = vapMatchFilter(spec.matchConstraints, namespaces);
        const mine = bindings.filter((b) => b.raw.spec?.policyName === policy.name);
        const base = {
            source: policy,
            description: policy.raw.metadata?.annotations?.['kubernetes.io/description'],
            ignoreErrors: spec.failurePolicy === 'Ignore',
            matchConditions: namedExpressions(spec, 'matchConditions'),
            variables: namedExpressions(spec, 'variables'),
            validations,
        };
        const paramKind = (0,workloads/* isRecord */.u4)(spec.paramKind) ? spec.paramKind : undefined;
        if (mine.length === 0) {
            out.notes.push(`ValidatingAdmissionPolicy ${policy.name} (${policy.file}) has no binding: applied to every matching object as if bound to everything, with Deny.`);
            const params = paramKind ? paramCandidates(paramKind, pool) : [];
            if (paramKind && params.length !== 1) {
                out.skipped.push({ policy: policy.name, file: policy.file, reason: `needs params of kind ${paramKind.kind} but has no binding to choose them (${params.length} found)` });
                continue;
            }
            out.drafts.push({ ...base, id: `vap/${policy.name}`, title: `ValidatingAdmissionPolicy ${policy.name}`, severity: 'error', filter: policyFilter, params: params[0]?.raw ?? null });
            continue;
        }
        // `key` names a variant where binding and param name alone would not (per-namespace params).
        const variants = [];
        for (const binding of mine) {
            const ref = (0,workloads/* isRecord */.u4)(binding.raw.spec?.paramRef) ? binding.raw.spec.paramRef : undefined;
            if (!paramKind || !ref) {
                variants.push({ binding });
                continue;
            }
            const params = resolveParams(paramKind, ref, pool);
            // Missing params "are subject to the failurePolicy of the policy" (API reference,
            // ParamRef.parameterNotFoundAction), and so is a failed lookup: Ignore lets the object in.
            const deny = ref.parameterNotFoundAction === 'Deny' && !base.ignoreErrors;
            const missing = `no params found for policy binding ${binding.name} (parameterNotFoundAction: Deny)`;
            if (perNamespaceParams(paramKind, ref)) {
                // Each object is judged with the params of its own namespace (see perNamespaceParams).
                const namespaces = new Set(params.map(paramNamespace));
                for (const param of params) {
                    variants.push({ binding, param, only: (o) => o.namespace === paramNamespace(param), key: `${paramNamespace(param)}/${param.name}` });
                }
                if (deny) {
                    variants.push({
                        binding,
                        missing: `no ${paramKind.kind} params in the object's namespace for policy binding ${binding.name} (parameterNotFoundAction: Deny)`,
                        only: (o) => o.namespace !== undefined && !namespaces.has(o.namespace),
                        key: 'no-params',
                    });
                }
                // Whatever parameterNotFoundAction says, the apiserver cannot look params up for these.
                if (!base.ignoreErrors)
                    variants.push({
                        binding,
                        missing: `policy binding ${binding.name} looks up ${paramKind.kind} params in the object's namespace, and a cluster-scoped object has none: the apiserver fails the request`,
                        only: (o) => o.namespace === undefined,
                        key: 'cluster-scoped',
                    });
                if (params.length === 0 && ref.parameterNotFoundAction !== 'Deny')
                    out.notes.push(`ValidatingAdmissionPolicyBinding ${binding.name}: no ${paramKind.kind} params found; the policy is not applied (parameterNotFoundAction Allow).`);
                continue;
            }
            if (params.length === 0) {
                if (deny)
                    variants.push({ binding, missing });
                else if (ref.parameterNotFoundAction !== 'Deny')
                    out.notes.push(`ValidatingAdmissionPolicyBinding ${binding.name}: no ${paramKind.kind} params found; the policy is not applied (parameterNotFoundAction Allow).`);
                continue;
            }
            for (const param of params)
                variants.push({ binding, param });
        }
        for (const v of variants) {
            const bspec = v.binding.raw.spec ?? {};
            const bindingFilter = bspec.matchResources ? vapMatchFilter(bspec.matchResources, namespaces) : () => true;
            const suffix = variants.length === 1
                ? ''
                : `/${v.binding.name}${v.key ? `/${v.key}` : v.param && variants.filter((x) => x.binding === v.binding).length > 1 ? `/${v.param.name}` : ''}`;
            const draft = {
                ...base,
                id: `vap/${policy.name}${suffix}`,
                title: `ValidatingAdmissionPolicy ${policy.name} bound by ${v.binding.name}${v.param ? ` with params ${v.param.name}` : ''}`,
                severity: severityOfActions(bspec.validationActions),
                filter: (o) => policyFilter(o) && bindingFilter(o) && (v.only === undefined || v.only(o)),
                params: v.param?.raw ?? null,
            };
            if (v.missing) {
                // The apiserver denies every matching request when the binding's params are missing.
                draft.matchConditions = [];
                draft.variables = [];
                draft.validations = [{ expression: 'false', message: v.missing, path: ['spec', 'paramKind'] }];
            }
            out.drafts.push(draft);
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./src/admission/kyverno.ts






const AUTOGEN_ANNOTATION = 'pod-policies.kyverno.io/autogen-controllers';
/** Kyverno's Enforce blocks the request (error); Audit only reports it (warning). */
function severityOfFailureAction(action) {
    return typeof action === 'string' && action.toLowerCase() === 'enforce' ? 'error' : 'warning';
}
/** ValidatingPolicy speaks VAP's validationActions, but Kyverno's Audit lands in a policy report: a warning. */
function severityOfVpolActions(actions) {
    const list = Array.isArray(actions) ? actions : [];
    return list.includes('Deny') || list.length === 0 ? 'error' : 'warning';
}
function describe(policy) {
    const d = policy.raw.metadata?.annotations?.['policies.kyverno.io/description'];
    return typeof d === 'string' && d.trim() ? d.trim().replace(/\s+/g, ' ') : undefined;
}
function firstExtension(expressions) {
    for (const e of expressions) {
        const ext = kyvernoExtensionIn(e);
        if (ext)
            return ext;
    }
    return undefined;
}
function isKyvernoValidatingPolicy(o) {
    return o.kind === 'ValidatingPolicy' && groupOf(o.apiVersion) === 'policies.kyverno.io';
}
function isKyvernoPolicy(o) {
    return (o.kind === 'ClusterPolicy' || o.kind === 'Policy') && groupOf(o.apiVersion) === 'kyverno.io';
}
/** Kyverno `ValidatingPolicy`: VAP-shaped, with autogen for Pod policies unless configured otherwise. */
function validatingPolicyDrafts(objects, namespaces) {
    const out = { drafts: [], notes: [], skipped: [] };
    for (const policy of objects.filter(isKyvernoValidatingPolicy)) {
        const spec = (0,workloads/* isRecord */.u4)(policy.raw.spec) ? policy.raw.spec : {};
        const skip = (reason) => out.skipped.push({ policy: policy.name, file: policy.file, reason });
        const matchConditions = namedExpressions(spec, 'matchConditions');
        const variables = namedExpressions(spec, 'variables');
        const validations = validationsOf(spec.validations, ['spec', 'validations']);
        if (validations.length === 0) {
            skip('no validations');
            continue;
        }
        if (spec.evaluation?.mode === 'JSON') {
            skip('evaluation mode JSON (non-Kubernetes payloads)');
            continue;
        }
        const ext = firstExtension([...matchConditions, ...variables, ...validations].flatMap((x) => [x.expression, ...('messageExpression' in x && x.messageExpression ? [x.messageExpression] : [])]));
        if (ext) {
            skip(`uses Kyverno CEL extension ${ext}`);
            continue;
        }
        if (!vapMatchesCreate(spec.matchConstraints)) {
            skip('matches no CREATE operation, and offline every object is a CREATE');
            continue;
        }
        const draft = {
            id: `kyverno/${policy.name}`,
            title: `Kyverno ValidatingPolicy ${policy.name}`,
            description: describe(policy),
            source: policy,
            severity: severityOfVpolActions(spec.validationActions),
            filter: vapMatchFilter(spec.matchConstraints, namespaces),
            params: null,
            ignoreErrors: spec.failurePolicy === 'Ignore',
            matchConditions,
            variables,
            validations,
        };
        out.drafts.push(draft);
        const controllers = parseControllers(spec.autogen?.podControllers?.controllers) ?? DEFAULT_POD_CONTROLLERS;
        if (selectsOnlyPods(spec.matchConstraints) && controllers.length > 0) {
            out.drafts.push(...autogenDrafts(draft, controllers, (v) => `kyverno/${policy.name}/${v === 'template' ? 'autogen' : 'autogen-cronjob'}`));
        }
    }
    return out;
}
function selectsOnlyPods(match) {
    const rules = (0,workloads/* isRecord */.u4)(match) && Array.isArray(match.resourceRules) ? match.resourceRules : [];
    return rules.length > 0 && rules.every((r) => (0,workloads/* isRecord */.u4)(r) && Array.isArray(r.resources) && r.resources.length > 0 && r.resources.every((x) => x === 'pods'));
}
/** Kyverno `ClusterPolicy` / `Policy` rules whose `validate` uses `cel`; every other rule is skipped with why. */
function kyvernoPolicyDrafts(objects, manifests, namespaces) {
    const out = { drafts: [], notes: [], skipped: [] };
    const pool = [...manifests, ...objects];
    for (const policy of objects.filter(isKyvernoPolicy)) {
        const spec = (0,workloads/* isRecord */.u4)(policy.raw.spec) ? policy.raw.spec : {};
        const rules = Array.isArray(spec.rules) ? spec.rules : [];
        rules.forEach((r, i) => {
            if (!(0,workloads/* isRecord */.u4)(r))
                return;
            const name = typeof r.name === 'string' ? r.name : `rule${i}`;
            const skip = (reason) => out.skipped.push({ policy: policy.name, rule: name, file: policy.file, reason });
            const cel = r.validate?.cel;
            if (!(0,workloads/* isRecord */.u4)(cel)) {
                skip(r.validate ? 'validate without cel (pattern, deny or foreach use JMESPath, which resilint does not evaluate)' : 'not a validate rule');
                return;
            }
            if (r.preconditions !== undefined)
                return skip('JMESPath preconditions (only celPreconditions are evaluated)');
            if (r.context !== undefined)
                return skip('context entries (API calls, ConfigMaps, image registries) need a live cluster');
            const base = ['spec', 'rules', i];
            const matchConditions = (Array.isArray(r.celPreconditions) ? r.celPreconditions : [])
                .map((c, j) => ({ name: String(c?.name ?? `precondition${j}`), expression: String(c?.expression ?? 'true'), path: [...base, 'celPreconditions', j, 'expression'] }));
            const variables = (Array.isArray(cel.variables) ? cel.variables : [])
                .filter((v) => (0,workloads/* isRecord */.u4)(v) && typeof v.expression === 'string')
                .map((v, j) => ({ name: String(v.name), expression: v.expression, path: [...base, 'validate', 'cel', 'variables', j, 'expression'] }));
            const validations = validationsOf(cel.expressions, [...base, 'validate', 'cel', 'expressions']).map((v) => ({ ...v, message: v.message ?? (typeof r.validate.message === 'string' ? r.validate.message : undefined) }));
            if (validations.length === 0)
                return skip('validate.cel has no expressions');
            const ext = firstExtension([...matchConditions, ...variables, ...validations].flatMap((x) => [x.expression, ...('messageExpression' in x && x.messageExpression ? [x.messageExpression] : [])]));
            if (ext)
                return skip(`uses Kyverno CEL extension ${ext}`);
            let params = null;
            if ((0,workloads/* isRecord */.u4)(cel.paramKind)) {
                const found = (0,workloads/* isRecord */.u4)(cel.paramRef) ? resolveParams(cel.paramKind, cel.paramRef, pool) : [];
                if (found.length === 0)
                    return skip(`params of kind ${String(cel.paramKind.kind)} not found among the manifests or policies`);
                params = found[0].raw;
            }
            const inPolicyNamespace = (o) => policy.kind === 'ClusterPolicy' || o.namespace === policy.namespace;
            const filter = (o) => inPolicyNamespace(o) && kyvernoBlockSelects(r.match, o, namespaces) && !(r.exclude !== undefined && kyvernoBlockSelects(r.exclude, o, namespaces));
            const draft = {
                id: `kyverno/${policy.name}/${name}`,
                title: `Kyverno ${policy.kind} ${policy.name}, rule ${name}`,
                description: describe(policy),
                source: policy,
                severity: severityOfFailureAction(r.validate.failureAction ?? spec.validationFailureAction),
                filter,
                params,
                ignoreErrors: spec.failurePolicy === 'Ignore',
                matchConditions,
                variables,
                validations,
            };
            out.drafts.push(draft);
            const kinds = kyvernoMatchedKinds(r.match);
            const podOnly = kinds.length > 0 && kinds.every((k) => typeof k === 'string' && kyvernoKindSelects(k, { apiVersion: 'v1', kind: 'Pod' }) && k !== '*');
            const controllers = parseControllers(policy.raw.metadata?.annotations?.[AUTOGEN_ANNOTATION]) ?? DEFAULT_POD_CONTROLLERS;
            if (podOnly && controllers.length > 0) {
                out.drafts.push(...autogenDrafts(draft, controllers, (v) => `kyverno/${policy.name}/${v === 'template' ? 'autogen' : 'autogen-cronjob'}-${name}`));
            }
        });
    }
    return out;
}

;// CONCATENATED MODULE: ./src/admission/adapt-admission-policies.ts






/**
 * The door from admission policies to resilint rules: ValidatingAdmissionPolicy (+ bindings and
 * params) and Kyverno ValidatingPolicy / ClusterPolicy / Policy with `validate.cel`, found among
 * the non-Rule objects of the policy folders. Bindings, params and Namespaces may also come from
 * the manifests, as they would in a cluster.
 */
function adaptAdmissionPolicies(policyObjects, manifests) {
    const namespaces = new NamespaceLabels(manifests);
    const sets = [vapDrafts(policyObjects, manifests, namespaces), validatingPolicyDrafts(policyObjects, namespaces), kyvernoPolicyDrafts(policyObjects, manifests, namespaces)];
    const skipped = sets.flatMap((s) => s.skipped);
    const notes = [
        ...sets.flatMap((s) => s.notes),
        ...skipped.map((s) => `${s.policy}${s.rule ? ` rule ${s.rule}` : ''} (${s.file}) skipped: ${s.reason}.`),
    ];
    const rules = [];
    const errors = [];
    const seen = new Map();
    for (const draft of sets.flatMap((s) => s.drafts)) {
        const clash = seen.get(draft.id);
        if (clash) {
            // Names are unique in a cluster; two policies with one name would silently shadow each other.
            if (clash !== draft.source)
                errors.push(duplicateError(draft.source, draft.id, clash.file));
            continue;
        }
        seen.set(draft.id, draft.source);
        rules.push(buildAdmissionRule(draft));
    }
    return { rules, errors, notes, skipped };
}
function duplicateError(policy, id, otherFile) {
    const at = policy.locate(['metadata', 'name']);
    const message = `rule ${id}: duplicate policy name (also in ${otherFile})`;
    return {
        ruleId: 'rule-error',
        validation: id,
        severity: 'error',
        message,
        file: policy.file,
        line: at.line,
        column: at.column,
        endLine: at.endLine,
        endColumn: at.endColumn,
        fingerprint: (0,fingerprint/* fingerprint */.R)(['rule-error', policy.file, id, message]),
        suppressed: false,
    };
}
/** Gives prepared admission rules their params (the whole param object, as `params`), filters and failure policy. */
function attachAdmissionRules(prepared, rules) {
    const filters = (prepared.filters ??= new Map());
    const quiet = (prepared.quietErrors ??= new Set());
    for (const a of rules) {
        const settings = prepared.settings.get(a.rule.id);
        if (!settings)
            continue; // disabled in the config, or failed to compile
        settings.params = (a.params === null ? null : toCel(a.params));
        filters.set(a.rule.id, a.filter);
        if (a.ignoreErrors)
            quiet.add(a.rule.id);
    }
}

// EXTERNAL MODULE: ./src/model/engine-rules.ts
var engine_rules = __nccwpck_require__(65);
;// CONCATENATED MODULE: external "node:url"
const external_node_url_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");
;// CONCATENATED MODULE: ./src/rules/builtin-dir.ts



/**
 * The one place that finds the shipped `policies/` folder. Both the sources (`src/rules/`) and
 * the bundles (`dist/cli/`, `dist/action/`) sit two levels below the package root. The path is
 * built at run time so the bundler does not try to inline the folder.
 */
function builtinPoliciesDir() {
    const here = external_node_path_default().dirname((0,external_node_url_namespaceObject.fileURLToPath)(import.meta.url));
    const segments = ['..', '..', 'policies'];
    const candidate = external_node_path_default().resolve(here, ...segments);
    if ((0,external_node_fs_.existsSync)(candidate))
        return candidate;
    return external_node_path_default().resolve(process.env.GITHUB_ACTION_PATH ?? here, 'policies');
}

// EXTERNAL MODULE: ./src/rules/closest-id.ts
var closest_id = __nccwpck_require__(556);
// EXTERNAL MODULE: ./src/load/discover.ts + 8 modules
var discover = __nccwpck_require__(712);
;// CONCATENATED MODULE: ./src/rules/rule-definition.ts
/** Group names usable in `match.kinds`. */
const KIND_GROUPS = {
    PodControllers: ['Pod', 'Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'ReplicationController', 'Job', 'CronJob', 'Rollout'],
    ScalableWorkloads: ['Deployment', 'StatefulSet', 'ReplicaSet', 'ReplicationController', 'Rollout'],
};

;// CONCATENATED MODULE: ./src/rules/parse-rule.ts



const RULE_API_VERSION = 'resilint.dev/v1alpha1';
/** A problem in a rule file, with the path of the field at fault so it can be given a line. */
class RuleProblem extends Error {
    path;
    expressionOffset;
    constructor(message, path, 
    /** For a CEL error: where in the expression at `path` (0-based), so the finding can point there. */
    expressionOffset) {
        super(message);
        this.path = path;
        this.expressionOffset = expressionOffset;
    }
}
/** Several problems of one rule found in one pass (every CEL expression is compiled, not just up to the first error). */
class RuleProblems extends RuleProblem {
    all;
    constructor(all) {
        super(all[0].message, all[0].path, all[0].expressionOffset);
        this.all = all;
    }
}
const parse_rule_SEVERITIES = new Set(['error', 'warning', 'notice']);
const RULE_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const CAMEL = /^[a-z][A-Za-z0-9]*$/;
const PARAM_TYPES = new Set(['integer', 'number', 'string', 'boolean', 'array', 'object']);
/**
 * Turns a `kind: Rule` object into a RuleDefinition, rejecting unknown fields and wrong shapes
 * with the path of the offending field. CEL is compiled later, by `compile-rule.ts`.
 */
function parseRule(source, dir, builtin) {
    const raw = source.raw;
    allowKeys(raw, [], ['apiVersion', 'kind', 'metadata', 'docs', 'params', 'match', 'matchConditions', 'variables', 'validations']);
    if (raw.apiVersion !== RULE_API_VERSION) {
        throw new RuleProblem(`apiVersion must be ${RULE_API_VERSION}`, ['apiVersion']);
    }
    const meta = record(raw.metadata, ['metadata']);
    allowKeys(meta, ['metadata'], ['id', 'name', 'category', 'severity', 'supersedes', 'labels', 'annotations']);
    const id = parse_rule_str(meta.id ?? meta.name, ['metadata', 'id']);
    if (!RULE_ID.test(id))
        throw new RuleProblem(`rule id "${id}" must be kebab-case`, ['metadata', 'id']);
    const severity = parse_rule_str(meta.severity, ['metadata', 'severity']);
    if (!parse_rule_SEVERITIES.has(severity))
        throw new RuleProblem(`severity must be error, warning or notice`, ['metadata', 'severity']);
    const docs = record(raw.docs, ['docs']);
    allowKeys(docs, ['docs'], ['description', 'remediation', 'rationale', 'links']);
    const description = sentence(docs.description, ['docs', 'description']);
    const remediation = sentence(docs.remediation, ['docs', 'remediation']);
    const rule = {
        id,
        category: meta.category === undefined ? 'general' : parse_rule_str(meta.category, ['metadata', 'category']),
        severity: severity,
        description,
        remediation,
        rationale: docs.rationale === undefined ? undefined : parse_rule_str(docs.rationale, ['docs', 'rationale']),
        links: docs.links === undefined ? [] : list(docs.links, ['docs', 'links']).map((l, i) => parse_rule_str(l, ['docs', 'links', i])),
        supersedes: meta.supersedes === undefined
            ? []
            : list(meta.supersedes, ['metadata', 'supersedes']).map((x, i) => {
                const other = parse_rule_str(x, ['metadata', 'supersedes', i]);
                if (!RULE_ID.test(other) || other === id)
                    throw new RuleProblem(`supersedes must list other rules' ids, not "${other}"`, ['metadata', 'supersedes', i]);
                return other;
            }),
        params: parseParams(raw.params),
        match: parseMatch(raw.match),
        matchConditions: namedList(raw.matchConditions, 'matchConditions'),
        variables: namedList(raw.variables, 'variables'),
        validations: parseValidations(raw.validations),
        source,
        dir,
        builtin,
    };
    return rule;
}
function parseParams(v) {
    if (v === undefined || v === null)
        return {};
    const params = record(v, ['params']);
    const out = {};
    for (const [name, specRaw] of Object.entries(params)) {
        const path = ['params', name];
        if (!CAMEL.test(name))
            throw new RuleProblem(`param "${name}" must be camelCase`, path);
        const spec = record(specRaw, path);
        allowKeys(spec, path, ['type', 'description', 'default', 'enum', 'minimum', 'maximum', 'items']);
        const type = parse_rule_str(spec.type, [...path, 'type']);
        if (!PARAM_TYPES.has(type))
            throw new RuleProblem(`param type must be one of ${[...PARAM_TYPES].join(', ')}`, [...path, 'type']);
        if (!('default' in spec))
            throw new RuleProblem(`param "${name}" needs a default`, path);
        const p = { type: type, description: sentence(spec.description, [...path, 'description']), default: spec.default };
        if (spec.enum !== undefined)
            p.enum = list(spec.enum, [...path, 'enum']);
        if (spec.minimum !== undefined)
            p.minimum = Number(spec.minimum);
        if (spec.maximum !== undefined)
            p.maximum = Number(spec.maximum);
        if (spec.items !== undefined) {
            const items = record(spec.items, [...path, 'items']);
            allowKeys(items, [...path, 'items'], ['type']);
            const itemType = parse_rule_str(items.type, [...path, 'items', 'type']);
            if (type !== 'array')
                throw new RuleProblem('items is only for params of type array', [...path, 'items']);
            if (!PARAM_TYPES.has(itemType) || itemType === 'array') {
                throw new RuleProblem(`items type must be one of ${[...PARAM_TYPES].filter((t) => t !== 'array').join(', ')}`, [...path, 'items', 'type']);
            }
            p.items = { type: itemType };
        }
        const err = checkParamValue(p, spec.default);
        if (err)
            throw new RuleProblem(`default of param "${name}" ${err}`, [...path, 'default']);
        out[name] = p;
    }
    return out;
}
/** Checks a param value against its spec; returns what is wrong, or undefined. */
function checkParamValue(p, value) {
    const ok = p.type === 'integer' ? Number.isInteger(value) :
        p.type === 'number' ? typeof value === 'number' :
            p.type === 'string' ? typeof value === 'string' :
                p.type === 'boolean' ? typeof value === 'boolean' :
                    p.type === 'array' ? Array.isArray(value) :
                        (0,workloads/* isRecord */.u4)(value);
    if (!ok)
        return `must be of type ${p.type}`;
    if (p.items && Array.isArray(value)) {
        const items = p.items;
        const bad = value.findIndex((item) => checkParamValue({ type: items.type, description: '', default: item }, item) !== undefined);
        if (bad !== -1)
            return `must be a list of ${items.type} values (item ${bad + 1} is not)`;
    }
    if (p.enum && !p.enum.includes(value))
        return `must be one of ${p.enum.map(String).join(', ')}`;
    if (p.minimum !== undefined && typeof value === 'number' && value < p.minimum)
        return `must be at least ${p.minimum}`;
    if (p.maximum !== undefined && typeof value === 'number' && value > p.maximum)
        return `must be at most ${p.maximum}`;
    return undefined;
}
function parseMatch(v) {
    const m = record(v, ['match']);
    allowKeys(m, ['match'], ['kinds', 'apiGroups', 'namespaces', 'excludeNamespaces', 'labelSelector']);
    const kinds = list(m.kinds, ['match', 'kinds']).map((k, i) => parse_rule_str(k, ['match', 'kinds', i]));
    if (kinds.length === 0)
        throw new RuleProblem('match.kinds must name at least one kind', ['match', 'kinds']);
    const expanded = kinds.flatMap((k) => KIND_GROUPS[k] ?? [k]);
    const strings = (key) => (m[key] === undefined ? undefined : list(m[key], ['match', key]).map((x, i) => parse_rule_str(x, ['match', key, i])));
    return {
        kinds: [...new Set(expanded)],
        apiGroups: strings('apiGroups'),
        namespaces: strings('namespaces'),
        excludeNamespaces: strings('excludeNamespaces'),
        labelSelector: m.labelSelector,
    };
}
function namedList(v, key) {
    if (v === undefined || v === null)
        return [];
    const seen = new Set();
    return list(v, [key]).map((item, index) => {
        const path = [key, index];
        const r = record(item, path);
        allowKeys(r, path, ['name', 'expression']);
        const name = parse_rule_str(r.name, [...path, 'name']);
        if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name))
            throw new RuleProblem(`name "${name}" must be a CEL identifier`, [...path, 'name']);
        if (seen.has(name))
            throw new RuleProblem(`duplicate name "${name}"`, [...path, 'name']);
        seen.add(name);
        return { name, expression: parse_rule_str(r.expression, [...path, 'expression']), index };
    });
}
function parseValidations(v) {
    const items = list(v, ['validations']);
    if (items.length === 0)
        throw new RuleProblem('a rule needs at least one validation', ['validations']);
    const seen = new Set();
    return items.map((item, index) => {
        const path = ['validations', index];
        const r = record(item, path);
        allowKeys(r, path, ['id', 'expression', 'forEach', 'message', 'messageExpression', 'fieldPath', 'fieldPathExpression', 'severity', 'severityExpression', 'related', 'reason']);
        const id = parse_rule_str(r.id, [...path, 'id']);
        if (!CAMEL.test(id))
            throw new RuleProblem(`validation id "${id}" must be camelCase`, [...path, 'id']);
        if (seen.has(id))
            throw new RuleProblem(`duplicate validation id "${id}"`, [...path, 'id']);
        seen.add(id);
        const opt = (key) => (r[key] === undefined ? undefined : parse_rule_str(r[key], [...path, key]));
        const spec = { id, index, expression: parse_rule_str(r.expression, [...path, 'expression']) };
        for (const key of ['forEach', 'message', 'messageExpression', 'fieldPath', 'fieldPathExpression', 'severityExpression', 'related']) {
            const value = opt(key);
            if (value !== undefined)
                spec[key] = value;
        }
        if (r.severity !== undefined) {
            const s = parse_rule_str(r.severity, [...path, 'severity']);
            if (!parse_rule_SEVERITIES.has(s))
                throw new RuleProblem('severity must be error, warning or notice', [...path, 'severity']);
            spec.severity = s;
        }
        // As the apiserver validates a policy's messages: a report line cannot hold a line break.
        if (spec.message !== undefined && spec.message.includes('\n')) {
            throw new RuleProblem('message must not contain line breaks (fold a long YAML message with `>-`)', [...path, 'message']);
        }
        if (spec.fieldPath) {
            try {
                (0,field_path/* parseFieldPath */.Z)(spec.fieldPath);
            }
            catch (error) {
                throw new RuleProblem(error.message, [...path, 'fieldPath']);
            }
        }
        return spec;
    });
}
function allowKeys(obj, path, allowed) {
    const unknown = Object.keys(obj).filter((key) => !allowed.includes(key));
    if (unknown.length === 0)
        return;
    // Every misspelt field of this block at once, pointing at the first.
    const names = unknown.map((k) => `"${k}"`).join(', ');
    throw new RuleProblem(`unknown field${unknown.length > 1 ? 's' : ''} ${names}${path.length ? ` in ${path.join('.')}` : ''} (allowed: ${allowed.join(', ')})`, [...path, unknown[0]]);
}
function record(v, path) {
    if (!(0,workloads/* isRecord */.u4)(v))
        throw new RuleProblem(`${path.join('.') || 'rule'} must be a mapping`, path);
    return v;
}
function list(v, path) {
    if (!Array.isArray(v))
        throw new RuleProblem(`${path.join('.')} must be a list`, path);
    return v;
}
function parse_rule_str(v, path) {
    if (typeof v !== 'string' || v.trim() === '')
        throw new RuleProblem(`${path.join('.')} must be a non-empty string`, path);
    return v;
}
function sentence(v, path) {
    const s = parse_rule_str(v, path).trim();
    if (!/[.!?]$/.test(s))
        throw new RuleProblem(`${path.join('.')} must be a full sentence ending with a period`, path);
    return s;
}

;// CONCATENATED MODULE: ./src/rules/scalar-offset.ts
/**
 * `text` is the file, `keyLine` (1-based) the line of `key: value`, `offset` the 0-based offset
 * in the parsed value. Returns undefined when the layout is not one this understands (then the
 * caller keeps pointing at the key).
 */
function positionInScalar(text, keyLine, offset) {
    const lines = text.split('\n');
    const keyText = lines[keyLine - 1];
    if (keyText === undefined)
        return undefined;
    const colon = findValueColon(keyText);
    if (colon === -1)
        return undefined;
    const afterColon = keyText.slice(colon + 1);
    const lead = afterColon.length - afterColon.trimStart().length;
    const valueStart = colon + 1 + lead;
    const indicator = keyText[valueStart];
    if (indicator === '|' || indicator === '>')
        return inBlock(lines, keyLine, offset, indicator === '>');
    if (valueStart >= keyText.length)
        return undefined;
    // Plain or quoted on the key's line: one line long (escapes in double quotes may shift a column).
    const quoted = indicator === '"' || indicator === "'";
    return { line: keyLine, column: valueStart + (quoted ? 1 : 0) + offset + 1 };
}
/** The `:` that ends the key (`- expression: ...`, `expression: ...`), not one inside the value. */
function findValueColon(line) {
    const match = /^(\s*(?:-\s+)?[^\s:#'"][^:#]*?|\s*(?:-\s+)?"[^"]*"|\s*(?:-\s+)?'[^']*'):(\s|$)/.exec(line);
    return match ? match[1].length : -1;
}
/**
 * Block scalars: `|` keeps each line's break, `>` folds a break between two non-empty lines into
 * one space. Content lines are the following lines indented more than the key line.
 */
function inBlock(lines, keyLine, offset, folded) {
    const keyIndent = indentOf(lines[keyLine - 1]);
    let indent = -1;
    let consumed = 0;
    let afterContent = false;
    for (let i = keyLine; i < lines.length; i++) {
        const line = lines[i];
        if (line.trim() === '') {
            // An empty line is one more line break; in `>` the first one after text turns the space
            // already counted for the previous break into that newline, so it adds nothing.
            if (!(folded && afterContent))
                consumed += 1;
            afterContent = false;
            continue;
        }
        const own = indentOf(line);
        if (indent === -1)
            indent = own;
        if (own <= keyIndent || own < indent)
            return undefined;
        const content = line.slice(indent);
        if (offset <= consumed + content.length)
            return { line: i + 1, column: indent + (offset - consumed) + 1 };
        // The break after this line: a newline with `|`, a space with `>` (both one character).
        consumed += content.length + 1;
        afterContent = true;
    }
    return undefined;
}
function indentOf(line) {
    return line.length - line.trimStart().length;
}

;// CONCATENATED MODULE: ./src/rules/load-rules.ts







/** File names in a policy folder that hold rule tests or docs rather than rules. */
const NOT_RULE_FILES = new Set(['tests.yaml', 'tests.yml']);
/**
 * Loads rules from policy folders: every YAML file below them (except `tests.yaml`), so both the
 * built-in layout (`<id>/rule.yaml`) and a flat folder of rule files work. A broken file or rule
 * becomes a `rule-error` finding naming the file and line; every other rule still loads.
 */
function loadRules(dirs, cwd) {
    const out = { rules: [], errors: [], otherObjects: [] };
    const seen = new Map();
    for (const { dir, builtin } of dirs) {
        const abs = external_node_path_default().resolve(cwd, dir);
        if (!(0,external_node_fs_.existsSync)(abs)) {
            out.errors.push(problem((0,discover/* toPosix */.d7)(external_node_path_default().relative(cwd, abs) || dir), 1, 1, `policy folder not found: ${dir}`));
            continue;
        }
        for (const file of yamlFiles(abs)) {
            const rel = (0,discover/* toPosix */.d7)(external_node_path_default().relative(cwd, file));
            const text = (0,external_node_fs_.readFileSync)(file, 'utf8');
            const loaded = (0,load_manifests/* loadManifestText */.VH)(text, rel);
            for (const p of loaded.problems)
                out.errors.push({ ...p, ruleId: 'rule-error', message: `cannot read rule file: ${p.message}` });
            for (const obj of loaded.objects) {
                if (obj.kind !== 'Rule' || obj.apiVersion !== RULE_API_VERSION) {
                    out.otherObjects.push(obj);
                    continue;
                }
                ruleFileText.set(obj, text);
                try {
                    const rule = parseRule(obj, external_node_path_default().dirname(file), builtin);
                    // In the `<rule-id>/rule.yaml` layout the folder names the rule: docs links and
                    // `resilint test` output use it, so a folder that says otherwise misleads.
                    const folder = external_node_path_default().basename(external_node_path_default().dirname(file));
                    if (external_node_path_default().basename(file) === 'rule.yaml' && folder !== rule.id) {
                        const at = obj.locate(['metadata', 'id']);
                        out.errors.push(problem(rel, at.line, at.column, `rule id "${rule.id}" does not match its folder "${folder}/"; rename one of them`, rule.id));
                        continue;
                    }
                    const clash = seen.get(rule.id);
                    if (clash) {
                        const at = obj.locate(['metadata', 'id']);
                        out.errors.push(problem(rel, at.line, at.column, `duplicate rule id "${rule.id}" (also in ${clash.source.file})`, rule.id));
                        continue;
                    }
                    seen.set(rule.id, rule);
                    out.rules.push(rule);
                }
                catch (error) {
                    if (!(error instanceof RuleProblem))
                        throw error;
                    out.errors.push(ruleProblemFinding(obj, error, obj.raw?.metadata?.id));
                }
            }
        }
    }
    return out;
}
/** Each rule object's file text, so a CEL error can be placed at its token rather than its key. */
const ruleFileText = new WeakMap();
function ruleProblemFinding(obj, error, ruleId) {
    const at = obj.locate(error.path);
    const text = ruleFileText.get(obj);
    const exact = error.expressionOffset !== undefined && text !== undefined && at.matchedSegments === error.path.length
        ? positionInScalar(text, at.line, error.expressionOffset)
        : undefined;
    const id = typeof ruleId === 'string' ? ruleId : undefined;
    if (exact)
        return problem(obj.file, exact.line, exact.column, error.message, id);
    return problem(obj.file, at.line, at.column, error.message, id, at.endLine, at.endColumn);
}
function problem(file, line, column, message, ruleId, endLine = line, endColumn = column) {
    return {
        ruleId: 'rule-error',
        validation: ruleId,
        severity: 'error',
        message: ruleId ? `rule ${ruleId}: ${message}` : message,
        file,
        line,
        column,
        endLine,
        endColumn,
        fingerprint: (0,fingerprint/* fingerprint */.R)(['rule-error', file, ruleId, message]),
        suppressed: false,
    };
}
function yamlFiles(dir) {
    if ((0,external_node_fs_.statSync)(dir).isFile())
        return [dir];
    const out = [];
    const walk = (d) => {
        for (const entry of (0,external_node_fs_.readdirSync)(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
            const full = external_node_path_default().join(d, entry.name);
            if (entry.isDirectory()) {
                if (entry.name !== 'node_modules' && !entry.name.startsWith('.') && entry.name !== 'fixtures')
                    walk(full);
            }
            else if (/\.ya?ml$/.test(entry.name) && !NOT_RULE_FILES.has(entry.name))
                out.push(full);
        }
    };
    walk(dir);
    return out;
}

// EXTERNAL MODULE: ./src/version.ts + 1 modules
var version = __nccwpck_require__(13);
// EXTERNAL MODULE: ./src/model/instance-types.ts + 1 modules
var instance_types = __nccwpck_require__(16);
;// CONCATENATED MODULE: ./node_modules/@marcbachmann/cel-js/lib/errors.js
class CelError extends Error {
  #node
  #code
  #range
  #summary

  constructor({name, code, message, node, cause, range}) {
    super(message, cause ? {cause} : undefined)

    this.name = name
    this.#code = code

    this.#summary = message
    this.#node = node
    this.#range = (range && normalizeRange(range)) || normalizeRange(node)

    if (!node?.input) return
    this.message = formatErrorWithHighlight(this.#summary, node, this.#range)
  }

  get node() {
    return this.#node
  }

  get code() {
    return this.#code
  }

  get range() {
    return this.#range
  }

  get summary() {
    return this.#summary
  }

  withAst(node) {
    if (this.#node || !node?.input) return this
    this.#node = node
    this.#range ??= normalizeRange(node)
    this.message = formatErrorWithHighlight(this.#summary, node, this.#range)
    return this
  }
}

function normalizeArgs(name, defaultCode, message, node, cause) {
  if (typeof message === 'string') return {name, code: defaultCode, message, node, cause}

  const opts = message
  if (typeof opts !== 'object') throw new Error('First param to error must be a string or object')

  return {
    name,
    code: opts.code || defaultCode,
    message: opts.message,
    node: opts.node,
    cause: opts.cause,
    range: opts.range
  }
}

class ParseError extends CelError {
  constructor(message, node, cause) {
    super(normalizeArgs('ParseError', 'parse_error', message, node, cause))
  }
}

class EvaluationError extends CelError {
  constructor(message, node, cause) {
    super(normalizeArgs('EvaluationError', 'evaluation_error', message, node, cause))
  }
}

class errors_TypeError extends CelError {
  constructor(message, node, cause) {
    super(normalizeArgs('TypeError', 'type_error', message, node, cause))
  }
}

function parseError(code, message, node) {
  if (typeof code === 'object') return new ParseError(code)
  return new ParseError({code, message, node})
}

function evaluationError(code, message, node) {
  if (typeof code === 'object') return new EvaluationError(code)
  return new EvaluationError({code, message, node})
}

function typeError(code, message, node) {
  if (typeof code === 'object') return new errors_TypeError(code)
  return new errors_TypeError({code, message, node})
}

function normalizeRange(node) {
  const start = node?.pos ?? node?.start
  if (typeof start !== 'number') return
  const end = typeof node.end === 'number' ? node.end : start
  return {start, end}
}

function formatErrorWithHighlight(message, node, range) {
  const pos = node.pos ?? range?.start
  if (typeof pos !== 'number') return message

  const input = node.input

  let lineNum = 1
  let currentPos = 0
  let columnNum = 0
  while (currentPos < pos) {
    if (input[currentPos] === '\n') {
      lineNum++
      columnNum = 0
    } else {
      columnNum++
    }
    currentPos++
  }

  let contextStart = pos
  let contextEnd = pos
  while (contextStart > 0 && input[contextStart - 1] !== '\n') contextStart--
  while (contextEnd < input.length && input[contextEnd] !== '\n') contextEnd++

  const line = input.slice(contextStart, contextEnd)
  const highlight = `> ${`${lineNum}`.padStart(4, ' ')} | ${line}\n${' '.repeat(9 + columnNum)}^`

  return `${message}\n\n${highlight}`
}

function attachErrorAst(error, node) {
  if (error instanceof CelError) return error.withAst(node)
  return error
}

;// CONCATENATED MODULE: ./node_modules/@marcbachmann/cel-js/lib/optional.js


class Optional {
  #value

  constructor(value) {
    this.#value = value
  }

  static of(value) {
    if (value === undefined) return OPTIONAL_NONE
    return new Optional(value)
  }

  static none() {
    return OPTIONAL_NONE
  }

  hasValue() {
    return this.#value !== undefined
  }

  value() {
    if (this.#value === undefined) {
      throw evaluationError('optional_value_missing', 'Optional value is not present')
    }
    return this.#value
  }

  or(optional) {
    if (this.#value !== undefined) return this
    if (optional instanceof Optional) return optional
    throw evaluationError(
      'invalid_optional_argument',
      'Optional.or must be called with an Optional argument'
    )
  }

  orValue(defaultValue) {
    return this.#value === undefined ? defaultValue : this.#value
  }

  get [Symbol.toStringTag]() {
    return 'optional'
  }

  [Symbol.for('nodejs.util.inspect.custom')]() {
    return this.#value === undefined
      ? `Optional { none }`
      : `Optional { value: ${JSON.stringify(this.#value)} }`
  }
}

const OPTIONAL_NONE = Object.freeze(new Optional())

class OptionalNamespace {}
const optionalNamespace = new OptionalNamespace()

function toggleOptionalTypes(registry, enable) {
  const optionalConstant = enable ? optionalNamespace : undefined
  registry.deleteVariable('optional')
  registry.registerConstant('optional', 'OptionalNamespace', optionalConstant)
}

function register(registry) {
  const sync = {async: false}
  const functionOverload = (sig, handler) => registry.registerFunctionOverload(sig, handler, sync)

  const optionalConstant = registry.enableOptionalTypes ? optionalNamespace : undefined
  registry.registerType('OptionalNamespace', OptionalNamespace)
  registry.registerConstant('optional', 'OptionalNamespace', optionalConstant)
  functionOverload('optional.hasValue(): bool', (v) => v.hasValue())
  functionOverload('optional<A>.value(): A', (v) => v.value())
  registry.registerFunctionOverload('OptionalNamespace.none(): optional<T>', () => Optional.none())
  functionOverload('OptionalNamespace.of(A): optional<A>', (_, value) => Optional.of(value))
  function ensureOptional(value, ast, description) {
    if (value instanceof Optional) return value
    throw evaluationError('optional_expected', `${description} must be optional`, ast)
  }

  function evaluateOptional(ev, macro, ctx) {
    const v = ev.run(macro.receiver, ctx)
    if (v instanceof Promise) return v.then((_v) => handleOptionalResolved(_v, ev, macro, ctx))
    return handleOptionalResolved(v, ev, macro, ctx)
  }

  function handleOptionalResolved(value, ev, macro, ctx) {
    const optional = ensureOptional(value, macro.receiver, `${macro.functionDesc} receiver`)
    if (optional.hasValue()) return macro.onHasValue(optional)
    return macro.onEmpty(ev, macro, ctx)
  }

  function ensureOptionalType(checker, node, ctx, description) {
    const type = checker.check(node, ctx)
    if (type.kind === 'optional') return type
    if (type.kind === 'dyn') return checker.getType('optional')
    throw checker.createError('optional_expected', `${description} must be optional, got '${type}'`, node)
  }

  function createOptionalMacro({functionDesc, evaluate, typeCheck, onHasValue, onEmpty}) {
    return ({ast, args, receiver}) => ({
      ast,
      functionDesc,
      receiver,
      arg: args[0],
      evaluate,
      typeCheck,
      onHasValue,
      onEmpty
    })
  }

  const invalidOrValueReceiver = 'optional.orValue() receiver'
  const invalidOrReceiver = 'optional.or(optional) receiver'
  const invalidOrArg = 'optional.or(optional) argument'
  registry.registerFunctionOverload(
    'optional.or(ast): optional<dyn>',
    createOptionalMacro({
      functionDesc: 'optional.or(optional)',
      evaluate: evaluateOptional,
      typeCheck(check, macro, ctx) {
        const l = ensureOptionalType(check, macro.receiver, ctx, invalidOrReceiver)
        const r = ensureOptionalType(check, macro.arg, ctx, invalidOrArg)
        if (!(macro.receiver.maybeAsync || macro.arg.maybeAsync)) macro.ast.setMeta('async', false)

        const unified = l.unify(check.registry, r)
        if (unified) return unified
        throw check.createError(
          'incompatible_argument_type',
          `${macro.functionDesc} argument must be compatible type, got '${l}' and '${r}'`,
          macro.arg
        )
      },
      onHasValue: (optional) => optional,
      onEmpty(ev, macro, ctx) {
        const ast = macro.arg
        const v = ev.run(ast, ctx)
        if (v instanceof Promise) return v.then((_v) => ensureOptional(_v, ast, invalidOrArg))
        return ensureOptional(v, ast, invalidOrArg)
      }
    })
  )

  registry.registerFunctionOverload(
    'optional.orValue(ast): dyn',
    createOptionalMacro({
      functionDesc: 'optional.orValue(value)',
      onHasValue: (optionalValue) => optionalValue.value(),
      onEmpty(ev, macro, ctx) {
        return ev.run(macro.arg, ctx)
      },
      evaluate: evaluateOptional,
      typeCheck(check, macro, ctx) {
        const l = ensureOptionalType(check, macro.receiver, ctx, invalidOrValueReceiver).valueType
        const r = check.check(macro.arg, ctx)
        if (!(macro.receiver.maybeAsync || macro.arg.maybeAsync)) macro.ast.setMeta('async', false)

        const unified = l.unify(check.registry, r)
        if (unified) return unified
        throw check.createError(
          'incompatible_argument_type',
          `${macro.functionDesc} argument must be compatible type, got '${l}' and '${r}'`,
          macro.arg
        )
      }
    })
  )
}

;// CONCATENATED MODULE: ./node_modules/@marcbachmann/cel-js/lib/globals.js
const hasOwn = Object.hasOwn
const objKeys = Object.keys
const objFreeze = Object.freeze
const objEntries = Object.entries
const isArray = Array.isArray
const arrayFrom = Array.from

const MIN_UINT = 0n
const MAX_UINT = 18446744073709551615n

const MAX_INT = 9223372036854775807n
const MIN_INT = -9223372036854775808n

function isAsync(fn, fallback) {
  if (fn?.[Symbol.toStringTag] === 'AsyncFunction') return true
  return typeof fallback === 'boolean' ? fallback : true
}

const RESERVED = new Set([
  'as',
  'break',
  'const',
  'continue',
  'else',
  'for',
  'function',
  'if',
  'import',
  'let',
  'loop',
  'package',
  'namespace',
  'return',
  'var',
  'void',
  'while',
  '__proto__',
  'prototype'
])

;// CONCATENATED MODULE: ./node_modules/@marcbachmann/cel-js/lib/functions.js





class UnsignedInt {
  #value
  constructor(value) {
    this.verify(typeof value === 'bigint' ? value : BigInt(value))
  }

  get value() {
    return this.#value
  }

  valueOf() {
    return this.#value
  }

  toString() {
    return `${this.#value}`
  }

  verify(v) {
    if (v < MIN_UINT || v > MAX_UINT) {
      throw evaluationError('numeric_overflow', 'Unsigned integer overflow')
    }
    this.#value = v
  }

  get [Symbol.toStringTag]() {
    return `value = ${this.#value}`
  }

  [Symbol.for('nodejs.util.inspect.custom')]() {
    return `UnsignedInteger { value: ${this.#value} }`
  }
}

const billion = 1_000_000_000
const billionBigInt = 1_000_000_000n

const UNIT_NANOSECONDS = {
  h: 3_600_000_000_000n,
  m: 60_000_000_000n,
  s: billionBigInt,
  ms: 1_000_000n,
  us: 1_000n,
  µs: 1_000n,
  ns: 1n
}

class Duration {
  #seconds
  #nanos

  constructor(seconds, nanos = 0) {
    this.#seconds = BigInt(seconds)
    this.#nanos = nanos
  }

  get seconds() {
    return this.#seconds
  }

  get nanos() {
    return this.#nanos
  }

  valueOf() {
    return Number(this.#seconds) * 1000 + this.#nanos / 1_000_000
  }

  static fromMilliseconds(ms) {
    const totalNanos = BigInt(Math.trunc(ms * 1_000_000))
    const seconds = totalNanos / billionBigInt
    const nanos = Number(totalNanos % billionBigInt)
    return new Duration(seconds, nanos)
  }

  addDuration(other) {
    const nanos = this.#nanos + other.nanos
    return new Duration(
      this.#seconds + other.seconds + BigInt(Math.floor(nanos / billion)),
      nanos % billion
    )
  }

  subtractDuration(other) {
    const nanos = this.#nanos - other.nanos
    return new Duration(
      this.#seconds - other.seconds + BigInt(Math.floor(nanos / billion)),
      (nanos + billion) % billion
    )
  }

  extendTimestamp(ts) {
    return new Date(
      ts.getTime() + Number(this.#seconds) * 1000 + Math.floor(this.#nanos / 1_000_000)
    )
  }

  subtractTimestamp(ts) {
    return new Date(
      ts.getTime() - Number(this.#seconds) * 1000 - Math.floor(this.#nanos / 1_000_000)
    )
  }

  toString() {
    const nanos = this.#nanos
      ? (this.#nanos / billion)
          .toLocaleString('en-US', {useGrouping: false, maximumFractionDigits: 9})
          .slice(1)
      : ''
    return `${this.#seconds}${nanos}s`
  }

  getHours() {
    return this.#seconds / 3600n
  }

  getMinutes() {
    return this.#seconds / 60n
  }

  getSeconds() {
    return this.#seconds
  }

  getMilliseconds() {
    return this.#seconds * 1000n + BigInt(Math.floor(this.#nanos / 1000000))
  }

  get [Symbol.toStringTag]() {
    return 'google.protobuf.Duration'
  }

  [Symbol.for('nodejs.util.inspect.custom')]() {
    return `google.protobuf.Duration { seconds: ${this.#seconds}, nanos: ${this.#nanos} }`
  }
}

function registerFunctions(registry) {
  const sync = {async: false}
  const functionOverload = (sig, handler) => registry.registerFunctionOverload(sig, handler, sync)
  const identity = (v) => v

  functionOverload('dyn(dyn): dyn', identity)

  for (const _t in TYPES) {
    const type = TYPES[_t]
    if (!(type instanceof Type)) continue
    functionOverload(`type(${type.name}): type`, () => type)
  }

  functionOverload('bool(bool): bool', identity)
  functionOverload('bool(string): bool', (v) => {
    switch (v) {
      case '1':
      case 't':
      case 'true':
      case 'TRUE':
      case 'True':
        return true
      case '0':
      case 'f':
      case 'false':
      case 'FALSE':
      case 'False':
        return false
      default:
        throw evaluationError(
          'bool_conversion_error',
          `bool() conversion error: invalid string value "${v}"`
        )
    }
  })

  functionOverload('size(string): int', (v) => BigInt(stringSize(v)))
  functionOverload('size(bytes): int', (v) => BigInt(v.length))
  functionOverload('size(list): int', (v) => BigInt(v.length ?? v.size))
  functionOverload('size(map): int', (v) => BigInt(v instanceof Map ? v.size : objKeys(v).length))
  functionOverload('string.size(): int', (v) => BigInt(stringSize(v)))
  functionOverload('bytes.size(): int', (v) => BigInt(v.length))
  functionOverload('list.size(): int', (v) => BigInt(v.length ?? v.size))
  functionOverload('map.size(): int', (v) => BigInt(v instanceof Map ? v.size : objKeys(v).length))

  functionOverload('bytes(string): bytes', (v) => ByteOpts.fromString(v))
  functionOverload('bytes(bytes): bytes', identity)

  functionOverload('double(double): double', identity)
  functionOverload('double(int): double', (v) => Number(v))
  functionOverload('double(uint): double', (v) => Number(v))
  functionOverload('double(string): double', (v) => {
    if (!v || v !== v.trim())
      throw evaluationError(
        'double_conversion_error',
        'double() type error: cannot convert to double'
      )

    const s = v.toLowerCase()
    switch (s) {
      case 'inf':
      case '+inf':
      case 'infinity':
      case '+infinity':
        return Number.POSITIVE_INFINITY
      case '-inf':
      case '-infinity':
        return Number.NEGATIVE_INFINITY
      case 'nan':
        return Number.NaN
      default: {
        const parsed = Number(v)
        if (!Number.isNaN(parsed)) return parsed
        throw evaluationError(
          'double_conversion_error',
          'double() type error: cannot convert to double'
        )
      }
    }
  })

  functionOverload('int(int): int', identity)
  functionOverload('int(double): int', (v) => {
    if (Number.isFinite(v)) return BigInt(Math.trunc(v))
    throw evaluationError('numeric_overflow', 'int() type error: integer overflow')
  })

  functionOverload('int(string): int', (v) => {
    if (v !== v.trim() || v.length > 20 || v.includes('0x')) {
      throw evaluationError('int_conversion_error', 'int() type error: cannot convert to int')
    }

    try {
      const num = BigInt(v)
      if (num <= MAX_INT && num >= MIN_INT) return num
    } catch (_e) {}

    throw evaluationError('int_conversion_error', 'int() type error: cannot convert to int')
  })

  functionOverload('uint(uint): uint', identity)
  functionOverload('uint(int): uint', (v) => {
    try {
      return new UnsignedInt(v)
    } catch (e) {
      throw evaluationError('uint_conversion_error', 'uint() type error: cannot convert to uint')
    }
  })
  functionOverload('uint(double): uint', (v) => {
    try {
      return new UnsignedInt(Math.trunc(v))
    } catch (e) {
      throw evaluationError('numeric_overflow', 'uint() type error: unsigned integer overflow')
    }
  })

  functionOverload('uint(string): uint', (v) => {
    if (v !== v.trim() || v.length > 20 || v.includes('0x')) {
      throw evaluationError('uint_conversion_error', 'uint() type error: cannot convert to uint')
    }

    try {
      return new UnsignedInt(v)
    } catch (e) {
      throw evaluationError('uint_conversion_error', 'uint() type error: cannot convert to uint')
    }
  })

  functionOverload('string(string): string', identity)
  functionOverload('string(bool): string', (v) => `${v}`)
  functionOverload('string(int): string', (v) => `${v}`)
  functionOverload('string(uint): string', (v) => `${v}`)
  functionOverload('string(bytes): string', (v) => ByteOpts.toUtf8(v))
  functionOverload('string(double): string', (v) => {
    if (v === Infinity) return '+Inf'
    if (v === -Infinity) return '-Inf'
    return `${v}`
  })

  functionOverload('string.startsWith(string): bool', (a, b) => a.startsWith(b))
  functionOverload('string.endsWith(string): bool', (a, b) => a.endsWith(b))
  functionOverload('string.contains(string): bool', (a, b) => a.includes(b))
  functionOverload('string.lowerAscii(): string', (a) => a.toLowerCase())
  functionOverload('string.upperAscii(): string', (a) => a.toUpperCase())
  functionOverload('string.trim(): string', (a) => a.trim())

  functionOverload('string.indexOf(string): int', (string, search) =>
    BigInt(string.indexOf(search))
  )
  functionOverload('string.indexOf(string, int): int', (string, search, fromIndex) => {
    if (search === '') return fromIndex

    fromIndex = Number(fromIndex)
    if (fromIndex < 0 || fromIndex >= string.length) {
      throw evaluationError(
        'index_out_of_range',
        'string.indexOf(search, fromIndex): fromIndex out of range'
      )
    }

    return BigInt(string.indexOf(search, fromIndex))
  })

  functionOverload('string.lastIndexOf(string): int', (string, search) =>
    BigInt(string.lastIndexOf(search))
  )

  functionOverload('string.lastIndexOf(string, int): int', (string, search, fromIndex) => {
    if (search === '') return fromIndex

    fromIndex = Number(fromIndex)
    if (fromIndex < 0 || fromIndex >= string.length) {
      throw evaluationError(
        'index_out_of_range',
        'string.lastIndexOf(search, fromIndex): fromIndex out of range'
      )
    }

    return BigInt(string.lastIndexOf(search, fromIndex))
  })

  functionOverload('string.substring(int): string', (string, start) => {
    start = Number(start)
    if (start < 0 || start > string.length) {
      throw evaluationError(
        'index_out_of_range',
        'string.substring(start, end): start index out of range'
      )
    }

    return string.substring(start)
  })

  functionOverload('string.substring(int, int): string', (string, start, end) => {
    start = Number(start)
    if (start < 0 || start > string.length) {
      throw evaluationError(
        'index_out_of_range',
        'string.substring(start, end): start index out of range'
      )
    }

    end = Number(end)
    if (end < start || end > string.length) {
      throw evaluationError(
        'index_out_of_range',
        'string.substring(start, end): end index out of range'
      )
    }

    return string.substring(start, end)
  })

  functionOverload('string.matches(string): bool', (a, b) => {
    try {
      return new RegExp(b).test(a)
    } catch (_err) {
      throw evaluationError('invalid_regular_expression', `Invalid regular expression: ${b}`)
    }
  })

  functionOverload('string.split(string): list<string>', (s, sep) => s.split(sep))
  functionOverload('string.split(string, int): list<string>', (s, sep, l) => {
    l = Number(l)
    if (l === 0) return []
    const parts = s.split(sep)
    if (l < 0 || parts.length <= l) return parts
    const limited = parts.slice(0, l - 1)
    limited.push(parts.slice(l - 1).join(sep))
    return limited
  })

  functionOverload('list<string>.join(): string', (v) => {
    for (let i = 0; i < v.length; i++) {
      if (typeof v[i] !== 'string') {
        throw evaluationError(
          'invalid_list_element_type',
          'string.join(): list must contain only strings'
        )
      }
    }
    return v.join('')
  })

  functionOverload('list<string>.join(string): string', (v, sep) => {
    for (let i = 0; i < v.length; i++) {
      if (typeof v[i] !== 'string') {
        throw evaluationError(
          'invalid_list_element_type',
          'string.join(separator): list must contain only strings'
        )
      }
    }
    return v.join(sep)
  })

  const textEncoder = new TextEncoder('utf8')
  const textDecoder = new TextDecoder('utf8')
  const ByteOpts =
    typeof Buffer !== 'undefined'
      ? {
          byteLength: (v) => Buffer.byteLength(v),
          fromString: (str) => Buffer.from(str, 'utf8'),
          toHex: (b) => Buffer.prototype.hexSlice.call(b, 0, b.length),
          toBase64: (b) => Buffer.prototype.base64Slice.call(b, 0, b.length),
          toUtf8: (b) => Buffer.prototype.utf8Slice.call(b, 0, b.length),
          jsonParse: (b) => JSON.parse(b)
        }
      : {
          textEncoder: new TextEncoder('utf8'),
          byteLength: (v) => textEncoder.encode(v).length,
          fromString: (str) => textEncoder.encode(str),
          toHex: Uint8Array.prototype.toHex
            ? (b) => b.toHex()
            : (b) => arrayFrom(b, (i) => i.toString(16).padStart(2, '0')).join(''),
          toBase64: Uint8Array.prototype.toBase64
            ? (b) => b.toBase64()
            : (b) => btoa(arrayFrom(b, (i) => String.fromCodePoint(i)).join('')),
          toUtf8: (b) => textDecoder.decode(b),
          jsonParse: (b) => JSON.parse(textEncoder.decode(b))
        }

  functionOverload('bytes.json(): map', ByteOpts.jsonParse)
  functionOverload('bytes.hex(): string', ByteOpts.toHex)
  functionOverload('bytes.string(): string', ByteOpts.toUtf8)
  functionOverload('bytes.base64(): string', ByteOpts.toBase64)
  functionOverload('bytes.at(int): int', (b, index) => {
    if (index < 0 || index >= b.length) {
      throw evaluationError('index_out_of_range', 'Bytes index out of range')
    }
    return BigInt(b[index])
  })

  const TS = 'google.protobuf.Timestamp'
  const GPD = 'google.protobuf.Duration'
  const TimestampType = registry.registerType(TS, Date).typeType
  const DurationType = registry.registerType(GPD, Duration).typeType
  registry.registerConstant('google', 'map<string, map<string, type>>', {
    protobuf: {Duration: DurationType, Timestamp: TimestampType}
  })

  function tzDate(d, timeZone) {
    return new Date(d.toLocaleString('en-US', {timeZone}))
  }

  function getDayOfYear(d, tz) {
    const workingDate = tz
      ? tzDate(d, tz)
      : new Date(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate())

    const start = new Date(workingDate.getFullYear(), 0, 0)
    return BigInt(Math.floor((workingDate - start) / 86_400_000) - 1)
  }

  functionOverload(`timestamp(string): ${TS}`, (v) => {
    if (v.length < 20 || v.length > 30) {
      throw evaluationError('invalid_timestamp', 'timestamp() requires a string in ISO 8601 format')
    }

    const d = new Date(v)
    if (d <= 253402300799999 && d >= -62135596800000) return d
    throw evaluationError('invalid_timestamp', 'timestamp() requires a string in ISO 8601 format')
  })

  functionOverload(`timestamp(int): ${TS}`, (i) => {
    i = Number(i) * 1000
    if (i <= 253402300799999 && i >= -62135596800000) return new Date(i)
    throw evaluationError(
      'invalid_timestamp',
      'timestamp() requires a valid integer unix timestamp'
    )
  })

  functionOverload(`${TS}.getDate(): int`, (d) => BigInt(d.getUTCDate()))
  functionOverload(`${TS}.getDate(string): int`, (d, tz) => BigInt(tzDate(d, tz).getDate()))
  functionOverload(`${TS}.getDayOfMonth(): int`, (d) => BigInt(d.getUTCDate() - 1))
  functionOverload(`${TS}.getDayOfMonth(string): int`, (d, tz) =>
    BigInt(tzDate(d, tz).getDate() - 1)
  )
  functionOverload(`${TS}.getDayOfWeek(): int`, (d) => BigInt(d.getUTCDay()))
  functionOverload(`${TS}.getDayOfWeek(string): int`, (d, tz) => BigInt(tzDate(d, tz).getDay()))
  functionOverload(`${TS}.getDayOfYear(): int`, getDayOfYear)
  functionOverload(`${TS}.getDayOfYear(string): int`, getDayOfYear)
  functionOverload(`${TS}.getFullYear(): int`, (d) => BigInt(d.getUTCFullYear()))
  functionOverload(`${TS}.getFullYear(string): int`, (d, tz) => BigInt(tzDate(d, tz).getFullYear()))
  functionOverload(`${TS}.getHours(): int`, (d) => BigInt(d.getUTCHours()))
  functionOverload(`${TS}.getHours(string): int`, (d, tz) => BigInt(tzDate(d, tz).getHours()))
  functionOverload(`${TS}.getMilliseconds(): int`, (d) => BigInt(d.getUTCMilliseconds()))
  functionOverload(`${TS}.getMilliseconds(string): int`, (d) => BigInt(d.getUTCMilliseconds()))
  functionOverload(`${TS}.getMinutes(): int`, (d) => BigInt(d.getUTCMinutes()))
  functionOverload(`${TS}.getMinutes(string): int`, (d, tz) => BigInt(tzDate(d, tz).getMinutes()))
  functionOverload(`${TS}.getMonth(): int`, (d) => BigInt(d.getUTCMonth()))
  functionOverload(`${TS}.getMonth(string): int`, (d, tz) => BigInt(tzDate(d, tz).getMonth()))
  functionOverload(`${TS}.getSeconds(): int`, (d) => BigInt(d.getUTCSeconds()))
  functionOverload(`${TS}.getSeconds(string): int`, (d, tz) => BigInt(tzDate(d, tz).getSeconds()))

  const parseDurationPattern = /(\d*\.?\d*)(ns|us|µs|ms|s|m|h)/

  // parseDuration parses a golang-style duration string.
  // A duration string is a possibly signed sequence of decimal numbers,
  // each with optional fraction and a unit suffix,
  // such as "300ms", "-1.5h" or "2h45m". Valid time units are "ns", "us" (or "µs"), "ms", "s", "m", "h".
  // https://pkg.go.dev/time#ParseDuration
  function parseDuration(/** @type {string} */ string) {
    if (!string) throw evaluationError('invalid_duration', `Invalid duration string: ''`)

    const isNegative = string[0] === '-'
    if (string[0] === '-' || string[0] === '+') string = string.slice(1)

    let nanoseconds = BigInt(0)
    while (true) {
      const match = parseDurationPattern.exec(string)
      if (!match) throw evaluationError('invalid_duration', `Invalid duration string: ${string}`)

      if (match.index !== 0)
        throw evaluationError('invalid_duration', `Invalid duration string: ${string}`)
      string = string.slice(match[0].length)

      const unitNanos = UNIT_NANOSECONDS[match[2]]
      const [intPart = '0', fracPart = ''] = match[1].split('.')
      const intVal = BigInt(intPart) * unitNanos
      const fracNanos = fracPart
        ? (BigInt(fracPart.slice(0, 13).padEnd(13, '0')) * unitNanos) / 10_000_000_000_000n
        : 0n

      nanoseconds += intVal + fracNanos
      if (string === '') break
    }

    const seconds = nanoseconds >= billionBigInt ? nanoseconds / billionBigInt : 0n
    const nanos = Number(nanoseconds % billionBigInt)

    if (isNegative) return new Duration(-seconds, -nanos)
    return new Duration(seconds, nanos)
  }

  functionOverload(`duration(string): google.protobuf.Duration`, (s) => parseDuration(s))
  functionOverload(`google.protobuf.Duration.getHours(): int`, (d) => d.getHours())
  functionOverload(`google.protobuf.Duration.getMinutes(): int`, (d) => d.getMinutes())
  functionOverload(`google.protobuf.Duration.getSeconds(): int`, (d) => d.getSeconds())
  functionOverload(`google.protobuf.Duration.getMilliseconds(): int`, (d) => d.getMilliseconds())
  register(registry)
}

function stringSize(str) {
  let count = 0
  for (const c of str) count++ // eslint-disable-line no-unused-vars
  return count
}

;// CONCATENATED MODULE: ./node_modules/@marcbachmann/cel-js/lib/registry.js





class Type {
  #name
  constructor(name) {
    this.#name = name
    objFreeze(this)
  }

  get name() {
    return this.#name
  }

  get [Symbol.toStringTag]() {
    return `Type<${this.#name}>`
  }

  toString() {
    return `Type<${this.#name}>`
  }
}

const TYPES = {
  string: new Type('string'),
  bool: new Type('bool'),
  int: new Type('int'),
  uint: new Type('uint'),
  double: new Type('double'),
  map: new Type('map'),
  list: new Type('list'),
  bytes: new Type('bytes'),
  null_type: new Type('null'),
  type: new Type('type')
}

// not exposed to cel expression
const optionalType = new Type('optional')

// prettier-ignore
const valueTypeMatchers = {
  dyn (v, ev) {
    // prettier-ignore
    switch (typeof v) {
      case 'string': case 'bigint': case 'number': case 'boolean': return true
      case 'object':
        switch (v ? v.constructor : v) {
          case null: case undefined: case Object: case Map: case Array: case Set: return true
          default:
            if (ev.objectTypesByConstructor.get(v.constructor)) return true
        }
    }
    return !!ev.debugType(v)
  },
  string (v) { return typeof v === 'string' },
  int (v) { return typeof v === 'bigint' },
  double (v) { return typeof v === 'number' },
  bool (v) { return typeof v === 'boolean' },
  null (v) { return v === null },
  bytes (v) { return v instanceof Uint8Array },
  uint (v) { return v instanceof UnsignedInt },
  type (v) { return v instanceof Type },
  list (v) {
    switch (v?.constructor) {
      case Array: case Set: return true
      default: return false
    }
  },
  map (v) {
    switch (typeof v === 'object' && v ? v.constructor : null) {
      case undefined: case Object: case Map: return true
      default: return false
    }
  },
  optional (v) { return v instanceof Optional },
  message (v, ev) { return this === ev.debugType(v) }
}

valueTypeMatchers.param = valueTypeMatchers.dyn

class TypeDeclaration {
  #matchesCache = new WeakMap()
  constructor({kind, type, name, keyType, valueType}) {
    this.kind = kind
    this.type = type
    this.name = name
    this.keyType = keyType
    this.valueType = valueType

    this.unwrappedType = kind === 'dyn' && valueType ? valueType.unwrappedType : this
    this.wrappedType = kind === 'dyn' ? this : _createDynType(this.unwrappedType)

    this.hasDynType =
      this.kind === 'dyn' || this.valueType?.hasDynType || this.keyType?.hasDynType || false

    this.hasPlaceholderType =
      this.kind === 'param' ||
      this.keyType?.hasPlaceholderType ||
      this.valueType?.hasPlaceholderType ||
      false

    if (kind === 'list') this.fieldLazy = this.#getListField
    else if (kind === 'map') this.fieldLazy = this.#getMapField
    else if (kind === 'message') this.fieldLazy = this.#getMessageField
    else if (kind === 'optional') this.fieldLazy = this.#getOptionalField

    this.matchesValueType = valueTypeMatchers[name] || valueTypeMatchers[kind]
    objFreeze(this)
  }

  isDynOrBool() {
    return this.type === 'bool' || this.kind === 'dyn'
  }

  isEmpty() {
    return this.valueType && this.valueType.kind === 'param'
  }

  unify(r, t2) {
    const t1 = this
    if (t1 === t2 || t1.kind === 'dyn' || t2.kind === 'param') return t1
    if (t2.kind === 'dyn' || t1.kind === 'param') return t2
    if (t1.kind !== t2.kind) return null
    if (!(t1.hasPlaceholderType || t2.hasPlaceholderType || t1.hasDynType || t2.hasDynType))
      return null

    const valueType = t1.valueType.unify(r, t2.valueType)
    if (!valueType) return null
    switch (t1.kind) {
      case 'optional':
        return r.getOptionalType(valueType)
      case 'list':
        return r.getListType(valueType)
      case 'map':
        const keyType = t1.keyType.unify(r, t2.keyType)
        return keyType ? r.getMapType(keyType, valueType) : null
    }
  }

  templated(r, bind) {
    if (!this.hasPlaceholderType) return this

    switch (this.kind) {
      case 'dyn':
        return this.valueType.templated(r, bind)
      case 'param':
        return bind?.get(this.name) || this
      case 'map':
        return r.getMapType(this.keyType.templated(r, bind), this.valueType.templated(r, bind))
      case 'list':
        return r.getListType(this.valueType.templated(r, bind))
      case 'optional':
        return r.getOptionalType(this.valueType.templated(r, bind))
      default:
        return this
    }
  }

  toString() {
    return this.name
  }

  #getOptionalField(obj, key, ast, ev) {
    obj = obj instanceof Optional ? obj.orValue() : obj
    if (obj === undefined) return OPTIONAL_NONE

    const type = ev.debugType(obj)
    try {
      return Optional.of(type.fieldLazy(obj, key, ast, ev))
    } catch (e) {
      if (e instanceof EvaluationError) return OPTIONAL_NONE
      throw e
    }
  }

  #getMessageField(obj, key, ast, ev) {
    const message = obj ? ev.objectTypesByConstructor.get(obj.constructor) : undefined
    if (!message) return

    const type = message.fields ? message.fields[key] : dynType
    if (!type) return undefined

    const value = obj instanceof Map ? obj.get(key) : obj[key]
    if (value === undefined) return
    if (type.matchesValueType(value, ev)) return value
    throw evaluationError(
      'field_type_mismatch',
      `Field '${key}' is not of type '${type}', got '${ev.debugType(value)}'`,
      ast
    )
  }

  #getMapField(obj, key, ast, ev) {
    // eslint-disable-next-line no-nested-ternary
    const value = obj instanceof Map ? obj.get(key) : obj && hasOwn(obj, key) ? obj[key] : undefined
    if (value === undefined) return
    if (this.valueType.matchesValueType(value, ev)) return value

    throw evaluationError(
      'field_type_mismatch',
      `Field '${key}' is not of type '${this.valueType}', got '${ev.debugType(value)}'`,
      ast
    )
  }

  #getListElementAtIndex(list, pos) {
    switch (list?.constructor) {
      case Array:
        return list[pos]
      case Set: {
        let i = 0
        for (const item of list) {
          if (i++ !== pos) continue
          return item
        }
      }
    }
  }

  #getListField(obj, key, ast, ev) {
    if (typeof key === 'bigint') key = Number(key)
    else if (typeof key !== 'number') return

    const value = this.#getListElementAtIndex(obj, key)
    if (value === undefined) {
      if (!obj) return
      throw evaluationError(
        'index_out_of_bounds',
        `No such key: index out of bounds, index ${key} ${
          key < 0 ? '< 0' : `>= size ${obj.length || obj.size}`
        }`,
        ast
      )
    }

    if (this.valueType.matchesValueType(value, ev)) return value

    throw evaluationError(
      'list_item_type_mismatch',
      `List item with index '${key}' is not of type '${this.valueType}', got '${ev.debugType(value)}'`,
      ast
    )
  }

  fieldLazy() {}

  field(obj, key, ast, ev) {
    const v = this.fieldLazy(obj, key, ast, ev)
    if (v !== undefined) return v
    throw evaluationError('no_such_key', `No such key: ${key}`, ast)
  }

  matchesBoth(other) {
    return this.matches(other) && other.matches(this)
  }

  matches(o) {
    const s = this.unwrappedType
    o = o.unwrappedType
    if (s === o || s.kind === 'dyn' || o.kind === 'dyn' || o.kind === 'param') return true
    return this.#matchesCache.get(o) ?? this.#matchesCache.set(o, this.#matches(s, o)).get(o)
  }

  #matches(s, o) {
    switch (s.kind) {
      case 'dyn':
      case 'param':
        return true
      case 'list':
        return o.kind === 'list' && s.valueType.matches(o.valueType)
      case 'map':
        return o.kind === 'map' && s.keyType.matches(o.keyType) && s.valueType.matches(o.valueType)
      case 'optional':
        return o.kind === 'optional' && s.valueType.matches(o.valueType)
      default:
        return s.name === o.name
    }
  }
}

const macroEvaluateErr = `have a .callAst property or .evaluate(checker, macro, ctx) method.`
const macroTypeCheckErr = `have a .callAst property or .typeCheck(checker, macro, ctx) method.`
function wrapMacroExpander(name, handler) {
  const p = `Macro '${name}' must`
  return function macroExpander(opts) {
    const macro = handler(opts)
    if (!macro || typeof macro !== 'object') throw new Error(`${p} return an object.`)
    if (macro.callAst) return macro
    if (!macro.evaluate) throw new Error(`${p} ${macroEvaluateErr}`)
    if (!macro.typeCheck) throw new Error(`${p} ${macroTypeCheckErr}`)
    return macro
  }
}

class VariableDeclaration {
  constructor(name, type, description, value) {
    this.name = name
    this.type = type
    this.description = description ?? null
    this.constant = value !== undefined
    this.value = value
    objFreeze(this)
  }
}

class FunctionDeclaration {
  constructor({name, receiverType, returnType, handler, description, params, async}) {
    if (typeof name !== 'string') throw new Error('name must be a string')
    if (typeof handler !== 'function') throw new Error('handler must be a function')

    this.name = name
    this.async = isAsync(handler, async)
    this.receiverType = receiverType ?? null
    this.returnType = returnType
    this.description = description ?? null
    this.params = params
    this.argTypes = params.map((p) => p.type)
    this.macro = this.argTypes.includes(astType)

    const receiverString = receiverType ? `${receiverType}.` : ''
    this.signature = `${receiverString}${name}(${this.argTypes.join(', ')}): ${returnType}`
    this.handler = this.macro ? wrapMacroExpander(this.signature, handler) : handler
    this.partitionKey = `${receiverType ? 'rcall' : 'call'}:${name}:${params.length}`

    this.hasPlaceholderType =
      this.returnType.hasPlaceholderType ||
      this.receiverType?.hasPlaceholderType ||
      this.argTypes.some((t) => t.hasPlaceholderType) ||
      false

    objFreeze(this)
  }

  matchesArgs(argTypes) {
    return argTypes.length === this.argTypes.length &&
      this.argTypes.every((t, i) => t.matches(argTypes[i]))
      ? this
      : null
  }
}

class OperatorDeclaration {
  constructor({op, leftType, rightType, handler, returnType, async}) {
    this.operator = op
    this.leftType = leftType
    this.rightType = rightType || null
    this.handler = handler
    this.async = isAsync(handler, async)
    this.returnType = returnType

    if (rightType) this.signature = `${leftType} ${op} ${rightType}: ${returnType}`
    else this.signature = `${op}${leftType}: ${returnType}`

    this.hasPlaceholderType =
      this.leftType.hasPlaceholderType || this.rightType?.hasPlaceholderType || false

    objFreeze(this)
  }

  equals(other) {
    return (
      this.operator === other.operator &&
      this.leftType === other.leftType &&
      this.rightType === other.rightType
    )
  }
}

function _createListType(valueType) {
  return new TypeDeclaration({
    kind: 'list',
    name: `list<${valueType}>`,
    type: 'list',
    valueType
  })
}

function _createPrimitiveType(name) {
  return new TypeDeclaration({kind: 'primitive', name, type: name})
}

function _createMessageType(name) {
  return new TypeDeclaration({kind: 'message', name, type: name})
}

function _createDynType(valueType) {
  const name = valueType ? `dyn<${valueType}>` : 'dyn'
  return new TypeDeclaration({kind: 'dyn', name, type: name, valueType})
}

function _createOptionalType(valueType) {
  const name = `optional<${valueType}>`
  return new TypeDeclaration({kind: 'optional', name, type: 'optional', valueType})
}

function _createMapType(keyType, valueType) {
  return new TypeDeclaration({
    kind: 'map',
    name: `map<${keyType}, ${valueType}>`,
    type: 'map',
    keyType: keyType,
    valueType: valueType
  })
}

function _createPlaceholderType(name) {
  return new TypeDeclaration({kind: 'param', name, type: name})
}

// Global immutable cache for built-in primitive types (shared across all registries)
const dynType = _createDynType()
const astType = _createPrimitiveType('ast')
const listType = _createListType(dynType)
const mapType = _createMapType(dynType, dynType)
const celTypes = {
  string: _createPrimitiveType('string'),
  bool: _createPrimitiveType('bool'),
  int: _createPrimitiveType('int'),
  uint: _createPrimitiveType('uint'),
  double: _createPrimitiveType('double'),
  bytes: _createPrimitiveType('bytes'),
  dyn: dynType,
  null: _createPrimitiveType('null'),
  type: _createPrimitiveType('type'),
  optional: _createOptionalType(dynType),
  list: listType,
  'list<dyn>': listType,
  map: mapType,
  'map<dyn, dyn>': mapType
}

for (const t of [celTypes.string, celTypes.double, celTypes.int]) {
  const list = _createListType(t)
  const map = _createMapType(celTypes.string, t)
  celTypes[list.name] = list
  celTypes[map.name] = map
}

Object.freeze(celTypes)

class Candidates {
  returnType = null
  async = false
  macro = false
  #matchCache = null
  #checkCache = null
  /** @type {Array<FunctionDeclaration>|Array<OperatorDeclaration>} */
  declarations = []
  constructor(registry) {
    this.registry = registry
  }

  [Symbol.iterator]() {
    return this.declarations[Symbol.iterator]()
  }

  add(decl) {
    this.returnType =
      (this.returnType || decl.returnType).unify(this.registry, decl.returnType) || dynType

    if (decl.macro) this.macro = decl
    if (decl.async && !this.async) this.async = true
    this.declarations.push(decl)
    this.#matchCache?.clear()
    this.#checkCache?.clear()
  }

  findFunction(argTypes, receiverType = null) {
    for (let i = 0; i < this.declarations.length; i++) {
      const match = this.#matchesFunction(this.declarations[i], argTypes, receiverType)
      if (match) return match
    }
    return null
  }

  findUnaryOverload(left) {
    const cached = (this.#matchCache ??= new Map()).get(left)
    if (cached !== undefined) return cached

    let value = false
    for (const decl of this.declarations) {
      if (decl.leftType !== left) continue
      value = decl
      break
    }

    this.#matchCache.set(left, value)
    return value
  }

  findBinaryOverload(left, right) {
    if (left.kind === 'dyn' && left.valueType) right = right.wrappedType
    else if (right.kind === 'dyn' && right.valueType) left = left.wrappedType
    return (
      (this.#matchCache ??= new Map()).get(left)?.get(right) ??
      this.#cacheBinary(this.#matchCache, left, right, this.#findBinaryUncached(left, right))
    )
  }

  checkBinaryOverload(left, right) {
    return (
      (this.#checkCache ??= new Map()).get(left)?.get(right) ??
      this.#cacheBinary(this.#checkCache, left, right, this.#checkBinaryUncached(left, right))
    )
  }

  #cacheBinary(c, l, r, v) {
    return ((c.get(l) || c.set(l, new Map()).get(l)).set(r, v), v)
  }

  #findBinaryUncached(left, right) {
    const ops = this.#findBinaryOverloads(left, right)
    if (ops.length === 0) return false
    if (ops.length === 1) return ops[0]
    throw new Error(`Operator overload '${ops[0].signature}' overlaps with '${ops[1].signature}'.`)
  }

  #checkBinaryUncached(left, right) {
    const ops = this.#findBinaryOverloads(left, right)
    if (ops.length === 0) return false
    let rt = ops[0].returnType
    for (let i = 1; i < ops.length; i++) rt = rt.unify(this.registry, ops[i].returnType) || dynType
    return rt
  }

  #findBinaryOverloads(leftType, rightType) {
    const nonexactMatches = []
    for (const decl of this.declarations) {
      if (decl.leftType === leftType && decl.rightType === rightType) return [decl]
      const secondary = this.#matchBinaryOverload(decl, leftType, rightType)
      if (secondary) nonexactMatches.push(secondary)
    }

    if (nonexactMatches.length === 0) {
      const op = this.declarations[0]?.operator
      if ((op === '==' || op === '!=') && leftType.kind === 'dyn') {
        return fallbackDynEqualityMatchers[op]
      }
    }

    return nonexactMatches
  }

  #matchBinaryOverload(decl, actualLeft, actualRight) {
    const bindings = decl.hasPlaceholderType ? new Map() : null
    const leftType = this.#matchTypeWithPlaceholders(decl.leftType, actualLeft, bindings)
    if (!leftType) return
    const rightType = this.#matchTypeWithPlaceholders(decl.rightType, actualRight, bindings)
    if (!rightType) return

    if (
      (decl.operator === '==' || decl.operator === '!=') &&
      decl.leftType.kind === 'dyn' &&
      decl.leftType.valueType &&
      actualLeft.kind !== 'dyn' &&
      actualRight.kind !== 'dyn'
    )
      return false

    return decl.hasPlaceholderType
      ? {
          async: decl.async,
          signature: decl.signature,
          handler: decl.handler,
          leftType,
          rightType,
          returnType: decl.returnType.templated(this.registry, bindings)
        }
      : decl
  }

  #matchesFunction(fn, argTypes, receiverType) {
    if (fn.hasPlaceholderType) return this.#matchWithPlaceholders(fn, argTypes, receiverType)
    if (receiverType && fn.receiverType && !receiverType.matches(fn.receiverType)) return
    return fn.matchesArgs(argTypes)
  }

  #matchWithPlaceholders(fn, argTypes, receiverType) {
    const bindings = new Map()
    if (receiverType && fn.receiverType) {
      if (!this.#matchTypeWithPlaceholders(fn.receiverType, receiverType, bindings)) {
        return null
      }
    }

    for (let i = 0; i < argTypes.length; i++) {
      if (!this.#matchTypeWithPlaceholders(fn.argTypes[i], argTypes[i], bindings)) {
        return null
      }
    }

    return {
      async: fn.async,
      handler: fn.handler,
      signature: fn.signature,
      returnType: fn.returnType.templated(this.registry, bindings)
    }
  }

  #matchTypeWithPlaceholders(declared, actual, bindings) {
    if (!declared.hasPlaceholderType) return actual.matches(declared) ? actual : null

    const treatAsDyn = actual.kind === 'dyn'
    if (!this.#collectPlaceholderBindings(declared, actual, bindings, treatAsDyn)) return null
    if (treatAsDyn) return actual
    return actual.matches(declared.templated(this.registry, bindings)) ? actual : null
  }

  #collectPlaceholderBindings(dec, act, bind, fromDyn = false) {
    if (!dec.hasPlaceholderType) return true
    if (!act) return false

    const asDyn = fromDyn || act.kind === 'dyn'
    act = act.unwrappedType

    switch (dec.kind) {
      case 'param': {
        const type = asDyn ? dynType : act
        const existing = bind.get(dec.name)
        if (!existing) return bind.set(dec.name, type) && true
        return existing.kind === 'dyn' || type.kind === 'dyn' ? true : existing.matchesBoth(type)
      }
      case 'list': {
        if (act.name === 'dyn') act = dec
        if (act.kind !== 'list') return false
        return this.#collectPlaceholderBindings(dec.valueType, act.valueType, bind, asDyn)
      }
      case 'map': {
        if (act.name === 'dyn') act = dec
        if (act.kind !== 'map') return false
        return (
          this.#collectPlaceholderBindings(dec.keyType, act.keyType, bind, asDyn) &&
          this.#collectPlaceholderBindings(dec.valueType, act.valueType, bind, asDyn)
        )
      }
      case 'optional': {
        if (act.name === 'dyn') act = dec
        if (act.kind !== 'optional') return false
        return this.#collectPlaceholderBindings(dec.valueType, act.valueType, bind, asDyn)
      }
    }
    return true
  }
}

// Helper function for splitting map type parameters
function splitByComma(str) {
  const parts = []
  let current = ''
  let depth = 0

  for (const char of str) {
    if (char === '<') depth++
    else if (char === '>') depth--
    else if (char === ',' && depth === 0) {
      parts.push(current.trim())
      current = ''
      continue
    }
    current += char
  }

  if (current) parts.push(current.trim())
  return parts
}

const objTypesDecls = [
  [UnsignedInt, 'uint', TYPES.uint, celTypes.uint],
  [Type, 'type', TYPES.type, celTypes.type],
  [Optional, 'optional', optionalType, celTypes.optional],
  [Uint8Array, 'bytes', TYPES.bytes, celTypes.bytes],
  ...(typeof Buffer !== 'undefined' ? [[Buffer, 'bytes', TYPES.bytes, celTypes.bytes]] : [])
].map(([ctor, name, typeType, type]) => Object.freeze({name, typeType, type, ctor}))

const objTypes = objTypesDecls.map((t) => [t.name, t])
const objTypesCtor = objTypesDecls.map((t) => [t.ctor, t])

const invalidVar = (postfix) => new Error(`Invalid variable declaration: ${postfix}`)
const invalidType = (postfix) => new Error(`Invalid type declaration: ${postfix}`)

const fallbackDynEqualityMatchers = {
  '==': [{handler: (a, b) => a === b, returnType: celTypes.bool}],
  '!=': [{handler: (a, b) => a !== b, returnType: celTypes.bool}]
}

class Registry {
  #parent = null
  #typeDeclarations

  #ownsVariables = true
  #operators = null
  #functions = null
  #operatorsByOp = null
  #functionsByKey = null
  #listTypes = null
  #mapTypes = null
  #optionalTypes = null
  #others = null

  #locked = false

  constructor(opts = {}) {
    this.enableOptionalTypes = opts.enableOptionalTypes ?? false
    this.unlistedVariablesAreDyn = opts.unlistedVariablesAreDyn ?? false

    const parent = opts.parent instanceof Registry ? opts.parent : null
    if (parent) {
      this.#parent = parent

      let opParent = parent
      while (opParent && !opParent.#operators) opParent = opParent.#parent

      let fnParent = parent
      while (fnParent && !fnParent.#functions) fnParent = fnParent.#parent

      this.#operatorsByOp = parent.#operatorsByOp
      this.#functionsByKey = parent.#functionsByKey
      this.#others = {operators: opParent.#operators, functions: fnParent.#functions}

      this.objectTypes = new Map(parent.objectTypes)
      this.objectTypesByConstructor = new Map(parent.objectTypesByConstructor)
      this.variables = parent.variables
      this.#ownsVariables = false
      this.#typeDeclarations = parent.#typeDeclarations
      this.#listTypes = parent.#listTypes
      this.#mapTypes = parent.#mapTypes
      this.#optionalTypes = parent.#optionalTypes

      if (
        this.enableOptionalTypes !== parent.enableOptionalTypes ||
        this.unlistedVariablesAreDyn !== parent.unlistedVariablesAreDyn
      ) {
        toggleOptionalTypes(this, this.enableOptionalTypes)
      }
    } else {
      this.#operators = []
      this.#functions = []
      this.objectTypes = new Map(objTypes)
      this.objectTypesByConstructor = new Map(objTypesCtor)
      this.#typeDeclarations = new Map(objEntries(celTypes))
      this.#listTypes = new Map()
      this.#mapTypes = new Map()
      this.#optionalTypes = new Map()
      this.variables = new Map()
      this.variables.dyn = this.unlistedVariablesAreDyn
      for (const n in TYPES) this.registerConstant(n, 'type', TYPES[n])
    }
  }

  #ensureOwnVariables() {
    if (this.#ownsVariables) return
    this.variables = new Map(this.variables)
    this.variables.dyn = this.unlistedVariablesAreDyn
    this.#ownsVariables = true
  }

  // Used by toggleOptionalTypes in optional.js to clear a variable before re-registering it
  deleteVariable(name) {
    this.#ensureOwnVariables()
    this.variables.delete(name)
  }

  #pushOperator(decl) {
    if (!this.#operators) this.#operatorsByOp = null
    this.operatorCandidates(decl.operator).add(decl)
    this.#operators.push(decl)
  }

  #pushFunction(decl) {
    if (!this.#functions) this.#functionsByKey = null
    this.#functionCandidates(decl.partitionKey).add(decl)
    this.#functions.push(decl)
  }

  #ensureCandiate(c, key) {
    return c.get(key) || c.set(key, new Candidates(this)).get(key)
  }

  #getOperators() {
    if (this.#operators) return this.#operators
    return (this.#operators = [...this.#others.operators])
  }

  #getFunctions() {
    if (this.#functions) return this.#functions
    return (this.#functions = [...this.#others.functions])
  }

  operatorCandidates(op) {
    if (this.#operatorsByOp) return this.#ensureCandiate(this.#operatorsByOp, op)
    const c = (this.#operatorsByOp = new Map())
    for (const decl of this.#getOperators()) this.#ensureCandiate(c, decl.operator).add(decl)
    return this.#ensureCandiate(c, op)
  }

  functionCandidates(rec, name, argLen) {
    return this.#functionCandidates(`${rec ? 'rcall' : 'call'}:${name}:${argLen}`)
  }

  #functionCandidates(key) {
    if (this.#functionsByKey) return this.#ensureCandiate(this.#functionsByKey, key)
    const c = (this.#functionsByKey = new Map())
    for (const decl of this.#getFunctions()) this.#ensureCandiate(c, decl.partitionKey).add(decl)
    return this.#ensureCandiate(c, key)
  }

  registerVariable(name, type, opts) {
    if (this.#locked) throw new Error('Cannot modify frozen registry')
    let description = opts?.description
    let value
    if (
      typeof name === 'string' &&
      typeof type === 'object' &&
      !(type instanceof TypeDeclaration)
    ) {
      description = type.description
      value = type.value
      if (type.schema) type = this.registerType({name: `$${name}`, schema: type.schema}).type
      else type = type.type
    } else if (typeof name === 'object') {
      if (name.schema) type = this.registerType({name: `$${name.name}`, schema: name.schema}).type
      else type = name.type
      description = name.description
      value = name.value
      name = name.name
    }

    if (typeof name !== 'string' || !name) throw invalidVar(`name must be a string`)
    if (RESERVED.has(name)) throw invalidVar(`'${name}' is a reserved name`)
    if (this.variables.get(name) !== undefined) throw invalidVar(`'${name}' is already registered`)

    if (typeof type === 'string') type = this.getType(type)
    else if (!(type instanceof TypeDeclaration)) throw invalidVar(`type is required`)

    this.#ensureOwnVariables()
    this.variables.set(name, new VariableDeclaration(name, type, description, value))
    return this
  }

  #registerSchemaAsType(name, schema) {
    const fields = Object.create(null)
    for (const key of objKeys(schema)) {
      const def = schema[key]
      if (typeof def === 'object' && def) {
        fields[key] = this.registerType({name: `${name}.${key}`, schema: def}).type.name
      } else if (typeof def === 'string') {
        fields[key] = def
      } else {
        throw new Error(`Invalid field definition for '${name}.${key}'`)
      }
    }
    return fields
  }

  registerConstant(name, type, value) {
    if (typeof name === 'object') this.registerVariable(name)
    else this.registerVariable({name, type, value})
    return this
  }

  getType(typename) {
    return this.#parseTypeString(typename, true)
  }

  getListType(type) {
    return (
      this.#listTypes.get(type) ||
      this.#listTypes.set(type, this.#parseTypeString(`list<${type}>`, true)).get(type)
    )
  }

  getMapType(a, b) {
    return (
      this.#mapTypes.get(a)?.get(b) ||
      (this.#mapTypes.get(a) || this.#mapTypes.set(a, new Map()).get(a))
        .set(b, this.#parseTypeString(`map<${a}, ${b}>`, true))
        .get(b)
    )
  }

  getOptionalType(type) {
    return (
      this.#optionalTypes.get(type) ||
      this.#optionalTypes.set(type, this.#parseTypeString(`optional<${type}>`, true)).get(type)
    )
  }

  assertType(typename, type, signature) {
    try {
      return this.#parseTypeString(typename, true)
    } catch (e) {
      e.message = `Invalid ${type} '${e.unknownType || typename}' in '${signature}'`
      throw e
    }
  }

  getFunctionType(typename) {
    if (typename === 'ast') return astType
    const t = this.#parseTypeString(typename, true)
    if (t.kind === 'dyn' && t.valueType) throw new Error(`type '${t.name}' is not supported`)
    return t
  }

  registerType(name, _d) {
    if (this.#locked) throw new Error('Cannot modify frozen registry')
    if (typeof name === 'object') ((_d = name), (name = _d.fullName || _d.name || _d.ctor?.name))
    if (typeof name === 'string' && name[0] === '.') name = name.slice(1)
    if (typeof name !== 'string' || name.length < 2 || RESERVED.has(name)) {
      throw invalidType(`name '${name}' is not valid`)
    }

    if (this.objectTypes.has(name)) throw invalidType(`type '${name}' already registered`)

    const type = this.#parseTypeString(name, false)
    if (type.kind !== 'message') throw invalidType(`type '${name}' is not valid`)

    const decl = {
      name,
      typeType: new Type(name),
      type,
      ctor: typeof _d === 'function' ? _d : _d?.ctor,
      convert: typeof _d === 'function' ? undefined : _d?.convert,
      fields:
        typeof _d?.schema === 'object'
          ? this.#normalizeFields(name, this.#registerSchemaAsType(name, _d.schema))
          : this.#normalizeFields(name, typeof _d === 'function' ? undefined : _d?.fields)
    }

    if (typeof decl.ctor !== 'function') {
      if (!decl.fields) throw invalidType(`type '${name}' requires a constructor or fields`)
      Object.assign(decl, this.#createDefaultConvert(name, decl.fields))
    }

    this.objectTypes.set(name, Object.freeze(decl))
    this.objectTypesByConstructor.set(decl.ctor, decl)
    this.registerFunctionOverload(`type(${name}): type`, () => decl.typeType, {async: false})
    return decl
  }

  /** @returns {TypeDeclaration} */
  #parseTypeString(typeStr, requireKnownTypes = true) {
    let match = this.#typeDeclarations.get(typeStr)
    if (match) return match

    if (typeof typeStr !== 'string' || !typeStr.length) {
      throw new Error(`Invalid type: must be a string`)
    }

    match = typeStr.match(/^[A-Z]$/)
    if (match) return this.#createDeclaration(_createPlaceholderType, typeStr, typeStr)

    match = typeStr.match(/^(dyn|list|map|optional)<(.+)>$/)
    if (!match) {
      if (requireKnownTypes) {
        const err = new Error(`Unknown type: ${typeStr}`)
        err.unknownType = typeStr
        throw err
      }
      return this.#createDeclaration(_createMessageType, typeStr, typeStr)
    }

    const kind = match[1]
    const inner = match[2].trim()
    switch (kind) {
      case 'dyn': {
        const type = this.#parseTypeString(inner, requireKnownTypes).wrappedType
        this.#typeDeclarations.set(type.name, type)
        return type
      }
      case 'list': {
        const vType = this.#parseTypeString(inner, requireKnownTypes)
        return this.#createDeclaration(_createListType, `list<${vType}>`, vType)
      }
      case 'map': {
        const parts = splitByComma(inner)
        if (parts.length !== 2) throw new Error(`Invalid map type: ${typeStr}`)
        const kType = this.#parseTypeString(parts[0], requireKnownTypes)
        const vType = this.#parseTypeString(parts[1], requireKnownTypes)
        return this.#createDeclaration(_createMapType, `map<${kType}, ${vType}>`, kType, vType)
      }
      case 'optional': {
        const vType = this.#parseTypeString(inner, requireKnownTypes)
        return this.#createDeclaration(_createOptionalType, `optional<${vType}>`, vType)
      }
    }
  }

  #createDeclaration(creator, key, ...args) {
    return (
      this.#typeDeclarations.get(key) || this.#typeDeclarations.set(key, creator(...args)).get(key)
    )
  }

  findMacro(name, hasReceiver, argLen) {
    return this.functionCandidates(hasReceiver, name, argLen).macro
  }

  findUnaryOverload(op, left) {
    return this.operatorCandidates(op).findUnaryOverload(left)
  }

  findBinaryOverload(op, left, right) {
    return this.operatorCandidates(op).findBinaryOverload(left, right)
  }

  #toCelFieldType(field) {
    if (typeof field === 'string') return {type: field}
    if (field.id) return protobufjsFieldToCelType(field)
    return field
  }

  #toCelFieldDeclaration(typename, fields, k, requireKnownTypes = false) {
    try {
      const field = this.#toCelFieldType(fields[k])
      if (typeof field?.type !== 'string') throw new Error(`unsupported declaration`)
      return this.#parseTypeString(field.type, requireKnownTypes)
    } catch (e) {
      e.message =
        `Field '${k}' in type '${typename}' has unsupported declaration: ` +
        `${JSON.stringify(fields[k])}`
      throw e
    }
  }

  #normalizeFields(typename, fields) {
    if (!fields) return
    const all = Object.create(null)
    for (const k of objKeys(fields)) all[k] = this.#toCelFieldDeclaration(typename, fields, k)
    return all
  }

  #createDefaultConvert(name, fields) {
    const keys = objKeys(fields)

    const conversions = Object.create(null)
    for (const k of keys) {
      const type = fields[k]
      const decl = type.kind === 'message' && this.objectTypes.get(type.name)
      if (decl === false) conversions[k] = false
      else conversions[k] = decl.convert ? decl : false
    }

    const Ctor = {
      [name]: class extends Map {
        #raw
        constructor(v) {
          super()
          this.#raw = v
        }

        [Symbol.iterator]() {
          if (this.size !== keys.length) for (const k of keys) this.get(k)
          return super[Symbol.iterator]()
        }

        get(field) {
          let v = super.get(field)
          if (v !== undefined || this.has(field)) return v

          const dec = conversions[field]
          if (dec === undefined) return

          v = this.#raw instanceof Map ? this.#raw.get(field) : this.#raw?.[field]
          if (dec && v && typeof v === 'object') {
            switch (v.constructor) {
              case undefined:
              case Object:
              case Map:
                v = dec.convert(v)
            }
          }
          return (super.set(field, v), v)
        }
      }
    }[name]

    return {
      ctor: Ctor,
      convert(v) {
        if (!v) return
        if (v.constructor === Ctor) return v
        return new Ctor(v)
      }
    }
  }

  clone(opts) {
    this.#locked = true
    return new Registry({
      parent: this,
      unlistedVariablesAreDyn: opts.unlistedVariablesAreDyn,
      enableOptionalTypes: opts.enableOptionalTypes
    })
  }

  getDefinitions() {
    const variables = []
    const functions = []
    for (const [, varDecl] of this.variables) {
      if (!varDecl) continue
      variables.push({
        name: varDecl.name,
        description: varDecl.description || null,
        type: varDecl.type.name
      })
    }

    for (const decl of this.#getFunctions()) {
      functions.push({
        signature: decl.signature,
        name: decl.name,
        description: decl.description,
        receiverType: decl.receiverType ? decl.receiverType.name : null,
        returnType: decl.returnType.name,
        params: decl.params.map((p) => ({
          name: p.name,
          type: p.type.name,
          description: p.description
        }))
      })
    }

    return {variables, functions}
  }

  #parseSignature(signature) {
    if (typeof signature !== 'string') throw new Error('Invalid signature: must be a string')
    const match = signature.match(/^(?:([a-zA-Z0-9.<>]+)\.)?(\w+)\(([^)]*)\):(.*)$/)
    if (!match) throw new Error(`Invalid signature: ${signature}`)
    const returnType = match[4].trim()
    if (!returnType) throw new Error(`Invalid signature: ${signature}`)
    return {
      receiverType: match[1] || null,
      name: match[2],
      argTypes: splitByComma(match[3]),
      returnType
    }
  }

  /**
   * @param {FunctionDeclaration} a
   * @param {FunctionDeclaration} b
   */
  #functionSignatureOverlaps(a, b) {
    if (a.name !== b.name) return false
    if (a.argTypes.length !== b.argTypes.length) return false
    if ((a.receiverType || b.receiverType) && (!a.receiverType || !b.receiverType)) return false

    const isDifferentReceiver =
      a.receiverType !== b.receiverType && a.receiverType !== dynType && b.receiverType !== dynType

    return (
      !isDifferentReceiver &&
      (b.macro ||
        a.macro ||
        b.argTypes.every((t, i) => {
          const o = a.argTypes[i]
          return t === o || t === dynType || o === dynType
        }))
    )
  }

  /** @param {FunctionDeclaration} newDec */
  #checkOverlappingSignatures(newDec) {
    for (const decl of this.#functionCandidates(newDec.partitionKey)) {
      if (!this.#functionSignatureOverlaps(decl, newDec)) continue
      throw new Error(
        `Function signature '${newDec.signature}' overlaps with existing overload '${decl.signature}'.`
      )
    }
  }

  #normalizeParam(i, aType, param) {
    if (!param) return {type: this.getFunctionType(aType), name: `arg${i}`, description: null}

    const type = param.type || aType
    if (!type) throw new Error(`params[${i}].type is required`)
    if (aType && type !== aType) throw new Error(`params[${i}].type not equal to signature type`)
    return {
      name: param.name || `arg${i}`,
      type: this.getFunctionType(type),
      description: param.description ?? null
    }
  }

  registerFunctionOverload(s, handler, opts) {
    if (this.#locked) throw new Error('Cannot modify frozen registry')
    if (typeof s === 'object') opts = s
    else if (typeof handler === 'object') opts = handler
    else if (!opts) opts = {}

    const sig = typeof s === 'string' ? s : (opts.signature ?? undefined)
    const parsed = sig !== undefined ? this.#parseSignature(sig) : undefined
    const name = parsed?.name || opts.name
    const receiverType = parsed?.receiverType || opts.receiverType
    const argTypes = parsed?.argTypes
    const returnType = parsed?.returnType || opts.returnType
    const params = opts.params
    handler = typeof handler === 'function' ? handler : opts.handler

    let dec
    try {
      if (!name) throw new Error(`signature or name are required`)
      if (!returnType) throw new Error(`must have a returnType`)

      if (params) {
        if (argTypes && params.length !== argTypes.length) {
          throw new Error(`mismatched length in params and args in signature`)
        }
      } else if (!argTypes) throw new Error(`signature or params are required`)

      dec = new FunctionDeclaration({
        name,
        async: opts?.async,
        receiverType: receiverType ? this.getType(receiverType) : null,
        returnType: this.getType(returnType),
        handler,
        description: opts.description,
        params: (argTypes || params).map((_, i) =>
          this.#normalizeParam(i, argTypes?.[i], params?.[i])
        )
      })
    } catch (e) {
      if (typeof sig === 'string') e.message = `Invalid function declaration '${sig}': ${e.message}`
      else if (name) e.message = `Invalid function declaration '${name}': ${e.message}`
      else e.message = `Invalid function declaration: ${e.message}`
      throw e
    }

    this.#checkOverlappingSignatures(dec)
    this.#pushFunction(dec)
  }

  registerOperatorOverload(string, handler, opts) {
    // Parse with optional return type: "Vector + Vector: Vector" or "Vector + Vector"
    const unaryParts = string.match(/^([-!])([\w.<>]+)(?::\s*([\w.<>]+))?$/)
    if (unaryParts) {
      const [, op, operandType, returnType] = unaryParts
      return this.unaryOverload(op, operandType, handler, returnType, opts?.async)
    }

    const parts = string.match(
      /^([\w.<>]+) ([-+*%/]|==|!=|<|<=|>|>=|in) ([\w.<>]+)(?::\s*([\w.<>]+))?$/
    )
    if (!parts) throw new Error(`Operator overload invalid: ${string}`)
    const [, leftType, op, rightType, returnType] = parts
    return this.binaryOverload(leftType, op, rightType, handler, returnType)
  }

  unaryOverload(op, typeStr, handler, returnTypeStr, async) {
    if (this.#locked) throw new Error('Cannot modify frozen registry')
    const leftType = this.assertType(typeStr, 'type', `${op}${typeStr}`)
    const returnType = this.assertType(
      returnTypeStr || typeStr,
      'return type',
      `${op}${typeStr}: ${returnTypeStr || typeStr}`
    )

    const d = new OperatorDeclaration({op: `${op}_`, leftType, returnType, handler, async})
    this.#pushOperator(this.#assertOverload(d))
  }

  #hasOverload(d) {
    for (const o of this.operatorCandidates(d.operator)) if (d.equals(o)) return true
    return false
  }

  #assertOverload(decl) {
    if (!this.#hasOverload(decl)) return decl
    throw new Error(`Operator overload already registered: ${decl.signature}`)
  }

  binaryOverload(leftTypeStr, op, rightTypeStr, handler, returnTypeStr, async) {
    if (this.#locked) throw new Error('Cannot modify frozen registry')
    returnTypeStr ??= isRelational.has(op) ? 'bool' : leftTypeStr

    const sig = `${leftTypeStr} ${op} ${rightTypeStr}: ${returnTypeStr}`
    let leftType = this.assertType(leftTypeStr, 'left type', sig)
    let rightType = this.assertType(rightTypeStr, 'right type', sig)
    const returnType = this.assertType(returnTypeStr, 'return type', sig)

    // Register both types as wrapped with dyn<> if one of them is wrapped
    if (leftType.kind === 'dyn' && leftType.valueType) rightType = rightType.wrappedType
    else if (rightType.kind === 'dyn' && rightType.valueType) leftType = leftType.wrappedType

    if (isRelational.has(op) && returnType.type !== 'bool') {
      throw new Error(`Comparison operator '${op}' must return 'bool', got '${returnType.type}'`)
    }

    const dec = new OperatorDeclaration({op, leftType, rightType, returnType, handler, async})
    if (dec.hasPlaceholderType && !(rightType.hasPlaceholderType && leftType.hasPlaceholderType)) {
      throw new Error(
        `Operator overload with placeholders must use them in both left and right types: ${sig}`
      )
    }

    this.#assertOverload(dec)
    if (op === '==') {
      const declarations = [
        new OperatorDeclaration({
          op: '!=',
          leftType,
          rightType,
          handler(a, b, ast, ev) {
            return !handler(a, b, ast, ev)
          },
          returnType,
          async
        })
      ]

      if (leftType !== rightType) {
        declarations.push(
          new OperatorDeclaration({
            op: '==',
            leftType: rightType,
            rightType: leftType,
            handler(a, b, ast, ev) {
              return handler(b, a, ast, ev)
            },
            returnType,
            async
          }),
          new OperatorDeclaration({
            op: '!=',
            leftType: rightType,
            rightType: leftType,
            handler(a, b, ast, ev) {
              return !handler(b, a, ast, ev)
            },
            returnType,
            async
          })
        )
      }

      for (const decl of declarations) this.#assertOverload(decl)
      for (const decl of declarations) this.#pushOperator(decl)
    }

    this.#pushOperator(dec)
  }
}

const isRelational = new Set(['<', '<=', '>', '>=', '==', '!=', 'in'])

function createRegistry(opts) {
  return new Registry(opts)
}

class RootContext {
  #vars
  #contextObj
  #contextMap
  #convertCache
  constructor(registry, context) {
    this.#vars = registry.variables
    if (context === undefined || context === null) return
    if (typeof context !== 'object') {
      throw evaluationError('invalid_context', 'Context must be an object')
    }
    if (context instanceof Map) this.#contextMap = context
    else this.#contextObj = context
  }

  getValue(key) {
    return (
      this.#convertCache?.get(key) ||
      (this.#contextObj ? this.#contextObj[key] : this.#contextMap?.get(key))
    )
  }

  getVariable(name) {
    return (
      this.#vars.get(name) ??
      (this.#vars.dyn && !RESERVED.has(name) ? new VariableDeclaration(name, dynType) : undefined)
    )
  }

  getCheckedValue(ev, ast) {
    const v = this.getValue(ast.args)
    if (v === undefined) throw ev.createError('unknown_variable', `Unknown variable: ${ast.args}`, ast)
    if (ast.checkedType.matchesValueType(v, ev)) return v

    const type = ast.checkedType
    const valueType = ev.debugType(v)
    // Convert plain objects to typed instances when a convert function is registered
    if (type.kind === 'message' && valueType.kind === 'map') {
      const c = ev.objectTypes.get(type.name)?.convert?.(v)
      if (c) return ((this.#convertCache ??= new Map()).set(ast.args, c), c)
    }

    throw ev.createError(
      'variable_type_mismatch',
      `Variable '${ast.args}' is not of type '${type}', got '${valueType}'`,
      ast
    )
  }

  forkWithVariable(iterVar, iterType) {
    return new OverlayContext(this, iterVar, iterType)
  }
}

class OverlayContext {
  #parent
  accuType
  accuValue
  iterValue
  constructor(parent, iterVar, iterType) {
    this.#parent = parent
    this.iterVar = iterVar
    this.iterType = iterType
  }

  forkWithVariable(iterVar, iterType) {
    return new OverlayContext(this, iterVar, iterType)
  }

  reuse(parent) {
    if (!this.async) return ((this.#parent = parent), this)
    const ctx = new OverlayContext(parent, this.iterVar, this.iterType)
    ctx.accuType = this.accuType
    return ctx
  }

  setIterValue(v, ev) {
    if (this.iterType.matchesValueType(v, ev)) return ((this.iterValue = v), this)

    const type = this.iterType
    const valueType = ev.debugType(v)
    // Convert plain objects to typed instances when a convert function is registered
    if (type.kind === 'message' && valueType.kind === 'map') {
      const c = ev.objectTypes.get(type.name)?.convert?.(v)
      if (c) return ((this.iterValue = c), this)
    }

    throw ev.createError(
      'variable_type_mismatch',
      `Variable '${this.iterVar}' is not of type '${type}', got '${valueType}'`
    )
  }

  setAccuType(type) {
    return ((this.accuType = type), this)
  }

  setAccuValue(v) {
    return ((this.accuValue = v), this)
  }

  getValue(key) {
    return this.iterVar === key ? this.iterValue : this.#parent.getValue(key)
  }

  getCheckedValue(ev, ast) {
    if (this.iterVar === ast.args) return this.iterValue
    return this.#parent.getCheckedValue(ev, ast)
  }

  getVariable(name) {
    if (this.iterVar === name) return new VariableDeclaration(name, this.iterType)
    return this.#parent.getVariable(name)
  }
}

/**
 * Extract CEL field declarations from a protobufjs message type.
 * Maps protobuf types to CEL types.
 * @param {protobuf.Type} messageType - The protobufjs message type
 * @returns {Object} Field declarations in CEL format {fieldName: 'celType'}
 */
function protobufjsFieldToCelType(field) {
  let fieldType
  if (field.map) {
    const keyType = protobufjsTypeToCelType(field.keyType, field.resolvedKeyType)
    const valueType = protobufjsTypeToCelType(field.type, field.resolvedType)
    fieldType = `map<${keyType}, ${valueType}>`
  } else {
    fieldType = protobufjsTypeToCelType(field.type, field.resolvedType)
  }
  return {type: field.repeated ? `list<${fieldType}>` : fieldType}
}

/**
 * Map protobuf type names to CEL type names.
 * @param {string} protoType - The protobuf type name
 * @param {protobuf.Type|null} resolvedType - The resolved type for message/enum fields
 * @returns {string} The CEL type name
 */
function protobufjsTypeToCelType(protoType, resolvedType) {
  switch (protoType) {
    case 'string':
      return 'string'
    case 'bytes':
      return 'bytes'
    case 'bool':
      return 'bool'
    // protobufjs uses JavaScript numbers for all numeric types
    case 'double':
    case 'float':
    case 'int32':
    case 'int64':
    case 'sint32':
    case 'sint64':
    case 'sfixed32':
    case 'sfixed64':
    case 'uint32':
    case 'uint64':
    case 'fixed32':
    case 'fixed64':
      return 'double'
    default:
      switch (resolvedType?.constructor.name) {
        case 'Type':
          return resolvedType.fullName.slice(1)
        case 'Enum':
          return 'int'
      }

      if (protoType?.includes('.')) return protoType

      // Unknown type, treat as dyn
      return 'dyn'
  }
}

;// CONCATENATED MODULE: ./node_modules/@marcbachmann/cel-js/lib/operators.js



const operators_dynType = celTypes.dyn

class Base {
  dynType = celTypes.dyn
  optionalType = celTypes.optional
  stringType = celTypes.string
  intType = celTypes.int
  doubleType = celTypes.double
  boolType = celTypes.bool
  nullType = celTypes.null
  listType = celTypes.list
  mapType = celTypes.map

  constructor(opts) {
    this.opts = opts.opts
    this.registry = opts.registry
    this.objectTypes = this.registry.objectTypes
    this.objectTypesByConstructor = this.registry.objectTypesByConstructor
  }

  /**
   * Get a TypeDeclaration instance for a type name
   * @param {string} typeName - The type name (e.g., 'string', 'int', 'dyn')
   * @returns {TypeDeclaration} The type declaration instance
   */
  getType(typeName) {
    return this.registry.getType(typeName)
  }

  debugType(v) {
    switch (typeof v) {
      case 'string':
        return this.stringType
      case 'bigint':
        return this.intType
      case 'number':
        return this.doubleType
      case 'boolean':
        return this.boolType
      case 'object':
        if (v === null) return this.nullType
        switch (v.constructor) {
          case undefined:
          case Object:
          case Map:
            return this.mapType
          case Array:
          case Set:
            return this.listType
          default:
            return (
              this.objectTypesByConstructor.get(v.constructor)?.type ||
              unsupportedType(this, v.constructor?.name || typeof v)
            )
        }
      default:
        unsupportedType(this, typeof v)
    }
  }
}

function unsupportedType(self, type) {
  throw self.createError('unsupported_type', `Unsupported type: ${type}`)
}

const maybeAsyncArray = (a) => (Array.isArray(a) ? a.some((n) => n.maybeAsync) : false)

function maybeAsync(l, r, h) {
  if (r === true || (r && (r?.maybeAsync || maybeAsyncArray(r)))) return maybeAsyncBoth(h)
  if (l === true || (l && (l?.maybeAsync || maybeAsyncArray(l)))) return maybeAsyncFirst(h)
  return h
}

function maybeAsyncBoth(handler) {
  return (handler.__asyncBoth ??= function handle(a, b, c, d) {
    if (!(a instanceof Promise || b instanceof Promise)) return handler(a, b, c, d)
    if (!(b instanceof Promise)) return a.then((_a) => handler(_a, b, c, d))
    if (!(a instanceof Promise)) return b.then((_b) => handler(a, _b, c, d))
    return Promise.all([a, b]).then((p) => handler(p[0], p[1], c, d))
  })
}

function maybeAsyncFirst(handler) {
  return (handler.__asyncFirst ??= function handle(a, b, c, d) {
    if (a instanceof Promise) return a.then((_a) => handler(_a, b, c, d))
    return handler(a, b, c, d)
  })
}

function checkAccessNode(chk, ast, ctx) {
  ast.right = ast.args[1]
  const leftType = chk.check((ast.left = ast.args[0]), ctx)
  if (ast.op === '[]') chk.check(ast.right, ctx)

  ast.handle = maybeAsync(
    ast.left,
    ast.op === '[]' ? ast.right : false,
    leftType !== operators_dynType ? fieldAccessStatic : fieldAccess
  )

  if (leftType.kind !== 'optional') return chk.checkAccessOnType(ast, ctx, leftType)
  return chk.registry.getOptionalType(chk.checkAccessOnType(ast, ctx, leftType.valueType, true))
}

function checkOptionalAccessNode(chk, ast, ctx) {
  ast.right = ast.args[1]
  const leftType = chk.check((ast.left = ast.args[0]), ctx)
  if (ast.op === '[?]') chk.check(ast.right, ctx)

  ast.handle = maybeAsync(ast.left, ast.op === '[?]' ? ast.right : false, oFieldAccess)

  const actualType = leftType.kind === 'optional' ? leftType.valueType : leftType
  return chk.registry.getOptionalType(chk.checkAccessOnType(ast, ctx, actualType, true))
}

const HOMOGENEOUS_PREFIX = {
  heterogeneous_list_element: 'List elements must have the same type,',
  heterogeneous_map_key: 'Map key uses wrong type,',
  heterogeneous_map_value: 'Map value uses wrong type,'
}

function checkElementHomogenous(chk, ctx, expected, el, code) {
  const type = chk.check(el, ctx)
  if (type === expected || expected.isEmpty()) return type
  if (type.isEmpty()) return expected
  throw chk.createError(
    code,
    `${HOMOGENEOUS_PREFIX[code]} expected type '${chk.formatType(expected)}' but found '${chk.formatType(type)}'`,
    el
  )
}

function checkElement(chk, ctx, expected, el) {
  return expected.unify(chk.registry, chk.check(el, ctx)) || operators_dynType
}

function ternaryConditionError(ev, value, node) {
  const type = ev.debugRuntimeType(value)
  return ev.createError(
    'invalid_condition_type',
    `${node.meta.label || 'Ternary condition must be bool'}, got '${type}'`,
    node
  )
}

function handleTernary(c, ev, ast, ctx) {
  if (c === true) return ev.run(ast.left, ctx)
  if (c === false) return ev.run(ast.right, ctx)
  throw ternaryConditionError(ev, c, ast.condition)
}

function logicalOperandError(ev, value, node) {
  const type = ev.debugRuntimeType(value)
  return ev.createError(
    'invalid_logical_operand',
    `Logical operator requires bool operands, got '${type}'`,
    node
  )
}

function logicalValueOrErr(ev, v, node) {
  if (v instanceof Error) return v
  return logicalOperandError(ev, v, node)
}

function _logicalOp(exp, ev, ast, left, right) {
  if (right === exp) return exp
  if (right === !exp) {
    if (left === right) return right
    throw logicalValueOrErr(ev, left, ast.left)
  }
  if (right instanceof Promise) return right.then((r) => _logicalOpAsync(exp, ev, ast, left, r))
  throw logicalOperandError(ev, right, ast.left)
}

function _logicalOpAsync(exp, ev, ast, left, right) {
  if (right === exp) return exp
  if (typeof right !== 'boolean') throw logicalOperandError(ev, right, ast.right)
  if (typeof left !== 'boolean') throw logicalValueOrErr(ev, left, ast.left)
  return !exp
}

function checkLogicalOp(chk, ast, ctx) {
  const leftType = chk.check((ast.left = ast.args[0]), ctx)
  const rightType = chk.check((ast.right = ast.args[1]), ctx)

  if (!leftType.isDynOrBool()) {
    throw chk.createError(
      'invalid_logical_operand',
      `Logical operator requires bool operands, got '${chk.formatType(leftType)}'`,
      ast
    )
  }
  if (!rightType.isDynOrBool()) {
    throw chk.createError(
      'invalid_logical_operand',
      `Logical operator requires bool operands, got '${chk.formatType(rightType)}'`,
      ast
    )
  }

  return chk.boolType
}

function checkUnary(chk, ast, ctx) {
  const op = ast.op
  const right = chk.check(ast.args, ctx)
  ast.candidates = chk.registry.operatorCandidates(op)

  if (right.kind === 'dyn') {
    ast.handle = maybeAsync(ast.args, false, handleUnary)
    return ast.candidates.returnType
  }

  const overload = ast.candidates.findUnaryOverload(right)
  if (!overload) {
    throw chk.createError(
      'no_such_overload',
      `no such overload: ${op[0]}${chk.formatType(right)}`,
      ast
    )
  }

  ast.handle = maybeAsync(ast.args, false, overload.handler)
  return overload.returnType
}

function handleUnary(left, ast, ev) {
  const leftType = ev.debugRuntimeType(left, ast.args.checkedType)
  const overload = ast.candidates.findUnaryOverload(leftType)
  if (overload) return overload.handler(left)
  throw ev.createError('no_such_overload', `no such overload: ${ast.op[0]}${leftType}`, ast)
}

function evaluateUnary(ev, ast, ctx) {
  return ast.handle(ev.run(ast.args, ctx), ast, ev)
}

function checkBinary(chk, ast, ctx) {
  const op = ast.op
  const left = chk.check((ast.left = ast.args[0]), ctx)
  const right = chk.check((ast.right = ast.args[1]), ctx)
  ast.candidates = chk.registry.operatorCandidates(op)

  const overload =
    left.hasDynType || right.hasDynType ? undefined : ast.candidates.findBinaryOverload(left, right)

  ast.handle = maybeAsync(ast.left, ast.right, overload?.handler || handleBinary)
  if (overload) return overload.returnType

  const type = ast.candidates.checkBinaryOverload(left, right)
  if (!left.hasDynType) ast.leftStaticType = left
  if (!right.hasDynType) ast.rightStaticType = right
  if (type) return type

  throw chk.createError(
    'no_such_overload',
    `no such overload: ${chk.formatType(left)} ${op} ${chk.formatType(right)}`,
    ast
  )
}

function evaluateBinary(ev, ast, ctx) {
  return ast.handle(ev.run(ast.left, ctx), ev.run(ast.right, ctx), ast, ev)
}

function evaluateBinaryFirst(ev, ast, ctx) {
  return ast.handle(ev.run(ast.left, ctx), ast.right, ast, ev)
}

function handleBinary(left, right, ast, ev) {
  const leftType = ast.leftStaticType || ev.debugTypeDeep(left).wrappedType
  const rightType = ast.rightStaticType || ev.debugTypeDeep(right).wrappedType
  const overload = ast.candidates.findBinaryOverload(leftType, rightType)
  if (overload) return overload.handler(left, right, ast, ev)
  throw ev.createError(
    'no_such_overload',
    `no such overload: ${leftType} ${ast.op} ${rightType}`,
    ast
  )
}

function callFunctionHandler(handler, ev, args, ast) {
  try {
    const result = handler.apply(ev, args)
    if (result instanceof Promise) {
      return result.catch((error) => {
        throw attachErrorAst(error, ast)
      })
    }
    return result
  } catch (error) {
    throw attachErrorAst(error, ast)
  }
}

function callFn(args, ast, ev) {
  const argAst = ast.args[1]
  const types = ast.argTypes
  let i = argAst.length
  while (i--) types[i] = ev.debugRuntimeType(args[i], argAst[i].checkedType)

  const decl = ast.candidates.findFunction(types)
  if (decl) return callFunctionHandler(decl.handler, ev, args, ast)
  throw ev.createError(
    'no_matching_overload',
    `found no matching overload for '${ast.args[0]}(${types
      .map((t) => t.unwrappedType)
      .join(', ')})'`,
    ast
  )
}

function callRecFn(args, ev, ast) {
  const [, receiverAst, argAst] = ast.args
  const types = ast.argTypes
  for (let i = 0; i < types.length; i++)
    types[i] = ev.debugRuntimeType(args[i + 1], argAst[i].checkedType)

  const receiverType = ev.debugRuntimeType(args[0], receiverAst.checkedType)
  const decl = ast.candidates.findFunction(types, receiverType)
  if (decl) return callFunctionHandler(decl.handler, ev, args, ast)

  throw ev.createError(
    'no_matching_overload',
    `found no matching overload for '${receiverType.type}.${ast.args[0]}(${types
      .map((t) => t.unwrappedType)
      .join(', ')})'`,
    ast
  )
}

function resolveAstArray(ev, astArray, ctx, i = astArray.length) {
  if (i === 0) return []

  let async
  const results = new Array(i)
  while (i--) if ((results[i] = ev.run(astArray[i], ctx)) instanceof Promise) async ??= true
  return async ? Promise.all(results) : results
}

function safeFromEntries(entries) {
  const obj = {}
  for (let i = 0; i < entries.length; i++) {
    const [k, v] = entries[i]
    if (k === '__proto__' || k === 'constructor' || k === 'prototype') continue
    obj[k] = v
  }
  return obj
}

function comprehensionElementType(chk, iterable, ctx) {
  const iterType = chk.check(iterable, ctx)
  if (iterType.kind === 'dyn') return iterType
  if (iterType.kind === 'list') return iterType.valueType
  if (iterType.kind === 'map') return iterType.keyType
  throw chk.createError(
    'invalid_comprehension_range',
    `Expression of type '${chk.formatType(
      iterType
    )}' cannot be range of a comprehension (must be list, map, or dynamic).`,
    iterable
  )
}

function toIterable(ev, args, coll) {
  if (coll instanceof Set) return [...coll]
  if (coll instanceof Map) return [...coll.keys()]
  if (coll && typeof coll === 'object') return objKeys(coll)
  throw ev.createError(
    'invalid_comprehension_range',
    `Expression of type '${ev.debugType(
      coll
    )}' cannot be range of a comprehension (must be list, map, or dynamic).`,
    args.iterable
  )
}

function runQualifier(items, args, ev, ctx) {
  if (!isArray(items)) items = toIterable(ev, args, items)
  const accu = ev.run(args.init, (ctx = args.iterCtx.reuse(ctx)))
  ctx.accuValue = accu
  if (ctx === args.iterCtx) return iterateQuantifier(ev, ctx, args, items, accu, 0)
  return continueQuantifier(ev, ctx, args, items, accu, 0)
}

function runComprehension(items, args, ev, ctx) {
  if (!isArray(items)) items = toIterable(ev, args, items)
  const accu = ev.run(args.init, (ctx = args.iterCtx.reuse(ctx)))
  ctx.accuValue = accu
  if (ctx === args.iterCtx) return iterateLoop(ev, ctx, args, items, accu, 0)
  return continueLoop(ev, ctx, args, items, accu, 0)
}

function iterateLoop(ev, ctx, args, items, accu, i) {
  const condition = args.condition
  const step = args.step
  const len = items.length
  while (i < len) {
    if (condition && !condition(accu)) break
    accu = ev.run(step, ctx.setIterValue(items[i++], ev))
    if (accu instanceof Promise) return continueLoop(ev, ctx, args, items, accu, i)
  }
  return args.result(accu)
}

async function continueLoop(ev, ctx, args, items, accu, i) {
  if (ctx === args.iterCtx) ctx.async = true
  const condition = args.condition
  const step = args.step
  const len = items.length
  accu = await accu
  while (i < len) {
    if (condition && !condition(accu)) return args.result(accu)
    accu = ev.run(step, ctx.setIterValue(items[i++], ev))
    if (accu instanceof Promise) accu = await accu
  }
  return args.result(accu)
}

function iterateQuantifier(ev, ctx, args, items, accu, i, error, stp) {
  const condition = args.condition
  const step = args.step
  const len = items.length
  while (i < len) {
    if (!condition(accu)) return args.result(accu)
    stp = ev.tryEval(step, ctx.setIterValue(items[i++], ev))
    if (stp instanceof Promise) return continueQuantifier(ev, ctx, args, items, accu, i, error, stp)
    if (stp instanceof Error && (error ??= stp)) continue
    accu = stp
  }

  if (error && condition(accu)) throw error
  return args.result(accu)
}

async function continueQuantifier(ev, ctx, args, items, accu, i, error, stp) {
  if (ctx === args.iterCtx) ctx.async = true
  const condition = args.condition
  const step = args.step
  const len = items.length

  stp = await stp
  if (stp instanceof Error) error ??= stp
  else accu = stp

  while (i < len) {
    if (!condition(accu)) return args.result(accu)
    stp = ev.tryEval(step, ctx.setIterValue(items[i++], ev))
    if (stp instanceof Promise) stp = await stp
    if (stp instanceof Error && (error ??= stp)) continue
    accu = stp
  }
  if (error && condition(accu)) throw error
  return args.result(accu)
}

function oFieldAccess(left, right, ast, ev) {
  return ev.optionalType.field(left, right, ast, ev)
}

function fieldAccessStatic(left, right, ast, ev) {
  return ast.left.checkedType.field(left, right, ast, ev)
}

const empty = Object.create(null)
function fieldAccess(left, right, ast, ev) {
  switch (left?.constructor) {
    case undefined:
    case Object: {
      const v = hasOwn(left || empty, right) ? left[right] : undefined
      if (v !== undefined) return (ev.debugType(v), v)
      break
    }
    case Map: {
      const v = left.get(right)
      if (v !== undefined) return (ev.debugType(v), v)
      break
    }
    case Array:
    case Set:
      return ev.listType.field(left, right, ast, ev)
    default:
      const t = ev.objectTypesByConstructor.get(left.constructor)
      if (t) return t.type.field(left, right, ast, ev)
      else if (typeof left === 'object') unsupportedType(ev, left.constructor.name)
  }
  throw ev.createError('no_such_key', `No such key: ${right}`, ast)
}

const emptyList = () => []
const emptyMap = () => ({})

const OPERATORS = {
  value: {
    check(chk, ast) {
      return chk.debugType(ast.args)
    },
    evaluate(_ev, ast) {
      return ast.args
    }
  },
  id: {
    check(chk, ast, ctx) {
      const variable = ctx.getVariable(ast.args)
      if (!variable) throw chk.createError('unknown_variable', `Unknown variable: ${ast.args}`, ast)
      if (variable.constant) {
        const alternate = ast.clone(OPERATORS.value, variable.value)
        ast.setMeta('alternate', alternate)
        return chk.check(alternate, ctx)
      }
      return variable.type
    },
    evaluate(ev, ast, ctx) {
      return ctx.getCheckedValue(ev, ast)
    }
  },
  '.': {
    alias: 'fieldAccess',
    check: checkAccessNode,
    evaluate: evaluateBinaryFirst
  },
  '.?': {
    alias: 'optionalFieldAccess',
    check: checkOptionalAccessNode,
    evaluate: evaluateBinaryFirst
  },
  '[]': {
    alias: 'bracketAccess',
    check: checkAccessNode,
    evaluate: evaluateBinary
  },
  '[?]': {
    alias: 'optionalBracketAccess',
    check: checkOptionalAccessNode,
    evaluate: evaluateBinary
  },
  call: {
    check(chk, ast, ctx) {
      const [functionName, args] = ast.args
      const candidates = (ast.candidates = chk.registry.functionCandidates(
        false,
        functionName,
        args.length
      ))

      const argTypes = (ast.argTypes = args.map((a) => chk.check(a, ctx)))
      const decl = candidates.findFunction(argTypes)

      if (!decl) {
        throw chk.createError(
          'no_matching_overload',
          `found no matching overload for '${functionName}(${chk.formatTypeList(argTypes)})'`,
          ast
        )
      }

      const handle = argTypes.some((t) => t.hasDynType)
        ? callFn
        : (decl.handler.__handle ??= (l, _ast, e) => callFunctionHandler(decl.handler, e, l, _ast))

      ast.handle = maybeAsync(args, false, handle)
      return decl.returnType
    },
    evaluate(ev, ast, ctx) {
      return ast.handle(resolveAstArray(ev, ast.args[1], ctx), ast, ev)
    }
  },
  rcall: {
    check(chk, ast, ctx) {
      const [methodName, receiver, args] = ast.args
      const receiverType = chk.check(receiver, ctx)
      const candidates = (ast.candidates = chk.registry.functionCandidates(
        true,
        methodName,
        args.length
      ))

      const argTypes = (ast.argTypes = args.map((a) => chk.check(a, ctx)))
      ast.receiverWithArgs = [receiver, ...args]
      ast.handle = maybeAsync(ast.receiverWithArgs, false, callRecFn)

      if (receiverType.kind === 'dyn' && candidates.returnType) return candidates.returnType
      const decl = candidates.findFunction(argTypes, receiverType)

      if (!decl) {
        throw chk.createError(
          'no_matching_overload',
          `found no matching overload for '${receiverType.type}.${methodName}(${chk.formatTypeList(
            argTypes
          )})'`,
          ast
        )
      }

      if (!receiverType.hasPlaceholderType && !argTypes.some((t) => t.hasDynType)) {
        const fn = decl.handler
        const handle = (fn.__handle ??= (a, ev, _ast) => callFunctionHandler(fn, ev, a, _ast))
        ast.handle = maybeAsync(ast.receiverWithArgs, false, handle)
      }

      return decl.returnType
    },
    evaluate(ev, ast, ctx) {
      return ast.handle(resolveAstArray(ev, ast.receiverWithArgs, ctx), ev, ast)
    }
  },
  list: {
    check(chk, ast, ctx) {
      const arr = ast.args
      const arrLen = arr.length
      if (arrLen === 0) return ast.setMeta('evaluate', emptyList) && chk.getType('list<T>')

      let valueType = chk.check(arr[0], ctx)
      const check = chk.opts.homogeneousAggregateLiterals ? checkElementHomogenous : checkElement

      for (let i = 1; i < arrLen; i++)
        valueType = check(chk, ctx, valueType, arr[i], 'heterogeneous_list_element')
      return chk.registry.getListType(valueType)
    },
    evaluate(ev, ast, ctx) {
      return resolveAstArray(ev, ast.args, ctx)
    }
  },
  map: {
    check(chk, ast, ctx) {
      const arr = ast.args
      const arrLen = arr.length
      if (arrLen === 0) return ast.setMeta('evaluate', emptyMap) && chk.getType('map<K, V>')

      const check = chk.opts.homogeneousAggregateLiterals ? checkElementHomogenous : checkElement
      let keyType = chk.check(arr[0][0], ctx)
      let valueType = chk.check(arr[0][1], ctx)
      for (let i = 1; i < arrLen; i++) {
        const e = arr[i]
        keyType = check(chk, ctx, keyType, e[0], 'heterogeneous_map_key')
        valueType = check(chk, ctx, valueType, e[1], 'heterogeneous_map_value')
      }
      return chk.registry.getMapType(keyType, valueType)
    },
    evaluate(ev, ast, ctx) {
      const astEntries = ast.args
      const len = astEntries.length
      const results = new Array(len)
      let async
      for (let i = 0; i < len; i++) {
        const e = astEntries[i]
        const k = ev.run(e[0], ctx)
        const v = ev.run(e[1], ctx)
        if (k instanceof Promise || v instanceof Promise) {
          results[i] = Promise.all([k, v])
          async ??= true
        } else {
          results[i] = [k, v]
        }
      }
      if (async) return Promise.all(results).then(safeFromEntries)
      return safeFromEntries(results)
    }
  },
  comprehension: {
    check(chk, ast, ctx) {
      const args = ast.args
      args.iterCtx = ctx
        .forkWithVariable(args.iterVarName, comprehensionElementType(chk, args.iterable, ctx))
        .setAccuType(chk.check(args.init, ctx))

      const stepType = chk.check(args.step, args.iterCtx)
      const handler = args.errorsAreFatal ? runComprehension : runQualifier
      ast.handle = maybeAsync(args.iterable, false, handler)
      if (args.kind === 'quantifier') return chk.boolType
      return stepType
    },
    evaluate(ev, ast, ctx) {
      return ast.handle(ev.run(ast.args.iterable, ctx), ast.args, ev, ctx)
    }
  },
  accuValue: {
    check(_chk, _ast, ctx) {
      return ctx.accuType
    },
    evaluate(_ev, _ast, ctx) {
      return ctx.accuValue
    }
  },
  accuInc: {
    check(_chk, _ast, ctx) {
      return ctx.accuType
    },
    evaluate(_ev, _ast, ctx) {
      return (ctx.accuValue += 1)
    }
  },
  accuPush: {
    check(chk, ast, ctx) {
      const listType = ctx.accuType
      const itemType = chk.check(ast.args, ctx)
      if (!ast.args.maybeAsync) ast.setMeta('evaluate', OPERATORS.accuPush.evaluateSync)
      if (listType.kind === 'list' && listType.valueType.kind !== 'param') return listType
      return chk.registry.getListType(itemType)
    },
    evaluateSync(ev, ast, ctx) {
      return (ctx.accuValue.push(ev.run(ast.args, ctx)), ctx.accuValue)
    },
    evaluate(ev, ast, ctx) {
      const arr = ctx.accuValue
      const el = ev.run(ast.args, ctx)
      if (el instanceof Promise) return el.then((_e) => arr.push(_e) && arr)
      arr.push(el)
      return arr
    }
  },
  '?:': {
    alias: 'ternary',
    check(chk, ast, ctx) {
      const condast = (ast.condition = ast.args[0])
      const leftast = (ast.left = ast.args[1])
      const rightast = (ast.right = ast.args[2])
      const condType = chk.check(condast, ctx)
      if (!condType.isDynOrBool()) {
        throw chk.createError(
          'invalid_condition_type',
          `${condast.meta.label || 'Ternary condition must be bool'}, got '${chk.formatType(condType)}'`,
          condast
        )
      }

      const leftType = chk.check(leftast, ctx)
      const rightType = chk.check(rightast, ctx)
      const unified = leftType.unify(chk.registry, rightType)

      ast.handle = maybeAsync(condast, false, handleTernary)
      if (unified) return unified

      throw chk.createError(
        'incompatible_ternary_branches',
        `Ternary branches must have the same type, got '${chk.formatType(
          leftType
        )}' and '${chk.formatType(rightType)}'`,
        ast
      )
    },
    evaluate(ev, ast, ctx) {
      return ast.handle(ev.run(ast.condition, ctx), ev, ast, ctx)
    }
  },
  '||': {
    check: checkLogicalOp,
    evaluate(ev, ast, ctx) {
      const l = ev.tryEval(ast.left, ctx)
      if (l === true) return true
      if (l === false) {
        const right = ev.run(ast.right, ctx)
        if (typeof right === 'boolean') return right
        return _logicalOp(true, ev, ast, l, right)
      }
      if (l instanceof Promise)
        return l.then((_l) =>
          _l === true ? _l : _logicalOp(true, ev, ast, _l, ev.run(ast.right, ctx))
        )
      return _logicalOp(true, ev, ast, l, ev.run(ast.right, ctx))
    }
  },
  '&&': {
    check: checkLogicalOp,
    evaluate(ev, ast, ctx) {
      const l = ev.tryEval(ast.left, ctx)
      if (l === false) return false
      if (l === true) {
        const right = ev.run(ast.right, ctx)
        if (typeof right === 'boolean') return right
        return _logicalOp(false, ev, ast, l, right)
      }
      if (l instanceof Promise)
        return l.then((_l) =>
          _l === false ? _l : _logicalOp(false, ev, ast, _l, ev.run(ast.right, ctx))
        )
      return _logicalOp(false, ev, ast, l, ev.run(ast.right, ctx))
    }
  },
  '!_': {alias: 'unaryNot', check: checkUnary, evaluate: evaluateUnary},
  '-_': {alias: 'unaryMinus', check: checkUnary, evaluate: evaluateUnary}
}

const binaryOperators = ['!=', '==', 'in', '+', '-', '*', '/', '%', '<', '<=', '>', '>=']
for (const op of binaryOperators) OPERATORS[op] = {check: checkBinary, evaluate: evaluateBinary}
for (const op of objKeys(OPERATORS)) {
  const obj = OPERATORS[op]
  obj.name = op
  if (obj.alias) OPERATORS[obj.alias] = obj
}

;// CONCATENATED MODULE: ./node_modules/@marcbachmann/cel-js/lib/macros.js


const identity = (x) => x

function assertIdentifier(node, message) {
  if (node.op === 'id') return node.args
  throw parseError('invalid_macro_argument', message, node)
}

function createMapExpander(hasFilter) {
  const functionDesc = hasFilter ? 'map(var, filter, transform)' : 'map(var, transform)'
  const invalidMsg = `${functionDesc} invalid predicate iteration variable`
  const label = `${functionDesc} filter predicate must return bool`

  return ({args, receiver, ast: callAst}) => {
    const [iterVar, predicate, transform] = hasFilter ? args : [args[0], null, args[1]]

    let step = transform.clone(OPERATORS.accuPush, transform)
    if (predicate) {
      const accuValue = predicate.clone(OPERATORS.accuValue)
      step = predicate.clone(OPERATORS.ternary, [predicate.setMeta('label', label), step, accuValue])
    }

    return {
      callAst: callAst.clone(OPERATORS.comprehension, {
        errorsAreFatal: true,
        iterable: receiver,
        iterVarName: assertIdentifier(iterVar, invalidMsg),
        init: callAst.clone(OPERATORS.list, []),
        step,
        result: identity
      })
    }
  }
}

function createFilterExpander() {
  const functionDesc = 'filter(var, predicate)'
  const invalidMsg = `${functionDesc} invalid predicate iteration variable`
  const label = `${functionDesc} predicate must return bool`

  return ({args, receiver, ast: callAst}) => {
    const iterVarName = assertIdentifier(args[0], invalidMsg)
    const accuValue = callAst.clone(OPERATORS.accuValue)
    const predicate = args[1].setMeta('label', label)
    const appendItem = callAst.clone(OPERATORS.accuPush, callAst.clone(OPERATORS.id, iterVarName))
    const step = predicate.clone(OPERATORS.ternary, [predicate, appendItem, accuValue])

    return {
      callAst: callAst.clone(OPERATORS.comprehension, {
        errorsAreFatal: true,
        iterable: receiver,
        iterVarName,
        init: callAst.clone(OPERATORS.list, []),
        step,
        result: identity
      })
    }
  }
}

function createQuantifierExpander(opts) {
  const invalidMsg = `${opts.name}(var, predicate) invalid predicate iteration variable`
  const label = `${opts.name}(var, predicate) predicate must return bool`
  return ({args, receiver, ast: callAst}) => {
    const predicate = args[1].setMeta('label', label)
    const transform = opts.transform({args, ast: callAst, predicate, opts})

    return {
      callAst: callAst.clone(OPERATORS.comprehension, {
        kind: 'quantifier',
        errorsAreFatal: opts.errorsAreFatal || false,
        iterable: receiver,
        iterVarName: assertIdentifier(args[0], invalidMsg),
        init: transform.init,
        condition: transform.condition,
        step: transform.step,
        result: transform.result || identity
      })
    }
  }
}

function createHasExpander() {
  const invalidHasArgument = 'has() invalid argument'

  function evaluate(ev, macro, ctx) {
    const nodes = macro.macroHasProps
    let i = nodes.length
    let obj = ev.run(nodes[--i], ctx)
    let inOptionalContext
    while (i--) {
      const node = nodes[i]
      if (node.op === '.?') inOptionalContext ??= true
      obj = ev.debugType(obj).fieldLazy(obj, node.args[1], node, ev)
      if (obj !== undefined) continue
      if (!(!inOptionalContext && i && node.op === '.')) break
      throw evaluationError('no_such_key', `No such key: ${node.args[1]}`, node)
    }
    return obj !== undefined
  }

  function typeCheck(checker, macro, ctx) {
    let node = macro.args[0]
    if (node.op !== '.') throw checker.createError('invalid_macro_argument', invalidHasArgument, node)
    if (!macro.macroHasProps) {
      const props = []
      while (node.op === '.' || node.op === '.?') node = props.push(node) && node.args[0]
      if (node.op !== 'id') throw checker.createError('invalid_macro_argument', invalidHasArgument, node)
      checker.check(node, ctx)
      props.push(node)
      macro.macroHasProps = props
    }
    return checker.getType('bool')
  }

  return function ({args}) {
    return {args, evaluate, typeCheck, async: false}
  }
}

function registerMacros(registry) {
  const functionOverload = (sig, handler) => registry.registerFunctionOverload(sig, handler)

  functionOverload('has(ast): bool', createHasExpander())

  functionOverload(
    'list.all(ast, ast): bool',
    createQuantifierExpander({
      name: 'all',
      transform({ast: callAst, predicate, opts}) {
        return {
          init: callAst.clone(OPERATORS.value, true),
          condition: identity,
          step: predicate.clone(OPERATORS.ternary, [
            predicate,
            predicate.clone(OPERATORS.value, true),
            predicate.clone(OPERATORS.value, false)
          ])
        }
      }
    })
  )

  functionOverload(
    'list.exists(ast, ast): bool',
    createQuantifierExpander({
      name: 'exists',
      condition(accu) {
        return !accu
      },
      transform({ast: callAst, predicate, opts}) {
        return {
          init: callAst.clone(OPERATORS.value, false),
          condition: opts.condition,
          step: predicate.clone(OPERATORS.ternary, [
            predicate,
            predicate.clone(OPERATORS.value, true),
            predicate.clone(OPERATORS.value, false)
          ])
        }
      }
    })
  )

  functionOverload(
    'list.exists_one(ast, ast): bool',
    createQuantifierExpander({
      name: 'exists_one',
      errorsAreFatal: true,
      result(accu) {
        return accu === 1
      },
      transform({ast: callAst, predicate, opts}) {
        const accuValue = callAst.clone(OPERATORS.accuValue)
        return {
          init: callAst.clone(OPERATORS.value, 0),
          step: predicate.clone(OPERATORS.ternary, [predicate, callAst.clone(OPERATORS.accuInc), accuValue]),
          result: opts.result
        }
      }
    })
  )

  functionOverload('list.map(ast, ast): list<dyn>', createMapExpander(false))
  functionOverload('list.map(ast, ast, ast): list<dyn>', createMapExpander(true))
  functionOverload('list.filter(ast, ast): list<dyn>', createFilterExpander())

  class CelNamespace {}
  const celNamespace = new CelNamespace()
  registry.registerType('CelNamespace', CelNamespace)
  registry.registerConstant('cel', 'CelNamespace', celNamespace)

  function bindTypeCheck(checker, m, ctx) {
    m.bindCtx = ctx.forkWithVariable(m.var, checker.check(m.val, ctx))
    const type = checker.check(m.exp, m.bindCtx)
    if (m.val.maybeAsync || m.exp.maybeAsync) return type
    m.ast.setMeta('async', false)
    m.evaluate = bindEvaluateSync
    return type
  }

  function bindOptionalEvaluate(ev, exp, bindCtx, ctx, boundValue) {
    const res = ev.run(exp, (ctx = bindCtx.reuse(ctx).setIterValue(boundValue, ev)))
    if (res instanceof Promise && ctx === bindCtx) ctx.async = true
    return res
  }

  function bindEvaluate(ev, {val, exp, bindCtx}, ctx) {
    const v = ev.run(val, ctx)
    if (v instanceof Promise) return v.then((_v) => bindOptionalEvaluate(ev, exp, bindCtx, ctx, _v))
    return bindOptionalEvaluate(ev, exp, bindCtx, ctx, v)
  }

  function bindEvaluateSync(ev, {val, exp, bindCtx}, ctx) {
    return ev.run(exp, bindCtx.reuse(ctx).setIterValue(ev.run(val, ctx), ev))
  }

  functionOverload('CelNamespace.bind(ast, dyn, ast): dyn', ({ast, args}) => {
    return {
      ast,
      var: assertIdentifier(args[0], 'invalid variable argument'),
      val: args[1],
      exp: args[2],
      bindCtx: undefined,
      typeCheck: bindTypeCheck,
      evaluate: bindEvaluate
    }
  })
}

;// CONCATENATED MODULE: ./node_modules/@marcbachmann/cel-js/lib/overloads.js




function registerOverloads(registry) {
  const unaryOverload = (op, t, h, ret) => registry.unaryOverload(op, t, h, ret, false)
  const binaryOverload = (l, op, r, h, ret) => registry.binaryOverload(l, op, r, h, ret, false)

  function verifyInteger(v, ast) {
    if (v <= MAX_INT && v >= MIN_INT) return v
    throw evaluationError('numeric_overflow', `integer overflow: ${v}`, ast)
  }

  function throwDivisionByZero(ast) {
    throw evaluationError('division_by_zero', 'division by zero', ast)
  }

  function throwModuloByZero(ast) {
    throw evaluationError('modulo_by_zero', 'modulo by zero', ast)
  }

  unaryOverload('!', 'bool', (a) => !a)
  unaryOverload('-', 'int', (a) => -a)
  binaryOverload('dyn<int>', `==`, `double`, (a, b) => a == b) // eslint-disable-line eqeqeq
  binaryOverload('dyn<int>', `==`, `uint`, (a, b) => a == b.valueOf()) // eslint-disable-line eqeqeq
  binaryOverload('int', '*', 'int', (a, b, ast) => verifyInteger(a * b, ast))
  binaryOverload('int', '+', 'int', (a, b, ast) => verifyInteger(a + b, ast))
  binaryOverload('int', '-', 'int', (a, b, ast) => verifyInteger(a - b, ast))
  binaryOverload('int', '/', 'int', (a, b, ast) => {
    if (b === MIN_UINT) return throwDivisionByZero(ast)
    return a / b
  })
  binaryOverload('int', '%', 'int', (a, b, ast) => {
    if (b === MIN_UINT) return throwModuloByZero(ast)
    return a % b
  })

  unaryOverload('-', 'double', (a) => -a)
  binaryOverload('double', '*', 'double', (a, b) => a * b)
  binaryOverload('double', '+', 'double', (a, b) => a + b)
  binaryOverload('double', '-', 'double', (a, b) => a - b)
  binaryOverload('double', '/', 'double', (a, b) => a / b)

  binaryOverload('string', '+', 'string', (a, b) => a + b)
  binaryOverload('list<V>', '+', 'list<V>', (a, b) => [...a, ...b])
  binaryOverload('bytes', '+', 'bytes', (a, b) => {
    if (!a.length) return b
    if (!b.length) return a

    const result = new Uint8Array(a.length + b.length)
    result.set(a, 0)
    result.set(b, a.length)
    return result
  })

  const GPD = 'google.protobuf.Duration'
  binaryOverload(GPD, '+', GPD, (a, b) => a.addDuration(b))
  binaryOverload(GPD, '-', GPD, (a, b) => a.subtractDuration(b))
  binaryOverload(GPD, '==', GPD, (a, b) => a.seconds === b.seconds && a.nanos === b.nanos)

  const GPT = 'google.protobuf.Timestamp'
  binaryOverload(GPT, '==', GPT, (a, b) => a.getTime() === b.getTime())
  binaryOverload(GPT, '-', GPT, (a, b) => Duration.fromMilliseconds(a.getTime() - b.getTime()), GPD)
  binaryOverload(GPT, '-', GPD, (a, b) => b.subtractTimestamp(a))
  binaryOverload(GPT, '+', GPD, (a, b) => b.extendTimestamp(a))
  binaryOverload(GPD, '+', GPT, (a, b) => a.extendTimestamp(b))

  function listIncludes(value, list, ast, ev) {
    if (list instanceof Set && list.has(value)) return true
    for (const v of list) if (isEqual(value, v, ast, ev)) return true
    return false
  }

  function mapIncludes(a, b) {
    if (b instanceof Map) return b.get(a) !== undefined
    return hasOwn(b, a) ? b[a] !== undefined : false
  }

  function listMembership(value, list, ast, ev) {
    return listIncludes(value, list, ast, ev)
  }

  binaryOverload('V', 'in', 'list<V>', listMembership)
  binaryOverload('K', 'in', 'map<K, V>', mapIncludes)

  for (const t of ['type', 'null', 'bool', 'string', 'int', 'double']) {
    binaryOverload(t, '==', t, (a, b) => a === b)
  }

  binaryOverload('bytes', `==`, 'bytes', (a, b) => {
    if (a === b) return true

    let i = a.length
    if (i !== b.length) return false
    while (i--) if (a[i] !== b[i]) return false
    return true
  })

  binaryOverload('list<V>', `==`, 'list<V>', (a, b, ast, ev) => {
    if (a === b) return true

    if (isArray(a) && isArray(b)) {
      const length = a.length
      if (length !== b.length) return false
      for (let i = 0; i < length; i++) {
        if (!isEqual(a[i], b[i], ast, ev)) return false
      }
      return true
    }

    if (a instanceof Set && b instanceof Set) {
      if (a.size !== b.size) return false
      for (const value of a) if (!b.has(value)) return false
      return true
    }

    const arr = a instanceof Set ? b : a
    const set = a instanceof Set ? a : b
    if (!isArray(arr)) return false
    if (arr.length !== set?.size) return false
    for (let i = 0; i < arr.length; i++) if (!set.has(arr[i])) return false
    return true
  })

  binaryOverload('map<K, V>', `==`, 'map<K, V>', (a, b, ast, ev) => {
    if (a === b) return true

    if (a instanceof Map && b instanceof Map) {
      if (a.size !== b.size) return false
      for (const [key, value] of a)
        if (!(b.has(key) && isEqual(value, b.get(key), ast, ev))) return false
      return true
    }

    if (a instanceof Map || b instanceof Map) {
      const obj = a instanceof Map ? b : a
      const map = a instanceof Map ? a : b
      const keysObj = objKeys(obj)
      if (map.size !== keysObj.length) return false
      for (const [key, value] of map) {
        if (!(key in obj && isEqual(value, obj[key], ast, ev))) return false
      }
      return true
    }

    const keysA = objKeys(a)
    const keysB = objKeys(b)
    if (keysA.length !== keysB.length) return false

    for (let i = 0; i < keysA.length; i++) {
      const key = keysA[i]
      if (!(key in b && isEqual(a[key], b[key], ast, ev))) return false
    }
    return true
  })

  binaryOverload('uint', '==', 'uint', (a, b) => a.valueOf() === b.valueOf())
  binaryOverload('dyn<uint>', `==`, `double`, (a, b) => a.valueOf() == b) // eslint-disable-line eqeqeq

  binaryOverload('uint', '+', 'uint', (a, b) => new UnsignedInt(a.valueOf() + b.valueOf()))
  binaryOverload('uint', '-', 'uint', (a, b) => new UnsignedInt(a.valueOf() - b.valueOf()))
  binaryOverload('uint', '*', 'uint', (a, b) => new UnsignedInt(a.valueOf() * b.valueOf()))
  binaryOverload('uint', '/', 'uint', (a, b, ast) => {
    if (b.valueOf() === MIN_UINT) return throwDivisionByZero(ast)
    return new UnsignedInt(a.valueOf() / b.valueOf())
  })
  binaryOverload('uint', '%', 'uint', (a, b, ast) => {
    if (b.valueOf() === MIN_UINT) return throwModuloByZero(ast)
    return new UnsignedInt(a.valueOf() % b.valueOf())
  })

  for (const [left, right] of [
    ['bool', 'bool'],
    ['int', 'int'],
    ['uint', 'uint'],
    ['double', 'double'],
    ['string', 'string'],
    ['google.protobuf.Timestamp', 'google.protobuf.Timestamp'],
    ['google.protobuf.Duration', 'google.protobuf.Duration'],
    ['int', 'uint'],
    ['int', 'double'],
    ['double', 'int'],
    ['double', 'uint'],
    ['uint', 'int'],
    ['uint', 'double']
  ]) {
    binaryOverload(left, '<', right, (a, b) => a < b)
    binaryOverload(left, '<=', right, (a, b) => a <= b)
    binaryOverload(left, '>', right, (a, b) => a > b)
    binaryOverload(left, '>=', right, (a, b) => a >= b)
  }
}

function isEqual(a, b, ast, ev) {
  if (a === b) return true
  switch (typeof a) {
    case 'undefined':
    case 'string':
    case 'boolean':
      return false
    case 'bigint':
      // eslint-disable-next-line eqeqeq
      if (typeof b === 'number') return a == b
      return false
    case 'number':
      // eslint-disable-next-line eqeqeq
      if (typeof b === 'bigint') return a == b
      return false
    case 'object':
      if (typeof b !== 'object') return false
      const leftType = ev.debugType(a)
      const rightType = ev.debugType(b)
      if (leftType !== rightType) return false

      const overload = ev.registry.findBinaryOverload('==', leftType, rightType)
      if (!overload) return false
      return overload.handler(a, b, ast, ev)
  }
  throw evaluationError('invalid_comparison_type', `Cannot compare values of type ${typeof a}`, ast)
}

;// CONCATENATED MODULE: ./node_modules/@marcbachmann/cel-js/lib/type-checker.js


const toDynTypeBinding = new Map().set('A', 'dyn').set('T', 'dyn').set('K', 'dyn').set('V', 'dyn')

/**
 * TypeChecker performs static type analysis on CEL expressions
 * without executing them. It validates:
 * - Variable existence and types
 * - Function signatures and overloads
 * - Operator compatibility using the actual overload registry
 * - Property and index access validity
 */
class TypeChecker extends Base {
  constructor(opts, isEvaluating) {
    super(opts)
    this.createError = isEvaluating ? evaluationError : typeError
  }

  /**
   * Check an expression and return its inferred type
   * @param {Array|any} ast - The AST node to check
   * @returns {Object} The inferred type declaration
   * @throws {TypeError} If type checking fails
   */
  check(ast, ctx) {
    try {
      return (ast.checkedType ??= ast.check(this, ast, ctx))
    } catch (error) {
      throw attachErrorAst(error, ast)
    }
  }

  checkAccessOnType(ast, ctx, leftType, allowMissingField = false) {
    if (leftType === this.dynType) return leftType

    const indexTypeName = (
      ast.op === '[]' || ast.op === '[?]' ? this.check(ast.args[1], ctx) : this.stringType
    ).type

    if (leftType.kind === 'list') {
      if (indexTypeName === 'int' || indexTypeName === 'dyn') return leftType.valueType
      throw this.createError('invalid_index_type', `List index must be int, got '${indexTypeName}'`, ast)
    }

    if (leftType.kind === 'map') return leftType.valueType

    const customType = this.objectTypes.get(leftType.name)
    if (customType) {
      if (!(indexTypeName === 'string' || indexTypeName === 'dyn')) {
        throw this.createError(
          'invalid_index_type',
          `Cannot index type '${leftType.name}' with type '${indexTypeName}'`,
          ast
        )
      }

      if (customType.fields) {
        let keyName
        if (ast.op === '.' || ast.op === '.?') keyName = ast.args[1]
        else if (ast.args[1].op === 'value') keyName = ast.args[1].args

        if (typeof keyName === 'string') {
          const fieldType = customType.fields[keyName]
          if (fieldType) return fieldType
          // For optional access, missing field returns dyn; for regular access, throw
          if (allowMissingField) return this.dynType
          throw this.createError('no_such_key', `No such key: ${keyName}`, ast)
        }
      }
      return this.dynType
    }

    // No other types support indexing/property access
    throw this.createError('cannot_index_type', `Cannot index type '${this.formatType(leftType)}'`, ast)
  }

  formatType(type) {
    if (!type.hasPlaceholderType) return type.name
    return type.templated(this.registry, toDynTypeBinding).name
  }

  formatTypeList(types) {
    return types.map((t) => this.formatType(t)).join(', ')
  }
}

;// CONCATENATED MODULE: ./node_modules/@marcbachmann/cel-js/lib/parser.js





const TOKEN = {
  EOF: 0,
  NUMBER: 1,
  STRING: 2,
  BOOLEAN: 3,
  NULL: 4,
  IDENTIFIER: 5,
  PLUS: 6,
  MINUS: 7,
  MULTIPLY: 8,
  DIVIDE: 9,
  MODULO: 10,
  EQ: 11,
  NE: 12,
  LT: 13,
  LE: 14,
  GT: 15,
  GE: 16,
  AND: 17,
  OR: 18,
  NOT: 19,
  IN: 20,
  LPAREN: 21,
  RPAREN: 22,
  LBRACKET: 23,
  RBRACKET: 24,
  LBRACE: 25,
  RBRACE: 26,
  DOT: 27,
  COMMA: 28,
  COLON: 29,
  QUESTION: 30,
  BYTES: 31
}

const OP_FOR_TOKEN = {
  [TOKEN.EQ]: OPERATORS['=='],
  [TOKEN.PLUS]: OPERATORS['+'],
  [TOKEN.MINUS]: OPERATORS['-'],
  [TOKEN.MULTIPLY]: OPERATORS['*'],
  [TOKEN.DIVIDE]: OPERATORS['/'],
  [TOKEN.MODULO]: OPERATORS['%'],
  [TOKEN.LE]: OPERATORS['<='],
  [TOKEN.LT]: OPERATORS['<'],
  [TOKEN.GE]: OPERATORS['>='],
  [TOKEN.GT]: OPERATORS['>'],
  [TOKEN.NE]: OPERATORS['!='],
  [TOKEN.IN]: OPERATORS['in']
}

const TOKEN_BY_NUMBER = {}
for (const key in TOKEN) TOKEN_BY_NUMBER[TOKEN[key]] = key

const HEX_CODES = new Uint8Array(128)
for (const ch of '0123456789abcdefABCDEF') HEX_CODES[ch.charCodeAt(0)] = 1

const ESCAPE_ERRORS = {
  bytes_unicode_escape: (e) => `\\${e} not allowed in bytes literals`,
  invalid_unicode_escape: (e) => `Invalid Unicode escape: \\${e}`,
  invalid_unicode_surrogate: (e) => `Invalid Unicode surrogate: \\${e}`,
  invalid_hex_escape: (e) => `Invalid hex escape: \\${e}`,
  invalid_octal_escape: () => 'Octal escape must be 3 digits',
  octal_escape_out_of_range: (e) => `Octal escape out of range: \\${e}`,
  invalid_escape_sequence: (e) => `Invalid escape sequence: \\${e}`
}

const STRING_ESCAPES = {
  '\\': '\\',
  '?': '?',
  '"': '"',
  "'": "'",
  '`': '`',
  a: '\x07',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v'
}

class ASTNode {
  #meta
  #input
  constructor(input, pos, start, end, op, args) {
    this.#meta = {check: op.check, evaluate: op.evaluate}
    this.#input = input
    this.op = op.name
    this.args = args
    this.pos = pos
    this.start = start
    this.end = end
  }

  clone(op, args) {
    return new ASTNode(this.#input, this.pos, this.start, this.end, op, args)
  }

  get meta() {
    return this.#meta
  }

  get input() {
    return this.#input
  }

  #computeIsAsync() {
    const ast = this.#meta.alternate ?? this

    // prettier-ignore
    switch (ast.op) {
      case 'value': case 'id': case 'accuValue': case 'accuInc':
        return false
      case 'accuPush':
        return ast.args.maybeAsync
      case '!_': case '-_':
        if (ast.candidates?.async !== false) return true
        return ast.args.maybeAsync
      case '!=': case '==': case 'in': case '+': case '-': case '*':
      case '/': case '%': case '<': case '<=': case '>': case '>=':
        if (ast.candidates?.async !== false) return true
        return ast.args.some((a) => a.maybeAsync)
      case 'call': case 'rcall':
        if (ast.candidates?.async !== false) return true
        return (ast.receiverWithArgs || ast.args[1]).some((a) => a.maybeAsync)
      case 'comprehension':
        return ast.args.iterable.maybeAsync || ast.args.step.maybeAsync
      case '.': case '.?':
        return ast.args[0].maybeAsync
      case '?:': case 'list':
      case '[]': case '[?]':
          return ast.args.some((a) => a.maybeAsync)
      case '||': case '&&':
        return ast.args.some((a) => a.maybeAsync)
      case 'map':
        return ast.args.some((a) => a[0].maybeAsync || a[1].maybeAsync)
      default:
        return true
    }
  }

  /**
   * Check whether we can optimize away async calling
   * If no ast members includes a function, we can optimize the call
   * for which we want to return true here.
   * @returns {boolean}
   */
  get maybeAsync() {
    return (this.#meta.async ??= this.#computeIsAsync())
  }

  check(chk, ast, ctx) {
    const meta = this.#meta
    if (meta.alternate) return chk.check(meta.alternate, ctx)
    else if (meta.macro) return meta.macro.typeCheck(chk, meta.macro, ctx)
    return meta.check(chk, ast, ctx)
  }

  evaluate(ev, ast, ctx) {
    const meta = this.#meta
    if (meta.alternate) this.evaluate = this.#evaluateAlternate
    else if (meta.macro) this.evaluate = this.#evaluateMacro
    else this.evaluate = meta.evaluate
    return this.evaluate(ev, ast, ctx)
  }

  #evaluateAlternate(ev, ast, ctx) {
    return (ast = this.#meta.alternate).evaluate(ev, ast, ctx)
  }

  #evaluateMacro(ev, ast, ctx) {
    return (ast = this.#meta.macro).evaluate(ev, ast, ctx)
  }

  setMeta(key, value) {
    return ((this.#meta[key] = value), this)
  }

  get range() {
    return {start: this.start, end: this.end}
  }

  toOldStructure() {
    const args = Array.isArray(this.args) ? this.args : [this.args]
    return [this.op, ...args.map((a) => (a instanceof ASTNode ? a.toOldStructure() : a))]
  }
}

class Lexer {
  input
  pos
  length

  tokenPos
  tokenType
  tokenValue

  reset(input) {
    this.pos = 0
    this.input = input
    this.length = input.length
    return input
  }

  token(pos, type, value) {
    this.tokenPos = pos
    this.tokenType = type
    this.tokenValue = value
    return this
  }

  // Read next token
  nextToken() {
    while (true) {
      const {pos, input, length} = this
      if (pos >= length) return this.token(pos, TOKEN.EOF)

      const ch = input[pos]
      switch (ch) {
        // Whitespaces
        case ' ':
        case '\t':
        case '\n':
        case '\r':
          this.pos++
          continue

        // Operators
        case '=':
          if (input[pos + 1] !== '=') break
          return this.token((this.pos += 2) - 2, TOKEN.EQ)
        case '&':
          if (input[pos + 1] !== '&') break
          return this.token((this.pos += 2) - 2, TOKEN.AND)
        case '|':
          if (input[pos + 1] !== '|') break
          return this.token((this.pos += 2) - 2, TOKEN.OR)
        case '+':
          return this.token(this.pos++, TOKEN.PLUS)
        case '-':
          return this.token(this.pos++, TOKEN.MINUS)
        case '*':
          return this.token(this.pos++, TOKEN.MULTIPLY)
        case '/':
          if (input[pos + 1] === '/') {
            while (this.pos < length && this.input[this.pos] !== '\n') this.pos++
            continue
          }
          return this.token(this.pos++, TOKEN.DIVIDE)
        case '%':
          return this.token(this.pos++, TOKEN.MODULO)
        case '<':
          if (input[pos + 1] === '=') return this.token((this.pos += 2) - 2, TOKEN.LE)
          return this.token(this.pos++, TOKEN.LT)
        case '>':
          if (input[pos + 1] === '=') return this.token((this.pos += 2) - 2, TOKEN.GE)
          return this.token(this.pos++, TOKEN.GT)
        case '!':
          if (input[pos + 1] === '=') return this.token((this.pos += 2) - 2, TOKEN.NE)
          return this.token(this.pos++, TOKEN.NOT)
        case '(':
          return this.token(this.pos++, TOKEN.LPAREN)
        case ')':
          return this.token(this.pos++, TOKEN.RPAREN)
        case '[':
          return this.token(this.pos++, TOKEN.LBRACKET)
        case ']':
          return this.token(this.pos++, TOKEN.RBRACKET)
        case '{':
          return this.token(this.pos++, TOKEN.LBRACE)
        case '}':
          return this.token(this.pos++, TOKEN.RBRACE)
        case '.':
          return this.token(this.pos++, TOKEN.DOT)
        case ',':
          return this.token(this.pos++, TOKEN.COMMA)
        case ':':
          return this.token(this.pos++, TOKEN.COLON)
        case '?':
          return this.token(this.pos++, TOKEN.QUESTION)
        case `"`:
        case `'`:
          return this.readString(ch)
        // Check for string prefixes (b, B, r, R followed by quote)
        case 'b':
        case 'B':
        case 'r':
        case 'R': {
          // This is a prefixed string, advance past the prefix and read string
          const next = input[pos + 1]
          if (next === '"' || next === "'") return ++this.pos && this.readString(next, ch)
          return this.readIdentifier()
        }
        default: {
          const code = ch.charCodeAt(0)
          if (code <= 57 && code >= 48) return this.readNumber()
          if (this._isIdentifierCharCode(code)) return this.readIdentifier()
        }
      }

      throw parseError('unexpected_character', `Unexpected character: ${ch}`, {
        pos,
        start: pos,
        end: pos + 1,
        input
      })
    }
  }

  // Characters: 0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_
  _isIdentifierCharCode(c) {
    if (c < 48 || c > 122) return false
    return c >= 97 || (c >= 65 && c <= 90) || c <= 57 || c === 95
  }

  _parseAsDouble(start, end) {
    const value = Number(this.input.substring(start, end))
    if (Number.isFinite(value)) return this.token(start, TOKEN.NUMBER, value)
    throw parseError('invalid_number', `Invalid number: ${value}`, {
      pos: start,
      start,
      end,
      input: this.input
    })
  }

  _parseAsBigInt(start, end, isHex, unsigned) {
    const string = this.input.substring(start, end)
    if (unsigned === 'u' || unsigned === 'U') {
      this.pos++
      try {
        return this.token(start, TOKEN.NUMBER, new UnsignedInt(string))
      } catch (_err) {}
    } else {
      try {
        return this.token(start, TOKEN.NUMBER, BigInt(string))
      } catch (_err) {}
    }

    throw parseError(
      isHex ? 'invalid_hex_integer' : 'invalid_integer',
      isHex ? `Invalid hex integer: ${string}` : `Invalid integer: ${string}`,
      {pos: start, start, end: this.pos, input: this.input}
    )
  }

  _readDigits(input, length, pos, code) {
    while (pos < length && (code = input.charCodeAt(pos)) && !(code > 57 || code < 48)) pos++
    return pos
  }

  _readExponent(input, length, pos) {
    let ch = pos < length && input[pos]
    if (ch === 'e' || ch === 'E') {
      ch = ++pos < length && input[pos]
      if (ch === '-' || ch === '+') pos++
      const start = pos
      pos = this._readDigits(input, length, pos)
      if (start === pos)
        throw parseError('invalid_exponent', 'Invalid exponent', {
          pos,
          start: pos,
          end: Math.min(pos + 1, input.length),
          input
        })
    }
    return pos
  }

  readNumber() {
    const {input, length, pos: start} = this
    let pos = start
    if (input[pos] === '0' && (input[pos + 1] === 'x' || input[pos + 1] === 'X')) {
      pos += 2
      while (pos < length && HEX_CODES[input[pos].charCodeAt(0)]) pos++
      return this._parseAsBigInt(start, (this.pos = pos), true, input[pos])
    }

    pos = this._readDigits(input, length, pos)
    if (pos + 1 < length) {
      let isDouble = false
      let afterpos = input[pos] === '.' ? this._readDigits(input, length, pos + 1) : pos + 1
      if (afterpos !== pos + 1) (isDouble = true) && (pos = afterpos)

      afterpos = this._readExponent(input, length, pos)
      if (afterpos !== pos) (isDouble = true) && (pos = afterpos)
      if (isDouble) return this._parseAsDouble(start, (this.pos = pos))
    }
    return this._parseAsBigInt(start, (this.pos = pos), false, input[pos])
  }

  readString(del, prefix) {
    const {input: i, pos: s} = this
    if (i[s + 1] === del && i[s + 2] === del) return this.readTripleQuotedString(del, prefix)
    return this.readSingleQuotedString(del, prefix)
  }

  _closeQuotedString(rawStart, rawValue, prefix, pos) {
    switch (prefix) {
      case 'b':
      case 'B': {
        const processed = this.processEscapes(rawStart, rawValue, true)
        const bytes = new Uint8Array(processed.length)
        for (let i = 0; i < processed.length; i++) bytes[i] = processed.charCodeAt(i) & 0xff
        return this.token(pos - 1, TOKEN.BYTES, bytes)
      }
      case 'r':
      case 'R': {
        return this.token(pos - 1, TOKEN.STRING, rawValue)
      }
      default: {
        const value = this.processEscapes(rawStart, rawValue, false)
        return this.token(pos, TOKEN.STRING, value)
      }
    }
  }

  readSingleQuotedString(delimiter, prefix) {
    const {input, length, pos: start} = this

    let ch
    let pos = this.pos + 1
    while (pos < length && (ch = input[pos])) {
      switch (ch) {
        case delimiter:
          const rawStart = start + 1
          const rawValue = input.slice(rawStart, pos)
          this.pos = ++pos
          return this._closeQuotedString(rawStart, rawValue, prefix, start)
        case '\n':
        case '\r':
          throw parseError('newline_in_string', 'Newlines not allowed in single-quoted strings', {
            pos,
            start: pos,
            end: pos + 1,
            input
          })
        case '\\':
          pos++
      }
      pos++
    }
    throw parseError('unterminated_string', 'Unterminated string', {
      pos: start,
      start,
      end: input.length,
      input
    })
  }

  readTripleQuotedString(delimiter, prefix) {
    const {input, length, pos: start} = this

    let ch
    let pos = this.pos + 3
    while (pos < length && (ch = input[pos])) {
      switch (ch) {
        case delimiter:
          if (input[pos + 1] === delimiter && input[pos + 2] === delimiter) {
            const rawStart = start + 3
            const rawValue = input.slice(rawStart, pos)
            this.pos = pos + 3
            return this._closeQuotedString(rawStart, rawValue, prefix, start)
          }
          break
        case '\\':
          pos++
      }
      pos++
    }
    throw parseError('unterminated_triple_quoted_string', 'Unterminated triple-quoted string', {
      pos: start,
      start,
      end: input.length,
      input
    })
  }

  #escapeErr(code, offset, len, i, chars, extra) {
    const start = offset + i
    return parseError(code, ESCAPE_ERRORS[code](extra), {
      input: this.input,
      pos: start,
      start,
      end: Math.min(start + chars, offset + len)
    })
  }

  processEscapes(offset, str, isBytes) {
    if (!str.includes('\\')) return str

    const len = str.length
    let result = ''
    let i = 0
    while (i < len) {
      if (str[i] !== '\\' || i + 1 >= len) {
        result += str[i++]
        continue
      }

      const next = str[i + 1]
      if (STRING_ESCAPES[next]) {
        result += STRING_ESCAPES[next]
        i += 2
      } else if (next === 'u' || next === 'U') {
        if (isBytes) throw this.#escapeErr('bytes_unicode_escape', offset, len, i, 2, next)

        const hexLen = next === 'u' ? 4 : 8
        const hex = str.substring(i + 2, i + 2 + hexLen)
        const c = Number.parseInt(hex, 16)
        if (hex.length !== hexLen || !/^[0-9a-fA-F]+$/.test(hex) || c > 0x10ffff)
          throw this.#escapeErr('invalid_unicode_escape', offset, len, i, 2 + hexLen, next + hex)
        if (c >= 0xd800 && c <= 0xdfff)
          throw this.#escapeErr('invalid_unicode_surrogate', offset, len, i, 2 + hexLen, next + hex)
        result += String.fromCodePoint(c)
        i += 2 + hexLen
      } else if (next === 'x' || next === 'X') {
        const h = str.substring(i + 2, i + 4)
        if (!/^[0-9a-fA-F]{2}$/.test(h))
          throw this.#escapeErr('invalid_hex_escape', offset, len, i, 4, next + h)
        result += String.fromCharCode(Number.parseInt(h, 16))
        i += 4
      } else if (next >= '0' && next <= '7') {
        const o = str.substring(i + 1, i + 4)
        if (!/^[0-7]{3}$/.test(o)) throw this.#escapeErr('invalid_octal_escape', offset, len, i, 4)
        const value = Number.parseInt(o, 8)
        if (value > 0xff) throw this.#escapeErr('octal_escape_out_of_range', offset, len, i, 4, o)
        result += String.fromCharCode(value)
        i += 4
      } else {
        throw this.#escapeErr('invalid_escape_sequence', offset, len, i, 2, next)
      }
    }

    return result
  }

  readIdentifier() {
    const {pos, input, length} = this
    let p = pos
    while (p < length && this._isIdentifierCharCode(input[p].charCodeAt(0))) p++
    const value = input.substring(pos, (this.pos = p))
    switch (value) {
      case 'true':
        return this.token(pos, TOKEN.BOOLEAN, true)
      case 'false':
        return this.token(pos, TOKEN.BOOLEAN, false)
      case 'null':
        return this.token(pos, TOKEN.NULL, null)
      case 'in':
        return this.token(pos, TOKEN.IN)
      default:
        return this.token(pos, TOKEN.IDENTIFIER, value)
    }
  }
}

const globalLexer = new Lexer()
class Parser {
  lexer = globalLexer
  input = null
  maxDepthRemaining = null
  astNodesRemaining = null

  type = null
  pos = null

  constructor(limits, registry) {
    this.limits = limits
    this.registry = registry
  }

  #limitExceeded(limitKey, pos = this.pos) {
    throw parseError('limit_exceeded', `Exceeded ${limitKey} (${this.limits[limitKey]})`, {
      pos,
      start: pos,
      end: pos,
      input: this.input
    })
  }

  #node(start, end, op, args, pos = start) {
    const node = new ASTNode(this.input, pos, start, end, op, args)
    if (!this.astNodesRemaining--) this.#limitExceeded('maxAstNodes', pos)
    return node
  }

  #infixNode(op, left, right) {
    return this.#node(left.start, right.end, op, [left, right])
  }

  #ternaryNode(expression, consequent, alternate) {
    return this.#node(expression.start, alternate.end, OPERATORS.ternary, [
      expression,
      consequent,
      alternate
    ])
  }

  #unaryNode(pos, op, arg) {
    return this.#node(pos, arg.end, op, arg)
  }

  #accessNode(op, left, right, end, pos = left.start) {
    return this.#node(left.start, end, op, [left, right], pos)
  }

  #advanceToken(returnValue = this.pos) {
    const l = this.lexer.nextToken()
    this.pos = l.tokenPos
    this.type = l.tokenType
    return returnValue
  }

  // The value of the current token is accessed less regularly,
  // so we use a getter to reduce assignment overhead
  get value() {
    return this.lexer.tokenValue
  }

  consume(expectedType) {
    if (this.type === expectedType) return this.#advanceToken()
    throw parseError(
      'expected_token',
      `Expected ${TOKEN_BY_NUMBER[expectedType]}, got ${TOKEN_BY_NUMBER[this.type]}`,
      {pos: this.pos, start: this.pos, end: this.lexer.pos, input: this.input}
    )
  }

  match(type) {
    return this.type === type
  }

  // Parse entry point
  parse(input) {
    if (typeof input !== 'string') {
      throw parseError('expression_must_be_string', 'Expression must be a string')
    }
    this.input = this.lexer.reset(input)
    this.#advanceToken()
    this.maxDepthRemaining = this.limits.maxDepth
    this.astNodesRemaining = this.limits.maxAstNodes

    const result = this.parseExpression()
    if (this.match(TOKEN.EOF)) return result

    throw parseError(
      'unexpected_character',
      `Unexpected character: '${this.input[this.lexer.pos - 1]}'`,
      {
        pos: this.pos,
        start: this.pos,
        end: this.lexer.pos,
        input: this.input
      }
    )
  }

  #expandMacro(start, end, op, args) {
    const methodName = args[0]
    const receiver = op === OPERATORS.rcall ? args[1] : null
    const fnArgs = op === OPERATORS.rcall ? args[2] : args[1]
    const decl = this.registry.findMacro(methodName, !!receiver, fnArgs.length)
    const ast = this.#node(start, end, op, args)
    if (!decl) return ast
    const macro = decl.handler({ast, args: fnArgs, receiver, methodName, parser: this})
    if (macro.callAst) return ast.setMeta('alternate', macro.callAst)
    return ast.setMeta('macro', macro).setMeta('async', isAsync(macro.evaluate, macro.async))
  }

  // Expression ::= LogicalOr ('?' Expression ':' Expression)?
  parseExpression() {
    if (!this.maxDepthRemaining--) this.#limitExceeded('maxDepth')
    const expr = this.parseLogicalOr()
    if (!this.match(TOKEN.QUESTION)) return ++this.maxDepthRemaining && expr

    this.#advanceToken()
    const consequent = this.parseExpression()
    this.consume(TOKEN.COLON)
    const alternate = this.parseExpression()
    this.maxDepthRemaining++
    return this.#ternaryNode(expr, consequent, alternate)
  }

  // LogicalOr ::= LogicalAnd ('||' LogicalAnd)*
  parseLogicalOr() {
    let expr = this.parseLogicalAnd()
    while (this.match(TOKEN.OR)) {
      this.#advanceToken()
      expr = this.#infixNode(OPERATORS['||'], expr, this.parseLogicalAnd())
    }
    return expr
  }

  // LogicalAnd ::= Equality ('&&' Equality)*
  parseLogicalAnd() {
    let expr = this.parseEquality()
    while (this.match(TOKEN.AND)) {
      this.#advanceToken()
      expr = this.#infixNode(OPERATORS['&&'], expr, this.parseEquality())
    }
    return expr
  }

  // Equality ::= Relational (('==' | '!=') Relational)*
  parseEquality() {
    let expr = this.parseRelational()
    while (this.match(TOKEN.EQ) || this.match(TOKEN.NE)) {
      const op = OP_FOR_TOKEN[this.type]
      this.#advanceToken()
      expr = this.#infixNode(op, expr, this.parseRelational())
    }
    return expr
  }

  // Relational ::= Additive (('<' | '<=' | '>' | '>=' | 'in') Additive)*
  parseRelational() {
    let expr = this.parseAdditive()
    while (
      this.match(TOKEN.LT) ||
      this.match(TOKEN.LE) ||
      this.match(TOKEN.GT) ||
      this.match(TOKEN.GE) ||
      this.match(TOKEN.IN)
    ) {
      const op = OP_FOR_TOKEN[this.type]
      this.#advanceToken()
      expr = this.#infixNode(op, expr, this.parseAdditive())
    }
    return expr
  }

  // Additive ::= Multiplicative (('+' | '-') Multiplicative)*
  parseAdditive() {
    let expr = this.parseMultiplicative()
    while (this.match(TOKEN.PLUS) || this.match(TOKEN.MINUS)) {
      const op = OP_FOR_TOKEN[this.type]
      this.#advanceToken()
      expr = this.#infixNode(op, expr, this.parseMultiplicative())
    }
    return expr
  }

  // Multiplicative ::= Unary (('*' | '/' | '%') Unary)*
  parseMultiplicative() {
    let expr = this.parseUnary()
    while (this.match(TOKEN.MULTIPLY) || this.match(TOKEN.DIVIDE) || this.match(TOKEN.MODULO)) {
      const op = OP_FOR_TOKEN[this.type]
      this.#advanceToken()
      expr = this.#infixNode(op, expr, this.parseUnary())
    }
    return expr
  }

  // Unary ::= ('!' | '-')* Postfix
  parseUnary() {
    if (this.type === TOKEN.NOT) {
      return this.#unaryNode(this.#advanceToken(), OPERATORS.unaryNot, this.parseUnary())
    }
    if (this.type === TOKEN.MINUS) {
      return this.#unaryNode(this.#advanceToken(), OPERATORS.unaryMinus, this.parseUnary())
    }
    return this.parsePostfix()
  }

  // Postfix ::= Primary (('.' IDENTIFIER ('(' ArgumentList ')')? | '[' Expression ']'))*
  parsePostfix() {
    let expr = this.parsePrimary()
    const depth = this.maxDepthRemaining
    while (true) {
      if (this.match(TOKEN.DOT)) {
        const dot = this.#advanceToken()
        if (!this.maxDepthRemaining--) this.#limitExceeded('maxDepth', dot)

        const op =
          this.match(TOKEN.QUESTION) && this.registry.enableOptionalTypes && this.#advanceToken()
            ? OPERATORS.optionalFieldAccess
            : OPERATORS.fieldAccess

        const propertyValue = this.value
        const start = this.pos
        const end = this.lexer.pos
        this.consume(TOKEN.IDENTIFIER)
        if (op === OPERATORS.fieldAccess && this.match(TOKEN.LPAREN) && this.#advanceToken()) {
          const args = this.parseArgumentList()
          const closeEnd = this.lexer.pos
          this.consume(TOKEN.RPAREN)
          expr = this.#expandMacro(expr.start, closeEnd, OPERATORS.rcall, [propertyValue, expr, args])
        } else {
          expr = this.#accessNode(op, expr, propertyValue, end, start)
        }
        continue
      }

      if (this.match(TOKEN.LBRACKET)) {
        const bracket = this.#advanceToken()
        if (!this.maxDepthRemaining--) this.#limitExceeded('maxDepth', bracket)

        const op =
          this.match(TOKEN.QUESTION) && this.registry.enableOptionalTypes && this.#advanceToken()
            ? OPERATORS.optionalBracketAccess
            : OPERATORS.bracketAccess

        const index = this.parseExpression()
        const closeEnd = this.lexer.pos
        this.consume(TOKEN.RBRACKET)
        expr = this.#accessNode(op, expr, index, closeEnd)
        continue
      }
      break
    }
    this.maxDepthRemaining = depth
    return expr
  }

  // Primary ::= NUMBER | STRING | BOOLEAN | NULL | IDENTIFIER | '(' Expression ')' | Array | Object
  parsePrimary() {
    switch (this.type) {
      case TOKEN.NUMBER:
      case TOKEN.STRING:
      case TOKEN.BYTES:
      case TOKEN.BOOLEAN:
      case TOKEN.NULL:
        return this.#consumeLiteral()
      case TOKEN.IDENTIFIER:
        return this.#parseIdentifierPrimary()
      case TOKEN.LPAREN:
        return this.#parseParenthesizedExpression()
      case TOKEN.LBRACKET:
        return this.parseList()
      case TOKEN.LBRACE:
        return this.parseMap()
    }

    throw parseError('unexpected_token', `Unexpected token: ${TOKEN_BY_NUMBER[this.type]}`, {
      pos: this.pos,
      start: this.pos,
      end: this.lexer.pos,
      input: this.input
    })
  }

  #consumeLiteral() {
    return this.#advanceToken(this.#node(this.pos, this.lexer.pos, OPERATORS.value, this.value))
  }

  #parseIdentifierPrimary() {
    const value = this.value
    const end = this.lexer.pos
    const start = this.consume(TOKEN.IDENTIFIER)
    if (RESERVED.has(value)) {
      throw parseError('reserved_identifier', `Reserved identifier: ${value}`, {
        pos: start,
        start,
        end,
        input: this.input
      })
    }

    if (!this.match(TOKEN.LPAREN)) return this.#node(start, end, OPERATORS.id, value)
    this.#advanceToken()
    const args = this.parseArgumentList()
    const closeEnd = this.lexer.pos
    this.consume(TOKEN.RPAREN)
    return this.#expandMacro(start, closeEnd, OPERATORS.call, [value, args])
  }

  #parseParenthesizedExpression() {
    this.consume(TOKEN.LPAREN)
    const expr = this.parseExpression()
    this.consume(TOKEN.RPAREN)
    return expr
  }

  parseList() {
    const start = this.consume(TOKEN.LBRACKET)
    const elements = []
    let remainingElements = this.limits.maxListElements

    if (!this.match(TOKEN.RBRACKET)) {
      elements.push(this.parseExpression())
      if (!remainingElements--) this.#limitExceeded('maxListElements', elements.at(-1).pos)
      while (this.match(TOKEN.COMMA)) {
        this.#advanceToken()
        if (this.match(TOKEN.RBRACKET)) break
        elements.push(this.parseExpression())
        if (!remainingElements--) this.#limitExceeded('maxListElements', elements.at(-1).pos)
      }
    }

    const closeEnd = this.lexer.pos
    this.consume(TOKEN.RBRACKET)
    return this.#node(start, closeEnd, OPERATORS.list, elements)
  }

  parseMap() {
    const start = this.consume(TOKEN.LBRACE)
    const props = []
    let remainingEntries = this.limits.maxMapEntries

    if (!this.match(TOKEN.RBRACE)) {
      props.push(this.parseProperty())
      if (!remainingEntries--) this.#limitExceeded('maxMapEntries', props.at(-1)[0].pos)
      while (this.match(TOKEN.COMMA)) {
        this.#advanceToken()
        if (this.match(TOKEN.RBRACE)) break
        props.push(this.parseProperty())
        if (!remainingEntries--) this.#limitExceeded('maxMapEntries', props.at(-1)[0].pos)
      }
    }

    const closeEnd = this.lexer.pos
    this.consume(TOKEN.RBRACE)
    return this.#node(start, closeEnd, OPERATORS.map, props)
  }

  parseProperty() {
    return [this.parseExpression(), (this.consume(TOKEN.COLON), this.parseExpression())]
  }

  parseArgumentList() {
    const args = []
    let remainingArgs = this.limits.maxCallArguments

    if (!this.match(TOKEN.RPAREN)) {
      args.push(this.parseExpression())
      if (!remainingArgs--) this.#limitExceeded('maxCallArguments', args.at(-1).pos)
      while (this.match(TOKEN.COMMA)) {
        this.#advanceToken()
        if (this.match(TOKEN.RPAREN)) break
        args.push(this.parseExpression())
        if (!remainingArgs--) this.#limitExceeded('maxCallArguments', args.at(-1).pos)
      }
    }
    return args
  }
}

;// CONCATENATED MODULE: ./node_modules/@marcbachmann/cel-js/lib/options.js


const DEFAULT_LIMITS = objFreeze({
  maxAstNodes: 100000,
  maxDepth: 250,
  maxListElements: 1000,
  maxMapEntries: 1000,
  maxCallArguments: 32
})

const LIMIT_KEYS = new Set(objKeys(DEFAULT_LIMITS))
function createLimits(overrides, base = DEFAULT_LIMITS) {
  const keys = overrides ? objKeys(overrides) : undefined
  if (!keys?.length) return base

  const merged = {...base}
  for (const key of keys) {
    if (!LIMIT_KEYS.has(key)) throw new TypeError(`Unknown limits option: ${key}`)
    const value = overrides[key]
    if (typeof value !== 'number') continue
    merged[key] = value
  }
  return objFreeze(merged)
}

const DEFAULT_OPTIONS = objFreeze({
  unlistedVariablesAreDyn: false,
  homogeneousAggregateLiterals: true,
  enableOptionalTypes: false,
  limits: DEFAULT_LIMITS
})

function bool(a, b, key) {
  const value = a?.[key] ?? b?.[key]
  if (typeof value !== 'boolean') throw new TypeError(`Invalid option: ${key}`)
  return value
}

function createOptions(opts, base = DEFAULT_OPTIONS) {
  if (!opts) return base
  return objFreeze({
    unlistedVariablesAreDyn: bool(opts, base, 'unlistedVariablesAreDyn'),
    homogeneousAggregateLiterals: bool(opts, base, 'homogeneousAggregateLiterals'),
    enableOptionalTypes: bool(opts, base, 'enableOptionalTypes'),
    limits: createLimits(opts.limits, base.limits)
  })
}

;// CONCATENATED MODULE: ./node_modules/@marcbachmann/cel-js/lib/evaluator.js










const globalRegistry = createRegistry({enableOptionalTypes: false})
registerFunctions(globalRegistry)
registerOverloads(globalRegistry)
registerMacros(globalRegistry)

class Environment {
  #registry
  #evaluator
  #typeChecker
  #evalTypeChecker
  #parser

  constructor(opts, inherited) {
    this.opts = createOptions(opts, inherited?.opts)
    this.#registry = (
      inherited instanceof Environment ? inherited.#registry : globalRegistry
    ).clone(this.opts)

    const childOpts = {registry: this.#registry, opts: this.opts}
    this.#typeChecker = new TypeChecker(childOpts)
    this.#evalTypeChecker = new TypeChecker(childOpts, true)
    this.#evaluator = new Evaluator(childOpts)
    this.#parser = new Parser(this.opts.limits, this.#registry)
    Object.freeze(this)
  }

  clone(opts) {
    return new Environment(opts, this)
  }

  registerFunction(signature, handler, opts) {
    this.#registry.registerFunctionOverload(signature, handler, opts)
    return this
  }

  registerOperator(string, handler, opts) {
    this.#registry.registerOperatorOverload(string, handler, opts)
    return this
  }

  registerType(typename, constructor) {
    this.#registry.registerType(typename, constructor)
    return this
  }

  registerVariable(name, type, opts) {
    this.#registry.registerVariable(name, type, opts)
    return this
  }

  registerConstant(name, type, value) {
    this.#registry.registerConstant(name, type, value)
    return this
  }

  hasVariable(name) {
    return this.#registry.variables.has(name)
  }

  getDefinitions() {
    return this.#registry.getDefinitions()
  }

  check(expression) {
    try {
      return this.#checkAST(this.#parser.parse(expression))
    } catch (error) {
      return {valid: false, error}
    }
  }

  #checkAST(ast) {
    try {
      const typeDecl = this.#typeChecker.check(ast, new RootContext(this.#registry))
      return {valid: true, type: this.#formatTypeForCheck(typeDecl)}
    } catch (error) {
      return {valid: false, error}
    }
  }

  #formatTypeForCheck(typeDecl) {
    if (typeDecl.name === `list<dyn>`) return 'list'
    if (typeDecl.name === `map<dyn, dyn>`) return 'map'
    return typeDecl.name
  }

  parse(expression) {
    const ast = this.#parser.parse(expression)
    const evaluateParsed = this.#evaluateAST.bind(this, ast)
    evaluateParsed.check = this.#checkAST.bind(this, ast)
    evaluateParsed.ast = ast
    return evaluateParsed
  }

  evaluate(expression, context) {
    return this.#evaluateAST(this.#parser.parse(expression), context)
  }

  #evaluateAST(ast, ctx) {
    if (ast.checkedType) {
      return ast.evaluate(this.#evaluator, ast, new RootContext(this.#registry, ctx))
    } else {
      this.#evalTypeChecker.check(ast, (ctx = new RootContext(this.#registry, ctx)))
      return ast.evaluate(this.#evaluator, ast, ctx)
    }
  }
}

class Evaluator extends Base {
  constructor(opts) {
    super(opts)
    this.createError = evaluationError
  }

  #firstMapElement(coll) {
    if (coll instanceof Map) return coll.entries().next().value
    for (const key in coll) return [key, coll[key]]
  }

  debugRuntimeType(value, checkedType) {
    return checkedType?.hasDynType === false ? checkedType : this.debugTypeDeep(value)
  }

  debugTypeDeep(value) {
    const runtimeType = this.debugType(value)
    switch (runtimeType.kind) {
      case 'list': {
        const first = value instanceof Array ? value[0] : value.values().next().value
        if (first === undefined) return runtimeType
        return this.registry.getListType(this.debugTypeDeep(first))
      }
      case 'map': {
        const first = this.#firstMapElement(value)
        if (!first) return runtimeType
        return this.registry.getMapType(
          runtimeType.keyType.hasDynType ? this.debugTypeDeep(first[0]) : runtimeType.keyType,
          runtimeType.valueType.hasDynType ? this.debugTypeDeep(first[1]) : runtimeType.valueType
        )
      }
      default:
        return runtimeType
    }
  }

  tryEval(ast, ctx) {
    try {
      const res = this.run(ast, ctx)
      if (res instanceof Promise) return res.catch((err) => err)
      return res
    } catch (err) {
      return err
    }
  }

  run(ast, ctx) {
    return ast.evaluate(this, ast, ctx)
  }
}

const globalEnvironment = new Environment({
  unlistedVariablesAreDyn: true
})

function parse(expression) {
  return globalEnvironment.parse(expression)
}

function evaluate(expression, context) {
  return globalEnvironment.evaluate(expression, context)
}

function check(expression) {
  return globalEnvironment.check(expression)
}



/* harmony default export */ const evaluator = ({
  parse,
  evaluate,
  check,
  Environment,
  Duration: Duration,
  UnsignedInt: UnsignedInt
});

;// CONCATENATED MODULE: ./node_modules/@marcbachmann/cel-js/lib/serialize.js



/**
 * Serialize a primitive value to CEL syntax
 * @param {*} value - The value to serialize
 * @returns {string} The CEL representation
 */
function serializeValue(value) {
  if (value === null) return 'null'
  if (typeof value === 'boolean') return String(value)
  if (typeof value === 'bigint') return String(value)
  if (typeof value === 'string') return serializeString(value)
  if (value instanceof Uint8Array) return serializeBytes(value)
  if (value instanceof UnsignedInt) return `${value.value}u`
  if (value instanceof Optional) {
    if (value.hasValue()) return `optional.of(${serializeValue(value.value())})`
    return 'optional.none()'
  }

  if (typeof value === 'number') {
    return value % 1 === 0
      ? `${value}.0`
      : value.toLocaleString('en-US', {useGrouping: false, maximumFractionDigits: 9})
  }

  // Handle Uint8Array deserialized from JSON (becomes plain object with numeric keys)
  if (typeof value === 'object') {
    const keys = Object.keys(value)
    if (keys.every((k) => /^\d+$/.test(k))) {
      const bytes = new Uint8Array(keys.length)
      for (let i = 0; i < keys.length; i++) bytes[i] = value[i]
      return serializeBytes(bytes)
    }
  }

  return String(value)
}

/**
 * Convert an AST back to CEL expression string
 * @param {import(".").ASTNode} ast - The AST node to convert
 * @returns {string} The CEL expression string
 */
function serialize(ast) {
  const {op, args} = ast
  switch (op) {
    case 'value':
      return serializeValue(args)
    case 'id':
      return args

    case '||':
    case '&&':
    case '==':
    case '!=':
    case '<':
    case '<=':
    case '>':
    case '>=':
    case 'in':
    case '+':
    case '-':
    case '*':
    case '/':
    case '%':
      return `${wrap(args[0], op)} ${op} ${wrap(args[1], op)}`

    case '!_':
      return `!${wrap(args, op)}`
    case '-_':
      // Add parentheses when operand is a binary operation
      return ['+', '-', '*', '/', '%'].includes(args.op)
        ? `-(${serialize(args)})`
        : `-${serialize(args)}`

    case '.':
      return `${wrap(args[0], op)}.${args[1]}`
    case '.?':
      return `${wrap(args[0], op)}.?${args[1]}`
    case '[]':
      return `${wrap(args[0], op)}[${serialize(args[1])}]`
    case '[?]':
      return `${wrap(args[0], op)}[?${serialize(args[1])}]`

    case 'call':
      return `${args[0]}(${args[1].map(serialize).join(', ')})`
    case 'rcall':
      return `${wrap(args[1], op)}.${args[0]}(${args[2].map(serialize).join(', ')})`

    case 'list':
      return `[${args.map(serialize).join(', ')}]`
    case 'map':
      return `{${args.map(([k, v]) => `${serialize(k)}: ${serialize(v)}`).join(', ')}}`

    case '?:':
      return `${wrap(args[0], op)} ? ${wrap(args[1], op)} : ${serialize(args[2])}`

    default:
      throw new Error(`Unknown AST operation: ${op}`)
  }
}

/**
 * Serialize a string value with proper escaping
 * @param {string} str - The string to serialize
 * @returns {string} The escaped string with quotes
 */
function serializeString(str) {
  const escaped = str
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/\n/g, '\\n')
    .replace(/\r/g, '\\r')
    .replace(/\t/g, '\\t')
    .replace(/\f/g, '\\f')
    .replace(/[\b]/g, '\\b')
    .replace(/\v/g, '\\v')

  let result = ''
  for (let i = 0; i < escaped.length; i++) {
    const code = escaped.charCodeAt(i)
    if (code < 32 || code > 126) {
      result +=
        code <= 0xffff
          ? `\\u${code.toString(16).padStart(4, '0')}`
          : `\\U${code.toString(16).padStart(8, '0')}`
    } else {
      result += escaped[i]
    }
  }

  return `"${result}"`
}

/**
 * Serialize a bytes value
 * @param {Uint8Array} bytes - The bytes to serialize
 * @returns {string} The bytes literal
 */
function serializeBytes(bytes) {
  let result = 'b"'
  for (const byte of bytes) {
    if (byte === 0x5c) result += '\\\\'
    else if (byte === 0x22) result += '\\"'
    else if (byte === 0x0a) result += '\\n'
    else if (byte === 0x0d) result += '\\r'
    else if (byte === 0x09) result += '\\t'
    else if (byte >= 32 && byte <= 126) result += String.fromCharCode(byte)
    else result += `\\x${byte.toString(16).padStart(2, '0')}`
  }
  return `${result}"`
}

/**
 * Operator precedence (higher = tighter binding)
 */
const PRECEDENCE = {
  '?:': 1,
  '||': 2,
  '&&': 3,
  '==': 4,
  '!=': 4,
  '<': 5,
  '<=': 5,
  '>': 5,
  '>=': 5,
  in: 5,
  '+': 6,
  '-': 6,
  '-_': 6,
  '*': 7,
  '/': 7,
  '%': 7,
  '!_': 8,
  '.': 9,
  '.?': 9,
  '[]': 9,
  '[?]': 9,
  call: 9,
  rcall: 9
}

/**
 * Check if parentheses are needed based on operator precedence
 * @param {ASTNode} ast - The AST node to check
 * @param {string} parentOp - The parent operator
 * @returns {boolean} True if parentheses are needed
 */
function needsParentheses(ast, parentOp) {
  const childOp = ast.op
  const parentPrec = PRECEDENCE[parentOp] || 0
  const childPrec = PRECEDENCE[childOp] || 0

  // Atomic operations never need parentheses
  if (
    childOp === 'value' ||
    childOp === 'id' ||
    childOp === 'call' ||
    childOp === 'rcall' ||
    childOp === 'list' ||
    childOp === 'map'
  ) {
    return false
  }

  // Unary minus in multiplicative context: -x * y, -x * y * -z
  if ((parentOp === '*' || parentOp === '/' || parentOp === '%') && childOp === '-_') return false
  if (parentOp === '*' && childOp === '*' && ast.args[0].op === '-_') return false

  // Member/index access chaining: a.b.c, a[0][1], a.?b.c
  if (
    (childOp === '.' || childOp === '[]' || childOp === '.?' || childOp === '[?]') &&
    (parentOp === '.' ||
      parentOp === '[]' ||
      parentOp === '.?' ||
      parentOp === '[?]' ||
      parentOp === 'rcall')
  )
    return false

  // Ternary: only wrap if child is also ternary
  if (parentOp === '?:') return childOp === '?:'

  // Unary operators: wrap if child has lower precedence
  if (parentOp === '!_' || parentOp === '-_') return childPrec < parentPrec

  // Division needs special handling
  if (parentOp === '/' && (childOp === '*' || childOp === '+' || childOp === '-')) return true
  if (childOp === '/' && parentOp !== undefined) return true
  if ((parentOp === '*' || parentOp === '/') && ['+', '-', '*', '/'].includes(childOp)) {
    return true
  }

  // Lower precedence needs parentheses
  if (childPrec < parentPrec) return true

  // Same precedence: non-associative operators need parentheses
  if (
    childPrec === parentPrec &&
    (parentOp === '/' || parentOp === '%') &&
    (childOp === '/' || childOp === '%')
  )
    return true

  return false
}

/**
 * Wrap expression in parentheses if needed
 * @param {*} ast - The AST node
 * @param {string} parentOp - The parent operator
 * @returns {string} The serialized expression, possibly wrapped in parentheses
 */
function wrap(ast, parentOp) {
  return needsParentheses(ast, parentOp) ? `(${serialize(ast)})` : serialize(ast)
}

/* harmony default export */ const lib_serialize = ((/* unused pure expression or super */ null && (serialize)));

;// CONCATENATED MODULE: ./node_modules/@marcbachmann/cel-js/lib/index.js







/* harmony default export */ const lib = ({
  parse: parse,
  evaluate: evaluate,
  check: check,
  Environment: Environment,
  ParseError: ParseError,
  EvaluationError: EvaluationError,
  TypeError: errors_TypeError,
  serialize: serialize,
  Optional: Optional
});

;// CONCATENATED MODULE: ./src/cel/runtime-values.ts
/**
 * Equality, ordering and errors over runtime CEL values as cel-js represents them (bigint for
 * int, number for double, UnsignedInt objects, Duration objects, Date for timestamps, Uint8Array
 * for bytes, arrays and plain objects or Maps for lists and maps). Library functions such as
 * `indexOf`, `min` and `sets.contains` need these outside the evaluator, which keeps its own
 * helpers private.
 */


/** A runtime error whose text is shown to rule authors. */
function celError(message) {
    return new EvaluationError(message);
}
function isDuration(value) {
    return typeof value.seconds === 'bigint' && typeof value.nanos === 'number';
}
/** cel-js's UnsignedInt exposes its bigint through valueOf(). */
function isUnsigned(value) {
    return value.constructor?.name === 'UnsignedInt';
}
function numericValue(value) {
    if (typeof value === 'bigint' || typeof value === 'number')
        return value;
    if (value !== null && typeof value === 'object' && isUnsigned(value))
        return value.valueOf();
    return undefined;
}
function entriesOf(map) {
    return map instanceof Map ? [...map.entries()] : Object.entries(map);
}
function lookup(map, key) {
    if (map instanceof Map)
        return map.has(key) ? { found: true, value: map.get(key) } : { found: false };
    if (typeof key !== 'string' || !Object.prototype.hasOwnProperty.call(map, key))
        return { found: false };
    return { found: true, value: map[key] };
}
/** CEL equality: numbers compare across int/uint/double, containers compare element-wise. */
function celEquals(a, b) {
    if (a === b)
        return true;
    const na = numericValue(a);
    const nb = numericValue(b);
    if (na !== undefined || nb !== undefined) {
        // eslint-disable-next-line eqeqeq -- bigint == number is the intended numeric comparison
        return na !== undefined && nb !== undefined && na == nb;
    }
    if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object')
        return false;
    if (a instanceof quantity/* Quantity */.Q1 || b instanceof quantity/* Quantity */.Q1) {
        return a instanceof quantity/* Quantity */.Q1 && b instanceof quantity/* Quantity */.Q1 && a.equals(b);
    }
    if (a instanceof Date || b instanceof Date) {
        return a instanceof Date && b instanceof Date && a.getTime() === b.getTime();
    }
    if (a instanceof Uint8Array || b instanceof Uint8Array) {
        return a instanceof Uint8Array && b instanceof Uint8Array && compareBytes(a, b) === 0;
    }
    if (a instanceof Optional || b instanceof Optional) {
        if (!(a instanceof Optional && b instanceof Optional))
            return false;
        if (a.hasValue() !== b.hasValue())
            return false;
        return !a.hasValue() || celEquals(a.value(), b.value());
    }
    if (isDuration(a) || isDuration(b)) {
        return isDuration(a) && isDuration(b) && a.seconds === b.seconds && a.nanos === b.nanos;
    }
    // Library value types (IP, CIDR, semver, ...) define their own equality.
    if (hasEquals(a) || hasEquals(b))
        return a.constructor === b.constructor && a.equals(b);
    if (Array.isArray(a) || Array.isArray(b)) {
        if (!(Array.isArray(a) && Array.isArray(b)) || a.length !== b.length)
            return false;
        return a.every((item, i) => celEquals(item, b[i]));
    }
    if (a.constructor !== b.constructor && !(isPlainMap(a) && isPlainMap(b)))
        return false;
    const entries = entriesOf(a);
    if (entries.length !== entriesOf(b).length)
        return false;
    return entries.every(([key, value]) => {
        const other = lookup(b, key);
        return other.found && celEquals(value, other.value);
    });
}
function hasEquals(value) {
    return typeof value.equals === 'function';
}
function isPlainMap(value) {
    return value instanceof Map || Object.getPrototypeOf(value) === Object.prototype || Object.getPrototypeOf(value) === null;
}
function compareBytes(a, b) {
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++)
        if (a[i] !== b[i])
            return a[i] - b[i];
    return a.length - b.length;
}
function sign(n) {
    return n < 0 ? -1 : n > 0 ? 1 : 0;
}
/**
 * CEL ordering for the comparable types (int, uint, double, bool, string, bytes, duration,
 * timestamp). Strings order by code point, as in Go.
 */
function celCompare(a, b) {
    const na = numericValue(a);
    const nb = numericValue(b);
    if (na !== undefined && nb !== undefined)
        return na < nb ? -1 : na > nb ? 1 : 0;
    if (typeof a === 'string' && typeof b === 'string')
        return compareCodePoints(a, b);
    if (typeof a === 'boolean' && typeof b === 'boolean')
        return a === b ? 0 : a ? 1 : -1;
    if (a instanceof Date && b instanceof Date)
        return sign(a.getTime() - b.getTime());
    if (a instanceof Uint8Array && b instanceof Uint8Array)
        return sign(compareBytes(a, b));
    if (a !== null && b !== null && typeof a === 'object' && typeof b === 'object' && isDuration(a) && isDuration(b)) {
        return a.seconds !== b.seconds ? sign(a.seconds - b.seconds) : sign(a.nanos - b.nanos);
    }
    throw celError(`no such overload: cannot compare ${runtime_values_describe(a)} with ${runtime_values_describe(b)}`);
}
/** JS `<` on strings compares UTF-16 units, which misorders astral characters; CEL uses code points. */
function compareCodePoints(a, b) {
    if (a === b)
        return 0;
    const ia = a[Symbol.iterator]();
    const ib = b[Symbol.iterator]();
    for (;;) {
        const x = ia.next();
        const y = ib.next();
        if (x.done || y.done)
            return x.done && y.done ? 0 : x.done ? -1 : 1;
        if (x.value !== y.value)
            return x.value.codePointAt(0) < y.value.codePointAt(0) ? -1 : 1;
    }
}
function runtime_values_describe(value) {
    if (value === null)
        return 'null';
    if (typeof value === 'object')
        return value.constructor?.name ?? 'object';
    return typeof value;
}

;// CONCATENATED MODULE: ./src/cel/comprehensions.ts
/**
 * cel-go's two-variable comprehensions (`ext.TwoVarComprehensions`), which Kubernetes enables in
 * every CEL environment from 1.32 (k8s.io/apiserver `pkg/cel/environment/base.go`):
 *
 *   list.all(i, v, p)   map.all(k, v, p)     exists, existsOne (also spelled exists_one): likewise
 *   transformList(i, v, [filter,] expr)   → list of expr
 *   transformMap(k, v, [filter,] expr)    → map from each key (a list's index) to expr
 *   transformMapEntry(k, v, [filter,] e)  → map merged from the one-entry maps `e` returns
 *
 * For a list the first variable is the index (int) and the second the element; for a map, the
 * key and its value. cel-js has no two-variable comprehension, so these are cel-js macros with
 * their own type check and evaluation. The closure compiler does not know them, so an
 * expression that uses one is interpreted (correct, somewhat slower).
 *
 * Error semantics follow cel-go: `all` is false as soon as one element is false, even if another
 * element's predicate failed (and `exists` dually true); otherwise such an error is the result.
 * `existsOne` and the transforms stop at the first error.
 */


function variableName(node, kind) {
    if (node.op === 'id')
        return node.args;
    throw new ParseError(`${kind}() variable name must be a simple identifier`);
}
/** The types of the two variables over a receiver of type `range`. */
function variableTypes(checker, range, receiver) {
    if (range.kind === 'dyn')
        return [checker.dynType, checker.dynType];
    if (range.kind === 'list')
        return [checker.intType, range.valueType];
    if (range.kind === 'map')
        return [range.keyType, range.valueType];
    throw checker.createError('invalid_comprehension_range', `Expression of type '${checker.formatType(range)}' cannot be range of a comprehension (must be list, map, or dynamic).`, receiver);
}
function requireBool(checker, node, ctx, what) {
    const type = checker.check(node, ctx);
    if (!type.isDynOrBool()) {
        throw checker.createError('invalid_condition_type', `${what} must return bool, got '${checker.formatType(type)}'`, node);
    }
}
function typeCheck(checker, macro, ctx) {
    const range = checker.check(macro.receiver, ctx);
    const [firstType, secondType] = variableTypes(checker, range, macro.receiver);
    macro.firstCtx = ctx.forkWithVariable(macro.first, firstType);
    macro.secondCtx = macro.firstCtx.forkWithVariable(macro.second, secondType);
    const inner = macro.secondCtx;
    if (macro.filter)
        requireBool(checker, macro.filter, inner, `${macro.kind}() filter`);
    switch (macro.kind) {
        case 'all':
        case 'exists':
        case 'existsOne':
        case 'exists_one':
            requireBool(checker, macro.body, inner, `${macro.kind}() predicate`);
            return checker.boolType;
        case 'transformList':
            return checker.registry.getListType(checker.check(macro.body, inner));
        case 'transformMap': {
            const keyType = range.kind === 'list' ? checker.intType : range.kind === 'map' ? range.keyType : checker.dynType;
            return checker.registry.getMapType(keyType, checker.check(macro.body, inner));
        }
        case 'transformMapEntry': {
            const entryType = checker.check(macro.body, inner);
            if (entryType.kind !== 'map' && entryType.kind !== 'dyn') {
                throw checker.createError('invalid_argument', `transformMapEntry() expression must return a map, got '${checker.formatType(entryType)}'`, macro.body);
            }
            return entryType.kind === 'map' ? entryType : checker.registry.getMapType(checker.dynType, checker.dynType);
        }
    }
}
/** Each (first, second) pair of a runtime list or map, in order. */
function* pairsOf(ev, collection, receiver) {
    if (Array.isArray(collection)) {
        for (let i = 0; i < collection.length; i++)
            yield [BigInt(i), collection[i]];
    }
    else if (collection instanceof Map) {
        yield* collection.entries();
    }
    else if (collection !== null && typeof collection === 'object' && !(collection instanceof Set)) {
        for (const key of Object.keys(collection))
            yield [key, collection[key]];
    }
    else {
        throw ev.createError('invalid_comprehension_range', `Expression of type '${ev.debugType(collection)}' cannot be range of a comprehension (must be list, map, or dynamic).`, receiver);
    }
}
function runBool(ev, node, ctx, what) {
    const value = ev.run(node, ctx);
    if (typeof value !== 'boolean')
        throw celError(`${what} must return bool, got '${ev.debugType(value)}'`);
    return value;
}
/** A CEL map from entries: a plain object when every key is a string (as cel-js builds map literals), else a Map. */
function celMap(entries) {
    if (!entries.every(([k]) => typeof k === 'string'))
        return new Map(entries);
    const map = {};
    for (const [k, v] of entries)
        Object.defineProperty(map, k, { value: v, enumerable: true, writable: true, configurable: true });
    return map;
}
function comprehensions_evaluate(ev, macro, ctx) {
    const collection = ev.run(macro.receiver, ctx);
    const firstCtx = macro.firstCtx.reuse(ctx);
    const inner = macro.secondCtx.reuse(firstCtx);
    const { kind, filter, body } = macro;
    const kept = () => !filter || runBool(ev, filter, inner, `${kind}() filter`);
    if (kind === 'all' || kind === 'exists') {
        // `all` stops at the first false, `exists` at the first true; an error is kept and returned
        // only if no element decides the result.
        const decisive = kind === 'exists';
        let error;
        for (const [first, second] of pairsOf(ev, collection, macro.receiver)) {
            firstCtx.setIterValue(first, ev);
            inner.setIterValue(second, ev);
            try {
                if (runBool(ev, body, inner, `${kind}() predicate`) === decisive)
                    return decisive;
            }
            catch (e) {
                error ??= e;
            }
        }
        if (error !== undefined)
            throw error;
        return !decisive;
    }
    let count = 0;
    const list = [];
    const entries = [];
    const seen = new Set();
    for (const [first, second] of pairsOf(ev, collection, macro.receiver)) {
        firstCtx.setIterValue(first, ev);
        inner.setIterValue(second, ev);
        if (kind === 'existsOne' || kind === 'exists_one') {
            if (runBool(ev, body, inner, `${kind}() predicate`))
                count++;
            continue;
        }
        if (!kept())
            continue;
        const value = ev.run(body, inner);
        if (kind === 'transformList')
            list.push(value);
        else if (kind === 'transformMap')
            entries.push([first, value]);
        else {
            for (const entry of pairsOf(ev, value, body)) {
                if (seen.has(entry[0]))
                    throw celError(`insert failed: key ${String(entry[0])} already exists`);
                seen.add(entry[0]);
                entries.push(entry);
            }
        }
    }
    if (kind === 'existsOne' || kind === 'exists_one')
        return count === 1;
    if (kind === 'transformList')
        return list;
    return celMap(entries);
}
function expander(kind, withFilter) {
    return ({ args, receiver }) => {
        const first = variableName(args[0], kind);
        const second = variableName(args[1], kind);
        // cel-go: "duplicate variable name"; both names would denote the same variable.
        if (first === second)
            throw new ParseError(`${kind}() duplicate variable name: ${first}`);
        return {
            kind,
            receiver,
            first,
            second,
            filter: withFilter ? args[2] : undefined,
            body: withFilter ? args[3] : args[2],
            typeCheck,
            evaluate: comprehensions_evaluate,
        };
    };
}
/** Names and arities of the two-variable forms, for the cost estimate and the docs. */
const TWO_VARIABLE_FORMS = [
    { name: 'all', arities: [3] },
    { name: 'exists', arities: [3] },
    { name: 'existsOne', arities: [3] },
    // cel-go keeps the snake-case name of the one-variable macro for the two-variable form too.
    { name: 'exists_one', arities: [3] },
    { name: 'transformList', arities: [3, 4] },
    { name: 'transformMap', arities: [3, 4] },
    { name: 'transformMapEntry', arities: [3, 4] },
];
function registerTwoVariableComprehensions(env) {
    for (const { name, arities } of TWO_VARIABLE_FORMS) {
        for (const arity of arities) {
            const params = Array.from({ length: arity }, () => 'ast').join(', ');
            const result = name.startsWith('transform') ? (name === 'transformList' ? 'list<dyn>' : 'map<dyn, dyn>') : 'bool';
            env.registerFunction(`list.${name}(${params}): ${result}`, expander(name, arity === 4));
        }
    }
}

;// CONCATENATED MODULE: ./src/cel/cost.ts

/** Expressions estimated above this are rejected by `compileExpression` (Kubernetes uses 10^7 for CRD rules). */
const DEFAULT_COST_LIMIT = 10_000_000;
/** Assumed element count of a collection whose size is not otherwise known. */
const DEFAULT_COLLECTION_SIZE = 100;
/** Macros whose three- or four-argument form binds two iteration variables (index/key and value). */
const TWO_VARIABLE_MACROS = new Set(TWO_VARIABLE_FORMS.map((m) => m.name));
/** Every loop the environment runs: cel-js's one-variable macros and the two-variable forms. */
const MACROS = new Set(['all', 'exists', 'exists_one', 'map', 'filter', ...TWO_VARIABLE_MACROS]);
const LIST_WALKERS = new Set(['sum', 'min', 'max', 'isSorted', 'indexOf', 'lastIndexOf', 'join', 'distinct', 'flatten', 'reverse', 'slice']);
const PAIRWISE = new Set(['contains', 'equivalent', 'intersects']);
class Estimator {
    sizes;
    defaultSize;
    /** Sizes of iteration variables currently in scope (they shadow root variables). */
    scopes = [];
    constructor(sizes) {
        this.sizes = sizes;
        this.defaultSize = sizes.defaultSize ?? DEFAULT_COLLECTION_SIZE;
    }
    variableSize(name) {
        for (let i = this.scopes.length - 1; i >= 0; i--) {
            const size = this.scopes[i].get(name);
            if (size !== undefined)
                return size;
        }
        return this.sizes.variables?.[name] ?? this.defaultSize;
    }
    children(node) {
        const found = [];
        const visit = (x) => {
            if (Array.isArray(x))
                x.forEach(visit);
            else if (x !== null && typeof x === 'object' && typeof x.op === 'string')
                found.push(x);
        };
        visit(node.args);
        return found;
    }
    estimate(node) {
        switch (node.op) {
            case 'value': {
                const v = node.args;
                return { cost: 1, size: typeof v === 'string' ? v.length : 1 };
            }
            case 'id':
                return { cost: 1, size: this.variableSize(node.args) };
            case 'list':
            case 'map': {
                const items = this.children(node);
                const cost = items.reduce((sum, child) => sum + this.estimate(child).cost, 1);
                return { cost, size: node.args.length };
            }
            case 'rcall':
                return this.receiverCall(node);
            case 'call':
                return this.call(node);
            case '.':
            case '.?': {
                // A field of anything is a collection of unknown size.
                const inner = this.estimate(node.args[0]);
                return { cost: inner.cost + 1, size: this.defaultSize };
            }
            default: {
                const parts = this.children(node).map((child) => this.estimate(child));
                return {
                    cost: parts.reduce((sum, p) => sum + p.cost, 1),
                    size: Math.max(this.defaultSize, ...parts.map((p) => p.size)),
                };
            }
        }
    }
    receiverCall(node) {
        const [name, receiver, args] = node.args;
        if (MACROS.has(name) && args.length >= 2 && args[0].op === 'id') {
            const over = this.estimate(receiver);
            const twoVariables = args.length === 3 && args[1].op === 'id' && TWO_VARIABLE_MACROS.has(name);
            const vars = twoVariables ? [args[0], args[1]] : [args[0]];
            const scope = new Map(vars.map((v) => [v.args, this.defaultSize]));
            this.scopes.push(scope);
            const body = args.slice(vars.length).reduce((sum, child) => sum + this.estimate(child).cost, 0);
            this.scopes.pop();
            return { cost: over.cost + over.size * (body + 1) + 1, size: over.size };
        }
        if (receiver.op === 'id' && receiver.args === 'cel' && name === 'bind' && args.length === 3) {
            const bound = this.estimate(args[1]);
            this.scopes.push(new Map([[args[0].args, bound.size]]));
            const body = this.estimate(args[2]);
            this.scopes.pop();
            return { cost: bound.cost + body.cost + 1, size: body.size };
        }
        const on = this.estimate(receiver);
        const parts = args.map((a) => this.estimate(a));
        let cost = parts.reduce((sum, p) => sum + p.cost, on.cost + 1);
        if (LIST_WALKERS.has(name))
            cost += on.size;
        if (PAIRWISE.has(name) && receiver.op === 'id' && receiver.args === 'sets' && parts.length === 2) {
            cost += parts[0].size * parts[1].size;
        }
        return { cost, size: on.size };
    }
    call(node) {
        const [, args] = node.args;
        const parts = args.map((a) => this.estimate(a));
        return { cost: parts.reduce((sum, p) => sum + p.cost, 1), size: Math.max(1, ...parts.map((p) => p.size)) };
    }
}
/** Estimated worst-case evaluation steps of a parsed expression (see the module comment). */
function estimateCost(program, sizes = {}) {
    const ast = ('ast' in program ? program.ast : program);
    return new Estimator(sizes).estimate(ast).cost;
}

;// CONCATENATED MODULE: ./src/cel/re2.ts
/**
 * Translates RE2 patterns (the syntax Kubernetes CEL uses) into JavaScript RegExps, and rejects
 * what RE2 does not accept — backreferences and lookaround above all — instead of silently
 * giving them JavaScript's meaning. Errors read like Go's `regexp` errors
 * ("error parsing regexp: missing closing ): `(a`") because rule authors compare against the
 * Kubernetes documentation.
 *
 * Known gaps: inline flags are honoured only as a leading `(?flags)` group (Node 20 has no
 * scoped modifiers); `\S` inside a character class keeps JavaScript's Unicode meaning.
 */
class RegexSyntaxError extends Error {
    name = 'RegexSyntaxError';
}
const MAX_REPEAT = 1000;
const RE2_SPACE = '\\t\\n\\f\\r ';
const POSIX_CLASSES = {
    alnum: '0-9A-Za-z', alpha: 'A-Za-z', ascii: '\\x00-\\x7F', blank: '\\t ', cntrl: '\\x00-\\x1F\\x7F',
    digit: '0-9', graph: '!-~', lower: 'a-z', print: ' -~', punct: '!-\\/:-@\\[-`{-~', space: RE2_SPACE + '\\v',
    upper: 'A-Z', word: '0-9A-Za-z_', xdigit: '0-9A-Fa-f',
};
const SIMPLE_ESCAPES = {
    a: '\\x07', f: '\\f', n: '\\n', r: '\\r', t: '\\t', v: '\\v', d: '\\d', D: '\\D', w: '\\w', W: '\\W',
    b: '\\b', B: '\\B',
};
const hex = (ch) => `\\u{${ch.codePointAt(0).toString(16)}}`;
class Translator {
    pattern;
    pos = 0;
    out = '';
    depth = 0;
    flags = 'u';
    constructor(pattern) {
        this.pattern = pattern;
    }
    fail(reason) {
        throw new RegexSyntaxError(`error parsing regexp: ${reason}: \`${this.pattern}\``);
    }
    run() {
        this.leadingFlags();
        while (this.pos < this.pattern.length)
            this.token();
        if (this.depth > 0)
            this.fail('missing closing )');
        return this.out;
    }
    leadingFlags() {
        const m = /^\(\?([imsU]+)\)/.exec(this.pattern);
        if (!m)
            return;
        for (const f of m[1]) {
            if (f === 'U')
                this.fail('invalid or unsupported Perl syntax: ungreedy flag (?U) is not supported');
            if (!this.flags.includes(f))
                this.flags += f;
        }
        this.pos = m[0].length;
    }
    token() {
        const ch = this.pattern[this.pos];
        switch (ch) {
            case '\\':
                this.out += this.escape(false);
                return;
            case '[':
                this.charClass();
                return;
            case '(':
                this.group();
                return;
            case ')':
                if (this.depth === 0)
                    this.fail('unexpected )');
                this.depth--;
                this.out += ')';
                this.pos++;
                return;
            case '.':
                // RE2's `.` excludes only \n (JS also excludes \r and line separators).
                this.out += this.flags.includes('s') ? '[\\s\\S]' : '[^\\n]';
                this.pos++;
                return;
            case '{':
                this.braces();
                return;
            case '}':
                this.out += '\\}';
                this.pos++;
                return;
            default:
                this.out += ch;
                this.pos++;
        }
    }
    /** `{n}`, `{n,}`, `{n,m}` are repeats (RE2 caps them at 1000); any other `{` is a literal. */
    braces() {
        const m = /^\{(\d+)(,(\d*))?\}/.exec(this.pattern.slice(this.pos));
        if (!m) {
            this.out += '\\{';
            this.pos++;
            return;
        }
        const min = Number(m[1]);
        const max = m[3] ? Number(m[3]) : min;
        if (min > MAX_REPEAT || max > MAX_REPEAT || (m[3] && max < min))
            this.fail(`invalid repeat count: \`${m[0]}\``);
        this.out += m[0];
        this.pos += m[0].length;
    }
    group() {
        const rest = this.pattern.slice(this.pos);
        if (/^\(\?(=|!|<=|<!)/.test(rest))
            this.fail('invalid or unsupported Perl syntax: lookaround `(?=`, `(?!`, `(?<=`, `(?<!` is not supported');
        this.depth++;
        const named = /^\(\?P?<([A-Za-z_][A-Za-z0-9_]*)>/.exec(rest);
        if (named) {
            this.out += `(?<${named[1]}>`;
            this.pos += named[0].length;
        }
        else if (rest.startsWith('(?:')) {
            this.out += '(?:';
            this.pos += 3;
        }
        else if (rest.startsWith('(?')) {
            this.fail('invalid or unsupported Perl syntax: only a leading (?flags) group is supported, not `' + rest.slice(0, 4) + '`');
        }
        else {
            this.out += '(';
            this.pos++;
        }
    }
    charClass() {
        this.pos++;
        let body = '';
        if (this.pattern[this.pos] === '^') {
            body += '^';
            this.pos++;
        }
        // A `]` right after `[` or `[^` is a literal in RE2.
        if (this.pattern[this.pos] === ']') {
            body += '\\]';
            this.pos++;
        }
        for (;;) {
            const ch = this.pattern[this.pos];
            if (ch === undefined)
                this.fail('missing closing ]');
            if (ch === ']')
                break;
            if (ch === '\\') {
                body += this.escape(true);
                continue;
            }
            const posix = /^\[:(\^?)([a-z]+):\]/.exec(this.pattern.slice(this.pos));
            if (posix) {
                const ranges = POSIX_CLASSES[posix[2]];
                if (!ranges)
                    this.fail(`invalid character class range: \`${posix[0]}\``);
                if (posix[1])
                    this.fail(`negated POSIX class \`${posix[0]}\` is not supported`);
                body += ranges;
                this.pos += posix[0].length;
                continue;
            }
            // Characters that are special inside a JS `u` class but literal in RE2.
            body += ch === '[' || ch === '/' || ch === '{' || ch === '}' || ch === '|' || ch === '(' || ch === ')' ? `\\${ch}` : ch;
            this.pos++;
        }
        this.pos++;
        this.out += `[${body}]`;
    }
    /** Translates the escape at `pos` (which points at the backslash). */
    escape(inClass) {
        const next = this.pattern[this.pos + 1];
        if (next === undefined)
            this.fail('trailing backslash at end of expression');
        this.pos += 2;
        if (next >= '1' && next <= '9')
            this.fail(`invalid escape sequence: \`\\${next}\` (backreferences are not supported)`);
        if (next === 's')
            return inClass ? RE2_SPACE : `[${RE2_SPACE}]`;
        if (next === 'S' && !inClass)
            return `[^${RE2_SPACE}]`;
        if (next === 'S')
            return '\\S';
        if (next === 'A' && !inClass)
            return '(?<![\\s\\S])';
        if (next === 'z' && !inClass)
            return '(?![\\s\\S])';
        if (next === 'Q')
            return this.quoted(inClass);
        if (next === 'p' || next === 'P')
            return this.unicodeClass(next);
        if (next === 'x')
            return this.hexEscape();
        if (next === '0')
            return '\\x00';
        const simple = SIMPLE_ESCAPES[next];
        if (simple && !(inClass && (next === 'b' || next === 'B')))
            return simple;
        if (/[A-Za-z0-9]/.test(next))
            this.fail(`invalid escape sequence: \`\\${next}\``);
        return hex(next);
    }
    /** `\Q...\E` quotes everything up to `\E` (or the end). */
    quoted(inClass) {
        const end = this.pattern.indexOf('\\E', this.pos);
        const literal = this.pattern.slice(this.pos, end < 0 ? undefined : end);
        this.pos = end < 0 ? this.pattern.length : end + 2;
        const escaped = Array.from(literal, (c) => (/[A-Za-z0-9 ]/.test(c) ? c : hex(c))).join('');
        return inClass ? escaped : `(?:${escaped})`;
    }
    unicodeClass(kind) {
        const braced = /^\{(\^?)([A-Za-z_]+)\}/.exec(this.pattern.slice(this.pos));
        let name;
        let negate = kind === 'P';
        if (braced) {
            name = braced[2];
            if (braced[1])
                negate = !negate;
            this.pos += braced[0].length;
        }
        else {
            name = this.pattern[this.pos] ?? '';
            if (!/[A-Za-z]/.test(name))
                this.fail('invalid character class range: `\\' + kind + '`');
            this.pos++;
        }
        // One- and two-letter names are general categories; longer ones are scripts.
        const property = name === 'Any' ? 'Any' : name.length <= 2 ? name : `Script=${name}`;
        try {
            new RegExp(`\\p{${property}}`, 'u');
        }
        catch {
            this.fail(`invalid character class range: \`\\${kind}{${name}}\``);
        }
        return `\\${negate ? 'P' : 'p'}{${property}}`;
    }
    hexEscape() {
        const rest = this.pattern.slice(this.pos);
        const braced = /^\{([0-9A-Fa-f]{1,6})\}/.exec(rest);
        const plain = /^[0-9A-Fa-f]{2}/.exec(rest);
        const digits = braced?.[1] ?? plain?.[0];
        if (!digits || parseInt(digits, 16) > 0x10ffff)
            this.fail('invalid escape sequence: `\\x`');
        this.pos += (braced ?? plain)[0].length;
        return `\\u{${digits}}`;
    }
}
/** Translates an RE2 pattern, or throws `RegexSyntaxError`. */
function translateRe2(pattern) {
    const translator = new Translator(pattern);
    const source = translator.run();
    try {
        new RegExp(source, translator.flags);
    }
    catch (error) {
        // Whatever JS still rejects (e.g. `x**`, `a++`) RE2 rejects too.
        const reason = error.message.replace(/^Invalid regular expression: \/.*\/[a-z]*: /, '');
        translator.fail(`invalid or unsupported syntax (${reason})`);
    }
    return { source, flags: translator.flags };
}
const cache = new Map();
const CACHE_LIMIT = 512;
/** A compiled RegExp for an RE2 pattern, cached because rules apply the same pattern to every object. */
function compileRe2(pattern, global = false) {
    const key = `${global ? 'g' : '-'}${pattern}`;
    let regex = cache.get(key);
    if (!regex) {
        const { source, flags } = translateRe2(pattern);
        regex = new RegExp(source, global ? `${flags}g` : flags);
        if (cache.size >= CACHE_LIMIT)
            cache.delete(cache.keys().next().value);
        cache.set(key, regex);
    }
    // Global regexes keep state in lastIndex; reset it so cached instances are safe to reuse.
    regex.lastIndex = 0;
    return regex;
}

;// CONCATENATED MODULE: ./src/cel/regex.ts


function compile(pattern, global) {
    try {
        return compileRe2(pattern, global);
    }
    catch (error) {
        if (error instanceof RegexSyntaxError)
            throw celError(error.message);
        throw error;
    }
}
function find(text, pattern) {
    return compile(pattern, false).exec(text)?.[0] ?? '';
}
function findAll(text, pattern, limit = -1n) {
    if (limit === 0n)
        return [];
    const found = [];
    for (const match of text.matchAll(compile(pattern, true))) {
        found.push(match[0]);
        if (limit > 0n && BigInt(found.length) >= limit)
            break;
    }
    return found;
}
/** The name `s.matches(p)` calls are rewritten to; not meant to be written by hand. */
const RE2_MATCHES = 're2Matches';
function matches(text, pattern) {
    return compile(pattern, false).test(text);
}
function registerRegexLibrary(env) {
    env.registerFunction(`string.${RE2_MATCHES}(string): bool`, matches);
    env.registerFunction('string.find(string): string', find);
    env.registerFunction('string.findAll(string): list<string>', (t, p) => findAll(t, p));
    env.registerFunction('string.findAll(string, int): list<string>', findAll);
}

;// CONCATENATED MODULE: ./src/cel/code-point-strings.ts
/**
 * cel-go's string-extension functions (ext/strings.go) with their exact semantics: indexes and
 * lengths count Unicode code points, not the UTF-16 code units JavaScript strings count, so
 * `'😀a'.indexOf('a')` is 1 and `'😀abc'.substring(1, 2)` is `'a'`; `lowerAscii`/`upperAscii`
 * change ASCII letters only; `trim` removes Go's `unicode.IsSpace` set.
 *
 * Most strings in manifests hold no surrogate pair, and there a code unit is a code point; those
 * take the fast path through JavaScript's own string methods. Only a string that holds a
 * character outside the Basic Multilingual Plane is split into code points.
 */

const SURROGATE = /[\uD800-\uDFFF]/;
/** The string's code points, or undefined when every code unit is one (the fast path). */
function codePoints(text) {
    return SURROGATE.test(text) ? Array.from(text) : undefined;
}
function outOfRange(index) {
    return celError(`index out of range: ${index}`);
}
/** Index of `needle` in `hay` at or after code point `from` (both code-point arrays), or -1. */
function searchForward(hay, needle, from) {
    outer: for (let i = from; i <= hay.length - needle.length; i++) {
        for (let j = 0; j < needle.length; j++)
            if (hay[i + j] !== needle[j])
                continue outer;
        return i;
    }
    return -1;
}
function searchBackward(hay, needle, from) {
    outer: for (let i = Math.min(from, hay.length - needle.length); i >= 0; i--) {
        for (let j = 0; j < needle.length; j++)
            if (hay[i + j] !== needle[j])
                continue outer;
        return i;
    }
    return -1;
}
function charAt(text, index) {
    const chars = codePoints(text);
    const length = chars?.length ?? text.length;
    if (index < 0n || index > BigInt(length))
        throw outOfRange(index);
    // cel-go: the index one past the end gives the empty string, not an error.
    if (index === BigInt(length))
        return '';
    return chars ? chars[Number(index)] : text[Number(index)];
}
function indexOf(text, search, offset = 0n) {
    if (search === '')
        return offset;
    const chars = codePoints(text);
    const length = chars?.length ?? text.length;
    if (offset < 0n || offset >= BigInt(length)) {
        // cel-go's one-argument form searches from 0 and so cannot be out of range: `''.indexOf('a')` is -1.
        if (offset === 0n)
            return -1n;
        throw outOfRange(offset);
    }
    const from = Number(offset);
    if (!chars && !SURROGATE.test(search))
        return BigInt(text.indexOf(search, from));
    return BigInt(searchForward(chars ?? Array.from(text), Array.from(search), from));
}
function lastIndexOf(text, search, offset) {
    const chars = codePoints(text);
    const length = chars?.length ?? text.length;
    if (offset === undefined) {
        if (search === '')
            return BigInt(length);
        if (length === 0)
            return -1n;
        offset = BigInt(length - 1);
    }
    if (search === '')
        return offset;
    if (offset < 0n || offset >= BigInt(length))
        throw outOfRange(offset);
    const from = Number(offset);
    if (!chars && !SURROGATE.test(search))
        return BigInt(text.lastIndexOf(search, from));
    return BigInt(searchBackward(chars ?? Array.from(text), Array.from(search), from));
}
function substring(text, start, end) {
    const chars = codePoints(text);
    const length = BigInt(chars?.length ?? text.length);
    if (end !== undefined && start > end)
        throw celError(`invalid substring range. start: ${start}, end: ${end}`);
    if (start < 0n || start > length)
        throw outOfRange(start);
    if (end !== undefined && (end < 0n || end > length))
        throw outOfRange(end);
    const from = Number(start);
    const to = end === undefined ? undefined : Number(end);
    return chars ? chars.slice(from, to).join('') : text.slice(from, to);
}
function lowerAscii(text) {
    return text.replace(/[A-Z]+/g, (s) => s.toLowerCase());
}
function upperAscii(text) {
    return text.replace(/[a-z]+/g, (s) => s.toUpperCase());
}
/**
 * Go's `unicode.IsSpace`: ASCII \t \n \v \f \r and space, U+0085, U+00A0, and the Unicode
 * White_Space characters above Latin-1. It differs from JavaScript's `trim` in U+0085 (space in
 * Go) and U+FEFF (space in JavaScript only).
 */
const GO_SPACE = '\\t\\n\\v\\f\\r \\u0085\\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000';
const GO_TRIM = new RegExp(`^[${GO_SPACE}]+|[${GO_SPACE}]+$`, 'g');
function trim(text) {
    return text.replace(GO_TRIM, '');
}

;// CONCATENATED MODULE: ./src/cel/lists.ts
/**
 * The Kubernetes list library (k8s.io/apiserver `library.Lists`): `isSorted`, `sum`, `min`,
 * `max`, `indexOf`, `lastIndexOf`. Overloads are registered per element type so that, as in
 * Kubernetes, `['a'].sum()` or `[[1]].min()` are compile errors rather than runtime surprises.
 */


const DURATION = 'google.protobuf.Duration';
const TIMESTAMP = 'google.protobuf.Timestamp';
const COMPARABLE = ['int', 'uint', 'double', 'bool', 'string', 'bytes', DURATION, TIMESTAMP];
const SUMMABLE = ['int', 'uint', 'double', DURATION];
function isSorted(list) {
    for (let i = 1; i < list.length; i++)
        if (celCompare(list[i - 1], list[i]) > 0)
            return false;
    return true;
}
function extreme(name, want) {
    return (list) => {
        if (list.length === 0)
            throw celError(`${name} called on empty list`);
        let best = list[0];
        for (let i = 1; i < list.length; i++)
            if (celCompare(list[i], best) === want)
                best = list[i];
        return best;
    };
}
/**
 * Sums with the operators cel-js registered for the element type, so overflow checks and
 * duration arithmetic behave exactly like `a + b` in an expression would.
 */
function sumWith(env, zeroExpression) {
    const add = env.parse('a + b');
    const zero = env.evaluate(zeroExpression);
    return (list) => {
        let total = zero;
        for (const item of list)
            total = add({ a: total, b: item });
        return total;
    };
}
function registerListsLibrary(env) {
    for (const type of COMPARABLE) {
        env.registerFunction(`list<${type}>.isSorted(): bool`, isSorted);
        env.registerFunction(`list<${type}>.min(): ${type}`, extreme('min', -1));
        env.registerFunction(`list<${type}>.max(): ${type}`, extreme('max', 1));
    }
    const zeros = { int: '0', uint: '0u', double: '0.0', [DURATION]: "duration('0s')" };
    // A throwaway environment evaluates the additions: `a` and `b` are dyn there, so whichever
    // `+` overload matches the runtime values is used.
    const arithmetic = new Environment({ unlistedVariablesAreDyn: true });
    for (const type of SUMMABLE) {
        env.registerFunction(`list<${type}>.sum(): ${type}`, sumWith(arithmetic, zeros[type]));
    }
    env.registerFunction('list<T>.indexOf(T): int', listIndexOf);
    env.registerFunction('list<T>.lastIndexOf(T): int', listLastIndexOf);
}
function listIndexOf(list, item) {
    return BigInt(list.findIndex((x) => celEquals(x, item)));
}
function listLastIndexOf(list, item) {
    return BigInt(list.findLastIndex((x) => celEquals(x, item)));
}

;// CONCATENATED MODULE: ./src/cel/namespace.ts
/** Registers the constant `name` and returns the type name to use as the methods' receiver. */
function registerNamespace(env, name) {
    const typeName = `${name[0].toUpperCase()}${name.slice(1)}Namespace`;
    class Namespace {
    }
    Object.defineProperty(Namespace, 'name', { value: typeName });
    env.registerType(typeName, Namespace);
    env.registerConstant(name, typeName, new Namespace());
    return typeName;
}
/**
 * Registers the constant `name` whose fields are CEL type values, so that a qualified type name
 * such as `net.IP` can be written in an expression (`type(x) == net.IP`). cel-js compares types
 * by identity and does not export its `Type` class, so callers pass the registered type objects.
 */
function registerTypeNamespace(env, name, types) {
    const typeName = `${name[0].toUpperCase()}${name.slice(1)}TypeNamespace`;
    class TypeNamespace {
    }
    Object.defineProperty(TypeNamespace, 'name', { value: typeName });
    const fields = Object.fromEntries(Object.keys(types).map((key) => [key, 'type']));
    env.registerType(typeName, { ctor: TypeNamespace, fields });
    env.registerConstant(name, typeName, Object.assign(new TypeNamespace(), types));
}

;// CONCATENATED MODULE: ./src/cel/strings.ts



/**
 * Built-in method name → the name its cel-go version is registered under. The names are not
 * meant to be written by hand; they appear only in a "no matching overload" error when a `dyn`
 * receiver turns out to be neither a string nor a list.
 */
const STRING_METHOD_ROUTES = Object.freeze({
    indexOf: 'goIndexOf',
    lastIndexOf: 'goLastIndexOf',
    substring: 'goSubstring',
    lowerAscii: 'goLowerAscii',
    upperAscii: 'goUpperAscii',
    trim: 'goTrim',
});
function registerRoutedMethods(env) {
    const r = STRING_METHOD_ROUTES;
    env.registerFunction(`string.${r.indexOf}(string): int`, (t, s) => indexOf(t, s));
    env.registerFunction(`string.${r.indexOf}(string, int): int`, indexOf);
    // `indexOf`/`lastIndexOf` are also the Kubernetes list functions; a routed call may be on a list.
    env.registerFunction(`list<T>.${r.indexOf}(T): int`, listIndexOf);
    env.registerFunction(`string.${r.lastIndexOf}(string): int`, (t, s) => lastIndexOf(t, s));
    env.registerFunction(`string.${r.lastIndexOf}(string, int): int`, lastIndexOf);
    env.registerFunction(`list<T>.${r.lastIndexOf}(T): int`, listLastIndexOf);
    env.registerFunction(`string.${r.substring}(int): string`, (t, start) => substring(t, start));
    env.registerFunction(`string.${r.substring}(int, int): string`, substring);
    env.registerFunction(`string.${r.lowerAscii}(): string`, lowerAscii);
    env.registerFunction(`string.${r.upperAscii}(): string`, upperAscii);
    env.registerFunction(`string.${r.trim}(): string`, trim);
}
function replace(text, search, replacement, limit = -1n) {
    const unlimited = limit < 0n;
    if (search.length === 0) {
        // Like Go's strings.Replace: an empty search matches before every code point and at the end.
        const chars = Array.from(text);
        let result = '';
        for (let i = 0; i <= chars.length; i++) {
            if (unlimited || BigInt(i) < limit)
                result += replacement;
            result += chars[i] ?? '';
        }
        return result;
    }
    if (unlimited)
        return text.replaceAll(search, replacement);
    let result = '';
    let rest = text;
    for (let n = 0n; n < limit; n++) {
        const at = rest.indexOf(search);
        if (at < 0)
            break;
        result += rest.slice(0, at) + replacement;
        rest = rest.slice(at + search.length);
    }
    return result + rest;
}
const ESCAPES = {
    '\u0007': '\\a', '\b': '\\b', '\f': '\\f', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\v': '\\v',
    '\\': '\\\\', '"': '\\"',
};
/** `strings.quote`: a double-quoted CEL string literal that evaluates back to the input. */
function quote(text) {
    let out = '"';
    for (const ch of text)
        out += ESCAPES[ch] ?? ch;
    return `${out}"`;
}
function registerStringsLibrary(env) {
    registerRoutedMethods(env);
    env.registerFunction('string.charAt(int): string', charAt);
    env.registerFunction('string.replace(string, string): string', (t, s, r) => replace(t, s, r));
    env.registerFunction('string.replace(string, string, int): string', replace);
    env.registerFunction('string.reverse(): string', (t) => Array.from(t).reverse().join(''));
    const ns = registerNamespace(env, 'strings');
    env.registerFunction(`${ns}.quote(string): string`, (_, t) => quote(t));
}

;// CONCATENATED MODULE: ./src/cel/ast-walk.ts
/**
 * Walking a parsed cel-js expression as written, and editing its text by node offsets. Rule
 * compilation reads the tree several ways (regex literals, `matches` calls, `has()` forms,
 * variable references); these are the two pieces they share.
 */
/**
 * Calls `visit` on every node, parents before children, in source order; where `visit` returns
 * false the node's children are skipped.
 */
function forEachNode(root, visit) {
    const walk = (x) => {
        if (Array.isArray(x)) {
            for (const item of x)
                walk(item);
            return;
        }
        if (x === null || typeof x !== 'object' || typeof x.op !== 'string')
            return;
        if (visit(x) === false)
            return;
        walk(x.args);
    };
    walk(root);
}
/** `text` with each span replaced; spans must not overlap. */
function applyEdits(text, edits) {
    let out = text;
    for (const edit of [...edits].sort((a, b) => b.start - a.start))
        out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
    return out;
}

;// CONCATENATED MODULE: ./src/cel/closure-compiler.ts
/**
 * Compiles a type-checked cel-js expression into a tree of JavaScript closures, one per AST node.
 *
 * Why: the interpreter walks the AST for every evaluation, dispatching each node through a
 * generic `run` and allocating a context per call; a lint run evaluates the same few hundred
 * expressions against every object, so that walk was most of the rule time. The closures do the
 * same work without the walk: variables are resolved to slots at compile time, and each operator,
 * field access and function call goes straight to the handler cel-js chose when it type-checked
 * the node. Those handlers are cel-js's own, so overload resolution, int64 overflow, errors and
 * their messages stay exactly the interpreter's.
 *
 * What the closures do not handle themselves they leave to the interpreter: a node kind this file
 * does not know makes `compileClosures` return undefined (the expression is interpreted), and at
 * run time any case whose outcome is an error built by the interpreter's internals (a non-bool
 * operand of `&&`, a ternary on a non-bool, a variable of the wrong type) throws `DEOPT`, and the
 * whole expression is evaluated again by the interpreter, which produces that exact error. CEL is
 * side-effect free, so evaluating again is safe.
 */

/** Thrown when the interpreter must take over this evaluation (see the file comment). */
const DEOPT = Symbol('cel-deopt');
const closure_compiler_hasOwn = Object.hasOwn;
class ClosureCompiler {
    ev;
    slotCount = 0;
    constructor(ev) {
        this.ev = ev;
    }
    /** Undefined when some node is of a kind only the interpreter knows. */
    node(ast, scope) {
        const meta = ast.meta;
        if (meta.alternate)
            return this.node(meta.alternate, scope);
        if (meta.macro)
            return this.macro(meta.macro, scope);
        const ev = this.ev;
        switch (ast.op) {
            case 'value': {
                const value = ast.args;
                return () => value;
            }
            case 'id':
                return this.identifier(ast, scope);
            case 'accuValue': {
                const s = scope.accu;
                return s < 0 ? undefined : (f) => f.slots[s];
            }
            case 'accuInc': {
                const s = scope.accu;
                return s < 0 ? undefined : (f) => (f.slots[s] += 1);
            }
            case 'accuPush': {
                const s = scope.accu;
                const item = this.node(ast.args, scope);
                if (s < 0 || !item)
                    return undefined;
                return (f) => {
                    const list = f.slots[s];
                    list.push(item(f));
                    return list;
                };
            }
            case '.':
            case '.?': {
                const left = this.node(ast.args[0], scope);
                const key = ast.args[1];
                const handle = ast.handle;
                if (!left || !handle)
                    return undefined;
                const leftType = ast.args[0].checkedType;
                if (ast.op === '.' && leftType?.name === 'dyn')
                    return this.plainMapField(ast, left, key, handle);
                if (ast.op === '.' && leftType?.kind === 'map' && leftType.valueType)
                    return this.plainMapField(ast, left, key, handle, leftType.valueType);
                return (f) => handle(left(f), key, ast, ev);
            }
            case '[]':
            case '[?]': {
                const left = this.node(ast.args[0], scope);
                const right = this.node(ast.args[1], scope);
                const handle = ast.handle;
                if (!left || !right || !handle)
                    return undefined;
                return (f) => handle(left(f), right(f), ast, ev);
            }
            case 'call': {
                const args = this.nodes(ast.args[1], scope);
                const handle = ast.handle;
                if (!args || !handle)
                    return undefined;
                const only = soleSimpleOverload(ast);
                if (only)
                    return this.soleOverloadCall(ast, args, only, handle);
                return (f) => syncResult(handle(evaluateAll(args, f), ast, ev));
            }
            case 'rcall': {
                const args = ast.receiverWithArgs && this.nodes(ast.receiverWithArgs, scope);
                const handle = ast.handle;
                if (!args || !handle)
                    return undefined;
                return (f) => syncResult(handle(evaluateAll(args, f), ev, ast));
            }
            case 'list': {
                const items = this.nodes(ast.args, scope);
                return items && ((f) => evaluateAll(items, f));
            }
            case 'map':
                return this.mapLiteral(ast, scope);
            case 'comprehension':
                return this.comprehension(ast, scope);
            case '?:': {
                const [condition, whenTrue, whenFalse] = this.nodes(ast.args, scope) ?? [];
                if (!condition || !whenTrue || !whenFalse)
                    return undefined;
                return (f) => {
                    const c = condition(f);
                    if (c === true)
                        return whenTrue(f);
                    if (c === false)
                        return whenFalse(f);
                    throw DEOPT;
                };
            }
            case '&&':
            case '||':
                return this.logical(ast, scope);
            case '!_':
            case '-_': {
                const operand = this.node(ast.args, scope);
                const handle = ast.handle;
                if (!operand || !handle)
                    return undefined;
                return (f) => syncResult(handle(operand(f), ast, ev));
            }
            case '==':
            case '!=':
            case 'in':
            case '+':
            case '-':
            case '*':
            case '/':
            case '%':
            case '<':
            case '<=':
            case '>':
            case '>=': {
                const left = this.node(ast.args[0], scope);
                const right = this.node(ast.args[1], scope);
                const handle = ast.handle;
                if (!left || !right || !handle)
                    return undefined;
                const fast = FAST_BINARY[ast.op];
                if (fast) {
                    return (f) => {
                        const l = left(f);
                        const r = right(f);
                        const v = fast(l, r);
                        return v !== undefined ? v : syncResult(handle(l, r, ast, ev));
                    };
                }
                return (f) => {
                    const l = left(f);
                    return syncResult(handle(l, right(f), ast, ev));
                };
            }
            default:
                return undefined;
        }
    }
    nodes(asts, scope) {
        const fns = [];
        for (const a of asts) {
            const fn = this.node(a, scope);
            if (!fn)
                return undefined;
            fns.push(fn);
        }
        return fns;
    }
    identifier(ast, scope) {
        const name = ast.args;
        const slot = scope.vars.get(name);
        if (slot !== undefined)
            return (f) => f.slots[slot];
        const type = ast.checkedType;
        if (!type)
            return undefined;
        const ev = this.ev;
        // The interpreter converts a map to a message type here, or reports the mismatch: leave both to it.
        return (f) => {
            const v = f.vars[name];
            if (v === undefined || !type.matchesValueType(v, ev))
                throw DEOPT;
            return v;
        };
    }
    /**
     * `a.b` on a plain map (what manifests are), read directly as cel-js's own lookup reads it: for
     * `a` typed only at run time the value just has to be a CEL value; for `a` typed as a map it must
     * match the map's value type. Anything else, and a missing key, goes to cel-js's handler.
     */
    plainMapField(ast, left, key, handle, valueType) {
        const ev = this.ev;
        return (f) => {
            const l = left(f);
            if (l !== null && typeof l === 'object' && (l.constructor === Object || l.constructor === undefined) && closure_compiler_hasOwn(l, key)) {
                const v = l[key];
                if (v !== undefined && (valueType ? valueType.matchesValueType(v, ev) : ev.debugType(v)))
                    return v;
            }
            return handle(l, key, ast, ev);
        };
    }
    /**
     * A call whose function has one overload of this arity, with simple parameter types: cel-js
     * would work out each argument's full runtime type only to pick that same overload. Checking
     * each value against its parameter type picks it too; anything else goes to cel-js, which
     * reports the missing overload.
     */
    soleOverloadCall(ast, args, decl, handle) {
        const ev = this.ev;
        const types = decl.argTypes;
        const handler = decl.handler;
        return (f) => {
            const values = evaluateAll(args, f);
            for (let i = 0; i < values.length; i++) {
                if (!types[i].matchesValueType(values[i], ev))
                    return syncResult(handle(values, ast, ev));
            }
            try {
                return syncResult(handler.apply(ev, values));
            }
            catch (error) {
                // What cel-js does to a function's error: point it at the call.
                const e = error;
                throw typeof e?.withAst === 'function' ? e.withAst(ast) : error;
            }
        };
    }
    mapLiteral(ast, scope) {
        const entries = [];
        for (const [k, v] of ast.args) {
            const key = this.node(k, scope);
            const value = this.node(v, scope);
            if (!key || !value)
                return undefined;
            entries.push([key, value]);
        }
        return (f) => {
            const out = {};
            for (const [key, value] of entries) {
                const k = key(f);
                const v = value(f);
                // As the interpreter: these names would reach the prototype, so they are left out.
                if (k === '__proto__' || k === 'constructor' || k === 'prototype')
                    continue;
                out[k] = v;
            }
            return out;
        };
    }
    /** `has()`, `cel.bind()`, `optional.or()` and `optional.orValue()`: the macros cel-js evaluates itself. */
    macro(macro, scope) {
        const ev = this.ev;
        if (Array.isArray(macro.macroHasProps)) {
            const nodes = macro.macroHasProps;
            const root = this.node(nodes[nodes.length - 1], scope);
            if (!root)
                return undefined;
            return (f) => {
                let i = nodes.length - 1;
                let obj = root(f);
                let optional = false;
                while (i--) {
                    const node = nodes[i];
                    if (node.op === '.?')
                        optional = true;
                    obj = ev.debugType(obj).fieldLazy(obj, node.args[1], node, ev);
                    if (obj !== undefined)
                        continue;
                    if (!(!optional && i && node.op === '.'))
                        break;
                    throw DEOPT; // a missing field before the last one: the interpreter's no_such_key error
                }
                return obj !== undefined;
            };
        }
        if (macro.functionDesc === 'optional.orValue(value)' || macro.functionDesc === 'optional.or(optional)') {
            const receiver = this.node(macro.receiver, scope);
            const fallback = this.node(macro.arg, scope);
            if (!receiver || !fallback)
                return undefined;
            if (macro.functionDesc === 'optional.orValue(value)') {
                return (f) => {
                    const o = receiver(f);
                    if (!(o instanceof Optional))
                        throw DEOPT;
                    return o.hasValue() ? o.value() : fallback(f);
                };
            }
            return (f) => {
                const o = receiver(f);
                if (!(o instanceof Optional))
                    throw DEOPT;
                if (o.hasValue())
                    return o;
                const other = fallback(f);
                if (!(other instanceof Optional))
                    throw DEOPT;
                return other;
            };
        }
        if (typeof macro.var === 'string' && macro.val && macro.exp && macro.bindCtx) {
            const value = this.node(macro.val, scope);
            const slot = this.slotCount++;
            const body = this.node(macro.exp, { vars: new Map(scope.vars).set(macro.var, slot), accu: scope.accu });
            const type = macro.bindCtx.iterType;
            if (!value || !body)
                return undefined;
            return (f) => {
                const v = value(f);
                if (!type.matchesValueType(v, ev))
                    throw DEOPT;
                f.slots[slot] = v;
                return body(f);
            };
        }
        return undefined;
    }
    comprehension(ast, scope) {
        const ev = this.ev;
        const args = ast.args;
        const iterType = args.iterCtx?.iterType;
        if (!iterType)
            return undefined;
        const iterable = this.node(args.iterable, scope);
        const iterSlot = this.slotCount++;
        const accuSlot = this.slotCount++;
        const inner = { vars: new Map(scope.vars).set(args.iterVarName, iterSlot), accu: accuSlot };
        const init = this.node(args.init, inner);
        const step = this.node(args.step, inner);
        if (!iterable || !init || !step)
            return undefined;
        const condition = args.condition;
        const result = args.result;
        const itemsOf = (f) => {
            const coll = iterable(f);
            if (Array.isArray(coll))
                return coll;
            if (coll instanceof Set)
                return [...coll];
            if (coll instanceof Map)
                return [...coll.keys()];
            if (coll !== null && typeof coll === 'object')
                return Object.keys(coll);
            throw DEOPT; // not a range: the interpreter's error
        };
        const setItem = (f, item) => {
            if (!iterType.matchesValueType(item, ev))
                throw DEOPT;
            f.slots[iterSlot] = item;
        };
        if (args.errorsAreFatal) {
            // map, filter, exists_one: the first error ends the loop.
            return (f) => {
                const items = itemsOf(f);
                let accu = init(f);
                f.slots[accuSlot] = accu;
                for (let i = 0; i < items.length; i++) {
                    if (condition && !condition(accu))
                        break;
                    setItem(f, items[i]);
                    accu = step(f);
                }
                return result(accu);
            };
        }
        // all, exists: an error is kept while the loop goes on, and raised only if no element decided.
        return (f) => {
            const items = itemsOf(f);
            let accu = init(f);
            f.slots[accuSlot] = accu;
            let error;
            for (let i = 0; i < items.length; i++) {
                if (!condition(accu))
                    return result(accu);
                setItem(f, items[i]);
                let next;
                try {
                    next = step(f);
                }
                catch (e) {
                    if (e === DEOPT || !(e instanceof Error))
                        throw DEOPT;
                    error ??= e;
                    continue;
                }
                accu = next;
            }
            if (error && condition(accu))
                throw error;
            return result(accu);
        };
    }
    /**
     * CEL's commutative `&&` and `||`: an error on the left is absorbed when the right decides the
     * result on its own (`false` for `&&`, `true` for `||`).
     */
    logical(ast, scope) {
        const left = this.node(ast.args[0], scope);
        const right = this.node(ast.args[1], scope);
        if (!left || !right)
            return undefined;
        const decisive = ast.op === '||';
        return (f) => {
            let l;
            try {
                l = left(f);
            }
            catch (e) {
                if (e === DEOPT || !(e instanceof Error))
                    throw DEOPT;
                l = e;
            }
            if (l === decisive)
                return decisive;
            const r = right(f);
            if (l === !decisive) {
                if (typeof r === 'boolean')
                    return r;
                throw DEOPT;
            }
            if (r === decisive)
                return decisive;
            // The right side does not decide: the left's error stands, as in the interpreter.
            if (l instanceof Error && r === !decisive)
                throw l;
            throw DEOPT; // a non-bool operand: the interpreter words that error
        };
    }
}
const closure_compiler_MAX_INT = 9223372036854775807n;
const closure_compiler_MIN_INT = -9223372036854775808n;
/**
 * Operators on two values of one primitive type, where CEL and JavaScript agree: the result, or
 * undefined to let cel-js's handler decide (mixed types, lists and maps, int64 overflow, strings
 * compared by code point). These spare the handler's run-time type lookup for operands typed `dyn`.
 */
const FAST_BINARY = {
    '==': (l, r) => (typeof l === typeof r && (typeof l === 'string' || typeof l === 'bigint' || typeof l === 'boolean') ? l === r : undefined),
    '!=': (l, r) => (typeof l === typeof r && (typeof l === 'string' || typeof l === 'bigint' || typeof l === 'boolean') ? l !== r : undefined),
    '<': (l, r) => (typeof l === 'bigint' && typeof r === 'bigint' ? l < r : undefined),
    '<=': (l, r) => (typeof l === 'bigint' && typeof r === 'bigint' ? l <= r : undefined),
    '>': (l, r) => (typeof l === 'bigint' && typeof r === 'bigint' ? l > r : undefined),
    '>=': (l, r) => (typeof l === 'bigint' && typeof r === 'bigint' ? l >= r : undefined),
    '+': (l, r) => {
        if (typeof l === 'string' && typeof r === 'string')
            return l + r;
        if (typeof l !== 'bigint' || typeof r !== 'bigint')
            return undefined;
        const v = l + r;
        return v > closure_compiler_MAX_INT || v < closure_compiler_MIN_INT ? undefined : v;
    },
    '-': (l, r) => {
        if (typeof l !== 'bigint' || typeof r !== 'bigint')
            return undefined;
        const v = l - r;
        return v > closure_compiler_MAX_INT || v < closure_compiler_MIN_INT ? undefined : v;
    },
};
/** Parameter types whose `matches` against a runtime type agrees with `matchesValueType` on the value. */
const SIMPLE_PARAM_TYPES = new Set(['dyn', 'map<dyn, dyn>', 'list<dyn>', 'string', 'int', 'bool', 'double']);
function soleSimpleOverload(ast) {
    const declarations = ast.candidates?.declarations;
    if (!declarations || declarations.length !== 1)
        return undefined;
    const decl = declarations[0];
    // cel-js marks every function registered without `{async: false}` as possibly async; what
    // matters here is whether the handler is one (a promise result is caught by `syncResult`).
    if (decl.hasPlaceholderType || decl.macro || isAsyncFunction(decl.handler))
        return undefined;
    return decl.argTypes.every((t) => SIMPLE_PARAM_TYPES.has(t.name)) ? decl : undefined;
}
function isAsyncFunction(fn) {
    return typeof fn === 'function' && fn[Symbol.toStringTag] === 'AsyncFunction';
}
/** Evaluates argument closures last to first, as the interpreter does (it decides which error wins). */
function evaluateAll(fns, f) {
    let i = fns.length;
    const out = new Array(i);
    while (i--)
        out[i] = fns[i](f);
    return out;
}
/** Rule functions are synchronous; a promise would mean an async function the closures don't await. */
function syncResult(value) {
    if (value instanceof Promise)
        throw DEOPT;
    return value;
}
/**
 * The closures for a checked program, or undefined when the interpreter must run it. `ev` is the
 * evaluator of the environment that checked `program` (see `evaluatorOf`).
 */
function compileClosures(program, ev) {
    const ast = program.ast;
    if (!ast.checkedType)
        return undefined;
    const compiler = new ClosureCompiler(ev);
    const root = compiler.node(ast, { vars: new Map(), accu: -1 });
    if (!root)
        return undefined;
    const slotCount = compiler.slotCount;
    // One frame per program, reused: evaluations of one program do not nest (a rule variable's
    // getter runs another program), but a fresh frame is taken if one ever does.
    let spare = { vars: EMPTY_VARS, slots: new Array(slotCount) };
    return (activation) => {
        const frame = spare ?? { vars: activation, slots: new Array(slotCount) };
        spare = undefined;
        frame.vars = activation;
        try {
            return root(frame);
        }
        catch (e) {
            if (e === DEOPT)
                return program(activation);
            throw e;
        }
        finally {
            frame.vars = EMPTY_VARS;
            frame.slots.fill(undefined);
            spare = frame;
        }
    };
}
const EMPTY_VARS = Object.freeze({});
/** The function that hands back the evaluator (see `registerEvaluatorAccess`); not for rule authors. */
const EVALUATOR_FUNCTION = '__resilintEvaluator';
const evaluators = new WeakMap();
/**
 * cel-js keeps each environment's evaluator private but calls every function with it as `this`;
 * a function that returns `this` hands it over. It must be registered before the environment is
 * cloned (cloning freezes the parent's registry); clones inherit it.
 */
function registerEvaluatorAccess(env) {
    env.registerFunction(`${EVALUATOR_FUNCTION}(): dyn`, function () {
        return this;
    });
}
/**
 * The evaluator of `env`, which the closures pass to cel-js's handlers exactly as the interpreter
 * does; undefined for an environment without `registerEvaluatorAccess` (it is then interpreted).
 */
function evaluatorOf(env) {
    let ev = evaluators.get(env);
    if (ev === undefined) {
        try {
            ev = env.evaluate(`${EVALUATOR_FUNCTION}()`);
        }
        catch {
            ev = null;
        }
        evaluators.set(env, ev);
    }
    return ev ?? undefined;
}

;// CONCATENATED MODULE: ./src/cel/compile.ts






function locate(source, offset) {
    if (offset === undefined)
        return {};
    const before = source.slice(0, offset);
    const lineStart = before.lastIndexOf('\n') + 1;
    return { offset, line: before.split('\n').length, column: offset - lineStart + 1 };
}
function failure(source, message, offset) {
    return { ok: false, error: { message: oneLine(message), ...locate(source, offset) } };
}
/** cel-js appends a source excerpt with a caret after a newline; keep only the first line. */
function oneLine(message) {
    return message.split('\n')[0].trim();
}
function fromCelError(source, error) {
    const e = error;
    return failure(source, e.summary ?? e.message ?? String(error), e.range?.start);
}
/**
 * Kubernetes rejects invalid constant patterns when the program is built rather than on first
 * use; so do we, for `matches`, `find` and `findAll`.
 */
function findRegexError(ast) {
    let found;
    forEachNode(ast, (node) => {
        if (found)
            return false;
        if (node.op !== 'rcall')
            return;
        const [name, , args] = node.args;
        const pattern = args[0];
        if ((name === 'matches' || name === 'find' || name === 'findAll') && pattern?.op === 'value' && typeof pattern.args === 'string') {
            try {
                translateRe2(pattern.args);
            }
            catch (error) {
                if (!(error instanceof RegexSyntaxError))
                    throw error;
                const message = name === 'matches' ? `invalid matches argument: ${error.message}` : error.message;
                found = { message, offset: pattern.range?.start };
            }
        }
    });
    return found;
}
function compileExpression(env, source, options = {}) {
    let parsed;
    try {
        parsed = env.parse(source);
    }
    catch (error) {
        return fromCelError(source, error);
    }
    // The tree as written: offsets in it are the author's, for messages about the expression.
    const written = parsed.ast;
    // The text that runs: the source, unless has() had to be rewritten for cel-js (below).
    let text = source;
    let checked = parsed.check();
    if (!checked.valid) {
        // cel-js's has() takes only a chain of fields from a name; cel-go also takes `has(list[0].field)`.
        const rewritten = hasOnAnyOperand(source, parsed.ast);
        const retry = rewritten === source ? undefined : env.parse(rewritten);
        const retried = retry?.check();
        if (!retry || !retried?.valid)
            return fromCelError(source, checked.error);
        parsed = retry;
        checked = retried;
        text = rewritten;
    }
    const type = checked.type ?? 'dyn';
    if (options.expectedType && type !== options.expectedType && type !== 'dyn') {
        return failure(source, `expression must evaluate to ${options.expectedType}, but it evaluates to ${type}`, 0);
    }
    const regexError = findRegexError(written);
    if (regexError)
        return failure(source, regexError.message, regexError.offset);
    const estimatedCost = estimateCost(parsed.ast, options.sizes);
    const costLimit = options.costLimit ?? DEFAULT_COST_LIMIT;
    if (estimatedCost > costLimit) {
        return failure(source, `estimated cost ${estimatedCost} exceeds the limit of ${costLimit}; avoid nesting loops over large lists`, 0);
    }
    const runnable = withRoutedMethods(env, text, parsed);
    const ev = evaluatorOf(env);
    const closures = ev && compileClosures(runnable, ev);
    return { ok: true, program: { source, evaluate: closures ?? runnable, ast: written, type, estimatedCost, compiled: !!closures } };
}
/**
 * `has(e.f)` where `e` does not start at a name (`has(c.ports[0].name)`) written as
 * `(e).?f.hasValue()`, which cel-js accepts and which is true exactly when `e` has the field `f`.
 * Returns the source unchanged when there is no such call.
 */
function hasOnAnyOperand(source, ast) {
    const edits = [];
    forEachNode(ast, (n) => {
        const node = n;
        const [name, args] = node.op === 'call' ? node.args : [];
        if (name !== 'has' || !node.meta?.macro || !Array.isArray(args) || args.length !== 1)
            return;
        const select = args[0];
        if (select.op !== '.' || startsAtName(select))
            return;
        const [operand, field] = select.args;
        edits.push({ start: node.start, end: node.end, text: `(${source.slice(operand.start, operand.end)}).?${field}.hasValue()` });
        return false;
    });
    return applyEdits(source, edits);
}
function startsAtName(node) {
    let n = node;
    while (n.op === '.' || n.op === '.?')
        n = n.args[0];
    return n.op === 'id';
}
/**
 * Built-in methods whose cel-go semantics the library registers under another name, because
 * cel-js does not let a library replace a built-in overload: `matches` (RE2 syntax) and the
 * string functions that must count code points (see `strings.ts`).
 */
const METHOD_ROUTES = new Map([['matches', RE2_MATCHES], ...Object.entries(STRING_METHOD_ROUTES)]);
/**
 * The program to run: the same expression with each routed method call (`x.matches(p)`,
 * `s.indexOf(t)`, ...) renamed to its cel-go implementation, when the environment has them (the
 * checks and messages above used the text as written). Each rename is made at the method name's
 * own offset, found from the parsed tree, so strings and comments that mention the name are
 * never touched.
 */
function withRoutedMethods(env, source, parsed) {
    const edits = [];
    forEachNode(parsed.ast, (node) => {
        if (node.op !== 'rcall')
            return;
        const [method, receiver] = node.args;
        const target = METHOD_ROUTES.get(method);
        if (!target)
            return;
        // After the receiver come its closing parentheses, if any, then `.method`.
        const receiverEnd = receiver.end;
        const name = receiverEnd === undefined ? null : new RegExp(`^[\\s)]*\\.\\s*${method}\\b`).exec(source.slice(receiverEnd));
        if (!name)
            return;
        const start = receiverEnd + name[0].length - method.length;
        edits.push({ start, end: start + method.length, text: target });
    });
    if (edits.length === 0)
        return parsed;
    const rewritten = applyEdits(source, edits);
    try {
        const program = env.parse(rewritten);
        return program.check().valid ? program : parsed;
    }
    catch {
        return parsed; // an environment without the library keeps the built-ins
    }
}

;// CONCATENATED MODULE: ./src/cel/go-quote.ts
/**
 * Go's `strconv.Quote`, because Kubernetes' CEL error messages embed user input with `%q` and
 * rule authors (and the upstream test vectors) match on those messages.
 */
const SHORT_ESCAPES = {
    '\u0007': '\\a', '\b': '\\b', '\f': '\\f', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\v': '\\v',
    '\\': '\\\\', '"': '\\"',
};
/** Go's `unicode.IsPrint`: letters, marks, numbers, punctuation, symbols and the ASCII space. */
const PRINTABLE = /^[\p{L}\p{M}\p{N}\p{P}\p{S} ]$/u;
const go_quote_hex = (n, width) => n.toString(16).padStart(width, '0');
function goQuote(text) {
    let out = '"';
    for (const ch of text) {
        const escaped = SHORT_ESCAPES[ch];
        if (escaped)
            out += escaped;
        else if (PRINTABLE.test(ch))
            out += ch;
        else {
            const code = ch.codePointAt(0);
            // A lone surrogate cannot come from valid UTF-8; Go would print the replacement character.
            if (code >= 0xd800 && code <= 0xdfff)
                out += '\\ufffd';
            else if (code < 0x80)
                out += `\\x${go_quote_hex(code, 2)}`;
            else if (code < 0x10000)
                out += `\\u${go_quote_hex(code, 4)}`;
            else
                out += `\\U${go_quote_hex(code, 8)}`;
        }
    }
    return `${out}"`;
}

;// CONCATENATED MODULE: ./src/cel/url.ts
/**
 * URLs as Kubernetes' CEL `url()` sees them. Kubernetes validates with Go's
 * `url.ParseRequestURI` (absolute URI or absolute path) and then takes the parts from
 * `url.Parse`; this module follows both parsers' rules and error texts for the parts rule
 * authors can observe: scheme, host, hostname, port, escaped path and query.
 */

class URLParseError extends Error {
    name = 'URLParseError';
}
const isAlnum = (c) => /^[A-Za-z0-9]$/.test(c);
const isHex = (c) => c !== undefined && /^[0-9A-Fa-f]$/.test(c);
/** Go's `shouldEscape` for the modes used here (ASCII only; other bytes are always escaped). */
function shouldEscape(c, mode) {
    if (isAlnum(c))
        return false;
    if (mode === 'host' && `!$&'()*+,;=:[]<>"`.includes(c))
        return false;
    if ('-_.~'.includes(c))
        return false;
    if ('$&+,/:;=?@'.includes(c)) {
        if (mode === 'path')
            return c === '?';
        if (mode === 'userinfo')
            return c === '@' || c === '/' || c === '?' || c === ':';
        if (mode === 'query')
            return true;
        if (mode === 'fragment')
            return false;
    }
    if (mode === 'fragment' && `!()*`.includes(c))
        return false;
    return true;
}
/** Go's `unescape`: decodes %XX (and `+` in query mode), refusing malformed escapes. */
function url_unescape(s, mode) {
    const bytes = [];
    const encoder = new TextEncoder();
    for (let i = 0; i < s.length; i++) {
        const c = s[i];
        if (c === '%') {
            if (!isHex(s[i + 1]) || !isHex(s[i + 2])) {
                throw new URLParseError(`invalid URL escape ${goQuote(s.slice(i, i + 3))}`);
            }
            // In a host, only %25 (the zone separator) or escapes of non-ASCII bytes may appear.
            if (mode === 'host' && parseInt(s[i + 1], 16) < 8 && s.slice(i, i + 3) !== '%25') {
                throw new URLParseError(`invalid URL escape ${goQuote(s.slice(i, i + 3))}`);
            }
            bytes.push(parseInt(s.slice(i + 1, i + 3), 16));
            i += 2;
        }
        else if (c === '+' && mode === 'query') {
            bytes.push(0x20);
        }
        else {
            if (mode === 'host' && c < '\u0080' && shouldEscape(c, mode)) {
                throw new URLParseError(`invalid character ${goQuote(c)} in host name`);
            }
            bytes.push(...encoder.encode(c));
        }
    }
    return new TextDecoder().decode(Uint8Array.from(bytes));
}
/** Go's `escape` in path mode: what `EscapedPath` produces when the raw form cannot be kept. */
function escapePath(path) {
    let out = '';
    for (const ch of path) {
        if (ch < '\u0080' && !shouldEscape(ch, 'path'))
            out += ch;
        else
            for (const b of new TextEncoder().encode(ch))
                out += `%${b.toString(16).toUpperCase().padStart(2, '0')}`;
    }
    return out;
}
/** Go's `validEncoded` for paths: may the raw path be returned as it was written? */
function validEncodedPath(raw) {
    for (const c of raw) {
        if (`!$&'()*+,;=:@[]%`.includes(c))
            continue;
        if (c >= '\u0080' || shouldEscape(c, 'path'))
            return false;
    }
    return true;
}
/** A port suffix, either empty or ':' followed by digits only. */
const validOptionalPort = (port) => port === '' || /^:[0-9]*$/.test(port);
function parseHost(host) {
    if (host.startsWith('[')) {
        const close = host.lastIndexOf(']');
        if (close < 0)
            throw new URLParseError("missing ']' in host");
        const colonPort = host.slice(close + 1);
        if (!validOptionalPort(colonPort))
            throw new URLParseError(`invalid port ${goQuote(colonPort)} after host`);
    }
    else {
        const colon = host.lastIndexOf(':');
        if (colon >= 0 && !validOptionalPort(host.slice(colon))) {
            throw new URLParseError(`invalid port ${goQuote(host.slice(colon))} after host`);
        }
    }
    return url_unescape(host, 'host');
}
const USERINFO_CHARS = /^[A-Za-z0-9\-._:~!$&'()*+,;=%@]*$/;
function parseAuthority(authority) {
    const at = authority.lastIndexOf('@');
    const host = parseHost(authority.slice(at + 1));
    if (at >= 0) {
        const userinfo = authority.slice(0, at);
        if (!USERINFO_CHARS.test(userinfo))
            throw new URLParseError('net/url: invalid userinfo');
        url_unescape(userinfo, 'userinfo');
    }
    return host;
}
/** `getScheme`: a letter, then letters, digits, `+`, `-`, `.`, ending at the first ':'. */
function splitScheme(raw) {
    for (let i = 0; i < raw.length; i++) {
        const c = raw[i];
        if (/[A-Za-z]/.test(c))
            continue;
        if (/[0-9+\-.]/.test(c)) {
            if (i === 0)
                return ['', raw];
            continue;
        }
        if (c === ':') {
            if (i === 0)
                throw new URLParseError('missing protocol scheme');
            return [raw.slice(0, i).toLowerCase(), raw.slice(i + 1)];
        }
        return ['', raw];
    }
    return ['', raw];
}
/** Go's internal `parse(rawURL, viaRequest)`. */
function parseParts(raw, viaRequest) {
    // eslint-disable-next-line no-control-regex -- Go refuses ASCII control bytes anywhere
    if (/[\u0000-\u001f\u007f]/.test(raw))
        throw new URLParseError('net/url: invalid control character in URL');
    if (raw === '' && viaRequest)
        throw new URLParseError('empty url');
    const parts = { scheme: '', opaque: '', host: '', path: '', rawPath: '', rawQuery: '' };
    if (raw === '*')
        return { ...parts, path: '*' };
    let rest;
    [parts.scheme, rest] = splitScheme(raw);
    if (rest.endsWith('?') && rest.indexOf('?') === rest.length - 1) {
        rest = rest.slice(0, -1);
    }
    else {
        const q = rest.indexOf('?');
        if (q >= 0) {
            parts.rawQuery = rest.slice(q + 1);
            rest = rest.slice(0, q);
        }
    }
    if (!rest.startsWith('/')) {
        if (parts.scheme !== '')
            return { ...parts, opaque: rest };
        if (viaRequest)
            throw new URLParseError('invalid URI for request');
        const slash = rest.indexOf('/');
        if (rest.slice(0, slash < 0 ? rest.length : slash).includes(':')) {
            throw new URLParseError('first path segment in URL cannot contain colon');
        }
    }
    if ((parts.scheme !== '' || (!viaRequest && !rest.startsWith('///'))) && rest.startsWith('//')) {
        const afterSlashes = rest.slice(2);
        const slash = afterSlashes.indexOf('/');
        const authority = slash < 0 ? afterSlashes : afterSlashes.slice(0, slash);
        rest = slash < 0 ? '' : afterSlashes.slice(slash);
        parts.host = parseAuthority(authority);
    }
    parts.path = url_unescape(rest, 'path');
    parts.rawPath = escapePath(parts.path) === rest ? '' : rest;
    return parts;
}
/**
 * Why Go's `url.ParseRequestURI` refuses `raw` (its `*url.Error` text, `parse "raw": reason`),
 * or undefined when it accepts it.
 */
function requestURIError(raw) {
    try {
        parseParts(raw, true);
        return undefined;
    }
    catch (error) {
        if (error instanceof URLParseError)
            return `parse ${goQuote(raw)}: ${error.message}`;
        throw error;
    }
}
function url_wrap(raw, error) {
    if (error instanceof URLParseError) {
        throw new URLParseError(`URL parse error during conversion from string: parse ${goQuote(raw)}: ${error.message}`);
    }
    throw error;
}
/** Splits `host:port` the way Go's `url.URL.Hostname`/`Port` do. */
function splitHostPort(host) {
    const colon = host.lastIndexOf(':');
    let hostname = host;
    let port = '';
    if (colon >= 0 && validOptionalPort(host.slice(colon))) {
        hostname = host.slice(0, colon);
        port = host.slice(colon + 1);
    }
    if (hostname.startsWith('[') && hostname.endsWith(']'))
        hostname = hostname.slice(1, -1);
    return [hostname, port];
}
class KubernetesURL {
    text;
    parts;
    constructor(text, parts) {
        this.text = text;
        this.parts = parts;
    }
    /** `url()`: must be an absolute URI or an absolute path (Go `url.ParseRequestURI`). */
    static parse(raw) {
        try {
            parseParts(raw, true);
            const hash = raw.indexOf('#');
            const parts = parseParts(hash < 0 ? raw : raw.slice(0, hash), false);
            if (hash >= 0)
                url_unescape(raw.slice(hash + 1), 'fragment');
            return new KubernetesURL(raw, parts);
        }
        catch (error) {
            return url_wrap(raw, error);
        }
    }
    static isValid(raw) {
        try {
            parseParts(raw, true);
            return true;
        }
        catch {
            return false;
        }
    }
    get scheme() {
        return this.parts.scheme;
    }
    /** Host with port, IPv6 in brackets (`[::1]:80`). */
    get host() {
        return this.parts.host;
    }
    /** Host without port or brackets (`::1`). */
    get hostname() {
        return splitHostPort(this.parts.host)[0];
    }
    get port() {
        return splitHostPort(this.parts.host)[1];
    }
    /** The path as written when that is a valid encoding, otherwise re-escaped (`with%20space`). */
    get escapedPath() {
        const { rawPath, path } = this.parts;
        if (rawPath !== '' && validEncodedPath(rawPath)) {
            try {
                if (url_unescape(rawPath, 'path') === path)
                    return rawPath;
            }
            catch {
                // fall through to re-escaping
            }
        }
        if (path === '*')
            return '*';
        return escapePath(path);
    }
    /**
     * Go's `url.ParseQuery`, skipping what it skips: empty keys, pairs with `;` (not a
     * separator since Go 1.17) and pairs with bad escapes. Repeated keys collect their values.
     */
    get query() {
        const result = new Map();
        for (const pair of this.parts.rawQuery.split('&')) {
            if (pair === '' || pair.includes(';'))
                continue;
            const eq = pair.indexOf('=');
            let key;
            let value;
            try {
                key = url_unescape(eq < 0 ? pair : pair.slice(0, eq), 'query');
                value = eq < 0 ? '' : url_unescape(pair.slice(eq + 1), 'query');
            }
            catch {
                continue;
            }
            const values = result.get(key) ?? [];
            values.push(value);
            result.set(key, values);
        }
        return result;
    }
    equals(other) {
        return this.text === other.text;
    }
    toString() {
        return this.text;
    }
}

;// CONCATENATED MODULE: ./src/cel/formats.ts
/**
 * The named string formats of Kubernetes' CEL `format` library (k8s.io/apiserver
 * pkg/cel/library/format.go) and their validators, which return the exact messages of
 * k8s.io/apimachinery validation (for the name formats) and kube-openapi strfmt (for the CRD
 * formats). An empty list means valid.
 */

const DNS1123_LABEL = '[a-z0-9]([-a-z0-9]*[a-z0-9])?';
const DNS1123_SUBDOMAIN = `${DNS1123_LABEL}(\\.${DNS1123_LABEL})*`;
const DNS1035_LABEL = '[a-z]([-a-z0-9]*[a-z0-9])?';
const QUALIFIED_NAME = '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]';
const LABEL_VALUE = `(${QUALIFIED_NAME})?`;
const anchored = (pattern) => new RegExp(`^(?:${pattern})$`);
const dns1123LabelRe = anchored(DNS1123_LABEL);
const dns1123SubdomainRe = anchored(DNS1123_SUBDOMAIN);
const dns1035LabelRe = anchored(DNS1035_LABEL);
const qualifiedNameRe = anchored(QUALIFIED_NAME);
const labelValueRe = anchored(LABEL_VALUE);
/** Go measures lengths in bytes. */
const byteLength = (s) => Buffer.byteLength(s, 'utf8');
const maxLenError = (n) => `must be no more than ${n} characters`;
/** apimachinery `RegexError`: the message, the examples (oddly double-spaced), the regex. */
function regexError(message, pattern, ...examples) {
    if (examples.length === 0)
        return `${message} (regex used for validation is '${pattern}')`;
    const listed = examples.map((e) => `'${e}', `).join(' or ');
    return `${message} (e.g. ${listed}regex used for validation is '${pattern}')`;
}
const DNS1123_LABEL_MSG = "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character";
const DNS1123_SUBDOMAIN_MSG = "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character";
const DNS1035_LABEL_MSG = "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character";
const QUALIFIED_NAME_MSG = "must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character";
const LABEL_VALUE_MSG = "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character";
function dns1123Label(value) {
    const errors = [];
    if (byteLength(value) > 63)
        errors.push(maxLenError(63));
    if (!dns1123LabelRe.test(value)) {
        // A valid subdomain that is not a label can only be one with dots.
        if (dns1123SubdomainRe.test(value))
            errors.push('must not contain dots');
        else
            errors.push(regexError(DNS1123_LABEL_MSG, DNS1123_LABEL, 'my-name', '123-abc'));
    }
    return errors;
}
function dns1123Subdomain(value) {
    const errors = [];
    if (byteLength(value) > 253)
        errors.push(maxLenError(253));
    if (!dns1123SubdomainRe.test(value))
        errors.push(regexError(DNS1123_SUBDOMAIN_MSG, DNS1123_SUBDOMAIN, 'example.com'));
    return errors;
}
function dns1035Label(value) {
    const errors = [];
    if (byteLength(value) > 63)
        errors.push(maxLenError(63));
    if (!dns1035LabelRe.test(value))
        errors.push(regexError(DNS1035_LABEL_MSG, DNS1035_LABEL, 'my-name', 'abc-123'));
    return errors;
}
function qualifiedName(value) {
    const errors = [];
    const parts = value.split('/');
    const nameRegexError = regexError(QUALIFIED_NAME_MSG, QUALIFIED_NAME, 'MyName', 'my.name', '123-abc');
    if (parts.length > 2) {
        return [`a qualified name ${nameRegexError} with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')`];
    }
    const name = parts[parts.length - 1];
    if (parts.length === 2) {
        const prefix = parts[0];
        if (prefix === '')
            errors.push('prefix part must be non-empty');
        else
            errors.push(...dns1123Subdomain(prefix).map((e) => `prefix part ${e}`));
    }
    if (name === '')
        errors.push('name part must be non-empty');
    else if (byteLength(name) > 63)
        errors.push(`name part ${maxLenError(63)}`);
    if (!qualifiedNameRe.test(name))
        errors.push(`name part ${nameRegexError}`);
    return errors;
}
function labelValue(value) {
    const errors = [];
    if (byteLength(value) > 63)
        errors.push(maxLenError(63));
    if (!labelValueRe.test(value))
        errors.push(regexError(LABEL_VALUE_MSG, LABEL_VALUE, 'MyValue', 'my_value', '12345'));
    return errors;
}
/**
 * apimachinery's `maskTrailingDash`, used by the `*Prefix` formats (for generateName): a
 * trailing '-' is allowed by replacing the last two characters with "a", exactly as upstream.
 */
function maskTrailingDash(name) {
    return name.length > 1 && name.endsWith('-') ? `${name.slice(0, -2)}a` : name;
}
const UUID_RE = /^[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}$/i;
const BASE64_RE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=|[A-Za-z0-9+/]{4})$/;
const TIME_OF_DAY_RE = /^([0-9]{2}):([0-9]{2}):([0-9]{2})(.[0-9]+)?(z|([+-][0-9]{2}:[0-9]{2}))$/;
/** Go `time.Parse("2006-01-02", s)`: exact widths, real months, real days (leap years too). */
function isFullDate(value) {
    const m = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/.exec(value);
    if (!m)
        return false;
    const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (month < 1 || month > 12 || day < 1)
        return false;
    const daysInMonth = new Date(Date.UTC(2000, month, 0)).getUTCDate();
    const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    return day <= (month === 2 && !leap ? 28 : daysInMonth);
}
/** kube-openapi strfmt `IsDateTime`: a full date, a 't', then a time of day with a zone. */
function isDateTime(value) {
    if (value.length < 4)
        return false;
    const parts = value.toLowerCase().split('t');
    if (parts.length < 2 || !isFullDate(parts[0]))
        return false;
    const m = TIME_OF_DAY_RE.exec(parts[1]);
    return m !== null && m[1] <= '23' && m[2] <= '59' && m[3] <= '59';
}
const single = (error) => (error === undefined ? [] : [error]);
/** The formats by the name `format.named()` accepts, in the order Kubernetes documents them. */
const NAMED_FORMATS = Object.freeze({
    dns1123Label,
    dns1123Subdomain,
    dns1035Label,
    qualifiedName,
    dns1123LabelPrefix: (v) => dns1123Label(maskTrailingDash(v)),
    dns1123SubdomainPrefix: (v) => dns1123Subdomain(maskTrailingDash(v)),
    dns1035LabelPrefix: (v) => dns1035Label(maskTrailingDash(v)),
    labelValue,
    uri: (v) => single(requestURIError(v)),
    uuid: (v) => (UUID_RE.test(v) ? [] : ['does not match the UUID format']),
    byte: (v) => (BASE64_RE.test(v) ? [] : ['invalid base64']),
    date: (v) => (isFullDate(v) ? [] : ['invalid date']),
    datetime: (v) => (isDateTime(v) ? [] : ['invalid datetime']),
});

;// CONCATENATED MODULE: ./src/cel/format-library.ts
/**
 * The Kubernetes format CEL library (k8s.io/apiserver `library.Format`, Kubernetes 1.31+):
 * `format.named(name)` (an optional format), `format.<name>()` for each named format, and
 * `<format>.validate(string)`, which is `optional.none()` for a valid string and otherwise the
 * list of error messages, e.g. for a `messageExpression`.
 */



const FORMAT_TYPE = 'kubernetes.NamedFormat';
/** One named format; instances are singletons, so equality is identity. */
class NamedFormat {
    name;
    validate;
    constructor(name, validate) {
        this.name = name;
        this.validate = validate;
    }
    toString() {
        return `format.${this.name}()`;
    }
}
const FORMATS = new Map(Object.entries(NAMED_FORMATS).map(([name, validate]) => [name, new NamedFormat(name, validate)]));
function registerFormatLibrary(env) {
    const f = FORMAT_TYPE;
    env.registerType(f, NamedFormat);
    env.registerOperator(`${f} == ${f}`, (a, b) => a === b);
    env.registerFunction(`${f}.validate(string): optional<list<string>>`, (format, value) => {
        const errors = format.validate(value);
        return errors.length === 0 ? Optional.none() : Optional.of(errors);
    });
    const ns = registerNamespace(env, 'format');
    env.registerFunction(`${ns}.named(string): optional<${f}>`, (_, name) => {
        const format = FORMATS.get(name);
        return format ? Optional.of(format) : Optional.none();
    });
    for (const [name, format] of FORMATS)
        env.registerFunction(`${ns}.${name}(): ${f}`, () => format);
}

;// CONCATENATED MODULE: ./src/cel/ip-address.ts
/**
 * IP addresses as Kubernetes' CEL `net.IP` sees them: Go's `netip.ParseAddr` step by step (so
 * error texts match), plus Kubernetes' own refusals (zones, IPv4-mapped IPv6). The canonical
 * text is `netip.Addr.String()`: dotted quad for IPv4, RFC 5952 for IPv6.
 */

/** A refusal with the message Go's netip (or Kubernetes around it) would give. */
class IPParseError extends Error {
    name = 'IPParseError';
}
/** `netip.parseAddrError.Error()`: the input, the reason, and optionally where parsing stopped. */
function addrError(input, reason, at) {
    const where = at ? ` (at ${goQuote(at)})` : '';
    return new IPParseError(`ParseAddr(${goQuote(input)}): ${reason}${where}`);
}
const isDecimal = (c) => c !== undefined && c >= '0' && c <= '9';
/** Parses `input.slice(start, end)` as four decimal octets into `out[offset..offset+3]`. */
function parseIPv4Fields(input, start, end, out, offset) {
    const s = input.slice(start, end);
    let value = 0;
    let digits = 0;
    let field = 0;
    for (let i = 0; i < s.length; i++) {
        const c = s[i];
        if (isDecimal(c)) {
            // Leading zeros are refused: "010" was octal in some parsers, so it is ambiguous.
            if (digits === 1 && value === 0)
                throw addrError(input, 'IPv4 field has octet with leading zero');
            value = value * 10 + Number(c);
            digits++;
            if (value > 255)
                throw addrError(input, 'IPv4 field has value >255');
        }
        else if (c === '.') {
            if (i === 0 || i === s.length - 1 || s[i - 1] === '.') {
                throw addrError(input, 'IPv4 field must have at least one digit', s.slice(i));
            }
            if (field === 3)
                throw addrError(input, 'IPv4 address too long');
            out[offset + field++] = value;
            value = 0;
            digits = 0;
        }
        else {
            throw addrError(input, 'unexpected character', s.slice(i));
        }
    }
    if (field < 3)
        throw addrError(input, 'IPv4 address too short');
    out[offset + 3] = value;
}
function hexValue(c) {
    const code = c.charCodeAt(0);
    if (code >= 48 && code <= 57)
        return code - 48;
    if (code >= 97 && code <= 102)
        return code - 87;
    if (code >= 65 && code <= 70)
        return code - 55;
    return -1;
}
function parseIPv6(input) {
    let s = input;
    let zone = '';
    const percent = s.indexOf('%');
    if (percent >= 0) {
        zone = s.slice(percent + 1);
        s = s.slice(0, percent);
        if (zone === '')
            throw addrError(input, 'zone must be a non-empty string');
    }
    const bytes = new Uint8Array(16);
    let ellipsis = -1;
    if (s.startsWith('::')) {
        ellipsis = 0;
        s = s.slice(2);
        if (s === '')
            return { bytes, zone };
    }
    let i = 0;
    while (i < 16) {
        let off = 0;
        let acc = 0;
        for (; off < s.length; off++) {
            const v = hexValue(s[off]);
            if (v < 0)
                break;
            acc = acc * 16 + v;
            if (off > 3)
                throw addrError(input, 'each group must have 4 or less digits', s);
        }
        if (off === 0)
            throw addrError(input, 'each colon-separated field must have at least one digit', s);
        if (s[off] === '.') {
            // A trailing dotted quad stands for the last 32 bits.
            if (ellipsis < 0 && i !== 12) {
                throw addrError(input, 'embedded IPv4 address must replace the final 2 fields of the address', s);
            }
            if (i + 4 > 16) {
                throw addrError(input, 'too many hex fields to fit an embedded IPv4 at the end of the address', s);
            }
            const end = input.length - (zone ? zone.length + 1 : 0);
            parseIPv4Fields(input, end - s.length, end, bytes, i);
            s = '';
            i += 4;
            break;
        }
        bytes[i] = acc >> 8;
        bytes[i + 1] = acc & 0xff;
        i += 2;
        s = s.slice(off);
        if (s === '')
            break;
        if (s[0] !== ':')
            throw addrError(input, 'unexpected character, want colon', s);
        if (s.length === 1)
            throw addrError(input, 'colon must be followed by more characters', s);
        s = s.slice(1);
        if (s[0] === ':') {
            if (ellipsis >= 0)
                throw addrError(input, 'multiple :: in address', s);
            ellipsis = i;
            s = s.slice(1);
            if (s === '')
                break;
        }
    }
    if (s !== '')
        throw addrError(input, 'trailing garbage after address', s);
    if (i < 16) {
        if (ellipsis < 0)
            throw addrError(input, 'address string too short');
        const shift = 16 - i;
        bytes.copyWithin(ellipsis + shift, ellipsis, i);
        bytes.fill(0, ellipsis, ellipsis + shift);
    }
    else if (ellipsis >= 0) {
        throw addrError(input, 'the :: must expand to at least one field of zeros');
    }
    return { bytes, zone };
}
/** Go's `netip.ParseAddr`, which accepts zones and IPv4-mapped addresses (callers refuse them). */
function parseAddr(input) {
    for (const c of input) {
        if (c === '.') {
            const bytes = new Uint8Array(4);
            parseIPv4Fields(input, 0, input.length, bytes, 0);
            return { bytes, zone: '' };
        }
        if (c === ':')
            return parseIPv6(input);
        if (c === '%')
            throw addrError(input, 'missing IPv6 address');
    }
    throw addrError(input, 'unable to parse IP');
}
/** `::ffff:a.b.c.d`: an IPv4 address dressed as IPv6. */
function isIPv4Mapped(bytes) {
    if (bytes.length !== 16)
        return false;
    for (let i = 0; i < 10; i++)
        if (bytes[i] !== 0)
            return false;
    return bytes[10] === 0xff && bytes[11] === 0xff;
}
function formatIPv6(bytes) {
    const groups = [];
    for (let i = 0; i < 16; i += 2)
        groups.push((bytes[i] << 8) | bytes[i + 1]);
    // RFC 5952: the longest run of two or more zero groups becomes "::" (the first on a tie).
    let bestStart = -1;
    let bestLength = 1;
    for (let i = 0; i < 8; i++) {
        let j = i;
        while (j < 8 && groups[j] === 0)
            j++;
        if (j - i > bestLength) {
            bestStart = i;
            bestLength = j - i;
        }
    }
    const hexGroups = groups.map((g) => g.toString(16));
    if (bestStart < 0)
        return hexGroups.join(':');
    return `${hexGroups.slice(0, bestStart).join(':')}::${hexGroups.slice(bestStart + bestLength).join(':')}`;
}
/** An IPv4 (4 bytes) or IPv6 (16 bytes) address, never zoned, never IPv4-mapped. */
class IPAddress {
    bytes;
    constructor(bytes) {
        this.bytes = bytes;
    }
    /** Builds an address from raw bytes; used for CIDR network addresses. */
    static fromBytes(bytes) {
        return new IPAddress(Uint8Array.from(bytes));
    }
    /** Kubernetes' `parseIPAddr`, with its exact error texts. */
    static parse(text) {
        let parsed;
        try {
            parsed = parseAddr(text);
        }
        catch (error) {
            if (!(error instanceof IPParseError))
                throw error;
            throw new IPParseError(`IP Address ${goQuote(text)} parse error during conversion from string: ${error.message}`);
        }
        if (parsed.zone)
            throw new IPParseError(`IP address ${goQuote(text)} with zone value is not allowed`);
        if (isIPv4Mapped(parsed.bytes))
            throw new IPParseError(`IPv4-mapped IPv6 address ${goQuote(text)} is not allowed`);
        return new IPAddress(parsed.bytes);
    }
    static isValid(text) {
        try {
            IPAddress.parse(text);
            return true;
        }
        catch {
            return false;
        }
    }
    get family() {
        return this.bytes.length === 4 ? 4 : 6;
    }
    get bitLength() {
        return this.bytes.length === 4 ? 32 : 128;
    }
    equals(other) {
        return this.bytes.length === other.bytes.length && this.bytes.every((b, i) => b === other.bytes[i]);
    }
    isUnspecified() {
        return this.bytes.every((b) => b === 0);
    }
    /** IPv4 127.0.0.0/8, IPv6 ::1. */
    isLoopback() {
        if (this.family === 4)
            return this.bytes[0] === 127;
        return this.bytes.every((b, i) => b === (i === 15 ? 1 : 0));
    }
    /** IPv4 224.0.0.0/4, IPv6 ff00::/8. */
    isMulticast() {
        return this.family === 4 ? (this.bytes[0] & 0xf0) === 0xe0 : this.bytes[0] === 0xff;
    }
    /** IPv4 224.0.0.0/24; IPv6 multicast with link-local scope (ffX2::/16), as Go checks it. */
    isLinkLocalMulticast() {
        const b = this.bytes;
        if (this.family === 4)
            return b[0] === 224 && b[1] === 0 && b[2] === 0;
        return b[0] === 0xff && (b[1] & 0x0f) === 0x02;
    }
    /** IPv4 169.254.0.0/16, IPv6 fe80::/10. */
    isLinkLocalUnicast() {
        const b = this.bytes;
        if (this.family === 4)
            return b[0] === 169 && b[1] === 254;
        return b[0] === 0xfe && (b[1] & 0xc0) === 0x80;
    }
    /**
     * Go's definition: anything but unspecified, IPv4 broadcast, multicast, loopback and link-local
     * unicast. Private ranges (10/8, fc00::/7) therefore count as global unicast.
     */
    isGlobalUnicast() {
        if (this.isUnspecified())
            return false;
        if (this.family === 4 && this.bytes.every((b) => b === 255))
            return false;
        return !this.isMulticast() && !this.isLoopback() && !this.isLinkLocalUnicast();
    }
    /** The canonical form (`netip.Addr.String()`). */
    toString() {
        return this.family === 4 ? this.bytes.join('.') : formatIPv6(this.bytes);
    }
}

;// CONCATENATED MODULE: ./src/cel/cidr.ts
/**
 * CIDR prefixes as Kubernetes' CEL `net.CIDR` sees them: Go's `netip.ParsePrefix` (host bits
 * may be set, e.g. `192.168.0.1/24`, and are kept until `masked()`), minus IPv4-mapped IPv6.
 */


const WRAPPER = 'network address parse error during conversion from string: ';
function prefixError(input, reason) {
    return new IPParseError(`${WRAPPER}${WRAPPER}netip.ParsePrefix(${goQuote(input)}): ${reason}`);
}
/** `strconv.Atoi` behind a guard against signs and leading zeros; NaN when Go would refuse it. */
function parseBits(text) {
    if (!/^(0|[1-9][0-9]*)$/.test(text))
        return Number.NaN;
    // Atoi fails beyond int64; any such value is far out of range anyway.
    return text.length > 18 ? Number.NaN : Number(text);
}
class CIDR {
    address;
    prefixLength;
    constructor(address, prefixLength) {
        this.address = address;
        this.prefixLength = prefixLength;
    }
    /** Kubernetes' `parseCIDR`, with its exact (doubly wrapped) error texts. */
    static parse(text) {
        const slash = text.lastIndexOf('/');
        if (slash < 0)
            throw prefixError(text, "no '/'");
        let parsed;
        try {
            parsed = parseAddr(text.slice(0, slash));
        }
        catch (error) {
            if (error instanceof IPParseError)
                throw prefixError(text, error.message);
            throw error;
        }
        if (parsed.zone)
            throw prefixError(text, 'IPv6 zones cannot be present in a prefix');
        const bitsText = text.slice(slash + 1);
        const bits = parseBits(bitsText);
        if (Number.isNaN(bits))
            throw prefixError(text, `bad bits after slash: ${goQuote(bitsText)}`);
        if (bits > parsed.bytes.length * 8)
            throw prefixError(text, 'prefix length out of range');
        const bytes = parsed.bytes;
        if (bytes.length === 16 && bytes.slice(0, 10).every((b) => b === 0) && bytes[10] === 0xff && bytes[11] === 0xff) {
            throw new IPParseError(`${WRAPPER}IPv4-mapped IPv6 address ${goQuote(text)} is not allowed`);
        }
        return new CIDR(IPAddress.fromBytes(bytes), bits);
    }
    static isValid(text) {
        try {
            CIDR.parse(text);
            return true;
        }
        catch {
            return false;
        }
    }
    /** The network address: host bits cleared. */
    masked() {
        return new CIDR(maskAddress(this.address, this.prefixLength), this.prefixLength);
    }
    /** Same family, and the first `prefixLength` bits agree (`netip.Prefix.Contains`). */
    containsIP(ip) {
        if (ip.family !== this.address.family)
            return false;
        return maskAddress(ip, this.prefixLength).equals(maskAddress(this.address, this.prefixLength));
    }
    /** True when every address of `other` lies in this prefix. */
    containsCIDR(other) {
        return other.prefixLength >= this.prefixLength && this.containsIP(other.address);
    }
    /** Address and length both equal: `192.168.0.1/24` differs from its masked form. */
    equals(other) {
        return this.prefixLength === other.prefixLength && this.address.equals(other.address);
    }
    toString() {
        return `${this.address.toString()}/${this.prefixLength}`;
    }
}
function maskAddress(ip, bits) {
    const bytes = Uint8Array.from(ip.bytes);
    for (let i = 0; i < bytes.length; i++) {
        const keep = Math.max(0, Math.min(8, bits - i * 8));
        bytes[i] = bytes[i] & (0xff << (8 - keep)) & 0xff;
    }
    return IPAddress.fromBytes(bytes);
}

;// CONCATENATED MODULE: ./src/cel/network-library.ts




const IP_TYPE = 'net.IP';
const CIDR_TYPE = 'net.CIDR';
function orCelError(parse) {
    return (text) => {
        try {
            return parse(text);
        }
        catch (error) {
            if (error instanceof IPParseError)
                throw celError(error.message);
            throw error;
        }
    };
}
const parseIP = orCelError((text) => IPAddress.parse(text));
const parseCIDR = orCelError((text) => CIDR.parse(text));
function registerIpLibrary(env) {
    const ip = IP_TYPE;
    env.registerType(ip, IPAddress);
    env.registerOperator(`${ip} == ${ip}`, (a, b) => a.equals(b));
    env.registerFunction(`ip(string): ${ip}`, parseIP);
    env.registerFunction('isIP(string): bool', (text) => IPAddress.isValid(text));
    env.registerFunction(`string(${ip}): string`, (a) => a.toString());
    env.registerFunction(`${ip}.family(): int`, (a) => BigInt(a.family));
    env.registerFunction(`${ip}.isUnspecified(): bool`, (a) => a.isUnspecified());
    env.registerFunction(`${ip}.isLoopback(): bool`, (a) => a.isLoopback());
    env.registerFunction(`${ip}.isLinkLocalMulticast(): bool`, (a) => a.isLinkLocalMulticast());
    env.registerFunction(`${ip}.isLinkLocalUnicast(): bool`, (a) => a.isLinkLocalUnicast());
    env.registerFunction(`${ip}.isGlobalUnicast(): bool`, (a) => a.isGlobalUnicast());
    // `ip.isCanonical(s)`: canonical text is the one form `string(ip(s))` gives back, so fields
    // holding canonical IPs can be compared as strings.
    const ns = registerNamespace(env, 'ip');
    env.registerFunction(`${ns}.isCanonical(string): bool`, (_, text) => parseIP(text).toString() === text);
}
function registerCidrLibrary(env) {
    const c = CIDR_TYPE;
    env.registerType(c, CIDR);
    env.registerOperator(`${c} == ${c}`, (a, b) => a.equals(b));
    env.registerFunction(`cidr(string): ${c}`, parseCIDR);
    env.registerFunction('isCIDR(string): bool', (text) => CIDR.isValid(text));
    env.registerFunction(`string(${c}): string`, (a) => a.toString());
    env.registerFunction(`${c}.containsIP(${IP_TYPE}): bool`, (a, b) => a.containsIP(b));
    env.registerFunction(`${c}.containsIP(string): bool`, (a, b) => a.containsIP(parseIP(b)));
    env.registerFunction(`${c}.containsCIDR(${c}): bool`, (a, b) => a.containsCIDR(b));
    env.registerFunction(`${c}.containsCIDR(string): bool`, (a, b) => a.containsCIDR(parseCIDR(b)));
    env.registerFunction(`${c}.ip(): ${IP_TYPE}`, (a) => a.address);
    env.registerFunction(`${c}.masked(): ${c}`, (a) => a.masked());
    env.registerFunction(`${c}.prefixLength(): int`, (a) => BigInt(a.prefixLength));
}
function registerNetworkLibrary(env) {
    registerIpLibrary(env);
    registerCidrLibrary(env);
    registerTypeNamespace(env, 'net', {
        IP: env.evaluate('type(ip("0.0.0.0"))'),
        CIDR: env.evaluate('type(cidr("0.0.0.0/0"))'),
    });
}

;// CONCATENATED MODULE: ./src/cel/conversions.ts
const conversions_DURATION = 'google.protobuf.Duration';
const conversions_TIMESTAMP = 'google.protobuf.Timestamp';
const NANOS_PER_SECOND = 1000000000n;
/** cel-go's form: seconds as the shortest decimal, then `s` (`90s`, `1.5s`, `-0.000000001s`). */
function durationString(d) {
    const total = d.seconds * NANOS_PER_SECOND + BigInt(d.nanos);
    const sign = total < 0n ? '-' : '';
    const abs = total < 0n ? -total : total;
    const fraction = (abs % NANOS_PER_SECOND).toString().padStart(9, '0').replace(/0+$/, '');
    return `${sign}${abs / NANOS_PER_SECOND}${fraction ? `.${fraction}` : ''}s`;
}
/** Go's RFC 3339 with nanoseconds, in UTC: the fraction without trailing zeros, none when whole. */
function timestampString(t) {
    return t.toISOString().replace(/\.?0+Z$/, 'Z');
}
function registerConversions(env) {
    env.registerFunction(`string(${conversions_DURATION}): string`, durationString);
    env.registerFunction(`string(${conversions_TIMESTAMP}): string`, timestampString);
    // cel-go: seconds since the Unix epoch, rounded toward negative infinity (Go's Time.Unix).
    env.registerFunction(`int(${conversions_TIMESTAMP}): int`, (t) => BigInt(Math.floor(t.getTime() / 1000)));
    env.registerFunction(`duration(${conversions_DURATION}): ${conversions_DURATION}`, (d) => d);
    env.registerFunction(`timestamp(${conversions_TIMESTAMP}): ${conversions_TIMESTAMP}`, (t) => t);
}

;// CONCATENATED MODULE: ./src/cel/optionals.ts
/**
 * The parts of cel-go's optional library that cel-js 8 lacks:
 * - equality of optional values (`optional.of(1) == optional.of(1)` is "no such overload" in
 *   cel-js). CEL defines it: both empty, or both present with equal values. Kubernetes rules rely
 *   on it, e.g. `format.dns1123Label().validate(name) == optional.none()`.
 * - `optional.ofNonZeroValue(x)`: `optional.none()` when `x` is its type's zero value.
 */


/** Go's zero time, 0001-01-01T00:00:00Z: what cel-go's `Timestamp.IsZeroValue` tests (`time.Time.IsZero`). */
const GO_ZERO_TIME_MS = -62_135_596_800_000;
/** cel-go's `IsZeroValue` over cel-js's runtime values. */
function isZeroValue(value) {
    if (value === null || value === false || value === 0n || value === 0 || value === '')
        return true;
    if (typeof value !== 'object')
        return false;
    if (Array.isArray(value) || value instanceof Uint8Array)
        return value.length === 0;
    if (value instanceof Map || value instanceof Set)
        return value.size === 0;
    if (value instanceof Date)
        return value.getTime() === GO_ZERO_TIME_MS;
    if (value instanceof Optional)
        return !value.hasValue();
    const d = value;
    if (typeof d.seconds === 'bigint' && typeof d.nanos === 'number')
        return d.seconds === 0n && d.nanos === 0;
    if (value.constructor?.name === 'UnsignedInt')
        return value.valueOf() === 0n;
    // A plain object is a CEL map here.
    if (Object.getPrototypeOf(value) === Object.prototype)
        return Object.keys(value).length === 0;
    return false;
}
function registerOptionalEquality(env) {
    env.registerOperator('optional<A> == optional<A>', (a, b) => celEquals(a, b));
}
function registerOptionalConstructors(env) {
    env.registerFunction('OptionalNamespace.ofNonZeroValue(A): optional<A>', (_, value) => isZeroValue(value) ? Optional.none() : Optional.of(value));
}

;// CONCATENATED MODULE: ./src/cel/quantity-library.ts


const QUANTITY_TYPE = 'kubernetes.Quantity';
const Q = QUANTITY_TYPE;
/**
 * Parsed quantities by text. Manifests repeat a handful of values ('250m', '512Mi') thousands of
 * times and rules parse each several times; Quantity is immutable, so one instance can serve all.
 */
const parsed = new Map();
const quantity_library_CACHE_LIMIT = 4096;
function parseOrThrow(text) {
    const known = parsed.get(text);
    if (known)
        return known;
    try {
        const q = quantity/* Quantity */.Q1.parse(text);
        if (parsed.size >= quantity_library_CACHE_LIMIT)
            parsed.clear();
        parsed.set(text, q);
        return q;
    }
    catch (error) {
        if (error instanceof quantity/* QuantityParseError */.bU)
            throw celError(error.message);
        throw error;
    }
}
function registerQuantityLibrary(env) {
    env.registerType(Q, quantity/* Quantity */.Q1);
    env.registerOperator(`${Q} == ${Q}`, (a, b) => a.equals(b));
    env.registerFunction(`quantity(string): ${Q}`, parseOrThrow);
    env.registerFunction('isQuantity(string): bool', (text) => parsed.has(text) || (0,quantity/* isQuantity */.Ep)(text));
    env.registerFunction(`${Q}.sign(): int`, (q) => BigInt(q.sign()));
    env.registerFunction(`${Q}.isInteger(): bool`, (q) => q.isInteger());
    env.registerFunction(`${Q}.asInteger(): int`, (q) => {
        const value = q.asInteger();
        if (value === undefined)
            throw celError('cannot convert value to integer');
        return value;
    });
    env.registerFunction(`${Q}.asApproximateFloat(): double`, (q) => q.asApproximateFloat());
    env.registerFunction(`${Q}.compareTo(${Q}): int`, (a, b) => BigInt(a.compareTo(b)));
    env.registerFunction(`${Q}.isLessThan(${Q}): bool`, (a, b) => a.compareTo(b) < 0);
    env.registerFunction(`${Q}.isGreaterThan(${Q}): bool`, (a, b) => a.compareTo(b) > 0);
    env.registerFunction(`${Q}.add(${Q}): ${Q}`, (a, b) => a.add(b));
    env.registerFunction(`${Q}.add(int): ${Q}`, (a, b) => a.add(quantity/* Quantity */.Q1.fromInteger(b)));
    env.registerFunction(`${Q}.sub(${Q}): ${Q}`, (a, b) => a.sub(b));
    env.registerFunction(`${Q}.sub(int): ${Q}`, (a, b) => a.sub(quantity/* Quantity */.Q1.fromInteger(b)));
}

;// CONCATENATED MODULE: ./src/cel/semver.ts
/**
 * Semantic versions as Kubernetes' CEL `semver()` sees them: strict semver.org 2.0 parsing
 * with the error texts of github.com/blang/semver/v4 (which Kubernetes uses), and Kubernetes'
 * own `normalizeAndParse` for the `normalize` flag (k8s.io/apiserver pkg/cel/library/semverlib.go).
 */
class SemverParseError extends Error {
    name = 'SemverParseError';
}
const DIGITS = /^[0-9]*$/;
const ALPHANUMERIC = /^[0-9A-Za-z-]*$/;
const hasLeadingZeroes = (s) => s.length > 1 && s[0] === '0';
const MAX_UINT64 = (1n << 64n) - 1n;
/** Go `strconv.ParseUint(s, 10, 64)` for a string already known to hold only digits. */
function parseUint(s) {
    if (s === '')
        throw new SemverParseError('strconv.ParseUint: parsing "": invalid syntax');
    const value = BigInt(s);
    if (value > MAX_UINT64)
        throw new SemverParseError(`strconv.ParseUint: parsing "${s}": value out of range`);
    return value;
}
function parseNumber(s, part) {
    if (!DIGITS.test(s))
        throw new SemverParseError(`Invalid character(s) found in ${part.toLowerCase()} number "${s}"`);
    if (hasLeadingZeroes(s))
        throw new SemverParseError(`${part} number must not contain leading zeroes "${s}"`);
    return parseUint(s);
}
function parsePreRelease(s) {
    if (s === '')
        throw new SemverParseError('Prerelease is empty');
    if (DIGITS.test(s)) {
        if (hasLeadingZeroes(s))
            throw new SemverParseError(`Numeric PreRelease version must not contain leading zeroes "${s}"`);
        return parseUint(s);
    }
    if (ALPHANUMERIC.test(s))
        return s;
    throw new SemverParseError(`Invalid character(s) found in prerelease "${s}"`);
}
/** semver.org precedence for one pre-release identifier: numbers sort before words. */
function comparePreRelease(a, b) {
    if (typeof a === 'bigint' && typeof b === 'bigint')
        return a < b ? -1 : a > b ? 1 : 0;
    if (typeof a === 'bigint')
        return -1;
    if (typeof b === 'bigint')
        return 1;
    return a < b ? -1 : a > b ? 1 : 0;
}
class Semver {
    major;
    minor;
    patch;
    preRelease;
    build;
    constructor(major, minor, patch, preRelease, build) {
        this.major = major;
        this.minor = minor;
        this.patch = patch;
        this.preRelease = preRelease;
        this.build = build;
    }
    /** blang/semver `Parse`: exactly MAJOR.MINOR.PATCH[-PRERELEASE][+BUILD], no "v", no spaces. */
    static parse(text) {
        if (text === '')
            throw new SemverParseError('Version string empty');
        const parts = splitN(text, '.', 3);
        if (parts.length !== 3)
            throw new SemverParseError('No Major.Minor.Patch elements found');
        const major = parseNumber(parts[0], 'Major');
        const minor = parseNumber(parts[1], 'Minor');
        let patchText = parts[2];
        let build = [];
        let preRelease = [];
        const plus = patchText.indexOf('+');
        if (plus >= 0) {
            build = patchText.slice(plus + 1).split('.');
            patchText = patchText.slice(0, plus);
        }
        const dash = patchText.indexOf('-');
        if (dash >= 0) {
            preRelease = patchText.slice(dash + 1).split('.');
            patchText = patchText.slice(0, dash);
        }
        const patch = parseNumber(patchText, 'Patch');
        const pre = preRelease.map(parsePreRelease);
        for (const b of build) {
            if (b === '')
                throw new SemverParseError('Build meta data is empty');
            if (!ALPHANUMERIC.test(b))
                throw new SemverParseError(`Invalid character(s) found in build meta data "${b}"`);
        }
        return new Semver(major, minor, patch, pre, build);
    }
    /**
     * Kubernetes' `normalizeAndParse`: drops a leading "v", strips leading zeros, and fills in a
     * missing minor or patch with 0 ("v01.1" is 1.1.0). Surrounding whitespace is not trimmed.
     */
    static parseNormalized(text) {
        const parts = splitN(text.startsWith('v') ? text.slice(1) : text, '.', 3).map((p) => {
            if (p.length <= 1)
                return p;
            const trimmed = p.replace(/^0+/, '');
            return trimmed === '' || !/^[0-9]/.test(trimmed) ? `0${trimmed}` : trimmed;
        });
        if (parts.length < 3) {
            if (/[+-]/.test(parts[parts.length - 1])) {
                throw new SemverParseError('short version cannot contain PreRelease/Build meta data');
            }
            while (parts.length < 3)
                parts.push('0');
        }
        return Semver.parse(parts.join('.'));
    }
    static isValid(text, normalize = false) {
        try {
            if (normalize)
                Semver.parseNormalized(text);
            else
                Semver.parse(text);
            return true;
        }
        catch (error) {
            if (error instanceof SemverParseError)
                return false;
            throw error;
        }
    }
    /** semver.org precedence; build metadata does not count. */
    compareTo(other) {
        for (const [a, b] of [[this.major, other.major], [this.minor, other.minor], [this.patch, other.patch]]) {
            if (a !== b)
                return a < b ? -1 : 1;
        }
        const [p, q] = [this.preRelease, other.preRelease];
        if (p.length === 0 || q.length === 0)
            return p.length === q.length ? 0 : p.length === 0 ? 1 : -1;
        for (let i = 0; i < Math.min(p.length, q.length); i++) {
            const c = comparePreRelease(p[i], q[i]);
            if (c !== 0)
                return c;
        }
        return p.length === q.length ? 0 : p.length < q.length ? -1 : 1;
    }
    /** Equal precedence, as Kubernetes' `Semver.Equal` (blang `EQ`) decides. */
    equals(other) {
        return this.compareTo(other) === 0;
    }
    toString() {
        const pre = this.preRelease.length ? `-${this.preRelease.join('.')}` : '';
        const build = this.build.length ? `+${this.build.join('.')}` : '';
        return `${this.major}.${this.minor}.${this.patch}${pre}${build}`;
    }
}
/** Go `strings.SplitN`: at most `n` parts, the last one keeping the remaining separators. */
function splitN(text, separator, n) {
    const parts = text.split(separator);
    return parts.length <= n ? parts : [...parts.slice(0, n - 1), parts.slice(n - 1).join(separator)];
}

;// CONCATENATED MODULE: ./src/cel/semver-library.ts


const SEMVER_TYPE = 'kubernetes.Semver';
function semver_library_parseOrThrow(text, normalize = false) {
    try {
        return normalize ? Semver.parseNormalized(text) : Semver.parse(text);
    }
    catch (error) {
        if (error instanceof SemverParseError)
            throw celError(error.message);
        throw error;
    }
}
function registerSemverLibrary(env) {
    const s = SEMVER_TYPE;
    env.registerType(s, Semver);
    env.registerOperator(`${s} == ${s}`, (a, b) => a.equals(b));
    env.registerFunction(`semver(string): ${s}`, (text) => semver_library_parseOrThrow(text));
    env.registerFunction(`semver(string, bool): ${s}`, semver_library_parseOrThrow);
    env.registerFunction('isSemver(string): bool', (text) => Semver.isValid(text));
    env.registerFunction('isSemver(string, bool): bool', (text, normalize) => Semver.isValid(text, normalize));
    env.registerFunction(`${s}.major(): int`, (v) => v.major);
    env.registerFunction(`${s}.minor(): int`, (v) => v.minor);
    env.registerFunction(`${s}.patch(): int`, (v) => v.patch);
    env.registerFunction(`${s}.compareTo(${s}): int`, (a, b) => BigInt(a.compareTo(b)));
    env.registerFunction(`${s}.isLessThan(${s}): bool`, (a, b) => a.compareTo(b) < 0);
    env.registerFunction(`${s}.isGreaterThan(${s}): bool`, (a, b) => a.compareTo(b) > 0);
}

;// CONCATENATED MODULE: ./src/cel/sets.ts


const includes = (list, item) => list.some((x) => celEquals(x, item));
function registerSetsLibrary(env) {
    const ns = registerNamespace(env, 'sets');
    env.registerFunction(`${ns}.contains(list<T>, list<T>): bool`, (_, a, b) => b.every((item) => includes(a, item)));
    env.registerFunction(`${ns}.equivalent(list<T>, list<T>): bool`, (_, a, b) => b.every((item) => includes(a, item)) && a.every((item) => includes(b, item)));
    env.registerFunction(`${ns}.intersects(list<T>, list<T>): bool`, (_, a, b) => a.some((item) => includes(b, item)));
}

;// CONCATENATED MODULE: ./src/cel/string-format.ts

function registerStringFormat(env) {
    env.registerFunction('string.format(list): string', (pattern, args) => formatString(pattern, args));
}
const CLAUSE = /%(?:(%)|(?:\.(\d+))?([a-zA-Z]))/g;
function formatString(pattern, args) {
    let next = 0;
    return pattern.replace(CLAUSE, (_match, percent, precision, verb) => {
        if (percent)
            return '%';
        if (!'sdfeboxX'.includes(verb))
            throw celError(`could not parse formatting clause: unrecognized formatting clause "${verb}"`);
        if (next >= args.length)
            throw celError(`index ${next} out of range`);
        const value = args[next++];
        return formatClause(verb, precision === undefined ? undefined : Number(precision), value);
    });
}
function formatClause(verb, precision, value) {
    switch (verb) {
        case 's':
            return asString(value);
        case 'd': {
            const special = nonFinite(value);
            if (special !== undefined)
                return special;
            const int = integer(value);
            if (int === undefined)
                throw formatError(`decimal clause can only be used on integers, was given ${typeName(value)}`);
            return int.toString();
        }
        case 'f':
        case 'e': {
            const name = verb === 'f' ? 'fixed-point' : 'scientific';
            const n = typeof value === 'number' ? value : integer(value) !== undefined ? Number(integer(value)) : undefined;
            if (n === undefined)
                throw formatError(`${name} clause can only be used on doubles, was given ${typeName(value)}`);
            const special = nonFinite(n);
            if (special !== undefined)
                return special;
            return verb === 'f' ? fixed(n, precision ?? 6) : scientific(n, precision ?? 6);
        }
        case 'b': {
            if (typeof value === 'boolean')
                return value ? '1' : '0';
            const int = integer(value);
            if (int === undefined)
                throw formatError(`only integers and bools can be formatted as binary, was given ${typeName(value)}`);
            return int.toString(2);
        }
        case 'o': {
            const int = integer(value);
            if (int === undefined)
                throw formatError(`octal clause can only be used on integers, was given ${typeName(value)}`);
            return int.toString(8);
        }
        default: {
            const upper = verb === 'X';
            const int = integer(value);
            let hex;
            if (int !== undefined)
                hex = int.toString(16);
            else if (typeof value === 'string')
                hex = bytesToHex(new TextEncoder().encode(value));
            else if (value instanceof Uint8Array)
                hex = bytesToHex(value);
            else
                throw formatError(`only integers, byte buffers, and strings can be formatted as hex, was given ${typeName(value)}`);
            return upper ? hex.toUpperCase() : hex;
        }
    }
}
function formatError(message) {
    return celError(`error during formatting: ${message}`);
}
/** An int or uint as BigInt; undefined for anything else (doubles included). */
function integer(value) {
    if (typeof value === 'bigint')
        return value;
    if (value !== null && typeof value === 'object' && value.constructor?.name === 'UnsignedInt')
        return BigInt(value.valueOf());
    return undefined;
}
function nonFinite(value) {
    if (typeof value !== 'number' || Number.isFinite(value))
        return undefined;
    return Number.isNaN(value) ? 'NaN' : value > 0 ? 'Infinity' : '-Infinity';
}
/** `%s`: the value as cel-go's string conversion shows it; lists and maps recursively, map keys sorted. */
function asString(value) {
    if (value === null)
        return 'null';
    if (typeof value === 'string')
        return value;
    if (typeof value === 'boolean' || typeof value === 'bigint')
        return String(value);
    if (typeof value === 'number')
        return nonFinite(value) ?? String(value);
    if (integer(value) !== undefined)
        return integer(value).toString();
    if (value instanceof Uint8Array)
        return new TextDecoder().decode(value);
    if (value instanceof Date)
        return value.toISOString().replace('.000Z', 'Z');
    if (Array.isArray(value) || value instanceof Set)
        return `[${[...value].map(asString).join(', ')}]`;
    if (value instanceof Map || (typeof value === 'object' && (value.constructor === Object || value.constructor === undefined))) {
        const entries = value instanceof Map ? [...value.entries()] : Object.entries(value);
        const shown = entries.map(([k, v]) => [asString(k), asString(v)]).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
        return `{${shown.map(([k, v]) => `${k}: ${v}`).join(', ')}}`;
    }
    const name = value.constructor?.name;
    // Durations print as seconds ("6347s"), types as their name; both stringify that way already.
    if (name === 'Duration')
        return String(value);
    if (name === 'Type')
        return String(value.name ?? value);
    throw formatError(`string clause can only be used on strings, bools, bytes, ints, doubles, maps, lists, types, durations, and timestamps, was given ${typeName(value)}`);
}
function typeName(value) {
    if (value === null)
        return 'null_type';
    if (typeof value === 'string')
        return 'string';
    if (typeof value === 'number')
        return 'double';
    if (typeof value === 'bigint')
        return 'int';
    if (typeof value === 'boolean')
        return 'bool';
    if (value instanceof Uint8Array)
        return 'bytes';
    if (value instanceof Date)
        return 'google.protobuf.Timestamp';
    if (Array.isArray(value))
        return 'list';
    const name = value.constructor?.name;
    if (name === 'Duration')
        return 'google.protobuf.Duration';
    if (name === 'UnsignedInt')
        return 'uint';
    if (value instanceof Map || name === 'Object' || name === undefined)
        return 'map';
    return name;
}
function bytesToHex(bytes) {
    let out = '';
    for (const b of bytes)
        out += b.toString(16).padStart(2, '0');
    return out;
}
/**
 * `%.<p>f` as Go prints it: the exact decimal expansion of the double, rounded to p places with
 * ties to even (JavaScript's toFixed rounds ties up: (2.5).toFixed(0) is "3", Go prints "2").
 */
function fixed(n, precision) {
    const negative = n < 0 || Object.is(n, -0);
    const exact = Math.abs(n).toFixed(Math.min(100, precision + 30));
    const dot = exact.indexOf('.');
    let digits = exact.slice(0, dot) + exact.slice(dot + 1, dot + 1 + precision);
    const rest = exact.slice(dot + 1 + precision);
    const roundUp = rest[0] > '5' || (rest[0] === '5' && (/[1-9]/.test(rest.slice(1)) || Number(digits.at(-1)) % 2 === 1));
    if (roundUp)
        digits = (BigInt(digits) + 1n).toString().padStart(digits.length, '0');
    const whole = digits.slice(0, digits.length - precision) || '0';
    const text = precision > 0 ? `${whole}.${digits.slice(digits.length - precision)}` : whole;
    return negative && /[1-9]/.test(text) ? `-${text}` : text;
}
/** `%.<p>e` as Go prints it: a two-digit (at least) signed exponent, `1.052033e+03`. */
function scientific(n, precision) {
    const [mantissa, exponent] = n.toExponential(precision).split('e');
    const sign = exponent.startsWith('-') ? '-' : '+';
    return `${mantissa}e${sign}${exponent.replace(/^[+-]/, '').padStart(2, '0')}`;
}

;// CONCATENATED MODULE: ./src/cel/url-library.ts


const URL_TYPE = 'kubernetes.URL';
function url_library_parseOrThrow(text) {
    try {
        return KubernetesURL.parse(text);
    }
    catch (error) {
        if (error instanceof URLParseError)
            throw celError(error.message);
        throw error;
    }
}
function registerUrlLibrary(env) {
    const u = URL_TYPE;
    env.registerType(u, KubernetesURL);
    env.registerOperator(`${u} == ${u}`, (a, b) => a.equals(b));
    env.registerFunction(`url(string): ${u}`, url_library_parseOrThrow);
    env.registerFunction('isURL(string): bool', (text) => KubernetesURL.isValid(text));
    env.registerFunction(`${u}.getScheme(): string`, (a) => a.scheme);
    env.registerFunction(`${u}.getHost(): string`, (a) => a.host);
    env.registerFunction(`${u}.getHostname(): string`, (a) => a.hostname);
    env.registerFunction(`${u}.getPort(): string`, (a) => a.port);
    env.registerFunction(`${u}.getEscapedPath(): string`, (a) => a.escapedPath);
    env.registerFunction(`${u}.getQuery(): map<string, list<string>>`, (a) => a.query);
}

;// CONCATENATED MODULE: ./src/cel/environment.ts
/**
 * The CEL environment resilint evaluates rules in: cel-js configured like the Kubernetes
 * admission CEL environment, with the Kubernetes library registered. Callers `.clone()` it and
 * add their own variables (`object`, `params`, ...); cloning shares the registry with the
 * parent, so it is cheap.
 */















/**
 * Parse-time bounds, tighter than cel-js's defaults (100,000 AST nodes, depth 250): rule
 * expressions are hand-written, and these caps stop pathological inputs before type checking.
 * Runtime work is bounded separately by the cost estimate in `compile.ts`.
 */
const DEFAULT_PARSE_LIMITS = Object.freeze({
    maxAstNodes: 10_000,
    maxDepth: 64,
    maxListElements: 1_000,
    maxMapEntries: 1_000,
    maxCallArguments: 32,
});
/** Registers every Kubernetes CEL library function this package implements. */
function registerKubernetesLibrary(env) {
    registerOptionalEquality(env);
    registerOptionalConstructors(env);
    registerConversions(env);
    registerTwoVariableComprehensions(env);
    registerQuantityLibrary(env);
    registerListsLibrary(env);
    registerSetsLibrary(env);
    registerStringsLibrary(env);
    registerStringFormat(env);
    registerRegexLibrary(env);
    registerNetworkLibrary(env);
    registerUrlLibrary(env);
    registerFormatLibrary(env);
    registerSemverLibrary(env);
    registerEvaluatorAccess(env);
    return env;
}
function createKubernetesEnvironment(options = {}) {
    const env = new Environment({
        enableOptionalTypes: true,
        homogeneousAggregateLiterals: false,
        limits: { ...DEFAULT_PARSE_LIMITS, ...options.limits },
    });
    return registerKubernetesLibrary(env);
}

;// CONCATENATED MODULE: ./src/engine/critical-pod.ts


/** Priority classes Kubernetes ships for pods the cluster cannot run without. */
const SYSTEM_CRITICAL_CLASSES = ['system-cluster-critical', 'system-node-critical'];
const CRITICAL_ANNOTATION = 'resilint.io/critical';
const DEFAULT_CRITICAL_POD_PARAMS = { criticalPriorityThreshold: 1_000_000, criticalPriorityClasses: [] };
/**
 * Why a pod-owning object's pods are critical, or '' when they are not. One definition for every
 * rule that treats critical pods differently (QoS, PDB, spread), so they never disagree about
 * which pods count. Checked in this order: a system priority class, a class listed in
 * `criticalPriorityClasses`, a PriorityClass in the manifests whose value reaches the threshold,
 * then the `resilint.io/critical: "true"` annotation on the object or its pod template.
 */
function criticalReason(workload, params, relations) {
    const template = relations.podTemplate(workload);
    const className = typeof template?.spec.priorityClassName === 'string' ? template.spec.priorityClassName : '';
    if (SYSTEM_CRITICAL_CLASSES.includes(className))
        return `priorityClassName ${className}`;
    if (className !== '' && params.criticalPriorityClasses.includes(className)) {
        return `priorityClassName ${className} is listed in criticalPriorityClasses`;
    }
    const priorityClass = className === '' ? undefined : relations.priorityClass(className, workload);
    if (priorityClass) {
        // The apiserver requires `value`; a class without one is read as 0 rather than guessed.
        const value = typeof priorityClass.raw.value === 'number' ? priorityClass.raw.value : 0;
        if (value >= params.criticalPriorityThreshold) {
            return `PriorityClass ${className} has value ${value} >= ${params.criticalPriorityThreshold}`;
        }
    }
    if (annotatedCritical(workload.raw.metadata) || annotatedCritical(template?.metadata))
        return `annotated ${CRITICAL_ANNOTATION}`;
    return '';
}
function annotatedCritical(metadata) {
    return (0,workloads/* isRecord */.u4)(metadata) && (0,workloads/* isRecord */.u4)(metadata.annotations) && metadata.annotations[CRITICAL_ANNOTATION] === 'true';
}
/** Reads a rule's CEL `params` map; params a rule does not declare take their defaults. */
function criticalPodParams(celParams) {
    const plain = fromCel(celParams);
    const p = (0,workloads/* isRecord */.u4)(plain) ? plain : {};
    const threshold = p.criticalPriorityThreshold;
    const classes = p.criticalPriorityClasses;
    return {
        criticalPriorityThreshold: typeof threshold === 'number' ? threshold : DEFAULT_CRITICAL_POD_PARAMS.criticalPriorityThreshold,
        criticalPriorityClasses: Array.isArray(classes) ? classes.map(String) : DEFAULT_CRITICAL_POD_PARAMS.criticalPriorityClasses,
    };
}
/** `criticalReason(object, params): string` for rules; '' for values that are not a whole object of the run. */
function registerCriticalPodFunction(env, holder) {
    env.registerFunction('criticalReason(map, map): string', (o, params) => {
        const run = holder.current;
        if (!run)
            throw new Error('no lint run in progress');
        const workload = run.owner(o);
        return workload ? criticalReason(workload, criticalPodParams(params), run.relations) : '';
    });
}

// EXTERNAL MODULE: ./src/model/effective-resources.ts
var effective_resources = __nccwpck_require__(716);
;// CONCATENATED MODULE: ./src/engine/cel-functions.ts





/**
 * Functions rule authors get on top of the Kubernetes CEL library: label-selector matching,
 * int-or-percent scaling, and questions about related objects, answered from indexes built once
 * per run (so a rule never scans `objects` to find a PDB).
 */
function registerResilintFunctions(env, holder) {
    const ctx = () => {
        if (!holder.current)
            throw new Error('no lint run in progress');
        return holder.current;
    };
    const ownerOf = (value) => ctx().owner(value);
    const containerLists = new WeakMap();
    const list = (objects) => ctx().celList(objects);
    const plain = (v) => {
        const out = {};
        if (v && typeof v === 'object')
            for (const [k, val] of Object.entries(v))
                out[k] = String(val);
        return out;
    };
    env
        .registerFunction('labelSelectorMatches(dyn, dyn): bool', (selector, labels) => (0,workloads/* selectorMatches */.de)(fromCel(selector), plain(labels)))
        .registerFunction('scaledValue(dyn, int, bool): int', (value, total, roundUp) => {
        const v = (0,workloads/* scaledValue */.GA)(typeof value === 'bigint' ? Number(value) : value, Number(total), roundUp);
        if (v === undefined)
            throw new Error(`invalid int-or-percent value: ${String(value)}`);
        return BigInt(v);
    })
        .registerFunction('isPercent(dyn): bool', (value) => typeof value === 'string' && /^\d+%$/.test(value))
        .registerFunction('pdbsSelecting(map): list', (o) => {
        const w = ownerOf(o);
        return w ? list(ctx().relations.pdbsOfWorkload(w)) : [];
    })
        .registerFunction('workloadsSelectedBy(map): list', (o) => {
        const p = ownerOf(o);
        return p ? list(ctx().relations.workloadsOfPdb(p)) : [];
    })
        .registerFunction('scalersTargeting(map, string): list', (o, kind) => {
        const w = ownerOf(o);
        return w ? list(ctx().relations.scalersOfWorkload(w, kind)) : [];
    })
        .registerFunction('servicesSelecting(map): list', (o) => {
        const w = ownerOf(o);
        return w ? list(ctx().relations.servicesOfWorkload(w)) : [];
    })
        .registerFunction('scaleTarget(map): list', (o) => {
        const s = ownerOf(o);
        const t = s ? ctx().relations.scalerTarget(s) : undefined;
        return t ? list([t]) : [];
    })
        .registerFunction('priorityClass(string): list', (name) => {
        const pc = ctx().relations.priorityClass(name, ctx().anchor);
        return pc ? list([pc]) : [];
    })
        .registerFunction('objectsOfKind(string): list', (kind) => list(ctx().nearest(ctx().relations.byKind.get(kind) ?? [])))
        .registerFunction('objectsInNamespace(string, string): list', (kind, namespace) => list(ctx().nearest(ctx().relations.inNamespace(namespace, kind))))
        .registerFunction('namespaceOf(map): string', (o) => ownerOf(o)?.namespace ?? '')
        .registerFunction('podSpec(map): map', (o) => {
        const w = ownerOf(o);
        const t = w ? ctx().relations.podTemplate(w) : undefined;
        return t ? (cel_functions_navigate(o, [...t.path, 'spec']) ?? {}) : {};
    })
        .registerFunction('podMetadata(map): map', (o) => {
        const w = ownerOf(o);
        const t = w ? ctx().relations.podTemplate(w) : undefined;
        return t ? (cel_functions_navigate(o, [...t.path, 'metadata']) ?? {}) : {};
    })
        .registerFunction('podSpecPath(map): string', (o) => {
        const w = ownerOf(o);
        const t = w ? ctx().relations.podTemplate(w) : undefined;
        return t ? (0,field_path/* formatFieldPath */.v)([...t.path, 'spec']) : '';
    })
        .registerFunction('containers(map): list', (o) => {
        // Most pod rules ask for the containers of the same object; build the list once per object.
        if (o === null || typeof o !== 'object')
            return [];
        let found = containerLists.get(o);
        if (!found)
            containerLists.set(o, (found = containersOf(o, ownerOf(o), ctx())));
        return found;
    })
        .registerFunction('ref(map): string', (o) => {
        const m = ownerOf(o);
        if (!m)
            return describeUnowned(o);
        const at = m.locate(['metadata', 'name']);
        return `${m.kind} ${m.namespace ? `${m.namespace}/` : ''}${m.name} (${m.file}:${at.line})`;
    });
    registerCriticalPodFunction(env, holder);
}
/**
 * Every container of a pod-owning object with where it sits: regular containers, init
 * containers, and restartable init containers (sidecars), which Kubernetes counts as running
 * alongside the app for QoS and scheduling. `spec` is the container as written; `resources` is
 * what its pod runs with (requests defaulted from limits, then the namespace's LimitRange
 * defaults; kubernetes-semantics B.5, B.7), and `fromLimitRange` names the LimitRange behind each
 * value it filled in, so rules judge the pod the cluster runs and can say where a value came from.
 */
function containersOf(o, owner, ctx) {
    const t = owner ? ctx.relations.podTemplate(owner) : undefined;
    if (!owner || !t)
        return [];
    const spec = cel_functions_navigate(o, [...t.path, 'spec']);
    if (!spec)
        return [];
    const limitRanges = limitRangesOf(owner, ctx);
    const out = [];
    for (const field of ['initContainers', 'containers']) {
        const items = spec[field];
        if (!Array.isArray(items))
            continue;
        items.forEach((c, i) => {
            const sidecar = field === 'initContainers' && c?.restartPolicy === 'Always';
            out.push({
                name: typeof c?.name === 'string' ? c.name : '',
                type: field === 'containers' ? 'container' : sidecar ? 'sidecar' : 'initContainer',
                index: BigInt(i),
                path: (0,field_path/* formatFieldPath */.v)([...t.path, 'spec', field, i]),
                spec: c ?? {},
                ...(0,effective_resources/* effectiveResources */.Z)(c?.resources, limitRanges),
            });
        });
    }
    return out;
}
/** The LimitRanges of the object's namespace in manifest order, one copy each (the nearest). */
function limitRangesOf(owner, ctx) {
    if (owner.namespace === undefined)
        return [];
    const found = ctx.nearest(ctx.relations.inNamespace(owner.namespace, 'LimitRange'));
    // The CEL value, not the raw YAML, so a default reads like the container's own values (ints as int).
    return found.map((lr) => ({ source: `${lr.namespace}/${lr.name}`, value: ctx.cel(lr) }));
}
/** Walks a CEL (or plain) value along a field path; undefined when it leaves the tree. */
function cel_functions_navigate(v, path) {
    let cur = v;
    for (const seg of path) {
        if (cur === null || typeof cur !== 'object')
            return undefined;
        cur = cur[seg];
    }
    return cur;
}
function describeUnowned(o) {
    const m = o;
    const kind = typeof m?.kind === 'string' ? m.kind : 'object';
    const name = typeof m?.metadata?.name === 'string' ? m.metadata.name : '?';
    return `${kind} ${name}`;
}

// EXTERNAL MODULE: ./src/model/karpenter-requirements.ts
var karpenter_requirements = __nccwpck_require__(574);
;// CONCATENATED MODULE: ./src/engine/karpenter-functions.ts





const LABEL_NODEPOOL = 'karpenter.sh/nodepool';
const LABEL_ZONE = 'topology.kubernetes.io/zone';
/** AWS zone ids (`use1-az1`) map one-to-one to zones (semantics B.6), so they count zones as well. */
const LABEL_ZONE_ID = 'topology.k8s.aws/zone-id';
const ZONE_KEYS = [LABEL_ZONE, LABEL_ZONE_ID];
/** How many admitted type names a message lists. */
const SAMPLE_SIZE = 5;
/**
 * The node labels a pod can require that a NodePool decides: which pool, its purchase option, and the
 * instance-type properties every Karpenter node carries. Other keys (custom labels, hostname) are left alone:
 * a NodePool's template labels or nodes outside Karpenter may provide them.
 */
const PLACEMENT_KEYS = new Set([
    karpenter_requirements/* LABEL_CAPACITY_TYPE */.$O,
    instance_types/* LABEL_INSTANCE_TYPE */.eh,
    LABEL_NODEPOOL,
    instance_types/* LABEL_ARCH */.ok,
    LABEL_ZONE,
]);
/** The catalog rules count against: the user's (`--instance-types`) when given, else the built-in one. */
function catalogFor(run) {
    return run.catalog ?? (0,instance_types/* loadBuiltinCatalog */.NB)();
}
/** Evaluations are pure functions of the requirements, and several rules ask about the same NodePools. */
const evaluations = new WeakMap();
function karpenter_functions_evaluate(requirements, catalog) {
    let cache = evaluations.get(catalog);
    if (!cache)
        evaluations.set(catalog, (cache = new Map()));
    const key = JSON.stringify(requirements);
    let result = cache.get(key);
    if (!result)
        cache.set(key, (result = (0,karpenter_requirements/* evaluateRequirements */.CZ)(requirements, catalog)));
    return result;
}
/**
 * CEL functions about Karpenter NodePools, the EC2 instance-type catalog and where pods may land:
 *
 * - `nodePoolInstanceTypes(nodePool)`: what the NodePool's requirements admit (count, sample, capacity types,
 *   the requirement whose relaxation gains the most, unmet minValues).
 * - `karpenterPlacement(workload)`: whether any NodePool in the manifests can satisfy the pod's required node
 *   selection on the keys a NodePool decides.
 * - `selectedNodePools(workload)`: the NodePools a pod is pinned to through `karpenter.sh/nodepool`.
 * - `toleratesTaint(tolerations, taint)`: Kubernetes' `Toleration.ToleratesTaint` over a list.
 * - `schedulableZones(workload)`: the zones the pod can land in when the manifests bound them (`known`,
 *   `count`, `zones`, `source` for messages).
 */
function registerKarpenterFunctions(env, holder) {
    const ctx = () => {
        if (!holder.current)
            throw new Error('no lint run in progress');
        return holder.current;
    };
    env
        .registerFunction('nodePoolInstanceTypes(map): map', (o) => {
        const run = ctx();
        return describeNodePool(rawOf(o, run), catalogFor(run));
    })
        .registerFunction('karpenterPlacement(map): map', (o) => {
        const run = ctx();
        const owner = run.owner(o);
        return owner ? placement(owner, run) : unconstrained(0);
    })
        .registerFunction('selectedNodePools(map): map', (o) => {
        const run = ctx();
        const owner = run.owner(o);
        const spec = owner ? podSpecOf(owner, run) : undefined;
        return spec ? nodePoolSelection(spec.spec, spec.path) : { names: [], fieldPath: '' };
    })
        .registerFunction('toleratesTaint(list, map): bool', (tolerations, taint) => tolerations.some((t) => tolerates(asRecord(t), asRecord(taint))))
        .registerFunction('schedulableZones(map): map', (o) => {
        const run = ctx();
        const owner = run.owner(o);
        return owner ? schedulableZones(owner, run) : unknownZones();
    });
}
// ---------------------------------------------------------------------------------------------------------
// nodePoolInstanceTypes
/** The object's parsed YAML (JS numbers), or the CEL value turned back into it when it is not a whole object. */
function rawOf(o, run) {
    return run.owner(o)?.raw ?? fromCel(o);
}
function describeNodePool(raw, catalog) {
    const read = (0,karpenter_requirements/* readNodePoolRequirements */.V9)(raw);
    if (!read) {
        return {
            isNodePool: false,
            admits: false,
            capacityTypes: [],
            count: 0n,
            sample: [],
            bestRelaxation: '',
            bestRelaxationIndex: -1n,
            gained: 0n,
            relaxationHint: '',
            withoutSpot: 0n,
            minValuesUnmet: [],
            catalog: catalog.source,
        };
    }
    const capacityTypes = (0,karpenter_requirements/* admittedCapacityTypes */.Ow)(read.requirements, read.dialect);
    const admitsSpot = capacityTypes.includes('spot');
    const evaluation = karpenter_functions_evaluate(read.requirements, catalog);
    // A spot NodePool can only buy spot from types EC2 sells as spot; on-demand-only ones (u-* high memory)
    // must not make it look diverse.
    const spotView = admitsSpot ? karpenter_functions_evaluate(read.requirements, (0,instance_types/* offeringCatalog */.UY)(catalog, 'spot')) : evaluation;
    const sourceIndex = sourceIndices(raw, read);
    const best = spotView.mostRestrictive;
    const bestRequirement = best ? read.requirements[best.index] : undefined;
    return {
        isNodePool: true,
        admits: admitsSpot,
        capacityTypes,
        count: BigInt(spotView.admitted.length),
        sample: smallestFirst(spotView.admitted).slice(0, SAMPLE_SIZE).map((t) => t.name),
        bestRelaxation: bestRequirement ? requirementText(bestRequirement) : '',
        bestRelaxationIndex: BigInt(best ? sourceIndex[best.index] : -1),
        gained: BigInt(best?.gainedIfRemoved ?? 0),
        relaxationHint: bestRequirement ? relaxationHint(bestRequirement, best.gainedIfRemoved) : '',
        withoutSpot: BigInt(evaluation.admitted.length - spotView.admitted.length),
        minValuesUnmet: evaluation.minValuesUnmet.map((m) => {
            // The requirement that asks for the largest minValues on the key is the one to point at.
            const at = read.requirements.findIndex((r) => (0,karpenter_requirements/* normalizeLabelKey */.F_)(r.key) === m.key && r.minValues === m.minValues);
            return {
                key: m.key,
                minValues: BigInt(m.minValues),
                distinctValues: BigInt(m.distinctValues ?? 0),
                index: BigInt(at >= 0 ? sourceIndex[at] : -1),
            };
        }),
        catalog: catalog.source,
    };
}
/**
 * Where each parsed requirement sits in the manifest's list: `readNodePoolRequirements` drops entries without
 * a string key and operator, so its indices can run behind the source's.
 */
function sourceIndices(raw, read) {
    const list = cel_functions_navigate(raw, read.path);
    const out = [];
    if (!Array.isArray(list))
        return out;
    list.forEach((item, i) => {
        const r = asRecord(item);
        if (typeof r.key === 'string' && typeof r.operator === 'string')
            out.push(i);
    });
    return out;
}
/** Types in the order people read a family: by vCPU, then memory (the catalog is sorted by name, m5.12xlarge first). */
function smallestFirst(types) {
    return [...types].sort((a, b) => a.vcpu - b.vcpu || a.memoryMiB - b.memoryMiB || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
/** What a requirement's values are, for advice: `instance-family` → families. */
const VALUE_NOUNS = {
    [instance_types/* LABEL_INSTANCE_TYPE */.eh]: 'instance types (other families or sizes)',
    [instance_types/* LABEL_ARCH */.ok]: 'architectures',
    'karpenter.k8s.aws/instance-family': 'families',
    'karpenter.k8s.aws/instance-category': 'categories',
    'karpenter.k8s.aws/instance-generation': 'generations',
    'karpenter.k8s.aws/instance-size': 'sizes',
    'karpenter.k8s.aws/instance-cpu': 'vCPU counts',
    'karpenter.k8s.aws/instance-cpu-manufacturer': 'CPU makers',
};
/**
 * How to widen the requirement that keeps out the most types, as advice: name more values, exclude fewer, or
 * loosen a bound. Never "drop it": a requirement usually exists for a reason (architecture, GPU, memory), and
 * `gained` (what removing it would admit) only says how much room there is.
 */
function relaxationHint(r, gained) {
    const text = `\`${requirementText(r)}\``;
    const room = ` (it keeps out ${gained} type(s) the other requirements allow)`;
    const noun = VALUE_NOUNS[(0,karpenter_requirements/* normalizeLabelKey */.F_)(r.key)] ?? 'values';
    switch (r.operator) {
        case 'In':
            return `name more ${noun} in ${text}${room}`;
        case 'NotIn':
            return `exclude fewer ${noun} in ${text}${room}`;
        case 'Gt':
        case 'Gte':
        case 'Lt':
        case 'Lte':
            return `loosen the bound in ${text}${room}`;
        default:
            return `reconsider ${text}${room}`;
    }
}
function requirementText(r) {
    const values = r.values && r.values.length > 0 ? ` [${r.values.join(', ')}]` : '';
    return `${r.key} ${r.operator}${values}`;
}
function unconstrained(nodePools) {
    return { constrained: false, nodePools: BigInt(nodePools), satisfiable: true, constraint: '', fieldPath: '', reasons: [] };
}
/**
 * Whether some NodePool in the manifests can launch a node for the pod, judged only on the keys a NodePool
 * decides (PLACEMENT_KEYS). The pod's nodeSelector must hold together with at least one required
 * node-affinity term (terms are ORed, expressions within a term ANDed), as in the scheduler's
 * `nodeaffinity` plugin; Karpenter in turn needs the pod's requirements to intersect the NodePool's and an
 * instance type to offer the result (semantics doc B.6).
 */
function placement(owner, run) {
    const pools = nodePoolsOf(run, owner);
    const spec = podSpecOf(owner, run);
    if (!spec || pools.length === 0)
        return unconstrained(pools.length);
    const constraint = readConstraint(spec.spec, spec.path);
    const alternatives = constraint.terms.length > 0 ? constraint.terms.map((t) => [...constraint.selector, ...t]) : [constraint.selector];
    if (alternatives.every((a) => a.length === 0))
        return unconstrained(pools.length);
    const catalog = catalogFor(run);
    const fits = (reqs) => pools.some((p) => mismatch(p, reqs, catalog) === undefined);
    if (alternatives.some(fits))
        return { ...unconstrained(pools.length), constrained: true };
    // Blame the first single requirement that no NodePool meets even on its own; else the whole combination.
    const all = [...constraint.selector, ...constraint.terms.flat()];
    const culprit = all.find((r) => !fits([r]));
    const blamed = culprit ? [culprit] : alternatives[0];
    const fieldPath = culprit ? culprit.path : constraint.selector.length > 0 ? constraint.selectorPath : constraint.affinityPath;
    const reasons = pools.map((p) => `${refOf(p.object)}: ${mismatch(p, blamed, catalog) ?? 'fits this requirement alone'}`);
    return {
        constrained: true,
        nodePools: BigInt(pools.length),
        satisfiable: false,
        constraint: culprit ? requirementText(culprit) : describeConstraint(alternatives),
        fieldPath: (0,field_path/* formatFieldPath */.v)(fieldPath),
        reasons,
    };
}
/** The NodePools a pod of `owner` could land on; of two copies of one NodePool, the nearer one. */
function nodePoolsOf(run, owner) {
    const out = [];
    for (const object of run.relations.nearest(run.relations.byKind.get('NodePool') ?? [], owner)) {
        const read = (0,karpenter_requirements/* readNodePoolRequirements */.V9)(object.raw);
        if (read)
            out.push({ object, read });
    }
    return out;
}
function describeConstraint(alternatives) {
    return alternatives.map((a) => a.map(requirementText).join(' and ')).join(' or ');
}
function readConstraint(spec, specPath) {
    const selectorPath = [...specPath, 'nodeSelector'];
    const selector = [];
    for (const [key, value] of Object.entries(asRecord(spec.nodeSelector))) {
        if (PLACEMENT_KEYS.has((0,karpenter_requirements/* normalizeLabelKey */.F_)(key)) && typeof value === 'string') {
            selector.push({ key, operator: 'In', values: [value], path: [...selectorPath, key] });
        }
    }
    const affinityPath = [...specPath, 'affinity', 'nodeAffinity', 'requiredDuringSchedulingIgnoredDuringExecution'];
    const terms = [];
    const rawTerms = cel_functions_navigate(spec, ['affinity', 'nodeAffinity', 'requiredDuringSchedulingIgnoredDuringExecution', 'nodeSelectorTerms']);
    if (Array.isArray(rawTerms)) {
        rawTerms.forEach((term, ti) => {
            const expressions = asRecord(term).matchExpressions;
            const reqs = [];
            if (Array.isArray(expressions)) {
                expressions.forEach((e, ei) => {
                    const r = asRecord(e);
                    if (typeof r.key !== 'string' || typeof r.operator !== 'string' || !PLACEMENT_KEYS.has((0,karpenter_requirements/* normalizeLabelKey */.F_)(r.key)))
                        return;
                    reqs.push({
                        key: r.key,
                        operator: r.operator,
                        ...(Array.isArray(r.values) ? { values: r.values.map(String) } : {}),
                        path: [...affinityPath, 'nodeSelectorTerms', ti, 'matchExpressions', ei],
                    });
                });
            }
            terms.push(reqs);
        });
    }
    return { selector, terms, selectorPath, affinityPath };
}
/** Why the NodePool cannot satisfy these pod requirements, or undefined when it can. */
function mismatch(pool, reqs, catalog) {
    const byKey = (key) => reqs.filter((r) => (0,karpenter_requirements/* normalizeLabelKey */.F_)(r.key) === key);
    const name = pool.object.name;
    const poolReqs = byKey(LABEL_NODEPOOL);
    if (!poolReqs.every((r) => admitsLabelValue(r, name)))
        return `its nodes carry ${LABEL_NODEPOOL}=${name}`;
    const capacityReqs = byKey(karpenter_requirements/* LABEL_CAPACITY_TYPE */.$O);
    const capacityTypes = (0,karpenter_requirements/* admittedCapacityTypes */.Ow)(pool.read.requirements, pool.read.dialect);
    if (capacityReqs.length > 0 && !capacityTypes.some((c) => capacityReqs.every((r) => admitsLabelValue(r, c)))) {
        return `admits capacity types [${capacityTypes.join(', ')}]`;
    }
    const zoneReqs = byKey(LABEL_ZONE);
    const poolZones = pool.read.requirements.filter((r) => (0,karpenter_requirements/* normalizeLabelKey */.F_)(r.key) === LABEL_ZONE);
    if (zoneReqs.length > 0 && !someValueAdmitted([...poolZones, ...zoneReqs])) {
        return `limits zones to ${poolZones.map(requirementText).join(' and ')}`;
    }
    const typeReqs = [...byKey(instance_types/* LABEL_ARCH */.ok), ...byKey(instance_types/* LABEL_INSTANCE_TYPE */.eh)];
    if (typeReqs.length > 0 && !namesUnknownType(typeReqs, catalog)) {
        const combined = karpenter_functions_evaluate([...pool.read.requirements, ...typeReqs.map(stripPath)], catalog);
        if (combined.admitted.length === 0) {
            const own = karpenter_functions_evaluate(pool.read.requirements, catalog).admitted.length;
            return `none of its ${own} instance types has ${typeReqs.map(requirementText).join(' and ')}`;
        }
    }
    return undefined;
}
/** A pod naming an instance type the catalog lacks may know better than the catalog: do not judge it. */
function namesUnknownType(reqs, catalog) {
    return reqs.some((r) => (0,karpenter_requirements/* normalizeLabelKey */.F_)(r.key) === instance_types/* LABEL_INSTANCE_TYPE */.eh && (r.values ?? []).some((v) => !catalog.byName.has(v)));
}
function stripPath(r) {
    return { key: r.key, operator: r.operator, ...(r.values ? { values: r.values } : {}) };
}
/**
 * Whether a node label with this value meets the requirement (`NodeSelectorRequirement` semantics; Karpenter's
 * Gte/Lte included). Unknown operators admit, since the API server would have rejected them anyway.
 */
function admitsLabelValue(r, value) {
    const values = r.values ?? [];
    const bound = values.length === 1 && /^[+-]?\d+$/.test(values[0]) ? Number(values[0]) : undefined;
    const n = /^[+-]?\d+$/.test(value) ? Number(value) : undefined;
    switch (r.operator) {
        case 'In':
            return values.includes(value);
        case 'NotIn':
            return !values.includes(value);
        case 'Exists':
            return true;
        case 'DoesNotExist':
            return false;
        case 'Gt':
            return bound !== undefined && n !== undefined && n > bound;
        case 'Lt':
            return bound !== undefined && n !== undefined && n < bound;
        case 'Gte':
            return bound !== undefined && n !== undefined && n >= bound;
        case 'Lte':
            return bound !== undefined && n !== undefined && n <= bound;
        default:
            return true;
    }
}
/**
 * Whether some value of a label that every node carries meets all requirements. Only `In` lists values; without
 * one, any name outside the `NotIn` lists would do, unless a requirement demands the label be absent.
 */
function someValueAdmitted(reqs) {
    const listing = reqs.find((r) => r.operator === 'In');
    if (!listing)
        return !reqs.some((r) => r.operator === 'DoesNotExist');
    return (listing.values ?? []).some((v) => reqs.every((r) => admitsLabelValue(r, v)));
}
// ---------------------------------------------------------------------------------------------------------
// selectedNodePools, toleratesTaint
/**
 * The NodePools a pod can only land on: the `karpenter.sh/nodepool` nodeSelector value, or, when every
 * required node-affinity term lists pools with `In`, the union of those lists. Empty when unrestricted.
 */
function nodePoolSelection(spec, specPath) {
    const selector = asRecord(spec.nodeSelector)[LABEL_NODEPOOL];
    if (typeof selector === 'string') {
        return { names: [selector], fieldPath: (0,field_path/* formatFieldPath */.v)([...specPath, 'nodeSelector', LABEL_NODEPOOL]) };
    }
    const constraint = readConstraint(spec, specPath);
    const perTerm = constraint.terms.map((t) => t.find((r) => r.key === LABEL_NODEPOOL && r.operator === 'In'));
    if (perTerm.length === 0 || perTerm.some((r) => r === undefined))
        return { names: [], fieldPath: '' };
    const names = [...new Set(perTerm.flatMap((r) => r.values ?? []))];
    return { names, fieldPath: (0,field_path/* formatFieldPath */.v)(perTerm[0].path) };
}
/** Kubernetes `Toleration.ToleratesTaint` (k8s.io/api core/v1 toleration.go). */
function tolerates(toleration, taint) {
    const str = (v) => (typeof v === 'string' ? v : '');
    const effect = str(toleration.effect);
    if (effect !== '' && effect !== str(taint.effect))
        return false;
    const key = str(toleration.key);
    if (key !== '' && key !== str(taint.key))
        return false;
    switch (str(toleration.operator)) {
        case '':
        case 'Equal':
            return str(toleration.value) === str(taint.value);
        case 'Exists':
            return true;
        default:
            return false;
    }
}
// ---------------------------------------------------------------------------------------------------------
// schedulableZones
/** The values a label may take under some requirements, or undefined when they do not list them (no `In`). */
function listedValues(reqs) {
    const listing = reqs.filter((r) => r.operator === 'In');
    if (listing.length === 0)
        return undefined;
    const values = new Set(listing[0].values ?? []);
    for (const v of values)
        if (!reqs.every((r) => admitsLabelValue(r, v)))
            values.delete(v);
    return values;
}
function union(sets) {
    if (sets.length === 0 || sets.some((s) => s === undefined))
        return undefined;
    return new Set(sets.flatMap((s) => [...s]));
}
/**
 * Zones (per zone key) the pod's own nodeSelector and required node affinity allow. nodeSelector is an exact
 * match; affinity terms are ORed, so a key is bounded only when every term lists its values.
 */
function podZoneBounds(spec) {
    const selector = asRecord(spec.nodeSelector);
    const rawTerms = cel_functions_navigate(spec, ['affinity', 'nodeAffinity', 'requiredDuringSchedulingIgnoredDuringExecution', 'nodeSelectorTerms']);
    const terms = Array.isArray(rawTerms) ? rawTerms.map((t) => asRecord(t).matchExpressions).map((e) => (Array.isArray(e) ? e.map(asRecord) : [])) : [];
    const bounds = new Map();
    for (const key of ZONE_KEYS) {
        const fromSelector = Object.entries(selector)
            .filter(([k, v]) => (0,karpenter_requirements/* normalizeLabelKey */.F_)(k) === key && typeof v === 'string')
            .map(([, v]) => new Set([v]));
        const fromTerms = terms.length === 0
            ? undefined
            : union(terms.map((exprs) => listedValues(exprs
                .filter((e) => typeof e.key === 'string' && (0,karpenter_requirements/* normalizeLabelKey */.F_)(e.key) === key && typeof e.operator === 'string')
                .map((e) => ({ key: e.key, operator: e.operator, values: Array.isArray(e.values) ? e.values.map(String) : [] })))));
        // nodeSelector and affinity must both hold: intersect whatever each bounds.
        const all = [...fromSelector, ...(fromTerms ? [fromTerms] : [])];
        if (all.length > 0)
            bounds.set(key, new Set([...all[0]].filter((z) => all.every((s) => s.has(z)))));
    }
    return bounds;
}
/** Zones (per zone key) the NodePools can launch into: bounded only when every pool lists them with `In`. */
function poolZoneBounds(pools) {
    const bounds = new Map();
    if (pools.length === 0)
        return bounds;
    for (const key of ZONE_KEYS) {
        const zones = union(pools.map((p) => listedValues(p.read.requirements.filter((r) => (0,karpenter_requirements/* normalizeLabelKey */.F_)(r.key) === key))));
        if (zones)
            bounds.set(key, zones);
    }
    return bounds;
}
function unknownZones() {
    return { known: false, count: 0n, zones: [], source: '', podBounded: false };
}
/**
 * How many zones the pod can run in, when the manifests say: the zones every Karpenter NodePool it may use
 * lists with `In` (pools it pins through `karpenter.sh/nodepool` only), intersected with the zones its own
 * nodeSelector or required node affinity allows. Zone ids count as zones (one-to-one, semantics B.6); with both
 * keys bounded the smaller count holds, since a node must satisfy both. Nodes outside Karpenter are not in the
 * manifests, so only NodePools bound the cluster's zones. `known` is false when nothing bounds them.
 */
function schedulableZones(owner, run) {
    const spec = podSpecOf(owner, run);
    if (!spec)
        return unknownZones();
    const pinned = nodePoolSelection(spec.spec, spec.path).names;
    const pools = nodePoolsOf(run, owner).filter((p) => pinned.length === 0 || pinned.includes(p.object.name));
    const fromPools = poolZoneBounds(pools);
    const fromPod = podZoneBounds(spec.spec);
    let best;
    for (const key of ZONE_KEYS) {
        const poolZones = fromPools.get(key);
        const podZones = fromPod.get(key);
        if (!poolZones && !podZones)
            continue;
        const zones = [...(poolZones ?? podZones)].filter((z) => !podZones || podZones.has(z)).sort();
        const parts = [
            ...(poolZones ? [`NodePool${pools.length > 1 ? 's' : ''} ${pools.map((p) => p.object.name).join(', ')}`] : []),
            ...(podZones ? ["the pod's node selection"] : []),
        ];
        const source = `${zones.length > 0 ? zones.join(', ') : 'none'}: ${key} of ${parts.join(' and ')}`;
        if (!best || zones.length < best.zones.length)
            best = { zones, source, podBounded: podZones !== undefined };
    }
    if (!best)
        return unknownZones();
    // `podBounded`: the pod's own node selection bounds the zones, so no node outside the manifests can add one.
    return { known: true, count: BigInt(best.zones.length), zones: best.zones, source: best.source, podBounded: best.podBounded };
}
// ---------------------------------------------------------------------------------------------------------
// helpers
function podSpecOf(owner, run) {
    const template = run.relations.podTemplate(owner);
    if (!template)
        return undefined;
    const path = [...template.path, 'spec'];
    return { spec: asRecord(cel_functions_navigate(owner.raw, path)), path };
}
function refOf(o) {
    return `${o.kind} ${o.namespace ? `${o.namespace}/` : ''}${o.name} (${o.file}:${o.locate(['metadata', 'name']).line})`;
}
function asRecord(v) {
    return v !== null && typeof v === 'object' && !Array.isArray(v) ? v : {};
}

;// CONCATENATED MODULE: ./src/engine/expression-refs.ts
/**
 * What a compiled rule expression refers to, read from its AST: which top-level names it reads,
 * which rule variables it names (`variables.x`, `variables['x']`), and which functions it calls.
 * The rule compiler uses it to reject reads of undefined or later variables, as the apiserver does,
 * and to know which variables can be cached for a run, an object or only one `forEach` element.
 */

function expressionRefs(ast) {
    const refs = { ids: new Set(), variables: new Set(), variableOffsets: new Map(), functions: new Set() };
    forEachNode(ast, (n) => {
        const args = n.args;
        if ((n.op === '.' || n.op === '.?') && isVariablesId(args[0]) && typeof args[1] === 'string') {
            addVariable(refs, args[1], n.start);
            return false;
        }
        if ((n.op === '[]' || n.op === '[?]') && isVariablesId(args[0])) {
            const key = args[1];
            if (key?.op === 'value' && typeof key.args === 'string') {
                addVariable(refs, key.args, n.start);
                return false;
            }
            refs.variables = 'all';
            refs.computedRead ??= n.start ?? 0;
            return; // the key expression is read like any other
        }
        if (n.op === 'id' && typeof n.args === 'string') {
            refs.ids.add(n.args);
            if (n.args === 'variables')
                refs.variables = 'all';
            return;
        }
        if ((n.op === 'call' || n.op === 'rcall') && typeof args[0] === 'string')
            refs.functions.add(args[0]);
    });
    return refs;
}
function isVariablesId(x) {
    const n = x;
    return n?.op === 'id' && n.args === 'variables';
}
function addVariable(refs, name, offset) {
    refs.ids.add('variables');
    if (refs.variables !== 'all')
        refs.variables.add(name);
    if (offset !== undefined && !refs.variableOffsets.has(name))
        refs.variableOffsets.set(name, offset);
}

;// CONCATENATED MODULE: ./src/engine/compile-rule.ts







/** Variables every rule expression may use (VAP's names, plus `objects`, `item` and `index`). */
const RULE_VARIABLES = [
    ['object', 'map'],
    ['objects', 'list'],
    ['params', 'map'],
    ['variables', 'map'],
    ['namespaceObject', 'dyn'],
    ['item', 'dyn'],
    ['index', 'int'],
    // Admission-policy compatibility: offline there is no old object, and no authorizer to ask.
    ['oldObject', 'dyn'],
    ['request', 'map'],
    ['authorizer', 'dyn'],
];
const RULE_VARIABLE_NAMES = new Set(RULE_VARIABLES.map(([name]) => name));
/**
 * Whether an expression names any rule variable (a comprehension variable that shadows one
 * counts too: the answer only has to be safe, not exact).
 */
function readsRuleVariables(refs) {
    for (const id of refs.ids)
        if (RULE_VARIABLE_NAMES.has(id))
            return true;
    return false;
}
/** One CEL environment per engine: Kubernetes library + resilint functions + rule variables. */
function createRuleEnvironment(holder) {
    const env = createKubernetesEnvironment();
    registerResilintFunctions(env, holder);
    registerKarpenterFunctions(env, holder);
    for (const [name, type] of RULE_VARIABLES)
        env.registerVariable(name, type);
    return env;
}
/**
 * Compiles every expression of a rule. Failures are collected, each with its field path, and
 * thrown together, so an author fixes every broken expression of a rule in one round.
 */
function compileRule(env, rule) {
    const problems = [];
    const compile = (source, path, expectedType) => {
        const result = compileExpression(env, source, { expectedType, sizes: { variables: { objects: 10_000 } } });
        if (!result.ok) {
            const where = result.error.line && result.error.line > 1 ? ` (line ${result.error.line} of the expression)` : '';
            problems.push(new RuleProblem(`CEL: ${result.error.message}${where}`, path, result.error.offset));
            return FAILED;
        }
        return result.program;
    };
    const perItem = new Set();
    const v = (i, key) => ['validations', i, key];
    const compiled = {
        rule,
        matchConditions: rule.matchConditions.map((m) => ({
            name: m.name,
            program: compile(m.expression, ['matchConditions', m.index, 'expression'], 'bool'),
        })),
        variables: rule.variables.map((x, i) => {
            const path = ['variables', x.index, 'expression'];
            const program = compile(x.expression, path);
            const refs = expressionRefs(program.ast);
            checkVariableReads(refs, rule, i, path, problems);
            const readsPerItem = refs.variables === 'all' ? perItem.size > 0 : [...refs.variables].some((name) => perItem.has(name));
            if (refs.ids.has('item') || refs.ids.has('index') || readsPerItem)
                perItem.add(x.name);
            return {
                name: x.name,
                program,
                constant: !readsRuleVariables(refs),
                anchored: [...refs.functions].some((f) => ANCHORED_FUNCTIONS.has(f)),
                perItem: perItem.has(x.name),
            };
        }),
        validations: rule.validations.map((spec) => {
            const c = { spec, expression: compile(spec.expression, v(spec.index, 'expression'), 'bool') };
            if (spec.forEach)
                c.forEach = compile(spec.forEach, v(spec.index, 'forEach'));
            if (spec.messageExpression)
                c.messageExpression = compile(spec.messageExpression, v(spec.index, 'messageExpression'), 'string');
            if (spec.fieldPathExpression)
                c.fieldPathExpression = compile(spec.fieldPathExpression, v(spec.index, 'fieldPathExpression'), 'string');
            if (spec.severityExpression)
                c.severityExpression = compile(spec.severityExpression, v(spec.index, 'severityExpression'), 'string');
            if (spec.related)
                c.related = compile(spec.related, v(spec.index, 'related'));
            return c;
        }),
    };
    const checkReads = (program, path) => {
        if (program && program.ast)
            checkVariableReads(expressionRefs(program.ast), rule, rule.variables.length, path, problems);
    };
    compiled.matchConditions.forEach((m, i) => checkReads(m.program, ['matchConditions', rule.matchConditions[i].index, 'expression']));
    for (const c of compiled.validations) {
        const at = (key) => v(c.spec.index, key);
        checkReads(c.expression, at('expression'));
        checkReads(c.forEach, at('forEach'));
        checkReads(c.messageExpression, at('messageExpression'));
        checkReads(c.fieldPathExpression, at('fieldPathExpression'));
        checkReads(c.severityExpression, at('severityExpression'));
        checkReads(c.related, at('related'));
    }
    if (problems.length > 0)
        throw problems.length === 1 ? problems[0] : new RuleProblems(problems);
    return compiled;
}
/** Functions that pick, of two copies of one object, the one nearest to the object being evaluated. */
const ANCHORED_FUNCTIONS = new Set(['priorityClass', 'objectsOfKind', 'objectsInNamespace']);
/**
 * As the apiserver compiles a policy: an expression may read only variables that exist, and a
 * variable only those defined before it (so variables cannot refer to each other in a cycle).
 * `visible` is how many of the rule's variables, from the first, the expression may read.
 */
function checkVariableReads(refs, rule, visible, path, problems) {
    // In Kubernetes `variables` is an object whose fields are the variables: read by name only.
    if (refs.computedRead !== undefined) {
        problems.push(new RuleProblem("CEL: read variables by name (variables.x or variables['x']), not by a computed key", path, refs.computedRead));
        return;
    }
    if (refs.variables === 'all')
        return;
    const names = rule.variables.map((x) => x.name);
    for (const name of refs.variables) {
        const index = names.indexOf(name);
        if (index !== -1 && index < visible)
            continue;
        const offset = refs.variableOffsets.get(name);
        if (index !== -1) {
            const reader = names[visible];
            const message = index === visible
                ? `CEL: variable "${name}" reads itself`
                : `CEL: variables.${name} is defined after variable "${reader}"; a variable may read only the variables before it, as in Kubernetes`;
            problems.push(new RuleProblem(message, path, offset));
        }
        else {
            const guess = (0,closest_id/* closestId */.v)(name, names);
            problems.push(new RuleProblem(`CEL: no variable named "${name}"${guess ? `; did you mean ${guess}?` : ''}`, path, offset));
        }
    }
}
/** Stands in for an expression that did not compile, so the others still get compiled; never run. */
const FAILED = { ast: null };

;// CONCATENATED MODULE: ./src/engine/object-finding.ts

/** A finding about one object, placed at a field of it: what rule findings, rule errors and suppression errors share. */
function objectFinding(o, f) {
    const at = o.locate(f.path ?? ['metadata', 'name']);
    const finding = {
        ruleId: f.ruleId,
        severity: f.severity,
        message: f.message,
        file: o.file,
        line: at.line,
        column: at.column,
        endLine: at.endLine,
        endColumn: at.endColumn,
        object: objectRef(o),
        fingerprint: (0,fingerprint/* fingerprint */.R)(f.identity),
        suppressed: false,
    };
    if (f.validation !== undefined)
        finding.validation = f.validation;
    if (f.fieldPath !== undefined)
        finding.fieldPath = f.fieldPath;
    return finding;
}
function objectRef(o) {
    return { apiVersion: o.apiVersion, kind: o.kind, namespace: o.namespace, name: o.name };
}

;// CONCATENATED MODULE: ./src/engine/evaluate-rule.ts




/** Whether the rule's `match` block selects this object (before any CEL runs). */
function evaluate_rule_matches(match, o) {
    if (!match.kinds.includes(o.kind) && !match.kinds.includes('*'))
        return false;
    if (match.apiGroups) {
        const slash = o.apiVersion.indexOf('/');
        const group = slash === -1 ? '' : o.apiVersion.slice(0, slash);
        if (!match.apiGroups.includes(group) && !match.apiGroups.includes('*'))
            return false;
    }
    if (match.namespaces && (o.namespace === undefined || !match.namespaces.includes(o.namespace)))
        return false;
    if (match.excludeNamespaces && o.namespace !== undefined && match.excludeNamespaces.includes(o.namespace))
        return false;
    if (match.labelSelector !== undefined) {
        const labels = o.raw.metadata?.labels ?? {};
        if (!(0,workloads/* selectorMatches */.de)(match.labelSelector, labels))
            return false;
    }
    return true;
}
/**
 * Runs one rule on one object, with ValidatingAdmissionPolicy semantics: all matchConditions
 * must hold, variables are evaluated lazily on first use and cached (as the apiserver does, so a
 * costly variable that a short-circuited validation never reads costs nothing), and every
 * validation whose expression is not true yields a finding. An expression that fails to
 * evaluate yields a `rule-error` finding on the object instead of being taken as a pass.
 */
function evaluateRule(compiled, o, run, settings) {
    const rule = compiled.rule;
    const object = run.cel(o);
    if (!object) {
        return [ruleError(rule.id, o, `not evaluated: ${run.unconvertible.get(o) ?? 'object could not be converted'}`)];
    }
    const state = evaluationState(compiled);
    const activation = state.begin(o, object, run, settings);
    try {
        for (const m of compiled.matchConditions) {
            const r = state.evaluate(m.program, 'matchCondition', m.name);
            if (!r.ok)
                return [r.error];
            if (r.value !== true)
                return [];
        }
        const findings = [];
        for (const validation of compiled.validations) {
            if (!validation.forEach) {
                checkOne(validation, o, rule.id, settings, state, run, findings);
                continue;
            }
            const items = state.evaluate(validation.forEach, 'forEach of', validation.spec.id);
            if (!items.ok) {
                findings.push(items.error);
                continue;
            }
            if (!Array.isArray(items.value)) {
                findings.push(ruleError(rule.id, o, `forEach of "${validation.spec.id}" must evaluate to a list`));
                continue;
            }
            for (let i = 0; i < items.value.length; i++) {
                activation.item = items.value[i];
                activation.index = BigInt(i);
                state.forgetPerItem();
                checkOne(validation, o, rule.id, settings, state, run, findings);
            }
            state.forgetPerItem();
            activation.item = null;
            activation.index = 0n;
        }
        return dedupeRuleErrors(findings);
    }
    finally {
        state.end();
    }
}
/** Thrown by a variable's getter when its expression fails; carries the finding's message. */
class VariableFailure extends Error {
}
/**
 * What one rule needs to evaluate an object, built once per rule and reset per object: the
 * activation and a `variables` map whose getters evaluate each variable on first read and
 * cache the result (or the failure) until the next object. Reusing them keeps a lint run from
 * allocating a fresh activation, closure set and property table for every (rule, object) pair.
 */
class EvaluationState {
    compiled;
    activation;
    values;
    run;
    current;
    perItem;
    /** Variables whose evaluation is under way, to catch one that reads itself. */
    evaluating;
    constructor(compiled) {
        this.compiled = compiled;
        this.values = new Array(compiled.variables.length).fill(undefined);
        this.perItem = compiled.variables.flatMap((v, i) => (v.perItem ? [i] : []));
        this.evaluating = new Array(compiled.variables.length).fill(false);
        const variables = {};
        compiled.variables.forEach((v, i) => {
            Object.defineProperty(variables, v.name, { enumerable: true, get: () => this.variable(i) });
        });
        const self = this;
        this.activation = {
            object: null,
            get objects() {
                return self.run.allObjects();
            },
            params: null,
            variables,
            namespaceObject: null,
            item: null,
            index: 0n,
            oldObject: null,
            // Built on first use: most rules never look at the admission request.
            get request() {
                return admissionRequest(self.current);
            },
            authorizer: null,
        };
    }
    begin(o, object, run, settings) {
        this.run = run;
        this.current = o;
        run.anchor = o;
        const namespace = run.relations.namespaceObject(o.namespace);
        const a = this.activation;
        a.object = object;
        a.params = settings.params;
        a.namespaceObject = namespace ? (run.cel(namespace) ?? null) : null;
        a.item = null;
        a.index = 0n;
        return a;
    }
    /**
     * Evaluates one expression of the rule against the current object. `what` and `name` only make
     * the message of a failure (`validation "replicated" failed: ...`), so nothing is built on success.
     */
    evaluate(p, what, name) {
        try {
            return { ok: true, value: p.evaluate(this.activation) };
        }
        catch (error) {
            // A failing variable is reported as itself, once, whichever expression read it first.
            const message = error instanceof VariableFailure ? error.message : `${what} "${name}" failed: ${firstLine(error)}`;
            return { ok: false, error: ruleError(this.compiled.rule.id, this.current, message) };
        }
    }
    /** Variables that read `item` or `index` are cached for one `forEach` element only. */
    forgetPerItem() {
        for (const i of this.perItem)
            this.values[i] = undefined;
    }
    end() {
        this.values.fill(undefined);
        if (this.run)
            this.run.anchor = undefined;
        this.run = undefined;
        this.current = undefined;
    }
    /** Evaluates variable i on first read; constant ones once per run (they read no rule variable). */
    variable(i) {
        const v = this.compiled.variables[i];
        let state = this.values[i];
        // With copies of an object in the run, what an anchored function returns depends on the object.
        const constant = v.constant && !(v.anchored && this.run.relations.copies.length > 0);
        if (state === undefined && constant)
            state = this.run.constants.get(v.program);
        if (state === undefined) {
            // A variable read while it is being evaluated would recurse forever (the load-time check
            // cannot see every way an expression reaches `variables`).
            if (this.evaluating[i])
                throw new VariableFailure(`variable "${v.name}" reads itself`);
            this.evaluating[i] = true;
            try {
                state = { value: v.program.evaluate(this.activation) };
            }
            catch (error) {
                state = { failure: error instanceof VariableFailure ? error : new VariableFailure(`variable "${v.name}" failed: ${firstLine(error)}`) };
            }
            finally {
                this.evaluating[i] = false;
            }
            if (constant)
                this.run.constants.set(v.program, state);
        }
        this.values[i] = state;
        if ('failure' in state)
            throw state.failure;
        return state.value;
    }
}
const states = new WeakMap();
function evaluationState(compiled) {
    let state = states.get(compiled);
    if (!state)
        states.set(compiled, (state = new EvaluationState(compiled)));
    return state;
}
/** One rule-error per distinct message: several validations reading one broken variable give one. */
function dedupeRuleErrors(findings) {
    if (!findings.some((f) => f.ruleId === 'rule-error'))
        return findings;
    const seen = new Set();
    return findings.filter((f) => {
        if (f.ruleId !== 'rule-error')
            return true;
        if (seen.has(f.message))
            return false;
        seen.add(f.message);
        return true;
    });
}
function checkOne(v, o, ruleId, settings, state, run, out) {
    const spec = v.spec;
    const result = state.evaluate(v.expression, 'validation', spec.id);
    if (!result.ok) {
        out.push(result.error);
        return;
    }
    if (result.value === true)
        return;
    if (result.value !== false) {
        out.push(ruleError(ruleId, o, `validation "${spec.id}" must evaluate to a bool`));
        return;
    }
    // As in Kubernetes, a messageExpression that fails (or returns a line break) falls back to
    // `message`, and so do the other optional expressions. The apiserver logs such failures; a
    // linter owes the rule author the same, so each one is also reported as a rule-error.
    let message = spec.message ?? `failed expression: ${spec.expression.trim()}`;
    if (v.messageExpression) {
        const m = state.evaluate(v.messageExpression, 'messageExpression of', spec.id);
        if (!m.ok)
            out.push(m.error);
        else if (typeof m.value !== 'string')
            out.push(ruleError(ruleId, o, `messageExpression of "${spec.id}" must evaluate to a string`));
        else if (m.value.includes('\n'))
            out.push(ruleError(ruleId, o, `messageExpression of "${spec.id}" returned a message with a line break, which Kubernetes refuses`));
        // A blank result is the documented way to fall back to `message`, so it is no error.
        else if (m.value.trim())
            message = m.value;
    }
    let path = spec.fieldPath ? (0,field_path/* parseFieldPath */.Z)(spec.fieldPath) : undefined;
    if (v.fieldPathExpression) {
        const p = state.evaluate(v.fieldPathExpression, 'fieldPathExpression of', spec.id);
        if (!p.ok)
            out.push(p.error);
        else if (typeof p.value !== 'string')
            out.push(ruleError(ruleId, o, `fieldPathExpression of "${spec.id}" must evaluate to a string`));
        else if (p.value) {
            try {
                path = (0,field_path/* parseFieldPath */.Z)(p.value);
            }
            catch (error) {
                // The rule author's mistake: say so on the object, and still report the finding at `fieldPath`.
                out.push(ruleError(ruleId, o, `fieldPathExpression of "${spec.id}" returned "${p.value}", which is not a field path: ${firstLine(error)}`));
            }
        }
    }
    let severity = spec.severity ?? settings.severity;
    if (v.severityExpression) {
        const s = state.evaluate(v.severityExpression, 'severityExpression of', spec.id);
        if (!s.ok)
            out.push(s.error);
        else if (s.value === 'error' || s.value === 'warning' || s.value === 'notice')
            severity = s.value;
        else
            out.push(ruleError(ruleId, o, `severityExpression of "${spec.id}" returned ${JSON.stringify(fromCel(s.value))}; expected "error", "warning" or "notice"`));
    }
    if (settings.severityOverride)
        severity = settings.severityOverride;
    const related = [];
    if (v.related) {
        const r = state.evaluate(v.related, 'related of', spec.id);
        if (!r.ok)
            out.push(r.error);
        else if (Array.isArray(r.value)) {
            for (const x of r.value) {
                const owner = run.owner(x);
                if (owner) {
                    const at = owner.locate(['metadata', 'name']);
                    related.push({ file: owner.file, line: at.line, column: at.column, message: `${owner.kind} ${owner.name}` });
                }
            }
        }
    }
    const fieldPath = path ? (0,field_path/* formatFieldPath */.v)(path) : undefined;
    const finding = objectFinding(o, {
        ruleId,
        validation: spec.id,
        severity,
        message,
        path,
        fieldPath,
        identity: [ruleId, spec.id, o.file, o.kind, o.namespace, o.name, fieldPath],
    });
    if (settings.docsUrl)
        finding.docsUrl = settings.docsUrl;
    if (related.length)
        finding.related = related;
    out.push(finding);
}
function ruleError(ruleId, o, message) {
    return objectFinding(o, {
        ruleId: 'rule-error',
        validation: ruleId,
        severity: 'warning',
        message: `rule ${ruleId}: ${message}`,
        // The message names what failed (which validation, which expression), so two failures on one
        // object keep two fingerprints and a baseline can tell a fixed one from a new one.
        identity: ['rule-error', ruleId, o.file, o.kind, o.namespace, o.name, message],
    });
}
function firstLine(error) {
    const e = error;
    return String(e.summary ?? e.message ?? error).split('\n')[0];
}
/** What the apiserver would pass as `request` when the object is created. */
function admissionRequest(o) {
    const slash = o.apiVersion.indexOf('/');
    const group = slash === -1 ? '' : o.apiVersion.slice(0, slash);
    const version = slash === -1 ? o.apiVersion : o.apiVersion.slice(slash + 1);
    return {
        operation: 'CREATE',
        kind: { group, version, kind: o.kind },
        resource: { group, version, resource: `${o.kind.toLowerCase()}s` },
        name: o.name,
        namespace: o.namespace ?? '',
        dryRun: true,
        userInfo: { username: 'resilint', groups: [] },
    };
}

;// CONCATENATED MODULE: ./src/model/copies.ts
/**
 * Objects defined more than once in one run: the same kind, API group, namespace and name in two
 * files (a base and an overlay, two environments, the broken and fixed version of an example).
 * The cluster would hold one of them; which one depends on what gets applied. So relations never
 * pair an object with every copy of another: each object is related to the copy nearest to it
 * (same file, then same folder, then the first one loaded), and a copy is never counted twice.
 */
function identityOf(o) {
    const slash = o.apiVersion.indexOf('/');
    const group = slash === -1 ? '' : o.apiVersion.slice(0, slash);
    return `${group}\u0000${o.kind}\u0000${o.namespace ?? ''}\u0000${o.name}`;
}
/** Groups of two or more objects sharing an identity, in load order. */
function findCopies(objects) {
    const byIdentity = new Map();
    for (const o of objects) {
        const key = identityOf(o);
        const group = byIdentity.get(key);
        if (group)
            group.push(o);
        else
            byIdentity.set(key, [o]);
    }
    return [...byIdentity.values()].filter((g) => g.length > 1);
}
/** 2 in the same file, 1 in the same folder, 0 otherwise. */
function closeness(a, b) {
    if (a.file === b.file)
        return 2;
    return folderOf(a.file) === folderOf(b.file) ? 1 : 0;
}
function folderOf(file) {
    const slash = file.lastIndexOf('/');
    return slash === -1 ? '' : file.slice(0, slash);
}
/**
 * `related` with each identity kept once: the copy nearest to `anchor` (ties: the first in the
 * list). Order is kept. Cheap when there are no copies, which is the common case.
 */
function nearestCopies(related, anchor) {
    if (related.length < 2)
        return [...related];
    const best = new Map();
    let duplicated = false;
    for (const o of related) {
        const key = identityOf(o);
        const current = best.get(key);
        if (!current)
            best.set(key, o);
        else {
            duplicated = true;
            if (anchor && closeness(o, anchor) > closeness(current, anchor))
                best.set(key, o);
        }
    }
    if (!duplicated)
        return [...related];
    const kept = new Set(best.values());
    return related.filter((o) => kept.has(o));
}

;// CONCATENATED MODULE: ./src/model/relations.ts


/**
 * The cross-object picture of a set of manifests, computed once per run so rules ask questions
 * ("which PDBs select this workload?") in constant time instead of scanning every object.
 */
class Relations {
    objects;
    byKind = new Map();
    templates = new Map();
    pdbToWorkloads = new Map();
    workloadToPdbs = new Map();
    scalerTargets = new Map();
    workloadToScalers = new Map();
    priorityClasses = new Map();
    namespaces = new Map();
    byNamespaceKind = new Map();
    /** Services by namespace and by one of their selector's `key=value` pairs; built on first use. */
    serviceIndex;
    serviceOrder;
    /** Objects defined more than once (see copies.ts); empty in the common case, which keeps `nearest` free. */
    copied = new Set();
    /** The groups of objects defined more than once, in load order (see copies.ts). */
    copies;
    constructor(objects) {
        this.objects = objects;
        this.copies = findCopies(objects);
        for (const group of this.copies)
            for (const o of group)
                this.copied.add(o);
        for (const o of objects) {
            push(this.byKind, o.kind, o);
            if (o.namespace !== undefined)
                push(this.byNamespaceKind, `${o.namespace}\u0000${o.kind}`, o);
            if (o.kind === 'PriorityClass')
                push(this.priorityClasses, o.name, o);
            if (o.kind === 'Namespace' && !this.namespaces.has(o.name))
                this.namespaces.set(o.name, o);
        }
        this.linkPdbs();
        this.linkScalers();
    }
    nearest(related, anchor) {
        if (this.copied.size === 0 || !related.some((o) => this.copied.has(o)))
            return related;
        return nearestCopies(related, anchor);
    }
    podTemplate(o) {
        let t = this.templates.get(o);
        if (t === undefined) {
            t = (0,workloads/* hasPodTemplate */.WI)(o.kind) ? ((0,workloads/* podTemplateOf */.D0)(o) ?? null) : null;
            this.templates.set(o, t);
        }
        return t ?? undefined;
    }
    /** Objects of a kind in a namespace (or of a cluster-scoped kind when namespace is undefined). */
    inNamespace(namespace, kind) {
        if (namespace === undefined)
            return this.byKind.get(kind) ?? [];
        return this.byNamespaceKind.get(`${namespace}\u0000${kind}`) ?? [];
    }
    /** Workloads (objects with pod templates) whose pods a PDB selects, in the PDB's namespace. */
    workloadsOfPdb(pdb) {
        return this.pdbToWorkloads.get(pdb) ?? [];
    }
    /** PDBs whose selector matches the workload's pods; of two copies of one PDB, the nearer one. */
    pdbsOfWorkload(workload) {
        return this.workloadToPdbs.get(workload) ?? [];
    }
    /** The workload an HPA, VPA or KEDA ScaledObject points at, when it is among the manifests. */
    scalerTarget(scaler) {
        return this.scalerTargets.get(scaler) ?? undefined;
    }
    /** HPAs, VPAs and ScaledObjects acting on a workload. */
    scalersOfWorkload(workload, kind) {
        const all = this.workloadToScalers.get(workload) ?? [];
        return kind ? all.filter((s) => s.kind === kind) : all;
    }
    /**
     * Services that send traffic to a workload's pods: in its namespace, with a non-empty selector
     * (a Service without one gets no endpoints from the control plane; ExternalName has none)
     * whose every `key: value` the pod template's labels carry.
     */
    servicesOfWorkload(workload) {
        const labels = this.podTemplate(workload)?.labels;
        if (!labels || workload.namespace === undefined)
            return [];
        const index = (this.serviceIndex ??= this.indexServices());
        const out = [];
        // Each Service sits under its first selector pair only, so probing every label finds it once.
        for (const [key, value] of Object.entries(labels)) {
            for (const service of index.get(labelKey(workload.namespace, key, String(value))) ?? []) {
                const selector = serviceSelector(service);
                if (Object.entries(selector).every(([k, v]) => Object.hasOwn(labels, k) && String(labels[k]) === String(v)))
                    out.push(service);
            }
        }
        // In manifest order, as a scan of the namespace's Services would list them; one copy of each.
        const order = this.serviceOrder;
        return out.length > 1 ? this.nearest(out.sort((a, b) => order.get(a) - order.get(b)), workload) : out;
    }
    /** The PriorityClass of that name; of two copies, the one nearest to `anchor` (else the first). */
    priorityClass(name, anchor) {
        const found = this.priorityClasses.get(name);
        return found && (found.length === 1 ? found[0] : this.nearest(found, anchor)[0]);
    }
    namespaceObject(name) {
        return name === undefined ? undefined : this.namespaces.get(name);
    }
    /** Pod-owning objects by namespace and each of their pod labels, by kind then manifest order. */
    podOwnersByLabel() {
        const index = new Map();
        for (const kind of POD_OWNER_KINDS) {
            for (const w of this.byKind.get(kind) ?? []) {
                const labels = this.podTemplate(w)?.labels;
                if (!labels || w.namespace === undefined)
                    continue;
                for (const [key, value] of Object.entries(labels))
                    push(index, labelKey(w.namespace, key, value), w);
            }
        }
        return index;
    }
    indexServices() {
        const index = new Map();
        this.serviceOrder = new Map();
        for (const service of this.byKind.get('Service') ?? []) {
            this.serviceOrder.set(service, this.serviceOrder.size);
            const selector = serviceSelector(service);
            if (!selector || service.namespace === undefined)
                continue;
            const [key, value] = Object.entries(selector)[0];
            push(index, labelKey(service.namespace, key, String(value)), service);
        }
        return index;
    }
    linkPdbs() {
        const pdbs = this.byKind.get('PodDisruptionBudget') ?? [];
        const byLabel = pdbs.length > 0 ? this.podOwnersByLabel() : new Map();
        for (const pdb of pdbs) {
            const selector = normalisePdbSelector(pdb);
            const selected = [];
            // A selector with matchLabels can only select pods carrying its first pair: look those up
            // instead of testing every workload of the namespace (same order: by kind, then manifest).
            const first = firstMatchLabel(selector);
            const candidates = first
                ? (byLabel.get(labelKey(pdb.namespace ?? '', first[0], first[1])) ?? [])
                : POD_OWNER_KINDS.flatMap((kind) => this.inNamespace(pdb.namespace, kind));
            for (const w of candidates) {
                const t = this.podTemplate(w);
                if (t && (0,workloads/* selectorMatches */.de)(selector, t.labels)) {
                    selected.push(w);
                    push(this.workloadToPdbs, w, pdb);
                }
            }
            // Of two copies of one workload (see copies.ts), a PDB selects the one nearest to it.
            this.pdbToWorkloads.set(pdb, this.nearest(selected, pdb));
        }
        for (const [w, pdbs] of this.workloadToPdbs)
            this.workloadToPdbs.set(w, this.nearest(pdbs, w));
    }
    linkScalers() {
        for (const kind of SCALER_KINDS) {
            for (const scaler of this.byKind.get(kind) ?? []) {
                const ref = scaleTargetRef(scaler);
                let target = null;
                if (ref) {
                    const named = this.inNamespace(scaler.namespace, ref.kind).filter((o) => o.name === ref.name && (!ref.apiVersion || relations_groupOf(o.apiVersion) === relations_groupOf(ref.apiVersion)));
                    // Of two copies of the target, the one nearest to the scaler (see copies.ts).
                    target = this.nearest(named, scaler)[0] ?? null;
                }
                this.scalerTargets.set(scaler, target);
                if (target)
                    push(this.workloadToScalers, target, scaler);
            }
        }
        for (const [w, scalers] of this.workloadToScalers)
            this.workloadToScalers.set(w, this.nearest(scalers, w));
    }
}
/** The first `matchLabels` pair of a selector, when it has one (values compared as strings). */
function firstMatchLabel(selector) {
    if (!(0,workloads/* isRecord */.u4)(selector) || !(0,workloads/* isRecord */.u4)(selector.matchLabels))
        return undefined;
    const entry = Object.entries(selector.matchLabels)[0];
    return entry ? [entry[0], String(entry[1])] : undefined;
}
/** Index key for "objects in a namespace carrying label key=value". */
function labelKey(namespace, key, value) {
    return `${namespace}\u0000${key}\u0000${value}`;
}
/** A Service's pod selector, when it has one that the control plane would use. */
function serviceSelector(service) {
    const spec = service.raw.spec;
    if (!(0,workloads/* isRecord */.u4)(spec) || spec.type === 'ExternalName' || !(0,workloads/* isRecord */.u4)(spec.selector))
        return undefined;
    return Object.keys(spec.selector).length > 0 ? spec.selector : undefined;
}
/** Kinds whose pods a PDB can select; a ReplicaSet owned by a Deployment is not in manifests. */
const POD_OWNER_KINDS = ['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'ReplicationController', 'Job', 'CronJob', 'Rollout', 'Pod'];
const SCALER_KINDS = ['HorizontalPodAutoscaler', 'VerticalPodAutoscaler', 'ScaledObject'];
/**
 * policy/v1beta1 treated an empty selector as "match nothing"; policy/v1 matches every pod in
 * the namespace (kubernetes-semantics B.1.1).
 */
function normalisePdbSelector(pdb) {
    const sel = pdb.raw.spec?.selector;
    if (pdb.apiVersion === 'policy/v1beta1' && (0,workloads/* isRecord */.u4)(sel) && !sel.matchLabels && !sel.matchExpressions)
        return null;
    return sel;
}
function scaleTargetRef(scaler) {
    const spec = scaler.raw.spec;
    const ref = scaler.kind === 'VerticalPodAutoscaler' ? spec?.targetRef : spec?.scaleTargetRef;
    if (!(0,workloads/* isRecord */.u4)(ref) || typeof ref.name !== 'string')
        return undefined;
    // KEDA's ScaledObject defaults the kind to Deployment.
    const kind = typeof ref.kind === 'string' ? ref.kind : scaler.kind === 'ScaledObject' ? 'Deployment' : undefined;
    if (!kind)
        return undefined;
    return { kind, name: ref.name, apiVersion: typeof ref.apiVersion === 'string' ? ref.apiVersion : undefined };
}
function relations_groupOf(apiVersion) {
    const slash = apiVersion.indexOf('/');
    return slash === -1 ? '' : apiVersion.slice(0, slash);
}
function push(map, key, value) {
    const list = map.get(key);
    if (list)
        list.push(value);
    else
        map.set(key, [value]);
}

;// CONCATENATED MODULE: ./src/engine/run-context.ts


/**
 * Everything one lint run shares between rules: the objects, their CEL values (converted once)
 * and the relations between them. CEL functions find the ManifestObject behind a CEL map by
 * identity, so a rule can ask for "the PDBs that select this object" and get CEL maps back.
 */
class RunContext {
    objects;
    catalog;
    relations;
    celValues = new Map();
    owners = new WeakMap();
    allCel;
    /**
     * The object a rule is being evaluated on. Listing functions (`objectsOfKind`, ...) use it to
     * keep, of two copies of one object, the one nearest to it (see model/copies.ts).
     */
    anchor;
    /** Values of rule variables that read no rule variable: one evaluation per run (by program). */
    constants = new Map();
    /** Objects that could not be converted (alias bombs that got past the loader, cycles). */
    unconvertible = new Map();
    constructor(objects, 
    /** The user's EC2 catalog (`--instance-types`); rules fall back to the built-in one. */
    catalog) {
        this.objects = objects;
        this.catalog = catalog;
        this.relations = new Relations(objects);
    }
    /** The object's value for CEL (ints as BigInt), or undefined if it cannot be evaluated. */
    cel(o) {
        let v = this.celValues.get(o);
        if (v === undefined) {
            try {
                v = toCel(o.raw);
                this.owners.set(v, o);
            }
            catch (error) {
                if (!(error instanceof ValueTooLargeError))
                    throw error;
                this.unconvertible.set(o, error.message);
                v = null;
            }
            this.celValues.set(o, v);
        }
        return v ?? undefined;
    }
    /** The ManifestObject a CEL map came from, when it is a whole object of this run. */
    owner(value) {
        return value !== null && typeof value === 'object' ? this.owners.get(value) : undefined;
    }
    /** `objects` with one copy per identity, the one nearest to the object being evaluated. */
    nearest(objects) {
        return this.relations.nearest(objects, this.anchor);
    }
    celList(objects) {
        const out = [];
        for (const o of objects) {
            const v = this.cel(o);
            if (v)
                out.push(v);
        }
        return out;
    }
    /** `objects` in CEL: every object of the run, converted on first use. */
    allObjects() {
        this.allCel ??= this.celList(this.objects);
        return this.allCel;
    }
}

;// CONCATENATED MODULE: ./src/engine/suppress.ts


const IGNORE_ANNOTATION = 'resilint.io/ignore';
const IGNORE_REASON_ANNOTATION = 'resilint.io/ignore-reason';
/**
 * Marks findings suppressed by the object's `resilint.io/ignore: "rule-a,rule-b"` annotation
 * (`*` or `all` for every rule; `rule-a/validationId` for one validation of a rule). The
 * annotation may sit on the object or on its pod template. Suppressed findings are kept and
 * counted, never dropped, so JSON and SARIF still show them.
 */
function applySuppressions(findings, o, podTemplateAnnotations) {
    const sources = [o.raw.metadata?.annotations, podTemplateAnnotations];
    for (const f of findings) {
        for (const annotations of sources) {
            if (!annotations || typeof annotations !== 'object')
                continue;
            const value = annotations[IGNORE_ANNOTATION];
            if (typeof value !== 'string')
                continue;
            const ids = value.split(',').map((s) => s.trim()).filter(Boolean);
            if (ids.includes(f.ruleId) || ids.includes('*') || ids.includes('all') || (f.validation !== undefined && ids.includes(`${f.ruleId}/${f.validation}`))) {
                f.suppressed = true;
                const reason = annotations[IGNORE_REASON_ANNOTATION];
                f.suppressionReason = typeof reason === 'string' ? reason : `${IGNORE_ANNOTATION} annotation`;
                break;
            }
        }
    }
}
/**
 * Marks a finding suppressed when a rule that supersedes its rule (`metadata.supersedes`) reports
 * at the same file, line and column of the same object: one cause, told once, by the more
 * specific rule. Kept and marked, like any suppressed finding; a superseding finding that is
 * itself suppressed hides nothing.
 */
function applySupersedes(findings, supersededBy) {
    for (const f of findings) {
        const by = supersededBy.get(f.ruleId);
        if (!by || f.suppressed)
            continue;
        const winner = findings.find((g) => !g.suppressed && by.has(g.ruleId) && g.file === f.file && g.line === f.line && g.column === f.column);
        if (winner) {
            f.suppressed = true;
            f.suppressionReason = `superseded by ${winner.ruleId}, which reports the same place`;
        }
    }
}
/**
 * A `resilint.io/ignore` that names a rule which does not exist (a typo such as `pdb-mising`)
 * suppresses nothing; say so at the annotation, or the user believes the finding is handled.
 */
function unknownSuppressions(o, template, isKnown, knownIds = []) {
    const out = [];
    const sources = [[o.raw.metadata?.annotations, ['metadata', 'annotations']]];
    if (template)
        sources.push([template.annotations, [...template.path, 'metadata', 'annotations']]);
    for (const [annotations, path] of sources) {
        if (!annotations || typeof annotations !== 'object')
            continue;
        const value = annotations[IGNORE_ANNOTATION];
        if (typeof value !== 'string')
            continue;
        const unknown = value
            .split(',')
            .map((s) => s.trim())
            .filter((id) => id && id !== '*' && id !== 'all' && !isKnown(id));
        if (unknown.length === 0)
            continue;
        out.push(objectFinding(o, {
            ruleId: 'suppression-error',
            severity: 'warning',
            message: `${IGNORE_ANNOTATION} names unknown rule(s) ${unknown.map((id) => withGuess(id, knownIds)).join(', ')}, ` +
                'so it suppresses nothing for them (see `resilint rules`)',
            path: [...path, IGNORE_ANNOTATION],
            identity: ['suppression-error', o.file, o.kind, o.namespace, o.name, unknown.join(',')],
        }));
    }
    return out;
}
function withGuess(id, known) {
    const guess = (0,closest_id/* closestId */.v)(id, known);
    return guess ? `${id} (did you mean ${guess}?)` : id;
}

;// CONCATENATED MODULE: ./src/engine/lint.ts



















/** Lints manifests on disk: the library entry point behind the CLI and the Action. */
function lint(options) {
    return lintDetailed(options).result;
}
/** `lint`, also handing back the loaded manifests so a caller (the simulator) need not load them again. */
function lintDetailed(options) {
    const cwd = options.cwd ?? process.cwd();
    const config = readConfig(options, cwd);
    const loaded = (0,load_manifests/* loadManifests */.DD)(options.paths, {
        ...effectiveLoadOptions(options, config),
        cwd,
        stdinText: options.stdinText,
        requireManifests: options.requireManifests,
        onFile: options.onProgress && ((done, total) => options.onProgress({ phase: 'loading', done, total })),
    });
    const dirs = [
        ...(options.noBuiltin ? [] : [{ dir: builtinPoliciesDir(), builtin: true }]),
        ...[...(config.policies ?? []), ...(options.policies ?? [])].map((dir) => ({ dir, builtin: false })),
    ];
    const { rules, errors, otherObjects } = loadRules(dirs, cwd);
    const admission = adaptAdmissionPolicies(otherObjects, loaded.objects);
    const allRules = [...rules, ...admission.rules.map((a) => a.rule)];
    const prepared = prepareRules(allRules, config, [...errors, ...admission.errors, ...unknownSupersedes(allRules)]);
    attachAdmissionRules(prepared, admission.rules);
    const catalogFile = options.instanceTypesFile ? external_node_path_default().resolve(cwd, options.instanceTypesFile) : config.instanceTypes;
    const result = lintObjects(loaded, prepared, options.reportFiles, catalogFile ? readCatalog(catalogFile, cwd) : undefined, options.onProgress && ((done, total) => options.onProgress({ phase: 'linting', done, total })));
    result.notes.push(...admission.notes);
    return { result, loaded };
}
/** The config file `lint` would use for these options (`configFile`, else one found in cwd). */
function readConfig(options, cwd) {
    const configFile = options.configFile ? external_node_path_default().resolve(cwd, options.configFile) : findConfigFile(cwd);
    return configFile ? loadConfig(configFile, cwd) : emptyConfig();
}
/**
 * Which files `lint` selects and how it reads them: options first, then the config file. Shared
 * with the Action, which must load the base commit's manifests exactly as the head's.
 */
function effectiveLoadOptions(options, config) {
    return {
        include: options.include?.length ? options.include : config.include,
        exclude: [...(config.exclude ?? []), ...(options.exclude ?? [])],
        namespace: options.namespace ?? config.namespace,
        maxFileBytes: options.maxFileBytes ?? (config.maxFileSize !== undefined ? parseSize(config.maxFileSize) : undefined),
    };
}
/** Compiles rules and merges their settings with the user's config. */
function prepareRules(rules, config, loadErrors = []) {
    const holder = {};
    const env = createRuleEnvironment(holder);
    const errors = [...loadErrors];
    const known = new Set(rules.map((r) => r.id));
    if (loadErrors.length === 0) {
        for (const id of Object.keys(config.rules)) {
            if (!known.has(id)) {
                const guess = (0,closest_id/* closestId */.v)(id, [...known]);
                throw new src_errors/* UsageError */.e(`${config.locate(['rules', id])}: unknown rule "${id}"${guess ? `; did you mean ${guess}?` : ''} (see \`resilint rules\`)`);
            }
        }
    }
    if (loadErrors.length === 0)
        checkSharedParams(rules, config);
    const compiled = [];
    const settings = new Map();
    const meta = [];
    for (const rule of rules) {
        const userCfg = config.rules[rule.id] ?? {};
        // A rule's own params are checked even when it is off: a typo there would surface only later.
        const own = userCfg.params ?? {};
        for (const [name, value] of Object.entries(own)) {
            const spec = rule.params[name];
            if (!spec) {
                const guess = (0,closest_id/* closestId */.v)(name, Object.keys(rule.params));
                throw new src_errors/* UsageError */.e(`${config.locate(['rules', rule.id, 'params', name])}: rule ${rule.id} has no param "${name}"${guess ? `; did you mean ${guess}?` : ''}`);
            }
            const problem = checkParamValue(spec, value);
            if (problem)
                throw new src_errors/* UsageError */.e(`${config.locate(['rules', rule.id, 'params', name])}: param "${name}" ${problem}`);
        }
        if (userCfg.enabled === false)
            continue;
        const params = {};
        for (const [name, spec] of Object.entries(rule.params))
            params[name] = spec.default;
        for (const [name, value] of Object.entries(config.params ?? {})) {
            const spec = rule.params[name];
            // Where the rule sets the param itself, the shared value never reaches it.
            if (!spec || Object.hasOwn(own, name))
                continue;
            const problem = checkParamValue(spec, value);
            if (problem)
                throw new src_errors/* UsageError */.e(`${config.locate(['params', name])}: param "${name}" ${problem} (as rule ${rule.id} declares it)`);
            params[name] = value;
        }
        Object.assign(params, own);
        try {
            compiled.push(compileRule(env, rule));
        }
        catch (error) {
            if (!(error instanceof RuleProblem))
                throw error;
            for (const problem of error instanceof RuleProblems ? error.all : [error])
                errors.push(ruleProblemFinding(rule.source, problem, rule.id));
            continue;
        }
        const severity = userCfg.severity ?? rule.severity;
        const docsUrl = rule.builtin ? (0,version/* ruleDocsUrl */.hS)(rule.id) : rule.links[0];
        settings.set(rule.id, { severity, severityOverride: userCfg.severity, params: paramsToCel(rule.params, params), docsUrl });
        meta.push({ id: rule.id, severity, description: rule.description, remediation: rule.remediation, docsUrl, category: rule.category });
    }
    return { compiled, errors, holder, settings, meta, knownRuleIds: known };
}
/**
 * Params as CEL values. A `number` param is always a CEL double: YAML reads `ratio: 3` as an
 * integer, and `params.ratio * 2.0` would then fail with "no such overload" for the user who
 * wrote 3 while the rule's tests, written with 2.5, pass.
 */
function paramsToCel(specs, params) {
    const values = toCel(params);
    const toDouble = (v) => (typeof v === 'bigint' ? Number(v) : v);
    for (const [name, spec] of Object.entries(specs)) {
        const v = values[name];
        if (spec.type === 'number')
            values[name] = toDouble(v);
        else if (spec.type === 'array' && spec.items?.type === 'number' && Array.isArray(v))
            values[name] = v.map(toDouble);
    }
    return values;
}
/**
 * A `supersedes` entry naming no loaded rule is a typo that would leave both findings shown.
 * Checked over every rule of the run (a single rule's tests cannot tell).
 */
function unknownSupersedes(rules) {
    const known = rules.map((r) => r.id);
    return rules.flatMap((rule) => (rule.supersedes ?? []).flatMap((other, i) => {
        if (known.includes(other))
            return [];
        const guess = (0,closest_id/* closestId */.v)(other, known);
        const problem = new RuleProblem(`supersedes unknown rule "${other}"${guess ? `; did you mean ${guess}?` : ''}`, ['metadata', 'supersedes', i]);
        return [ruleProblemFinding(rule.source, problem, rule.id)];
    }));
}
/** A shared param that no rule declares is a typo, not a setting to ignore. */
function checkSharedParams(rules, config) {
    const declared = new Set(rules.flatMap((r) => Object.keys(r.params)));
    for (const name of Object.keys(config.params ?? {})) {
        if (declared.has(name))
            continue;
        const guess = (0,closest_id/* closestId */.v)(name, [...declared]);
        throw new src_errors/* UsageError */.e(`${config.locate(['params', name])}: no rule has a param "${name}"${guess ? `; did you mean ${guess}?` : ''} (see \`resilint explain <rule>\`)`);
    }
}
/** Runs prepared rules over loaded manifests. */
function lintObjects(loaded, prepared, reportFiles, catalog, onObject) {
    const run = new RunContext(loaded.objects, catalog);
    prepared.holder.current = run;
    const byKind = new Map();
    for (const c of prepared.compiled) {
        for (const kind of c.rule.match.kinds) {
            const list = byKind.get(kind) ?? [];
            list.push(c);
            byKind.set(kind, list);
        }
    }
    const findings = [...loaded.problems, ...prepared.errors];
    const ruleIds = new Set(prepared.meta.map((m) => m.id));
    // Disabled rules, the loader's and engine's own ids, and the simulator's `sim/...` are all fine
    // to name, and so is `rule/validationId` for one validation of an enabled rule.
    const validationIds = new Set(prepared.compiled.flatMap((c) => c.rule.validations.map((v) => `${c.rule.id}/${v.id}`)));
    const knownIds = [...(prepared.knownRuleIds ?? ruleIds), ...validationIds];
    const isKnownRule = (id) => ruleIds.has(id) ||
        prepared.knownRuleIds?.has(id) === true ||
        (0,engine_rules/* isEngineRule */.t)(id) ||
        id.startsWith('sim/') ||
        validationIds.has(id) ||
        // A disabled rule is not compiled, so its validation ids are not checked.
        (!ruleIds.has(id.slice(0, id.lastIndexOf('/'))) && prepared.knownRuleIds?.has(id.slice(0, id.lastIndexOf('/'))) === true);
    const supersededBy = new Map();
    for (const c of prepared.compiled) {
        for (const other of c.rule.supersedes ?? []) {
            const by = supersededBy.get(other) ?? new Set();
            by.add(c.rule.id);
            supersededBy.set(other, by);
        }
    }
    // The rules for a kind, then those for every kind: built once per kind, not per object.
    const candidatesByKind = new Map();
    try {
        const total = loaded.objects.length;
        for (let i = 0; i < total; i++) {
            const o = loaded.objects[i];
            // Every 64th object: often enough for a smooth line, rarely enough to cost nothing.
            if (onObject && (i & 63) === 0)
                onObject(i, total);
            let candidates = candidatesByKind.get(o.kind);
            if (!candidates)
                candidatesByKind.set(o.kind, (candidates = [...(byKind.get(o.kind) ?? []), ...(byKind.get('*') ?? [])]));
            if (candidates.length === 0)
                continue;
            const objectFindings = [];
            for (const c of candidates) {
                if (!evaluate_rule_matches(c.rule.match, o) || prepared.filters?.get(c.rule.id)?.(o) === false)
                    continue;
                const ruleFindings = evaluateRule(c, o, run, prepared.settings.get(c.rule.id));
                const quiet = prepared.quietErrors?.has(c.rule.id);
                objectFindings.push(...(quiet ? ruleFindings.filter((f) => f.ruleId !== 'rule-error') : ruleFindings));
            }
            const template = run.relations.podTemplate(o);
            applySuppressions(objectFindings, o, template?.metadata?.annotations);
            if (supersededBy.size > 0)
                applySupersedes(objectFindings, supersededBy);
            objectFindings.push(...unknownSuppressions(o, template && { annotations: template.metadata.annotations, path: template.path }, isKnownRule, knownIds));
            findings.push(...objectFindings);
        }
    }
    finally {
        prepared.holder.current = undefined;
    }
    const copies = run.relations.copies;
    const notes = copies.length > 0 ? [...loaded.notes, copiesNote(copies)] : loaded.notes;
    const wanted = reportFiles ? new Set(reportFiles) : undefined;
    const reported = wanted ? findings.filter((f) => wanted.has(f.file) || (f.ruleId === 'rule-error' && !f.object)) : findings;
    return buildResult(reported, prepared.meta, loaded, notes);
}
/** Says which objects are defined more than once and how cross-object rules treat the copies. */
function copiesNote(copies) {
    const at = (o) => `${o.file}:${o.locate(['metadata', 'name']).line}`;
    const [first] = copies;
    const example = `${first[0].kind} ${first[0].namespace ? `${first[0].namespace}/` : ''}${first[0].name} (${first.map(at).join(', ')})`;
    const more = copies.length > 1 ? ` and ${copies.length - 1} more` : '';
    return (`${copies.length} object(s) are defined more than once (same kind, namespace and name), e.g. ${example}${more}: ` +
        'cross-object rules relate each copy to the copies of other objects nearest to it (same file, then same folder).');
}
/** The user's `aws ec2 describe-instance-types` JSON; a bad file is a usage error naming it. */
function readCatalog(file, cwd) {
    const rel = external_node_path_default().relative(cwd, file).split((external_node_path_default()).sep).join('/');
    if (!(0,external_node_fs_.existsSync)(file))
        throw new src_errors/* UsageError */.e(`instance-types file not found: ${rel}`);
    try {
        return (0,instance_types/* parseDescribeInstanceTypesText */.mu)((0,external_node_fs_.readFileSync)(file, 'utf8'), rel);
    }
    catch (error) {
        if (error instanceof instance_types/* InstanceCatalogError */.Js)
            throw new src_errors/* UsageError */.e(error.message);
        throw error;
    }
}
function buildResult(findings, rules, loaded, notes) {
    const active = findings.filter((f) => !f.suppressed);
    const sources = new Map();
    for (const f of findings) {
        const s = loaded.sources.get(f.file);
        if (s && !sources.has(f.file))
            sources.set(f.file, s.text);
    }
    return {
        findings,
        rules,
        summary: {
            files: loaded.files.length,
            objects: loaded.objects.length,
            errors: active.filter((f) => f.severity === 'error').length,
            warnings: active.filter((f) => f.severity === 'warning').length,
            notices: active.filter((f) => f.severity === 'notice').length,
            suppressed: findings.length - active.length,
            skippedDocuments: loaded.skippedDocuments,
            skippedFiles: loaded.skippedFiles,
        },
        notes,
        sources,
        ruleErrors: findings.filter((f) => f.ruleId === 'rule-error' && !f.object).length,
    };
}

// EXTERNAL MODULE: ./src/model/types.ts
var types = __nccwpck_require__(440);
// EXTERNAL MODULE: ./src/report/index.ts + 7 modules
var src_report = __nccwpck_require__(29);
;// CONCATENATED MODULE: ./src/testing/rule-tester.ts







class RuleTestFileError extends Error {
}
const CASE_FIELDS = ['name', 'manifests', 'file', 'params', 'findings', 'doc'];
const FINDING_FIELDS = ['validation', 'object', 'fieldPath', 'line', 'severity', 'message', 'messageContains'];
function readRuleTests(rule) {
    const file = external_node_path_default().join(rule.dir, 'tests.yaml');
    if (!(0,external_node_fs_.existsSync)(file))
        return [];
    const doc = loadTestFile((0,external_node_fs_.readFileSync)(file, 'utf8'), file);
    const raw = doc.raw;
    // The file is parsed behind a two-line header (see loadTestFile): subtract it from every line.
    const shown = external_node_path_default().relative(process.cwd(), file).split((external_node_path_default()).sep).join('/');
    const at = (p) => `${shown}:${doc.locate(p).line - 2}`;
    const cases = [];
    const names = new Set();
    const validationIds = rule.validations.map((v) => v.id);
    for (const key of Object.keys(raw)) {
        if (!['apiVersion', 'kind', 'valid', 'invalid'].includes(key))
            throw new RuleTestFileError(`${at([key])}: unknown field "${key}" (use valid and invalid)`);
    }
    for (const kind of ['valid', 'invalid']) {
        const list = raw[kind] ?? [];
        if (!Array.isArray(list))
            throw new RuleTestFileError(`${at([kind])}: ${kind} must be a list`);
        list.forEach((c, i) => {
            if (!(0,workloads/* isRecord */.u4)(c) || typeof c.name !== 'string')
                throw new RuleTestFileError(`${at([kind, i])}: every ${kind} case needs a name`);
            // A misspelt field would silently drop an assertion and the case would still pass.
            for (const key of Object.keys(c)) {
                if (!CASE_FIELDS.includes(key))
                    throw new RuleTestFileError(`${at([kind, i, key])}: unknown field "${key}" in case "${c.name}" (allowed: ${CASE_FIELDS.join(', ')})`);
            }
            if (names.has(c.name))
                throw new RuleTestFileError(`${at([kind, i, 'name'])}: duplicate case name "${c.name}"`);
            names.add(c.name);
            let manifests = typeof c.manifests === 'string' ? c.manifests : undefined;
            if (typeof c.file === 'string')
                manifests = (0,external_node_fs_.readFileSync)(external_node_path_default().join(rule.dir, c.file), 'utf8');
            if (manifests === undefined)
                throw new RuleTestFileError(`${at([kind, i])}: case "${c.name}" needs manifests or file`);
            const findings = kind === 'invalid' ? c.findings : [];
            if (kind === 'invalid' && (!Array.isArray(findings) || findings.length === 0)) {
                throw new RuleTestFileError(`${at([kind, i])}: invalid case "${c.name}" must list its findings`);
            }
            if (kind === 'valid' && c.findings !== undefined)
                throw new RuleTestFileError(`${at([kind, i, 'findings'])}: a valid case expects no findings`);
            findings.forEach((f, j) => {
                if (!(0,workloads/* isRecord */.u4)(f) || typeof f.validation !== 'string')
                    throw new RuleTestFileError(`${at([kind, i, 'findings', j])}: every expected finding needs a validation id`);
                if (!validationIds.includes(f.validation)) {
                    const guess = (0,closest_id/* closestId */.v)(f.validation, validationIds);
                    throw new RuleTestFileError(`${at([kind, i, 'findings', j, 'validation'])}: rule ${rule.id} has no validation "${f.validation}"${guess ? `; did you mean ${guess}?` : ` (it has ${validationIds.join(', ')})`}`);
                }
                for (const key of Object.keys(f)) {
                    if (!FINDING_FIELDS.includes(key)) {
                        throw new RuleTestFileError(`${at([kind, i, 'findings', j, key])}: unknown field "${key}" in an expected finding (allowed: ${FINDING_FIELDS.join(', ')})`);
                    }
                }
            });
            if (c.params !== undefined && !(0,workloads/* isRecord */.u4)(c.params))
                throw new RuleTestFileError(`${at([kind, i, 'params'])}: params must be a map`);
            cases.push({ name: c.name, kind, manifests, params: c.params, findings: findings, doc: c.doc === true });
        });
    }
    return cases;
}
/**
 * What a rule's cases leave untested, as docs/writing-rules.md asks: a rule needs a valid case,
 * and every validation an invalid case that expects it (else a broken validation passes unseen).
 */
function coverageProblems(rule, cases) {
    const problems = [];
    if (!cases.some((c) => c.kind === 'valid'))
        problems.push('no valid case: add one that the rule must accept');
    const exercised = new Set(cases.flatMap((c) => c.findings.map((f) => f.validation)));
    for (const v of rule.validations) {
        if (!exercised.has(v.id))
            problems.push(`validation ${v.id} is expected by no invalid case`);
    }
    return problems;
}
function runRuleCase(rule, testCase) {
    const config = emptyConfig();
    if (testCase.params)
        config.rules[rule.id] = { params: testCase.params };
    // A bad param is the test's mistake: name the case, not a config file it does not have.
    config.locate = (p) => `${rule.id}/tests.yaml, case "${testCase.name}", ${p.slice(2).join('.')}`;
    const problems = [];
    let findings = [];
    try {
        const prepared = prepareRules([rule], config);
        const label = `${rule.id}/tests.yaml#${testCase.name}`;
        const loaded = (0,load_manifests/* loadManifestText */.VH)(testCase.manifests, label);
        for (const p of loaded.problems)
            problems.push(`manifests do not parse: ${p.line}:${p.column} ${p.message}`);
        const result = lintObjects(loaded, prepared);
        findings = result.findings.filter((f) => f.ruleId === rule.id || f.ruleId === 'rule-error');
    }
    catch (error) {
        problems.push(error.message);
    }
    for (const f of findings.filter((x) => x.ruleId === 'rule-error'))
        problems.push(`rule error: ${f.message}`);
    const actual = findings.filter((f) => f.ruleId === rule.id);
    const unmatched = [...actual];
    for (const expected of testCase.findings) {
        const i = unmatched.findIndex((f) => matchesExpected(f, expected));
        if (i === -1)
            problems.push(`expected finding not produced: ${JSON.stringify(expected)}${nearestDifference(unmatched, expected)}`);
        else
            unmatched.splice(i, 1);
    }
    for (const f of unmatched) {
        problems.push(`unexpected finding: ${f.validation} on ${rule_tester_describe(f)} at line ${f.line}${f.fieldPath ? ` (${f.fieldPath})` : ''}: ${f.message}`);
    }
    return { ruleId: rule.id, name: testCase.name, kind: testCase.kind, passed: problems.length === 0, problems, findings: actual };
}
/** For a missed expectation: what the closest actual finding of the same validation has instead. */
function nearestDifference(actual, e) {
    const differences = actual
        .filter((f) => f.validation === e.validation)
        .map((f) => {
        const d = [];
        if (e.object !== undefined && rule_tester_describe(f) !== e.object)
            d.push(`object ${rule_tester_describe(f)}`);
        if (e.fieldPath !== undefined && f.fieldPath !== e.fieldPath)
            d.push(`fieldPath ${f.fieldPath ?? '(none)'}`);
        if (e.line !== undefined && f.line !== e.line)
            d.push(`line ${f.line}`);
        if (e.severity !== undefined && f.severity !== e.severity)
            d.push(`severity ${f.severity}`);
        if ((e.message !== undefined && f.message !== e.message) || (e.messageContains !== undefined && !f.message.includes(e.messageContains))) {
            d.push(`message "${f.message}"`);
        }
        return d;
    })
        .sort((a, b) => a.length - b.length);
    return differences.length > 0 ? `; the closest ${e.validation} finding has ${differences[0].join(', ')}` : '';
}
function matchesExpected(f, e) {
    if (f.validation !== e.validation)
        return false;
    if (e.object !== undefined && rule_tester_describe(f) !== e.object)
        return false;
    if (e.fieldPath !== undefined && f.fieldPath !== e.fieldPath)
        return false;
    if (e.line !== undefined && f.line !== e.line)
        return false;
    if (e.severity !== undefined && f.severity !== e.severity)
        return false;
    if (e.message !== undefined && f.message !== e.message)
        return false;
    if (e.messageContains !== undefined && !f.message.includes(e.messageContains))
        return false;
    return true;
}
function rule_tester_describe(f) {
    const o = f.object;
    if (!o)
        return '';
    return o.namespace ? `${o.kind}/${o.namespace}/${o.name}` : `${o.kind}/${o.name}`;
}
/** tests.yaml is plain YAML; a two-line header lets the manifest loader (and its positions) read it. */
function loadTestFile(text, file) {
    const loaded = (0,load_manifests/* loadManifestText */.VH)(`apiVersion: resilint.dev/v1alpha1\nkind: RuleTests\n${text}`, file);
    if (loaded.problems.length)
        throw new RuleTestFileError(`${file}:${loaded.problems[0].line - 2}: ${loaded.problems[0].message}`);
    const obj = loaded.objects[0];
    if (!obj)
        throw new RuleTestFileError(`${file}: empty test file`);
    return obj;
}

;// CONCATENATED MODULE: ./src/cli/test-command.ts





/**
 * `resilint test [dir...]`: runs every rule's tests.yaml (the built-in pack when no folder is
 * given), printing pass/fail per case. Exit 1 when a case fails, 2 when a rule does not load.
 */
function runTestsCommand(argv, io) {
    const { positionals } = parseFlags(argv);
    const builtin = positionals.length === 0;
    const { rules, errors } = loadAllRules(io, positionals, builtin);
    for (const e of errors)
        io.stderr(`${e.file}:${e.line}:${e.column}: error: ${e.message}\n`);
    let passed = 0;
    let failed = 0;
    for (const rule of rules) {
        // A rule whose CEL does not compile is a rule error (exit 2), reported at its file and line.
        const compileErrors = prepareRules([rule], emptyConfig()).errors;
        if (compileErrors.length) {
            for (const e of compileErrors)
                io.stderr(`${e.file}:${e.line}:${e.column}: error: ${e.message}\n`);
            errors.push(...compileErrors);
            continue;
        }
        let cases;
        try {
            cases = readRuleTests(rule);
        }
        catch (error) {
            if (error instanceof RuleTestFileError)
                throw new src_errors/* UsageError */.e(error.message);
            throw error;
        }
        if (cases.length === 0) {
            io.stdout(`? ${rule.id}: no tests.yaml beside ${rule.source.file}\n`);
            failed++;
            continue;
        }
        for (const c of cases) {
            const r = runRuleCase(rule, c);
            if (r.passed)
                passed++;
            else
                failed++;
            io.stdout(`${r.passed ? '✓' : '✗'} ${rule.id} › ${c.kind} › ${c.name}\n`);
            for (const p of r.problems)
                io.stdout(`    ${p}\n`);
        }
        const uncovered = coverageProblems(rule, cases);
        if (uncovered.length) {
            failed++;
            io.stdout(`✗ ${rule.id} › coverage\n`);
            for (const p of uncovered)
                io.stdout(`    ${p}\n`);
        }
    }
    // A rule that does not load runs no case: say so in the summary, not only on stderr.
    const broken = new Set(errors.map((e) => e.file)).size;
    io.stdout(`\n${passed} passed, ${failed} failed${broken ? `, ${broken} rule file(s) with errors (not run)` : ''}\n`);
    if (errors.length)
        return 2;
    return failed ? 1 : 0;
}

;// CONCATENATED MODULE: ./src/rules/rule-docs.ts
const GENERATED_NOTE = '<!-- Generated from rule.yaml and tests.yaml by `npm run docs`; edit those, not this file. -->';
/**
 * A rule's README, generated from its rule.yaml (docs, params) and tests.yaml (the `doc: true`
 * cases), so descriptions live in one place and every example shown is one the tests run.
 */
function ruleReadme(rule, cases) {
    const incorrect = cases.find((c) => c.kind === 'invalid' && c.doc) ?? cases.find((c) => c.kind === 'invalid');
    const correct = cases.find((c) => c.kind === 'valid' && c.doc) ?? cases.find((c) => c.kind === 'valid');
    const params = Object.entries(rule.params);
    const lines = [
        GENERATED_NOTE,
        `# ${rule.id}`,
        '',
        `**Severity:** ${rule.severity} · **Category:** ${rule.category}`,
        '',
        rule.description,
        '',
        ...(rule.supersedes?.length
            ? [`Where it reports the same place as ${rule.supersedes.map((id) => `\`${id}\``).join(' or ')}, only this rule's finding is shown (the other is kept, marked suppressed).`, '']
            : []),
        '## Why it matters',
        '',
        withoutSectionRefs((rule.rationale ?? rule.description).trim()),
        '',
        '## How to fix',
        '',
        rule.remediation,
        '',
    ];
    if (incorrect) {
        lines.push('## Example', '', `❌ Incorrect (${withoutSectionRefs(incorrect.name)}):`, '', '```yaml', incorrect.manifests.trimEnd(), '```', '');
    }
    if (correct)
        lines.push(`✅ Correct (${withoutSectionRefs(correct.name)}):`, '', '```yaml', correct.manifests.trimEnd(), '```', '');
    if (params.length) {
        lines.push('## Options', '', '| param | type | default | description |', '| --- | --- | --- | --- |');
        for (const [name, p] of params)
            lines.push(`| \`${name}\` | ${p.type} | \`${JSON.stringify(p.default)}\` | ${p.description} |`);
        lines.push('', 'Set them in `.resilint.yaml`:', '', '```yaml', 'rules:', `  ${rule.id}:`, '    params:', ...params.map(([n, p]) => `      ${n}: ${JSON.stringify(p.default)}`), '```', '');
    }
    lines.push('## Suppressing', '', `Annotate the object with \`resilint.io/ignore: "${rule.id}"\` (and \`resilint.io/ignore-reason\`), or turn the rule off in \`.resilint.yaml\` with \`rules: {${rule.id}: off}\`.`, '');
    if (rule.links.length)
        lines.push('## References', '', ...rule.links.map((l) => `- ${l}`), '');
    return lines.join('\n');
}
/** `policies/README.md`: the index of the built-in pack. */
function policiesIndex(rules) {
    const sorted = [...rules].sort((a, b) => a.category.localeCompare(b.category) || a.id.localeCompare(b.id));
    return [
        GENERATED_NOTE,
        '# Built-in rules',
        '',
        `${rules.length} rules. Each folder holds \`rule.yaml\` (the rule, in CEL), \`tests.yaml\` (its cases, run by \`npx resilint test\`) and \`README.md\`.`,
        '',
        '| rule | category | severity | description |',
        '| --- | --- | --- | --- |',
        ...sorted.map((r) => `| [${r.id}](${r.id}/README.md) | ${r.category} | ${r.severity} | ${r.description.replace(/\|/g, '\\|')} |`),
        '',
    ].join('\n');
}
const SECTION = String.raw `(?:(?:kubernetes-semantics|semantics doc)\s+)?[AB]\.\d+(?:\.\d+)*`;
/**
 * Rule rationales cite the sections of the developers' semantics notes (`(B.1.3)`,
 * `(kubernetes-semantics B.4)`), which users do not have: readers get the text without them.
 * The rule file keeps them for whoever maintains the rule.
 */
function withoutSectionRefs(text) {
    return text
        .replace(new RegExp(String.raw `\s*\(${SECTION}(?:\s*,\s*${SECTION})*\)`, 'g'), '')
        .replace(new RegExp(String.raw `\(${SECTION}\s*[,;:]\s*`, 'g'), '(')
        .replace(new RegExp(String.raw `\s*[,;:]?\s*${SECTION}(?=\))`, 'g'), '')
        .replace(new RegExp(String.raw `\s*${SECTION}`, 'g'), '');
}

;// CONCATENATED MODULE: ./src/cli/rules-command.ts





/** `resilint rules`: every rule with its default severity and description. */
function listRules(argv, io) {
    const { values } = parseFlags(argv);
    const v = values;
    const { rules, errors } = loadAllRules(io, v.policies ?? [], true);
    if (v.format === 'json') {
        io.stdout(JSON.stringify(rules.map((r) => ({ id: r.id, severity: r.severity, category: r.category, description: r.description, builtin: r.builtin })), null, 2) + '\n');
    }
    else {
        const width = Math.max(...rules.map((r) => r.id.length), 10);
        for (const r of [...rules].sort((a, b) => a.id.localeCompare(b.id))) {
            io.stdout(`${r.id.padEnd(width)}  ${r.severity.padEnd(7)}  ${r.description}\n`);
        }
        io.stdout(`\n${rules.length} rules\n`);
    }
    for (const e of errors)
        io.stderr(`${e.file}:${e.line}:${e.column}: ${e.message}\n`);
    return errors.length ? 2 : 0;
}
/** `resilint explain <rule-id>`: the rule's docs in the terminal. */
function explainRule(argv, io) {
    const { values, positionals } = parseFlags(argv);
    const id = positionals[0];
    if (!id)
        throw new src_errors/* UsageError */.e('explain needs a rule id, e.g. `resilint explain pdb-blocks-drain`');
    const { rules } = loadAllRules(io, values.policies ?? [], true);
    const rule = rules.find((r) => r.id === id);
    if (!rule) {
        const guess = (0,closest_id/* closestId */.v)(id, rules.map((r) => r.id));
        throw new src_errors/* UsageError */.e(`unknown rule "${id}"${guess ? `; did you mean ${guess}?` : ''} (see \`resilint rules\`)`);
    }
    const params = Object.entries(rule.params);
    io.stdout([
        `${rule.id} (${rule.severity}, ${rule.category})`,
        '',
        rule.description,
        '',
        ...(rule.supersedes?.length ? [`Supersedes ${rule.supersedes.join(', ')} where both report the same place.\n`] : []),
        rule.rationale ? `Why it matters:\n${withoutSectionRefs(rule.rationale.trim())}\n` : '',
        `How to fix: ${rule.remediation}`,
        params.length ? `\nParams:\n${params.map(([n, p]) => `  ${n} (${p.type}, default ${JSON.stringify(p.default)}): ${p.description}`).join('\n')}` : '',
        '',
        `Docs: ${rule.builtin ? (0,version/* ruleDocsUrl */.hS)(rule.id) : (rule.links[0] ?? rule.source.file)}`,
        ...rule.links.map((l) => `      ${l}`),
        '',
    ].join('\n'));
    return 0;
}

;// CONCATENATED MODULE: ./src/cli/progress.ts
const CLEAR_LINE = '\r\u001b[K';
/**
 * A single self-rewriting status line on stderr for long runs ("resilint: linting 4,200 of
 * 10,000 objects"). Quiet for the first second, so ordinary runs print nothing extra.
 */
function createProgressLine(options) {
    const now = options.now ?? (() => performance.now());
    const delayMs = options.delayMs ?? 1000;
    const intervalMs = options.intervalMs ?? 100;
    const started = now();
    let lastDraw = -Infinity;
    let drawn = false;
    return {
        update(progress) {
            const t = now();
            if (t - started < delayMs || t - lastDraw < intervalMs)
                return;
            lastDraw = t;
            drawn = true;
            options.write(`${CLEAR_LINE}resilint: ${progress_describe(progress)}`);
        },
        done() {
            if (drawn)
                options.write(CLEAR_LINE);
            drawn = false;
        },
    };
}
function progress_describe(p) {
    const n = (x) => x.toLocaleString('en-US');
    const what = p.phase === 'loading' ? 'files' : 'objects';
    return `${p.phase} ${n(p.done)} of ${n(p.total)} ${what}`;
}

// EXTERNAL MODULE: ./src/cli/flags.ts
var flags = __nccwpck_require__(377);
;// CONCATENATED MODULE: ./src/cli/help.ts


const EXIT_CODES = 'Exit codes: 0 nothing at or above the fail level, 1 findings at or above it, 2 usage, config or rule errors.';
/** `resilint --help`: every command in one line, then the flags. */
function mainHelp() {
    return [
        `resilint ${version/* VERSION */.xv}: resilience linter for Kubernetes manifests`,
        '',
        'Usage:',
        '  resilint [paths...] [flags]        lint files, directories or globs (default .)',
        '  resilint - [flags]                 lint manifests piped on stdin (helm template . | resilint -)',
        '  resilint rules                     list the rules with severity and description',
        '  resilint explain <rule-id>         show a rule\'s documentation',
        '  resilint test [dir...]             run the test cases beside each rule (default: built-in pack)',
        '  resilint simulate [paths...]       replay drains, zone outages, spot interruptions and load',
        '',
        'Run `resilint <command> --help` for one command\'s flags and an example.',
        '',
        'Flags:',
        ...(0,flags/* flagRows */.kY)(flags/* FLAGS */.Wg),
        '',
        'Simulate flags (with --format text, json or markdown, --output and --fail-level):',
        ...(0,flags/* flagRows */.kY)(flags/* SIMULATE_FLAGS */.lT),
        '',
        EXIT_CODES,
        '',
    ].join('\n');
}
const COMMANDS = {
    simulate: {
        usage: 'resilint simulate [paths...] [flags]',
        summary: 'Replays a rolling node upgrade, zone outages, spot interruptions, a load trace or a recorded event trace against\n' +
            'the manifests and reports workloads that lose ready replicas, drains that hang and HPAs that cannot scale.\n' +
            'With --base the same scenarios run on a second copy (e.g. the main branch) and the report compares them.\n' +
            'Formats: text, json, markdown.',
        flags: ['format', 'output', 'fail-level', 'include', 'exclude', 'namespace', 'color', 'no-color'],
        helpFor: { format: 'output format: text, json or markdown (default text)' },
        extraFlags: flags/* SIMULATE_FLAGS */.lT,
        example: 'resilint simulate k8s/ --base main-checkout/k8s/ --scenario zone-outage:zone=us-east-1a,duration=30m',
        failLevelExit: true,
    },
    test: {
        usage: 'resilint test [dir...]',
        summary: 'Runs the tests.yaml cases beside each rule in the given policy folders (default: the built-in pack).\n' +
            'Exit 1 when a case fails, 2 when a rule does not load or compile.',
        flags: [],
        example: 'resilint test my-policies/',
    },
    rules: {
        usage: 'resilint rules [flags]',
        summary: 'Lists the built-in rules, and those of --policies folders, with default severity and description.',
        flags: ['policies', 'format'],
        helpFor: { format: 'json for a machine-readable list (default text)' },
        example: 'resilint rules --policies my-policies/ --format json',
    },
    explain: {
        usage: 'resilint explain <rule-id> [flags]',
        summary: 'Prints a rule\'s documentation: why it matters, how to fix a finding, its params and links.',
        flags: ['policies'],
        example: 'resilint explain pdb-blocks-drain',
    },
};
/** `resilint <command> --help`, or undefined for a command without its own help. */
function commandHelp(command) {
    const c = COMMANDS[command];
    if (!c)
        return undefined;
    const rows = [...(0,flags/* flagRows */.kY)(flags/* FLAGS */.Wg, c.flags, c.helpFor), ...(c.extraFlags ? (0,flags/* flagRows */.kY)(c.extraFlags) : []), ...(0,flags/* flagRows */.kY)(flags/* FLAGS */.Wg, ['help'])];
    const footer = c.failLevelExit ? [EXIT_CODES, ''] : [];
    return [`Usage: ${c.usage}`, '', c.summary, '', 'Flags:', ...rows, '', 'Example:', `  ${c.example}`, '', ...footer].join('\n');
}

// EXTERNAL MODULE: ./src/cli/write-report.ts
var write_report = __nccwpck_require__(256);
;// CONCATENATED MODULE: ./src/cli/main.ts


















/** Runs the CLI and returns its exit code; never calls process.exit, so output flushes. */
async function main(argv, io) {
    try {
        const [command, ...rest] = argv;
        const help = command !== undefined && wantsHelp(rest) ? commandHelp(command) : undefined;
        if (help !== undefined) {
            io.stdout(help);
            return 0;
        }
        if (command === 'rules')
            return listRules(rest, io);
        if (command === 'explain')
            return explainRule(rest, io);
        if (command === 'test')
            return runTestsCommand(rest, io);
        if (command === 'simulate') {
            const { runSimulateCommand } = await __nccwpck_require__.e(/* import() */ 673).then(__nccwpck_require__.bind(__nccwpck_require__, 673));
            // Awaited here, inside the try: a rejected promise returned unawaited would skip the catch
            // and end the process with a stack trace and exit 1 instead of a usage message and exit 2.
            return await runSimulateCommand(rest, io);
        }
        return runLint(argv, io);
    }
    catch (error) {
        if (error instanceof src_errors/* UsageError */.e) {
            io.stderr(`resilint: ${error.message}\n`);
            return 2;
        }
        throw error;
    }
}
/** A subcommand's own `--help` (before `--`, which ends the flags). */
function wantsHelp(args) {
    const end = args.indexOf('--');
    return (end === -1 ? args : args.slice(0, end)).some((a) => a === '--help' || a === '-h');
}
function parseFlags(argv, extra = {}) {
    try {
        return (0,external_node_util_namespaceObject.parseArgs)({ args: argv, options: { ...flags/* FLAGS */.Wg, ...extra }, allowPositionals: true, strict: true });
    }
    catch (error) {
        throw new src_errors/* UsageError */.e(`${error.message.split('\n')[0]}\nRun \`resilint --help\` for the flags.`);
    }
}
function runLint(argv, io) {
    const { values, positionals } = parseFlags(argv);
    const v = values;
    if (v.help) {
        io.stdout(mainHelp());
        return 0;
    }
    if (v.version) {
        io.stdout(`${version/* VERSION */.xv}\n`);
        return 0;
    }
    const format = v.format ?? 'text';
    if (!(0,src_report/* isReportFormat */._S)(format))
        throw new src_errors/* UsageError */.e(`unknown format "${format}" (use ${src_report/* FORMATS */.hR.join(', ')})`);
    const configFile = v.config ? external_node_path_default().resolve(io.cwd, v.config) : findConfigFile(io.cwd);
    const config = configFile ? loadConfig(configFile, io.cwd) : emptyConfig();
    const failLevel = parseFailLevel(v['fail-level'] ?? config.failLevel ?? 'error');
    (0,write_report/* checkOutputPath */.$)(v.output, io);
    const paths = positionals.length ? positionals : ['.'];
    const progress = io.stderrIsTTY ? createProgressLine({ write: io.stderr }) : undefined;
    let result;
    try {
        result = lint({
            paths,
            stdinText: paths.includes(load_manifests/* STDIN_PATH */.pe) ? readStdin(io) : undefined,
            // A path that yields no file is a typo far more often than an intent: fail rather than pass on nothing.
            requireManifests: true,
            cwd: io.cwd,
            include: v.include,
            exclude: v.exclude,
            namespace: v.namespace,
            maxFileBytes: v['max-file-size'] ? parseSize(v['max-file-size']) : undefined,
            configFile,
            policies: v.policies,
            reportFiles: v['only-files'],
            instanceTypesFile: v['instance-types'],
            onProgress: progress && ((p) => progress.update(p)),
        });
    }
    finally {
        progress?.done();
    }
    // A report written by the CLI is the whole report: the Markdown row cap is for PR comments.
    const report = (0,src_report/* formatResult */.J9)(result, format, { toolVersion: version/* VERSION */.xv, color: useColor(v, io), maxRows: Number.POSITIVE_INFINITY });
    (0,write_report/* writeReport */.u)(report, v.output, io);
    return exitCode(result, failLevel);
}
/** `--no-color` and `--color` win; else colour on a terminal unless NO_COLOR is set or the report goes to a file. */
function useColor(v, io) {
    return v['no-color'] ? false : v.color ? true : io.isTTY && !io.env.NO_COLOR && !v.output;
}
/** All of stdin at once: manifests are small and a partial document cannot be linted anyway. */
function readStdin(io) {
    return io.readStdin ? io.readStdin() : (0,external_node_fs_.readFileSync)(0, 'utf8');
}
function parseFailLevel(value) {
    if (value === 'error' || value === 'warning' || value === 'notice' || value === 'never')
        return value;
    throw new src_errors/* UsageError */.e(`unknown fail level "${value}" (use error, warning, notice or never)`);
}
/** 2 when rules failed to load, 1 when findings reach the fail level, else 0. */
function exitCode(result, failLevel) {
    if (result.ruleErrors)
        return 2;
    if (failLevel === 'never')
        return 0;
    const floor = (0,types/* severityRank */.q)(failLevel);
    return result.findings.some((f) => !f.suppressed && (0,types/* severityRank */.q)(f.severity) >= floor) ? 1 : 0;
}
/** Loads the built-in pack plus user folders, for `rules`, `explain` and `test`. */
function loadAllRules(io, dirs, includeBuiltin) {
    return loadRules([...(includeBuiltin ? [{ dir: builtinPoliciesDir(), builtin: true }] : []), ...dirs.map((dir) => ({ dir, builtin: false }))], io.cwd);
}


/***/ }),

/***/ 256:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ checkOutputPath),
/* harmony export */   u: () => (/* binding */ writeReport)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(24);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(916);



/**
 * Fails before any work when `--output` cannot be written, so a long run is not wasted on a typo.
 * The directory is not created: a missing one is far more often a mistake than a wish.
 */
function checkOutputPath(output, io) {
    if (output === undefined)
        return;
    const dir = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(io.cwd, output));
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(dir))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .e(`cannot write ${output}: directory ${node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(output)} does not exist`);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(dir).isDirectory())
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .e(`cannot write ${output}: ${node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(output)} is not a directory`);
}
/** Writes the report to `--output` or stdout; a failed write is a usage error naming the file, not a stack trace. */
function writeReport(report, output, io) {
    if (output === undefined) {
        io.stdout(report.endsWith('\n') ? report : `${report}\n`);
        return;
    }
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(io.cwd, output), report);
    }
    catch (error) {
        const code = error.code;
        if (!code)
            throw error;
        const reason = code === 'EISDIR' ? 'it is a directory' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'ENOENT' ? 'its directory does not exist' : code;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .e(`cannot write ${output}: ${reason}`);
    }
}


/***/ }),

/***/ 916:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ UsageError)
/* harmony export */ });
/**
 * Errors that end a run before any linting: bad flags, a broken config, missing paths. The CLI
 * exits 2 for these, 1 for findings at or above the fail level, 0 otherwise.
 */
class UsageError extends Error {
    exitCode = 2;
}


/***/ }),

/***/ 712:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  ZO: () => (/* binding */ discoverFiles),
  d7: () => (/* binding */ toPosix)
});

// UNUSED EXPORTS: DEFAULT_INCLUDE, NoManifestsError, PathNotFoundError, globBase

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(24);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./node_modules/balanced-match/dist/esm/index.js
const balanced = (a, b, str) => {
    const ma = a instanceof RegExp ? maybeMatch(a, str) : a;
    const mb = b instanceof RegExp ? maybeMatch(b, str) : b;
    const r = ma !== null && mb != null && range(ma, mb, str);
    return (r && {
        start: r[0],
        end: r[1],
        pre: str.slice(0, r[0]),
        body: str.slice(r[0] + ma.length, r[1]),
        post: str.slice(r[1] + mb.length),
    });
};
const maybeMatch = (reg, str) => {
    const m = str.match(reg);
    return m ? m[0] : null;
};
const range = (a, b, str) => {
    let begs, beg, left, right = undefined, result;
    let ai = str.indexOf(a);
    let bi = str.indexOf(b, ai + 1);
    let i = ai;
    if (ai >= 0 && bi > 0) {
        if (a === b) {
            return [ai, bi];
        }
        begs = [];
        left = str.length;
        while (i >= 0 && !result) {
            if (i === ai) {
                begs.push(i);
                ai = str.indexOf(a, i + 1);
            }
            else if (begs.length === 1) {
                const r = begs.pop();
                if (r !== undefined)
                    result = [r, bi];
            }
            else {
                beg = begs.pop();
                if (beg !== undefined && beg < left) {
                    left = beg;
                    right = bi;
                }
                bi = str.indexOf(b, i + 1);
            }
            i = ai < bi && ai >= 0 ? ai : bi;
        }
        if (begs.length && right !== undefined) {
            result = [left, right];
        }
    }
    return result;
};
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/brace-expansion/dist/esm/index.js

const escSlash = '\0SLASH' + Math.random().toFixed(16) + '\0';
const escOpen = '\0OPEN' + Math.random().toFixed(16) + '\0';
const escClose = '\0CLOSE' + Math.random().toFixed(16) + '\0';
const escComma = '\0COMMA' + Math.random().toFixed(16) + '\0';
const escPeriod = '\0PERIOD' + Math.random().toFixed(16) + '\0';
const escSlashPattern = new RegExp(escSlash, 'g');
const escOpenPattern = new RegExp(escOpen, 'g');
const escClosePattern = new RegExp(escClose, 'g');
const escCommaPattern = new RegExp(escComma, 'g');
const escPeriodPattern = new RegExp(escPeriod, 'g');
const slashPattern = /\\\\/g;
const openPattern = /\\{/g;
const closePattern = /\\}/g;
const commaPattern = /\\,/g;
const periodPattern = /\\\./g;
const EXPANSION_MAX = 100_000;
// `EXPANSION_MAX` caps the *number* of expansions, but not their length. An
// input like `'{a,b}'.repeat(1500)` stays under that count - its output is
// truncated to 100k results - while making every result ~1500 characters
// long. The result set, and the intermediate arrays built while combining
// brace sets, then grow large enough to exhaust memory and crash the process
// (CVE-2026-14257). `EXPANSION_MAX_LENGTH` bounds the total number of
// characters the accumulator may hold at any point, so memory stays flat no
// matter how many brace groups are chained. The limit sits well above any
// realistic expansion (100k results hitting `EXPANSION_MAX` measure ~1M
// characters) so legitimate input is unaffected.
const EXPANSION_MAX_LENGTH = 4_000_000;
// `expand_` recurses once per level of brace *nesting* - both when expanding a
// set's comma members and when re-wrapping a set whose body is a single part.
// The CVE-2026-14257 fix made the *tail* iterative (recursion on `m.post`, one
// level per chained group), which left nesting depth unbounded: about 3,100
// levels of `{{{...a,b...}}}` - only ~6KB of input - exhausted the native stack
// and crashed the process. `EXPANSION_MAX_DEPTH` bounds how deep the parser
// will follow nesting. It sits far above any realistic pattern and well below
// the depth at which the stack runs out.
const EXPANSION_MAX_DEPTH = 1_000;
// Bash keeps a quirk where a brace group followed by a comma set still expands
// (`{a},b}`). The parser implements it by rewriting the string and restarting
// the scan, absorbing one `}` per pass. `n` trailing braces therefore cost `n`
// full passes over a string that itself grows by one `escClose` sentinel each
// time - quadratic in `n`, with a ~26x constant from the sentinel's length.
// 128KB of `'{a}' + '}'.repeat(n) + ',z}'` blocked the event loop for 27
// seconds to produce two results. `EXPANSION_MAX_REWRITES` bounds how many
// times the scan may restart. Real `{a},b}` input needs a handful.
const EXPANSION_MAX_REWRITES = 1_000;
// `EXPANSION_MAX_STEPS` bounds the work one `expand` call does, which `max`,
// `maxLength` and `maxDepth` don't: nested sets are rescanned at every level
// and chained groups each rebuild up to `max` results, so 2KB of input could
// block the event loop for over 30 seconds. Each character scanned, result
// built and sequence value generated is a step, and each `expand_` call costs
// `CALL_STEPS` more. Past the budget, the set being expanded and everything
// after it stay literal. A glob needs a few hundred steps, and nesting all the
// way to `EXPANSION_MAX_DEPTH` about 4M.
const EXPANSION_MAX_STEPS = 20_000_000;
// What one `expand_` call costs on top of what it scans and builds. Setting
// one up takes about as long as scanning 16 characters, and a set whose
// results are wrapped to be expanded again makes one call per result, each
// scanning and building next to nothing: 64KB of
// `('{{' + ','.repeat(316) + '}{' + ','.repeat(316) + '}}').repeat(n)` made
// 4M such calls, which spent the budget three times as slowly as anything
// else.
const CALL_STEPS = 16;
function numeric(str) {
    return !isNaN(str) ? parseInt(str, 10) : str.charCodeAt(0);
}
function escapeBraces(str) {
    return str
        .replace(slashPattern, escSlash)
        .replace(openPattern, escOpen)
        .replace(closePattern, escClose)
        .replace(commaPattern, escComma)
        .replace(periodPattern, escPeriod);
}
function unescapeBraces(str) {
    return str
        .replace(escSlashPattern, '\\')
        .replace(escOpenPattern, '{')
        .replace(escClosePattern, '}')
        .replace(escCommaPattern, ',')
        .replace(escPeriodPattern, '.');
}
// Like `target.push(...items)` but doesn't overflow the stack
function pushAll(target, items) {
    for (let i = 0; i < items.length; i++) {
        target.push(items[i]);
    }
}
// `balanced`, run on `masked` (see `maskUnmatchedOpens`), sliced from `str`
// and charged for the characters it walks: up to the group's `}`, or the
// whole string when there is no match or unmatched `{` come first, which
// `unmatched` then flags for masking. Once a call overdraws the budget, it
// and every later one return undefined, so the rest stays literal.
function balancedWithBudget(str, masked, budget) {
    if (budget.remaining < 0) {
        return undefined;
    }
    const r = range('{', '}', masked);
    const unmatched = r !== undefined && masked.indexOf('{') < r[0];
    budget.remaining -= r && !unmatched ? r[1] + 1 : str.length;
    if (!r || budget.remaining < 0) {
        return undefined;
    }
    return {
        end: r[1],
        pre: str.slice(0, r[0]),
        body: str.slice(r[0] + 1, r[1]),
        post: str.slice(r[1] + 1),
        unmatched,
    };
}
// `masked` with every `{` that has no matching `}` swapped for a `\0`, which
// keeps the length, so a scan of it still lines up with the string it was
// made from. Such a `{` is literal either way, but `balanced` only learns that
// one is unmatched by reading to the end of the string, so with one at the
// head of every group (`'{a,{b,c}'.repeat(n)`) each scan read the rest of the
// input. That was quadratic, and once the step budget charged for it, it ran
// out partway through and left the rest literal. A scan of the masked copy
// stops at the group's `}`. It is one pass, charged as such.
function maskUnmatchedOpens(masked, budget) {
    budget.remaining -= masked.length;
    const open = [];
    for (let i = 0; i < masked.length; i++) {
        const c = masked.charCodeAt(i);
        if (c === 0x7b) {
            open.push(i);
        }
        else if (c === 0x7d && open.length) {
            open.pop();
        }
    }
    let out = '';
    let last = 0;
    for (let i = 0; i < open.length; i++) {
        const at = open[i];
        out += masked.slice(last, at) + '\0';
        last = at + 1;
    }
    return out + masked.slice(last);
}
// Whether `str` has a `,` not followed by another `,`, with a `}` after it on
// the same line - what `/,(?!,).*\}/.test(str)` asks, answered in one pass from
// the end. The regex tries every `,` and backtracks through the rest of its
// line from each, which is quadratic, and the `{a},b}` rewrite asks again on
// every pass. Like a scan, it is charged for the whole string and refused if
// that overdraws the budget.
function commaSetFollows(str, budget) {
    budget.remaining -= str.length;
    if (budget.remaining < 0) {
        return false;
    }
    // Whether a `}` follows the current position before the line ends
    let close = false;
    for (let i = str.length - 1; i >= 0; i--) {
        const c = str.charCodeAt(i);
        if (c === 0x7d) {
            close = true;
        }
        else if (c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029) {
            // A line terminator, which `.` does not match
            close = false;
        }
        else if (c === 0x2c && close && str.charCodeAt(i + 1) !== 0x2c) {
            return true;
        }
    }
    return false;
}
/**
 * Basically just str.split(","), but handling cases
 * where we have nested braced sections, which should be
 * treated as individual members, like {a,{b,c},d}
 *
 * Returns `undefined` if the step budget runs out before the whole set is
 * split, since splitting what is left on every comma would tear apart the
 * nested sets it still holds.
 */
function parseCommaParts(str, budget) {
    const parts = [];
    // Walk the brace groups iteratively. Recursing on `post` once per group let a
    // chain of them exhaust the stack - the parsing-side counterpart to
    // the `expand_` overflow fixed for CVE-2026-14257, and not something `max` or
    // `maxLength` can bound, since it happens before expansion.
    //
    // The part the next chunk continues
    let carry = '';
    for (;;) {
        // A set's body holds no unmatched `{`, so there is nothing to mask.
        const m = balancedWithBudget(str, str, budget);
        if (budget.remaining < 0) {
            return undefined;
        }
        if (!m) {
            const tail = str.split(',');
            tail[0] = carry + tail[0];
            pushAll(parts, tail);
            return parts;
        }
        const { pre, body, post } = m;
        const p = pre.split(',');
        p[0] = carry + p[0];
        p[p.length - 1] += '{' + body + '}';
        if (!post.length) {
            pushAll(parts, p);
            return parts;
        }
        carry = p.pop();
        pushAll(parts, p);
        str = post;
    }
}
// An option that is left out, or that is NaN, gets its default. Every
// comparison against NaN is false, so a NaN bound would never be reached:
// `{ maxSteps: NaN }` let 15KB of input block the event loop for 16 seconds,
// and `{ maxDepth: NaN }` overflowed the stack again (CVE-2026-102278). Pass
// `Infinity` to lift a bound.
function bound(value, fallback) {
    return value === undefined || isNaN(value) ? fallback : value;
}
function expand(str, options = {}) {
    if (!str) {
        return [];
    }
    const max = bound(options.max, EXPANSION_MAX);
    const maxLength = bound(options.maxLength, EXPANSION_MAX_LENGTH);
    const maxDepth = bound(options.maxDepth, EXPANSION_MAX_DEPTH);
    const maxRewrites = bound(options.maxRewrites, EXPANSION_MAX_REWRITES);
    const maxSteps = bound(options.maxSteps, EXPANSION_MAX_STEPS);
    // I don't know why Bash 4.3 does this, but it does.
    // Anything starting with {} will have the first two bytes preserved
    // but *only* at the top level, so {},a}b will not expand to anything,
    // but a{},b}c will be expanded to [a}c,abc].
    // One could argue that this is a bug in Bash, but since the goal of
    // this module is to match Bash's rules, we escape a leading {}
    if (str.slice(0, 2) === '{}') {
        str = '\\{\\}' + str.slice(2);
    }
    return expand_(escapeBraces(str), max, maxLength, maxDepth, 0, maxRewrites, { remaining: maxSteps }, true).map(unescapeBraces);
}
function embrace(str) {
    return '{' + str + '}';
}
function isPadded(el) {
    return /^-?0\d/.test(el);
}
function lte(i, y) {
    return i <= y;
}
function gte(i, y) {
    return i >= y;
}
// Build `{ acc[a] + pre + values[v] }` for every combination, capping the
// number of results at `max` and the total number of characters at `maxLength`.
// This is the one place output grows, so bounding it here keeps the single
// accumulator - and therefore memory - flat regardless of how many brace groups
// are combined (CVE-2026-14257). Each result built is a step, since `max` and
// `maxLength` bound one combination, not how many brace groups are combined.
function combine(acc, pre, values, max, maxLength, dropEmpties, budget) {
    const out = [];
    let length = 0;
    // Bash drops empty results at the top level, and they don't count against
    // `max`, so `max` bounds the number of *kept* results. Only an empty
    // `acc[a] + pre` can make one, so for those the empty values are skipped
    // without being visited. Visiting them one at a time let a set of empties
    // cost `acc.length * values.length` while keeping nothing.
    let nonEmpty;
    outer: for (let a = 0; a < acc.length; a++) {
        const prefix = acc[a] + pre;
        let vs = values;
        if (dropEmpties && !prefix) {
            if (!nonEmpty)
                nonEmpty = values.filter(v => v);
            vs = nonEmpty;
        }
        for (let v = 0; v < vs.length; v++) {
            if (out.length >= max)
                break outer;
            const expansion = prefix + vs[v];
            if (length + expansion.length > maxLength)
                break outer;
            out.push(expansion);
            length += expansion.length;
        }
    }
    budget.remaining -= out.length;
    return out;
}
// The expansion values of a single numeric (`1..5`) or alphabetic (`a..e..2`)
// sequence body, or `undefined` if the step budget runs out generating them.
function expandSequence(body, isAlphaSequence, max, maxLength, budget) {
    const n = body.split(/\.\./);
    const N = [];
    // A sequence body always splits into two or three parts, but the compiler
    // can't know that.
    /* c8 ignore start */
    if (n[0] === undefined || n[1] === undefined) {
        return N;
    }
    /* c8 ignore stop */
    const x = numeric(n[0]);
    const y = numeric(n[1]);
    const width = Math.max(n[0].length, n[1].length);
    let incr = n.length === 3 && n[2] !== undefined ?
        Math.max(Math.abs(numeric(n[2])), 1)
        : 1;
    let test = lte;
    const reverse = y < x;
    if (reverse) {
        incr *= -1;
        test = gte;
    }
    const pad = n.some(isPadded);
    // A padded value is built a character at a time to `width`, which the input
    // sets, so it costs one step per character: 64KB of
    // `('{' + '0'.repeat(100) + '..99999}').repeat(n)` took 7 seconds charged
    // one step per value.
    const cost = pad ? width : 1;
    let length = 0;
    for (let i = x; test(i, y) && N.length < max; i += incr) {
        // Each value is a step. `max` and `maxLength` bound one sequence, but a
        // chain of them still generated up to `max` values each, however few
        // combining could keep.
        budget.remaining -= cost;
        if (budget.remaining < 0) {
            return undefined;
        }
        let c;
        if (isAlphaSequence) {
            c = String.fromCharCode(i);
            if (c === '\\') {
                c = '';
            }
        }
        else {
            c = String(i);
            if (pad) {
                const need = width - c.length;
                if (need > 0) {
                    const z = new Array(need + 1).join('0');
                    if (i < 0) {
                        c = '-' + z + c.slice(1);
                    }
                    else {
                        c = z + c;
                    }
                }
            }
        }
        if (length + c.length > maxLength)
            break;
        N.push(c);
        length += c.length;
    }
    return N;
}
function expand_(str, max, maxLength, maxDepth, depth, maxRewrites, budget, isTop) {
    // An overdraft here makes the first scan refuse, so `str` stays literal.
    budget.remaining -= CALL_STEPS;
    // Too deeply nested to keep following: treat the rest as literal, the same
    // way a group that cannot expand is already handled. Truncating rather than
    // throwing keeps `expand` total, matching `max` and `maxLength`.
    if (depth > maxDepth) {
        return [str];
    }
    // Consume the string's top-level brace groups left to right, threading a
    // running set of combined prefixes (`acc`). Expanding the tail iteratively -
    // rather than recursing on `m.post` once per group - keeps the native stack
    // depth constant, so deeply chained input (`'{a,b}'.repeat(3000)`) can no
    // longer overflow the stack, and leaves a single accumulator whose size
    // `maxLength` bounds directly (CVE-2026-14257).
    let acc = [''];
    // Bash drops empty results, but only when the *first* top-level group is a
    // comma set - a sequence like `{a..\}` may legitimately yield ''. The drop
    // is on the final strings, so it is applied to whichever `combine` produces
    // them (the one with no brace set left in the tail).
    // How many times the `{a},b}` rewrite below has restarted the scan. Each pass
    // re-reads the whole string, so leaving this unbounded is quadratic.
    let rewrites = 0;
    let dropEmpties = false;
    let firstGroup = true;
    // `str` with its unmatched `{` masked, once a scan has run into them
    let masked = str;
    for (;;) {
        const m = balancedWithBudget(str, masked, budget);
        // No brace set left, or no step budget left to look for one: the rest of
        // the string is literal.
        if (!m) {
            return combine(acc, str, [''], max, maxLength, dropEmpties, budget);
        }
        if (m.unmatched) {
            masked = maskUnmatchedOpens(masked, budget);
        }
        // no need to expand pre, since it is guaranteed to be free of brace-sets
        const pre = m.pre;
        // This set and the rest of the string, literal: for a set that cannot
        // expand, and for one the step budget runs out on. Once it is overdrawn,
        // every set still being expanded, at every level, stays literal like this -
        // otherwise each level above would go on combining, and wrapping and
        // expanding again, results the budget was too small for.
        const literal = () => combine(acc, pre + '{' + m.body + '}' + m.post, [''], max, maxLength, dropEmpties, budget);
        if (/\$$/.test(pre)) {
            acc = combine(acc, pre + '{' + m.body + '}', [''], max, maxLength, dropEmpties && !m.post.length, budget);
            firstGroup = false;
            if (!m.post.length)
                break;
            str = m.post;
            masked = masked.slice(m.end + 1);
            continue;
        }
        const isNumericSequence = /^-?\d+\.\.-?\d+(?:\.\.-?\d+)?$/.test(m.body);
        const isAlphaSequence = /^[a-zA-Z]\.\.[a-zA-Z](?:\.\.-?\d+)?$/.test(m.body);
        const isSequence = isNumericSequence || isAlphaSequence;
        const isOptions = m.body.indexOf(',') >= 0;
        if (!isSequence && !isOptions) {
            // {a},b}
            if (rewrites < maxRewrites && commaSetFollows(m.post, budget)) {
                rewrites++;
                str = m.pre + '{' + m.body + escClose + m.post;
                // Taking a `}` away never gives an unmatched `{` a partner, so what
                // is masked stays unmatched. The `{` it closed can be left without
                // one, and the next scan masks it.
                masked =
                    masked.slice(0, m.end) + escClose + masked.slice(m.end + 1);
                isTop = true;
                continue;
            }
            // Nothing here expands, so the whole remaining string is literal.
            return literal();
        }
        if (firstGroup) {
            dropEmpties = isTop && !isSequence;
            firstGroup = false;
        }
        let values;
        if (isSequence) {
            values = expandSequence(m.body, isAlphaSequence, max, maxLength, budget);
            if (!values) {
                return literal();
            }
        }
        else {
            let n = parseCommaParts(m.body, budget);
            // The step budget ran out partway through the set.
            if (!n) {
                return literal();
            }
            if (n.length === 1 && n[0] !== undefined) {
                // x{{a,b}}y ==> x{a}y x{b}y
                n = expand_(n[0], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, false).map(embrace);
                // The step budget ran out expanding the set's only part.
                if (budget.remaining < 0) {
                    return literal();
                }
                //XXX is this necessary? Can't seem to hit it in tests.
                /* c8 ignore start */
                if (n.length === 1) {
                    const next = combine(acc, pre + n[0], [''], max, maxLength, dropEmpties && !m.post.length, budget);
                    if (budget.remaining < 0) {
                        return literal();
                    }
                    acc = next;
                    if (!m.post.length)
                        break;
                    str = m.post;
                    masked = masked.slice(m.end + 1);
                    continue;
                }
                /* c8 ignore stop */
            }
            // Values that `combine` is going to drop as empty produce no result, so
            // they must not count against `max` - otherwise `{a,,b}` with `max: 2`
            // would stop at `['a', '']` and yield one result instead of two. Skipping
            // them outright keeps `values` bounded while leaving `max` a bound on
            // *kept* results.
            let dropsEmpties = dropEmpties && !m.post.length && !pre;
            for (let d = 0; dropsEmpties && d < acc.length; d++) {
                if (acc[d]) {
                    dropsEmpties = false;
                }
            }
            values = [];
            let valuesLength = 0;
            outer: for (let j = 0; j < n.length; j++) {
                const expanded = expand_(n[j], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, false);
                // The step budget ran out expanding a member.
                if (budget.remaining < 0) {
                    return literal();
                }
                for (let k = 0; k < expanded.length; k++) {
                    const v = expanded[k];
                    if (dropsEmpties && !v)
                        continue;
                    if (values.length >= max ||
                        valuesLength + v.length > maxLength) {
                        break outer;
                    }
                    values.push(v);
                    valuesLength += v.length;
                }
            }
        }
        const next = combine(acc, pre, values, max, maxLength, dropEmpties && !m.post.length, budget);
        // The step budget ran out combining the set's values in.
        if (budget.remaining < 0) {
            return literal();
        }
        acc = next;
        if (!m.post.length)
            break;
        str = m.post;
        masked = masked.slice(m.end + 1);
    }
    return acc;
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/minimatch/dist/esm/assert-valid-pattern.js
const MAX_PATTERN_LENGTH = 1024 * 64;
const assertValidPattern = (pattern) => {
    if (typeof pattern !== 'string') {
        throw new TypeError('invalid pattern');
    }
    if (pattern.length > MAX_PATTERN_LENGTH) {
        throw new TypeError('pattern is too long');
    }
};
//# sourceMappingURL=assert-valid-pattern.js.map
;// CONCATENATED MODULE: ./node_modules/minimatch/dist/esm/brace-expressions.js
// translate the various posix character classes into unicode properties
// this works across all unicode locales
// { <posix class>: [<translation>, /u flag required, negated]
const posixClasses = {
    '[:alnum:]': ['\\p{L}\\p{Nl}\\p{Nd}', true],
    '[:alpha:]': ['\\p{L}\\p{Nl}', true],
    '[:ascii:]': ['\\x' + '00-\\x' + '7f', false],
    '[:blank:]': ['\\p{Zs}\\t', true],
    '[:cntrl:]': ['\\p{Cc}', true],
    '[:digit:]': ['\\p{Nd}', true],
    '[:graph:]': ['\\p{Z}\\p{C}', true, true],
    '[:lower:]': ['\\p{Ll}', true],
    '[:print:]': ['\\p{C}', true],
    '[:punct:]': ['\\p{P}', true],
    '[:space:]': ['\\p{Z}\\t\\r\\n\\v\\f', true],
    '[:upper:]': ['\\p{Lu}', true],
    '[:word:]': ['\\p{L}\\p{Nl}\\p{Nd}\\p{Pc}', true],
    '[:xdigit:]': ['A-Fa-f0-9', false],
};
// only need to escape a few things inside of brace expressions
// escapes: [ \ ] -
const braceEscape = (s) => s.replace(/[[\]\\-]/g, '\\$&');
// escape all regexp magic characters
const regexpEscape = (s) => s.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, '\\$&');
// everything has already been escaped, we just have to join
const rangesToString = (ranges) => ranges.join('');
// takes a glob string at a posix brace expression, and returns
// an equivalent regular expression source, and boolean indicating
// whether the /u flag needs to be applied, and the number of chars
// consumed to parse the character class.
// This also removes out of order ranges, and returns ($.) if the
// entire class just no good.
const parseClass = (glob, position) => {
    const pos = position;
    /* c8 ignore start */
    if (glob.charAt(pos) !== '[') {
        throw new Error('not in a brace expression');
    }
    /* c8 ignore stop */
    const ranges = [];
    const negs = [];
    let i = pos + 1;
    let sawStart = false;
    let uflag = false;
    let escaping = false;
    let negate = false;
    let endPos = pos;
    let rangeStart = '';
    WHILE: while (i < glob.length) {
        const c = glob.charAt(i);
        if ((c === '!' || c === '^') && i === pos + 1) {
            negate = true;
            i++;
            continue;
        }
        if (c === ']' && sawStart && !escaping) {
            endPos = i + 1;
            break;
        }
        sawStart = true;
        if (c === '\\') {
            if (!escaping) {
                escaping = true;
                i++;
                continue;
            }
            // escaped \ char, fall through and treat like normal char
        }
        if (c === '[' && !escaping) {
            // either a posix class, a collation equivalent, or just a [
            for (const [cls, [unip, u, neg]] of Object.entries(posixClasses)) {
                if (glob.startsWith(cls, i)) {
                    // invalid, [a-[] is fine, but not [a-[:alpha]]
                    if (rangeStart) {
                        return ['$.', false, glob.length - pos, true];
                    }
                    i += cls.length;
                    if (neg)
                        negs.push(unip);
                    else
                        ranges.push(unip);
                    uflag = uflag || u;
                    continue WHILE;
                }
            }
        }
        // now it's just a normal character, effectively
        escaping = false;
        if (rangeStart) {
            // throw this range away if it's not valid, but others
            // can still match.
            if (c > rangeStart) {
                ranges.push(braceEscape(rangeStart) + '-' + braceEscape(c));
            }
            else if (c === rangeStart) {
                ranges.push(braceEscape(c));
            }
            rangeStart = '';
            i++;
            continue;
        }
        // now might be the start of a range.
        // can be either c-d or c-] or c<more...>] or c] at this point
        if (glob.startsWith('-]', i + 1)) {
            ranges.push(braceEscape(c + '-'));
            i += 2;
            continue;
        }
        if (glob.startsWith('-', i + 1)) {
            rangeStart = c;
            i += 2;
            continue;
        }
        // not the start of a range, just a single character
        ranges.push(braceEscape(c));
        i++;
    }
    if (endPos < i) {
        // didn't see the end of the class, not a valid class,
        // but might still be valid as a literal match.
        return ['', false, 0, false];
    }
    // if we got no ranges and no negates, then we have a range that
    // cannot possibly match anything, and that poisons the whole glob
    if (!ranges.length && !negs.length) {
        return ['$.', false, glob.length - pos, true];
    }
    // if we got one positive range, and it's a single character, then that's
    // not actually a magic pattern, it's just that one literal character.
    // we should not treat that as "magic", we should just return the literal
    // character. [_] is a perfectly valid way to escape glob magic chars.
    if (negs.length === 0 &&
        ranges.length === 1 &&
        /^\\?.$/.test(ranges[0]) &&
        !negate) {
        const r = ranges[0].length === 2 ? ranges[0].slice(-1) : ranges[0];
        return [regexpEscape(r), false, endPos - pos, false];
    }
    const sranges = '[' + (negate ? '^' : '') + rangesToString(ranges) + ']';
    const snegs = '[' + (negate ? '' : '^') + rangesToString(negs) + ']';
    const comb = ranges.length && negs.length ? '(' + sranges + '|' + snegs + ')'
        : ranges.length ? sranges
            : snegs;
    return [comb, uflag, endPos - pos, true];
};
//# sourceMappingURL=brace-expressions.js.map
;// CONCATENATED MODULE: ./node_modules/minimatch/dist/esm/unescape.js
/**
 * Un-escape a string that has been escaped with {@link escape}.
 *
 * If the {@link MinimatchOptions.windowsPathsNoEscape} option is used, then
 * square-bracket escapes are removed, but not backslash escapes.
 *
 * For example, it will turn the string `'[*]'` into `*`, but it will not
 * turn `'\\*'` into `'*'`, because `\` is a path separator in
 * `windowsPathsNoEscape` mode.
 *
 * When `windowsPathsNoEscape` is not set, then both square-bracket escapes and
 * backslash escapes are removed.
 *
 * Slashes (and backslashes in `windowsPathsNoEscape` mode) cannot be escaped
 * or unescaped.
 *
 * When `magicalBraces` is not set, escapes of braces (`{` and `}`) will not be
 * unescaped.
 */
const unescape_unescape = (s, { windowsPathsNoEscape = false, magicalBraces = true, } = {}) => {
    if (magicalBraces) {
        return windowsPathsNoEscape ?
            s.replace(/\[([^/\\])\]/g, '$1')
            : s
                .replace(/((?!\\).|^)\[([^/\\])\]/g, '$1$2')
                .replace(/\\([^/])/g, '$1');
    }
    return windowsPathsNoEscape ?
        s.replace(/\[([^/\\{}])\]/g, '$1')
        : s
            .replace(/((?!\\).|^)\[([^/\\{}])\]/g, '$1$2')
            .replace(/\\([^/{}])/g, '$1');
};
//# sourceMappingURL=unescape.js.map
;// CONCATENATED MODULE: ./node_modules/minimatch/dist/esm/ast.js
// parse a single path portion
var _a;


const types = new Set(['!', '?', '+', '*', '@']);
const isExtglobType = (c) => types.has(c);
const isExtglobAST = (c) => isExtglobType(c.type);
// Map of which extglob types can adopt the children of a nested extglob
//
// anything but ! can adopt a matching type:
// +(a|+(b|c)|d) => +(a|b|c|d)
// *(a|*(b|c)|d) => *(a|b|c|d)
// @(a|@(b|c)|d) => @(a|b|c|d)
// ?(a|?(b|c)|d) => ?(a|b|c|d)
//
// * can adopt anything, because 0 or repetition is allowed
// *(a|?(b|c)|d) => *(a|b|c|d)
// *(a|+(b|c)|d) => *(a|b|c|d)
// *(a|@(b|c)|d) => *(a|b|c|d)
//
// + can adopt @, because 1 or repetition is allowed
// +(a|@(b|c)|d) => +(a|b|c|d)
//
// + and @ CANNOT adopt *, because 0 would be allowed
// +(a|*(b|c)|d) => would match "", on *(b|c)
// @(a|*(b|c)|d) => would match "", on *(b|c)
//
// + and @ CANNOT adopt ?, because 0 would be allowed
// +(a|?(b|c)|d) => would match "", on ?(b|c)
// @(a|?(b|c)|d) => would match "", on ?(b|c)
//
// ? can adopt @, because 0 or 1 is allowed
// ?(a|@(b|c)|d) => ?(a|b|c|d)
//
// ? and @ CANNOT adopt * or +, because >1 would be allowed
// ?(a|*(b|c)|d) => would match bbb on *(b|c)
// @(a|*(b|c)|d) => would match bbb on *(b|c)
// ?(a|+(b|c)|d) => would match bbb on +(b|c)
// @(a|+(b|c)|d) => would match bbb on +(b|c)
//
// ! CANNOT adopt ! (nothing else can either)
// !(a|!(b|c)|d) => !(a|b|c|d) would fail to match on b (not not b|c)
//
// ! can adopt @
// !(a|@(b|c)|d) => !(a|b|c|d)
//
// ! CANNOT adopt *
// !(a|*(b|c)|d) => !(a|b|c|d) would match on bbb, not allowed
//
// ! CANNOT adopt +
// !(a|+(b|c)|d) => !(a|b|c|d) would match on bbb, not allowed
//
// ! CANNOT adopt ?
// x!(a|?(b|c)|d) => x!(a|b|c|d) would fail to match "x"
const adoptionMap = new Map([
    ['!', ['@']],
    ['?', ['?', '@']],
    ['@', ['@']],
    ['*', ['*', '+', '?', '@']],
    ['+', ['+', '@']],
]);
// nested extglobs that can be adopted in, but with the addition of
// a blank '' element.
const adoptionWithSpaceMap = new Map([
    ['!', ['?']],
    ['@', ['?']],
    ['+', ['?', '*']],
]);
// union of the previous two maps
const adoptionAnyMap = new Map([
    ['!', ['?', '@']],
    ['?', ['?', '@']],
    ['@', ['?', '@']],
    ['*', ['*', '+', '?', '@']],
    ['+', ['+', '@', '?', '*']],
]);
// Extglobs that can take over their parent if they are the only child
// the key is parent, value maps child to resulting extglob parent type
// '@' is omitted because it's a special case. An `@` extglob with a single
// member can always be usurped by that subpattern.
const usurpMap = new Map([
    ['!', new Map([['!', '@']])],
    [
        '?',
        new Map([
            ['*', '*'],
            ['+', '*'],
        ]),
    ],
    [
        '@',
        new Map([
            ['!', '!'],
            ['?', '?'],
            ['@', '@'],
            ['*', '*'],
            ['+', '+'],
        ]),
    ],
    [
        '+',
        new Map([
            ['?', '*'],
            ['*', '*'],
        ]),
    ],
]);
// Patterns that get prepended to bind to the start of either the
// entire string, or just a single path portion, to prevent dots
// and/or traversal patterns, when needed.
// Exts don't need the ^ or / bit, because the root binds that already.
const startNoTraversal = '(?!(?:^|/)\\.\\.?(?:$|/))';
const startNoDot = '(?!\\.)';
// characters that indicate a start of pattern needs the "no dots" bit,
// because a dot *might* be matched. ( is not in the list, because in
// the case of a child extglob, it will handle the prevention itself.
const addPatternStart = new Set(['[', '.']);
// cases where traversal is A-OK, no dot prevention needed
const justDots = new Set(['..', '.']);
const reSpecials = new Set('().*{}+?[]^$\\!');
const regExpEscape = (s) => s.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, '\\$&');
// any single thing other than /
const qmark = '[^/]';
// * => any number of characters
const star = qmark + '*?';
// use + when we need to ensure that *something* matches, because the * is
// the only thing in the path portion.
const starNoEmpty = qmark + '+?';
// remove the \ chars that we added if we end up doing a nonmagic compare
// const deslash = (s: string) => s.replace(/\\(.)/g, '$1')
let ID = 0;
class AST {
    type;
    #root;
    #hasMagic;
    #uflag = false;
    #parts = [];
    #parent;
    #parentIndex;
    #negs;
    #filledNegs = false;
    #options;
    #toString;
    // set to true if it's an extglob with no children
    // (which really means one child of '')
    #emptyExt = false;
    id = ++ID;
    get depth() {
        return (this.#parent?.depth ?? -1) + 1;
    }
    [Symbol.for('nodejs.util.inspect.custom')]() {
        return {
            '@@type': 'AST',
            id: this.id,
            type: this.type,
            root: this.#root.id,
            parent: this.#parent?.id,
            depth: this.depth,
            partsLength: this.#parts.length,
            parts: this.#parts,
        };
    }
    constructor(type, parent, options = {}) {
        this.type = type;
        // extglobs are inherently magical
        if (type)
            this.#hasMagic = true;
        this.#parent = parent;
        this.#root = this.#parent ? this.#parent.#root : this;
        this.#options = this.#root === this ? options : this.#root.#options;
        this.#negs = this.#root === this ? [] : this.#root.#negs;
        if (type === '!' && !this.#root.#filledNegs)
            this.#negs.push(this);
        this.#parentIndex = this.#parent ? this.#parent.#parts.length : 0;
    }
    get hasMagic() {
        /* c8 ignore start */
        if (this.#hasMagic !== undefined)
            return this.#hasMagic;
        /* c8 ignore stop */
        for (const p of this.#parts) {
            if (typeof p === 'string')
                continue;
            if (p.type || p.hasMagic)
                return (this.#hasMagic = true);
        }
        // note: will be undefined until we generate the regexp src and find out
        return this.#hasMagic;
    }
    // reconstructs the pattern
    toString() {
        return (this.#toString !== undefined ? this.#toString
            : !this.type ?
                (this.#toString = this.#parts.map(p => String(p)).join(''))
                : (this.#toString =
                    this.type +
                        '(' +
                        this.#parts.map(p => String(p)).join('|') +
                        ')'));
    }
    #fillNegs() {
        /* c8 ignore start */
        if (this !== this.#root)
            throw new Error('should only call on root');
        if (this.#filledNegs)
            return this;
        /* c8 ignore stop */
        // call toString() once to fill this out
        this.toString();
        this.#filledNegs = true;
        let n;
        while ((n = this.#negs.pop())) {
            if (n.type !== '!')
                continue;
            // walk up the tree, appending everthing that comes AFTER parentIndex
            let p = n;
            let pp = p.#parent;
            while (pp) {
                for (let i = p.#parentIndex + 1; !pp.type && i < pp.#parts.length; i++) {
                    for (const part of n.#parts) {
                        /* c8 ignore start */
                        if (typeof part === 'string') {
                            throw new Error('string part in extglob AST??');
                        }
                        /* c8 ignore stop */
                        part.copyIn(pp.#parts[i]);
                    }
                }
                p = pp;
                pp = p.#parent;
            }
        }
        return this;
    }
    push(...parts) {
        for (const p of parts) {
            if (p === '')
                continue;
            /* c8 ignore start */
            if (typeof p !== 'string' &&
                !(p instanceof _a && p.#parent === this)) {
                throw new Error('invalid part: ' + p);
            }
            /* c8 ignore stop */
            this.#parts.push(p);
        }
    }
    toJSON() {
        const ret = this.type === null ?
            this.#parts
                .slice()
                .map(p => (typeof p === 'string' ? p : p.toJSON()))
            : [this.type, ...this.#parts.map(p => p.toJSON())];
        if (this.isStart() && !this.type)
            ret.unshift([]);
        if (this.isEnd() &&
            (this === this.#root ||
                (this.#root.#filledNegs && this.#parent?.type === '!'))) {
            ret.push({});
        }
        return ret;
    }
    isStart() {
        if (this.#root === this)
            return true;
        // if (this.type) return !!this.#parent?.isStart()
        if (!this.#parent?.isStart())
            return false;
        if (this.#parentIndex === 0)
            return true;
        // if everything AHEAD of this is a negation, then it's still the "start"
        const p = this.#parent;
        for (let i = 0; i < this.#parentIndex; i++) {
            const pp = p.#parts[i];
            if (!(pp instanceof _a && pp.type === '!')) {
                return false;
            }
        }
        return true;
    }
    isEnd() {
        if (this.#root === this)
            return true;
        if (this.#parent?.type === '!')
            return true;
        if (!this.#parent?.isEnd())
            return false;
        if (!this.type)
            return this.#parent?.isEnd();
        // if not root, it'll always have a parent
        /* c8 ignore start */
        const pl = this.#parent ? this.#parent.#parts.length : 0;
        /* c8 ignore stop */
        return this.#parentIndex === pl - 1;
    }
    copyIn(part) {
        if (typeof part === 'string')
            this.push(part);
        else
            this.push(part.clone(this));
    }
    clone(parent) {
        const c = new _a(this.type, parent);
        for (const p of this.#parts) {
            c.copyIn(p);
        }
        return c;
    }
    static #parseAST(str, ast, pos, opt, extDepth) {
        const maxDepth = opt.maxExtglobRecursion ?? 2;
        let escaping = false;
        let inBrace = false;
        let braceStart = -1;
        let braceNeg = false;
        if (ast.type === null) {
            // outside of a extglob, append until we find a start
            let i = pos;
            let acc = '';
            while (i < str.length) {
                const c = str.charAt(i++);
                // still accumulate escapes at this point, but we do ignore
                // starts that are escaped
                if (escaping || c === '\\') {
                    escaping = !escaping;
                    acc += c;
                    continue;
                }
                if (inBrace) {
                    if (i === braceStart + 1) {
                        if (c === '^' || c === '!') {
                            braceNeg = true;
                        }
                    }
                    else if (c === ']' && !(i === braceStart + 2 && braceNeg)) {
                        inBrace = false;
                    }
                    acc += c;
                    continue;
                }
                else if (c === '[') {
                    inBrace = true;
                    braceStart = i;
                    braceNeg = false;
                    acc += c;
                    continue;
                }
                // we don't have to check for adoption here, because that's
                // done at the other recursion point.
                const doRecurse = !opt.noext &&
                    isExtglobType(c) &&
                    str.charAt(i) === '(' &&
                    extDepth <= maxDepth;
                if (doRecurse) {
                    ast.push(acc);
                    acc = '';
                    const ext = new _a(c, ast);
                    i = _a.#parseAST(str, ext, i, opt, extDepth + 1);
                    ast.push(ext);
                    continue;
                }
                acc += c;
            }
            ast.push(acc);
            return i;
        }
        // some kind of extglob, pos is at the (
        // find the next | or )
        let i = pos + 1;
        let part = new _a(null, ast);
        const parts = [];
        let acc = '';
        while (i < str.length) {
            const c = str.charAt(i++);
            // still accumulate escapes at this point, but we do ignore
            // starts that are escaped
            if (escaping || c === '\\') {
                escaping = !escaping;
                acc += c;
                continue;
            }
            if (inBrace) {
                if (i === braceStart + 1) {
                    if (c === '^' || c === '!') {
                        braceNeg = true;
                    }
                }
                else if (c === ']' && !(i === braceStart + 2 && braceNeg)) {
                    inBrace = false;
                }
                acc += c;
                continue;
            }
            else if (c === '[') {
                inBrace = true;
                braceStart = i;
                braceNeg = false;
                acc += c;
                continue;
            }
            const doRecurse = !opt.noext &&
                isExtglobType(c) &&
                str.charAt(i) === '(' &&
                /* c8 ignore start - the maxDepth is sufficient here */
                (extDepth <= maxDepth || (ast && ast.#canAdoptType(c)));
            /* c8 ignore stop */
            if (doRecurse) {
                const depthAdd = ast && ast.#canAdoptType(c) ? 0 : 1;
                part.push(acc);
                acc = '';
                const ext = new _a(c, part);
                part.push(ext);
                i = _a.#parseAST(str, ext, i, opt, extDepth + depthAdd);
                continue;
            }
            if (c === '|') {
                part.push(acc);
                acc = '';
                parts.push(part);
                part = new _a(null, ast);
                continue;
            }
            if (c === ')') {
                if (acc === '' && ast.#parts.length === 0) {
                    ast.#emptyExt = true;
                }
                part.push(acc);
                acc = '';
                ast.push(...parts, part);
                return i;
            }
            acc += c;
        }
        // unfinished extglob
        // if we got here, it was a malformed extglob! not an extglob, but
        // maybe something else in there.
        ast.type = null;
        ast.#hasMagic = undefined;
        ast.#parts = [str.substring(pos - 1)];
        return i;
    }
    #canAdoptWithSpace(child) {
        return this.#canAdopt(child, adoptionWithSpaceMap);
    }
    #canAdopt(child, map = adoptionMap) {
        if (!child ||
            typeof child !== 'object' ||
            child.type !== null ||
            child.#parts.length !== 1 ||
            this.type === null) {
            return false;
        }
        const gc = child.#parts[0];
        if (!gc || typeof gc !== 'object' || gc.type === null) {
            return false;
        }
        return this.#canAdoptType(gc.type, map);
    }
    #canAdoptType(c, map = adoptionAnyMap) {
        return !!map.get(this.type)?.includes(c);
    }
    #adoptWithSpace(child, index) {
        const gc = child.#parts[0];
        const blank = new _a(null, gc, this.options);
        blank.#parts.push('');
        gc.push(blank);
        this.#adopt(child, index);
    }
    #adopt(child, index) {
        const gc = child.#parts[0];
        this.#parts.splice(index, 1, ...gc.#parts);
        for (const p of gc.#parts) {
            if (typeof p === 'object')
                p.#parent = this;
        }
        this.#toString = undefined;
    }
    #canUsurpType(c) {
        const m = usurpMap.get(this.type);
        return !!m?.has(c);
    }
    #canUsurp(child) {
        if (!child ||
            typeof child !== 'object' ||
            child.type !== null ||
            child.#parts.length !== 1 ||
            this.type === null ||
            this.#parts.length !== 1) {
            return false;
        }
        const gc = child.#parts[0];
        if (!gc || typeof gc !== 'object' || gc.type === null) {
            return false;
        }
        return this.#canUsurpType(gc.type);
    }
    #usurp(child) {
        const m = usurpMap.get(this.type);
        const gc = child.#parts[0];
        const nt = m?.get(gc.type);
        /* c8 ignore start - impossible */
        if (!nt)
            return false;
        /* c8 ignore stop */
        this.#parts = gc.#parts;
        for (const p of this.#parts) {
            if (typeof p === 'object') {
                p.#parent = this;
            }
        }
        this.type = nt;
        this.#toString = undefined;
        this.#emptyExt = false;
    }
    static fromGlob(pattern, options = {}) {
        const ast = new _a(null, undefined, options);
        _a.#parseAST(pattern, ast, 0, options, 0);
        return ast;
    }
    // returns the regular expression if there's magic, or the unescaped
    // string if not.
    toMMPattern() {
        // should only be called on root
        /* c8 ignore start */
        if (this !== this.#root)
            return this.#root.toMMPattern();
        /* c8 ignore stop */
        const glob = this.toString();
        const [re, body, hasMagic, uflag] = this.toRegExpSource();
        // if we're in nocase mode, and not nocaseMagicOnly, then we do
        // still need a regular expression if we have to case-insensitively
        // match capital/lowercase characters.
        const anyMagic = hasMagic ||
            this.#hasMagic ||
            (this.#options.nocase &&
                !this.#options.nocaseMagicOnly &&
                glob.toUpperCase() !== glob.toLowerCase());
        if (!anyMagic) {
            return body;
        }
        const flags = (this.#options.nocase ? 'i' : '') + (uflag ? 'u' : '');
        return Object.assign(new RegExp(`^${re}$`, flags), {
            _src: re,
            _glob: glob,
        });
    }
    get options() {
        return this.#options;
    }
    // returns the string match, the regexp source, whether there's magic
    // in the regexp (so a regular expression is required) and whether or
    // not the uflag is needed for the regular expression (for posix classes)
    // TODO: instead of injecting the start/end at this point, just return
    // the BODY of the regexp, along with the start/end portions suitable
    // for binding the start/end in either a joined full-path makeRe context
    // (where we bind to (^|/), or a standalone matchPart context (where
    // we bind to ^, and not /).  Otherwise slashes get duped!
    //
    // In part-matching mode, the start is:
    // - if not isStart: nothing
    // - if traversal possible, but not allowed: ^(?!\.\.?$)
    // - if dots allowed or not possible: ^
    // - if dots possible and not allowed: ^(?!\.)
    // end is:
    // - if not isEnd(): nothing
    // - else: $
    //
    // In full-path matching mode, we put the slash at the START of the
    // pattern, so start is:
    // - if first pattern: same as part-matching mode
    // - if not isStart(): nothing
    // - if traversal possible, but not allowed: /(?!\.\.?(?:$|/))
    // - if dots allowed or not possible: /
    // - if dots possible and not allowed: /(?!\.)
    // end is:
    // - if last pattern, same as part-matching mode
    // - else nothing
    //
    // Always put the (?:$|/) on negated tails, though, because that has to be
    // there to bind the end of the negated pattern portion, and it's easier to
    // just stick it in now rather than try to inject it later in the middle of
    // the pattern.
    //
    // We can just always return the same end, and leave it up to the caller
    // to know whether it's going to be used joined or in parts.
    // And, if the start is adjusted slightly, can do the same there:
    // - if not isStart: nothing
    // - if traversal possible, but not allowed: (?:/|^)(?!\.\.?$)
    // - if dots allowed or not possible: (?:/|^)
    // - if dots possible and not allowed: (?:/|^)(?!\.)
    //
    // But it's better to have a simpler binding without a conditional, for
    // performance, so probably better to return both start options.
    //
    // Then the caller just ignores the end if it's not the first pattern,
    // and the start always gets applied.
    //
    // But that's always going to be $ if it's the ending pattern, or nothing,
    // so the caller can just attach $ at the end of the pattern when building.
    //
    // So the todo is:
    // - better detect what kind of start is needed
    // - return both flavors of starting pattern
    // - attach $ at the end of the pattern when creating the actual RegExp
    //
    // Ah, but wait, no, that all only applies to the root when the first pattern
    // is not an extglob. If the first pattern IS an extglob, then we need all
    // that dot prevention biz to live in the extglob portions, because eg
    // +(*|.x*) can match .xy but not .yx.
    //
    // So, return the two flavors if it's #root and the first child is not an
    // AST, otherwise leave it to the child AST to handle it, and there,
    // use the (?:^|/) style of start binding.
    //
    // Even simplified further:
    // - Since the start for a join is eg /(?!\.) and the start for a part
    // is ^(?!\.), we can just prepend (?!\.) to the pattern (either root
    // or start or whatever) and prepend ^ or / at the Regexp construction.
    toRegExpSource(allowDot) {
        const dot = allowDot ?? !!this.#options.dot;
        if (this.#root === this) {
            this.#flatten();
            this.#fillNegs();
        }
        if (!isExtglobAST(this)) {
            const noEmpty = this.isStart() &&
                this.isEnd() &&
                !this.#parts.some(s => typeof s !== 'string');
            const src = this.#parts
                .map(p => {
                const [re, _, hasMagic, uflag] = typeof p === 'string' ?
                    _a.#parseGlob(p, this.#hasMagic, noEmpty)
                    : p.toRegExpSource(allowDot);
                this.#hasMagic = this.#hasMagic || hasMagic;
                this.#uflag = this.#uflag || uflag;
                return re;
            })
                .join('');
            let start = '';
            if (this.isStart()) {
                if (typeof this.#parts[0] === 'string') {
                    // this is the string that will match the start of the pattern,
                    // so we need to protect against dots and such.
                    // '.' and '..' cannot match unless the pattern is that exactly,
                    // even if it starts with . or dot:true is set.
                    const dotTravAllowed = this.#parts.length === 1 && justDots.has(this.#parts[0]);
                    if (!dotTravAllowed) {
                        const aps = addPatternStart;
                        // check if we have a possibility of matching . or ..,
                        // and prevent that.
                        const needNoTrav = 
                        // dots are allowed, and the pattern starts with [ or .
                        (dot && aps.has(src.charAt(0))) ||
                            // the pattern starts with \., and then [ or .
                            (src.startsWith('\\.') && aps.has(src.charAt(2))) ||
                            // the pattern starts with \.\., and then [ or .
                            (src.startsWith('\\.\\.') && aps.has(src.charAt(4)));
                        // no need to prevent dots if it can't match a dot, or if a
                        // sub-pattern will be preventing it anyway.
                        const needNoDot = !dot && !allowDot && aps.has(src.charAt(0));
                        start =
                            needNoTrav ? startNoTraversal
                                : needNoDot ? startNoDot
                                    : '';
                    }
                }
            }
            // append the "end of path portion" pattern to negation tails
            let end = '';
            if (this.isEnd() &&
                this.#root.#filledNegs &&
                this.#parent?.type === '!') {
                end = '(?:$|\\/)';
            }
            const final = start + src + end;
            return [
                final,
                unescape_unescape(src),
                (this.#hasMagic = !!this.#hasMagic),
                this.#uflag,
            ];
        }
        // We need to calculate the body *twice* if it's a repeat pattern
        // at the start, once in nodot mode, then again in dot mode, so a
        // pattern like *(?) can match 'x.y'
        const repeated = this.type === '*' || this.type === '+';
        // some kind of extglob
        const start = this.type === '!' ? '(?:(?!(?:' : '(?:';
        let body = this.#partsToRegExp(dot);
        if (this.isStart() && this.isEnd() && !body && this.type !== '!') {
            // invalid extglob, has to at least be *something* present, if it's
            // the entire path portion.
            const s = this.toString();
            const me = this;
            me.#parts = [s];
            me.type = null;
            me.#hasMagic = undefined;
            return [s, unescape_unescape(this.toString()), false, false];
        }
        let bodyDotAllowed = !repeated || allowDot || dot || !startNoDot ?
            ''
            : this.#partsToRegExp(true);
        if (bodyDotAllowed === body) {
            bodyDotAllowed = '';
        }
        if (bodyDotAllowed) {
            body = `(?:${body})(?:${bodyDotAllowed})*?`;
        }
        // an empty !() is exactly equivalent to a starNoEmpty
        let final = '';
        if (this.type === '!' && this.#emptyExt) {
            final = (this.isStart() && !dot ? startNoDot : '') + starNoEmpty;
        }
        else {
            const close = this.type === '!' ?
                // !() must match something,but !(x) can match ''
                '))' +
                    (this.isStart() && !dot && !allowDot ? startNoDot : '') +
                    star +
                    ')'
                : this.type === '@' ? ')'
                    : this.type === '?' ? ')?'
                        : this.type === '+' && bodyDotAllowed ? ')'
                            : this.type === '*' && bodyDotAllowed ? `)?`
                                : `)${this.type}`;
            final = start + body + close;
        }
        return [
            final,
            unescape_unescape(body),
            (this.#hasMagic = !!this.#hasMagic),
            this.#uflag,
        ];
    }
    #flatten() {
        if (!isExtglobAST(this)) {
            for (const p of this.#parts) {
                if (typeof p === 'object') {
                    p.#flatten();
                }
            }
        }
        else {
            // do up to 10 passes to flatten as much as possible
            let iterations = 0;
            let done = false;
            do {
                done = true;
                for (let i = 0; i < this.#parts.length; i++) {
                    const c = this.#parts[i];
                    if (typeof c === 'object') {
                        c.#flatten();
                        if (this.#canAdopt(c)) {
                            done = false;
                            this.#adopt(c, i);
                        }
                        else if (this.#canAdoptWithSpace(c)) {
                            done = false;
                            this.#adoptWithSpace(c, i);
                        }
                        else if (this.#canUsurp(c)) {
                            done = false;
                            this.#usurp(c);
                        }
                    }
                }
            } while (!done && ++iterations < 10);
        }
        this.#toString = undefined;
    }
    #partsToRegExp(dot) {
        return this.#parts
            .map(p => {
            // extglob ASTs should only contain parent ASTs
            /* c8 ignore start */
            if (typeof p === 'string') {
                throw new Error('string type in extglob ast??');
            }
            /* c8 ignore stop */
            // can ignore hasMagic, because extglobs are already always magic
            const [re, _, _hasMagic, uflag] = p.toRegExpSource(dot);
            this.#uflag = this.#uflag || uflag;
            return re;
        })
            .filter(p => !(this.isStart() && this.isEnd()) || !!p)
            .join('|');
    }
    static #parseGlob(glob, hasMagic, noEmpty = false) {
        let escaping = false;
        let re = '';
        let uflag = false;
        // multiple stars that aren't globstars coalesce into one *
        let inStar = false;
        for (let i = 0; i < glob.length; i++) {
            const c = glob.charAt(i);
            if (escaping) {
                escaping = false;
                re += (reSpecials.has(c) ? '\\' : '') + c;
                continue;
            }
            if (c === '*') {
                if (inStar)
                    continue;
                inStar = true;
                re += noEmpty && /^[*]+$/.test(glob) ? starNoEmpty : star;
                hasMagic = true;
                continue;
            }
            else {
                inStar = false;
            }
            if (c === '\\') {
                if (i === glob.length - 1) {
                    re += '\\\\';
                }
                else {
                    escaping = true;
                }
                continue;
            }
            if (c === '[') {
                const [src, needUflag, consumed, magic] = parseClass(glob, i);
                if (consumed) {
                    re += src;
                    uflag = uflag || needUflag;
                    i += consumed - 1;
                    hasMagic = hasMagic || magic;
                    continue;
                }
            }
            if (c === '?') {
                re += qmark;
                hasMagic = true;
                continue;
            }
            re += regExpEscape(c);
        }
        return [re, unescape_unescape(glob), !!hasMagic, uflag];
    }
}
_a = AST;
//# sourceMappingURL=ast.js.map
;// CONCATENATED MODULE: ./node_modules/minimatch/dist/esm/escape.js
/**
 * Escape all magic characters in a glob pattern.
 *
 * If the {@link MinimatchOptions.windowsPathsNoEscape}
 * option is used, then characters are escaped by wrapping in `[]`, because
 * a magic character wrapped in a character class can only be satisfied by
 * that exact character.  In this mode, `\` is _not_ escaped, because it is
 * not interpreted as a magic character, but instead as a path separator.
 *
 * If the {@link MinimatchOptions.magicalBraces} option is used,
 * then braces (`{` and `}`) will be escaped.
 */
const escape_escape = (s, { windowsPathsNoEscape = false, magicalBraces = false, } = {}) => {
    // don't need to escape +@! because we escape the parens
    // that make those magic, and escaping ! as [!] isn't valid,
    // because [!]] is a valid glob class meaning not ']'.
    if (magicalBraces) {
        return windowsPathsNoEscape ?
            s.replace(/[?*()[\]{}]/g, '[$&]')
            : s.replace(/[?*()[\]\\{}]/g, '\\$&');
    }
    return windowsPathsNoEscape ?
        s.replace(/[?*()[\]]/g, '[$&]')
        : s.replace(/[?*()[\]\\]/g, '\\$&');
};
//# sourceMappingURL=escape.js.map
;// CONCATENATED MODULE: ./node_modules/minimatch/dist/esm/index.js





const minimatch = (p, pattern, options = {}) => {
    assertValidPattern(pattern);
    // shortcut: comments match nothing.
    if (!options.nocomment && pattern.charAt(0) === '#') {
        return false;
    }
    return new Minimatch(pattern, options).match(p);
};
// Optimized checking for the most common glob patterns.
const starDotExtRE = /^\*+([^+@!?*[(]*)$/;
const starDotExtTest = (ext) => (f) => !f.startsWith('.') && f.endsWith(ext);
const starDotExtTestDot = (ext) => (f) => f.endsWith(ext);
const starDotExtTestNocase = (ext) => {
    ext = ext.toLowerCase();
    return (f) => !f.startsWith('.') && f.toLowerCase().endsWith(ext);
};
const starDotExtTestNocaseDot = (ext) => {
    ext = ext.toLowerCase();
    return (f) => f.toLowerCase().endsWith(ext);
};
const starDotStarRE = /^\*+\.\*+$/;
const starDotStarTest = (f) => !f.startsWith('.') && f.includes('.');
const starDotStarTestDot = (f) => f !== '.' && f !== '..' && f.includes('.');
const dotStarRE = /^\.\*+$/;
const dotStarTest = (f) => f !== '.' && f !== '..' && f.startsWith('.');
const starRE = /^\*+$/;
const starTest = (f) => f.length !== 0 && !f.startsWith('.');
const starTestDot = (f) => f.length !== 0 && f !== '.' && f !== '..';
const qmarksRE = /^\?+([^+@!?*[(]*)?$/;
const qmarksTestNocase = ([$0, ext = '']) => {
    const noext = qmarksTestNoExt([$0]);
    if (!ext)
        return noext;
    ext = ext.toLowerCase();
    return (f) => noext(f) && f.toLowerCase().endsWith(ext);
};
const qmarksTestNocaseDot = ([$0, ext = '']) => {
    const noext = qmarksTestNoExtDot([$0]);
    if (!ext)
        return noext;
    ext = ext.toLowerCase();
    return (f) => noext(f) && f.toLowerCase().endsWith(ext);
};
const qmarksTestDot = ([$0, ext = '']) => {
    const noext = qmarksTestNoExtDot([$0]);
    return !ext ? noext : (f) => noext(f) && f.endsWith(ext);
};
const qmarksTest = ([$0, ext = '']) => {
    const noext = qmarksTestNoExt([$0]);
    return !ext ? noext : (f) => noext(f) && f.endsWith(ext);
};
const qmarksTestNoExt = ([$0]) => {
    const len = $0.length;
    return (f) => f.length === len && !f.startsWith('.');
};
const qmarksTestNoExtDot = ([$0]) => {
    const len = $0.length;
    return (f) => f.length === len && f !== '.' && f !== '..';
};
/* c8 ignore start */
const defaultPlatform = (typeof process === 'object' && process ?
    (typeof process.env === 'object' &&
        process.env &&
        process.env.__MINIMATCH_TESTING_PLATFORM__) ||
        process.platform
    : 'posix');
const path = {
    win32: { sep: '\\' },
    posix: { sep: '/' },
};
/* c8 ignore stop */
const sep = defaultPlatform === 'win32' ? path.win32.sep : path.posix.sep;
minimatch.sep = sep;
const GLOBSTAR = Symbol('globstar **');
minimatch.GLOBSTAR = GLOBSTAR;
// any single thing other than /
// don't need to escape / when using new RegExp()
const esm_qmark = '[^/]';
// * => any number of characters
const esm_star = esm_qmark + '*?';
// ** when dots are allowed.  Anything goes, except .. and .
// not (^ or / followed by one or two dots followed by $ or /),
// followed by anything, any number of times.
const twoStarDot = '(?:(?!(?:\\/|^)(?:\\.{1,2})($|\\/)).)*?';
// not a ^ or / followed by a dot,
// followed by anything, any number of times.
const twoStarNoDot = '(?:(?!(?:\\/|^)\\.).)*?';
const filter = (pattern, options = {}) => (p) => minimatch(p, pattern, options);
minimatch.filter = filter;
const ext = (a, b = {}) => Object.assign({}, a, b);
const defaults = (def) => {
    if (!def || typeof def !== 'object' || !Object.keys(def).length) {
        return minimatch;
    }
    const orig = minimatch;
    const m = (p, pattern, options = {}) => orig(p, pattern, ext(def, options));
    return Object.assign(m, {
        Minimatch: class Minimatch extends orig.Minimatch {
            constructor(pattern, options = {}) {
                super(pattern, ext(def, options));
            }
            static defaults(options) {
                return orig.defaults(ext(def, options)).Minimatch;
            }
        },
        AST: class AST extends orig.AST {
            /* c8 ignore start */
            constructor(type, parent, options = {}) {
                super(type, parent, ext(def, options));
            }
            /* c8 ignore stop */
            static fromGlob(pattern, options = {}) {
                return orig.AST.fromGlob(pattern, ext(def, options));
            }
        },
        unescape: (s, options = {}) => orig.unescape(s, ext(def, options)),
        escape: (s, options = {}) => orig.escape(s, ext(def, options)),
        filter: (pattern, options = {}) => orig.filter(pattern, ext(def, options)),
        defaults: (options) => orig.defaults(ext(def, options)),
        makeRe: (pattern, options = {}) => orig.makeRe(pattern, ext(def, options)),
        braceExpand: (pattern, options = {}) => orig.braceExpand(pattern, ext(def, options)),
        match: (list, pattern, options = {}) => orig.match(list, pattern, ext(def, options)),
        sep: orig.sep,
        GLOBSTAR: GLOBSTAR,
    });
};
minimatch.defaults = defaults;
// Brace expansion:
// a{b,c}d -> abd acd
// a{b,}c -> abc ac
// a{0..3}d -> a0d a1d a2d a3d
// a{b,c{d,e}f}g -> abg acdfg acefg
// a{b,c}d{e,f}g -> abdeg acdeg abdeg abdfg
//
// Invalid sets are not expanded.
// a{2..}b -> a{2..}b
// a{b}c -> a{b}c
const braceExpand = (pattern, options = {}) => {
    assertValidPattern(pattern);
    // Thanks to Yeting Li <https://github.com/yetingli> for
    // improving this regexp to avoid a ReDOS vulnerability.
    if (options.nobrace || !/\{(?:(?!\{).)*\}/.test(pattern)) {
        // shortcut. no need to expand.
        return [pattern];
    }
    return expand(pattern, { max: options.braceExpandMax });
};
minimatch.braceExpand = braceExpand;
// parse a component of the expanded set.
// At this point, no pattern may contain "/" in it
// so we're going to return a 2d array, where each entry is the full
// pattern, split on '/', and then turned into a regular expression.
// A regexp is made at the end which joins each array with an
// escaped /, and another full one which joins each regexp with |.
//
// Following the lead of Bash 4.1, note that "**" only has special meaning
// when it is the *only* thing in a path portion.  Otherwise, any series
// of * is equivalent to a single *.  Globstar behavior is enabled by
// default, and can be disabled by setting options.noglobstar.
const makeRe = (pattern, options = {}) => new Minimatch(pattern, options).makeRe();
minimatch.makeRe = makeRe;
const match = (list, pattern, options = {}) => {
    const mm = new Minimatch(pattern, options);
    list = list.filter(f => mm.match(f));
    if (mm.options.nonull && !list.length) {
        list.push(pattern);
    }
    return list;
};
minimatch.match = match;
// replace stuff like \* with *
const globMagic = /[?*]|[+@!]\(.*?\)|\[|\]/;
const esm_regExpEscape = (s) => s.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, '\\$&');
class Minimatch {
    options;
    set;
    pattern;
    windowsPathsNoEscape;
    nonegate;
    negate;
    comment;
    empty;
    preserveMultipleSlashes;
    partial;
    globSet;
    globParts;
    nocase;
    isWindows;
    platform;
    windowsNoMagicRoot;
    maxGlobstarRecursion;
    regexp;
    constructor(pattern, options = {}) {
        assertValidPattern(pattern);
        options = options || {};
        this.options = options;
        this.maxGlobstarRecursion = options.maxGlobstarRecursion ?? 200;
        this.pattern = pattern;
        this.platform = options.platform || defaultPlatform;
        this.isWindows = this.platform === 'win32';
        // avoid the annoying deprecation flag lol
        const awe = ('allowWindow' + 'sEscape');
        this.windowsPathsNoEscape =
            !!options.windowsPathsNoEscape || options[awe] === false;
        if (this.windowsPathsNoEscape) {
            this.pattern = this.pattern.replace(/\\/g, '/');
        }
        this.preserveMultipleSlashes = !!options.preserveMultipleSlashes;
        this.regexp = null;
        this.negate = false;
        this.nonegate = !!options.nonegate;
        this.comment = false;
        this.empty = false;
        this.partial = !!options.partial;
        this.nocase = !!this.options.nocase;
        this.windowsNoMagicRoot =
            options.windowsNoMagicRoot !== undefined ?
                options.windowsNoMagicRoot
                : !!(this.isWindows && this.nocase);
        this.globSet = [];
        this.globParts = [];
        this.set = [];
        // make the set of regexps etc.
        this.make();
    }
    hasMagic() {
        if (this.options.magicalBraces && this.set.length > 1) {
            return true;
        }
        for (const pattern of this.set) {
            for (const part of pattern) {
                if (typeof part !== 'string')
                    return true;
            }
        }
        return false;
    }
    debug(..._) { }
    make() {
        const pattern = this.pattern;
        const options = this.options;
        // empty patterns and comments match nothing.
        if (!options.nocomment && pattern.charAt(0) === '#') {
            this.comment = true;
            return;
        }
        if (!pattern) {
            this.empty = true;
            return;
        }
        // step 1: figure out negation, etc.
        this.parseNegate();
        // step 2: expand braces
        this.globSet = [...new Set(this.braceExpand())];
        if (options.debug) {
            //oxlint-disable-next-line no-console
            this.debug = (...args) => console.error(...args);
        }
        this.debug(this.pattern, this.globSet);
        // step 3: now we have a set, so turn each one into a series of
        // path-portion matching patterns.
        // These will be regexps, except in the case of "**", which is
        // set to the GLOBSTAR object for globstar behavior,
        // and will not contain any / characters
        //
        // First, we preprocess to make the glob pattern sets a bit simpler
        // and deduped.  There are some perf-killing patterns that can cause
        // problems with a glob walk, but we can simplify them down a bit.
        const rawGlobParts = this.globSet.map(s => this.slashSplit(s));
        this.globParts = this.preprocess(rawGlobParts);
        this.debug(this.pattern, this.globParts);
        // glob --> regexps
        let set = this.globParts.map((s, _, __) => {
            if (this.isWindows && this.windowsNoMagicRoot) {
                // check if it's a drive or unc path.
                const isUNC = s[0] === '' &&
                    s[1] === '' &&
                    (s[2] === '?' || !globMagic.test(s[2])) &&
                    !globMagic.test(s[3]);
                const isDrive = /^[a-z]:/i.test(s[0]);
                if (isUNC) {
                    return [
                        ...s.slice(0, 4),
                        ...s.slice(4).map(ss => this.parse(ss)),
                    ];
                }
                else if (isDrive) {
                    return [s[0], ...s.slice(1).map(ss => this.parse(ss))];
                }
            }
            return s.map(ss => this.parse(ss));
        });
        this.debug(this.pattern, set);
        // filter out everything that didn't compile properly.
        this.set = set.filter(s => s.indexOf(false) === -1);
        // do not treat the ? in UNC paths as magic
        if (this.isWindows) {
            for (let i = 0; i < this.set.length; i++) {
                const p = this.set[i];
                if (p[0] === '' &&
                    p[1] === '' &&
                    this.globParts[i][2] === '?' &&
                    typeof p[3] === 'string' &&
                    /^[a-z]:$/i.test(p[3])) {
                    p[2] = '?';
                }
            }
        }
        this.debug(this.pattern, this.set);
    }
    // various transforms to equivalent pattern sets that are
    // faster to process in a filesystem walk.  The goal is to
    // eliminate what we can, and push all ** patterns as far
    // to the right as possible, even if it increases the number
    // of patterns that we have to process.
    preprocess(globParts) {
        // if we're not in globstar mode, then turn ** into *
        if (this.options.noglobstar) {
            for (const partset of globParts) {
                for (let j = 0; j < partset.length; j++) {
                    if (partset[j] === '**') {
                        partset[j] = '*';
                    }
                }
            }
        }
        const { optimizationLevel = 1 } = this.options;
        if (optimizationLevel >= 2) {
            // aggressive optimization for the purpose of fs walking
            globParts = this.firstPhasePreProcess(globParts);
            globParts = this.secondPhasePreProcess(globParts);
        }
        else if (optimizationLevel >= 1) {
            // just basic optimizations to remove some .. parts
            globParts = this.levelOneOptimize(globParts);
        }
        else {
            // just collapse multiple ** portions into one
            globParts = this.adjascentGlobstarOptimize(globParts);
        }
        return globParts;
    }
    // just get rid of adjascent ** portions
    adjascentGlobstarOptimize(globParts) {
        return globParts.map(parts => {
            let gs = -1;
            while (-1 !== (gs = parts.indexOf('**', gs + 1))) {
                let i = gs;
                while (parts[i + 1] === '**') {
                    i++;
                }
                if (i !== gs) {
                    parts.splice(gs, i - gs);
                }
            }
            return parts;
        });
    }
    // get rid of adjascent ** and resolve .. portions
    levelOneOptimize(globParts) {
        return globParts.map(parts => {
            parts = parts.reduce((set, part) => {
                const prev = set[set.length - 1];
                if (part === '**' && prev === '**') {
                    return set;
                }
                if (part === '..') {
                    if (prev && prev !== '..' && prev !== '.' && prev !== '**') {
                        set.pop();
                        return set;
                    }
                }
                set.push(part);
                return set;
            }, []);
            return parts.length === 0 ? [''] : parts;
        });
    }
    levelTwoFileOptimize(parts) {
        if (!Array.isArray(parts)) {
            parts = this.slashSplit(parts);
        }
        let didSomething = false;
        do {
            didSomething = false;
            // <pre>/<e>/<rest> -> <pre>/<rest>
            if (!this.preserveMultipleSlashes) {
                for (let i = 1; i < parts.length - 1; i++) {
                    const p = parts[i];
                    // don't squeeze out UNC patterns
                    if (i === 1 && p === '' && parts[0] === '')
                        continue;
                    if (p === '.' || p === '') {
                        didSomething = true;
                        parts.splice(i, 1);
                        i--;
                    }
                }
                if (parts[0] === '.' &&
                    parts.length === 2 &&
                    (parts[1] === '.' || parts[1] === '')) {
                    didSomething = true;
                    parts.pop();
                }
            }
            // <pre>/<p>/../<rest> -> <pre>/<rest>
            let dd = 0;
            while (-1 !== (dd = parts.indexOf('..', dd + 1))) {
                const p = parts[dd - 1];
                if (p &&
                    p !== '.' &&
                    p !== '..' &&
                    p !== '**' &&
                    !(this.isWindows && /^[a-z]:$/i.test(p))) {
                    didSomething = true;
                    parts.splice(dd - 1, 2);
                    dd -= 2;
                }
            }
        } while (didSomething);
        return parts.length === 0 ? [''] : parts;
    }
    // First phase: single-pattern processing
    // <pre> is 1 or more portions
    // <rest> is 1 or more portions
    // <p> is any portion other than ., .., '', or **
    // <e> is . or ''
    //
    // **/.. is *brutal* for filesystem walking performance, because
    // it effectively resets the recursive walk each time it occurs,
    // and ** cannot be reduced out by a .. pattern part like a regexp
    // or most strings (other than .., ., and '') can be.
    //
    // <pre>/**/../<p>/<p>/<rest> -> {<pre>/../<p>/<p>/<rest>,<pre>/**/<p>/<p>/<rest>}
    // <pre>/<e>/<rest> -> <pre>/<rest>
    // <pre>/<p>/../<rest> -> <pre>/<rest>
    // **/**/<rest> -> **/<rest>
    //
    // **/*/<rest> -> */**/<rest> <== not valid because ** doesn't follow
    // this WOULD be allowed if ** did follow symlinks, or * didn't
    firstPhasePreProcess(globParts) {
        let didSomething = false;
        do {
            didSomething = false;
            // <pre>/**/../<p>/<p>/<rest> -> {<pre>/../<p>/<p>/<rest>,<pre>/**/<p>/<p>/<rest>}
            for (let parts of globParts) {
                let gs = -1;
                while (-1 !== (gs = parts.indexOf('**', gs + 1))) {
                    let gss = gs;
                    while (parts[gss + 1] === '**') {
                        // <pre>/**/**/<rest> -> <pre>/**/<rest>
                        gss++;
                    }
                    // eg, if gs is 2 and gss is 4, that means we have 3 **
                    // parts, and can remove 2 of them.
                    if (gss > gs) {
                        parts.splice(gs + 1, gss - gs);
                    }
                    let next = parts[gs + 1];
                    const p = parts[gs + 2];
                    const p2 = parts[gs + 3];
                    if (next !== '..')
                        continue;
                    if (!p ||
                        p === '.' ||
                        p === '..' ||
                        !p2 ||
                        p2 === '.' ||
                        p2 === '..') {
                        continue;
                    }
                    didSomething = true;
                    // edit parts in place, and push the new one
                    parts.splice(gs, 1);
                    const other = parts.slice(0);
                    other[gs] = '**';
                    globParts.push(other);
                    gs--;
                }
                // <pre>/<e>/<rest> -> <pre>/<rest>
                if (!this.preserveMultipleSlashes) {
                    for (let i = 1; i < parts.length - 1; i++) {
                        const p = parts[i];
                        // don't squeeze out UNC patterns
                        if (i === 1 && p === '' && parts[0] === '')
                            continue;
                        if (p === '.' || p === '') {
                            didSomething = true;
                            parts.splice(i, 1);
                            i--;
                        }
                    }
                    if (parts[0] === '.' &&
                        parts.length === 2 &&
                        (parts[1] === '.' || parts[1] === '')) {
                        didSomething = true;
                        parts.pop();
                    }
                }
                // <pre>/<p>/../<rest> -> <pre>/<rest>
                let dd = 0;
                while (-1 !== (dd = parts.indexOf('..', dd + 1))) {
                    const p = parts[dd - 1];
                    if (p && p !== '.' && p !== '..' && p !== '**') {
                        didSomething = true;
                        const needDot = dd === 1 && parts[dd + 1] === '**';
                        const splin = needDot ? ['.'] : [];
                        parts.splice(dd - 1, 2, ...splin);
                        if (parts.length === 0)
                            parts.push('');
                        dd -= 2;
                    }
                }
            }
        } while (didSomething);
        return globParts;
    }
    // second phase: multi-pattern dedupes
    // {<pre>/*/<rest>,<pre>/<p>/<rest>} -> <pre>/*/<rest>
    // {<pre>/<rest>,<pre>/<rest>} -> <pre>/<rest>
    // {<pre>/**/<rest>,<pre>/<rest>} -> <pre>/**/<rest>
    //
    // {<pre>/**/<rest>,<pre>/**/<p>/<rest>} -> <pre>/**/<rest>
    // ^-- not valid because ** doens't follow symlinks
    secondPhasePreProcess(globParts) {
        for (let i = 0; i < globParts.length - 1; i++) {
            for (let j = i + 1; j < globParts.length; j++) {
                const matched = this.partsMatch(globParts[i], globParts[j], !this.preserveMultipleSlashes);
                if (matched) {
                    globParts[i] = [];
                    globParts[j] = matched;
                    break;
                }
            }
        }
        return globParts.filter(gs => gs.length);
    }
    partsMatch(a, b, emptyGSMatch = false) {
        let ai = 0;
        let bi = 0;
        let result = [];
        let which = '';
        while (ai < a.length && bi < b.length) {
            if (a[ai] === b[bi]) {
                result.push(which === 'b' ? b[bi] : a[ai]);
                ai++;
                bi++;
            }
            else if (emptyGSMatch && a[ai] === '**' && b[bi] === a[ai + 1]) {
                result.push(a[ai]);
                ai++;
            }
            else if (emptyGSMatch && b[bi] === '**' && a[ai] === b[bi + 1]) {
                result.push(b[bi]);
                bi++;
            }
            else if (a[ai] === '*' &&
                b[bi] &&
                (this.options.dot || !b[bi].startsWith('.')) &&
                b[bi] !== '**') {
                if (which === 'b')
                    return false;
                which = 'a';
                result.push(a[ai]);
                ai++;
                bi++;
            }
            else if (b[bi] === '*' &&
                a[ai] &&
                (this.options.dot || !a[ai].startsWith('.')) &&
                a[ai] !== '**') {
                if (which === 'a')
                    return false;
                which = 'b';
                result.push(b[bi]);
                ai++;
                bi++;
            }
            else {
                return false;
            }
        }
        // if we fall out of the loop, it means they two are identical
        // as long as their lengths match
        return a.length === b.length && result;
    }
    parseNegate() {
        if (this.nonegate)
            return;
        const pattern = this.pattern;
        let negate = false;
        let negateOffset = 0;
        for (let i = 0; i < pattern.length && pattern.charAt(i) === '!'; i++) {
            negate = !negate;
            negateOffset++;
        }
        if (negateOffset)
            this.pattern = pattern.slice(negateOffset);
        this.negate = negate;
    }
    // set partial to true to test if, for example,
    // "/a/b" matches the start of "/*/b/*/d"
    // Partial means, if you run out of file before you run
    // out of pattern, then that's fine, as long as all
    // the parts match.
    matchOne(file, pattern, partial = false) {
        let fileStartIndex = 0;
        let patternStartIndex = 0;
        // UNC paths like //?/X:/... can match X:/... and vice versa
        // Drive letters in absolute drive or unc paths are always compared
        // case-insensitively.
        if (this.isWindows) {
            const fileDrive = typeof file[0] === 'string' && /^[a-z]:$/i.test(file[0]);
            const fileUNC = !fileDrive &&
                file[0] === '' &&
                file[1] === '' &&
                file[2] === '?' &&
                /^[a-z]:$/i.test(file[3]);
            const patternDrive = typeof pattern[0] === 'string' && /^[a-z]:$/i.test(pattern[0]);
            const patternUNC = !patternDrive &&
                pattern[0] === '' &&
                pattern[1] === '' &&
                pattern[2] === '?' &&
                typeof pattern[3] === 'string' &&
                /^[a-z]:$/i.test(pattern[3]);
            const fdi = fileUNC ? 3
                : fileDrive ? 0
                    : undefined;
            const pdi = patternUNC ? 3
                : patternDrive ? 0
                    : undefined;
            if (typeof fdi === 'number' && typeof pdi === 'number') {
                const [fd, pd] = [
                    file[fdi],
                    pattern[pdi],
                ];
                // start matching at the drive letter index of each
                if (fd.toLowerCase() === pd.toLowerCase()) {
                    pattern[pdi] = fd;
                    patternStartIndex = pdi;
                    fileStartIndex = fdi;
                }
            }
        }
        // resolve and reduce . and .. portions in the file as well.
        // don't need to do the second phase, because it's only one string[]
        const { optimizationLevel = 1 } = this.options;
        if (optimizationLevel >= 2) {
            file = this.levelTwoFileOptimize(file);
        }
        if (pattern.includes(GLOBSTAR)) {
            return this.#matchGlobstar(file, pattern, partial, fileStartIndex, patternStartIndex);
        }
        return this.#matchOne(file, pattern, partial, fileStartIndex, patternStartIndex);
    }
    #matchGlobstar(file, pattern, partial, fileIndex, patternIndex) {
        // split the pattern into head, tail, and middle of ** delimited parts
        const firstgs = pattern.indexOf(GLOBSTAR, patternIndex);
        const lastgs = pattern.lastIndexOf(GLOBSTAR);
        // split the pattern up into globstar-delimited sections
        // the tail has to be at the end, and the others just have
        // to be found in order from the head.
        const [head, body, tail] = partial ?
            [
                pattern.slice(patternIndex, firstgs),
                pattern.slice(firstgs + 1),
                [],
            ]
            : [
                pattern.slice(patternIndex, firstgs),
                pattern.slice(firstgs + 1, lastgs),
                pattern.slice(lastgs + 1),
            ];
        // check the head, from the current file/pattern index.
        if (head.length) {
            const fileHead = file.slice(fileIndex, fileIndex + head.length);
            if (!this.#matchOne(fileHead, head, partial, 0, 0)) {
                return false;
            }
            fileIndex += head.length;
            patternIndex += head.length;
        }
        // now we know the head matches!
        // if the last portion is not empty, it MUST match the end
        // check the tail
        let fileTailMatch = 0;
        if (tail.length) {
            // if head + tail > file, then we cannot possibly match
            if (tail.length + fileIndex > file.length)
                return false;
            // try to match the tail
            let tailStart = file.length - tail.length;
            if (this.#matchOne(file, tail, partial, tailStart, 0)) {
                fileTailMatch = tail.length;
            }
            else {
                // affordance for stuff like a/**/* matching a/b/
                // if the last file portion is '', and there's more to the pattern
                // then try without the '' bit.
                if (file[file.length - 1] !== '' ||
                    fileIndex + tail.length === file.length) {
                    return false;
                }
                tailStart--;
                if (!this.#matchOne(file, tail, partial, tailStart, 0)) {
                    return false;
                }
                fileTailMatch = tail.length + 1;
            }
        }
        // now we know the tail matches!
        // the middle is zero or more portions wrapped in **, possibly
        // containing more ** sections.
        // so a/**/b/**/c/**/d has become **/b/**/c/**
        // if it's empty, it means a/**/b, just verify we have no bad dots
        // if there's no tail, so it ends on /**, then we must have *something*
        // after the head, or it's not a matc
        if (!body.length) {
            let sawSome = !!fileTailMatch;
            for (let i = fileIndex; i < file.length - fileTailMatch; i++) {
                const f = String(file[i]);
                sawSome = true;
                if (f === '.' ||
                    f === '..' ||
                    (!this.options.dot && f.startsWith('.'))) {
                    return false;
                }
            }
            // in partial mode, we just need to get past all file parts
            return partial || sawSome;
        }
        // now we know that there's one or more body sections, which can
        // be matched anywhere from the 0 index (because the head was pruned)
        // through to the length-fileTailMatch index.
        // split the body up into sections, and note the minimum index it can
        // be found at (start with the length of all previous segments)
        // [section, before, after]
        const bodySegments = [[[], 0]];
        let currentBody = bodySegments[0];
        let nonGsParts = 0;
        const nonGsPartsSums = [0];
        for (const b of body) {
            if (b === GLOBSTAR) {
                nonGsPartsSums.push(nonGsParts);
                currentBody = [[], 0];
                bodySegments.push(currentBody);
            }
            else {
                currentBody[0].push(b);
                nonGsParts++;
            }
        }
        let i = bodySegments.length - 1;
        const fileLength = file.length - fileTailMatch;
        for (const b of bodySegments) {
            b[1] = fileLength - (nonGsPartsSums[i--] + b[0].length);
        }
        return !!this.#matchGlobStarBodySections(file, bodySegments, fileIndex, 0, partial, 0, !!fileTailMatch);
    }
    // return false for "nope, not matching"
    // return null for "not matching, cannot keep trying"
    #matchGlobStarBodySections(file, 
    // pattern section, last possible position for it
    bodySegments, fileIndex, bodyIndex, partial, globStarDepth, sawTail) {
        // take the first body segment, and walk from fileIndex to its "after"
        // value at the end
        // If it doesn't match at that position, we increment, until we hit
        // that final possible position, and give up.
        // If it does match, then advance and try to rest.
        // If any of them fail we keep walking forward.
        // this is still a bit recursively painful, but it's more constrained
        // than previous implementations, because we never test something that
        // can't possibly be a valid matching condition.
        const bs = bodySegments[bodyIndex];
        if (!bs) {
            // just make sure that there's no bad dots
            for (let i = fileIndex; i < file.length; i++) {
                sawTail = true;
                const f = file[i];
                if (f === '.' ||
                    f === '..' ||
                    (!this.options.dot && f.startsWith('.'))) {
                    return false;
                }
            }
            return sawTail;
        }
        // have a non-globstar body section to test
        const [body, after] = bs;
        while (fileIndex <= after) {
            const m = this.#matchOne(file.slice(0, fileIndex + body.length), body, partial, fileIndex, 0);
            // if limit exceeded, no match. intentional false negative,
            // acceptable break in correctness for security.
            if (m && globStarDepth < this.maxGlobstarRecursion) {
                // match! see if the rest match. if so, we're done!
                const sub = this.#matchGlobStarBodySections(file, bodySegments, fileIndex + body.length, bodyIndex + 1, partial, globStarDepth + 1, sawTail);
                if (sub !== false) {
                    return sub;
                }
            }
            const f = file[fileIndex];
            if (f === '.' ||
                f === '..' ||
                (!this.options.dot && f.startsWith('.'))) {
                return false;
            }
            fileIndex++;
        }
        // walked off. no point continuing
        return partial || null;
    }
    #matchOne(file, pattern, partial, fileIndex, patternIndex) {
        let fi;
        let pi;
        let pl;
        let fl;
        for (fi = fileIndex,
            pi = patternIndex,
            fl = file.length,
            pl = pattern.length; fi < fl && pi < pl; fi++, pi++) {
            this.debug('matchOne loop');
            let p = pattern[pi];
            let f = file[fi];
            this.debug(pattern, p, f);
            // should be impossible.
            // some invalid regexp stuff in the set.
            /* c8 ignore start */
            if (p === false || p === GLOBSTAR) {
                return false;
            }
            /* c8 ignore stop */
            // something other than **
            // non-magic patterns just have to match exactly
            // patterns with magic have been turned into regexps.
            let hit;
            if (typeof p === 'string') {
                hit = f === p;
                this.debug('string match', p, f, hit);
            }
            else {
                hit = p.test(f);
                this.debug('pattern match', p, f, hit);
            }
            if (!hit)
                return false;
        }
        // Note: ending in / means that we'll get a final ""
        // at the end of the pattern.  This can only match a
        // corresponding "" at the end of the file.
        // If the file ends in /, then it can only match a
        // a pattern that ends in /, unless the pattern just
        // doesn't have any more for it. But, a/b/ should *not*
        // match "a/b/*", even though "" matches against the
        // [^/]*? pattern, except in partial mode, where it might
        // simply not be reached yet.
        // However, a/b/ should still satisfy a/*
        // now either we fell off the end of the pattern, or we're done.
        if (fi === fl && pi === pl) {
            // ran out of pattern and filename at the same time.
            // an exact hit!
            return true;
        }
        else if (fi === fl) {
            // ran out of file, but still had pattern left.
            // this is ok if we're doing the match as part of
            // a glob fs traversal.
            return partial;
        }
        else if (pi === pl) {
            // ran out of pattern, still have file left.
            // this is only acceptable if we're on the very last
            // empty segment of a file with a trailing slash.
            // a/* should match a/b/
            return fi === fl - 1 && file[fi] === '';
            /* c8 ignore start */
        }
        else {
            // should be unreachable.
            throw new Error('wtf?');
        }
        /* c8 ignore stop */
    }
    braceExpand() {
        return braceExpand(this.pattern, this.options);
    }
    parse(pattern) {
        assertValidPattern(pattern);
        const options = this.options;
        // shortcuts
        if (pattern === '**')
            return GLOBSTAR;
        if (pattern === '')
            return '';
        // far and away, the most common glob pattern parts are
        // *, *.*, and *.<ext>  Add a fast check method for those.
        let m;
        let fastTest = null;
        if ((m = pattern.match(starRE))) {
            fastTest = options.dot ? starTestDot : starTest;
        }
        else if ((m = pattern.match(starDotExtRE))) {
            fastTest = (options.nocase ?
                options.dot ?
                    starDotExtTestNocaseDot
                    : starDotExtTestNocase
                : options.dot ? starDotExtTestDot
                    : starDotExtTest)(m[1]);
        }
        else if ((m = pattern.match(qmarksRE))) {
            fastTest = (options.nocase ?
                options.dot ?
                    qmarksTestNocaseDot
                    : qmarksTestNocase
                : options.dot ? qmarksTestDot
                    : qmarksTest)(m);
        }
        else if ((m = pattern.match(starDotStarRE))) {
            fastTest = options.dot ? starDotStarTestDot : starDotStarTest;
        }
        else if ((m = pattern.match(dotStarRE))) {
            fastTest = dotStarTest;
        }
        const re = AST.fromGlob(pattern, this.options).toMMPattern();
        if (fastTest && typeof re === 'object') {
            // Avoids overriding in frozen environments
            Reflect.defineProperty(re, 'test', { value: fastTest });
        }
        return re;
    }
    makeRe() {
        if (this.regexp || this.regexp === false)
            return this.regexp;
        // at this point, this.set is a 2d array of partial
        // pattern strings, or "**".
        //
        // It's better to use .match().  This function shouldn't
        // be used, really, but it's pretty convenient sometimes,
        // when you just want to work with a regex.
        const set = this.set;
        if (!set.length) {
            this.regexp = false;
            return this.regexp;
        }
        const options = this.options;
        const twoStar = options.noglobstar ? esm_star
            : options.dot ? twoStarDot
                : twoStarNoDot;
        const flags = new Set(options.nocase ? ['i'] : []);
        // regexpify non-globstar patterns
        // if ** is only item, then we just do one twoStar
        // if ** is first, and there are more, prepend (\/|twoStar\/)? to next
        // if ** is last, append (\/twoStar|) to previous
        // if ** is in the middle, append (\/|\/twoStar\/) to previous
        // then filter out GLOBSTAR symbols
        let re = set
            .map(pattern => {
            const pp = pattern.map(p => {
                if (p instanceof RegExp) {
                    for (const f of p.flags.split(''))
                        flags.add(f);
                }
                return (typeof p === 'string' ? esm_regExpEscape(p)
                    : p === GLOBSTAR ? GLOBSTAR
                        : p._src);
            });
            pp.forEach((p, i) => {
                const next = pp[i + 1];
                const prev = pp[i - 1];
                if (p !== GLOBSTAR || prev === GLOBSTAR) {
                    return;
                }
                if (prev === undefined) {
                    if (next !== undefined && next !== GLOBSTAR) {
                        pp[i + 1] = '(?:\\/|' + twoStar + '\\/)?' + next;
                    }
                    else {
                        pp[i] = twoStar;
                    }
                }
                else if (next === undefined) {
                    pp[i - 1] = prev + '(?:\\/|\\/' + twoStar + ')?';
                }
                else if (next !== GLOBSTAR) {
                    pp[i - 1] = prev + '(?:\\/|\\/' + twoStar + '\\/)' + next;
                    pp[i + 1] = GLOBSTAR;
                }
            });
            const filtered = pp.filter(p => p !== GLOBSTAR);
            // For partial matches, we need to make the pattern match
            // any prefix of the full path. We do this by generating
            // alternative patterns that match progressively longer prefixes.
            if (this.partial && filtered.length >= 1) {
                const prefixes = [];
                for (let i = 1; i <= filtered.length; i++) {
                    prefixes.push(filtered.slice(0, i).join('/'));
                }
                return '(?:' + prefixes.join('|') + ')';
            }
            return filtered.join('/');
        })
            .join('|');
        // need to wrap in parens if we had more than one thing with |,
        // otherwise only the first will be anchored to ^ and the last to $
        const [open, close] = set.length > 1 ? ['(?:', ')'] : ['', ''];
        // must match entire pattern
        // ending in a * or ** will make it less strict.
        re = '^' + open + re + close + '$';
        // In partial mode, '/' should always match as it's a valid prefix for any pattern
        if (this.partial) {
            re = '^(?:\\/|' + open + re.slice(1, -1) + close + ')$';
        }
        // can match anything, as long as it's not this.
        if (this.negate)
            re = '^(?!' + re + ').+$';
        try {
            this.regexp = new RegExp(re, [...flags].join(''));
            /* c8 ignore start */
        }
        catch {
            // should be impossible
            this.regexp = false;
        }
        /* c8 ignore stop */
        return this.regexp;
    }
    slashSplit(p) {
        // if p starts with // on windows, we preserve that
        // so that UNC paths aren't broken.  Otherwise, any number of
        // / characters are coalesced into one, unless
        // preserveMultipleSlashes is set to true.
        if (this.preserveMultipleSlashes) {
            return p.split('/');
        }
        else if (this.isWindows && /^\/\/[^/]+/.test(p)) {
            // add an extra '' for the one we lose
            return ['', ...p.split(/\/+/)];
        }
        else {
            return p.split(/\/+/);
        }
    }
    match(f, partial = this.partial) {
        this.debug('match', f, this.pattern);
        // short-circuit in the case of busted things.
        // comments, etc.
        if (this.comment) {
            return false;
        }
        if (this.empty) {
            return f === '';
        }
        if (f === '/' && partial) {
            return true;
        }
        const options = this.options;
        // windows: need to use /, not \
        if (this.isWindows) {
            f = f.split('\\').join('/');
        }
        // treat the test path as a set of pathparts.
        const ff = this.slashSplit(f);
        this.debug(this.pattern, 'split', ff);
        // just ONE of the pattern sets in this.set needs to match
        // in order for it to be valid.  If negating, then just one
        // match means that we have failed.
        // Either way, return on the first hit.
        const set = this.set;
        this.debug(this.pattern, 'set', set);
        // Find the basename of the path by looking for the last non-empty segment
        let filename = ff[ff.length - 1];
        if (!filename) {
            for (let i = ff.length - 2; !filename && i >= 0; i--) {
                filename = ff[i];
            }
        }
        for (const pattern of set) {
            let file = ff;
            if (options.matchBase && pattern.length === 1) {
                file = [filename];
            }
            const hit = this.matchOne(file, pattern, partial);
            if (hit) {
                if (options.flipNegate) {
                    return true;
                }
                return !this.negate;
            }
        }
        // didn't get any hits.  this is success if it's a negative
        // pattern, failure otherwise.
        if (options.flipNegate) {
            return false;
        }
        return this.negate;
    }
    static defaults(def) {
        return minimatch.defaults(def).Minimatch;
    }
}
/* c8 ignore start */



/* c8 ignore stop */
minimatch.AST = AST;
minimatch.Minimatch = Minimatch;
minimatch.escape = escape_escape;
minimatch.unescape = unescape_unescape;
//# sourceMappingURL=index.js.map
// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(916);
;// CONCATENATED MODULE: ./src/load/discover.ts




const DEFAULT_INCLUDE = ['**/*.{yaml,yml,json}'];
/** Directories never walked: VCS metadata and installed packages are not manifests. */
const SKIPPED_DIRS = new Set(['.git', 'node_modules']);
/** resilint's own files are configuration, not manifests. */
const DEFAULT_EXCLUDE = ['**/.resilint.yaml', '**/.resilint.yml'];
class PathNotFoundError extends errors/* UsageError */.e {
    input;
    constructor(input) {
        super(`No such file, directory or matching glob: ${input}`);
        this.input = input;
    }
}
/**
 * Paths that exist but yield no manifest file: in CI a typo there would lint nothing and pass.
 * The CLI prints `resilint: ` before a usage message, so each further path gets its own such line.
 */
class NoManifestsError extends errors/* UsageError */.e {
    empty;
    constructor(empty, include) {
        super(empty
            // A glob picks its files itself; `include` only filters what a directory walk finds.
            .map((e) => `${e.input} matched no manifest files${e.glob ? '' : ` (include: ${include.join(', ')})`}`)
            .join('\nresilint: '));
        this.empty = empty;
    }
}
/**
 * Expands the user's paths (files, directories or globs) into a sorted list of files relative to
 * `cwd`, with `/` separators. A file named explicitly is always taken; files found by walking a
 * directory or a glob must match `include` and not `exclude`.
 */
function discoverFiles(inputs, options) {
    const include = options.include?.length ? options.include : DEFAULT_INCLUDE;
    const exclude = [...DEFAULT_EXCLUDE, ...(options.exclude ?? [])];
    const found = new Set();
    const rel = (abs) => toPosix(external_node_path_default().relative(options.cwd, abs) || '.');
    const matches = patternMatcher();
    const excluded = (relPath, rootRel) => exclude.some((p) => matches(relPath, p) || matches(rootRel, p));
    const empty = [];
    for (const input of inputs.length ? inputs : ['.']) {
        const abs = external_node_path_default().resolve(options.cwd, input);
        if (isGlob(input)) {
            const base = external_node_path_default().resolve(options.cwd, globBase(input));
            const pattern = toPosix(external_node_path_default().relative(base, abs));
            let matched = 0;
            for (const file of walk(base)) {
                const fromBase = toPosix(external_node_path_default().relative(base, file));
                if (!matches(fromBase, pattern))
                    continue;
                if (excluded(rel(file), fromBase))
                    continue;
                found.add(rel(file));
                matched++;
            }
            if (matched === 0 && !(0,external_node_fs_.existsSync)(base))
                throw new PathNotFoundError(input);
            if (matched === 0)
                empty.push({ input, glob: true });
            continue;
        }
        if (!(0,external_node_fs_.existsSync)(abs))
            throw new PathNotFoundError(input);
        if ((0,external_node_fs_.statSync)(abs).isDirectory()) {
            let matched = 0;
            for (const file of walk(abs)) {
                const fromRoot = toPosix(external_node_path_default().relative(abs, file));
                if (!include.some((p) => matches(fromRoot, p)))
                    continue;
                if (excluded(rel(file), fromRoot))
                    continue;
                found.add(rel(file));
                matched++;
            }
            if (matched === 0)
                empty.push({ input, glob: false });
        }
        else {
            found.add(rel(abs));
        }
    }
    if (options.requireManifests && empty.length)
        throw new NoManifestsError(empty, include);
    return [...found].sort();
}
/**
 * `minimatch(path, pattern, { dot: true })` with each pattern compiled once per run rather than
 * once per file and pattern (several regex compilations per file otherwise). Compiled on first
 * use, so a pattern that is never needed is never checked, as before.
 */
function patternMatcher() {
    const compiled = new Map();
    return (relPath, pattern) => {
        let m = compiled.get(pattern);
        if (m === undefined) {
            m = new Minimatch(pattern, { dot: true });
            compiled.set(pattern, m);
        }
        return m.match(relPath);
    };
}
function* walk(dir) {
    let entries;
    try {
        entries = (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true });
    }
    catch {
        return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
        const full = external_node_path_default().join(dir, entry.name);
        if (entry.isDirectory()) {
            if (!SKIPPED_DIRS.has(entry.name))
                yield* walk(full);
        }
        else if (entry.isFile())
            yield full;
    }
}
function isGlob(input) {
    return /[*?[\]{}]/.test(input);
}
/**
 * The directory part of a path or glob before its first magic segment (`k8s/prod/*.yaml` gives
 * `k8s/prod`, `*.yaml` gives `.`); either separator counts, so a Windows-style input gives the same root.
 */
function globBase(input) {
    const parts = input.split(/[\\/]/);
    const base = [];
    for (const part of parts) {
        if (isGlob(part))
            break;
        base.push(part);
    }
    return base.join('/') || '.';
}
function toPosix(p) {
    return p.split((external_node_path_default()).sep).join('/');
}


/***/ }),

/***/ 524:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  ER: () => (/* binding */ STDIN_FILE),
  pe: () => (/* binding */ STDIN_PATH),
  VH: () => (/* binding */ loadManifestText),
  DD: () => (/* binding */ loadManifests)
});

// UNUSED EXPORTS: DEFAULT_MAX_FILE_BYTES, EmptyStdinError, parseError

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(24);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(916);
// EXTERNAL MODULE: ./src/model/fingerprint.ts
var fingerprint = __nccwpck_require__(109);
// EXTERNAL MODULE: ./src/model/kinds.ts
var kinds = __nccwpck_require__(522);
// EXTERNAL MODULE: ./src/load/discover.ts + 8 modules
var discover = __nccwpck_require__(712);
// EXTERNAL MODULE: ./src/load/parse-yaml.ts + 2 modules
var parse_yaml = __nccwpck_require__(393);
;// CONCATENATED MODULE: external "node:buffer"
const external_node_buffer_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");
;// CONCATENATED MODULE: ./src/load/read-file.ts


/**
 * Reads a manifest file as UTF-8 text, refusing what cannot be a manifest before it reaches the
 * parser: files over the size limit (never read into memory), binary files, UTF-16 and invalid
 * UTF-8 (with the line and column of the first bad byte).
 */
function readManifestFile(absPath, maxBytes) {
    const size = (0,external_node_fs_.statSync)(absPath).size;
    if (size > maxBytes) {
        return {
            ok: false,
            reason: `file is ${formatBytes(size)}, over the ${formatBytes(maxBytes)} limit (raise it with --max-file-size)`,
            line: 1,
            column: 1,
        };
    }
    const bytes = Buffer.alloc(size);
    const fd = (0,external_node_fs_.openSync)(absPath, 'r');
    try {
        let read = 0;
        while (read < size) {
            const n = (0,external_node_fs_.readSync)(fd, bytes, read, size - read, read);
            if (n === 0)
                break;
            read += n;
        }
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
    return decodeManifestBytes(bytes);
}
function decodeManifestBytes(bytes) {
    if ((bytes[0] === 0xfe && bytes[1] === 0xff) || (bytes[0] === 0xff && bytes[1] === 0xfe)) {
        return { ok: false, reason: 'file is UTF-16 encoded; save it as UTF-8', line: 1, column: 1 };
    }
    const nul = bytes.indexOf(0);
    if (nul !== -1) {
        const at = lineColumnOfByte(bytes, nul);
        return { ok: false, reason: 'binary file (contains a NUL byte), not a manifest', ...at };
    }
    const bad = (0,external_node_buffer_namespaceObject.isUtf8)(bytes) ? -1 : firstInvalidUtf8(bytes);
    if (bad !== -1) {
        const at = lineColumnOfByte(bytes, bad);
        return { ok: false, reason: `invalid UTF-8 byte 0x${bytes[bad].toString(16).padStart(2, '0')}; save the file as UTF-8`, ...at };
    }
    let text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
    // A byte order mark is not content (YAML allows one at the start of a stream), and editors do not
    // count it as a column: drop it, so the first key stays at column 1 for the parser and the report.
    if (text.charCodeAt(0) === 0xfeff)
        text = text.slice(1);
    return { ok: true, text };
}
function firstInvalidUtf8(b) {
    let i = 0;
    const n = b.length;
    while (i < n) {
        const c = b[i];
        if (c < 0x80) {
            i++;
            continue;
        }
        let need;
        let min;
        if (c >= 0xc2 && c <= 0xdf)
            [need, min] = [1, 0x80];
        else if (c >= 0xe0 && c <= 0xef)
            [need, min] = [2, 0x800];
        else if (c >= 0xf0 && c <= 0xf4)
            [need, min] = [3, 0x10000];
        else
            return i;
        let cp = c & (need === 1 ? 0x1f : need === 2 ? 0x0f : 0x07);
        for (let k = 1; k <= need; k++) {
            const cc = b[i + k];
            if (cc === undefined || (cc & 0xc0) !== 0x80)
                return i;
            cp = (cp << 6) | (cc & 0x3f);
        }
        if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
            return i;
        i += need + 1;
    }
    return -1;
}
function lineColumnOfByte(b, at) {
    let line = 1;
    let lineStart = 0;
    for (let i = 0; i < at; i++) {
        if (b[i] === 10) {
            line++;
            lineStart = i + 1;
        }
    }
    return { line, column: at - lineStart + 1 };
}
function formatBytes(n) {
    if (n >= 1024 * 1024)
        return `${(n / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB`;
    if (n >= 1024)
        return `${(n / 1024).toFixed(1).replace(/\.0$/, '')} KB`;
    return `${n} bytes`;
}

// EXTERNAL MODULE: ./src/load/source-text.ts
var source_text = __nccwpck_require__(991);
;// CONCATENATED MODULE: ./src/load/template-markers.ts
/**
 * Whether a file uses Go template actions (`{{ ... }}`) as YAML structure: at the start of a key or
 * value, or on a line of their own. There YAML either fails to parse or silently reads the action
 * as a flow mapping (`replicas: {{ .Values.replicas }}` is `{replicas: {{.Values.replicas: null}: null}}`),
 * so such a file is an unrendered Helm (or similar) template, not a manifest.
 *
 * Actions inside quoted scalars, block scalars and comments are data: Prometheus alert templates
 * (`summary: "{{ $labels.instance }} down"`), Grafana legends in JSON, config files embedded in
 * ConfigMaps. So are actions in the middle of a plain scalar (`urlPath: /ns/{{request.namespace}}`,
 * as Kyverno policies write them): YAML reads them as part of a string, which lints as written.
 *
 * This is a scan, not a parser: it follows just enough YAML (quotes, comments, block scalars, flow
 * brackets) to know whether a `{{` sits where a node starts.
 */
function hasStructuralTemplate(text) {
    const lines = text.split(/\r?\n/);
    /** Inside a `|` or `>` block scalar: lines indented deeper than this column are its content. */
    let blockParentColumn;
    /** An open quoted scalar continues on the next line. */
    let openQuote;
    let flowDepth = 0;
    for (const line of lines) {
        const indent = line.search(/\S/);
        if (blockParentColumn !== undefined) {
            if (indent === -1 || indent > blockParentColumn)
                continue;
            blockParentColumn = undefined;
        }
        let i = 0;
        if (openQuote) {
            i = closingQuote(line, 0, openQuote);
            if (i === -1)
                continue;
            openQuote = undefined;
            i++;
        }
        let atNodeStart = i === 0;
        /** Column of the key (or `- `) that owns a block scalar starting on this line. */
        let parentColumn = indent;
        for (; i < line.length; i++) {
            const c = line[i];
            const next = line[i + 1];
            const spaceOrEnd = next === undefined || next === ' ' || next === '\t';
            if (c === ' ' || c === '\t')
                continue;
            if (c === '#' && (i === 0 || line[i - 1] === ' ' || line[i - 1] === '\t'))
                break;
            if (!atNodeStart) {
                // A plain scalar, or what follows a quoted one, until a `: ` or a flow separator starts a new node.
                if (c === ':' && (spaceOrEnd || flowDepth > 0))
                    atNodeStart = true;
                else if (flowDepth > 0 && c === ',')
                    atNodeStart = true;
                else if (flowDepth > 0 && (c === ']' || c === '}'))
                    flowDepth--;
                continue;
            }
            if (c === '{' && next === '{')
                return true;
            if (c === '"' || c === "'") {
                parentColumn = i;
                const end = closingQuote(line, i + 1, c);
                if (end === -1) {
                    openQuote = c;
                    break;
                }
                i = end;
                atNodeStart = false;
                continue;
            }
            if (c === '-' && spaceOrEnd) {
                parentColumn = i;
                continue;
            }
            if (c === '?' && spaceOrEnd)
                continue;
            if (c === '[' || c === '{') {
                flowDepth++;
                continue;
            }
            if ((c === '|' || c === '>') && /^[|>][0-9+-]*(\s+#.*)?\s*$/.test(line.slice(i))) {
                blockParentColumn = parentColumn;
                break;
            }
            if (c === ']' || c === '}') {
                flowDepth = Math.max(0, flowDepth - 1);
                atNodeStart = false;
                continue;
            }
            // A plain scalar starts here. If it turns out to be a key, its value's block scalar belongs to it.
            parentColumn = i;
            atNodeStart = false;
        }
    }
    return false;
}
/** Index of the quote closing a scalar opened before `from`, or -1 when it continues past the line. */
function closingQuote(line, from, quote) {
    for (let i = from; i < line.length; i++) {
        const c = line[i];
        if (quote === '"' && c === '\\')
            i++;
        else if (c === quote) {
            if (quote === "'" && line[i + 1] === "'")
                i++; // '' is an escaped quote
            else
                return i;
        }
    }
    return -1;
}

;// CONCATENATED MODULE: ./src/load/load-manifests.ts










/** The path argument that means "read stdin", as in `helm template . | resilint -`. */
const STDIN_PATH = '-';
/** How findings name manifests that came from stdin. */
const STDIN_FILE = '<stdin>';
/**
 * `helm template . | resilint -` where helm printed nothing (or failed) would otherwise lint nothing
 * and pass: with `requireManifests`, stdin without a single manifest is a usage error, as an empty
 * directory is.
 */
class EmptyStdinError extends errors/* UsageError */.e {
    constructor(piped) {
        const why = piped.skippedFiles > 0
            ? ': it looks like an unrendered Helm template ({{ }}); pipe the output of `helm template` instead'
            : piped.skippedDocuments > 0
                ? ` (${piped.skippedDocuments} document(s) without apiVersion and kind)`
                : '';
        super(`${STDIN_PATH}: stdin held no manifests${why}`);
    }
}
const DEFAULT_MAX_FILE_BYTES = 20 * 1024 * 1024;
/**
 * Loads every manifest under `paths` (and stdin for `-` when `stdinText` is given); never throws
 * for bad input, only for paths that don't exist or, with `requireManifests`, yield no file.
 */
function loadManifests(paths, options = {}) {
    const cwd = options.cwd ?? process.cwd();
    const readsStdin = options.stdinText !== undefined && paths.includes(STDIN_PATH);
    const diskPaths = readsStdin ? paths.filter((p) => p !== STDIN_PATH) : paths;
    // `resilint -` alone reads stdin only; an empty list would otherwise mean the default `.`.
    const files = readsStdin && diskPaths.length === 0
        ? []
        : (0,discover/* discoverFiles */.ZO)(diskPaths, { cwd, include: options.include, exclude: options.exclude, requireManifests: options.requireManifests });
    const result = emptyResult();
    if (readsStdin) {
        const piped = loadManifestText(options.stdinText, STDIN_FILE, options);
        // A parse error is reported as a finding; silence on a pipe means the command before it failed.
        if (options.requireManifests && piped.objects.length === 0 && piped.problems.length === 0)
            throw new EmptyStdinError(piped);
        result.files.push(STDIN_FILE);
        mergeInto(result, piped);
    }
    const limits = parseLimits(options);
    for (const file of files) {
        const abs = external_node_path_default().resolve(cwd, file);
        const read = readManifestFile(abs, options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES);
        result.files.push(file);
        if (!read.ok) {
            result.problems.push(parseError(file, read.reason, { line: read.line, column: read.column, endLine: read.line, endColumn: read.column }));
        }
        else {
            addManifestText(result, read.text, file, options.namespace, limits, isHelmChartTemplate(abs));
        }
        options.onFile?.(result.files.length, files.length);
    }
    return result;
}
/** Loads manifests from text already in memory (used by `loadManifests`, rule tests and the Action). */
function loadManifestText(text, file, options = {}) {
    const result = emptyResult();
    result.files.push(file);
    addManifestText(result, text, file, options.namespace, parseLimits(options), options.helmChartTemplate ?? false);
    return result;
}
function emptyResult() {
    return { objects: [], files: [], problems: [], notes: [], skippedDocuments: 0, skippedFiles: 0, sources: new Map() };
}
function parseLimits(options) {
    return { ...parse_yaml/* DEFAULT_PARSE_LIMITS */.t, ...options.limits };
}
/**
 * Loads one file's text into `result` (its source, objects, problems, notes and skip counts), so a
 * run over many files fills one result instead of building and merging one per file.
 */
function addManifestText(result, text, file, defaultNamespace, limits, helmChartTemplate) {
    const source = new source_text/* SourceText */.D(file, text);
    result.sources.set(file, source);
    const looksLikeHelm = hasTemplateAction(text);
    // A template action used as YAML structure often still parses (as a flow mapping), into objects
    // whose fields hold maps where numbers and strings belong: skip before rules see them.
    if (looksLikeHelm && (helmChartTemplate || hasStructuralTemplate(text))) {
        skipHelm(result, file);
        return;
    }
    const { documents, problems } = (0,parse_yaml/* parseYamlDocuments */.v)(source, limits);
    if (problems.length && looksLikeHelm) {
        // Go templates are not YAML until rendered; a parse error there is expected, not a finding.
        skipHelm(result, file);
        return;
    }
    for (const p of problems) {
        const at = source.position(p.offset);
        result.problems.push(parseError(file, p.reason, { line: at.line, column: at.column, endLine: at.line, endColumn: at.column }));
    }
    for (const doc of documents) {
        const value = doc.value;
        if (value === null || value === undefined)
            continue; // an empty document is nothing, not a skip
        if (!isManifest(value)) {
            result.skippedDocuments++;
            continue;
        }
        if ((0,kinds/* isListKind */.B)(value.kind) && Array.isArray(value.items)) {
            value.items.forEach((item, i) => {
                if (isManifest(item))
                    result.objects.push(makeObject(file, doc.index, item, doc.positions, value, ['items', i], defaultNamespace, i));
                else
                    result.skippedDocuments++;
            });
            continue;
        }
        result.objects.push(makeObject(file, doc.index, value, doc.positions, value, NO_PREFIX, defaultNamespace));
    }
}
/** A `{{` with a `}}` somewhere after it: a Go template action (the test `/\{\{[\s\S]*?\}\}/` makes, without a regex). */
function hasTemplateAction(text) {
    const open = text.indexOf('{{');
    return open !== -1 && text.indexOf('}}', open + 2) !== -1;
}
function isManifest(v) {
    return (v !== null &&
        typeof v === 'object' &&
        !Array.isArray(v) &&
        typeof v.apiVersion === 'string' &&
        typeof v.kind === 'string' &&
        v.kind !== '');
}
function makeObject(file, docIndex, raw, positions, docValue, prefix, defaultNamespace, listIndex) {
    const meta = raw.metadata && typeof raw.metadata === 'object' ? raw.metadata : {};
    const name = typeof meta.name === 'string' ? meta.name : typeof meta.generateName === 'string' ? meta.generateName : '';
    const namespace = (0,kinds/* isClusterScoped */.Z)(raw.kind)
        ? undefined
        : typeof meta.namespace === 'string' && meta.namespace
            ? meta.namespace
            : (defaultNamespace ?? 'default');
    const obj = new LoadedManifest(raw.apiVersion, raw.kind, name, namespace, file, docIndex, raw, positions, docValue, prefix);
    if (listIndex !== undefined)
        obj.listIndex = listIndex;
    return obj;
}
/** A document's (or List item's) root inside its document, for the documents that are objects themselves. */
const NO_PREFIX = [];
/**
 * A loaded manifest. `locate` and `range` are methods on the prototype rather than closures made
 * per object: a large repository loads tens of thousands of objects, most never asked for a position.
 * The fields they read are plain own properties, so a spread copy that keeps `locate: o.locate`
 * (as the admission adapter's Pod view does) still works.
 */
class LoadedManifest {
    apiVersion;
    kind;
    name;
    namespace;
    file;
    docIndex;
    raw;
    positions;
    docValue;
    prefix;
    cachedRange = undefined;
    constructor(apiVersion, kind, name, namespace, file, docIndex, raw, positions, 
    /** The parsed document, and where this object sits in it (`['items', i]` in a List). */
    docValue, prefix) {
        this.apiVersion = apiVersion;
        this.kind = kind;
        this.name = name;
        this.namespace = namespace;
        this.file = file;
        this.docIndex = docIndex;
        this.raw = raw;
        this.positions = positions;
        this.docValue = docValue;
        this.prefix = prefix;
    }
    get range() {
        this.cachedRange ??= this.positions.span(this.docValue, this.prefix);
        return this.cachedRange;
    }
    locate(path) {
        return this.positions.locate(this.docValue, path, this.prefix);
    }
}
function parseError(file, reason, at) {
    return {
        ruleId: 'parse-error',
        severity: 'error',
        message: reason,
        file,
        ...at,
        fingerprint: (0,fingerprint/* fingerprint */.R)(['parse-error', file, reason]),
        suppressed: false,
    };
}
function skipHelm(result, file) {
    result.skippedFiles++;
    result.notes.push(`${file}: skipped, looks like a Helm template ({{ }}); lint the rendered output (helm template … | resilint -)`);
}
/** `templates/` next to a `Chart.yaml` is a Helm chart's template folder. */
function isHelmChartTemplate(abs) {
    const dir = external_node_path_default().dirname(abs);
    let d = dir;
    for (let i = 0; i < 4 && external_node_path_default().basename(d) !== ''; i++) {
        if (external_node_path_default().basename(d) === 'templates' && (0,external_node_fs_.existsSync)(external_node_path_default().join(external_node_path_default().dirname(d), 'Chart.yaml')))
            return true;
        d = external_node_path_default().dirname(d);
    }
    return false;
}
function mergeInto(into, from) {
    // A loop, not push(...array): a spread of a huge file's objects would overflow the call stack.
    for (const o of from.objects)
        into.objects.push(o);
    for (const p of from.problems)
        into.problems.push(p);
    for (const n of from.notes)
        into.notes.push(n);
    into.skippedDocuments += from.skippedDocuments;
    into.skippedFiles += from.skippedFiles;
    for (const [k, v] of from.sources)
        into.sources.set(k, v);
}


/***/ }),

/***/ 393:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  t: () => (/* binding */ DEFAULT_PARSE_LIMITS),
  v: () => (/* binding */ parseYamlDocuments)
});

;// CONCATENATED MODULE: ./node_modules/js-yaml/dist/js-yaml.mjs
function getDefaultExportFromCjs(x) {
  return x && x.__esModule && Object.prototype.hasOwnProperty.call(x, "default") ? x["default"] : x;
}
var jsYaml = {};
var loader = {};
var common = {};
var hasRequiredCommon;
function requireCommon() {
  if (hasRequiredCommon) return common;
  hasRequiredCommon = 1;
  function isNothing(subject) {
    return typeof subject === "undefined" || subject === null;
  }
  function isObject(subject) {
    return typeof subject === "object" && subject !== null;
  }
  function toArray(sequence) {
    if (Array.isArray(sequence)) return sequence;
    else if (isNothing(sequence)) return [];
    return [sequence];
  }
  function extend(target, source) {
    if (source) {
      const sourceKeys = Object.keys(source);
      for (let index = 0, length = sourceKeys.length; index < length; index += 1) {
        const key = sourceKeys[index];
        target[key] = source[key];
      }
    }
    return target;
  }
  function repeat(string, count) {
    let result = "";
    for (let cycle = 0; cycle < count; cycle += 1) {
      result += string;
    }
    return result;
  }
  function isNegativeZero(number) {
    return number === 0 && Number.NEGATIVE_INFINITY === 1 / number;
  }
  common.isNothing = isNothing;
  common.isObject = isObject;
  common.toArray = toArray;
  common.repeat = repeat;
  common.isNegativeZero = isNegativeZero;
  common.extend = extend;
  return common;
}
var exception;
var hasRequiredException;
function requireException() {
  if (hasRequiredException) return exception;
  hasRequiredException = 1;
  function formatError(exception2, compact) {
    let where = "";
    const message = exception2.reason || "(unknown reason)";
    if (!exception2.mark) return message;
    if (exception2.mark.name) {
      where += 'in "' + exception2.mark.name + '" ';
    }
    where += "(" + (exception2.mark.line + 1) + ":" + (exception2.mark.column + 1) + ")";
    if (!compact && exception2.mark.snippet) {
      where += "\n\n" + exception2.mark.snippet;
    }
    return message + " " + where;
  }
  function YAMLException2(reason, mark) {
    Error.call(this);
    this.name = "YAMLException";
    this.reason = reason;
    this.mark = mark;
    this.message = formatError(this, false);
    if (Error.captureStackTrace) {
      Error.captureStackTrace(this, this.constructor);
    } else {
      this.stack = new Error().stack || "";
    }
  }
  YAMLException2.prototype = Object.create(Error.prototype);
  YAMLException2.prototype.constructor = YAMLException2;
  YAMLException2.prototype.toString = function toString(compact) {
    return this.name + ": " + formatError(this, compact);
  };
  exception = YAMLException2;
  return exception;
}
var snippet;
var hasRequiredSnippet;
function requireSnippet() {
  if (hasRequiredSnippet) return snippet;
  hasRequiredSnippet = 1;
  const common2 = requireCommon();
  function getLine(buffer, lineStart, lineEnd, position, maxLineLength) {
    let head = "";
    let tail = "";
    const maxHalfLength = Math.floor(maxLineLength / 2) - 1;
    if (position - lineStart > maxHalfLength) {
      head = " ... ";
      lineStart = position - maxHalfLength + head.length;
    }
    if (lineEnd - position > maxHalfLength) {
      tail = " ...";
      lineEnd = position + maxHalfLength - tail.length;
    }
    return {
      str: head + buffer.slice(lineStart, lineEnd).replace(/\t/g, "→") + tail,
      pos: position - lineStart + head.length
      // relative position
    };
  }
  function padStart(string, max) {
    return common2.repeat(" ", max - string.length) + string;
  }
  function makeSnippet(mark, options) {
    options = Object.create(options || null);
    if (!mark.buffer) return null;
    if (!options.maxLength) options.maxLength = 79;
    if (typeof options.indent !== "number") options.indent = 1;
    if (typeof options.linesBefore !== "number") options.linesBefore = 3;
    if (typeof options.linesAfter !== "number") options.linesAfter = 2;
    const re = /\r?\n|\r|\0/g;
    const lineStarts = [0];
    const lineEnds = [];
    let match;
    let foundLineNo = -1;
    while (match = re.exec(mark.buffer)) {
      lineEnds.push(match.index);
      lineStarts.push(match.index + match[0].length);
      if (mark.position <= match.index && foundLineNo < 0) {
        foundLineNo = lineStarts.length - 2;
      }
    }
    if (foundLineNo < 0) foundLineNo = lineStarts.length - 1;
    let result = "";
    const lineNoLength = Math.min(mark.line + options.linesAfter, lineEnds.length).toString().length;
    const maxLineLength = options.maxLength - (options.indent + lineNoLength + 3);
    for (let i = 1; i <= options.linesBefore; i++) {
      if (foundLineNo - i < 0) break;
      const line2 = getLine(
        mark.buffer,
        lineStarts[foundLineNo - i],
        lineEnds[foundLineNo - i],
        mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo - i]),
        maxLineLength
      );
      result = common2.repeat(" ", options.indent) + padStart((mark.line - i + 1).toString(), lineNoLength) + " | " + line2.str + "\n" + result;
    }
    const line = getLine(mark.buffer, lineStarts[foundLineNo], lineEnds[foundLineNo], mark.position, maxLineLength);
    result += common2.repeat(" ", options.indent) + padStart((mark.line + 1).toString(), lineNoLength) + " | " + line.str + "\n";
    result += common2.repeat("-", options.indent + lineNoLength + 3 + line.pos) + "^\n";
    for (let i = 1; i <= options.linesAfter; i++) {
      if (foundLineNo + i >= lineEnds.length) break;
      const line2 = getLine(
        mark.buffer,
        lineStarts[foundLineNo + i],
        lineEnds[foundLineNo + i],
        mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo + i]),
        maxLineLength
      );
      result += common2.repeat(" ", options.indent) + padStart((mark.line + i + 1).toString(), lineNoLength) + " | " + line2.str + "\n";
    }
    return result.replace(/\n$/, "");
  }
  snippet = makeSnippet;
  return snippet;
}
var type;
var hasRequiredType;
function requireType() {
  if (hasRequiredType) return type;
  hasRequiredType = 1;
  const YAMLException2 = requireException();
  const TYPE_CONSTRUCTOR_OPTIONS = [
    "kind",
    "multi",
    "resolve",
    "construct",
    "instanceOf",
    "predicate",
    "represent",
    "representName",
    "defaultStyle",
    "styleAliases"
  ];
  const YAML_NODE_KINDS = [
    "scalar",
    "sequence",
    "mapping"
  ];
  function compileStyleAliases(map2) {
    const result = {};
    if (map2 !== null) {
      Object.keys(map2).forEach(function(style) {
        map2[style].forEach(function(alias) {
          result[String(alias)] = style;
        });
      });
    }
    return result;
  }
  function Type2(tag, options) {
    options = options || {};
    Object.keys(options).forEach(function(name) {
      if (TYPE_CONSTRUCTOR_OPTIONS.indexOf(name) === -1) {
        throw new YAMLException2('Unknown option "' + name + '" is met in definition of "' + tag + '" YAML type.');
      }
    });
    this.options = options;
    this.tag = tag;
    this.kind = options["kind"] || null;
    this.resolve = options["resolve"] || function() {
      return true;
    };
    this.construct = options["construct"] || function(data) {
      return data;
    };
    this.instanceOf = options["instanceOf"] || null;
    this.predicate = options["predicate"] || null;
    this.represent = options["represent"] || null;
    this.representName = options["representName"] || null;
    this.defaultStyle = options["defaultStyle"] || null;
    this.multi = options["multi"] || false;
    this.styleAliases = compileStyleAliases(options["styleAliases"] || null);
    if (YAML_NODE_KINDS.indexOf(this.kind) === -1) {
      throw new YAMLException2('Unknown kind "' + this.kind + '" is specified for "' + tag + '" YAML type.');
    }
  }
  type = Type2;
  return type;
}
var schema;
var hasRequiredSchema;
function requireSchema() {
  if (hasRequiredSchema) return schema;
  hasRequiredSchema = 1;
  const YAMLException2 = requireException();
  const Type2 = requireType();
  function compileList(schema2, name) {
    const result = [];
    schema2[name].forEach(function(currentType) {
      let newIndex = result.length;
      result.forEach(function(previousType, previousIndex) {
        if (previousType.tag === currentType.tag && previousType.kind === currentType.kind && previousType.multi === currentType.multi) {
          newIndex = previousIndex;
        }
      });
      result[newIndex] = currentType;
    });
    return result;
  }
  function compileMap() {
    const result = {
      scalar: {},
      sequence: {},
      mapping: {},
      fallback: {},
      multi: {
        scalar: [],
        sequence: [],
        mapping: [],
        fallback: []
      }
    };
    function collectType(type2) {
      if (type2.multi) {
        result.multi[type2.kind].push(type2);
        result.multi["fallback"].push(type2);
      } else {
        result[type2.kind][type2.tag] = result["fallback"][type2.tag] = type2;
      }
    }
    for (let index = 0, length = arguments.length; index < length; index += 1) {
      arguments[index].forEach(collectType);
    }
    return result;
  }
  function Schema2(definition) {
    return this.extend(definition);
  }
  Schema2.prototype.extend = function extend(definition) {
    let implicit = [];
    let explicit = [];
    if (definition instanceof Type2) {
      explicit.push(definition);
    } else if (Array.isArray(definition)) {
      explicit = explicit.concat(definition);
    } else if (definition && (Array.isArray(definition.implicit) || Array.isArray(definition.explicit))) {
      if (definition.implicit) implicit = implicit.concat(definition.implicit);
      if (definition.explicit) explicit = explicit.concat(definition.explicit);
    } else {
      throw new YAMLException2("Schema.extend argument should be a Type, [ Type ], or a schema definition ({ implicit: [...], explicit: [...] })");
    }
    implicit.forEach(function(type2) {
      if (!(type2 instanceof Type2)) {
        throw new YAMLException2("Specified list of YAML types (or a single Type object) contains a non-Type object.");
      }
      if (type2.loadKind && type2.loadKind !== "scalar") {
        throw new YAMLException2("There is a non-scalar type in the implicit list of a schema. Implicit resolving of such types is not supported.");
      }
      if (type2.multi) {
        throw new YAMLException2("There is a multi type in the implicit list of a schema. Multi tags can only be listed as explicit.");
      }
    });
    explicit.forEach(function(type2) {
      if (!(type2 instanceof Type2)) {
        throw new YAMLException2("Specified list of YAML types (or a single Type object) contains a non-Type object.");
      }
    });
    const result = Object.create(Schema2.prototype);
    result.implicit = (this.implicit || []).concat(implicit);
    result.explicit = (this.explicit || []).concat(explicit);
    result.compiledImplicit = compileList(result, "implicit");
    result.compiledExplicit = compileList(result, "explicit");
    result.compiledTypeMap = compileMap(result.compiledImplicit, result.compiledExplicit);
    return result;
  };
  schema = Schema2;
  return schema;
}
var str;
var hasRequiredStr;
function requireStr() {
  if (hasRequiredStr) return str;
  hasRequiredStr = 1;
  const Type2 = requireType();
  str = new Type2("tag:yaml.org,2002:str", {
    kind: "scalar",
    construct: function(data) {
      return data !== null ? data : "";
    }
  });
  return str;
}
var seq;
var hasRequiredSeq;
function requireSeq() {
  if (hasRequiredSeq) return seq;
  hasRequiredSeq = 1;
  const Type2 = requireType();
  seq = new Type2("tag:yaml.org,2002:seq", {
    kind: "sequence",
    construct: function(data) {
      return data !== null ? data : [];
    }
  });
  return seq;
}
var map;
var hasRequiredMap;
function requireMap() {
  if (hasRequiredMap) return map;
  hasRequiredMap = 1;
  const Type2 = requireType();
  map = new Type2("tag:yaml.org,2002:map", {
    kind: "mapping",
    construct: function(data) {
      return data !== null ? data : {};
    }
  });
  return map;
}
var failsafe;
var hasRequiredFailsafe;
function requireFailsafe() {
  if (hasRequiredFailsafe) return failsafe;
  hasRequiredFailsafe = 1;
  const Schema2 = requireSchema();
  failsafe = new Schema2({
    explicit: [
      requireStr(),
      requireSeq(),
      requireMap()
    ]
  });
  return failsafe;
}
var _null;
var hasRequired_null;
function require_null() {
  if (hasRequired_null) return _null;
  hasRequired_null = 1;
  const Type2 = requireType();
  function resolveYamlNull(data) {
    if (data === null) return true;
    const max = data.length;
    return max === 1 && data === "~" || max === 4 && (data === "null" || data === "Null" || data === "NULL");
  }
  function constructYamlNull() {
    return null;
  }
  function isNull(object) {
    return object === null;
  }
  _null = new Type2("tag:yaml.org,2002:null", {
    kind: "scalar",
    resolve: resolveYamlNull,
    construct: constructYamlNull,
    predicate: isNull,
    represent: {
      canonical: function() {
        return "~";
      },
      lowercase: function() {
        return "null";
      },
      uppercase: function() {
        return "NULL";
      },
      camelcase: function() {
        return "Null";
      },
      empty: function() {
        return "";
      }
    },
    defaultStyle: "lowercase"
  });
  return _null;
}
var bool;
var hasRequiredBool;
function requireBool() {
  if (hasRequiredBool) return bool;
  hasRequiredBool = 1;
  const Type2 = requireType();
  function resolveYamlBoolean(data) {
    if (data === null) return false;
    const max = data.length;
    return max === 4 && (data === "true" || data === "True" || data === "TRUE") || max === 5 && (data === "false" || data === "False" || data === "FALSE");
  }
  function constructYamlBoolean(data) {
    return data === "true" || data === "True" || data === "TRUE";
  }
  function isBoolean(object) {
    return Object.prototype.toString.call(object) === "[object Boolean]";
  }
  bool = new Type2("tag:yaml.org,2002:bool", {
    kind: "scalar",
    resolve: resolveYamlBoolean,
    construct: constructYamlBoolean,
    predicate: isBoolean,
    represent: {
      lowercase: function(object) {
        return object ? "true" : "false";
      },
      uppercase: function(object) {
        return object ? "TRUE" : "FALSE";
      },
      camelcase: function(object) {
        return object ? "True" : "False";
      }
    },
    defaultStyle: "lowercase"
  });
  return bool;
}
var js_yaml_int;
var hasRequiredInt;
function requireInt() {
  if (hasRequiredInt) return js_yaml_int;
  hasRequiredInt = 1;
  const common2 = requireCommon();
  const Type2 = requireType();
  function isHexCode(c) {
    return c >= 48 && c <= 57 || c >= 65 && c <= 70 || c >= 97 && c <= 102;
  }
  function isOctCode(c) {
    return c >= 48 && c <= 55;
  }
  function isDecCode(c) {
    return c >= 48 && c <= 57;
  }
  function resolveYamlInteger(data) {
    if (data === null) return false;
    const max = data.length;
    let index = 0;
    let hasDigits = false;
    if (!max) return false;
    let ch = data[index];
    if (ch === "-" || ch === "+") {
      ch = data[++index];
    }
    if (ch === "0") {
      if (index + 1 === max) return true;
      ch = data[++index];
      if (ch === "b") {
        index++;
        for (; index < max; index++) {
          ch = data[index];
          if (ch !== "0" && ch !== "1") return false;
          hasDigits = true;
        }
        return hasDigits && isFinite(parseYamlInteger(data));
      }
      if (ch === "x") {
        index++;
        for (; index < max; index++) {
          if (!isHexCode(data.charCodeAt(index))) return false;
          hasDigits = true;
        }
        return hasDigits && isFinite(parseYamlInteger(data));
      }
      if (ch === "o") {
        index++;
        for (; index < max; index++) {
          if (!isOctCode(data.charCodeAt(index))) return false;
          hasDigits = true;
        }
        return hasDigits && isFinite(parseYamlInteger(data));
      }
    }
    for (; index < max; index++) {
      if (!isDecCode(data.charCodeAt(index))) {
        return false;
      }
      hasDigits = true;
    }
    if (!hasDigits) return false;
    return isFinite(parseYamlInteger(data));
  }
  function parseYamlInteger(data) {
    let value = data;
    let sign = 1;
    let ch = value[0];
    if (ch === "-" || ch === "+") {
      if (ch === "-") sign = -1;
      value = value.slice(1);
      ch = value[0];
    }
    if (value === "0") return 0;
    if (ch === "0") {
      if (value[1] === "b") return sign * parseInt(value.slice(2), 2);
      if (value[1] === "x") return sign * parseInt(value.slice(2), 16);
      if (value[1] === "o") return sign * parseInt(value.slice(2), 8);
    }
    return sign * parseInt(value, 10);
  }
  function constructYamlInteger(data) {
    return parseYamlInteger(data);
  }
  function isInteger(object) {
    return Object.prototype.toString.call(object) === "[object Number]" && (object % 1 === 0 && !common2.isNegativeZero(object));
  }
  js_yaml_int = new Type2("tag:yaml.org,2002:int", {
    kind: "scalar",
    resolve: resolveYamlInteger,
    construct: constructYamlInteger,
    predicate: isInteger,
    represent: {
      binary: function(obj) {
        return obj >= 0 ? "0b" + obj.toString(2) : "-0b" + obj.toString(2).slice(1);
      },
      octal: function(obj) {
        return obj >= 0 ? "0o" + obj.toString(8) : "-0o" + obj.toString(8).slice(1);
      },
      decimal: function(obj) {
        return obj.toString(10);
      },
      hexadecimal: function(obj) {
        return obj >= 0 ? "0x" + obj.toString(16).toUpperCase() : "-0x" + obj.toString(16).toUpperCase().slice(1);
      }
    },
    defaultStyle: "decimal",
    styleAliases: {
      binary: [2, "bin"],
      octal: [8, "oct"],
      decimal: [10, "dec"],
      hexadecimal: [16, "hex"]
    }
  });
  return js_yaml_int;
}
var js_yaml_float;
var hasRequiredFloat;
function requireFloat() {
  if (hasRequiredFloat) return js_yaml_float;
  hasRequiredFloat = 1;
  const common2 = requireCommon();
  const Type2 = requireType();
  const YAML_FLOAT_PATTERN = new RegExp(
    // 2.5e4, 2.5 and integers
    "^(?:[-+]?(?:[0-9]+)(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"
  );
  const YAML_FLOAT_SPECIAL_PATTERN = new RegExp(
    "^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"
  );
  function resolveYamlFloat(data) {
    if (data === null) return false;
    if (!YAML_FLOAT_PATTERN.test(data)) {
      return false;
    }
    if (isFinite(parseFloat(data, 10))) {
      return true;
    }
    return YAML_FLOAT_SPECIAL_PATTERN.test(data);
  }
  function constructYamlFloat(data) {
    let value = data.toLowerCase();
    const sign = value[0] === "-" ? -1 : 1;
    if ("+-".indexOf(value[0]) >= 0) {
      value = value.slice(1);
    }
    if (value === ".inf") {
      return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
    } else if (value === ".nan") {
      return NaN;
    }
    return sign * parseFloat(value, 10);
  }
  const SCIENTIFIC_WITHOUT_DOT = /^[-+]?[0-9]+e/;
  function representYamlFloat(object, style) {
    if (isNaN(object)) {
      switch (style) {
        case "lowercase":
          return ".nan";
        case "uppercase":
          return ".NAN";
        case "camelcase":
          return ".NaN";
      }
    } else if (Number.POSITIVE_INFINITY === object) {
      switch (style) {
        case "lowercase":
          return ".inf";
        case "uppercase":
          return ".INF";
        case "camelcase":
          return ".Inf";
      }
    } else if (Number.NEGATIVE_INFINITY === object) {
      switch (style) {
        case "lowercase":
          return "-.inf";
        case "uppercase":
          return "-.INF";
        case "camelcase":
          return "-.Inf";
      }
    } else if (common2.isNegativeZero(object)) {
      return "-0.0";
    }
    const res = object.toString(10);
    return SCIENTIFIC_WITHOUT_DOT.test(res) ? res.replace("e", ".e") : res;
  }
  function isFloat(object) {
    return Object.prototype.toString.call(object) === "[object Number]" && (object % 1 !== 0 || common2.isNegativeZero(object));
  }
  js_yaml_float = new Type2("tag:yaml.org,2002:float", {
    kind: "scalar",
    resolve: resolveYamlFloat,
    construct: constructYamlFloat,
    predicate: isFloat,
    represent: representYamlFloat,
    defaultStyle: "lowercase"
  });
  return js_yaml_float;
}
var json;
var hasRequiredJson;
function requireJson() {
  if (hasRequiredJson) return json;
  hasRequiredJson = 1;
  json = requireFailsafe().extend({
    implicit: [
      require_null(),
      requireBool(),
      requireInt(),
      requireFloat()
    ]
  });
  return json;
}
var core;
var hasRequiredCore;
function requireCore() {
  if (hasRequiredCore) return core;
  hasRequiredCore = 1;
  core = requireJson();
  return core;
}
var timestamp;
var hasRequiredTimestamp;
function requireTimestamp() {
  if (hasRequiredTimestamp) return timestamp;
  hasRequiredTimestamp = 1;
  const Type2 = requireType();
  const YAML_DATE_REGEXP = new RegExp(
    "^([0-9][0-9][0-9][0-9])-([0-9][0-9])-([0-9][0-9])$"
  );
  const YAML_TIMESTAMP_REGEXP = new RegExp(
    "^([0-9][0-9][0-9][0-9])-([0-9][0-9]?)-([0-9][0-9]?)(?:[Tt]|[ \\t]+)([0-9][0-9]?):([0-9][0-9]):([0-9][0-9])(?:\\.([0-9]*))?(?:[ \\t]*(Z|([-+])([0-9][0-9]?)(?::([0-9][0-9]))?))?$"
  );
  function resolveYamlTimestamp(data) {
    if (data === null) return false;
    if (YAML_DATE_REGEXP.exec(data) !== null) return true;
    if (YAML_TIMESTAMP_REGEXP.exec(data) !== null) return true;
    return false;
  }
  function constructYamlTimestamp(data) {
    let fraction = 0;
    let delta = null;
    let match = YAML_DATE_REGEXP.exec(data);
    if (match === null) match = YAML_TIMESTAMP_REGEXP.exec(data);
    if (match === null) throw new Error("Date resolve error");
    const year = +match[1];
    const month = +match[2] - 1;
    const day = +match[3];
    if (!match[4]) {
      return new Date(Date.UTC(year, month, day));
    }
    const hour = +match[4];
    const minute = +match[5];
    const second = +match[6];
    if (match[7]) {
      fraction = match[7].slice(0, 3);
      while (fraction.length < 3) {
        fraction += "0";
      }
      fraction = +fraction;
    }
    if (match[9]) {
      const tzHour = +match[10];
      const tzMinute = +(match[11] || 0);
      delta = (tzHour * 60 + tzMinute) * 6e4;
      if (match[9] === "-") delta = -delta;
    }
    const date = new Date(Date.UTC(year, month, day, hour, minute, second, fraction));
    if (delta) date.setTime(date.getTime() - delta);
    return date;
  }
  function representYamlTimestamp(object) {
    return object.toISOString();
  }
  timestamp = new Type2("tag:yaml.org,2002:timestamp", {
    kind: "scalar",
    resolve: resolveYamlTimestamp,
    construct: constructYamlTimestamp,
    instanceOf: Date,
    represent: representYamlTimestamp
  });
  return timestamp;
}
var merge;
var hasRequiredMerge;
function requireMerge() {
  if (hasRequiredMerge) return merge;
  hasRequiredMerge = 1;
  const Type2 = requireType();
  function resolveYamlMerge(data) {
    return data === "<<" || data === null;
  }
  merge = new Type2("tag:yaml.org,2002:merge", {
    kind: "scalar",
    resolve: resolveYamlMerge
  });
  return merge;
}
var binary;
var hasRequiredBinary;
function requireBinary() {
  if (hasRequiredBinary) return binary;
  hasRequiredBinary = 1;
  const Type2 = requireType();
  const BASE64_MAP = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=\n\r";
  function resolveYamlBinary(data) {
    if (data === null) return false;
    let bitlen = 0;
    const max = data.length;
    const map2 = BASE64_MAP;
    for (let idx = 0; idx < max; idx++) {
      const code = map2.indexOf(data.charAt(idx));
      if (code > 64) continue;
      if (code < 0) return false;
      bitlen += 6;
    }
    return bitlen % 8 === 0;
  }
  function constructYamlBinary(data) {
    const input = data.replace(/[\r\n=]/g, "");
    const max = input.length;
    const map2 = BASE64_MAP;
    let bits = 0;
    const result = [];
    for (let idx = 0; idx < max; idx++) {
      if (idx % 4 === 0 && idx) {
        result.push(bits >> 16 & 255);
        result.push(bits >> 8 & 255);
        result.push(bits & 255);
      }
      bits = bits << 6 | map2.indexOf(input.charAt(idx));
    }
    const tailbits = max % 4 * 6;
    if (tailbits === 0) {
      result.push(bits >> 16 & 255);
      result.push(bits >> 8 & 255);
      result.push(bits & 255);
    } else if (tailbits === 18) {
      result.push(bits >> 10 & 255);
      result.push(bits >> 2 & 255);
    } else if (tailbits === 12) {
      result.push(bits >> 4 & 255);
    }
    return new Uint8Array(result);
  }
  function representYamlBinary(object) {
    let result = "";
    let bits = 0;
    const max = object.length;
    const map2 = BASE64_MAP;
    for (let idx = 0; idx < max; idx++) {
      if (idx % 3 === 0 && idx) {
        result += map2[bits >> 18 & 63];
        result += map2[bits >> 12 & 63];
        result += map2[bits >> 6 & 63];
        result += map2[bits & 63];
      }
      bits = (bits << 8) + object[idx];
    }
    const tail = max % 3;
    if (tail === 0) {
      result += map2[bits >> 18 & 63];
      result += map2[bits >> 12 & 63];
      result += map2[bits >> 6 & 63];
      result += map2[bits & 63];
    } else if (tail === 2) {
      result += map2[bits >> 10 & 63];
      result += map2[bits >> 4 & 63];
      result += map2[bits << 2 & 63];
      result += map2[64];
    } else if (tail === 1) {
      result += map2[bits >> 2 & 63];
      result += map2[bits << 4 & 63];
      result += map2[64];
      result += map2[64];
    }
    return result;
  }
  function isBinary(obj) {
    return Object.prototype.toString.call(obj) === "[object Uint8Array]";
  }
  binary = new Type2("tag:yaml.org,2002:binary", {
    kind: "scalar",
    resolve: resolveYamlBinary,
    construct: constructYamlBinary,
    predicate: isBinary,
    represent: representYamlBinary
  });
  return binary;
}
var omap;
var hasRequiredOmap;
function requireOmap() {
  if (hasRequiredOmap) return omap;
  hasRequiredOmap = 1;
  const Type2 = requireType();
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  const _toString = Object.prototype.toString;
  function resolveYamlOmap(data) {
    if (data === null) return true;
    const objectKeys = {};
    const object = data;
    for (let index = 0, length = object.length; index < length; index += 1) {
      const pair = object[index];
      let pairHasKey = false;
      if (_toString.call(pair) !== "[object Object]") return false;
      let pairKey;
      for (pairKey in pair) {
        if (_hasOwnProperty.call(pair, pairKey)) {
          if (!pairHasKey) pairHasKey = true;
          else return false;
        }
      }
      if (!pairHasKey) return false;
      if (_hasOwnProperty.call(objectKeys, pairKey)) return false;
      Object.defineProperty(objectKeys, pairKey, { value: true });
    }
    return true;
  }
  function constructYamlOmap(data) {
    return data !== null ? data : [];
  }
  omap = new Type2("tag:yaml.org,2002:omap", {
    kind: "sequence",
    resolve: resolveYamlOmap,
    construct: constructYamlOmap
  });
  return omap;
}
var pairs;
var hasRequiredPairs;
function requirePairs() {
  if (hasRequiredPairs) return pairs;
  hasRequiredPairs = 1;
  const Type2 = requireType();
  const _toString = Object.prototype.toString;
  function resolveYamlPairs(data) {
    if (data === null) return true;
    const object = data;
    const result = new Array(object.length);
    for (let index = 0, length = object.length; index < length; index += 1) {
      const pair = object[index];
      if (_toString.call(pair) !== "[object Object]") return false;
      const keys = Object.keys(pair);
      if (keys.length !== 1) return false;
      result[index] = [keys[0], pair[keys[0]]];
    }
    return true;
  }
  function constructYamlPairs(data) {
    if (data === null) return [];
    const object = data;
    const result = new Array(object.length);
    for (let index = 0, length = object.length; index < length; index += 1) {
      const pair = object[index];
      const keys = Object.keys(pair);
      result[index] = [keys[0], pair[keys[0]]];
    }
    return result;
  }
  pairs = new Type2("tag:yaml.org,2002:pairs", {
    kind: "sequence",
    resolve: resolveYamlPairs,
    construct: constructYamlPairs
  });
  return pairs;
}
var set;
var hasRequiredSet;
function requireSet() {
  if (hasRequiredSet) return set;
  hasRequiredSet = 1;
  const Type2 = requireType();
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  function resolveYamlSet(data) {
    if (data === null) return true;
    const object = data;
    for (const key in object) {
      if (_hasOwnProperty.call(object, key)) {
        if (object[key] !== null) return false;
      }
    }
    return true;
  }
  function constructYamlSet(data) {
    return data !== null ? data : {};
  }
  set = new Type2("tag:yaml.org,2002:set", {
    kind: "mapping",
    resolve: resolveYamlSet,
    construct: constructYamlSet
  });
  return set;
}
var _default;
var hasRequired_default;
function require_default() {
  if (hasRequired_default) return _default;
  hasRequired_default = 1;
  _default = requireCore().extend({
    implicit: [
      requireTimestamp(),
      requireMerge()
    ],
    explicit: [
      requireBinary(),
      requireOmap(),
      requirePairs(),
      requireSet()
    ]
  });
  return _default;
}
var hasRequiredLoader;
function requireLoader() {
  if (hasRequiredLoader) return loader;
  hasRequiredLoader = 1;
  const common2 = requireCommon();
  const YAMLException2 = requireException();
  const makeSnippet = requireSnippet();
  const DEFAULT_SCHEMA2 = require_default();
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  const CONTEXT_FLOW_IN = 1;
  const CONTEXT_FLOW_OUT = 2;
  const CONTEXT_BLOCK_IN = 3;
  const CONTEXT_BLOCK_OUT = 4;
  const CHOMPING_CLIP = 1;
  const CHOMPING_STRIP = 2;
  const CHOMPING_KEEP = 3;
  const PATTERN_NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;
  const PATTERN_NON_ASCII_LINE_BREAKS = /[\x85\u2028\u2029]/;
  const PATTERN_FLOW_INDICATORS = /[,\[\]{}]/;
  const PATTERN_TAG_HANDLE = /^(?:!|!!|![0-9A-Za-z-]+!)$/;
  const PATTERN_TAG_URI = /^(?:!|[^,\[\]{}])(?:%[0-9a-f]{2}|[0-9a-z\-#;/?:@&=+$,_.!~*'()\[\]])*$/i;
  function _class(obj) {
    return Object.prototype.toString.call(obj);
  }
  function isEol(c) {
    return c === 10 || c === 13;
  }
  function isWhiteSpace(c) {
    return c === 9 || c === 32;
  }
  function isWsOrEol(c) {
    return c === 9 || c === 32 || c === 10 || c === 13;
  }
  function isFlowIndicator(c) {
    return c === 44 || c === 91 || c === 93 || c === 123 || c === 125;
  }
  function fromHexCode(c) {
    if (c >= 48 && c <= 57) {
      return c - 48;
    }
    const lc = c | 32;
    if (lc >= 97 && lc <= 102) {
      return lc - 97 + 10;
    }
    return -1;
  }
  function escapedHexLen(c) {
    if (c === 120) {
      return 2;
    }
    if (c === 117) {
      return 4;
    }
    if (c === 85) {
      return 8;
    }
    return 0;
  }
  function fromDecimalCode(c) {
    if (c >= 48 && c <= 57) {
      return c - 48;
    }
    return -1;
  }
  function simpleEscapeSequence(c) {
    switch (c) {
      case 48:
        return "\0";
      case 97:
        return "\x07";
      case 98:
        return "\b";
      case 116:
        return "	";
      case 9:
        return "	";
      case 110:
        return "\n";
      case 118:
        return "\v";
      case 102:
        return "\f";
      case 114:
        return "\r";
      case 101:
        return "\x1B";
      case 32:
        return " ";
      case 34:
        return '"';
      case 47:
        return "/";
      case 92:
        return "\\";
      case 78:
        return "";
      case 95:
        return " ";
      case 76:
        return "\u2028";
      case 80:
        return "\u2029";
      default:
        return "";
    }
  }
  function charFromCodepoint(c) {
    if (c <= 65535) {
      return String.fromCharCode(c);
    }
    return String.fromCharCode(
      (c - 65536 >> 10) + 55296,
      (c - 65536 & 1023) + 56320
    );
  }
  function setProperty(object, key, value) {
    if (key === "__proto__") {
      Object.defineProperty(object, key, {
        configurable: true,
        enumerable: true,
        writable: true,
        value
      });
    } else {
      object[key] = value;
    }
  }
  const simpleEscapeCheck = new Array(256);
  const simpleEscapeMap = new Array(256);
  for (let i = 0; i < 256; i++) {
    simpleEscapeCheck[i] = simpleEscapeSequence(i) ? 1 : 0;
    simpleEscapeMap[i] = simpleEscapeSequence(i);
  }
  function State(input, options) {
    this.input = input;
    this.filename = options["filename"] || null;
    this.schema = options["schema"] || DEFAULT_SCHEMA2;
    this.onWarning = options["onWarning"] || null;
    this.legacy = options["legacy"] || false;
    this.json = options["json"] || false;
    this.listener = options["listener"] || null;
    this.maxDepth = typeof options["maxDepth"] === "number" ? options["maxDepth"] : 100;
    this.maxTotalMergeKeys = typeof options["maxTotalMergeKeys"] === "number" ? options["maxTotalMergeKeys"] : 1e4;
    this.implicitTypes = this.schema.compiledImplicit;
    this.typeMap = this.schema.compiledTypeMap;
    this.length = input.length;
    this.position = 0;
    this.line = 0;
    this.lineStart = 0;
    this.lineIndent = 0;
    this.depth = 0;
    this.totalMergeKeys = 0;
    this.firstTabInLine = -1;
    this.documents = [];
    this.anchorMapTransactions = [];
  }
  function generateError(state, message) {
    const mark = {
      name: state.filename,
      buffer: state.input.slice(0, -1),
      // omit trailing \0
      position: state.position,
      line: state.line,
      column: state.position - state.lineStart
    };
    mark.snippet = makeSnippet(mark);
    return new YAMLException2(message, mark);
  }
  function throwError(state, message) {
    throw generateError(state, message);
  }
  function throwWarning(state, message) {
    if (state.onWarning) {
      state.onWarning.call(null, generateError(state, message));
    }
  }
  function storeAnchor(state, name, value) {
    const transactions = state.anchorMapTransactions;
    if (transactions.length !== 0) {
      const transaction = transactions[transactions.length - 1];
      if (!_hasOwnProperty.call(transaction, name)) {
        transaction[name] = {
          existed: _hasOwnProperty.call(state.anchorMap, name),
          value: state.anchorMap[name]
        };
      }
    }
    state.anchorMap[name] = value;
  }
  function beginAnchorTransaction(state) {
    state.anchorMapTransactions.push(/* @__PURE__ */ Object.create(null));
  }
  function commitAnchorTransaction(state) {
    const transaction = state.anchorMapTransactions.pop();
    const transactions = state.anchorMapTransactions;
    if (transactions.length === 0) return;
    const parent = transactions[transactions.length - 1];
    const names = Object.keys(transaction);
    for (let index = 0, length = names.length; index < length; index += 1) {
      const name = names[index];
      if (!_hasOwnProperty.call(parent, name)) {
        parent[name] = transaction[name];
      }
    }
  }
  function rollbackAnchorTransaction(state) {
    const transaction = state.anchorMapTransactions.pop();
    const names = Object.keys(transaction);
    for (let index = names.length - 1; index >= 0; index -= 1) {
      const entry = transaction[names[index]];
      if (entry.existed) {
        state.anchorMap[names[index]] = entry.value;
      } else {
        delete state.anchorMap[names[index]];
      }
    }
  }
  function snapshotState(state) {
    return {
      position: state.position,
      line: state.line,
      lineStart: state.lineStart,
      lineIndent: state.lineIndent,
      firstTabInLine: state.firstTabInLine,
      tag: state.tag,
      anchor: state.anchor,
      kind: state.kind,
      result: state.result
    };
  }
  function restoreState(state, snapshot) {
    state.position = snapshot.position;
    state.line = snapshot.line;
    state.lineStart = snapshot.lineStart;
    state.lineIndent = snapshot.lineIndent;
    state.firstTabInLine = snapshot.firstTabInLine;
    state.tag = snapshot.tag;
    state.anchor = snapshot.anchor;
    state.kind = snapshot.kind;
    state.result = snapshot.result;
  }
  const directiveHandlers = {
    YAML: function handleYamlDirective(state, name, args) {
      if (state.version !== null) {
        throwError(state, "duplication of %YAML directive");
      }
      if (args.length !== 1) {
        throwError(state, "YAML directive accepts exactly one argument");
      }
      const match = /^([0-9]+)\.([0-9]+)$/.exec(args[0]);
      if (match === null) {
        throwError(state, "ill-formed argument of the YAML directive");
      }
      const major = parseInt(match[1], 10);
      const minor = parseInt(match[2], 10);
      if (major !== 1) {
        throwError(state, "unacceptable YAML version of the document");
      }
      state.version = args[0];
      state.checkLineBreaks = minor < 2;
      if (minor !== 1 && minor !== 2) {
        throwWarning(state, "unsupported YAML version of the document");
      }
    },
    TAG: function handleTagDirective(state, name, args) {
      let prefix;
      if (args.length !== 2) {
        throwError(state, "TAG directive accepts exactly two arguments");
      }
      const handle = args[0];
      prefix = args[1];
      if (!PATTERN_TAG_HANDLE.test(handle)) {
        throwError(state, "ill-formed tag handle (first argument) of the TAG directive");
      }
      if (_hasOwnProperty.call(state.tagMap, handle)) {
        throwError(state, 'there is a previously declared suffix for "' + handle + '" tag handle');
      }
      if (!PATTERN_TAG_URI.test(prefix)) {
        throwError(state, "ill-formed tag prefix (second argument) of the TAG directive");
      }
      try {
        prefix = decodeURIComponent(prefix);
      } catch (err) {
        throwError(state, "tag prefix is malformed: " + prefix);
      }
      state.tagMap[handle] = prefix;
    }
  };
  function captureSegment(state, start, end, checkJson) {
    if (start < end) {
      const _result = state.input.slice(start, end);
      if (checkJson) {
        for (let _position = 0, _length = _result.length; _position < _length; _position += 1) {
          const _character = _result.charCodeAt(_position);
          if (!(_character === 9 || _character >= 32 && _character <= 1114111)) {
            throwError(state, "expected valid JSON character");
          }
        }
      } else if (PATTERN_NON_PRINTABLE.test(_result)) {
        throwError(state, "the stream contains non-printable characters");
      }
      state.result += _result;
    }
  }
  function chargeMergeWork(state) {
    state.totalMergeKeys++;
    if (state.maxTotalMergeKeys !== -1 && state.totalMergeKeys > state.maxTotalMergeKeys) {
      throwError(state, "merge keys exceeded maxTotalMergeKeys (" + state.maxTotalMergeKeys + ")");
    }
  }
  function mergeMappings(state, destination, source, overridableKeys) {
    if (!common2.isObject(source)) {
      throwError(state, "cannot merge mappings; the provided source object is unacceptable");
    }
    chargeMergeWork(state);
    const sourceKeys = Object.keys(source);
    for (let index = 0, quantity = sourceKeys.length; index < quantity; index += 1) {
      const key = sourceKeys[index];
      chargeMergeWork(state);
      if (!_hasOwnProperty.call(destination, key)) {
        setProperty(destination, key, source[key]);
        overridableKeys[key] = true;
      }
    }
  }
  function storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, startLine, startLineStart, startPos) {
    if (Array.isArray(keyNode)) {
      keyNode = Array.prototype.slice.call(keyNode);
      for (let index = 0, quantity = keyNode.length; index < quantity; index += 1) {
        if (Array.isArray(keyNode[index])) {
          throwError(state, "nested arrays are not supported inside keys");
        }
        if (typeof keyNode === "object" && _class(keyNode[index]) === "[object Object]") {
          keyNode[index] = "[object Object]";
        }
      }
    }
    if (typeof keyNode === "object" && _class(keyNode) === "[object Object]") {
      keyNode = "[object Object]";
    }
    keyNode = String(keyNode);
    if (_result === null) {
      _result = {};
    }
    if (keyTag === "tag:yaml.org,2002:merge") {
      if (Array.isArray(valueNode)) {
        if (valueNode.length > 100) {
          throwError(state, "abnormal merge sequence size");
        }
        for (let index = 0, quantity = valueNode.length; index < quantity; index += 1) {
          mergeMappings(state, _result, valueNode[index], overridableKeys);
        }
      } else {
        mergeMappings(state, _result, valueNode, overridableKeys);
      }
    } else {
      if (!state.json && !_hasOwnProperty.call(overridableKeys, keyNode) && _hasOwnProperty.call(_result, keyNode)) {
        state.line = startLine || state.line;
        state.lineStart = startLineStart || state.lineStart;
        state.position = startPos || state.position;
        throwError(state, "duplicated mapping key");
      }
      setProperty(_result, keyNode, valueNode);
      delete overridableKeys[keyNode];
    }
    return _result;
  }
  function readLineBreak(state) {
    const ch = state.input.charCodeAt(state.position);
    if (ch === 10) {
      state.position++;
    } else if (ch === 13) {
      state.position++;
      if (state.input.charCodeAt(state.position) === 10) {
        state.position++;
      }
    } else {
      throwError(state, "a line break is expected");
    }
    state.line += 1;
    state.lineStart = state.position;
    state.firstTabInLine = -1;
  }
  function skipSeparationSpace(state, allowComments, checkIndent) {
    let lineBreaks = 0;
    let ch = state.input.charCodeAt(state.position);
    while (ch !== 0) {
      while (isWhiteSpace(ch)) {
        if (ch === 9 && state.firstTabInLine === -1) {
          state.firstTabInLine = state.position;
        }
        ch = state.input.charCodeAt(++state.position);
      }
      if (allowComments && ch === 35) {
        do {
          ch = state.input.charCodeAt(++state.position);
        } while (ch !== 10 && ch !== 13 && ch !== 0);
      }
      if (isEol(ch)) {
        readLineBreak(state);
        ch = state.input.charCodeAt(state.position);
        lineBreaks++;
        state.lineIndent = 0;
        while (ch === 32) {
          state.lineIndent++;
          ch = state.input.charCodeAt(++state.position);
        }
      } else {
        break;
      }
    }
    if (checkIndent !== -1 && lineBreaks !== 0 && state.lineIndent < checkIndent) {
      throwWarning(state, "deficient indentation");
    }
    return lineBreaks;
  }
  function testDocumentSeparator(state) {
    let _position = state.position;
    let ch = state.input.charCodeAt(_position);
    if ((ch === 45 || ch === 46) && ch === state.input.charCodeAt(_position + 1) && ch === state.input.charCodeAt(_position + 2)) {
      _position += 3;
      ch = state.input.charCodeAt(_position);
      if (ch === 0 || isWsOrEol(ch)) {
        return true;
      }
    }
    return false;
  }
  function writeFoldedLines(state, count) {
    if (count === 1) {
      state.result += " ";
    } else if (count > 1) {
      state.result += common2.repeat("\n", count - 1);
    }
  }
  function readPlainScalar(state, nodeIndent, withinFlowCollection) {
    let captureStart;
    let captureEnd;
    let hasPendingContent;
    let _line;
    let _lineStart;
    let _lineIndent;
    const _kind = state.kind;
    const _result = state.result;
    let ch = state.input.charCodeAt(state.position);
    if (isWsOrEol(ch) || isFlowIndicator(ch) || ch === 35 || ch === 38 || ch === 42 || ch === 33 || ch === 124 || ch === 62 || ch === 39 || ch === 34 || ch === 37 || ch === 64 || ch === 96) {
      return false;
    }
    if (ch === 63 || ch === 45) {
      const following = state.input.charCodeAt(state.position + 1);
      if (isWsOrEol(following) || withinFlowCollection && isFlowIndicator(following)) {
        return false;
      }
    }
    state.kind = "scalar";
    state.result = "";
    captureStart = captureEnd = state.position;
    hasPendingContent = false;
    while (ch !== 0) {
      if (ch === 58) {
        const following = state.input.charCodeAt(state.position + 1);
        if (isWsOrEol(following) || withinFlowCollection && isFlowIndicator(following)) {
          break;
        }
      } else if (ch === 35) {
        const preceding = state.input.charCodeAt(state.position - 1);
        if (isWsOrEol(preceding)) {
          break;
        }
      } else if (state.position === state.lineStart && testDocumentSeparator(state) || withinFlowCollection && isFlowIndicator(ch)) {
        break;
      } else if (isEol(ch)) {
        _line = state.line;
        _lineStart = state.lineStart;
        _lineIndent = state.lineIndent;
        skipSeparationSpace(state, false, -1);
        if (state.lineIndent >= nodeIndent) {
          hasPendingContent = true;
          ch = state.input.charCodeAt(state.position);
          continue;
        } else {
          state.position = captureEnd;
          state.line = _line;
          state.lineStart = _lineStart;
          state.lineIndent = _lineIndent;
          break;
        }
      }
      if (hasPendingContent) {
        captureSegment(state, captureStart, captureEnd, false);
        writeFoldedLines(state, state.line - _line);
        captureStart = captureEnd = state.position;
        hasPendingContent = false;
      }
      if (!isWhiteSpace(ch)) {
        captureEnd = state.position + 1;
      }
      ch = state.input.charCodeAt(++state.position);
    }
    captureSegment(state, captureStart, captureEnd, false);
    if (state.result) {
      return true;
    }
    state.kind = _kind;
    state.result = _result;
    return false;
  }
  function readSingleQuotedScalar(state, nodeIndent) {
    let captureStart;
    let captureEnd;
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 39) {
      return false;
    }
    state.kind = "scalar";
    state.result = "";
    state.position++;
    captureStart = captureEnd = state.position;
    while ((ch = state.input.charCodeAt(state.position)) !== 0) {
      if (ch === 39) {
        captureSegment(state, captureStart, state.position, true);
        ch = state.input.charCodeAt(++state.position);
        if (ch === 39) {
          captureStart = state.position;
          state.position++;
          captureEnd = state.position;
        } else {
          return true;
        }
      } else if (isEol(ch)) {
        captureSegment(state, captureStart, captureEnd, true);
        writeFoldedLines(state, skipSeparationSpace(state, false, nodeIndent));
        captureStart = captureEnd = state.position;
      } else if (state.position === state.lineStart && testDocumentSeparator(state)) {
        throwError(state, "unexpected end of the document within a single quoted scalar");
      } else {
        state.position++;
        if (!isWhiteSpace(ch)) {
          captureEnd = state.position;
        }
      }
    }
    throwError(state, "unexpected end of the stream within a single quoted scalar");
  }
  function readDoubleQuotedScalar(state, nodeIndent) {
    let captureStart;
    let captureEnd;
    let tmp;
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 34) {
      return false;
    }
    state.kind = "scalar";
    state.result = "";
    state.position++;
    captureStart = captureEnd = state.position;
    while ((ch = state.input.charCodeAt(state.position)) !== 0) {
      if (ch === 34) {
        captureSegment(state, captureStart, state.position, true);
        state.position++;
        return true;
      } else if (ch === 92) {
        captureSegment(state, captureStart, state.position, true);
        ch = state.input.charCodeAt(++state.position);
        if (isEol(ch)) {
          skipSeparationSpace(state, false, nodeIndent);
        } else if (ch < 256 && simpleEscapeCheck[ch]) {
          state.result += simpleEscapeMap[ch];
          state.position++;
        } else if ((tmp = escapedHexLen(ch)) > 0) {
          let hexLength = tmp;
          let hexResult = 0;
          for (; hexLength > 0; hexLength--) {
            ch = state.input.charCodeAt(++state.position);
            if ((tmp = fromHexCode(ch)) >= 0) {
              hexResult = (hexResult << 4) + tmp;
            } else {
              throwError(state, "expected hexadecimal character");
            }
          }
          state.result += charFromCodepoint(hexResult);
          state.position++;
        } else {
          throwError(state, "unknown escape sequence");
        }
        captureStart = captureEnd = state.position;
      } else if (isEol(ch)) {
        captureSegment(state, captureStart, captureEnd, true);
        writeFoldedLines(state, skipSeparationSpace(state, false, nodeIndent));
        captureStart = captureEnd = state.position;
      } else if (state.position === state.lineStart && testDocumentSeparator(state)) {
        throwError(state, "unexpected end of the document within a double quoted scalar");
      } else {
        state.position++;
        if (!isWhiteSpace(ch)) {
          captureEnd = state.position;
        }
      }
    }
    throwError(state, "unexpected end of the stream within a double quoted scalar");
  }
  function readFlowCollection(state, nodeIndent) {
    let readNext = true;
    let _line;
    let _lineStart;
    let _pos;
    const _tag = state.tag;
    let _result;
    const _anchor = state.anchor;
    let terminator;
    let isPair;
    let isExplicitPair;
    let isMapping;
    const overridableKeys = /* @__PURE__ */ Object.create(null);
    let keyNode;
    let keyTag;
    let valueNode;
    let ch = state.input.charCodeAt(state.position);
    if (ch === 91) {
      terminator = 93;
      isMapping = false;
      _result = [];
    } else if (ch === 123) {
      terminator = 125;
      isMapping = true;
      _result = {};
    } else {
      return false;
    }
    if (state.anchor !== null) {
      storeAnchor(state, state.anchor, _result);
    }
    ch = state.input.charCodeAt(++state.position);
    while (ch !== 0) {
      skipSeparationSpace(state, true, nodeIndent);
      ch = state.input.charCodeAt(state.position);
      if (ch === terminator) {
        state.position++;
        state.tag = _tag;
        state.anchor = _anchor;
        state.kind = isMapping ? "mapping" : "sequence";
        state.result = _result;
        return true;
      } else if (!readNext) {
        throwError(state, "missed comma between flow collection entries");
      } else if (ch === 44) {
        throwError(state, "expected the node content, but found ','");
      }
      keyTag = keyNode = valueNode = null;
      isPair = isExplicitPair = false;
      if (ch === 63) {
        const following = state.input.charCodeAt(state.position + 1);
        if (isWsOrEol(following)) {
          isPair = isExplicitPair = true;
          state.position++;
          skipSeparationSpace(state, true, nodeIndent);
        }
      }
      _line = state.line;
      _lineStart = state.lineStart;
      _pos = state.position;
      composeNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
      keyTag = state.tag;
      keyNode = state.result;
      skipSeparationSpace(state, true, nodeIndent);
      ch = state.input.charCodeAt(state.position);
      if ((isExplicitPair || state.line === _line) && ch === 58) {
        isPair = true;
        ch = state.input.charCodeAt(++state.position);
        skipSeparationSpace(state, true, nodeIndent);
        composeNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
        valueNode = state.result;
      }
      if (isMapping) {
        storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, _line, _lineStart, _pos);
      } else if (isPair) {
        _result.push(storeMappingPair(state, null, overridableKeys, keyTag, keyNode, valueNode, _line, _lineStart, _pos));
      } else {
        _result.push(keyNode);
      }
      skipSeparationSpace(state, true, nodeIndent);
      ch = state.input.charCodeAt(state.position);
      if (ch === 44) {
        readNext = true;
        ch = state.input.charCodeAt(++state.position);
      } else {
        readNext = false;
      }
    }
    throwError(state, "unexpected end of the stream within a flow collection");
  }
  function readBlockScalar(state, nodeIndent) {
    let folding;
    let chomping = CHOMPING_CLIP;
    let didReadContent = false;
    let detectedIndent = false;
    let textIndent = nodeIndent;
    let emptyLines = 0;
    let atMoreIndented = false;
    let tmp;
    let ch = state.input.charCodeAt(state.position);
    if (ch === 124) {
      folding = false;
    } else if (ch === 62) {
      folding = true;
    } else {
      return false;
    }
    state.kind = "scalar";
    state.result = "";
    while (ch !== 0) {
      ch = state.input.charCodeAt(++state.position);
      if (ch === 43 || ch === 45) {
        if (CHOMPING_CLIP === chomping) {
          chomping = ch === 43 ? CHOMPING_KEEP : CHOMPING_STRIP;
        } else {
          throwError(state, "repeat of a chomping mode identifier");
        }
      } else if ((tmp = fromDecimalCode(ch)) >= 0) {
        if (tmp === 0) {
          throwError(state, "bad explicit indentation width of a block scalar; it cannot be less than one");
        } else if (!detectedIndent) {
          textIndent = nodeIndent + tmp - 1;
          detectedIndent = true;
        } else {
          throwError(state, "repeat of an indentation width identifier");
        }
      } else {
        break;
      }
    }
    if (isWhiteSpace(ch)) {
      do {
        ch = state.input.charCodeAt(++state.position);
      } while (isWhiteSpace(ch));
      if (ch === 35) {
        do {
          ch = state.input.charCodeAt(++state.position);
        } while (!isEol(ch) && ch !== 0);
      }
    }
    while (ch !== 0) {
      readLineBreak(state);
      state.lineIndent = 0;
      ch = state.input.charCodeAt(state.position);
      while ((!detectedIndent || state.lineIndent < textIndent) && ch === 32) {
        state.lineIndent++;
        ch = state.input.charCodeAt(++state.position);
      }
      if (!detectedIndent && state.lineIndent > textIndent) {
        textIndent = state.lineIndent;
      }
      if (isEol(ch)) {
        emptyLines++;
        continue;
      }
      if (!detectedIndent && textIndent === 0) {
        throwError(state, "missing indentation for block scalar");
      }
      if (state.lineIndent < textIndent) {
        if (chomping === CHOMPING_KEEP) {
          state.result += common2.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
        } else if (chomping === CHOMPING_CLIP) {
          if (didReadContent) {
            state.result += "\n";
          }
        }
        break;
      }
      if (folding) {
        if (isWhiteSpace(ch)) {
          atMoreIndented = true;
          state.result += common2.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
        } else if (atMoreIndented) {
          atMoreIndented = false;
          state.result += common2.repeat("\n", emptyLines + 1);
        } else if (emptyLines === 0) {
          if (didReadContent) {
            state.result += " ";
          }
        } else {
          state.result += common2.repeat("\n", emptyLines);
        }
      } else {
        state.result += common2.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
      }
      didReadContent = true;
      detectedIndent = true;
      emptyLines = 0;
      const captureStart = state.position;
      while (!isEol(ch) && ch !== 0) {
        ch = state.input.charCodeAt(++state.position);
      }
      captureSegment(state, captureStart, state.position, false);
    }
    return true;
  }
  function readBlockSequence(state, nodeIndent) {
    const _tag = state.tag;
    const _anchor = state.anchor;
    const _result = [];
    let detected = false;
    if (state.firstTabInLine !== -1) return false;
    if (state.anchor !== null) {
      storeAnchor(state, state.anchor, _result);
    }
    let ch = state.input.charCodeAt(state.position);
    while (ch !== 0) {
      if (state.firstTabInLine !== -1) {
        state.position = state.firstTabInLine;
        throwError(state, "tab characters must not be used in indentation");
      }
      if (ch !== 45) {
        break;
      }
      const following = state.input.charCodeAt(state.position + 1);
      if (!isWsOrEol(following)) {
        break;
      }
      detected = true;
      state.position++;
      if (skipSeparationSpace(state, true, -1)) {
        if (state.lineIndent <= nodeIndent) {
          _result.push(null);
          ch = state.input.charCodeAt(state.position);
          continue;
        }
      }
      const _line = state.line;
      composeNode(state, nodeIndent, CONTEXT_BLOCK_IN, false, true);
      _result.push(state.result);
      skipSeparationSpace(state, true, -1);
      ch = state.input.charCodeAt(state.position);
      if ((state.line === _line || state.lineIndent > nodeIndent) && ch !== 0) {
        throwError(state, "bad indentation of a sequence entry");
      } else if (state.lineIndent < nodeIndent) {
        break;
      }
    }
    if (detected) {
      state.tag = _tag;
      state.anchor = _anchor;
      state.kind = "sequence";
      state.result = _result;
      return true;
    }
    return false;
  }
  function readBlockMapping(state, nodeIndent, flowIndent) {
    let allowCompact;
    let _keyLine;
    let _keyLineStart;
    let _keyPos;
    const _tag = state.tag;
    const _anchor = state.anchor;
    const _result = {};
    const overridableKeys = /* @__PURE__ */ Object.create(null);
    let keyTag = null;
    let keyNode = null;
    let valueNode = null;
    let atExplicitKey = false;
    let detected = false;
    if (state.firstTabInLine !== -1) return false;
    if (state.anchor !== null) {
      storeAnchor(state, state.anchor, _result);
    }
    let ch = state.input.charCodeAt(state.position);
    while (ch !== 0) {
      if (!atExplicitKey && state.firstTabInLine !== -1) {
        state.position = state.firstTabInLine;
        throwError(state, "tab characters must not be used in indentation");
      }
      const following = state.input.charCodeAt(state.position + 1);
      const _line = state.line;
      if ((ch === 63 || ch === 58) && isWsOrEol(following)) {
        if (ch === 63) {
          if (atExplicitKey) {
            storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
            keyTag = keyNode = valueNode = null;
          }
          detected = true;
          atExplicitKey = true;
          allowCompact = true;
        } else if (atExplicitKey) {
          atExplicitKey = false;
          allowCompact = true;
        } else {
          throwError(state, "incomplete explicit mapping pair; a key node is missed; or followed by a non-tabulated empty line");
        }
        state.position += 1;
        ch = following;
      } else {
        _keyLine = state.line;
        _keyLineStart = state.lineStart;
        _keyPos = state.position;
        if (!composeNode(state, flowIndent, CONTEXT_FLOW_OUT, false, true)) {
          break;
        }
        if (state.line === _line) {
          ch = state.input.charCodeAt(state.position);
          while (isWhiteSpace(ch)) {
            ch = state.input.charCodeAt(++state.position);
          }
          if (ch === 58) {
            ch = state.input.charCodeAt(++state.position);
            if (!isWsOrEol(ch)) {
              throwError(state, "a whitespace character is expected after the key-value separator within a block mapping");
            }
            if (atExplicitKey) {
              storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
              keyTag = keyNode = valueNode = null;
            }
            detected = true;
            atExplicitKey = false;
            allowCompact = false;
            keyTag = state.tag;
            keyNode = state.result;
          } else if (detected) {
            throwError(state, "can not read an implicit mapping pair; a colon is missed");
          } else {
            state.tag = _tag;
            state.anchor = _anchor;
            return true;
          }
        } else if (detected) {
          throwError(state, "can not read a block mapping entry; a multiline key may not be an implicit key");
        } else {
          state.tag = _tag;
          state.anchor = _anchor;
          return true;
        }
      }
      if (state.line === _line || state.lineIndent > nodeIndent) {
        if (atExplicitKey) {
          _keyLine = state.line;
          _keyLineStart = state.lineStart;
          _keyPos = state.position;
        }
        if (composeNode(state, nodeIndent, CONTEXT_BLOCK_OUT, true, allowCompact)) {
          if (atExplicitKey) {
            keyNode = state.result;
          } else {
            valueNode = state.result;
          }
        }
        if (!atExplicitKey) {
          storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, _keyLine, _keyLineStart, _keyPos);
          keyTag = keyNode = valueNode = null;
        }
        skipSeparationSpace(state, true, -1);
        ch = state.input.charCodeAt(state.position);
      }
      if ((state.line === _line || state.lineIndent > nodeIndent) && ch !== 0) {
        throwError(state, "bad indentation of a mapping entry");
      } else if (state.lineIndent < nodeIndent) {
        break;
      }
    }
    if (atExplicitKey) {
      storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
    }
    if (detected) {
      state.tag = _tag;
      state.anchor = _anchor;
      state.kind = "mapping";
      state.result = _result;
    }
    return detected;
  }
  function readTagProperty(state) {
    let isVerbatim = false;
    let isNamed = false;
    let tagHandle;
    let tagName;
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 33) return false;
    if (state.tag !== null) {
      throwError(state, "duplication of a tag property");
    }
    ch = state.input.charCodeAt(++state.position);
    if (ch === 60) {
      isVerbatim = true;
      ch = state.input.charCodeAt(++state.position);
    } else if (ch === 33) {
      isNamed = true;
      tagHandle = "!!";
      ch = state.input.charCodeAt(++state.position);
    } else {
      tagHandle = "!";
    }
    let _position = state.position;
    if (isVerbatim) {
      do {
        ch = state.input.charCodeAt(++state.position);
      } while (ch !== 0 && ch !== 62);
      if (state.position < state.length) {
        tagName = state.input.slice(_position, state.position);
        ch = state.input.charCodeAt(++state.position);
      } else {
        throwError(state, "unexpected end of the stream within a verbatim tag");
      }
    } else {
      while (ch !== 0 && !isWsOrEol(ch)) {
        if (ch === 33) {
          if (!isNamed) {
            tagHandle = state.input.slice(_position - 1, state.position + 1);
            if (!PATTERN_TAG_HANDLE.test(tagHandle)) {
              throwError(state, "named tag handle cannot contain such characters");
            }
            isNamed = true;
            _position = state.position + 1;
          } else {
            throwError(state, "tag suffix cannot contain exclamation marks");
          }
        }
        ch = state.input.charCodeAt(++state.position);
      }
      tagName = state.input.slice(_position, state.position);
      if (PATTERN_FLOW_INDICATORS.test(tagName)) {
        throwError(state, "tag suffix cannot contain flow indicator characters");
      }
    }
    if (tagName && !PATTERN_TAG_URI.test(tagName)) {
      throwError(state, "tag name cannot contain such characters: " + tagName);
    }
    try {
      tagName = decodeURIComponent(tagName);
    } catch (err) {
      throwError(state, "tag name is malformed: " + tagName);
    }
    if (isVerbatim) {
      state.tag = tagName;
    } else if (_hasOwnProperty.call(state.tagMap, tagHandle)) {
      state.tag = state.tagMap[tagHandle] + tagName;
    } else if (tagHandle === "!") {
      state.tag = "!" + tagName;
    } else if (tagHandle === "!!") {
      state.tag = "tag:yaml.org,2002:" + tagName;
    } else {
      throwError(state, 'undeclared tag handle "' + tagHandle + '"');
    }
    return true;
  }
  function readAnchorProperty(state) {
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 38) return false;
    if (state.anchor !== null) {
      throwError(state, "duplication of an anchor property");
    }
    ch = state.input.charCodeAt(++state.position);
    const _position = state.position;
    while (ch !== 0 && !isWsOrEol(ch) && !isFlowIndicator(ch)) {
      ch = state.input.charCodeAt(++state.position);
    }
    if (state.position === _position) {
      throwError(state, "name of an anchor node must contain at least one character");
    }
    state.anchor = state.input.slice(_position, state.position);
    return true;
  }
  function readAlias(state) {
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 42) return false;
    ch = state.input.charCodeAt(++state.position);
    const _position = state.position;
    while (ch !== 0 && !isWsOrEol(ch) && !isFlowIndicator(ch)) {
      ch = state.input.charCodeAt(++state.position);
    }
    if (state.position === _position) {
      throwError(state, "name of an alias node must contain at least one character");
    }
    const alias = state.input.slice(_position, state.position);
    if (!_hasOwnProperty.call(state.anchorMap, alias)) {
      throwError(state, 'unidentified alias "' + alias + '"');
    }
    state.result = state.anchorMap[alias];
    skipSeparationSpace(state, true, -1);
    return true;
  }
  function tryReadBlockMappingFromProperty(state, propertyStart, nodeIndent, flowIndent) {
    const fallbackState = snapshotState(state);
    beginAnchorTransaction(state);
    restoreState(state, propertyStart);
    state.tag = null;
    state.anchor = null;
    state.kind = null;
    state.result = null;
    if (readBlockMapping(state, nodeIndent, flowIndent) && state.kind === "mapping") {
      commitAnchorTransaction(state);
      return true;
    }
    rollbackAnchorTransaction(state);
    restoreState(state, fallbackState);
    return false;
  }
  function composeNode(state, parentIndent, nodeContext, allowToSeek, allowCompact) {
    let allowBlockScalars;
    let allowBlockCollections;
    let indentStatus = 1;
    let atNewLine = false;
    let hasContent = false;
    let propertyStart = null;
    let type2;
    let flowIndent;
    let blockIndent;
    if (state.depth >= state.maxDepth) {
      throwError(state, "nesting exceeded maxDepth (" + state.maxDepth + ")");
    }
    state.depth += 1;
    if (state.listener !== null) {
      state.listener("open", state);
    }
    state.tag = null;
    state.anchor = null;
    state.kind = null;
    state.result = null;
    const allowBlockStyles = allowBlockScalars = allowBlockCollections = CONTEXT_BLOCK_OUT === nodeContext || CONTEXT_BLOCK_IN === nodeContext;
    if (allowToSeek) {
      if (skipSeparationSpace(state, true, -1)) {
        atNewLine = true;
        if (state.lineIndent > parentIndent) {
          indentStatus = 1;
        } else if (state.lineIndent === parentIndent) {
          indentStatus = 0;
        } else if (state.lineIndent < parentIndent) {
          indentStatus = -1;
        }
      }
    }
    if (indentStatus === 1) {
      while (true) {
        const ch = state.input.charCodeAt(state.position);
        const propertyState = snapshotState(state);
        if (atNewLine && (ch === 33 && state.tag !== null || ch === 38 && state.anchor !== null)) {
          break;
        }
        if (!readTagProperty(state) && !readAnchorProperty(state)) {
          break;
        }
        if (propertyStart === null) {
          propertyStart = propertyState;
        }
        if (skipSeparationSpace(state, true, -1)) {
          atNewLine = true;
          allowBlockCollections = allowBlockStyles;
          if (state.lineIndent > parentIndent) {
            indentStatus = 1;
          } else if (state.lineIndent === parentIndent) {
            indentStatus = 0;
          } else if (state.lineIndent < parentIndent) {
            indentStatus = -1;
          }
        } else {
          allowBlockCollections = false;
        }
      }
    }
    if (allowBlockCollections) {
      allowBlockCollections = atNewLine || allowCompact;
    }
    if (indentStatus === 1 || CONTEXT_BLOCK_OUT === nodeContext) {
      if (CONTEXT_FLOW_IN === nodeContext || CONTEXT_FLOW_OUT === nodeContext) {
        flowIndent = parentIndent;
      } else {
        flowIndent = parentIndent + 1;
      }
      blockIndent = state.position - state.lineStart;
      if (indentStatus === 1) {
        if (allowBlockCollections && (readBlockSequence(state, blockIndent) || readBlockMapping(state, blockIndent, flowIndent)) || readFlowCollection(state, flowIndent)) {
          hasContent = true;
        } else {
          const ch = state.input.charCodeAt(state.position);
          if (propertyStart !== null && allowBlockStyles && !allowBlockCollections && ch !== 124 && ch !== 62 && tryReadBlockMappingFromProperty(
            state,
            propertyStart,
            propertyStart.position - propertyStart.lineStart,
            flowIndent
          )) {
            hasContent = true;
          } else if (allowBlockScalars && readBlockScalar(state, flowIndent) || readSingleQuotedScalar(state, flowIndent) || readDoubleQuotedScalar(state, flowIndent)) {
            hasContent = true;
          } else if (readAlias(state)) {
            hasContent = true;
            if (state.tag !== null || state.anchor !== null) {
              throwError(state, "alias node should not have any properties");
            }
          } else if (readPlainScalar(state, flowIndent, CONTEXT_FLOW_IN === nodeContext)) {
            hasContent = true;
            if (state.tag === null) {
              state.tag = "?";
            }
          }
          if (state.anchor !== null) {
            storeAnchor(state, state.anchor, state.result);
          }
        }
      } else if (indentStatus === 0) {
        hasContent = allowBlockCollections && readBlockSequence(state, blockIndent);
      }
    }
    if (state.tag === null) {
      if (state.anchor !== null) {
        storeAnchor(state, state.anchor, state.result);
      }
    } else if (state.tag === "?") {
      if (state.result !== null && state.kind !== "scalar") {
        throwError(state, 'unacceptable node kind for !<?> tag; it should be "scalar", not "' + state.kind + '"');
      }
      for (let typeIndex = 0, typeQuantity = state.implicitTypes.length; typeIndex < typeQuantity; typeIndex += 1) {
        type2 = state.implicitTypes[typeIndex];
        if (type2.resolve(state.result)) {
          state.result = type2.construct(state.result);
          state.tag = type2.tag;
          if (state.anchor !== null) {
            storeAnchor(state, state.anchor, state.result);
          }
          break;
        }
      }
    } else if (state.tag !== "!") {
      if (_hasOwnProperty.call(state.typeMap[state.kind || "fallback"], state.tag)) {
        type2 = state.typeMap[state.kind || "fallback"][state.tag];
      } else {
        type2 = null;
        const typeList = state.typeMap.multi[state.kind || "fallback"];
        for (let typeIndex = 0, typeQuantity = typeList.length; typeIndex < typeQuantity; typeIndex += 1) {
          if (state.tag.slice(0, typeList[typeIndex].tag.length) === typeList[typeIndex].tag) {
            type2 = typeList[typeIndex];
            break;
          }
        }
      }
      if (!type2) {
        throwError(state, "unknown tag !<" + state.tag + ">");
      }
      if (state.result !== null && type2.kind !== state.kind) {
        throwError(state, "unacceptable node kind for !<" + state.tag + '> tag; it should be "' + type2.kind + '", not "' + state.kind + '"');
      }
      if (!type2.resolve(state.result, state.tag)) {
        throwError(state, "cannot resolve a node with !<" + state.tag + "> explicit tag");
      } else {
        state.result = type2.construct(state.result, state.tag);
        if (state.anchor !== null) {
          storeAnchor(state, state.anchor, state.result);
        }
      }
    }
    if (state.listener !== null) {
      state.listener("close", state);
    }
    state.depth -= 1;
    return state.tag !== null || state.anchor !== null || hasContent;
  }
  function readDocument(state) {
    const documentStart = state.position;
    let hasDirectives = false;
    let ch;
    state.version = null;
    state.checkLineBreaks = state.legacy;
    state.tagMap = /* @__PURE__ */ Object.create(null);
    state.anchorMap = /* @__PURE__ */ Object.create(null);
    while ((ch = state.input.charCodeAt(state.position)) !== 0) {
      skipSeparationSpace(state, true, -1);
      ch = state.input.charCodeAt(state.position);
      if (state.lineIndent > 0 || ch !== 37) {
        break;
      }
      hasDirectives = true;
      ch = state.input.charCodeAt(++state.position);
      let _position = state.position;
      while (ch !== 0 && !isWsOrEol(ch)) {
        ch = state.input.charCodeAt(++state.position);
      }
      const directiveName = state.input.slice(_position, state.position);
      const directiveArgs = [];
      if (directiveName.length < 1) {
        throwError(state, "directive name must not be less than one character in length");
      }
      while (ch !== 0) {
        while (isWhiteSpace(ch)) {
          ch = state.input.charCodeAt(++state.position);
        }
        if (ch === 35) {
          do {
            ch = state.input.charCodeAt(++state.position);
          } while (ch !== 0 && !isEol(ch));
          break;
        }
        if (isEol(ch)) break;
        _position = state.position;
        while (ch !== 0 && !isWsOrEol(ch)) {
          ch = state.input.charCodeAt(++state.position);
        }
        directiveArgs.push(state.input.slice(_position, state.position));
      }
      if (ch !== 0) readLineBreak(state);
      if (_hasOwnProperty.call(directiveHandlers, directiveName)) {
        directiveHandlers[directiveName](state, directiveName, directiveArgs);
      } else {
        throwWarning(state, 'unknown document directive "' + directiveName + '"');
      }
    }
    skipSeparationSpace(state, true, -1);
    if (state.lineIndent === 0 && state.input.charCodeAt(state.position) === 45 && state.input.charCodeAt(state.position + 1) === 45 && state.input.charCodeAt(state.position + 2) === 45) {
      state.position += 3;
      skipSeparationSpace(state, true, -1);
    } else if (hasDirectives) {
      throwError(state, "directives end mark is expected");
    }
    composeNode(state, state.lineIndent - 1, CONTEXT_BLOCK_OUT, false, true);
    skipSeparationSpace(state, true, -1);
    if (state.checkLineBreaks && PATTERN_NON_ASCII_LINE_BREAKS.test(state.input.slice(documentStart, state.position))) {
      throwWarning(state, "non-ASCII line breaks are interpreted as content");
    }
    state.documents.push(state.result);
    if (state.position === state.lineStart && testDocumentSeparator(state)) {
      if (state.input.charCodeAt(state.position) === 46) {
        state.position += 3;
        skipSeparationSpace(state, true, -1);
      }
      return;
    }
    if (state.position < state.length - 1) {
      throwError(state, "end of the stream or a document separator is expected");
    }
  }
  function loadDocuments(input, options) {
    input = String(input);
    options = options || {};
    if (input.length !== 0) {
      if (input.charCodeAt(input.length - 1) !== 10 && input.charCodeAt(input.length - 1) !== 13) {
        input += "\n";
      }
      if (input.charCodeAt(0) === 65279) {
        input = input.slice(1);
      }
    }
    const state = new State(input, options);
    const nullpos = input.indexOf("\0");
    if (nullpos !== -1) {
      state.position = nullpos;
      throwError(state, "null byte is not allowed in input");
    }
    state.input += "\0";
    while (state.input.charCodeAt(state.position) === 32) {
      state.lineIndent += 1;
      state.position += 1;
    }
    while (state.position < state.length - 1) {
      readDocument(state);
    }
    return state.documents;
  }
  function loadAll2(input, iterator, options) {
    if (iterator !== null && typeof iterator === "object" && typeof options === "undefined") {
      options = iterator;
      iterator = null;
    }
    const documents = loadDocuments(input, options);
    if (typeof iterator !== "function") {
      return documents;
    }
    for (let index = 0, length = documents.length; index < length; index += 1) {
      iterator(documents[index]);
    }
  }
  function load2(input, options) {
    const documents = loadDocuments(input, options);
    if (documents.length === 0) {
      return void 0;
    } else if (documents.length === 1) {
      return documents[0];
    }
    throw new YAMLException2("expected a single document in the stream, but found more");
  }
  loader.loadAll = loadAll2;
  loader.load = load2;
  return loader;
}
var dumper = {};
var hasRequiredDumper;
function requireDumper() {
  if (hasRequiredDumper) return dumper;
  hasRequiredDumper = 1;
  const common2 = requireCommon();
  const YAMLException2 = requireException();
  const DEFAULT_SCHEMA2 = require_default();
  const _toString = Object.prototype.toString;
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  const CHAR_BOM = 65279;
  const CHAR_TAB = 9;
  const CHAR_LINE_FEED = 10;
  const CHAR_CARRIAGE_RETURN = 13;
  const CHAR_SPACE = 32;
  const CHAR_EXCLAMATION = 33;
  const CHAR_DOUBLE_QUOTE = 34;
  const CHAR_SHARP = 35;
  const CHAR_PERCENT = 37;
  const CHAR_AMPERSAND = 38;
  const CHAR_SINGLE_QUOTE = 39;
  const CHAR_ASTERISK = 42;
  const CHAR_COMMA = 44;
  const CHAR_MINUS = 45;
  const CHAR_COLON = 58;
  const CHAR_EQUALS = 61;
  const CHAR_GREATER_THAN = 62;
  const CHAR_QUESTION = 63;
  const CHAR_COMMERCIAL_AT = 64;
  const CHAR_LEFT_SQUARE_BRACKET = 91;
  const CHAR_RIGHT_SQUARE_BRACKET = 93;
  const CHAR_GRAVE_ACCENT = 96;
  const CHAR_LEFT_CURLY_BRACKET = 123;
  const CHAR_VERTICAL_LINE = 124;
  const CHAR_RIGHT_CURLY_BRACKET = 125;
  const ESCAPE_SEQUENCES = {};
  ESCAPE_SEQUENCES[0] = "\\0";
  ESCAPE_SEQUENCES[7] = "\\a";
  ESCAPE_SEQUENCES[8] = "\\b";
  ESCAPE_SEQUENCES[9] = "\\t";
  ESCAPE_SEQUENCES[10] = "\\n";
  ESCAPE_SEQUENCES[11] = "\\v";
  ESCAPE_SEQUENCES[12] = "\\f";
  ESCAPE_SEQUENCES[13] = "\\r";
  ESCAPE_SEQUENCES[27] = "\\e";
  ESCAPE_SEQUENCES[34] = '\\"';
  ESCAPE_SEQUENCES[92] = "\\\\";
  ESCAPE_SEQUENCES[133] = "\\N";
  ESCAPE_SEQUENCES[160] = "\\_";
  ESCAPE_SEQUENCES[8232] = "\\L";
  ESCAPE_SEQUENCES[8233] = "\\P";
  const DEPRECATED_BOOLEANS_SYNTAX = [
    "y",
    "Y",
    "yes",
    "Yes",
    "YES",
    "on",
    "On",
    "ON",
    "n",
    "N",
    "no",
    "No",
    "NO",
    "off",
    "Off",
    "OFF"
  ];
  const DEPRECATED_BASE60_SYNTAX = /^[-+]?[0-9_]+(?::[0-9_]+)+(?:\.[0-9_]*)?$/;
  function compileStyleMap(schema2, map2) {
    if (map2 === null) return {};
    const result = {};
    const keys = Object.keys(map2);
    for (let index = 0, length = keys.length; index < length; index += 1) {
      let tag = keys[index];
      let style = String(map2[tag]);
      if (tag.slice(0, 2) === "!!") {
        tag = "tag:yaml.org,2002:" + tag.slice(2);
      }
      const type2 = schema2.compiledTypeMap["fallback"][tag];
      if (type2 && _hasOwnProperty.call(type2.styleAliases, style)) {
        style = type2.styleAliases[style];
      }
      result[tag] = style;
    }
    return result;
  }
  function encodeHex(character) {
    let handle;
    let length;
    const string = character.toString(16).toUpperCase();
    if (character <= 255) {
      handle = "x";
      length = 2;
    } else if (character <= 65535) {
      handle = "u";
      length = 4;
    } else if (character <= 4294967295) {
      handle = "U";
      length = 8;
    } else {
      throw new YAMLException2("code point within a string may not be greater than 0xFFFFFFFF");
    }
    return "\\" + handle + common2.repeat("0", length - string.length) + string;
  }
  const QUOTING_TYPE_SINGLE = 1;
  const QUOTING_TYPE_DOUBLE = 2;
  function State(options) {
    this.schema = options["schema"] || DEFAULT_SCHEMA2;
    this.indent = Math.max(1, options["indent"] || 2);
    this.noArrayIndent = options["noArrayIndent"] || false;
    this.skipInvalid = options["skipInvalid"] || false;
    this.flowLevel = common2.isNothing(options["flowLevel"]) ? -1 : options["flowLevel"];
    this.styleMap = compileStyleMap(this.schema, options["styles"] || null);
    this.sortKeys = options["sortKeys"] || false;
    this.lineWidth = options["lineWidth"] || 80;
    this.noRefs = options["noRefs"] || false;
    this.noCompatMode = options["noCompatMode"] || false;
    this.condenseFlow = options["condenseFlow"] || false;
    this.quotingType = options["quotingType"] === '"' ? QUOTING_TYPE_DOUBLE : QUOTING_TYPE_SINGLE;
    this.forceQuotes = options["forceQuotes"] || false;
    this.replacer = typeof options["replacer"] === "function" ? options["replacer"] : null;
    this.implicitTypes = this.schema.compiledImplicit;
    this.explicitTypes = this.schema.compiledExplicit;
    this.tag = null;
    this.result = "";
    this.duplicates = [];
    this.usedDuplicates = null;
  }
  function indentString(string, spaces) {
    const ind = common2.repeat(" ", spaces);
    let position = 0;
    let result = "";
    const length = string.length;
    while (position < length) {
      let line;
      const next = string.indexOf("\n", position);
      if (next === -1) {
        line = string.slice(position);
        position = length;
      } else {
        line = string.slice(position, next + 1);
        position = next + 1;
      }
      if (line.length && line !== "\n") result += ind;
      result += line;
    }
    return result;
  }
  function generateNextLine(state, level) {
    return "\n" + common2.repeat(" ", state.indent * level);
  }
  function testImplicitResolving(state, str2) {
    for (let index = 0, length = state.implicitTypes.length; index < length; index += 1) {
      const type2 = state.implicitTypes[index];
      if (type2.resolve(str2)) {
        return true;
      }
    }
    return false;
  }
  function isWhitespace(c) {
    return c === CHAR_SPACE || c === CHAR_TAB;
  }
  function isPrintable(c) {
    return c >= 32 && c <= 126 || c >= 161 && c <= 55295 && c !== 8232 && c !== 8233 || c >= 57344 && c <= 65533 && c !== CHAR_BOM || c >= 65536 && c <= 1114111;
  }
  function isNsCharOrWhitespace(c) {
    return isPrintable(c) && c !== CHAR_BOM && // - b-char
    c !== CHAR_CARRIAGE_RETURN && c !== CHAR_LINE_FEED;
  }
  function isPlainSafe(c, prev, inblock) {
    const cIsNsCharOrWhitespace = isNsCharOrWhitespace(c);
    const cIsNsChar = cIsNsCharOrWhitespace && !isWhitespace(c);
    return (
      // ns-plain-safe
      (inblock ? cIsNsCharOrWhitespace : cIsNsCharOrWhitespace && // - c-flow-indicator
      c !== CHAR_COMMA && c !== CHAR_LEFT_SQUARE_BRACKET && c !== CHAR_RIGHT_SQUARE_BRACKET && c !== CHAR_LEFT_CURLY_BRACKET && c !== CHAR_RIGHT_CURLY_BRACKET) && // ns-plain-char
      c !== CHAR_SHARP && // false on '#'
      !(prev === CHAR_COLON && !cIsNsChar) || // false on ': '
      isNsCharOrWhitespace(prev) && !isWhitespace(prev) && c === CHAR_SHARP || // change to true on '[^ ]#'
      prev === CHAR_COLON && cIsNsChar
    );
  }
  function isPlainSafeFirst(c) {
    return isPrintable(c) && c !== CHAR_BOM && !isWhitespace(c) && // - s-white
    // - (c-indicator ::=
    // “-” | “?” | “:” | “,” | “[” | “]” | “{” | “}”
    c !== CHAR_MINUS && c !== CHAR_QUESTION && c !== CHAR_COLON && c !== CHAR_COMMA && c !== CHAR_LEFT_SQUARE_BRACKET && c !== CHAR_RIGHT_SQUARE_BRACKET && c !== CHAR_LEFT_CURLY_BRACKET && c !== CHAR_RIGHT_CURLY_BRACKET && // | “#” | “&” | “*” | “!” | “|” | “=” | “>” | “'” | “"”
    c !== CHAR_SHARP && c !== CHAR_AMPERSAND && c !== CHAR_ASTERISK && c !== CHAR_EXCLAMATION && c !== CHAR_VERTICAL_LINE && c !== CHAR_EQUALS && c !== CHAR_GREATER_THAN && c !== CHAR_SINGLE_QUOTE && c !== CHAR_DOUBLE_QUOTE && // | “%” | “@” | “`”)
    c !== CHAR_PERCENT && c !== CHAR_COMMERCIAL_AT && c !== CHAR_GRAVE_ACCENT;
  }
  function isPlainSafeLast(c) {
    return !isWhitespace(c) && c !== CHAR_COLON;
  }
  function codePointAt(string, pos) {
    const first = string.charCodeAt(pos);
    let second;
    if (first >= 55296 && first <= 56319 && pos + 1 < string.length) {
      second = string.charCodeAt(pos + 1);
      if (second >= 56320 && second <= 57343) {
        return (first - 55296) * 1024 + second - 56320 + 65536;
      }
    }
    return first;
  }
  function needIndentIndicator(string) {
    const leadingSpaceRe = /^\n* /;
    return leadingSpaceRe.test(string);
  }
  const STYLE_PLAIN = 1;
  const STYLE_SINGLE = 2;
  const STYLE_LITERAL = 3;
  const STYLE_FOLDED = 4;
  const STYLE_DOUBLE = 5;
  function chooseScalarStyle(string, singleLineOnly, indentPerLevel, lineWidth, testAmbiguousType, quotingType, forceQuotes, inblock) {
    let i;
    let char = 0;
    let prevChar = null;
    let hasLineBreak = false;
    let hasFoldableLine = false;
    const shouldTrackWidth = lineWidth !== -1;
    let previousLineBreak = -1;
    let plain = isPlainSafeFirst(codePointAt(string, 0)) && isPlainSafeLast(codePointAt(string, string.length - 1));
    if (singleLineOnly || forceQuotes) {
      for (i = 0; i < string.length; char >= 65536 ? i += 2 : i++) {
        char = codePointAt(string, i);
        if (!isPrintable(char)) {
          return STYLE_DOUBLE;
        }
        plain = plain && isPlainSafe(char, prevChar, inblock);
        prevChar = char;
      }
    } else {
      for (i = 0; i < string.length; char >= 65536 ? i += 2 : i++) {
        char = codePointAt(string, i);
        if (char === CHAR_LINE_FEED) {
          hasLineBreak = true;
          if (shouldTrackWidth) {
            hasFoldableLine = hasFoldableLine || // Foldable line = too long, and not more-indented.
            i - previousLineBreak - 1 > lineWidth && string[previousLineBreak + 1] !== " ";
            previousLineBreak = i;
          }
        } else if (!isPrintable(char)) {
          return STYLE_DOUBLE;
        }
        plain = plain && isPlainSafe(char, prevChar, inblock);
        prevChar = char;
      }
      hasFoldableLine = hasFoldableLine || shouldTrackWidth && (i - previousLineBreak - 1 > lineWidth && string[previousLineBreak + 1] !== " ");
    }
    if (!hasLineBreak && !hasFoldableLine) {
      if (plain && !forceQuotes && !testAmbiguousType(string)) {
        return STYLE_PLAIN;
      }
      return quotingType === QUOTING_TYPE_DOUBLE ? STYLE_DOUBLE : STYLE_SINGLE;
    }
    if (indentPerLevel > 9 && needIndentIndicator(string)) {
      return STYLE_DOUBLE;
    }
    if (!forceQuotes) {
      return hasFoldableLine ? STYLE_FOLDED : STYLE_LITERAL;
    }
    return quotingType === QUOTING_TYPE_DOUBLE ? STYLE_DOUBLE : STYLE_SINGLE;
  }
  function writeScalar(state, string, level, iskey, inblock) {
    state.dump = (function() {
      if (string.length === 0) {
        return state.quotingType === QUOTING_TYPE_DOUBLE ? '""' : "''";
      }
      if (!state.noCompatMode) {
        if (DEPRECATED_BOOLEANS_SYNTAX.indexOf(string) !== -1 || DEPRECATED_BASE60_SYNTAX.test(string)) {
          return state.quotingType === QUOTING_TYPE_DOUBLE ? '"' + string + '"' : "'" + string + "'";
        }
      }
      const indent = state.indent * Math.max(1, level);
      const lineWidth = state.lineWidth === -1 ? -1 : Math.max(Math.min(state.lineWidth, 40), state.lineWidth - indent);
      const singleLineOnly = iskey || // No block styles in flow mode.
      state.flowLevel > -1 && level >= state.flowLevel;
      function testAmbiguity(string2) {
        return testImplicitResolving(state, string2);
      }
      switch (chooseScalarStyle(
        string,
        singleLineOnly,
        state.indent,
        lineWidth,
        testAmbiguity,
        state.quotingType,
        state.forceQuotes && !iskey,
        inblock
      )) {
        case STYLE_PLAIN:
          return string;
        case STYLE_SINGLE:
          return "'" + string.replace(/'/g, "''") + "'";
        case STYLE_LITERAL:
          return "|" + blockHeader(string, state.indent) + dropEndingNewline(indentString(string, indent));
        case STYLE_FOLDED:
          return ">" + blockHeader(string, state.indent) + dropEndingNewline(indentString(foldString(string, lineWidth), indent));
        case STYLE_DOUBLE:
          return '"' + escapeString(string) + '"';
        default:
          throw new YAMLException2("impossible error: invalid scalar style");
      }
    })();
  }
  function blockHeader(string, indentPerLevel) {
    const indentIndicator = needIndentIndicator(string) ? String(indentPerLevel) : "";
    const clip = string[string.length - 1] === "\n";
    const keep = clip && (string[string.length - 2] === "\n" || string === "\n");
    const chomp = keep ? "+" : clip ? "" : "-";
    return indentIndicator + chomp + "\n";
  }
  function dropEndingNewline(string) {
    return string[string.length - 1] === "\n" ? string.slice(0, -1) : string;
  }
  function foldString(string, width) {
    const lineRe = /(\n+)([^\n]*)/g;
    let result = (function() {
      let nextLF = string.indexOf("\n");
      nextLF = nextLF !== -1 ? nextLF : string.length;
      lineRe.lastIndex = nextLF;
      return foldLine(string.slice(0, nextLF), width);
    })();
    let prevMoreIndented = string[0] === "\n" || string[0] === " ";
    let moreIndented;
    let match;
    while (match = lineRe.exec(string)) {
      const prefix = match[1];
      const line = match[2];
      moreIndented = line[0] === " ";
      result += prefix + (!prevMoreIndented && !moreIndented && line !== "" ? "\n" : "") + foldLine(line, width);
      prevMoreIndented = moreIndented;
    }
    return result;
  }
  function foldLine(line, width) {
    if (line === "" || line[0] === " ") return line;
    const breakRe = / [^ ]/g;
    let match;
    let start = 0;
    let end;
    let curr = 0;
    let next = 0;
    let result = "";
    while (match = breakRe.exec(line)) {
      next = match.index;
      if (next - start > width) {
        end = curr > start ? curr : next;
        result += "\n" + line.slice(start, end);
        start = end + 1;
      }
      curr = next;
    }
    result += "\n";
    if (line.length - start > width && curr > start) {
      result += line.slice(start, curr) + "\n" + line.slice(curr + 1);
    } else {
      result += line.slice(start);
    }
    return result.slice(1);
  }
  function escapeString(string) {
    let result = "";
    let char = 0;
    for (let i = 0; i < string.length; char >= 65536 ? i += 2 : i++) {
      char = codePointAt(string, i);
      const escapeSeq = ESCAPE_SEQUENCES[char];
      if (!escapeSeq && isPrintable(char)) {
        result += string[i];
        if (char >= 65536) result += string[i + 1];
      } else {
        result += escapeSeq || encodeHex(char);
      }
    }
    return result;
  }
  function writeFlowSequence(state, level, object) {
    let _result = "";
    const _tag = state.tag;
    for (let index = 0, length = object.length; index < length; index += 1) {
      let value = object[index];
      if (state.replacer) {
        value = state.replacer.call(object, String(index), value);
      }
      if (writeNode(state, level, value, false, false) || typeof value === "undefined" && writeNode(state, level, null, false, false)) {
        if (_result !== "") _result += "," + (!state.condenseFlow ? " " : "");
        _result += state.dump;
      }
    }
    state.tag = _tag;
    state.dump = "[" + _result + "]";
  }
  function writeBlockSequence(state, level, object, compact) {
    let _result = "";
    const _tag = state.tag;
    for (let index = 0, length = object.length; index < length; index += 1) {
      let value = object[index];
      if (state.replacer) {
        value = state.replacer.call(object, String(index), value);
      }
      if (writeNode(state, level + 1, value, true, true, false, true) || typeof value === "undefined" && writeNode(state, level + 1, null, true, true, false, true)) {
        if (!compact || _result !== "") {
          _result += generateNextLine(state, level);
        }
        if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
          _result += "-";
        } else {
          _result += "- ";
        }
        _result += state.dump;
      }
    }
    state.tag = _tag;
    state.dump = _result || "[]";
  }
  function writeFlowMapping(state, level, object) {
    let _result = "";
    const _tag = state.tag;
    const objectKeyList = Object.keys(object);
    for (let index = 0, length = objectKeyList.length; index < length; index += 1) {
      let pairBuffer = "";
      if (_result !== "") pairBuffer += ", ";
      if (state.condenseFlow) pairBuffer += '"';
      const objectKey = objectKeyList[index];
      let objectValue = object[objectKey];
      if (state.replacer) {
        objectValue = state.replacer.call(object, objectKey, objectValue);
      }
      if (!writeNode(state, level, objectKey, false, false)) {
        continue;
      }
      if (state.dump.length > 1024) pairBuffer += "? ";
      pairBuffer += state.dump + (state.condenseFlow ? '"' : "") + ":" + (state.condenseFlow ? "" : " ");
      if (!writeNode(state, level, objectValue, false, false)) {
        continue;
      }
      pairBuffer += state.dump;
      _result += pairBuffer;
    }
    state.tag = _tag;
    state.dump = "{" + _result + "}";
  }
  function writeBlockMapping(state, level, object, compact) {
    let _result = "";
    const _tag = state.tag;
    const objectKeyList = Object.keys(object);
    if (state.sortKeys === true) {
      objectKeyList.sort();
    } else if (typeof state.sortKeys === "function") {
      objectKeyList.sort(state.sortKeys);
    } else if (state.sortKeys) {
      throw new YAMLException2("sortKeys must be a boolean or a function");
    }
    for (let index = 0, length = objectKeyList.length; index < length; index += 1) {
      let pairBuffer = "";
      if (!compact || _result !== "") {
        pairBuffer += generateNextLine(state, level);
      }
      const objectKey = objectKeyList[index];
      let objectValue = object[objectKey];
      if (state.replacer) {
        objectValue = state.replacer.call(object, objectKey, objectValue);
      }
      if (!writeNode(state, level + 1, objectKey, true, true, true)) {
        continue;
      }
      const explicitPair = state.tag !== null && state.tag !== "?" || state.dump && state.dump.length > 1024;
      if (explicitPair) {
        if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
          pairBuffer += "?";
        } else {
          pairBuffer += "? ";
        }
      }
      pairBuffer += state.dump;
      if (explicitPair) {
        pairBuffer += generateNextLine(state, level);
      }
      if (!writeNode(state, level + 1, objectValue, true, explicitPair)) {
        continue;
      }
      if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
        pairBuffer += ":";
      } else {
        pairBuffer += ": ";
      }
      pairBuffer += state.dump;
      _result += pairBuffer;
    }
    state.tag = _tag;
    state.dump = _result || "{}";
  }
  function detectType(state, object, explicit) {
    const typeList = explicit ? state.explicitTypes : state.implicitTypes;
    for (let index = 0, length = typeList.length; index < length; index += 1) {
      const type2 = typeList[index];
      if ((type2.instanceOf || type2.predicate) && (!type2.instanceOf || typeof object === "object" && object instanceof type2.instanceOf) && (!type2.predicate || type2.predicate(object))) {
        if (explicit) {
          if (type2.multi && type2.representName) {
            state.tag = type2.representName(object);
          } else {
            state.tag = type2.tag;
          }
        } else {
          state.tag = "?";
        }
        if (type2.represent) {
          const style = state.styleMap[type2.tag] || type2.defaultStyle;
          let _result;
          if (_toString.call(type2.represent) === "[object Function]") {
            _result = type2.represent(object, style);
          } else if (_hasOwnProperty.call(type2.represent, style)) {
            _result = type2.represent[style](object, style);
          } else {
            throw new YAMLException2("!<" + type2.tag + '> tag resolver accepts not "' + style + '" style');
          }
          state.dump = _result;
        }
        return true;
      }
    }
    return false;
  }
  function writeNode(state, level, object, block, compact, iskey, isblockseq) {
    state.tag = null;
    state.dump = object;
    if (!detectType(state, object, false)) {
      detectType(state, object, true);
    }
    const type2 = _toString.call(state.dump);
    const inblock = block;
    if (block) {
      block = state.flowLevel < 0 || state.flowLevel > level;
    }
    const objectOrArray = type2 === "[object Object]" || type2 === "[object Array]";
    let duplicateIndex;
    let duplicate;
    if (objectOrArray) {
      duplicateIndex = state.duplicates.indexOf(object);
      duplicate = duplicateIndex !== -1;
    }
    if (state.tag !== null && state.tag !== "?" || duplicate || state.indent !== 2 && level > 0) {
      compact = false;
    }
    if (duplicate && state.usedDuplicates[duplicateIndex]) {
      state.dump = "*ref_" + duplicateIndex;
    } else {
      if (objectOrArray && duplicate && !state.usedDuplicates[duplicateIndex]) {
        state.usedDuplicates[duplicateIndex] = true;
      }
      if (type2 === "[object Object]") {
        if (block && Object.keys(state.dump).length !== 0) {
          writeBlockMapping(state, level, state.dump, compact);
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + state.dump;
          }
        } else {
          writeFlowMapping(state, level, state.dump);
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + " " + state.dump;
          }
        }
      } else if (type2 === "[object Array]") {
        if (block && state.dump.length !== 0) {
          if (state.noArrayIndent && !isblockseq && level > 0) {
            writeBlockSequence(state, level - 1, state.dump, compact);
          } else {
            writeBlockSequence(state, level, state.dump, compact);
          }
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + state.dump;
          }
        } else {
          writeFlowSequence(state, level, state.dump);
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + " " + state.dump;
          }
        }
      } else if (type2 === "[object String]") {
        if (state.tag !== "?") {
          writeScalar(state, state.dump, level, iskey, inblock);
        }
      } else if (type2 === "[object Undefined]") {
        return false;
      } else {
        if (state.skipInvalid) return false;
        throw new YAMLException2("unacceptable kind of an object to dump " + type2);
      }
      if (state.tag !== null && state.tag !== "?") {
        let tagStr = encodeURI(
          state.tag[0] === "!" ? state.tag.slice(1) : state.tag
        ).replace(/!/g, "%21");
        if (state.tag[0] === "!") {
          tagStr = "!" + tagStr;
        } else if (tagStr.slice(0, 18) === "tag:yaml.org,2002:") {
          tagStr = "!!" + tagStr.slice(18);
        } else {
          tagStr = "!<" + tagStr + ">";
        }
        state.dump = tagStr + " " + state.dump;
      }
    }
    return true;
  }
  function getDuplicateReferences(object, state) {
    const objects = [];
    const duplicatesIndexes = [];
    inspectNode(object, objects, duplicatesIndexes);
    const length = duplicatesIndexes.length;
    for (let index = 0; index < length; index += 1) {
      state.duplicates.push(objects[duplicatesIndexes[index]]);
    }
    state.usedDuplicates = new Array(length);
  }
  function inspectNode(object, objects, duplicatesIndexes) {
    if (object !== null && typeof object === "object") {
      const index = objects.indexOf(object);
      if (index !== -1) {
        if (duplicatesIndexes.indexOf(index) === -1) {
          duplicatesIndexes.push(index);
        }
      } else {
        objects.push(object);
        if (Array.isArray(object)) {
          for (let i = 0, length = object.length; i < length; i += 1) {
            inspectNode(object[i], objects, duplicatesIndexes);
          }
        } else {
          const objectKeyList = Object.keys(object);
          for (let i = 0, length = objectKeyList.length; i < length; i += 1) {
            inspectNode(object[objectKeyList[i]], objects, duplicatesIndexes);
          }
        }
      }
    }
  }
  function dump2(input, options) {
    options = options || {};
    const state = new State(options);
    if (!state.noRefs) getDuplicateReferences(input, state);
    let value = input;
    if (state.replacer) {
      value = state.replacer.call({ "": value }, "", value);
    }
    if (writeNode(state, 0, value, true, true)) return state.dump + "\n";
    return "";
  }
  dumper.dump = dump2;
  return dumper;
}
var hasRequiredJsYaml;
function requireJsYaml() {
  if (hasRequiredJsYaml) return jsYaml;
  hasRequiredJsYaml = 1;
  const loader2 = requireLoader();
  const dumper2 = requireDumper();
  function renamed(from, to) {
    return function() {
      throw new Error("Function yaml." + from + " is removed in js-yaml 4. Use yaml." + to + " instead, which is now safe by default.");
    };
  }
  jsYaml.Type = requireType();
  jsYaml.Schema = requireSchema();
  jsYaml.FAILSAFE_SCHEMA = requireFailsafe();
  jsYaml.JSON_SCHEMA = requireJson();
  jsYaml.CORE_SCHEMA = requireCore();
  jsYaml.DEFAULT_SCHEMA = require_default();
  jsYaml.load = loader2.load;
  jsYaml.loadAll = loader2.loadAll;
  jsYaml.dump = dumper2.dump;
  jsYaml.YAMLException = requireException();
  jsYaml.types = {
    binary: requireBinary(),
    float: requireFloat(),
    map: requireMap(),
    null: require_null(),
    pairs: requirePairs(),
    set: requireSet(),
    timestamp: requireTimestamp(),
    bool: requireBool(),
    int: requireInt(),
    merge: requireMerge(),
    omap: requireOmap(),
    seq: requireSeq(),
    str: requireStr()
  };
  jsYaml.safeLoad = renamed("safeLoad", "load");
  jsYaml.safeLoadAll = renamed("safeLoadAll", "loadAll");
  jsYaml.safeDump = renamed("safeDump", "dump");
  return jsYaml;
}
var jsYamlExports = requireJsYaml();
const yaml = /* @__PURE__ */ getDefaultExportFromCjs(jsYamlExports);
const {
  Type,
  Schema,
  FAILSAFE_SCHEMA,
  JSON_SCHEMA,
  CORE_SCHEMA,
  DEFAULT_SCHEMA,
  load,
  loadAll,
  dump,
  YAMLException,
  types,
  safeLoad,
  safeLoadAll,
  safeDump
} = yaml;

//# sourceMappingURL=js-yaml.mjs.map

;// CONCATENATED MODULE: ./src/load/yaml-positions.ts
/** Slots per recorded node in `NodeRecorder.nodes`: start offset, end offset, depth. */
const STRIDE = 3;
/** Characters per node in real manifests: 7 at the densest (flow style), 10 typical: sizes `NodeRecorder.nodes`. */
const CHARS_PER_NODE = 8;
/** `NodeRecorder.onlyChild` codes besides a node index: no child closed yet; not an only child with a collection. */
const NO_CHILD = -1;
const NOT_ONLY = -2;
/**
 * Records js-yaml's node events into one flat typed array while a file parses. js-yaml 4 calls its
 * `listener` with 'open' when it starts composing a node and 'close' when the node is done; nodes
 * close in post-order, so (start, end, depth) per closed node is enough to rebuild the tree later.
 * The tree itself is only rebuilt for documents that end up with a finding.
 *
 * The listener runs for every node of every file, so it allocates next to nothing per node: one
 * Int32Array with three slots per node, sized from the text length up front so that most files never
 * grow it, typed stacks for the open nodes, and a parsed result kept only for an only child that is
 * a collection (measured on 10,000 objects: the recorder went from ~1.2x to ~1.08x of a plain
 * `loadAll` whose results are kept, mostly from no longer keeping every node's result).
 */
class NodeRecorder {
    /** `STRIDE` slots per closed node, in closing order. */
    nodes;
    count = 0;
    /** Indices of nodes that closed at depth 0: the root node of each document, in order. */
    roots = [];
    /** Start offsets of the nodes still open, outermost first. */
    openStarts = new Int32Array(64);
    openDepth = 0;
    /**
     * Per depth, for the node open at the depth above: its only child so far, if that child is a
     * collection (its index here, its parsed result in `onlyChildSoFar`), else `NO_CHILD` or
     * `NOT_ONLY` (a second child, or a scalar). One slot more than `openStarts`: the innermost open
     * node's children sit one deeper.
     */
    onlyChild = new Int32Array(65);
    onlyChildSoFar = [];
    /**
     * The parsed collection of each node that is the only child of its parent. js-yaml sometimes
     * composes a node inside another for the same value (anchors, tags, explicit keys, a sequence item
     * that was first tried as a mapping key); identical results let us see through those wrappers.
     * Only an only child can be such a wrapped node, so only those are kept.
     */
    onlyChildResults;
    /** Added to every recorded offset, for text parsed in slices of a larger file. */
    offsetBase = 0;
    constructor(textLength = 0) {
        this.nodes = new Int32Array(STRIDE * Math.max(256, Math.ceil(textLength / CHARS_PER_NODE)));
    }
    listener = (event, state) => {
        if (event === 'open') {
            const d = this.openDepth;
            if (d === this.openStarts.length)
                this.growStacks();
            this.openStarts[d] = state.position;
            // Children of this node close at depth d + 1.
            this.onlyChild[d + 1] = NO_CHILD;
            this.openDepth = d + 1;
            return;
        }
        let start = state.position;
        let depth = 0;
        if (this.openDepth > 0) {
            depth = --this.openDepth;
            start = this.openStarts[depth];
        }
        const n = this.count;
        let i = n * STRIDE;
        if (i === this.nodes.length)
            this.growNodes();
        const nodes = this.nodes;
        nodes[i] = start + this.offsetBase;
        nodes[++i] = state.position + this.offsetBase;
        nodes[++i] = depth;
        this.count = n + 1;
        const only = this.onlyChild[depth + 1];
        if (only >= 0)
            (this.onlyChildResults ??= new Map()).set(only, this.onlyChildSoFar[depth + 1]);
        if (depth === 0) {
            this.roots.push(n);
            return;
        }
        // This node as its parent's child: scalars (most first children are mapping keys) and second
        // children rule the parent out at once; only a first child that is a collection is kept.
        const sibling = this.onlyChild[depth];
        if (sibling === NO_CHILD) {
            const result = state.result;
            if (result !== null && typeof result === 'object') {
                this.onlyChild[depth] = n;
                this.onlyChildSoFar[depth] = result;
            }
            else
                this.onlyChild[depth] = NOT_ONLY;
        }
        else if (sibling >= 0)
            this.onlyChild[depth] = NOT_ONLY;
    };
    start(node) {
        return this.nodes[node * STRIDE];
    }
    end(node) {
        return this.nodes[node * STRIDE + 1];
    }
    depth(node) {
        return this.nodes[node * STRIDE + 2];
    }
    /** The parsed collection of `node` when it is the only child of its parent, else undefined. */
    onlyChildResult(node) {
        return this.onlyChildResults?.get(node);
    }
    growNodes() {
        const bigger = new Int32Array(this.nodes.length * 2);
        bigger.set(this.nodes);
        this.nodes = bigger;
    }
    growStacks() {
        const size = this.openStarts.length * 2;
        const grow = (a, length) => {
            const b = new Int32Array(length);
            b.set(a);
            return b;
        };
        this.openStarts = grow(this.openStarts, size);
        this.onlyChild = grow(this.onlyChild, size + 1);
    }
    /** Forgets the open nodes of a parse that threw, so the next parse starts clean. */
    resetOpen() {
        this.openDepth = 0;
        this.onlyChildSoFar.length = 0;
    }
}
/**
 * Positions of one YAML document: maps field paths of its parsed value to source ranges.
 */
class DocumentPositions {
    source;
    rec;
    from;
    to;
    children;
    constructor(source, rec, from, to) {
        this.source = source;
        this.rec = rec;
        this.from = from;
        this.to = to;
    }
    get root() {
        return this.to - 1;
    }
    /** Range of a node; collections report only their first line, so comments land on one line. */
    nodeRange(node, firstLineOnly = false) {
        const text = this.source.text;
        const start = skipSpace(text, this.rec.start(node));
        let end = trimEnd(text, Math.max(start, this.rec.end(node)), start);
        if (firstLineOnly)
            end = Math.min(end, this.source.lineEnd(start));
        return { start, end };
    }
    /**
     * Source range of `path` inside the document whose parsed value is `value`. Map entries span
     * from the key to the end of a scalar value; collections span their first line. When the path
     * does not exist, the nearest existing ancestor is returned.
     */
    locate(value, path, prefix = []) {
        const full = prefix.length ? [...prefix, ...path] : path;
        let node = this.root;
        let current = value;
        let keyNode = -1;
        let matched = 0;
        for (const segment of full) {
            const next = this.child(node, current, segment);
            if (!next)
                break;
            node = next.value;
            keyNode = next.key;
            current = current[segment];
            matched++;
        }
        const isCollection = current !== null && typeof current === 'object';
        const valueRange = this.nodeRange(node, isCollection);
        let start = valueRange.start;
        let end = valueRange.end;
        if (keyNode >= 0) {
            start = this.nodeRange(keyNode).start;
            if (isCollection || current === null || current === undefined || end <= start)
                end = this.source.lineEnd(start);
        }
        const r = this.source.range(start, end);
        return { ...r, matchedSegments: Math.max(0, matched - prefix.length) };
    }
    /** Full extent of the node at `path` (an object in a List, or the whole document). */
    span(value, path) {
        let node = this.root;
        let current = value;
        for (const segment of path) {
            const next = this.child(node, current, segment);
            if (!next)
                break;
            node = next.value;
            current = current[segment];
        }
        const { start, end } = this.nodeRange(node);
        return this.source.range(start, end);
    }
    child(node, value, segment) {
        if (value === null || typeof value !== 'object')
            return undefined;
        let kids = this.childrenOf(node);
        while (kids.length === 1 && this.rec.onlyChildResult(kids[0]) === value) {
            node = kids[0];
            kids = this.childrenOf(node);
        }
        if (Array.isArray(value)) {
            if (typeof segment !== 'number' || segment < 0 || segment >= value.length)
                return undefined;
            // A sequence's children are its items, unless something (an alias) hid them from us.
            if (kids.length !== value.length)
                return undefined;
            return { key: -1, value: kids[segment] };
        }
        if (typeof segment !== 'string' || !(segment in value))
            return undefined;
        // Before a `---` marker js-yaml opens one more (empty) node while looking for the next key.
        if (kids.length % 2 !== 0 && this.rec.start(kids[kids.length - 1]) === this.rec.end(kids[kids.length - 1])) {
            kids = kids.slice(0, -1);
        }
        if (kids.length % 2 !== 0)
            return undefined;
        // The last occurrence wins, as in the parsed value.
        for (let i = kids.length - 2; i >= 0; i -= 2) {
            if (this.keyText(kids[i]) === segment)
                return { key: kids[i], value: kids[i + 1] };
        }
        return undefined;
    }
    keyText(node) {
        const { start, end } = this.nodeRange(node);
        const raw = this.source.text.slice(start, end);
        const c = raw.charCodeAt(0);
        if (c === 34 /* " */) {
            try {
                return JSON.parse(raw);
            }
            catch {
                return raw.slice(1, -1);
            }
        }
        if (c === 39 /* ' */)
            return raw.slice(1, -1).replace(/''/g, "'");
        return raw.trim();
    }
    childrenOf(node) {
        if (!this.children)
            this.children = buildChildren(this.rec, this.from, this.to);
        return this.children.get(node) ?? [];
    }
}
/** Rebuilds parent → children lists from post-order (node, depth) records. */
function buildChildren(rec, from, to) {
    const children = new Map();
    const pending = [];
    for (let k = from; k < to; k++) {
        const d = rec.depth(k);
        let i = pending.length;
        while (i > 0 && rec.depth(pending[i - 1]) > d)
            i--;
        if (i < pending.length) {
            children.set(k, pending.slice(i));
            pending.length = i;
        }
        pending.push(k);
    }
    return children;
}
/** Skips blanks, line breaks and comments: js-yaml opens a node before seeking to its content. */
function skipSpace(text, i) {
    const n = text.length;
    while (i < n) {
        const c = text.charCodeAt(i);
        if (c === 32 || c === 9 || c === 10 || c === 13)
            i++;
        else if (c === 35 /* # */) {
            while (i < n && text.charCodeAt(i) !== 10)
                i++;
        }
        else
            break;
    }
    return i;
}
function trimEnd(text, end, floor) {
    while (end > floor) {
        const c = text.charCodeAt(end - 1);
        if (c === 32 || c === 9 || c === 10 || c === 13)
            end--;
        else
            break;
    }
    return end;
}

;// CONCATENATED MODULE: ./src/load/parse-yaml.ts


/**
 * The types Kubernetes gives manifests. kubectl and the apiserver read YAML with go-yaml v2
 * (through sigs.k8s.io/yaml), that is with YAML 1.1's plain scalars, and turn it into JSON:
 * - `yes`/`no`/`on`/`off`/`y`/`n` (in any of their spellings) are booleans, as in YAML 1.1;
 * - `0644` is octal (420) and `1_000` is 1000, as go-yaml reads integers, so `defaultMode: 0644`
 *   means what it says;
 * - an unquoted `2024-01-01` stays the string it looks like (JSON has no dates), where js-yaml's
 *   default schema would make it a date and a string field would hold something else;
 * - merge keys (`<<: *defaults`) and `!!binary` work; an explicit `!!timestamp` keeps its text.
 */
// js-yaml exports its built-in types; @types/js-yaml does not declare them.
const builtinTypes = yaml.types;
const YAML11_TRUE = new Set(['y', 'Y', 'yes', 'Yes', 'YES', 'true', 'True', 'TRUE', 'on', 'On', 'ON']);
const YAML11_FALSE = new Set(['n', 'N', 'no', 'No', 'NO', 'false', 'False', 'FALSE', 'off', 'Off', 'OFF']);
const yaml11Bool = new yaml.Type('tag:yaml.org,2002:bool', {
    kind: 'scalar',
    resolve: (text) => YAML11_TRUE.has(text) || YAML11_FALSE.has(text),
    construct: (text) => YAML11_TRUE.has(text),
    predicate: (value) => typeof value === 'boolean',
});
/**
 * Integers as go-yaml v2 reads them: underscores dropped, then Go's `ParseInt(text, 0, 64)`, so
 * decimal, `0x` hex, `0o` and legacy `0` octal, and `0b` binary.
 */
const GO_INT = /^[-+]?(?:0|[1-9][0-9]*|0[0-7]+|0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+)$/;
const goInt = new yaml.Type('tag:yaml.org,2002:int', {
    kind: 'scalar',
    resolve: (text) => {
        // Every plain scalar is offered to this type: most are words, which a first character rules out.
        const c = text.charCodeAt(0);
        if (!((c >= 48 && c <= 57) || c === 45 || c === 43))
            return false;
        return GO_INT.test(text.includes('_') ? text.replace(/_/g, '') : text);
    },
    construct: (text) => {
        const plain = text.replace(/_/g, '');
        const sign = plain.startsWith('-') ? -1 : 1;
        const body = plain.replace(/^[-+]/, '').toLowerCase();
        const value = body.startsWith('0x') ? parseInt(body.slice(2), 16)
            : body.startsWith('0o') ? parseInt(body.slice(2), 8)
                : body.startsWith('0b') ? parseInt(body.slice(2), 2)
                    : body.length > 1 && body.startsWith('0') ? parseInt(body.slice(1), 8)
                        : parseInt(body, 10);
        return sign * value;
    },
    predicate: (value) => Number.isInteger(value),
});
const MANIFEST_SCHEMA = yaml.FAILSAFE_SCHEMA.extend({
    implicit: [builtinTypes.null, yaml11Bool, goInt, builtinTypes.float, builtinTypes.merge],
    explicit: [
        builtinTypes.binary,
        new yaml.Type('tag:yaml.org,2002:timestamp', { kind: 'scalar', construct: (text) => text }),
    ],
});
const DEFAULT_PARSE_LIMITS = { maxDepth: 100, maxExpandedNodes: 1_000_000 };
/**
 * Parses every document of a YAML (or JSON) file and keeps where each node sits. The whole file
 * is parsed in one go; only when that fails is it re-parsed document by document, so one broken
 * document costs the user that document, not the whole file.
 */
function parseYamlDocuments(source, limits = DEFAULT_PARSE_LIMITS) {
    const rec = new NodeRecorder(source.text.length);
    try {
        const values = yaml.loadAll(source.text, null, {
            filename: source.file,
            listener: rec.listener,
            maxDepth: limits.maxDepth,
            schema: MANIFEST_SCHEMA,
        });
        const documents = collect(source, rec, values, 0, 0);
        return checkExpansion(documents, limits, source);
    }
    catch (error) {
        if (!(error instanceof yaml.YAMLException))
            throw error;
        return parseBySlices(source, limits);
    }
}
function collect(source, rec, values, firstRoot, firstNode) {
    const documents = [];
    let from = firstNode;
    for (let i = 0; i < values.length; i++) {
        const root = rec.roots[firstRoot + i];
        if (root === undefined)
            break;
        documents.push({ index: i, value: values[i], positions: new DocumentPositions(source, rec, from, root + 1) });
        from = root + 1;
    }
    return documents;
}
/** Document boundaries: a `---` marker at the start of a line (YAML forbids it inside content). */
const DOCUMENT_MARKER = /^---(?=[ \t\r\n]|$)/gm;
function parseBySlices(source, limits) {
    const text = source.text;
    const cuts = [0];
    for (const m of text.matchAll(DOCUMENT_MARKER))
        if (m.index > 0)
            cuts.push(m.index);
    cuts.push(text.length);
    const rec = new NodeRecorder(text.length);
    const documents = [];
    const problems = [];
    let docIndex = 0;
    for (let c = 0; c + 1 < cuts.length; c++) {
        const start = cuts[c];
        const slice = text.slice(start, cuts[c + 1]);
        rec.offsetBase = start;
        const firstRoot = rec.roots.length;
        const firstNode = rec.count;
        try {
            const values = yaml.loadAll(slice, null, {
                filename: source.file,
                listener: rec.listener,
                maxDepth: limits.maxDepth,
                schema: MANIFEST_SCHEMA,
            });
            for (const doc of collect(source, rec, values, firstRoot, firstNode)) {
                documents.push({ ...doc, index: docIndex++ });
            }
        }
        catch (error) {
            if (!(error instanceof yaml.YAMLException))
                throw error;
            rec.resetOpen();
            rec.roots.length = firstRoot;
            problems.push({ offset: start + (error.mark?.position ?? 0), reason: describeYamlError(error, slice) });
            // A broken document still occupies an index, so later documents keep their numbers.
            docIndex++;
        }
    }
    const checked = checkExpansion(documents, limits, source);
    return { documents: checked.documents, problems: [...problems, ...checked.problems] };
}
/** The rest of the line from `offset`. */
function lineFrom(text, offset) {
    const end = text.indexOf('\n', offset);
    return text.slice(offset, end === -1 ? undefined : end);
}
function describeYamlError(error, text) {
    const reason = error.reason || error.message.split('\n')[0] || 'invalid YAML';
    if (/tab/i.test(reason) || /\t/.test(error.mark?.snippet ?? '')) {
        return `${reason} (YAML does not allow tabs for indentation)`;
    }
    // js-yaml does not say which key; the error points at it, so read it from the source.
    if (reason === 'duplicated mapping key' && text !== undefined && error.mark) {
        const key = /^\s*(?:-\s+)?("[^"]*"|'[^']*'|[^:#\s][^:#]*?)\s*:(?:\s|$)/.exec(lineFrom(text, error.mark.position));
        const name = key?.[1].replace(/^["']|["']$/g, '');
        // Files concatenated without `---` (cat a.yaml b.yaml | resilint -) repeat the top-level keys.
        if (name === 'apiVersion' || name === 'kind')
            return `duplicated mapping key "${name}": a \`---\` line between two manifests is probably missing`;
        if (name)
            return `duplicated mapping key "${name}": the later value would silently replace the earlier one`;
    }
    return reason;
}
/**
 * YAML aliases share one parsed value, so a "billion laughs" document is small in memory but
 * explodes for anything that walks it. Count each document's expanded size, with subtree sizes
 * memoised so the count itself stays linear, and drop documents over the limit.
 */
function checkExpansion(documents, limits, source) {
    if (!source.text.includes('*'))
        return { documents, problems: [] };
    const kept = [];
    const problems = [];
    for (const doc of documents) {
        const size = expandedSize(doc.value, new Map(), limits.maxExpandedNodes);
        if (size > limits.maxExpandedNodes) {
            const { start } = doc.positions.nodeRange(doc.positions.root);
            problems.push({
                offset: start,
                reason: `document expands to more than ${limits.maxExpandedNodes.toLocaleString('en-US')} nodes through YAML aliases (alias bomb)`,
            });
        }
        else
            kept.push(doc);
    }
    return { documents: kept, problems };
}
function expandedSize(value, memo, cap) {
    if (value === null || typeof value !== 'object')
        return 1;
    const known = memo.get(value);
    if (known !== undefined)
        return known;
    memo.set(value, cap + 1); // a cycle counts as too large
    let size = 1;
    const children = Array.isArray(value) ? value : Object.values(value);
    for (const child of children) {
        size += expandedSize(child, memo, cap);
        if (size > cap)
            break;
    }
    memo.set(value, size);
    return size;
}


/***/ }),

/***/ 991:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ SourceText)
/* harmony export */ });
/**
 * A file's text with a lazily built line index, so offsets become 1-based line/column pairs only
 * for the few positions a report actually needs.
 */
class SourceText {
    file;
    text;
    lineStarts;
    constructor(file, text) {
        this.file = file;
        this.text = text;
    }
    index() {
        if (this.lineStarts)
            return this.lineStarts;
        const starts = [0];
        const text = this.text;
        let i = text.indexOf('\n');
        while (i !== -1) {
            starts.push(i + 1);
            i = text.indexOf('\n', i + 1);
        }
        this.lineStarts = Int32Array.from(starts);
        return this.lineStarts;
    }
    /** 1-based line and column of a 0-based character offset. */
    position(offset) {
        const starts = this.index();
        let lo = 0;
        let hi = starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (starts[mid] <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return { line: lo + 1, column: offset - starts[lo] + 1 };
    }
    range(start, end) {
        const a = this.position(start);
        const b = this.position(Math.max(start, end));
        return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
    }
    /** Offset of the end of the line containing `offset` (exclusive, before `\r\n`). */
    lineEnd(offset) {
        let end = this.text.indexOf('\n', offset);
        if (end === -1)
            end = this.text.length;
        if (end > offset && this.text.charCodeAt(end - 1) === 13)
            end -= 1;
        return end;
    }
}


/***/ }),

/***/ 716:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ effectiveResources)
/* harmony export */ });
/* unused harmony export limitRangeContainerDefaults */
/* harmony import */ var _workloads_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(119);

/**
 * The `default` (limits) and `defaultRequest` (requests) a LimitRange gives containers
 * (kubernetes-semantics B.7). Each `type: Container` item is first defaulted as the apiserver
 * stores it (`SetDefaults_LimitRangeItem`): default ← max, defaultRequest ← default, then
 * defaultRequest ← min, each only where unset. The items are then merged, later items overwriting
 * earlier ones (`defaultContainerResourceRequirements`).
 */
function limitRangeContainerDefaults(limitRange) {
    const limits = {};
    const requests = {};
    const items = (0,_workloads_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(limitRange) && (0,_workloads_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(limitRange.spec) ? limitRange.spec.limits : undefined;
    if (!Array.isArray(items))
        return { requests, limits };
    for (const item of items) {
        if (!(0,_workloads_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(item) || item.type !== 'Container')
            continue;
        const itemDefault = { ...list(item.max), ...list(item.default) };
        const itemRequest = { ...list(item.min), ...itemDefault, ...list(item.defaultRequest) };
        Object.assign(limits, itemDefault);
        Object.assign(requests, itemRequest);
    }
    return { requests, limits };
}
/**
 * What a container's resources become when its pod is created: first requests default from
 * limits (`SetDefaults_Pod`, B.5), then the LimitRanger admission plugin fills in every limit and
 * then every request that is still absent from each LimitRange in turn (B.7), so where two
 * LimitRanges set one value the first wins. The apiserver visits LimitRanges in its cache's
 * order; manifest order is the nearest stand-in a linter has.
 */
function effectiveResources(written, limitRanges) {
    const resources = (0,_workloads_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(written) ? written : {};
    const limits = { ...list(resources.limits) };
    const requests = { ...limits, ...list(resources.requests) };
    const fromLimitRange = { requests: {}, limits: {} };
    for (const { source, value } of limitRanges) {
        const defaults = limitRangeContainerDefaults(value);
        fillMissing(limits, defaults.limits, fromLimitRange.limits, source);
        fillMissing(requests, defaults.requests, fromLimitRange.requests, source);
    }
    return { resources: { requests, limits }, fromLimitRange };
}
function fillMissing(target, defaults, sources, source) {
    for (const [name, value] of Object.entries(defaults)) {
        if (Object.hasOwn(target, name))
            continue;
        target[name] = value;
        sources[name] = source;
    }
}
/** A resource list field, or an empty one when it is absent or not a map. */
function list(value) {
    return (0,_workloads_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(value) ? value : {};
}


/***/ }),

/***/ 65:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ ENGINE_RULES),
/* harmony export */   t: () => (/* binding */ isEngineRule)
/* harmony export */ });
/**
 * Finding ids that come from resilint itself rather than from a rule file: the loader's, the
 * engine's and the suppression check's. One list, so suppressions accept exactly these and SARIF
 * describes exactly these.
 */
const ENGINE_RULES = Object.freeze({
    'parse-error': 'A manifest file could not be parsed as YAML.',
    'rule-error': 'A rule could not be evaluated on an object.',
    'suppression-error': 'A resilint.io/ignore annotation names a rule that does not exist.',
});
function isEngineRule(id) {
    return Object.hasOwn(ENGINE_RULES, id);
}


/***/ }),

/***/ 885:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ parseFieldPath),
/* harmony export */   v: () => (/* binding */ formatFieldPath)
/* harmony export */ });
const SIMPLE_KEY = /^[A-Za-z_$][A-Za-z0-9_$-]*$/;
/**
 * Formats a path the way Kubernetes writes field paths in validation errors and in
 * `x-kubernetes-validations` `fieldPath`: `spec.containers[0].resources`, with keys that are not
 * identifiers in brackets: `metadata.annotations['resilint.io/critical']`.
 */
function formatFieldPath(path) {
    let out = '';
    for (const seg of path) {
        if (typeof seg === 'number')
            out += `[${seg}]`;
        else if (SIMPLE_KEY.test(seg))
            out += out ? `.${seg}` : seg;
        else
            out += `['${seg.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}']`;
    }
    return out;
}
/** Parses the notation of `formatFieldPath` (a leading `.` is allowed, as in CRD fieldPath). */
function parseFieldPath(text) {
    const path = [];
    let i = 0;
    const s = text.trim();
    while (i < s.length) {
        const c = s[i];
        if (c === '.') {
            i++;
            continue;
        }
        if (c === '[') {
            const close = findBracketEnd(s, i);
            const inner = s.slice(i + 1, close).trim();
            if (/^-?\d+$/.test(inner))
                path.push(Number(inner));
            else if (/^'.*'$|^".*"$/s.test(inner))
                path.push(inner.slice(1, -1).replace(/\\(.)/g, '$1'));
            else
                path.push(inner);
            i = close + 1;
            continue;
        }
        let j = i;
        while (j < s.length && s[j] !== '.' && s[j] !== '[')
            j++;
        path.push(s.slice(i, j));
        i = j;
    }
    return path;
}
function findBracketEnd(s, open) {
    let quote;
    for (let i = open + 1; i < s.length; i++) {
        const c = s[i];
        if (quote) {
            if (c === '\\')
                i++;
            else if (c === quote)
                quote = undefined;
        }
        else if (c === "'" || c === '"')
            quote = c;
        else if (c === ']')
            return i;
    }
    throw new Error(`Unclosed '[' in field path: ${s}`);
}


/***/ }),

/***/ 109:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ fingerprint)
/* harmony export */ });
/**
 * A stable identity for a finding: built from what it is about (rule, validation, file, object,
 * field path), never from its line or wording, so PR comments survive edits above the finding and
 * rewording of messages. 64-bit FNV-1a (as two 32-bit halves): cheap enough to run for every
 * finding, and ample to tell findings of one repository apart.
 */
function fingerprint(parts) {
    let h1 = 0x811c9dc5;
    let h2 = 0xcbf29ce4;
    const text = parts.map((p) => (p === undefined ? '' : String(p))).join('\u0000');
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        h1 = Math.imul(h1 ^ c, 0x01000193);
        h2 = Math.imul(h2 ^ c ^ (h1 >>> 15), 0x01000193);
    }
    return (h1 >>> 0).toString(16).padStart(8, '0') + (h2 >>> 0).toString(16).padStart(8, '0');
}


/***/ }),

/***/ 16:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  JD: () => (/* binding */ INSTANCE_TYPE_LABEL_KEYS),
  Js: () => (/* binding */ InstanceCatalogError),
  ok: () => (/* binding */ LABEL_ARCH),
  eh: () => (/* binding */ LABEL_INSTANCE_TYPE),
  NB: () => (/* binding */ loadBuiltinCatalog),
  UY: () => (/* binding */ offeringCatalog),
  mu: () => (/* binding */ parseDescribeInstanceTypesText)
});

// UNUSED EXPORTS: LABEL_OS, estimateAllocatable, parseDescribeInstanceTypes

;// CONCATENATED MODULE: ./src/data/instance-types.json
const instance_types_namespaceObject = /*#__PURE__*/JSON.parse('{"about":"EC2 instance types with their Karpenter well-known labels and AL2023 allocatable resources. Generated by scripts/build-instance-catalog.ts; see README.md here.","source":{"repo":"aws/karpenter-provider-aws","commit":"1d927085dd81a9df9301e613f371dac5b4d16bfe","path":"website/content/en/docs/reference/instance-types.md"},"names":["a1.2xlarge","a1.4xlarge","a1.large","a1.medium","a1.metal","a1.xlarge","c1.medium","c1.xlarge","c3.2xlarge","c3.4xlarge","c3.8xlarge","c3.large","c3.xlarge","c4.2xlarge","c4.4xlarge","c4.8xlarge","c4.large","c4.xlarge","c5.12xlarge","c5.18xlarge","c5.24xlarge","c5.2xlarge","c5.4xlarge","c5.9xlarge","c5.large","c5.metal","c5.xlarge","c5a.12xlarge","c5a.16xlarge","c5a.24xlarge","c5a.2xlarge","c5a.4xlarge","c5a.8xlarge","c5a.large","c5a.xlarge","c5ad.12xlarge","c5ad.16xlarge","c5ad.24xlarge","c5ad.2xlarge","c5ad.4xlarge","c5ad.8xlarge","c5ad.large","c5ad.xlarge","c5d.12xlarge","c5d.18xlarge","c5d.24xlarge","c5d.2xlarge","c5d.4xlarge","c5d.9xlarge","c5d.large","c5d.metal","c5d.xlarge","c5n.18xlarge","c5n.2xlarge","c5n.4xlarge","c5n.9xlarge","c5n.large","c5n.metal","c5n.xlarge","c6a.12xlarge","c6a.16xlarge","c6a.24xlarge","c6a.2xlarge","c6a.32xlarge","c6a.48xlarge","c6a.4xlarge","c6a.8xlarge","c6a.large","c6a.metal","c6a.xlarge","c6g.12xlarge","c6g.16xlarge","c6g.2xlarge","c6g.4xlarge","c6g.8xlarge","c6g.large","c6g.medium","c6g.metal","c6g.xlarge","c6gd.12xlarge","c6gd.16xlarge","c6gd.2xlarge","c6gd.4xlarge","c6gd.8xlarge","c6gd.large","c6gd.medium","c6gd.metal","c6gd.xlarge","c6gn.12xlarge","c6gn.16xlarge","c6gn.2xlarge","c6gn.4xlarge","c6gn.8xlarge","c6gn.large","c6gn.medium","c6gn.xlarge","c6i.12xlarge","c6i.16xlarge","c6i.24xlarge","c6i.2xlarge","c6i.32xlarge","c6i.4xlarge","c6i.8xlarge","c6i.large","c6i.metal","c6i.xlarge","c6id.12xlarge","c6id.16xlarge","c6id.24xlarge","c6id.2xlarge","c6id.32xlarge","c6id.4xlarge","c6id.8xlarge","c6id.large","c6id.metal","c6id.xlarge","c6in.12xlarge","c6in.16xlarge","c6in.24xlarge","c6in.2xlarge","c6in.32xlarge","c6in.4xlarge","c6in.8xlarge","c6in.large","c6in.metal","c6in.xlarge","c7a.12xlarge","c7a.16xlarge","c7a.24xlarge","c7a.2xlarge","c7a.32xlarge","c7a.48xlarge","c7a.4xlarge","c7a.8xlarge","c7a.large","c7a.medium","c7a.metal-48xl","c7a.xlarge","c7g.12xlarge","c7g.16xlarge","c7g.2xlarge","c7g.4xlarge","c7g.8xlarge","c7g.large","c7g.medium","c7g.metal","c7g.xlarge","c7gd.12xlarge","c7gd.16xlarge","c7gd.2xlarge","c7gd.4xlarge","c7gd.8xlarge","c7gd.large","c7gd.medium","c7gd.metal","c7gd.xlarge","c7gn.12xlarge","c7gn.16xlarge","c7gn.2xlarge","c7gn.4xlarge","c7gn.8xlarge","c7gn.large","c7gn.medium","c7gn.metal","c7gn.xlarge","c7i-flex.12xlarge","c7i-flex.16xlarge","c7i-flex.2xlarge","c7i-flex.4xlarge","c7i-flex.8xlarge","c7i-flex.large","c7i-flex.xlarge","c7i.12xlarge","c7i.16xlarge","c7i.24xlarge","c7i.2xlarge","c7i.48xlarge","c7i.4xlarge","c7i.8xlarge","c7i.large","c7i.metal-24xl","c7i.metal-48xl","c7i.xlarge","c8a.12xlarge","c8a.16xlarge","c8a.24xlarge","c8a.2xlarge","c8a.48xlarge","c8a.4xlarge","c8a.8xlarge","c8a.large","c8a.medium","c8a.metal-24xl","c8a.metal-48xl","c8a.xlarge","c8g.12xlarge","c8g.16xlarge","c8g.24xlarge","c8g.2xlarge","c8g.48xlarge","c8g.4xlarge","c8g.8xlarge","c8g.large","c8g.medium","c8g.metal-24xl","c8g.metal-48xl","c8g.xlarge","c8gb.12xlarge","c8gb.16xlarge","c8gb.24xlarge","c8gb.2xlarge","c8gb.48xlarge","c8gb.4xlarge","c8gb.8xlarge","c8gb.large","c8gb.medium","c8gb.metal-24xl","c8gb.metal-48xl","c8gb.xlarge","c8gd.12xlarge","c8gd.16xlarge","c8gd.24xlarge","c8gd.2xlarge","c8gd.48xlarge","c8gd.4xlarge","c8gd.8xlarge","c8gd.large","c8gd.medium","c8gd.metal-24xl","c8gd.metal-48xl","c8gd.xlarge","c8gn.12xlarge","c8gn.16xlarge","c8gn.24xlarge","c8gn.2xlarge","c8gn.48xlarge","c8gn.4xlarge","c8gn.8xlarge","c8gn.large","c8gn.medium","c8gn.metal-24xl","c8gn.metal-48xl","c8gn.xlarge","c8i-flex.12xlarge","c8i-flex.16xlarge","c8i-flex.2xlarge","c8i-flex.4xlarge","c8i-flex.8xlarge","c8i-flex.large","c8i-flex.xlarge","c8i.12xlarge","c8i.16xlarge","c8i.24xlarge","c8i.2xlarge","c8i.32xlarge","c8i.48xlarge","c8i.4xlarge","c8i.8xlarge","c8i.96xlarge","c8i.large","c8i.metal-48xl","c8i.metal-96xl","c8i.xlarge","c8ib.12xlarge","c8ib.16xlarge","c8ib.24xlarge","c8ib.2xlarge","c8ib.32xlarge","c8ib.48xlarge","c8ib.4xlarge","c8ib.8xlarge","c8ib.96xlarge","c8ib.large","c8ib.metal-48xl","c8ib.metal-96xl","c8ib.xlarge","c8id.12xlarge","c8id.16xlarge","c8id.24xlarge","c8id.2xlarge","c8id.32xlarge","c8id.48xlarge","c8id.4xlarge","c8id.8xlarge","c8id.96xlarge","c8id.large","c8id.metal-48xl","c8id.metal-96xl","c8id.xlarge","c8in.12xlarge","c8in.16xlarge","c8in.24xlarge","c8in.2xlarge","c8in.32xlarge","c8in.48xlarge","c8in.4xlarge","c8in.8xlarge","c8in.96xlarge","c8in.large","c8in.metal-48xl","c8in.metal-96xl","c8in.xlarge","c8ine.12xlarge","c8ine.2xlarge","c8ine.4xlarge","c8ine.8xlarge","c8ine.large","c8ine.xlarge","c9g.12xlarge","c9g.16xlarge","c9g.24xlarge","c9g.2xlarge","c9g.48xlarge","c9g.4xlarge","c9g.8xlarge","c9g.large","c9g.medium","c9g.metal-48xl","c9g.xlarge","c9gd.12xlarge","c9gd.16xlarge","c9gd.24xlarge","c9gd.2xlarge","c9gd.48xlarge","c9gd.4xlarge","c9gd.8xlarge","c9gd.large","c9gd.medium","c9gd.metal-48xl","c9gd.xlarge","d2.2xlarge","d2.4xlarge","d2.8xlarge","d2.xlarge","d3.2xlarge","d3.4xlarge","d3.8xlarge","d3.xlarge","d3en.12xlarge","d3en.2xlarge","d3en.4xlarge","d3en.6xlarge","d3en.8xlarge","d3en.xlarge","dl2q.24xlarge","f2.12xlarge","f2.48xlarge","f2.6xlarge","g4ad.16xlarge","g4ad.2xlarge","g4ad.4xlarge","g4ad.8xlarge","g4ad.xlarge","g4dn.12xlarge","g4dn.16xlarge","g4dn.2xlarge","g4dn.4xlarge","g4dn.8xlarge","g4dn.metal","g4dn.xlarge","g5.12xlarge","g5.16xlarge","g5.24xlarge","g5.2xlarge","g5.48xlarge","g5.4xlarge","g5.8xlarge","g5.xlarge","g5g.16xlarge","g5g.2xlarge","g5g.4xlarge","g5g.8xlarge","g5g.metal","g5g.xlarge","g6.12xlarge","g6.16xlarge","g6.24xlarge","g6.2xlarge","g6.48xlarge","g6.4xlarge","g6.8xlarge","g6.xlarge","g6e.12xlarge","g6e.16xlarge","g6e.24xlarge","g6e.2xlarge","g6e.48xlarge","g6e.4xlarge","g6e.8xlarge","g6e.xlarge","g6f.2xlarge","g6f.4xlarge","g6f.large","g6f.xlarge","g7.12xlarge","g7.24xlarge","g7.2xlarge","g7.48xlarge","g7.4xlarge","g7.8xlarge","g7e.12xlarge","g7e.24xlarge","g7e.2xlarge","g7e.48xlarge","g7e.4xlarge","g7e.8xlarge","gr6.4xlarge","gr6.8xlarge","gr6f.4xlarge","h1.16xlarge","h1.2xlarge","h1.4xlarge","h1.8xlarge","hpc6a.48xlarge","hpc6id.32xlarge","hpc7a.12xlarge","hpc7a.24xlarge","hpc7a.48xlarge","hpc7a.96xlarge","hpc7g.16xlarge","hpc7g.4xlarge","hpc7g.8xlarge","hpc8a.96xlarge","i2.2xlarge","i2.4xlarge","i2.8xlarge","i2.xlarge","i3.16xlarge","i3.2xlarge","i3.4xlarge","i3.8xlarge","i3.large","i3.xlarge","i3en.12xlarge","i3en.24xlarge","i3en.2xlarge","i3en.3xlarge","i3en.6xlarge","i3en.large","i3en.metal","i3en.xlarge","i4g.16xlarge","i4g.2xlarge","i4g.4xlarge","i4g.8xlarge","i4g.large","i4g.xlarge","i4i.12xlarge","i4i.16xlarge","i4i.24xlarge","i4i.2xlarge","i4i.32xlarge","i4i.4xlarge","i4i.8xlarge","i4i.large","i4i.metal","i4i.xlarge","i7i.12xlarge","i7i.16xlarge","i7i.24xlarge","i7i.2xlarge","i7i.48xlarge","i7i.4xlarge","i7i.8xlarge","i7i.large","i7i.metal-24xl","i7i.metal-48xl","i7i.xlarge","i7ie.12xlarge","i7ie.18xlarge","i7ie.24xlarge","i7ie.2xlarge","i7ie.3xlarge","i7ie.48xlarge","i7ie.6xlarge","i7ie.large","i7ie.metal-24xl","i7ie.metal-48xl","i7ie.xlarge","i8g.12xlarge","i8g.16xlarge","i8g.24xlarge","i8g.2xlarge","i8g.48xlarge","i8g.4xlarge","i8g.8xlarge","i8g.large","i8g.metal-24xl","i8g.metal-48xl","i8g.xlarge","i8ge.12xlarge","i8ge.18xlarge","i8ge.24xlarge","i8ge.2xlarge","i8ge.3xlarge","i8ge.48xlarge","i8ge.6xlarge","i8ge.large","i8ge.metal-24xl","i8ge.metal-48xl","i8ge.xlarge","im4gn.16xlarge","im4gn.2xlarge","im4gn.4xlarge","im4gn.8xlarge","im4gn.large","im4gn.xlarge","inf1.24xlarge","inf1.2xlarge","inf1.6xlarge","inf1.xlarge","inf2.24xlarge","inf2.48xlarge","inf2.8xlarge","inf2.xlarge","is4gen.2xlarge","is4gen.4xlarge","is4gen.8xlarge","is4gen.large","is4gen.medium","is4gen.xlarge","m1.large","m1.medium","m1.small","m1.xlarge","m2.2xlarge","m2.4xlarge","m2.xlarge","m3.2xlarge","m3.large","m3.medium","m3.xlarge","m4.10xlarge","m4.16xlarge","m4.2xlarge","m4.4xlarge","m4.large","m4.xlarge","m5.12xlarge","m5.16xlarge","m5.24xlarge","m5.2xlarge","m5.4xlarge","m5.8xlarge","m5.large","m5.metal","m5.xlarge","m5a.12xlarge","m5a.16xlarge","m5a.24xlarge","m5a.2xlarge","m5a.4xlarge","m5a.8xlarge","m5a.large","m5a.xlarge","m5ad.12xlarge","m5ad.16xlarge","m5ad.24xlarge","m5ad.2xlarge","m5ad.4xlarge","m5ad.8xlarge","m5ad.large","m5ad.xlarge","m5d.12xlarge","m5d.16xlarge","m5d.24xlarge","m5d.2xlarge","m5d.4xlarge","m5d.8xlarge","m5d.large","m5d.metal","m5d.xlarge","m5dn.12xlarge","m5dn.16xlarge","m5dn.24xlarge","m5dn.2xlarge","m5dn.4xlarge","m5dn.8xlarge","m5dn.large","m5dn.metal","m5dn.xlarge","m5n.12xlarge","m5n.16xlarge","m5n.24xlarge","m5n.2xlarge","m5n.4xlarge","m5n.8xlarge","m5n.large","m5n.metal","m5n.xlarge","m5zn.12xlarge","m5zn.2xlarge","m5zn.3xlarge","m5zn.6xlarge","m5zn.large","m5zn.metal","m5zn.xlarge","m6a.12xlarge","m6a.16xlarge","m6a.24xlarge","m6a.2xlarge","m6a.32xlarge","m6a.48xlarge","m6a.4xlarge","m6a.8xlarge","m6a.large","m6a.metal","m6a.xlarge","m6g.12xlarge","m6g.16xlarge","m6g.2xlarge","m6g.4xlarge","m6g.8xlarge","m6g.large","m6g.medium","m6g.metal","m6g.xlarge","m6gd.12xlarge","m6gd.16xlarge","m6gd.2xlarge","m6gd.4xlarge","m6gd.8xlarge","m6gd.large","m6gd.medium","m6gd.metal","m6gd.xlarge","m6i.12xlarge","m6i.16xlarge","m6i.24xlarge","m6i.2xlarge","m6i.32xlarge","m6i.4xlarge","m6i.8xlarge","m6i.large","m6i.metal","m6i.xlarge","m6id.12xlarge","m6id.16xlarge","m6id.24xlarge","m6id.2xlarge","m6id.32xlarge","m6id.4xlarge","m6id.8xlarge","m6id.large","m6id.metal","m6id.xlarge","m6idn.12xlarge","m6idn.16xlarge","m6idn.24xlarge","m6idn.2xlarge","m6idn.32xlarge","m6idn.4xlarge","m6idn.8xlarge","m6idn.large","m6idn.metal","m6idn.xlarge","m6in.12xlarge","m6in.16xlarge","m6in.24xlarge","m6in.2xlarge","m6in.32xlarge","m6in.4xlarge","m6in.8xlarge","m6in.large","m6in.metal","m6in.xlarge","m7a.12xlarge","m7a.16xlarge","m7a.24xlarge","m7a.2xlarge","m7a.32xlarge","m7a.48xlarge","m7a.4xlarge","m7a.8xlarge","m7a.large","m7a.medium","m7a.metal-48xl","m7a.xlarge","m7g.12xlarge","m7g.16xlarge","m7g.2xlarge","m7g.4xlarge","m7g.8xlarge","m7g.large","m7g.medium","m7g.metal","m7g.xlarge","m7gd.12xlarge","m7gd.16xlarge","m7gd.2xlarge","m7gd.4xlarge","m7gd.8xlarge","m7gd.large","m7gd.medium","m7gd.metal","m7gd.xlarge","m7i-flex.12xlarge","m7i-flex.16xlarge","m7i-flex.2xlarge","m7i-flex.4xlarge","m7i-flex.8xlarge","m7i-flex.large","m7i-flex.xlarge","m7i.12xlarge","m7i.16xlarge","m7i.24xlarge","m7i.2xlarge","m7i.48xlarge","m7i.4xlarge","m7i.8xlarge","m7i.large","m7i.metal-24xl","m7i.metal-48xl","m7i.xlarge","m8a.12xlarge","m8a.16xlarge","m8a.24xlarge","m8a.2xlarge","m8a.48xlarge","m8a.4xlarge","m8a.8xlarge","m8a.large","m8a.medium","m8a.metal-24xl","m8a.metal-48xl","m8a.xlarge","m8azn.12xlarge","m8azn.24xlarge","m8azn.3xlarge","m8azn.6xlarge","m8azn.large","m8azn.medium","m8azn.metal-12xl","m8azn.metal-24xl","m8azn.xlarge","m8g.12xlarge","m8g.16xlarge","m8g.24xlarge","m8g.2xlarge","m8g.48xlarge","m8g.4xlarge","m8g.8xlarge","m8g.large","m8g.medium","m8g.metal-24xl","m8g.metal-48xl","m8g.xlarge","m8gb.12xlarge","m8gb.16xlarge","m8gb.24xlarge","m8gb.2xlarge","m8gb.48xlarge","m8gb.4xlarge","m8gb.8xlarge","m8gb.large","m8gb.medium","m8gb.metal-24xl","m8gb.metal-48xl","m8gb.xlarge","m8gd.12xlarge","m8gd.16xlarge","m8gd.24xlarge","m8gd.2xlarge","m8gd.48xlarge","m8gd.4xlarge","m8gd.8xlarge","m8gd.large","m8gd.medium","m8gd.metal-24xl","m8gd.metal-48xl","m8gd.xlarge","m8gn.12xlarge","m8gn.16xlarge","m8gn.24xlarge","m8gn.2xlarge","m8gn.48xlarge","m8gn.4xlarge","m8gn.8xlarge","m8gn.large","m8gn.medium","m8gn.metal-24xl","m8gn.metal-48xl","m8gn.xlarge","m8i-flex.12xlarge","m8i-flex.16xlarge","m8i-flex.2xlarge","m8i-flex.4xlarge","m8i-flex.8xlarge","m8i-flex.large","m8i-flex.xlarge","m8i.12xlarge","m8i.16xlarge","m8i.24xlarge","m8i.2xlarge","m8i.32xlarge","m8i.48xlarge","m8i.4xlarge","m8i.8xlarge","m8i.96xlarge","m8i.large","m8i.metal-48xl","m8i.metal-96xl","m8i.xlarge","m8ib.12xlarge","m8ib.16xlarge","m8ib.24xlarge","m8ib.2xlarge","m8ib.32xlarge","m8ib.48xlarge","m8ib.4xlarge","m8ib.8xlarge","m8ib.96xlarge","m8ib.large","m8ib.metal-48xl","m8ib.metal-96xl","m8ib.xlarge","m8id.12xlarge","m8id.16xlarge","m8id.24xlarge","m8id.2xlarge","m8id.32xlarge","m8id.48xlarge","m8id.4xlarge","m8id.8xlarge","m8id.96xlarge","m8id.large","m8id.metal-48xl","m8id.metal-96xl","m8id.xlarge","m8idb.12xlarge","m8idb.16xlarge","m8idb.24xlarge","m8idb.2xlarge","m8idb.32xlarge","m8idb.48xlarge","m8idb.4xlarge","m8idb.8xlarge","m8idb.96xlarge","m8idb.large","m8idb.metal-48xl","m8idb.metal-96xl","m8idb.xlarge","m8idn.12xlarge","m8idn.16xlarge","m8idn.24xlarge","m8idn.2xlarge","m8idn.32xlarge","m8idn.48xlarge","m8idn.4xlarge","m8idn.8xlarge","m8idn.96xlarge","m8idn.large","m8idn.metal-48xl","m8idn.metal-96xl","m8idn.xlarge","m8in.12xlarge","m8in.16xlarge","m8in.24xlarge","m8in.2xlarge","m8in.32xlarge","m8in.48xlarge","m8in.4xlarge","m8in.8xlarge","m8in.96xlarge","m8in.large","m8in.metal-48xl","m8in.metal-96xl","m8in.xlarge","m8ine.12xlarge","m8ine.2xlarge","m8ine.4xlarge","m8ine.8xlarge","m8ine.large","m8ine.xlarge","m9g.12xlarge","m9g.16xlarge","m9g.24xlarge","m9g.2xlarge","m9g.48xlarge","m9g.4xlarge","m9g.8xlarge","m9g.large","m9g.medium","m9g.metal-48xl","m9g.xlarge","m9gd.12xlarge","m9gd.16xlarge","m9gd.24xlarge","m9gd.2xlarge","m9gd.48xlarge","m9gd.4xlarge","m9gd.8xlarge","m9gd.large","m9gd.medium","m9gd.metal-48xl","m9gd.xlarge","p3dn.24xlarge","p4d.24xlarge","p4de.24xlarge","p5.48xlarge","p5.4xlarge","p5e.48xlarge","p5en.48xlarge","p6-b200.48xlarge","p6-b300.48xlarge","r3.2xlarge","r3.4xlarge","r3.8xlarge","r3.large","r3.xlarge","r4.16xlarge","r4.2xlarge","r4.4xlarge","r4.8xlarge","r4.large","r4.xlarge","r5.12xlarge","r5.16xlarge","r5.24xlarge","r5.2xlarge","r5.4xlarge","r5.8xlarge","r5.large","r5.metal","r5.xlarge","r5a.12xlarge","r5a.16xlarge","r5a.24xlarge","r5a.2xlarge","r5a.4xlarge","r5a.8xlarge","r5a.large","r5a.xlarge","r5ad.12xlarge","r5ad.16xlarge","r5ad.24xlarge","r5ad.2xlarge","r5ad.4xlarge","r5ad.8xlarge","r5ad.large","r5ad.xlarge","r5b.12xlarge","r5b.16xlarge","r5b.24xlarge","r5b.2xlarge","r5b.4xlarge","r5b.8xlarge","r5b.large","r5b.metal","r5b.xlarge","r5d.12xlarge","r5d.16xlarge","r5d.24xlarge","r5d.2xlarge","r5d.4xlarge","r5d.8xlarge","r5d.large","r5d.metal","r5d.xlarge","r5dn.12xlarge","r5dn.16xlarge","r5dn.24xlarge","r5dn.2xlarge","r5dn.4xlarge","r5dn.8xlarge","r5dn.large","r5dn.metal","r5dn.xlarge","r5n.12xlarge","r5n.16xlarge","r5n.24xlarge","r5n.2xlarge","r5n.4xlarge","r5n.8xlarge","r5n.large","r5n.metal","r5n.xlarge","r6a.12xlarge","r6a.16xlarge","r6a.24xlarge","r6a.2xlarge","r6a.32xlarge","r6a.48xlarge","r6a.4xlarge","r6a.8xlarge","r6a.large","r6a.metal","r6a.xlarge","r6g.12xlarge","r6g.16xlarge","r6g.2xlarge","r6g.4xlarge","r6g.8xlarge","r6g.large","r6g.medium","r6g.metal","r6g.xlarge","r6gd.12xlarge","r6gd.16xlarge","r6gd.2xlarge","r6gd.4xlarge","r6gd.8xlarge","r6gd.large","r6gd.medium","r6gd.metal","r6gd.xlarge","r6i.12xlarge","r6i.16xlarge","r6i.24xlarge","r6i.2xlarge","r6i.32xlarge","r6i.4xlarge","r6i.8xlarge","r6i.large","r6i.metal","r6i.xlarge","r6id.12xlarge","r6id.16xlarge","r6id.24xlarge","r6id.2xlarge","r6id.32xlarge","r6id.4xlarge","r6id.8xlarge","r6id.large","r6id.metal","r6id.xlarge","r6idn.12xlarge","r6idn.16xlarge","r6idn.24xlarge","r6idn.2xlarge","r6idn.32xlarge","r6idn.4xlarge","r6idn.8xlarge","r6idn.large","r6idn.metal","r6idn.xlarge","r6in.12xlarge","r6in.16xlarge","r6in.24xlarge","r6in.2xlarge","r6in.32xlarge","r6in.4xlarge","r6in.8xlarge","r6in.large","r6in.metal","r6in.xlarge","r7a.12xlarge","r7a.16xlarge","r7a.24xlarge","r7a.2xlarge","r7a.32xlarge","r7a.48xlarge","r7a.4xlarge","r7a.8xlarge","r7a.large","r7a.medium","r7a.metal-48xl","r7a.xlarge","r7g.12xlarge","r7g.16xlarge","r7g.2xlarge","r7g.4xlarge","r7g.8xlarge","r7g.large","r7g.medium","r7g.metal","r7g.xlarge","r7gd.12xlarge","r7gd.16xlarge","r7gd.2xlarge","r7gd.4xlarge","r7gd.8xlarge","r7gd.large","r7gd.medium","r7gd.metal","r7gd.xlarge","r7i.12xlarge","r7i.16xlarge","r7i.24xlarge","r7i.2xlarge","r7i.48xlarge","r7i.4xlarge","r7i.8xlarge","r7i.large","r7i.metal-24xl","r7i.metal-48xl","r7i.xlarge","r7iz.12xlarge","r7iz.16xlarge","r7iz.2xlarge","r7iz.32xlarge","r7iz.4xlarge","r7iz.8xlarge","r7iz.large","r7iz.metal-16xl","r7iz.metal-32xl","r7iz.xlarge","r8a.12xlarge","r8a.16xlarge","r8a.24xlarge","r8a.2xlarge","r8a.48xlarge","r8a.4xlarge","r8a.8xlarge","r8a.large","r8a.medium","r8a.metal-24xl","r8a.metal-48xl","r8a.xlarge","r8g.12xlarge","r8g.16xlarge","r8g.24xlarge","r8g.2xlarge","r8g.48xlarge","r8g.4xlarge","r8g.8xlarge","r8g.large","r8g.medium","r8g.metal-24xl","r8g.metal-48xl","r8g.xlarge","r8gb.12xlarge","r8gb.16xlarge","r8gb.24xlarge","r8gb.2xlarge","r8gb.48xlarge","r8gb.4xlarge","r8gb.8xlarge","r8gb.large","r8gb.medium","r8gb.metal-24xl","r8gb.metal-48xl","r8gb.xlarge","r8gd.12xlarge","r8gd.16xlarge","r8gd.24xlarge","r8gd.2xlarge","r8gd.48xlarge","r8gd.4xlarge","r8gd.8xlarge","r8gd.large","r8gd.medium","r8gd.metal-24xl","r8gd.metal-48xl","r8gd.xlarge","r8gn.12xlarge","r8gn.16xlarge","r8gn.24xlarge","r8gn.2xlarge","r8gn.48xlarge","r8gn.4xlarge","r8gn.8xlarge","r8gn.large","r8gn.medium","r8gn.metal-24xl","r8gn.metal-48xl","r8gn.xlarge","r8i-flex.12xlarge","r8i-flex.16xlarge","r8i-flex.2xlarge","r8i-flex.4xlarge","r8i-flex.8xlarge","r8i-flex.large","r8i-flex.xlarge","r8i.12xlarge","r8i.16xlarge","r8i.24xlarge","r8i.2xlarge","r8i.32xlarge","r8i.48xlarge","r8i.4xlarge","r8i.8xlarge","r8i.96xlarge","r8i.large","r8i.metal-48xl","r8i.metal-96xl","r8i.xlarge","r8ib.12xlarge","r8ib.16xlarge","r8ib.24xlarge","r8ib.2xlarge","r8ib.32xlarge","r8ib.48xlarge","r8ib.4xlarge","r8ib.8xlarge","r8ib.96xlarge","r8ib.large","r8ib.metal-48xl","r8ib.metal-96xl","r8ib.xlarge","r8id.12xlarge","r8id.16xlarge","r8id.24xlarge","r8id.2xlarge","r8id.32xlarge","r8id.48xlarge","r8id.4xlarge","r8id.8xlarge","r8id.96xlarge","r8id.large","r8id.metal-48xl","r8id.metal-96xl","r8id.xlarge","r8idb.12xlarge","r8idb.16xlarge","r8idb.24xlarge","r8idb.2xlarge","r8idb.32xlarge","r8idb.48xlarge","r8idb.4xlarge","r8idb.8xlarge","r8idb.96xlarge","r8idb.large","r8idb.metal-48xl","r8idb.metal-96xl","r8idb.xlarge","r8idn.12xlarge","r8idn.16xlarge","r8idn.24xlarge","r8idn.2xlarge","r8idn.32xlarge","r8idn.48xlarge","r8idn.4xlarge","r8idn.8xlarge","r8idn.96xlarge","r8idn.large","r8idn.metal-48xl","r8idn.metal-96xl","r8idn.xlarge","r8in.12xlarge","r8in.16xlarge","r8in.24xlarge","r8in.2xlarge","r8in.32xlarge","r8in.48xlarge","r8in.4xlarge","r8in.8xlarge","r8in.96xlarge","r8in.large","r8in.metal-48xl","r8in.metal-96xl","r8in.xlarge","t1.micro","t2.2xlarge","t2.large","t2.medium","t2.micro","t2.nano","t2.small","t2.xlarge","t3.2xlarge","t3.large","t3.medium","t3.micro","t3.nano","t3.small","t3.xlarge","t3a.2xlarge","t3a.large","t3a.medium","t3a.micro","t3a.nano","t3a.small","t3a.xlarge","t4g.2xlarge","t4g.large","t4g.medium","t4g.micro","t4g.nano","t4g.small","t4g.xlarge","trn1.2xlarge","trn1.32xlarge","trn1n.32xlarge","trn2.48xlarge","u-3tb1.56xlarge","u-6tb1.112xlarge","u-6tb1.56xlarge","u7i-12tb.224xlarge","u7i-6tb.112xlarge","u7i-8tb.112xlarge","u7in-16tb.224xlarge","u7in-24tb.224xlarge","u7in-32tb.224xlarge","vt1.24xlarge","vt1.3xlarge","vt1.6xlarge","x1.16xlarge","x1.32xlarge","x1e.16xlarge","x1e.2xlarge","x1e.32xlarge","x1e.4xlarge","x1e.8xlarge","x1e.xlarge","x2gd.12xlarge","x2gd.16xlarge","x2gd.2xlarge","x2gd.4xlarge","x2gd.8xlarge","x2gd.large","x2gd.medium","x2gd.metal","x2gd.xlarge","x2idn.16xlarge","x2idn.24xlarge","x2idn.32xlarge","x2idn.metal","x2iedn.16xlarge","x2iedn.24xlarge","x2iedn.2xlarge","x2iedn.32xlarge","x2iedn.4xlarge","x2iedn.8xlarge","x2iedn.metal","x2iedn.xlarge","x2iezn.12xlarge","x2iezn.2xlarge","x2iezn.4xlarge","x2iezn.6xlarge","x2iezn.8xlarge","x2iezn.metal","x8aedz.12xlarge","x8aedz.24xlarge","x8aedz.3xlarge","x8aedz.6xlarge","x8aedz.large","x8aedz.metal-12xl","x8aedz.metal-24xl","x8aedz.xlarge","x8g.12xlarge","x8g.16xlarge","x8g.24xlarge","x8g.2xlarge","x8g.48xlarge","x8g.4xlarge","x8g.8xlarge","x8g.large","x8g.medium","x8g.metal-24xl","x8g.metal-48xl","x8g.xlarge","x8i.12xlarge","x8i.16xlarge","x8i.24xlarge","x8i.2xlarge","x8i.32xlarge","x8i.48xlarge","x8i.4xlarge","x8i.64xlarge","x8i.8xlarge","x8i.96xlarge","x8i.large","x8i.metal-48xl","x8i.metal-96xl","x8i.xlarge","z1d.12xlarge","z1d.2xlarge","z1d.3xlarge","z1d.6xlarge","z1d.large","z1d.metal","z1d.xlarge"],"labels":{"karpenter.k8s.aws/instance-accelerator-count":{"values":["1","12","16","4","6","8"],"rows":[-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,5,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,2,0,3,0,4,1,0,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,2,2,2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1]},"karpenter.k8s.aws/instance-accelerator-manufacturer":{"values":["aws","qualcomm"],"rows":[-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,0,0,0,0,0,0,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,0,0,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1]},"karpenter.k8s.aws/instance-accelerator-name":{"values":["inferentia","inferentia2","qualcomm-ai100","trainium","trainium2"],"rows":[-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,2,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,0,0,0,1,1,1,1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,3,3,3,4,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1]},"karpenter.k8s.aws/instance-capability-flex":{"values":["false","true"],"rows":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,1,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,1,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,1,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,1,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,1,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0]},"karpenter.k8s.aws/instance-category":{"values":["a","c","d","dl","f","g","gr","h","hpc","i","im","inf","is","m","p","r","t","trn","u","vt","x","z"],"rows":[0,0,0,0,0,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,2,2,2,2,2,2,2,2,2,2,2,2,2,2,3,4,4,4,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,6,6,6,7,7,7,7,8,8,8,8,8,8,8,8,8,8,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,10,10,10,10,10,10,11,11,11,11,11,11,11,11,12,12,12,12,12,12,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,14,14,14,14,14,14,14,14,14,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,17,17,17,17,18,18,18,18,18,18,18,18,18,19,19,19,20,20,20,20,20,20,20,20,20,20,20,20,20,20,20,20,20,20,20,20,20,20,20,20,20,20,20,20,20,20,20,20,20,20,20,20,20,20,20,20,20,20,20,20,20,20,20,20,20,20,20,20,20,20,20,20,20,20,20,20,20,20,20,20,20,20,20,20,20,21,21,21,21,21,21,21]},"karpenter.k8s.aws/instance-cpu":{"values":["1","12","128","16","192","2","224","24","256","32","36","384","4","40","448","48","64","72","8","896","96"],"rows":[18,3,5,0,3,12,5,18,18,3,9,5,12,18,3,10,5,12,15,17,20,18,3,10,5,20,12,15,16,20,18,3,9,5,12,15,16,20,18,3,9,5,12,15,17,20,18,3,10,5,20,12,17,18,3,10,5,17,12,15,16,20,18,2,4,3,9,5,4,12,15,16,18,3,9,5,0,16,12,15,16,18,3,9,5,0,16,12,15,16,18,3,9,5,0,12,15,16,20,18,2,3,9,5,2,12,15,16,20,18,2,3,9,5,2,12,15,16,20,18,2,3,9,5,2,12,15,16,20,18,2,4,3,9,5,0,4,12,15,16,18,3,9,5,0,16,12,15,16,18,3,9,5,0,16,12,15,16,18,3,9,5,0,16,12,15,16,18,3,9,5,12,15,16,20,18,4,3,9,5,20,4,12,15,16,20,18,4,3,9,5,0,20,4,12,15,16,20,18,4,3,9,5,0,20,4,12,15,16,20,18,4,3,9,5,0,20,4,12,15,16,20,18,4,3,9,5,0,20,4,12,15,16,20,18,4,3,9,5,0,20,4,12,15,16,18,3,9,5,12,15,16,20,18,2,4,3,9,11,5,4,11,12,15,16,20,18,2,4,3,9,11,5,4,11,12,15,16,20,18,2,4,3,9,11,5,4,11,12,15,16,20,18,2,4,3,9,11,5,4,11,12,15,18,3,9,5,12,15,16,20,18,4,3,9,5,0,4,12,15,16,20,18,4,3,9,5,0,4,12,18,3,10,12,18,3,9,12,15,18,3,7,9,12,20,15,4,7,16,18,3,9,12,15,16,18,3,9,20,12,15,16,20,18,4,3,9,12,16,18,3,9,16,12,15,16,20,18,4,3,9,12,15,16,20,18,4,3,9,12,18,3,5,12,15,20,18,4,3,9,15,20,18,4,3,9,3,9,3,16,18,3,9,20,16,7,15,20,4,16,3,9,4,18,3,9,12,16,18,3,9,5,12,15,20,18,1,7,5,20,12,16,18,3,9,5,12,15,16,20,18,2,3,9,5,2,12,15,16,20,18,4,3,9,5,20,4,12,15,17,20,18,1,4,7,5,20,4,12,15,16,20,18,4,3,9,5,20,4,12,15,17,20,18,1,4,7,5,20,4,12,16,18,3,9,5,12,20,18,7,12,20,4,9,12,18,3,9,5,0,12,5,0,0,12,12,18,5,18,5,0,12,13,16,18,3,5,12,15,16,20,18,3,9,5,20,12,15,16,20,18,3,9,5,12,15,16,20,18,3,9,5,12,15,16,20,18,3,9,5,20,12,15,16,20,18,3,9,5,20,12,15,16,20,18,3,9,5,20,12,15,18,1,7,5,15,12,15,16,20,18,2,4,3,9,5,4,12,15,16,18,3,9,5,0,16,12,15,16,18,3,9,5,0,16,12,15,16,20,18,2,3,9,5,2,12,15,16,20,18,2,3,9,5,2,12,15,16,20,18,2,3,9,5,2,12,15,16,20,18,2,3,9,5,2,12,15,16,20,18,2,4,3,9,5,0,4,12,15,16,18,3,9,5,0,16,12,15,16,18,3,9,5,0,16,12,15,16,18,3,9,5,12,15,16,20,18,4,3,9,5,20,4,12,15,16,20,18,4,3,9,5,0,20,4,12,15,20,1,7,5,0,15,20,12,15,16,20,18,4,3,9,5,0,20,4,12,15,16,20,18,4,3,9,5,0,20,4,12,15,16,20,18,4,3,9,5,0,20,4,12,15,16,20,18,4,3,9,5,0,20,4,12,15,16,18,3,9,5,12,15,16,20,18,2,4,3,9,11,5,4,11,12,15,16,20,18,2,4,3,9,11,5,4,11,12,15,16,20,18,2,4,3,9,11,5,4,11,12,15,16,20,18,2,4,3,9,11,5,4,11,12,15,16,20,18,2,4,3,9,11,5,4,11,12,15,16,20,18,2,4,3,9,11,5,4,11,12,15,18,3,9,5,12,15,16,20,18,4,3,9,5,0,4,12,15,16,20,18,4,3,9,5,0,4,12,20,20,20,4,3,4,4,4,4,18,3,9,5,12,16,18,3,9,5,12,15,16,20,18,3,9,5,20,12,15,16,20,18,3,9,5,12,15,16,20,18,3,9,5,12,15,16,20,18,3,9,5,20,12,15,16,20,18,3,9,5,20,12,15,16,20,18,3,9,5,20,12,15,16,20,18,3,9,5,20,12,15,16,20,18,2,4,3,9,5,4,12,15,16,18,3,9,5,0,16,12,15,16,18,3,9,5,0,16,12,15,16,20,18,2,3,9,5,2,12,15,16,20,18,2,3,9,5,2,12,15,16,20,18,2,3,9,5,2,12,15,16,20,18,2,3,9,5,2,12,15,16,20,18,2,4,3,9,5,0,4,12,15,16,18,3,9,5,0,16,12,15,16,18,3,9,5,0,16,12,15,16,20,18,4,3,9,5,20,4,12,15,16,18,2,3,9,5,16,2,12,15,16,20,18,4,3,9,5,0,20,4,12,15,16,20,18,4,3,9,5,0,20,4,12,15,16,20,18,4,3,9,5,0,20,4,12,15,16,20,18,4,3,9,5,0,20,4,12,15,16,20,18,4,3,9,5,0,20,4,12,15,16,18,3,9,5,12,15,16,20,18,2,4,3,9,11,5,4,11,12,15,16,20,18,2,4,3,9,11,5,4,11,12,15,16,20,18,2,4,3,9,11,5,4,11,12,15,16,20,18,2,4,3,9,11,5,4,11,12,15,16,20,18,2,4,3,9,11,5,4,11,12,15,16,20,18,2,4,3,9,11,5,4,11,12,0,18,5,5,0,0,0,12,18,5,5,5,5,5,12,18,5,5,5,5,5,12,18,5,5,5,5,5,12,18,2,2,4,6,14,6,19,14,14,19,19,19,20,1,7,16,2,16,18,2,3,9,12,15,16,18,3,9,5,0,16,12,16,20,2,2,16,20,18,2,3,9,2,12,15,18,3,7,9,15,15,20,1,7,5,15,20,12,15,16,20,18,4,3,9,5,0,20,4,12,15,16,20,18,2,4,3,8,9,11,5,4,11,12,15,18,1,7,5,15,12]},"karpenter.k8s.aws/instance-cpu-manufacturer":{"values":["amd","aws","intel"],"rows":[1,1,1,1,1,1,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,0,0,0,0,0,0,0,0,0,0,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,0,0,0,0,0,0,0,0,0,0,0,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,0,0,0,0,0,0,0,0,0,0,0,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,0,0,0,0,0,0,0,0,2,2,2,2,2,2,2,0,0,0,0,0,0,0,0,1,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,2,2,2,2,2,2,2,2,2,2,2,0,0,0,2,2,2,2,0,2,0,0,0,0,1,1,1,0,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,1,1,1,1,1,1,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,2,2,2,2,0,0,0,0,1,1,1,1,1,1,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,0,0,0,0,0,0,0,0,0,0,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,0,0,0,0,0,0,0,0,0,0,0,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,2,2,2,0,0,0,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,0,0,0,0,0,0,0,0,0,0,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,0,0,0,0,0,0,0,0,0,0,0,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,0,0,0,0,0,0,0,0,0,0,0,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,0,0,0,0,0,0,0,1,1,1,1,1,1,1,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,1,1,1,1,1,1,1,1,1,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,0,0,0,0,0,0,0,0,1,1,1,1,1,1,1,1,1,1,1,1,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2]},"karpenter.k8s.aws/instance-cpu-sustained-clock-speed-mhz":{"values":["0","1900","2100","2200","2300","2400","2500","2600","2700","2800","2900","3000","3100","3200","3300","3400","3500","3600","3700","3900","4000","4500","5000"],"rows":[4,4,4,4,4,4,0,0,9,9,9,9,9,10,10,10,10,10,17,15,17,15,15,15,15,17,15,14,14,14,14,14,14,14,14,14,14,14,14,14,14,14,14,17,15,17,15,15,15,15,17,15,15,15,15,15,15,15,15,17,17,17,17,17,17,17,17,17,17,17,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,18,18,18,18,18,18,18,18,18,18,18,18,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,21,21,21,21,21,21,21,21,21,21,21,21,9,9,9,9,8,9,9,9,9,9,8,9,9,9,9,9,8,9,9,9,9,9,8,9,9,9,9,9,8,9,9,9,9,9,8,9,9,9,9,9,8,9,9,9,9,9,8,9,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,5,5,5,5,12,12,12,12,12,12,12,12,12,12,6,15,15,15,11,11,11,11,11,6,6,6,6,6,6,6,14,14,14,14,14,14,14,14,6,6,6,6,6,6,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,19,19,19,19,19,19,5,5,5,5,5,5,15,15,15,4,4,4,4,17,16,18,18,18,18,7,7,7,21,6,6,6,6,4,4,4,4,4,4,12,12,12,12,12,12,12,12,6,6,6,6,6,6,16,16,16,16,16,16,16,16,16,16,5,5,5,5,5,5,5,5,5,5,5,17,17,17,17,17,17,17,17,17,17,17,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,8,9,9,9,8,9,6,6,6,6,6,6,6,6,6,6,17,17,17,17,6,6,6,6,6,6,0,0,0,0,0,0,0,6,6,6,6,5,4,5,5,5,5,12,12,12,12,12,12,12,12,12,6,6,6,6,6,6,6,6,3,6,3,3,3,6,3,3,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,21,21,21,21,21,21,21,17,17,17,17,17,17,17,17,17,17,17,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,18,18,18,18,18,18,18,18,18,18,18,18,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,21,21,21,21,21,21,21,21,21,21,21,21,22,22,22,22,22,22,22,22,22,9,9,9,9,8,9,9,9,9,9,8,9,9,9,9,9,8,9,9,9,9,9,8,9,9,9,9,9,8,9,9,9,9,9,8,9,9,9,9,9,8,9,9,9,9,9,8,9,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,6,11,11,17,17,17,5,5,5,6,6,6,6,6,4,4,4,4,4,4,12,12,12,12,12,12,12,12,12,6,6,6,6,6,6,6,6,3,6,3,3,3,6,3,3,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,17,17,17,17,17,17,17,17,17,17,17,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,18,18,18,18,18,18,18,18,18,18,18,18,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,13,13,13,13,13,13,13,13,13,13,13,19,19,19,19,19,19,19,19,19,19,21,21,21,21,21,21,21,21,21,21,21,21,9,9,9,9,8,9,9,9,9,9,8,9,9,9,9,9,8,9,9,9,9,9,8,9,9,9,9,9,8,9,9,9,9,9,8,9,9,9,9,9,8,9,9,9,9,9,8,9,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,19,0,4,4,4,6,5,6,4,6,6,6,6,6,6,6,3,3,3,3,3,3,3,6,6,6,6,6,6,6,16,16,16,16,2,2,2,1,1,1,1,1,1,6,6,6,4,4,4,4,4,4,4,4,6,6,6,6,6,6,6,6,6,16,16,16,16,16,16,16,16,16,16,16,16,21,21,21,21,21,21,22,22,22,22,22,22,22,22,9,9,9,9,8,9,9,9,9,9,8,9,19,19,19,19,19,19,19,19,19,19,19,19,19,19,20,20,20,20,20,20,20]},"karpenter.k8s.aws/instance-ebs-bandwidth":{"values":["1000","10000","100000","12000","120000","13570","13600","13750","14000","14250","15000","150000","16000","1700","1750","18000","19000","2000","20000","2085","22500","24000","25000","2780","2800","28500","2880","30000","300000","3170","3500","36000","37500","38000","4000","40000","425","450","4750","500","5000","50000","6000","60000","6300","6780","6800","7000","70000","72000","750","7500","75000","8000","80000","850","9500"],"rows":[30,30,30,30,30,30,-1,-1,-1,-1,-1,-1,-1,0,17,34,39,50,56,16,16,38,38,56,38,16,38,38,44,56,29,29,29,29,29,38,44,56,29,29,29,29,29,56,16,16,38,38,56,38,16,38,16,38,38,56,38,16,38,10,18,27,1,35,35,1,1,1,35,1,9,16,38,38,56,38,38,16,38,9,16,38,38,56,38,38,16,38,25,33,56,56,16,56,56,56,10,18,27,1,35,1,1,1,35,1,10,18,27,1,35,1,1,1,35,1,32,41,52,22,2,22,22,22,2,22,10,18,27,1,35,35,1,1,1,1,35,1,10,18,1,1,1,1,1,18,1,10,18,1,1,1,1,1,18,1,27,35,1,1,18,1,1,35,1,10,18,1,1,1,1,1,10,18,27,1,35,1,1,1,27,35,1,10,18,27,1,43,1,1,1,1,27,43,1,10,18,27,1,35,1,1,1,1,27,35,1,52,2,11,22,28,22,41,22,22,11,28,22,10,18,27,1,35,1,1,1,1,27,35,1,27,35,43,1,4,1,18,1,1,43,4,1,10,18,1,1,1,1,1,10,18,27,1,35,43,1,1,54,1,43,54,1,32,41,52,22,2,11,22,22,28,22,11,28,22,10,18,27,1,35,43,1,1,54,1,43,54,1,10,18,27,1,35,43,1,1,4,1,43,4,1,10,1,1,1,1,1,15,21,31,3,49,3,3,3,3,49,3,15,21,31,3,49,3,3,3,3,49,3,0,17,34,50,24,24,40,24,47,24,24,34,40,24,16,10,43,51,44,29,29,29,29,56,56,30,38,56,16,30,12,12,16,30,16,38,12,30,16,38,38,56,16,38,18,18,27,40,43,53,12,40,18,18,27,40,43,53,12,40,40,42,40,40,18,35,53,54,53,12,22,41,40,2,53,12,53,12,53,8,14,30,47,19,19,19,19,19,19,19,19,19,19,-1,-1,-1,-1,8,13,30,47,36,55,56,16,38,38,38,38,16,38,18,1,1,1,1,1,10,18,27,1,35,1,1,1,35,1,10,18,27,1,43,1,1,1,27,43,1,10,20,27,1,1,43,1,1,27,43,1,10,18,27,1,43,1,1,1,27,43,1,10,20,27,1,1,43,1,1,27,43,1,35,1,1,18,1,1,16,38,38,38,27,43,1,1,1,1,18,1,1,1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,34,1,0,17,37,50,56,6,16,38,38,46,38,16,38,45,56,7,26,26,38,26,26,45,56,7,26,26,38,26,26,56,6,16,38,38,46,38,16,38,56,6,16,38,38,46,38,16,38,56,6,16,38,38,46,38,16,38,16,29,38,56,29,16,29,10,18,27,1,35,35,1,1,1,35,1,9,16,38,38,56,38,38,16,38,9,16,38,38,56,38,38,16,38,10,18,27,1,35,1,1,1,35,1,10,18,27,1,35,1,1,1,35,1,32,41,52,22,2,22,22,22,2,22,32,41,52,22,2,22,22,22,2,22,10,18,27,1,35,35,1,1,1,1,35,1,10,18,1,1,1,1,1,18,1,10,18,1,1,1,1,1,18,1,10,18,1,1,1,1,1,10,18,27,1,35,1,1,1,27,35,1,10,18,27,1,43,1,1,1,1,27,43,1,27,43,10,10,10,10,27,43,10,10,18,27,1,35,1,1,1,1,27,35,1,52,2,11,22,28,22,41,22,22,11,28,22,10,18,27,1,35,1,1,1,1,27,35,1,27,35,43,1,4,1,18,1,1,43,4,1,10,18,1,1,1,1,1,10,18,27,1,35,43,1,1,54,1,43,54,1,32,41,52,22,2,11,22,22,28,22,11,28,22,10,18,27,1,35,43,1,1,54,1,43,54,1,32,41,52,22,2,11,22,22,28,22,11,28,22,10,18,27,1,35,43,1,1,4,1,43,4,1,10,18,27,1,35,43,1,1,4,1,43,4,1,10,1,1,1,1,1,15,21,31,3,49,3,3,3,3,49,3,15,21,31,3,49,3,3,3,3,49,3,16,16,16,54,1,54,2,2,2,-1,-1,-1,-1,-1,8,13,30,47,36,55,56,6,16,38,38,46,38,16,38,45,56,5,26,26,38,26,26,45,56,5,26,26,38,26,26,27,35,43,1,1,18,1,43,1,56,6,16,38,38,46,38,16,38,56,6,16,38,38,46,38,16,38,56,6,16,38,38,46,38,16,38,10,18,27,1,35,35,1,1,1,35,1,9,16,38,38,56,38,38,16,38,9,16,38,38,56,38,38,16,38,10,18,27,1,35,1,1,1,35,1,10,18,27,1,35,1,1,1,35,1,32,41,52,22,2,22,22,22,2,22,32,41,52,22,2,22,22,22,2,22,10,18,27,1,35,35,1,1,1,1,35,1,10,18,1,1,1,1,1,18,1,10,18,1,1,1,1,1,18,1,10,18,27,1,35,1,1,1,27,35,1,16,18,1,35,1,1,1,18,35,1,10,18,27,1,43,1,1,1,1,27,43,1,10,18,27,1,35,1,1,1,1,27,35,1,52,2,11,22,28,22,41,22,22,11,28,22,10,18,27,1,35,1,1,1,1,27,35,1,27,35,43,1,4,1,18,1,1,43,4,1,10,18,1,1,1,1,1,10,18,27,1,35,43,1,1,54,1,43,54,1,32,41,52,22,2,11,22,22,28,22,11,28,22,10,18,27,1,35,43,1,1,54,1,43,54,1,32,41,52,22,2,11,22,22,28,22,11,28,22,10,18,27,1,35,43,1,1,4,1,43,4,1,10,18,27,1,35,43,1,1,4,1,43,4,1,-1,-1,-1,-1,-1,-1,-1,-1,23,23,19,19,19,19,23,23,23,19,19,19,19,23,23,23,19,19,19,19,23,18,54,54,54,16,33,33,2,2,2,2,2,2,16,38,38,47,8,47,0,8,14,30,39,9,16,38,38,56,38,38,16,38,35,43,54,54,35,43,18,54,18,18,54,18,16,29,38,56,3,16,27,43,10,10,10,27,43,10,10,18,27,1,35,1,1,1,1,27,35,1,10,18,27,1,35,43,1,48,1,54,1,43,54,1,16,29,38,56,29,16,29]},"karpenter.k8s.aws/instance-encryption-in-transit-supported":{"values":["false","true"],"rows":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,0,0,0,0,0,0,0,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,0,0,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,0,0,0,0,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,0,0,0,1,1,1,1,1,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,0,0,0,0,0,0]},"karpenter.k8s.aws/instance-family":{"values":["a1","c1","c3","c4","c5","c5a","c5ad","c5d","c5n","c6a","c6g","c6gd","c6gn","c6i","c6id","c6in","c7a","c7g","c7gd","c7gn","c7i","c7i-flex","c8a","c8g","c8gb","c8gd","c8gn","c8i","c8i-flex","c8ib","c8id","c8in","c8ine","c9g","c9gd","d2","d3","d3en","dl2q","f2","g4ad","g4dn","g5","g5g","g6","g6e","g6f","g7","g7e","gr6","gr6f","h1","hpc6a","hpc6id","hpc7a","hpc7g","hpc8a","i2","i3","i3en","i4g","i4i","i7i","i7ie","i8g","i8ge","im4gn","inf1","inf2","is4gen","m1","m2","m3","m4","m5","m5a","m5ad","m5d","m5dn","m5n","m5zn","m6a","m6g","m6gd","m6i","m6id","m6idn","m6in","m7a","m7g","m7gd","m7i","m7i-flex","m8a","m8azn","m8g","m8gb","m8gd","m8gn","m8i","m8i-flex","m8ib","m8id","m8idb","m8idn","m8in","m8ine","m9g","m9gd","p3dn","p4d","p4de","p5","p5e","p5en","p6-b200","p6-b300","r3","r4","r5","r5a","r5ad","r5b","r5d","r5dn","r5n","r6a","r6g","r6gd","r6i","r6id","r6idn","r6in","r7a","r7g","r7gd","r7i","r7iz","r8a","r8g","r8gb","r8gd","r8gn","r8i","r8i-flex","r8ib","r8id","r8idb","r8idn","r8in","t1","t2","t3","t3a","t4g","trn1","trn1n","trn2","u-3tb1","u-6tb1","u7i-12tb","u7i-6tb","u7i-8tb","u7in-16tb","u7in-24tb","u7in-32tb","vt1","x1","x1e","x2gd","x2idn","x2iedn","x2iezn","x8aedz","x8g","x8i","z1d"],"rows":[0,0,0,0,0,0,1,1,2,2,2,2,2,3,3,3,3,3,4,4,4,4,4,4,4,4,4,5,5,5,5,5,5,5,5,6,6,6,6,6,6,6,6,7,7,7,7,7,7,7,7,7,8,8,8,8,8,8,8,9,9,9,9,9,9,9,9,9,9,9,10,10,10,10,10,10,10,10,10,11,11,11,11,11,11,11,11,11,12,12,12,12,12,12,12,12,13,13,13,13,13,13,13,13,13,13,14,14,14,14,14,14,14,14,14,14,15,15,15,15,15,15,15,15,15,15,16,16,16,16,16,16,16,16,16,16,16,16,17,17,17,17,17,17,17,17,17,18,18,18,18,18,18,18,18,18,19,19,19,19,19,19,19,19,19,21,21,21,21,21,21,21,20,20,20,20,20,20,20,20,20,20,20,22,22,22,22,22,22,22,22,22,22,22,22,23,23,23,23,23,23,23,23,23,23,23,23,24,24,24,24,24,24,24,24,24,24,24,24,25,25,25,25,25,25,25,25,25,25,25,25,26,26,26,26,26,26,26,26,26,26,26,26,28,28,28,28,28,28,28,27,27,27,27,27,27,27,27,27,27,27,27,27,29,29,29,29,29,29,29,29,29,29,29,29,29,30,30,30,30,30,30,30,30,30,30,30,30,30,31,31,31,31,31,31,31,31,31,31,31,31,31,32,32,32,32,32,32,33,33,33,33,33,33,33,33,33,33,33,34,34,34,34,34,34,34,34,34,34,34,35,35,35,35,36,36,36,36,37,37,37,37,37,37,38,39,39,39,40,40,40,40,40,41,41,41,41,41,41,41,42,42,42,42,42,42,42,42,43,43,43,43,43,43,44,44,44,44,44,44,44,44,45,45,45,45,45,45,45,45,46,46,46,46,47,47,47,47,47,47,48,48,48,48,48,48,49,49,50,51,51,51,51,52,53,54,54,54,54,55,55,55,56,57,57,57,57,58,58,58,58,58,58,59,59,59,59,59,59,59,59,60,60,60,60,60,60,61,61,61,61,61,61,61,61,61,61,62,62,62,62,62,62,62,62,62,62,62,63,63,63,63,63,63,63,63,63,63,63,64,64,64,64,64,64,64,64,64,64,64,65,65,65,65,65,65,65,65,65,65,65,66,66,66,66,66,66,67,67,67,67,68,68,68,68,69,69,69,69,69,69,70,70,70,70,71,71,71,72,72,72,72,73,73,73,73,73,73,74,74,74,74,74,74,74,74,74,75,75,75,75,75,75,75,75,76,76,76,76,76,76,76,76,77,77,77,77,77,77,77,77,77,78,78,78,78,78,78,78,78,78,79,79,79,79,79,79,79,79,79,80,80,80,80,80,80,80,81,81,81,81,81,81,81,81,81,81,81,82,82,82,82,82,82,82,82,82,83,83,83,83,83,83,83,83,83,84,84,84,84,84,84,84,84,84,84,85,85,85,85,85,85,85,85,85,85,86,86,86,86,86,86,86,86,86,86,87,87,87,87,87,87,87,87,87,87,88,88,88,88,88,88,88,88,88,88,88,88,89,89,89,89,89,89,89,89,89,90,90,90,90,90,90,90,90,90,92,92,92,92,92,92,92,91,91,91,91,91,91,91,91,91,91,91,93,93,93,93,93,93,93,93,93,93,93,93,94,94,94,94,94,94,94,94,94,95,95,95,95,95,95,95,95,95,95,95,95,96,96,96,96,96,96,96,96,96,96,96,96,97,97,97,97,97,97,97,97,97,97,97,97,98,98,98,98,98,98,98,98,98,98,98,98,100,100,100,100,100,100,100,99,99,99,99,99,99,99,99,99,99,99,99,99,101,101,101,101,101,101,101,101,101,101,101,101,101,102,102,102,102,102,102,102,102,102,102,102,102,102,103,103,103,103,103,103,103,103,103,103,103,103,103,104,104,104,104,104,104,104,104,104,104,104,104,104,105,105,105,105,105,105,105,105,105,105,105,105,105,106,106,106,106,106,106,107,107,107,107,107,107,107,107,107,107,107,108,108,108,108,108,108,108,108,108,108,108,109,110,111,112,112,113,114,115,116,117,117,117,117,117,118,118,118,118,118,118,119,119,119,119,119,119,119,119,119,120,120,120,120,120,120,120,120,121,121,121,121,121,121,121,121,122,122,122,122,122,122,122,122,122,123,123,123,123,123,123,123,123,123,124,124,124,124,124,124,124,124,124,125,125,125,125,125,125,125,125,125,126,126,126,126,126,126,126,126,126,126,126,127,127,127,127,127,127,127,127,127,128,128,128,128,128,128,128,128,128,129,129,129,129,129,129,129,129,129,129,130,130,130,130,130,130,130,130,130,130,131,131,131,131,131,131,131,131,131,131,132,132,132,132,132,132,132,132,132,132,133,133,133,133,133,133,133,133,133,133,133,133,134,134,134,134,134,134,134,134,134,135,135,135,135,135,135,135,135,135,136,136,136,136,136,136,136,136,136,136,136,137,137,137,137,137,137,137,137,137,137,138,138,138,138,138,138,138,138,138,138,138,138,139,139,139,139,139,139,139,139,139,139,139,139,140,140,140,140,140,140,140,140,140,140,140,140,141,141,141,141,141,141,141,141,141,141,141,141,142,142,142,142,142,142,142,142,142,142,142,142,144,144,144,144,144,144,144,143,143,143,143,143,143,143,143,143,143,143,143,143,145,145,145,145,145,145,145,145,145,145,145,145,145,146,146,146,146,146,146,146,146,146,146,146,146,146,147,147,147,147,147,147,147,147,147,147,147,147,147,148,148,148,148,148,148,148,148,148,148,148,148,148,149,149,149,149,149,149,149,149,149,149,149,149,149,150,151,151,151,151,151,151,151,152,152,152,152,152,152,152,153,153,153,153,153,153,153,154,154,154,154,154,154,154,155,155,156,157,158,159,159,160,161,162,163,164,165,166,166,166,167,167,168,168,168,168,168,168,169,169,169,169,169,169,169,169,169,170,170,170,170,171,171,171,171,171,171,171,171,172,172,172,172,172,172,173,173,173,173,173,173,173,173,174,174,174,174,174,174,174,174,174,174,174,174,175,175,175,175,175,175,175,175,175,175,175,175,175,175,176,176,176,176,176,176,176]},"karpenter.k8s.aws/instance-generation":{"values":["1","2","3","4","5","6","7","8","9"],"rows":[0,0,0,0,0,0,0,0,2,2,2,2,2,3,3,3,3,3,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,1,1,1,1,2,2,2,2,2,2,2,2,2,2,1,1,1,1,3,3,3,3,3,3,3,3,3,3,3,3,4,4,4,4,4,4,4,4,4,4,4,4,4,4,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,6,6,6,6,6,6,6,6,6,6,6,6,5,5,5,0,0,0,0,5,5,6,6,6,6,6,6,6,7,1,1,1,1,2,2,2,2,2,2,2,2,2,2,2,2,2,2,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,3,3,3,3,3,3,0,0,0,0,1,1,1,1,3,3,3,3,3,3,0,0,0,0,1,1,1,2,2,2,2,3,3,3,3,3,3,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,2,3,3,4,4,4,4,5,5,2,2,2,2,2,3,3,3,3,3,3,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,0,1,1,1,1,1,1,1,2,2,2,2,2,2,2,2,2,2,2,2,2,2,3,3,3,3,3,3,3,0,0,0,1,0,0,0,6,6,6,6,6,6,0,0,0,0,0,0,0,0,0,0,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,0,0,0,0,0,0,0]},"karpenter.k8s.aws/instance-gpu-count":{"values":["0","1","2","4","8"],"rows":[-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,3,1,1,2,1,3,1,1,1,1,4,1,3,1,3,1,4,1,1,1,2,1,1,1,2,1,3,1,3,1,4,1,1,1,3,1,3,1,4,1,1,1,0,0,0,0,2,3,1,4,1,1,2,3,1,4,1,1,1,1,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,4,4,4,4,1,4,4,4,4,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1]},"karpenter.k8s.aws/instance-gpu-manufacturer":{"values":["amd","nvidia"],"rows":[-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,0,0,0,0,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,1,1,1,1,1,1,1,1,1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1]},"karpenter.k8s.aws/instance-gpu-memory":{"values":["11444","144384","16384","183359","22888","275040","2861","32768","40960","45776","5722","8192","81920","98304"],"rows":[-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,11,11,11,11,11,2,2,2,2,2,2,2,4,4,4,4,4,4,4,4,2,2,2,2,2,2,4,4,4,4,4,4,4,4,9,9,9,9,9,9,9,9,10,0,6,6,7,7,7,7,7,7,13,13,13,13,13,13,4,4,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,7,8,12,12,12,1,1,3,5,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1]},"karpenter.k8s.aws/instance-gpu-name":{"values":["a100","a10g","b200","b300","h100","h200","l4","l40s","radeon-pro-v520","rtx-pro-4500","rtx-pro-server-6000","t4","t4g","v100"],"rows":[-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,8,8,8,8,8,11,11,11,11,11,11,11,1,1,1,1,1,1,1,1,12,12,12,12,12,12,6,6,6,6,6,6,6,6,7,7,7,7,7,7,7,7,6,6,6,6,9,9,9,9,9,9,10,10,10,10,10,10,6,6,6,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,13,0,0,4,4,5,5,2,3,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1]},"karpenter.k8s.aws/instance-hypervisor":{"values":["","nitro","xen"],"rows":[1,1,1,1,0,1,2,2,2,2,2,2,2,2,2,2,2,2,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,0,1,1,1,1,1,1,1,1,1,1,0,0,1,1,1,1,1,1,1,1,1,1,0,0,1,1,1,1,1,1,1,1,1,1,0,0,1,1,1,1,1,1,1,1,1,1,0,0,1,1,1,1,1,1,1,1,1,1,0,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,0,1,1,1,1,1,1,1,1,1,1,1,0,0,1,1,1,1,1,1,1,1,1,1,1,0,0,1,1,1,1,1,1,1,1,1,1,1,0,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,0,1,2,2,2,2,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,2,2,2,2,1,1,1,1,1,1,1,1,1,1,2,2,2,2,2,2,2,2,2,2,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,0,0,1,1,1,1,1,1,1,1,1,0,0,1,1,1,1,1,1,1,1,1,0,0,1,1,1,1,1,1,1,1,1,0,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,0,1,1,1,1,1,1,1,1,1,1,0,0,1,1,1,1,1,1,1,0,0,1,1,1,1,1,1,1,1,1,1,0,0,1,1,1,1,1,1,1,1,1,1,0,0,1,1,1,1,1,1,1,1,1,1,0,0,1,1,1,1,1,1,1,1,1,1,0,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,0,1,1,1,1,1,1,1,1,1,1,1,0,0,1,1,1,1,1,1,1,1,1,1,1,0,0,1,1,1,1,1,1,1,1,1,1,1,0,0,1,1,1,1,1,1,1,1,1,1,1,0,0,1,1,1,1,1,1,1,1,1,1,1,0,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,2,2,2,2,2,2,2,2,2,2,2,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,0,0,1,1,1,1,1,1,1,1,0,0,1,1,1,1,1,1,1,1,1,1,0,0,1,1,1,1,1,1,1,1,1,1,0,0,1,1,1,1,1,1,1,1,1,1,0,0,1,1,1,1,1,1,1,1,1,1,0,0,1,1,1,1,1,1,1,1,1,1,0,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,0,1,1,1,1,1,1,1,1,1,1,1,0,0,1,1,1,1,1,1,1,1,1,1,1,0,0,1,1,1,1,1,1,1,1,1,1,1,0,0,1,1,1,1,1,1,1,1,1,1,1,0,0,1,1,1,1,1,1,1,1,1,1,1,0,0,1,2,2,2,2,2,2,2,2,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,2,2,2,2,2,2,2,2,1,1,1,1,1,1,1,0,1,1,1,1,0,1,1,1,1,1,1,0,1,1,1,1,1,1,0,1,1,1,1,1,0,0,1,1,1,1,1,1,1,1,1,1,0,0,1,1,1,1,1,1,1,1,1,1,1,1,0,0,1,1,1,1,1,1,0,1]},"karpenter.k8s.aws/instance-local-nvme":{"values":["100","111840","11250","11400","118","11880","1200","120000","125","1250","150","15000","15200","158","167760","1800","1875","1880","1900","200","223680","225","22500","22800","237","23760","2400","250","2500","27960","2850","300","30000","30400","316","335520","3600","3750","3760","3800","400","440","450","45000","468","474","475","47520","50","5000","55920","5700","59","5940","600","60000","75","7500","7520","7600","8000","875","900","930","937","940","950"],"rows":[-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,15,26,39,31,54,6,56,10,15,15,36,19,40,62,48,36,0,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,30,39,45,66,18,4,52,39,24,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,30,39,51,45,59,66,18,4,59,24,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,30,39,45,66,18,4,52,39,24,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,30,39,51,45,3,66,18,4,52,51,3,24,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,30,39,51,45,59,3,66,18,23,4,3,23,24,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,30,39,51,45,3,66,18,4,52,3,24,-1,-1,-1,-1,5,25,47,53,35,50,1,14,20,29,-1,17,58,65,26,31,54,6,10,62,62,21,21,62,15,8,39,18,39,42,59,54,62,27,-1,-1,-1,-1,-1,-1,38,17,38,42,58,54,62,27,39,18,39,42,59,54,62,27,19,42,0,0,18,39,41,59,61,63,39,59,18,12,18,18,54,62,42,-1,-1,-1,-1,-1,12,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,12,18,39,59,46,66,32,55,49,57,11,9,55,28,11,16,37,57,44,64,2,11,22,16,32,37,57,44,32,64,2,11,22,16,43,37,57,44,22,43,64,32,43,55,49,57,7,11,9,55,7,28,2,11,22,16,43,37,57,44,22,43,64,32,43,55,49,57,7,11,9,55,7,28,32,37,57,11,64,16,-1,-1,-1,-1,-1,-1,-1,-1,57,11,32,16,64,37,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,15,26,36,31,54,6,56,10,15,26,36,31,54,6,56,36,10,15,26,36,31,54,6,56,36,10,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,30,39,45,66,18,4,52,39,24,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,30,39,51,45,59,66,18,4,59,24,30,39,51,45,59,66,18,4,59,24,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,30,39,45,66,18,4,52,39,24,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,30,39,51,45,3,66,18,4,52,51,3,24,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,30,39,51,45,59,3,66,18,23,4,3,23,24,30,39,51,45,59,3,66,18,23,4,3,23,24,30,39,51,45,59,3,66,18,23,4,3,23,24,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,30,39,51,45,3,66,18,4,52,3,24,15,60,60,33,39,33,33,33,33,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,15,26,36,31,54,6,56,10,-1,-1,-1,-1,-1,-1,-1,-1,-1,15,26,36,31,54,6,56,36,10,15,26,36,31,54,6,56,36,10,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,30,39,45,66,18,4,52,39,24,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,30,39,51,45,59,66,18,4,59,24,30,39,51,45,59,66,18,4,59,24,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,30,39,45,66,18,4,52,39,24,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,30,39,51,45,3,66,18,4,52,51,3,24,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,30,39,51,45,59,3,66,18,23,4,3,23,24,30,39,51,45,59,3,66,18,23,4,3,23,24,30,39,51,45,59,3,66,18,23,4,3,23,24,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,45,59,59,59,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,30,39,46,66,18,4,52,39,24,18,30,39,39,18,30,24,39,46,66,39,4,-1,-1,-1,-1,-1,-1,39,59,66,18,13,39,59,34,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,15,31,42,62,56,15,10]},"karpenter.k8s.aws/instance-memory":{"values":["1024","1048576","10752","1179648","12288","124928","12582912","131072","147456","15360","15616","1572864","16384","163840","16777216","1740","17510","196608","1998848","2048","2097152","21504","24576","249856","25165824","262144","30720","31232","3145728","32768","33554432","35020","3788","3840","393216","3997696","4096","4194304","43008","49152","499712","512","524288","5376","589824","6144","61440","62464","627","6291456","65536","70041","7168","73728","7680","786432","8192","8388608","98304","999424"],"rows":[12,29,36,19,29,56,15,52,9,26,46,33,54,9,26,46,33,54,58,8,17,12,29,53,36,17,56,58,7,17,12,29,50,36,56,58,7,17,12,29,50,36,56,58,8,17,12,29,53,36,17,56,17,21,38,58,43,17,2,58,7,17,12,25,34,29,50,36,34,56,58,7,12,29,50,36,19,7,56,58,7,12,29,50,36,19,7,56,58,7,12,29,50,36,19,56,58,7,17,12,25,29,50,36,25,56,58,7,17,12,25,29,50,36,25,56,58,7,17,12,25,29,50,36,25,56,58,7,17,12,25,34,29,50,36,19,34,56,58,7,12,29,50,36,19,7,56,58,7,12,29,50,36,19,7,56,58,7,12,29,50,36,19,7,56,58,7,12,29,50,36,56,58,7,17,12,34,29,50,36,17,34,56,58,7,17,12,34,29,50,36,19,17,34,56,58,7,17,12,34,29,50,36,19,17,34,56,58,7,17,12,34,29,50,36,19,17,34,56,58,7,17,12,34,29,50,36,19,17,34,56,58,7,17,12,34,29,50,36,19,17,34,56,58,7,12,29,50,36,56,58,7,17,12,25,34,29,50,55,36,34,55,56,58,7,17,12,25,34,29,50,55,36,34,55,56,58,7,17,12,25,34,29,50,55,36,34,55,56,58,7,17,12,25,34,29,50,55,36,34,55,56,58,12,29,50,36,56,58,7,17,12,34,29,50,36,19,34,56,58,7,17,12,34,29,50,36,19,34,56,47,5,23,27,50,7,25,29,17,29,50,58,7,12,55,42,20,25,25,29,50,7,12,17,25,29,50,7,34,12,17,25,34,29,55,50,7,12,7,12,29,50,7,56,17,25,34,29,55,50,7,12,34,42,55,50,11,7,25,29,29,50,56,12,17,34,29,55,50,7,42,1,50,20,7,25,7,25,7,25,29,50,7,34,1,55,55,55,55,7,7,7,55,47,5,23,27,40,47,5,23,10,27,34,55,50,58,17,12,55,29,42,50,7,25,12,29,34,42,55,50,1,7,25,12,1,29,34,42,55,50,11,7,25,12,55,11,29,34,44,55,50,58,11,17,12,55,11,29,34,42,55,50,11,7,25,12,55,11,29,34,44,55,50,58,11,17,12,55,11,29,25,29,50,7,56,12,17,12,39,56,34,55,7,12,39,58,17,4,45,22,54,32,15,9,31,51,16,26,54,33,9,13,25,29,50,56,12,17,25,34,29,50,7,56,34,12,17,25,34,29,50,7,56,12,17,25,34,29,50,7,56,12,17,25,34,29,50,7,56,34,12,17,25,34,29,50,7,56,34,12,17,25,34,29,50,7,56,34,12,17,29,39,58,56,17,12,17,25,34,29,42,55,50,7,56,55,12,17,25,29,50,7,56,36,25,12,17,25,29,50,7,56,36,25,12,17,25,34,29,42,50,7,56,42,12,17,25,34,29,42,50,7,56,42,12,17,25,34,29,42,50,7,56,42,12,17,25,34,29,42,50,7,56,42,12,17,25,34,29,42,55,50,7,56,36,55,12,17,25,29,50,7,56,36,25,12,17,25,29,50,7,56,36,25,12,17,25,29,50,7,56,12,17,25,34,29,55,50,7,56,34,55,12,17,25,34,29,55,50,7,56,36,34,55,12,17,34,39,58,56,36,17,34,12,17,25,34,29,55,50,7,56,36,34,55,12,17,25,34,29,55,50,7,56,36,34,55,12,17,25,34,29,55,50,7,56,36,34,55,12,17,25,34,29,55,50,7,56,36,34,55,12,17,25,29,50,7,56,12,17,25,34,29,42,55,50,7,11,56,55,11,12,17,25,34,29,42,55,50,7,11,56,55,11,12,17,25,34,29,42,55,50,7,11,56,55,11,12,17,25,34,29,42,55,50,7,11,56,55,11,12,17,25,34,29,42,55,50,7,11,56,55,11,12,17,25,34,29,42,55,50,7,11,56,55,11,12,17,29,50,7,56,12,17,25,34,29,55,50,7,56,36,55,12,17,25,34,29,55,50,7,56,36,55,12,55,3,3,20,25,20,20,20,37,47,5,23,9,27,40,47,5,23,10,27,34,42,55,50,7,25,12,55,29,34,42,55,50,7,25,12,29,34,42,55,50,7,25,12,29,34,42,55,50,7,25,12,55,29,34,42,55,50,7,25,12,55,29,34,42,55,50,7,25,12,55,29,34,42,55,50,7,25,12,55,29,34,42,55,50,1,11,7,25,12,11,29,34,42,50,7,25,12,56,42,29,34,42,50,7,25,12,56,42,29,34,42,55,50,1,7,25,12,1,29,34,42,55,50,1,7,25,12,1,29,34,42,55,50,1,7,25,12,1,29,34,42,55,50,1,7,25,12,1,29,34,42,55,50,1,11,7,25,12,56,11,29,34,42,50,7,25,12,56,42,29,34,42,50,7,25,12,56,42,29,34,42,55,50,11,7,25,12,55,11,29,34,42,50,1,7,25,12,42,1,29,34,42,55,50,11,7,25,12,56,55,11,29,34,42,55,50,11,7,25,12,56,55,11,29,34,42,55,50,11,7,25,12,56,55,11,29,34,42,55,50,11,7,25,12,56,55,11,29,34,42,55,50,11,7,25,12,56,55,11,29,34,42,50,7,25,12,29,34,42,55,50,1,11,7,25,28,12,11,28,29,34,42,55,50,1,11,7,25,28,12,11,28,29,34,42,55,50,1,11,7,25,28,12,11,28,29,34,42,55,50,1,11,7,25,28,12,11,28,29,34,42,55,50,1,11,7,25,28,12,11,28,29,34,42,55,50,1,11,7,25,28,12,11,28,29,48,29,56,36,0,41,19,12,29,56,36,0,41,19,12,29,56,36,0,41,19,12,29,56,36,0,41,19,12,29,42,42,20,28,49,49,6,49,57,14,24,30,17,22,39,59,18,18,23,35,40,59,5,55,1,7,25,42,29,12,1,50,1,11,20,20,20,28,25,37,42,1,37,7,11,25,42,55,1,11,11,28,34,55,50,11,28,7,55,1,11,7,28,25,42,29,12,11,28,50,55,1,11,7,20,28,25,37,42,49,29,28,49,50,34,50,58,17,12,34,29]},"karpenter.k8s.aws/instance-network-bandwidth":{"values":["1000","10000","100000","1024","11250","112500","1171","1172","12000","1250","12500","128","133330","1500","15000","150000","1562","1600","1600000","16250","16666","16667","17000","175000","180000","1875","18750","1876","2000","20000","200000","2048","2080","2083","2100","22500","2343","2344","2500","25000","256","28120","3000","30000","300000","3120","3125","32","3200000","33330","34000","35000","350000","3750","37500","390","40000","400000","4100","4166","4167","4170","4200","4250","468","4687","4688","500","5000","50000","512","520","550","56250","6000","60000","600000","625","6250","6300","64","6400000","66660","700000","750","7500","75000","781","80000","800000","8125","8330","8333","8400","8500","90000","937","9375"],"rows":[38,68,84,67,68,9,-1,-1,-1,-1,1,-1,-1,-1,-1,1,-1,-1,8,39,39,38,68,8,84,39,9,8,29,29,38,68,1,84,9,8,29,29,38,68,1,84,9,8,39,39,38,68,8,84,39,9,2,1,14,69,42,2,68,26,39,54,46,69,69,78,10,87,69,16,29,39,38,68,8,84,67,39,9,29,39,38,68,8,84,67,39,9,86,2,10,39,69,42,17,79,26,39,54,46,69,78,10,87,69,16,26,39,54,46,69,78,10,87,69,16,86,2,15,10,30,39,69,46,30,78,26,39,54,46,69,69,78,10,87,55,69,16,35,43,53,85,14,96,71,43,27,35,43,53,85,14,96,71,43,27,15,30,39,69,2,78,46,30,10,97,10,16,46,78,55,87,26,39,54,46,69,78,10,87,54,69,16,35,43,56,53,86,85,14,96,71,56,86,25,35,43,56,53,69,85,14,96,71,56,69,25,2,12,30,20,57,49,82,59,33,30,57,92,35,43,56,53,69,85,14,96,71,56,69,25,15,30,44,39,76,69,2,78,46,44,76,10,4,14,25,53,85,64,96,35,43,56,53,69,86,85,14,2,96,86,2,25,69,82,2,92,12,30,20,49,57,33,30,57,59,35,43,56,53,69,86,85,14,2,96,86,2,25,86,2,15,10,30,44,39,69,76,46,44,76,78,86,10,39,69,46,78,39,50,69,63,2,94,22,0,72,2,34,39,50,69,63,2,94,22,0,72,2,34,-1,-1,1,-1,74,10,39,42,86,10,39,56,69,74,2,39,2,10,39,60,92,14,28,69,69,1,29,69,2,68,56,39,69,68,2,1,39,38,39,38,68,8,39,9,56,39,69,68,2,1,39,38,2,51,30,68,57,29,39,38,68,1,13,38,23,52,75,83,75,88,57,89,69,18,69,2,1,39,1,39,38,68,1,2,30,44,44,44,44,30,30,30,44,-1,-1,1,-1,39,38,68,1,84,9,69,2,93,10,39,34,2,62,54,65,97,26,87,25,41,54,73,65,86,97,26,87,86,25,41,54,73,65,2,97,39,6,73,2,36,39,54,69,92,10,2,10,33,69,2,59,41,54,73,66,2,97,39,7,73,95,37,86,5,15,93,10,24,54,34,15,24,62,2,10,39,69,46,78,2,68,39,68,69,2,21,33,10,39,69,46,16,78,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,1,39,-1,-1,-1,-1,8,29,39,38,68,1,84,39,9,1,8,29,38,68,85,84,9,1,8,29,38,68,85,84,9,8,29,39,38,68,1,84,39,9,69,86,2,90,19,39,34,2,58,69,86,2,90,19,39,34,2,58,2,1,14,69,42,2,68,26,39,54,46,69,69,78,10,87,69,16,29,39,38,68,8,84,67,39,9,29,39,38,68,8,84,67,39,9,26,39,54,46,69,78,10,87,69,16,26,39,54,46,69,78,10,87,69,16,86,2,15,10,30,39,69,46,30,78,86,2,15,10,30,39,69,46,30,78,26,39,54,46,69,69,78,10,87,55,69,16,35,43,53,85,14,96,71,43,27,35,43,53,85,14,96,71,43,27,97,10,16,46,78,55,87,26,39,54,46,69,78,10,87,54,69,16,35,43,56,53,86,85,14,96,71,56,86,25,2,30,39,69,61,32,2,30,91,35,43,56,53,69,85,14,96,71,56,69,25,2,12,30,20,57,49,82,59,33,30,57,92,35,43,56,53,69,85,14,96,71,56,69,25,15,30,44,39,76,69,2,78,46,44,76,10,4,14,25,53,85,64,96,35,43,56,53,69,86,85,14,2,96,86,2,25,69,82,2,92,12,30,20,49,57,33,30,57,59,35,43,56,53,69,86,85,14,2,96,86,2,25,69,82,2,92,12,30,20,49,57,33,30,57,59,86,2,15,10,30,44,39,69,76,46,44,76,78,86,2,15,10,30,44,39,69,76,46,44,76,78,86,10,39,69,46,78,39,50,69,63,2,94,22,0,72,2,34,39,50,69,63,2,94,22,0,72,2,34,2,57,57,48,2,48,48,48,81,-1,-1,1,-1,-1,39,38,68,1,84,9,8,29,39,38,68,1,84,39,9,1,8,29,38,68,85,84,9,1,8,29,38,68,85,84,9,8,29,39,38,68,1,84,39,9,8,29,39,38,68,1,84,39,9,69,86,2,90,19,39,34,2,58,69,86,2,90,19,39,34,2,58,26,39,54,46,69,69,78,10,87,69,16,29,39,38,68,8,84,67,39,9,29,39,38,68,8,84,67,39,9,26,39,54,46,69,78,10,87,69,16,26,39,54,46,69,78,10,87,69,16,86,2,15,10,30,39,69,46,30,78,86,2,15,10,30,39,69,46,30,78,26,39,54,46,69,69,78,10,87,55,69,16,35,43,53,85,14,96,71,43,27,35,43,53,85,14,96,71,43,27,26,39,54,46,69,78,10,87,54,69,16,39,39,46,69,78,10,87,39,69,16,35,43,56,53,86,85,14,96,71,56,86,25,35,43,56,53,69,85,14,96,71,56,69,25,2,12,30,20,57,49,82,59,33,30,57,92,35,43,56,53,69,85,14,96,71,56,69,25,15,30,44,39,76,69,2,78,46,44,76,10,4,14,25,53,85,64,96,35,43,56,53,69,86,85,14,2,96,86,2,25,69,82,2,92,12,30,20,49,57,33,30,57,59,35,43,56,53,69,86,85,14,2,96,86,2,25,69,82,2,92,12,30,20,49,57,33,30,57,59,86,2,15,10,30,44,39,69,76,46,44,76,78,86,2,15,10,30,44,39,69,76,46,44,76,78,-1,-1,-1,-1,-1,-1,-1,-1,31,70,40,80,47,11,3,31,70,40,80,47,11,3,31,70,40,80,47,11,3,46,89,18,48,69,2,2,2,2,2,30,30,30,39,45,78,1,39,1,9,39,38,68,77,29,39,38,68,8,84,67,39,9,69,86,2,2,69,86,68,2,10,39,2,25,2,10,14,69,86,2,54,86,97,26,16,54,86,46,35,43,56,53,69,85,14,96,71,56,69,25,35,43,56,53,69,86,85,88,14,2,96,86,2,25,39,38,68,8,84,39,9]},"karpenter.k8s.aws/instance-size":{"values":["10xlarge","112xlarge","12xlarge","16xlarge","18xlarge","224xlarge","24xlarge","2xlarge","32xlarge","3xlarge","48xlarge","4xlarge","56xlarge","64xlarge","6xlarge","8xlarge","96xlarge","9xlarge","large","medium","metal","metal-12xl","metal-16xl","metal-24xl","metal-32xl","metal-48xl","metal-96xl","micro","nano","small","xlarge"],"rows":[7,11,18,19,20,30,19,30,7,11,15,18,30,7,11,15,18,30,2,4,6,7,11,17,18,20,30,2,3,6,7,11,15,18,30,2,3,6,7,11,15,18,30,2,4,6,7,11,17,18,20,30,4,7,11,17,18,20,30,2,3,6,7,8,10,11,15,18,20,30,2,3,7,11,15,18,19,20,30,2,3,7,11,15,18,19,20,30,2,3,7,11,15,18,19,30,2,3,6,7,8,11,15,18,20,30,2,3,6,7,8,11,15,18,20,30,2,3,6,7,8,11,15,18,20,30,2,3,6,7,8,10,11,15,18,19,25,30,2,3,7,11,15,18,19,20,30,2,3,7,11,15,18,19,20,30,2,3,7,11,15,18,19,20,30,2,3,7,11,15,18,30,2,3,6,7,10,11,15,18,23,25,30,2,3,6,7,10,11,15,18,19,23,25,30,2,3,6,7,10,11,15,18,19,23,25,30,2,3,6,7,10,11,15,18,19,23,25,30,2,3,6,7,10,11,15,18,19,23,25,30,2,3,6,7,10,11,15,18,19,23,25,30,2,3,7,11,15,18,30,2,3,6,7,8,10,11,15,16,18,25,26,30,2,3,6,7,8,10,11,15,16,18,25,26,30,2,3,6,7,8,10,11,15,16,18,25,26,30,2,3,6,7,8,10,11,15,16,18,25,26,30,2,7,11,15,18,30,2,3,6,7,10,11,15,18,19,25,30,2,3,6,7,10,11,15,18,19,25,30,7,11,15,30,7,11,15,30,2,7,11,14,15,30,6,2,10,14,3,7,11,15,30,2,3,7,11,15,20,30,2,3,6,7,10,11,15,30,3,7,11,15,20,30,2,3,6,7,10,11,15,30,2,3,6,7,10,11,15,30,7,11,18,30,2,6,7,10,11,15,2,6,7,10,11,15,11,15,11,3,7,11,15,10,8,2,6,10,16,3,11,15,16,7,11,15,30,3,7,11,15,18,30,2,6,7,9,14,18,20,30,3,7,11,15,18,30,2,3,6,7,8,11,15,18,20,30,2,3,6,7,10,11,15,18,23,25,30,2,4,6,7,9,10,14,18,23,25,30,2,3,6,7,10,11,15,18,23,25,30,2,4,6,7,9,10,14,18,23,25,30,3,7,11,15,18,30,6,7,14,30,6,10,15,30,7,11,15,18,19,30,18,19,29,30,7,11,30,7,18,19,30,0,3,7,11,18,30,2,3,6,7,11,15,18,20,30,2,3,6,7,11,15,18,30,2,3,6,7,11,15,18,30,2,3,6,7,11,15,18,20,30,2,3,6,7,11,15,18,20,30,2,3,6,7,11,15,18,20,30,2,7,9,14,18,20,30,2,3,6,7,8,10,11,15,18,20,30,2,3,7,11,15,18,19,20,30,2,3,7,11,15,18,19,20,30,2,3,6,7,8,11,15,18,20,30,2,3,6,7,8,11,15,18,20,30,2,3,6,7,8,11,15,18,20,30,2,3,6,7,8,11,15,18,20,30,2,3,6,7,8,10,11,15,18,19,25,30,2,3,7,11,15,18,19,20,30,2,3,7,11,15,18,19,20,30,2,3,7,11,15,18,30,2,3,6,7,10,11,15,18,23,25,30,2,3,6,7,10,11,15,18,19,23,25,30,2,6,9,14,18,19,21,23,30,2,3,6,7,10,11,15,18,19,23,25,30,2,3,6,7,10,11,15,18,19,23,25,30,2,3,6,7,10,11,15,18,19,23,25,30,2,3,6,7,10,11,15,18,19,23,25,30,2,3,7,11,15,18,30,2,3,6,7,8,10,11,15,16,18,25,26,30,2,3,6,7,8,10,11,15,16,18,25,26,30,2,3,6,7,8,10,11,15,16,18,25,26,30,2,3,6,7,8,10,11,15,16,18,25,26,30,2,3,6,7,8,10,11,15,16,18,25,26,30,2,3,6,7,8,10,11,15,16,18,25,26,30,2,7,11,15,18,30,2,3,6,7,10,11,15,18,19,25,30,2,3,6,7,10,11,15,18,19,25,30,6,6,6,10,11,10,10,10,10,7,11,15,18,30,3,7,11,15,18,30,2,3,6,7,11,15,18,20,30,2,3,6,7,11,15,18,30,2,3,6,7,11,15,18,30,2,3,6,7,11,15,18,20,30,2,3,6,7,11,15,18,20,30,2,3,6,7,11,15,18,20,30,2,3,6,7,11,15,18,20,30,2,3,6,7,8,10,11,15,18,20,30,2,3,7,11,15,18,19,20,30,2,3,7,11,15,18,19,20,30,2,3,6,7,8,11,15,18,20,30,2,3,6,7,8,11,15,18,20,30,2,3,6,7,8,11,15,18,20,30,2,3,6,7,8,11,15,18,20,30,2,3,6,7,8,10,11,15,18,19,25,30,2,3,7,11,15,18,19,20,30,2,3,7,11,15,18,19,20,30,2,3,6,7,10,11,15,18,23,25,30,2,3,7,8,11,15,18,22,24,30,2,3,6,7,10,11,15,18,19,23,25,30,2,3,6,7,10,11,15,18,19,23,25,30,2,3,6,7,10,11,15,18,19,23,25,30,2,3,6,7,10,11,15,18,19,23,25,30,2,3,6,7,10,11,15,18,19,23,25,30,2,3,7,11,15,18,30,2,3,6,7,8,10,11,15,16,18,25,26,30,2,3,6,7,8,10,11,15,16,18,25,26,30,2,3,6,7,8,10,11,15,16,18,25,26,30,2,3,6,7,8,10,11,15,16,18,25,26,30,2,3,6,7,8,10,11,15,16,18,25,26,30,2,3,6,7,8,10,11,15,16,18,25,26,30,27,7,18,19,27,28,29,30,7,18,19,27,28,29,30,7,18,19,27,28,29,30,7,18,19,27,28,29,30,7,8,8,10,12,1,12,5,1,1,5,5,5,6,9,14,3,8,3,7,8,11,15,30,2,3,7,11,15,18,19,20,30,3,6,8,20,3,6,7,8,11,15,20,30,2,7,11,14,15,20,2,6,9,14,18,21,23,30,2,3,6,7,10,11,15,18,19,23,25,30,2,3,6,7,8,10,11,13,15,16,18,25,26,30,2,7,9,14,18,20,30]},"kubernetes.io/arch":{"values":["amd64","arm64"],"rows":[1,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,0,0,0,0,0,0,0,1,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,1,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,1,1,1,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,1,1,1,1,1,1,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0]},"kubernetes.io/os":{"values":["linux"],"rows":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0]}},"allocatable":{"cpuMillis":[7910,15890,1930,940,15890,3920,1930,7910,7910,15890,31850,1930,3920,7910,15890,35840,1930,3920,47810,71750,95690,7910,15890,35840,1930,95690,3920,47810,63770,95690,7910,15890,31850,1930,3920,47810,63770,95690,7910,15890,31850,1930,3920,47810,71750,95690,7910,15890,35840,1930,95690,3920,71750,7910,15890,35840,1930,71750,3920,47810,63770,95690,7910,127610,191450,15890,31850,1930,191450,3920,47810,63770,7910,15890,31850,1930,940,63770,3920,47810,63770,7910,15890,31850,1930,940,63770,3920,47810,63770,7910,15890,31850,1930,940,3920,47810,63770,95690,7910,127610,15890,31850,1930,127610,3920,47810,63770,95690,7910,127610,15890,31850,1930,127610,3920,47810,63770,95690,7910,127610,15890,31850,1930,127610,3920,47810,63770,95690,7910,127610,191450,15890,31850,1930,940,191450,3920,47810,63770,7910,15890,31850,1930,940,63770,3920,47810,63770,7910,15890,31850,1930,940,63770,3920,47810,63770,7910,15890,31850,1930,940,63770,3920,47810,63770,7910,15890,31850,1930,3920,47810,63770,95690,7910,191450,15890,31850,1930,95690,191450,3920,47810,63770,95690,7910,191450,15890,31850,1930,940,95690,191450,3920,47810,63770,95690,7910,191450,15890,31850,1930,940,95690,191450,3920,47810,63770,95690,7910,191450,15890,31850,1930,940,95690,191450,3920,47810,63770,95690,7910,191450,15890,31850,1930,940,95690,191450,3920,47810,63770,95690,7910,191450,15890,31850,1930,940,95690,191450,3920,47810,63770,7910,15890,31850,1930,3920,47810,63770,95690,7910,127610,191450,15890,31850,382970,1930,191450,382970,3920,47810,63770,95690,7910,127610,191450,15890,31850,382970,1930,191450,382970,3920,47810,63770,95690,7910,127610,191450,15890,31850,382970,1930,191450,382970,3920,47810,63770,95690,7910,127610,191450,15890,31850,382970,1930,191450,382970,3920,47810,7910,15890,31850,1930,3920,47810,63770,95690,7910,191450,15890,31850,1930,940,191450,3920,47810,63770,95690,7910,191450,15890,31850,1930,940,191450,3920,7910,15890,35840,3920,7910,15890,31850,3920,47810,7910,15890,23870,31850,3920,95690,47810,191450,23870,63770,7910,15890,31850,3920,47810,63770,7910,15890,31850,95690,3920,47810,63770,95690,7910,191450,15890,31850,3920,63770,7910,15890,31850,63770,3920,47810,63770,95690,7910,191450,15890,31850,3920,47810,63770,95690,7910,191450,15890,31850,3920,7910,15890,1930,3920,47810,95690,7910,191450,15890,31850,47810,95690,7910,191450,15890,31850,15890,31850,15890,63770,7910,15890,31850,95690,63770,23870,47810,95690,191450,63770,15890,31850,191450,7910,15890,31850,3920,63770,7910,15890,31850,1930,3920,47810,95690,7910,11900,23870,1930,95690,3920,63770,7910,15890,31850,1930,3920,47810,63770,95690,7910,127610,15890,31850,1930,127610,3920,47810,63770,95690,7910,191450,15890,31850,1930,95690,191450,3920,47810,71750,95690,7910,11900,191450,23870,1930,95690,191450,3920,47810,63770,95690,7910,191450,15890,31850,1930,95690,191450,3920,47810,71750,95690,7910,11900,191450,23870,1930,95690,191450,3920,63770,7910,15890,31850,1930,3920,95690,7910,23870,3920,95690,191450,31850,3920,7910,15890,31850,1930,940,3920,1930,940,940,3920,3920,7910,1930,7910,1930,940,3920,39830,63770,7910,15890,1930,3920,47810,63770,95690,7910,15890,31850,1930,95690,3920,47810,63770,95690,7910,15890,31850,1930,3920,47810,63770,95690,7910,15890,31850,1930,3920,47810,63770,95690,7910,15890,31850,1930,95690,3920,47810,63770,95690,7910,15890,31850,1930,95690,3920,47810,63770,95690,7910,15890,31850,1930,95690,3920,47810,7910,11900,23870,1930,47810,3920,47810,63770,95690,7910,127610,191450,15890,31850,1930,191450,3920,47810,63770,7910,15890,31850,1930,940,63770,3920,47810,63770,7910,15890,31850,1930,940,63770,3920,47810,63770,95690,7910,127610,15890,31850,1930,127610,3920,47810,63770,95690,7910,127610,15890,31850,1930,127610,3920,47810,63770,95690,7910,127610,15890,31850,1930,127610,3920,47810,63770,95690,7910,127610,15890,31850,1930,127610,3920,47810,63770,95690,7910,127610,191450,15890,31850,1930,940,191450,3920,47810,63770,7910,15890,31850,1930,940,63770,3920,47810,63770,7910,15890,31850,1930,940,63770,3920,47810,63770,7910,15890,31850,1930,3920,47810,63770,95690,7910,191450,15890,31850,1930,95690,191450,3920,47810,63770,95690,7910,191450,15890,31850,1930,940,95690,191450,3920,47810,95690,11900,23870,1930,940,47810,95690,3920,47810,63770,95690,7910,191450,15890,31850,1930,940,95690,191450,3920,47810,63770,95690,7910,191450,15890,31850,1930,940,95690,191450,3920,47810,63770,95690,7910,191450,15890,31850,1930,940,95690,191450,3920,47810,63770,95690,7910,191450,15890,31850,1930,940,95690,191450,3920,47810,63770,7910,15890,31850,1930,3920,47810,63770,95690,7910,127610,191450,15890,31850,382970,1930,191450,382970,3920,47810,63770,95690,7910,127610,191450,15890,31850,382970,1930,191450,382970,3920,47810,63770,95690,7910,127610,191450,15890,31850,382970,1930,191450,382970,3920,47810,63770,95690,7910,127610,191450,15890,31850,382970,1930,191450,382970,3920,47810,63770,95690,7910,127610,191450,15890,31850,382970,1930,191450,382970,3920,47810,63770,95690,7910,127610,191450,15890,31850,382970,1930,191450,382970,3920,47810,7910,15890,31850,1930,3920,47810,63770,95690,7910,191450,15890,31850,1930,940,191450,3920,47810,63770,95690,7910,191450,15890,31850,1930,940,191450,3920,95690,95690,95690,191450,15890,191450,191450,191450,191450,7910,15890,31850,1930,3920,63770,7910,15890,31850,1930,3920,47810,63770,95690,7910,15890,31850,1930,95690,3920,47810,63770,95690,7910,15890,31850,1930,3920,47810,63770,95690,7910,15890,31850,1930,3920,47810,63770,95690,7910,15890,31850,1930,95690,3920,47810,63770,95690,7910,15890,31850,1930,95690,3920,47810,63770,95690,7910,15890,31850,1930,95690,3920,47810,63770,95690,7910,15890,31850,1930,95690,3920,47810,63770,95690,7910,127610,191450,15890,31850,1930,191450,3920,47810,63770,7910,15890,31850,1930,940,63770,3920,47810,63770,7910,15890,31850,1930,940,63770,3920,47810,63770,95690,7910,127610,15890,31850,1930,127610,3920,47810,63770,95690,7910,127610,15890,31850,1930,127610,3920,47810,63770,95690,7910,127610,15890,31850,1930,127610,3920,47810,63770,95690,7910,127610,15890,31850,1930,127610,3920,47810,63770,95690,7910,127610,191450,15890,31850,1930,940,191450,3920,47810,63770,7910,15890,31850,1930,940,63770,3920,47810,63770,7910,15890,31850,1930,940,63770,3920,47810,63770,95690,7910,191450,15890,31850,1930,95690,191450,3920,47810,63770,7910,127610,15890,31850,1930,63770,127610,3920,47810,63770,95690,7910,191450,15890,31850,1930,940,95690,191450,3920,47810,63770,95690,7910,191450,15890,31850,1930,940,95690,191450,3920,47810,63770,95690,7910,191450,15890,31850,1930,940,95690,191450,3920,47810,63770,95690,7910,191450,15890,31850,1930,940,95690,191450,3920,47810,63770,95690,7910,191450,15890,31850,1930,940,95690,191450,3920,47810,63770,7910,15890,31850,1930,3920,47810,63770,95690,7910,127610,191450,15890,31850,382970,1930,191450,382970,3920,47810,63770,95690,7910,127610,191450,15890,31850,382970,1930,191450,382970,3920,47810,63770,95690,7910,127610,191450,15890,31850,382970,1930,191450,382970,3920,47810,63770,95690,7910,127610,191450,15890,31850,382970,1930,191450,382970,3920,47810,63770,95690,7910,127610,191450,15890,31850,382970,1930,191450,382970,3920,47810,63770,95690,7910,127610,191450,15890,31850,382970,1930,191450,382970,3920,940,7910,1930,1930,940,940,940,3920,7910,1930,1930,1930,1930,1930,3920,7910,1930,1930,1930,1930,1930,3920,7910,1930,1930,1930,1930,1930,3920,7910,127610,127610,191450,223370,446810,223370,893690,446810,446810,893690,893690,893690,95690,11900,23870,63770,127610,63770,7910,127610,15890,31850,3920,47810,63770,7910,15890,31850,1930,940,63770,3920,63770,95690,127610,127610,63770,95690,7910,127610,15890,31850,127610,3920,47810,7910,15890,23870,31850,47810,47810,95690,11900,23870,1930,47810,95690,3920,47810,63770,95690,7910,191450,15890,31850,1930,940,95690,191450,3920,47810,63770,95690,7910,127610,191450,15890,255290,31850,382970,1930,191450,382970,3920,47810,7910,11900,23870,1930,47810,3920],"memoryMiB":[14103,27322,3055,1392,27322,6525,1122,5637,13215,25487,53903,2878,6111,13215,25487,53903,2878,6111,88002,127934,173400,14162,27381,65269,3114,173400,6584,88002,112779,173400,14162,27381,57691,3114,6584,88002,112779,173400,14162,27381,57691,3114,6584,88002,127934,173400,14162,27381,65269,3114,173400,6584,173400,18898,36853,88002,4298,173400,8952,88002,112779,173400,14162,234021,355262,27381,57691,3114,355262,6584,87943,112720,14103,27322,57632,3055,1392,112720,6525,87943,112720,14103,27322,57632,3055,1392,112720,6525,87943,112720,14103,27322,57632,3055,1392,6525,88002,112779,173400,14162,234021,27381,57691,3114,234021,6584,88002,112779,173400,14162,234021,27381,57691,3114,234021,6584,88002,112779,173400,14162,237794,27381,57691,3114,237794,6584,88002,112779,173400,14162,234021,355262,27381,57691,3114,1451,355262,6584,87943,112720,14103,27322,57632,3055,1392,112720,6525,87943,112720,14103,27322,57632,3055,1392,112720,6525,87943,112720,14103,27322,57632,3055,1392,112720,6525,88002,112779,14162,27381,57691,3114,6584,88002,112779,173400,14162,355262,27381,57691,3114,173400,355262,6584,82238,109776,170397,13062,346715,26501,55953,2784,1451,170397,346715,6364,87943,112720,173341,14103,355203,27322,57632,3055,1392,173341,355203,6525,86667,112181,168490,14103,356820,27322,56994,3055,1392,168490,356820,6525,87943,112720,173341,14103,355203,27322,57632,3055,1392,173341,355203,6525,86667,112181,168490,14103,356820,27322,56994,3055,1392,168490,356820,6525,84086,109776,13502,25621,54853,2784,5924,84086,109776,170397,13502,225474,346715,25621,54853,710440,2784,346715,710440,5924,84086,109776,170397,13502,231018,346715,25621,55931,718756,2575,346715,718756,5924,84086,109776,170397,13502,225474,346715,25621,54853,710440,2784,346715,710440,5924,84086,109776,170397,13502,231018,346715,25621,55931,718756,2575,346715,718756,5924,84086,13502,25621,55931,2575,5924,84027,109717,164794,13443,346656,25562,54794,2725,1040,346656,5865,84027,109717,164794,13443,346656,25562,54794,2725,1040,346656,5865,56786,112629,228187,27896,60067,120468,241479,29845,180528,29757,59847,89938,120028,14690,718987,482037,1931403,239554,239554,29867,59946,120248,14712,178933,241490,29636,59946,120248,355262,14481,173400,239554,355262,29317,723299,57691,118312,14162,112720,14103,27322,57632,112720,6525,178933,234021,355262,29317,718987,57691,118312,14162,360157,476504,721682,59627,1449132,118312,239554,29317,29317,57691,7002,14162,173169,346715,27161,718756,54699,113934,477659,962625,57471,1932558,115320,236562,118312,239554,118312,237794,29317,57691,118312,362269,969016,725994,725994,725994,725994,118649,118649,118649,725994,56786,112629,228187,27896,453771,56786,112629,228187,13770,27896,360795,718987,59627,89938,178933,14481,718987,29317,476445,59568,118253,239495,14422,29258,360795,476504,722287,59627,961470,118312,239554,14481,961470,29317,360795,476504,718987,59627,1446437,118312,239554,14481,718987,1446437,29317,359035,537125,718987,59627,89938,1446437,178933,14481,718987,1446437,29317,360736,476445,718928,59568,1446378,118253,239495,14422,718928,1446378,29258,359460,536527,718389,59568,88581,1441527,178236,14422,718389,1441527,29258,233962,29258,57632,118253,6844,14103,177976,14382,42536,6804,355262,718987,118312,14162,44413,87943,178874,10633,5181,21680,6430,3016,1166,13215,30740,61858,15203,26763,6430,3065,13215,148623,239554,29317,57691,7002,14162,178933,234021,355262,29317,57691,118312,6903,355262,14162,178933,234021,355262,29317,57691,118312,6903,14162,178933,234021,355262,29317,57691,118312,6903,14162,178933,234021,355262,29317,57691,118312,6903,355262,14162,178933,234021,355262,29317,57691,118312,6903,355262,14162,178933,234021,355262,29317,57691,118312,6903,355262,14162,173400,29317,42536,88002,6903,173400,14162,178933,234021,355262,29317,476504,718987,57691,118312,6903,718987,14162,178874,233962,29258,57632,118253,6844,3286,233962,14103,178874,233962,29258,57632,118253,6844,3286,233962,14103,178933,234021,355262,29317,476504,57691,118312,6903,476504,14162,178933,234021,355262,29317,476504,57691,118312,6903,476504,14162,178933,234021,355262,29317,480277,57691,118312,6903,480277,14162,178933,234021,355262,29317,480277,57691,118312,6903,480277,14162,178933,234021,355262,29317,476504,718987,57691,118312,6903,3345,718987,14162,178874,233962,29258,57632,118253,6844,3286,233962,14103,178874,233962,29258,57632,118253,6844,3286,233962,14103,178933,234021,29317,57691,118312,6903,14162,178933,234021,355262,29317,718987,57691,118312,6903,355262,718987,14162,173169,231018,352259,28217,710440,56811,116574,6573,3345,352259,710440,13942,170397,352259,41656,87122,6364,3312,170397,352259,13942,178874,233962,355203,29258,718928,57632,118253,6844,3286,355203,718928,14103,177598,233423,350352,29258,720545,57632,117615,6844,3286,350352,720545,14103,178874,233962,355203,29258,718928,57632,118253,6844,3286,355203,718928,14103,177598,233423,350352,29258,720545,57632,117615,6844,3286,350352,720545,14103,175017,231018,28657,55931,115474,6573,13502,175017,231018,352259,28657,467957,710440,55931,115474,1437890,6573,710440,1437890,13502,175017,231018,352259,28657,473501,710440,55931,116552,1446206,6364,710440,1446206,13502,175017,231018,352259,28657,467957,710440,55931,115474,1437890,6573,710440,1437890,13502,175017,231018,352259,28657,473501,710440,55931,116552,1446206,6364,710440,1446206,13502,175017,231018,352259,28657,473501,710440,55931,116552,1446206,6364,710440,1446206,13502,175017,231018,352259,28657,473501,710440,55931,116552,1446206,6364,710440,1446206,13502,175017,28657,55931,116552,6364,13502,174958,230959,346656,28598,710381,55872,115415,6514,2934,710381,13443,174958,230959,346656,28598,710381,55872,115415,6514,2934,710381,13443,718987,1082712,1082712,1938410,240830,1938410,1937332,1937332,3877198,56786,112629,228187,13534,27896,453771,56786,112629,228187,13770,27896,360795,476504,718987,59627,118312,239554,14481,718987,29317,360795,476504,718987,59627,118312,239554,14481,29317,360795,476504,718987,59627,118312,239554,14481,29317,360795,476504,718987,59627,118312,239554,14481,718987,29317,360795,476504,718987,59627,118312,239554,14481,718987,29317,360795,476504,718987,59627,118312,239554,14481,718987,29317,360795,476504,718987,59627,118312,239554,14481,718987,29317,360795,476504,718987,59627,961470,1446437,118312,239554,14481,1446437,29317,360736,476445,59568,118253,239495,14422,7075,476445,29258,360736,476445,59568,118253,239495,14422,7075,476445,29258,360795,476504,718987,59627,961470,118312,239554,14481,961470,29317,360795,476504,718987,59627,961470,118312,239554,14481,961470,29317,360795,476504,718987,59627,965243,118312,239554,14481,965243,29317,360795,476504,718987,59627,965243,118312,239554,14481,965243,29317,360795,476504,718987,59627,961470,1446437,118312,239554,14481,7134,1446437,29317,360736,476445,59568,118253,239495,14422,7075,476445,29258,360736,476445,59568,118253,239495,14422,7075,476445,29258,360795,476504,718987,59627,1446437,118312,239554,14481,718987,1446437,29317,360795,476504,59627,961470,118312,239554,14481,476504,961470,29317,355031,473501,715984,58527,1437890,117432,237816,14151,7134,715984,1437890,29097,360736,476445,718928,59568,1446378,118253,239495,14422,7075,718928,1446378,29258,359460,475906,714077,59568,1447995,118253,238857,14422,7075,714077,1447995,29258,360736,476445,718928,59568,1446378,118253,239495,14422,7075,718928,1446378,29258,359460,475906,714077,59568,1447995,118253,238857,14422,7075,714077,1447995,29258,356879,473501,58967,116552,236716,14151,28657,356879,473501,715984,58967,952923,1437890,116552,236716,2892789,14151,1437890,2892789,28657,356879,473501,715984,58967,958467,1437890,116552,237794,2901105,13942,1437890,2901105,28657,356879,473501,715984,58967,952923,1437890,116552,236716,2892789,14151,1437890,2892789,28657,356879,473501,715984,58967,958467,1437890,116552,237794,2901105,13942,1437890,2901105,28657,356879,473501,715984,58967,958467,1437890,116552,237794,2901105,13942,1437890,2901105,28657,356879,473501,715984,58967,958467,1437890,116552,237794,2901105,13942,1437890,2901105,28657,180,29471,6837,3246,548,74,1418,14316,29317,6837,3246,548,74,1418,14162,29317,6837,3246,548,74,1451,14162,29258,6778,3187,489,15,1359,14103,29317,481894,481894,1938410,2906869,5811134,5811134,11630731,5811134,7751000,15514235,23273698,31033160,173400,21739,42536,921538,1846005,1846005,230123,3694939,461240,923474,114884,724461,961411,120189,239495,481978,29577,14653,961411,59568,961470,1446437,1931403,1931403,1931403,2901336,241490,3871269,482037,967003,3871269,120248,1446437,241490,482037,724520,967003,1446437,1443434,2898333,359915,723640,59407,1443434,2898333,120028,724461,961411,1446378,120189,2901277,239495,481978,29577,14653,1446378,2901277,59568,720604,958467,1443434,119588,1922856,2892789,237794,3862722,479199,5802587,29306,2892789,5802587,58967,355262,59627,88002,178933,14481,355262,29317],"pods":[58,234,29,8,234,58,12,58,58,234,234,29,58,58,234,234,29,58,234,737,737,58,234,234,29,737,58,234,737,737,58,234,234,29,58,234,737,737,58,234,234,29,58,234,737,737,58,234,234,29,737,58,737,58,234,234,29,737,58,234,737,737,58,737,737,234,234,29,737,58,234,737,58,234,234,29,8,737,58,234,737,58,234,234,29,8,737,58,234,737,58,234,234,29,8,58,234,737,737,58,737,234,234,29,737,58,234,737,737,58,737,234,234,29,737,58,234,737,737,58,394,234,234,29,394,58,234,737,737,58,737,737,234,234,29,8,737,58,234,737,58,234,234,29,8,737,58,234,737,58,234,234,29,8,737,58,234,737,58,234,234,29,8,737,58,234,737,58,234,234,29,58,234,737,737,58,737,234,234,29,737,737,58,758,1010,1010,158,1514,314,392,59,8,1010,1514,78,234,737,737,58,737,234,234,29,8,737,737,58,350,786,1178,58,590,234,292,29,8,1178,590,58,234,737,737,58,737,234,234,29,8,737,737,58,350,786,1178,58,590,234,292,29,8,1178,590,58,590,1010,118,394,492,59,118,590,1010,1010,118,1514,1514,394,492,1514,59,1514,1514,118,590,1010,1010,118,1010,1514,394,394,758,78,1514,758,118,590,1010,1010,118,1514,1514,394,492,1514,59,1514,1514,118,590,1010,1010,118,1010,1514,394,394,758,78,1514,758,118,590,118,394,394,78,118,590,1010,1514,118,1514,394,492,59,40,1514,118,590,1010,1514,118,1514,394,492,59,40,1514,118,58,234,234,58,18,38,59,10,89,18,38,58,78,10,737,234,737,234,234,8,29,58,8,234,58,29,29,58,737,29,737,234,737,58,345,234,234,58,737,58,234,234,737,58,234,737,737,58,737,234,234,58,292,737,492,58,492,234,234,58,58,234,20,58,758,1514,254,758,506,632,632,632,254,632,506,506,234,234,234,394,58,234,234,100,51,100,100,100,100,198,198,198,100,58,234,234,58,737,58,234,234,29,58,234,737,58,58,234,29,737,58,737,58,234,234,29,58,234,737,437,58,737,234,234,29,737,58,234,737,737,58,737,234,234,29,737,737,58,394,737,737,58,58,737,234,29,737,737,58,234,737,737,58,737,234,234,29,737,737,58,350,786,786,58,176,1178,292,29,786,1178,58,737,58,234,234,29,58,321,38,234,38,737,737,234,58,58,234,234,29,8,58,29,12,8,58,118,234,58,118,29,12,58,234,234,58,234,20,58,234,737,737,58,234,234,29,737,58,234,737,737,58,234,234,29,58,234,737,737,58,234,234,29,58,234,737,737,58,234,234,29,737,58,234,737,737,58,234,234,29,737,58,234,737,737,58,234,234,29,737,58,737,58,234,234,29,737,58,234,737,737,58,737,737,234,234,29,737,58,234,737,58,234,234,29,8,737,58,234,737,58,234,234,29,8,737,58,234,737,737,58,737,234,234,29,737,58,234,737,737,58,737,234,234,29,737,58,234,737,737,58,394,234,234,29,394,58,234,737,737,58,394,234,234,29,394,58,234,737,737,58,737,737,234,234,29,8,737,58,234,737,58,234,234,29,8,737,58,234,737,58,234,234,29,8,737,58,234,737,58,234,234,29,58,234,737,737,58,737,234,234,29,737,737,58,758,1010,1010,158,1514,314,392,59,8,1010,1514,78,1010,1010,314,314,78,11,1010,1010,78,234,737,737,58,737,234,234,29,8,737,737,58,350,786,1178,58,590,234,292,29,8,1178,590,58,234,737,737,58,737,234,234,29,8,737,737,58,350,786,1178,58,590,234,292,29,8,1178,590,58,590,1010,118,394,492,59,118,590,1010,1010,118,1514,1514,394,492,1514,59,1514,1514,118,590,1010,1010,118,1010,1514,394,394,758,78,1514,758,118,590,1010,1010,118,1514,1514,394,492,1514,59,1514,1514,118,590,1010,1010,118,1010,1514,394,394,758,78,1514,758,118,590,1010,1010,118,1010,1514,394,394,758,78,1514,758,118,590,1010,1010,118,1010,1514,394,394,758,78,1514,758,118,590,118,394,394,78,118,590,1010,1514,118,1514,394,492,59,40,1514,118,590,1010,1514,118,1514,394,492,59,40,1514,118,737,737,737,100,118,100,198,198,198,58,234,234,29,58,737,58,234,234,29,58,234,737,737,58,234,234,29,737,58,234,737,737,58,234,234,29,58,234,737,737,58,234,234,29,58,234,737,737,58,234,234,29,737,58,234,737,737,58,234,234,29,737,58,234,737,737,58,234,234,29,737,58,234,737,737,58,234,234,29,737,58,234,737,737,58,737,737,234,234,29,737,58,234,737,58,234,234,29,8,737,58,234,737,58,234,234,29,8,737,58,234,737,737,58,737,234,234,29,737,58,234,737,737,58,737,234,234,29,737,58,234,737,737,58,394,234,234,29,394,58,234,737,737,58,394,234,234,29,394,58,234,737,737,58,737,737,234,234,29,8,737,58,234,737,58,234,234,29,8,737,58,234,737,58,234,234,29,8,737,58,234,737,737,58,737,234,234,29,737,737,58,234,737,58,737,234,234,29,737,737,58,758,1010,1010,158,1514,314,392,59,8,1010,1514,78,234,737,737,58,737,234,234,29,8,737,737,58,350,786,1178,58,590,234,292,29,8,1178,590,58,234,737,737,58,737,234,234,29,8,737,737,58,350,786,1178,58,590,234,292,29,8,1178,590,58,590,1010,118,394,492,59,118,590,1010,1010,118,1514,1514,394,492,1514,59,1514,1514,118,590,1010,1010,118,1010,1514,394,394,758,78,1514,758,118,590,1010,1010,118,1514,1514,394,492,1514,59,1514,1514,118,590,1010,1010,118,1010,1514,394,394,758,78,1514,758,118,590,1010,1010,118,1010,1514,394,394,758,78,1514,758,118,590,1010,1010,118,1010,1514,394,394,758,78,1514,758,118,4,44,35,17,4,4,11,44,58,35,17,4,4,11,58,58,35,17,4,4,8,58,58,35,17,4,4,11,58,58,247,247,100,234,737,737,737,737,737,394,394,394,737,58,234,234,234,234,58,234,58,58,29,234,737,58,234,234,29,8,737,58,737,737,737,737,737,737,58,737,234,234,737,58,737,58,234,234,234,737,1010,1010,314,314,78,1010,1010,78,234,737,737,58,737,234,234,29,8,737,737,58,590,1010,1010,118,1514,1514,394,1514,492,1514,59,1514,1514,118,737,58,234,234,29,737,58]}}');
;// CONCATENATED MODULE: ./src/model/instance-types.ts
/**
 * The EC2 instance-type catalog: what each type offers in Karpenter's terms (its well-known labels) and how
 * big a node of that type is for pods (allocatable cpu, memory, pods). The built-in catalog ships with the
 * tool (`src/data/instance-types.json`); `parseDescribeInstanceTypes` builds one from the user's own
 * `aws ec2 describe-instance-types` output, e.g. to pin a region's list or to learn capacity types.
 */

/** A catalog input that is not usable; names the file so the CLI can report it as a usage error. */
class InstanceCatalogError extends Error {
    file;
    constructor(file, message) {
        super(`${file}: ${message}`);
        this.file = file;
        this.name = 'InstanceCatalogError';
    }
}
const AWS = 'karpenter.k8s.aws/';
const LABEL_INSTANCE_TYPE = 'node.kubernetes.io/instance-type';
const LABEL_ARCH = 'kubernetes.io/arch';
const LABEL_OS = 'kubernetes.io/os';
/**
 * Label keys that are properties of the instance type itself. Karpenter's AWS provider defines every one of
 * them on every instance type, as `DoesNotExist` when the type lacks a value (the AWS provider's
 * `computeRequirements`), so a NodePool requirement on one of these keys
 * filters instance types. Offering-level keys (zone, capacity type, tenancy, capacity reservations) and node
 * keys (hostname, nodepool, custom labels) are deliberately absent, and so are `kubernetes.io/os` and
 * `node.kubernetes.io/windows-build`: Karpenter derives those from the EC2NodeClass AMI family, so the catalog's
 * `linux` (it was generated for AL2023) says nothing about a Windows NodePool. The list mirrors the well-known
 * `karpenter.k8s.aws` keys accepted by the NodePool CRD (`karpenter.sh_nodepools.yaml`).
 */
const INSTANCE_TYPE_LABEL_KEYS = new Set([
    LABEL_INSTANCE_TYPE,
    LABEL_ARCH,
    ...[
        'instance-category',
        'instance-family',
        'instance-generation',
        'instance-size',
        'instance-cpu',
        'instance-cpu-manufacturer',
        'instance-cpu-sustained-clock-speed-mhz',
        'instance-memory',
        'instance-hypervisor',
        'instance-ebs-bandwidth',
        'instance-network-bandwidth',
        'instance-gpu-name',
        'instance-gpu-manufacturer',
        'instance-gpu-count',
        'instance-gpu-memory',
        'instance-accelerator-name',
        'instance-accelerator-manufacturer',
        'instance-accelerator-count',
        'instance-local-nvme',
        'instance-encryption-in-transit-supported',
        'instance-capability-flex',
    ].map((k) => AWS + k),
]);
const MIB = 1024 * 1024;
function makeCatalog(source, types, labelKeys) {
    const sorted = [...types].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    return { source, types: sorted, byName: new Map(sorted.map((t) => [t.name, t])), labelKeys };
}
function intLabel(labels, key) {
    const value = labels[key];
    return value === undefined ? 0 : Number.parseInt(value, 10);
}
const offeringViews = new WeakMap();
/**
 * The catalog narrowed to types EC2 sells with this purchase option (`SupportedUsageClasses`), e.g. no `u-*`
 * high-memory type for spot. A type whose source does not say (the built-in catalog) is kept: unknown is not
 * "unavailable". Returns the catalog itself when nothing is dropped; views are shared per catalog.
 */
function offeringCatalog(catalog, capacityType) {
    let views = offeringViews.get(catalog);
    if (!views)
        offeringViews.set(catalog, (views = new Map()));
    let view = views.get(capacityType);
    if (!view) {
        const offered = catalog.types.filter((t) => !t.capacityTypes || t.capacityTypes.includes(capacityType));
        view = offered.length === catalog.types.length ? catalog : makeCatalog(catalog.source, offered, catalog.labelKeys);
        views.set(capacityType, view);
    }
    return view;
}
function decodeBuiltin(data) {
    const columns = Object.entries(data.labels);
    const types = data.names.map((name, row) => {
        const labels = { [LABEL_INSTANCE_TYPE]: name };
        for (const [key, column] of columns) {
            const index = column.rows[row];
            if (index >= 0)
                labels[key] = column.values[index];
        }
        return {
            name,
            labels,
            vcpu: intLabel(labels, AWS + 'instance-cpu'),
            memoryMiB: intLabel(labels, AWS + 'instance-memory'),
            arch: labels[LABEL_ARCH] ?? '',
            gpuCount: intLabel(labels, AWS + 'instance-gpu-count'),
            allocatable: {
                cpuMillis: data.allocatable.cpuMillis[row],
                memoryBytes: data.allocatable.memoryMiB[row] * MIB,
                pods: data.allocatable.pods[row],
            },
        };
    });
    const { repo, commit, path } = data.source;
    return makeCatalog(`${repo}@${commit.slice(0, 8)}:${path}`, types, INSTANCE_TYPE_LABEL_KEYS);
}
let builtin;
/** The catalog shipped with resilint (decoded on first use, then shared). */
function loadBuiltinCatalog() {
    builtin ??= decodeBuiltin(instance_types_namespaceObject);
    return builtin;
}
// ---------------------------------------------------------------------------------------------------------
// `aws ec2 describe-instance-types` output
/** Network bandwidth comes from a table inside Karpenter, not from the EC2 API, so parsed catalogs lack it. */
const DESCRIBE_LABEL_KEYS = new Set([...INSTANCE_TYPE_LABEL_KEYS].filter((k) => k !== AWS + 'instance-network-bandwidth'));
/** Karpenter maps only these EC2 architectures to Kubernetes ones (`AWSToKubeArchitectures`). */
const KUBE_ARCH = { x86_64: 'amd64', arm64: 'arm64' };
/** Category and generation as Karpenter reads them from the name: `c7gd.large` → c, 7; `u-6tb1.metal` → u, 1. */
const NAME_SCHEME = /^([a-z]+)(-[0-9]+tb)?([0-9]+).*\./;
function kebabLower(s) {
    return s.replaceAll(' ', '-').toLowerCase();
}
/**
 * What a node of this size leaves for pods with Karpenter's AL2023 defaults: 7.5 % VM memory overhead,
 * kube-reserved cpu (6 % of the first core, 1 % of the second, 0.5 % of the next two, 0.25 % of the rest),
 * kube-reserved memory 11 MiB per pod + 255 MiB, and the 100 Mi hard-eviction threshold. This reproduces the
 * built-in catalog exactly for amd64 types; Karpenter's reference lists arm64 types 59 MiB lower, which the
 * documented formula does not explain, so parsed arm64 types may be slightly optimistic.
 */
function estimateAllocatable(vcpu, memoryMiB, pods) {
    const tiers = [
        [1000, 0.06],
        [1000, 0.01],
        [2000, 0.005],
        [Number.POSITIVE_INFINITY, 0.0025],
    ];
    let remaining = vcpu * 1000;
    let reservedCpu = 0;
    for (const [size, share] of tiers) {
        const slice = Math.min(remaining, size);
        reservedCpu += slice * share;
        remaining -= slice;
    }
    const capacityMiB = memoryMiB - Math.ceil(memoryMiB * 0.075);
    const memory = capacityMiB - (11 * pods + 255) - 100;
    return {
        cpuMillis: vcpu * 1000 - Math.round(reservedCpu),
        memoryBytes: Math.max(0, memory) * MIB,
        pods,
    };
}
function isObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function obj(v) {
    return isObject(v) ? v : {};
}
function num(v) {
    return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}
function str(v) {
    return typeof v === 'string' ? v : undefined;
}
function list(v) {
    return Array.isArray(v) ? v : [];
}
/** Labels Karpenter derives from one DescribeInstanceTypes entry (network bandwidth needs its static table, so it is left out). */
function deriveLabels(name, info, vcpu, memoryMiB, arch) {
    const labels = {
        [LABEL_INSTANCE_TYPE]: name,
        [LABEL_ARCH]: arch,
        [LABEL_OS]: 'linux',
        [AWS + 'instance-cpu']: String(vcpu),
        [AWS + 'instance-memory']: String(memoryMiB),
        // Karpenter labels metal types with an empty hypervisor rather than leaving the label out.
        [AWS + 'instance-hypervisor']: str(info.Hypervisor) ?? '',
    };
    const scheme = NAME_SCHEME.exec(name);
    if (scheme) {
        labels[AWS + 'instance-category'] = scheme[1];
        labels[AWS + 'instance-generation'] = scheme[3];
    }
    const parts = name.split('.');
    if (parts.length === 2) {
        labels[AWS + 'instance-family'] = parts[0];
        labels[AWS + 'instance-size'] = parts[1];
        labels[AWS + 'instance-capability-flex'] = String(parts[0].endsWith('-flex'));
    }
    const processor = obj(info.ProcessorInfo);
    const manufacturer = str(processor.Manufacturer);
    if (manufacturer)
        labels[AWS + 'instance-cpu-manufacturer'] = kebabLower(manufacturer);
    const ghz = num(processor.SustainedClockSpeedInGhz);
    if (ghz !== undefined)
        labels[AWS + 'instance-cpu-sustained-clock-speed-mhz'] = String(Math.round(ghz * 1000));
    const ebsMbps = num(obj(obj(info.EbsInfo).EbsOptimizedInfo).MaximumBandwidthInMbps);
    if (ebsMbps !== undefined)
        labels[AWS + 'instance-ebs-bandwidth'] = String(ebsMbps);
    const encryption = obj(info.NetworkInfo).EncryptionInTransitSupported;
    if (typeof encryption === 'boolean')
        labels[AWS + 'instance-encryption-in-transit-supported'] = String(encryption);
    // Karpenter only labels GPUs when the type has a single kind of GPU.
    const gpus = list(obj(info.GpuInfo).Gpus).map(obj);
    if (gpus.length === 1) {
        const gpu = gpus[0];
        labels[AWS + 'instance-gpu-name'] = kebabLower(str(gpu.Name) ?? '');
        labels[AWS + 'instance-gpu-manufacturer'] = kebabLower(str(gpu.Manufacturer) ?? '');
        labels[AWS + 'instance-gpu-count'] = String(num(gpu.Count) ?? 0);
        labels[AWS + 'instance-gpu-memory'] = String(num(obj(gpu.MemoryInfo).SizeInMiB) ?? 0);
    }
    const accelerators = list(obj(info.InferenceAcceleratorInfo).Accelerators).map(obj);
    const neuron = list(obj(info.NeuronInfo).NeuronDevices).map(obj);
    if (accelerators.length === 1) {
        const a = accelerators[0];
        labels[AWS + 'instance-accelerator-name'] = kebabLower(str(a.Name) ?? '');
        labels[AWS + 'instance-accelerator-manufacturer'] = kebabLower(str(a.Manufacturer) ?? '');
        labels[AWS + 'instance-accelerator-count'] = String(num(a.Count) ?? 0);
    }
    else if (neuron.length === 1) {
        labels[AWS + 'instance-accelerator-name'] = kebabLower(str(neuron[0].Name) ?? '');
        labels[AWS + 'instance-accelerator-manufacturer'] = 'aws';
        labels[AWS + 'instance-accelerator-count'] = String(num(neuron[0].Count) ?? 0);
    }
    // An absent NvmeSupport (older API output) counts as NVMe, as in Karpenter, which only excludes "unsupported".
    const storage = info.InstanceStorageInfo;
    if (isObject(storage) && storage.NvmeSupport !== 'unsupported') {
        const gb = num(storage.TotalSizeInGB);
        if (gb !== undefined)
            labels[AWS + 'instance-local-nvme'] = String(gb);
    }
    return labels;
}
/** ENI-limited max pods, the Karpenter default on AL2023 when `maxPods` is not set. */
function eniMaxPods(info) {
    const network = obj(info.NetworkInfo);
    const enis = num(network.MaximumNetworkInterfaces);
    const ips = num(network.Ipv4AddressesPerInterface);
    return enis !== undefined && ips !== undefined ? enis * (ips - 1) + 2 : 110;
}
function parseEntry(entry, index, file) {
    if (!isObject(entry))
        throw new InstanceCatalogError(file, `InstanceTypes[${index}] is not an object`);
    const name = str(entry.InstanceType);
    const vcpu = num(obj(entry.VCpuInfo).DefaultVCpus);
    const memoryMiB = num(obj(entry.MemoryInfo).SizeInMiB);
    if (!name || vcpu === undefined || memoryMiB === undefined) {
        throw new InstanceCatalogError(file, `InstanceTypes[${index}] lacks InstanceType, VCpuInfo.DefaultVCpus or MemoryInfo.SizeInMiB`);
    }
    // Karpenter cannot launch types whose architecture it does not map, nor paravirtual-only types.
    const arch = list(obj(entry.ProcessorInfo).SupportedArchitectures)
        .map((a) => KUBE_ARCH[String(a)])
        .find((a) => a !== undefined);
    const virtualization = entry.SupportedVirtualizationTypes;
    if (!arch || (Array.isArray(virtualization) && !virtualization.includes('hvm')))
        return undefined;
    const labels = deriveLabels(name, entry, vcpu, memoryMiB, arch);
    const capacityTypes = list(entry.SupportedUsageClasses).filter((c) => c === 'on-demand' || c === 'spot');
    return {
        name,
        labels,
        vcpu,
        memoryMiB,
        arch,
        gpuCount: intLabel(labels, AWS + 'instance-gpu-count'),
        allocatable: estimateAllocatable(vcpu, memoryMiB, eniMaxPods(entry)),
        capacityTypes,
    };
}
/**
 * Builds a catalog from what `aws ec2 describe-instance-types` prints (`{"InstanceTypes": [...]}`), deriving
 * the labels Karpenter would put on each type. Types Karpenter cannot launch (paravirtual-only, unmapped
 * architectures) are left out; allocatable is estimated with `estimateAllocatable` and ENI-limited pods.
 * Throws InstanceCatalogError naming `file` when the input has the wrong shape.
 */
function parseDescribeInstanceTypes(json, file) {
    if (!isObject(json) || !Array.isArray(json.InstanceTypes)) {
        throw new InstanceCatalogError(file, 'expected the output of `aws ec2 describe-instance-types`: an object with an "InstanceTypes" list');
    }
    const types = json.InstanceTypes.map((entry, i) => parseEntry(entry, i, file)).filter((t) => t !== undefined);
    return makeCatalog(file, types, DESCRIBE_LABEL_KEYS);
}
/** Reads describe-instance-types JSON text (e.g. a file's contents), with a typed error when it is not JSON. */
function parseDescribeInstanceTypesText(text, file) {
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (error) {
        throw new InstanceCatalogError(file, `not valid JSON (${error.message})`);
    }
    return parseDescribeInstanceTypes(json, file);
}


/***/ }),

/***/ 574:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $O: () => (/* binding */ LABEL_CAPACITY_TYPE),
/* harmony export */   CZ: () => (/* binding */ evaluateRequirements),
/* harmony export */   F_: () => (/* binding */ normalizeLabelKey),
/* harmony export */   Ow: () => (/* binding */ admittedCapacityTypes),
/* harmony export */   V9: () => (/* binding */ readNodePoolRequirements),
/* harmony export */   X0: () => (/* binding */ smallestFitting)
/* harmony export */ });
/* unused harmony exports NORMALIZED_LABELS, admitsCapacityType */
/* harmony import */ var _instance_types_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(16);

const LABEL_CAPACITY_TYPE = 'karpenter.sh/capacity-type';
/**
 * Deprecated label keys Karpenter rewrites to their stable names before evaluating
 * (`kubernetes-sigs/karpenter:pkg/apis/v1/labels.go` NormalizedLabels; semantics doc B.6).
 */
const NORMALIZED_LABELS = {
    'failure-domain.beta.kubernetes.io/zone': 'topology.kubernetes.io/zone',
    'failure-domain.beta.kubernetes.io/region': 'topology.kubernetes.io/region',
    'beta.kubernetes.io/arch': 'kubernetes.io/arch',
    'beta.kubernetes.io/os': 'kubernetes.io/os',
    'beta.kubernetes.io/instance-type': 'node.kubernetes.io/instance-type',
};
function normalizeLabelKey(key) {
    return NORMALIZED_LABELS[key] ?? key;
}
const OPERATORS = new Set(['In', 'NotIn', 'Exists', 'DoesNotExist', 'Gt', 'Lt', 'Gte', 'Lte']);
function parseInteger(value) {
    return /^[+-]?\d+$/.test(value) ? Number(value) : undefined;
}
/** The value set of one requirement, or a reason why the API server would have rejected it. */
function toValueSet(r) {
    const values = r.values ?? [];
    switch (r.operator) {
        case 'In':
            return values.length > 0 ? { complement: false, values: new Set(values) } : 'operator In needs at least one value';
        case 'NotIn':
            return values.length > 0 ? { complement: true, values: new Set(values) } : 'operator NotIn needs at least one value';
        case 'Exists':
            return { complement: true, values: new Set() };
        case 'DoesNotExist':
            return { complement: false, values: new Set() };
        case 'Gt':
        case 'Lt':
        case 'Gte':
        case 'Lte': {
            const bound = values.length === 1 ? parseInteger(values[0]) : undefined;
            if (bound === undefined)
                return `operator ${r.operator} needs exactly one integer value`;
            const set = { complement: true, values: new Set() };
            if (r.operator === 'Gt')
                set.gte = bound + 1;
            if (r.operator === 'Gte')
                set.gte = bound;
            if (r.operator === 'Lt')
                set.lte = bound - 1;
            if (r.operator === 'Lte')
                set.lte = bound;
            return set;
        }
        default:
            return `unknown operator ${JSON.stringify(r.operator)} (expected one of ${[...OPERATORS].join(', ')})`;
    }
}
function withinBounds(value, gte, lte) {
    if (gte === undefined && lte === undefined)
        return true;
    // With bounds set, a label value that is not an integer can never satisfy them.
    const n = parseInteger(value);
    if (n === undefined)
        return false;
    return (gte === undefined || n >= gte) && (lte === undefined || n <= lte);
}
function maxDefined(a, b) {
    return a === undefined ? b : b === undefined ? a : Math.max(a, b);
}
function minDefined(a, b) {
    return a === undefined ? b : b === undefined ? a : Math.min(a, b);
}
function intersect(a, b) {
    const gte = maxDefined(a.gte, b.gte);
    const lte = minDefined(a.lte, b.lte);
    // Disjoint bounds collapse to DoesNotExist, exactly as Karpenter does.
    if (gte !== undefined && lte !== undefined && gte > lte)
        return { complement: false, values: new Set() };
    let values;
    if (a.complement && b.complement)
        values = [...a.values, ...b.values];
    else if (a.complement)
        values = [...b.values].filter((v) => !a.values.has(v));
    else if (b.complement)
        values = [...a.values].filter((v) => !b.values.has(v));
    else
        values = [...a.values].filter((v) => b.values.has(v));
    const complement = a.complement && b.complement;
    // A complement keeps its excluded values as they are; a concrete set keeps only values inside the bounds.
    const kept = complement ? values : values.filter((v) => withinBounds(v, gte, lte));
    return complement ? { complement, values: new Set(kept), gte, lte } : { complement, values: new Set(kept) };
}
function has(set, value) {
    return set.values.has(value) !== set.complement && withinBounds(value, set.gte, set.lte);
}
/** Karpenter's Requirement.Operator(): how a combined set reads. Bounds alone read as Exists. */
function effectiveOperator(set) {
    if (set.complement)
        return set.values.size > 0 ? 'NotIn' : 'Exists';
    return set.values.size > 0 ? 'In' : 'DoesNotExist';
}
/** Whether an instance type whose label `key` has `value` (undefined: no such label) is compatible with `set`. */
function admitsValue(set, value) {
    if (value === undefined) {
        const op = effectiveOperator(set);
        return op === 'NotIn' || op === 'DoesNotExist';
    }
    return has(set, value);
}
const OFFERING_KEYS = new Set([
    'topology.kubernetes.io/zone',
    'topology.kubernetes.io/region',
    'topology.k8s.aws/zone-id',
    'karpenter.k8s.aws/instance-tenancy',
    'karpenter.k8s.aws/capacity-reservation-type',
    'karpenter.k8s.aws/capacity-reservation-id',
    'karpenter.k8s.aws/capacity-reservation-interruptible',
    'karpenter.k8s.aws/placement-group-id',
    'karpenter.k8s.aws/placement-group-partition',
    'karpenter.k8s.aws/nitro-sandbox',
]);
const NODE_KEYS = new Set(['kubernetes.io/hostname', 'karpenter.sh/nodepool', 'karpenter.k8s.aws/ec2nodeclass']);
const NODE_CLASS_KEYS = new Set(['kubernetes.io/os', 'node.kubernetes.io/windows-build']);
function nonFilteringReason(key, known) {
    if (known.has(key))
        return undefined;
    if (key === LABEL_CAPACITY_TYPE)
        return 'capacity-type';
    if (OFFERING_KEYS.has(key))
        return 'offering';
    if (NODE_KEYS.has(key))
        return 'node';
    if (NODE_CLASS_KEYS.has(key))
        return 'node-class';
    if (_instance_types_js__WEBPACK_IMPORTED_MODULE_0__/* .INSTANCE_TYPE_LABEL_KEYS */ .JD.has(key))
        return 'not-in-catalog';
    if (key.split('/')[0].endsWith('karpenter.k8s.aws'))
        return 'unknown-aws-label';
    return 'custom';
}
function prepare(requirements, known) {
    return requirements.map((requirement, index) => {
        const key = normalizeLabelKey(requirement.key);
        const set = toValueSet(requirement);
        if (typeof set === 'string')
            return { requirement, index, key, reason: 'invalid', problem: set };
        const reason = nonFilteringReason(key, known);
        return reason ? { requirement, index, key, reason } : { requirement, index, key, set };
    });
}
/** Combined set per key over the filtering requirements, optionally leaving one requirement out. */
function combine(prepared, skipIndex) {
    const byKey = new Map();
    for (const p of prepared) {
        if (!p.set || p.index === skipIndex)
            continue;
        const existing = byKey.get(p.key);
        byKey.set(p.key, existing ? intersect(existing, p.set) : p.set);
    }
    return byKey;
}
function admittedBy(types, sets) {
    const entries = [...sets];
    return types.filter((t) => entries.every(([key, set]) => admitsValue(set, t.labels[key])));
}
function checkMinValues(requirements, admitted, known) {
    const byKey = new Map();
    for (const r of requirements) {
        if (typeof r.minValues !== 'number')
            continue;
        const key = normalizeLabelKey(r.key);
        byKey.set(key, Math.max(byKey.get(key) ?? 0, r.minValues));
    }
    return [...byKey].map(([key, minValues]) => {
        if (!known.has(key))
            return { key, minValues };
        const distinct = new Set(admitted.map((t) => t.labels[key]).filter((v) => v !== undefined)).size;
        return { key, minValues, distinctValues: distinct, met: distinct >= minValues };
    });
}
/**
 * Evaluates NodePool requirements against a catalog: the admitted types, what each requirement contributes,
 * and whether minValues can be met. Requirements on offering, node or custom keys never filter (the catalog
 * has no offerings); malformed requirements are reported and skipped.
 */
function evaluateRequirements(requirements, catalog) {
    const known = catalog.labelKeys;
    const prepared = prepare(requirements, known);
    const admitted = admittedBy(catalog.types, combine(prepared));
    const perRequirement = prepared.map((p) => {
        const base = {
            index: p.index,
            key: p.requirement.key,
            normalizedKey: p.key,
            operator: p.requirement.operator,
        };
        if (!p.set) {
            return {
                ...base,
                filters: false,
                nonFilteringReason: p.reason,
                ...(p.problem ? { problem: p.problem } : {}),
                admittedAlone: catalog.types.length,
                gainedIfRemoved: 0,
            };
        }
        const alone = admittedBy(catalog.types, new Map([[p.key, p.set]])).length;
        const without = admittedBy(catalog.types, combine(prepared, p.index)).length;
        return { ...base, filters: true, admittedAlone: alone, gainedIfRemoved: without - admitted.length };
    });
    const minValues = checkMinValues(requirements, admitted, known);
    const mostRestrictive = perRequirement.reduce((best, e) => (e.gainedIfRemoved > (best?.gainedIfRemoved ?? 0) ? e : best), undefined);
    return {
        admitted,
        perRequirement,
        minValues,
        minValuesUnmet: minValues.filter((m) => m.met === false),
        ...(mostRestrictive ? { mostRestrictive } : {}),
    };
}
// ---------------------------------------------------------------------------------------------------------
// Capacity type
const CAPACITY_TYPES = ['on-demand', 'spot', 'reserved'];
/**
 * The capacity types a NodePool's requirements allow.
 *
 * Without a `karpenter.sh/capacity-type` requirement, v1 and v1beta1 NodePools allow every capacity type:
 * Karpenter reads an undefined key as `Exists` (`Requirements.Get`), and the AWS provider's getCapacityType then
 * launches spot whenever a spot offering fits (observed in aws/karpenter-provider-aws#5015; the old "defaults to
 * on-demand" doc note was removed in aws/karpenter-provider-aws#5026). Only v1alpha5 Provisioners had the AWS
 * defaulting webhook that added `capacity-type In [on-demand]`.
 */
function admittedCapacityTypes(requirements, dialect = 'v1') {
    const sets = requirements
        .filter((r) => normalizeLabelKey(r.key) === LABEL_CAPACITY_TYPE)
        .map(toValueSet)
        .filter((s) => typeof s !== 'string');
    if (sets.length === 0)
        return dialect === 'v1alpha5' ? ['on-demand'] : [...CAPACITY_TYPES];
    const combined = sets.reduce(intersect);
    return CAPACITY_TYPES.filter((c) => has(combined, c));
}
function admitsCapacityType(requirements, capacityType, dialect = 'v1') {
    return admittedCapacityTypes(requirements, dialect).includes(capacityType);
}
function asRequirement(item) {
    if (typeof item !== 'object' || item === null)
        return undefined;
    const r = item;
    if (typeof r.key !== 'string' || typeof r.operator !== 'string')
        return undefined;
    const values = Array.isArray(r.values) ? r.values.map(String) : undefined;
    return {
        key: r.key,
        operator: r.operator,
        ...(values ? { values } : {}),
        ...(typeof r.minValues === 'number' ? { minValues: r.minValues } : {}),
    };
}
function dig(raw, path) {
    let at = raw;
    for (const segment of path) {
        if (typeof at !== 'object' || at === null)
            return undefined;
        at = at[segment];
    }
    return at;
}
/**
 * The requirements of a Karpenter NodePool (`karpenter.sh/v1`, `v1beta1`: spec.template.spec.requirements) or
 * Provisioner (`karpenter.sh/v1alpha5`: spec.requirements); undefined for any other object. Entries without a
 * string key and operator are dropped (the API server would reject them).
 */
function readNodePoolRequirements(raw) {
    const apiVersion = raw.apiVersion;
    let dialect;
    let path;
    if (raw.kind === 'NodePool' && (apiVersion === 'karpenter.sh/v1' || apiVersion === 'karpenter.sh/v1beta1')) {
        dialect = apiVersion === 'karpenter.sh/v1' ? 'v1' : 'v1beta1';
        path = ['spec', 'template', 'spec', 'requirements'];
    }
    else if (raw.kind === 'Provisioner' && apiVersion === 'karpenter.sh/v1alpha5') {
        dialect = 'v1alpha5';
        path = ['spec', 'requirements'];
    }
    else {
        return undefined;
    }
    const list = dig(raw, path);
    const requirements = Array.isArray(list)
        ? list.map(asRequirement).filter((r) => r !== undefined)
        : [];
    return { dialect, requirements, path };
}
/** Types Karpenter launches only when nothing else fits (AWS provider filterExoticInstanceTypes). */
function isExotic(t) {
    const size = t.labels['karpenter.k8s.aws/instance-size'] ?? '';
    return size.includes('metal') || t.gpuCount > 0 || 'karpenter.k8s.aws/instance-accelerator-count' in t.labels;
}
function bySize(a, b) {
    return (a.allocatable.cpuMillis - b.allocatable.cpuMillis ||
        a.allocatable.memoryBytes - b.allocatable.memoryBytes ||
        a.vcpu - b.vcpu ||
        a.memoryMiB - b.memoryMiB ||
        (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
/**
 * The smallest admitted type whose allocatable holds the request: smallest allocatable cpu, then memory, then
 * vCPU and memory as a price proxy (the catalog has no prices), then name. Like Karpenter, metal, GPU and
 * accelerator types are used only when no other type fits.
 */
function smallestFitting(admitted, request) {
    const fitting = admitted.filter((t) => t.allocatable.cpuMillis >= request.cpuMillis &&
        t.allocatable.memoryBytes >= request.memoryBytes &&
        t.allocatable.pods >= request.pods);
    const generic = fitting.filter((t) => !isExotic(t));
    return [...(generic.length > 0 ? generic : fitting)].sort(bySize)[0];
}


/***/ }),

/***/ 522:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ isListKind),
/* harmony export */   Z: () => (/* binding */ isClusterScoped)
/* harmony export */ });
/**
 * Kinds whose objects have no namespace. Everything else is namespaced: a manifest without
 * `metadata.namespace` lands in the namespace given on the command line, else `default`.
 */
const CLUSTER_SCOPED = new Set([
    'APIService', 'CertificateSigningRequest', 'ClusterIssuer', 'ClusterPolicy', 'ClusterRole',
    'ClusterRoleBinding', 'ComponentStatus', 'CSIDriver', 'CSINode', 'CustomResourceDefinition',
    'DeletingPolicy', 'EC2NodeClass', 'FlowSchema', 'GeneratingPolicy', 'ImageValidatingPolicy',
    'IngressClass', 'MutatingAdmissionPolicy', 'MutatingAdmissionPolicyBinding', 'MutatingPolicy',
    'MutatingWebhookConfiguration', 'Namespace', 'Node', 'NodeClaim', 'NodeClass', 'NodeOverlay',
    'NodePool', 'PersistentVolume', 'PodSecurityPolicy', 'PriorityClass', 'PriorityLevelConfiguration',
    'Provisioner', 'AWSNodeTemplate', 'RuntimeClass', 'StorageClass', 'ValidatingAdmissionPolicy',
    'ValidatingAdmissionPolicyBinding', 'ValidatingPolicy', 'ValidatingWebhookConfiguration',
    'VolumeAttachment', 'ClusterConfig',
]);
function isClusterScoped(kind) {
    return CLUSTER_SCOPED.has(kind);
}
/** `kind: List` and typed lists such as `DeploymentList` hold their objects under `items`. */
function isListKind(kind) {
    return kind === 'List' || (kind.endsWith('List') && kind.length > 4);
}


/***/ }),

/***/ 440:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ severityRank)
/* harmony export */ });
/* unused harmony export SEVERITIES */
/**
 * The shared vocabulary of resilint: what a loaded manifest object is, where a field sits in its
 * source file, and what a finding carries. Every stage (load → model → rules → simulate → report)
 * speaks these types, so they stay small and free of behaviour.
 */
/** Severity order, highest first; `never` as a fail level means "nothing fails". */
const SEVERITIES = (/* unused pure expression or super */ null && (['error', 'warning', 'notice']));
function severityRank(s) {
    return s === 'error' ? 3 : s === 'warning' ? 2 : 1;
}


/***/ }),

/***/ 119:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   D0: () => (/* binding */ podTemplateOf),
/* harmony export */   GA: () => (/* binding */ scaledValue),
/* harmony export */   WI: () => (/* binding */ hasPodTemplate),
/* harmony export */   de: () => (/* binding */ selectorMatches),
/* harmony export */   u4: () => (/* binding */ isRecord)
/* harmony export */ });
/* unused harmony export SCALABLE_KINDS */
/** Where each pod-owning kind keeps its pod template (`[]` for a bare Pod, whose spec is the pod's). */
const POD_TEMPLATE_PATHS = {
    Pod: [],
    Deployment: ['spec', 'template'],
    StatefulSet: ['spec', 'template'],
    DaemonSet: ['spec', 'template'],
    ReplicaSet: ['spec', 'template'],
    ReplicationController: ['spec', 'template'],
    Job: ['spec', 'template'],
    CronJob: ['spec', 'jobTemplate', 'spec', 'template'],
    Rollout: ['spec', 'template'], // Argo Rollouts
    PodTemplate: ['template'],
};
function hasPodTemplate(kind) {
    return kind in POD_TEMPLATE_PATHS;
}
/** Kinds a controller scales through `spec.replicas`. */
const SCALABLE_KINDS = new Set(['Deployment', 'StatefulSet', 'ReplicaSet', 'ReplicationController', 'Rollout']);
function podTemplateOf(obj) {
    const path = POD_TEMPLATE_PATHS[obj.kind];
    if (!path)
        return undefined;
    let node = obj.raw;
    for (const seg of path)
        node = node?.[seg];
    if (!node || typeof node !== 'object')
        return undefined;
    const metadata = isRecord(node.metadata) ? node.metadata : {};
    // A template without a spec (a partial manifest, a kustomize base) still has labels that PDBs,
    // Services and spread constraints select by; it just has no containers to check.
    if (!isRecord(node.spec) && !isRecord(node.metadata))
        return undefined;
    const spec = isRecord(node.spec) ? node.spec : {};
    return { path: [...path], metadata, spec, labels: stringMap(metadata.labels) };
}
/**
 * `metav1.LabelSelectorAsSelector` semantics: a null selector matches nothing, an empty one
 * matches everything, terms are ANDed; `NotIn` and `DoesNotExist` match objects that lack the key.
 * An invalid operator makes the selector match nothing (the apiserver would reject it).
 */
function selectorMatches(selector, labels) {
    if (selector === null || selector === undefined || typeof selector !== 'object')
        return false;
    const s = selector;
    for (const [k, v] of Object.entries(s.matchLabels ?? {})) {
        if (labels[k] !== String(v))
            return false;
    }
    for (const expr of s.matchExpressions ?? []) {
        const has = Object.prototype.hasOwnProperty.call(labels, expr.key);
        const values = (expr.values ?? []).map(String);
        switch (expr.operator) {
            case 'In':
                if (!has || !values.includes(labels[expr.key]))
                    return false;
                break;
            case 'NotIn':
                if (has && values.includes(labels[expr.key]))
                    return false;
                break;
            case 'Exists':
                if (!has)
                    return false;
                break;
            case 'DoesNotExist':
                if (has)
                    return false;
                break;
            default:
                return false;
        }
    }
    return true;
}
/**
 * `intstr.GetScaledValueFromIntOrPercent`: an int is returned as is; "N%" scales `total`, rounding
 * up or down. Returns undefined for strings that are not percentages (the apiserver's error).
 */
function scaledValue(value, total, roundUp) {
    if (typeof value === 'number' || typeof value === 'bigint')
        return Number(value);
    if (typeof value !== 'string')
        return undefined;
    const m = /^(\d+)%$/.exec(value.trim());
    if (!m)
        return undefined;
    const scaled = (Number(m[1]) * total) / 100;
    return roundUp ? Math.ceil(scaled) : Math.floor(scaled);
}
function isRecord(v) {
    return v !== null && typeof v === 'object' && !Array.isArray(v);
}
function stringMap(v) {
    if (!isRecord(v))
        return {};
    const out = {};
    for (const [k, val] of Object.entries(v))
        if (val !== null && val !== undefined)
            out[k] = String(val);
    return out;
}


/***/ }),

/***/ 659:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ palette)
/* harmony export */ });
function sgr(open, close) {
    return (text) => (text === '' ? text : `\u001b[${open}m${text}\u001b[${close}m`);
}
const COLORED = {
    red: sgr(31, 39),
    yellow: sgr(33, 39),
    cyan: sgr(36, 39),
    green: sgr(32, 39),
    gray: sgr(90, 39),
    bold: sgr(1, 22),
    underline: sgr(4, 24),
};
const identity = (text) => text;
const PLAIN = {
    red: identity,
    yellow: identity,
    cyan: identity,
    green: identity,
    gray: identity,
    bold: identity,
    underline: identity,
};
function palette(color) {
    return color ? COLORED : PLAIN;
}


/***/ }),

/***/ 132:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   B4: () => (/* binding */ formatCount),
/* harmony export */   If: () => (/* binding */ reportedFindings),
/* harmony export */   LS: () => (/* binding */ plural),
/* harmony export */   _k: () => (/* binding */ countProblems),
/* harmony export */   v5: () => (/* binding */ severityBreakdown)
/* harmony export */ });
/** `1,204` — fixed to en-US so output does not depend on the machine's locale. */
function formatCount(n) {
    return n.toLocaleString('en-US');
}
/** `1 error`, `3 warnings`, `1,204 objects`. */
function plural(n, singular, pluralForm = `${singular}s`) {
    return `${formatCount(n)} ${n === 1 ? singular : pluralForm}`;
}
/**
 * Severity counts come from `result.summary`, the engine's single source of truth; the number of
 * files with problems is not in the summary, so it is derived from the reported findings.
 */
function countProblems(result) {
    const { errors, warnings, notices, suppressed } = result.summary;
    return {
        problems: errors + warnings + notices,
        bySeverity: { error: errors, warning: warnings, notice: notices },
        filesWithProblems: new Set(reportedFindings(result.findings).map((f) => f.file)).size,
        suppressed,
    };
}
/** Findings a person should see: suppressed ones are only counted. */
function reportedFindings(findings) {
    return findings.filter((f) => !f.suppressed);
}
/** `3 errors, 8 warnings, 1 notice` — zero counts are left out so the line stays short. */
function severityBreakdown(bySeverity) {
    const parts = [];
    if (bySeverity.error)
        parts.push(plural(bySeverity.error, 'error'));
    if (bySeverity.warning)
        parts.push(plural(bySeverity.warning, 'warning'));
    if (bySeverity.notice)
        parts.push(plural(bySeverity.notice, 'notice'));
    return parts.join(', ');
}


/***/ }),

/***/ 10:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Tc: () => (/* binding */ sortFindings),
/* harmony export */   n6: () => (/* binding */ compareText)
/* harmony export */ });
/* unused harmony export compareFindings */
/**
 * Every reporter lists findings in one order — file, line, column, rule id — so outputs are
 * stable for snapshots, diffs between runs and PR comments. Message and fingerprint break the
 * remaining ties so the order is total. Plain code-unit comparison (not localeCompare) keeps it
 * independent of the machine's locale.
 */
function compareFindings(a, b) {
    return (compareText(a.file, b.file) ||
        a.line - b.line ||
        a.column - b.column ||
        compareText(a.ruleId, b.ruleId) ||
        compareText(a.message, b.message) ||
        compareText(a.fingerprint, b.fingerprint));
}
function sortFindings(findings) {
    return [...findings].sort(compareFindings);
}
function compareText(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}


/***/ }),

/***/ 29:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  hR: () => (/* binding */ FORMATS),
  J9: () => (/* binding */ formatResult),
  _S: () => (/* binding */ isReportFormat)
});

// UNUSED EXPORTS: DEFAULT_MAX_ROWS, escapeData, escapeProperty, formatGithub, formatJson, formatMarkdown, formatSarif, formatText, renderFindingsTable, summaryLine

// EXTERNAL MODULE: ./src/report/counts.ts
var report_counts = __nccwpck_require__(132);
// EXTERNAL MODULE: ./src/report/finding-order.ts
var finding_order = __nccwpck_require__(10);
;// CONCATENATED MODULE: ./src/report/portable-path.ts
/**
 * Findings already carry paths relative to the working directory, but a Windows run would give
 * backslashes; machine formats (JSON, SARIF, GitHub commands) promise `/` separators.
 */
function toPortablePath(file) {
    return file.replace(/\\/g, '/').replace(/^(\.\/)+/, '');
}

;// CONCATENATED MODULE: ./src/report/github.ts



/**
 * GitHub Actions workflow commands, one annotation per reported finding:
 * `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=<rule id>::message`.
 * Suppressed findings are left out: an annotation cannot be shown as dismissed.
 */
function formatGithub(result) {
    const lines = (0,finding_order/* sortFindings */.Tc)((0,report_counts/* reportedFindings */.If)(result.findings)).map(toWorkflowCommand);
    return lines.length ? `${lines.join('\n')}\n` : '';
}
function toWorkflowCommand(f) {
    const command = f.severity === 'notice' ? 'notice' : f.severity;
    const properties = [
        `file=${escapeProperty(toPortablePath(f.file))}`,
        `line=${f.line}`,
        `col=${f.column}`,
        `endLine=${f.endLine}`,
        `endColumn=${f.endColumn}`,
        `title=${escapeProperty(f.ruleId)}`,
    ].join(',');
    return `::${command} ${properties}::${escapeData(f.message)}`;
}
/** Escaping of a command's message, as the Actions runner unescapes it. `%` goes first. */
function escapeData(text) {
    return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
/** Property values also lose `:` and `,`, which would otherwise end the value. */
function escapeProperty(text) {
    return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

// EXTERNAL MODULE: ./src/report/tool-info.ts
var tool_info = __nccwpck_require__(743);
;// CONCATENATED MODULE: ./src/report/json.ts



/**
 * The JSON contract (version 1). Key order is part of the contract — consumers diff these files —
 * so objects are built literally in contract order; extra keys only ever come after the contract
 * keys. Absent values are `null` rather than missing so every finding has the same shape.
 */
function formatJson(result, options) {
    const { files, objects, errors, warnings, notices, suppressed, skippedDocuments, skippedFiles } = result.summary;
    const report = {
        version: 1,
        tool: { name: tool_info/* TOOL_NAME */.l, version: options.toolVersion },
        summary: { files, objects, errors, warnings, notices, suppressed, skippedDocuments, skippedFiles },
        findings: (0,finding_order/* sortFindings */.Tc)(result.findings).map(toJsonFinding),
    };
    return `${JSON.stringify(report, null, 2)}\n`;
}
function toJsonFinding(f) {
    return {
        ruleId: f.ruleId,
        severity: f.severity,
        message: f.message,
        file: toPortablePath(f.file),
        line: f.line,
        column: f.column,
        endLine: f.endLine,
        endColumn: f.endColumn,
        object: f.object
            ? { apiVersion: f.object.apiVersion, kind: f.object.kind, namespace: f.object.namespace ?? null, name: f.object.name }
            : null,
        fieldPath: f.fieldPath ?? null,
        fingerprint: f.fingerprint,
        suppressed: f.suppressed,
        // Extras: JSON.stringify drops the undefined ones, so they appear only when known.
        validation: f.validation,
        suppressionReason: f.suppressionReason,
        remediation: f.remediation,
        docsUrl: f.docsUrl,
        related: f.related?.map((r) => ({ file: toPortablePath(r.file), line: r.line, column: r.column, message: r.message })),
    };
}

// EXTERNAL MODULE: ./src/model/types.ts
var types = __nccwpck_require__(440);
;// CONCATENATED MODULE: ./src/report/markdown-escape.ts
/**
 * Makes text safe inside a GitHub-flavoured Markdown table cell: `|` would end the cell, a line
 * break would end the row, and `<`/`>` would be read as HTML (a message like `<none>` vanishes).
 */
function escapeTableCell(text) {
    return text
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/\|/g, '\\|')
        .replace(/\r\n|\r|\n/g, '<br>');
}
/**
 * A code span that survives backticks in its content: the fence is one backtick longer than the
 * longest run inside, and padding spaces keep a leading or trailing backtick apart from it.
 * Pipes are escaped because GitHub splits table cells before it parses code spans.
 */
function codeSpan(text) {
    const longestRun = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longestRun + 1);
    const pad = longestRun > 0 ? ' ' : '';
    return `${fence}${pad}${text.replace(/\|/g, '\\|').replace(/\r\n|\r|\n/g, ' ')}${pad}${fence}`;
}
/** Link targets in `[text](url)`: spaces and parentheses would end the URL early. */
function escapeLinkTarget(url) {
    return url.replace(/ /g, '%20').replace(/\(/g, '%28').replace(/\)/g, '%29');
}

;// CONCATENATED MODULE: ./src/report/markdown.ts




/** Keeps a PR comment well under GitHub's 65,536-character body limit with long messages. */
const DEFAULT_MAX_ROWS = 50;
const SEVERITY_EMOJI = { error: '🔴', warning: '🟡', notice: '🔵' };
/**
 * The Markdown summary for the GitHub job summary and the sticky PR comment: a heading, counts by
 * severity, the run's notes, and a table of the reported (unsuppressed) findings.
 */
function formatMarkdown(result, options = {}) {
    const sections = [`### ${options.title ?? 'resilint'}`, countsLine(result)];
    if (result.notes.length)
        sections.push(result.notes.map((note) => `> ℹ️ ${escapeTableCell(note)}`).join('\n'));
    const reported = (0,report_counts/* reportedFindings */.If)(result.findings);
    if (reported.length)
        sections.push(renderFindingsTable(reported, options));
    return `${sections.join('\n\n')}\n`;
}
function countsLine(result) {
    const counts = (0,report_counts/* countProblems */._k)(result);
    const scanned = `${(0,report_counts/* plural */.LS)(result.summary.objects, 'object')} in ${(0,report_counts/* plural */.LS)(result.summary.files, 'file')}`;
    const suppressed = counts.suppressed ? ` · 🔕 ${(0,report_counts/* formatCount */.B4)(counts.suppressed)} suppressed` : '';
    if (counts.problems === 0)
        return `✅ **No problems** in ${scanned}${suppressed}`;
    const { error, warning, notice } = counts.bySeverity;
    const bySeverity = [
        `${SEVERITY_EMOJI.error} **${(0,report_counts/* formatCount */.B4)(error)}** ${error === 1 ? 'error' : 'errors'}`,
        `${SEVERITY_EMOJI.warning} **${(0,report_counts/* formatCount */.B4)(warning)}** ${warning === 1 ? 'warning' : 'warnings'}`,
        `${SEVERITY_EMOJI.notice} **${(0,report_counts/* formatCount */.B4)(notice)}** ${notice === 1 ? 'notice' : 'notices'}`,
    ].join(' · ');
    return `${bySeverity}${suppressed} — ${(0,report_counts/* plural */.LS)(counts.filesWithProblems, 'file')} with problems, ${scanned} checked`;
}
/**
 * A table of findings (severity, rule linked to its docs, location, message), most severe first
 * and then in report order, so cutting it to `maxRows` (with a "…and N more" line) hides the
 * least important rows. Exported so the Action can list findings that fall
 * outside the PR diff in its review body.
 */
function renderFindingsTable(findings, options = {}) {
    const maxRows = Math.max(0, options.maxRows ?? DEFAULT_MAX_ROWS);
    const sorted = (0,finding_order/* sortFindings */.Tc)(findings).sort((a, b) => (0,types/* severityRank */.q)(b.severity) - (0,types/* severityRank */.q)(a.severity));
    const shown = sorted.slice(0, maxRows);
    const rows = [
        '| Severity | Rule | Location | Message |',
        '| --- | --- | --- | --- |',
        ...shown.map((f) => `| ${SEVERITY_EMOJI[f.severity]} ${f.severity} | ${ruleCell(f)} | ${locationCell(f, options.fileUrl)} | ${escapeTableCell(f.message)} |`),
    ];
    const hidden = sorted.length - shown.length;
    if (hidden > 0)
        rows.push('', `…and ${(0,report_counts/* formatCount */.B4)(hidden)} more${options.moreNote ? ` ${options.moreNote}` : ''}`);
    return rows.join('\n');
}
function ruleCell(f) {
    const id = codeSpan(f.ruleId);
    return f.docsUrl ? `[${id}](${escapeLinkTarget(f.docsUrl)})` : id;
}
function locationCell(f, fileUrl) {
    const text = `${f.file}:${f.line}`;
    return fileUrl ? `[${escapeLinkText(text)}](${escapeLinkTarget(fileUrl(f.file, f.line))})` : codeSpan(text);
}
/** Brackets would end the link text early; pipes would end the cell. */
function escapeLinkText(text) {
    return escapeTableCell(text).replace(/[[\]]/g, (c) => `\\${c}`);
}

// EXTERNAL MODULE: ./src/load/load-manifests.ts + 3 modules
var load_manifests = __nccwpck_require__(524);
// EXTERNAL MODULE: ./src/model/engine-rules.ts
var engine_rules = __nccwpck_require__(65);
;// CONCATENATED MODULE: ./src/report/sarif-rules.ts


/**
 * Findings that come from no rule file still need a SARIF rule entry (results point at rules by
 * index). Their descriptions live here, in one place, as full sentences.
 */
function describeRuleless(ruleId) {
    if ((0,engine_rules/* isEngineRule */.t)(ruleId))
        return engine_rules/* ENGINE_RULES */.N[ruleId];
    if (ruleId.startsWith('sim/')) {
        return `The disruption simulator found a problem in scenario "${ruleId.slice('sim/'.length)}".`;
    }
    return `Findings reported as "${ruleId}".`;
}
/**
 * The rules a SARIF run lists: every known rule plus one synthesised entry per rule id that only
 * occurs in findings. Sorted by id so `ruleIndex` values are stable between runs.
 */
function sarifRuleCatalog(rules, findings) {
    const byId = new Map();
    for (const rule of rules)
        byId.set(rule.id, rule);
    for (const f of findings) {
        if (byId.has(f.ruleId))
            continue;
        byId.set(f.ruleId, synthesise(f));
    }
    return [...byId.values()].sort((a, b) => (0,finding_order/* compareText */.n6)(a.id, b.id));
}
function synthesise(first) {
    const severity = first.severity;
    return {
        id: first.ruleId,
        severity,
        description: describeRuleless(first.ruleId),
        remediation: first.remediation,
        docsUrl: first.docsUrl,
    };
}

;// CONCATENATED MODULE: ./src/report/sarif.ts





/** The OASIS schema location for SARIF 2.1.0 (errata 01, the current standard text). */
const SARIF_SCHEMA_URI = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
/** Key of `partialFingerprints`; bump the version when the fingerprint recipe changes. */
const FINGERPRINT_KEY = 'resilint/v1';
/** Artifact URIs are relative to the checkout root, which the consumer (e.g. code scanning) knows. */
const SRCROOT = '%SRCROOT%';
/**
 * SARIF 2.1.0 for GitHub code scanning and other SARIF viewers: one run, a rule catalogue
 * (including synthesised entries for `parse-error`, `rule-error` and `sim/*`), and one result per
 * finding. Suppressed findings stay in the log with an `inSource` suppression, as the spec wants,
 * so viewers can show them as dismissed.
 */
function formatSarif(result, options) {
    const rules = sarifRuleCatalog(result.rules, result.findings);
    const ruleIndex = new Map(rules.map((rule, i) => [rule.id, i]));
    const log = {
        $schema: SARIF_SCHEMA_URI,
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: tool_info/* TOOL_NAME */.l,
                        version: options.toolVersion,
                        informationUri: options.informationUri ?? tool_info/* TOOL_INFORMATION_URI */.R,
                        rules: rules.map(toReportingDescriptor),
                    },
                },
                // js-yaml reads JavaScript strings, so columns count UTF-16 code units.
                columnKind: 'utf16CodeUnits',
                results: (0,finding_order/* sortFindings */.Tc)(result.findings).map((f) => toResult(f, ruleIndex.get(f.ruleId))),
            },
        ],
    };
    return `${JSON.stringify(log, null, 2)}\n`;
}
function sarifLevel(severity) {
    return severity === 'notice' ? 'note' : severity;
}
function toReportingDescriptor(rule) {
    return {
        id: rule.id,
        name: rule.id,
        shortDescription: { text: firstSentence(rule.description) },
        fullDescription: { text: rule.description },
        help: rule.remediation ? helpFor(rule.remediation, rule.docsUrl) : undefined,
        helpUri: rule.docsUrl,
        defaultConfiguration: { level: sarifLevel(rule.severity) },
        properties: rule.category ? { tags: [rule.category] } : undefined,
    };
}
function helpFor(remediation, docsUrl) {
    return {
        text: docsUrl ? `${remediation} See ${docsUrl}` : remediation,
        markdown: docsUrl ? `${remediation}\n\n[Documentation](${docsUrl})` : remediation,
    };
}
function toResult(f, ruleIndex) {
    return {
        ruleId: f.ruleId,
        ruleIndex,
        level: sarifLevel(f.severity),
        message: { text: f.message },
        locations: [
            {
                physicalLocation: {
                    artifactLocation: artifact(f.file),
                    region: region(f.line, f.column, f.endLine, f.endColumn),
                },
                logicalLocations: f.object
                    ? [
                        {
                            name: f.object.name,
                            fullyQualifiedName: [f.object.namespace, f.object.kind, f.object.name].filter(Boolean).join('/'),
                            kind: 'resource',
                        },
                    ]
                    : undefined,
            },
        ],
        partialFingerprints: { [FINGERPRINT_KEY]: f.fingerprint },
        relatedLocations: f.related?.length ? f.related.map(toRelatedLocation) : undefined,
        suppressions: f.suppressed
            ? [f.suppressionReason ? { kind: 'inSource', justification: f.suppressionReason } : { kind: 'inSource' }]
            : undefined,
        properties: f.fieldPath || f.validation ? { fieldPath: f.fieldPath, validation: f.validation } : undefined,
    };
}
function toRelatedLocation(related, i) {
    return {
        id: i + 1,
        physicalLocation: {
            artifactLocation: artifact(related.file),
            region: region(related.line, related.column),
        },
        message: { text: related.message },
    };
}
/** A relative URI reference: each path segment percent-encoded (spaces, `#`, `%`, …). */
function artifact(file) {
    const uri = toPortablePath(file).split('/').map(encodeURIComponent).join('/');
    // Piped manifests are no file in the checkout: under %SRCROOT% a viewer (code scanning) would look
    // for a file named `<stdin>` in the repository. Without a base the URI names the stream only.
    if (file === load_manifests/* STDIN_FILE */.ER)
        return { uri, description: { text: 'Manifests read from standard input.' } };
    return { uri, uriBaseId: SRCROOT };
}
/**
 * SARIF regions are 1-based with an exclusive end column; a position the loader could not pin
 * down (0) is moved to the file's first line rather than producing an invalid log, and an end
 * before the start is dropped.
 */
function region(line, column, endLine, endColumn) {
    const startLine = Math.max(1, line);
    const startColumn = Math.max(1, column);
    const hasEnd = endLine !== undefined && endColumn !== undefined && endColumn >= 1 && endLine >= startLine;
    const endValid = hasEnd && (endLine > startLine || endColumn >= startColumn);
    return endValid ? { startLine, startColumn, endLine, endColumn } : { startLine, startColumn };
}
/** Short descriptions are one sentence: the text up to the first `. ` (or all of it). */
function firstSentence(text) {
    const end = text.search(/\.\s/);
    return end === -1 ? text : text.slice(0, end + 1);
}

// EXTERNAL MODULE: ./src/report/text.ts + 1 modules
var report_text = __nccwpck_require__(400);
;// CONCATENATED MODULE: ./src/report/index.ts





const FORMATS = ['text', 'json', 'sarif', 'markdown', 'github'];
function isReportFormat(value) {
    return FORMATS.includes(value);
}
/** Renders a lint result in one of the {@link FORMATS}. */
function formatResult(result, format, options) {
    switch (format) {
        case 'text':
            return (0,report_text/* formatText */.v)(result, { color: options.color ?? false });
        case 'json':
            return formatJson(result, { toolVersion: options.toolVersion });
        case 'sarif':
            return formatSarif(result, { toolVersion: options.toolVersion, informationUri: options.informationUri });
        case 'markdown':
            return formatMarkdown(result, { maxRows: options.maxRows, fileUrl: options.fileUrl, title: options.title, moreNote: options.moreNote });
        case 'github':
            return formatGithub(result);
        default: {
            const unknown = format;
            throw new Error(`Unknown report format "${String(unknown)}"; expected one of ${FORMATS.join(', ')}.`);
        }
    }
}







/***/ }),

/***/ 400:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  v: () => (/* binding */ formatText)
});

// UNUSED EXPORTS: summaryLine

// EXTERNAL MODULE: ./src/report/ansi.ts
var ansi = __nccwpck_require__(659);
;// CONCATENATED MODULE: ./src/report/code-frame.ts
/** Lines shown above and below the line at fault. */
const CONTEXT_LINES = 2;
/**
 * A few source lines around `range.line` with a line-number gutter and a `^` marker under the
 * flagged span, e.g.
 *
 *     10 |     spec:
 *   > 11 |       replicas: 1
 *        |       ^^^^^^^^
 *
 * Returns the frame's lines, or `undefined` when the line is not in the source (a stale source or
 * a finding without a real position), so callers simply print no frame.
 */
function renderCodeFrame(source, range, style) {
    const lines = splitLines(source);
    if (range.line < 1 || range.line > lines.length)
        return undefined;
    const first = Math.max(1, range.line - CONTEXT_LINES);
    const last = Math.min(lines.length, range.line + CONTEXT_LINES);
    const gutterWidth = String(last).length;
    const { paint, highlight } = style;
    const frame = [];
    for (let n = first; n <= last; n++) {
        const text = lines[n - 1];
        const isFocus = n === range.line;
        const pointer = isFocus ? highlight('>') : ' ';
        const gutter = paint.gray(`${String(n).padStart(gutterWidth)} |`);
        frame.push(text === '' ? `${pointer} ${gutter}` : `${pointer} ${gutter} ${text}`);
        if (isFocus) {
            const emptyGutter = paint.gray(`${' '.repeat(gutterWidth)} |`);
            frame.push(`  ${emptyGutter} ${markerUnder(text, range, highlight)}`);
        }
    }
    return frame;
}
/**
 * `^` characters under columns [column, endColumn) — end exclusive, as in SARIF — or to the end
 * of the line when the range continues on later lines. Always at least one `^`, so a finding that
 * points just past the text (an absent field reported at its parent's end) is still visible.
 */
function markerUnder(text, range, highlight) {
    const start = Math.max(1, range.column);
    const lineEnd = text.length + 1;
    const end = range.endLine === range.line ? Math.min(range.endColumn, lineEnd) : range.endLine > range.line ? lineEnd : start;
    const width = Math.max(1, end - start);
    // Keep tabs in the lead-in so the marker lines up however the terminal renders tabs.
    const leadIn = text.slice(0, start - 1).replace(/[^\t]/g, ' ') + ' '.repeat(Math.max(0, start - 1 - text.length));
    return leadIn + highlight('^'.repeat(width));
}
/** Splits on any line break; a final newline does not make an extra empty line. */
function splitLines(source) {
    const lines = source.split(/\r\n|\r|\n/);
    if (lines.length > 1 && lines[lines.length - 1] === '')
        lines.pop();
    return lines;
}

// EXTERNAL MODULE: ./src/report/counts.ts
var report_counts = __nccwpck_require__(132);
// EXTERNAL MODULE: ./src/report/finding-order.ts
var finding_order = __nccwpck_require__(10);
;// CONCATENATED MODULE: ./src/report/text.ts




/** Frames and related locations sit under their finding at this indent. */
const DETAIL_INDENT = '    ';
/**
 * The terminal report: findings grouped by file, each with a clickable `file:line:column`, a
 * short code frame, and related locations; then the run's notes and one summary line.
 */
function formatText(result, options) {
    const paint = (0,ansi/* palette */.M)(options.color);
    const out = [];
    for (const [file, findings] of groupByFile((0,finding_order/* sortFindings */.Tc)((0,report_counts/* reportedFindings */.If)(result.findings)))) {
        out.push(paint.underline(paint.bold(file)));
        const locationWidth = Math.max(...findings.map((f) => text_location(f).length));
        const source = result.sources.get(file);
        findings.forEach((finding, i) => {
            out.push(...renderFinding(finding, locationWidth, paint));
            // Findings on the same span (a rule and a simulator scenario, say) share one frame.
            const next = findings[i + 1];
            if (next && sameRange(finding, next))
                return;
            const frame = source === undefined ? undefined : renderCodeFrame(source, finding, frameStyle(finding.severity, paint));
            if (frame)
                out.push(...frame.map((line) => DETAIL_INDENT + line), '');
        });
        if (out.at(-1) !== '')
            out.push('');
    }
    for (const note of result.notes)
        out.push(paint.cyan(`ℹ ${note}`));
    out.push(summaryLine(result, paint));
    return `${out.join('\n')}\n`;
}
function renderFinding(finding, locationWidth, paint) {
    const severity = severityColor(finding.severity, paint)(finding.severity.padEnd('warning'.length));
    const lines = [`  ${text_location(finding).padEnd(locationWidth)}  ${severity}  ${finding.message}  ${paint.gray(finding.ruleId)}`];
    for (const related of finding.related ?? []) {
        lines.push(`${DETAIL_INDENT}${paint.gray('↳')} ${related.file}:${related.line}:${related.column}  ${paint.gray(related.message)}`);
    }
    return lines;
}
function frameStyle(severity, paint) {
    return { paint, highlight: (text) => paint.bold(severityColor(severity, paint)(text)) };
}
function sameRange(a, b) {
    return a.line === b.line && a.column === b.column && a.endLine === b.endLine && a.endColumn === b.endColumn;
}
/** `file:line:column`, the form terminals and editors turn into a link. */
function text_location(f) {
    return `${f.file}:${f.line}:${f.column}`;
}
function groupByFile(sorted) {
    const groups = new Map();
    for (const f of sorted) {
        const group = groups.get(f.file);
        if (group)
            group.push(f);
        else
            groups.set(f.file, [f]);
    }
    return groups;
}
function severityColor(severity, paint) {
    return severity === 'error' ? paint.red : severity === 'warning' ? paint.yellow : paint.cyan;
}
/**
 * `✖ 12 problems (3 errors, 8 warnings, 1 notice) in 4 files · 2 suppressed · 1,204 objects in 96 files`
 * or `✔ No problems in 1,204 objects (96 files)`.
 */
function summaryLine(result, paint = (0,ansi/* palette */.M)(false)) {
    const counts = (0,report_counts/* countProblems */._k)(result);
    const scanned = result.summary;
    const suppressed = counts.suppressed ? ` · ${(0,report_counts/* formatCount */.B4)(counts.suppressed)} suppressed` : '';
    if (counts.problems === 0) {
        const line = `✔ No problems in ${(0,report_counts/* plural */.LS)(scanned.objects, 'object')} (${(0,report_counts/* plural */.LS)(scanned.files, 'file')})`;
        return paint.green(line) + paint.gray(suppressed);
    }
    const headline = `✖ ${(0,report_counts/* plural */.LS)(counts.problems, 'problem')} (${(0,report_counts/* severityBreakdown */.v5)(counts.bySeverity)}) in ${(0,report_counts/* plural */.LS)(counts.filesWithProblems, 'file')}`;
    const worst = counts.bySeverity.error ? 'error' : counts.bySeverity.warning ? 'warning' : 'notice';
    const tail = `${suppressed} · ${(0,report_counts/* plural */.LS)(scanned.objects, 'object')} in ${(0,report_counts/* plural */.LS)(scanned.files, 'file')}`;
    return paint.bold(severityColor(worst, paint)(headline)) + paint.gray(tail);
}


/***/ }),

/***/ 743:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* reexport safe */ _version_js__WEBPACK_IMPORTED_MODULE_0__.py),
/* harmony export */   l: () => (/* binding */ TOOL_NAME)
/* harmony export */ });
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(13);
/** How resilint names itself in machine-readable reports (JSON `tool`, SARIF `tool.driver`). */
const TOOL_NAME = 'resilint';
/** Where a SARIF viewer sends people who want to know what the tool is. */



/***/ }),

/***/ 556:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ closestId)
/* harmony export */ });
/**
 * The known id nearest to a mistyped or cut-short one (`pdb-blok` → `pdb-blocks-drain`): edit
 * distance to the whole id, or to its start plus one, at most a third of what was typed.
 */
function closestId(typed, known) {
    let best;
    let bestDistance = Math.max(2, Math.floor(typed.length / 3)) + 1;
    for (const id of known) {
        const d = Math.min(editDistance(typed, id), editDistance(typed, id.slice(0, typed.length)) + 1);
        if (d < bestDistance)
            [best, bestDistance] = [id, d];
    }
    return best;
}
function editDistance(a, b) {
    let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        }
        previous = current;
    }
    return previous[b.length];
}


/***/ }),

/***/ 13:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  py: () => (/* binding */ HOMEPAGE),
  xv: () => (/* binding */ VERSION),
  hS: () => (/* binding */ ruleDocsUrl)
});

;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = {"rE":"0.1.0"};
;// CONCATENATED MODULE: ./src/version.ts

/** The package version, inlined by the bundler so the CLI and the Action report what they are. */
const VERSION = package_namespaceObject.rE;
/** Home of the project; rule docs links are built from it. */
const HOMEPAGE = 'https://github.com/resilint/resilint';
function ruleDocsUrl(ruleId) {
    return `${HOMEPAGE}/blob/v${VERSION.split('.')[0]}/policies/${ruleId}/README.md`;
}


/***/ }),

/***/ 24:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(486);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
