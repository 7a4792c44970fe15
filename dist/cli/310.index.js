export const id = 310;
export const ids = [310];
export const modules = {

/***/ 310:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runSimulateCommand: () => (/* binding */ runSimulateCommand)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(24);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(916);
// EXTERNAL MODULE: ./src/load/load-manifests.ts + 3 modules
var load_manifests = __webpack_require__(524);
// EXTERNAL MODULE: ./src/report/tool-info.ts
var tool_info = __webpack_require__(743);
// EXTERNAL MODULE: ./src/simulate/cluster.ts
var cluster = __webpack_require__(663);
// EXTERNAL MODULE: ./src/simulate/compare.ts
var compare = __webpack_require__(613);
// EXTERNAL MODULE: ./src/model/workloads.ts
var workloads = __webpack_require__(119);
// EXTERNAL MODULE: ./src/simulate/units.ts
var units = __webpack_require__(133);
;// CONCATENATED MODULE: ./src/simulate/nodepool-disruption.ts


const DO_NOT_DISRUPT = 'karpenter.sh/do-not-disrupt';
const DEFAULT_EXPIRE_AFTER_MS = 720 * 3600 * 1000;
function readPoolDisruption(pool) {
    const raw = pool.object.raw;
    const disruption = (0,workloads/* isRecord */.u4)(raw.spec?.disruption) ? raw.spec.disruption : {};
    const policy = typeof disruption.consolidationPolicy === 'string' ? disruption.consolidationPolicy : undefined;
    const after = disruption.consolidateAfter;
    const consolidateAfterMs = after === 'Never' ? 'Never' : ((0,units/* durationSeconds */.o8)(after) ?? 0) * 1000;
    // v1 moved expireAfter into the node template; v1beta1 kept it in the disruption block.
    const expire = raw.spec?.template?.spec?.expireAfter ?? disruption.expireAfter;
    const expireSeconds = expire === 'Never' ? undefined : (0,units/* durationSeconds */.o8)(expire);
    const annotations = raw.spec?.template?.metadata?.annotations;
    return {
        pool: pool.name,
        object: pool.object,
        underutilized: policy !== 'WhenEmpty',
        policy,
        consolidateAfterMs,
        budgets: readBudgets(disruption.budgets),
        expireAfterMs: expire === 'Never' ? undefined : expireSeconds !== undefined ? expireSeconds * 1000 : DEFAULT_EXPIRE_AFTER_MS,
        nodesDoNotDisrupt: (0,workloads/* isRecord */.u4)(annotations) && annotations[DO_NOT_DISRUPT] === 'true',
    };
}
function readBudgets(raw) {
    if (!Array.isArray(raw))
        return [{ index: -1, nodes: '10%', reasons: undefined, scheduled: false }];
    return raw.map((b, index) => ({
        index,
        nodes: b?.nodes === undefined ? '10%' : String(b.nodes),
        reasons: Array.isArray(b?.reasons) && b.reasons.length > 0 ? b.reasons.map(String) : undefined,
        scheduled: typeof b?.schedule === 'string',
    }));
}
/** A budget's `nodes` against the pool's node count, percentages rounded up; an unreadable value fails closed to 0. */
function budgetNodes(budget, numNodes) {
    const text = budget.nodes.trim();
    const percent = /^(\d+)%$/.exec(text);
    if (percent)
        return Math.ceil((Number(percent[1]) * numNodes) / 100);
    return /^\d+$/.test(text) ? Number(text) : 0;
}
/**
 * GetAllowedDisruptionsByReason (B.6): the minimum over the budgets that apply to the reason of their `nodes`
 * scaled to the pool's initialized nodes, less the nodes that are NotReady or already being disrupted.
 */
function allowedDisruptions(d, reason, numNodes, unavailable) {
    let allowed = Number.MAX_SAFE_INTEGER;
    let limitedBy;
    for (const budget of d.budgets) {
        if (budget.reasons && !budget.reasons.includes(reason))
            continue;
        const n = budgetNodes(budget, numNodes);
        if (n < allowed) {
            allowed = n;
            limitedBy = budget;
        }
    }
    return { allowed: Math.max(0, allowed - unavailable), ...(limitedBy ? { limitedBy } : {}) };
}
/** Where the budget sits in the NodePool, for a finding's anchor. */
function budgetPath(budget) {
    return budget.index < 0 ? ['spec', 'disruption'] : ['spec', 'disruption', 'budgets', budget.index, 'nodes'];
}
/**
 * A pod's `karpenter.sh/do-not-disrupt` (B.6): "true" blocks for good, a duration blocks that long after the pod
 * started, anything else is ignored (Karpenter raises an event). Returns how long it protects, in ms, or undefined.
 */
function doNotDisruptMs(value) {
    if (value === 'true')
        return Number.POSITIVE_INFINITY;
    if (typeof value !== 'string' || !/^[\d.]+(ms|s|m|h)/.test(value.trim()))
        return undefined;
    const seconds = (0,units/* durationSeconds */.o8)(value);
    return seconds === undefined ? undefined : seconds * 1000;
}

// EXTERNAL MODULE: ./src/simulate/problems.ts
var simulate_problems = __webpack_require__(484);
// EXTERNAL MODULE: ./src/simulate/workloads.ts
var simulate_workloads = __webpack_require__(44);
;// CONCATENATED MODULE: ./src/simulate/consolidation-problems.ts




/** When a NodePool keeps nodes for several reasons, the one its finding points at: the one that blocks most. */
const POOL_ORDER = ['consolidate-after-never', 'budget', 'node-do-not-disrupt', 'when-empty'];
function consolidationProblems(outcomes, model, nodePools) {
    const workloads = new Map(model.workloads.map((w) => [w.key, w]));
    const pdbs = new Map(model.pdbs.map((p) => [p.key, p]));
    // The first NodePool of a name wins, as the scenario reads its settings.
    const pools = new Map();
    for (const o of nodePools)
        if (!pools.has((0,simulate_workloads/* workloadKey */.f6)('NodePool', '', o.name)))
            pools.set((0,simulate_workloads/* workloadKey */.f6)('NodePool', '', o.name), o);
    const problems = [];
    for (const s of outcomes) {
        const groups = new Map();
        for (const node of s.consolidation?.blocked ?? []) {
            for (const block of node.reasons) {
                const g = groups.get(block.object) ?? { first: block, blocks: [], nodes: [] };
                g.blocks.push(block);
                if (!g.nodes.includes(node))
                    g.nodes.push(node);
                groups.set(block.object, g);
            }
        }
        for (const [key, g] of groups) {
            const problem = toProblem(s.id, g, {
                workload: workloads.get(key),
                pdb: pdbs.get(key),
                pool: pools.get(key),
            });
            if (problem)
                problems.push(problem);
        }
    }
    return problems;
}
function toProblem(scenario, g, objects) {
    const lead = leading(g.blocks);
    const base = { ruleId: 'sim/consolidation-blocked', scenario, measures: [{ label: 'nodes kept', value: g.nodes.length, unit: 'count' }] };
    const kinds = [...new Set(g.blocks.map((b) => b.kind))];
    const whys = [...new Set([leadWhy(lead, g.blocks), ...kinds.filter((k) => k !== lead.kind).map((k) => g.blocks.find((b) => b.kind === k).why)])];
    const detail = `${kept(g.nodes)}: ${whys.join('; ')}`;
    switch (lead.kind) {
        case 'pod-do-not-disrupt': {
            const w = objects.workload;
            if (!w)
                return undefined;
            const template = (0,workloads/* podTemplateOf */.D0)(w.object);
            const path = template ? [...template.path, 'metadata', 'annotations', DO_NOT_DISRUPT] : ['metadata'];
            return {
                ...base,
                ...(0,simulate_problems/* anchor */.Y3)(w.object, path),
                detail,
                remediation: `Remove ${DO_NOT_DISRUPT} from the pod template, or set it to a duration such as "30m" that protects a pod only while it starts; ` +
                    'a PodDisruptionBudget (maxUnavailable: 1) keeps the workload available while Karpenter moves its pods one at a time.',
            };
        }
        case 'pdb':
        case 'multiple-pdbs': {
            const pdb = objects.pdb;
            if (!pdb)
                return undefined;
            const r = lead.refusal;
            // A budget short of healthy pods at the end of the run is not a drain's timeout: say what keeps it short.
            const remediation = r && r.code === 429 && r.podReady && r.desiredHealthy < r.expectedPods
                ? `Only ${r.currentHealthy} of the ${r.expectedPods} pods were healthy and the budget needs ${r.desiredHealthy}: make sure every pod can be scheduled and gets Ready, so that the budget allows a disruption again.`
                : (0,simulate_problems/* drainRemedy */.VU)(pdb, r);
            return { ...base, ...(0,simulate_problems/* anchor */.Y3)(pdb.object, (0,simulate_problems/* pdbField */.xB)(pdb)), detail, remediation };
        }
        default: {
            const pool = objects.pool;
            if (!pool)
                return undefined;
            return { ...base, ...(0,simulate_problems/* anchor */.Y3)(pool, poolPath(lead)), detail, remediation: poolRemedy(lead) };
        }
    }
}
/** One workload's pods on several nodes are named together: "pods web-0, web-1 of Deployment/shop/web have …". */
function leadWhy(lead, blocks) {
    if (lead.kind !== 'pod-do-not-disrupt')
        return lead.why;
    const pods = [...new Set(blocks.filter((b) => b.kind === lead.kind && b.value === lead.value).map((b) => b.pod))];
    if (pods.length < 2)
        return lead.why;
    return `pods ${pods.join(', ')} of ${lead.object} have ${DO_NOT_DISRUPT}: "${lead.value}"`;
}
function leading(blocks) {
    const rank = (b) => {
        const i = POOL_ORDER.indexOf(b.kind);
        return i < 0 ? -1 : i;
    };
    return [...blocks].sort((a, b) => rank(a) - rank(b))[0];
}
/** "keeps node general-00003 (could be deleted)", "keeps 4 nodes (general-00001 could be replaced with m5.large, …)". */
function kept(nodes) {
    const each = (n) => `${n.node} could be ${n.could === 'delete' ? 'deleted' : n.could.replace(/^replace/, 'replaced')}`;
    if (nodes.length === 1)
        return `keeps node ${nodes[0].node} from consolidation (it ${each(nodes[0]).replace(/^\S+ /, '')})`;
    const listed = nodes.slice(0, 3).map(each).join(', ');
    return `keeps ${nodes.length} nodes from consolidation (${listed}${nodes.length > 3 ? ', …' : ''})`;
}
function poolPath(block) {
    switch (block.kind) {
        case 'consolidate-after-never':
            return ['spec', 'disruption', 'consolidateAfter'];
        case 'budget':
            return budgetPath({ index: block.budget ?? -1 });
        case 'node-do-not-disrupt':
            return ['spec', 'template', 'metadata', 'annotations', DO_NOT_DISRUPT];
        default:
            return ['spec', 'disruption', 'consolidationPolicy'];
    }
}
function poolRemedy(block) {
    switch (block.kind) {
        case 'consolidate-after-never':
            return 'Set consolidateAfter to a duration (the default is 0s; 5m rides out short dips): Never turns consolidation off, empty nodes included, so the NodePool keeps every node it launches.';
        case 'budget':
            return 'Let this budget allow at least one node (the default is nodes: "10%"), or give it a schedule and duration so that the freeze holds only in the window that needs it: nodes: "0" stops consolidation for good.';
        case 'node-do-not-disrupt':
            return `Remove ${DO_NOT_DISRUPT} from the NodePool's template annotations: it makes every node of the pool ineligible for consolidation. Annotate only the pods that must not move.`;
        default:
            return 'Use consolidationPolicy: WhenEmptyOrUnderutilized (the default) if Karpenter should move pods off underutilized nodes; WhenEmpty waits until a node has no pods left.';
    }
}

// EXTERNAL MODULE: ./src/simulate/errors.ts
var simulate_errors = __webpack_require__(687);
// EXTERNAL MODULE: ./src/model/instance-types.ts + 1 modules
var instance_types = __webpack_require__(16);
// EXTERNAL MODULE: ./src/model/karpenter-requirements.ts
var karpenter_requirements = __webpack_require__(574);
;// CONCATENATED MODULE: ./src/simulate/node-matching.ts
/**
 * The node-side predicates kube-scheduler evaluates per pod: nodeSelector, required node affinity
 * (NodeAffinity plugin) and taints against tolerations (TaintToleration plugin).
 */
/** `v1.Toleration.ToleratesTaint`: an empty key with Exists tolerates everything; an empty effect matches all. */
function tolerates(tolerations, taint) {
    return tolerations.some((t) => {
        if (t.effect && t.effect !== taint.effect)
            return false;
        if (t.key && t.key !== taint.key)
            return false;
        if (!t.key && t.operator !== 'Exists')
            return false;
        if (t.operator === 'Exists')
            return true;
        return (t.value ?? '') === (taint.value ?? '');
    });
}
/** The first NoSchedule/NoExecute taint the pod does not tolerate (PreferNoSchedule only affects scoring). */
function untoleratedTaint(taints, tolerations) {
    return taints.find((taint) => (taint.effect === 'NoSchedule' || taint.effect === 'NoExecute') && !tolerates(tolerations, taint));
}
function requirementMatches(req, value) {
    const values = (req.values ?? []).map(String);
    switch (req.operator) {
        case 'In':
            return value !== undefined && values.includes(value);
        case 'NotIn':
            return value === undefined || !values.includes(value);
        case 'Exists':
            return value !== undefined;
        case 'DoesNotExist':
            return value === undefined;
        case 'Gt':
        case 'Lt': {
            if (value === undefined || values.length !== 1)
                return false;
            const have = Number.parseInt(value, 10);
            const want = Number.parseInt(values[0], 10);
            if (Number.isNaN(have) || Number.isNaN(want))
                return false;
            return req.operator === 'Gt' ? have > want : have < want;
        }
        default:
            return false;
    }
}
/** A term matches when all its expressions match; an empty term matches nothing (as in kube-scheduler). */
function termMatches(term, labels, nodeName) {
    const exprs = term.matchExpressions ?? [];
    const fields = term.matchFields ?? [];
    if (exprs.length === 0 && fields.length === 0)
        return false;
    return (exprs.every((r) => requirementMatches(r, labels[r.key])) &&
        fields.every((r) => requirementMatches(r, r.key === 'metadata.name' ? nodeName : undefined)));
}
/** nodeSelector (all pairs) and required node affinity (terms ORed). */
function nodeMatches(nodeSelector, requiredTerms, labels, nodeName) {
    for (const [k, v] of Object.entries(nodeSelector))
        if (labels[k] !== v)
            return false;
    if (requiredTerms === undefined)
        return true;
    return requiredTerms.some((t) => termMatches(t, labels, nodeName));
}

;// CONCATENATED MODULE: ./src/simulate/slot-tree.ts
/** Mask bit for "the node lacks this key" (the spread score treats those nodes apart). */
const MASK_MISSING = 1 << 30;
/** Mask bit for domain ids too large for the mask: the caller must not trust the mask then. */
const MASK_OVERFLOW = 0x80000000;
/** Domain ids 0..29 get their own bit. */
const MASK_DOMAINS = MASK_MISSING - 1;
function domainBit(domain) {
    if (domain < 0)
        return MASK_MISSING;
    return domain < 30 ? 1 << domain : MASK_OVERFLOW;
}
/** Stores v at a[i]; 1 when that changed the value. */
function put(a, i, v) {
    if (a[i] === v)
        return 0;
    a[i] = v;
    return 1;
}
class SlotTree {
    keyCount;
    /** Leaves (a power of two); node i has children 2i and 2i+1, leaf of slot s is `size + s`. */
    size = 0;
    live = new Int32Array(0);
    minCpu = new Float64Array(0);
    minMemory = new Float64Array(0);
    minPods = new Float64Array(0);
    maxCpu = new Float64Array(0);
    maxMemory = new Float64Array(0);
    maxPods = new Float64Array(0);
    minAllocCpu = new Float64Array(0);
    minAllocMemory = new Float64Array(0);
    /** `keyCount` masks per tree node (i * keyCount + key). */
    masks = new Uint32Array(0);
    constructor(keyCount) {
        this.keyCount = keyCount;
    }
    /** Reallocates for at least `capacity` slots and rebuilds from the table. */
    resize(capacity, t) {
        let size = 1;
        while (size < capacity)
            size *= 2;
        this.size = size;
        const n = size * 2;
        this.live = new Int32Array(n);
        this.minCpu = new Float64Array(n);
        this.minMemory = new Float64Array(n);
        this.minPods = new Float64Array(n);
        this.maxCpu = new Float64Array(n);
        this.maxMemory = new Float64Array(n);
        this.maxPods = new Float64Array(n);
        this.minAllocCpu = new Float64Array(n);
        this.minAllocMemory = new Float64Array(n);
        this.masks = new Uint32Array(n * this.keyCount);
        this.rebuild(t);
    }
    /** Recomputes every node from the table's slots (after compaction moved nodes). */
    rebuild(t) {
        for (let s = 0; s < this.size; s++)
            this.setLeaf(t, s);
        for (let i = this.size - 1; i >= 1; i--)
            this.combine(i);
    }
    update(t, slot) {
        this.setLeaf(t, slot);
        // Once a node's summary comes out unchanged, so do all of its ancestors'.
        for (let i = (this.size + slot) >> 1; i >= 1 && this.combine(i); i >>= 1)
            ;
    }
    setLeaf(t, slot) {
        const i = this.size + slot;
        const K = this.keyCount;
        const inUse = slot < t.slotCount && !t.dead[slot];
        const schedulable = inUse && t.blocked[slot] === 0;
        this.live[i] = inUse ? 1 : 0;
        // A blocked node is live but fits nothing: its minimums say "not all fit", its maximums "none fits".
        this.minCpu[i] = schedulable ? t.freeCpu[slot] : inUse ? -Infinity : Infinity;
        this.minMemory[i] = schedulable ? t.freeMemory[slot] : inUse ? -Infinity : Infinity;
        this.minPods[i] = schedulable ? t.freePods[slot] : inUse ? -Infinity : Infinity;
        this.maxCpu[i] = schedulable ? t.freeCpu[slot] : -Infinity;
        this.maxMemory[i] = schedulable ? t.freeMemory[slot] : -Infinity;
        this.maxPods[i] = schedulable ? t.freePods[slot] : -Infinity;
        this.minAllocCpu[i] = schedulable ? t.allocCpu[slot] : Infinity;
        this.minAllocMemory[i] = schedulable ? t.allocMemory[slot] : Infinity;
        for (let k = 0; k < K; k++)
            this.masks[i * K + k] = schedulable ? domainBit(t.domains[slot * K + k]) : 0;
    }
    /** Recomputes node i from its children; returns whether anything changed. */
    combine(i) {
        const l = 2 * i;
        const r = l + 1;
        let changed = 0;
        changed |= put(this.live, i, this.live[l] + this.live[r]);
        changed |= put(this.minCpu, i, Math.min(this.minCpu[l], this.minCpu[r]));
        changed |= put(this.minMemory, i, Math.min(this.minMemory[l], this.minMemory[r]));
        changed |= put(this.minPods, i, Math.min(this.minPods[l], this.minPods[r]));
        changed |= put(this.maxCpu, i, Math.max(this.maxCpu[l], this.maxCpu[r]));
        changed |= put(this.maxMemory, i, Math.max(this.maxMemory[l], this.maxMemory[r]));
        changed |= put(this.maxPods, i, Math.max(this.maxPods[l], this.maxPods[r]));
        changed |= put(this.minAllocCpu, i, Math.min(this.minAllocCpu[l], this.minAllocCpu[r]));
        changed |= put(this.minAllocMemory, i, Math.min(this.minAllocMemory[l], this.minAllocMemory[r]));
        const K = this.keyCount;
        for (let k = 0; k < K; k++)
            changed |= put(this.masks, i * K + k, (this.masks[l * K + k] | this.masks[r * K + k]) >>> 0);
        return changed !== 0;
    }
}

;// CONCATENATED MODULE: ./src/simulate/indexed-window.ts
/**
 * The scheduler's fast path answered from the SlotTree instead of a node-by-node scan, with exactly the scan's
 * result: the same window (the first `want` feasible nodes from the rotating start slot), the same number of nodes
 * processed, the same scores and the same tie-break (the first best node in scan order).
 *
 * It applies to pods whose only per-node filters are cordon/down and free cpu, memory and pod room (the caller
 * checks that node affinity and taints admit every live node), and whose soft spread constraints all use one
 * topology key with few domains. Two steps, both about O(log n) per run of alike nodes rather than O(window):
 * - The window: walk the tree in scan order; a range whose nodes all fit is taken whole, a range where none fits is
 *   skipped whole (both still count as processed), anything else is split.
 * - The best node: branch and bound over the window's ranges. A range's bound is the score formula evaluated at its
 *   largest free cpu and memory over its smallest allocatable, plus its best domain's spread score. Every floating-
 *   point step of the score is monotone in those inputs, so the bound is never below a real score in the range, and
 *   equals it for a range of identical nodes: ties are pruned at once instead of being visited node by node.
 */

// Per-query state, module-level so the recursive walks stay allocation-free (one scheduling attempt at a time).
let table;
let cpu = 0;
let memory = 0;
let want = 0;
let found = 0;
let processed = 0;
let pieces = new Int32Array(64);
let pieceCount = 0;
let pieceBounds = new Float64Array(64);
let startSlot = 0;
let slotCount = 0;
let softKey = -1;
/** Spread score per mask bit present in the window (index 0..30). */
const spreadByBit = new Float64Array(32);
const rawByBit = new Float64Array(32);
let bestScore = Number.NEGATIVE_INFINITY;
let bestPos = 0;
let bestSlot = -1;
/** The indexed answer, or undefined when the pod or the window is outside what the index can answer exactly. */
function chooseFromIndex(t, req) {
    softKey = req.softSpread.length > 0 ? req.softSpread[0].counter.keyIndex : -1;
    for (const s of req.softSpread)
        if (s.counter.keyIndex !== softKey)
            return undefined;
    table = t;
    cpu = req.cpuMillis;
    memory = req.memoryBytes;
    want = req.want;
    found = 0;
    processed = 0;
    pieceCount = 0;
    slotCount = t.slotCount;
    startSlot = t.slotOfLive(req.start);
    const tree = t.tree;
    collect(1, 0, tree.size, startSlot, slotCount);
    if (found < want)
        collect(1, 0, tree.size, 0, startSlot);
    // No feasible node: the scan path builds the FailedScheduling message.
    if (found === 0)
        return undefined;
    if (softKey >= 0 && !prepareSpread(req.softSpread))
        return undefined;
    bestScore = Number.NEGATIVE_INFINITY;
    bestPos = Number.POSITIVE_INFINITY;
    bestSlot = -1;
    // Visit the most promising ranges first so that the others are pruned by their bounds (the order only affects
    // how much is pruned, never the answer).
    if (pieceBounds.length < pieceCount)
        pieceBounds = new Float64Array(pieces.length);
    // Insertion sort by bound, highest first, stable (there are O(log n) pieces per run of alike nodes).
    for (let p = 0; p < pieceCount; p++) {
        const i = pieces[p];
        const ub = bound(i);
        let q = p;
        for (; q > 0 && pieceBounds[q - 1] < ub; q--) {
            pieces[q] = pieces[q - 1];
            pieceBounds[q] = pieceBounds[q - 1];
        }
        pieces[q] = i;
        pieceBounds[q] = ub;
    }
    for (let p = 0; p < pieceCount; p++)
        visit(pieces[p], pieceBounds[p]);
    return { slot: bestSlot, processed };
}
function position(slot) {
    return slot >= startSlot ? slot - startSlot : slot + slotCount - startSlot;
}
function firstSlot(i) {
    const level = 31 - Math.clz32(i);
    const span = table.tree.size >> level;
    return (i - (1 << level)) * span;
}
/** Appends to `pieces` the tree ranges of [lo, hi) (in slot order) up to the `want`-th feasible node. */
function collect(i, a, b, lo, hi) {
    const tree = table.tree;
    if (found >= want || b <= lo || a >= hi || tree.live[i] === 0)
        return;
    if (a >= lo && b <= hi) {
        if (tree.maxCpu[i] < cpu || tree.maxMemory[i] < memory || tree.maxPods[i] < 1) {
            processed += tree.live[i];
            return;
        }
        const allFit = tree.minCpu[i] >= cpu && tree.minMemory[i] >= memory && tree.minPods[i] >= 1;
        if (allFit && tree.live[i] <= want - found) {
            if (pieceCount === pieces.length) {
                const grown = new Int32Array(pieces.length * 2);
                grown.set(pieces);
                pieces = grown;
            }
            pieces[pieceCount++] = i;
            found += tree.live[i];
            processed += tree.live[i];
            return;
        }
    }
    if (i >= tree.size)
        return; // unreachable: a leaf either fits or does not
    const mid = (a + b) >> 1;
    collect(2 * i, a, mid, lo, hi);
    collect(2 * i + 1, mid, b, lo, hi);
}
/**
 * The PodTopologySpread score per domain of the one soft key, with the scan's arithmetic: the raw score per node
 * is Σ count·log(size+2) + (maxSkew−1) in constraint order, normalised by the window's maximum and minimum raw.
 * Returns false when the window holds a domain the mask cannot name.
 */
function prepareSpread(soft) {
    const tree = table.tree;
    const K = tree.keyCount;
    let present = 0;
    for (let p = 0; p < pieceCount; p++)
        present |= tree.masks[pieces[p] * K + softKey];
    if ((present & MASK_OVERFLOW) !== 0)
        return false;
    let distinct = 0;
    for (let m = present & MASK_DOMAINS; m !== 0; m &= m - 1)
        distinct++;
    const weight = Math.log(distinct + 2);
    let maxRaw = 0;
    let minRaw = Number.POSITIVE_INFINITY;
    for (let m = present; m !== 0; m &= m - 1) {
        const bit = 31 - Math.clz32(m & -m);
        let r = 0;
        if (1 << bit !== MASK_MISSING) {
            for (const s of soft)
                r += (s.counter.counts[bit] ?? 0) * weight + (s.maxSkew - 1);
        }
        rawByBit[bit] = r;
        maxRaw = Math.max(maxRaw, r);
        minRaw = Math.min(minRaw, r);
    }
    // Only bits present in the window are ever read (every mask below is a subset of `present`).
    for (let m = present; m !== 0; m &= m - 1) {
        const bit = 31 - Math.clz32(m & -m);
        spreadByBit[bit] = 2 * (maxRaw === 0 ? 100 : (100 * (maxRaw + minRaw - rawByBit[bit])) / maxRaw);
    }
    return true;
}
/** An upper bound of the score of every node in tree range i (all of whose nodes fit). */
function bound(i) {
    const tree = table.tree;
    const allocCpu = tree.minAllocCpu[i];
    const allocMemory = tree.minAllocMemory[i];
    // A node without allocatable scores its share as 0; the formula cannot bound that, so never prune such a range.
    if (!(allocCpu > 0) || !(allocMemory > 0))
        return Number.POSITIVE_INFINITY;
    let score = ((((tree.maxCpu[i] - cpu) / allocCpu + (tree.maxMemory[i] - memory) / allocMemory) / 2) * 100);
    if (softKey >= 0) {
        let best = Number.NEGATIVE_INFINITY;
        for (let m = tree.masks[i * tree.keyCount + softKey]; m !== 0; m &= m - 1) {
            best = Math.max(best, spreadByBit[31 - Math.clz32(m & -m)]);
        }
        score += best;
    }
    return score;
}
function visit(i, ub) {
    const tree = table.tree;
    if (tree.live[i] === 0)
        return;
    const first = firstSlot(i);
    if (!(ub > bestScore || (ub === bestScore && position(first) < bestPos)))
        return;
    if (i >= tree.size) {
        score(first);
        return;
    }
    const l = 2 * i;
    const r = l + 1;
    const ubLeft = bound(l);
    const ubRight = bound(r);
    // Equal bounds: the left child comes first in scan order (a range never straddles the wrap-around).
    if (ubRight > ubLeft) {
        visit(r, ubRight);
        visit(l, ubLeft);
    }
    else {
        visit(l, ubLeft);
        visit(r, ubRight);
    }
}
/** The scan's score of one node (scheduler.ts bestSlot), compared as the scan compares it. */
function score(slot) {
    const t = table;
    const allocCpu = t.allocCpu[slot];
    const allocMemory = t.allocMemory[slot];
    const cpuShare = allocCpu > 0 ? (t.freeCpu[slot] - cpu) / allocCpu : 0;
    const memShare = allocMemory > 0 ? (t.freeMemory[slot] - memory) / allocMemory : 0;
    let s = ((cpuShare + memShare) / 2) * 100;
    if (softKey >= 0) {
        const bit = domainBit(t.domains[slot * t.keyCount + softKey]);
        s += spreadByBit[31 - Math.clz32(bit)];
    }
    const pos = position(slot);
    if (s > bestScore || (s === bestScore && pos < bestPos)) {
        bestScore = s;
        bestPos = pos;
        bestSlot = slot;
    }
}

;// CONCATENATED MODULE: ./src/simulate/node-table.ts
/**
 * The scheduler's hot copy of the nodes: free resources, flags and topology domains in typed arrays, one slot per
 * node in creation order (the scheduler's scan order). Filtering and scoring a pod touch a few hundred nodes; reading
 * packed arrays instead of scattered node objects is what keeps that cheap at thousands of nodes.
 *
 * Deleted nodes leave a dead slot behind instead of shifting every later node down. kube-scheduler's rotating start
 * index counts live nodes only, so a Fenwick tree over the live flags maps "the k-th live node" to its slot in
 * O(log n); dead slots are compacted away once they outnumber the live ones, so scans skip few of them.
 * Simulation owns every write (it mirrors each change of a SimNode here). A SlotTree (slot-tree.ts) summarises ranges
 * of slots so the scheduler's fast path can skip over runs of nodes that all fit, or all do not.
 */

const BLOCK_CORDONED = 1;
const BLOCK_DOWN = 2;
class NodeTable {
    keyCount;
    /** Node per slot; dead slots keep their node (marked deleted) until compaction. */
    nodes = [];
    freeCpu = new Float64Array(64);
    freeMemory = new Float64Array(64);
    freePods = new Int32Array(64);
    allocCpu = new Float64Array(64);
    allocMemory = new Float64Array(64);
    /** BLOCK_* bits: cordoned, down. */
    blocked = new Uint8Array(64);
    /** SimNode.id per slot (per-workload caches are keyed by node id, which compaction does not change). */
    ids = new Int32Array(64);
    dead = new Uint8Array(64);
    /** Domain ids, `keyCount` per slot (slot * keyCount + key), -1 when the node lacks the key. */
    domains = new Int32Array(64);
    /** Live nodes. */
    live = 0;
    /** Bumped whenever a node joins or leaves, so caches over the node set know when to rebuild. */
    membership = 0;
    fenwick = new Int32Array(65);
    tree;
    constructor(keyCount) {
        this.keyCount = keyCount;
        this.domains = new Int32Array(64 * Math.max(1, keyCount));
        this.tree = new SlotTree(keyCount);
        this.tree.resize(64, this);
    }
    get slotCount() {
        return this.nodes.length;
    }
    add(node) {
        const slot = this.nodes.length;
        if (slot >= this.freeCpu.length)
            this.grow(slot * 2);
        this.nodes.push(node);
        node.slot = slot;
        this.write(slot, node);
        this.tree.update(this, slot);
        this.live++;
        this.membership++;
        this.fenwickAdd(slot, 1);
    }
    remove(node) {
        const slot = node.slot;
        if (this.dead[slot])
            return;
        this.dead[slot] = 1;
        this.live--;
        this.membership++;
        this.fenwickAdd(slot, -1);
        this.tree.update(this, slot);
        if (this.nodes.length - this.live > Math.max(64, this.live))
            this.compact();
    }
    /** Copies the node's mutable scheduling state into its slot. */
    sync(node) {
        // A deleted node's slot may belong to another node after compaction.
        if (node.deleted)
            return;
        this.copyState(node.slot, node);
        this.tree.update(this, node.slot);
    }
    copyState(slot, node) {
        this.freeCpu[slot] = node.freeCpu;
        this.freeMemory[slot] = node.freeMemory;
        this.freePods[slot] = node.freePods;
        this.blocked[slot] = (node.cordoned ? BLOCK_CORDONED : 0) | (node.down ? BLOCK_DOWN : 0);
    }
    /** Slot of the live node at position `k` (0-based) of the live nodes in creation order. */
    slotOfLive(k) {
        const tree = this.fenwick;
        let pos = 0;
        let remaining = k + 1;
        let step = 1;
        while (step * 2 < tree.length)
            step *= 2;
        for (; step > 0; step >>= 1) {
            const next = pos + step;
            if (next < tree.length && tree[next] < remaining) {
                pos = next;
                remaining -= tree[next];
            }
        }
        return pos;
    }
    /** The live slot at or after `slot`, wrapping around (the table must hold a live node). */
    nextLive(slot) {
        const n = this.nodes.length;
        let s = slot >= n ? 0 : slot;
        while (this.dead[s])
            s = s + 1 === n ? 0 : s + 1;
        return s;
    }
    write(slot, node) {
        if (!node.deleted)
            this.copyState(slot, node);
        this.dead[slot] = node.deleted ? 1 : 0;
        this.ids[slot] = node.id;
        this.allocCpu[slot] = node.allocatable.cpuMillis;
        this.allocMemory[slot] = node.allocatable.memoryBytes;
        const k = this.keyCount;
        for (let i = 0; i < k; i++)
            this.domains[slot * k + i] = node.domains[i] ?? -1;
    }
    compact() {
        const liveNodes = this.nodes.filter((n) => !n.deleted);
        this.nodes = [];
        this.live = 0;
        this.fenwick = new Int32Array(this.freeCpu.length + 1);
        // The tree still describes the old slots: clear it, the adds below fill it again.
        this.tree.rebuild(this);
        for (const node of liveNodes)
            this.add(node);
    }
    grow(size) {
        const grow64 = (a) => {
            const b = new Float64Array(size);
            b.set(a);
            return b;
        };
        this.freeCpu = grow64(this.freeCpu);
        this.freeMemory = grow64(this.freeMemory);
        this.allocCpu = grow64(this.allocCpu);
        this.allocMemory = grow64(this.allocMemory);
        const pods = new Int32Array(size);
        pods.set(this.freePods);
        this.freePods = pods;
        const ids = new Int32Array(size);
        ids.set(this.ids);
        this.ids = ids;
        const blocked = new Uint8Array(size);
        blocked.set(this.blocked);
        this.blocked = blocked;
        const dead = new Uint8Array(size);
        dead.set(this.dead);
        this.dead = dead;
        const domains = new Int32Array(size * Math.max(1, this.keyCount));
        domains.set(this.domains);
        this.domains = domains;
        // The Fenwick tree's shape depends on its size: rebuild it from the live flags.
        this.fenwick = new Int32Array(size + 1);
        for (let s = 0; s < this.nodes.length; s++)
            if (!this.dead[s])
                this.fenwickAdd(s, 1);
        this.tree.resize(size, this);
    }
    fenwickAdd(slot, delta) {
        const tree = this.fenwick;
        for (let i = slot + 1; i < tree.length; i += i & -i)
            tree[i] += delta;
    }
}

;// CONCATENATED MODULE: ./src/simulate/scheduler.ts
/**
 * kube-scheduler's filters, in its plugin order: NodeUnschedulable, TaintToleration, NodeAffinity,
 * NodeResourcesFit, PodTopologySpread (DoNotSchedule, exactly per B.4), InterPodAffinity (required terms).
 * Like kube-scheduler it stops after `numFeasibleNodesToFind` feasible nodes, scanning from a rotating start index
 * (with percentageOfNodesToScore 5 by default, see Simulation).
 *
 * Scoring is simplified and stated: LeastAllocated (mean free cpu/memory share after placement, weight 1) plus
 * PodTopologySpread scoring of ScheduleAnyway and system default constraints (B.4 formula, weight 2). Ties go to the
 * first node in scan order instead of kube-scheduler's random pick, so runs are deterministic.
 *
 * The per-node work reads the packed NodeTable (node-table.ts) rather than the node objects: it runs for every
 * scanned node of every scheduling attempt, and is what the simulator's speed at thousands of nodes depends on.
 */



const STATIC_OK = 1;
const STATIC_AFFINITY = 2;
const STATIC_TAINT = 3;
/**
 * kube-scheduler's numFeasibleNodesToFind: all nodes below 100; otherwise `percentageOfNodesToScore` of them (when
 * unset, the adaptive 50 − nodes/125, at least 5 %), never fewer than 100.
 */
function feasibleNodesToFind(total, percentageOfNodesToScore) {
    if (total < 100)
        return total;
    const percentage = percentageOfNodesToScore ?? Math.max(5, 50 - Math.floor(total / 125));
    return Math.max(100, Math.floor((total * percentage) / 100));
}
/** kube-scheduler's FailedScheduling reasons; a filter returns the index + 1 of its failure (0 = the node fits). */
const FAILURES = [
    'node(s) were unschedulable',
    'node(s) had untolerated taint',
    "node(s) didn't match Pod's node affinity/selector",
    'Too many pods',
    'Insufficient cpu',
    'Insufficient memory',
    "node(s) didn't match pod topology spread constraints (missing required label)",
    "node(s) didn't match pod topology spread constraints",
    "node(s) didn't match pod anti-affinity rules",
    "node(s) didn't satisfy existing pods anti-affinity rules",
    "node(s) didn't match pod affinity rules",
];
const F_UNSCHEDULABLE = 1;
const F_TAINT = 2;
const F_AFFINITY = 3;
const F_PODS = 4;
const F_CPU = 5;
const F_MEMORY = 6;
const F_SPREAD_LABEL = 7;
const F_SPREAD = 8;
const F_ANTI_AFFINITY = 9;
const F_EXISTING_ANTI_AFFINITY = 10;
const F_POD_AFFINITY = 11;
/** The failures that only say the node is full right now, not that it can never take the pod. */
const SHORTAGES = new Set([FAILURES[F_PODS - 1], FAILURES[F_CPU - 1], FAILURES[F_MEMORY - 1]]);
/** Whether a nodeRejection reason is a lack of room (pods, cpu, memory) rather than a constraint. */
function isShortage(reason) {
    return SHORTAGES.has(reason);
}
/** Static fit of the workload's pods on a node (labels and taints never change), cached per node id. */
function staticFit(w, node) {
    const cache = w.staticFit;
    if (node.id >= cache.byNode.length) {
        const grown = new Int8Array(Math.max(node.id + 1, cache.byNode.length * 2));
        grown.set(cache.byNode);
        cache.byNode = grown;
    }
    let v = cache.byNode[node.id];
    if (v === 0) {
        const pod = w.spec.pod;
        if (untoleratedTaint(node.taints, pod.tolerations))
            v = STATIC_TAINT;
        else if (!nodeMatches(pod.nodeSelector, pod.requiredNodeTerms, node.labels, node.name))
            v = STATIC_AFFINITY;
        else
            v = STATIC_OK;
        cache.byNode[node.id] = v;
    }
    return v;
}
/** Whether the node's taints and labels admit the workload's pods (the cached TaintToleration and NodeAffinity filters). */
function admitsStatically(w, node) {
    return staticFit(w, node) === STATIC_OK;
}
/** Whether only the pod's node affinity (not a taint) keeps it off the node: B.4's nodeAffinityPolicy asks exactly this. */
function affinityRejects(w, node) {
    return staticFit(w, node) === STATIC_AFFINITY;
}
/**
 * Whether the workload's node selector, node affinity and tolerations admit every live node, so that only free
 * resources and cordons can filter a node out. New nodes only ever join at the end of the table, so each node is
 * checked once per placement shape.
 */
function admitsEveryLiveNode(w, t) {
    const cache = w.staticFit;
    const last = t.slotCount - 1;
    if (last >= 0 && t.ids[last] > cache.checkedId) {
        for (let slot = last; slot >= 0 && t.ids[slot] > cache.checkedId; slot--) {
            if (!t.dead[slot] && staticFitAt(w, t, slot) !== STATIC_OK)
                cache.misfits.push(t.nodes[slot]);
        }
        cache.checkedId = t.ids[last];
    }
    if (cache.misfits.length > 0)
        cache.misfits = cache.misfits.filter((n) => !n.deleted);
    return cache.misfits.length === 0;
}
function staticFitAt(w, t, slot) {
    const id = t.ids[slot];
    const byNode = w.staticFit.byNode;
    const cached = id < byNode.length ? byNode[id] : 0;
    return cached !== 0 ? cached : staticFit(w, t.nodes[slot]);
}
/**
 * Minimum matching-pod count over the eligible domains of each hard spread constraint (B.4 calPreFilterState):
 * nodes with every hard topology key that pass the inclusion policies contribute their domain, even when empty;
 * fewer domains than minDomains makes the global minimum 0. Returns undefined per constraint when no domain exists.
 */
function spreadMinimums(w, t) {
    if (w.spreadDomains?.membership !== t.membership) {
        w.spreadDomains = { membership: t.membership, domains: w.hardSpread.map((spread) => eligibleDomains(w, t, spread)) };
    }
    const domains = w.spreadDomains.domains;
    return w.hardSpread.map((spread, i) => {
        const eligible = domains[i];
        if (eligible.length < spread.constraint.minDomains)
            return 0;
        let min = Number.POSITIVE_INFINITY;
        for (const domain of eligible)
            min = Math.min(min, spread.counter.get(domain));
        return min;
    });
}
/** The distinct domains of one hard spread constraint's key among the live nodes eligible for it. */
function eligibleDomains(w, t, spread) {
    const K = t.keyCount;
    const k = spread.counter.keyIndex;
    const seen = new Set();
    for (let slot = 0; slot < t.slotCount; slot++) {
        if (t.dead[slot])
            continue;
        if (!w.hardSpread.every((s) => t.domains[slot * K + s.counter.keyIndex] >= 0))
            continue;
        if (spread.constraint.honorNodeAffinity && staticFitAt(w, t, slot) === STATIC_AFFINITY)
            continue;
        if (spread.constraint.honorNodeTaints && untoleratedTaint(t.nodes[slot].taints, w.spec.pod.tolerations))
            continue;
        seen.add(t.domains[slot * K + k]);
    }
    return [...seen];
}
/** The filters for one node (by table slot): 0 when the pod fits, otherwise the failure's index + 1. */
function filter(w, t, slot, spreadMins, affinityAnywhere) {
    const shape = w.spec.pod;
    const blocked = t.blocked[slot];
    if (blocked & BLOCK_CORDONED)
        return F_UNSCHEDULABLE;
    if (blocked & BLOCK_DOWN)
        return F_TAINT;
    const fit = staticFitAt(w, t, slot);
    if (fit === STATIC_TAINT)
        return F_TAINT;
    if (fit === STATIC_AFFINITY)
        return F_AFFINITY;
    if (t.freePods[slot] < 1)
        return F_PODS;
    if (t.freeCpu[slot] < shape.cpuMillis)
        return F_CPU;
    if (t.freeMemory[slot] < shape.memoryBytes)
        return F_MEMORY;
    const base = slot * t.keyCount;
    for (let i = 0; i < w.hardSpread.length; i++) {
        const s = w.hardSpread[i];
        const domain = t.domains[base + s.counter.keyIndex];
        if (domain < 0)
            return F_SPREAD_LABEL;
        if (s.counter.get(domain) + s.selfMatch - spreadMins[i] > s.constraint.maxSkew)
            return F_SPREAD;
    }
    for (const c of w.antiAffinity) {
        if (c.get(t.domains[base + c.keyIndex]) > 0)
            return F_ANTI_AFFINITY;
    }
    for (const c of w.antiAffinityOfOthers) {
        if (c.get(t.domains[base + c.keyIndex]) > 0)
            return F_EXISTING_ANTI_AFFINITY;
    }
    for (let i = 0; i < w.affinity.length; i++) {
        const a = w.affinity[i];
        // The first pod of a self-affine group may go anywhere (InterPodAffinity's special case).
        if (!affinityAnywhere[i] && a.selfMatch)
            continue;
        const domain = t.domains[base + a.counter.keyIndex];
        if (domain < 0 || a.counter.get(domain) === 0)
            return F_POD_AFFINITY;
    }
    return 0;
}
/**
 * Why `node` rejects `pod` now, in kube-scheduler's words (e.g. "node(s) didn't match pod topology spread
 * constraints"), or undefined when the pod fits there. Karpenter reports it for a node it launched in vain.
 */
function nodeRejection(sim, pod, node) {
    const t = sim.schedulingTable();
    if (node.deleted || t.nodes[node.slot] !== node)
        return undefined;
    const w = pod.w;
    const failure = filter(w, t, node.slot, w.hardSpread.length > 0 ? spreadMinimums(w, t) : [], w.affinity.map((a) => a.counter.total > 0));
    return failure ? FAILURES[failure - 1] : undefined;
}
function hasPodConstraints(w) {
    return w.hardSpread.length > 0 || w.antiAffinity.length > 0 || w.antiAffinityOfOthers.length > 0 || w.affinity.length > 0;
}
/** Scratch buffers reused across calls: one scheduling attempt runs at a time. */
let feasibleSlots = new Int32Array(256);
let spreadRaw = new Float64Array(256);
const failureCounts = new Int32Array(FAILURES.length + 1);
/** Picks a node for `pod` among the live nodes, or explains why none fits. */
function findNode(sim, pod) {
    return findNodeFromIndex(sim, pod) ?? findNodeByScan(sim, pod);
}
/**
 * The scan's answer read from the node table's SlotTree (indexed-window.ts), for pods that only resources and cordons
 * can filter; undefined (and nothing changed) when the index cannot answer exactly or no node fits.
 */
function findNodeFromIndex(sim, pod) {
    const t = sim.schedulingTable();
    if (t.live > 0 && !hasPodConstraints(pod.w) && admitsEveryLiveNode(pod.w, t)) {
        const start = sim.nextStartNode % t.live;
        const shape = pod.w.spec.pod;
        const choice = chooseFromIndex(t, {
            start,
            want: feasibleNodesToFind(t.live, sim.percentageOfNodesToScore),
            cpuMillis: shape.cpuMillis,
            memoryBytes: shape.memoryBytes,
            softSpread: pod.w.softSpread,
        });
        if (choice) {
            sim.nextStartNode = (start + choice.processed) % t.live;
            return { node: t.nodes[choice.slot] };
        }
    }
    return undefined;
}
/** findNode by visiting the nodes one by one, as kube-scheduler does: every pod, and the reference for the index. */
function findNodeByScan(sim, pod) {
    const t = sim.schedulingTable();
    const total = t.live;
    if (total === 0)
        return { reason: '0/0 nodes are available: no nodes in the cluster.' };
    const w = pod.w;
    const spreadMins = w.hardSpread.length > 0 ? spreadMinimums(w, t) : [];
    const affinityAnywhere = w.affinity.map((a) => a.counter.total > 0);
    const want = feasibleNodesToFind(total, sim.percentageOfNodesToScore);
    if (feasibleSlots.length < want) {
        feasibleSlots = new Int32Array(want * 2);
        spreadRaw = new Float64Array(want * 2);
    }
    failureCounts.fill(0);
    let found = 0;
    let processed = 0;
    const start = sim.nextStartNode % total;
    let slot = t.slotOfLive(start);
    if (hasPodConstraints(w)) {
        for (; processed < total && found < want; processed++) {
            slot = t.nextLive(slot);
            const failure = filter(w, t, slot, spreadMins, affinityAnywhere);
            if (failure)
                failureCounts[failure]++;
            else
                feasibleSlots[found++] = slot;
            slot++;
        }
    }
    else {
        // The same filters for pods without spread or inter-pod terms, written out over the arrays: this loop is the
        // simulator's hottest code.
        const { blocked, dead, freePods, freeCpu, freeMemory, ids } = t;
        const slots = t.slotCount;
        const cpu = w.spec.pod.cpuMillis;
        const memory = w.spec.pod.memoryBytes;
        let byNode = w.staticFit.byNode;
        for (; processed < total && found < want; processed++) {
            if (slot >= slots)
                slot = 0;
            while (dead[slot])
                slot = slot + 1 === slots ? 0 : slot + 1;
            const b = blocked[slot];
            let failure = 0;
            if (b !== 0)
                failure = b & BLOCK_CORDONED ? F_UNSCHEDULABLE : F_TAINT;
            else {
                const id = ids[slot];
                let fit = id < byNode.length ? byNode[id] : 0;
                if (fit === 0) {
                    fit = staticFit(w, t.nodes[slot]);
                    byNode = w.staticFit.byNode;
                }
                if (fit === STATIC_TAINT)
                    failure = F_TAINT;
                else if (fit === STATIC_AFFINITY)
                    failure = F_AFFINITY;
                else if (freePods[slot] < 1)
                    failure = F_PODS;
                else if (freeCpu[slot] < cpu)
                    failure = F_CPU;
                else if (freeMemory[slot] < memory)
                    failure = F_MEMORY;
            }
            if (failure)
                failureCounts[failure]++;
            else
                feasibleSlots[found++] = slot;
            slot++;
        }
    }
    sim.nextStartNode = (start + processed) % total;
    if (found === 0) {
        const parts = [];
        for (let f = 1; f <= FAILURES.length; f++)
            if (failureCounts[f] > 0)
                parts.push([FAILURES[f - 1], failureCounts[f]]);
        parts.sort((a, b) => (a[0] < b[0] ? -1 : 1));
        return { reason: `0/${total} nodes are available: ${parts.map(([f, n]) => `${n} ${f}`).join(', ')}.` };
    }
    return { node: t.nodes[scheduler_bestSlot(w, t, found)] };
}
let stamps = new Uint32Array(1024);
let stamp = 0;
/** Distinct domains of key `k` among the feasible nodes (B.4 "size"), with a stamp array instead of a Set per call. */
function distinctDomains(t, count, k) {
    stamp++;
    if (stamp === 0xffffffff) {
        stamps.fill(0);
        stamp = 1;
    }
    let distinct = 0;
    const K = t.keyCount;
    for (let i = 0; i < count; i++) {
        const d = t.domains[feasibleSlots[i] * K + k];
        if (d < 0)
            continue;
        if (d >= stamps.length) {
            const grown = new Uint32Array(Math.max(d + 1, stamps.length * 2));
            grown.set(stamps);
            stamps = grown;
        }
        if (stamps[d] !== stamp) {
            stamps[d] = stamp;
            distinct++;
        }
    }
    return distinct;
}
/** The best-scoring slot among the first `count` of feasibleSlots; ties go to the earlier one in scan order. */
function scheduler_bestSlot(w, t, count) {
    if (count === 1)
        return feasibleSlots[0];
    const shape = w.spec.pod;
    const K = t.keyCount;
    // PodTopologySpread score (B.4): Σ cnt·log(size+2) + (maxSkew−1), normalized so fewer matching pods score higher.
    const soft = w.softSpread.length > 0;
    if (soft) {
        spreadRaw.fill(0, 0, count);
        for (const s of w.softSpread) {
            const k = s.counter.keyIndex;
            const weight = Math.log(distinctDomains(t, count, k) + 2);
            const counts = s.counter.counts;
            const skewTerm = s.maxSkew - 1;
            for (let i = 0; i < count; i++) {
                const d = t.domains[feasibleSlots[i] * K + k];
                if (d >= 0)
                    spreadRaw[i] += (counts[d] ?? 0) * weight + skewTerm;
            }
        }
    }
    let maxRaw = 0;
    let minRaw = Number.POSITIVE_INFINITY;
    if (soft) {
        for (let i = 0; i < count; i++) {
            maxRaw = Math.max(maxRaw, spreadRaw[i]);
            minRaw = Math.min(minRaw, spreadRaw[i]);
        }
    }
    let best = feasibleSlots[0];
    let bestScore = Number.NEGATIVE_INFINITY;
    for (let i = 0; i < count; i++) {
        const n = feasibleSlots[i];
        const allocCpu = t.allocCpu[n];
        const allocMemory = t.allocMemory[n];
        const cpuShare = allocCpu > 0 ? (t.freeCpu[n] - shape.cpuMillis) / allocCpu : 0;
        const memShare = allocMemory > 0 ? (t.freeMemory[n] - shape.memoryBytes) / allocMemory : 0;
        let score = ((cpuShare + memShare) / 2) * 100;
        if (soft)
            score += 2 * (maxRaw === 0 ? 100 : (100 * (maxRaw + minRaw - spreadRaw[i])) / maxRaw);
        if (score > bestScore) {
            bestScore = score;
            best = n;
        }
    }
    return best;
}

;// CONCATENATED MODULE: ./src/simulate/karpenter.ts







/** Time from NodeClaim creation to a Ready node (launch, boot, join); a stated default. */
const DEFAULT_LAUNCH_SECONDS = 60;
/** The label Karpenter puts on every node of a NodePool. */
const LABEL_NODEPOOL = 'karpenter.sh/nodepool';
function readNodePools(objects, catalog = (0,instance_types/* loadBuiltinCatalog */.NB)()) {
    const pools = [];
    for (const o of objects) {
        const reqs = (0,karpenter_requirements/* readNodePoolRequirements */.V9)(o.raw);
        if (!reqs || o.kind !== 'NodePool')
            continue;
        const template = o.raw.spec?.template ?? {};
        const zoneReq = reqs.requirements.find((r) => r.key === cluster/* LABEL_ZONE */.GC && r.operator === 'In');
        const capacityTypes = (0,karpenter_requirements/* admittedCapacityTypes */.Ow)(reqs.requirements, reqs.dialect);
        const labels = {};
        for (const [k, v] of Object.entries(template.metadata?.labels ?? {}))
            labels[k] = String(v);
        pools.push({
            name: o.name,
            object: o,
            weight: typeof o.raw.spec?.weight === 'number' ? o.raw.spec.weight : 0,
            admitted: (0,karpenter_requirements/* evaluateRequirements */.CZ)(reqs.requirements, catalog).admitted,
            zones: zoneReq?.values ? [...zoneReq.values] : undefined,
            capacityType: capacityTypes.includes('spot') ? 'spot' : (capacityTypes[0] ?? 'on-demand'),
            labels,
            taints: Array.isArray(template.spec?.taints) ? template.spec.taints : [],
            limitCpuMillis: (0,units/* cpuMillis */.Nt)(o.raw.spec?.limits?.cpu) ?? Number.POSITIVE_INFINITY,
            limitMemoryBytes: (0,units/* memoryBytes */.ZY)(o.raw.spec?.limits?.memory) ?? Number.POSITIVE_INFINITY,
        });
    }
    return pools.sort((a, b) => b.weight - a.weight || (a.name < b.name ? -1 : 1));
}
class KarpenterProvisioner {
    sim;
    pools;
    zones;
    launchMs;
    /** Zones Karpenter may not launch in (a zone outage). */
    unavailableZones = new Set();
    nominated = new WeakSet();
    /** Zone of the in-flight claim each nominated pod waits for (spread counts include them). */
    nominatedZone = new Map();
    /** Launched claims whose nodes have not joined yet: Karpenter places new pods on them first (A.4 step 1). */
    inflightClaims = new Set();
    /** Nodes under an interruption notice: their pods are planned elsewhere, and they no longer count as capacity. */
    deleting = new WeakSet();
    claimSeq = 0;
    /** Pods that found no NodePool, with the reason (reported as unschedulable). */
    limitHits = new Map();
    used = new Map();
    /** Capacity of launched claims whose nodes have not joined yet; limits count them (Karpenter's in-flight state). */
    inflight = new Map();
    /**
     * Pods whose claim's node joined; if they are still pending after that, the node did not help them. Weak: a pod
     * that scheduled is never pending again, so its entry is never read.
     */
    joinedFor = new WeakMap();
    /** Per pod: launched nodes it did not schedule on. */
    misses = new WeakMap();
    /** Pods Karpenter launches nothing more for, with the reason shown in their unschedulable reasons. */
    givenUp = new WeakMap();
    /** Per provision call: the zones of the live nodes eligible for a workload's zone spread constraints. */
    eligibleZoneCache = new Map();
    /** Per spread counter, its pods per zone in this provisioning round: computed once, then kept up to date as pods join claims. */
    roundCounts = new Map();
    /** The pods this round places that are still bound to a node under an interruption notice. */
    roundMoving = [];
    daemons;
    /** Per workload, whether its pods are larger than every admitted instance type (pools and DaemonSets never change). */
    oversized = new Map();
    overheads = new Map();
    constructor(sim, pools, zones, launchSeconds = DEFAULT_LAUNCH_SECONDS) {
        this.sim = sim;
        this.pools = pools;
        this.zones = zones;
        this.launchMs = launchSeconds * 1000;
        this.daemons = sim.workloads.filter((w) => w.isDaemon).map((w) => w.spec.pod);
    }
    /** Capacity a pool already uses (existing and planned nodes), for its limits. */
    usage(pool) {
        let u = this.used.get(pool.name);
        if (!u) {
            const pending = this.inflight.get(pool.name);
            u = { cpu: pending?.cpu ?? 0, memory: pending?.memory ?? 0 };
            for (const n of this.sim.liveNodes()) {
                if (n.group !== pool.name)
                    continue;
                const t = pool.admitted.find((x) => x.name === n.instanceType);
                u.cpu += t ? t.vcpu * 1000 : n.allocatable.cpuMillis;
                u.memory += t ? t.memoryMiB * 2 ** 20 : n.allocatable.memoryBytes;
            }
            this.used.set(pool.name, u);
        }
        return u;
    }
    /** DaemonSet overhead per pool and zone, asked for every claim a pod is tried on: computed once (neither changes). */
    daemonOverhead(pool, zone) {
        const key = `${pool.name}\u0000${zone}`;
        let overhead = this.overheads.get(key);
        if (!overhead) {
            overhead = daemonOverhead(this.daemons, pool, zone);
            this.overheads.set(key, overhead);
        }
        return overhead;
    }
    /** Places the pods the scheduler could not (called after each scheduling pass). */
    provision(pods) {
        if (this.pools.length === 0)
            return;
        for (const pod of pods)
            this.noteMiss(pod);
        this.plan(pods.filter((p) => !this.nominated.has(p) && !p.daemonNode && !this.givenUp.has(p)));
    }
    /**
     * An interruption notice for `nodes` (B.6): Karpenter launches their replacement now, planning the pods still on
     * them as if they were pending (A.4). When those pods are evicted, their replacements take the room planned here.
     */
    replaceNodes(nodes) {
        for (const node of nodes)
            this.deleting.add(node);
        if (this.pools.length === 0)
            return;
        const pods = nodes.flatMap((n) => [...n.pods].filter((p) => !p.terminating && !p.daemonNode && !this.nominated.has(p)));
        if (pods.length > 0)
            this.plan(pods);
    }
    /**
     * A pod still needs its claim while it is not terminating and not placed for good: pending, or bound to a node
     * under an interruption notice.
     */
    waiting(pod) {
        return !pod.terminating && (!pod.node || this.deleting.has(pod.node));
    }
    plan(pods) {
        this.used.clear();
        this.eligibleZoneCache.clear();
        this.roundCounts.clear();
        for (const claim of this.inflightClaims)
            this.refresh(claim);
        const todo = [...pods].sort((a, b) => b.w.spec.pod.cpuMillis - a.w.spec.pod.cpuMillis || b.w.spec.pod.memoryBytes - a.w.spec.pod.memoryBytes || a.id - b.id);
        this.roundMoving = todo.filter((p) => p.node !== null);
        const claims = [];
        for (const pod of todo) {
            let failure = {};
            // A.4: on failure the pod's preferences are relaxed one step at a time; the one we model is step 5, dropping
            // a ScheduleAnyway spread (in the pod's order), until none is left.
            const relaxable = this.zoneSpreads(pod).filter((s) => !s.constraint.hard).length;
            let placed = false;
            for (let relaxed = 0; relaxed <= relaxable && !placed; relaxed++) {
                const result = this.place(pod, claims, relaxed);
                if (result === true)
                    placed = true;
                else
                    failure = result;
            }
            if (!placed)
                this.explainFailure(pod, failure);
        }
        this.roundMoving = [];
        for (const claim of claims)
            this.launch(claim);
    }
    /** Recounts what an in-flight claim holds: pods that no longer need it (gone, placed elsewhere) free their room. */
    refresh(claim) {
        claim.cpu = 0;
        claim.memory = 0;
        claim.count = 0;
        for (const p of claim.pods) {
            if (!this.waiting(p))
                continue;
            claim.cpu += p.w.spec.pod.cpuMillis;
            claim.memory += p.w.spec.pod.memoryBytes;
            claim.count++;
        }
    }
    /**
     * One placement attempt (A.4): an in-flight claim with room, a claim planned in this round (its type may grow), a
     * new claim. `relaxed` ScheduleAnyway zone spreads of the pod are ignored.
     */
    place(pod, claims, relaxed) {
        const shape = pod.w.spec.pod;
        for (const claim of this.inflightClaims) {
            const overhead = this.daemonOverhead(claim.pool, claim.zone);
            const room = claim.type.allocatable;
            if (claim.cpu + shape.cpuMillis + overhead.cpu > room.cpuMillis)
                continue;
            if (claim.memory + shape.memoryBytes + overhead.memory > room.memoryBytes)
                continue;
            if (claim.count + 1 + overhead.pods > room.pods)
                continue;
            if (!this.spreadAllows(pod, claim.pool, claim.zone, claims, relaxed) || !this.admits(claim.pool, claim.zone, pod))
                continue;
            if (avoids(pod, claim.pods.filter((p) => this.waiting(p))))
                continue;
            claim.pods.push(pod);
            claim.cpu += shape.cpuMillis;
            claim.memory += shape.memoryBytes;
            claim.count++;
            this.nominate(pod, claim);
            this.countPlanned(pod, claim.zone);
            return true;
        }
        for (const claim of claims) {
            if (!this.spreadAllows(pod, claim.pool, claim.zone, claims, relaxed) || avoids(pod, claim.pods))
                continue;
            const type = this.fits(claim.pool, claim.zone, claim.cpu + shape.cpuMillis, claim.memory + shape.memoryBytes, claim.count + 1);
            if (!type || !this.admits(claim.pool, claim.zone, pod) || !this.withinLimits(claim.pool, type, claim.type))
                continue;
            claim.pods.push(pod);
            this.countPlanned(pod, claim.zone);
            claim.cpu += shape.cpuMillis;
            claim.memory += shape.memoryBytes;
            claim.count++;
            this.charge(claim.pool, type, claim.type);
            claim.type = type;
            return true;
        }
        const fresh = this.newClaim(pod, claims, relaxed);
        if ('pool' in fresh) {
            claims.push(fresh);
            this.countPlanned(pod, fresh.zone);
            return true;
        }
        return fresh;
    }
    nominate(pod, claim) {
        this.nominated.add(pod);
        this.nominatedZone.set(pod, claim.zone);
    }
    /**
     * A node Karpenter launches of its own accord (a consolidation replacement, A.4): empty, in flight like any claim
     * (pending pods may be planned onto it), joining after the launch delay. Returns the node's name.
     */
    launchNode(pool, zone, type, onJoin) {
        return this.launch({ pool, zone, pods: [], cpu: 0, memory: 0, count: 0, type }, onJoin);
    }
    /** Whether the pod waits for a node Karpenter launched for it. */
    isPlanned(pod) {
        return this.nominated.has(pod);
    }
    /** Launches a planned claim: its pods wait for it, and its node joins after the launch delay. */
    launch(claim, onJoin) {
        for (const pod of claim.pods)
            this.nominate(pod, claim);
        this.inflightClaims.add(claim);
        const capacity = { cpu: claim.type.vcpu * 1000, memory: claim.type.memoryMiB * 2 ** 20 };
        const inflight = this.inflight.get(claim.pool.name) ?? { cpu: 0, memory: 0 };
        inflight.cpu += capacity.cpu;
        inflight.memory += capacity.memory;
        this.inflight.set(claim.pool.name, inflight);
        const name = `${claim.pool.name}-${String(this.claimSeq++).padStart(5, '0')}`;
        const template = {
            name,
            zone: claim.zone,
            instanceType: claim.type.name,
            capacityType: claim.pool.capacityType,
            labels: (0,cluster/* nodeLabels */.Y_)(name, claim.zone, claim.type, claim.type.name, claim.pool.capacityType, {
                ...claim.pool.labels,
                [LABEL_NODEPOOL]: claim.pool.name,
            }),
            taints: claim.pool.taints,
            allocatable: claim.type.allocatable,
            group: claim.pool.name,
            unschedulable: false,
        };
        this.sim.loop.after(this.launchMs, () => {
            this.inflightClaims.delete(claim);
            for (const pod of claim.pods) {
                this.nominated.delete(pod);
                this.nominatedZone.delete(pod);
            }
            inflight.cpu -= capacity.cpu;
            inflight.memory -= capacity.memory;
            const node = this.sim.addNode(template);
            for (const pod of claim.pods)
                if (!pod.node && !pod.terminating)
                    this.joinedFor.set(pod, node);
            onJoin?.(node);
        });
        return name;
    }
    /** Adds Karpenter's reason to a pod it placed nowhere: a NodePool's limits, or a pod larger than every type. */
    explainFailure(pod, failure) {
        if (failure.limited) {
            explain(pod, `Karpenter: NodePool ${failure.limited} reached its limits.`);
            this.limitHits.set(failure.limited, (this.limitHits.get(failure.limited) ?? 0) + 1);
            return;
        }
        if (!this.oversized.has(pod.w))
            this.oversized.set(pod.w, oversizedPodReason(pod.w.spec.pod, this.pools, { zones: this.zones, daemons: this.daemons }));
        const oversized = this.oversized.get(pod.w);
        if (oversized)
            explain(pod, oversized);
    }
    /**
     * Counts a launched node the pod still did not schedule on (it is pending in the pass after the node joined).
     * The second such node makes Karpenter give up on the pod: without this, any disagreement between this planner and
     * kube-scheduler would launch a node per launch delay until the horizon (or the NodePool's limits). A node that is
     * merely full is no disagreement: kube-scheduler does not honour Karpenter's plan, so an older pending pod may
     * have taken the room, and the pod gets a claim again.
     */
    noteMiss(pod) {
        const node = this.joinedFor.get(pod);
        if (node) {
            this.joinedFor.delete(pod);
            const rejection = node.deleted ? undefined : nodeRejection(this.sim, pod, node);
            if (rejection === undefined || !isShortage(rejection)) {
                const misses = (this.misses.get(pod) ?? 0) + 1;
                this.misses.set(pod, misses);
                if (misses >= 2) {
                    const why = rejection ?? 'it was gone before the pod could use it';
                    this.givenUp.set(pod, `Karpenter: launched ${node.name} but the pod does not fit there: ${why}.`);
                }
            }
        }
        const givenUp = this.givenUp.get(pod);
        if (givenUp)
            explain(pod, givenUp);
    }
    /**
     * Whether one more pod in `zone` keeps every zone spread of the pod within maxSkew (B.4's skew: this zone's count
     * minus the smallest count over the domains, 0 with fewer domains than minDomains). The first `relaxed`
     * ScheduleAnyway spreads do not count (A.4 relaxation).
     */
    spreadAllows(pod, pool, zone, claims, relaxed) {
        const spreads = this.zoneSpreads(pod);
        let skipped = 0;
        for (let i = 0; i < spreads.length; i++) {
            const spread = spreads[i];
            if (!spread.constraint.hard && skipped < relaxed) {
                skipped++;
                continue;
            }
            const counts = this.zoneCounts(pod, spread.counter, claims);
            const domains = this.spreadDomains(pod, pool, i);
            domains.add(zone);
            const after = (z) => (counts.get(z) ?? 0) + (z === zone ? 1 : 0);
            let lowest = Number.POSITIVE_INFINITY;
            for (const z of domains)
                lowest = Math.min(lowest, after(z));
            if (domains.size < spread.constraint.minDomains)
                lowest = 0;
            if (after(zone) - lowest > spread.constraint.maxSkew)
                return false;
        }
        return true;
    }
    /** The pod's zone spread constraints (required or preferred) that count its own pods, with their counters. */
    zoneSpreads(pod) {
        const { namespace, pod: shape } = pod.w.spec;
        const out = [];
        for (const constraint of shape.spread) {
            if (constraint.topologyKey !== cluster/* LABEL_ZONE */.GC)
                continue;
            // The scheduler registered this counter when the simulation started; asking again returns the same one.
            const counter = this.sim.registry.counter(namespace, cluster/* LABEL_ZONE */.GC, constraint.selector);
            if (counter.matches(namespace, shape.labels))
                out.push({ constraint, counter });
        }
        return out;
    }
    /**
     * The zones spread constraint `index` is measured over: the scheduler's domains (zones of live nodes that pass the
     * constraint's node inclusion policies, lost ones included, B.4) and the zones the pool may launch the pod in.
     */
    spreadDomains(pod, pool, index) {
        let perConstraint = this.eligibleZoneCache.get(pod.w);
        if (!perConstraint) {
            perConstraint = this.zoneSpreads(pod).map(({ constraint }) => eligibleZones(this.sim.liveNodes(), pod.w, constraint));
            this.eligibleZoneCache.set(pod.w, perConstraint);
        }
        const domains = new Set(perConstraint[index]);
        for (const z of pool.zones ?? this.zones)
            if (!this.unavailableZones.has(z) && this.admits(pool, z, pod))
                domains.add(z);
        return domains;
    }
    /**
     * Pods the counter matches per zone, as kube-scheduler counts them (bound, not terminating), plus those waiting for
     * an in-flight node and those planned in this round (Karpenter counts both). A pod on a node under an interruption
     * notice counts where it is planned to go, not where it is.
     */
    zoneCounts(pod, counter, claims) {
        const cached = this.roundCounts.get(counter);
        if (cached)
            return cached;
        // Nothing binds during a round, and the pod being placed is neither nominated nor planned yet, so
        // one count per counter serves every check of the round (kept current by countPlanned).
        const counts = new Map();
        const add = (zone, n = 1) => counts.set(zone, (counts.get(zone) ?? 0) + n);
        const leaving = (p) => {
            if (p.counted && p.node && this.deleting.has(p.node))
                add(p.node.zone, -1);
        };
        const zoneKey = this.sim.topology.keyIndex(cluster/* LABEL_ZONE */.GC);
        for (const [zone, id] of this.sim.topology.valueIds[zoneKey])
            add(zone, counter.get(id));
        for (const [p, zone] of this.nominatedZone) {
            if (p === pod || !this.waiting(p) || !p.w.counters.includes(counter))
                continue;
            add(zone);
            leaving(p);
        }
        for (const p of this.roundMoving)
            if (p.w.counters.includes(counter))
                leaving(p);
        for (const claim of claims)
            for (const p of claim.pods)
                if (p !== pod && p.w.counters.includes(counter))
                    add(claim.zone);
        this.roundCounts.set(counter, counts);
        return counts;
    }
    /** A pod just joined a claim in `zone`: the round's counts of the counters matching it go up. */
    countPlanned(pod, zone) {
        for (const [counter, counts] of this.roundCounts) {
            if (pod.w.counters.includes(counter))
                counts.set(zone, (counts.get(zone) ?? 0) + 1);
        }
    }
    fits(pool, zone, cpu, memory, pods) {
        const overhead = this.daemonOverhead(pool, zone);
        return (0,karpenter_requirements/* smallestFitting */.X0)(pool.admitted, { cpuMillis: cpu + overhead.cpu, memoryBytes: memory + overhead.memory, pods: pods + overhead.pods });
    }
    admits(pool, zone, pod) {
        return poolAdmits(pool, zone, pod.w.spec.pod);
    }
    withinLimits(pool, next, previous) {
        const u = this.usage(pool);
        const cpu = u.cpu + next.vcpu * 1000 - (previous ? previous.vcpu * 1000 : 0);
        const memory = u.memory + next.memoryMiB * 2 ** 20 - (previous ? previous.memoryMiB * 2 ** 20 : 0);
        return cpu <= pool.limitCpuMillis && memory <= pool.limitMemoryBytes;
    }
    charge(pool, next, previous) {
        const u = this.usage(pool);
        u.cpu += next.vcpu * 1000 - (previous ? previous.vcpu * 1000 : 0);
        u.memory += (next.memoryMiB - (previous ? previous.memoryMiB : 0)) * 2 ** 20;
    }
    /**
     * The pool's nodes per zone for choosing a new claim's zone: live nodes not under an interruption notice, claims in
     * flight and claims planned in this round (otherwise one round would put every node in the same zone).
     */
    nodesPerZone(pool, claims) {
        const counts = new Map();
        const add = (zone) => counts.set(zone, (counts.get(zone) ?? 0) + 1);
        for (const n of this.sim.liveNodes())
            if (n.group === pool.name && !this.deleting.has(n))
                add(n.zone);
        for (const claim of this.inflightClaims)
            if (claim.pool === pool)
                add(claim.zone);
        for (const claim of claims)
            if (claim.pool === pool)
                add(claim.zone);
        return counts;
    }
    newClaim(pod, claims, relaxed) {
        const shape = pod.w.spec.pod;
        let limited;
        // The zone with the fewest pods of the first spread still in force; a relaxed pod keeps that as a tie-breaker.
        const spread = this.zoneSpreads(pod)[0];
        const podsByZone = spread ? this.zoneCounts(pod, spread.counter, claims) : undefined;
        for (const pool of this.pools) {
            const zones = (pool.zones ?? this.zones).filter((z) => !this.unavailableZones.has(z));
            const counts = this.nodesPerZone(pool, claims);
            const ordered = [...zones].sort((a, b) => (podsByZone ? (podsByZone.get(a) ?? 0) - (podsByZone.get(b) ?? 0) : 0) ||
                (counts.get(a) ?? 0) - (counts.get(b) ?? 0) ||
                (a < b ? -1 : 1));
            for (const zone of ordered) {
                if (!this.admits(pool, zone, pod) || !this.spreadAllows(pod, pool, zone, claims, relaxed))
                    continue;
                const type = this.fits(pool, zone, shape.cpuMillis, shape.memoryBytes, 1);
                if (!type)
                    continue;
                if (!this.withinLimits(pool, type)) {
                    limited = pool.name;
                    continue;
                }
                this.charge(pool, type);
                return { pool, zone, pods: [pod], cpu: shape.cpuMillis, memory: shape.memoryBytes, count: 1, type };
            }
        }
        return limited ? { limited } : {};
    }
}
/** Requests of the DaemonSet pods that would land on a node of the pool in `zone`. */
function daemonOverhead(daemons, pool, zone) {
    const labels = { ...pool.labels, [cluster/* LABEL_ZONE */.GC]: zone };
    let cpu = 0;
    let memory = 0;
    let pods = 0;
    for (const shape of daemons) {
        if (untoleratedTaint(pool.taints, shape.tolerations))
            continue;
        if (!nodeMatches(shape.nodeSelector, shape.requiredNodeTerms, labels, ''))
            continue;
        cpu += shape.cpuMillis;
        memory += shape.memoryBytes;
        pods++;
    }
    return { cpu, memory, pods };
}
/**
 * Whether a pool's nodes in `zone` can take the pod: its taints are tolerated and the pod's node selector and
 * required node affinity agree with the labels every node of the pool gets, including karpenter.sh/nodepool (a pod
 * pinned to another pool must not make this one launch: it would never schedule there, and an unlimited pool would
 * launch nodes for it forever). Instance-type labels are left to the instance-type choice.
 */
function poolAdmits(pool, zone, shape) {
    if (untoleratedTaint(pool.taints, shape.tolerations))
        return false;
    const labels = {
        ...pool.labels,
        [cluster/* LABEL_ZONE */.GC]: zone,
        'karpenter.sh/capacity-type': pool.capacityType,
        [LABEL_NODEPOOL]: pool.name,
    };
    const relevant = Object.fromEntries(Object.entries(shape.nodeSelector).filter(([k]) => k in labels || k === cluster/* LABEL_ZONE */.GC));
    const terms = shape.requiredNodeTerms?.map((t) => ({
        ...t,
        matchExpressions: (t.matchExpressions ?? []).filter((e) => e.key in labels),
    }));
    const termsToCheck = terms?.some((t) => (t.matchExpressions ?? []).length === 0) ? undefined : terms;
    return nodeMatches(relevant, termsToCheck, labels, '');
}
/**
 * Why no NodePool can launch a node for the pod because of its size, or undefined when some admitted instance type
 * holds it (or no pool admits the pod at all, a different problem). Names, per NodePool that admits the pod, the
 * request against the largest admitted type's allocatable, e.g. "Karpenter: the pod requests 4 cpu, more than any
 * instance type NodePool general admits (largest: m5.xlarge, 3920m cpu allocatable)." DaemonSet pods that would run
 * on the node (`daemons`) count towards the request, as Karpenter adds them.
 */
function oversizedPodReason(shape, pools, context) {
    const parts = [];
    for (const pool of pools) {
        const zones = (pool.zones ?? context.zones).filter((z) => poolAdmits(pool, z, shape));
        if (zones.length === 0)
            continue;
        // The zone with the least DaemonSet overhead is the pod's best chance.
        const overhead = zones
            .map((z) => daemonOverhead(context.daemons ?? [], pool, z))
            .reduce((a, b) => (a.cpu + a.memory / 2 ** 20 <= b.cpu + b.memory / 2 ** 20 ? a : b));
        const need = { cpuMillis: shape.cpuMillis + overhead.cpu, memoryBytes: shape.memoryBytes + overhead.memory, pods: 1 + overhead.pods };
        if ((0,karpenter_requirements/* smallestFitting */.X0)(pool.admitted, need))
            return undefined;
        parts.push(oversizeClause(pool, shape, overhead, need));
    }
    return parts.length > 0 ? `Karpenter: ${parts.join(' ')}` : undefined;
}
function oversizeClause(pool, shape, overhead, need) {
    if (pool.admitted.length === 0)
        return `NodePool ${pool.name} admits no instance type of the catalog.`;
    const most = (key) => pool.admitted.reduce((a, b) => (b.allocatable[key] > a.allocatable[key] ? b : a));
    const byCpu = most('cpuMillis');
    const byMemory = most('memoryBytes');
    const byPods = most('pods');
    const requests = [];
    const largest = [];
    const plus = [];
    if (need.cpuMillis > byCpu.allocatable.cpuMillis) {
        requests.push(`${(0,units/* formatCpu */.aY)(shape.cpuMillis)} cpu`);
        largest.push(`${byCpu.name}, ${(0,units/* formatCpu */.aY)(byCpu.allocatable.cpuMillis)} cpu`);
        if (overhead.cpu > 0)
            plus.push(`${(0,units/* formatCpu */.aY)(overhead.cpu)} cpu`);
    }
    if (need.memoryBytes > byMemory.allocatable.memoryBytes) {
        requests.push(`${(0,units/* formatMemory */.z9)(shape.memoryBytes)} memory`);
        largest.push(`${byMemory.name}, ${(0,units/* formatMemory */.z9)(byMemory.allocatable.memoryBytes)} memory`);
        if (overhead.memory > 0)
            plus.push(`${(0,units/* formatMemory */.z9)(overhead.memory)} memory`);
    }
    if (need.pods > byPods.allocatable.pods) {
        return `the DaemonSet pods (${overhead.pods}) leave no pod slot on any instance type NodePool ${pool.name} admits (largest: ${byPods.name}, ${byPods.allocatable.pods} pods).`;
    }
    const daemons = plus.length > 0 ? ` (plus ${plus.join(' and ')} for DaemonSet pods)` : '';
    if (requests.length === 0) {
        return `the pod requests ${(0,units/* formatCpu */.aY)(shape.cpuMillis)} cpu and ${(0,units/* formatMemory */.z9)(shape.memoryBytes)} memory${overhead.cpu + overhead.memory > 0 ? ' with its DaemonSet pods' : ''}, which no single instance type NodePool ${pool.name} admits has (most cpu: ${byCpu.name}; most memory: ${byMemory.name}).`;
    }
    const sameType = largest.length === 2 && byCpu === byMemory;
    const largestText = sameType
        ? `${byCpu.name}, ${(0,units/* formatCpu */.aY)(byCpu.allocatable.cpuMillis)} cpu and ${(0,units/* formatMemory */.z9)(byCpu.allocatable.memoryBytes)} memory`
        : largest.join('; ');
    return `the pod requests ${requests.join(' and ')}${daemons}, more than any instance type NodePool ${pool.name} admits (largest: ${largestText} allocatable).`;
}
/**
 * Appends Karpenter's message to the scheduler's for this pass, as the pod's events would show both: the pass just
 * counted the scheduler's message alone, so that count moves to the combined one.
 */
function explain(pod, karpenterMessage) {
    if (pod.lastReason?.endsWith(karpenterMessage))
        return;
    const reason = `${pod.lastReason ? `${pod.lastReason} ` : ''}${karpenterMessage}`;
    if (pod.lastReason !== undefined) {
        const count = (pod.w.reasons.get(pod.lastReason) ?? 1) - 1;
        if (count > 0)
            pod.w.reasons.set(pod.lastReason, count);
        else
            pod.w.reasons.delete(pod.lastReason);
    }
    pod.w.reasons.set(reason, (pod.w.reasons.get(reason) ?? 0) + 1);
    pod.lastReason = reason;
}
/** Zones of the nodes that B.4's inclusion policies let count as domains of this constraint for the workload's pods. */
function eligibleZones(nodes, w, constraint) {
    const shape = w.spec.pod;
    const zones = new Set();
    for (const node of nodes) {
        const zone = node.labels[cluster/* LABEL_ZONE */.GC];
        if (zone === undefined || zones.has(zone))
            continue;
        if (constraint.honorNodeAffinity && !nodeMatches(shape.nodeSelector, shape.requiredNodeTerms, node.labels, node.name))
            continue;
        if (constraint.honorNodeTaints && untoleratedTaint(node.taints, shape.tolerations))
            continue;
        zones.add(zone);
    }
    return zones;
}
/** Whether the pod's required hostname anti-affinity forbids sharing a node with any of `pods`. */
function avoids(pod, pods) {
    const terms = pod.w.spec.pod.antiAffinity.filter((t) => t.topologyKey === cluster/* LABEL_HOSTNAME */.VF);
    if (terms.length === 0)
        return false;
    return pods.some((other) => other.w.spec.namespace === pod.w.spec.namespace && terms.some((t) => (0,workloads/* selectorMatches */.de)(t.selector, other.w.spec.pod.labels)));
}

;// CONCATENATED MODULE: ./src/simulate/load-trace.ts
/**
 * Load traces for the `load` scenario: per workload and metric, a step function of the metric over time.
 * For cpu and memory the value is the workload's total usage (spread over its ready pods); for Pods metrics the
 * total across pods; for Object and External metrics the metric's own value.
 *
 * Formats: CSV with a header `time,workload,metric,value` (workload = `name` or `Kind/namespace/name`), or
 * `simulate.resilint.dev/v1alpha1` `LoadTrace` objects (spec.target {kind, name, namespace}, spec.metric,
 * spec.points [{at, value}]), in a `--load` file or among the manifests.
 */






function metricValue(metric, raw) {
    if (metric === 'cpu')
        return (0,units/* cpuMillis */.Nt)(raw);
    if (metric === 'memory')
        return (0,units/* memoryBytes */.ZY)(raw);
    return (0,units/* quantityValue */.$5)(raw);
}
function readLoadFile(file, cwd) {
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(external_node_path_default().resolve(cwd, file), 'utf8');
    }
    catch (e) {
        throw new simulate_errors/* SimulationInputError */.K(file, 1, `cannot read the load trace (${e.message})`);
    }
    if (file.endsWith('.csv'))
        return parseLoadCsv(text, file);
    const loaded = (0,load_manifests/* loadManifestText */.VH)(text, file);
    if (loaded.problems.length > 0)
        throw new simulate_errors/* SimulationInputError */.K(file, loaded.problems[0].line, `the load trace does not parse: ${loaded.problems[0].message}`);
    const traces = loadTracesFromObjects(loaded.objects);
    if (traces.length === 0)
        throw new simulate_errors/* SimulationInputError */.K(file, 1, `expected ${cluster/* CLUSTER_API_VERSION */.tm} LoadTrace objects or a CSV file`);
    return traces;
}
function parseLoadCsv(text, file) {
    const lines = text.split(/\r?\n/);
    const header = lines[0]?.split(',').map((s) => s.trim().toLowerCase()) ?? [];
    const columns = lines[0]?.split(',').map((s) => s.trim()) ?? [];
    const col = (name) => header.indexOf(name);
    if (col('time') < 0 || col('workload') < 0 || col('metric') < 0 || col('value') < 0) {
        throw new simulate_errors/* SimulationInputError */.K(file, 1, 'the CSV header must name the columns time, workload, metric, value');
    }
    const series = new Map();
    for (let i = 1; i < lines.length; i++) {
        const line = lines[i].trim();
        if (line === '' || line.startsWith('#'))
            continue;
        const cells = line.split(',').map((s) => s.trim());
        // A short row would otherwise surface as `value "undefined"`; name the shape instead.
        if (cells.length !== header.length) {
            throw new simulate_errors/* SimulationInputError */.K(file, i + 1, `line has ${cells.length} columns, expected ${header.length} (${columns.join(', ')})`);
        }
        const at = (0,units/* durationSeconds */.o8)(cells[col('time')]);
        const workload = cells[col('workload')] ?? '';
        const metric = cells[col('metric')] ?? '';
        const value = metricValue(metric, cells[col('value')]);
        if (at === undefined)
            throw new simulate_errors/* SimulationInputError */.K(file, i + 1, `time "${cells[col('time')]}" is not a duration`);
        if (!workload || !metric)
            throw new simulate_errors/* SimulationInputError */.K(file, i + 1, 'workload and metric must not be empty');
        if (value === undefined)
            throw new simulate_errors/* SimulationInputError */.K(file, i + 1, `value "${cells[col('value')]}" is not a quantity`);
        const key = `${workload}\u0000${metric}`;
        let s = series.get(key);
        if (!s)
            series.set(key, (s = { workload, metric, points: [], file, line: i + 1 }));
        s.points.push([at * 1000, value]);
    }
    return finishSeries([...series.values()]);
}
function loadTracesFromObjects(objects) {
    const out = [];
    const seen = new Set();
    for (const o of objects) {
        if (o.kind !== 'LoadTrace' || o.apiVersion !== cluster/* CLUSTER_API_VERSION */.tm)
            continue;
        // A LoadTrace defined twice (two copies of one app loaded together) is replayed once: the first.
        if (seen.has(`${o.namespace}/${o.name}`))
            continue;
        seen.add(`${o.namespace}/${o.name}`);
        const spec = o.raw.spec ?? {};
        const target = spec.target ?? {};
        if (typeof target.name !== 'string')
            throw new simulate_errors/* SimulationInputError */.K(o.file, o.locate(['spec', 'target']).line, 'LoadTrace: spec.target.name is required');
        const metric = typeof spec.metric === 'string' ? spec.metric : 'cpu';
        const workload = `${target.kind ?? 'Deployment'}/${target.namespace ?? o.namespace ?? 'default'}/${target.name}`;
        const points = [];
        (Array.isArray(spec.points) ? spec.points : []).forEach((p, i) => {
            const at = (0,units/* durationSeconds */.o8)(p?.at);
            const value = metricValue(metric, p?.value);
            if (at === undefined || value === undefined) {
                throw new simulate_errors/* SimulationInputError */.K(o.file, o.locate(['spec', 'points', i]).line, 'LoadTrace: each point needs a duration `at` and a quantity `value`');
            }
            points.push([at * 1000, value]);
        });
        if (points.length === 0)
            throw new simulate_errors/* SimulationInputError */.K(o.file, o.locate(['spec', 'points']).line, 'LoadTrace: spec.points is empty');
        out.push({ workload, metric, points, file: o.file, line: o.range.line });
    }
    return finishSeries(out);
}
function finishSeries(series) {
    for (const s of series)
        s.points.sort((a, b) => a[0] - b[0]);
    return series.sort((a, b) => (a.workload + a.metric < b.workload + b.metric ? -1 : 1));
}
/** The value at `ms` (the last point at or before it; the first point before the trace starts). */
function valueAt(series, ms) {
    let value = series.points[0][1];
    for (const [at, v] of series.points) {
        if (at > ms)
            break;
        value = v;
    }
    return value;
}

