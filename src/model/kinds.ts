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

export function isClusterScoped(kind: string): boolean {
  return CLUSTER_SCOPED.has(kind);
}

/** `kind: List` and typed lists such as `DeploymentList` hold their objects under `items`. */
export function isListKind(kind: string): boolean {
  return kind === 'List' || (kind.endsWith('List') && kind.length > 4);
}
