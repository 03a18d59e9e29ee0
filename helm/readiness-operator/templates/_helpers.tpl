{{/* Name of every object of this release. */}}
{{- define "readiness.fullname" -}}
{{- if contains .Chart.Name .Release.Name -}}
{{- .Release.Name | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-%s" .Release.Name .Chart.Name | trunc 63 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}

{{/* Labels on every object. */}}
{{- define "readiness.labels" -}}
app.kubernetes.io/name: {{ .Chart.Name }}
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version }}
{{- end -}}

{{/* Labels that select the operator pod. */}}
{{- define "readiness.selector" -}}
app.kubernetes.io/name: {{ .Chart.Name }}
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/component: operator
{{- end -}}

{{/* Image reference: global registry override, then digest over tag, tag defaulting to appVersion. */}}
{{- define "readiness.image" -}}
{{- $registry := .root.Values.global.imageRegistry | default .image.registry -}}
{{- $ref := printf "%s/%s" $registry .image.repository -}}
{{- if .image.digest -}}
{{- printf "%s@%s" $ref .image.digest -}}
{{- else -}}
{{- printf "%s:%s" $ref (.image.tag | default .root.Chart.AppVersion) -}}
{{- end -}}
{{- end -}}

{{- define "readiness.operatorServiceAccount" -}}
{{- include "readiness.fullname" . -}}
{{- end -}}

{{/* The scanner's account keeps a fixed name: the operator creates it in assessment namespaces. */}}
{{- define "readiness.scannerServiceAccount" -}}
readiness-scanner
{{- end -}}

{{/* Namespaces where scan pods run, when the chart must place objects there. */}}
{{- define "readiness.scanNamespaces" -}}
{{- $list := .explicit | default .root.Values.watchNamespaces | default (list .root.Release.Namespace) -}}
{{- toJson (uniq $list) -}}
{{- end -}}

{{/* The operator's permissions: the same rules in cluster-wide and namespaced mode. */}}
{{- define "readiness.rules" -}}
- apiGroups: ["readiness.dev"]
  resources: ["repositoryassessments", "readinesspolicies"]
  verbs: ["get", "list", "watch"]
- apiGroups: ["readiness.dev"]
  resources: ["repositoryassessments/status", "readinesspolicies/status"]
  verbs: ["get", "update", "patch"]
- apiGroups: ["batch"]
  resources: ["jobs"]
  verbs: ["get", "list", "watch", "create", "delete"]
- apiGroups: [""]
  resources: ["pods"]
  verbs: ["get", "list", "watch"]
- apiGroups: [""]
  resources: ["secrets"]
  verbs: ["get"]
- apiGroups: [""]
  resources: ["serviceaccounts"]
  verbs: ["create"]
- apiGroups: [""]
  resources: ["events"]
  verbs: ["create", "patch"]
{{- end -}}

{{/* Restricted Pod Security Standard container settings. */}}
{{- define "readiness.containerSecurity" -}}
allowPrivilegeEscalation: false
readOnlyRootFilesystem: true
runAsNonRoot: true
capabilities:
  drop: ["ALL"]
seccompProfile:
  type: RuntimeDefault
{{- end -}}

{{/* A map as "k=v,k2=v2", sorted, the form READINESS_SCAN_NODE_SELECTOR reads. */}}
{{- define "readiness.keyValues" -}}
{{- $pairs := list -}}
{{- range $k, $v := . -}}
{{- $pairs = append $pairs (printf "%s=%s" $k $v) -}}
{{- end -}}
{{- join "," $pairs -}}
{{- end -}}