;// CONCATENATED MODULE: ./src/simulate/autoscaler-bounds.ts
/** Per workload key. `peak`: `max` (the autoscaler's maximum) or a factor of at least 1 applied to the low replicas. */
function replicaRanges(model, peak) {
    const byTarget = new Map();
    // The first HPA wins, as applyHpaBounds takes it; a ScaledObject only where no HPA targets the workload.
    for (const h of model.hpas)
        if (!byTarget.has(h.targetKey))
            byTarget.set(h.targetKey, { min: h.minReplicas, max: Math.max(h.minReplicas, h.maxReplicas), key: h.key });
    for (const s of model.scaledObjects ?? [])
        if (!byTarget.has(s.targetKey))
            byTarget.set(s.targetKey, { min: s.minReplicas, max: Math.max(s.minReplicas, s.maxReplicas), key: s.key });
    const out = new Map();
    for (const w of model.workloads) {
        if (w.replicas === undefined)
            continue;
        const scaler = byTarget.get(w.key);
        // A target scaled to 0 has autoscaling off (B.3): it stays at 0.
        if (!scaler || w.replicas === 0) {
            out.set(w.key, { low: w.replicas, peak: peak === 'max' ? w.replicas : Math.ceil(w.replicas * peak) });
            continue;
        }
        const high = peak === 'max' ? scaler.max : Math.min(scaler.max, Math.max(scaler.min, Math.ceil(scaler.min * peak)));
        out.set(w.key, { low: scaler.min, peak: high, scaler: scaler.key });
    }
    return out;
}

