package id.go.tangerangkota.puspaga.system;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Engine work done for the application rather than for the signed-in person (figures over every
 * request, a lookup for the log's reader, the retention pass): without that person's per-user
 * authorization checks, the caller's authentication restored afterwards. Only after the caller's
 * right to the result has been checked.
 */
public final class AsApplication {

  private AsApplication() {}

  public static <T> T run(IdentityService identity, Supplier<T> work) {
    Authentication caller = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      return work.get();
    } finally {
      if (caller != null) {
        identity.setAuthentication(caller);
      }
    }
  }
}
