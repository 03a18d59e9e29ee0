package dev.readiness.operator.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.readiness.operator.chart.RenderedChart;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.authorization.v1.SubjectAccessReview;
import io.fabric8.kubernetes.api.model.authorization.v1.SubjectAccessReviewBuilder;
import io.fabric8.kubernetes.api.model.rbac.ClusterRoleBinding;
import io.fabric8.kubernetes.api.model.rbac.RoleBinding;
import io.fabric8.kubernetes.api.model.rbac.Subject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The chart's RBAC, installed on a real kube-apiserver with RBAC on, asked through subject access
 * reviews as the operator's own ServiceAccount: everything it needs is allowed, and what it must
 * never do is denied, cluster-wide and in namespaced ({@code watchNamespaces}) mode. The scanner's
 * ServiceAccount has no permissions and no token. docs/security.md explains each permission.
 */
class LeastPrivilegeIT {
  /** The operator's account as the chart names it (the release is called "readiness"). */
  private static final String OPERATOR =
      "system:serviceaccount:"
          + RenderedChart.NAMESPACE
          + ":"
          + RenderedChart.render("default")
              .deployment()
              .getSpec()
              .getTemplate()
              .getSpec()
              .getServiceAccountName();

  private static final String SCANNER = "system:serviceaccount:team-a:readiness-scanner";

  /** A request: verb, API group, resource[/subresource], namespace ("" = cluster-wide). */
  record Ask(String verb, String group, String resource, String namespace) {
    @Override
    public String toString() {
      return verb + " " + (group.isEmpty() ? "" : group + "/") + resource + " in " + namespace;
    }
  }

  private static final List<Ask> FORBIDDEN =
      List.of(
          new Ask("list", "", "secrets", "team-a"),
          new Ask("watch", "", "secrets", "team-a"),
          new Ask("list", "", "secrets", ""),
          new Ask("create", "", "pods/exec", "team-a"),
          new Ask("get", "", "pods/log", "team-a"),
          new Ask("create", "", "pods", "team-a"),
          new Ask("create", "", "serviceaccounts/token", "team-a"),
          new Ask("bind", "rbac.authorization.k8s.io", "clusterroles", ""),
          new Ask("escalate", "rbac.authorization.k8s.io", "roles", "team-a"),
          new Ask("create", "rbac.authorization.k8s.io", "rolebindings", "team-a"),
          new Ask("impersonate", "", "users", ""),
          new Ask("impersonate", "", "serviceaccounts", "team-a"),
          new Ask("update", "readiness.dev", "repositoryassessments", "team-a"),
          new Ask("delete", "readiness.dev", "repositoryassessments", "team-a"),
          new Ask("update", "readiness.dev", "readinesspolicies", "team-a"),
          new Ask("delete", "", "namespaces", ""),
          new Ask("get", "", "configmaps", "kube-system"),
          new Ask("update", "batch", "jobs", "team-a"),
          new Ask("delete", "", "serviceaccounts", "team-a"));

  private static final List<Ask> NEEDED =
      List.of(
          new Ask("watch", "readiness.dev", "repositoryassessments", "team-a"),
          new Ask("update", "readiness.dev", "repositoryassessments/status", "team-a"),
          new Ask("patch", "readiness.dev", "readinesspolicies/status", "team-a"),
          new Ask("watch", "readiness.dev", "readinesspolicies", "team-a"),
          new Ask("create", "batch", "jobs", "team-a"),
          new Ask("delete", "batch", "jobs", "team-a"),
          new Ask("watch", "", "pods", "team-a"),
          new Ask("get", "", "secrets", "team-a"),
          new Ask("create", "", "serviceaccounts", "team-a"),
          new Ask("create", "", "events", "team-a"),
          new Ask("update", "coordination.k8s.io", "leases", RenderedChart.NAMESPACE));

  @Test
  void clusterWideModeGrantsWhatTheOperatorNeedsAndNothingElse() throws Exception {
    try (LocalApiServer local = chartInstalled("default")) {
      assertThat(denied(local, OPERATOR, NEEDED)).as("needed but denied").isEmpty();
      assertThat(allowed(local, OPERATOR, FORBIDDEN)).as("forbidden but allowed").isEmpty();
      assertThat(
              allowed(local, SCANNER, Stream.concat(NEEDED.stream(), FORBIDDEN.stream()).toList()))
          .as("the scanner account may do nothing")
          .isEmpty();
    }
  }