;// CONCATENATED MODULE: ./src/simulate/consolidation-fit.ts






/** Domain ids past every real one, for the labels of a node that does not exist yet. */
const VIRTUAL_DOMAIN = 1 << 30;
function simulateConsolidation(sim, request) {
    return new Trial(sim, request).run();
}
class Trial {
    sim;
    request;
    /** Per counter, the change in its counts per domain that the moves make. */
    deltas = new Map();
    places;
    /** Per hard spread, its minimum as of `moves` (a minimum only changes when a pod is put somewhere). */
    mins = new Map();
    eligible = new Map();
    moves = 0;
    constructor(sim, request) {
        this.sim = sim;
        this.request = request;
        this.places = sim
            .liveNodes()
            .filter((n) => !request.removed.has(n))
            .map((n) => ({
            node: n,
            name: n.name,
            labels: n.labels,
            taints: n.taints,
            domains: n.domains,
            freeCpu: n.freeCpu,
            freeMemory: n.freeMemory,
            freePods: n.freePods,
            receives: !n.cordoned && !n.down && request.receives(n),
        }));
        // Every pod on a removed node leaves its domains, DaemonSet pods included (they go with the node).
        for (const node of request.removed)
            for (const pod of node.pods)
                if (pod.counted)
                    this.count(pod, node.domains, -1);
    }
    run() {
        const byCpu = (a, b) => b.w.spec.pod.cpuMillis - a.w.spec.pod.cpuMillis || b.w.spec.pod.memoryBytes - a.w.spec.pod.memoryBytes || a.id - b.id;
        const moving = new Set(this.request.moving);
        const left = [];
        for (const pod of [...this.request.moving, ...this.request.pending].sort(byCpu)) {
            const place = this.places.find((p) => p.receives && this.fits(pod, p));
            if (place)
                this.put(pod, place);
            else if (moving.has(pod))
                left.push(pod);
        }
        if (left.length === 0)
            return { ok: true };
        return this.replacement(left);
    }
    /** The one new NodeClaim (A.4: 0 or 1), from the first pool and zone that holds every pod left and is cheaper. */
    replacement(left) {
        const { candidate, pools } = this.request;
        if (pools.length === 0)
            return { ok: false, why: `${describe(left[0])} fits no other node` };
        let why = `${describe(left[0])} fits no other node, and no cheaper NodeClaim holds ${left.length === 1 ? 'it' : `the ${left.length} pods that do not`}`;
        for (const pool of pools) {
            const zones = [...(pool.zones ?? this.request.zones)].sort((a, b) => Number(b === candidate.zone) - Number(a === candidate.zone) || (a < b ? -1 : 1));
            for (const zone of zones) {
                const undo = this.snapshot();
                const claim = this.claimPlace(pool, zone);
                this.places.push(claim);
                const overhead = daemonOverhead(this.request.daemons, pool, zone);
                let cpu = overhead.cpu;
                let memory = overhead.memory;
                let count = overhead.pods;
                let type;
                for (const pod of left) {
                    const shape = pod.w.spec.pod;
                    if (!poolAdmits(pool, zone, shape) || !this.fits(pod, claim)) {
                        type = undefined;
                        break;
                    }
                    cpu += shape.cpuMillis;
                    memory += shape.memoryBytes;
                    count++;
                    type = (0,karpenter_requirements/* smallestFitting */.X0)(pool.admitted, { cpuMillis: cpu, memoryBytes: memory, pods: count });
                    if (!type)
                        break;
                    this.put(pod, claim);
                }
                this.places.pop();
                this.restore(undo);
                if (!type)
                    continue;
                if (cheaper(type, pool.capacityType, candidate))
                    return { ok: true, replacement: { pool, zone, type } };
                why = `its pods need a new ${type.name}, which is not cheaper than ${candidate.capacityType} ${candidate.instanceType}${candidate.capacityType === 'spot' ? ' (spot-to-spot consolidation is off by default)' : ''}`;
            }
        }
        return { ok: false, why };
    }
    /** A NodeClaim of the pool in `zone`, with the labels every node of the pool gets (its instance type is open). */
    claimPlace(pool, zone) {
        const name = `new NodeClaim of NodePool ${pool.name}`;
        const labels = {
            ...pool.labels,
            [cluster/* LABEL_ZONE */.GC]: zone,
            'topology.kubernetes.io/region': zone.replace(/[a-z]$/, ''),
            [cluster/* LABEL_CAPACITY_TYPE */.$O]: pool.capacityType,
            [LABEL_NODEPOOL]: pool.name,
        };
        const topology = this.sim.topology;
        const domains = topology.keys.map((key, k) => {
            // A new node is a hostname domain of its own, with no pods yet.
            if (key === cluster/* LABEL_HOSTNAME */.VF)
                return VIRTUAL_DOMAIN;
            const value = labels[key];
            if (value === undefined)
                return -1;
            return topology.valueIds[k].get(value) ?? VIRTUAL_DOMAIN + 1;
        });
        return { name, labels, taints: pool.taints, domains, freeCpu: Infinity, freeMemory: Infinity, freePods: Infinity, receives: true };
    }
    /** kube-scheduler's filters for the pod on the place, in the cluster as the moves so far have left it. */
    fits(pod, place) {
        const w = pod.w;
        const shape = w.spec.pod;
        if (place.node) {
            if (!admitsStatically(w, place.node))
                return false;
        }
        else if (untoleratedTaint(place.taints, shape.tolerations) || !nodeMatches(shape.nodeSelector, shape.requiredNodeTerms, place.labels, place.name)) {
            return false;
        }
        if (place.freePods < 1 || place.freeCpu < shape.cpuMillis || place.freeMemory < shape.memoryBytes)
            return false;
        for (const s of w.hardSpread) {
            const domain = place.domains[s.counter.keyIndex];
            if (domain < 0)
                return false;
            if (this.get(s.counter, domain) + s.selfMatch - this.spreadMin(w, s) > s.constraint.maxSkew)
                return false;
        }
        for (const c of w.antiAffinity)
            if (this.get(c, place.domains[c.keyIndex]) > 0)
                return false;
        for (const c of w.antiAffinityOfOthers)
            if (this.get(c, place.domains[c.keyIndex]) > 0)
                return false;
        for (const a of w.affinity) {
            // The first pod of a self-affine group may go anywhere (InterPodAffinity's special case).
            if (a.selfMatch && this.total(a.counter) === 0)
                continue;
            const domain = place.domains[a.counter.keyIndex];
            if (domain < 0 || this.get(a.counter, domain) === 0)
                return false;
        }
        return true;
    }
    /** B.4's global minimum over the domains eligible for the constraint, among the places that exist. */
    spreadMin(w, s) {
        let domains = this.eligible.get(s);
        if (!domains) {
            const seen = new Set();
            for (const p of this.places) {
                if (!w.hardSpread.every((h) => p.domains[h.counter.keyIndex] >= 0))
                    continue;
                if (s.constraint.honorNodeAffinity && (p.node ? affinityRejects(w, p.node) : !nodeMatches(w.spec.pod.nodeSelector, w.spec.pod.requiredNodeTerms, p.labels, p.name)))
                    continue;
                if (s.constraint.honorNodeTaints && untoleratedTaint(p.taints, w.spec.pod.tolerations))
                    continue;
                seen.add(p.domains[s.counter.keyIndex]);
            }
            domains = [...seen];
            this.eligible.set(s, domains);
        }
        if (domains.length < s.constraint.minDomains)
            return 0;
        const cached = this.mins.get(s);
        if (cached?.moves === this.moves)
            return cached.min;
        let min = Number.POSITIVE_INFINITY;
        for (const d of domains)
            min = Math.min(min, this.get(s.counter, d));
        if (min === Number.POSITIVE_INFINITY)
            min = 0;
        this.mins.set(s, { moves: this.moves, min });
        return min;
    }
    put(pod, place) {
        const shape = pod.w.spec.pod;
        place.freeCpu -= shape.cpuMillis;
        place.freeMemory -= shape.memoryBytes;
        place.freePods -= 1;
        this.count(pod, place.domains, 1);
        this.moves++;
    }
    count(pod, domains, delta) {
        for (const c of pod.w.counters) {
            const d = domains[c.keyIndex];
            if (d < 0)
                continue;
            let m = this.deltas.get(c);
            if (!m)
                this.deltas.set(c, (m = new Map()));
            m.set(d, (m.get(d) ?? 0) + delta);
        }
    }
    get(c, domain) {
        if (domain < 0)
            return 0;
        return c.get(domain) + (this.deltas.get(c)?.get(domain) ?? 0);
    }
    total(c) {
        let sum = c.total;
        for (const v of this.deltas.get(c)?.values() ?? [])
            sum += v;
        return sum;
    }
    /** The moves so far, to try a NodeClaim and take it back (the claim's domains also change eligibility). */
    snapshot() {
        this.eligible.clear();
        this.moves++;
        return {
            deltas: new Map([...this.deltas].map(([c, m]) => [c, new Map(m)])),
            free: this.places.map((p) => [p.freeCpu, p.freeMemory, p.freePods]),
        };
    }
    restore(s) {
        this.deltas.clear();
        for (const [c, m] of s.deltas)
            this.deltas.set(c, m);
        s.free.forEach(([cpu, memory, pods], i) => Object.assign(this.places[i], { freeCpu: cpu, freeMemory: memory, freePods: pods }));
        this.eligible.clear();
        this.moves++;
    }
}
/** "pod web-3 (Deployment/shop/web, 500m cpu)". */
function describe(pod) {
    return `pod ${pod.name} (${pod.w.spec.key})`;
}
/** The price rule with size as the price (see above). */
function cheaper(next, nextCapacity, current) {
    if (current.capacityType === 'spot')
        return false;
    const known = (0,instance_types/* loadBuiltinCatalog */.NB)().byName.get(current.instanceType);
    const size = known ? [known.vcpu * 1000, known.memoryMiB] : [current.allocatable.cpuMillis, current.allocatable.memoryBytes / 2 ** 20];
    const nextSize = known ? [next.vcpu * 1000, next.memoryMiB] : [next.allocatable.cpuMillis, next.allocatable.memoryBytes / 2 ** 20];
    const order = nextSize[0] - size[0] || nextSize[1] - size[1];
    return nextCapacity === 'spot' ? order <= 0 : order < 0;
}

