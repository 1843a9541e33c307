package id.go.tangerangkota.puspaga.office;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Which offices the signed-in caller of our API may see, as the engine's tenant check decides for
 * its own data: the offices she is a member of; every office for {@code camunda-admin} (empty
 * answer: no limit). A caller of no office sees no office's rows.
 */
public final class OfficeScope {

  private OfficeScope() {}

  /** The caller's offices, or empty when she may see every office. */
  public static Optional<Set<String>> ofCaller(IdentityService identity) {
    Authentication caller = identity.getCurrentAuthentication();
    if (caller == null || (caller.getGroupIds() != null && caller.getGroupIds().contains(Groups.CAMUNDA_ADMIN))) {
      return Optional.empty();
    }
    List<String> tenants = caller.getTenantIds() == null ? List.of() : caller.getTenantIds();
    return Optional.of(Set.copyOf(tenants));
  }

  public static boolean allows(IdentityService identity, String office) {
    return ofCaller(identity).map(offices -> offices.contains(office)).orElse(true);
  }

  /**
   * The one office the caller acts for when she writes something of an office's (a report, a
   * follow-up): the office she names if it is hers, else her only office; empty when she names
   * none and has several (or, as an administrator, all), or names one not hers or not registered.
   */
  public static Optional<String> chosen(IdentityService identity, String named, OfficeRegistry registry) {
    Optional<String> chosen = named != null && !named.isBlank()
        ? Optional.of(named.strip()).filter(office -> allows(identity, office))
        : ofCaller(identity).filter(offices -> offices.size() == 1).map(offices -> offices.iterator().next());
    return chosen.filter(office -> registry.find(office).isPresent());
  }

  /** The caller's offices as a filter for our own tables. */
  public static OfficeFilter filter(IdentityService identity) {
    return ofCaller(identity).map(OfficeFilter::new).orElse(OfficeFilter.ALL);
  }
}
