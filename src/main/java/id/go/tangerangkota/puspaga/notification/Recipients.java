package id.go.tangerangkota.puspaga.notification;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who is told about a task: its assignee, or every member of its candidate group while nobody has
 * claimed it; the Ketua in copy. Addresses are the Camunda users' {@code email}; a user without one
 * is skipped and logged, never a reason to lose the mail for the others. Only people of the
 * office the mail is about: a lane group spans every office on the platform.
 */
final class Recipients {

  static final String KETUA = "ketua";

  private static final Logger LOG = LoggerFactory.getLogger(Recipients.class);

  private final IdentityService identity;
  private final String office;

  Recipients(IdentityService identity, String office) {
    this.identity = identity;
    this.office = office;
  }

  record Addressed(List<String> to, List<String> cc) {
    boolean isEmpty() {
      return to.isEmpty() && cc.isEmpty();
    }
  }

  /** To the people who hold the task, the Ketua in copy (unless already addressed). */
  Addressed forTask(String assignee, String candidateGroup, String why) {
    Set<String> to = new LinkedHashSet<>();
    if (assignee != null) {
      addressOf(assignee, why).ifPresent(to::add);
    } else if (candidateGroup != null) {
      for (String group : candidateGroup.split(",")) {
        to.addAll(membersOf(group.strip(), why));
      }
    }
    Set<String> cc = new LinkedHashSet<>(membersOf(KETUA, why));
    cc.removeAll(to);
    if (to.isEmpty()) {
      // Nobody in the lane can be reached: the Ketua is told directly.
      return new Addressed(new ArrayList<>(cc), List.of());
    }
    return new Addressed(new ArrayList<>(to), new ArrayList<>(cc));
  }

  List<String> membersOf(String group, String why) {
    List<String> addresses = new ArrayList<>();
    for (User user : usersOf(group)) {
      usable(user, why).ifPresent(addresses::add);
    }
    return addresses;
  }

  List<User> usersOf(String group) {
    return identity.createUserQuery().memberOfGroup(group).memberOfTenant(office).orderByUserId().asc().list();
  }

  java.util.Optional<String> addressOf(String userId, String why) {
    User user = identity.createUserQuery().userId(userId).singleResult();
    if (user == null) {
      LOG.warn("Mail ({}) not addressed to {}: no such user", why, userId);
      return java.util.Optional.empty();
    }
    return usable(user, why);
  }

  static java.util.Optional<String> usable(User user, String why) {
    String email = user.getEmail();
    if (email == null || email.isBlank() || !email.contains("@")) {
      LOG.warn("Mail ({}) not sent to user {}: no e-mail address in the user's profile", why, user.getId());
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(email.strip());
  }
}