;// CONCATENATED MODULE: ./src/simulate/eviction.ts
/** The answer to most eviction requests, shared rather than allocated per request (nothing mutates a result). */
const CREATED = Object.freeze({ code: 201 });
/** Decides an eviction; on success the pod is deleted with its grace period. */
function evict(sim, pod, graceMs) {
    const decision = decideEviction(sim, pod);
    if (decision.code === 201)
        sim.deletePod(pod, graceMs ?? pod.w.spec.pod.graceSeconds * 1000);
    return decision;
}
function decideEviction(sim, pod) {
    if (!pod.node || pod.terminating)
        return CREATED;
    const pdbs = pod.w.pdbs;
    if (pdbs.length > 1) {
        return {
            code: 500,
            pdbs,
            message: 'This pod has more than one PodDisruptionBudget, which the eviction subresource does not support.',
        };
    }
    if (pdbs.length === 0)
        return CREATED;
    const pdb = pdbs[0];
    const status = sim.pdbStatus(pdb);
    if (!pod.ready) {
        if (pdb.spec.alwaysAllowUnhealthy)
            return CREATED;
        if (status.currentHealthy >= status.desiredHealthy && status.desiredHealthy > 0)
            return CREATED;
    }
    if (status.disruptionsAllowed <= 0) {
        return {
            code: 429,
            pdb,
            message: `Cannot evict pod as it would violate the pod's disruption budget. The disruption budget ${pdb.spec.name} needs ${status.desiredHealthy} healthy pods and has ${status.currentHealthy} currently`,
        };
    }
    return CREATED;
}

;// CONCATENATED MODULE: ./src/simulate/drain.ts
/**
 * Draining a node the way `kubectl drain --ignore-daemonsets --delete-emptydir-data --timeout=T` does (B.2):
 * cordon, then evict every non-DaemonSet pod concurrently; a 429 is retried every 5 s, any other error (the 500
 * for two PDBs) fails that pod; the drain finishes when every evicted pod is gone or the global timeout passes.
 * The two flags are what upgrade tooling passes: without --ignore-daemonsets kubectl refuses every node that runs a
 * DaemonSet pod, and without --delete-emptydir-data it aborts a node with an emptyDir pod before any eviction
 * (B.2 step 3). Karpenter's terminator (B.6, B.1.7) is the same loop with exponential backoff from 100 ms to 10 s.
 */

const KUBECTL_RETRY_MS = 5_000;
/** kubectl's waitForDelete polls the pod every second. */
const KUBECTL_POLL_MS = 1_000;
function drainNode(sim, node, options) {
    const started = sim.now;
    const deadline = options.timeoutMs > 0 ? started + options.timeoutMs : Number.POSITIVE_INFINITY;
    const blocking = new Map();
    const messages = new Set();
    const failedPods = new Set();
    const refusals = new Map();
    let rejections = 0;
    let finished = false;
    sim.cordon(node);
    const targets = [...node.pods].filter((p) => !p.w.isDaemon);
    const outcome = (status) => ({
        node: node.name,
        startedMs: started,
        endedMs: sim.now,
        status,
        rejections,
        blockingPdbs: [...blocking.keys()].sort(),
        remainingPods: status === 'drained' ? [] : targets.filter((p) => p.node === node).map((p) => p.name).sort(),
        messages: [...messages].sort(),
        refusals: [...refusals.values()].sort((a, b) => (a.pdb < b.pdb ? -1 : a.pdb > b.pdb ? 1 : 0)),
    });
    // One refusal per budget, the first: its numbers are what stopped the drain when it first could not go on.
    const noteRefusal = (pod, pdb, code) => {
        if (!refusals.has(pdb.spec.key))
            refusals.set(pdb.spec.key, drainRefusal(sim, pod, pdb, code));
    };
    const finish = (status) => {
        if (finished)
            return;
        finished = true;
        options.onDone(outcome(status));
    };
    // A drain without timeout that a PDB blocks never calls onDone; the scenario asks for it when time runs out.
    const handle = { unfinished: () => (finished ? undefined : outcome('unfinished')) };
    const gone = (p) => p.node !== node;
    const check = () => {
        if (finished)
            return;
        if (targets.every((p) => gone(p) || failedPods.has(p))) {
            finish(failedPods.size > 0 ? 'failed' : 'drained');
        }
    };
    const attempt = (pod, backoffMs) => {
        if (finished)
            return;
        if (sim.now >= deadline) {
            finish('timed-out');
            return;
        }
        if (gone(pod))
            return check();
        const result = evict(sim, pod);
        if (result.code === 201) {
            waitForDelete(pod);
            return;
        }
        if (result.code === 500 && options.caller === 'kubectl') {
            for (const pdb of result.pdbs) {
                blocking.set(pdb.spec.key, pdb);
                noteRefusal(pod, pdb, 500);
            }
            messages.add(`${pod.name}: ${result.message}`);
            failedPods.add(pod);
            return check();
        }
        rejections++;
        if (result.code === 429) {
            blocking.set(result.pdb.spec.key, result.pdb);
            noteRefusal(pod, result.pdb, 429);
            messages.add(result.message);
        }
        else {
            for (const pdb of result.pdbs) {
                blocking.set(pdb.spec.key, pdb);
                noteRefusal(pod, pdb, 500);
            }
            messages.add(result.message);
        }
        const delay = options.caller === 'kubectl' ? KUBECTL_RETRY_MS : backoffMs;
        sim.loop.after(delay, () => attempt(pod, Math.min(backoffMs * 2, 10_000)));
    };
    const waitForDelete = (pod) => {
        const poll = () => {
            if (finished)
                return;
            if (gone(pod))
                return check();
            if (sim.now >= deadline)
                return finish('timed-out');
            sim.loop.after(KUBECTL_POLL_MS, poll);
        };
        // The pod cannot be gone before its grace period ends, so the polls before that are skipped (same outcome).
        const graceMs = pod.w.spec.pod.graceSeconds * 1000;
        sim.loop.after(Math.max(KUBECTL_POLL_MS, Math.ceil(graceMs / KUBECTL_POLL_MS) * KUBECTL_POLL_MS), poll);
    };
    if (deadline !== Number.POSITIVE_INFINITY)
        sim.loop.at(deadline, () => finish('timed-out'));
    if (targets.length === 0) {
        sim.loop.after(0, () => finish('drained'));
        return handle;
    }
    for (const pod of targets)
        attempt(pod, 100);
    return handle;
}
/** A budget's refusal of `pod`'s eviction, with the numbers that decided it (reported by drains and consolidation). */
function drainRefusal(sim, pod, pdb, code) {
    const status = sim.pdbStatus(pdb);
    return {
        pdb: pdb.spec.key,
        pod: pod.name,
        code,
        podReady: pod.ready,
        desiredHealthy: status.desiredHealthy,
        currentHealthy: status.currentHealthy,
        expectedPods: status.expectedCount,
        disruptionsAllowed: status.disruptionsAllowed,
        alwaysAllowUnhealthy: pdb.spec.alwaysAllowUnhealthy,
    };
}

;// CONCATENATED MODULE: ./src/simulate/consolidation-gate.ts
/**
 * Whether a node may be a consolidation candidate now (semantics B.6 "Candidate gating", `statenode.go`), and if
 * not, what keeps it: a `karpenter.sh/do-not-disrupt` pod or node template, a pod whose (single) PodDisruptionBudget
 * allows no disruption, a pod under two budgets, `consolidateAfter: Never`; or something that passes by itself (the
 * node is not initialized, already being deleted, nominated for a pending pod, or still inside `consolidateAfter`).
 */




/** A pod Karpenter must move off a candidate: not a DaemonSet pod, not terminating (A.4 "reschedulable"). */
function reschedulable(pod) {
    return !pod.w.isDaemon && !pod.terminating;
}
/** The node has no pod Karpenter would have to move: Emptiness may delete it. */
function isEmpty(node) {
    for (const pod of node.pods)
        if (reschedulable(pod))
            return false;
    return true;
}
class CandidateGate {
    sim;
    marked;
    doNotDisrupt = new Map();
    constructor(sim, 
    /** Nodes marked for deletion (being drained, or waiting for their replacement). */
    marked) {
        this.sim = sim;
        this.marked = marked;
    }
    gate(node, pool) {
        if (node.deleted || node.down || this.marked.has(node))
            return { blocks: [], busy: true };
        if (this.sim.pendingPods().some((p) => p.nominatedNode === node))
            return { blocks: [], busy: true };
        const blocks = [];
        const object = (0,simulate_workloads/* workloadKey */.f6)('NodePool', '', pool.pool);
        if (pool.nodesDoNotDisrupt) {
            blocks.push({ kind: 'node-do-not-disrupt', object, why: `NodePool ${pool.pool} puts ${DO_NOT_DISRUPT}: "true" on every node it launches` });
        }
        if (pool.consolidateAfterMs === 'Never') {
            blocks.push({ kind: 'consolidate-after-never', object, why: `NodePool ${pool.pool} sets consolidateAfter: Never` });
        }
        let until;
        const seenPdbs = new Set();
        for (const pod of [...node.pods].sort((a, b) => a.id - b.id)) {
            if (!reschedulable(pod))
                continue;
            const protectedFor = this.podDoNotDisrupt(pod);
            if (protectedFor !== undefined) {
                const end = (pod.boundAt ?? 0) + protectedFor.ms;
                if (end > this.sim.now) {
                    if (protectedFor.ms === Number.POSITIVE_INFINITY) {
                        blocks.push({
                            kind: 'pod-do-not-disrupt',
                            object: pod.w.spec.key,
                            why: `pod ${pod.name} of ${pod.w.spec.key} has ${DO_NOT_DISRUPT}: "${protectedFor.value}"`,
                            pod: pod.name,
                            value: protectedFor.value,
                        });
                    }
                    else {
                        until = Math.max(until ?? 0, end);
                    }
                }
            }
            const pdbBlock = this.pdbBlock(pod, seenPdbs);
            if (pdbBlock)
                blocks.push(pdbBlock);
        }
        if (pool.consolidateAfterMs !== 'Never') {
            // B.6: the timer restarts on every pod bound to or leaving the node, or counts from when it joined.
            const end = node.podEventAt + pool.consolidateAfterMs;
            if (end > this.sim.now)
                until = Math.max(until ?? 0, end);
        }
        return { blocks, ...(until !== undefined ? { until } : {}) };
    }
    /** A do-not-disrupt duration still running at the end of a run, as a block (it kept the node through the run). */
    activeDurations(node) {
        const out = [];
        for (const pod of [...node.pods].sort((a, b) => a.id - b.id)) {
            if (!reschedulable(pod))
                continue;
            const p = this.podDoNotDisrupt(pod);
            if (p && p.ms !== Number.POSITIVE_INFINITY && (pod.boundAt ?? 0) + p.ms > this.sim.now) {
                out.push({
                    kind: 'pod-do-not-disrupt',
                    object: pod.w.spec.key,
                    why: `pod ${pod.name} of ${pod.w.spec.key} has ${DO_NOT_DISRUPT}: "${p.value}", longer than the run`,
                    pod: pod.name,
                    value: p.value,
                });
            }
        }
        return out;
    }
    podDoNotDisrupt(pod) {
        if (!this.doNotDisrupt.has(pod.w)) {
            const annotations = (0,workloads/* podTemplateOf */.D0)(pod.w.spec.object)?.metadata.annotations;
            this.doNotDisrupt.set(pod.w, annotations && typeof annotations === 'object' ? annotations[DO_NOT_DISRUPT] : undefined);
        }
        const value = this.doNotDisrupt.get(pod.w);
        const ms = doNotDisruptMs(value);
        return ms === undefined ? undefined : { ms, value: String(value) };
    }
    /**
     * B.6: every evictable pod's single PodDisruptionBudget must allow a disruption, unless the pod is unready and the
     * budget lets unhealthy pods go (AlwaysAllow); a pod under two budgets blocks the node (the Eviction API refuses it).
     */
    pdbBlock(pod, seen) {
        const pdbs = pod.w.pdbs;
        if (pdbs.length === 0)
            return undefined;
        if (pdbs.length > 1) {
            if (pdbs.every((p) => seen.has(p)))
                return undefined;
            for (const p of pdbs)
                seen.add(p);
            const names = pdbs.map((p) => `${p.spec.namespace}/${p.spec.name}`).join(' and ');
            return {
                kind: 'multiple-pdbs',
                object: pdbs[0].spec.key,
                why: `pod ${pod.name} is selected by PodDisruptionBudgets ${names}, and the Eviction API refuses a pod under two budgets`,
                refusal: drainRefusal(this.sim, pod, pdbs[0], 500),
            };
        }
        const pdb = pdbs[0];
        if (seen.has(pdb))
            return undefined;
        const status = this.sim.pdbStatus(pdb);
        if (status.disruptionsAllowed > 0 || (!pod.ready && pdb.spec.alwaysAllowUnhealthy))
            return undefined;
        seen.add(pdb);
        return {
            kind: 'pdb',
            object: pdb.spec.key,
            why: `PodDisruptionBudget ${pdb.spec.namespace}/${pdb.spec.name} needs ${status.desiredHealthy} of its ${status.expectedCount} pod(s) healthy and has ${status.currentHealthy}, so it allows 0 disruptions (pod ${pod.name})`,
            refusal: drainRefusal(this.sim, pod, pdb, 429),
        };
    }
}
/** B.1.5: `minAvailable: 100%`, `maxUnavailable: 0` or `0%` allow no disruption ever (Karpenter's isFullyBlocking). */
function fullyBlocking(pdb) {
    const { minAvailable, maxUnavailable } = pdb.spec;
    return minAvailable === '100%' || maxUnavailable === 0 || maxUnavailable === '0%';
}

;// CONCATENATED MODULE: ./src/simulate/disruption-controller.ts
/**
 * Karpenter's disruption loop, for consolidation (semantics A.4 "Consolidation", B.6): every 10 s it looks for one
 * action, Emptiness first (every empty candidate, within the budgets for reason Empty), then single-node consolidation
 * (candidates by disruption cost; the first whose pods fit the other nodes plus at most one cheaper new node, within
 * the budget for reason Underutilized). An action is checked again 15 s later (commandValidationDelay) before it
 * runs. A replacement is launched first and the candidate is drained once it has joined; draining taints the node
 * and evicts every pod through the Eviction API at once, with Karpenter's backoff (PDBs respected), and the instance
 * goes when the node is empty.
 *
 * Stated simplifications: drift, expiry and multi-node consolidation are not run; termination evicts in one tier
 * (critical pods are not kept for last); there is no terminationGracePeriod, so a drain waits as long as it takes.
 */





