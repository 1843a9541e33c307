package id.go.tangerangkota.puspaga.nasional;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Whose figures a monitor reads: {@code pemantau-nasional} (and {@code camunda-admin}) every
 * office's; {@code pemantau-provinsi} the offices of her provinces, named by her groups
 * {@code provinsi-NN} (the first two digits of the Kemendagri area code: 36 Banten). Anyone else
 * reads none.
 */
public final class NationalScope {

  public static final String PEMANTAU_NASIONAL = "pemantau-nasional";
  public static final String PEMANTAU_PROVINSI = "pemantau-provinsi";
  /** The prefix of a province's group: {@code provinsi-36}. */
  public static final String PROVINCE_GROUP = "provinsi-";

  private NationalScope() {}

  /** What a monitor reads: which offices, and how her report names them ("Nasional", "Provinsi 36"). */
  public record Scope(Predicate<String> offices, String label) {}

  /** The caller's scope, or empty when she is no monitor. */
  public static Optional<Scope> ofCaller(IdentityService identity) {
    Authentication caller = identity.getCurrentAuthentication();
    List<String> groups = caller == null || caller.getGroupIds() == null ? List.of() : caller.getGroupIds();
    if (groups.contains(PEMANTAU_NASIONAL) || groups.contains(Groups.CAMUNDA_ADMIN)) {
      return Optional.of(new Scope(office -> true, "Nasional"));
    }
    if (!groups.contains(PEMANTAU_PROVINSI)) {
      return Optional.empty();
    }
    List<String> provinces = groups.stream().filter(group -> group.matches(PROVINCE_GROUP + "\\d{2}"))
        .map(group -> group.substring(PROVINCE_GROUP.length())).sorted().toList();
    return Optional.of(new Scope(office -> provinces.stream().anyMatch(office::startsWith),
        "Provinsi " + String.join(", ", provinces)));
  }
}
