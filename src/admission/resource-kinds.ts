/**
 * Admission rules name REST resources (`deployments`), manifests name kinds (`Deployment`). The
 * built-in table covers the core API groups; for anything else (CRDs) the resource is the kind's
 * lower-case plural, which is how `kubectl` and the apiserver derive it for nearly every CRD.
 */
const BUILTIN_RESOURCES: Record<string, string> = {
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
export function resourceOfKind(kind: string): string {
  const known = Object.entries(BUILTIN_RESOURCES).find(([, k]) => k === kind);
  if (known) return known[0];
  const lower = kind.toLowerCase();
  if (/[^aeiou]y$/.test(lower)) return `${lower.slice(0, -1)}ies`;
  if (/(s|x|z|ch|sh)$/.test(lower)) return `${lower}es`;
  return `${lower}s`;
}

/** Whether a resource name from a rule (`deployments`, `*`, `pods/status`) selects objects of `kind`. */
export function resourceSelectsKind(resource: string, kind: string): boolean {
  if (resource === '*') return true;
  // Subresources (`pods/status`, `*/scale`) are never the object a manifest creates.
  if (resource.includes('/')) return false;
  return BUILTIN_RESOURCES[resource] === kind || resourceOfKind(kind) === resource;
}

/** API group of an apiVersion (`apps/v1` → `apps`, `v1` → ``). */
export function groupOf(apiVersion: string): string {
  const slash = apiVersion.indexOf('/');
  return slash === -1 ? '' : apiVersion.slice(0, slash);
}

export function versionOf(apiVersion: string): string {
  const slash = apiVersion.indexOf('/');
  return slash === -1 ? apiVersion : apiVersion.slice(slash + 1);
}