/** The disruption controller's polling period (A.4). */
const POLL_MS = 10_000;
/** commandValidationDelay (A.4): an action is checked again this long after it was chosen. */
const VALIDATION_MS = 15_000;
const DELETION_COST = 'controller.kubernetes.io/pod-deletion-cost';
class DisruptionController {
    setup;
    actions = [];
    /** Nodes marked for deletion: waiting for their replacement, or draining. */
    marked = new Set();
    /** Names of the nodes launched as replacements. */
    replacements = new Set();
    gate;
    daemons;
    /** The last poll found nothing to do: its answer holds while nothing changes and no timer opens a node. */
    idle;
    constructor(setup) {
        this.setup = setup;
        this.gate = new CandidateGate(setup.sim, this.marked);
        this.daemons = setup.sim.workloads.filter((w) => w.isDaemon).map((w) => w.spec.pod);
    }
    start() {
        this.setup.sim.loop.at(0, () => this.poll());
    }
    poll() {
        const { sim, endMs } = this.setup;
        if (sim.now > endMs)
            return;
        if (this.idle && this.idle.changes === sim.changes && sim.now < this.idle.until)
            return this.pollAgain();
        const { command, until } = this.decide();
        if (command) {
            this.idle = undefined;
            sim.loop.after(VALIDATION_MS, () => {
                const checked = this.validate(command);
                if (checked)
                    this.execute(checked, sim.now - VALIDATION_MS);
                sim.loop.after(POLL_MS, () => this.poll());
            });
            return;
        }
        this.idle = { changes: sim.changes, until: until ?? Number.POSITIVE_INFINITY };
        this.pollAgain();
    }
    /**
     * The next poll. When nothing else is under way, polling could only find something new once a node's timer
     * opens (consolidateAfter, a do-not-disrupt duration): the loop then sleeps until that poll, or stops.
     */
    pollAgain() {
        const { sim, endMs } = this.setup;
        if (sim.loop.pending > 0) {
            sim.loop.after(POLL_MS, () => this.poll());
            return;
        }
        const until = this.idle?.until ?? Number.POSITIVE_INFINITY;
        if (until > endMs)
            return;
        sim.loop.at(sim.now + Math.max(POLL_MS, Math.ceil((until - sim.now) / POLL_MS) * POLL_MS), () => this.poll());
    }
    /** Managed nodes (of a NodePool the manifests define), in the order they joined. */
    managedNodes() {
        return this.setup.sim.liveNodes().filter((n) => this.setup.settings.has(n.group));
    }
    /** B.6 budget arithmetic for the pool now: its initialized nodes, less those NotReady or being disrupted. */
    allowance(pool, reason) {
        const nodes = this.managedNodes().filter((n) => n.group === pool.pool);
        const unavailable = nodes.filter((n) => n.down || this.marked.has(n)).length;
        return { ...allowedDisruptions(pool, reason, nodes.length, unavailable), numNodes: nodes.length };
    }
    decide() {
        const { sim, settings } = this.setup;
        let until;
        const open = [];
        for (const node of this.managedNodes()) {
            const pool = settings.get(node.group);
            const g = this.gate.gate(node, pool);
            if (g.busy || g.blocks.length > 0)
                continue;
            if (g.until !== undefined && g.until > sim.now) {
                until = Math.min(until ?? Number.POSITIVE_INFINITY, g.until);
                continue;
            }
            open.push({ node, pool });
        }
        const empty = this.emptiness(open.filter((c) => isEmpty(c.node)));
        if (empty)
            return { command: empty };
        return { ...(until !== undefined ? { until } : {}), ...this.singleNode(open) };
    }
    /** Emptiness (A.4): every empty candidate, as many per pool as its budget for reason Empty allows. */
    emptiness(candidates) {
        const nodes = [];
        const left = new Map();
        for (const { node, pool } of candidates) {
            if (!left.has(pool))
                left.set(pool, this.allowance(pool, 'Empty').allowed);
            const n = left.get(pool);
            if (n <= 0)
                continue;
            left.set(pool, n - 1);
            nodes.push(node);
        }
        return nodes.length > 0 ? { method: 'empty', nodes } : undefined;
    }
    /** Single-node consolidation (A.4): the cheapest candidate to disrupt whose pods fit elsewhere. */
    singleNode(candidates) {
        const allowed = new Map();
        const eligible = candidates.filter(({ pool }) => {
            if (!pool.underutilized)
                return false;
            if (!allowed.has(pool))
                allowed.set(pool, this.allowance(pool, 'Underutilized').allowed);
            return allowed.get(pool) > 0;
        });
        const ranked = eligible.map((c) => ({ ...c, cost: this.disruptionCost(c.node, c.pool) })).sort((a, b) => a.cost - b.cost || a.node.id - b.node.id);
        for (const { node } of ranked) {
            const fit = this.fit(node, false);
            if (fit.ok)
                return { command: { method: 'underutilized', nodes: [node], ...(fit.replacement ? { replacement: fit.replacement } : {}) } };
        }
        return {};
    }
    /**
     * Whether the node's pods fit elsewhere (with at most one cheaper new node). `everyPod`: also the pods that keep
     * the node today (do-not-disrupt, a budget at 0), to tell whether only they stand in the way.
     */
    fit(node, everyPod) {
        const { sim, karpenter, settings, pools, zones } = this.setup;
        const removed = new Set([node, ...this.marked]);
        // A.4: the candidate's reschedulable pods and those on nodes being deleted, except pods behind a fully blocking PDB.
        const moving = [...removed].flatMap((n) => [...n.pods].filter((p) => reschedulable(p) && (everyPod || !p.w.pdbs.some(fullyBlocking))));
        const pending = sim.pendingPods().filter((p) => !p.daemonNode && !p.nominatedNode && !karpenter?.isPlanned(p));
        return simulateConsolidation(sim, {
            removed,
            candidate: node,
            moving,
            pending,
            // A.4 placement step 1: the candidate's pods do not go to nodes still inside their consolidateAfter.
            receives: (n) => {
                const pool = settings.get(n.group);
                return !pool || pool.consolidateAfterMs === 'Never' || n.podEventAt + pool.consolidateAfterMs <= sim.now;
            },
            pools,
            zones,
            daemons: this.daemons,
        });
    }
    /**
     * B.6 disruption cost: Σ over the pods of clamp(1 + deletion cost / 2^27 + priority / 2^25, −10, 10), times the
     * share of the node's lifetime (expireAfter) still ahead.
     */
    disruptionCost(node, pool) {
        let cost = 0;
        for (const pod of node.pods) {
            if (!reschedulable(pod))
                continue;
            const annotation = (0,workloads/* podTemplateOf */.D0)(pod.w.spec.object)?.metadata.annotations?.[DELETION_COST];
            const deletionCost = Number.isFinite(Number(annotation)) ? Number(annotation) : 0;
            cost += Math.min(10, Math.max(-10, 1 + deletionCost / 2 ** 27 + pod.w.spec.pod.priority / 2 ** 25));
        }
        if (pool.expireAfterMs === undefined)
            return cost;
        const age = this.setup.sim.now - node.joinedAt;
        return cost * Math.min(1, Math.max(0, (pool.expireAfterMs - age) / pool.expireAfterMs));
    }
    /** commandValidationDelay: the nodes must still be candidates and the action still valid (A.4). */
    validate(command) {
        const { settings, sim } = this.setup;
        for (const node of command.nodes) {
            const g = this.gate.gate(node, settings.get(node.group));
            if (g.busy || g.blocks.length > 0 || (g.until !== undefined && g.until > sim.now))
                return undefined;
        }
        if (command.method === 'empty') {
            const still = command.nodes.filter((n) => isEmpty(n));
            return still.length > 0 ? { ...command, nodes: still } : undefined;
        }
        const pool = settings.get(command.nodes[0].group);
        if (this.allowance(pool, 'Underutilized').allowed <= 0)
            return undefined;
        const fit = this.fit(command.nodes[0], false);
        if (!fit.ok)
            return undefined;
        return { method: command.method, nodes: command.nodes, ...(fit.replacement ? { replacement: fit.replacement } : {}) };
    }
    execute(command, decidedAt) {
        const { karpenter, sim } = this.setup;
        // The candidates are tainted (karpenter.sh/disrupted:NoSchedule) as soon as the command runs, so nothing new
        // lands on them while a replacement launches.
        for (const node of command.nodes) {
            this.marked.add(node);
            sim.cordon(node);
        }
        const action = {
            atSeconds: Math.round(decidedAt / 1000),
            method: command.method,
            nodes: command.nodes.map((n) => ({ node: n.name, instanceType: n.instanceType })),
        };
        this.actions.push(action);
        const terminate = () => {
            let left = command.nodes.length;
            for (const node of command.nodes)
                this.terminate(node, () => {
                    if (--left === 0)
                        action.doneSeconds = Math.round(this.setup.sim.now / 1000);
                });
        };
        const r = command.replacement;
        if (r && karpenter) {
            // The replacement joins before the candidate is drained, so its pods have somewhere to go (A.4).
            const name = karpenter.launchNode(r.pool, r.zone, r.type, terminate);
            this.replacements.add(name);
            action.replacement = { node: name, instanceType: r.type.name };
        }
        else {
            terminate();
        }
    }
    /** Karpenter's termination (B.6): taint, evict through the Eviction API with backoff, then the instance goes. */
    terminate(node, gone) {
        const { sim, drains } = this.setup;
        drains.drain(node, {
            caller: 'karpenter',
            timeoutMs: 0,
            onDone: () => {
                sim.deleteNode(node);
                this.marked.delete(node);
                gone();
            },
        });
    }
    /**
     * At the end of a run: the nodes consolidation would remove or replace but for something that will not pass by
     * waiting, with every such thing named. Nodes that are needed (their pods fit nowhere else) are not listed.
     */
    blockedNodes() {
        const { settings } = this.setup;
        const out = [];
        for (const node of [...this.managedNodes()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
            const pool = settings.get(node.group);
            const g = this.gate.gate(node, pool);
            if (g.busy)
                continue;
            const empty = isEmpty(node);
            const reasons = [...g.blocks, ...this.gate.activeDurations(node)];
            const object = (0,simulate_workloads/* workloadKey */.f6)('NodePool', '', pool.pool);
            if (!empty && !pool.underutilized) {
                reasons.push({ kind: 'when-empty', object, why: `NodePool ${pool.pool} sets consolidationPolicy: WhenEmpty, which removes only nodes without pods` });
            }
            const allowance = this.allowance(pool, empty ? 'Empty' : 'Underutilized');
            if (allowance.allowed === 0 && allowance.limitedBy && budgetNodes(allowance.limitedBy, allowance.numNodes) === 0) {
                const b = allowance.limitedBy;
                const scheduled = b.scheduled ? ' (its schedule is treated as always active)' : '';
                reasons.push({
                    kind: 'budget',
                    object,
                    budget: b.index,
                    why: `NodePool ${pool.pool}'s disruption budget nodes: "${b.nodes}" allows 0 of its ${allowance.numNodes} node(s) to be disrupted${scheduled}`,
                });
            }
            // A node also inside consolidateAfter is reported all the same: that wait passes, the reasons do not.
            if (reasons.length === 0)
                continue;
            const fit = empty ? { ok: true } : this.fit(node, true);
            if (!fit.ok)
                continue;
            const could = 'replacement' in fit && fit.replacement ? `replace with ${fit.replacement.type.name}` : 'delete';
            out.push({ node: node.name, pool: pool.pool, instanceType: node.instanceType, could, reasons });
        }
        return out;
    }
    /** Managed nodes still inside consolidateAfter at the end, per pool: the run was too short to see them go. */
    waiting() {
        const out = new Map();
        for (const node of this.managedNodes()) {
            const pool = this.setup.settings.get(node.group);
            const g = this.gate.gate(node, pool);
            if (!g.busy && g.blocks.length === 0 && g.until !== undefined && g.until > this.setup.sim.now)
                out.set(pool.pool, (out.get(pool.pool) ?? 0) + 1);
        }
        return out;
    }
}

;// CONCATENATED MODULE: ./src/simulate/drain-log.ts
/**
 * The drains a scenario reports: those that met a refusal or did not end in `drained`, plus those still running
 * when the simulation ended. A drain without timeout (kubectl's default, `--timeout=0`) that a PDB blocks for good
 * never finishes, so it never reaches its onDone callback; without this log it would vanish from the report.
 */

function toDrainReport(o) {
    return {
        node: o.node,
        status: o.status,
        startSeconds: Math.round(o.startedMs / 1000),
        durationSeconds: Math.round((o.endedMs - o.startedMs) / 1000),
        rejections: o.rejections,
        blockingPdbs: o.blockingPdbs,
        remainingPods: o.remainingPods,
        messages: o.messages,
        refusals: o.refusals,
    };
}
function worthReporting(o) {
    return o.rejections > 0 || o.status !== 'drained';
}
class DrainLog {
    sim;
    finished = [];
    started = [];
    constructor(sim) {
        this.sim = sim;
    }
    /** Starts a drain; `onDone` (optional) runs after the outcome is logged, as the scenario's next step. */
    drain(node, options) {
        const handle = drainNode(this.sim, node, {
            ...options,
            onDone: (outcome) => {
                if (worthReporting(outcome))
                    this.finished.push(outcome);
                options.onDone?.(outcome);
            },
        });
        this.started.push(handle);
    }
    /** Reports in the order the drains ended; those still running at `endMs` come last, status `unfinished`. */
    reports(endMs) {
        const running = this.started.flatMap((h) => {
            const o = h.unfinished();
            return o ? [{ ...o, endedMs: Math.max(o.startedMs, endMs) }] : [];
        });
        return [...this.finished, ...running].map(toDrainReport);
    }
}

;// CONCATENATED MODULE: ./src/simulate/recording.ts

const CHART_POINTS = 40;
/** Desired replicas, PDB floors, ready and pending pods at the start of the scenario, and the node sizes on offer. */
function captureStart(sim, pools = []) {
    const desired = new Map();
    const floor = new Map();
    const ready = new Map();
    const pending = new Map();
    for (const w of sim.workloads) {
        desired.set(w, w.isDaemon ? w.pods.size : w.desired);
        ready.set(w, w.ready);
        if (w.pendingNow > 0)
            pending.set(w, w.pendingNow);
        if (w.pdbs.length === 1 && w.pdbs[0].workloads.length === 1)
            floor.set(w, sim.pdbStatus(w.pdbs[0]).desiredHealthy);
    }
    return { desired, floor, ready, pending, offers: offersOf(sim, pools) };
}
function offersOf(sim, pools) {
    const poolNames = new Set(pools.map((p) => p.name));
    const offers = [];
    // Nodes Karpenter launched at start are its pools' sizes, which the pools' own offers cover.
    for (const n of sim.liveNodes()) {
        if (poolNames.has(n.group))
            continue;
        offers.push({ where: 'the largest node in the cluster', instanceType: n.instanceType, cpuMillis: n.allocatable.cpuMillis, memoryBytes: n.allocatable.memoryBytes });
    }
    for (const pool of pools) {
        for (const t of pool.admitted) {
            offers.push({
                where: `the largest instance type NodePool ${pool.name} may launch`,
                instanceType: t.name,
                cpuMillis: t.allocatable.cpuMillis,
                memoryBytes: t.allocatable.memoryBytes,
            });
        }
    }
    return offers;
}
/**
 * Why a pod fits no node at all, in the numbers a user can act on: its requests against the largest node of the
 * cluster and the largest instance type of each NodePool. Undefined when some node or type is large enough (then
 * the scheduler's own reason says what stands in the way).
 */
function noFit(cpuMillis, memoryBytes, offers) {
    if (offers.some((o) => o.cpuMillis >= cpuMillis && o.memoryBytes >= memoryBytes))
        return undefined;
    const maxCpu = Math.max(0, ...offers.map((o) => o.cpuMillis));
    const maxMemory = Math.max(0, ...offers.map((o) => o.memoryBytes));
    // Name the dimension(s) no offer has enough of; when each is on offer but never both on one node, both.
    const cpuShort = cpuMillis > maxCpu;
    const memoryShort = memoryBytes > maxMemory;
    const both = cpuShort === memoryShort;
    const needs = [cpuShort || both ? `${(0,units/* formatCpu */.aY)(cpuMillis)} cpu` : '', memoryShort || both ? `${(0,units/* formatMemory */.z9)(memoryBytes)} memory` : ''].filter(Boolean).join(' and ');
    if (offers.length === 0)
        return `needs ${needs} per pod; the cluster has no node and no NodePool to launch one`;
    const bySource = new Map();
    for (const o of offers) {
        const best = bySource.get(o.where);
        const size = (x) => (cpuShort || both ? x.cpuMillis : 0) * 2 ** 40 + (memoryShort || both ? x.memoryBytes : 0);
        if (!best || size(o) > size(best))
            bySource.set(o.where, o);
    }
    const has = (o) => both
        ? `${(0,units/* formatCpu */.aY)(o.cpuMillis)} cpu and ${(0,units/* formatMemory */.z9)(o.memoryBytes)} memory`
        : cpuShort
            ? (0,units/* formatCpu */.aY)(o.cpuMillis)
            : (0,units/* formatMemory */.z9)(o.memoryBytes);
    const sides = [...bySource.values()].map((o) => `${o.where}, ${o.instanceType}, has ${has(o)} allocatable`);
    return `needs ${needs} per pod; ${sides.join('; ')}`;
}
function workloadOutcomes(sim, start, endMs) {
    return sim.workloads.map((w) => {
        const desired = start.desired.get(w) ?? 0;
        const floor = start.floor.get(w);
        // The ready count at the start opens the series: a workload that never became Ready has no change to record,
        // and must still read as at zero from the start, not as never having dropped.
        const s = fromStart(w.series, start.ready.get(w) ?? w.ready);
        let minReady = s[1];
        let belowFloor = 0;
        let zero = 0;
        for (let i = 0; i < s.length; i += 2) {
            const t = s[i];
            const ready = s[i + 1];
            const next = i + 2 < s.length ? s[i + 2] : endMs;
            const span = Math.max(0, Math.min(next, endMs) - t);
            minReady = Math.min(minReady, ready);
            if (floor !== undefined && ready < floor)
                belowFloor += span;
            if (ready === 0 && desired > 0)
                zero += span;
        }
        if (w.pendingNow > 0) {
            for (const p of w.pods)
                if (p.pendingSince !== undefined)
                    w.pendingPodMs += endMs - p.pendingSince;
        }
        const reasons = [...w.reasons.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([r]) => r);
        const pendingAtStart = start.pending.get(w) ?? 0;
        const tooLarge = w.maxPending > 0 && !w.isDaemon ? noFit(w.spec.pod.cpuMillis, w.spec.pod.memoryBytes, start.offers) : undefined;
        const outcome = {
            workload: w.spec.key,
            kind: w.spec.kind,
            namespace: w.spec.namespace,
            name: w.spec.name,
            file: w.spec.object.file,
            desired,
            minReady,
            ...(floor !== undefined ? { pdbFloor: floor } : {}),
            belowFloorSeconds: round(belowFloor / 1000),
            zeroSeconds: round(zero / 1000),
            maxPending: w.maxPending,
            pendingPodSeconds: round(w.pendingPodMs / 1000),
            unschedulableReasons: reasons.slice(0, 3),
            ...(pendingAtStart > 0 ? { pendingAtStart } : {}),
            ...(tooLarge !== undefined ? { noFit: tooLarge } : {}),
            ...(w.preempted > 0 ? { preempted: w.preempted } : {}),
        };
        if (minReady < desired)
            outcome.series = downsample(s, endMs);
        return outcome;
    });
}
/**
 * The series behind [0, ready at start]. A point at time 0 already in the series holds the latest count at time 0
 * (a change at the same time overwrites it), so it either equals the start or is the scenario's own first change.
 */
function fromStart(series, readyAtStart) {
    return [0, readyAtStart, ...series];
}
function round(n) {
    return Math.round(n * 10) / 10;
}
/** Minimum ready count per time bucket: dips survive downsampling. */
function downsample(flat, endMs, points = CHART_POINTS) {
    if (flat.length === 0)
        return [];
    const bucket = Math.max(1, Math.ceil(endMs / points));
    const out = [];
    let i = 0;
    let last = flat[1];
    for (let b = 0; b <= points && b * bucket <= endMs; b++) {
        const from = b * bucket;
        const to = from + bucket;
        let min = last;
        while (i < flat.length && flat[i] < to) {
            if (flat[i] >= from || i === 0)
                min = Math.min(min, flat[i + 1]);
            last = flat[i + 1];
            min = Math.min(min, last);
            i += 2;
        }
        out.push([Math.round(from / 1000), min]);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/simulate/scenarios/params.ts
/** Scenario parameters as given on the command line (`zone-outage:zone=us-east-1a,duration=30m`). */


class ParamReader {
    scenario;
    raw;
    used = {};
    constructor(scenario, raw, known) {
        this.scenario = scenario;
        this.raw = raw;
        for (const key of Object.keys(raw)) {
            if (!known.includes(key))
                this.fail(`unknown parameter "${key}" (known: ${known.join(', ')})`);
        }
    }
    fail(detail) {
        throw new simulate_errors/* SimulationInputError */.K('--scenario', 1, `${this.scenario}: ${detail}`);
    }
    seconds(key, fallback) {
        const text = this.raw[key];
        const value = text === undefined ? fallback : (0,units/* durationSeconds */.o8)(text);
        if (value === undefined)
            this.fail(`${key}=${text} is not a duration (use 300, 300s, 5m, 1h)`);
        this.used[key] = value;
        return value;
    }
    number(key, fallback, min, max) {
        const text = this.raw[key];
        const value = text === undefined ? fallback : Number(text);
        if (!Number.isFinite(value) || value < min || value > max)
            this.fail(`${key}=${text} must be a number from ${min} to ${max}`);
        this.used[key] = value;
        return value;
    }
    choice(key, fallback, options) {
        const value = (this.raw[key] ?? fallback);
        if (!options.includes(value))
            this.fail(`${key}=${value} must be one of ${options.join(', ')}`);
        this.used[key] = value;
        return value;
    }
    text(key) {
        const value = this.raw[key];
        if (value !== undefined)
            this.used[key] = value;
        return value;
    }
}

;// CONCATENATED MODULE: ./src/simulate/engine.ts
/**
 * The discrete-event loop: events run in virtual time (milliseconds), ordered by time and then by the order they
 * were scheduled, so two runs over the same inputs take exactly the same path.
 *
 * Most events are scheduled no earlier than the one scheduled before them (the initial placement's readiness
 * timers, a drain's polls), so they wait in a FIFO lane in O(1), and only out-of-order events go to a binary heap.
 * Both lanes are sorted by (time, sequence), and the loop always runs the smaller of the two heads, so the order is
 * exactly that of a single priority queue.
 */
class EventLoop {
    now = 0;
    /** Events executed so far (the bench reports events per second). */
    executed = 0;
    /** Time of the last event that ran. */
    lastEventAt = 0;
    seq = 0;
    heap = [];
    /** Events in (time, sequence) order from `fifoHead` on; each was scheduled no earlier than the one before it. */
    fifo = [];
    fifoHead = 0;
    /** Runs `run` at `at` (never before now). */
    at(at, run) {
        const event = { at: Math.max(at, this.now), seq: this.seq++, run };
        const fifo = this.fifo;
        // A later sequence number breaks a tie in time, so an event at the FIFO tail's time or later belongs behind it.
        if (this.fifoHead === fifo.length || event.at >= fifo[fifo.length - 1].at)
            fifo.push(event);
        else
            this.push(event);
    }
    after(delayMs, run) {
        this.at(this.now + delayMs, run);
    }
    get pending() {
        return this.heap.length + this.fifo.length - this.fifoHead;
    }
    /** Runs events until the queue is empty or the next one lies after `until`; the clock ends at `until`. */
    runUntil(until) {
        for (;;) {
            const event = this.next();
            if (event === undefined || event.at > until)
                break;
            this.take(event);
            this.now = event.at;
            this.lastEventAt = event.at;
            this.executed++;
            event.run();
        }
        this.now = Math.max(this.now, until);
    }
    /** The earliest queued event (the smaller of the two lane heads), left in place. */
    next() {
        const fromFifo = this.fifoHead < this.fifo.length ? this.fifo[this.fifoHead] : undefined;
        const fromHeap = this.heap.length > 0 ? this.heap[0] : undefined;
        if (fromFifo === undefined)
            return fromHeap;
        if (fromHeap === undefined)
            return fromFifo;
        return this.before(fromHeap, fromFifo) ? fromHeap : fromFifo;
    }
    /** Removes `event`, which next() just returned, from its lane. */
    take(event) {
        if (this.fifoHead < this.fifo.length && this.fifo[this.fifoHead] === event) {
            this.fifo[this.fifoHead++] = undefined;
            if (this.fifoHead === this.fifo.length) {
                this.fifo.length = 0;
                this.fifoHead = 0;
            }
            else if (this.fifoHead >= 1024 && this.fifoHead * 2 >= this.fifo.length) {
                // Drop the consumed front so the lane's memory stays proportional to what is queued.
                this.fifo = this.fifo.slice(this.fifoHead);
                this.fifoHead = 0;
            }
            return;
        }
        this.pop();
    }
    before(a, b) {
        return a.at < b.at || (a.at === b.at && a.seq < b.seq);
    }
    // Both sifts move a hole instead of swapping pairs: a destructuring swap allocates an array per step, and the
    // queue holds one event per pod while the initial placement's readiness timers are pending (80,000 at 4,000 nodes).
    push(event) {
        const heap = this.heap;
        let i = heap.length;
        heap.push(event);
        while (i > 0) {
            const parent = (i - 1) >> 1;
            const p = heap[parent];
            if (!this.before(event, p))
                break;
            heap[i] = p;
            i = parent;
        }
        heap[i] = event;
    }
    pop() {
        const heap = this.heap;
        const top = heap[0];
        const last = heap.pop();
        const n = heap.length;
        if (n > 0) {
            let i = 0;
            for (;;) {
                const l = 2 * i + 1;
                if (l >= n)
                    break;
                const r = l + 1;
                let m = l;
                if (r < n && this.before(heap[r], heap[l]))
                    m = r;
                if (!this.before(heap[m], last))
                    break;
                heap[i] = heap[m];
                i = m;
            }
            heap[i] = last;
        }
        return top;
    }
}

;// CONCATENATED MODULE: ./src/simulate/pdb.ts
/**
 * PodDisruptionBudget status arithmetic, as the disruption controller computes it (semantics B.1.3–B.1.5):
 * percentages always round up; expectedCount is the controllers' desired scale for maxUnavailable and percentage
 * minAvailable, and the number of matched pods for integer minAvailable.
 */

function pdbStatus(spec, inputs) {
    const { currentHealthy } = inputs;
    const needsScale = spec.maxUnavailable !== undefined || typeof spec.minAvailable === 'string';
    if (needsScale && inputs.scaleUnresolvable) {
        return { expectedCount: 0, desiredHealthy: 0, currentHealthy, disruptionsAllowed: 0, syncFailed: true };
    }
    let expectedCount;
    let desiredHealthy;
    if (spec.maxUnavailable !== undefined) {
        expectedCount = inputs.expectedScale;
        const unavailable = (0,workloads/* scaledValue */.GA)(spec.maxUnavailable, expectedCount, true) ?? 0;
        desiredHealthy = Math.max(0, expectedCount - unavailable);
    }
    else if (typeof spec.minAvailable === 'string') {
        expectedCount = inputs.expectedScale;
        desiredHealthy = (0,workloads/* scaledValue */.GA)(spec.minAvailable, expectedCount, true) ?? 0;
    }
    else if (typeof spec.minAvailable === 'number') {
        expectedCount = inputs.matchedPods;
        desiredHealthy = spec.minAvailable;
    }
    else {
        // Neither field: getExpectedPodCount sets nothing, and expectedCount 0 forces disruptionsAllowed to 0.
        expectedCount = 0;
        desiredHealthy = 0;
    }
    let allowed = currentHealthy - desiredHealthy;
    if (expectedCount <= 0 || allowed < 0)
        allowed = 0;
    return { expectedCount, desiredHealthy, currentHealthy, disruptionsAllowed: allowed, syncFailed: false };
}

;// CONCATENATED MODULE: ./src/simulate/preemption.ts
/**
 * kube-scheduler's DefaultPreemption PostFilter, simplified and stated (docs/simulate.md "Preemption"): when a pod
 * fits no node, find the node where deleting lower-priority pods makes it fit, and the fewest, least important such
 * pods there. Source: kubernetes.io "Pod Priority and Preemption" and the DefaultPreemption plugin
 * (SelectVictimsOnNode, pickOneNodeForPreemption).
 *
 * Each candidate node is tried by taking the would-be victims off it for real (free resources, topology counters) and
 * asking the scheduler's own filters (nodeRejection), then putting them back: the plan changes nothing.
 */

/** DefaultPreemption's dry run covers max(100, 10 % of the nodes) candidates (minCandidateNodesPercentage/Absolute). */
function candidatesToFind(nodes) {
    return Math.min(nodes, Math.max(100, Math.floor(nodes / 10)));
}
/**
 * Whether `pod` may preempt at all: its PriorityClass does not say `preemptionPolicy: Never`, and some running pod
 * has a strictly lower priority (equal priority never preempts). DaemonSet pods are left out (see docs).
 */
function mayPreempt(sim, pod) {
    const shape = pod.w.spec.pod;
    return !pod.w.isDaemon && shape.preemptsLowerPriority && shape.priority > sim.lowestPreemptiblePriority;
}
/** The node and victims that let `pod` schedule, or undefined when no node can make room by preemption. */
function planPreemption(sim, pod) {
    const priority = pod.w.spec.pod.priority;
    const nodes = sim.liveNodes();
    const want = candidatesToFind(nodes.length);
    let best;
    let candidates = 0;
    let withoutViolation = 0;
    for (const node of nodes) {
        // Cordoned and lost nodes reject the pod whatever runs there (UnschedulableAndUnresolvable upstream).
        if (node.cordoned || node.down)
            continue;
        const lower = [];
        const leaving = [];
        for (const p of node.pods) {
            if (p.w.isDaemon || p.w.spec.pod.priority >= priority)
                continue;
            (p.terminating ? leaving : lower).push(p);
        }
        if (lower.length === 0 || !roomAfterRemoving(pod, node, [...lower, ...leaving]))
            continue;
        const plan = victimsOn(sim, pod, node, lower, leaving);
        if (!plan)
            continue;
        candidates++;
        if (plan.pdbViolations === 0)
            withoutViolation++;
        if (!best || betterPlan(plan, best))
            best = plan;
        // Upstream stops its dry run once it has enough candidates and at least one that violates no PDB.
        if (withoutViolation > 0 && candidates >= want)
            break;
    }
    return best;
}
/** Cheap resource check before the dry run: even with every lower-priority pod gone, would the requests fit? */
function roomAfterRemoving(pod, node, lower) {
    let cpu = node.freeCpu;
    let memory = node.freeMemory;
    let count = node.freePods;
    for (const p of lower) {
        cpu += p.w.spec.pod.cpuMillis;
        memory += p.w.spec.pod.memoryBytes;
        count++;
    }
    const shape = pod.w.spec.pod;
    return cpu >= shape.cpuMillis && memory >= shape.memoryBytes && count >= 1;
}
/**
 * SelectVictimsOnNode: take every lower-priority pod off; if the pod then fits, put them back one by one, most
 * important first, those whose deletion would violate a PDB before the others, keeping each one that still leaves
 * room. What cannot go back are the victims.
 *
 * Lower-priority pods already terminating (`leaving`, e.g. an earlier preemption's victims) stay off and are not
 * victims again: their room is on its way. Upstream lists them among the potential victims too, which can make a
 * second preemptor on the node delete more pods than it needs.
 */
function victimsOn(sim, pod, node, lower, leaving) {
    lower.sort(moreImportantFirst);
    for (const p of leaving)
        takeOff(p, node);
    for (const p of lower)
        takeOff(p, node);
    sim.table.sync(node);
    if (nodeRejection(sim, pod, node) !== undefined) {
        for (const p of leaving)
            putBack(p, node);
        for (const p of lower)
            putBack(p, node);
        sim.table.sync(node);
        return undefined;
    }
    const violating = pdbViolators(sim, lower);
    const victims = [];
    let pdbViolations = 0;
    const reprieve = (p) => {
        putBack(p, node);
        sim.table.sync(node);
        if (nodeRejection(sim, pod, node) === undefined)
            return;
        takeOff(p, node);
        sim.table.sync(node);
        victims.push(p);
        if (violating.has(p))
            pdbViolations++;
    };
    for (const p of lower)
        if (violating.has(p))
            reprieve(p);
    for (const p of lower)
        if (!violating.has(p))
            reprieve(p);
    for (const p of leaving)
        putBack(p, node);
    for (const p of victims)
        putBack(p, node);
    sim.table.sync(node);
    if (victims.length === 0)
        return undefined;
    victims.sort(moreImportantFirst);
    return { node, victims, pdbViolations };
}
/** Higher priority first, then the older pod (MoreImportantPod; pod ids grow with creation time). */
function moreImportantFirst(a, b) {
    return b.w.spec.pod.priority - a.w.spec.pod.priority || a.id - b.id;
}
/**
 * filterPodsWithPDBViolation: walking the pods most important first, each one uses up one disruption of every PDB
 * that selects it; a pod that takes a PDB below zero would violate it.
 */
function pdbViolators(sim, pods) {
    const allowed = new Map();
    const violating = new Set();
    for (const p of pods) {
        for (const pdb of p.w.pdbs) {
            const left = (allowed.get(pdb) ?? sim.pdbStatus(pdb).disruptionsAllowed) - 1;
            allowed.set(pdb, left);
            if (left < 0)
                violating.add(p);
        }
    }
    return violating;
}
/**
 * pickOneNodeForPreemption, in its order: fewest PDB violations, lowest highest-victim priority, smallest sum of
 * priorities (each shifted by 2^31 as upstream does, so fewer victims weigh in), fewest victims, and the latest
 * start among the highest-priority victims. A full tie keeps the earlier node in scan order.
 */
function betterPlan(a, b) {
    if (a.pdbViolations !== b.pdbViolations)
        return a.pdbViolations < b.pdbViolations;
    const topA = a.victims[0].w.spec.pod.priority;
    const topB = b.victims[0].w.spec.pod.priority;
    if (topA !== topB)
        return topA < topB;
    const sumA = shiftedPrioritySum(a.victims);
    const sumB = shiftedPrioritySum(b.victims);
    if (sumA !== sumB)
        return sumA < sumB;
    if (a.victims.length !== b.victims.length)
        return a.victims.length < b.victims.length;
    return earliestTopVictim(a) > earliestTopVictim(b);
}
function shiftedPrioritySum(victims) {
    let sum = 0;
    for (const p of victims)
        sum += p.w.spec.pod.priority + 2 ** 31;
    return sum;
}
/** The oldest (lowest id) pod among the victims that share the highest priority. */
function earliestTopVictim(plan) {
    const top = plan.victims[0].w.spec.pod.priority;
    let earliest = Number.POSITIVE_INFINITY;
    for (const p of plan.victims)
        if (p.w.spec.pod.priority === top)
            earliest = Math.min(earliest, p.id);
    return earliest;
}
/** The dry run's removal: the pod's requests and topology counts leave the node (synced by the caller). */
function takeOff(pod, node) {
    adjust(pod, node, 1);
}
function putBack(pod, node) {
    adjust(pod, node, -1);
}
function adjust(pod, node, sign) {
    const shape = pod.w.spec.pod;
    node.freeCpu += sign * shape.cpuMillis;
    node.freeMemory += sign * shape.memoryBytes;
    node.freePods += sign;
    if (pod.counted)
        for (const c of pod.w.counters)
            c.add(node.domains[c.keyIndex], -sign);
}

;// CONCATENATED MODULE: ./src/simulate/state.ts
/**
 * Per node id: 0 unknown, 1 fits the node's labels and taints, 2 node affinity/selector, 3 taint. It depends only on
 * the pod's node selector, required node affinity and tolerations, so workloads that agree on those share one
 * instance: each node is then evaluated once per placement shape, not once per workload.
 */
class StaticFit {
    byNode = new Int8Array(64);
    /** Highest node id whose fit is reflected in `misfits` (node ids grow in the scheduler's slot order). */
    checkedId = -1;
    /** Nodes this shape does not fit (labels or taints); deleted ones are dropped when next checked. */
    misfits = [];
}
class SimWorkload {
    index;
    spec;
    desired;
    pods = new Set();
    /** Pods that are not terminating (what the ReplicaSet controller counts). */
    active = 0;
    ready = 0;
    pdbs = [];
    /** Counters whose selector matches this workload's pods: updated on bind and termination. */
    counters = [];
    hardSpread = [];
    /**
     * Per hard spread constraint, the domains of the nodes eligible for it (B.4 calPreFilterState). Eligibility
     * depends only on node labels and taints, so the lists hold until a node joins or leaves (NodeTable.membership).
     */
    spreadDomains;
    softSpread = [];
    antiAffinity = [];
    affinity = [];
    /** Anti-affinity terms of other workloads that select this workload's pods: counters of the owners' pods. */
    antiAffinityOfOthers = [];
    /** Fit on each node's labels and taints; shared with workloads that place their pods the same way. */
    staticFit = new StaticFit();
    /** Flat [timeMs, ready, …] whenever ready changes. */
    series = [];
    nextOrdinal = 0;
    pendingPodMs = 0;
    maxPending = 0;
    pendingNow = 0;
    reasons = new Map();
    /** Pods of this workload deleted by kube-scheduler preemption since the scenario started. */
    preempted = 0;
    constructor(index, spec) {
        this.index = index;
        this.spec = spec;
        this.desired = spec.replicas ?? 0;
    }
    get isDaemon() {
        return this.spec.kind === 'DaemonSet';
    }
}
class SimPdb {
    spec;
    workloads = [];
    constructor(spec) {
        this.spec = spec;
    }
}

;// CONCATENATED MODULE: ./src/simulate/topology.ts
/**
 * Incremental pod counts per topology domain, shared by the topology-spread and inter-pod (anti-)affinity filters.
 * Each distinct topology key gets an index and each of its values an integer id, so a node's domain is an array
 * lookup and a count is an array read: scheduling stays O(nodes scanned), never O(pods).
 */

class TopologyKeys {
    keys = [];
    index = new Map();
    /** Per key: value → domain id, and the reverse. */
    valueIds = [];
    values = [];
    keyIndex(key) {
        let i = this.index.get(key);
        if (i === undefined) {
            i = this.keys.length;
            this.keys.push(key);
            this.index.set(key, i);
            this.valueIds.push(new Map());
            this.values.push([]);
        }
        return i;
    }
    /** Domain ids of a node's labels for every registered key (-1: the node lacks the key). */
    domainsOf(labels) {
        const out = new Int32Array(this.keys.length);
        for (let k = 0; k < this.keys.length; k++) {
            const value = labels[this.keys[k]];
            if (value === undefined) {
                out[k] = -1;
                continue;
            }
            let id = this.valueIds[k].get(value);
            if (id === undefined) {
                id = this.values[k].length;
                this.values[k].push(value);
                this.valueIds[k].set(value, id);
            }
            out[k] = id;
        }
        return out;
    }
}
/** Counts of the pods matching `selector` in `namespace` (bound, not terminating: B.4) per domain of one key. */
class DomainCounter {
    id;
    keyIndex;
    namespace;
    selector;
    counts = [];
    /** Σ counts: whether any matching pod exists, without scanning every domain. */
    total = 0;
    constructor(id, keyIndex, namespace, selector) {
        this.id = id;
        this.keyIndex = keyIndex;
        this.namespace = namespace;
        this.selector = selector;
    }
    /** B.4: an empty selector counts nothing; a null one matches nothing. */
    matches(namespace, labels) {
        if (namespace !== this.namespace || !this.selector)
            return false;
        const s = this.selector;
        if (Object.keys(s.matchLabels ?? {}).length === 0 && (s.matchExpressions ?? []).length === 0)
            return false;
        return (0,workloads/* selectorMatches */.de)(s, labels);
    }
    get(domain) {
        return domain < 0 ? 0 : (this.counts[domain] ?? 0);
    }
    add(domain, delta) {
        if (domain < 0)
            return;
        while (this.counts.length <= domain)
            this.counts.push(0);
        this.counts[domain] += delta;
        this.total += delta;
    }
}
class CounterRegistry {
    topology;
    counters = [];
    byKey = new Map();
    constructor(topology) {
        this.topology = topology;
    }
    counter(namespace, topologyKey, selector) {
        const id = `${namespace}\u0000${topologyKey}\u0000${JSON.stringify(selector ?? null)}`;
        let c = this.byKey.get(id);
        if (!c) {
            c = new DomainCounter(this.counters.length, this.topology.keyIndex(topologyKey), namespace, selector);
            this.counters.push(c);
            this.byKey.set(id, c);
        }
        return c;
    }
}

;// CONCATENATED MODULE: ./src/simulate/workload-index.ts
class WorkloadIndex {
    byNamespace = new Map();
    byLabel = new Map();
    constructor(workloads) {
        for (const w of workloads) {
            append(this.byNamespace, w.spec.namespace, w);
            for (const [k, v] of Object.entries(w.spec.pod.labels))
                append(this.byLabel, labelKey(w.spec.namespace, k, v), w);
        }
    }
    /** Candidates in workload order (so results built from them keep the manifests' order). */
    candidates(namespace, selector) {
        const matchLabels = selector?.matchLabels;
        const first = matchLabels && typeof matchLabels === 'object' ? Object.entries(matchLabels)[0] : undefined;
        if (!first)
            return this.byNamespace.get(namespace) ?? [];
        return this.byLabel.get(labelKey(namespace, first[0], String(first[1]))) ?? [];
    }
}
function labelKey(namespace, key, value) {
    return `${namespace}\u0000${key}\u0000${value}`;
}
function append(map, key, w) {
    const list = map.get(key);
    if (list)
        list.push(w);
    else
        map.set(key, [w]);
}

;// CONCATENATED MODULE: ./src/simulate/simulation.ts












/** Node lifecycle (B.8): NodeMonitorGracePeriod 40 s, then the default unreachable toleration of 300 s. */
const NODE_MONITOR_GRACE_MS = 40_000;
const DEFAULT_UNREACHABLE_TOLERATION_MS = 300_000;
class Simulation {
    loop = new EventLoop();
    topology = new TopologyKeys();
    registry = new CounterRegistry(this.topology);
    /** Live nodes in creation order (the scheduler's scan order); deleted nodes are dropped lazily. */
    nodes = [];
    /** The scheduler's packed copy of the nodes; every change of a node's free resources or flags is mirrored here. */
    table;
    nodeByName = new Map();
    workloads;
    workloadByKey = new Map();
    /** The DaemonSets, which every joining node is checked against (the other workloads need no look per node). */
    daemons;
    pdbs;
    provisioner;
    /**
     * KubeSchedulerConfiguration `percentageOfNodesToScore`. The simulator runs with 5 (the floor of kube-scheduler's
     * adaptive default, and a valid setting) so that large clusters stay fast; below 100 nodes every node is scored
     * either way. undefined = the adaptive default.
     */
    percentageOfNodesToScore = 5;
    /** kube-scheduler's rotating start index (nextStartNodeIndex). */
    nextStartNode = 0;
    /** A node was deleted and kube-scheduler's start index has not been clamped to the live count yet. */
    deletionsUnsettled = false;
    /** `nodes` still holds deleted nodes. */
    nodesStale = false;
    nodeSeq = 0;
    podSeq = 0;
    pending = new Set();
    passRequested = false;
    /**
     * The lowest priority among the workloads whose pods preemption may delete (not DaemonSets): a pod at or below it
     * has nothing to preempt, which spares clusters without priorities the search.
     */
    lowestPreemptiblePriority;
    /**
     * Bumped on every change a consolidation decision depends on (a pod bound, leaving or changing readiness, a node
     * joining, leaving or being cordoned): a decision taken at one value holds while it stays the same.
     */
    changes = 0;
    /** Called whenever a workload's ready count changes (scenarios watch availability through this). */
    onReadyChange;
    constructor(model) {
        this.workloads = model.workloads.map((spec, i) => new SimWorkload(i, spec));
        for (const w of this.workloads)
            this.workloadByKey.set(w.spec.key, w);
        this.daemons = this.workloads.filter((w) => w.isDaemon);
        this.lowestPreemptiblePriority = Math.min(...this.workloads.filter((w) => !w.isDaemon).map((w) => w.spec.pod.priority));
        this.shareStaticFits();
        const index = new WorkloadIndex(this.workloads);
        this.pdbs = model.pdbs.map((spec) => {
            const pdb = new SimPdb(spec);
            pdb.workloads = index.candidates(spec.namespace, spec.selector).filter((w) => (0,simulate_workloads/* pdbSelects */.O3)(spec, w.spec));
            for (const w of pdb.workloads)
                w.pdbs.push(pdb);
            return pdb;
        });
        // Zone and hostname are always registered: reports and Karpenter read them.
        this.topology.keyIndex(cluster/* LABEL_ZONE */.GC);
        this.topology.keyIndex(cluster/* LABEL_HOSTNAME */.VF);
        this.registerCounters(index);
        // Every topology key is registered by now (the counters above); node domains never grow after this.
        this.table = new NodeTable(this.topology.keys.length);
    }
    /** Workloads whose pods have the same node selector, required node affinity and tolerations share a fit cache. */
    shareStaticFits() {
        const byShape = new Map();
        for (const w of this.workloads) {
            const { nodeSelector, requiredNodeTerms, tolerations } = w.spec.pod;
            const shape = JSON.stringify([nodeSelector, requiredNodeTerms ?? null, tolerations]);
            const shared = byShape.get(shape);
            if (shared)
                w.staticFit = shared;
            else
                byShape.set(shape, w.staticFit);
        }
    }
    get now() {
        return this.loop.now;
    }
    registerCounters(index) {
        const counterFor = (ns, key, selector) => {
            const before = this.registry.counters.length;
            const c = this.registry.counter(ns, key, selector);
            if (this.registry.counters.length > before) {
                for (const w of index.candidates(ns, selector))
                    if (c.matches(w.spec.namespace, w.spec.pod.labels))
                        w.counters.push(c);
            }
            return c;
        };
        for (const w of this.workloads) {
            const { pod, namespace } = w.spec;
            for (const constraint of pod.spread) {
                const counter = counterFor(namespace, constraint.topologyKey, constraint.selector);
                const selfMatch = counter.matches(namespace, pod.labels) ? 1 : 0;
                if (constraint.hard)
                    w.hardSpread.push({ constraint, counter, selfMatch });
                else
                    w.softSpread.push({ counter, maxSkew: constraint.maxSkew });
            }
            if (pod.systemDefaultSpread && w.spec.selector && !w.isDaemon) {
                // B.4 system defaults: {hostname, ScheduleAnyway, 3} and {zone, ScheduleAnyway, 5} over the owner's selector.
                w.softSpread.push({ counter: counterFor(namespace, cluster/* LABEL_HOSTNAME */.VF, w.spec.selector), maxSkew: 3 });
                w.softSpread.push({ counter: counterFor(namespace, cluster/* LABEL_ZONE */.GC, w.spec.selector), maxSkew: 5 });
            }
            for (const term of pod.antiAffinity)
                w.antiAffinity.push(counterFor(namespace, term.topologyKey, term.selector));
            for (const term of pod.affinity) {
                const counter = counterFor(namespace, term.topologyKey, term.selector);
                w.affinity.push({ counter, selfMatch: counter.matches(namespace, pod.labels) });
            }
        }
        // Symmetry of required anti-affinity: an existing pod's term keeps matching pods out of its domain.
        for (const owner of this.workloads) {
            for (const term of owner.spec.pod.antiAffinity) {
                const ownerPods = counterFor(owner.spec.namespace, term.topologyKey, ownerSelector(owner));
                for (const w of index.candidates(owner.spec.namespace, term.selector)) {
                    if (w !== owner && w.spec.namespace === owner.spec.namespace && (0,workloads/* selectorMatches */.de)(term.selector, w.spec.pod.labels)) {
                        w.antiAffinityOfOthers.push(ownerPods);
                    }
                }
            }
        }
    }
    // ------------------------------------------------------------------------------------------------------
    // Nodes
    liveNodes() {
        this.settleDeletions();
        if (this.nodesStale) {
            this.nodes = this.nodes.filter((n) => !n.deleted);
            this.nodesStale = false;
        }
        return this.nodes;
    }
    /** The live nodes as the scheduler scans them (same order and count as liveNodes(), without building the array). */
    schedulingTable() {
        this.settleDeletions();
        return this.table;
    }
    /** After deletions the start index wraps to 0 when it points past the live nodes (as before any scan). */
    settleDeletions() {
        if (!this.deletionsUnsettled)
            return;
        this.deletionsUnsettled = false;
        this.nodesStale = true;
        if (this.nextStartNode >= this.table.live)
            this.nextStartNode = 0;
    }
    addNode(template) {
        const node = {
            id: this.nodeSeq++,
            slot: -1,
            name: template.name,
            zone: template.zone,
            group: template.group,
            instanceType: template.instanceType,
            capacityType: template.capacityType,
            labels: template.labels,
            taints: template.taints,
            allocatable: template.allocatable,
            freeCpu: template.allocatable.cpuMillis,
            freeMemory: template.allocatable.memoryBytes,
            freePods: template.allocatable.pods,
            domains: this.topology.domainsOf(template.labels),
            cordoned: template.unschedulable,
            down: false,
            deleted: false,
            pods: new Set(),
            template,
            podEventAt: this.now,
            joinedAt: this.now,
        };
        this.changes++;
        this.nodes.push(node);
        this.table.add(node);
        this.nodeByName.set(node.name, node);
        for (const w of this.daemons)
            if (daemonWanted(w, node))
                this.createPod(w, node);
        this.requestSchedule();
        return node;
    }
    cordon(node) {
        this.changes++;
        node.cordoned = true;
        this.table.sync(node);
    }
    uncordon(node) {
        this.changes++;
        node.cordoned = false;
        this.table.sync(node);
        this.requestSchedule();
    }
    /** A node stops (zone outage, hardware failure): its pods stop serving now; B.8 timing decides when they go. */
    failNode(node) {
        if (node.down || node.deleted)
            return;
        this.changes++;
        node.down = true;
        this.table.sync(node);
        for (const pod of node.pods)
            this.setUnready(pod);
        for (const pod of [...node.pods]) {
            const toleration = unreachableTolerationMs(pod);
            if (toleration === undefined)
                continue;
            this.loop.after(NODE_MONITOR_GRACE_MS + toleration, () => {
                // Taint-based eviction: the pod is marked for deletion, but the kubelet cannot confirm, so it stays
                // Terminating until the node comes back or is deleted (StatefulSets wait for that: at most one pod per ordinal).
                if (node.down && pod.node === node && !pod.terminating)
                    this.startTerminating(pod);
            });
        }
    }
    recoverNode(node) {
        if (!node.down || node.deleted)
            return;
        this.changes++;
        node.down = false;
        this.table.sync(node);
        for (const pod of [...node.pods]) {
            if (pod.terminating)
                this.removePod(pod);
            else
                this.scheduleReady(pod);
        }
        this.requestSchedule();
    }
    /** The machine is gone (replaced, reclaimed): remaining pods are deleted without grace (no PDB applies). */
    deleteNode(node) {
        if (node.deleted)
            return;
        this.changes++;
        for (const pod of [...node.pods])
            this.removePod(pod);
        node.deleted = true;
        this.table.remove(node);
        this.nodeByName.delete(node.name);
        this.deletionsUnsettled = true;
        this.requestSchedule();
    }
    // ------------------------------------------------------------------------------------------------------
    // Pods
    /** Starts every workload's pods and binds them at time 0, Ready at once (the steady state before a scenario). */
    placeInitialPods() {
        for (const w of this.workloads)
            if (!w.isDaemon)
                this.reconcile(w);
        this.schedulePass();
        for (const w of this.workloads) {
            for (const pod of w.pods) {
                if (pod.node && !pod.ready) {
                    pod.generation++;
                    this.markReady(pod);
                }
            }
        }
    }
    createPod(w, daemonNode) {
        const ordinal = w.nextOrdinal++;
        const pod = {
            id: this.podSeq++,
            name: daemonNode ? `${w.spec.name}-${daemonNode.name}` : `${w.spec.name}-${ordinal}`,
            w,
            node: null,
            ready: false,
            terminating: false,
            counted: false,
            generation: 0,
        };
        if (daemonNode)
            pod.daemonNode = daemonNode;
        w.pods.add(pod);
        w.active++;
        this.pending.add(pod);
        this.requestSchedule();
        return pod;
    }
    /** The ReplicaSet/StatefulSet controller: create or delete pods until the count matches `desired`. */
    reconcile(w) {
        if (w.isDaemon)
            return;
        // A StatefulSet recreates an ordinal only once the old pod object is gone; a ReplicaSet ignores terminating pods.
        const have = w.spec.kind === 'StatefulSet' ? w.pods.size : w.active;
        if (have < w.desired) {
            for (let i = have; i < w.desired; i++)
                this.createPod(w);
        }
        else if (w.active > w.desired) {
            // ReplicaSet deletion ranking: unscheduled before scheduled, not ready before ready, newest first.
            const victims = [...w.pods]
                .filter((p) => !p.terminating)
                .sort((a, b) => Number(!!a.node) - Number(!!b.node) || Number(a.ready) - Number(b.ready) || b.id - a.id)
                .slice(0, w.active - w.desired);
            for (const pod of victims)
                this.deletePod(pod, pod.w.spec.pod.graceSeconds * 1000);
        }
    }
    setDesired(w, replicas) {
        w.desired = replicas;
        this.reconcile(w);
    }
    /** Graceful deletion (eviction, scale-down): Terminating now, gone after the grace period. */
    deletePod(pod, graceMs) {
        if (pod.terminating)
            return;
        this.startTerminating(pod);
        if (!pod.node) {
            this.removePod(pod);
            return;
        }
        const node = pod.node;
        this.loop.after(graceMs, () => {
            if (!node.down && pod.node === node)
                this.removePod(pod);
        });
    }
    startTerminating(pod) {
        this.changes++;
        if (pod.node)
            pod.node.podEventAt = this.now;
        pod.terminating = true;
        pod.w.active--;
        this.setUnready(pod);
        this.uncount(pod);
        this.clearPending(pod);
        this.reconcile(pod.w);
        this.requestSchedule();
    }
    removePod(pod) {
        this.changes++;
        if (!pod.terminating) {
            pod.terminating = true;
            pod.w.active--;
            this.setUnready(pod);
            this.uncount(pod);
            this.clearPending(pod);
        }
        const node = pod.node;
        if (node) {
            node.freeCpu += pod.w.spec.pod.cpuMillis;
            node.freeMemory += pod.w.spec.pod.memoryBytes;
            node.freePods += 1;
            this.table.sync(node);
            node.pods.delete(pod);
            node.podEventAt = this.now;
            pod.node = null;
        }
        pod.w.pods.delete(pod);
        this.reconcile(pod.w);
        this.requestSchedule();
    }
    bind(pod, node) {
        const shape = pod.w.spec.pod;
        node.freeCpu -= shape.cpuMillis;
        node.freeMemory -= shape.memoryBytes;
        node.freePods -= 1;
        this.table.sync(node);
        node.pods.add(pod);
        pod.node = node;
        pod.boundAt = this.now;
        node.podEventAt = this.now;
        this.changes++;
        this.clearPending(pod);
        for (const c of pod.w.counters)
            c.add(node.domains[c.keyIndex], 1);
        pod.counted = true;
        this.scheduleReady(pod);
    }
    scheduleReady(pod) {
        const gen = ++pod.generation;
        this.loop.after(pod.w.spec.pod.readyDelaySeconds * 1000, () => {
            if (pod.generation === gen && !pod.terminating && pod.node && !pod.node.down)
                this.markReady(pod);
        });
    }
    markReady(pod) {
        if (pod.ready)
            return;
        pod.ready = true;
        pod.w.ready++;
        this.recordReady(pod.w);
    }
    setUnready(pod) {
        pod.generation++;
        if (!pod.ready)
            return;
        pod.ready = false;
        pod.w.ready--;
        this.recordReady(pod.w);
    }
    uncount(pod) {
        if (!pod.counted || !pod.node)
            return;
        for (const c of pod.w.counters)
            c.add(pod.node.domains[c.keyIndex], -1);
        pod.counted = false;
    }
    clearPending(pod) {
        this.releaseNomination(pod);
        if (!this.pending.delete(pod))
            return;
        if (pod.pendingSince !== undefined) {
            pod.w.pendingPodMs += this.now - pod.pendingSince;
            pod.w.pendingNow--;
            pod.pendingSince = undefined;
        }
    }
    recordReady(w) {
        this.changes++;
        const s = w.series;
        const t = this.now;
        if (s.length >= 2 && s[s.length - 2] === t)
            s[s.length - 1] = w.ready;
        else
            s.push(t, w.ready);
        this.onReadyChange?.(w);
    }
    // ------------------------------------------------------------------------------------------------------
    // Scheduling
    requestSchedule() {
        if (this.passRequested)
            return;
        this.passRequested = true;
        this.loop.after(0, this.runPass);
    }
    /** One function for every requested pass: a request happens on nearly every pod change. */
    runPass = () => this.schedulePass();
    /** One scheduling cycle over the queue: highest priority first, then oldest (the activeQ order). */
    schedulePass() {
        this.passRequested = false;
        if (this.pending.size === 0)
            return;
        const queue = [...this.pending].sort((a, b) => b.w.spec.pod.priority - a.w.spec.pod.priority || a.id - b.id);
        const failed = [];
        // Workloads whose pods found nothing to preempt in this pass: their next pods would search the same nodes.
        const noPreemption = new Set();
        for (const pod of queue) {
            const nominated = pod.nominatedNode;
            this.releaseNomination(pod);
            const result = pod.daemonNode ? this.fitDaemonPod(pod, pod.daemonNode) : this.placeNominated(pod, nominated) ?? findNode(this, pod);
            if (result.node) {
                this.bind(pod, result.node);
                continue;
            }
            pod.lastReason = result.reason;
            pod.w.reasons.set(result.reason, (pod.w.reasons.get(result.reason) ?? 0) + 1);
            if (pod.pendingSince === undefined) {
                pod.pendingSince = this.now;
                pod.w.pendingNow++;
                pod.w.maxPending = Math.max(pod.w.maxPending, pod.w.pendingNow);
            }
            if (nominated && !nominated.deleted && !nominated.down && hasLowerPriorityTerminating(nominated, pod)) {
                // PodEligibleToPreemptOthers: victims on the nominated node are still terminating, so wait for them (not on a
                // lost node, where they stay Terminating until it returns).
                this.nominate(pod, nominated);
            }
            else if (!pod.daemonNode && !noPreemption.has(pod.w) && mayPreempt(this, pod)) {
                const plan = planPreemption(this, pod);
                if (plan)
                    this.preempt(pod, plan);
                else
                    noPreemption.add(pod.w);
            }
            // Karpenter leaves nominated pods alone: the scheduler has made room for them.
            if (!pod.nominatedNode)
                failed.push(pod);
        }
        if (failed.length > 0)
            this.provisioner?.provision(failed);
    }
    /** A pod nominated by an earlier preemption goes to that node first when it fits there now (as kube-scheduler does). */
    placeNominated(pod, node) {
        if (!node || node.deleted || nodeRejection(this, pod, node) !== undefined)
            return undefined;
        return { node };
    }
    /**
     * Preemption (preemption.ts): the victims get a graceful deletion with their own grace period, not an eviction
     * (PDBs only steered the choice), and the preemptor is nominated to the node. Lower-priority pods nominated there
     * lose their nomination, as upstream clears them.
     */
    preempt(pod, plan) {
        for (const other of this.pending) {
            if (other.nominatedNode === plan.node && other.w.spec.pod.priority < pod.w.spec.pod.priority)
                this.releaseNomination(other);
        }
        for (const victim of plan.victims) {
            victim.w.preempted++;
            this.deletePod(victim, victim.w.spec.pod.graceSeconds * 1000);
        }
        this.nominate(pod, plan.node);
    }
    /**
     * Holds the pod's requests on the node it was nominated to, so that lower-priority pods do not take the room its
     * victims leave (upstream counts nominated pods in the filters of pods of lower or equal priority). Free resources
     * may go negative while the victims terminate.
     */
    nominate(pod, node) {
        const shape = pod.w.spec.pod;
        pod.nominatedNode = node;
        node.freeCpu -= shape.cpuMillis;
        node.freeMemory -= shape.memoryBytes;
        node.freePods -= 1;
        this.table.sync(node);
    }
    releaseNomination(pod) {
        const node = pod.nominatedNode;
        if (!node)
            return;
        pod.nominatedNode = undefined;
        if (node.deleted)
            return;
        const shape = pod.w.spec.pod;
        node.freeCpu += shape.cpuMillis;
        node.freeMemory += shape.memoryBytes;
        node.freePods += 1;
        this.table.sync(node);
    }
    fitDaemonPod(pod, node) {
        if (node.deleted) {
            this.removePod(pod);
            return { reason: 'node deleted' };
        }
        const shape = pod.w.spec.pod;
        if (node.freeCpu >= shape.cpuMillis && node.freeMemory >= shape.memoryBytes && node.freePods >= 1)
            return { node };
        return { reason: `0/1 nodes are available: 1 Insufficient ${node.freeCpu < shape.cpuMillis ? 'cpu' : node.freeMemory < shape.memoryBytes ? 'memory' : 'pods'}.` };
    }
    /** Forgets what happened while the initial cluster was being provisioned: the scenario starts from here. */
    resetSchedulingStats() {
        for (const w of this.workloads) {
            w.pendingPodMs = 0;
            w.preempted = 0;
            w.maxPending = w.pendingNow;
            w.reasons.clear();
            for (const pod of w.pods) {
                if (pod.pendingSince === undefined)
                    continue;
                pod.pendingSince = this.now;
                if (pod.lastReason)
                    w.reasons.set(pod.lastReason, (w.reasons.get(pod.lastReason) ?? 0) + 1);
            }
        }
    }
    /** Pods pending right now. */
    pendingPods() {
        return [...this.pending];
    }
    // ------------------------------------------------------------------------------------------------------
    // PDB status
    pdbStatus(pdb) {
        let expectedScale = 0;
        let matchedPods = 0;
        let currentHealthy = 0;
        let scaleUnresolvable = false;
        for (const w of pdb.workloads) {
            if (w.isDaemon)
                scaleUnresolvable = true;
            else
                expectedScale += w.desired;
            matchedPods += w.pods.size;
            currentHealthy += w.ready;
        }
        return pdbStatus(pdb.spec, { expectedScale, matchedPods, currentHealthy, scaleUnresolvable });
    }
}
function hasLowerPriorityTerminating(node, pod) {
    for (const p of node.pods)
        if (p.terminating && p.w.spec.pod.priority < pod.w.spec.pod.priority)
            return true;
    return false;
}
function ownerSelector(w) {
    return { matchLabels: w.spec.pod.labels };
}
/** The DaemonSet controller places a pod on every node its selector, affinity and taints admit. */
function daemonWanted(w, node) {
    const pod = w.spec.pod;
    if (!nodeMatches(pod.nodeSelector, pod.requiredNodeTerms, node.labels, node.name))
        return false;
    // DaemonSet pods get NoSchedule tolerations for unschedulable/not-ready nodes automatically; node taints count.
    return untoleratedTaint(node.taints, pod.tolerations) === undefined;
}
/** How long a pod tolerates an unreachable node (B.8); undefined = forever (e.g. DaemonSet pods). */
function unreachableTolerationMs(pod) {
    if (pod.w.isDaemon)
        return undefined;
    const taint = { key: 'node.kubernetes.io/unreachable', effect: 'NoExecute' };
    const explicit = pod.w.spec.pod.tolerations.find((t) => tolerates([t], taint));
    if (!explicit)
        return DEFAULT_UNREACHABLE_TOLERATION_MS;
    const seconds = explicit.tolerationSeconds;
    return typeof seconds === 'number' ? Math.max(0, seconds) * 1000 : undefined;
}

;// CONCATENATED MODULE: ./src/simulate/scenarios/setup.ts



/** Upper bound of virtual time per scenario; retry loops end long before (drain timeouts, recovery). */
const HORIZON_MS = 7 * 24 * 3600 * 1000;
function prepare(inputs, launchSeconds) {
    const sim = new Simulation(inputs.model);
    if (inputs.percentageOfNodesToScore !== undefined)
        sim.percentageOfNodesToScore = inputs.percentageOfNodesToScore;
    let karpenter;
    if (inputs.pools.length > 0) {
        // Initial capacity comes up instantly: the scenario starts from a settled cluster.
        karpenter = new KarpenterProvisioner(sim, inputs.pools, inputs.cluster.zones, 0);
        sim.provisioner = karpenter;
    }
    for (const node of inputs.cluster.nodes)
        sim.addNode(node);
    sim.placeInitialPods();
    // Settle: Karpenter-launched initial nodes and their pods; everything Ready at time 0.
    for (let round = 0; round < 5 && sim.pendingPods().length > 0 && karpenter; round++) {
        sim.loop.runUntil(0);
        sim.placeInitialPods();
    }
    sim.resetSchedulingStats();
    if (karpenter && launchSeconds !== undefined)
        karpenter.launchMs = launchSeconds * 1000;
    else if (karpenter)
        karpenter.launchMs = 60_000;
    return { sim, karpenter, start: captureStart(sim, inputs.pools) };
}
function finish(prepared, head, rest, endMs) {
    const workloads = workloadOutcomes(prepared.sim, prepared.start, endMs);
    const notes = [...(rest.notes ?? [])];
    const preempted = workloads.reduce((sum, w) => sum + (w.preempted ?? 0), 0);
    if (preempted > 0)
        notes.push(`${preempted} pod(s) preempted by higher-priority pods (${preemptedBy(workloads)}).`);
    return {
        ...head,
        durationSeconds: Math.round(endMs / 1000),
        events: prepared.sim.loop.executed,
        workloads,
        drains: rest.drains ?? [],
        hpas: rest.hpas ?? [],
        notes,
    };
}
/** "Deployment/shop/batch 3, Deployment/shop/etl 1": which workloads lost pods to preemption. */
function preemptedBy(workloads) {
    return workloads
        .filter((w) => (w.preempted ?? 0) > 0)
        .map((w) => `${w.workload} ${w.preempted}`)
        .join(', ');
}
/** Runs the loop until it is idle (or the horizon) and returns the time of the last event. */
function runToIdle(prepared, horizonMs = HORIZON_MS) {
    prepared.sim.loop.runUntil(horizonMs);
    return prepared.sim.loop.lastEventAt;
}

;// CONCATENATED MODULE: ./src/simulate/scenarios/consolidation.ts
/**
 * `consolidation`: the cluster was provisioned for a peak, demand drops, and Karpenter consolidates. Every workload
 * starts at its peak (an HPA's maxReplicas, a KEDA ScaledObject's maxReplicaCount; with `peak=<factor>`, that many
 * times its low replicas) on nodes Karpenter provisioned for it; at time 0 it falls to its low replicas (minReplicas,
 * minReplicaCount, or `replicas`) at once, as if the autoscaler's scale-down had just happened. Then Karpenter's
 * disruption loop runs (disruption-controller.ts) until nothing is left to consolidate or wait for, or `duration`.
 * Reports per workload what the evictions cost (min ready, time at zero, below the PDB floor), which nodes were
 * removed or replaced, and which could have been but were kept, and by what.
 * Parameters: peak (`max` or a factor, default max), duration (default 1h).
 */









const CONSOLIDATION_PARAMS = ['peak', 'duration'];
/** Reads and checks the parameters (also when the scenario is skipped, so that a typo still fails). */
function consolidationParams(raw) {
    const params = new ParamReader('consolidation', raw, CONSOLIDATION_PARAMS);
    const peak = readPeak(params.text('peak'));
    params.used.peak = peak;
    const durationMs = params.seconds('duration', 3600) * 1000;
    if (durationMs <= 0)
        throw new simulate_errors/* SimulationInputError */.K('--scenario', 1, 'consolidation: duration must be positive');
    return { peak, durationMs, used: params.used };
}
function runConsolidation(inputs, raw) {
    const { peak, durationMs, used } = consolidationParams(raw);
    const ranges = replicaRanges(inputs.model, peak);
    const peakModel = { ...inputs.model, workloads: inputs.model.workloads.map((w) => ({ ...w, replicas: ranges.get(w.key)?.peak ?? w.replicas })) };
    const prepared = prepare({ ...inputs, model: peakModel });
    const { sim } = prepared;
    // A NodePool defined twice (two overlays loaded together) is one object: the first one wins, as for workloads.
    const settings = new Map();
    for (const p of inputs.pools)
        if (!settings.has(p.name))
            settings.set(p.name, readPoolDisruption(p));
    // The drop: every workload at its low replicas at once; the scenario is measured from here.
    let dropped = 0;
    for (const w of sim.workloads) {
        const low = ranges.get(w.spec.key)?.low;
        if (low === undefined || low === w.desired)
            continue;
        dropped++;
        sim.setDesired(w, low);
    }
    sim.resetSchedulingStats();
    for (const w of sim.workloads)
        w.series.length = 0;
    prepared.start = captureStart(sim, inputs.pools);
    const drains = new DrainLog(sim);
    const controller = new DisruptionController({
        sim,
        karpenter: prepared.karpenter,
        pools: inputs.pools,
        settings,
        zones: inputs.cluster.zones,
        drains,
        endMs: durationMs,
    });
    const nodesBefore = controller.managedNodes().length;
    const seqBefore = new Set(sim.liveNodes().map((n) => n.name));
    controller.start();
    sim.loop.runUntil(durationMs);
    const busy = sim.loop.pending > 0;
    const end = busy ? durationMs : sim.loop.lastEventAt;
    const notes = [];
    if (dropped === 0) {
        notes.push(peak === 'max'
            ? 'No workload has an HPA or ScaledObject to scale it down, so demand does not drop: consolidation starts from the nodes provisioned for `replicas` (peak=2 starts from twice as many).'
            : 'No workload changed its replicas, so demand does not drop.');
    }
    for (const [pool, n] of controller.waiting()) {
        const after = settings.get(pool).consolidateAfterMs;
        notes.push(`${n} node(s) of NodePool ${pool} were still inside consolidateAfter (${(0,units/* formatDuration */.a3)(after / 1000)}) when the run ended at ${(0,units/* formatDuration */.a3)(end / 1000)}; a longer duration shows whether they go.`);
    }
    if (busy) {
        const draining = [...controller.marked].map((n) => n.name).sort();
        notes.push(`Consolidation was still under way when the run ended at ${(0,units/* formatDuration */.a3)(durationMs / 1000)}${draining.length > 0 ? ` (still draining: ${draining.join(', ')})` : ''}.`);
    }
    const launched = sim.liveNodes().filter((n) => !seqBefore.has(n.name) && !controller.replacements.has(n.name)).length;
    const consolidation = {
        nodesBefore,
        nodesAfter: controller.managedNodes().length,
        actions: controller.actions,
        launched,
        blocked: controller.blockedNodes(),
    };
    const outcome = finish(prepared, {
        id: 'consolidation',
        scenario: 'consolidation',
        description: `${dropped} workload(s) drop from peak to their low replicas at time 0; Karpenter's disruption loop (every 10 s: ` +
            `Emptiness, then single-node consolidation) runs for up to ${(0,units/* formatDuration */.a3)(durationMs / 1000)}.`,
        params: used,
    }, { drains: drains.reports(end), notes }, end);
    return { ...outcome, consolidation };
}
function readPeak(text) {
    if (text === undefined || text === 'max')
        return 'max';
    const factor = Number(text);
    if (!Number.isFinite(factor) || factor < 1 || factor > 100) {
        throw new simulate_errors/* SimulationInputError */.K('--scenario', 1, `consolidation: peak=${text} must be max or a factor from 1 to 100`);
    }
    return factor;
}

;// CONCATENATED MODULE: ./src/simulate/hpa.ts
const SYNC_PERIOD_MS = 15_000;
const DEFAULT_TOLERANCE = 0.1;
const LEGACY_DOWNSCALE_WINDOW_MS = 300_000;
function within(ratio, tol) {
    return 1 - tol.down <= ratio && ratio <= 1 + tol.up;
}
/**
 * Resource Utilization (`GetResourceReplicas`) and AverageValue (`calcPlainMetricReplicas`) proposals, with the
 * load spread over the ready pods. `total` is the summed usage; `requestPerPod` the per-pod request (Utilization).
 * Returns undefined when the metric is invalid (no ready pods, no request).
 */
function podMetricReplicas(metric, current, total, pods, requestPerPod, tol) {
    if (pods.ready === 0)
        return undefined;
    const utilization = metric.targetType === 'Utilization';
    if (utilization && requestPerPod <= 0)
        return undefined;
    const ratioFor = (count) => utilization
        ? Math.floor((total * 100) / (requestPerPod * count)) / metric.target
        : Math.trunc(total / count) / metric.target;
    const ratio = ratioFor(pods.ready);
    if (!(pods.unready > 0 && ratio > 1)) {
        if (within(ratio, tol))
            return current;
        return Math.ceil(ratio * pods.ready);
    }
    // Scale-up with unready pods: they are assumed to use nothing (B.3), which damps the step.
    const all = pods.ready + pods.unready;
    const newRatio = ratioFor(all);
    if (within(newRatio, tol) || (ratio > 1) !== (newRatio > 1))
        return current;
    const proposed = Math.ceil(newRatio * all);
    if ((newRatio < 1 && proposed > current) || (newRatio > 1 && proposed < current))
        return current;
    return proposed;
}
/** Object/External `Value` and `AverageValue` proposals. */
function valueMetricReplicas(metric, current, value, readyPods, tol) {
    if (metric.target <= 0)
        return undefined;
    if (metric.targetType === 'AverageValue') {
        const ratio = value / (metric.target * Math.max(current, 1));
        if (within(ratio, tol))
            return current;
        return Math.ceil(value / metric.target);
    }
    const ratio = value / metric.target;
    if (current === 0)
        return Math.ceil(ratio);
    if (within(ratio, tol))
        return current;
    return Math.ceil(ratio * readyPods);
}
class HpaController {
    spec;
    legacyWindowMs;
    recommendations;
    scaleUps = [];
    scaleDowns = [];
    constructor(spec, legacyWindowMs = LEGACY_DOWNSCALE_WINDOW_MS) {
        this.spec = spec;
        this.legacyWindowMs = legacyWindowMs;
    }
    tolerances() {
        return {
            up: this.spec.behavior?.scaleUp.tolerance ?? DEFAULT_TOLERANCE,
            down: this.spec.behavior?.scaleDown.tolerance ?? DEFAULT_TOLERANCE,
        };
    }
    /** One sync: `proposals` holds each metric's replica proposal (undefined = invalid metric). */
    reconcile(now, current, proposals) {
        const { minReplicas, maxReplicas } = this.spec;
        this.recommendations ??= [{ at: now, value: current }];
        if (current === 0 && minReplicas !== 0)
            return { desired: current, recommended: undefined };
        if (current > maxReplicas)
            return this.rescale(now, current, maxReplicas, undefined);
        if (current < minReplicas)
            return this.rescale(now, current, minReplicas, undefined);
        const valid = proposals.filter((p) => p !== undefined);
        if (valid.length === 0)
            return { desired: current, recommended: undefined };
        const recommended = Math.max(...valid);
        // Never scale down on partial data (computeReplicasForMetrics).
        if (valid.length < proposals.length && recommended < current)
            return { desired: current, recommended };
        const desired = this.spec.behavior ? this.withBehavior(now, current, recommended) : this.legacy(now, current, recommended);
        return this.rescale(now, current, desired, recommended);
    }
    rescale(now, current, desired, recommended) {
        if (desired > current)
            this.scaleUps.push({ at: now, value: desired - current });
        else if (desired < current)
            this.scaleDowns.push({ at: now, value: current - desired });
        return { desired, recommended };
    }
    legacy(now, current, proposal) {
        const cutoff = now - this.legacyWindowMs;
        const recs = this.recommendations;
        let stabilized = proposal;
        for (const r of recs)
            if (r.at >= cutoff)
                stabilized = Math.max(stabilized, r.value);
        this.store(recs, cutoff, { at: now, value: proposal });
        const scaleUpLimit = Math.max(2 * current, 4);
        const maximumAllowed = Math.min(this.spec.maxReplicas, scaleUpLimit);
        if (stabilized < this.spec.minReplicas)
            return this.spec.minReplicas;
        if (stabilized > maximumAllowed)
            return maximumAllowed;
        return stabilized;
    }
    withBehavior(now, current, proposal) {
        const { scaleUp, scaleDown } = this.spec.behavior;
        const upCutoff = now - scaleUp.stabilizationWindowSeconds * 1000;
        const downCutoff = now - scaleDown.stabilizationWindowSeconds * 1000;
        let upRec = proposal;
        let downRec = proposal;
        const recs = this.recommendations;
        for (const r of recs) {
            if (r.at > upCutoff)
                upRec = Math.min(upRec, r.value);
            if (r.at > downCutoff)
                downRec = Math.max(downRec, r.value);
        }
        let stabilized = current;
        if (stabilized < upRec)
            stabilized = upRec;
        if (stabilized > downRec)
            stabilized = downRec;
        this.store(recs, Math.min(upCutoff, downCutoff), { at: now, value: proposal });
        if (stabilized > current) {
            let upLimit = this.scaleUpLimit(now, current, scaleUp);
            if (upLimit < current)
                upLimit = current;
            return Math.min(stabilized, Math.min(this.spec.maxReplicas, upLimit));
        }
        if (stabilized < current) {
            let downLimit = this.scaleDownLimit(now, current, scaleDown);
            if (downLimit > current)
                downLimit = current;
            return Math.max(stabilized, Math.max(this.spec.minReplicas, downLimit));
        }
        return stabilized;
    }
    /** Replaces a recommendation older than the cutoff, or appends (as the controller reuses slots). */
    store(recs, cutoff, rec) {
        const old = recs.findIndex((r) => r.at < cutoff);
        if (old >= 0)
            recs[old] = rec;
        else
            recs.push(rec);
    }
    changeInPeriod(events, now, periodSeconds) {
        const cutoff = now - periodSeconds * 1000;
        let sum = 0;
        for (const e of events)
            if (e.at > cutoff)
                sum += e.value;
        return sum;
    }
    scaleUpLimit(now, current, rules) {
        if (rules.selectPolicy === 'Disabled')
            return current;
        const pick = rules.selectPolicy === 'Min' ? Math.min : Math.max;
        let result = rules.selectPolicy === 'Min' ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
        for (const p of rules.policies) {
            const start = current - this.changeInPeriod(this.scaleUps, now, p.periodSeconds) + this.changeInPeriod(this.scaleDowns, now, p.periodSeconds);
            const proposed = p.type === 'Pods' ? start + p.value : Math.ceil(start * (1 + p.value / 100));
            result = pick(result, proposed);
        }
        return result;
    }
    scaleDownLimit(now, current, rules) {
        if (rules.selectPolicy === 'Disabled')
            return current;
        const pick = rules.selectPolicy === 'Min' ? Math.max : Math.min;
        let result = rules.selectPolicy === 'Min' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
        for (const p of rules.policies) {
            const start = current - this.changeInPeriod(this.scaleUps, now, p.periodSeconds) + this.changeInPeriod(this.scaleDowns, now, p.periodSeconds);
            const proposed = p.type === 'Pods' ? start - p.value : Math.trunc(start * (1 - p.value / 100));
            result = pick(result, proposed);
        }
        return result;
    }
}

// EXTERNAL MODULE: ./src/rules/closest-id.ts
var closest_id = __webpack_require__(556);
;// CONCATENATED MODULE: ./src/simulate/scenarios/load.ts
/**
 * `load`: replays HPA metric traces. Every 15 s each HPA whose target has a trace runs the B.3 algorithm on the
 * traced metric (metrics without a trace are taken to sit at their target); the workload scales, new pods go
 * through the scheduler (and Karpenter, within NodePool limits). The run lasts until the trace ends plus `tail`
 * (default 10 min, long enough for the 5-minute scale-down window). Reports replicas over time, time at
 * maxReplicas while the metrics asked for more, and pods pending for capacity. Parameters: tail.
 */






const LOAD_PARAMS = ['tail'];
function resolveWorkload(ref, workloads) {
    if (ref.includes('/'))
        return workloads.find((w) => w.spec.key === ref);
    return workloads.find((w) => w.spec.name === ref);
}
function proposal(metric, w, current, value, controller) {
    if (value === undefined)
        return current;
    const tol = controller.tolerances();
    const pods = { ready: w.ready, unready: Math.max(0, w.active - w.ready) };
    if (metric.source === 'Object' || metric.source === 'External')
        return valueMetricReplicas(metric, current, value, w.ready, tol);
    const request = metric.name === 'cpu' ? w.spec.pod.cpuMillis : metric.name === 'memory' ? w.spec.pod.memoryBytes : 0;
    return podMetricReplicas(metric, current, value, pods, request, tol);
}
/**
 * A trace whose metric no HPA of the workload uses is never read (a typo such as `memroy` would otherwise pass
 * silently while the HPA sees its metric at target): say so, with the metrics the HPAs have.
 */
function unmatchedMetricNotes(w, series, hpas) {
    const known = [...new Set(hpas.flatMap((h) => h.metrics.map((m) => m.name)))];
    return series
        .filter((s) => !known.includes(s.metric))
        .map((s) => {
        const guess = (0,closest_id/* closestId */.v)(s.metric, known);
        const names = hpas.map((h) => h.key).join(', ');
        return (`The load trace for ${w.spec.key} has metric "${s.metric}", which ${names} does not use ` +
            `(${known.length > 0 ? `its metrics: ${known.join(', ')}` : 'it has no metrics'}), so the trace is ignored.${guess ? ` Did you mean ${guess}?` : ''}`);
    });
}
function runLoad(inputs, traces, raw) {
    const params = new ParamReader('load', raw, LOAD_PARAMS);
    const tailMs = params.seconds('tail', 600) * 1000;
    const prepared = prepare(inputs);
    const { sim } = prepared;
    const byWorkload = new Map();
    for (const t of traces) {
        const w = resolveWorkload(t.workload, sim.workloads);
        if (!w)
            throw new simulate_errors/* SimulationInputError */.K(t.file, t.line, `load trace names workload ${t.workload}, which is not among the manifests`);
        byWorkload.set(w, [...(byWorkload.get(w) ?? []), t]);
    }
    const driven = [];
    for (const hpa of inputs.model.hpas) {
        const w = sim.workloadByKey.get(hpa.targetKey);
        if (!w || !byWorkload.has(w))
            continue;
        driven.push({
            hpa,
            w,
            controller: new HpaController(hpa),
            outcome: {
                hpa: hpa.key,
                workload: w.spec.key,
                minReplicas: hpa.minReplicas,
                maxReplicas: hpa.maxReplicas,
                peakReplicas: w.desired,
                peakRecommended: w.desired,
                saturatedSeconds: 0,
                series: [[0, w.desired]],
            },
        });
    }
    const notes = [];
    for (const [w, series] of byWorkload) {
        const hpas = driven.filter((d) => d.w === w).map((d) => d.hpa);
        if (hpas.length === 0)
            notes.push(`The load trace for ${w.spec.key} drives no HorizontalPodAutoscaler.`);
        else
            notes.push(...unmatchedMetricNotes(w, series, hpas));
    }
    const traceEnd = Math.max(0, ...traces.flatMap((t) => t.points.map((p) => p[0])));
    const endMs = traceEnd + tailMs;
    const tick = () => {
        for (const d of driven) {
            const series = byWorkload.get(d.w);
            const current = d.w.desired;
            const proposals = d.hpa.metrics.map((m) => {
                const trace = series.find((s) => s.metric === m.name);
                return proposal(m, d.w, current, trace ? valueAt(trace, sim.now) : undefined, d.controller);
            });
            const result = d.controller.reconcile(sim.now, current, proposals);
            if (result.recommended !== undefined) {
                d.outcome.peakRecommended = Math.max(d.outcome.peakRecommended, result.recommended);
                if (current === d.hpa.maxReplicas && result.recommended > d.hpa.maxReplicas)
                    d.outcome.saturatedSeconds += SYNC_PERIOD_MS / 1000;
            }
            if (result.desired !== current) {
                sim.setDesired(d.w, result.desired);
                d.outcome.peakReplicas = Math.max(d.outcome.peakReplicas, result.desired);
                d.outcome.series.push([Math.round(sim.now / 1000), result.desired]);
            }
        }
        if (sim.now + SYNC_PERIOD_MS <= endMs)
            sim.loop.after(SYNC_PERIOD_MS, tick);
    };
    if (driven.length === 0)
        notes.push('No HorizontalPodAutoscaler has a load trace; nothing to replay.');
    else
        sim.loop.at(0, tick);
    const end = Math.max(runToIdle(prepared), driven.length > 0 ? endMs : 0);
    return finish(prepared, {
        id: 'load',
        scenario: 'load',
        description: `Replay ${traces.length} metric trace(s) against ${driven.length} HPA(s) for ${Math.round(endMs / 1000)}s (15 s syncs).`,
        params: params.used,
    }, { hpas: driven.map((d) => d.outcome), notes }, end);
}

;// CONCATENATED MODULE: ./src/simulate/scenarios/rolling-upgrade.ts
/**
 * `rolling-upgrade`: the cordon/drain/replace loop of a node upgrade. Nodes are taken one at a time in name order:
 * `kubectl drain --ignore-daemonsets --delete-emptydir-data --timeout=<timeout>` (default 300 s, as common upgrade
 * scripts use; drain.ts says why these flags), then the node is replaced: the old machine goes (remaining pods are
 * deleted without PDB checks) and a node of the same group joins `nodeStartup` seconds later (default 60 s).
 * `onTimeout=continue` (default) replaces a node whose drain timed out anyway, as forced upgrades do;
 * `onTimeout=abort` stops the upgrade there, like `set -e` scripts. `timeout=0` waits forever, as kubectl does: a
 * drain a PDB blocks for good then holds the upgrade until the simulation ends, and is reported as unfinished.
 * The outcome says how far the upgrade got, so that a comparison never calls a stalled upgrade better for the pods
 * it did not move.
 * Parameters: timeout, nodeStartup, onTimeout, nodes (how many nodes to upgrade; default all).
 */




const ROLLING_UPGRADE_PARAMS = ['timeout', 'nodeStartup', 'onTimeout', 'nodes'];
function runRollingUpgrade(inputs, raw) {
    const params = new ParamReader('rolling-upgrade', raw, ROLLING_UPGRADE_PARAMS);
    const timeoutMs = params.seconds('timeout', 300) * 1000;
    const startupMs = params.seconds('nodeStartup', 60) * 1000;
    const onTimeout = params.choice('onTimeout', 'continue', ['continue', 'abort']);
    const prepared = prepare(inputs);
    const { sim } = prepared;
    const order = [...sim.liveNodes()].sort((a, b) => (a.name < b.name ? -1 : 1));
    const limit = params.number('nodes', order.length, 0, order.length);
    const drains = new DrainLog(sim);
    const notes = [];
    let index = 0;
    let draining;
    let upgraded = 0;
    let forced = 0;
    let stoppedAt;
    let lastJoinMs = 0;
    const next = () => {
        if (index >= limit)
            return;
        const node = order[index++];
        draining = node.name;
        drains.drain(node, {
            caller: 'kubectl',
            timeoutMs,
            onDone: (outcome) => {
                draining = undefined;
                if (outcome.status !== 'drained' && onTimeout === 'abort') {
                    stoppedAt = node.name;
                    lastJoinMs = sim.now;
                    notes.push(`The upgrade stopped at node ${node.name} (onTimeout=abort); ${limit - index} node(s) were not upgraded.`);
                    sim.uncordon(node);
                    return;
                }
                if (outcome.status !== 'drained')
                    forced++;
                sim.deleteNode(node);
                sim.loop.after(startupMs, () => {
                    sim.addNode(node.template);
                    upgraded++;
                    lastJoinMs = sim.now;
                    next();
                });
            },
        });
    };
    next();
    const end = runToIdle(prepared);
    if (draining !== undefined) {
        // timeout=0: kubectl waits forever, so a drain a PDB blocks for good holds the whole upgrade.
        stoppedAt = draining;
        lastJoinMs = end;
        notes.push(`The upgrade never got past node ${draining}: its drain was still running when the simulation ended; ${limit - index} more node(s) were not upgraded.`);
    }
    const upgrade = {
        nodes: limit,
        upgraded,
        forced,
        completed: upgraded === limit,
        durationSeconds: Math.round(lastJoinMs / 1000),
        ...(stoppedAt !== undefined ? { stoppedAt } : {}),
    };
    const outcome = finish(prepared, {
        id: 'rolling-upgrade',
        scenario: 'rolling-upgrade',
        description: `Drain and replace ${limit} node(s) one at a time (kubectl drain --ignore-daemonsets --delete-emptydir-data --timeout=${timeoutMs / 1000}s, new node after ${(0,units/* formatDuration */.a3)(startupMs / 1000)}).`,
        params: params.used,
    }, { drains: drains.reports(end), notes }, end);
    return { ...outcome, upgrade };
}

;// CONCATENATED MODULE: ./src/simulate/scenarios/spot-interruption.ts
/**
 * `spot-interruption`: EC2 reclaims spot nodes with a 2-minute notice (B.6). On the notice Karpenter taints and
 * drains the node through the Eviction API (PDBs respected, backoff 100 ms → 10 s) and launches a replacement at
 * once, planning the pods still on the node (A.4); at the end of the notice the instance is gone and whatever is left
 * on it dies. Which nodes: `share` of the spot nodes (default 1 = all, taken in name order) or every node of
 * `instanceType`. Parameters: share, instanceType, notice.
 */






const SPOT_PARAMS = ['share', 'instanceType', 'notice'];
/** Without Karpenter, the auto scaling group's replacement (capacity rebalancing) joins this long after the notice ends. */
const NODE_GROUP_REPLACEMENT_MS = 60_000;
function runSpotInterruption(inputs, raw) {
    const params = new ParamReader('spot-interruption', raw, SPOT_PARAMS);
    const share = params.number('share', 1, 0, 1);
    const instanceType = params.text('instanceType');
    const noticeMs = params.seconds('notice', 120) * 1000;
    if (instanceType !== undefined)
        checkInstanceType(instanceType, inputs);
    const prepared = prepare(inputs);
    const { sim } = prepared;
    const spot = sim
        .liveNodes()
        .filter((n) => (instanceType ? n.instanceType === instanceType : n.capacityType === 'spot'))
        .sort((a, b) => (a.name < b.name ? -1 : 1));
    const victims = instanceType ? spot : spot.slice(0, Math.ceil(spot.length * share));
    const drains = new DrainLog(sim);
    const notes = [];
    if (victims.length === 0)
        notes.push(instanceType ? `No node of instance type ${instanceType}.` : 'The cluster has no spot nodes; nothing to interrupt.');
    interruptNodes(prepared, drains, victims, noticeMs);
    const end = runToIdle(prepared);
    return finish(prepared, {
        id: 'spot-interruption',
        scenario: 'spot-interruption',
        description: `${victims.length} spot node(s) reclaimed with a ${noticeMs / 1000}s notice.`,
        params: params.used,
    }, { drains: drains.reports(end), notes }, end);
}
/**
 * The interruption notice for `nodes`, now: Karpenter launches their replacement capacity (B.6), then drains them;
 * after `noticeMs` the instances are gone. Without Karpenter the node group replaces each instance once it is gone.
 * Shared with the EventTrace's spot-interruption event.
 */
function interruptNodes(prepared, drains, nodes, noticeMs) {
    const { sim, karpenter } = prepared;
    // Planned before the drain starts, so the pods on the nodes are counted once: the replacements of evicted pods
    // take the room planned for them.
    karpenter?.replaceNodes(nodes);
    for (const node of nodes) {
        drains.drain(node, { caller: 'karpenter', timeoutMs: noticeMs });
        if (!karpenter) {
            const name = `${node.name}-r`;
            sim.loop.after(noticeMs + NODE_GROUP_REPLACEMENT_MS, () => sim.addNode({ ...node.template, name, labels: { ...node.template.labels, 'kubernetes.io/hostname': name } }));
        }
        sim.loop.after(noticeMs, () => sim.deleteNode(node));
    }
}
/**
 * A typo in `instanceType` would otherwise reclaim nothing and pass: like an unknown zone, it is a usage error. A type
 * the cluster has, a NodePool admits or the EC2 catalog knows is accepted (base and head may launch different types).
 */
function checkInstanceType(typed, inputs) {
    const local = [...new Set([...inputs.cluster.nodes.map((n) => n.instanceType), ...inputs.pools.flatMap((p) => p.admitted.map((t) => t.name))])].sort();
    const catalog = (0,instance_types/* loadBuiltinCatalog */.NB)();
    if (local.includes(typed) || catalog.byName.has(typed))
        return;
    const guess = (0,closest_id/* closestId */.v)(typed, local) ?? (0,closest_id/* closestId */.v)(typed, catalog.types.map((t) => t.name));
    const known = local.length > 0 ? ` (the cluster's: ${local.slice(0, 10).join(', ')}${local.length > 10 ? ', …' : ''})` : '';
    throw new simulate_errors/* SimulationInputError */.K('--scenario', 1, `spot-interruption: instanceType ${typed} is not an instance type of the cluster, its NodePools or the EC2 catalog${known}${guess ? `; did you mean ${guess}?` : ''}`);
}

;// CONCATENATED MODULE: ./src/simulate/scenarios/trace.ts
/**
 * `trace`: a user's event file replayed as written. The file holds one `simulate.resilint.dev/v1alpha1`
 * `EventTrace` whose `spec.events` are `{at, type, ...}` with type:
 *   drain {node, timeout?}      kubectl drain (default timeout 0 = none); the node stays cordoned
 *   node-loss {node | zone}     nodes stop (B.8 timing); node-recover {node | zone} brings them back
 *   spot-interruption {node}    2-minute notice, Karpenter drain, then the instance is gone
 *   scale {workload, replicas}  a load change: the workload's replicas are set (an HPA decision, a manual scale)
 * Unknown nodes, zones or workloads are errors naming the event's line.
 */









const EVENT_TYPES = ['drain', 'node-loss', 'node-recover', 'spot-interruption', 'scale'];
function readTraceFile(file, cwd) {
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(external_node_path_default().resolve(cwd, file), 'utf8');
    }
    catch (e) {
        throw new simulate_errors/* SimulationInputError */.K(file, 1, `cannot read the event trace (${e.message})`);
    }
    const loaded = (0,load_manifests/* loadManifestText */.VH)(text, file);
    if (loaded.problems.length > 0)
        throw new simulate_errors/* SimulationInputError */.K(file, loaded.problems[0].line, `the event trace does not parse: ${loaded.problems[0].message}`);
    const o = loaded.objects.find((x) => x.kind === 'EventTrace' && x.apiVersion === cluster/* CLUSTER_API_VERSION */.tm);
    if (!o)
        throw new simulate_errors/* SimulationInputError */.K(file, 1, `expected a ${cluster/* CLUSTER_API_VERSION */.tm} EventTrace`);
    return { file, events: readEvents(o) };
}
function readEvents(o) {
    const raw = o.raw.spec?.events;
    if (!Array.isArray(raw))
        throw new simulate_errors/* SimulationInputError */.K(o.file, o.locate(['spec', 'events']).line, 'EventTrace: spec.events must be a list');
    return raw
        .map((e, i) => {
        const line = o.locate(['spec', 'events', i]).line;
        const at = (0,units/* durationSeconds */.o8)(e?.at);
        if (at === undefined)
            throw new simulate_errors/* SimulationInputError */.K(o.file, line, 'event: `at` must be a duration such as 90s or 5m');
        if (!EVENT_TYPES.includes(e?.type)) {
            throw new simulate_errors/* SimulationInputError */.K(o.file, line, `event: type must be one of ${EVENT_TYPES.join(', ')}`);
        }
        const timeout = e.timeout === undefined ? 0 : (0,units/* durationSeconds */.o8)(e.timeout);
        if (timeout === undefined)
            throw new simulate_errors/* SimulationInputError */.K(o.file, line, 'event: timeout must be a duration');
        if (e.type === 'scale' && (!Number.isInteger(e.replicas) || e.replicas < 0)) {
            throw new simulate_errors/* SimulationInputError */.K(o.file, line, 'scale event: replicas must be a non-negative integer');
        }
        return {
            atMs: at * 1000,
            type: e.type,
            line,
            timeoutMs: timeout * 1000,
            ...(typeof e.node === 'string' ? { node: e.node } : {}),
            ...(typeof e.zone === 'string' ? { zone: e.zone } : {}),
            ...(typeof e.workload === 'string' ? { workload: e.workload } : {}),
            ...(typeof e.replicas === 'number' ? { replicas: e.replicas } : {}),
        };
    })
        .sort((a, b) => a.atMs - b.atMs || a.line - b.line);
}
function runTrace(inputs, trace, raw) {
    const params = new ParamReader('trace', raw, []);
    const prepared = prepare(inputs);
    const { sim } = prepared;
    const drains = new DrainLog(sim);
    const nodesFor = (e) => {
        if (e.node !== undefined) {
            const node = sim.nodeByName.get(e.node);
            if (!node)
                throw new simulate_errors/* SimulationInputError */.K(trace.file, e.line, `${e.type} event names node ${e.node}, which is not in the cluster`);
            return [node];
        }
        if (e.zone !== undefined) {
            const nodes = sim.liveNodes().filter((n) => n.zone === e.zone);
            if (nodes.length === 0)
                throw new simulate_errors/* SimulationInputError */.K(trace.file, e.line, `${e.type} event names zone ${e.zone}, which has no nodes`);
            return nodes;
        }
        throw new simulate_errors/* SimulationInputError */.K(trace.file, e.line, `${e.type} event needs a node or a zone`);
    };
    // Validate references before running, so bad input fails fast with its line.
    for (const e of trace.events) {
        if (e.type === 'scale') {
            if (!sim.workloads.some((w) => w.spec.key === e.workload || w.spec.name === e.workload)) {
                throw new simulate_errors/* SimulationInputError */.K(trace.file, e.line, `scale event names workload ${e.workload}, which is not among the manifests`);
            }
        }
        else if (e.node !== undefined && !sim.nodeByName.has(e.node)) {
            throw new simulate_errors/* SimulationInputError */.K(trace.file, e.line, `${e.type} event names node ${e.node}, which is not in the cluster`);
        }
    }
    const lost = new Map();
    for (const e of trace.events) {
        sim.loop.at(e.atMs, () => {
            switch (e.type) {
                case 'drain':
                    for (const node of nodesFor(e)) {
                        drains.drain(node, { caller: 'kubectl', timeoutMs: e.timeoutMs ?? 0 });
                    }
                    break;
                case 'node-loss':
                    for (const node of nodesFor(e)) {
                        lost.set(node.name, node);
                        sim.failNode(node);
                    }
                    break;
                case 'node-recover':
                    for (const node of e.node ? [lost.get(e.node) ?? nodesFor(e)[0]] : [...lost.values()].filter((n) => n.zone === e.zone))
                        sim.recoverNode(node);
                    break;
                case 'spot-interruption':
                    for (const node of nodesFor(e)) {
                        drains.drain(node, { caller: 'karpenter', timeoutMs: 120_000 });
                        sim.loop.after(120_000, () => sim.deleteNode(node));
                    }
                    break;
                case 'scale': {
                    const w = sim.workloads.find((x) => x.spec.key === e.workload || x.spec.name === e.workload);
                    sim.setDesired(w, e.replicas);
                    break;
                }
            }
        });
    }
    const end = runToIdle(prepared);
    return finish(prepared, { id: 'trace', scenario: 'trace', description: `Replay ${trace.events.length} event(s) from ${trace.file}.`, params: params.used }, { drains: drains.reports(end) }, end);
}

;// CONCATENATED MODULE: ./src/simulate/scenarios/zone-outage.ts




const ZONE_OUTAGE_PARAMS = ['zone', 'duration'];
function runZoneOutages(inputs, raw) {
    const params = new ParamReader('zone-outage', raw, ZONE_OUTAGE_PARAMS);
    const zone = params.text('zone');
    const durationMs = params.seconds('duration', 3600) * 1000;
    if (durationMs <= 0)
        throw new simulate_errors/* SimulationInputError */.K('--scenario', 1, 'zone-outage: duration must be positive');
    if (zone !== undefined && !inputs.cluster.zones.includes(zone)) {
        throw new simulate_errors/* SimulationInputError */.K('--scenario', 1, `zone-outage: zone ${zone} is not in the cluster (zones: ${inputs.cluster.zones.join(', ')})`);
    }
    const zones = zone !== undefined ? [zone] : inputs.cluster.zones;
    return zones.map((z) => runZoneOutage(inputs, z, durationMs, params.used));
}
function runZoneOutage(inputs, zone, durationMs, used) {
    const prepared = prepare(inputs);
    const lost = loseZone(prepared, zone, durationMs);
    const end = runToIdle(prepared);
    return finish(prepared, {
        id: `zone-outage:${zone}`,
        scenario: 'zone-outage',
        description: `Zone ${zone} (${lost.length} node(s)) is lost for ${(0,units/* formatDuration */.a3)(durationMs / 1000)}.`,
        params: { ...used, zone, duration: durationMs / 1000 },
    }, {}, end);
}
/** Stops every node of `zone` now and brings them back after `durationMs`; returns the lost nodes. */
function loseZone(prepared, zone, durationMs) {
    const { sim, karpenter } = prepared;
    const lost = sim.liveNodes().filter((n) => n.zone === zone);
    karpenter?.unavailableZones.add(zone);
    for (const node of lost)
        sim.failNode(node);
    sim.loop.at(durationMs, () => {
        karpenter?.unavailableZones.delete(zone);
        for (const node of lost)
            sim.recoverNode(node);
    });
    return lost;
}

;// CONCATENATED MODULE: ./src/simulate/report.ts



const BARS = '▁▂▃▄▅▆▇█';
function sparkline(series, max) {
    return series.map(([, v]) => (max <= 0 ? BARS[0] : BARS[Math.min(BARS.length - 1, Math.round((v / max) * (BARS.length - 1)))])).join('');
}
function report_table(rows) {
    const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
    return rows.map((r) => r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ').trimEnd());
}
/** "timed out after 5m, 60 eviction(s) refused: PodDisruptionBudget shop/api needs 3 healthy pod(s) and had 3, …" */
function drainSummary(d) {
    const what = d.status === 'drained'
        ? `drained after ${(0,units/* formatDuration */.a3)(d.durationSeconds)}`
        : d.status === 'unfinished'
            ? `still blocked when the simulation ended, after ${(0,units/* formatDuration */.a3)(d.durationSeconds)}`
            : `${d.status} after ${(0,units/* formatDuration */.a3)(d.durationSeconds)}`;
    const why = d.refusals.map(simulate_problems/* refusalWhy */.lH).join('; ') || `refused by ${d.blockingPdbs.join(', ') || 'no PDB'}`;
    return `${what}, ${d.rejections} eviction(s) refused: ${why}`;
}
/** "9 of 9 nodes in 17m", "1 of 9 nodes, stopped at node-a (3 replaced after a drain timeout)". */
function upgradeSummary(u) {
    const how = u.completed ? ` in ${(0,units/* formatDuration */.a3)(u.durationSeconds)}` : u.stoppedAt ? `, stopped at ${u.stoppedAt}` : '';
    const forced = u.forced > 0 ? ` (${u.forced} replaced after a drain that did not finish)` : '';
    return `${u.upgraded} of ${u.nodes} node(s) upgraded${how}${forced}`;
}
/** "6 → 3 node(s) of the NodePools: 2 empty deleted, 1 deleted, 1 replaced; 1 kept by what it runs or its NodePool". */
function consolidationSummary(c) {
    const count = (pick) => c.actions.filter(pick).reduce((n, a) => n + a.nodes.length, 0);
    const parts = [
        [count((a) => a.method === 'empty'), 'empty deleted'],
        [count((a) => a.method === 'underutilized' && !a.replacement), 'underutilized deleted'],
        [count((a) => a.replacement !== undefined), 'replaced by a cheaper node'],
        [c.launched, 'launched for pods that found no room'],
    ]
        .filter(([n]) => n > 0)
        .map(([n, what]) => `${n} ${what}`);
    const kept = c.blocked.length > 0 ? `; ${c.blocked.length} could go but ${c.blocked.length === 1 ? 'is' : 'are'} kept` : '';
    return `${c.nodesBefore} → ${c.nodesAfter} node(s) of the NodePools${parts.length > 0 ? `: ${parts.join(', ')}` : ', none removed'}${kept}`;
}
/** "1m30s  replaced general-00001 (m5.xlarge) with general-00003 (m5.large); gone at 3m15s". */
function consolidationActionText(a) {
    const nodes = a.nodes.map((n) => `${n.node} (${n.instanceType})`).join(', ');
    const what = a.replacement
        ? `replaced ${nodes} with ${a.replacement.node} (${a.replacement.instanceType})`
        : `deleted ${a.method === 'empty' ? 'empty' : 'underutilized'} ${nodes}`;
    return `${what}; ${a.doneSeconds !== undefined ? `gone at ${(0,units/* formatDuration */.a3)(a.doneSeconds)}` : 'still draining at the end'}`;
}
/** "could be deleted: pod web-0 of Deployment/shop/web has karpenter.sh/do-not-disrupt: "true"; …". */
function blockedText(b) {
    const could = b.could === 'delete' ? 'deleted' : b.could.replace(/^replace/, 'replaced');
    return `could be ${could}, but ${b.reasons.map((r) => r.why).join('; ')}`;
}
/** The scheduler's reason, or the size check's when no node is large enough at all. */
function pendingReason(w) {
    const reason = w.noFit ?? w.unschedulableReasons[0] ?? '';
    return w.pendingAtStart ? `${w.pendingAtStart} pending from the start: ${reason}` : reason;
}
function scenarioText(s) {
    const lines = [`== ${s.id}: ${s.description}`, `   ${(0,units/* formatDuration */.a3)(s.durationSeconds)} simulated, ${s.events} events`];
    const rows = [['Workload', 'Desired', 'Min ready', 'Below PDB floor', 'At zero', 'Max pending']];
    for (const w of s.workloads) {
        rows.push([
            w.workload,
            String(w.desired),
            String(w.minReady),
            w.pdbFloor === undefined ? '-' : `${(0,units/* formatDuration */.a3)(w.belowFloorSeconds)} (floor ${w.pdbFloor})`,
            (0,units/* formatDuration */.a3)(w.zeroSeconds),
            String(w.maxPending),
        ]);
    }
    lines.push(...report_table(rows).map((l) => `   ${l}`));
    if (s.upgrade)
        lines.push(`   Upgrade: ${upgradeSummary(s.upgrade)}`);
    if (s.consolidation)
        lines.push(...consolidationText(s.consolidation));
    const blocked = s.drains.filter((d) => d.status !== 'drained' || d.rejections > 0);
    if (blocked.length > 0) {
        lines.push('   Drains that blocked:');
        for (const d of blocked) {
            lines.push(`     ${d.node}: ${drainSummary(d)}`);
            if (d.status !== 'drained' && d.remainingPods.length > 0)
                lines.push(`       left on the node: ${d.remainingPods.join(', ')}`);
        }
    }
    const pending = s.workloads.filter((w) => w.maxPending > 0);
    if (pending.length > 0) {
        lines.push('   Unschedulable pods:');
        for (const w of pending)
            lines.push(`     ${w.workload}: up to ${w.maxPending} pending (${(0,units/* formatDuration */.a3)(w.pendingPodSeconds)} pod-time): ${pendingReason(w)}`);
    }
    for (const h of s.hpas) {
        lines.push(`   HPA ${h.hpa}: ${h.minReplicas}..${h.maxReplicas}, peak ${h.peakReplicas}, metrics asked for up to ${h.peakRecommended}` +
            (h.saturatedSeconds > 0 ? `; at maxReplicas while demand was higher for ${(0,units/* formatDuration */.a3)(h.saturatedSeconds)}` : ''));
    }
    const dipped = s.workloads.filter((w) => w.series && w.series.length > 0);
    if (dipped.length > 0) {
        lines.push(`   Ready replicas over time (0s … ${(0,units/* formatDuration */.a3)(s.durationSeconds)}):`);
        const width = Math.max(...dipped.map((w) => w.workload.length));
        for (const w of dipped)
            lines.push(`     ${w.workload.padEnd(width)}  ${sparkline(w.series, w.desired)}  min ${w.minReady}/${w.desired}`);
    }
    for (const n of s.notes)
        lines.push(`   Note: ${n}`);
    return lines;
}
function consolidationText(c) {
    const lines = [`   Consolidation: ${consolidationSummary(c)}`];
    const width = Math.max(0, ...c.actions.map((a) => (0,units/* formatDuration */.a3)(a.atSeconds).length));
    for (const a of c.actions)
        lines.push(`     ${(0,units/* formatDuration */.a3)(a.atSeconds).padEnd(width)}  ${consolidationActionText(a)}`);
    if (c.blocked.length > 0) {
        lines.push('   Nodes not consolidated:');
        for (const b of c.blocked)
            lines.push(`     ${b.node} (${b.instanceType}, NodePool ${b.pool}) ${blockedText(b)}`);
    }
    return lines;
}
function sideText(side, label) {
    const lines = [`${label ? `${label} ` : ''}cluster: ${side.cluster}`];
    for (const f of side.unparsed)
        lines.push(`Not simulated: ${f.file}:${f.line}:${f.column} did not parse (${f.message}); its objects are missing from this run.`);
    for (const s of side.scenarios)
        lines.push('', ...scenarioText(s));
    for (const n of side.notes)
        lines.push(`Note: ${n}`);
    return lines;
}
/** `[new]`, `[worse]` (new to the run, but the base had it in a milder form), `[existing]`, `[fixed]`, `[missing]`. */
function statusLabel(p) {
    return p.status === 'new' && p.worse !== undefined ? 'worse' : p.status;
}
function problemLine(p) {
    const at = `${objectLabel(p.problem.object)} at ${p.problem.file}:${p.problem.line}:${p.problem.column} (${p.problem.scenario})`;
    const extra = p.worse !== undefined ? `; worse than on base: ${p.worse}` : p.note !== undefined ? `; ${p.note}` : '';
    return `   [${statusLabel(p)}] ${p.problem.ruleId} ${at}: ${p.problem.detail}${extra}`;
}
/** "at zero 4m30s → 58m40s", with a measure that moved the other way after it. */
function deltaReason(d) {
    if (d.change === 'rescaled') {
        const kept = d.base.minReady === d.base.desired && d.head.minReady === d.head.desired;
        return kept ? 'none lost on either side' : `min ready ${readyOf(d.base)} → ${readyOf(d.head)}, neither side longer at zero`;
    }
    if (d.note !== undefined)
        return d.note;
    if (d.change === 'added')
        return `added in head: min ready ${readyOf(d.head)}`;
    return `${d.decidedBy ?? ''}${d.despite ? `; though ${d.despite}` : ''}`;
}
/**
 * The rows worth reading: what moved, a replica count change, and workloads on one side only. An added workload
 * that kept all its replicas needs no row; one missing from a side is named once, not once per scenario.
 */
function shownDeltas(deltas) {
    const seenMissing = new Set();
    return deltas.filter((d) => {
        if (d.change === 'same' || d.change === 'not-compared')
            return false;
        if (d.change === 'added')
            return d.head.minReady < d.head.desired || d.head.maxPending > 0;
        if (d.change === 'removed' || d.change === 'not-simulated') {
            if (seenMissing.has(d.workload))
                return false;
            seenMissing.add(d.workload);
        }
        return true;
    });
}
function upgradeLine(u) {
    const why = u.decidedBy ? `${u.decidedBy}; ` : '';
    return `   ${u.change.padEnd(6)} ${u.scenario}: ${why}base ${upgradeSummary(u.base)}, head ${upgradeSummary(u.head)}`;
}
function formatSimulationText(result) {
    const lines = sideText(result.head, result.base ? 'Head' : undefined);
    if (result.base && result.comparison) {
        if (result.base.unparsed.length > 0) {
            lines.push('');
            for (const f of result.base.unparsed)
                lines.push(`Base not simulated: ${f.file}:${f.line}:${f.column} did not parse (${f.message}).`);
        }
        lines.push('', '== Compared with base');
        const changed = result.comparison.problems;
        if (changed.length === 0)
            lines.push('   No simulated problems on either side.');
        for (const p of changed)
            lines.push(problemLine(p));
        for (const u of result.comparison.upgrades.filter((x) => x.change !== 'same'))
            lines.push(upgradeLine(u));
        const notCompared = result.comparison.deltas.filter((d) => d.change === 'not-compared');
        if (notCompared.length > 0)
            lines.push(`   not compared: ${notCompared.length} workload(s) that kept more replicas only because ${notCompared[0].note}`);
        for (const d of shownDeltas(result.comparison.deltas)) {
            const where = d.change === 'removed' || d.change === 'not-simulated' ? '' : ` in ${d.scenario}`;
            lines.push(`   ${deltaLabel(d).padEnd(6)} ${d.workload}${where}: ${deltaReason(d)}`);
        }
    }
    return lines.join('\n') + '\n';
}
/**
 * `worse`, `better`, or `replicas 1 → 3` when the replica count is all that changed: more replicas that all stay
 * ready are not "better" availability, only more of it.
 */
function deltaLabel(d) {
    if (d.change === 'rescaled')
        return `replicas ${d.base?.desired ?? '-'} → ${d.head?.desired ?? '-'}`;
    if (d.change === 'not-simulated')
        return 'missing';
    return d.change;
}
/**
 * `Deployment/shop/checkout`, as the scenario tables name workloads: two namespaces may hold objects of
 * the same name. Cluster-scoped objects have no namespace to show.
 */
function objectLabel(ref) {
    return ref.namespace ? `${ref.kind}/${ref.namespace}/${ref.name}` : `${ref.kind}/${ref.name}`;
}
/**
 * Ready replicas against desired ("2/3"): a change of scale makes bare counts misleading (1 of 1
 * ready throughout is better than 2 of 3, though 1 < 2).
 */
function readyOf(side) {
    return side ? `${side.minReady}/${side.desired}` : '-';
}

;// CONCATENATED MODULE: ./src/simulate/markdown.ts


const MAX_CHARTS_PER_SCENARIO = 3;
/** Rows per table in a scenario: a PR comment has room for the worst few; the text and JSON reports hold them all. */
const MAX_ROWS = 15;
/** Points per chart line, and so labels on its x-axis: more do not fit the width of a PR comment. */
const CHART_BUCKETS = 20;
function cell(text) {
    return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}
/**
 * A Mermaid `xychart-beta` of ready replicas. With a base, both sides are drawn on one time axis
 * (base first, head second: xychart-beta has no legend, so the title says which is which). Each line is
 * resampled to at most CHART_BUCKETS buckets as the lowest value in the bucket, so a dip is never smoothed away.
 */
function mermaidChart(title, w, base) {
    const sides = base ? [base, w] : [w];
    const end = Math.max(...sides.flatMap((x) => (x.series ?? []).map(([t]) => t)), 0);
    const buckets = Math.min(CHART_BUCKETS, Math.max(1, end));
    const times = Array.from({ length: buckets }, (_, i) => Math.round((end * i) / buckets));
    const lines = sides.map((x) => times.map((t, i) => lowestIn(x, t, i + 1 < times.length ? times[i + 1] : end + 1)));
    const top = Math.max(...sides.map((x) => x.desired), ...lines.flat(), 1);
    return [
        '```mermaid',
        'xychart-beta',
        `  title "${title.replace(/"/g, "'")}"`,
        `  x-axis "seconds" [${times.join(', ')}]`,
        `  y-axis "ready replicas" 0 --> ${top}`,
        ...lines.map((values) => `  line [${values.join(', ')}]`),
        '```',
    ].join('\n');
}
/** The lowest ready count in [from, to) of a step series (desired before its first point). */
function lowestIn(w, from, to) {
    let current = w.desired;
    let lowest = Infinity;
    for (const [at, v] of w.series ?? []) {
        if (at >= to)
            break;
        if (at <= from)
            current = v;
        else
            lowest = Math.min(lowest, v);
    }
    return Math.min(lowest, current);
}
/**
 * Charts for the workloads worth a look: those that changed between base and head first (the reason for a
 * comparison), then those that dipped on either side, worst first; at most MAX_CHARTS_PER_SCENARIO, collapsed.
 */
function chartsBlock(s, base, changed) {
    const baseOf = (w) => base?.workloads.find((b) => b.workload === w.workload);
    const dips = (w) => Boolean(w?.series && w.series.length > 1);
    const worth = s.workloads.filter((w) => changed.has(w.workload) || dips(w) || dips(baseOf(w)));
    if (worth.length === 0)
        return [];
    const ranked = [...worth].sort((a, b) => Number(changed.has(b.workload)) - Number(changed.has(a.workload)) || worstFirst(a, b));
    const shown = ranked.slice(0, MAX_CHARTS_PER_SCENARIO);
    const count = shown.length < worth.length ? `${shown.length} of ${worth.length} workloads` : `${shown.length} workload${shown.length === 1 ? '' : 's'}`;
    const out = ['', `<details><summary>Ready replicas over time (${count})</summary>`];
    for (const w of shown) {
        const b = baseOf(w);
        // Namespace and name: examples often hold the same name in two namespaces.
        const name = w.namespace ? `${w.namespace}/${w.name}` : w.name;
        const title = b ? `${name}: ready replicas (${s.id}), base then head` : `${name}: ready replicas (${s.id})`;
        // A blank line before each fence: GitHub renders Markdown inside <details> only after one.
        out.push('', mermaidChart(title, w, b));
    }
    out.push('', '</details>');
    return out;
}
/** The workloads that lost ready replicas or had pods pending, worst first; the rest in one sentence. */
function workloadTable(s) {
    const affected = s.workloads.filter((w) => w.minReady < w.desired || w.maxPending > 0 || w.belowFloorSeconds > 0);
    const calm = s.workloads.length - affected.length;
    if (affected.length === 0)
        return [`Every workload (${s.workloads.length}) kept all its replicas ready, with no pod pending.`];
    const shown = [...affected].sort(worstFirst).slice(0, MAX_ROWS);
    const out = ['| Workload | Desired | Min ready | Below PDB floor | At zero | Max pending |', '|---|---:|---:|---:|---:|---:|'];
    for (const w of shown) {
        out.push(`| ${cell(w.workload)} | ${w.desired} | ${w.minReady} | ${w.pdbFloor === undefined ? '–' : `${(0,units/* formatDuration */.a3)(w.belowFloorSeconds)} (floor ${w.pdbFloor})`} | ${(0,units/* formatDuration */.a3)(w.zeroSeconds)} | ${w.maxPending} |`);
    }
    const hidden = [
        affected.length > shown.length ? `${affected.length - shown.length} more that lost replicas or waited` : '',
        calm > 0 ? `${calm} that kept all replicas ready` : '',
    ].filter(Boolean);
    if (hidden.length > 0)
        out.push('', `Not listed: ${hidden.join(', ')} (the text and JSON reports list every workload).`);
    return out;
}
/**
 * Workloads whose pods stayed pending longer than a node launch takes (the sim/unschedulable threshold), with the
 * scheduler's reason; pods that only waited for a new node are counted, not listed.
 */
function unschedulableTable(s) {
    const pending = s.workloads.filter((w) => w.maxPending > 0);
    const stuck = pending.filter((w) => w.pendingPodSeconds > simulate_problems/* UNSCHEDULABLE_THRESHOLD_SECONDS */.IA).sort((a, b) => b.pendingPodSeconds - a.pendingPodSeconds);
    const brief = pending.length - stuck.length;
    const out = [];
    if (stuck.length > 0) {
        out.push('', '| Unschedulable | Max pending | Pending pod-time | Why |', '|---|---:|---:|---|');
        for (const w of stuck.slice(0, MAX_ROWS)) {
            out.push(`| ${cell(w.workload)} | ${w.maxPending} | ${(0,units/* formatDuration */.a3)(w.pendingPodSeconds)} | ${cell(pendingReason(w))} |`);
        }
    }
    const hidden = [
        stuck.length > MAX_ROWS ? `${stuck.length - MAX_ROWS} more workloads with unschedulable pods` : '',
        brief > 0 ? `${brief} workload(s) whose pods waited ${(0,units/* formatDuration */.a3)(simulate_problems/* UNSCHEDULABLE_THRESHOLD_SECONDS */.IA)} or less in total (for a new node)` : '',
    ].filter(Boolean);
    if (hidden.length > 0)
        out.push('', `Not listed: ${hidden.join('; ')}.`);
    return out;
}
/** Longest at zero, then longest below the PDB floor, then most replicas lost, then most pending; then by name. */
function worstFirst(a, b) {
    return (b.zeroSeconds - a.zeroSeconds ||
        b.belowFloorSeconds - a.belowFloorSeconds ||
        b.desired - b.minReady - (a.desired - a.minReady) ||
        b.maxPending - a.maxPending ||
        (a.workload < b.workload ? -1 : a.workload > b.workload ? 1 : 0));
}
function scenarioMarkdown(s, base, changed) {
    const out = [`#### ${cell(s.id)}`, '', `${cell(s.description)} ${(0,units/* formatDuration */.a3)(s.durationSeconds)} simulated.`, ''];
    out.push(...workloadTable(s));
    if (s.upgrade)
        out.push('', `Upgrade: ${cell(upgradeSummary(s.upgrade))}.`);
    if (s.consolidation) {
        out.push('', `Consolidation: ${cell(consolidationSummary(s.consolidation))}.`);
        const blocked = s.consolidation.blocked;
        if (blocked.length > 0) {
            out.push('', '| Not consolidated | NodePool | Why |', '|---|---|---|');
            for (const b of blocked.slice(0, MAX_ROWS))
                out.push(`| ${cell(`${b.node} (${b.instanceType})`)} | ${cell(b.pool)} | ${cell(blockedText(b))} |`);
            if (blocked.length > MAX_ROWS)
                out.push('', `Not listed: ${blocked.length - MAX_ROWS} more nodes (the text and JSON reports list every one).`);
        }
    }
    const blocked = s.drains.filter((d) => d.status !== 'drained');
    if (blocked.length > 0) {
        out.push('', '| Blocked drain | Status | Duration | Refusals | Why |', '|---|---|---:|---:|---|');
        for (const d of blocked.slice(0, MAX_ROWS)) {
            // The first budget's numbers; the text and JSON reports give every one.
            const more = d.refusals.length > 1 ? ` (and ${d.refusals.length - 1} more budget(s))` : '';
            const why = d.refusals[0] ? `${(0,simulate_problems/* refusalWhy */.lH)(d.refusals[0])}${more}` : `refused by ${d.blockingPdbs.join(', ')}`;
            out.push(`| ${cell(d.node)} | ${d.status === 'unfinished' ? 'still blocked at the end' : d.status} | ${(0,units/* formatDuration */.a3)(d.durationSeconds)} | ${d.rejections} | ${cell(why)} |`);
        }
        if (blocked.length > MAX_ROWS)
            out.push('', `Not listed: ${blocked.length - MAX_ROWS} more blocked drains (the text and JSON reports list every one).`);
    }
    out.push(...unschedulableTable(s));
    for (const h of s.hpas) {
        out.push('', `HPA \`${h.hpa}\`: ${h.minReplicas}–${h.maxReplicas} replicas, peak ${h.peakReplicas}, metrics asked for up to ${h.peakRecommended}${h.saturatedSeconds > 0 ? `, **saturated for ${(0,units/* formatDuration */.a3)(h.saturatedSeconds)}**` : ''}.`);
    }
    out.push(...chartsBlock(s, base, changed));
    for (const n of s.notes)
        out.push('', `> ${cell(n)}`);
    out.push('');
    return out;
}
/**
 * What the simulation's Markdown may take. The PR summary comment holds the lint report too, and GitHub refuses a
 * comment over 65,536 characters (summary-comment.ts truncates it, cutting off whatever comes last, the simulation):
 * the simulation keeps to well under half of that. Scenario sections that do not fit in full are shortened to one
 * paragraph; the text and JSON reports always hold every table.
 */
const MARKDOWN_BUDGET = 28_000;
function formatSimulationMarkdown(result) {
    const out = ['### Replay simulation', '', `Cluster: ${cell(result.head.cluster)}`, ''];
    for (const n of result.head.notes)
        out.push(`> ${cell(n)}`, '');
    out.push(...unparsedBlock(result));
    if (result.comparison) {
        out.push(...problemsTable(result.comparison.problems));
        out.push(...upgradesBlock(result));
        out.push(...deltasTable(result.comparison.deltas));
    }
    else {
        out.push(...headProblemsTable(result.head.problems));
    }
    const baseScenarios = new Map((result.base?.scenarios ?? []).map((s) => [s.id, s]));
    // Charts go first to workloads whose availability moved; a replica count change alone needs no chart.
    const moved = (d) => d.change === 'worse' || d.change === 'better';
    const changed = (id) => new Set((result.comparison?.deltas ?? []).filter((d) => d.scenario === id && moved(d)).map((d) => d.workload));
    const sections = result.head.scenarios.map((s) => {
        const same = result.comparison !== undefined && unchanged(s.id, result.comparison);
        return {
            same,
            full: same ? [] : scenarioMarkdown(s, baseScenarios.get(s.id), changed(s.id)),
            brief: briefScenario(s, same ? 'Same on base and head; the text and JSON reports have the details.' : 'Details left out to fit the PR comment; the text and JSON reports have them.'),
        };
    });
    // Sections that changed between base and head get the room first, then one of each scenario (the first zone's
    // outage), then the repeats (the other zones); each that does not fit in full beside the short forms is shortened.
    const length = (lines) => lines.reduce((n, l) => n + l.length + 1, 0);
    let used = length(out) + sections.reduce((n, x) => n + length(x.brief), 0);
    const full = new Set();
    const scenarios = result.head.scenarios;
    const repeat = (i) => Number(scenarios.findIndex((s) => s.scenario === scenarios[i].scenario) < i);
    const rank = (i) => [Number(sections[i].same), repeat(i), i];
    const order = sections.map((_, i) => i).sort((a, b) => rank(a)[0] - rank(b)[0] || rank(a)[1] - rank(b)[1] || a - b);
    for (const i of order) {
        const x = sections[i];
        if (x.same)
            continue;
        const extra = length(x.full) - length(x.brief);
        if (used + extra > MARKDOWN_BUDGET)
            continue;
        used += extra;
        full.add(i);
    }
    sections.forEach((x, i) => out.push(...(full.has(i) ? x.full : x.brief)));
    return out.join('\n');
}
/** Nothing about the scenario differs between base and head: no problem came or went, no workload moved. */
function unchanged(id, comparison) {
    if (comparison.problems.some((p) => p.problem.scenario === id && p.status !== 'existing'))
        return false;
    if (comparison.upgrades.some((u) => u.scenario === id && u.change !== 'same'))
        return false;
    return !shownDeltas(comparison.deltas).some((d) => d.scenario === id && (d.change === 'worse' || d.change === 'better' || d.change === 'rescaled' || d.change === 'added'));
}
/** A scenario in one paragraph: what ran, how many workloads lost replicas (the worst named), what else went wrong. */
function briefScenario(s, why) {
    const hurt = s.workloads.filter((w) => w.minReady < w.desired || w.maxPending > 0 || w.belowFloorSeconds > 0).sort(worstFirst);
    const worst = hurt[0];
    const facts = [
        hurt.length === 0
            ? `every workload (${s.workloads.length}) kept all its replicas ready`
            : `${hurt.length} of ${s.workloads.length} workloads lost ready replicas or waited for a node` +
                (worst && worst.zeroSeconds > 0 ? ` (longest at zero: ${worst.workload}, ${(0,units/* formatDuration */.a3)(worst.zeroSeconds)})` : ''),
    ];
    const blocked = s.drains.filter((d) => d.status !== 'drained').length;
    if (blocked > 0)
        facts.push(`${blocked} blocked drain(s)`);
    if (s.upgrade)
        facts.push(`upgrade: ${upgradeSummary(s.upgrade)}`);
    if (s.consolidation)
        facts.push(`consolidation: ${consolidationSummary(s.consolidation)}`);
    const text = `${s.description} ${(0,units/* formatDuration */.a3)(s.durationSeconds)} simulated: ${facts.join('; ')}. ${why}`;
    return [`#### ${cell(s.id)}`, '', cell(text), ''];
}
/** Files that did not parse: their workloads are missing, so the report must not be read as complete. */
function unparsedBlock(result) {
    const sides = [
        { label: 'head', files: result.head.unparsed },
        { label: 'base', files: result.base?.unparsed ?? [] },
    ].filter((x) => x.files.length > 0);
    if (sides.length === 0)
        return [];
    const out = ['> [!CAUTION]'];
    for (const { label, files } of sides) {
        out.push(`> ${files.length} ${label} file(s) did not parse; their objects were not simulated: ${files.map((f) => `\`${cell(f.file)}:${f.line}\` (${cell(f.message)})`).join(', ')}.`);
    }
    out.push('');
    return out;
}
const STATUS_MARK = { new: '🔴 new', worse: '🔴 worse', existing: '⚪ already on base', fixed: '🟢 fixed', missing: '⚠️ missing in head' };
/**
 * Rows of one kind of problem on one object, over every scenario that had it: a PR comment names each once. The
 * first occurrence speaks for the group, as the findings do.
 */
function grouped(items, key, scenario) {
    const groups = new Map();
    for (const item of items) {
        const g = groups.get(key(item));
        if (g)
            g.scenarios.push(scenario(item));
        else
            groups.set(key(item), { first: item, scenarios: [scenario(item)] });
    }
    return [...groups.values()];
}
/** Rows a PR comment has room for in the problem tables; the text and JSON reports hold them all. */
const MAX_PROBLEM_ROWS = MAX_ROWS;
function notListed(hidden, what) {
    return hidden > 0 ? [`Not listed: ${hidden} more ${what} (the text and JSON reports list every one).`, ''] : [];
}
/** Every compared problem, new and worse ones first (compareSides orders them), with what to do about those. */
function problemsTable(rows) {
    const out = ['| Change | Problem | Object | Scenario | What happened | What to do |', '|---|---|---|---|---|---|'];
    if (rows.length === 0)
        out.push('| – | none | – | – | No simulated problems on either side. | – |');
    const groups = grouped(rows, (p) => `${statusLabel(p)}|${p.problem.ruleId}|${objectLabel(p.problem.object)}`, (p) => p.problem.scenario);
    for (const { first: p, scenarios } of groups.slice(0, MAX_PROBLEM_ROWS)) {
        const happened = p.worse !== undefined ? `${p.problem.detail}; worse than on base: ${p.worse}` : p.note !== undefined ? `${p.problem.detail} (${p.note})` : p.problem.detail;
        const todo = p.status === 'new' || p.status === 'existing' ? p.problem.remediation : '–';
        out.push(`| ${STATUS_MARK[statusLabel(p)]} | \`${p.problem.ruleId}\` | ${cell(objectLabel(p.problem.object))} | ${cell(scenarios.join(', '))} | ${cell(happened)} | ${cell(todo)} |`);
    }
    out.push('');
    const hidden = groups.slice(MAX_PROBLEM_ROWS);
    const fresh = hidden.filter((g) => g.first.status === 'new').length;
    return [...out, ...notListed(hidden.length, `problems${fresh > 0 ? `, ${fresh} of them new or worse` : ''}`)];
}
/** Without a base: each problem once per object, with the scenarios that had it and what to do. */
function headProblemsTable(problems) {
    if (problems.length === 0)
        return ['No simulated problems.', ''];
    // Errors first: with a capped table, they are the rows that must not fall off.
    const rank = (p) => (simulate_problems/* PROBLEM_SEVERITY */.Qm[p.ruleId] === 'error' ? 0 : 1);
    const groups = grouped(problems, (p) => `${p.ruleId}|${objectLabel(p.object)}|${p.fieldPath}`, (p) => p.scenario).sort((a, b) => rank(a.first) - rank(b.first));
    const out = ['| Problem | Object | Scenario | What happened | What to do |', '|---|---|---|---|---|'];
    for (const { first: p, scenarios } of groups.slice(0, MAX_PROBLEM_ROWS)) {
        out.push(`| \`${p.ruleId}\` | ${cell(objectLabel(p.object))} | ${cell(scenarios.join(', '))} | ${cell(p.detail)} | ${cell(p.remediation)} |`);
    }
    out.push('');
    return [...out, ...notListed(groups.length - MAX_PROBLEM_ROWS, 'problems')];
}
/** How far each rolling upgrade got on both sides, when that changed. */
function upgradesBlock(result) {
    const moved = (result.comparison?.upgrades ?? []).filter((u) => u.change !== 'same');
    const out = [];
    for (const u of moved) {
        out.push(`${DELTA_MARK[u.change]} Upgrade ${u.change} in \`${cell(u.scenario)}\` (${cell(u.decidedBy ?? '')}): base ${cell(upgradeSummary(u.base))}, head ${cell(upgradeSummary(u.head))}.`, '');
    }
    const notCompared = (result.comparison?.deltas ?? []).filter((d) => d.change === 'not-compared');
    if (notCompared.length > 0)
        out.push(`Not compared: ${notCompared.length} workload(s) that kept more replicas only because ${cell(notCompared[0].note ?? '')}.`, '');
    return out;
}
const DELTA_MARK = {
    worse: '🔴',
    better: '🟢',
    rescaled: '⚪',
    same: '',
    removed: '⚪',
    added: '⚪',
    'not-simulated': '⚠️',
    'not-compared': '⚪',
};
/** Workloads whose availability moved (or whose replica count alone changed) between base and head, per scenario. */
function deltasTable(deltas) {
    const moved = shownDeltas(deltas);
    if (moved.length === 0)
        return ['Availability: no workload changed in any scenario both sides ran.', ''];
    const arrow = (b, h, show) => `${b === undefined ? '–' : show(b)} → ${h === undefined ? '–' : show(h)}`;
    const out = [
        '| Base → head | Workload | Scenario | Why | Min ready / desired | At zero | Below PDB floor | Max pending |',
        '|---|---|---|---|---:|---:|---:|---:|',
    ];
    for (const d of moved.slice(0, MAX_ROWS * 4)) {
        const scenario = d.change === 'removed' || d.change === 'not-simulated' ? 'all' : d.scenario;
        out.push(`| ${DELTA_MARK[d.change]} ${deltaLabel(d)} | ${cell(d.workload)} | ${cell(scenario)} | ${cell(deltaReason(d))} | ${readyOf(d.base)} → ${readyOf(d.head)} | ` +
            `${arrow(d.base?.zeroSeconds, d.head?.zeroSeconds, units/* formatDuration */.a3)} | ${arrow(d.base?.belowFloorSeconds, d.head?.belowFloorSeconds, units/* formatDuration */.a3)} | ` +
            `${arrow(d.base?.maxPending, d.head?.maxPending, String)} |`);
    }
    if (moved.length > MAX_ROWS * 4)
        out.push('', `Not listed: ${moved.length - MAX_ROWS * 4} more rows (the text and JSON reports list every one).`);
    out.push('');
    return out;
}

// EXTERNAL MODULE: ./src/simulate/findings.ts
var simulate_findings = __webpack_require__(342);
;// CONCATENATED MODULE: ./src/simulate/index.ts
/**
 * The replay simulator's public door: `simulate(objects, options)` runs the chosen scenarios on the manifests (and,
 * with `base`, on the base branch's manifests too) and returns plain, deterministic data; the formatters and
 * `simulationFindings` turn it into text, Markdown and findings.
 */


















const SCENARIOS = ['rolling-upgrade', 'zone-outage', 'spot-interruption', 'load', 'consolidation', 'trace'];
function parseScenarioArg(arg) {
    const [name, rest] = arg.split(/:(.*)/s, 2);
    if (!SCENARIOS.includes(name)) {
        throw new simulate_errors/* SimulationInputError */.K('--scenario', 1, `unknown scenario "${name}" (known: ${SCENARIOS.join(', ')})`);
    }
    const params = {};
    for (const pair of (rest ?? '').split(',').filter(Boolean)) {
        const eq = pair.indexOf('=');
        if (eq <= 0)
            throw new simulate_errors/* SimulationInputError */.K('--scenario', 1, `${name}: parameter "${pair}" must be key=value`);
        const key = pair.slice(0, eq).trim();
        // Last-one-wins would quietly run a different scenario than the one asked for (zone=a,zone=b runs only b).
        if (Object.hasOwn(params, key)) {
            throw new simulate_errors/* SimulationInputError */.K('--scenario', 1, `${name}: parameter "${key}" is given more than once; give each parameter once (repeat --scenario to run it twice)`);
        }
        params[key] = pair.slice(eq + 1).trim();
    }
    return { name: name, params };
}
function requests(options) {
    if (options.scenarios && options.scenarios.length > 0) {
        return options.scenarios.map((s) => ({ ...parseScenarioArg(s), explicit: true }));
    }
    return SCENARIOS.map((name) => ({ name, params: {}, explicit: false }));
}
function clusterFor(objects, options, hasPools) {
    if (options.cluster)
        return (0,cluster/* readClusterFile */.dT)(options.cluster, options.cwd ?? process.cwd());
    const embedded = (0,cluster/* clusterFromObjects */.HK)(objects, 'manifests');
    if (embedded)
        return embedded;
    if (hasPools) {
        const base = (0,cluster/* defaultCluster */.yq)(0);
        return { ...base, source: 'Karpenter NodePools from the manifests (nodes provisioned for the workloads at start)' };
    }
    return (0,cluster/* defaultCluster */.yq)();
}
function runSide(objects, options, loadFile, unparsed = []) {
    const model = (0,simulate_workloads/* readModel */.ko)(objects);
    const pools = readNodePools(objects);
    const cluster = clusterFor(objects, options, pools.length > 0);
    const inputs = { model, cluster, pools };
    const notes = [...model.notes];
    const scenarios = [];
    const traces = loadFile ?? loadTracesFromObjects(objects);
    for (const req of requests(options)) {
        switch (req.name) {
            case 'rolling-upgrade':
                scenarios.push(runRollingUpgrade(inputs, req.params));
                break;
            case 'zone-outage':
                scenarios.push(...runZoneOutages(inputs, req.params));
                break;
            case 'spot-interruption': {
                const hasSpot = cluster.nodes.some((n) => n.capacityType === 'spot') || pools.some((p) => p.capacityType === 'spot');
                if (req.explicit || hasSpot)
                    scenarios.push(runSpotInterruption(inputs, req.params));
                break;
            }
            case 'load':
                if (traces.length > 0)
                    scenarios.push(runLoad(inputs, traces, req.params));
                else if (req.explicit)
                    notes.push('load: no load trace (give --load or LoadTrace objects); skipped.');
                break;
            case 'consolidation':
                // A plain cluster has no consolidation: without NodePools there is nothing Karpenter could disrupt.
                if (pools.length > 0) {
                    scenarios.push(runConsolidation(inputs, req.params));
                }
                else if (req.explicit) {
                    // A typo in its parameters still fails, as it would with NodePools.
                    consolidationParams(req.params);
                    notes.push('consolidation: the manifests hold no Karpenter NodePool (karpenter.sh/v1 or v1beta1), so nothing would consolidate; skipped.');
                }
                break;
            case 'trace':
                if (options.trace)
                    scenarios.push(runTrace(inputs, readTraceFile(options.trace, options.cwd ?? process.cwd()), req.params));
                else if (req.explicit)
                    throw new simulate_errors/* SimulationInputError */.K('--scenario', 1, 'trace: give the event file with --trace <file>');
                break;
        }
    }
    const problems = [...(0,simulate_problems/* findProblems */.o6)(scenarios, model), ...consolidationProblems(scenarios, model, pools.map((p) => p.object))];
    return { cluster: cluster.source, scenarios, problems, notes, unparsed };
}
function simulate(objects, options = {}) {
    const cwd = options.cwd ?? process.cwd();
    const loadFile = options.load ? readLoadFile(options.load, cwd) : undefined;
    const head = runSide(objects, { ...options, cwd }, loadFile, options.unparsed?.head);
    if (!options.base)
        return { head };
    const base = runSide(options.base, { ...options, cwd }, loadFile, options.unparsed?.base);
    const facts = (side, result) => ({ objects: new Set(side.map(compare/* objectKey */.T5)), unparsed: result.unparsed });
    return { head, base, comparison: (0,compare/* compareSides */.GQ)(base, head, { base: facts(options.base, base), head: facts(objects, head) }) };
}

// EXTERNAL MODULE: ./src/version.ts + 1 modules
var version = __webpack_require__(13);
// EXTERNAL MODULE: ./src/cli/flags.ts
var flags = __webpack_require__(377);
// EXTERNAL MODULE: ./src/cli/main.ts + 84 modules
var main = __webpack_require__(596);
// EXTERNAL MODULE: ./src/model/types.ts
var types = __webpack_require__(440);
// EXTERNAL MODULE: ./src/report/ansi.ts
var ansi = __webpack_require__(659);
// EXTERNAL MODULE: ./src/report/counts.ts
var counts = __webpack_require__(132);
// EXTERNAL MODULE: ./src/report/finding-order.ts
var finding_order = __webpack_require__(10);
// EXTERNAL MODULE: ./src/report/text.ts + 1 modules
var report_text = __webpack_require__(400);
;// CONCATENATED MODULE: ./src/cli/simulate-text.ts






/**
 * The `simulate` text report: the scenario tables, then the findings exactly as `resilint` lint shows
 * them (file:line:col, severity, message, rule id, code frame), and a summary line that says why the
 * command exits as it does. The tables explain what happened; the findings are what to change and the
 * reason for exit 1, so they must not exist only in JSON.
 */
function formatSimulationReport(input) {
    const paint = (0,ansi/* palette */.M)(input.color);
    const counts = severityCounts(input.findings);
    const asLint = {
        findings: input.findings,
        rules: simulate_findings/* SIMULATION_RULES */.A,
        summary: {
            ...input.scanned,
            ...counts,
            suppressed: input.findings.filter((f) => f.suppressed).length,
            skippedDocuments: 0,
            skippedFiles: 0,
        },
        // The simulation's notes are already under its tables.
        notes: [],
        sources: input.sources,
    };
    // formatText ends with its summary line; the exit reason belongs on that same line.
    const findingsText = (0,report_text/* formatText */.v)(asLint, { color: input.color }).trimEnd().split('\n');
    const summary = findingsText.pop();
    const heading = counts.errors + counts.warnings + counts.notices > 0 ? ['== Findings', ''] : [];
    return [formatSimulationText(input.result), ...heading, ...findingsText, ...howToFix(input.findings), summary + paint.gray(exitReason(input))].join('\n') + '\n';
}
/**
 * What to change for each finding that counts, in the findings' order: lint's text report leaves remediation to
 * JSON and SARIF, but a simulated problem's fix depends on the case (the budget's numbers, the replica count).
 */
function howToFix(findings) {
    const shown = (0,finding_order/* sortFindings */.Tc)(findings.filter((f) => !f.suppressed && f.remediation));
    if (shown.length === 0)
        return [];
    const lines = ['== How to fix', ''];
    for (const f of shown)
        lines.push(`  ${f.file}:${f.line}:${f.column}  ${f.ruleId}: ${f.remediation}`);
    return [...lines, ''];
}
/** Reported (unsuppressed) findings by severity, as lint's summary counts them; the JSON's `summary` too. */
function severityCounts(findings) {
    const count = (severity) => findings.filter((f) => !f.suppressed && f.severity === severity).length;
    return { errors: count('error'), warnings: count('warning'), notices: count('notice') };
}
/** Findings at or above the fail level, never suppressed ones: any of them makes `simulate` exit 1. */
function failingFindings(findings, failLevel) {
    if (failLevel === 'never')
        return [];
    return findings.filter((f) => !f.suppressed && (0,types/* severityRank */.q)(f.severity) >= (0,types/* severityRank */.q)(failLevel));
}
function exitReason({ findings, failing, failLevel, result }) {
    // With a base, "suppressed" means "the base had it too" (see simulationFindings); say so.
    const onBase = result.base ? findings.filter((f) => f.suppressed).length : 0;
    const baseNote = onBase > 0 ? ` (${onBase === 1 ? 'it is' : 'they are'} already on the base)` : '';
    if (failing.length > 0) {
        return `${baseNote} · exit 1 because ${(0,counts/* plural */.LS)(failing.length, 'problem')} ${failing.length === 1 ? 'is' : 'are'} at or above --fail-level ${failLevel}`;
    }
    if (!findings.some((f) => !f.suppressed))
        return baseNote;
    return failLevel === 'never' ? ' · exit 0 (--fail-level never)' : ` · exit 0: none at or above --fail-level ${failLevel}`;
}

// EXTERNAL MODULE: ./src/cli/write-report.ts
var write_report = __webpack_require__(256);
;// CONCATENATED MODULE: ./src/cli/simulate-command.ts











const SIMULATE_FORMATS = ['text', 'json', 'markdown'];
/**
 * `resilint simulate [paths...] [--base DIR] [--cluster FILE] [--scenario NAME[:k=v,...]]...`:
 * replays drains, zone outages, spot interruptions and load against the manifests, optionally
 * compared with a base version. Exit 1 when the simulation finds problems at or above the fail level.
 */
async function runSimulateCommand(argv, io) {
    const { values, positionals } = (0,main/* parseFlags */.bQ)(argv, flags/* SIMULATE_FLAGS */.lT);
    const v = values;
    // Every flag is checked before the (possibly long) simulation, so a typo costs nothing.
    const format = v.format ?? 'text';
    if (!SIMULATE_FORMATS.includes(format)) {
        throw new errors/* UsageError */.e(`simulate supports --format ${SIMULATE_FORMATS.join(', ')}, not "${format}"`);
    }
    const failLevel = (0,main/* parseFailLevel */.Qe)(v['fail-level'] ?? 'error');
    (0,write_report/* checkOutputPath */.$)(v.output, io);
    const load = (paths) => (0,load_manifests/* loadManifests */.DD)(paths, {
        cwd: io.cwd,
        include: v.include,
        exclude: v.exclude,
        namespace: v.namespace,
        stdinText: paths.includes(load_manifests/* STDIN_PATH */.pe) ? (0,main/* readStdin */.vJ)(io) : undefined,
        requireManifests: true,
    });
    const headPaths = positionals.length ? positionals : ['.'];
    const head = load(headPaths);
    const baseLoad = v.base ? load([v.base]) : undefined;
    // A file that does not parse hides its workloads from the simulation: report it as lint does, and tell the
    // comparison which file it is on the other side, so a missing workload reads "not simulated", not "fixed".
    const unparsed = {
        head: head.problems.map((p) => parseFailure(p, v.base ? counterpart(p.file, headPaths, [v.base], io.cwd) : undefined)),
        base: (baseLoad?.problems ?? []).map((p) => parseFailure(p, counterpart(p.file, [v.base], headPaths, io.cwd))),
    };
    let result;
    try {
        result = simulate(head.objects, { scenarios: v.scenario, cluster: v.cluster, base: baseLoad?.objects, trace: v.trace, load: v.load, cwd: io.cwd, unparsed });
    }
    catch (error) {
        if (error instanceof simulate_errors/* SimulationInputError */.K)
            throw new errors/* UsageError */.e(describeInputError(error));
        throw error;
    }
    const findings = [...head.problems, ...(baseLoad?.problems ?? []), ...(0,simulate_findings/* simulationFindings */.w)(result)];
    const failing = failingFindings(findings, failLevel);
    const report = format === 'json' ? simulationJson(result, findings)
        : format === 'markdown' ? formatSimulationMarkdown(result)
            : formatSimulationReport({
                result,
                findings,
                failing,
                failLevel,
                sources: new Map([...head.sources, ...(baseLoad?.sources ?? [])].map(([file, source]) => [file, source.text])),
                scanned: { objects: head.objects.length, files: head.files.length },
                color: (0,main/* useColor */.by)(v, io),
            });
    (0,write_report/* writeReport */.u)(report, v.output, io);
    return failing.length > 0 ? 1 : 0;
}
/**
 * The lint JSON's `version`, `tool` and `summary` first, so one reader recognises both reports; then the
 * simulation. The summary counts the findings, as lint's does.
 */
function simulationJson(result, findings) {
    const report = { version: 1, tool: { name: tool_info/* TOOL_NAME */.l, version: version/* VERSION */.xv }, summary: severityCounts(findings), ...result, findings };
    return JSON.stringify(report, (_k, x) => (typeof x === 'bigint' ? Number(x) : x), 2) + '\n';
}
function parseFailure(p, other) {
    return { file: p.file, line: p.line, column: p.column, message: p.message, ...(other !== undefined ? { counterpart: other } : {}) };
}
/**
 * The path `file` (under one of `roots`) has under the other side's root: `head/k8s/app.yaml` ↔ `base/k8s/app.yaml`.
 * With one root on each side; a file given as a root maps to the other root when that is a file too.
 */
function counterpart(file, roots, otherRoots, cwd) {
    if (roots.length !== 1 || otherRoots.length !== 1)
        return undefined;
    const root = external_node_path_default().resolve(cwd, roots[0]);
    const other = external_node_path_default().resolve(cwd, otherRoots[0]);
    const abs = external_node_path_default().resolve(cwd, file);
    const portable = (p) => external_node_path_default().relative(cwd, p).split((external_node_path_default()).sep).join('/');
    if (abs === root)
        return isDirectory(other) ? undefined : portable(other);
    const rel = external_node_path_default().relative(root, abs);
    if (rel.startsWith('..') || external_node_path_default().isAbsolute(rel))
        return undefined;
    return portable(external_node_path_default().join(other, rel));
}
function isDirectory(p) {
    try {
        return (0,external_node_fs_.statSync)(p).isDirectory();
    }
    catch {
        return false;
    }
}
/** Errors about a flag's value (`--scenario`) have no line worth printing; file errors keep theirs. */
function describeInputError(error) {
    return error.file.startsWith('--') ? `${error.file}: ${error.detail}` : error.message;
}


/***/ })

};