  @Test
  void namespacedModeStopsAtTheWatchedNamespaces() throws Exception {
    try (LocalApiServer local = chartInstalled("namespaced")) {
      assertThat(denied(local, OPERATOR, NEEDED)).as("needed but denied").isEmpty();
      List<Ask> elsewhere = new ArrayList<>(FORBIDDEN);
      for (Ask a : NEEDED) {
        if (!a.namespace().equals(RenderedChart.NAMESPACE)) {
          elsewhere.add(new Ask(a.verb(), a.group(), a.resource(), "team-c"));
          elsewhere.add(new Ask(a.verb(), a.group(), a.resource(), ""));
        }
      }
      assertThat(allowed(local, OPERATOR, elsewhere)).as("allowed outside team-a/team-b").isEmpty();
    }
  }

  @Test
  void theScannerAccountHasNoBindingAndNoToken() {
    RenderedChart chart = RenderedChart.render("default");
    ServiceAccount scanner =
        chart.all(ServiceAccount.class).stream()
            .filter(sa -> sa.getMetadata().getName().contains("scanner"))
            .findFirst()
            .orElseThrow();
    assertThat(scanner.getAutomountServiceAccountToken()).isFalse();
    List<Subject> subjects = new ArrayList<>();
    chart.all(RoleBinding.class).forEach(b -> subjects.addAll(b.getSubjects()));
    chart.all(ClusterRoleBinding.class).forEach(b -> subjects.addAll(b.getSubjects()));
    assertThat(subjects).noneMatch(s -> s.getName().contains("scanner"));
  }

  /** A fresh API server with only the chart's RBAC (the default install's binding removed). */
  private static LocalApiServer chartInstalled(String values) throws Exception {
    String dir = System.getenv("KUBE_API_TEST_DIR");
    assumeTrue(
        LocalApiServer.availableIn(dir),
        "no kube-apiserver: run .ci/kube-apiserver.sh and set KUBE_API_TEST_DIR");
    LocalApiServer local = LocalApiServer.start(dir);
    var admin = local.admin;
    admin.rbac().clusterRoleBindings().withName("readiness-operator").delete();
    admin.rbac().clusterRoles().withName("readiness-operator").delete();
    admin.rbac().roleBindings().inNamespace(RenderedChart.NAMESPACE).delete();
    for (String ns : List.of("team-b", "team-c")) {
      admin
          .resource(new NamespaceBuilder().withNewMetadata().withName(ns).endMetadata().build())
          .serverSideApply();
    }
    Set<String> rbacKinds =
        Set.of("ServiceAccount", "ClusterRole", "ClusterRoleBinding", "Role", "RoleBinding");
    for (HasMetadata o : RenderedChart.render(values).objects()) {
      if (rbacKinds.contains(o.getKind())) {
        admin.resource(o).forceConflicts().serverSideApply();
      }
    }
    return local;
  }

  private static List<Ask> allowed(LocalApiServer local, String user, List<Ask> asks) {
    return asks.stream().filter(a -> review(local, user, a)).toList();
  }

  private static List<Ask> denied(LocalApiServer local, String user, List<Ask> asks) {
    return asks.stream().filter(a -> !review(local, user, a)).toList();
  }

  private static boolean review(LocalApiServer local, String user, Ask a) {
    String[] res = a.resource().split("/", 2);
    String ns = user.split(":")[2];
    SubjectAccessReview sar =
        new SubjectAccessReviewBuilder()
            .withNewSpec()
            .withUser(user)
            .withGroups(
                "system:serviceaccounts", "system:serviceaccounts:" + ns, "system:authenticated")
            .withNewResourceAttributes()
            .withVerb(a.verb())
            .withGroup(a.group())
            .withResource(res[0])
            .withSubresource(res.length > 1 ? res[1] : null)
            .withNamespace(a.namespace().isEmpty() ? null : a.namespace())
            .endResourceAttributes()
            .endSpec()
            .build();
    return local
        .admin
        .authorization()
        .v1()
        .subjectAccessReview()
        .create(sar)
        .getStatus()
        .getAllowed();
  }
}
